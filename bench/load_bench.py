"""Loading: facts/s of convene.graph.load vs the usual ways and the bulk-import ceiling.

Same generated graph (bench.gen_graph) for every contender, at growing numbers of
relationships; a fact is one distinct node or relationship written. Before every timed run
the bench database is emptied (constraints and indexes stay), so each run loads from empty.

(a) one MERGE per transaction with the same driver is timed on the first facts of the same
    data (a fixed slice): it is bound by one round trip and one commit per fact, so its rate
    does not depend on the graph size, and the full 1M run would take hours;
(b) py2neo's bulk helpers (merge_nodes/merge_relationships), one transaction per 50 articles
    like the loader, when py2neo is installed;
(c) neo4j-admin database import full from CSV into a separate stopped instance home.
Also timed: graph.load with 1000 articles per transaction instead of its default 50, to show
what its batch size costs. The contenders run round-robin, so the machine's load drifts alike
for all of them.
"""

from __future__ import annotations

import itertools
import shutil
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from bench import instance
from bench.common import RUNS, WORK, log, median, save
from bench.gen_graph import merged, sized
from convene.ontology.batch import GraphBatch

PER_ROW_SLICE = 2000  # facts timed for (a)
PER_TX = 50  # articles per transaction of py2neo's bulk load (graph.load's former default)
WHAT_IF_PER_TX = 50  # graph.load capped at its former 50 articles per transaction


def convene_load(driver, batches: tuple[GraphBatch, ...], per_tx: int | None = None) -> None:
    """graph.load; its default transaction is ~20k rows of whole articles, per_tx caps articles."""
    from convene.graph.load import load

    load(driver, batches, per_transaction=per_tx)


def _per_row_statements(batches, limit: int):
    rows = itertools.chain.from_iterable(
        itertools.chain(b.nodes, b.rels) for b in batches
    )
    out = []
    for row in itertools.islice(rows, limit):
        if hasattr(row, "label"):
            q = f"MERGE (n:{row.label} {{id: $id}}) SET n += $props"
            out.append((q, {"id": row.id, "props": row.props}))
        else:
            q = (f"MATCH (a:{row.start_label} {{id: $s}}) MATCH (b:{row.end_label} {{id: $e}}) "
                 f"MERGE (a)-[r:{row.type}]->(b) SET r += $props")
            out.append((q, {"s": row.start, "e": row.end, "props": row.props}))
    return out


def per_row_merge(driver, statements) -> None:
    with driver.session() as session:
        for q, params in statements:
            session.execute_write(lambda tx, q=q, p=params: tx.run(q, p).consume())


def py2neo_available() -> str | None:
    """None if py2neo can be used, else why not."""
    try:
        import py2neo  # noqa: F401
        from py2neo.bulk import merge_nodes, merge_relationships  # noqa: F401
    except Exception as exc:  # noqa: BLE001 - any import failure means "not available"
        return f"py2neo does not import: {type(exc).__name__}: {exc}"
    return None


def py2neo_graph():
    from py2neo import Graph

    from convene.graph import connection

    s = connection.settings()
    return Graph(s.uri, auth=(s.user, s.password))


def py2neo_load(graph, batches: tuple[GraphBatch, ...]) -> None:
    from py2neo.bulk import merge_nodes, merge_relationships

    for i in range(0, len(batches), PER_TX):
        nodes: dict[str, dict[str, dict]] = defaultdict(dict)
        rels: dict[tuple, dict[tuple[str, str], dict]] = defaultdict(dict)
        for b in batches[i:i + PER_TX]:
            for n in b.nodes:
                nodes[n.label].setdefault(n.id, {"id": n.id}).update(n.props)
            for r in b.rels:
                rels[(r.type, r.start_label, r.end_label)].setdefault((r.start, r.end), {}).update(
                    r.props)
        tx = graph.begin()
        for label, rows in sorted(nodes.items()):
            merge_nodes(tx, list(rows.values()), merge_key=(label, "id"))
        for (rtype, sl, el), pairs in sorted(rels.items()):
            data = [(s, p, e) for (s, e), p in pairs.items()]
            merge_relationships(tx, data, rtype, start_node_key=(sl, "id"),
                                end_node_key=(el, "id"))
        graph.commit(tx)


def _figure(times: list[float], facts: int) -> dict:
    return {"runs": len(times), "seconds": times, "median_s": median(times),
            "facts_per_s": facts / median(times)}


@dataclass
class Contender:
    key: str
    run: Callable[[], object]
    facts: int
    before: Callable[[], object] | None = None
    must_run: bool = False  # measured at least once even when projected over the budget
    after_first: Callable[[], object] | None = None  # untimed check after its first run


