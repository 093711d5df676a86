"""`convene query`: run a named query with `--param k=v` pairs and print a table, JSON or CSV.

Library code (no Streamlit, no Typer): the CLI calls `query_command` and prints its result;
`describe` answers `convene query` without a name (the list) or `--help`-like detail of one.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import Any

from convene.queries import library

FORMATS = ("table", "json", "csv")
_MAX_CELL = 60  # characters of one table cell; JSON and CSV are never shortened


def parse_params(pairs: list[str] | tuple[str, ...]) -> dict[str, str]:
    """["person_id=person:1", "limit=5"] → {"person_id": "person:1", "limit": "5"}."""
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise library.ParamError(f"--param takes NAME=VALUE, got {pair!r}")
        params[key.strip()] = value
    return params


def _plain(value: Any) -> Any:
    """A cell as JSON-ready data (neo4j temporal values and nodes become strings and dicts)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(_plain(value), ensure_ascii=False)
    if isinstance(value, float):
        return f"{value:.3g}"
    return str(value)


def _width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _clip(text: str, limit: int = _MAX_CELL) -> str:
    text = " ".join(text.split())
    if _width(text) <= limit:
        return text
    out, used = "", 0
    for c in text:
        w = _width(c)
        if used + w > limit - 1:
            break
        out, used = out + c, used + w
    return out + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def format_table(rows: list[dict]) -> str:
    if not rows:
        return "(no rows)"
    columns = list(rows[0])
    cells = [[_clip(_cell(r.get(c))) for c in columns] for r in rows]
    widths = [max(_width(c), *(_width(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(v, w) for v, w in zip(row, widths, strict=True)).rstrip()
              for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def format_json(rows: list[dict]) -> str:
    return json.dumps([_plain(r) for r in rows], ensure_ascii=False, indent=2)


def format_csv(rows: list[dict]) -> str:
    """CSV with a header; list cells joined by "; ", map cells as JSON."""
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in r.items()} for r in rows)
    return buffer.getvalue()


def render(rows: list[dict], fmt: str = "table") -> str:
    if fmt == "table":
        return format_table(rows)
    if fmt == "json":
        return format_json(rows)
    if fmt == "csv":
        return format_csv(rows)
    raise library.ParamError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")


def describe(name: str | None = None) -> str:
    """Without a name: every query with its description. With one: its parameters."""
    if not name:
        width = max(len(n) for n in library.names())
        lines = [f"{n:<{width}}  {_clip(library.get(n).description, 90)}" for n in library.names()]
        return "\n".join(lines)
    query = library.get(name)
    lines = [f"{query.name}: {query.description}", "", "parameters:"]
    for p in query.params:
        need = "required" if p.required else f"default {json.dumps(p.default, ensure_ascii=False)}"
        lines.append(f"  {p.name} ({p.type}, {need}) e.g. {p.example}  {p.description}".rstrip())
    example = " ".join(f"--param {p.name}={p.example.strip(chr(34))}" for p in query.params
                       if p.required)
    lines += ["", f"example: convene query {query.name} {example}".rstrip()]
    return "\n".join(lines)


def query_command(
    driver, name: str, params: list[str] | tuple[str, ...] = (), fmt: str = "table",
    database: str | None = None,
) -> str:
    """Run query NAME with `k=v` params; the output text in `fmt` (table | json | csv).

    Raises library.UnknownQuery for an unknown name and library.ParamError for a missing,
    unknown or ill-typed parameter or format; both messages are meant for the user as they are.
    """
    if fmt not in FORMATS:
        raise library.ParamError(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    rows = library.execute(driver, name, parse_params(params), database)
    return render(rows, fmt)
