"""`python -m bench.run [--quick] [--only SECTION,...]`: every benchmark, then BENCHMARKS.md.

Sections: extract, load, graph (queries, the app and RDF export on generated graphs of growing
size, each bulk-imported into the bench instance). Results go to bench/results/*.json; the
report is regenerated from whatever results exist, so one section can be re-run alone.

The run fits a time budget by construction (Plan.minutes, split between the sections by
Plan.shares; time a section leaves unused goes to the next). Within it, every step projects its
cost from what was measured before (a probe, a smaller size) and takes fewer timed runs, fewer
articles or a time-limited run when the full measurement would not fit; the results and the
report say so per row. The generated graph is built once: every size of every section is a
prefix of the same seeded sequence (bench.gen_graph.sized).
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
from dataclasses import asdict, dataclass

from bench import (
    app_bench,
    export_bench,
    extract_bench,
    gen_graph,
    instance,
    load_bench,
    query_bench,
    report,
)
from bench.common import RUNS, WORK, Clock, load, log, machine, no_gc, save


@dataclass(frozen=True)
class Plan:
    mode: str
    minutes: float  # the whole `python -m bench.run` (installing is not included)
    shares: tuple[tuple[str, float], ...]  # section -> share of the budget
    articles: int  # extraction, 1 and 2 processes (fewer if they would not fit)
    english_of: int  # the English articles among the first N: convene vs spaCy
    load_rels: tuple[int, ...]
    per_row_slice: int
    graph_nodes: tuple[int, ...]
    reference_max_nodes: int  # rdflib/pyoxigraph and convene Turtle up to this graph size
    app_runs: int
    extract_overhead_s: float  # the extraction subprocesses' start-up and the English part


SHARES = (("extract", 0.29), ("load", 0.30), ("graph", 0.41))
FULL = Plan("full", 26, SHARES, 10_000, 500, (10_000, 100_000, 1_000_000), 1000,
            (10_000, 100_000, 1_000_000), 10_000, RUNS, 140)
QUICK = Plan("quick", 6, SHARES, 500, 150, (5_000, 20_000), 300, (5_000, 20_000), 5_000, RUNS, 40)

# Projections of the steps that are not themselves measured, from full-mode runs on this
# 2-core machine (seconds); deliberately on the high side.
TWO_PROCESS_GAIN = 1.7  # articles/s of 2 processes over 1, to project the 2-process run
GRAPH_FIXED_S = 60  # per graph size: server stop + import JVM + start + schema
GRAPH_PER_NODE_S = 300e-6  # generating, merging, CSV and importing, per node
QUERIES_S = 100  # every named query at one size (30 samples each)
APP_S = 120  # the app: Streamlit start and 12 page loads


class Notes:
    """What the budget decided, per section: kept in machine.json and shown in the report."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, msg: str) -> None:
        log(f"budget: {msg}")
        self.items.append(msg)


# ---------------------------------------------------------------- extraction


def extraction_rate(n: int = 40) -> float:
    """Articles/s of one process on generated articles not among the measured ones (a probe
    for the projection; the extractor is imported and warmed first)."""
    from bench.gen_articles import articles
    from convene.ingest.extract import extract

    arts = [g.article for g in articles(n + 10, start=1_000_000)]
    for a in arts[:10]:
        extract(a)
    t0 = time.perf_counter()
    for a in arts[10:]:
        extract(a)
    return n / (time.perf_counter() - t0)


