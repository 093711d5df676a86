"""The generic loader on the real Neo4j: stored properties combine by the mapping's policies."""

from __future__ import annotations

import pytest

from convene.graph.load import load
from convene.ontology.batch import GraphBatch, NodeRow, RelRow
from convene.ontology.mapping import merge_by
from convene.ontology.spec import load_mapping


def person(names: list[str], name: str) -> GraphBatch:
    return GraphBatch(key=name, nodes=(NodeRow("Person", "p1", {"name": name, "names": names}),))


def tenure(first: str, last: str) -> GraphBatch:
    return GraphBatch(key=first, nodes=(
        NodeRow("Tenure", "t1", {"first_seen": first, "last_seen": last}),))


def stored(driver, label: str) -> dict:
    with driver.session() as s:
        return s.run(f"MATCH (n:{label} {{id: $id}}) RETURN properties(n) AS p",
                     id="p1" if label == "Person" else "t1").single()["p"]


def test_names_are_a_union_across_loads(empty_db):
    load(empty_db, [person(["Lin Jiawei"], "Lin Jiawei")])
    load(empty_db, [person(["林嘉伟"], "林嘉伟")])
    p = stored(empty_db, "Person")
    assert sorted(p["names"]) == ["Lin Jiawei", "林嘉伟"]
    assert p["name"] == "Lin Jiawei"  # first seen stays the display name


def test_tenure_dates_widen_across_loads_and_within_one(empty_db):
    load(empty_db, [tenure("2024-03-01", "2024-03-01")])
    load(empty_db, [tenure("2023-11-20", "2023-11-20"), tenure("2024-06-02", "2024-06-02")])
    t = stored(empty_db, "Tenure")
    assert (t["first_seen"], t["last_seen"]) == ("2023-11-20", "2024-06-02")


def test_labels_must_be_identifiers(empty_db):
    bad = GraphBatch(key="x", nodes=(NodeRow("Person) DETACH DELETE (n", "p1", {}),))
    with pytest.raises(ValueError, match="not a valid label"):
        load(empty_db, [bad])


# Every merge policy of the mapping, against what the Python merge (merge_by) says: the loader
# applies them in Cypher to what is stored, so the two must agree on every case below.
MEETING = {"name": "Plenary session", "aliases": ["plenary", "session"], "date": "2024-01-05",
           "mentions": ["m:b", "m:d"], "documents": ["b.txt"]}
OVERLAPS = [  # (stored first, then loaded): lists overlap, dates on both sides, nulls, subsets
    (MEETING, {"name": "Second name", "aliases": ["annual", "plenary", "zh 全会"],
               "mentions": ["m:a", "m:c", "m:d", "m:e"], "documents": ["a.txt", "b.txt"],
               "location": "Changsha"}),
    (MEETING, {"aliases": ["plenary"], "mentions": ["m:d"], "date": None,
               "end_date": "2024-01-07"}),
    # Beyond the BMP too: Neo4j orders strings by UTF-16 code units, so "𠀋" < "ｆ" there.
    ({"name": "x", "mentions": ["m:乙", "m:𠀋"]}, {"mentions": ["m:a", "m:ｆ", "m:中", "m:𠀋"]}),
]
TENURES = [({"first_seen": a, "last_seen": b}, {"first_seen": c, "last_seen": d})
           for a, b, c, d in [("2024-03-01", "2024-03-09", "2023-11-20", "2024-06-02"),
                              ("2023-01-01", "2024-12-31", "2023-06-01", "2024-01-01"),
                              ("2024-03-01", "2024-03-01", None, "2024-03-02")]]


def node_batch(label: str, props: dict, key: str = "k") -> GraphBatch:
    return GraphBatch(key=key, nodes=(NodeRow(label, "n1", props),))


def stored_node(driver, label: str) -> dict:
    with driver.session() as s:
        return s.run(f"MATCH (n:{label} {{id: 'n1'}}) RETURN properties(n) AS p").single()["p"]


def expected(label: str, first: dict, then: dict) -> dict:
    policy = load_mapping().merge_policy(label)
    return {k: v for k, v in merge_by(merge_by({}, first, policy), then, policy).items()
            if v is not None} | {"id": "n1"}


@pytest.mark.parametrize(("label", "first", "then"),
                         [("Meeting", a, b) for a, b in OVERLAPS]
                         + [("Tenure", a, b) for a, b in TENURES])
