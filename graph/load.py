"""Load GraphBatches into Neo4j: batched UNWIND … MERGE on content-derived ids.

Each transaction holds whole batches (articles), so an article's facts commit together
or not at all; re-loading the same batch changes nothing because every write is a MERGE
on a stable key followed by SET of the same properties.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from itertools import islice

from neo4j import Driver, ManagedTransaction

from convene.ontology.batch import GraphBatch

_IDENT = re.compile(r"^[A-Z][A-Za-z0-9_]*$")


def cypher(name: str) -> str:
    """A .cypher file of this package, without its // header."""
    text = resources.files("convene.graph").joinpath(f"{name}.cypher").read_text("utf-8")
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))


def ensure_schema(driver: Driver, database: str | None = None) -> None:
    """Create constraints and indexes; safe to run any number of times."""
    with driver.session(database=database) as session:
        for statement in cypher("schema").split(";"):
            if statement.strip():
                session.run(statement).consume()


@dataclass
class LoadReport:
    batches: int = 0
    nodes: int = 0
    rels: int = 0


def _ident(name: str) -> str:
    if not _IDENT.match(name):
        raise ValueError(f"not a valid label or relationship type: {name!r}")
    return name


def _write(tx: ManagedTransaction, batches: list[GraphBatch]) -> tuple[int, int]:
    from convene.ontology.mapping import merge_props

    nodes: dict[str, dict[str, dict]] = defaultdict(dict)
    rels: dict[tuple[str, str, str], dict[tuple[str, str], dict]] = defaultdict(dict)
    for batch in batches:
        for n in batch.nodes:
            # The same node in two rows (e.g. one person in two articles of a chunk): merge props.
            old = nodes[n.label].get(n.id, {})
            nodes[n.label][n.id] = merge_props(n.label, old, n.props) if old else dict(n.props)
        for r in batch.rels:
            rels[(r.type, r.start_label, r.end_label)].setdefault((r.start, r.end), {}).update(
                r.props
            )
    node_query, rel_query = cypher("load_nodes"), cypher("load_rels")
    existing_query = cypher("load_existing")
    for label in sorted(nodes):
        # What is stored already is combined, not overwritten: the mapping says how per property
        # (names a union, first_seen the earliest, last_seen the latest, the rest first-seen).
        stored = tx.run(existing_query.replace("{label}", _ident(label)), ids=list(nodes[label]))
        for record in stored:
            new = nodes[label][record["id"]]
            nodes[label][record["id"]] = merge_props(label, record["props"], new)
        rows = [{"id": k, "props": v} for k, v in nodes[label].items()]
        tx.run(node_query.replace("{label}", _ident(label)), rows=rows).consume()
    for (rtype, start_label, end_label), pairs in sorted(rels.items()):
        query = (
            rel_query.replace("{type}", _ident(rtype))
            .replace("{start_label}", _ident(start_label))
            .replace("{end_label}", _ident(end_label))
        )
        rows = [{"start": s, "end": e, "props": p} for (s, e), p in pairs.items()]
        tx.run(query, rows=rows).consume()
    return sum(len(v) for v in nodes.values()), sum(len(v) for v in rels.values())


def _chunks(items: Iterable[GraphBatch], size: int) -> Iterator[list[GraphBatch]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def load(
    driver: Driver,
    batches: Iterable[GraphBatch],
    database: str | None = None,
    per_transaction: int = 50,
    on_commit: Callable[[list[GraphBatch]], None] | None = None,
) -> LoadReport:
    """Write batches, `per_transaction` whole batches per explicit transaction."""
    report = LoadReport()
    with driver.session(database=database) as session:
        for chunk in _chunks(batches, per_transaction):
            n, r = session.execute_write(_write, chunk)
            report.batches += len(chunk)
            report.nodes += n
            report.rels += r
            if on_commit:
                on_commit(chunk)
    return report
