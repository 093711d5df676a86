"""RDF export: triples/s and peak memory of `convene export` (N-Triples, Turtle) vs rdflib's
Graph.serialize(format="turtle") and pyoxigraph's Turtle serialiser, on the same triples.

convene's figure is the whole export (reading the graph from Neo4j page by page, mapping,
writing). The references get the very triples convene wrote as N-Triples, parsed into their own
in-memory form beforehand (untimed), so only their serialiser is timed: the comparison favours
them. Each contender runs in a fresh process (python -m bench.export_bench WHAT NT_FILE ...) so
its peak memory (VmHWM) is its own.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import time
from pathlib import Path

from bench.common import ROOT, WORK, budgeted, log, median, peak_rss_mb, rss_mb

CONTENDERS = ("convene_nt", "convene_ttl", "rdflib_ttl", "oxigraph_ttl")


def _prefixes() -> dict[str, str]:
    from rdflib import Graph

    from convene.ontology.rdf import bind_prefixes

    return {p: str(ns) for p, ns in bind_prefixes(Graph()).namespaces() if p}


def measure(what: str, nt: Path, budget_s: float, estimate_s: float | None = None) -> dict:
    out_file = WORK / f"export-{what}.out"
    count = [0]
    if what.startswith("convene_"):
        from bench import instance
        from convene.graph.export import export

        driver = instance.start()
        fmt = what.split("_")[1]
        base = rss_mb()

        def go() -> None:
            count[0] = export(driver, out_file if fmt == "ttl" else nt, fmt)
    elif what == "rdflib_ttl":
        from rdflib import Graph

        g = Graph()
        for p, ns in _prefixes().items():
            g.bind(p, ns)
        g.parse(nt, format="nt")
        base = rss_mb()

        def go() -> None:
            g.serialize(destination=out_file, format="turtle")
            count[0] = len(g)
    elif what == "oxigraph_ttl":
        import pyoxigraph as ox

        quads = ox.parse(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
        triples = list(dict.fromkeys(q.triple for q in quads))  # distinct, as in rdflib's graph
        prefixes = _prefixes()
        base = rss_mb()

        def go() -> None:
            ox.serialize(triples, str(out_file), ox.RdfFormat.TURTLE, prefixes=prefixes)
            count[0] = len(triples)
    else:
        raise ValueError(what)
    times = budgeted(go, budget_s, estimate_s=estimate_s)
    t = median(times)
    return {"what": what, "runs": len(times), "seconds": times, "median_s": t, "triples": count[0],
            "triples_per_s": count[0] / t, "rss_before_timed_mb": base,
            "peak_rss_mb": peak_rss_mb(), "output_bytes": (out_file if what != "convene_nt"
                                                          else nt).stat().st_size}


def _count_lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))


def run_in_subprocess(what: str, nt: Path, budget_s: float, estimate_s: float | None = None,
                      timeout: float = 3600) -> dict:
    """One contender in its own process. One that outlives `timeout` is stopped; for the
    N-Triples export (written as it goes) the triples written by then and their rate are kept,
    with the process's peak memory so far."""
    cmd = [sys.executable, "-m", "bench.export_bench", what, str(nt), str(budget_s)]
    if estimate_s:
        cmd.append(f"--estimate={estimate_s}")
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    t0, peak = time.perf_counter(), 0.0
    while proc.poll() is None and time.perf_counter() - t0 < timeout:
        with contextlib.suppress(OSError):
            peak = max(peak, rss_mb("VmHWM", str(proc.pid)))
        time.sleep(1)
    if proc.poll() is None:
        elapsed = time.perf_counter() - t0
        proc.kill()
        proc.wait()
        out = {"what": what, "error": f"stopped after {elapsed:.0f} s (time limit)",
               "peak_rss_mb_so_far": peak}
        if what == "convene_nt" and nt.exists():
            n = _count_lines(nt)
            out |= {"triples_so_far": n, "triples_per_s_so_far": n / elapsed}
        return out
    stdout, stderr = proc.communicate()
    if proc.returncode != 0:
        return {"what": what, "error": stderr[-2000:]}
    return json.loads(stdout.strip().splitlines()[-1])


def bench_export(label: str, budget_s: float, references: bool, turtle: bool,
                 estimates: dict[str, float] | None = None,
                 timeout_s: float | None = None) -> dict:
    """The export contenders on the graph now in the bench instance. convene_nt runs first: its
    output is the triple set the references serialise. `estimates`: seconds one run is
    projected to take (from a smaller graph), to skip a warm-up that would not fit the budget.
    `timeout_s`: each contender's process is stopped after it (default max(300, 2.5 × budget))."""
    nt = WORK / f"export-{label}.nt"
    out: dict = {}
    todo = ["convene_nt"] + (["convene_ttl"] if turtle else [])
    todo += ["rdflib_ttl", "oxigraph_ttl"] if references else []
    for what in todo:
        r = run_in_subprocess(what, nt, budget_s, (estimates or {}).get(what),
                              timeout=timeout_s or max(300, 2.5 * budget_s))
        out[what] = r
        if "error" in r:
            log(f"  export {what}: ERROR {r['error'][-300:]} "
                f"{r.get('triples_so_far', '')} triples so far")
        else:
            log(f"  export {what}: {r['triples']:,} triples, {r['triples_per_s']:,.0f} triples/s, "
                f"peak {r['peak_rss_mb']:.0f} MB")
    nt.unlink(missing_ok=True)
    for what in CONTENDERS:
        (WORK / f"export-{what}.out").unlink(missing_ok=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=CONTENDERS)
    ap.add_argument("nt", type=Path)
    ap.add_argument("budget_s", type=float)
    ap.add_argument("--estimate", type=float)
    a = ap.parse_args()
    print(json.dumps(measure(a.what, a.nt, a.budget_s, a.estimate)))


if __name__ == "__main__":
    main()
