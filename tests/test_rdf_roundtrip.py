"""Rows -> RDF -> rows; Neo4j -> RDF -> empty Neo4j -> RDF: nothing lost, provenance included."""

from __future__ import annotations

import io

import pytest
from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from convene.graph.export import export
from convene.graph.import_rdf import import_rdf, rdf_batch
from convene.ingest.facts import Article, Evidence, Extraction, Meeting, Participation, Person
from convene.ontology.batch import GraphBatch
from convene.ontology.mapping import merge_batches, to_batch
from convene.ontology.rdf import (
    FORMATS,
    batch_triples,
    graph_to_batch,
    nt_line,
    read_text,
    write,
)

CV = Namespace("https://w3id.org/convene/ontology#")


def as_graph(batch: GraphBatch) -> Graph:
    g = Graph()
    for t in batch_triples(batch):
        g.add(t)
    return g


def canonical(batch: GraphBatch):
    nodes = sorted((n.label, n.id, sorted(n.props.items())) for n in batch.nodes)
    rels = sorted((r.type, r.start_label, r.start, r.end_label, r.end, sorted(r.props.items()))
                  for r in batch.rels)
    return nodes, rels


def test_rows_survive_rdf_and_back():
    from test_mapping import sample

    batch = to_batch(sample())
    back = graph_to_batch(as_graph(batch), batch.key)
    assert canonical(back) == canonical(batch)  # shortcuts re-derived, lists and numbers typed


def test_corpus_rows_survive_every_format(corpus, tmp_path):
    from test_export import gold_extractions

    batch = merge_batches(to_batch(x) for x in gold_extractions(corpus))
    for fmt in sorted(FORMATS):
        path = tmp_path / f"corpus.{fmt}"
        with open(path, "w", encoding="utf-8") as out:
            write(batch_triples(batch), out, fmt)
        assert canonical(rdf_batch(path)) == canonical(batch), fmt


TRICKY = 'He said "no" \\ then\nleft;\ttab, \x07bell, 中文 and 🙂\r\n'


def test_awkward_text_is_escaped_in_line_formats():
    from test_mapping import TEXT

    text = TEXT + TRICKY
    x = Extraction(
        article=Article("tricky.txt", text, "en", title=TRICKY),
        persons=(Person("Lu Qi"),),
        meetings=(Meeting("A meeting", participations=(Participation(
            "Lu Qi", "speaker", Evidence(len(TEXT), len(text), TRICKY, "r")),)),),
    )
    batch = to_batch(x)
    for fmt in ("nt", "nq"):
        buf = io.StringIO()
        write(batch_triples(batch), buf, fmt)
        g = read_text(buf.getvalue(), fmt)
        assert isomorphic(g, as_graph(batch))
        assert (None, None, Literal(TRICKY, lang="zh")) in g  # Han script in it: @zh
    with pytest.raises(ValueError, match="RDF/XML cannot carry"):
        write(batch_triples(batch), io.StringIO(), "xml")
    line = nt_line((URIRef("urn:x:a"), URIRef("urn:x:p"), Literal("a\nb\"c")))
    assert line == '<urn:x:a> <urn:x:p> "a\\nb\\"c" .\n'


def tricky_batch() -> GraphBatch:
    """Text that needs escaping in every place a literal can be: quotes, newlines, backslashes,
    tabs, a control character, Han and non-BMP characters; typed dates and numbers; an id that
    must be percent-encoded in its IRI."""
    from test_mapping import TEXT

    text = TEXT + TRICKY
    x = Extraction(
        article=Article("tricky.txt", text, "en", title=TRICKY, published="2024-02-29"),
        persons=(Person("Lu Qi", ("路琦 \\ \"q\"",)),),
        meetings=(Meeting("A meeting", date="2024-02-29", location="会场 🙂\n2", participations=(
            Participation("Lu Qi", "speaker", Evidence(len(TEXT), len(text), TRICKY, "r")),)),),
    )
    return to_batch(x)


