"""Every page of the explorer under Streamlit's AppTest, on a real Neo4j holding the invented graph.

Plus the app's helpers that need no page: the read-only console, the offline network drawing,
upload handling.
"""

from __future__ import annotations

import re

import explorer_data as ed
import pytest
import streamlit as st
from conftest import ROOT, counts
from streamlit.testing.v1 import AppTest

from convene.app import console, network, uploads
from convene.queries import library

P, M, B, POST = ed.PERSON, ed.MEETING, ed.BODY, ed.POST
HOME = str(ROOT / "app" / "Home.py")

WRITES = [
    "CREATE (:Person {id: 'intruder'})",
    "MERGE (p:Person {id: 'intruder'}) RETURN p",
    "MATCH (m:Meeting) DETACH DELETE m",
    "MATCH (p:Person) SET p.name = 'x'",
    "MATCH (p:Person) CALL (p) { SET p.flag = true } IN TRANSACTIONS OF 10 ROWS",
    "CALL db.createLabel('Intruder')",
    "CALL db.create.setNodeVectorProperty(null, 'x', [1.0])",
    "CREATE INDEX intruder FOR (n:Person) ON (n.flag)",
    "DROP CONSTRAINT person_id",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "CALL db.clearQueryCaches()",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "SHOW TRANSACTIONS",
    "FOREACH (x IN [1] | CREATE (:Intruder))",
]


@pytest.fixture(scope="module")
def db(neo4j_driver):
    with neo4j_driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()
    ed.load_into(neo4j_driver)
    st.cache_data.clear()  # results cached by earlier tests belong to another graph
    yield neo4j_driver
    st.cache_data.clear()  # and ours must not leak into later tests


def page(file: str | None = None, /, **query) -> AppTest:
    at = AppTest.from_file(HOME, default_timeout=90)
    if file:
        at.switch_page(f"pages/{file}.py")
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def links(at: AppTest) -> list[str]:
    return [link.value for link in at.get("page_link")]


def frames(at: AppTest) -> list:
    return [d.value for d in at.dataframe]


def text_of(at: AppTest) -> str:
    parts = [e.value for kind in ("title", "header", "subheader", "caption", "markdown", "error",
                                  "warning", "info", "success") for e in at.get(kind)]
    return "\n".join(str(p) for p in parts)


# ---------------------------------------------------------------- pages


def test_home_searches_in_every_script_and_lists_meetings(db):
    at = page(q="wen hai")
    assert any(label.startswith("Zhou Wenhai") for label in links(at))
    at = page(q="省委")
    bodies = [label for label in links(at) if "Lanshan Provincial Party Committee" in label]
    assert len(bodies) == 2  # the committee and its standing committee
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["People"] == str(len(ed.PERSONS)) and metrics["Meetings"] == str(
        len(ed.MEETINGS))
    meetings = frames(at)[0]
    assert len(meetings) == len(ed.MEETINGS)
    assert "Zhou Wenhai" in ", ".join(meetings["chairs"])
    # Names in tables link to their page, with the id in the URL.
    assert any(f"Meeting?meeting={M['plenary'].replace(':', '%3A')}" in v
               for v in meetings["meeting"])
    at = page(q="nobody at all")
    assert "Nothing found" in text_of(at)


def test_person_page(db):
    at = page("1_Person", person=P["zhou"])
    assert at.title[0].value == "Zhou Wenhai"
    assert "周文海" in text_of(at)
    assert len(at.get("vega_lite_chart")) == 1  # the posts timeline
    posts, chaired, every, co, sources = frames(at)
    assert list(posts["title"]) == ["Secretary", "Governor"]  # newest first under the chart
    assert len(chaired) == 3 and len(every) == 3
    assert co["person"].iloc[0].endswith("#Lin Qiuyue")
    assert "Zhou Wenhai, Secretary of the Provincial Party Committee" in set(sources["quote"])
    assert all(re.search(r"^Article\?article=article%3A\w+&start=\d+&end=\d+#", a)
               for a in sources["article"])
    labels = links(at)
    assert "Network around this person" in labels and "Export this person as RDF" in labels


