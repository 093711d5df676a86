"""Credentials and exposure: no default password anywhere, loopback by default, the password
file private, and the password never in logs, error messages, process listings or pages."""

from __future__ import annotations

import os
import re
import socket
import stat
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, _free_port

from convene.graph import server

# Ways a default password hides in a repository. Each is checked against planted examples
# below (built by concatenation, so this file holds none of them literally).
DEFAULT_PASSWORD = [re.compile(p, re.I | re.M) for p in (
    r"\bneo4j/neo4j\b|\bneo4j:neo4j@|-p\s+[\"']?neo4j\b",  # Neo4j's factory credentials
    r"(?:getenv|environ\.get)\(\s*[\"'][A-Z0-9_]*PASS(?:WORD)?[\"']\s*,\s*[\"'][^\"']+[\"']",
    r"\$\{[A-Z0-9_]*PASS(?:WORD)?[A-Z0-9_]*:?-",  # ${VAR:-fallback} in compose or a shell
    r"^\s*(?:ENV|ARG)\s+[A-Z0-9_]*PASS(?:WORD)?[A-Z0-9_]*[= ]\S",  # Dockerfile
    r"NEO4J_AUTH\s*[:=]\s*[\"']?neo4j/(?!\$)",
    r"password\s*[:=]\s*[\"'](?:neo4j|password|changeme|change-me|secret|admin|test|letmein"
    r"|123456\w*)[\"']",
    r"auth\s*=\s*\(\s*[\"']neo4j[\"']\s*,\s*[\"'][^\"']+[\"']\s*\)",
)]
N4 = "neo4j"
PLANTED = [
    f"NEO4J_AUTH={N4}/{N4}", f"bolt://{N4}:{N4}@localhost:7687", f"cypher-shell -u {N4} -p {N4}",
    'os.environ.get("NEO4J_' + 'PASSWORD", "hunter2")', 'os.getenv("DB_' + 'PASS", "x")',
    "NEO4J_AUTH: ${NEO4J_" + "PASSWORD:-hunter2}", "ENV NEO4J_" + "PASSWORD=hunter2",
    'NEO4J_AUTH: "' + N4 + '/hunter2"', 'password = "' + 'changeme"', "password: 'sec" + "ret'",
    'GraphDatabase.driver(uri, auth=("' + N4 + '", "hunter2"))',
]
BENIGN = [
    'NEO4J_AUTH: "neo4j/${NEO4J_PASSWORD:?set NEO4J_PASSWORD}"', "`org.neo4j:neo4j`",
    'os.environ.get("NEO4J_PASSWORD", "")', "auth=(s.user, s.password)",
    "ALTER USER neo4j SET PASSWORD 'x'", 'cypher-shell -u neo4j -p "$${NEO4J_PASSWORD}"',
]


def _default_passwords(text: str) -> list[str]:
    return [m.group(0) for p in DEFAULT_PASSWORD for m in p.finditer(text)]


def test_the_default_password_patterns_catch_what_they_should():
    for planted in PLANTED:
        assert _default_passwords(planted), planted
    for benign in BENIGN:
        assert not _default_passwords(benign), benign


def test_no_default_password_in_any_tracked_file():
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True,
                           check=True).stdout.decode().split("\0")
    found = []
    for name in filter(None, files):
        path = ROOT / name
        if not path.is_file() or path.stat().st_size > 5_000_000:
            continue
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError:
            continue
        found += [f"{name}: {hit}" for hit in _default_passwords(text)]
    assert len(files) > 50  # the scan saw the repository
    assert not found, found


def test_no_secret_file_is_tracked():
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                           check=True).stdout.split()
    assert not [f for f in files if f.startswith(".convene/") or Path(f).name in (
        "password", ".env", "auth.ini") or f.endswith((".pem", ".key"))]
    ignored = subprocess.run(["git", "check-ignore", ".convene/local/password"], cwd=ROOT,
                             capture_output=True, text=True)
    assert ignored.returncode == 0  # the local instance's password can never be added by mistake


