"""The graph as RDF: streamed from Neo4j through the mapping, or straight from extracted articles.

Each label is one query (its nodes with their outgoing relationships), streamed by the driver
inside one read transaction (one snapshot), turned into N-Triples text by graph.export_nt and
written in large chunks; N-Quads, Turtle and RDF/XML are written from that text as it comes
(ontology.rdf.write_lines), JSON-LD by graph.export_jsonld, so memory does not grow with the
graph.
A subset (person, organization, meeting, since/until) selects the facts about it and then
everything those facts need to be valid (their person, post, meeting, claims and articles: the
relationships mapping.ttl marks with cvm:follow); only the ids of the subset are held in memory.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from neo4j import READ_ACCESS, Driver, Session

from convene.graph.export_jsonld import write_jsonld
from convene.graph.export_nt import LineWriter
from convene.ingest.facts import Extraction
from convene.ontology.mapping import merge_batches, to_batch
from convene.ontology.rdf import FORMATS, base_iri, batch_triples, nt_chunks, write_lines
from convene.ontology.spec import load_mapping

HERE = Path(__file__).parent
log = logging.getLogger(__name__)
FETCH = 10_000  # records the driver fetches at a time
CHUNK = 8192  # N-Triples lines per write
_NODES = (HERE / "export_nodes.cypher").read_text(encoding="utf-8")
Key = tuple[str, str]  # (label, id)

# Seeds of a subset: the fact nodes about one person, body or meeting (labels are trusted).
_PERSON = """
MATCH (p:Person) WHERE p.id = $v OR p.name = $v OR $v IN coalesce(p.names, [])
CALL (p) {
  MATCH (p)-[:HOLDS]->(t:Tenure) RETURN 'Tenure' AS label, t.id AS id
  UNION MATCH (p)-[:TOOK_PART]->(x:Participation) RETURN 'Participation' AS label, x.id AS id
  UNION MATCH (p)-[:REPORTED|EDITED|PHOTOGRAPHED]->(a:Article)
  RETURN 'Article' AS label, a.id AS id
}
RETURN p.id AS entity, label, id
"""
_ORGANIZATION = """
MATCH (o:Organization) WHERE o.id = $v OR o.name = $v OR $v IN coalesce(o.aliases, [])
CALL (o) {
  MATCH (o)<-[:POST_IN]-(:Post)<-[:OF_POST]-(t:Tenure) RETURN 'Tenure' AS label, t.id AS id
  UNION MATCH (o)<-[:ORGANIZED_BY]-(m:Meeting) RETURN 'Meeting' AS label, m.id AS id
  UNION MATCH (o)<-[:ORGANIZED_BY]-(:Meeting)<-[:IN_MEETING]-(x:Participation)
  RETURN 'Participation' AS label, x.id AS id
  UNION MATCH (o)<-[:ORGANIZED_BY]-(:Meeting)<-[:BY]-(i:Implementation)
  RETURN 'Implementation' AS label, i.id AS id
}
RETURN o.id AS entity, label, id
"""
_MEETING = """
MATCH (m:Meeting) WHERE m.id = $v OR m.name = $v OR $v IN coalesce(m.aliases, [])
CALL (m) {
  RETURN 'Meeting' AS label, m.id AS id
  UNION MATCH (m)<-[:IN_MEETING]-(x:Participation)
  RETURN 'Participation' AS label, x.id AS id
  UNION MATCH (m)<-[:BY|OF]-(i:Implementation) RETURN 'Implementation' AS label, i.id AS id
}
RETURN m.id AS entity, label, id
"""
# Facts dated within [since, until]; a fact without a date is outside any range.
_DATED = """
MATCH (m:Meeting) WHERE m.date >= $since AND m.date <= $until RETURN 'Meeting' AS label, m.id AS id
UNION MATCH (x:Participation)-[:IN_MEETING]->(m:Meeting) WHERE m.date >= $since AND m.date <= $until
RETURN 'Participation' AS label, x.id AS id
UNION MATCH (i:Implementation)-[:BY]->(m:Meeting) WHERE m.date >= $since AND m.date <= $until
RETURN 'Implementation' AS label, i.id AS id
UNION MATCH (t:Tenure) WHERE t.last_seen >= $since AND t.first_seen <= $until
RETURN 'Tenure' AS label, t.id AS id
UNION MATCH (a:Article) WHERE a.published >= $since AND a.published <= $until
RETURN 'Article' AS label, a.id AS id
"""


def subset(
    session: Session,
    person: str | None = None,
    organization: str | None = None,
    meeting: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> set[Key] | None:
    """The (label, id) of every node a filtered export holds; None when nothing is filtered."""
    filters = [(q, v, lb) for q, v, lb in ((_PERSON, person, "Person"),
               (_ORGANIZATION, organization, "Organization"), (_MEETING, meeting, "Meeting")) if v]
    if not filters and not (since or until):
        return None
    seeds: set[Key] | None = None
    entities: set[Key] = set()
    for query, value, label in filters:
        rows = session.run(query, v=value).data()
        entities |= {(label, r["entity"]) for r in rows}
        found = {(r["label"], r["id"]) for r in rows}
        seeds = found if seeds is None else seeds & found
    if since or until:
        rows = session.run(_DATED, since=since or "", until=until or "9999-12-31").data()
        found = {(r["label"], r["id"]) for r in rows}
        seeds = found if seeds is None else seeds & found
    return _closure(session, (seeds or set()) | entities)


def _closure(session: Session, keep: set[Key]) -> set[Key]:
    """Add what the kept facts need, following the relationships mapping.ttl marks cvm:follow."""
    frontier = set(keep)
    rels = [r for r in load_mapping().rels if r.follow]
    while frontier:
        new: set[Key] = set()
        for r in rels:
            have, get = (r.start, r.end) if r.follow == "forward" else (r.end, r.start)
            ids = sorted(i for lb, i in frontier if lb == have)
            if not ids:
                continue
            pattern = f"(a:{r.start})-[:{r.type}]->(b:{r.end})"
            mine, other = ("a", "b") if r.follow == "forward" else ("b", "a")
            query = f"MATCH {pattern} WHERE {mine}.id IN $ids RETURN DISTINCT {other}.id AS id"
            new |= {(get, row["id"]) for row in session.run(query, ids=ids)}
        frontier = new - keep
        keep |= frontier
    return keep


def lines(tx, keep: set[Key] | None = None, chunk: int = CHUNK) -> Iterator[str]:
    """Every mapped node and relationship (or those of a subset) as N-Triples text, `chunk`
    lines or so at a time. One query per label, streamed (the driver fetches records in
    batches, nothing is sorted or paged): a node comes with the ends of the relationships that
    start at it, so each record gives a node's triples and its relationships'."""
    writer = LineWriter(load_mapping(), base_iri())
    buf: list[str] = []
    for plan in writer.plans:
        columns = "".join(f", n.`{k}`" for k in plan.keys)
        columns += "".join(f", [(n)-[:`{r.type}`]->(e:`{r.end}`) WHERE e.id <> '' | e.id]"
                           for r in plan.rels)
        query = _NODES.format(label=plan.label, columns=columns)
        props = len(plan.keys)
        for record in tx.run(query):
            id_, *row = record[0]  # one list per record: unpacking a Record is much slower
            values, ends = row[:props], row[props:]
            if keep is not None:
                if (plan.label, id_) not in keep:
                    continue
                ends = [[e for e in es if (r.end, e) in keep]
                        for r, es in zip(plan.rels, ends, strict=True)]
            buf += writer.node(plan, id_, values, ends)
            if len(buf) >= chunk:
                yield "".join(buf)
                buf = []
    if buf:
        yield "".join(buf)


@contextlib.contextmanager
def _opened(out: TextIO | str | Path | None) -> Iterator[TextIO]:
    if out is None or out == "-":
        yield sys.stdout
    elif isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="\n") as f:
            yield f
    else:
        yield out


def export(
    driver: Driver,
    out: TextIO | str | Path | None,
    fmt: str,
    person: str | None = None,
    organization: str | None = None,
    meeting: str | None = None,
    since: str | None = None,
    until: str | None = None,
    database: str | None = None,
    fetch_size: int = FETCH,
) -> int:
    """Write the graph in Neo4j (or a subset) as RDF in `fmt` (ttl|jsonld|nt|nq|xml) to `out`
    (a text stream, a path, or None/'-' for standard output). Returns the triples written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    with (driver.session(database=database, fetch_size=fetch_size,
                         default_access_mode=READ_ACCESS) as session, _opened(out) as stream_out):
        keep = subset(session, person, organization, meeting, since, until)
        with session.begin_transaction() as tx:  # one snapshot for the whole export
            return _write(lines(tx, keep), stream_out, fmt)


def export_articles(
    extractions: Iterable[Extraction],
    out: TextIO | str | Path | None,
    fmt: str,
    resolve: bool = True,
) -> int:
    """Write extracted articles as RDF through the same mapping, without Neo4j.

    With `resolve`, identity resolution runs over the articles first (as when they are loaded),
    so the IRIs are those an export of the same articles from the database would have."""
    extractions = list(extractions)
    if resolve:
        from convene.graph.resolve import resolve as resolve_identities

        res = resolve_identities(extractions)
        batches = (res.annotate(to_batch(x, **res.callbacks()), x) for x in extractions)
    else:
        batches = (to_batch(x) for x in extractions)
    batch = merge_batches(batches)
    with _opened(out) as stream_out:
        return _write(nt_chunks(batch_triples(batch)), stream_out, fmt)


def _write(chunks: Iterable[str], out: TextIO, fmt: str) -> int:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    return write_jsonld(chunks, out) if fmt == "jsonld" else write_lines(chunks, out, fmt)

