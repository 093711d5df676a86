"""Faults: Neo4j killed (-9) in the middle of `convene ingest`, and stopped under the open app.

These tests kill and restart Neo4j, so they run an instance of their own (own home and port),
never the shared test instance. The ingest is interrupted twice at different points; the
third run finishes, and the graph must then equal a clean run's, fact for fact.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import neo4j
import pytest
from conftest import ROOT, running_app, unavailable

pytestmark = pytest.mark.timeout(1800)  # three ingests, two kills and restarts on a busy box
PORT = "7698"
HOME = ROOT / ".convene" / "test-faults"
ARTICLES = 400  # enough that loading spans several transactions
CHUNK_TX = 50  # graph/load.py commits this many articles per transaction


def convene(*args: str, env: dict, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "convene.cli", *args], capture_output=True,
                          text=True, env=env, timeout=timeout, cwd=ROOT)


@pytest.fixture(scope="module")
def fault_env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env.update(CONVENE_HOME=str(HOME), CONVENE_NEO4J_PORT=PORT)
    started = convene("neo4j", "start", env=env)
    if started.returncode != 0:
        unavailable(f"cannot start the fault-test Neo4j: {started.stderr[-2000:]}")
    yield env
    convene("neo4j", "stop", env=env)


def connect() -> neo4j.Driver:
    password = (HOME / "password").read_text("utf-8").strip()
    return neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{PORT}", auth=("neo4j", password),
                                      notifications_min_severity="OFF")


def server_pid() -> int:
    return int((HOME / "run" / "convene-neo4j.pid").read_text().strip())


def kill_neo4j() -> None:
    """kill -9: no shutdown hook, no checkpoint; recovery runs from the transaction log."""
    pid = server_pid()
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if os.waitpid(pid, os.WNOHANG)[0]:
                return
        except ChildProcessError:  # not our child (started by the CLI): wait for it to vanish
            if not Path(f"/proc/{pid}").exists():
                return
        time.sleep(0.05)
    raise AssertionError(f"Neo4j pid {pid} survived SIGKILL")


def restart(env: dict) -> None:
    started = convene("neo4j", "start", env=env)
    assert started.returncode == 0, started.stderr


def wipe() -> None:
    with connect() as d, d.session() as s:
        s.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS").consume()


def article_count(d: neo4j.Driver) -> int:
    with d.session() as s:
        return s.run("MATCH (a:Article) RETURN count(a) AS c").single()["c"]


def _canon(value):
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


def _props(props: dict) -> dict:
    # An empty list and a missing property mean the same here; the resolver writes `[]` on
    # meetings it found in the graph where a clean run leaves the property out (reported).
    return {k: v for k, v in props.items() if v != []}


def snapshot() -> dict:
    """Every node and relationship, keyed by content ids, with their properties."""
    with connect() as d, d.session() as s:
        nodes = {
            r["id"]: _canon([sorted(r["labels"]), _props(r["props"])])
            for r in s.run("MATCH (n) RETURN n.id AS id, labels(n) AS labels, "
                           "properties(n) AS props")
        }
        rels = sorted(
            _canon([r["type"], r["start"], r["end"], _props(r["props"])])
            for r in s.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS start, "
                           "b.id AS end, properties(r) AS props")
        )
        claims = dict(s.run(
            "MATCH (a:Article) OPTIONAL MATCH (c:Claim)-[:IN_ARTICLE]->(a) "
            "RETURN a.document AS doc, count(c) AS claims").values())
    # Facts compared: every node, relationship and (non-empty) property.
    facts = len(nodes) + len(rels) + sum(len(json.loads(v)[1]) for v in nodes.values()) + sum(
        len(json.loads(r)[3]) for r in rels)
    return {"nodes": nodes, "rels": rels, "claims": claims, "facts": facts}


def digest(snap: dict) -> str:
    return hashlib.sha1(_canon([sorted(snap["nodes"].items()), snap["rels"]]).encode()).hexdigest()


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    sys.path.insert(0, str(ROOT))
    from bench.gen_articles import articles

    folder = tmp_path_factory.mktemp("generated")
    for g in articles(ARTICLES, seed=808):
        (folder / g.article.document).write_text(g.article.text, encoding="utf-8")
    return folder


def code_digest() -> str:
    """The pipeline's code and data; the runs compared must all use the same."""
    kinds = (".py", ".tsv", ".txt", ".cypher", ".ttl", ".json")
    files = sorted(f for d in ("ingest", "ontology", "graph", "convene")
                   for f in (ROOT / d).rglob("*") if f.is_file() and f.suffix in kinds)
    return hashlib.sha1(b"".join(f.read_bytes() for f in files)).hexdigest()


def ingest_and_kill(env: dict, folder: Path, at_least: int) -> tuple[subprocess.CompletedProcess,
                                                                     int]:
    """Run `convene ingest`, kill -9 Neo4j once `at_least` articles are committed."""
    out = HOME.parent / "faults-ingest.out"
    with out.open("w") as stdout:
        proc = subprocess.Popen([sys.executable, "-m", "convene.cli", "ingest", str(folder)],
                                stdout=stdout, stderr=subprocess.PIPE, text=True, env=env,
                                cwd=ROOT)
        seen = 0
        with connect() as d:
            deadline = time.monotonic() + 600
            while proc.poll() is None and time.monotonic() < deadline:
                try:
                    seen = article_count(d)
                except neo4j.exceptions.Neo4jError:
                    seen = 0
                if seen >= at_least:
                    break
                time.sleep(0.05)
        assert proc.poll() is None, "the ingest finished before the fault could be injected"
        kill_neo4j()
        _, stderr = proc.communicate(timeout=300)
    done = subprocess.CompletedProcess(proc.args, proc.returncode, out.read_text(), stderr)
    return done, seen


