"""Analyst decisions on identity, recorded as data so every later resolution honours them.

`merge_person(driver, a, b, reason)` says persons a and b are one; `split_person(driver, id,
(document, name), ...)` says those mentions are someone other than the rest of the person.
Each is a (:Decision) node holding the mentions ("document<TAB>name") on both sides, so it
survives re-resolution (node ids may change, mentions do not). The graph is then corrected
the way any article is loaded: the affected articles are retracted and loaded again from their
stored text, and the resolver applies the decisions (a merge as a must-link, a split as a
cannot-link; a later decision overrides an earlier one on the same mentions).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from neo4j import Driver

from convene.graph.load import cypher
from convene.graph.resolve_names import node_id

MERGE, SPLIT = "merge", "split"
# Loads stored articles again: (driver, articles) -> anything; default retract.default_reingest.
Reingest = Callable[[Driver, Sequence], object]
Ref = tuple[str, str]  # (document, name)


@dataclass(frozen=True)
class Decision:
    id: str
    kind: str  # MERGE | SPLIT
    mentions: tuple[str, ...]  # merge: the kept person's; split: the mentions split off
    others: tuple[str, ...]  # merge: the merged person's; split: the rest of the person
    reason: str = ""
    at: str = ""  # ISO timestamp, orders the decisions

    @staticmethod
    def make(kind: str, mentions: Iterable[str], others: Iterable[str], reason: str) -> Decision:
        at = datetime.now(UTC).isoformat(timespec="microseconds")
        ms, os_ = tuple(sorted(set(mentions))), tuple(sorted(set(others)))
        return Decision(node_id("Decision", kind, *ms, "|", *os_, at), kind, ms, os_, reason, at)


def ref(mention: str) -> Ref:
    document, _, name = mention.partition("\t")
    return document, name.split("\t")[0]


def ref_text(r: Ref) -> str:
    return f"{r[0]}\t{r[1]}"


def constraints(
    decisions: Iterable[Decision],
) -> tuple[list[tuple[frozenset[Ref], str]], set[frozenset[Ref]]]:
    """(must-link groups with their reason, cannot-link pairs), decisions applied in time order."""
    must: list[tuple[frozenset[Ref], str]] = []
    cannot: set[frozenset[Ref]] = set()
    for d in sorted(decisions, key=lambda d: (d.at, d.id)):
        side_a = {ref(m) for m in d.mentions}
        side_b = {ref(m) for m in d.others}
        crossing = {frozenset((x, y)) for x in side_a for y in side_b if x != y}
        if d.kind == MERGE:
            cannot -= crossing
            must.append((frozenset(side_a | side_b), f"analyst merge {d.id[:12]}: {d.reason}"))
        elif d.kind == SPLIT:
            kept = []
            for group, why in must:
                for part in (group - side_a, group & side_a):
                    if len(part) > 1:
                        kept.append((frozenset(part), why))
            must = kept
            cannot |= crossing
    return must, cannot


# --- in Neo4j --------------------------------------------------------------------------------


def record(driver: Driver, decision: Decision, database: str | None = None) -> None:
    with driver.session(database=database) as session:
        session.run(cypher("decision_record"), row=asdict(decision)).consume()


def load_decisions(driver: Driver, database: str | None = None) -> list[Decision]:
    with driver.session(database=database) as session:
        rows = session.run(cypher("decision_list")).data()
    return [Decision(r["id"], r["kind"], tuple(r["mentions"] or ()), tuple(r["others"] or ()),
                     r["reason"] or "", r["at"] or "") for r in rows]


def _person_mentions(driver: Driver, person_id: str, database: str | None) -> list[str]:
    with driver.session(database=database) as session:
        row = session.run(
            "MATCH (p:Person {id: $id}) RETURN p.mentions AS m", id=person_id
        ).single()
    if row is None:
        raise KeyError(f"no person with id {person_id!r}")
    return [ref_text(ref(m)) for m in row["m"] or ()]


def merge_person(
    driver: Driver, a: str, b: str, reason: str, reingest: Reingest | None = None,
    database: str | None = None,
) -> Decision:
    """Record that persons a and b are one person, and reload b's articles so the graph agrees."""
    ma, mb = _person_mentions(driver, a, database), _person_mentions(driver, b, database)
    decision = Decision.make(MERGE, ma, mb, reason)
    record(driver, decision, database)
    _reload(driver, sorted({ref(m)[0] for m in mb}), reingest, database)
    return decision


def split_person(
    driver: Driver, person_id: str, *document_names: Ref, reason: str = "",
    reingest: Reingest | None = None, database: str | None = None,
) -> Decision:
    """Record that these (document, name) mentions are not the rest of the person; reload them."""
    allm = _person_mentions(driver, person_id, database)
    off = {ref_text(r) for r in document_names}
    unknown = off - set(allm)
    if unknown:
        raise KeyError(f"person {person_id!r} has no mention {sorted(unknown)}")
    decision = Decision.make(SPLIT, off, set(allm) - off, reason)
    record(driver, decision, database)
    _reload(driver, sorted({ref(m)[0] for m in off}), reingest, database)
    return decision


def _reload(
    driver: Driver, documents: Sequence[str], reingest: Reingest | None, database: str | None
) -> None:
    from convene.graph.retract import reload_documents

    reload_documents(driver, documents, reingest=reingest, database=database)


# --- as a project file ------------------------------------------------------------------------


def export_decisions(driver: Driver, path: Path, database: str | None = None) -> int:
    """Write every recorded decision as JSON lines (to rebuild a graph from scratch with them)."""
    decisions = load_decisions(driver, database)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(asdict(d), ensure_ascii=False) + "\n" for d in decisions),
                    encoding="utf-8")
    return len(decisions)


def import_decisions(driver: Driver, path: Path, database: str | None = None) -> int:
    decisions = read_decisions(path)
    for d in decisions:
        record(driver, d, database)
    return len(decisions)


def read_decisions(path: Path) -> list[Decision]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            out.append(Decision(**{**d, "mentions": tuple(d["mentions"]),
                                   "others": tuple(d["others"])}))
    return out