def test_compose_publishes_on_loopback_and_has_no_default_password():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text("utf-8"))
    for name, service in compose["services"].items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), (name, port)
        for key, value in (service.get("environment") or {}).items():
            if "PASSWORD" in key or key == "NEO4J_AUTH":
                assert "${NEO4J_PASSWORD:?" in str(value), (name, key, value)


# ---------------------------------------------------------------- the local server


def _listening(pids: set[int]) -> set[tuple[str, int]]:
    """(address, port) of every TCP socket in LISTEN state owned by pids (from /proc)."""
    inodes = set()
    for pid in pids:
        fds = Path(f"/proc/{pid}/fd")
        for fd in fds.iterdir() if fds.exists() else ():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    found = set()
    for table, family in (("/proc/net/tcp", socket.AF_INET), ("/proc/net/tcp6", socket.AF_INET6)):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] != "0A" or fields[9] not in inodes:  # 0A: LISTEN
                continue
            hexaddr, hexport = fields[1].split(":")
            raw = bytes.fromhex(hexaddr)
            # /proc prints each 32-bit word in host (little-endian) order.
            raw = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
            found.add((socket.inet_ntop(family, raw), int(hexport, 16)))
    return found


def _loopback(address: str) -> bool:
    return address in ("127.0.0.1", "::1") or address.startswith(("127.", "::ffff:127."))


def _tree(pid: int) -> set[int]:
    pids, todo = set(), [pid]
    while todo:
        p = todo.pop()
        pids.add(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            todo += [int(c) for c in task.read_text().split()]
    return pids


@pytest.fixture(scope="module")
def managed(neo4j_settings):
    if not neo4j_settings.managed:
        pytest.skip("the tests run against an external Neo4j (NEO4J_URI)")
    info = server.status()
    assert info.running
    return info


def test_the_local_neo4j_listens_on_loopback_only(managed):
    sockets = _listening({managed.pid})
    assert (("::ffff:127.0.0.1", managed.port) in sockets
            or ("127.0.0.1", managed.port) in sockets), sockets
    assert all(_loopback(addr) for addr, _ in sockets), sockets
    conf = server.neo4j_conf(server.paths(), managed.port)
    assert "0.0.0.0" not in conf and "server.http.enabled=false" in conf
    assert "dbms.security.auth_enabled=true" in conf


def test_the_password_file_is_private(managed):
    p = server.paths()
    assert stat.S_IMODE(p.password.stat().st_mode) == 0o600
    assert len(server.read_password(p)) >= 24  # random, not chosen by a human


def test_a_new_password_file_is_private_whatever_the_umask(tmp_path):
    p = server.Paths(tmp_path / "home", tmp_path / "cache", "0")
    p.home.mkdir()
    old = os.umask(0)
    try:
        server._write_password(p)
    finally:
        os.umask(old)
    assert stat.S_IMODE(p.password.stat().st_mode) == 0o600
    other = server.Paths(tmp_path / "other", tmp_path / "cache", "0")
    other.home.mkdir()
    server._write_password(other)
    assert server.read_password(p) != server.read_password(other)


def test_the_password_is_not_on_a_command_line_or_in_the_server_environment(managed):
    password = server.read_password(server.paths())
    cmdline = Path(f"/proc/{managed.pid}/cmdline").read_bytes().decode(errors="replace")
    environ = Path(f"/proc/{managed.pid}/environ").read_bytes().decode(errors="replace")
    assert password not in cmdline and password not in environ
    assert "NEO4J_PASSWORD" not in environ


def test_the_password_is_not_in_the_server_logs(managed):
    password = server.read_password(server.paths())
    logs = list((server.paths().home / "logs").glob("*.log"))
    assert logs
    for log in logs:
        assert password not in log.read_text("utf-8", errors="replace"), log


def test_settings_never_print_the_password(neo4j_settings):
    assert neo4j_settings.password
    for shown in (repr(neo4j_settings), str(neo4j_settings), f"{neo4j_settings}"):
        assert neo4j_settings.password not in shown


# ---------------------------------------------------------------- errors


def _convene(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "convene.cli", *args], capture_output=True,
                          text=True, env=env, timeout=120, cwd=ROOT)