def test_person_page_without_or_with_unknown_id(db):
    at = page("1_Person")
    at.text_input[0].input("gao").run()
    assert any(label.startswith("高德胜") for label in links(at))
    at = page("1_Person", person="person:does-not-exist")
    assert "No person with id" in text_of(at)


def test_meeting_page(db):
    at = page("2_Meeting", meeting=M["city_convey"])
    assert at.title[0].value == ed.MEETINGS["city_convey"][0]
    labels = links(at)
    assert "Qingshui Municipal Party Committee" in labels and "高德胜" in labels
    participants, linked, cascade, _sources = frames(at)
    assert list(participants["roles"]) == ["chair", "attendee"]
    assert set(linked["direction"]) == {"implements", "implemented by"}
    assert len(cascade) == 1 and cascade["level"].iloc[0] == 1
    assert "传达学习省委三中全会精神" in set(_sources["quote"])


def test_body_page_on_a_date(db):
    at = page("3_Body", body=B["prov_gov"], date="2022-06-01")
    assert at.title[0].value == ed.BODIES["prov_gov"][0]
    heads = frames(at)[0]
    assert [h.split("#")[1] for h in heads["person"]] == ["Zhou Wenhai"]
    at = page("3_Body", body=B["prov_gov"], date="2024-03-01")
    assert [h.split("#")[1] for h in frames(at)[0]["person"]] == ["Lin Qiuyue"]
    at = page("3_Body", body=B["prov_pc"])  # default date: the last day a post was seen
    assert "Standing Committee of the Lanshan Provincial Party Committee" in links(at)
    members = frames(at)[1]
    assert {m.split("#")[1] for m in members["person"]} == {"Zhou Wenhai", "Lin Qiuyue",
                                                            "Tang Lei"}


def _drawn(at: AppTest) -> tuple[set[str], str]:
    srcdoc = at.get("iframe")[0].proto.srcdoc
    ids = set(re.findall(r'"id": "([^"]+)"', srcdoc))
    return ids, srcdoc


def test_network_page_draws_offline_with_filters(db):
    at = page("4_Network", person=P["zhou"], depth="1")
    ids, srcdoc = _drawn(at)
    expected = {r["target"]["id"] for r in library.run(db, "network_expand", ids=[P["zhou"]])}
    assert ids == expected | {P["zhou"]}
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", srcdoc)
    assert "vis.Network" in srcdoc and 'id="legend"' in srcdoc
    at = page("4_Network", person=P["zhou"], depth="2", types="CHAIRED,ATTENDED")
    edges = frames(at)[1]
    assert set(edges["type"]) == {"CHAIRED", "ATTENDED"}
    at = page("4_Network", person=P["xu"], mode="co", depth="1")
    ids, _ = _drawn(at)
    assert ids == {P["xu"], P["gao"]}
    at = page("4_Network", person=P["zhou"], since="2024-01-01", types="HOLDS")
    ids, _ = _drawn(at)
    assert POST["prov_secretary"] in ids and POST["governor"] not in ids
    assert "Export this selection as RDF" in links(at)
    at = page("4_Network")
    assert "Choose someone" in text_of(at)


def test_network_filters_changed_on_the_page_redraw_and_reach_the_url(db):
    """The drawing is sent before its filters are drawn, so it reads each filter's state first:
    a changed widget must redraw with the new value and mirror it into the URL."""
    at = page("4_Network", person=P["zhou"], depth="2")
    two_hops, _ = _drawn(at)
    at.slider(key="net-depth").set_value(1).run()
    one_hop, _ = _drawn(at)
    expected = {r["target"]["id"] for r in library.run(db, "network_expand", ids=[P["zhou"]])}
    assert one_hop == expected | {P["zhou"]} and one_hop < two_hops
    assert at.query_params["depth"] == "1"
    at.multiselect(key="net-types").set_value(["HOLDS"]).run()
    held, _ = _drawn(at)
    assert POST["prov_secretary"] in held and not held & {M["plenary"]}
    assert at.query_params["types"] == "HOLDS"
    at.radio(key="net-mode").set_value("co").run()
    assert at.multiselect(key="net-types").disabled and at.query_params["mode"] == "co"


