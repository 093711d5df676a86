"""The CLI verbs beyond ingest, on the real Neo4j: query, export, import-rdf, retract, extract."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import rdflib
from conftest import ROOT, counts

from convene.graph.pipeline import ingest_paths

EXAMPLES = ROOT / "examples"


def convene(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "convene.cli", *args], capture_output=True,
                          text=True, env=dict(os.environ), cwd=ROOT, timeout=300)


def test_query_export_import_retract(empty_db, tmp_path):
    ingest_paths(empty_db, [EXAMPLES])

    listed = convene("query")
    assert "meetings_with_chairs" in listed.stdout
    rows = convene("query", "meetings_with_chairs", "--param", "limit=10", "--format", "json")
    assert rows.returncode == 0, rows.stderr
    assert any("He Wenbin" in r["chairs"] for r in json.loads(rows.stdout))
    unknown = convene("query", "no_such_query")
    assert unknown.returncode != 0 and "no_such_query" in unknown.stderr

    ttl = tmp_path / "graph.ttl"
    exported = convene("export", "--format", "ttl", "--out", str(ttl))
    assert exported.returncode == 0, exported.stderr
    assert len(rdflib.Graph().parse(ttl)) > 100

    before = counts(empty_db)
    with empty_db.session() as s:
        s.run("MATCH (n) DETACH DELETE n").consume()
    imported = convene("import-rdf", str(ttl))
    assert imported.returncode == 0, imported.stderr
    assert counts(empty_db)[0] == before[0]

    gone = convene("retract", "en_municipal_government_executive.txt")
    assert gone.returncode == 0, gone.stderr
    with empty_db.session() as s:
        left = s.run("MATCH (p:Person {name: 'He Wenbin'}) RETURN count(p) AS c").single()["c"]
    assert left == 0
    assert convene("retract", "never-loaded.txt").returncode != 0


def test_extract_writes_answer_key_files_with_ids(tmp_path):
    result = convene("extract", str(EXAMPLES), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in tmp_path.glob("*.json"))
    assert files == sorted(p.stem + ".json" for p in EXAMPLES.glob("*.txt"))
    doc = json.loads((tmp_path / "en_provincial_standing_committee.json").read_text())
    assert doc["meetings"][0]["chaired_by"] == ["Zhou Minghua"]
    assert all(p.get("id") for p in doc["persons"])
