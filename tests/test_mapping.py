"""Facts -> property-graph rows (ontology/mapping.py), on invented articles."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from convene.ingest.facts import (
    Article,
    Evidence,
    Extraction,
    Implements,
    Meeting,
    Organization,
    Participation,
    Person,
    Post,
    Role,
)
from convene.ontology.mapping import derive, merge_batches, to_batch
from convene.ontology.spec import load_mapping
from convene.ontology.vocab import classify, content_id, pinyin_key

TEXT = (
    "Lanshan, March 2 (Lanshan Daily) On March 1, Secretary Qiao Mingyuan chaired a meeting of "
    'the Standing Committee of the Lanshan Province Party Committee to convey the "spirit" of the '
    "Central Rural Work Conference. Governor Fei Lanzhi attended and spoke.\n(Reporter: Du Wen)"
)


def ev(quote: str, rule: str) -> Evidence:
    start = TEXT.index(quote)
    return Evidence(start=start, end=start + len(quote), quote=quote, rule=rule, confidence=0.8)


def sample(text: str = TEXT, published: str | None = "2024-03-02") -> Extraction:
    """A small invented article with every kind of fact the contract has."""
    committee = "Standing Committee of the Lanshan Province Party Committee"
    return Extraction(
        article=Article(
            document="lanshan.txt", text=text, language="en", title="Standing Committee meets",
            published=published, source="Lanshan Daily", url="https://example.org/lanshan/1",
            jurisdiction="Lanshan Province",
        ),
        persons=(
            Person("Qiao Mingyuan", aliases=("乔明远",), posts=(
                Post("Secretary", "Lanshan Province Party Committee", ev("Secretary", "en.post")),
            )),
            Person("Fei Lanzhi", posts=(Post("Governor", None, ev("Governor", "en.post")),)),
            Person("Du Wen"),
        ),
        organizations=(
            Organization(committee, part_of="Lanshan Province Party Committee"),
            Organization("Lanshan Province Party Committee"),
            Organization("Lanshan Daily"),
        ),
        meetings=(
            Meeting(
                "Meeting of the Standing Committee of the Lanshan Province Party Committee",
                date="2024-03-01", organizer=committee, evidence=ev("chaired a meeting", "en.mtg"),
                participations=(
                    Participation("Qiao Mingyuan", "chair", ev("chaired", "en.chair")),
                    Participation("Fei Lanzhi", "attendee", ev("attended", "en.attend")),
                    Participation("Fei Lanzhi", "speaker", ev("spoke", "en.speak")),
                ),
                implements=(Implements("Central Rural Work Conference", ev("convey", "en.impl")),),
            ),
        ),
        roles=(Role("Du Wen", "reporter"),),
        extractor="convene-test 0",
    )


def rows(batch, label):
    return [n for n in batch.nodes if n.label == label]


def rels(batch, type_):
    return [r for r in batch.rels if r.type == type_]


def test_every_fact_becomes_its_node_with_a_claim():
    b = to_batch(sample())
    labels = Counter(n.label for n in b.nodes)
    assert labels["Article"] == 1
    assert labels["Person"] == 3
    assert labels["Tenure"] == 2 and labels["Post"] == 2
    assert labels["Meeting"] == 2  # the held meeting and the one it implements
    assert labels["Participation"] == 3 and labels["Implementation"] == 1
    # every fact node is asserted by a claim that points to the article
    facts = {(n.label, n.id) for n in b.nodes if n.label in ("Tenure", "Participation",
                                                             "Implementation")}
    asserted = {(r.end_label, r.end) for r in rels(b, "ASSERTS")}
    assert facts <= asserted
    assert {r.end for r in rels(b, "IN_ARTICLE")} == {b.key}
    held = next(n for n in rows(b, "Meeting") if n.props.get("date"))
    assert ("Meeting", held.id) in asserted


def test_claims_carry_quote_offsets_rule_and_version():
    x = sample()
    b = to_batch(x)
    chair = next(n for n in rows(b, "Participation") if n.props["role"] == "chair")
    claim_id = next(r.start for r in rels(b, "ASSERTS") if r.end == chair.id)
    claim = next(n for n in rows(b, "Claim") if n.id == claim_id)
    assert x.article.text[claim.props["start"]:claim.props["end"]] == claim.props["quote"]
    assert claim.props["quote"] == "chaired"
    assert claim.props["rule"] == "en.chair"
    assert claim.props["version"] == "convene-test 0"
    assert claim.props["confidence"] == pytest.approx(0.8)


def test_shortcuts_are_derived_from_fact_nodes():
    b = to_batch(sample())
    person = {n.props["name"]: n.id for n in rows(b, "Person")}
    chaired = rels(b, "CHAIRED")
    assert [(r.start) for r in chaired] == [person["Qiao Mingyuan"]]
    attended = {r.start: r.props["role"] for r in rels(b, "ATTENDED")}
    # Fei Lanzhi attended and spoke: one ATTENDED, with the more prominent role
    assert attended == {person["Qiao Mingyuan"]: "chair", person["Fei Lanzhi"]: "speaker"}
    (impl,) = rels(b, "IMPLEMENTS")
    names = {n.id: n.props["name"] for n in rows(b, "Meeting")}
    assert names[impl.end] == "Central Rural Work Conference"
    # derive() over the non-shortcut rows gives back exactly the shortcuts
    shortcuts = load_mapping().derived_types()
    base = [r for r in b.rels if r.type not in shortcuts]
    again = derive(b.nodes, base)
    key = lambda r: (r.type, r.start, r.end, tuple(sorted(r.props.items())))  # noqa: E731
    assert sorted(map(key, again)) == sorted(key(r) for r in b.rels if r.type in shortcuts)


def test_graph_model_properties():
    b = to_batch(sample())
    qiao = next(n for n in rows(b, "Person") if n.props["name"] == "Qiao Mingyuan")
    assert qiao.props["names"] == ["Qiao Mingyuan", "乔明远"]
    assert qiao.props["name_en"] == "Qiao Mingyuan" and qiao.props["name_zh"] == "乔明远"
    assert qiao.props["pinyin_key"] == "qiaomingyuan" == pinyin_key("乔明远")
    kinds = {n.props["name"]: n.props.get("kind") for n in rows(b, "Organization")}
    assert kinds["Standing Committee of the Lanshan Province Party Committee"] == (
        "party_standing_committee")
    assert kinds["Lanshan Province Party Committee"] == "party_committee"
    assert kinds["Lanshan Daily"] == "news_outlet"
    assert {n.props["role"] for n in rows(b, "Post")} == {"secretary", "governor"}
    tenure = rows(b, "Tenure")[0].props
    assert tenure == {"first_seen": "2024-03-02", "last_seen": "2024-03-02"}
    # the jurisdiction attaches to bodies named after the place, not to the newspaper
    org_names = {n.id: n.props["name"] for n in rows(b, "Organization")}
    governed = {org_names[r.start] for r in rels(b, "JURISDICTION")}
    assert "Lanshan Province Party Committee" in governed and "Lanshan Daily" not in governed
    assert len(rels(b, "REPORTED")) == 1 and len(rels(b, "PART_OF")) == 1


def test_ids_are_content_derived_and_repeatable():
    a, b = to_batch(sample()), to_batch(sample())
    def full(batch):
        return [(n.label, n.id, n.props) for n in batch.nodes]

    assert full(a) == full(b)
    assert a.rels == b.rels
    # spelling noise in a name does not change who it is; a different text is another article
    x = sample()
    noisy = replace(x, persons=(replace(x.persons[2], name="du  WEN"),),
                    roles=(Role("du  WEN", "reporter"),))
    ids = {n.id for n in rows(to_batch(noisy), "Person")}
    assert content_id("Person", "Du Wen") in ids
    assert to_batch(sample(TEXT + " More.")).key != a.key


def test_identity_callbacks_choose_ids():
    b = to_batch(sample(), person_id=lambda p, x: "P:" + p.name,
                 org_id=lambda o, x: "O:" + o.name, meeting_id=lambda m, x: "M:" + m.name)
    assert {n.id for n in rows(b, "Person")} == {"P:Qiao Mingyuan", "P:Fei Lanzhi", "P:Du Wen"}
    assert all(n.id.startswith("O:") for n in rows(b, "Organization"))
    assert all(n.id.startswith("M:") for n in rows(b, "Meeting"))
    assert {r.start for r in rels(b, "CHAIRED")} == {"P:Qiao Mingyuan"}


def test_bad_values_are_refused_or_dropped():
    x = sample(published="2024-03")  # a partial date is not an xsd:date
    b = to_batch(x)
    assert "published" not in rows(b, "Article")[0].props
    # a tenure is then observed on the day of the article's meeting
    assert rows(b, "Tenure")[0].props == {"first_seen": "2024-03-01", "last_seen": "2024-03-01"}
    m = x.meetings[0]
    bad = replace(x, meetings=(replace(m, participations=(Participation("Du Wen", "host"),)),))
    with pytest.raises(ValueError, match="participation role"):
        to_batch(bad)


def test_merge_batches_follows_the_merge_policies():
    early, late = sample(published="2024-01-05"), sample(TEXT + " Later.", "2024-06-30")
    late = replace(late, persons=(replace(late.persons[0], aliases=("Qiao Ming-yuan",)),
                                  *late.persons[1:]))
    merged = merge_batches([to_batch(late), to_batch(early)])
    tenures = {n.id: n.props for n in rows(merged, "Tenure")}
    secretary = tenures[rows(to_batch(early), "Tenure")[0].id]
    assert secretary == {"first_seen": "2024-01-05", "last_seen": "2024-06-30"}
    qiao = next(n for n in rows(merged, "Person") if n.props["name"] == "Qiao Mingyuan")
    assert qiao.props["names"] == ["Qiao Ming-yuan", "Qiao Mingyuan", "乔明远"]
    assert len(rows(merged, "Article")) == 2
    assert len(rels(merged, "CHAIRED")) == 1


@pytest.mark.parametrize(
    ("name", "scheme", "kind"),
    [
        ("Organization Department of the Lanshan Provincial Party Committee", "BodyKinds",
         "department"),
        ("Standing Committee of the Lanshan Provincial People's Congress", "BodyKinds",
         "congress_standing_committee"),
        ("兰山省人民政府", "BodyKinds", "government"),
        ("兰山省委常委会", "BodyKinds", "party_standing_committee"),
        ("Executive Vice Governor", "PostRoles", "deputy_governor"),
        ("副书记", "PostRoles", "deputy_secretary"),
        ("Deputy Secretary-General", "PostRoles", "deputy_secretary_general"),
        ("Chief Gardener", "PostRoles", None),
    ],
)
def test_classification_by_scheme(name, scheme, kind):
    assert classify(name, scheme) == kind


def test_impossible_offsets_are_not_carried_into_the_claim():
    x = sample()
    m = x.meetings[0]
    broken = Evidence(start=40, end=30, quote="", rule="en.broken")
    bad = replace(x, meetings=(replace(m, evidence=broken),))
    claims = [n.props for n in rows(to_batch(bad), "Claim") if n.props.get("rule") == "en.broken"]
    assert claims == [{"version": "convene-test 0", "rule": "en.broken", "confidence": 0.9}]


def test_merge_by_applies_each_policy_and_never_lets_a_null_overwrite():
    from convene.ontology.mapping import merge_by

    policy = {"names": "union", "first_seen": "min", "last_seen": "max"}
    old = {"name": "A", "names": ["b", "d"], "first_seen": "2024-02-01", "last_seen": "2024-02-01"}
    new = {"name": "B", "names": ["d", "a"], "first_seen": "2024-01-01", "last_seen": None,
           "kind": "x"}
    assert merge_by(old, new, policy) == {"name": "A", "names": ["a", "b", "d"], "kind": "x",
                                          "first_seen": "2024-01-01", "last_seen": "2024-02-01"}
    # Neo4j's string order (UTF-16 code units), so the loader's Cypher union agrees with it.
    assert merge_by({"names": ["ｆ"]}, {"names": ["𠀋"]}, policy)["names"] == ["𠀋", "ｆ"]