@pytest.fixture(scope="module")
def interrupted(fault_env, generated) -> dict:
    """Two interrupted ingests (kill -9 at the first commit, then half-way), then a full one."""
    wipe()
    runs = []
    code = code_digest()
    for at_least in (1, ARTICLES // 2):
        run, seen = ingest_and_kill(fault_env, generated, at_least)
        restart(fault_env)
        with connect() as d:
            after = article_count(d)
        runs.append({"run": run, "seen": seen, "after_recovery": after})
    final = convene("ingest", str(generated), env=fault_env)
    recovered = snapshot()
    wipe()
    clean = convene("ingest", str(generated), env=fault_env)
    if code_digest() != code:  # only in a shared working tree, never in CI
        unavailable("the extractors changed while the runs were compared; run again")
    return {"runs": runs, "final": final, "recovered": recovered, "clean": clean,
            "reference": snapshot()}


def test_a_killed_ingest_stops_with_a_clear_error(interrupted):
    for r in interrupted["runs"]:
        run = r["run"]
        said = " ".join(run.stderr.split())  # rich wraps lines at the terminal width
        assert run.returncode != 0
        assert "lost the connection to Neo4j" in said, said[-3000:]
        assert "run the same command again" in said
        assert (HOME / "password").read_text("utf-8").strip() not in run.stderr + run.stdout
        # Whatever was committed survived the kill; the run did not finish.
        assert r["seen"] <= r["after_recovery"] < ARTICLES


def test_no_traceback_on_a_killed_ingest(interrupted):
    spew = [r["run"].stderr for r in interrupted["runs"]
            if "Traceback" in r["run"].stderr or "──────" in r["run"].stderr]
    assert not spew, spew[0][-1000:]


def test_running_again_equals_a_clean_run(interrupted, artifacts):
    assert interrupted["final"].returncode == 0, interrupted["final"].stderr[-3000:]
    assert interrupted["clean"].returncode == 0, interrupted["clean"].stderr[-3000:]
    got, want = interrupted["recovered"], interrupted["reference"]
    assert len(want["claims"]) == ARTICLES
    missing = set(want["nodes"]) - set(got["nodes"])
    extra = set(got["nodes"]) - set(want["nodes"])
    assert not missing and not extra, (sorted(missing)[:5], sorted(extra)[:5])
    differing = [k for k in want["nodes"] if got["nodes"][k] != want["nodes"][k]]
    assert not differing, [(got["nodes"][k], want["nodes"][k]) for k in differing[:3]]
    assert got["rels"] == want["rels"]
    assert digest(got) == digest(want)
    (artifacts / "faults.json").write_text(json.dumps({
        "articles": ARTICLES,
        "kills": len(interrupted["runs"]),
        "articles_committed_at_each_kill": [r["after_recovery"] for r in interrupted["runs"]],
        "nodes": len(want["nodes"]), "relationships": len(want["rels"]),
        "facts_compared": want["facts"],
    }, indent=1))


def test_no_half_article_after_the_faults(interrupted):
    got, want = interrupted["recovered"], interrupted["reference"]
    assert all(n > 0 for n in want["claims"].values())  # every generated article has facts
    assert got["claims"] == want["claims"]  # each article has exactly its clean run's claims


# ---------------------------------------------------------------- the app across a restart


@pytest.fixture(scope="module")
def fault_app(fault_env, interrupted):
    """The app, as a real server, pointed at the fault-test Neo4j (holding the clean graph)."""
    with running_app(fault_env, HOME.parent / "app-faults.log") as (url, proc):
        yield url, proc


def _articles_metric(page) -> str:
    label = page.get_by_test_id("stMetric").filter(has_text="Articles")
    label.first.wait_for(timeout=60_000)
    return label.first.inner_text()


def test_app_survives_a_neo4j_restart(fault_env, fault_app, browser, artifacts):
    url, app = fault_app
    page = browser.new_page()
    page.goto(url)
    before = _articles_metric(page)
    assert f"{ARTICLES:,}" in before

    stopped = convene("neo4j", "stop", env=fault_env)
    assert stopped.returncode == 0 and "stopped" in stopped.stdout
    # A search the app has not cached, so the page must ask Neo4j (cached tables may show
    # for up to a minute, which is fine: they are what the graph held).
    waited = time.monotonic()
    page.goto(f"{url}/?q=Wang")
    page.get_by_text("Neo4j is not reachable", exact=False).first.wait_for(timeout=60_000)
    waited = time.monotonic() - waited
    page.screenshot(path=str(artifacts / "faults-app-neo4j-down.png"), full_page=True)
    body = page.inner_text("body")
    assert "Traceback" not in body and "convene neo4j start" in body
    assert waited < 20, f"the page took {waited:.0f} s to say Neo4j is gone"

    restart(fault_env)
    page.goto(f"{url}/?q=Wang")
    assert _articles_metric(page) == before  # recovered, same graph, same app process
    assert "Neo4j is not reachable" not in page.inner_text("body")
    assert app.poll() is None
    page.screenshot(path=str(artifacts / "faults-app-recovered.png"), full_page=True)
    page.close()
