"""The read-only Cypher console under hypothesis: nothing that writes gets through.

Generated queries combine write, schema, admin and procedure cores with disguises (keyword case,
comments, unicode spaces, zero-width and full-width letters, homoglyphs, backticks, CYPHER/USE
prefixes, subqueries, UNION, several statements). Every case must be refused, and the database
must be unchanged — judged by Neo4j's transaction log (any commit, even a token or a SET that
is undone, appends to it), node and relationship counts, tokens, schema, users, and a
fingerprint of every node and relationship. Reads in the same disguises must still run, so the
test fails if the console simply refused everything.

Most cases go through check() (the EXPLAIN gate); a smaller set through run(); another set
through run() with the EXPLAIN gate bypassed, to show the READ transaction holds on its own.
Counts per outcome are written to test-artifacts/console_property.json.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import neo4j
import pytest
from conftest import ROOT, counts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convene.app import console
from convene.graph import connection, server

CHECK_CASES = int(os.environ.get("CONVENE_CONSOLE_CASES", "10000"))  # through check()
RUN_CASES = max(CHECK_CASES // 20, 100)  # through run(), each a real transaction
BATCH = 8  # queries per hypothesis example, checked concurrently
POOL = ThreadPoolExecutor(4)
SETTINGS = dict(deadline=None, database=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

LABELS = ("Article", "Person", "Meeting", "Organization", "Claim", "H8Probe")
TYPES = ("CHAIRED", "TOOK_PART", "IN_ARTICLE", "H8_REL")
PROPS = ("id", "name", "names", "date", "h8prop")

# Write, schema and admin cores; {L}, {R}, {P}, {N} are filled from the lists above.
WRITES = (
    "CREATE (n:{L} {{id: 'h8'}})",
    "CREATE (n:{L})-[:{R}]->(m:{L}) RETURN n, m",
    "MATCH (n:{L}) WITH n LIMIT 1 CREATE (n)-[:{R}]->(:{L} {{id: 'h8'}})",
    "MERGE (n:{L} {{id: 'h8-merge'}}) RETURN n",
    "MATCH (n:{L}) MERGE (n)-[:{R}]->(n)",
    "MATCH (n:{L}) WITH n LIMIT 1 DELETE n",
    "MATCH (n:{L}) DETACH DELETE n",
    "MATCH ()-[r:{R}]->() DELETE r",
    "MATCH (n:{L}) SET n.{P} = 'h8'",
    "MATCH (n:{L}) SET n:{L}:H8Probe",
    "MATCH (n:{L}) SET n += {{{P}: 1}}",
    "MATCH (n:{L}) SET n = {{}}",
    "MATCH ()-[r:{R}]->() SET r.{P} = 1",
    "MATCH (n:{L}) REMOVE n.{P}",
    "MATCH (n:{L}) REMOVE n:{L}",
    "FOREACH (x IN range(1, 3) | CREATE (:{L} {{id: toString(x)}}))",
    "MATCH (n:{L}) FOREACH (x IN [1] | SET n.{P} = x)",
    "MATCH (n:{L}) WITH collect(n) AS ns FOREACH (n IN ns | DETACH DELETE n)",
    "MATCH (n:{L}) FOREACH (x IN CASE WHEN n.{P} IS NULL THEN [1] ELSE [] END | "
    "MERGE (n)-[:{R}]->(:{L}))",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row CREATE (:{L} {{id: row.id}})",
    "LOAD CSV FROM 'file:///etc/hostname' AS line FIELDTERMINATOR ';' RETURN count(line)",
    "MATCH (n:{L}) CALL (n) {{ SET n.{P} = 1 }} IN TRANSACTIONS OF 10 ROWS",
    "MATCH (n:{L}) CALL {{ WITH n DETACH DELETE n }} IN TRANSACTIONS",
    "UNWIND range(1, 3) AS i CALL (i) {{ RETURN i AS j }} IN TRANSACTIONS RETURN j",
    "CALL () {{ CREATE (:{L}) }} IN TRANSACTIONS",
    "CREATE INDEX h8_index IF NOT EXISTS FOR (n:{L}) ON (n.{P})",
    "CREATE TEXT INDEX h8_text FOR (n:{L}) ON (n.{P})",
    "CREATE RANGE INDEX FOR ()-[r:{R}]-() ON (r.{P})",
    "CREATE FULLTEXT INDEX h8_ft FOR (n:{L}) ON EACH [n.{P}]",
    "CREATE LOOKUP INDEX h8_lookup FOR (n) ON EACH labels(n)",
    "DROP INDEX {N}",
    "DROP INDEX {N} IF EXISTS",
    "CREATE CONSTRAINT h8_unique FOR (n:{L}) REQUIRE n.{P} IS UNIQUE",
    "CREATE CONSTRAINT IF NOT EXISTS FOR (n:{L}) REQUIRE (n.{P}, n.id) IS NODE KEY",
    "DROP CONSTRAINT {N}",
    "CALL db.createLabel('H8Label')",
    "CALL db.createProperty('h8property')",
    "CALL db.createRelationshipType('H8_TYPE')",
    "CALL `db`.`createLabel`('H8Label')",
    "CALL `dbms`.`killConnections`(['bolt-1'])",
    "CALL db.createLabel",
    "MATCH (n:{L}) CALL db.create.setNodeVectorProperty(n, '{P}', [1.0, 2.0])",
    "CALL db.index.vector.createNodeIndex('h8_vec', '{L}', '{P}', 2, 'cosine')",
    "CALL db.clearQueryCaches()",
    "CALL db.prepareForReplanning()",
    "CALL db.resampleOutdatedIndexes()",
    "CALL db.resampleIndex('{N}')",
    "CALL db.awaitIndexes(5)",
    "CALL db.stats.collect('QUERIES')",
    "CALL db.stats.clear('QUERIES')",
    "CALL db.stats.stop('QUERIES')",
    "CALL db.info()",
    "CALL db.ping()",
    "CALL dbms.killConnections(['bolt-1'])",
    "CALL dbms.killConnection('bolt-1')",
    "CALL dbms.listConnections()",
    "CALL dbms.listConfig()",
    "CALL dbms.components()",
    "CALL dbms.upgrade()",
    "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
    "CALL dbms.security.createUser('h8', 'h8-password', false)",
    "CALL dbms.info() YIELD id RETURN id",
    "CALL apoc.create.node(['{L}'], {{id: 'h8'}})",
    "CALL apoc.cypher.doIt('CREATE (n:{L})', {{}})",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {{}})",
    "CALL apoc.merge.node(['{L}'], {{id: 'h8'}})",
    "CALL apoc.load.json('file:///etc/passwd')",
    "CALL tx.setMetaData({{h8: 1}})",
    "CREATE USER h8 SET PASSWORD 'h8-password-123' CHANGE NOT REQUIRED",
    "ALTER USER neo4j SET PASSWORD 'h8-password-123'",
    "ALTER CURRENT USER SET PASSWORD FROM 'x' TO 'h8-password-123'",
    "DROP USER neo4j",
    "CREATE DATABASE h8",
    "DROP DATABASE neo4j",
    "STOP DATABASE neo4j",
    "CREATE ROLE h8",
    "GRANT ROLE admin TO neo4j",
    "SHOW USERS",
    "SHOW CURRENT USER",
    "SHOW DATABASES",
    "SHOW TRANSACTIONS",
    "SHOW SETTINGS",
    "SHOW SERVERS",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "MATCH (n:{L}) WITH n LIMIT 1 CALL {{ WITH n SET n.{P} = 2 }} RETURN n",
    "CALL () {{ MATCH (n:{L}) DETACH DELETE n }} RETURN 1 AS one",
    "MATCH (n:{L}) WHERE n.{P} IS NOT NULL WITH n ORDER BY n.id LIMIT 5 SET n.{P} = null",
    "RETURN 1 AS x UNION CREATE (n:{L}) RETURN 2 AS x",
    "MATCH (n:{L}) RETURN n.id AS x UNION ALL MERGE (m:{L} {{id: 'h8'}}) RETURN m.id AS x",
    "OPTIONAL MATCH (n:{L}) WITH n UNWIND [1, 2] AS i MERGE (:{L} {{id: 'h8' + i}})",
)

READS = (
    "MATCH (n:{L}) RETURN n LIMIT 3",
    "MATCH (n:{L}) RETURN count(n) AS c",
    "MATCH (a)-[r:{R}]->(b) RETURN a.id, type(r), b.id LIMIT 5",
    "MATCH (n:{L}) WHERE n.{P} IS NOT NULL RETURN n.{P} AS v LIMIT 5",
    "MATCH p = (:{L})-[:{R}]->() RETURN p LIMIT 2",
    "OPTIONAL MATCH (n:{L}) RETURN n.id AS id ORDER BY id LIMIT 3",
    "UNWIND [1, 2, 3] AS x RETURN x * 2 AS y",
    "MATCH (n:{L}) WITH n LIMIT 2 CALL (n) {{ MATCH (n)--(m) RETURN count(m) AS degree }} "
    "RETURN n.id, degree",
    "MATCH (n:{L}) RETURN n.id AS x UNION MATCH (m:{L}) RETURN m.id AS x",
    "RETURN 1 AS `CREATE`, 'DETACH DELETE' AS `SET`",
    "RETURN 'CREATE (n) // MERGE' AS text",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.relationshipTypes()",
    "CALL db.propertyKeys()",
    "CALL db.schema.visualization()",
    "CALL db.index.fulltext.queryNodes('name_search', 'a') YIELD node RETURN node LIMIT 2",
    "SHOW INDEXES",
    "SHOW CONSTRAINTS YIELD name RETURN name",
    "SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'db.' RETURN name",
    "SHOW FUNCTIONS YIELD name RETURN count(name) AS functions",
    "MATCH (n:{L}) RETURN n {{.id, .{P}}} AS m LIMIT 2",
    "MATCH (n:{L}) WHERE EXISTS {{ MATCH (n)-[:{R}]->() }} RETURN count(n)",
    "MATCH (n:{L}) RETURN COUNT {{ (n)--() }} AS degree LIMIT 3",
)

# Disguises between tokens: unicode spaces and comments that carry keywords of their own.
SEPARATORS = (" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u3000", "\u2028", "/**/",
              " /* CREATE (x) */ ", " /* RETURN 1 */ ", "/* ; DROP INDEX x; */", " // RETURN 1\n",
              "\n// MATCH (n) RETURN n\n", " /*\n*/ ")
PREFIXES = ("", "", "", "CYPHER 5 ", "CYPHER runtime=slotted ", "CYPHER planner=cost ",
            "USE neo4j ", "/* read only */ ", "// EXPLAIN\n", "\ufeff", "\u200b", " \n ",
            "CYPHER 25 ", "USE system ", "/**/PROFILE ", "// x\nEXPLAIN ", "EXPLAIN ")
SUFFIXES = ("", "", "", ";", " ;  ", " // trailing", " /* end */", "; RETURN 1",
            "; MATCH (n) RETURN n", ";;")
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad")
HOMOGLYPHS = {"C": "\u0421", "E": "\u0415", "A": "\u0410", "T": "\u0422", "M": "\u041c",
              "O": "\u041e", "P": "\u0420", "H": "\u041d", "K": "\u041a", "X": "\u0425"}


@dataclass(frozen=True)
class State:
    txlog: int | None  # bytes of the transaction log (managed instance only)
    counts: tuple[int, int]


def _txlog_dir(driver) -> Path | None:
    s = connection.settings()
    if not s.managed:
        return None
    return server.paths().home / "data" / "transactions" / s.database


def quick_state(driver, txlog: Path | None) -> State:
    size = sum(p.stat().st_size for p in txlog.glob("neostore.transaction.db*")) if txlog else None
    return State(size, counts(driver))


def full_state(driver) -> dict:
    """Everything a write could touch, as comparable values."""
    with driver.session() as s:
        nodes = sorted(json.dumps([sorted(r["l"]), r["p"]], sort_keys=True, default=str)
                       for r in s.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p"))
        rels = sorted(json.dumps([r["t"], r["a"], r["b"], r["p"]], sort_keys=True, default=str)
                      for r in s.run("MATCH (a)-[r]->(b) RETURN type(r) AS t, a.id AS a, "
                                     "b.id AS b, properties(r) AS p"))
        tokens = [sorted(s.run(q).value()) for q in (
            "CALL db.labels()", "CALL db.relationshipTypes()", "CALL db.propertyKeys()")]
        schema = sorted(s.run("SHOW INDEXES YIELD name, type, state RETURN name + type + state")
                        .value()) + sorted(s.run("SHOW CONSTRAINTS YIELD name RETURN name").value())
    with driver.session(database="system") as s:
        users = sorted(json.dumps(r, sort_keys=True, default=str)
                       for r in s.run("SHOW USERS").data())
        databases = sorted(s.run("SHOW DATABASES YIELD name, currentStatus "
                                 "RETURN name + currentStatus").value())
    digest = hashlib.sha1(json.dumps([nodes, rels]).encode()).hexdigest()
    return {"nodes": len(nodes), "rels": len(rels), "fingerprint": digest, "tokens": tokens,
            "schema": schema, "users": users, "databases": databases}


@pytest.fixture(scope="module")
def seeded(neo4j_driver):
    """The test database holding the example articles."""
    from convene.graph.pipeline import ingest_paths

    with neo4j_driver.session() as s:
        s.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS").consume()
    report = ingest_paths(neo4j_driver, [ROOT / "examples"])
    assert report.articles > 0 and not report.failures
    s = connection.settings()
    quiet = neo4j.GraphDatabase.driver(s.uri, auth=(s.user, s.password),
                                       notifications_min_severity="OFF")
    yield quiet
    quiet.close()


@pytest.fixture(scope="module")
def summary(artifacts):
    found: dict[str, Counter] = {}
    yield found
    out = {k: dict(v) for k, v in found.items()}
    out["total_cases"] = sum(sum(v.values()) for v in found.values())
    (artifacts / "console_property.json").write_text(json.dumps(out, indent=1))


# ---------------------------------------------------------------- strategies


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        L=rng.choice(LABELS), R=rng.choice(TYPES), P=rng.choice(PROPS),
        N=rng.choice(("article_id", "meeting_date", "name_search", "person_id", "h8_index")),
    )


def _disguise_word(word: str, rng: random.Random, hostile: bool) -> str:
    """A keyword in another case, or (hostile) with a hidden or look-alike character."""
    if not word.isalpha() or not word.isupper() or len(word) < 2:
        if word[:1].isalpha() and rng.random() < 0.1:  # an identifier in backticks
            return f"`{word}`"
        return word
    kinds = ("same", "lower", "mixed") + (("zero_width", "full_width", "homoglyph")
                                          if hostile else ())
    how = rng.choice(kinds)
    if how == "lower":
        return word.lower()
    if how == "mixed":
        return "".join(c.lower() if rng.random() < 0.5 else c for c in word)
    if how == "zero_width":
        at = rng.randrange(1, len(word))
        return word[:at] + rng.choice(ZERO_WIDTH) + word[at:]
    if how == "full_width":
        return "".join(chr(ord(c) + 0xFEE0) for c in word)
    if how == "homoglyph":
        return "".join(HOMOGLYPHS.get(c, c) for c in word)
    return word


def disguise(rng: random.Random, cores: tuple[str, ...]) -> str:
    """A core in disguise; one query in four also hides characters in its keywords."""
    text = _fill(rng.choice(cores), rng)
    if rng.random() < 0.2:  # wrapped in a subquery, or after a read
        text = rng.choice(("CALL () {{ {} }} RETURN 1 AS one", "MATCH (z) WITH z LIMIT 1 {}",
                           "WITH 1 AS one {}", "RETURN 1 AS one; {}")).format(text)
    hostile = rng.random() < 0.25
    words = text.split(" ")
    out = [_disguise_word(words[0], rng, hostile)]
    for word in words[1:]:
        out.append(rng.choice(SEPARATORS) if rng.random() < 0.25 else " ")
        out.append(_disguise_word(word, rng, hostile))
    prefix = rng.choice(PREFIXES if hostile else PREFIXES[:9])
    suffix = rng.choice(SUFFIXES if hostile else SUFFIXES[:7])
    return prefix + "".join(out) + suffix


def batches(cores: tuple[str, ...]) -> st.SearchStrategy[list[str]]:
    """BATCH disguised queries per example: hypothesis draws a seed, Python's random the details
    (drawing every choice through hypothesis cost more than Neo4j's planning, and its biased
    randoms made nearly every case a syntax error)."""
    return st.integers(0, 2**64).map(
        lambda seed: [disguise(random.Random(seed), cores) for _ in range(BATCH)])


def check_all(driver, queries: list[str]) -> list[tuple[str, Exception | None]]:
    """check() each query, a few at a time (planning, not the client, is the bottleneck)."""
    def one(q: str) -> tuple[str, Exception | None]:
        try:
            console.check(driver, q)
        except console.Refused as exc:
            return q, exc
        return q, None

    return list(POOL.map(one, queries))


def _reason(exc: console.Refused) -> str:
    message = str(exc)
    if message.startswith("Neo4j cannot plan"):
        return "not valid Cypher"
    if "read-only" in message:
        return "plans as a write, schema or admin command"
    if "procedure" in message:
        return "procedure not allowed"
    if "is not allowed" in message:
        return "operator not allowed"
    if message.startswith("the query failed"):
        return "refused by Neo4j in the READ transaction"
    return message.split(":")[0]


# ---------------------------------------------------------------- properties


def test_no_write_passes_the_check(seeded, summary):
    """The bulk: generated hostile queries against check()'s EXPLAIN gate."""
    txlog = _txlog_dir(seeded)
    before_full, before = full_state(seeded), quick_state(seeded, txlog)
    outcomes = summary.setdefault("check: hostile", Counter())
    started = time.monotonic()

    @settings(max_examples=-(-CHECK_CASES // BATCH), **SETTINGS)
    @given(queries=batches(WRITES))
    def case(queries: list[str]) -> None:
        results = check_all(seeded, queries)
        passed = [q for q, refused in results if refused is None]
        assert not passed, f"the gate let writes through: {passed!r}"
        outcomes.update(_reason(refused) for _, refused in results)
        assert quick_state(seeded, txlog) == before, f"state changed after one of {queries!r}"

    case()
    assert full_state(seeded) == before_full
    tried = sum(outcomes.values())
    summary.setdefault("seconds", Counter())["check: hostile"] = round(
        time.monotonic() - started)
    assert tried >= CHECK_CASES
    # The disguises must not merely produce syntax errors: most cases are valid Cypher that
    # the gate refuses for what it does.
    assert outcomes["not valid Cypher"] < 0.6 * tried, outcomes


def test_reads_in_disguise_still_pass(seeded, summary):
    """The same disguises on reads: the gate lets valid reads through (it is not a wall)."""
    txlog = _txlog_dir(seeded)
    before = quick_state(seeded, txlog)
    outcomes = summary.setdefault("check: reads", Counter())

    @settings(max_examples=max(CHECK_CASES // 10 // BATCH, 20), **SETTINGS)
    @given(queries=batches(READS))
    def case(queries: list[str]) -> None:
        results = check_all(seeded, queries)
        outcomes.update(_read_outcome(q, refused) for q, refused in results)
        assert quick_state(seeded, txlog) == before

    case()
    assert outcomes["allowed"] > 0.4 * sum(outcomes.values()), outcomes
    assert outcomes["plans as a write, schema or admin command"] == 0, outcomes


def _read_outcome(query: str, refused: console.Refused | None) -> str:
    """A read prefixed `USE system` reads the system database, not the graph: Neo4j plans
    even `CALL db.labels()` there as an administration command, and the gate rightly refuses
    it. Only reads of the graph itself must never look like writes."""
    if refused is None:
        return "allowed"
    if "system" in query.lower():  # no read core names it; only the USE prefix does
        return "aimed at the system database: refused"
    return _reason(refused)


def test_a_read_of_the_system_database_is_refused(seeded):
    with pytest.raises(console.Refused, match="read-only"):
        console.check(seeded, "USE system CALL db.relationshipTypes()")


def _run_each(driver, queries: list[str], outcomes: Counter) -> None:
    for query in queries:
        try:
            result = console.run(driver, query, timeout=5)
            outcomes["ran (a read)"] += 1
            assert len(result.records) <= console.ROW_CAP
        except console.Refused as exc:
            outcomes[_reason(exc)] += 1


def test_no_write_survives_run(seeded, summary):
    """Through run(): check, READ transaction, rollback — each case a real transaction."""
    txlog = _txlog_dir(seeded)
    before_full, before = full_state(seeded), quick_state(seeded, txlog)
    outcomes = summary.setdefault("run: hostile and reads", Counter())

    @settings(max_examples=-(-RUN_CASES // BATCH), **SETTINGS)
    @given(writes=batches(WRITES), reads=batches(READS))
    def case(writes: list[str], reads: list[str]) -> None:
        _run_each(seeded, writes[: BATCH // 2] + reads[: BATCH // 2], outcomes)
        assert quick_state(seeded, txlog) == before, f"state changed after one of {writes!r}"

    case()
    assert full_state(seeded) == before_full
    assert outcomes["ran (a read)"] > 0, outcomes


def test_the_read_transaction_holds_without_the_gate(seeded, summary, monkeypatch):
    """Layers 2 and 3 alone: with the EXPLAIN gate switched off, writes still change nothing."""
    txlog = _txlog_dir(seeded)
    before_full, before = full_state(seeded), quick_state(seeded, txlog)
    outcomes = summary.setdefault("run without the gate: writes", Counter())
    monkeypatch.setattr(console, "check", lambda _driver, text, _db=None: console._clean(text))
    # Data and schema writes only: DBMS procedures (killing connections, say) are not
    # transactional, which is why the gate refuses every procedure off its allow-list.
    data_writes = tuple(w for w in WRITES if not w.startswith(("CALL db.", "CALL dbms.",
                                                               "CALL `", "CALL apoc.",
                                                               "CALL tx.", "SHOW",
                                                               "TERMINATE")))

    @settings(max_examples=-(-RUN_CASES // BATCH), **SETTINGS)
    @given(queries=batches(data_writes))
    def case(queries: list[str]) -> None:
        _run_each(seeded, queries, outcomes)
        assert quick_state(seeded, txlog) == before, f"state changed after one of {queries!r}"

    case()
    assert full_state(seeded) == before_full
    assert outcomes["ran (a read)"] == 0, outcomes  # nothing here is a read that could run
    assert outcomes["refused by Neo4j in the READ transaction"] > 0.2 * RUN_CASES, outcomes


# ---------------------------------------------------------------- limits


def test_a_long_query_is_cut_at_the_timeout(seeded):
    started = time.monotonic()
    with pytest.raises(console.Refused, match="failed"):
        console.run(seeded, "UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 "
                            "RETURN count(x) AS c", timeout=1.0)
    assert time.monotonic() - started < 15


def test_a_cartesian_product_is_cut_at_the_timeout(seeded):
    started = time.monotonic()
    with pytest.raises(console.Refused, match="failed"):
        console.run(seeded, "MATCH (a), (b), (c), (d), (e) WHERE a.id + b.id + c.id + d.id "
                            "+ e.id = 'x' RETURN count(*) AS c", timeout=1.0)
    assert time.monotonic() - started < 15


def test_rows_are_capped(seeded):
    started = time.monotonic()
    result = console.run(seeded, "UNWIND range(1, 100000000) AS x RETURN x", row_cap=1000)
    assert len(result.records) == 1000 and result.truncated
    assert [r[0] for r in result.records[:3]] == [1, 2, 3]
    assert time.monotonic() - started < 15  # the rest is never fetched
    small = console.run(seeded, "UNWIND range(1, 10) AS x RETURN x", row_cap=1000)
    assert len(small.records) == 10 and not small.truncated


def test_the_default_limits_are_sane():
    assert 0 < console.TIMEOUT_SECONDS <= 60 and 0 < console.ROW_CAP <= 10_000


def test_the_password_is_not_in_a_refusal(seeded):
    password = connection.settings().password
    for query in ("CALL dbms.listConfig()", "SHOW USERS", "MATCH (n RETURN n"):
        with pytest.raises(console.Refused) as refused:
            console.check(seeded, query)
        assert password not in str(refused.value)
    assert isinstance(seeded, neo4j.Driver)
