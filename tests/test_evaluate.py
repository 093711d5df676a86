"""The evaluator follows GOLD.md's scoring rules; gold.py writes that format."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS

from convene.ingest.evaluate import (
    KINDS,
    bcubed,
    content_tokens,
    identity_check,
    jaccard,
    main,
    normalise,
    score,
)
from convene.ingest.facts import (
    CHAIR,
    Article,
    Extraction,
    Implements,
    Meeting,
    Organization,
    Participation,
    Person,
    Post,
    Role,
)
from convene.ingest.gold import gold_filename, to_gold, write_gold


def doc(language: str = "en", **parts) -> dict:
    return {"document": "x.txt", "language": language, **parts}


def person(name: str, *aliases: str, posts=()) -> dict:
    return {"name": name, "aliases": list(aliases), "posts": [
        {"title": t, "organization": o} for t, o in posts
    ]}  # fmt: skip


def org(name: str, *aliases: str) -> dict:
    return {"name": name, "aliases": list(aliases), "part_of": None}


def meeting(date, chairs=(), participants=(), implements=(), name="Some Meeting") -> dict:
    return {
        "name": name, "aliases": [], "date": date, "end_date": None, "location": None,
        "organizer": None, "chaired_by": list(chairs), "participants": list(participants),
        "implements": list(implements),
    }  # fmt: skip


def counts(gold: dict, pred: dict, kind: str, scope: str = "all") -> tuple[int, int, int]:
    c = score([(gold, pred)]).get(kind, scope)
    return c.tp, c.fp, c.fn


def test_normalise_folds_case_width_whitespace_and_punctuation():
    assert normalise("  Ma\u3000Xing-rui. ") == "ma xing rui"
    assert normalise("ＡＢＣ Bureau") == "abc bureau"
    assert normalise("Hu-Lan’s  (Office)") == "hu lan s office"


def test_content_tokens_drop_english_stop_words_and_chinese_de():
    assert content_tokens("The Bureau of the Water Affairs") == {"bureau": 1, "water": 1,
                                                                  "affairs": 1}  # fmt: skip
    assert content_tokens("青山县的水务局") == content_tokens("青山县水务局")
    assert set(content_tokens("水务局")) == {"水务", "务局"}


def test_person_names_match_after_normalisation_and_through_aliases_either_way():
    gold = doc(persons=[person("Li Ming", "李明"), person("Zhao Fen")])
    pred = doc(persons=[person("li  ming."), person("赵芬", "Zhao Fen")])
    assert counts(gold, pred, "person") == (2, 0, 0)
    pred = doc(persons=[person("李明")])
    assert counts(gold, pred, "person") == (1, 0, 1)


def test_person_names_do_not_match_by_jaccard():
    gold = doc(persons=[person("Li Ming Hua Xu Tao")])
    pred = doc(persons=[person("Li Ming Hua Xu")])
    assert counts(gold, pred, "person") == (0, 1, 1)


@pytest.mark.parametrize(
    ("gold_name", "pred_name", "matches"),
    [
        ("alpha beta gamma delta", "alpha beta gamma delta epsilon", True),  # 4/5 = 0.8
        ("alpha beta gamma delta epsilon", "alpha beta gamma delta", True),  # other side
        ("alpha beta gamma", "alpha beta gamma delta", False),  # 3/4
        ("alpha beta gamma delta", "alpha beta gamma", False),
        ("Water Bureau of the City", "City Water Bureau", True),  # stop words only differ
    ],
)
def test_organization_jaccard_threshold_on_both_sides(gold_name, pred_name, matches):
    gold = doc(organizations=[org(gold_name)])
    pred = doc(organizations=[org(pred_name)])
    assert counts(gold, pred, "organization") == ((1, 0, 0) if matches else (0, 1, 1))


def test_bags_count_repeated_tokens():
    # A standing committee is not its parent committee, though the word sets are near.
    assert jaccard("Standing Committee of the Lake Party Committee", "Lake Party Committee") < 0.8


def test_chinese_organizations_match_by_bigrams_with_de_removed():
    gold = doc("zh", organizations=[org("青山县人民政府办公室")])
    assert counts(gold, doc("zh", organizations=[org("青山县的人民政府办公室")]),
                  "organization") == (1, 0, 0)  # fmt: skip
    assert counts(gold, doc("zh", organizations=[org("青山县林业局")]),
                  "organization") == (0, 1, 1)  # fmt: skip


def test_organization_aliases_match():
    gold = doc(organizations=[org("Riverside County Party Committee", "County Committee")])
    pred = doc(organizations=[org("County Committee")])
    assert counts(gold, pred, "organization") == (1, 0, 0)


def test_posts_match_by_title_or_by_the_title_organization_string():
    gold = doc(persons=[person("Li Ming", posts=[("Director", "Riverside Water Bureau")])])
    same_title_other_org = doc(persons=[person("Li Ming", posts=[("Director", "Hill Office")])])
    assert counts(gold, same_title_other_org, "post") == (1, 0, 0)
    assert counts(gold, same_title_other_org, "post_org") == (0, 1, 1)
    joined = doc(persons=[person("Li Ming", posts=[("Director of the Riverside Water Bureau",
                                                    None)])])  # fmt: skip
    assert counts(gold, joined, "post") == (1, 0, 0)
    assert counts(gold, joined, "post_org") == (1, 0, 0)
    other_person = doc(persons=[person("Wu Jun", posts=[("Director", "Riverside Water Bureau")])])
    assert counts(gold, other_person, "post") == (0, 1, 1)


def test_post_organization_matches_through_organization_aliases_and_nulls():
    gold = doc(
        persons=[person("Li Ming", posts=[("Secretary", "Riverside County Party Committee"),
                                          ("Adviser", None)])],
        organizations=[org("Riverside County Party Committee", "County Committee")],
    )  # fmt: skip
    pred = doc(persons=[person("Li Ming", posts=[("Secretary", "County Committee"),
                                                 ("Adviser", None)])])  # fmt: skip
    assert counts(gold, pred, "post_org") == (2, 0, 0)


def test_null_dates_are_equal_and_dates_must_match():
    gold = doc(
        persons=[person("Li Ming")],
        meetings=[meeting(None, chairs=["Li Ming"], participants=["Li Ming"])],
    )
    pred_same = doc(
        persons=[person("Li Ming")],
        meetings=[meeting(None, chairs=["Li Ming"], participants=["Li Ming"])],
    )
    pred_dated = doc(
        persons=[person("Li Ming")], meetings=[meeting("2030-01-02", chairs=["Li Ming"])]
    )
    for kind in ("meeting", "chair", "participant"):
        assert counts(gold, pred_same, kind) == (1, 0, 0)
    assert counts(gold, pred_dated, "meeting") == (0, 1, 1)
    assert counts(gold, pred_dated, "chair") == (0, 1, 1)


def test_two_meetings_on_one_day_are_two_facts():
    gold = doc(meetings=[meeting("2030-05-01"), meeting("2030-05-01", name="Other")])
    assert counts(gold, doc(meetings=[meeting("2030-05-01")]), "meeting") == (1, 0, 1)


def test_implements_needs_date_and_meeting_name_with_aliases():
    gold = doc(meetings=[
        meeting("2030-03-03", implements=["Third Plenary Session of the Ninth Committee"]),
        {**meeting("2030-01-01", name="Third Plenary Session of the Ninth Committee"),
         "aliases": ["the plenum"]},
    ])  # fmt: skip
    pred = doc(meetings=[meeting("2030-03-03", implements=["The Plenum"])])
    assert counts(gold, pred, "implements") == (1, 0, 0)
    wrong_day = doc(meetings=[meeting("2030-03-04", implements=["The Plenum"])])
    assert counts(gold, wrong_day, "implements") == (0, 1, 1)


def test_each_gold_tuple_is_matched_once_and_duplicates_are_false_positives():
    gold = doc(persons=[person("Li Ming", "李明")])
    pred = doc(persons=[person("Li Ming"), person("李明")])
    assert counts(gold, pred, "person") == (1, 1, 0)
    pred = doc(persons=[person("Li Ming"), person("Li Ming")])
    assert counts(gold, pred, "person") == (1, 1, 0)


def test_matching_is_maximal_not_greedy_and_order_free():
    gold = doc(organizations=[org("alpha beta gamma delta epsilon"),
                              org("alpha beta gamma delta zeta")])  # fmt: skip
    # The first prediction fits both gold names, the second only the first gold name.
    preds = [org("alpha beta gamma delta"), org("alpha beta gamma delta epsilon")]
    assert counts(gold, doc(organizations=preds), "organization") == (2, 0, 0)
    assert counts(gold, doc(organizations=preds[::-1]), "organization") == (2, 0, 0)


def test_roles_need_person_and_role():
    gold = doc(persons=[person("Li Ming", "李明")], roles=[{"person": "Li Ming", "role": "editor"}])
    assert counts(gold, doc(roles=[{"person": "李明", "role": "editor"}]), "role") == (1, 0, 0)
    assert counts(gold, doc(roles=[{"person": "Li Ming", "role": "reporter"}]),
                  "role") == (0, 1, 1)  # fmt: skip


def test_scores_are_split_per_language_and_micro_averaged():
    en = doc("en", persons=[person("Li Ming"), person("Wu Jun")])
    zh = {**doc("zh", persons=[person("李明")]), "document": "y.txt"}
    report = score([(en, doc("en", persons=[person("Li Ming")])), (zh, doc("zh"))])
    assert (report.get("person", "en").tp, report.get("person", "en").fn) == (1, 1)
    assert (report.get("person", "zh").tp, report.get("person", "zh").fn) == (0, 1)
    overall = report.get("person")
    assert (overall.tp, overall.fn) == (1, 2)
    assert overall.precision == 1.0 and overall.recall == pytest.approx(1 / 3)
    assert json.loads(json.dumps(report.to_json()))["scores"]["all"]["person"]["tp"] == 1
    assert "person" in report.table()


def test_document_fields_are_compared():
    gold = doc(title="A Meeting Held", published="2030-01-02", source="City Daily")
    pred = doc(title="a meeting held", published="2030-01-03", source="City Daily")
    report = score([(gold, pred)])
    assert report.field_accuracy("title") == 1.0
    assert report.field_accuracy("published") == 0.0
    assert report.field_accuracy("source") == 1.0


def _with_ids(docs: list[dict], ids: dict[tuple[str, str], str]) -> list[dict]:
    return [
        {**d, "persons": [{**p, "id": ids[(d["document"], p["name"])]} for p in d["persons"]]}
        for d in docs
    ]


def test_bcubed_rewards_one_node_per_person_and_penalises_mixing():
    identities = [
        {"id": "A", "name": "Li Ming", "mentions": [{"document": "1.txt", "name": "Li Ming"},
                                                    {"document": "2.txt", "name": "李明"}]},
        {"id": "B", "name": "Wu Jun", "mentions": [{"document": "2.txt", "name": "吴军"}]},
    ]  # fmt: skip
    docs = [
        {"document": "1.txt", "persons": [person("Li Ming")]},
        {"document": "2.txt", "persons": [person("李明"), person("吴军")]},
    ]
    right = {("1.txt", "Li Ming"): "n1", ("2.txt", "李明"): "n1", ("2.txt", "吴军"): "n2"}
    assert bcubed(_with_ids(docs, right), identities) == (1.0, 1.0)
    assert identity_check(_with_ids(docs, right), identities)["one_node"] == ["Li Ming"]
    split = {**right, ("2.txt", "李明"): "n3"}
    p, r = bcubed(_with_ids(docs, split), identities)
    assert p == 1.0 and r < 1.0
    mixed = {**right, ("2.txt", "吴军"): "n1"}
    p, r = bcubed(_with_ids(docs, mixed), identities)
    assert p < 1.0 and r == 1.0
    assert identity_check(_with_ids(docs, mixed), identities)["mixed"] == [
        ["n1", ["Li Ming", "Wu Jun"]]
    ]


def _extraction() -> Extraction:
    art = Article("feed.jsonl#3", "text", "en", title="T", published="2030-01-02", source="Daily")
    return Extraction(
        art,
        persons=(Person("Li Ming", ("李明",), (Post("Director", "Water Bureau"),)),
                 Person("Wu Jun")),
        organizations=(Organization("Water Bureau", part_of="City Government"),),
        meetings=(Meeting("Work Meeting", "2030-01-01", organizer="Water Bureau",
                          participations=(Participation("Li Ming", CHAIR),
                                          Participation("Wu Jun", "attendee")),
                          implements=(Implements("Plenum"),)),),
        roles=(Role("Wu Jun", "editor"),),
    )  # fmt: skip


def test_to_gold_writes_the_answer_key_format():
    g = to_gold(_extraction())
    assert list(g) == ["document", "language", "title", "published", "source", "jurisdiction",
                       "persons", "organizations", "meetings", "roles"]  # fmt: skip
    m = g["meetings"][0]
    assert m["chaired_by"] == ["Li Ming"] and m["participants"] == ["Li Ming", "Wu Jun"]
    assert m["implements"] == ["Plenum"] and m["end_date"] is None
    assert g["persons"][0]["posts"] == [{"title": "Director", "organization": "Water Bureau"}]
    assert g["roles"] == [{"person": "Wu Jun", "role": "editor"}]
    report = score([(g, g)])
    assert all(report.get(k).f1 == 1.0 for k in KINDS)


def test_to_gold_adds_ids_when_given(tmp_path):
    g = to_gold(_extraction(), {("person", "Li Ming"): "p1", ("meeting", "Work Meeting"): "m1"})
    assert g["persons"][0]["id"] == "p1" and "id" not in g["persons"][1]
    assert g["meetings"][0]["id"] == "m1"
    path = write_gold(_extraction(), tmp_path)
    assert path.name == gold_filename("feed.jsonl#3") == "feed.jsonl-3.json"
    assert json.loads(path.read_text(encoding="utf-8"))["document"] == "feed.jsonl#3"
    assert gold_filename("a/b.txt") == "a_b.json"


needs_corpus = pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="shared corpus absent")


@needs_corpus
def test_gold_scored_against_itself_is_perfect():
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("gold/*.json"))]
    report = score((g, g) for g in golds)
    for scope in ("all", "en", "zh"):
        for kind in KINDS:
            c = report.get(kind, scope)
            assert (c.precision, c.recall) == (1.0, 1.0), (scope, kind)
            assert c.tp > 0, (scope, kind)
    identities = json.loads((CORPUS / "identities.json").read_text(encoding="utf-8"))
    node = {(m["document"], m["name"]): i["id"] for i in identities for m in i["mentions"]}
    with_ids = [
        {**g, "persons": [{**p, "id": node[(g["document"], p["name"])]} for p in g["persons"]]}
        for g in golds
    ]
    assert bcubed(with_ids, identities) == (1.0, 1.0)
    assert identity_check(with_ids, identities)["mixed"] == []


@needs_corpus
def test_command_line_scores_a_folder(tmp_path, capsys):
    assert main(["--gold", str(CORPUS / "gold"), str(tmp_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["scores"]["all"]["person"]["tp"] == 0
    assert out["scores"]["all"]["person"]["fn"] > 0
    gold = next(iter(sorted((CORPUS / "gold").glob("*.json"))))
    (tmp_path / gold.name).write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["--gold", str(CORPUS / "gold"), str(tmp_path), "--json", "--only-present"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 1 and out["scores"]["all"]["person"]["recall"] == 1.0
