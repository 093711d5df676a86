"""The managed local Neo4j: a real server in its own home on a non-default port (no mocks).

Under CI=true a missing Java/Maven or an unreachable server fails these tests; elsewhere the
tests that need the real server skip when Java (or Maven, before the first fetch) is absent.
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import unavailable

from convene.graph import connection, server

BASE = Path(__file__).resolve().parents[1] / ".convene"
PORT = 7699
NEO4J_VARS = ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE")


def _require_tools() -> None:
    # unavailable() skips on a developer machine and fails under CI=true.
    if not shutil.which("java"):
        unavailable("Java is not installed")
    if not server._fetched(server.paths()) and not shutil.which("mvn"):
        unavailable("Maven is not installed and Neo4j has not been fetched")


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in (*NEO4J_VARS, "CONVENE_HOME", "CONVENE_CACHE", "CONVENE_NEO4J_PORT"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.fixture
def scratch() -> Iterator[Path]:
    """A throw-away folder under the project-local .convene (never /tmp)."""
    path = BASE / f"test-server-{os.getpid()}-scratch"
    shutil.rmtree(path, ignore_errors=True)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def instance(env: pytest.MonkeyPatch) -> Iterator[Path]:
    home = BASE / f"test-server-{os.getpid()}"
    shutil.rmtree(home, ignore_errors=True)
    env.setenv("CONVENE_HOME", str(home))
    env.setenv("CONVENE_NEO4J_PORT", str(PORT))
    _require_tools()
    try:
        yield home
    finally:
        server.stop()
        shutil.rmtree(home, ignore_errors=True)


def _count_probes(marker: str) -> int:
    s = connection.settings()
    with connection.driver(s) as d:
        records, _, _ = d.execute_query("MATCH (p:Probe {marker: $m}) RETURN count(p) AS n",
                                        m=marker, database_=s.database)
    return records[0]["n"]


@pytest.mark.neo4j
def test_start_query_status_stop_restart(instance: Path) -> None:
    assert not server.status().running
    began = time.monotonic()
    info = server.start()
    cold = time.monotonic() - began
    print(f"\nNeo4j cold start (fresh home, start() to Bolt answering): {cold:.1f} s")
    assert info.running and info.port == PORT and info.uri == f"bolt://127.0.0.1:{PORT}"
    assert info.home == instance.resolve() and info.version == server.version()

    s = connection.settings()
    assert s.managed and s.uri == info.uri and s.user == "neo4j"
    with connection.driver(s) as d:
        d.execute_query("CREATE (:Probe {marker: $m})", m="lifecycle", database_=s.database)
    assert _count_probes("lifecycle") == 1

    password = instance / "password"
    assert stat.S_IMODE(password.stat().st_mode) == 0o600
    secret = password.read_text().strip()
    assert len(secret) >= 16
    conf = (instance / "conf" / "neo4j.conf").read_text()
    assert f"server.bolt.listen_address=127.0.0.1:{PORT}" in conf
    assert "server.http.enabled=false" in conf and "dbms.security.auth_enabled=true" in conf
    for log in [*(instance / "logs").iterdir(), instance / "conf" / "neo4j.conf"]:
        assert secret not in log.read_text(errors="replace"), f"password leaked into {log}"
    assert secret not in repr(s) and secret not in str(s)

    again = server.start()  # already running: a no-op that says where
    assert again.pid == info.pid and again.uri == info.uri
    assert server.status() == info

    assert server.stop() is True
    stopped = server.status()
    assert not stopped.running and stopped.pid is None
    assert not (instance / "run" / "convene-neo4j.pid").exists()
    with pytest.raises(ProcessLookupError):
        os.kill(info.pid, 0)
    assert server.stop() is False

    began = time.monotonic()
    with pytest.raises(server.ServerError, match="did not answer") as impatient:
        server.start(timeout=0.5)  # too short: the error says so and leaves the server starting
    assert secret not in str(impatient.value)
    restarted = server.start()  # waits for the one already starting; same data, same password
    print(f"Neo4j warm start: {time.monotonic() - began:.1f} s")
    assert restarted.running and restarted.pid != info.pid
    assert _count_probes("lifecycle") == 1
    assert server.stop() is True


def test_port_taken_by_another_program(env: pytest.MonkeyPatch, scratch: Path) -> None:
    env.setenv("CONVENE_HOME", str(scratch))
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        busy = other.getsockname()[1]
        with pytest.raises(server.ServerError, match=f"port {busy} .* in use"):
            server.start(port=busy)
    assert not server.status().running


@pytest.mark.neo4j
def test_second_fetch_downloads_nothing(env: pytest.MonkeyPatch, scratch: Path) -> None:
    _require_tools()
    lib = server.fetch()
    assert (lib / f"neo4j-{server.version()}.jar").is_file()
    marker = server.paths().marker
    before = (marker.stat().st_mtime_ns, lib.stat().st_mtime_ns)
    scratch.mkdir(parents=True)
    env.setenv("PATH", str(scratch))  # no mvn reachable: a second fetch must not need it
    assert server.fetch() == lib
    assert (marker.stat().st_mtime_ns, lib.stat().st_mtime_ns) == before


def test_fetch_without_maven_points_to_docker(env: pytest.MonkeyPatch, scratch: Path) -> None:
    env.setenv("CONVENE_CACHE", str(scratch / "cache"))
    (scratch / "bin").mkdir(parents=True)
    env.setenv("PATH", str(scratch / "bin"))
    with pytest.raises(server.ServerError, match="docker compose up neo4j"):
        server.fetch()


def test_settings_honour_neo4j_env(env: pytest.MonkeyPatch) -> None:
    env.setenv("NEO4J_URI", "neo4j://graph.example:7688")
    env.setenv("NEO4J_PASSWORD", "s3cret-value")
    s = connection.settings()
    assert (s.uri, s.user, s.password, s.database, s.managed) == (
        "neo4j://graph.example:7688", "neo4j", "s3cret-value", "neo4j", False)
    assert "s3cret-value" not in repr(s) and "graph.example" in repr(s)
    env.setenv("NEO4J_USER", "analyst")
    env.setenv("NEO4J_DATABASE", "convene")
    s = connection.settings()
    assert (s.user, s.database) == ("analyst", "convene")


def test_managed_settings_need_a_first_start(env: pytest.MonkeyPatch, scratch: Path) -> None:
    env.setenv("CONVENE_HOME", str(scratch))
    env.setenv("CONVENE_NEO4J_PORT", "7701")
    with pytest.raises(server.ServerError, match="convene neo4j start"):
        connection.settings()
    assert server.status().uri == "bolt://127.0.0.1:7701"