def test_cypher_console_reads_and_draws(db):
    at = page("5_Cypher")
    at.text_area[0].input("MATCH (p:Person)-[r:CHAIRED]->(m:Meeting) RETURN p, r, m").run()
    at.button(key="cypher-run").click().run()
    assert not at.exception and not at.error
    table = frames(at)[0]
    assert len(table) == sum(1 for v in ed.MEETINGS.values() for _, role in v[4]
                             if role == "chair")
    ids, _ = _drawn(at)
    assert P["zhou"] in ids and M["plenary"] in ids


def test_a_shared_console_link_runs_its_query(db):
    at = page("5_Cypher", query="MATCH (p:Person) RETURN p.name AS name ORDER BY name", run="1")
    assert list(frames(at)[0]["name"]) == sorted(v[0] for v in ed.PERSONS.values())
    at = page("5_Cypher", query="MATCH (p:Person) RETURN p.name AS name")  # no run=1: waits
    assert not at.dataframe


def test_cypher_console_refuses_writes_and_changes_nothing(db):
    before = counts(db)
    for query in WRITES:
        at = page("5_Cypher")
        at.text_area[0].input(query).run()
        at.button(key="cypher-run").click().run()
        assert at.error and "refused" in at.error[0].value, query
        assert not at.dataframe
    assert counts(db) == before
    with db.session() as session:
        labels = {r["label"] for r in session.run("CALL db.labels()")}
    assert "Intruder" not in labels


def test_queries_page_runs_a_named_query_from_the_url(db):
    at = page("6_Queries", name="post_holders_on", post_id=POST["governor"], date="2021-05-01")
    table = frames(at)[0]
    assert list(table["id"]) == [P["zhou"]]
    at = page("6_Queries", name="post_holders_on", post_id=POST["governor"])
    assert "Fill in the required parameters" in text_of(at) or not at.dataframe


def test_export_page_offers_the_selection(db):
    at = page("7_Export", person=P["zhou"], format="jsonld")
    assert "Zhou Wenhai" in text_of(at)
    buttons = at.get("download_button")
    assert buttons and "JSON-LD" in buttons[0].proto.label


def test_ingest_page_renders(db):
    at = page("8_Ingest")
    assert at.get("file_uploader") and at.button(key="ingest-run").disabled


def test_article_page_marks_the_quote(db):
    art = next(a for a in ed.ARTICLES if a.key == "zh_city")
    quote = "市委书记高德胜"
    start = art.text.index(quote)
    at = page("9_Article", article=ed.ARTICLE["zh_city"], start=str(start),
              end=str(start + len(quote)))
    body = at.get("html")[0].proto.body
    assert f'<mark id="focus" style="background:#ffe08a;padding:0 1px">{quote}' in body
    assert body.count("<mark") >= 3


def test_a_neo4j_outage_is_reported_and_recovered_without_restart(db, monkeypatch):
    from convene.app import data

    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:1")  # nothing listens there
    monkeypatch.setenv("NEO4J_PASSWORD", "x")
    data.driver.clear()
    st.cache_data.clear()
    at = AppTest.from_file(HOME, default_timeout=90).run()
    assert not at.exception
    assert "Neo4j is not reachable" in at.error[0].value
    monkeypatch.delenv("NEO4J_URI")
    monkeypatch.delenv("NEO4J_PASSWORD")
    at.button(key="neo4j-retry").click().run()  # same app session, Neo4j back
    assert not at.exception and not at.error
    assert len(frames(at)[0]) == len(ed.MEETINGS)


# ---------------------------------------------------------------- helpers without a page


