"""The benchmarks' own Neo4j (.convene/bench on port 7697) and Neo4j's offline bulk importer.

The benchmarks never touch the user's or the tests' database. `neo4j-admin database import`
runs against a stopped instance home: .convene/bench-import for the loading ceiling (never
started), or the bench home itself (stopped first) to set up a large graph for the queries.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from bench.common import ROOT, TAG, log, no_gc

_SUFFIX = f"-{TAG}" if TAG else ""
HOME = ROOT / ".convene" / f"bench{_SUFFIX}"
IMPORT_HOME = ROOT / ".convene" / f"bench-import{_SUFFIX}"
PORT = os.environ.get("CONVENE_BENCH_PORT", "7697")
# Checked against the 5.26 jars: org.neo4j.cli.AdminTool runs `database import`
# (org.neo4j.server.startup.Neo4jAdminCommand is the launcher that re-execs a JVM for it).
ADMIN_TOOL = "org.neo4j.cli.AdminTool"


def use_bench_instance() -> None:
    """Point convene.graph.server/connection at the bench instance, never an external server."""
    for var in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
        os.environ.pop(var, None)
    os.environ["CONVENE_HOME"] = str(HOME)
    os.environ["CONVENE_NEO4J_PORT"] = PORT


def start():
    from convene.graph import connection, server

    use_bench_instance()
    server.start(timeout=300)
    return connection.driver()


def stop() -> None:
    from convene.graph import server

    use_bench_instance()
    server.stop()


def clear(driver) -> None:
    """Delete every node and relationship; constraints and indexes stay."""
    with driver.session() as s:
        s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS").consume()


def counts(driver) -> tuple[int, int]:
    with driver.session() as s:
        n = s.run("MATCH (n) RETURN count(n) AS c").single()["c"]
        r = s.run("MATCH ()-[r]->() RETURN count(r) AS c").single()["c"]
    return n, r


# ---------------------------------------------------------------- CSV for the bulk importer

_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}


def _type(values: list) -> str:
    for v in values:
        if isinstance(v, list):
            return "string[]"
        if v is not None:
            return _TYPES[type(v)]
    return "string"


def _cell(v):
    if v is None:
        return None
    if isinstance(v, list):
        return ";".join(map(str, v))
    return v


@dataclass(frozen=True)
class CsvGraph:
    folder: Path
    node_files: tuple[tuple[str, Path], ...]  # (label, file)
    rel_files: tuple[tuple[str, Path], ...]  # (type, file)
    nodes: int
    rels: int


def write_csv(nodes: dict[str, dict[str, dict]], rels: dict, folder: Path) -> CsvGraph:
    """One CSV per label and per relationship type, typed headers, one global id space."""
    with no_gc():
        return _write_csv(nodes, rels, folder)


def _write_csv(nodes: dict[str, dict[str, dict]], rels: dict, folder: Path) -> CsvGraph:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    node_files, rel_files = [], []
    for label, rows in sorted(nodes.items()):
        keys = sorted({k for p in rows.values() for k in p})
        types = [_type([p.get(k) for p in rows.values()]) for k in keys]
        path = folder / f"nodes_{label}.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["id:ID", *(f"{k}:{t}" for k, t in zip(keys, types, strict=True))])
            for id_, p in rows.items():
                w.writerow([id_, *(_cell(p.get(k)) for k in keys)])
        node_files.append((label, path))
    for (rtype, sl, el), rows in sorted(rels.items()):
        keys = sorted({k for p in rows.values() for k in p})
        path = folder / f"rels_{rtype}_{sl}_{el}.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow([":START_ID", ":END_ID", *(f"{k}:string" for k in keys)])
            for (s, e), p in rows.items():
                w.writerow([s, e, *(_cell(p.get(k)) for k in keys)])
        rel_files.append((rtype, path))
    return CsvGraph(folder, tuple(node_files), tuple(rel_files),
                    sum(len(v) for v in nodes.values()), sum(len(v) for v in rels.values()))


def _lib() -> Path:
    from convene.graph import server

    return server.fetch()


def _conf(home: Path) -> Path:
    conf = home / "conf"
    if home != HOME:  # the bench home's conf is written by server.start()
        conf.mkdir(parents=True, exist_ok=True)
        (conf / "neo4j.conf").write_text(
            f"server.directories.data={home / 'data'}\n"
            f"server.directories.transaction.logs.root={home / 'data' / 'transactions'}\n"
            f"server.directories.logs={home / 'logs'}\n"
        )
    return conf


@dataclass(frozen=True)
class ImportRun:
    wall_s: float  # the whole command, JVM start included
    tool_s: float | None  # what the importer reports ("IMPORT DONE in ...")
    output_tail: str


_DONE = re.compile(r"IMPORT DONE in (?:(\d+)m )?(?:(\d+)s )?(\d+)ms")


def admin_import(graph: CsvGraph, home: Path = IMPORT_HOME) -> ImportRun:
    """`neo4j-admin database import full` of the CSV graph into `home` (which must be stopped)."""
    home.mkdir(parents=True, exist_ok=True)
    conf = _conf(home)
    cmd = ["java", "-cp", f"{_lib()}/*", ADMIN_TOOL, "database", "import", "full", "neo4j",
           "--overwrite-destination=true", "--skip-duplicate-nodes=false", "--bad-tolerance=0"]
    cmd += [f"--nodes={label}={path}" for label, path in graph.node_files]
    cmd += [f"--relationships={rtype}={path}" for rtype, path in graph.rel_files]
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env |= {"NEO4J_HOME": str(home), "NEO4J_CONF": str(conf)}
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=home, capture_output=True, text=True, check=False,
                          stdin=subprocess.DEVNULL, timeout=3600)
    wall = time.perf_counter() - t0
    out = done.stdout + done.stderr
    if done.returncode != 0:
        raise RuntimeError(f"neo4j-admin database import failed:\n{out[-3000:]}")
    m = _DONE.search(out)
    tool = None
    if m:
        mins, secs, ms = (int(g) if g else 0 for g in m.groups())
        tool = mins * 60 + secs + ms / 1000
    return ImportRun(wall, tool, "\n".join(out.strip().splitlines()[-6:]))


def import_into_bench(graph: CsvGraph):
    """Replace the bench instance's graph by `graph` via the bulk importer; returns a driver."""
    from convene.graph.load import ensure_schema

    use_bench_instance()
    stop()
    run = admin_import(graph, HOME)
    log(f"bulk-imported {graph.nodes} nodes, {graph.rels} rels into the bench home "
        f"in {run.wall_s:.1f} s")
    driver = start()
    ensure_schema(driver)
    with driver.session() as s:  # constraints and indexes online before anything is timed
        s.run("CALL db.awaitIndexes(600)").consume()
    return driver