def interleave(contenders: list[Contender], budget_s: float, rates: dict[str, float],
               runs: int = RUNS) -> dict[str, dict]:
    """Time the contenders round-robin (run i of each, then run i + 1 of each), so a change in
    this shared machine's load hits all of them alike and the ratios hold. Each gets a warm-up
    (unless projected too slow for one) and as many runs (1..runs) as fit `budget_s`; `rates`
    (facts/s at the previous size) project a run's cost, and a contender whose single run would
    not fit is skipped (graph.load is always measured)."""
    out: dict[str, dict] = {}
    spent: dict[str, float] = {}  # seconds used per contender (warm-up included), once admitted
    first = {c.key: True for c in contenders}

    def once(c: Contender) -> float:
        if c.before:
            c.before()
        t0 = time.perf_counter()
        c.run()
        dt = time.perf_counter() - t0
        if first[c.key] and c.after_first:
            c.after_first()
        first[c.key] = False
        return dt

    for c in contenders:
        est = c.facts / rates[c.key] if c.key in rates else None
        if est is not None and est > budget_s and not c.must_run:
            out[c.key] = {"skipped": f"one run projected at {est:,.0f} s > budget {budget_s:.0f} s",
                          "projected_facts_per_s": rates[c.key]}
            log(f"  {c.key}: skipped ({out[c.key]['skipped']})")
            continue
        left = budget_s
        try:
            if est is None or est * 2 <= budget_s:  # room for a warm-up and one run
                est = once(c)  # the warm-up
                left -= est
        except Exception as exc:  # noqa: BLE001 - reported in the results, the run goes on
            out[c.key] = {"error": f"{type(exc).__name__}: {exc}"[:500]}
            log(f"  {c.key}: ERROR {out[c.key]['error']}")
            continue
        spent[c.key] = budget_s - left
    times: dict[str, list[float]] = {k: [] for k in spent}
    for i in range(runs):
        for c in contenders:
            if c.key in out or c.key not in spent:
                continue
            # One run always; after it the measured median, not the projection from the
            # previous size, decides whether one more still fits this contender's budget.
            if i == 0 or spent[c.key] + median(times[c.key]) <= budget_s:
                try:
                    dt = once(c)
                except Exception as exc:  # noqa: BLE001
                    out[c.key] = {"error": f"{type(exc).__name__}: {exc}"[:500]}
                    log(f"  {c.key}: ERROR {out[c.key]['error']}")
                    continue
                times[c.key].append(dt)
                spent[c.key] += dt
    for c in contenders:
        if c.key in out:
            continue
        out[c.key] = _figure(times[c.key], c.facts) | {"facts_timed": c.facts}
        rates[c.key] = out[c.key]["facts_per_s"]
        log(f"  {c.key}: {out[c.key]['median_s']:.2f} s, {rates[c.key]:,.0f} facts/s "
            f"({len(times[c.key])} runs)")
    return out


def bench_size(driver, rels_target: int, budget_s: float, per_row_slice: int,
               rates: dict[str, float]) -> dict:
    """All contenders at one size, interleaved (see interleave)."""
    from convene.graph.load import ensure_schema

    g = sized(rels=rels_target)
    facts = g.nodes + g.rels
    log(f"load: {rels_target:,} rels target -> {len(g.batches):,} articles, {g.nodes:,} nodes, "
        f"{g.rels:,} rels")

    def empty() -> None:
        instance.clear(driver)
        ensure_schema(driver)

    def check() -> None:
        n, r = instance.counts(driver)
        if (n, r) != (g.nodes, g.rels):
            raise AssertionError(f"wrote {n} nodes, {r} rels; expected {g.nodes}, {g.rels}")

    nodes, rels = merged(g.batches)
    t0 = time.perf_counter()
    csvg = instance.write_csv(nodes, rels, WORK / f"csv-load-{rels_target}")
    csv_s = time.perf_counter() - t0
    del nodes, rels
    imports: list[instance.ImportRun] = []
    statements = _per_row_statements(g.batches, per_row_slice)
    contenders = [
        Contender("convene", lambda: convene_load(driver, g.batches), facts, empty, True, check),
        Contender(f"convene_tx{WHAT_IF_PER_TX}",
                  lambda: convene_load(driver, g.batches, WHAT_IF_PER_TX), facts, empty),
        Contender("per_row_merge", lambda: per_row_merge(driver, statements), len(statements),
                  empty),
        # Always measured: the ceiling, and its JVM start makes a projection from a small size
        # meaningless.
        Contender("admin_import", lambda: imports.append(instance.admin_import(csvg)), facts,
                  must_run=True),
    ]
    why = py2neo_available()
    if why is None:
        graph = py2neo_graph()
        contenders.insert(3, Contender("py2neo", lambda: py2neo_load(graph, g.batches), facts,
                                       empty, after_first=check))
    out: dict = {"rels_target": rels_target, "articles": len(g.batches), "nodes": g.nodes,
                 "rels": g.rels, "facts": facts, "csv_write_s": csv_s}
    out |= interleave(contenders, budget_s, rates)
    if why is not None:
        out["py2neo"] = {"error": why}
    shutil.rmtree(csvg.folder, ignore_errors=True)  # gigabytes at 1M rels
    ai = out["admin_import"]
    if "runs" in ai:
        timed_imports = imports[-ai["runs"]:]
        tools = [x.tool_s for x in timed_imports if x.tool_s is not None]
        ai |= {"tool_seconds": tools, "tool_median_s": median(tools) if tools else None,
               "tool_facts_per_s": facts / median(tools) if tools else None,
               "output_tail": timed_imports[-1].output_tail}
    return out


def run(sizes: list[int], budget_s: float | Callable[[int], float],
        per_row_slice: int = PER_ROW_SLICE) -> dict:
    """budget_s: seconds per contender and size, or a function of the size asked when that size
    starts (bench.run derives it from the time left)."""
    from convene.graph.load import ensure_schema

    driver = instance.start()
    ensure_schema(driver)
    rates: dict[str, float] = {}
    budgets: list[float] = []
    results = []
    try:
        for s in sizes:
            budgets.append(budget_s(s) if callable(budget_s) else budget_s)
            log(f"load: {budgets[-1]:.0f} s per contender at {s:,} rels")
            results.append(bench_size(driver, s, budgets[-1], per_row_slice, rates) | {
                "budget_s": budgets[-1]})
        instance.clear(driver)
    finally:
        driver.close()
    data = {"sizes": results, "per_transaction": PER_TX, "what_if_per_transaction": WHAT_IF_PER_TX,
            "budget_s_per_contender_and_size": budgets, "per_row_slice": per_row_slice}
    save("load", data)
    return data
