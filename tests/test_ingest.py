"""Ingesting into the real Neo4j: chairs land as CHAIRED; re-ingesting changes nothing."""

from __future__ import annotations

from conftest import ROOT, counts

from convene.graph.pipeline import ingest_paths

EXAMPLES = ROOT / "examples"


def chairs(driver) -> set[tuple[str, str]]:
    with driver.session() as s:
        rows = s.run("MATCH (p:Person)-[:CHAIRED]->(m:Meeting) RETURN p.names AS p, m.date AS d")
        return {(name, r["d"]) for r in rows for name in r["p"]}


def test_chairs_are_loaded(empty_db):
    report = ingest_paths(empty_db, [EXAMPLES])
    assert not report.failures
    assert report.articles == len(list(EXAMPLES.glob("*.txt")))
    found = chairs(empty_db)
    # The demo articles' chairs, with dates resolved against the page date.
    assert ("Zhou Minghua", "2024-06-17") in found
    assert ("He Wenbin", "2024-09-02") in found
    assert ("罗振宇", "2024-11-08") in found
    assert ("Luo Zhenyu", "2024-11-08") in found  # a Chinese name is also known by its pinyin


def test_reingest_changes_nothing(empty_db):
    ingest_paths(empty_db, [EXAMPLES])
    first = counts(empty_db)
    ingest_paths(empty_db, [EXAMPLES])
    assert counts(empty_db) == first
    assert first[0] > 0


def test_a_bad_file_is_reported_and_the_batch_goes_on(empty_db, tmp_path):
    good = (EXAMPLES / "en_provincial_standing_committee.txt").read_text()
    (tmp_path / "good.txt").write_text(good)
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02\xff\xfe" * 100)
    report = ingest_paths(empty_db, [tmp_path])
    assert report.articles == 1
    assert [f for f, _ in report.failures] == [str(tmp_path / "bad.txt")]
