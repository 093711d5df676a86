"""The generic loader on the real Neo4j: stored properties combine by the mapping's policies."""

from __future__ import annotations

import pytest

from convene.graph.load import load
from convene.ontology.batch import GraphBatch, NodeRow


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
