"""Retracting an article on the real Neo4j: what only it supported goes, shared facts stay.

Invented articles only. CONVENE_TEST_NEO4J_PORT=7693 .venv/bin/pytest tests/test_retract.py
"""

from __future__ import annotations

import pytest
from conftest import counts

from convene.graph.resolve_graph import load_resolved
from convene.graph.retract import retract
from convene.ingest.facts import (
    ATTENDEE,
    CHAIR,
    SPEAKER,
    Article,
    Extraction,
    Implements,
    Meeting,
    Organization,
    Participation,
    Person,
    Post,
)

pytestmark = pytest.mark.neo4j
BODY = "Standing Committee of the Hunan Provincial Party Committee"
HUNAN_PC = "Hunan Provincial Party Committee"


def report(doc, day, meeting_day, guest_role=ATTENDEE, guest="Li Jianguo", implements=()):
    meeting = Meeting(
        "Meeting of the Standing Committee", date=meeting_day, organizer=BODY,
        participations=(Participation("Zhou Mingyuan", CHAIR), Participation(guest, guest_role)),
        implements=tuple(Implements(i) for i in implements),
    )
    return Extraction(
        Article(doc, f"invented report {doc}", "en", published=day, jurisdiction="Hunan"),
        persons=(Person("Zhou Mingyuan", posts=(Post("Secretary", HUNAN_PC),)),
                 Person(guest, posts=(Post("Member of the Standing Committee", HUNAN_PC),))),
        organizations=(Organization(BODY, part_of=HUNAN_PC), Organization(HUNAN_PC)),
        meetings=(meeting,),
    )


def one(driver, query, **params):
    with driver.session() as s:
        return s.run(query, **params).data()


def test_retract_removes_what_only_the_article_supported_and_keeps_shared_facts(empty_db):
    a = report("a.txt", "2023-05-01", "2023-04-30", guest_role=SPEAKER,
               implements=("Third Plenary Session",))
    b = report("b.txt", "2023-05-02", "2023-04-30")  # the same meeting, reported again
    c = report("c.txt", "2023-06-01", "2023-05-31", guest="Wu Dehai")  # another meeting
    load_resolved(empty_db, [b, c])
    without_a = counts(empty_db)
    load_resolved(empty_db, [a])
    assert counts(empty_db) != without_a
    assert one(empty_db, "MATCH (:Person {name: 'Li Jianguo'})-[r:ATTENDED]->() "
                         "RETURN r.role AS role") == [{"role": SPEAKER}]

    retract(empty_db, "a.txt")
    assert counts(empty_db) == without_a  # everything a added is gone, nothing else
    meeting = one(empty_db, "MATCH (m:Meeting {date: '2023-04-30'}) "
                            "RETURN m.documents AS d, [(m)<-[:ASSERTS]-(c) | c] AS claims")
    assert len(meeting) == 1 and meeting[0]["d"] == ["b.txt"] and len(meeting[0]["claims"]) == 1
    assert one(empty_db, "MATCH (:Person {name: 'Li Jianguo'})-[r:ATTENDED]->() "
                         "RETURN r.role AS role") == [{"role": ATTENDEE}]
    assert one(empty_db, "MATCH (m:Meeting {name: 'Third Plenary Session'}) RETURN m") == []
    zhou = one(empty_db, "MATCH (p:Person {name: 'Zhou Mingyuan'})-[:HOLDS]->(t:Tenure) "
                         "RETURN p.mentions AS m, t.first_seen AS f, t.last_seen AS l")
    assert zhou == [{"m": ["b.txt\tZhou Mingyuan", "c.txt\tZhou Mingyuan"],
                     "f": "2023-05-02", "l": "2023-06-01"}]


def test_retracting_every_article_empties_the_graph(empty_db):
    xs = [report("a.txt", "2023-05-01", "2023-04-30", implements=("Third Plenary Session",)),
          report("b.txt", "2023-05-02", "2023-04-30", guest="Wu Dehai")]
    load_resolved(empty_db, xs)
    assert retract(empty_db, "b.txt").found
    assert one(empty_db, "MATCH (p:Person {name: 'Wu Dehai'}) RETURN p") == []
    retract(empty_db, "a.txt")
    assert counts(empty_db) == (0, 0)
    assert not retract(empty_db, "a.txt").found  # retracting again is harmless
