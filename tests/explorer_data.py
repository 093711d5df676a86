"""A small invented graph for the query and app tests, built as GraphBatch rows by hand.

A fictional province (Lanshan / 岚山), its party committee and standing committee, a city and a
county below it, six officials with posts over time, and a cascade of meetings conveying a
provincial plenary down to the county. English and Chinese articles carry every fact's quote.
Nothing here comes from the shared corpus.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from convene.ontology.batch import GraphBatch, NodeRow, RelRow


def make_id(kind: str, *parts: str) -> str:
    return f"{kind}:{hashlib.sha1('|'.join(parts).encode()).hexdigest()[:16]}"


# ---------------------------------------------------------------- people and bodies

PERSONS = {
    # key: (name, names, name_en, name_zh, pinyin_key)
    "zhou": ("Zhou Wenhai", ["Zhou Wenhai", "周文海"], "Zhou Wenhai", "周文海", "zhouwenhai"),
    "lin": ("Lin Qiuyue", ["Lin Qiuyue", "林秋月"], "Lin Qiuyue", "林秋月", "linqiuyue"),
    "gao": ("高德胜", ["高德胜", "Gao Desheng"], "Gao Desheng", "高德胜", "gaodesheng"),
    "xu": ("Xu Mingliang", ["Xu Mingliang", "许明亮"], "Xu Mingliang", "许明亮", "xumingliang"),
    "ouyang": ("欧阳辉", ["欧阳辉"], None, "欧阳辉", "ouyanghui"),
    "tang": ("Tang Lei", ["Tang Lei"], "Tang Lei", None, "tanglei"),
    "han": ("韩雪梅", ["韩雪梅"], None, "韩雪梅", "hanxuemei"),  # no meetings with the others
}
PERSON = {key: make_id("person", v[4]) for key, v in PERSONS.items()}

BODIES = {
    # key: (name, aliases, kind, part_of, place)
    "prov_pc": ("Lanshan Provincial Party Committee", ["岚山省委", "中共岚山省委员会"],
                "party_committee", None, "lanshan"),
    "prov_psc": ("Standing Committee of the Lanshan Provincial Party Committee", ["岚山省委常委会"],
                 "standing_committee", "prov_pc", "lanshan"),
    "prov_gov": ("Lanshan Provincial People's Government", ["岚山省人民政府", "省政府"],
                 "government", None, "lanshan"),
    "city_pc": ("Qingshui Municipal Party Committee", ["清水市委"], "party_committee", None,
                "qingshui"),
    "county_pc": ("白云县委", ["Baiyun County Party Committee"], "party_committee", None, "baiyun"),
}
BODY = {key: make_id("org", v[0]) for key, v in BODIES.items()}
PLACES = {"lanshan": ("Lanshan", "岚山省"), "qingshui": ("Qingshui", "清水市"),
          "baiyun": ("Baiyun", "白云县")}
PLACE = {key: make_id("place", v[0]) for key, v in PLACES.items()}

POSTS = {
    # key: (title, role, body)
    "prov_secretary": ("Secretary", "secretary", "prov_pc"),
    "prov_deputy": ("Deputy Secretary", "deputy_secretary", "prov_pc"),
    "governor": ("Governor", "governor", "prov_gov"),
    "psc_member": ("Member of the Standing Committee", "standing_committee_member", "prov_psc"),
    "city_secretary": ("Secretary", "secretary", "city_pc"),
    "county_secretary": ("书记", "secretary", "county_pc"),
}
POST = {key: make_id("post", v[0], BODIES[v[2]][0]) for key, v in POSTS.items()}

TENURES = [
    # (person, post, first_seen, last_seen)
    ("zhou", "governor", "2020-03-02", "2022-11-30"),
    ("zhou", "prov_secretary", "2023-01-10", "2024-06-28"),
    ("lin", "prov_deputy", "2023-01-10", "2024-06-28"),
    ("lin", "governor", "2023-02-01", "2024-06-28"),
    ("tang", "psc_member", "2023-01-10", "2024-06-28"),
    ("gao", "city_secretary", "2022-05-01", "2024-07-03"),
    ("gao", "psc_member", "2024-07-03", "2024-07-03"),
    ("xu", "city_secretary", "2019-01-01", "2021-12-31"),
    ("ouyang", "county_secretary", "2023-06-01", "2024-07-15"),
    ("han", "county_secretary", "2020-01-01", "2021-06-30"),
]
TENURE = {(p, post, f): make_id("tenure", p, post, f) for p, post, f, _ in TENURES}

# ---------------------------------------------------------------- meetings

MEETINGS = {
    # key: (name, date, location, organizer, [(person, role)], implements)
    "plenary": ("Third Plenary Session of the Lanshan Provincial Party Committee", "2024-06-28",
                "Lanshan", "prov_pc",
                [("zhou", "chair"), ("lin", "attendee"), ("tang", "attendee"),
                 ("gao", "attendee")], []),
    "psc_may": ("Standing Committee meeting of the Lanshan Provincial Party Committee",
                "2024-05-20", "Lanshan", "prov_psc",
                [("zhou", "chair"), ("lin", "speaker"), ("tang", "attendee")], []),
    "psc_old": ("Standing Committee meeting of the Lanshan Provincial Party Committee",
                "2023-03-14", "Lanshan", "prov_psc",
                [("zhou", "chair"), ("lin", "attendee")], []),
    "gov_exec": ("Executive meeting of the Lanshan Provincial People's Government", "2024-04-02",
                 "Lanshan", "prov_gov", [("lin", "chair"), ("tang", "nonvoting")], []),
    "city_convey": ("清水市委常委会会议", "2024-07-03", "清水", "city_pc",
                    [("gao", "chair"), ("xu", "attendee")], ["plenary"]),
    "county_convey": ("白云县委常委会会议", "2024-07-15", "白云", "county_pc",
                      [("ouyang", "chair")], ["city_convey"]),
    "old_city": ("Qingshui Municipal Party Committee work conference", "2021-03-01", "Qingshui",
                 "city_pc", [("xu", "chair"), ("gao", "attendee")], []),
}
MEETING = {key: make_id("meeting", v[0], v[1]) for key, v in MEETINGS.items()}


# ---------------------------------------------------------------- articles (invented text)

@dataclass
class ArticleText:
    key: str
    title: str
    language: str
    published: str
    text: str
    claims: list[tuple[str, str, str]] = field(default_factory=list)  # (fact kind, fact key, quote)


ARTICLES = [
    ArticleText(
        "en_plenary", "Lanshan party committee holds plenary session", "en", "2024-06-29",
        "The Third Plenary Session of the Lanshan Provincial Party Committee was held on June 28. "
        "Zhou Wenhai, Secretary of the Provincial Party Committee, presided over the session. "
        "Lin Qiuyue, Deputy Secretary and Governor, Tang Lei and Gao Desheng attended.",
        [("meeting", "plenary", "The Third Plenary Session of the Lanshan Provincial Party "
                                "Committee was held on June 28"),
         ("participation", ("plenary", "zhou"), "Zhou Wenhai, Secretary of the Provincial Party "
                                               "Committee, presided over the session"),
         ("participation", ("plenary", "lin"), "Lin Qiuyue, Deputy Secretary and Governor"),
         ("participation", ("plenary", "tang"), "Tang Lei"),
         ("participation", ("plenary", "gao"), "Gao Desheng attended"),
         ("tenure", ("zhou", "prov_secretary", "2023-01-10"),
          "Zhou Wenhai, Secretary of the Provincial Party Committee"),
         ("tenure", ("lin", "governor", "2023-02-01"), "Deputy Secretary and Governor")],
    ),
    ArticleText(
        "en_psc", "Standing Committee discusses flood control", "en", "2024-05-21",
        "Zhou Wenhai chaired a meeting of the Standing Committee of the Lanshan Provincial Party "
        "Committee on May 20 on flood control. Lin Qiuyue spoke at the meeting.",
        [("meeting", "psc_may", "meeting of the Standing Committee of the Lanshan Provincial "
                                "Party Committee on May 20"),
         ("participation", ("psc_may", "zhou"), "Zhou Wenhai chaired a meeting"),
         ("participation", ("psc_may", "lin"), "Lin Qiuyue spoke at the meeting")],
    ),
    ArticleText(
        "zh_city", "清水市委常委会传达全会精神", "zh", "2024-07-04",
        "7月3日，市委书记高德胜主持召开市委常委会会议，传达学习省委三中全会精神。许明亮出席会议。",
        [("meeting", "city_convey", "市委常委会会议"),
         ("participation", ("city_convey", "gao"), "市委书记高德胜主持召开市委常委会会议"),
         ("participation", ("city_convey", "xu"), "许明亮出席会议"),
         ("implementation", ("city_convey", "plenary"), "传达学习省委三中全会精神"),
         ("tenure", ("gao", "city_secretary", "2022-05-01"), "市委书记高德胜")],
    ),
    ArticleText(
        "zh_county", "白云县委常委会会议召开", "zh", "2024-07-16",
        "7月15日，县委书记欧阳辉主持召开县委常委会会议，传达市委常委会会议精神。",
        [("participation", ("county_convey", "ouyang"), "县委书记欧阳辉主持召开县委常委会会议"),
         ("implementation", ("county_convey", "city_convey"), "传达市委常委会会议精神"),
         ("tenure", ("ouyang", "county_secretary", "2023-06-01"), "县委书记欧阳辉")],
    ),
]
ARTICLE = {a.key: make_id("article", a.key) for a in ARTICLES}


def participation_id(meeting: str, person: str) -> str:
    return make_id("participation", meeting, person)


def implementation_id(later: str, earlier: str) -> str:
    return make_id("implementation", later, earlier)


def _fact_id(kind: str, key) -> tuple[str, str]:
    if kind == "meeting":
        return "Meeting", MEETING[key]
    if kind == "participation":
        return "Participation", participation_id(*key)
    if kind == "implementation":
        return "Implementation", implementation_id(*key)
    return "Tenure", TENURE[key]


def batches() -> list[GraphBatch]:
    """The whole invented graph: one batch of entities and one per article."""
    nodes: list[NodeRow] = []
    rels: list[RelRow] = []

    def rel(t, sl, s, el, e, **props):
        rels.append(RelRow(t, sl, s, el, e, props))

    for key, (name, zh) in PLACES.items():
        nodes.append(NodeRow("Place", PLACE[key], {"name": name, "name_zh": zh}))
    for key, (name, aliases, kind, parent, place) in BODIES.items():
        nodes.append(NodeRow("Organization", BODY[key],
                             {"name": name, "aliases": aliases, "kind": kind}))
        if parent:
            rel("PART_OF", "Organization", BODY[key], "Organization", BODY[parent])
        rel("JURISDICTION", "Organization", BODY[key], "Place", PLACE[place])
    for key, (name, names, en, zh, pinyin) in PERSONS.items():
        props = {"name": name, "names": names, "pinyin_key": pinyin}
        props |= {k: v for k, v in (("name_en", en), ("name_zh", zh)) if v}
        nodes.append(NodeRow("Person", PERSON[key], props))
    for key, (title, role, body) in POSTS.items():
        nodes.append(NodeRow("Post", POST[key], {"title": title, "role": role}))
        rel("POST_IN", "Post", POST[key], "Organization", BODY[body])
    for person, post, first, last in TENURES:
        tid = TENURE[(person, post, first)]
        nodes.append(NodeRow("Tenure", tid, {"first_seen": first, "last_seen": last}))
        rel("HOLDS", "Person", PERSON[person], "Tenure", tid)
        rel("OF_POST", "Tenure", tid, "Post", POST[post])
    for key, (name, day, location, organizer, people, implements) in MEETINGS.items():
        mid = MEETING[key]
        nodes.append(NodeRow("Meeting", mid, {"name": name, "date": day, "location": location}))
        rel("ORGANIZED_BY", "Meeting", mid, "Organization", BODY[organizer])
        for person, role in people:
            pid = participation_id(key, person)
            nodes.append(NodeRow("Participation", pid, {"role": role}))
            rel("TOOK_PART", "Person", PERSON[person], "Participation", pid)
            rel("IN_MEETING", "Participation", pid, "Meeting", mid)
            if role == "chair":
                rel("CHAIRED", "Person", PERSON[person], "Meeting", mid)
            else:
                rel("ATTENDED", "Person", PERSON[person], "Meeting", mid, role=role)
        for earlier in implements:
            iid = implementation_id(key, earlier)
            nodes.append(NodeRow("Implementation", iid, {}))
            rel("BY", "Implementation", iid, "Meeting", mid)
            rel("OF", "Implementation", iid, "Meeting", MEETING[earlier])
            rel("IMPLEMENTS", "Meeting", mid, "Meeting", MEETING[earlier])
    out = [GraphBatch("entities", tuple(nodes), tuple(rels))]

    for art in ARTICLES:
        aid = ARTICLE[art.key]
        anodes = [NodeRow("Article", aid, {
            "document": f"{art.key}.txt", "title": art.title, "published": art.published,
            "language": art.language, "source": "Lanshan Daily", "url": None, "text": art.text})]
        arels: list[RelRow] = []
        for kind, key, quote in art.claims:
            start = art.text.index(quote)
            label, fact = _fact_id(kind, key)
            cid = make_id("claim", aid, fact, quote)
            anodes.append(NodeRow("Claim", cid, {
                "quote": quote, "start": start, "end": start + len(quote),
                "rule": f"test.{kind}", "version": "test", "confidence": 0.9}))
            arels.append(RelRow("ASSERTS", "Claim", cid, label, fact))
            arels.append(RelRow("IN_ARTICLE", "Claim", cid, "Article", aid))
        out.append(GraphBatch(aid, tuple(anodes), tuple(arels)))
    return out


def load_into(driver) -> None:
    from convene.graph.load import load

    load(driver, batches())
    with driver.session() as session:  # the full-text index is eventually consistent
        session.run("CALL db.awaitIndexes(60)").consume()
        session.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume()
