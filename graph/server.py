"""The project-managed local Neo4j Community server: fetch, start, stop, status.

Neo4j comes from Maven Central (graph/neo4j/pom.xml pins the version) into a jar cache shared by
all instances; each instance (a "home") holds its own conf, data, logs and password. The server is
the real `org.neo4j.server.CommunityEntryPoint`, launched the way the official `neo4j` script does.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"
DEFAULT_PORT = 7687
USER = "neo4j"
POM = Path(__file__).resolve().parent / "neo4j" / "pom.xml"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
DOCKER_HINT = (
    "Alternative: run Neo4j in a container with `docker compose up neo4j` (docker-compose.yml)."
)
# Sized for a 2-core / 24 GB machine that also runs the pipeline and the app.
HEAP_INITIAL, HEAP_MAX, PAGE_CACHE = "1g", "2g", "1g"
# The flags the official 5.x launcher adds (its default neo4j.conf `server.jvm.additional` lines,
# plus -Xms/-Xmx and -Dfile.encoding it appends itself).
JVM_FLAGS = (
    f"-Xms{HEAP_INITIAL}",
    f"-Xmx{HEAP_MAX}",
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+AlwaysPreTouch",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
    "-Dfile.encoding=UTF-8",
)


class ServerError(RuntimeError):
    """The local server cannot be fetched, started or reached; the message says what to do."""


@dataclass(frozen=True)
class Paths:
    home: Path  # one instance: conf, data, logs, run, password
    cache: Path  # shared: Maven repository and the jar folders of each pinned version
    version: str

    @property
    def lib(self) -> Path:
        return self.cache / f"neo4j-{self.version}" / "lib"

    @property
    def marker(self) -> Path:
        return self.lib.parent / "fetched.json"

    @property
    def m2(self) -> Path:
        return self.cache / "m2"

    @property
    def password(self) -> Path:
        return self.home / "password"

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "convene-neo4j.pid"

    @property
    def port_file(self) -> Path:
        return self.home / "run" / "convene-neo4j.port"

    @property
    def log(self) -> Path:
        return self.home / "logs" / "neo4j.log"

    @property
    def console_log(self) -> Path:
        return self.home / "logs" / "console.log"


@dataclass(frozen=True)
class Info:
    running: bool
    pid: int | None
    port: int
    uri: str
    home: Path
    version: str
    log: Path


def version() -> str:
    """The Neo4j version pinned in graph/neo4j/pom.xml."""
    found = ET.parse(POM).getroot().find("{*}properties/{*}neo4j.version")
    if found is None or not (found.text or "").strip():
        raise ServerError(f"no <neo4j.version> property in {POM}")
    return found.text.strip()


def _source_checkout() -> Path | None:
    repo = Path(__file__).resolve().parent.parent
    markers = (repo / "pyproject.toml", repo / "graph" / "server.py", repo / "ingest")
    return repo if all(m.exists() for m in markers) else None


def paths() -> Paths:
    repo = _source_checkout()
    base = repo / ".convene" if repo else Path.cwd() / ".convene"
    home = os.environ.get("CONVENE_HOME") or base / "local"
    cache = os.environ.get("CONVENE_CACHE") or base
    return Paths(Path(home).resolve(), Path(cache).resolve(), version())


def configured_port(port: int | None = None) -> int:
    """Explicit argument, else CONVENE_NEO4J_PORT, else 7687."""
    if port is not None:
        return port
    env = os.environ.get("CONVENE_NEO4J_PORT")
    if env:
        if not env.isdigit() or not 0 < int(env) < 65536:
            raise ServerError(f"CONVENE_NEO4J_PORT must be a TCP port number, not {env!r}")
        return int(env)
    return DEFAULT_PORT


def recorded_port(p: Paths) -> int:
    """The port this instance last ran on (it survives a stop), else the configured one."""
    with contextlib.suppress(OSError, ValueError):
        return int(p.port_file.read_text().strip())
    return configured_port()


def read_password(p: Paths) -> str:
    try:
        return p.password.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise ServerError(
            f"no password yet for the local Neo4j in {p.home}; run `convene neo4j start` first"
        ) from None


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Serialise fetch/start/stop between processes (a CLI call and a test, say)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _tail(*files: Path, lines: int = 25) -> str:
    parts = []
    for f in files:
        with contextlib.suppress(OSError):
            text = f.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
            if text:
                parts.append(f"--- {f} (last lines)\n" + "\n".join(text))
    return "\n".join(parts) or "(no log output)"


# ---------------------------------------------------------------- fetch


def _fetched(p: Paths) -> bool:
    try:
        jars = json.loads(p.marker.read_text())["jars"]
    except (OSError, ValueError, KeyError):
        return False
    return bool(jars) and all((p.lib / j).is_file() for j in jars)


def fetch() -> Path:
    """The folder of Neo4j jars; runs Maven only when it is missing or incomplete."""
    p = paths()
    if _fetched(p):
        return p.lib
    with _locked(p.lib.parent / ".fetch.lock"):
        if _fetched(p):  # another process finished it while we waited
            return p.lib
        mvn = shutil.which("mvn")
        if not mvn:
            raise ServerError(
                "Maven (`mvn`) is needed once to fetch Neo4j and is not on PATH; install it "
                f"(Debian: apt-get install maven). {DOCKER_HINT}"
            )
        partial = p.lib.with_name("lib.partial")
        shutil.rmtree(partial, ignore_errors=True)
        shutil.rmtree(p.lib, ignore_errors=True)
        p.marker.unlink(missing_ok=True)
        log = p.lib.parent / "mvn.log"
        cmd = [mvn, "-B", "-q", "-f", str(POM), f"-Dmaven.repo.local={p.m2}",
               "dependency:copy-dependencies", f"-DoutputDirectory={partial}",
               "-DincludeScope=runtime"]
        with log.open("w") as out:
            done = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, check=False,
                                  stdin=subprocess.DEVNULL, timeout=1800)
        jars = sorted(f.name for f in partial.glob("*.jar")) if partial.is_dir() else []
        if done.returncode != 0 or f"neo4j-{p.version}.jar" not in jars:
            raise ServerError(f"Maven could not fetch Neo4j {p.version}:\n{_tail(log)}")
        partial.rename(p.lib)
        # The marker is written last, so an interrupted fetch is redone rather than trusted.
        p.marker.write_text(json.dumps({"version": p.version, "jars": jars}, indent=1))
    return p.lib


# ---------------------------------------------------------------- processes


def _alive(pid: int) -> bool:
    with contextlib.suppress(ChildProcessError):  # our own child: waitpid knows, and reaps it
        return os.waitpid(pid, os.WNOHANG)[0] == 0
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _exited(pid)


def _exited(pid: int) -> bool:
    """A zombie: every thread has exited, only the parent's reaping is missing.

    A JVM's main thread can show as a zombie while its other threads still shut down, so all
    threads are checked, not just the leader.
    """
    try:
        states = [(t / "stat").read_text().rsplit(")", 1)[1].split()[0]
                  for t in Path(f"/proc/{pid}/task").iterdir()]
    except (OSError, IndexError):
        return False
    return all(state == "Z" for state in states)


def _ours(pid: int, p: Paths) -> bool:
    """Is pid a live Neo4j of this home (and not a recycled pid)?"""
    if not _alive(pid):
        return False
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except FileNotFoundError:
        return not Path("/proc/self").exists()  # no procfs (macOS): trust the pid file
    except OSError:
        return False
    return ENTRY_POINT.encode() in args and f"--home-dir={p.home}".encode() in args


def _running_pid(p: Paths) -> int | None:
    try:
        pid = int(p.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    if _ours(pid, p):
        return pid
    p.pid_file.unlink(missing_ok=True)  # stale: the server died or the machine rebooted
    return None


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        # SO_REUSEADDR as Neo4j uses it: a TIME_WAIT leftover is fine, a live listener is not.
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((HOST, port))
        except OSError:
            return False
    return True


def _java() -> str:
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home) / "bin" / "java") if home else shutil.which("java")
    if not java or not Path(java).is_file():
        raise ServerError(f"Java 17 or 21 is needed to run Neo4j and was not found. {DOCKER_HINT}")
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False).stderr
    found = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    major = int(found.group(1)) if found else 0
    major = int(found.group(2)) if major == 1 and found and found.group(2) else major
    if major < 17:
        raise ServerError(f"Neo4j 5 needs Java 17 or 21; {java} is {major or 'unknown'}. "
                          f"{DOCKER_HINT}")
    return java


def _spawn(cmd: list[str], console: Path) -> int:
    """Launch detached in its own session (it outlives us), output appended to console.

    posix_spawn rather than Popen: a Popen of a child meant to outlive its parent triggers
    "subprocess is still running" warnings; _alive() reaps the child if it ends while we run.
    """
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, str(console), os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644),
        (os.POSIX_SPAWN_DUP2, 1, 2),
    ]
    return os.posix_spawn(cmd[0], cmd, _child_env(), file_actions=actions, setsid=True)


def _child_env() -> dict[str, str]:
    # The server needs none of the caller's NEO4J_* variables (which may hold a password).
    return {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}


# ---------------------------------------------------------------- configuration


def neo4j_conf(p: Paths, port: int) -> str:
    h = p.home
    lines = [
        "# Generated by convene (graph/server.py) at every start; edits here are overwritten.",
        f"server.directories.data={h / 'data'}",
        f"server.directories.transaction.logs.root={h / 'data' / 'transactions'}",
        f"server.directories.logs={h / 'logs'}",
        f"server.directories.run={h / 'run'}",
        f"server.directories.import={h / 'import'}",
        f"server.directories.plugins={h / 'plugins'}",
        f"server.directories.licenses={h / 'licenses'}",
        f"server.memory.heap.initial_size={HEAP_INITIAL}",
        f"server.memory.heap.max_size={HEAP_MAX}",
        f"server.memory.pagecache.size={PAGE_CACHE}",
        "dbms.security.auth_enabled=true",
        f"server.default_listen_address={HOST}",
        f"server.default_advertised_address={HOST}",
        "server.bolt.enabled=true",
        f"server.bolt.listen_address={HOST}:{port}",
        f"server.bolt.advertised_address={HOST}:{port}",
        "server.bolt.tls_level=DISABLED",
        # The jar closure has no browser; Bolt is the only way in.
        "server.http.enabled=false",
        "server.https.enabled=false",
        "dbms.usage_report.enabled=false",
        "db.tx_log.rotation.retention_policy=1 days",
        # A dev graph is rebuilt from the corpus: skip preallocating 256 MB per database.
        "db.tx_log.preallocate=false",
        # Netty's default 5 s quiet period per event-loop group made every stop take ~11 s.
        "internal.dbms.bolt.netty_server_shutdown_quiet_period=0",
    ]
    return "\n".join(lines) + "\n"


def _write_password(p: Paths) -> None:
    fd = os.open(p.password, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(secrets.token_urlsafe(24) + "\n")


def _initialise_auth(p: Paths, java: str, lib: Path) -> None:
    """Give the neo4j user our random password before the system database first exists."""
    system_db = p.home / "data" / "databases" / "system"
    if not p.password.exists():
        if system_db.exists():
            raise ServerError(
                f"{p.home} holds a database but its password file is gone; delete "
                f"{p.home / 'data'} to start afresh (the graph is rebuilt by `convene ingest`)"
            )
        _write_password(p)
    if system_db.exists():
        return
    # `@file` is picocli's argument file: the password is read from the 0600 file and never
    # appears on a command line (visible in ps) or in any output.
    env = _child_env() | {"NEO4J_HOME": str(p.home), "NEO4J_CONF": str(p.home / "conf")}
    cmd = [java, "-cp", f"{lib}/*", ADMIN_TOOL, "dbms", "set-initial-password", f"@{p.password}"]
    done = subprocess.run(cmd, env=env, cwd=p.home, capture_output=True, text=True, check=False,
                          stdin=subprocess.DEVNULL, timeout=120)
    if done.returncode != 0:
        raise ServerError(f"neo4j-admin set-initial-password failed:\n{done.stdout}{done.stderr}")


# ---------------------------------------------------------------- start / stop / status


def _info(p: Paths, pid: int | None) -> Info:
    port = recorded_port(p)
    return Info(pid is not None, pid, port, f"bolt://{HOST}:{port}", p.home, p.version, p.log)


def status() -> Info:
    p = paths()
    return _info(p, _running_pid(p))


def _answers(uri: str, password: str) -> tuple[bool, Exception | None]:
    """True once Bolt runs a real query; False with the reason while it is not up yet."""
    import neo4j
    from neo4j.exceptions import AuthError

    try:
        with neo4j.GraphDatabase.driver(uri, auth=(USER, password), connection_timeout=2,
                                        max_connection_lifetime=30) as d, d.session() as s:
            return s.run("RETURN 1 AS one").single()["one"] == 1, None
    except AuthError as exc:
        raise ServerError(f"Neo4j at {uri} refused the stored password ({exc.code})") from None
    except Exception as exc:  # noqa: BLE001 - any failure means "not yet"
        return False, exc


def _wait_until_answering(p: Paths, pid: int, port: int, timeout: float) -> None:
    uri, password = f"bolt://{HOST}:{port}", read_password(p)
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if not _alive(pid):
            raise ServerError(f"Neo4j exited during startup.\n{_tail(p.log, p.console_log)}")
        ok, last = _answers(uri, password)
        if ok:
            return
        time.sleep(0.25)
    reason = f"{type(last).__name__}" if last else "no answer"
    raise ServerError(
        f"Neo4j did not answer on {uri} within {timeout:.0f} s ({reason}); it is left running "
        f"as pid {pid} (`convene neo4j stop` ends it).\n{_tail(p.log, p.console_log)}"
    )


def start(port: int | None = None, timeout: float = 120) -> Info:
    """Start the local server (fetching Neo4j the first time); returns once Bolt answers."""
    p = paths()
    with _locked(p.home / "run" / "lock"):
        pid = _running_pid(p)
        if pid is not None:  # already running: make sure it answers, then report where
            _wait_until_answering(p, pid, recorded_port(p), timeout)
            return _info(p, pid)
        port = configured_port(port)
        if not _port_free(port):
            raise ServerError(
                f"port {port} on {HOST} is in use by another program; stop it or choose another "
                "port (CONVENE_NEO4J_PORT or --port)"
            )
        lib = fetch()
        java = _java()
        for sub in ("conf", "data", "logs", "run", "import", "plugins", "licenses"):
            (p.home / sub).mkdir(parents=True, exist_ok=True)
        (p.home / "conf" / "neo4j.conf").write_text(neo4j_conf(p, port))
        _initialise_auth(p, java, lib)
        cmd = [java, *JVM_FLAGS,
               f"-XX:ErrorFile={p.home / 'logs' / 'hs_err_pid%p.log'}",  # not the caller's cwd
               "-cp", f"{p.home / 'plugins'}/*:{lib}/*",
               ENTRY_POINT, f"--home-dir={p.home}", f"--config-dir={p.home / 'conf'}"]
        pid = _spawn(cmd, p.console_log)
        p.pid_file.write_text(f"{pid}\n")
        p.port_file.write_text(f"{port}\n")
        _wait_until_answering(p, pid, port, timeout)
        return _info(p, pid)


def stop(timeout: float = 60) -> bool:
    """Shut the server down cleanly (SIGTERM, SIGKILL after timeout); False if not running."""
    p = paths()
    if not p.pid_file.exists():
        return False
    with _locked(p.home / "run" / "lock"):
        pid = _running_pid(p)
        if pid is None:
            return False
        os.kill(pid, signal.SIGTERM)  # Neo4j's shutdown hook checkpoints and closes the stores
        deadline = time.monotonic() + timeout
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
            deadline = time.monotonic() + 10
            while _alive(pid) and time.monotonic() < deadline:
                time.sleep(0.05)
        p.pid_file.unlink(missing_ok=True)
        return True