def lines_graph(batch: GraphBatch) -> Graph:
    """The batch through the exporter's line writer (as rows come from Neo4j)."""
    from convene.graph.export_nt import LineWriter
    from convene.ontology.rdf import base_iri
    from convene.ontology.spec import load_mapping

    writer = LineWriter(load_mapping(), base_iri())
    plans = {p.label: p for p in writer.plans}
    text = []
    for n in batch.nodes:
        plan = plans[n.label]
        ends = [[r.end for r in batch.rels if (r.type, r.start_label, r.start, r.end_label)
                 == (rp.type, n.label, n.id, rp.end)] for rp in plan.rels]
        text += writer.node(plan, n.id, [n.props.get(k) for k in plan.keys], ends)
    return Graph().parse(data="".join(text), format="nt")


def test_the_line_writer_writes_what_the_mapping_says():
    from test_mapping import sample

    for batch in (to_batch(sample()), tricky_batch()):
        assert isomorphic(lines_graph(batch), as_graph(batch))


@pytest.mark.parametrize("fmt", ["nt", "ttl"])
def test_awkward_literals_round_trip_through_line_formats_and_turtle(fmt):
    batch = tricky_batch()
    buf = io.StringIO()
    write(batch_triples(batch), buf, fmt)
    g = read_text(buf.getvalue(), fmt)
    assert isomorphic(g, as_graph(batch))
    assert (None, None, Literal(TRICKY, lang="zh")) in g
    assert (None, None, Literal("2024-02-29", datatype=XSD.date)) in g
    assert (None, None, Literal("会场 🙂\n2", lang="zh")) in g
    assert canonical(graph_to_batch(g, batch.key)) == canonical(batch)


def test_control_characters_in_escaped_properties_survive_every_format():
    from convene.ontology.batch import NodeRow

    keys = ["lanshan\x1fboard", "back\\slash \\u0041"]
    batch = GraphBatch("k", nodes=(NodeRow("Organization", "o1", {"name": "Board", "keys": keys}),))
    for fmt in sorted(FORMATS):
        buf = io.StringIO()
        write(batch_triples(batch), buf, fmt)
        back = graph_to_batch(read_text(buf.getvalue(), fmt), "k")
        assert back.nodes[0].props["keys"] == sorted(keys), fmt


def test_rdf_from_elsewhere_keeps_its_iris():
    """IRIs outside the base become ids as they are, and come back out unchanged."""
    ttl = """
    @prefix cv: <https://w3id.org/convene/ontology#> .
    @prefix cvp: <https://w3id.org/convene/ontology/participation/> .
    @prefix foaf: <http://xmlns.com/foaf/0.1/> .
    @prefix schema: <https://schema.org/> .
    <http://example.org/p/1> a foaf:Person, schema:Person ; foaf:name "Lu Qi"@en .
    <http://example.org/m/1> a cv:Meeting ; schema:name "Board meeting"@en ;
        schema:startDate "2022-02-02"^^<http://www.w3.org/2001/XMLSchema#date> .
    <http://example.org/x/1> a cv:Participation ; cv:participant <http://example.org/p/1> ;
        cv:inMeeting <http://example.org/m/1> ; cv:participationRole cvp:chair .
    """
    g = Graph().parse(data=ttl, format="turtle")
    batch = graph_to_batch(g, "t")
    chaired = [r for r in batch.rels if r.type == "CHAIRED"]
    assert [(r.start, r.end) for r in chaired] == [("http://example.org/p/1",
                                                   "http://example.org/m/1")]
    assert isomorphic(as_graph(batch), g)


def test_values_outside_the_schemes_are_refused():
    ttl = """
    @prefix cv: <https://w3id.org/convene/ontology#> .
    <http://example.org/x/1> a cv:Participation ; cv:participationRole <http://example.org/boss> .
    """
    with pytest.raises(ValueError, match="not under"):
        graph_to_batch(Graph().parse(data=ttl, format="turtle"), "t")


# ---------------------------------------------------------------- through Neo4j


def neo4j_nt(driver) -> Graph:
    buf = io.StringIO()
    export(driver, buf, "nt")
    return Graph().parse(data=buf.getvalue(), format="nt")


