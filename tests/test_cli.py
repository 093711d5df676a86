"""The command line end to end on a real Neo4j of its own: start → ingest → count → stop."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, counts, unavailable

EXAMPLES = ROOT / "examples"
PORT = "7695"


def convene(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "convene.cli", *args],
        capture_output=True, text=True, env=env, timeout=300, cwd=ROOT,
    )


@pytest.fixture(scope="module")
def cli_env(tmp_path_factory) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["CONVENE_HOME"] = str(ROOT / ".convene" / "test-cli")
    env["CONVENE_NEO4J_PORT"] = PORT
    yield env
    convene("neo4j", "stop", env=env)


def test_start_ingest_count_stop(cli_env, monkeypatch):
    started = convene("neo4j", "start", env=cli_env)
    if started.returncode != 0:
        unavailable(f"convene neo4j start failed: {started.stderr[-2000:]}")
    assert f"127.0.0.1:{PORT}" in started.stdout

    status = convene("neo4j", "status", env=cli_env)
    assert status.returncode == 0 and "running" in status.stdout

    from convene.graph import connection

    for var in ("CONVENE_HOME", "CONVENE_NEO4J_PORT"):  # settings() reads the environment
        monkeypatch.setenv(var, cli_env[var])
    driver = connection.driver(connection.settings())
    with driver.session() as s:  # a developer's earlier run may have left data behind
        s.run("MATCH (n) DETACH DELETE n").consume()

    first = convene("ingest", str(EXAMPLES), env=cli_env)
    assert first.returncode == 0, first.stderr
    articles = len([p for p in EXAMPLES.iterdir() if p.suffix == ".txt"])
    assert f"{articles} articles loaded" in first.stdout
    before = counts(driver)
    assert before[0] > 0 and before[1] > 0
    with driver.session() as s:
        chaired = s.run("MATCH (:Person)-[r:CHAIRED]->(:Meeting) RETURN count(r) AS c").single()
    assert chaired["c"] >= articles  # every demo meeting has a chair

    again = convene("ingest", str(EXAMPLES), env=cli_env)
    assert again.returncode == 0, again.stderr
    assert "Received notification" not in again.stderr  # the driver's chatter stays quiet
    assert counts(driver) == before  # re-ingesting changes nothing
    driver.close()

    stopped = convene("neo4j", "stop", env=cli_env)
    assert stopped.returncode == 0 and "stopped" in stopped.stdout
    assert convene("neo4j", "status", env=cli_env).returncode == 3


def test_missing_path_is_a_clear_error(cli_env):
    result = convene("ingest", str(Path("no/such/folder")), env=cli_env)
    assert result.returncode != 0
    assert "no/such/folder" in result.stderr
