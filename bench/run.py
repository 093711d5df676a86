"""`python -m bench.run [--quick] [--only SECTION,...]`: every benchmark, then BENCHMARKS.md.

Sections: extract, load, graph (queries, RDF export and the app on generated graphs of growing
size, each bulk-imported into the bench instance). Results go to bench/results/*.json; the
report is regenerated from whatever results exist, so one section can be re-run alone.
The bench Neo4j (.convene/bench, port 7697) is left running; `CONVENE_HOME=.convene/bench
convene neo4j stop` ends it.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import time
from collections import Counter
from dataclasses import dataclass

from bench import app_bench, export_bench, extract_bench, instance, load_bench, query_bench, report
from bench.common import RUNS, WORK, load, log, machine, save
from bench.gen_graph import merged, sized


@dataclass(frozen=True)
class Plan:
    mode: str
    articles: int  # extraction, 1 and 2 processes
    english_of: int  # the English articles among the first N: convene vs spaCy
    load_rels: tuple[int, ...]
    load_budget_s: float  # per contender and size
    per_row_slice: int
    graph_nodes: tuple[int, ...]
    reference_max_nodes: int  # rdflib/pyoxigraph and convene Turtle up to this graph size
    export_budget_s: float
    app_runs: int


FULL = Plan("full", 10_000, 500, (10_000, 100_000, 1_000_000), 150, 1000,
            (10_000, 100_000, 1_000_000), 10_000, 120, RUNS)
QUICK = Plan("quick", 500, 150, (5_000, 20_000), 30, 300, (5_000, 20_000), 5_000, 20, RUNS)


def busy_people(nodes: dict, rels: dict, k: int) -> list[tuple[str, str]]:
    chaired = Counter(s for s, _e in rels.get(("CHAIRED", "Person", "Meeting"), {}))
    people = nodes["Person"]
    return [(pid, people[pid]["name"]) for pid, _n in chaired.most_common(k)]


def graph_sections(plan: Plan) -> None:
    queries, exports, app = {}, {}, None
    seconds_per_node: dict[str, float] = {}  # export cost at the previous size, to project
    for n in plan.graph_nodes:
        t0 = time.perf_counter()
        g = sized(nodes=n)
        nodes, rels = merged(g.batches)
        shape = {"nodes": g.nodes, "rels": g.rels, "articles": len(g.batches),
                 "labels": {k: len(v) for k, v in nodes.items()}}
        del g
        csvg = instance.write_csv(nodes, rels, WORK / f"csv-graph-{n}")
        log(f"graph {n:,}: {shape['nodes']:,} nodes, {shape['rels']:,} rels generated in "
            f"{time.perf_counter() - t0:.0f} s")
        driver = instance.import_into_bench(csvg)
        shutil.rmtree(csvg.folder, ignore_errors=True)  # gigabytes at 1M nodes
        try:
            log(f"queries on {n:,} nodes")
            queries[str(n)] = shape | {"queries": query_bench.bench_queries(
                driver, query_bench.Pools(nodes, rels))}
            save("queries", {"sizes": queries, "target_p95_ms": query_bench.TARGET_P95_MS})
            log(f"export of {n:,} nodes")
            big = n > plan.reference_max_nodes
            done = export_bench.bench_export(
                str(n), plan.export_budget_s, references=not big, turtle=not big,
                estimates={k: v * shape["nodes"] for k, v in seconds_per_node.items()})
            seconds_per_node = {k: r["median_s"] / shape["nodes"] for k, r in done.items()
                                if "median_s" in r}
            exports[str(n)] = shape | {"contenders": done}
            save("export", {"sizes": exports, "budget_s": plan.export_budget_s})
            if n == plan.graph_nodes[-1]:
                log(f"app on {n:,} nodes")
                app = shape | app_bench.run(busy_people(nodes, rels, plan.app_runs + 1),
                                            plan.app_runs)
                save("app", app)
        finally:
            driver.close()
        del nodes, rels, csvg
        gc.collect()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller sizes: a few minutes")
    ap.add_argument("--only", default="extract,load,graph",
                    help="comma-separated sections: extract, load, graph (default: all)")
    a = ap.parse_args()
    plan = QUICK if a.quick else FULL
    sections = {s.strip() for s in a.only.split(",") if s.strip()}
    WORK.mkdir(parents=True, exist_ok=True)
    os.environ["CONVENE_BENCH_MODE"] = plan.mode  # recorded in every results file
    # Sections may be run in separate invocations: keep the other sections' times of this mode.
    previous = load("machine") or {}
    minutes = previous.get("section_minutes", {}) if previous.get("mode") == plan.mode else {}
    host = machine()
    save("machine", {"mode": plan.mode, "plan": plan.__dict__, "machine": host,
                     "section_minutes": minutes})
    steps = {"extract": lambda: extract_bench.run(plan.articles, plan.english_of, RUNS),
             "load": lambda: load_bench.run(list(plan.load_rels), plan.load_budget_s,
                                            plan.per_row_slice),
             "graph": lambda: graph_sections(plan)}
    for name, step in steps.items():
        if name in sections:
            t0 = time.perf_counter()
            step()
            minutes[name] = round((time.perf_counter() - t0) / 60, 1)
            save("machine", {"mode": plan.mode, "plan": plan.__dict__, "machine": host,
                             "section_minutes": minutes})
    path = report.write()
    log(f"done: {minutes} minutes; wrote {path}")


if __name__ == "__main__":
    main()
