"""Analyst decisions on the real Neo4j: a merge or split is recorded as data and survives re-ingest.

Invented articles only. CONVENE_TEST_NEO4J_PORT=7693 .venv/bin/pytest tests/test_decisions.py
"""

from __future__ import annotations

import pytest
from conftest import counts

from convene.graph.decisions import (
    MERGE,
    SPLIT,
    export_decisions,
    load_decisions,
    merge_person,
    read_decisions,
    split_person,
)
from convene.graph.resolve_graph import load_resolved
from convene.ingest.facts import Article, Extraction, Person, Post

pytestmark = pytest.mark.neo4j


def article(doc, language, day, *persons) -> Extraction:
    return Extraction(Article(doc, f"invented article {doc}", language, published=day),
                      persons=persons)


HUNAN_GOV = "Hunan Provincial People's Government"
HUNAN = article("a.txt", "en", "2023-05-01",
                Person("Li Jianguo", posts=(Post("Vice Governor", HUNAN_GOV),)))
NINGBO_GOV = "Ningbo Municipal People's Government"
NINGBO = article("b.txt", "en", "2023-05-03",
                 Person("Li Jianguo", posts=(Post("Mayor", NINGBO_GOV),)))
EN = article("c.txt", "en", "2023-05-01",
             Person("Zhou Mingyuan", posts=(Post("Governor", HUNAN_GOV),)))
ZH = article("d.txt", "zh", "2023-05-02",
             Person("周明远", posts=(Post("省长", "湖南省人民政府"),)))
BY_DOC = {x.article.document: x for x in (HUNAN, NINGBO, EN, ZH)}


def reingest(driver, articles):
    load_resolved(driver, [BY_DOC[a.document] for a in articles])


def persons(driver) -> list[dict]:
    with driver.session() as s:
        return s.run("MATCH (p:Person) RETURN p.id AS id, p.mentions AS mentions, "
                     "p.merged_because AS why ORDER BY id").data()


def wipe_all_but_decisions(driver) -> None:
    driver.execute_query("MATCH (n) WHERE NOT n:Decision DETACH DELETE n")


def test_a_merge_survives_reingest_and_rebuild(empty_db, artifacts):
    load_resolved(empty_db, [HUNAN, NINGBO])
    two = persons(empty_db)
    assert len(two) == 2  # same name, different provinces, same week: the rule keeps them apart
    d = merge_person(empty_db, two[0]["id"], two[1]["id"], "one man, per his CV",
                     reingest=reingest)
    assert d.kind == MERGE
    one = persons(empty_db)
    assert len(one) == 1 and len(one[0]["mentions"]) == 2
    assert any("analyst merge" in w and "per his CV" in w for w in one[0]["why"])
    before = counts(empty_db)
    load_resolved(empty_db, [HUNAN, NINGBO])  # re-ingest
    assert counts(empty_db) == before and len(persons(empty_db)) == 1
    wipe_all_but_decisions(empty_db)
    load_resolved(empty_db, [NINGBO, HUNAN])  # rebuild from scratch, decisions kept
    assert len(persons(empty_db)) == 1
    path = artifacts / "decisions.jsonl"
    assert export_decisions(empty_db, path) == 1
    assert read_decisions(path) == load_decisions(empty_db)


def test_a_split_survives_reingest(empty_db):
    load_resolved(empty_db, [EN, ZH])
    (merged,) = persons(empty_db)
    assert len(merged["mentions"]) == 2  # English and Chinese forms resolved to one
    d = split_person(empty_db, merged["id"], ("d.txt", "周明远"), reason="a namesake",
                     reingest=reingest)
    assert d.kind == SPLIT
    after = persons(empty_db)
    assert sorted(m for p in after for m in p["mentions"]) == ["c.txt\tZhou Mingyuan",
                                                               "d.txt\t周明远"]
    assert len(after) == 2
    load_resolved(empty_db, [EN, ZH])
    assert len(persons(empty_db)) == 2
    with pytest.raises(KeyError):
        split_person(empty_db, after[0]["id"], ("nowhere.txt", "Nobody"), reingest=reingest)
