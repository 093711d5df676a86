"""Identity resolution over invented articles: who is one person, which bodies and meetings are one.

Pure tests of graph/resolve.py (no Neo4j); the graph round trips are in test_decisions.py,
test_retract.py and test_load_safety.py. Every name and sentence here is invented.
"""

from __future__ import annotations

import random

import pytest

from convene.graph.decisions import MERGE, SPLIT, Decision, constraints
from convene.graph.resolve import Existing, resolve
from convene.graph.resolve_model import KnownPerson, PersonMention, Seen
from convene.graph.resolve_names import name_keys, short_form, thresholds
from convene.ingest.facts import (
    CHAIR,
    Article,
    Extraction,
    Meeting,
    Organization,
    Participation,
    Person,
    Post,
)

HUNAN_GOV = "Hunan Provincial People's Government"
HUNAN_GOV_ZH = "湖南省人民政府"
JIANGXI_PC = "Jiangxi Provincial Party Committee"
NINGBO_GOV = "Ningbo Municipal People's Government"


def article(doc, published="2023-05-01", language="en", jurisdiction=None, **facts) -> Extraction:
    text = f"invented article {doc}"
    return Extraction(Article(doc, text, language, published=published, jurisdiction=jurisdiction),
                      **facts)


def person(name, *posts, aliases=()) -> Person:
    return Person(name, tuple(aliases), tuple(Post(t, o) for t, o in posts))


def ids(res, *refs):
    return [res.persons[r] for r in refs]


def test_name_keys_cover_characters_order_and_hyphens():
    key = "zhoumingyuan"
    assert name_keys("周明远")[0].key == key
    for spelling in ("Zhou Mingyuan", "Mingyuan Zhou", "ZHOU Ming-yuan"):
        assert key in {k.key for k in name_keys(spelling)}
    assert short_form("Secretary Zhou").surname == "zhou"
    assert short_form("周书记").surname == "zhou"
    assert short_form("Zhou Mingyuan") is None


def test_english_and_chinese_forms_of_one_official_are_one_person():
    res = resolve([
        article("a.txt", persons=(person("Zhou Mingyuan", ("Governor", HUNAN_GOV)),)),
        article("b.txt", language="zh", persons=(person("周明远", ("省长", HUNAN_GOV_ZH)),)),
    ])
    a, b = ids(res, ("a.txt", "Zhou Mingyuan"), ("b.txt", "周明远"))
    assert a == b
    why = " ".join(res.evidence[a])
    assert "zhoumingyuan" in why and "湖南省" in why
    assert res.props[a]["name_zh"] == "周明远" and res.props[a]["name_en"] == "Zhou Mingyuan"
    assert len(res.props[a]["mentions"]) == 2


def test_reversed_order_and_hyphenation_meet():
    res = resolve([
        article("a.txt", persons=(person("Zhou Mingyuan", ("Governor", HUNAN_GOV)),)),
        article("b.txt", persons=(person("Mingyuan Zhou", ("Governor", HUNAN_GOV)),)),
        article("c.txt", persons=(person("Zhou Ming-yuan", ("Governor", HUNAN_GOV)),)),
    ])
    assert len(set(ids(res, ("a.txt", "Zhou Mingyuan"), ("b.txt", "Mingyuan Zhou"),
                       ("c.txt", "Zhou Ming-yuan")))) == 1


def test_namesakes_in_different_provinces_at_the_same_time_stay_two():
    res = resolve([
        article("a.txt", persons=(person("Li Jianguo", ("Vice Governor", HUNAN_GOV)),)),
        article("b.txt", published="2023-05-03",
                persons=(person("Li Jianguo", ("Mayor", NINGBO_GOV)),)),
    ])
    a, b = ids(res, ("a.txt", "Li Jianguo"), ("b.txt", "Li Jianguo"))
    assert a != b
    assert res.evidence[a] == () and res.evidence[b] == ()