def test_a_wrong_or_unreachable_server_does_not_echo_the_password(neo4j_settings):
    marker = "Zq7-not-the-password-" + os.urandom(6).hex()
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    cases = {
        "unreachable": {"NEO4J_URI": f"bolt://127.0.0.1:{_free_port()}"},
        "wrong password": {"NEO4J_URI": neo4j_settings.uri},  # one attempt: no lock-out
    }
    for what, extra in cases.items():
        env = base | extra | {"NEO4J_PASSWORD": marker}
        done = _convene("query", "graph_overview", env=env)
        said = done.stdout + done.stderr
        assert done.returncode != 0, what
        assert "Neo4j" in said or "neo4j" in said, (what, said[-500:])
        assert marker not in said, (what, said[-2000:])


# ---------------------------------------------------------------- the app


def _health(url: str, proc: subprocess.Popen, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
            return
        except OSError:
            if proc.poll() is not None:
                pytest.fail("the app exited")
            time.sleep(0.5)
    pytest.fail("the app did not answer")


def test_convene_app_binds_loopback_by_default(neo4j_settings, tmp_path):
    port = _free_port()
    log = (tmp_path / "app.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "convene.cli", "app", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
                            env=dict(os.environ), start_new_session=True)
    try:
        _health(f"http://127.0.0.1:{port}", proc)
        sockets = {s for s in _listening(_tree(proc.pid)) if s[1] == port}
        assert sockets and all(_loopback(addr) for addr, _ in sockets), sockets
    finally:
        os.killpg(proc.pid, 15)  # the CLI and the streamlit it started, nothing else
        proc.wait(timeout=30)
        log.close()


def test_convene_app_warns_before_binding_elsewhere(neo4j_settings):
    # 192.0.2.1 (TEST-NET-1) is on no interface here: streamlit cannot bind it and exits,
    # so nothing is ever exposed; the warning must come first.
    done = subprocess.run([sys.executable, "-m", "convene.cli", "app", "--port",
                           str(_free_port()), "--address", "192.0.2.1"], capture_output=True,
                          text=True, cwd=ROOT, env=dict(os.environ), timeout=120)
    said = " ".join((done.stdout + done.stderr).split())
    assert "warning" in said and "reachable from other machines" in said


PAGES = ("", "Person", "Meeting", "Body", "Network", "Cypher", "Queries", "Export", "Ingest",
         "Article")
PROBES = ("CALL dbms.listConfig()", "SHOW SETTINGS", "CALL dbms.showCurrentUser()")


def _settled(page) -> None:
    page.wait_for_load_state("networkidle")
    page.wait_for_function(
        "() => document.querySelector('[data-testid=\"stApp\"]') && "
        "!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)


def test_no_page_shows_the_password(app_url, browser, neo4j_settings):
    password = neo4j_settings.password
    page = browser.new_page()
    try:
        for path in PAGES:
            page.goto(f"{app_url}/{path}")
            _settled(page)
            assert password not in page.content(), path
        for probe in PROBES:  # the console refuses queries that would show configuration
            page.goto(f"{app_url}/Cypher")
            box = page.get_by_label("Query")
            box.wait_for(timeout=60_000)
            box.fill(probe)
            box.press("Control+Enter")
            _settled(page)
            page.get_by_role("button", name="Run").click()
            page.get_by_text("refused: ", exact=False).first.wait_for(timeout=60_000)
            assert password not in page.content(), probe
    finally:
        page.close()
    for log in (ROOT / ".convene").glob("app-test-*.log"):
        assert password not in log.read_text("utf-8", errors="replace"), log