def shortcuts(driver) -> set[tuple]:
    with driver.session() as session:
        return {tuple(r.values()) for r in session.run(
            "MATCH (a)-[r:CHAIRED|ATTENDED|IMPLEMENTS]->(b) "
            "RETURN type(r), a.id, b.id, r.role")}


@pytest.mark.neo4j
@pytest.mark.parametrize("fmt", ["nq", "ttl", "jsonld"])
def test_export_import_export_is_isomorphic(empty_db, corpus, tmp_path, fmt):
    from test_export import gold_extractions
    from test_mapping import sample

    from convene.graph.load import load

    load(empty_db, [merge_batches([*map(to_batch, gold_extractions(corpus)), to_batch(sample())])])
    first_shortcuts = shortcuts(empty_db)
    path = tmp_path / f"graph.{fmt}"
    export(empty_db, path, fmt)
    first = neo4j_nt(empty_db)
    assert len(set(first.subjects(RDF.type, CV.Claim))) > 0
    assert (None, URIRef("http://www.w3.org/ns/oa#exact"), None) in first  # quotes made it

    with empty_db.session() as session:
        session.run("MATCH (n) DETACH DELETE n").consume()
    assert len(neo4j_nt(empty_db)) == 0
    report = import_rdf(empty_db, path)
    assert report.nodes > 0
    assert isomorphic(neo4j_nt(empty_db), first)
    assert shortcuts(empty_db) == first_shortcuts  # re-derived on import


@pytest.mark.neo4j
def test_the_resolved_graph_round_trips_and_every_property_is_mapped(empty_db, corpus, tmp_path):
    """The graph as the pipeline builds it (identity resolution's ids, mentions, evidence)."""
    from test_export import gold_extractions

    from convene.graph.resolve_graph import load_resolved
    from convene.ontology.spec import conforms, load_mapping

    load_resolved(empty_db, gold_extractions(corpus))
    mapping = load_mapping()
    with empty_db.session() as session:
        for row in session.run("MATCH (n) UNWIND labels(n) AS label UNWIND keys(n) AS key "
                               "RETURN DISTINCT label, key"):
            keys = {p.key for p in mapping.node(row["label"]).props} | {"id"}
            assert row["key"] in keys, f"{row['label']}.{row['key']} has no mapping"
        for row in session.run("MATCH (a)-[r]->(b) RETURN DISTINCT type(r) AS t, "
                               "labels(a)[0] AS s, labels(b)[0] AS e"):
            if row["t"] not in mapping.derived_types():
                mapping.rel(row["t"], row["s"], row["e"])  # raises if unmapped
    path = tmp_path / "resolved.nt"
    export(empty_db, path, "nt")
    first = neo4j_nt(empty_db)
    ok, report = conforms(first)
    assert ok, report
    with empty_db.session() as session:
        session.run("MATCH (n) DETACH DELETE n").consume()
    import_rdf(empty_db, path)
    assert isomorphic(neo4j_nt(empty_db), first)


@pytest.mark.neo4j
def test_awkward_text_from_neo4j_round_trips_in_every_format(empty_db, tmp_path):
    """Escapes, Han and non-BMP text, language tags and dates, read from Neo4j and written as
    N-Triples, Turtle and the rest, parse back to the graph the mapping describes; Turtle
    names instances by prefix; RDF/XML refuses the control character."""
    from convene.graph.load import load

    batch = tricky_batch()
    load(empty_db, [batch])
    expected = as_graph(batch)
    for fmt in ("nt", "nq", "ttl", "jsonld"):
        path = tmp_path / f"tricky.{fmt}"
        export(empty_db, path, fmt)
        g = read_text(path.read_text(encoding="utf-8"), fmt)
        assert isomorphic(g, expected), fmt
        assert (None, None, Literal("会场 🙂\n2", lang="zh")) in g
    ttl = (tmp_path / "tricky.ttl").read_text(encoding="utf-8")
    assert "@prefix person: <https://w3id.org/convene/id/person/>" in ttl
    body = "".join(line for line in ttl.splitlines(True) if not line.startswith("@prefix"))
    assert "person:" in body and "<https://w3id.org/convene/id/" not in body
    with pytest.raises(ValueError, match="RDF/XML cannot carry"):
        export(empty_db, io.StringIO(), "xml")