def test_a_promoted_official_is_one_person_with_two_tenures():
    res = resolve([
        article("a.txt", published="2019-03-01",
                persons=(person("Zhou Mingyuan", ("Governor", HUNAN_GOV)),)),
        article("b.txt", published="2020-07-09",
                persons=(person("Zhou Mingyuan", ("Governor", HUNAN_GOV)),)),
        article("c.txt", published="2022-06-01",
                persons=(person("Zhou Mingyuan", ("Secretary", JIANGXI_PC)),)),
    ])
    pid = res.persons[("a.txt", "Zhou Mingyuan")]
    assert res.persons[("c.txt", "Zhou Mingyuan")] == pid
    assert "transfer" in " ".join(res.evidence[pid])
    spans = sorted((t.title, t.first_seen, t.last_seen) for t in res.tenures if t.person == pid)
    assert spans == [("Governor", "2019-03-01", "2020-07-09"),
                     ("Secretary", "2022-06-01", "2022-06-01")]


def test_same_pinyin_different_characters_stay_two():
    res = resolve([
        article("a.txt", language="zh", persons=(person("王浩", ("省长", HUNAN_GOV_ZH)),)),
        article("b.txt", language="zh", persons=(person("汪浩", ("省长", HUNAN_GOV_ZH)),)),
    ])
    assert len(set(ids(res, ("a.txt", "王浩"), ("b.txt", "汪浩")))) == 2


def test_common_short_name_needs_support_beyond_the_name():
    bare = resolve([article("a.txt", persons=(person("Li Han"),)),
                    article("b.txt", persons=(person("Li Han"),))])
    assert len(set(ids(bare, ("a.txt", "Li Han"), ("b.txt", "Li Han")))) == 2
    same_place = resolve([article("a.txt", jurisdiction="Hunan", persons=(person("Li Han"),)),
                          article("b.txt", jurisdiction="Hunan", persons=(person("Li Han"),))])
    assert len(set(ids(same_place, ("a.txt", "Li Han"), ("b.txt", "Li Han")))) == 1


def test_minority_name_meets_its_characters_only_through_an_alias():
    xinjiang_gov = "Xinjiang Uygur Autonomous Region People's Government"
    en = person("Aybek Tursun", ("Vice Chairman", xinjiang_gov))
    zh = article("b.txt", language="zh", persons=(person("艾拜克·吐尔逊"),))
    apart = resolve([article("a.txt", persons=(en,)), zh])
    assert len(set(ids(apart, ("a.txt", "Aybek Tursun"), ("b.txt", "艾拜克·吐尔逊")))) == 2
    aliased = Person(en.name, ("艾拜克·吐尔逊",), en.posts)
    joined = resolve([article("a.txt", persons=(aliased,)), zh])
    pid = joined.persons[("a.txt", "Aybek Tursun")]
    assert joined.persons[("b.txt", "艾拜克·吐尔逊")] == pid
    assert "alias" in " ".join(joined.evidence[pid])


def test_surname_and_title_fold_only_when_one_candidate_fits():
    full = article("a.txt", persons=(
        person("Zhou Mingyuan", ("Secretary", JIANGXI_PC)),
        person("Wang Dehai", ("Governor", "Jiangxi Provincial People's Government")),
    ))
    short = article("b.txt", jurisdiction="Jiangxi",
                    persons=(person("Secretary Zhou", ("Secretary", JIANGXI_PC)),))
    res = resolve([full, short])
    assert res.persons[("b.txt", "Secretary Zhou")] == res.persons[("a.txt", "Zhou Mingyuan")]
    assert "surname" in " ".join(res.evidence[res.persons[("a.txt", "Zhou Mingyuan")]])
    rival = article("c.txt", published="2023-05-02",
                    persons=(person("Zhou Jianhua", ("Secretary", JIANGXI_PC)),))
    res2 = resolve([full, short, rival])
    assert res2.persons[("b.txt", "Secretary Zhou")] not in {
        res2.persons[("a.txt", "Zhou Mingyuan")], res2.persons[("c.txt", "Zhou Jianhua")]}


