"""Load GraphBatches into Neo4j: per label or relationship type, one big UNWIND … MERGE.

Each transaction holds whole batches (articles), so an article's facts commit together
or not at all. A transaction closes once it holds about `rows_per_transaction` rows (never
inside an article). Nodes combine with what is stored by the mapping's merge policies
inside Cypher (load_nodes.cypher), so nothing is read back first; re-loading the same
batches changes nothing because every write is a MERGE on a stable key and every policy
(first, min, max, union) gives the stored value again.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from neo4j import Driver, ManagedTransaction

from convene.ontology.batch import GraphBatch

_IDENT = re.compile(r"^[A-Z][A-Za-z0-9_]*$")
_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Rows per commit: 50 articles (~2.5k rows) paid a commit and ~40 round trips per 1.5k facts;
# far bigger only costs memory on both sides (bench/load_bench.py, Loading in BENCHMARKS.md).
ROWS_PER_TRANSACTION = 20_000


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


def _key(name: str) -> str:
    if not _KEY.match(name):
        raise ValueError(f"not a valid property key: {name!r}")
    return name


@cache
def _policy(label: str) -> dict[str, str]:
    """The mapping's merge policy of a label; a label the mapping lacks merges first-seen."""
    from convene.ontology.spec import load_mapping

    try:
        return load_mapping().merge_policy(label)
    except KeyError:
        return {}


@cache
def _node_query(label: str, keys: tuple[str, ...]) -> str:
    """load_nodes.cypher for one label, a policy expression per property key on a match."""
    policy = _policy(label)
    on_match = ",\n    ".join(_expression(policy, k).replace("{key}", _key(k)) for k in keys)
    query = cypher("load_nodes").replace("{label}", _ident(label))
    return query.replace("{on_match}", f"ON MATCH SET {on_match}" if keys else "")


def _expression(policy: dict[str, str], key: str) -> str:
    """The `n.{key} = …` line of load_nodes_merge.cypher for this key's policy."""
    return _merges()[policy.get(key, "first")]


@cache
def _merges() -> dict[str, str]:
    """load_nodes_merge.cypher: one `policy: expression` block per merge policy."""
    out: dict[str, str] = {}
    for block in cypher("load_nodes_merge").split(";"):
        if block.strip():
            name, _, expression = block.partition(":")
            out[name.strip()] = " ".join(expression.split())
    return out


@cache
def _rel_query(rtype: str, start_label: str, end_label: str) -> str:
    return (
        cypher("load_rels")
        .replace("{type}", _ident(rtype))
        .replace("{start_label}", _ident(start_label))
        .replace("{end_label}", _ident(end_label))
    )


def _write(tx: ManagedTransaction, batches: list[GraphBatch]) -> tuple[int, int]:
    from convene.ontology.mapping import merge_by

    nodes: dict[str, dict[str, dict]] = defaultdict(dict)
    rels: dict[tuple[str, str, str], dict[tuple[str, str], dict]] = defaultdict(dict)
    for batch in batches:
        for n in batch.nodes:
            # The same node in two rows (e.g. one person in two articles of a chunk): merge props.
            seen = nodes[n.label]
            old = seen.get(n.id)
            seen[n.id] = merge_by(old, n.props, _policy(n.label)) if old else dict(n.props)
        for r in batch.rels:
            rels[(r.type, r.start_label, r.end_label)].setdefault((r.start, r.end), {}).update(
                r.props
            )
    for label in sorted(nodes):
        rows = [{"id": k, "props": v} for k, v in nodes[label].items()]
        # Every key the mapping knows for the label, so the query text (and its plan) is the same
        # from one transaction to the next; keys the mapping lacks merge first-seen.
        keys = tuple(sorted({k for v in nodes[label].values() for k in v}.union(_policy(label))))
        tx.run(_node_query(_ident(label), keys), rows=rows).consume()
    for (rtype, start_label, end_label), pairs in sorted(rels.items()):
        rows = [{"start": s, "end": e, "props": p} for (s, e), p in pairs.items()]
        tx.run(_rel_query(rtype, start_label, end_label), rows=rows).consume()
    return sum(len(v) for v in nodes.values()), sum(len(v) for v in rels.values())


def _chunks(
    items: Iterable[GraphBatch], rows: int, articles: int | None
) -> Iterator[list[GraphBatch]]:
    """Whole batches, closed once they hold `rows` rows or `articles` batches."""
    chunk: list[GraphBatch] = []
    size = 0
    for batch in items:
        chunk.append(batch)
        size += len(batch.nodes) + len(batch.rels)
        if size >= rows or (articles is not None and len(chunk) >= articles):
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def load(
    driver: Driver,
    batches: Iterable[GraphBatch],
    database: str | None = None,
    per_transaction: int | None = None,
    on_commit: Callable[[list[GraphBatch]], None] | None = None,
    rows_per_transaction: int = ROWS_PER_TRANSACTION,
) -> LoadReport:
    """Write batches, whole ones per explicit transaction of about `rows_per_transaction` rows.

    `per_transaction` caps the batches (articles) per transaction too (1: one per article).
    """
    report = LoadReport()
    with driver.session(database=database) as session:
        for chunk in _chunks(batches, rows_per_transaction, per_transaction):
            n, r = session.execute_write(_write, chunk)
            report.batches += len(chunk)
            report.nodes += n
            report.rels += r
            if on_commit:
                on_commit(chunk)
    return report
