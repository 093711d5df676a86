"""The named-query library: every Cypher query of the app and CLI is a file in this folder.

A file starts with a header of `//` lines:

    // name: meetings_chaired_by
    // description: Meetings a person chaired, newest first.
    // param person_id: string, example "person:ab12…"  -- the Person's id
    // param since: date = null, example "2024-01-01"  -- first day included
    // param limit: int = 50  -- most rows returned

A parameter with `= value` is optional and takes that value when the caller leaves it out;
one without is required. `example` (or the default) is what `convene query NAME --help` and
the app show. Every `$param` the query uses must be declared (tests/test_queries.py checks),
and every query is bounded by a LIMIT. A query whose work still grows with the whole graph
(not only with its LIMIT, its anchor's neighbourhood or a bounded period) says so and why in an
`// unbounded: …` header line; the query benchmark names those.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

_HEADER = re.compile(r"^//\s*(\w+)(?:\s+(\w+))?\s*:\s*(.*)$")
_PARAM = re.compile(
    r"^(?P<type>[\w<>]+)\s*(?:=\s*(?P<default>\"[^\"]*\"|\[[^\]]*\]|[^,\s]+))?"
    r"\s*(?:,\s*example\s+(?P<example>\"[^\"]*\"|\[[^\]]*\]|\S+))?\s*(?:--\s*(?P<text>.*))?$"
)
_USED = re.compile(r"\$(\w+)")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TYPES = ("string", "int", "float", "bool", "date", "list<string>")
MAX_LIMIT = 5000  # no caller, CLI or app, can ask a query for more rows than this
REQUIRED = object()  # the default of a parameter without one


class UnknownQuery(KeyError):
    def __str__(self) -> str:
        return f"no query named {self.args[0]!r}; known queries: {', '.join(names())}"


class ParamError(ValueError):
    """A parameter is missing, unknown or not of its declared type; the message says which."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: Any  # REQUIRED when the caller must give it
    example: str  # as written in the header (JSON-ish literal)
    description: str

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    def coerce(self, value: Any) -> Any:
        """A value from the CLI (a string) or Python, as the type the query expects."""
        if value is None or (isinstance(value, str) and value.strip() in ("", "null")):
            if self.required:
                raise ParamError(f"parameter {self.name!r} is required ({self.description})")
            return None
        try:
            return _coerce(self.type, value)
        except (TypeError, ValueError) as exc:
            raise ParamError(f"parameter {self.name!r} must be {self.type}: {exc}") from None


def _coerce(kind: str, value: Any) -> Any:
    if kind == "int":
        if isinstance(value, bool):
            raise ValueError(f"got {value!r}")
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "bool":
        if isinstance(value, str):
            if value.lower() not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError(f"got {value!r}")
            return value.lower() in ("true", "1", "yes")
        return bool(value)
    if kind == "date":
        text = value.isoformat() if isinstance(value, date) else str(value).strip()
        if not _DATE.match(text):
            raise ValueError(f"expected YYYY-MM-DD, got {value!r}")
        return text
    if kind == "list<string>":
        if isinstance(value, str):
            value = json.loads(value) if value.startswith("[") else value.split(",")
        return [str(v).strip() for v in value if str(v).strip()]
    return str(value)


def _literal(kind: str, text: str | None) -> Any:
    if text is None:
        return REQUIRED
    if text == "null":
        return None
    if text.startswith(("[", '"')):
        return json.loads(text)
    return _coerce(kind, text)


@dataclass(frozen=True)
class Query:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    unbounded: str = ""  # why its cost grows with the whole graph ("": it does not)

    def used_params(self) -> set[str]:
        return set(_USED.findall(self.body))

    @property
    def body(self) -> str:
        return "\n".join(line for line in self.text.splitlines() if not line.startswith("//"))

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise ParamError(
            f"query {self.name!r} has no parameter {name!r}; "
            f"it takes: {', '.join(p.name for p in self.params) or 'none'}"
        )

    def bind(self, given: dict[str, Any]) -> dict[str, Any]:
        """The parameters to send: given ones coerced, defaults filled, unknown ones refused."""
        bound = {name: self.param(name).coerce(value) for name, value in given.items()}
        for p in self.params:
            if p.name not in bound:
                if p.required:
                    raise ParamError(
                        f"query {self.name!r} needs parameter {p.name!r} ({p.type}), "
                        f"e.g. {p.name}={p.example}"
                    )
                bound[p.name] = p.default
        if isinstance(bound.get("limit"), int):
            bound["limit"] = max(0, min(bound["limit"], MAX_LIMIT))
        return bound

    def example_params(self) -> dict[str, Any]:
        return {p.name: _literal(p.type, p.example) for p in self.params}


def _parse(name: str, text: str) -> Query:
    meta: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("//"):
            continue
        m = _HEADER.match(line)
        if not m:
            if "description" in meta and line.startswith("//   "):  # continued description
                meta["description"] += " " + line[2:].strip()
            continue
        key, sub, value = m.groups()
        if key == "param" and sub:
            pm = _PARAM.match(value.strip())
            if not pm or pm["type"] not in TYPES:
                raise ValueError(f"queries/{name}.cypher: bad param line {line!r}")
            default = _literal(pm["type"], pm["default"])
            example = pm["example"] or pm["default"] or ""
            params.append(Param(sub, pm["type"], default, example, (pm["text"] or "").strip()))
        else:
            meta.setdefault(key, value.strip())
    if meta.get("name") != name:
        raise ValueError(f"queries/{name}.cypher: header names it {meta.get('name')!r}")
    return Query(name, meta.get("description", ""), tuple(params), text,
                 meta.get("unbounded", ""))


def names() -> list[str]:
    folder = resources.files("convene.queries")
    return sorted(p.name[: -len(".cypher")] for p in folder.iterdir() if p.name.endswith(".cypher"))


@cache
def get(name: str) -> Query:
    if not re.fullmatch(r"\w+", name or "") or name not in names():
        raise UnknownQuery(name)
    text = resources.files("convene.queries").joinpath(f"{name}.cypher").read_text("utf-8")
    return _parse(name, text)


def execute(
    driver, name: str, params: Mapping[str, Any], database: str | None = None
) -> list[dict]:
    """Run a named query in a READ transaction and return its rows as dicts."""
    query = get(name)
    records, _, _ = driver.execute_query(
        query.body, query.bind(dict(params)), database_=database, routing_="r"
    )
    return [r.data() for r in records]


def run(driver, name: str, database: str | None = None, **params) -> list[dict]:
    """execute() with the parameters as keywords: run(driver, "person_detail", person_id=…)."""
    return execute(driver, name, params, database)