def test_analyst_decisions_override_the_rule():
    a = article("a.txt", persons=(person("Li Jianguo", ("Vice Governor", HUNAN_GOV)),))
    b = article("b.txt", published="2023-05-03",
                persons=(person("Li Jianguo", ("Mayor", NINGBO_GOV)),))
    merge = Decision("d1", MERGE, ("a.txt\tLi Jianguo",), ("b.txt\tLi Jianguo",), "same man", "1")
    res = resolve([a, b], decisions=[merge])
    pid = res.persons[("a.txt", "Li Jianguo")]
    assert res.persons[("b.txt", "Li Jianguo")] == pid
    assert any("analyst merge" in e and "same man" in e for e in res.evidence[pid])
    split = Decision("d2", SPLIT, ("b.txt\tLi Jianguo",), ("a.txt\tLi Jianguo",), "no", "2")
    res2 = resolve([a, b], decisions=[merge, split])
    assert res2.persons[("a.txt", "Li Jianguo")] != res2.persons[("b.txt", "Li Jianguo")]


def test_constraints_apply_decisions_in_time_order():
    split = Decision("s", SPLIT, ("x\tA",), ("y\tA",), "", "1")
    merge = Decision("m", MERGE, ("x\tA",), ("y\tA",), "", "2")
    must, cannot = constraints([merge, split])
    assert cannot == set() and len(must) == 1
    must, cannot = constraints([split, Decision("m", MERGE, ("x\tA",), ("y\tA",), "", "0")])
    assert must == [] and cannot == {frozenset({("x", "A"), ("y", "A")})}


def test_new_mentions_join_a_person_already_in_the_graph():
    known = KnownPerson(
        "person-in-graph",
        (PersonMention("old.txt", "Zhou Mingyuan", ("周明远",), (), "2023-01-01"),),
        ("Zhou Mingyuan", "周明远"),
        (Seen("Governor", "org-x", frozenset({"湖南省"}), "2023-01-01"),),
    )
    res = resolve([article("new.txt", language="zh",
                           persons=(person("周明远", ("省长", HUNAN_GOV_ZH)),))],
                  existing=Existing(persons=(known,)))
    assert res.persons[("new.txt", "周明远")] == "person-in-graph"
    props = res.props["person-in-graph"]
    assert {"old.txt\tZhou Mingyuan\t周明远", "new.txt\t周明远"} <= set(props["mentions"])
    again = resolve([article("old.txt", persons=(person("Zhou Mingyuan", aliases=("周明远",)),))],
                    existing=Existing(persons=(known,)))
    assert again.persons[("old.txt", "Zhou Mingyuan")] == "person-in-graph"
    assert again.evidence["person-in-graph"] == ()


def test_resolution_does_not_depend_on_article_order():
    xs = [
        article(f"{i}.txt", published=f"2023-0{1 + i % 5}-01",
                persons=(person("Zhou Mingyuan", ("Governor", HUNAN_GOV)), person("Li Han")))
        for i in range(6)
    ]
    first = resolve(xs).persons
    random.Random(7).shuffle(xs)
    assert resolve(xs).persons == first


def test_bodies_merge_on_aliases_and_link_two_nameplates():
    x = article("a.txt", organizations=(
        Organization("Hunan Provincial Party Committee", ("CPC Hunan Provincial Committee",)),
        Organization("National Archives Administration", ("Central Archives",)),
        Organization("Central Archives"),
    ))
    y = article("b.txt", organizations=(Organization("CPC Hunan Provincial Committee"),))
    res = resolve([x, y])
    assert res.org_id("a.txt", "Hunan Provincial Party Committee") == res.org_id(
        "b.txt", "CPC Hunan Provincial Committee")
    admin = res.org_id("a.txt", "National Archives Administration")
    archives = res.org_id("a.txt", "Central Archives")
    assert admin != archives
    assert (admin, archives) in res.nameplates or (archives, admin) in res.nameplates


def test_a_body_named_without_its_place_stays_in_its_province():
    def x(doc, place, body):
        return article(doc, jurisdiction=place,
                       organizations=(Organization(body, ("the Provincial Party Committee",)),))

    res = resolve([x("a.txt", "Hubei", "Hubei Provincial Party Committee"),
                   x("b.txt", "Hunan", "Hunan Provincial Party Committee"),
                   x("c.txt", "Hunan", "Party Committee of Hunan Province"),
                   article("d.txt", jurisdiction="Hunan",
                           organizations=(Organization("the Provincial Party Committee"),))])
    hubei, hunan, hunan2, bare = (res.org_id(d, n) for d, n in (
        ("a.txt", "Hubei Provincial Party Committee"),
        ("b.txt", "Hunan Provincial Party Committee"),
        ("c.txt", "Party Committee of Hunan Province"),
        ("d.txt", "the Provincial Party Committee"),
    ))
    assert hubei != hunan and hunan == bare
    assert hunan2 != hubei