def test_each_policy_stores_what_the_mapping_says(empty_db, label, first, then):
    policies = {p for lb in ("Meeting", "Tenure") for p in load_mapping().merge_policy(lb).values()}
    assert policies == {"union", "min", "max", "first"}  # every policy the mapping knows
    load(empty_db, [node_batch(label, first)])
    load(empty_db, [node_batch(label, then)])
    across = stored_node(empty_db, label)
    assert across == expected(label, first, then)
    empty_db.execute_query("MATCH (n) DETACH DELETE n")
    load(empty_db, [node_batch(label, first, "a"), node_batch(label, then, "b")])
    assert stored_node(empty_db, label) == across  # one transaction or two: the same node
    load(empty_db, [node_batch(label, then), node_batch(label, first)])
    assert stored_node(empty_db, label) == across  # idempotent, in any order


def test_union_keeps_stored_lists_sorted_and_without_duplicates(empty_db):
    load(empty_db, [node_batch("Person", {"names": ["b", "d"]})])
    load(empty_db, [node_batch("Person", {"names": ["e", "a", "c", "a", "d"]})])
    assert stored_node(empty_db, "Person")["names"] == ["a", "b", "c", "d", "e"]


def graph(driver) -> tuple[list, list]:
    with driver.session() as s:
        nodes = s.run("MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.id").data()
        rels = s.run("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, "
                     "properties(r) AS p ORDER BY a, t, b").data()
    return nodes, rels


def articles(n: int) -> list[GraphBatch]:
    """Articles sharing one person and meeting, each with its own claim and dates."""
    out = []
    for i in range(n):
        day = f"2024-0{1 + i % 9}-1{i % 10}"
        out.append(GraphBatch(key=f"a{i}", nodes=(
            NodeRow("Article", f"a{i}", {"document": f"{i}.txt"}),
            NodeRow("Person", "p1", {"name": f"name {i}", "names": [f"name {i}"],
                                     "mentions": [f"a{i}"]}),
            NodeRow("Tenure", "t1", {"first_seen": day, "last_seen": day}),
            NodeRow("Claim", f"c{i}", {"quote": f"quote {i}", "start": i, "end": i + 5}),
        ), rels=(
            RelRow("HOLDS", "Person", "p1", "Tenure", "t1"),
            RelRow("IN_ARTICLE", "Claim", f"c{i}", "Article", f"a{i}"),
            RelRow("REPORTED", "Person", "p1", "Article", f"a{i}", {"n": i}),
        )))
    return out


def test_transactions_hold_whole_articles_of_about_the_given_rows(empty_db):
    commits: list[list[str]] = []
    batches = articles(10)  # 7 rows each
    load(empty_db, batches, rows_per_transaction=20,
         on_commit=lambda chunk: commits.append([b.key for b in chunk]))
    assert commits == [["a0", "a1", "a2"], ["a3", "a4", "a5"], ["a6", "a7", "a8"], ["a9"]]
    one_by_one = graph(empty_db)
    empty_db.execute_query("MATCH (n) DETACH DELETE n")
    report = load(empty_db, batches, per_transaction=1)
    assert report.batches == 10 and graph(empty_db) == one_by_one
    tenure = stored(empty_db, "Tenure")
    assert (tenure["first_seen"], tenure["last_seen"]) == ("2024-01-10", "2024-09-18")


def test_loading_the_same_batches_twice_changes_nothing(empty_db):
    batches = articles(6)
    first = load(empty_db, batches)
    before = graph(empty_db)
    again = load(empty_db, batches)
    assert graph(empty_db) == before
    assert (again.nodes, again.rels) == (first.nodes, first.rels)
    assert len(before[0]) == 6 + 6 + 2 and len(before[1]) == 1 + 6 + 6


def plan_operators(driver, query: str, rows: list[dict]) -> set[str]:
    def walk(plan: dict) -> set[str]:
        return {plan["operatorType"].split("@")[0]}.union(*map(walk, plan.get("children", [])))

    with driver.session() as s:
        return walk(s.run("EXPLAIN " + query, rows=rows).consume().plan)


def test_merges_seek_the_unique_id_constraints(empty_db):
    from convene.graph.load import _node_query, _rel_query

    nodes = plan_operators(empty_db, _node_query("Person", ("mentions", "name", "names")),
                           [{"id": "p1", "props": {"name": "x"}}])
    rels = plan_operators(empty_db, _rel_query("HOLDS", "Person", "Tenure"),
                          [{"start": "p1", "end": "t1", "props": {}}])
    assert any(op.startswith("NodeUniqueIndexSeek") for op in nodes), nodes
    assert sum(op.startswith("NodeUniqueIndexSeek") for op in rels) >= 1, rels
    assert not {op for op in nodes | rels if "Scan" in op}, nodes | rels
