"""The named-query library: every Cypher query of the app and CLI is a file in this folder.

A file starts with a header of `//` lines:

    // name: meetings_chaired_by
    // description: Meetings a person chaired, newest first.
    // param person_id: string = "person:ab12…"  -- the Person's id
    // returns: table

and every `$param` the query uses must be declared there (tests/test_queries.py checks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_HEADER = re.compile(r"^//\s*(\w+)(?:\s+(\w+))?\s*:\s*(.*)$")
_PARAM = re.compile(r"^(\w+)\s*(?:=\s*(.*?))?\s*(?:--\s*(.*))?$")  # type = example -- text
_USED = re.compile(r"\$(\w+)")


class UnknownQuery(KeyError):
    def __str__(self) -> str:
        return f"no query named {self.args[0]!r}; known: {', '.join(names())}"


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    example: str
    description: str


@dataclass(frozen=True)
class Query:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str

    def used_params(self) -> set[str]:
        body = "\n".join(line for line in self.text.splitlines() if not line.startswith("//"))
        return set(_USED.findall(body))


def _parse(name: str, text: str) -> Query:
    meta: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("//"):
            continue
        m = _HEADER.match(line)
        if not m:
            continue
        key, sub, value = m.groups()
        if key == "param" and sub:
            pm = _PARAM.match(value.strip())
            if not pm:
                raise ValueError(f"queries/{name}.cypher: bad param line {line!r}")
            params.append(Param(sub, pm.group(1), pm.group(2) or "", pm.group(3) or ""))
        elif key == "description" and key in meta:
            meta[key] += " " + value
        else:
            meta.setdefault(key, value)
    if meta.get("name") != name:
        raise ValueError(f"queries/{name}.cypher: header names it {meta.get('name')!r}")
    return Query(name, meta.get("description", ""), tuple(params), text)


def names() -> list[str]:
    folder = resources.files("convene.queries")
    return sorted(p.name[: -len(".cypher")] for p in folder.iterdir() if p.name.endswith(".cypher"))


@cache
def get(name: str) -> Query:
    if not re.fullmatch(r"\w+", name) or name not in names():
        raise UnknownQuery(name)
    text = resources.files("convene.queries").joinpath(f"{name}.cypher").read_text("utf-8")
    return _parse(name, text)


def run(driver, name: str, database: str | None = None, **params) -> list[dict]:
    """Run a named query in a READ transaction and return its rows as dicts."""
    query = get(name)
    missing = query.used_params() - params.keys()
    if missing:
        raise ValueError(f"query {name!r} needs parameter(s): {', '.join(sorted(missing))}")
    records, _, _ = driver.execute_query(
        query.text, params, database_=database, routing_="r"
    )
    return [r.data() for r in records]