def extract_articles(plan: Plan, seconds: float, rate: float) -> int:
    """The most articles (up to the plan's, in steps of a tenth) whose 1- and 2-process runs,
    warm-ups included, fit `seconds` at the probed rate."""
    def cost(n: int) -> float:
        warm = max(40, n // 50)
        return (n + warm) / rate + (n + warm) / (rate * TWO_PROCESS_GAIN) \
            + plan.extract_overhead_s

    step = max(RUNS, plan.articles // 10)
    n = plan.articles
    while n > step and cost(n) > seconds:
        n -= step
    return n


def extract_section(plan: Plan, clock: Clock, notes: Notes) -> None:
    rate = extraction_rate()
    n = extract_articles(plan, clock.left(), rate)
    if n < plan.articles:
        notes.add(f"extract: {n:,} of the planned {plan.articles:,} articles for 1 and 2 "
                  f"processes (one process probed at {rate:.1f} articles/s; all "
                  f"{plan.articles:,} would not fit the section's {clock.left() / 60:.1f} min)")
    extract_bench.run(n, plan.english_of, RUNS)


# ---------------------------------------------------------------- loading


def load_budgets(plan: Plan, clock: Clock):
    """Seconds per contender at each size, from the time left when the size starts: the
    larger sizes get the larger shares (weights 1, 4, 9), four contenders share each."""
    sizes = list(plan.load_rels)
    weights = [(i + 1) ** 2 for i in range(len(sizes))]

    def budget(rels: int) -> float:
        i = sizes.index(rels)
        share = weights[i] / sum(weights[i:])
        return max(15.0, clock.left() * share / 4)

    return budget


# ---------------------------------------------------------------- queries, app, export


def busy_people(nodes: dict, rels: dict, k: int) -> list[tuple[str, str]]:
    chaired = Counter(s for s, _e in rels.get(("CHAIRED", "Person", "Meeting"), {}))
    people = nodes["Person"]
    return [(pid, people[pid]["name"]) for pid, _n in chaired.most_common(k)]


def _still_needed(plan: Plan, after: int) -> float:
    """Projected seconds of the fixed steps of the graph sizes after `after` and the app."""
    later = [n for n in plan.graph_nodes if n > after]
    return sum(GRAPH_FIXED_S + GRAPH_PER_NODE_S * n + QUERIES_S for n in later) + \
        (APP_S if later else 0)


def export_budget(plan: Plan, n: int, clock: Clock) -> float:
    """Seconds per export contender at graph size n: what is left after the later sizes'
    fixed steps, shared with the later sizes' exports (weights 1, 2, 4: larger graphs more)."""
    later = [m for m in plan.graph_nodes if m >= n]
    share = 1 / sum(2 ** i for i in range(len(later)))
    contenders = 1 + (3 if n <= plan.reference_max_nodes else 0)
    return max(20.0, (clock.left() - _still_needed(plan, n)) * share / contenders)


def graph_sections(plan: Plan, clock: Clock, notes: Notes) -> dict[str, float]:
    queries, exports, app = {}, {}, None
    steps: dict[str, float] = {}
    seconds_per_node: dict[str, float] = {}  # export cost at the previous size, to project

    def lap(what: str, t0: float) -> float:
        steps[what] = round(time.perf_counter() - t0, 1)
        return time.perf_counter()

    for n in plan.graph_nodes:
        t = time.perf_counter()
        g = gen_graph.sized(nodes=n)
        nodes, rels = gen_graph.merged(g.batches)
        shape = {"nodes": g.nodes, "rels": g.rels, "articles": len(g.batches),
                 "labels": {k: len(v) for k, v in nodes.items()}}
        del g
        t = lap(f"{n} generate", t)
        csvg = instance.write_csv(nodes, rels, WORK / f"csv-graph-{n}")
        t = lap(f"{n} csv", t)
        log(f"graph {n:,}: {shape['nodes']:,} nodes, {shape['rels']:,} rels")
        driver = instance.import_into_bench(csvg)
        shutil.rmtree(csvg.folder, ignore_errors=True)  # gigabytes at 1M nodes
        t = lap(f"{n} import", t)
        try:
            log(f"queries on {n:,} nodes")
            with no_gc():
                pools = query_bench.Pools(nodes, rels)
            queries[str(n)] = shape | {"queries": query_bench.bench_queries(driver, pools)}
            save("queries", {"sizes": queries, "target_p95_ms": query_bench.TARGET_P95_MS})
            t = lap(f"{n} queries", t)
            if n == plan.graph_nodes[-1]:  # before the export: the app is a must, not a reference
                log(f"app on {n:,} nodes")
                app = shape | app_bench.run(busy_people(nodes, rels, plan.app_runs + 1),
                                            plan.app_runs)
                save("app", app)
                t = lap(f"{n} app", t)
            budget = export_budget(plan, n, clock)
            big = n > plan.reference_max_nodes
            estimates = {k: v * shape["nodes"] for k, v in seconds_per_node.items()}
            log(f"export of {n:,} nodes: {budget:.0f} s per contender")
            over = {k: v for k, v in estimates.items() if v > budget}
            if over:
                notes.add(f"export at {n:,} nodes: one run of {', '.join(over)} projected at "
                          f"{', '.join(f'{v:.0f} s' for v in over.values())} > the "
                          f"{budget:.0f} s it can have: stopped at the time limit, the rate "
                          "so far reported")
            done = export_bench.bench_export(
                str(n), budget, references=not big, turtle=not big, estimates=estimates,
                timeout_s=budget + 60)  # + the contender's set-up (parsing, connecting)
            seconds_per_node = {k: r["median_s"] / shape["nodes"] for k, r in done.items()
                                if "median_s" in r}
            exports[str(n)] = shape | {"contenders": done, "budget_s": budget}
            save("export", {"sizes": exports})
            lap(f"{n} export", t)
        finally:
            driver.close()
        del nodes, rels, csvg
        gc.collect()
    return steps


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller sizes: a few minutes")
    ap.add_argument("--only", default="extract,load,graph",
                    help="comma-separated sections: extract, load, graph (default: all)")
    ap.add_argument("--minutes", type=float, help="the time budget (default: the mode's)")
    a = ap.parse_args()
    plan = QUICK if a.quick else FULL
    sections = [s for s, _ in plan.shares if s in {x.strip() for x in a.only.split(",")}]
    total = Clock(60 * (a.minutes or plan.minutes))
    WORK.mkdir(parents=True, exist_ok=True)
    os.environ["CONVENE_BENCH_MODE"] = plan.mode  # recorded in every results file
    # Sections may be run in separate invocations: keep the other sections' records of this mode.
    previous = load("machine") or {}
    same = previous.get("mode") == plan.mode
    record = {"mode": plan.mode, "plan": asdict(plan), "machine": machine(),
              "section_minutes": previous.get("section_minutes", {}) if same else {},
              "budget_minutes": previous.get("budget_minutes", {}) if same else {},
              "budget_notes": previous.get("budget_notes", {}) if same else {},
              "graph_steps_s": previous.get("graph_steps_s", {}) if same else {}}
    save("machine", record)
    shares = dict(plan.shares)
    for i, name in enumerate(sections):
        # This section's share of the time left (what earlier sections saved, or overran).
        seconds = total.left() * shares[name] / sum(shares[s] for s in sections[i:])
        clock, notes = Clock(seconds), Notes()
        log(f"{name}: {seconds / 60:.1f} min of the {total.left() / 60:.1f} min left")
        t0 = time.perf_counter()
        if name == "extract":
            extract_section(plan, clock, notes)
        elif name == "load":
            load_bench.run(list(plan.load_rels), load_budgets(plan, clock), plan.per_row_slice)
        else:
            record["graph_steps_s"] = graph_sections(plan, clock, notes)
        if "graph" not in sections[i + 1:]:  # no later section reuses the generated graph
            gen_graph.forget()
        record["section_minutes"][name] = round((time.perf_counter() - t0) / 60, 1)
        record["budget_minutes"][name] = round(seconds / 60, 1)
        record["budget_notes"][name] = notes.items
        save("machine", record)
    path = report.write()
    log(f"done: {record['section_minutes']} minutes; wrote {path}")


if __name__ == "__main__":
    main()
