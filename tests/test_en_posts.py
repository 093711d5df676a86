"""English posts: title chains, bare titles, removals and resignations, sub-bodies."""

from convene.ingest.en import extract_en
from convene.ingest.facts import Article


def _posts(text: str, source: str | None = None, published: str | None = "2021-03-02"):
    x = extract_en(Article("t.txt", text, "en", text.split("\n", 1)[0], published, source))
    return {p.name: [(q.title, q.organization) for q in p.posts] for p in x.persons}, x


def test_title_chain_gives_two_posts_in_one_body():
    text = (
        "Headline\nOn the 1st, Gao Yuming, member of the Standing Committee of the Municipal Party "
        "Committee and Secretary General, attended the meeting. Wenzhou City held the meeting."
    )
    posts, _ = _posts(text, source="Wenzhou Daily")
    assert posts["Gao Yuming"] == [
        ("Member of the Standing Committee", "Wenzhou Municipal Party Committee"),
        ("Secretary-General", "Wenzhou Municipal Party Committee"),
    ]


def test_bare_titles_take_the_body_of_the_place_or_the_nation():
    text = (
        "Headline\nOn the 1st, Fan Qiang, Deputy Secretary of the Provincial Party Committee and "
        "Governor, relayed the speech of Premier Dong Hai and of General Secretary Xi Jinping."
    )
    posts, _ = _posts(text, source="Sichuan Daily")
    assert posts["Fan Qiang"] == [
        ("Deputy Secretary", "Sichuan Provincial Party Committee"),
        ("Governor", "Sichuan Provincial People's Government"),
    ]
    assert posts["Dong Hai"] == [("Premier", "State Council")]
    assert posts["Xi Jinping"] == [("General Secretary", "CPC Central Committee")]


def test_chairman_of_the_autonomous_region_is_the_government():
    text = (
        "Headline\nOn the 2nd, Bai Ling, Deputy Secretary of the Party Committee of the Autonomous "
        "Region and Chairman of the Autonomous Region, presided over the meeting."
    )
    posts, _ = _posts(text, source="Guangxi Daily")
    assert posts["Bai Ling"] == [
        ("Deputy Secretary", "Guangxi Zhuang Autonomous Region Party Committee"),
        ("Chairman", "Guangxi Zhuang Autonomous Region People's Government"),
    ]


def test_removed_and_resigned_posts_are_not_held_but_appointed_and_pending_are():
    text = (
        "Headline\nOn the 3rd, the meeting decided to remove Tang Jun from the post of Vice "
        "Governor of the Provincial People's Government, and to appoint Xie Min as Vice Governor "
        "of the Provincial People's Government. It agreed that Hu Bo resigns from his office as "
        "Secretary-General of the Provincial People's Government, and adopted a draft decision on "
        "accepting Luo Ping's request to resign as chairman of the Standing Committee of the "
        "Provincial People's Congress."
    )
    posts, _ = _posts(text, source="Anhui Daily")
    assert posts["Tang Jun"] == []
    assert posts["Hu Bo"] == []
    assert posts["Xie Min"] == [("Vice Governor", "Anhui Provincial People's Government")]
    assert posts["Luo Ping"] == [
        ("Chairman", "Standing Committee of the Anhui Provincial People's Congress")
    ]


def test_party_group_takes_its_parent_from_the_next_post():
    text = (
        "Headline\nAttending was Peng Yu, Secretary of the Party Leadership Group and Executive "
        "Vice Chairman of the Standing Committee of the Provincial People's Congress."
    )
    posts, x = _posts(text, source="Hunan Daily")
    body = "Standing Committee of the Hunan Provincial People's Congress"
    assert posts["Peng Yu"] == [
        ("Secretary", f"Party Leadership Group of the {body}"),
        ("Executive Vice Chairman", body),
    ]
    assert f"Party Leadership Group of the {body}" in [o.name for o in x.organizations]


def test_plural_title_before_a_list_and_post_evidence():
    text = (
        "Headline\nOn Sunday, Cheng Li, executive chairman of the presidium of the Third Session "
        "of the Sixth Jingmen Municipal People's Congress, chaired the meeting. Present were the "
        "executive chairmen Cheng Li, Yao Bin and Guo Wei."
    )
    posts, x = _posts(text, source="Jingmen Daily")
    presidium = "Presidium of the Third Session of the Sixth Jingmen Municipal People's Congress"
    assert posts["Yao Bin"] == [("Executive Chairman", presidium)]
    assert posts["Guo Wei"] == [("Executive Chairman", presidium)]
    for p in x.persons:
        for q in p.posts:
            assert q.evidence and text[q.evidence.start : q.evidence.end] == q.evidence.quote


def test_title_of_body_written_before_the_name():
    text = (
        "Headline\nOn 7 January, Secretary of the CPC Jilin Provincial Committee Bao Xin presided "
        "over a symposium. Jilin Provincial Party Committee Deputy Secretary Qin Tao attended."
    )
    posts, x = _posts(text, published="2020-01-08")
    assert posts["Bao Xin"] == [("Secretary", "Jilin Provincial Party Committee")]
    assert posts["Qin Tao"] == [("Deputy Secretary", "Jilin Provincial Party Committee")]
    assert x.meetings[0].date == "2020-01-07"


def test_appointee_and_removed_official_with_transliterated_names():
    text = (
        "Headline\nOn the 3rd, the meeting decided to appoint Tashi Dorje as Vice Chairman of the "
        "People's Government of the Autonomous Region, and to remove Pema Tsering from the post "
        "of Director of the Autonomous Region Archives Bureau."
    )
    posts, _ = _posts(text, source="Xizang Daily")
    assert posts == {
        "Tashi Dorje": [("Vice Chairman", "Tibet Autonomous Region People's Government")],
        "Pema Tsering": [],
    }


def test_lower_case_machine_translation_and_parenthesised_posts():
    text = (
        "Headline\nOn the 5th, the party committee of the autonomous region held a meeting. Wang "
        "Wei (secretary of the party committee of the autonomous region) presided over it."
    )
    posts, x = _posts(text, source="Ningxia Daily")
    assert posts["Wang Wei"] == [("Secretary", "Ningxia Hui Autonomous Region Party Committee")]
    assert x.meetings[0].chaired_by == ("Wang Wei",)
