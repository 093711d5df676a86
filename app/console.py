"""The read-only Cypher console: checks a query, then runs it where it cannot write.

Read-only by construction, in three independent layers:
1. `EXPLAIN` first: the planner's query type must be "r" (read), and the plan may hold no
   LOAD CSV, no CALL … IN TRANSACTIONS, no TERMINATE, no SHOW of anything but schema and
   catalogue, and no procedure outside a small allow-list;
2. the query runs in a READ access-mode session and transaction (Neo4j itself refuses writes);
3. that explicit transaction is always rolled back, never committed.
Each run has a transaction timeout and a row cap.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import neo4j

ALLOWED_PROCEDURES = frozenset({
    "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization",
    "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
    "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
})
ALLOWED_SHOW = frozenset({"ShowIndexes", "ShowConstraints", "ShowProcedures", "ShowFunctions"})
FORBIDDEN_OPERATORS = ("LoadCSV", "TransactionForeach", "TransactionApply", "Terminate")
TIMEOUT_SECONDS = 10.0
ROW_CAP = 1000
_PROCEDURE = re.compile(r"^\s*([\w.]+)\s*\(")


class Refused(ValueError):
    """The query was not run; the message says why."""


@dataclass(frozen=True)
class Result:
    columns: list[str]
    records: list[list]  # raw values (neo4j Node/Relationship/Path kept for the network view)
    truncated: bool  # more rows existed than the cap
    seconds: float


def _operators(plan: dict) -> list[tuple[str, str]]:
    found = [(plan["operatorType"].split("@")[0], str(plan.get("args", {}).get("Details", "")))]
    for child in plan.get("children", []):
        found += _operators(child)
    return found


def _clean(text: str) -> str:
    text = text.strip().rstrip(";").strip()
    if not text:
        raise Refused("the query is empty")
    if re.match(r"(?i)^(EXPLAIN|PROFILE)\b", text):
        raise Refused("leave out EXPLAIN/PROFILE: the console runs EXPLAIN itself")
    return text


def check(driver: neo4j.Driver, text: str, database: str | None = None) -> str:
    """The cleaned query if the console may run it; else Refused with the reason."""
    text = _clean(text)
    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        try:
            summary = session.run("EXPLAIN " + text).consume()
        except neo4j.exceptions.Neo4jError as exc:
            raise Refused(f"Neo4j cannot plan this query: {exc.message}") from None
    if summary.query_type != "r":
        kind = {"w": "writes", "rw": "reads and writes", "s": "changes the schema or "
                "administers the database"}.get(summary.query_type, summary.query_type)
        raise Refused(f"refused: the query {kind}; the console is read-only")
    for op, details in _operators(summary.plan or {}):
        if op.startswith(FORBIDDEN_OPERATORS):
            raise Refused(f"refused: {op} is not allowed in the read-only console")
        if op.startswith("Show") and op not in ALLOWED_SHOW:
            raise Refused(f"refused: {op} is not allowed; SHOW INDEXES, CONSTRAINTS, "
                          "PROCEDURES and FUNCTIONS are")
        if op == "ProcedureCall":
            m = _PROCEDURE.match(details)
            name = m.group(1) if m else details
            if name not in ALLOWED_PROCEDURES:
                raise Refused(f"refused: procedure {name} is not allowed; allowed: "
                              + ", ".join(sorted(ALLOWED_PROCEDURES)))
    return text


def run(
    driver: neo4j.Driver,
    text: str,
    database: str | None = None,
    timeout: float = TIMEOUT_SECONDS,
    row_cap: int = ROW_CAP,
) -> Result:
    """Check, then run in a READ transaction that is rolled back; at most row_cap rows."""
    text = check(driver, text, database)
    started = time.monotonic()
    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        tx = session.begin_transaction(timeout=timeout)
        try:
            result = tx.run(text)
            records = result.fetch(row_cap + 1)
            columns = list(result.keys())
        except neo4j.exceptions.Neo4jError as exc:
            raise Refused(f"the query failed: {exc.message}") from None
        finally:
            if not tx.closed():
                tx.rollback()  # never commit: nothing a query did survives it
    return Result(columns, [list(r.values()) for r in records[:row_cap]],
                  len(records) > row_cap, time.monotonic() - started)


def to_rows(result: Result) -> list[dict]:
    """Records as plain dicts for a table: nodes → their properties with `_labels`, etc."""
    from neo4j.graph import Node, Path, Relationship

    def plain(v):
        if isinstance(v, Node):
            return {"_labels": sorted(v.labels), **dict(v)}
        if isinstance(v, Relationship):
            return {"_type": v.type, **dict(v)}
        if isinstance(v, Path):
            return [plain(n) for n in v.nodes]
        if isinstance(v, list):
            return [plain(x) for x in v]
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        if v is None or isinstance(v, bool | int | float | str):
            return v
        return str(v)

    return [dict(zip(result.columns, (plain(v) for v in rec), strict=True))
            for rec in result.records]