def test_console_check_allows_reads_and_refuses_the_rest(db):
    assert console.check(db, "MATCH (n:Person) RETURN n.name LIMIT 2;") == (
        "MATCH (n:Person) RETURN n.name LIMIT 2")
    assert console.check(db, "CALL db.labels()")
    assert console.check(db, "SHOW INDEXES")
    for query in WRITES:
        with pytest.raises(console.Refused, match="refused"):
            console.check(db, query)
    with pytest.raises(console.Refused, match="cannot plan"):
        console.check(db, "MATCH (n RETURN n")
    with pytest.raises(console.Refused, match="EXPLAIN"):
        console.check(db, "PROFILE MATCH (n) RETURN n")


def test_console_caps_rows_and_times_out(db):
    result = console.run(db, "UNWIND range(1, 50) AS i RETURN i", row_cap=10)
    assert len(result.records) == 10 and result.truncated
    with pytest.raises(console.Refused, match="failed"):
        console.run(db, "UNWIND range(1, 1000000000) AS i WITH i WHERE i = -1 RETURN count(*)",
                    timeout=0.5)


def test_network_html_is_self_contained_and_escapes_names():
    graph = network.Graph()
    evil = "</script><script>alert(1)</script>"
    graph.add_node({"id": "p1", "label": "Person", "name": evil})
    graph.add_node({"id": "m1", "label": "Meeting", "name": "会议", "date": "2024-01-01"})
    graph.add_edge("p1", "CHAIRED", "m1")
    page_html = network.to_html(graph, seeds=["p1"])
    assert not re.search(r"<(script|link)\b[^>]*(src|href)\s*=", page_html, re.IGNORECASE)
    assert "cdn.jsdelivr" not in page_html and "cdnjs" not in page_html
    assert evil not in page_html  # names reach the page only as escaped JSON
    assert "Person?person=p1" in page_html and "Meeting?meeting=m1" in page_html
    assert "stabilizationIterationsDone" in page_html
    legend = network.legend(graph)
    assert "Person" in legend and "CHAIRED" in legend and "Post" not in legend


def test_network_explore_is_breadth_first_and_bounded():
    edges = {"a": ["b", "c"], "b": ["d"], "c": ["e"], "d": ["f"], "e": [], "f": []}
    calls = []

    def fetch(ids):
        calls.append(sorted(ids))
        return [{"source": {"id": i, "label": "Person"}, "target": {"id": t, "label": "Person"},
                 "type": "MET"} for i in ids for t in edges[i]]

    graph = network.explore(fetch, ["a"], depth=2)
    assert set(graph.nodes) == {"a", "b", "c", "d", "e"} and calls == [["a"], ["b", "c"]]
    small = network.explore(fetch, ["a"], depth=3, max_nodes=2)
    assert small.truncated and len(calls) == 3


def test_uploads_are_saved_safely_and_removed_after_ingest(db, tmp_path, monkeypatch):
    paths = uploads.save([("../../etc/passwd", b"x"), ("a b.txt", b"1"), ("a b.txt", b"2"),
                          ("多篇.jsonl", b'{"text": "a"}\n\n{"text": "b"}\n')], root=tmp_path)
    assert all(p.parent.parent == tmp_path for p in paths)
    assert [p.name for p in paths] == ["passwd", "a_b.txt", "a_b-1.txt", "多篇.jsonl"]
    assert uploads.expected_articles(paths) == 5
    assert uploads.uploads_root() == ROOT / ".convene" / "uploads"

    example = next(p for p in sorted((ROOT / "examples").iterdir()) if p.suffix == ".txt")
    saved = uploads.save([(example.name, example.read_bytes())], root=tmp_path)
    seen: list[str] = []
    report = uploads.ingest(db, saved, None, seen.append)
    assert report.articles == 1 and seen == [example.name]
    assert not saved[0].parent.exists()  # the temporary folder is gone
    loaded = library.run(db, "articles_by_document", documents=seen)
    assert loaded and loaded[0]["claims"] > 0
    st.cache_data.clear()
