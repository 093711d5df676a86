"""The named-query library: headers, parameters, bounds, and every query on a real Neo4j.

The graph is the invented one of tests/explorer_data.py; expectations are derived from its
tables (who chaired what, tenures, the cascade), so a wrong query fails here.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, timedelta

import explorer_data as ed
import pytest

from convene.queries import cli_format, library

P, M, B, POST = ed.PERSON, ed.MEETING, ed.BODY, ed.POST

# Queries that may start from something other than an index seek on an id, and why.
UNANCHORED = {
    "meetings_with_chairs": "the newest meetings, in meeting_date index order",
    "graph_overview": "counts from the count store",
    "most_active_chairs": "a range seek on the meeting_date index",
    "most_active_bodies": "a range seek on the meeting_date index",
    "name_search": "the full-text index",
}


# ---------------------------------------------------------------- headers (no Neo4j)


@pytest.mark.parametrize("name", library.names())
def test_every_param_used_is_declared_and_every_declared_is_used(name):
    query = library.get(name)
    declared = {p.name for p in query.params}
    assert query.used_params() <= declared, f"{name}: undeclared {query.used_params() - declared}"
    assert declared <= query.used_params(), f"{name}: declared but unused"
    assert query.description, f"{name} has no description"
    for p in query.params:
        assert p.example, f"{name}: parameter {p.name} has no example"
        assert p.description, f"{name}: parameter {p.name} is not described"


@pytest.mark.parametrize("name", library.names())
def test_every_query_is_bounded_by_a_limit(name):
    query = library.get(name)
    assert re.search(r"\bLIMIT \$limit\b", query.body), f"{name} has no LIMIT $limit"
    assert not query.param("limit").required
    # Variable-length patterns have a fixed upper bound (no `*` or `*2..` without a maximum).
    for hops in re.findall(r"\[\w*(?::[A-Z_|]+)?\*([^\]]*)\]", query.body):
        assert re.fullmatch(r"\d*\.\.\d+|\d+", hops.strip()), f"{name}: unbounded *{hops}"


def test_unknown_query_names_give_a_clear_error():
    for bad in ("no_such_query", "../graph/schema", "", "meetings chaired"):
        with pytest.raises(library.UnknownQuery) as err:
            library.get(bad)
        message = str(err.value)
        assert repr(bad) in message and "known queries:" in message
        assert "meetings_chaired_by" in message  # the list helps the user pick


def test_parameters_are_checked_coerced_and_defaulted():
    query = library.get("meetings_chaired_by")
    with pytest.raises(library.ParamError, match="needs parameter 'person_id'"):
        query.bind({})
    with pytest.raises(library.ParamError, match="has no parameter 'persn_id'.*person_id"):
        query.bind({"persn_id": "x"})
    with pytest.raises(library.ParamError, match="'since' must be date"):
        query.bind({"person_id": "x", "since": "last year"})
    with pytest.raises(library.ParamError, match="'limit' must be int"):
        query.bind({"person_id": "x", "limit": "many"})
    bound = query.bind({"person_id": "x", "limit": "7", "since": "2024-01-02"})
    assert bound == {"person_id": "x", "limit": 7, "since": "2024-01-02", "until": None}
    assert query.bind({"person_id": "x", "limit": 10**9})["limit"] == library.MAX_LIMIT
    lists = library.get("network_expand").bind({"ids": "a,b", "types": '["HOLDS"]'})
    assert lists["ids"] == ["a", "b"] and lists["types"] == ["HOLDS"]
    assert library.get("chairs_of_body").bind({"body_id": "o", "include_parts": "no"})[
        "include_parts"] is False


def test_header_grammar():
    text = (
        "// name: demo\n"
        "// description: first line\n"
        "//   and its continuation.\n"
        '// param who: string, example "person:1"  -- whose\n'
        '// param kinds: list<string> = ["a","b"]  -- which kinds\n'
        '// param since: date = null, example "2024-01-01"  -- from\n'
        "// param limit: int = 5  -- rows\n"
        "// unbounded: reads every n\n"
        "MATCH (n {id: $who}) WHERE n.kind IN $kinds AND n.date >= $since RETURN n LIMIT $limit\n"
    )
    query = library._parse("demo", text)
    assert query.description == "first line and its continuation."
    who, kinds, since, limit = query.params
    assert who.required and who.example == '"person:1"' and who.description == "whose"
    assert kinds.default == ["a", "b"] and not kinds.required
    assert since.default is None and since.example == '"2024-01-01"'
    assert limit.default == 5 and query.unbounded == "reads every n"
    assert library._parse("demo", text.replace("// unbounded: reads every n\n", "")).unbounded == ""
    with pytest.raises(ValueError, match="header names it"):
        library._parse("other", text)
    with pytest.raises(ValueError, match="bad param line"):
        library._parse("demo", "// name: demo\n// param x: tensor\nRETURN $x LIMIT 1")


# ---------------------------------------------------------------- CLI formatting (no Neo4j)


def test_cli_params_and_formats():
    assert cli_format.parse_params(["a=1", "q=x=y", "e="]) == {"a": "1", "q": "x=y", "e": ""}
    with pytest.raises(library.ParamError, match="NAME=VALUE"):
        cli_format.parse_params(["novalue"])
    rows = [{"name": "周文海", "posts": ["书记", "Governor"], "n": 3},
            {"name": "Lin Qiuyue", "posts": ["Mayor"], "n": None}]
    table = cli_format.render(rows, "table").splitlines()
    # CJK characters take two columns: the second column starts at the same place on every row.
    starts = {cli_format._width(line[: line.index(post)])
              for line, post in zip(table[2:4], ("书记", "Mayor"), strict=True)}
    assert len(starts) == 1 and table[-1] == "(2 rows)"
    parsed = list(csv.DictReader(io.StringIO(cli_format.render(rows, "csv"))))
    assert parsed[0] == {"name": "周文海", "posts": "书记; Governor", "n": "3"}
    assert json.loads(cli_format.render(rows, "json")) == rows
    with pytest.raises(library.ParamError, match="--format"):
        cli_format.render(rows, "xml")
    assert cli_format.render([], "table") == "(no rows)"
    listing = cli_format.describe()
    assert all(name in listing for name in library.names())
    detail = cli_format.describe("post_holders_on")
    assert "date (date, required)" in detail and "--param post_id=" in detail


# ---------------------------------------------------------------- on the invented graph


@pytest.fixture(scope="module")
def db(neo4j_driver):
    with neo4j_driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()
    ed.load_into(neo4j_driver)
    return neo4j_driver


def run(db, name, **params):
    return library.run(db, name, **params)


def test_every_query_runs_with_its_example_parameters(db):
    for name in library.names():
        query = library.get(name)
        rows = run(db, name, **query.example_params())
        assert isinstance(rows, list), name


def _operators(plan) -> set[str]:
    found = {plan["operatorType"].split("@")[0]}
    for child in plan.get("children", []):
        found |= _operators(child)
    return found


def test_queries_start_from_indexes_and_use_no_deprecated_syntax(db):
    for name in library.names():
        query = library.get(name)
        with db.session() as session:
            summary = session.run("EXPLAIN " + query.body,
                                  query.bind(query.example_params())).consume()
        ops = _operators(summary.plan)
        assert summary.query_type == "r", name
        assert "AllNodesScan" not in ops, name
        if name not in UNANCHORED:
            assert ops & {"NodeUniqueIndexSeek", "NodeIndexSeek"}, f"{name}: {sorted(ops)}"
            assert "NodeByLabelScan" not in ops, f"{name} scans a whole label"
        deprecated = [n for n in summary.summary_notifications
                      if n.category == "DEPRECATION"]
        assert not deprecated, f"{name}: {deprecated}"


def test_period_rankings_seek_a_date_range_with_their_defaults(db):
    # Their default period is a range seek on Meeting.date, not every meeting of all time.
    for name in ("most_active_chairs", "most_active_bodies"):
        query = library.get(name)
        with db.session() as session:
            plan = session.run("EXPLAIN " + query.body, query.bind({})).consume().plan
        ops = _operators(plan)
        assert "NodeIndexSeekByRange" in ops and "NodeByLabelScan" not in ops, sorted(ops)


def test_meetings_chaired_by_and_of_person(db):
    chaired = [k for k, v in ed.MEETINGS.items() if ("zhou", "chair") in v[4]]
    rows = run(db, "meetings_chaired_by", person_id=P["zhou"])
    assert {r["id"] for r in rows} == {M[k] for k in chaired}
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True)
    since = run(db, "meetings_chaired_by", person_id=P["zhou"], since="2024-01-01")
    assert {r["id"] for r in since} == {M[k] for k in chaired if ed.MEETINGS[k][1] >= "2024"}
    assert run(db, "meetings_chaired_by", person_id=P["zhou"], limit=1)[0]["id"] == M["plenary"]

    lin = {r["id"]: r["roles"] for r in run(db, "meetings_of_person", person_id=P["lin"])}
    expected = {M[k]: [role] for k, v in ed.MEETINGS.items() for who, role in v[4] if who == "lin"}
    assert lin == expected


def test_chairs_of_a_body_in_a_date_range(db):
    rows = run(db, "chairs_of_body", body_id=B["prov_pc"])
    assert rows[0]["id"] == P["zhou"] and rows[0]["meetings_chaired"] == 3  # with the PSC
    alone = run(db, "chairs_of_body", body_id=B["prov_pc"], include_parts=False)
    assert alone[0]["meetings_chaired"] == 1
    ranged = run(db, "chairs_of_body", body_id=B["prov_psc"], since="2024-01-01",
                 until="2024-12-31")
    assert ranged[0]["meetings_chaired"] == 1 and ranged[0]["first"] == "2024-05-20"
    assert run(db, "chairs_of_body", body_id=B["prov_psc"], until="2022-12-31") == []


def test_participants_with_their_posts_at_the_date(db):
    rows = run(db, "meeting_participants", meeting_id=M["plenary"])
    assert [r["id"] for r in rows][0] == P["zhou"] and rows[0]["roles"] == ["chair"]
    assert {r["id"] for r in rows} == {P[k] for k, _ in ed.MEETINGS["plenary"][4]}
    posts = {r["id"]: r["posts"] for r in rows}
    assert posts[P["zhou"]] == ["Secretary, Lanshan Provincial Party Committee"]  # not Governor
    assert "Governor, Lanshan Provincial People's Government" in posts[P["lin"]]


def test_posts_over_time_and_holders_on_a_date(db):
    rows = run(db, "person_posts", person_id=P["zhou"])
    assert [r["post_id"] for r in rows] == [POST["governor"], POST["prov_secretary"]]
    assert [r["latest"] for r in rows] == [False, True]
    assert rows[1]["sources"] == 1

    def holders(date, tolerance=0):
        return [r["id"] for r in run(db, "post_holders_on", post_id=POST["city_secretary"],
                                     date=date, tolerance_days=tolerance)]

    assert holders("2021-06-01") == [P["xu"]]
    assert holders("2023-01-01") == [P["gao"]]
    assert holders("2022-02-01") == []  # between two observed tenures
    assert holders("2022-02-01", tolerance=100) == [P["xu"], P["gao"]]  # nearer first

    def heads(body, date):
        return [r["id"] for r in run(db, "body_heads_on", body_id=B[body], date=date)]

    assert heads("prov_gov", "2022-06-01") == [P["zhou"]]
    assert heads("prov_gov", "2024-03-01") == [P["lin"]]
    assert heads("prov_pc", "2024-03-01") == [P["zhou"]]  # the deputy does not head it


def test_members_of_a_body_as_of_a_date(db):
    def members(date):
        return {r["id"] for r in run(db, "body_members_on", body_id=B["prov_pc"], date=date)}

    assert members("2024-03-01") == {P["zhou"], P["lin"], P["tang"]}  # Tang via the PSC
    assert P["gao"] in members("2024-07-03")
    assert members("2019-06-01") == set()


def test_coparticipation_network_grows_with_depth_and_respects_dates(db):
    def pairs(**kw):
        rows = run(db, "coparticipation_network", person_id=P["xu"], **kw)
        return {frozenset((r["source_id"], r["target_id"])): r for r in rows}

    # By default the year up to Xu's own last meeting: the 2021 meeting with Gao is left out.
    default = pairs()
    assert default[frozenset((P["xu"], P["gao"]))]["shared"] == 1
    assert {r["period_to"] for r in default.values()} == {ed.MEETINGS["city_convey"][1]}
    one = pairs(depth=1, since="2000-01-01")
    assert set(one) == {frozenset((P["xu"], P["gao"]))}
    assert one[frozenset((P["xu"], P["gao"]))]["shared"] == 2
    two = pairs(depth=2)
    people = set().union(*two)
    assert {P["zhou"], P["lin"], P["tang"]} <= people and P["ouyang"] not in people
    hops = {r["target_id"]: r["target_hop"] for r in two.values()}
    hops |= {r["source_id"]: r["source_hop"] for r in two.values()}
    assert hops[P["xu"]] == 0 and hops[P["gao"]] == 1 and hops[P["zhou"]] == 2
    old = pairs(depth=3, until="2022-01-01")
    assert old[frozenset((P["xu"], P["gao"]))]["shared"] == 1 and len(old) == 1
    assert len(run(db, "coparticipation_network", person_id=P["xu"], depth=2, limit=2)) == 2

    frequent = run(db, "frequent_coparticipants", person_id=P["zhou"])
    assert frequent[0]["id"] == P["lin"] and frequent[0]["shared_meetings"] == 3


def test_meeting_cascade_and_links(db):
    rows = run(db, "meeting_cascade", meeting_id=M["plenary"])
    assert [(r["id"], r["level"]) for r in rows] == [(M["city_convey"], 1),
                                                     (M["county_convey"], 2)]
    assert rows[1]["implements_ids"] == [M["city_convey"]]
    assert [r["id"] for r in run(db, "meeting_cascade", meeting_id=M["plenary"], depth=1)] == [
        M["city_convey"]]
    links = {(r["direction"], r["id"]) for r in run(db, "meeting_links",
                                                     meeting_id=M["city_convey"])}
    assert links == {("implements", M["plenary"]), ("implemented by", M["county_convey"])}


def test_shortest_connection_between_two_officials(db):
    rows = run(db, "shortest_connection", from_id=P["ouyang"], to_id=P["zhou"])
    steps = [r for r in rows if r["chain"] == 0]
    assert steps[0]["id"] == P["ouyang"] and steps[-1]["id"] == P["zhou"]
    assert len(steps) == 5 and steps[-1]["next_via"] is None  # via the cascade of meetings
    assert run(db, "shortest_connection", from_id=P["zhou"], to_id=P["zhou"]) == []


def _chaired(person: str, since: str, until: str = "9999") -> int:
    return sum(1 for _n, day, _l, _o, people, _i in ed.MEETINGS.values()
               if since <= day <= until and (person, "chair") in people)


def test_most_active_chairs_and_bodies(db):
    # Bounded by default: the 365 days up to the newest meeting, not all meetings of all time.
    newest = max(m[1] for m in ed.MEETINGS.values())
    year_before = (date.fromisoformat(newest) - timedelta(days=364)).isoformat()
    chairs = run(db, "most_active_chairs")
    assert chairs[0]["period_from"] == year_before and chairs[0]["period_to"] == newest
    assert chairs[0]["id"] == P["zhou"]
    assert chairs[0]["meetings_chaired"] == _chaired("zhou", year_before) < _chaired("zhou", "")
    ever = run(db, "most_active_chairs", since="1949-10-01")
    assert ever[0]["id"] == P["zhou"] and ever[0]["meetings_chaired"] == _chaired("zhou", "")
    assert P["xu"] in {r["id"] for r in ever} - {r["id"] for r in chairs}  # chaired in 2021
    july = run(db, "most_active_chairs", since="2024-07-01", until="2024-07-31")
    assert {r["id"] for r in july} == {P["gao"], P["ouyang"]}
    bodies = run(db, "most_active_bodies", since="2023-01-01")
    assert bodies[0]["id"] == B["prov_psc"] and bodies[0]["meetings"] == 2
    for row in bodies:  # every ranked body's distinct chairs, counted from the data
        held = [m for m in ed.MEETINGS.values() if m[3] == _body_key(row["id"])
                and m[1] >= "2023-01-01"]
        assert row["chairs"] == len({p for m in held for p, role in m[4] if role == "chair"})


def _body_key(body_id: str) -> str:
    return next(k for k, v in B.items() if v == body_id)


@pytest.mark.parametrize(("typed", "expected"), [
    ("zhou", "zhou"), ("Wenhai", "zhou"), ("wen hai", "zhou"), ("zhouwen", "zhou"),
    ("Zhōu Wénhǎi", "zhou"), ("文海", "zhou"), ("周文", "zhou"), ("qiu", "lin"),
    ("gao desheng", "gao"), ("高德", "gao"), ("ouyanghui", "ouyang"), ("欧阳", "ouyang"),
    ("xu-ming", "xu"), ("HAN xue", "han"),
])
def test_name_search_finds_people_in_every_script(db, typed, expected):
    rows = run(db, "name_search", q=typed)
    assert rows and rows[0]["kind"] == "Person" and rows[0]["id"] == P[expected], rows[:3]


def test_name_search_bodies_meetings_and_odd_input(db):
    bodies = [r for r in run(db, "name_search", q="省委") if r["kind"] == "Organization"]
    assert {r["id"] for r in bodies} >= {B["prov_pc"], B["prov_psc"]}
    meetings = {r["id"] for r in run(db, "name_search", q="plenary") if r["kind"] == "Meeting"}
    assert meetings == {M["plenary"]}
    # Lucene syntax in the input is taken as words, never as operators or an error.
    assert run(db, "name_search", q='zhou AND (x OR "') == []
    assert run(db, "name_search", q="*:*") == []
    assert run(db, "name_search", q="nobody by this name") == []
    assert len(run(db, "name_search", q="lanshan", limit=2)) == 2


def test_detail_queries(db):
    person = run(db, "person_detail", person_id=P["zhou"])[0]
    assert person["chaired"] == 3 and person["tenures"] == 2 and "周文海" in person["names"]
    meeting = run(db, "meeting_detail", meeting_id=M["psc_may"])[0]
    assert meeting["organizer"]["id"] == B["prov_psc"]
    assert meeting["organizer"]["parent_id"] == B["prov_pc"]
    assert [c["id"] for c in meeting["chairs"]] == [P["zhou"]] and meeting["participations"] == 3
    body = run(db, "body_detail", body_id=B["prov_pc"])[0]
    assert [c["id"] for c in body["children"]] == [B["prov_psc"]] and body["parents"] == []
    posts = run(db, "body_posts", body_id=B["prov_gov"])
    assert [r["person_id"] for r in posts] == [P["lin"], P["zhou"]]  # latest holder first
    held = run(db, "body_meetings", body_id=B["prov_pc"])
    assert {r["id"] for r in held} == {M["plenary"], M["psc_may"], M["psc_old"]}
    assert run(db, "person_detail", person_id="person:none") == []


def test_sources_point_into_article_text(db):
    sources = run(db, "person_sources", person_id=P["gao"])
    assert {s["kind"] for s in sources} == {"post", "meeting"}
    texts = {}
    for s in sources:
        if s["article_id"] not in texts:
            texts[s["article_id"]] = run(db, "article", article_id=s["article_id"])[0]["text"]
        assert texts[s["article_id"]][s["start"]:s["end"]] == s["quote"]
    meeting = run(db, "meeting_sources", meeting_id=M["city_convey"])
    assert {s["kind"] for s in meeting} == {"meeting", "participant", "implements"}
    fact = run(db, "fact_sources", fact_id=ed.participation_id("plenary", "zhou"))
    assert len(fact) == 1 and fact[0]["fact"] == "Participation"
    claims = run(db, "article_claims", article_id=ed.ARTICLE["zh_city"])
    art = next(a for a in ed.ARTICLES if a.key == "zh_city")
    assert len(claims) == len(art.claims)
    assert all(art.text[c["start"]:c["end"]] == c["quote"] for c in claims)
    docs = run(db, "articles_by_document", documents=["zh_city.txt", "missing.txt"])
    assert [d["document"] for d in docs] == ["zh_city.txt"] and docs[0]["claims"] == 5


def test_graph_overview_counts(db):
    row = run(db, "graph_overview")[0]
    assert row["people"] == len(ed.PERSONS) and row["meetings"] == len(ed.MEETINGS)
    assert row["bodies"] == len(ed.BODIES) and row["articles"] == len(ed.ARTICLES)


def test_network_expand_filters(db):
    def edges(**kw):
        return {(r["source"]["id"], r["type"], r["target"]["id"])
                for r in run(db, "network_expand", **kw)}

    around = edges(ids=[P["zhou"]])
    assert (P["zhou"], "HOLDS", POST["governor"]) in around
    assert {e[2] for e in around if e[1] == "CHAIRED"} == {M["plenary"], M["psc_may"],
                                                           M["psc_old"]}
    assert {e[1] for e in edges(ids=[P["zhou"]], types=["CHAIRED"])} == {"CHAIRED"}
    recent = edges(ids=[P["zhou"]], since="2024-01-01")
    assert (P["zhou"], "HOLDS", POST["governor"]) not in recent
    assert M["psc_old"] not in {e[2] for e in recent}
    city = edges(ids=[P["gao"]], types=["CHAIRED", "ATTENDED"], body_id=B["city_pc"])
    assert {e[2] for e in city} == {M["city_convey"], M["old_city"]}
    placed = edges(ids=[P["gao"]], types=["CHAIRED", "ATTENDED"], place="Lanshan")
    assert {e[2] for e in placed} == {M["plenary"]}
    by_jurisdiction = edges(ids=[P["gao"]], types=["CHAIRED", "ATTENDED"], place="清水市")
    assert {e[2] for e in by_jurisdiction} == {M["city_convey"], M["old_city"]}
    post_side = edges(ids=[POST["governor"]], types=["HOLDS"])
    assert post_side == {(P["zhou"], "HOLDS", POST["governor"]),
                         (P["lin"], "HOLDS", POST["governor"])}


def test_convene_query_command(db):
    out = cli_format.query_command(db, "meetings_chaired_by", [f"person_id={P['zhou']}"])
    assert "Third Plenary Session" in out and out.endswith("(3 rows)")
    rows = json.loads(cli_format.query_command(
        db, "post_holders_on", [f"post_id={POST['governor']}", "date=2021-01-01"], "json"))
    assert [r["id"] for r in rows] == [P["zhou"]]
    text = cli_format.query_command(db, "name_search", ["q=高德", "limit=1"], "csv")
    assert list(csv.DictReader(io.StringIO(text)))[0]["id"] == P["gao"]
    with pytest.raises(library.UnknownQuery, match="no query named 'meetings'"):
        cli_format.query_command(db, "meetings", [])
    with pytest.raises(library.ParamError, match="needs parameter 'date'"):
        cli_format.query_command(db, "post_holders_on", [f"post_id={POST['governor']}"])