def test_a_meeting_reported_by_two_articles_is_one():
    org = "Standing Committee of the Hunan Provincial Party Committee"

    def report(doc, name, day):
        m = Meeting(name, date=day, organizer=org,
                    participations=(Participation("Zhou Mingyuan", CHAIR),))
        return article(doc, published=day, meetings=(m,),
                       organizations=(Organization(org),),
                       persons=(person("Zhou Mingyuan"),))

    res = resolve([
        report("a.txt", "Meeting of the Standing Committee", "2023-05-01"),
        report("b.txt", "Standing Committee meeting on the economy", "2023-05-01"),
        report("c.txt", "Meeting of the Standing Committee", "2023-06-01"),
    ])
    a, b, c = (res.meeting_id(d, n) for d, n in (
        ("a.txt", "Meeting of the Standing Committee"),
        ("b.txt", "Standing Committee meeting on the economy"),
        ("c.txt", "Meeting of the Standing Committee")))
    assert a == b != c
    assert res.props[a]["documents"] == ["a.txt", "b.txt"]
    assert res.evidence[a]


def test_thresholds_are_data():
    cfg = thresholds()
    assert 0 < cfg["person"]["merge_at"] <= cfg["person"]["name_long"]
    assert cfg["person"]["name_short"] < cfg["person"]["merge_at"]


@pytest.mark.neo4j
def test_resolution_against_the_graph_across_batches(empty_db):
    from convene.graph.resolve_graph import load_resolved

    jiangxi_gov = "Jiangxi Provincial People's Government"
    load_resolved(empty_db, [
        article("a.txt", published="2019-03-01",
                persons=(person("Zhou Mingyuan", ("Governor", HUNAN_GOV)),)),
        article("b.txt", persons=(person("Li Jianguo", ("Vice Governor", HUNAN_GOV)),)),
    ])
    load_resolved(empty_db, [  # a later batch, resolved against what the graph holds
        article("c.txt", language="zh", published="2019-04-02",
                persons=(person("周明远", ("省长", HUNAN_GOV_ZH)),)),
        article("d.txt", published="2022-06-01", jurisdiction="Jiangxi",
                persons=(person("Zhou Mingyuan", ("Secretary", JIANGXI_PC)),
                         person("Wang Dehai", ("Governor", jiangxi_gov)))),
        article("e.txt", published="2023-05-03",
                persons=(person("Li Jianguo", ("Mayor", NINGBO_GOV)),)),
    ])
    short = person("Secretary Zhou", ("Secretary", JIANGXI_PC))
    load_resolved(empty_db, [article("f.txt", published="2022-07-01", jurisdiction="Jiangxi",
                                     persons=(short,))])
    with empty_db.session() as s:
        rows = s.run("MATCH (p:Person) OPTIONAL MATCH (p)-[:HOLDS]->(t)-[:OF_POST]->(q) "
                     "RETURN p.id AS id, p.name AS name, size(p.mentions) AS n, "
                     "p.merged_because AS why, "
                     "collect([q.title, t.first_seen, t.last_seen]) AS tenures").data()
    by = {}
    for r in rows:
        by.setdefault(r["name"], []).append(r)
    (zhou,) = by["Zhou Mingyuan"]  # English, Chinese, promoted, and "Secretary Zhou": one node
    assert zhou["n"] == 4 and len(zhou["why"]) == 3
    assert sorted(map(tuple, zhou["tenures"])) == [
        ("Governor", "2019-03-01", "2019-03-01"), ("Secretary", "2022-06-01", "2022-07-01"),
        ("省长", "2019-04-02", "2019-04-02")]
    assert len(by["Li Jianguo"]) == 2  # namesakes in two provinces at the same time
