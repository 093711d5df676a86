"""Loading resolved articles into the real Neo4j: whole articles or nothing, idempotent, incremental

Invented articles only. Run with its own instance:
    CONVENE_TEST_NEO4J_PORT=7693 .venv/bin/pytest tests/test_load_safety.py
"""

from __future__ import annotations

import pytest
from conftest import counts
from neo4j.exceptions import Neo4jError

from convene.graph.load import load
from convene.graph.resolve_graph import load_resolved
from convene.ingest.facts import (
    ATTENDEE,
    CHAIR,
    Article,
    Extraction,
    Meeting,
    Organization,
    Participation,
    Person,
    Post,
)
from convene.ontology.batch import NodeRow
from convene.ontology.mapping import to_batch

pytestmark = pytest.mark.neo4j
BODY = "Standing Committee of the Hunan Provincial Party Committee"
HUNAN_PC = "Hunan Provincial Party Committee"


def report(doc: str, day: str, chair: str = "Zhou Mingyuan", guest: str = "Li Jianguo"):
    meeting = Meeting("Meeting of the Standing Committee", date=day, organizer=BODY,
                      participations=(Participation(chair, CHAIR), Participation(guest, ATTENDEE)))
    return Extraction(
        Article(doc, f"invented report {doc}", "en", title=f"report {doc}", published=day,
                jurisdiction="Hunan"),
        persons=(Person(chair, posts=(Post("Secretary", HUNAN_PC),)),
                 Person(guest, posts=(Post("Member of the Standing Committee", HUNAN_PC),))),
        organizations=(Organization(BODY, part_of=HUNAN_PC), Organization(HUNAN_PC)),
        meetings=(meeting,),
    )


def graph_ids(driver) -> set[tuple[str, str]]:
    with driver.session() as s:
        return {(r["l"], r["id"]) for r in s.run("MATCH (n) RETURN labels(n)[0] AS l, n.id AS id")}


def test_a_failure_in_the_middle_of_an_article_leaves_nothing_of_it(empty_db):
    load_resolved(empty_db, [report("a.txt", "2023-05-01")])
    before = counts(empty_db)
    good = to_batch(report("b.txt", "2023-05-02"))
    labels = sorted({n.label for n in good.nodes})
    poison = NodeRow(labels[len(labels) // 2], "poison", {"bad": {"a map": "is not a property"}})
    bad = good.__class__(good.key, good.nodes + (poison,), good.rels)
    with pytest.raises(Neo4jError):
        load(empty_db, [bad], per_transaction=1)
    assert counts(empty_db) == before
    with empty_db.session() as s:
        query = "MATCH (a:Article {document: 'b.txt'}) RETURN count(a) AS n"
        assert s.run(query).single()["n"] == 0


def test_articles_before_a_failing_one_commit_whole(empty_db):
    first = to_batch(report("a.txt", "2023-05-01"))
    second = to_batch(report("b.txt", "2023-05-02"))
    bad = second.__class__(second.key, second.nodes + (NodeRow("Claim", "x", {"bad": {}}),),
                           second.rels)
    with pytest.raises(Neo4jError):
        load(empty_db, [first, bad], per_transaction=1)
    docs = {d for _, d in graph_ids(empty_db)}
    assert {n.id for n in first.nodes} <= docs
    assert not ({n.id for n in second.nodes} - {n.id for n in first.nodes}) & docs


def test_reingesting_changes_nothing(empty_db):
    xs = [report("a.txt", "2023-05-01"), report("b.txt", "2023-05-08")]
    load_resolved(empty_db, xs)
    before, ids = counts(empty_db), graph_ids(empty_db)
    with empty_db.session() as s:
        props = s.run("MATCH (p:Person) RETURN p.id AS id, properties(p) AS p ORDER BY id").data()
    load_resolved(empty_db, xs)
    load_resolved(empty_db, xs[:1])
    assert counts(empty_db) == before and graph_ids(empty_db) == ids
    with empty_db.session() as s:
        assert s.run("MATCH (p:Person) RETURN p.id AS id, properties(p) AS p ORDER BY id").data() \
            == props


def test_incremental_loading_merges_into_what_is_there(empty_db):
    xs = [report("a.txt", "2023-05-01"), report("b.txt", "2023-05-08")]
    load_resolved(empty_db, xs)
    together = graph_ids(empty_db)
    empty_db.execute_query("MATCH (n) DETACH DELETE n")
    load_resolved(empty_db, xs[:1])
    load_resolved(empty_db, xs[1:])
    assert graph_ids(empty_db) == together
    with empty_db.session() as s:
        people = s.run("MATCH (p:Person) RETURN p.name AS n, size(p.mentions) AS m").data()
        tenure = s.run("MATCH (:Person {name: 'Zhou Mingyuan'})-[:HOLDS]->(t:Tenure) "
                       "RETURN t.first_seen AS f, t.last_seen AS l").data()
        meetings = s.run("MATCH (m:Meeting) RETURN count(m) AS n").single()["n"]
    assert sorted((p["n"], p["m"]) for p in people) == [("Li Jianguo", 2), ("Zhou Mingyuan", 2)]
    assert tenure == [{"f": "2023-05-01", "l": "2023-05-08"}]
    assert meetings == 2  # one a week apart: two meetings


def test_an_article_extracted_differently_replaces_its_old_facts(empty_db):
    load_resolved(empty_db, [report("a.txt", "2023-05-01"), report("b.txt", "2023-05-08")])
    load_resolved(empty_db, [report("a.txt", "2023-05-01", guest="Wu Dehai")])  # a new extractor
    with empty_db.session() as s:
        people = s.run("MATCH (p:Person) RETURN p.name AS n, p.mentions AS m ORDER BY n").data()
        took_part = s.run("MATCH (p:Person)-[:TOOK_PART]->(:Participation)-[:IN_MEETING]->(m) "
                          "RETURN p.name AS n, m.date AS d ORDER BY n, d").data()
    assert [(p["n"], len(p["m"])) for p in people] == [
        ("Li Jianguo", 1), ("Wu Dehai", 1), ("Zhou Mingyuan", 2)]
    assert [(r["n"], r["d"]) for r in took_part] == [
        ("Li Jianguo", "2023-05-08"), ("Wu Dehai", "2023-05-01"),
        ("Zhou Mingyuan", "2023-05-01"), ("Zhou Mingyuan", "2023-05-08")]


def test_an_article_that_cannot_be_mapped_is_reported_and_the_rest_loaded(empty_db):
    bad = report("bad.txt", "2023-05-02")
    bad = Extraction(bad.article, bad.persons, bad.organizations, (
        Meeting("A meeting", date="2023-05-02", participations=(Participation("Li Jianguo", "x"),)),
    ))
    failed = []
    load_resolved(empty_db, [report("a.txt", "2023-05-01"), bad],
                  on_error=lambda doc, exc: failed.append(doc))
    assert failed == ["bad.txt"]
    with empty_db.session() as s:
        docs = s.run("MATCH (a:Article) RETURN collect(a.document) AS d").single()["d"]
    assert docs == ["a.txt"]
    before = counts(empty_db)
    with pytest.raises(ValueError):
        load_resolved(empty_db, [bad])
    assert counts(empty_db) == before
