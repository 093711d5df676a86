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
"""

from __future__ import annotations

import itertools
import time
from collections import defaultdict

from bench import instance
from bench.common import WORK, log, median, repeat, save
from bench.gen_graph import merged, sized
from convene.ontology.batch import GraphBatch

PER_ROW_SLICE = 2000  # facts timed for (a)
PER_TX = 50  # articles per transaction, graph.load's default


def convene_load(driver, batches: tuple[GraphBatch, ...]) -> None:
    from convene.graph.load import load

    load(driver, batches, per_transaction=PER_TX)


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


def bench_size(driver, rels_target: int, runs: int, per_row_slice: int) -> dict:
    from convene.graph.load import ensure_schema

    g = sized(rels=rels_target)
    facts = g.nodes + g.rels
    log(f"load: {rels_target} rels target -> {len(g.batches)} articles, {g.nodes} nodes, "
        f"{g.rels} rels")

    def empty() -> None:
        instance.clear(driver)
        ensure_schema(driver)

    out: dict = {"rels_target": rels_target, "articles": len(g.batches), "nodes": g.nodes,
                 "rels": g.rels, "facts": facts, "runs": runs}
    t = repeat(lambda: convene_load(driver, g.batches), runs=runs, before=empty)
    n, r = instance.counts(driver)
    if (n, r) != (g.nodes, g.rels):
        raise AssertionError(f"graph.load wrote {n} nodes, {r} rels; expected {g.nodes}, {g.rels}")
    out["convene"] = {"seconds": t, "median_s": median(t), "facts_per_s": facts / median(t)}
    log(f"  convene graph.load: {median(t):.2f} s, {facts / median(t):,.0f} facts/s")

    statements = _per_row_statements(g.batches, per_row_slice)
    t = repeat(lambda: per_row_merge(driver, statements), runs=runs, before=empty)
    out["per_row_merge"] = {"facts_timed": len(statements), "seconds": t, "median_s": median(t),
                            "facts_per_s": len(statements) / median(t)}
    log(f"  one MERGE per transaction: {len(statements) / median(t):,.0f} facts/s")

    why = py2neo_available()
    if why is None:
        try:
            graph = py2neo_graph()
            t = repeat(lambda: py2neo_load(graph, g.batches), runs=runs, before=empty)
            n, r = instance.counts(driver)
            out["py2neo"] = {"seconds": t, "median_s": median(t), "facts_per_s": facts / median(t),
                             "check": {"nodes": n, "rels": r}}
            log(f"  py2neo bulk: {facts / median(t):,.0f} facts/s")
        except Exception as exc:  # noqa: BLE001 - reported in the results, the run goes on
            out["py2neo"] = {"error": f"{type(exc).__name__}: {exc}"[:500]}
            log(f"  py2neo failed: {out['py2neo']['error']}")
    else:
        out["py2neo"] = {"error": why}

    nodes, rels = merged(g.batches)
    t0 = time.perf_counter()
    csvg = instance.write_csv(nodes, rels, WORK / f"csv-load-{rels_target}")
    out["csv_write_s"] = time.perf_counter() - t0
    imports = [instance.admin_import(csvg) for _ in range(runs + 1)][1:]
    walls = [x.wall_s for x in imports]
    tools = [x.tool_s for x in imports if x.tool_s is not None]
    out["admin_import"] = {
        "seconds": walls, "median_s": median(walls), "facts_per_s": facts / median(walls),
        "tool_seconds": tools, "tool_median_s": median(tools) if tools else None,
        "tool_facts_per_s": facts / median(tools) if tools else None,
        "output_tail": imports[-1].output_tail,
    }
    log(f"  neo4j-admin import: {median(walls):.1f} s wall, {facts / median(walls):,.0f} facts/s")
    return out


def run(sizes: list[int], runs: int, per_row_slice: int = PER_ROW_SLICE) -> dict:
    from convene.graph.load import ensure_schema

    driver = instance.start()
    ensure_schema(driver)
    try:
        results = [bench_size(driver, s, runs, per_row_slice) for s in sizes]
    finally:
        driver.close()
    data = {"sizes": results, "per_transaction": PER_TX}
    save("load", data)
    return data
