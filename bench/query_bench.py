"""Queries: p50/p95 latency of every named query in queries/, warm, on the generated graph.

Each query runs as convene.queries.library.execute runs it (what the app and CLI call) with its
declared defaults, and with ids, dates and names drawn from the graph: half uniformly, half in
proportion to degree (an analyst opens the busy officials and bodies more often, and those are
the expensive ones). Three warm-up calls, then SAMPLES timed calls (5 if one call takes over a
second, so a slow query cannot eat the run); the p95 of 30 samples is the 2nd slowest.
A query marked `// unbounded: …` in its header (its cost grows with the whole graph) is named
in the results and the log with its reason, as are the queries over the p95 target.
"""

from __future__ import annotations

import random
import time

from bench.common import log, median, percentile

SAMPLES = 30
SLOW_S = 1.0
TARGET_P95_MS = 50
ID_PARAMS = {
    "person_id": "Person", "from_id": "Person", "to_id": "Person", "body_id": "Organization",
    "meeting_id": "Meeting", "article_id": "Article", "post_id": "Post", "fact_id": "Tenure",
}
# Degree-weighted draws: the nodes at the end of these relationships, once per relationship.
DEGREE = {
    "Person": [("ATTENDED", 0), ("CHAIRED", 0)], "Organization": [("ORGANIZED_BY", 1)],
    "Meeting": [("IN_MEETING", 1)], "Post": [("OF_POST", 1)], "Article": [("IN_ARTICLE", 1)],
    "Tenure": [("ASSERTS", 1)],
}


class Pools:
    """Ids and values drawn from the generated graph (nodes/rels as gen_graph.merged gives)."""

    def __init__(self, nodes: dict, rels: dict, seed: int = 11) -> None:
        self.rng = random.Random(seed)
        self.uniform = {label: list(ids) for label, ids in nodes.items()}
        self.weighted: dict[str, list[str]] = {}
        for label, sources in DEGREE.items():
            pool: list[str] = []
            for (rtype, sl, el), pairs in rels.items():
                for want, end in sources:
                    if rtype == want and (sl, el)[end] == label:
                        pool.extend(pair[end] for pair in pairs)
            self.weighted[label] = pool or self.uniform.get(label, [])
        # "date" asks who held a post on a day: days inside observed tenures.
        self.dates = [p["last_seen"] for p in nodes.get("Tenure", {}).values()
                      if p.get("last_seen")]
        self.names = [p["name"] for p in nodes.get("Person", {}).values()]
        self.documents = [p["document"] for p in nodes.get("Article", {}).values()]

    def id(self, label: str) -> str:
        pool = self.weighted[label] if self.rng.random() < 0.5 else self.uniform[label]
        return self.rng.choice(pool)

    def params(self, query) -> dict:
        out: dict = {}
        for p in query.params:
            if p.name in ID_PARAMS:
                out[p.name] = self.id(ID_PARAMS[p.name])
            elif p.name == "ids":
                out[p.name] = [self.id("Person")]
            elif p.name == "date":
                out[p.name] = self.rng.choice(self.dates)
            elif p.name == "q":
                name = self.rng.choice(self.names).lower().split()
                out[p.name] = " ".join([name[0], name[-1][:3]]) if len(name) > 1 else name[0]
            elif p.name == "documents":
                out[p.name] = self.rng.sample(self.documents, 3)
            elif p.required:
                out[p.name] = p.example
        return out


def _call(driver, q, params: dict) -> tuple[float, float, int]:
    """(client seconds, server ms, rows) of one call, made exactly as library.execute makes it
    (its Cypher, its parameter binding, a read transaction) but keeping the result summary:
    the server's own time shows the query's cost apart from this busy machine's scheduling."""
    t0 = time.perf_counter()
    records, summary, _ = driver.execute_query(q.body, q.bind(params), routing_="r")
    rows = [r.data() for r in records]
    elapsed = time.perf_counter() - t0
    server = (summary.result_available_after or 0) + (summary.result_consumed_after or 0)
    return elapsed, server, len(rows)


def bench_queries(driver, pools: Pools, samples: int = SAMPLES) -> dict:
    from convene.queries import library

    out = {}
    for name in library.names():
        q = library.get(name)
        try:
            warm = [_call(driver, q, pools.params(q))[0] for _ in range(3)]
            n = samples if median(warm) < SLOW_S else 5
            times, server, sizes = [], [], []
            for _ in range(n):
                t, srv, rows = _call(driver, q, pools.params(q))
                times.append(t)
                server.append(srv)
                sizes.append(rows)
        except Exception as exc:  # noqa: BLE001 - one broken query is reported, the rest run
            out[name] = {"error": f"{type(exc).__name__}: {exc}"[:400]}
            log(f"  {name}: ERROR {out[name]['error'][:120]}")
            continue
        ms = [t * 1000 for t in times]
        out[name] = {"samples": n, "p50_ms": percentile(ms, 50), "p95_ms": percentile(ms, 95),
                     "max_ms": max(ms), "server_p50_ms": percentile(server, 50),
                     "server_p95_ms": percentile(server, 95), "rows_median": median(sizes),
                     "declares_limit": any(p.name == "limit" for p in q.params),
                     "unbounded": q.unbounded or None}
        mark = " (unbounded)" if q.unbounded else ""
        log(f"  {name}{mark}: p50 {out[name]['p50_ms']:.1f} ms, p95 {out[name]['p95_ms']:.1f} ms, "
            f"server p95 {out[name]['server_p95_ms']:.0f} ms ({n} samples, ~{median(sizes):.0f} "
            "rows)")
    summary(out)
    return out


def summary(out: dict) -> None:
    """Name the unbounded queries (with why) and the bounded ones over the target."""
    unbounded = {n: r["unbounded"] for n, r in out.items() if r.get("unbounded")}
    slow = [n for n, r in out.items() if not r.get("unbounded")
            and r.get("server_p95_ms", 0) > TARGET_P95_MS]
    for name, why in unbounded.items():
        log(f"  unbounded: {name} ({why})")
    log(f"  over {TARGET_P95_MS} ms p95 in the server, bounded: {', '.join(slow) or 'none'}")
