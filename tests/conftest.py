"""Shared fixtures: a real Neo4j for storage tests, the shared corpus, an artifacts folder.

Tests never touch the user's database: they run a project-managed instance of their own
(under .convene/test, on its own port) unless CONVENE_TEST_NEO4J_URI names another server.
Under CI=true a test that needs Neo4j and cannot reach it fails; it is never skipped.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
ARTIFACTS = ROOT / "test-artifacts"
TEST_PORT = os.environ.get("CONVENE_TEST_NEO4J_PORT", "7688")


def _isolate_environment() -> None:
    for var in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        os.environ.pop(var, None)
        test_value = os.environ.get(f"CONVENE_TEST_{var}")
        if test_value:
            os.environ[var] = test_value
    # One instance per port, so parallel test runs (developers, helpers) never share a database.
    suffix = "" if TEST_PORT == "7688" else f"-{TEST_PORT}"
    os.environ["CONVENE_HOME"] = str(ROOT / ".convene" / f"test{suffix}")
    os.environ["CONVENE_NEO4J_PORT"] = TEST_PORT


_isolate_environment()


def unavailable(reason: str) -> None:
    """Fail under CI, skip on a developer machine without Java/Neo4j/chromium."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: required, not skipped)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def neo4j_settings():
    from convene.graph import connection, server

    if not os.environ.get("NEO4J_URI"):
        try:
            server.start()
        except Exception as exc:  # noqa: BLE001 - reported through unavailable()
            unavailable(f"cannot start the test Neo4j: {exc}")
    return connection.settings()


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings):
    from convene.graph import connection
    from convene.graph.load import ensure_schema

    driver = connection.driver(neo4j_settings)
    try:
        driver.verify_connectivity()
    except Exception as exc:  # noqa: BLE001
        unavailable(f"cannot reach Neo4j at {neo4j_settings.uri}: {exc}")
    ensure_schema(driver)
    yield driver
    driver.close()


@pytest.fixture
def empty_db(neo4j_driver):
    """The test database, emptied of data (constraints and indexes stay)."""
    with neo4j_driver.session() as session:
        session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS").consume()
    return neo4j_driver


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"shared corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def counts(driver) -> tuple[int, int]:
    """(nodes, relationships) in the database."""
    with driver.session() as session:
        nodes = session.run("MATCH (n) RETURN count(n) AS c").single()["c"]
        rels = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single()["c"]
    return nodes, rels


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_app(env: dict, log_path: Path):
    """The Streamlit app as a real server on loopback with `env`; yields (url, process)."""
    import subprocess
    import sys
    import time
    import urllib.request

    port = _free_port()
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app" / "Home.py"),
             "--server.port", str(port), "--server.address", "127.0.0.1",
             "--server.headless", "true", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none"],
            stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env=env,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"the app exited:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail(f"the app did not answer on {url}:\n{log_path.read_text()[-3000:]}")
    try:
        yield url, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def app_url(neo4j_settings):
    """The Streamlit app running against the test Neo4j."""
    with running_app(dict(os.environ), ROOT / ".convene" / "app-test.log") as (url, _proc):
        yield url


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright, with a project-local profile."""
    if not Path(CHROMIUM).exists():
        unavailable(f"{CHROMIUM} not found (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    profile = ROOT / ".convene" / "chromium-profile"
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1400, "height": 900},
        )
        yield context
        context.close()
