"""English rules of the genre found on a fresh development set, each with invented sentences.

Every sentence here is invented; none comes from the corpus, the held-out or the dev2 articles.
"""

from convene.ingest.en import extract_en
from convene.ingest.facts import Article


def _x(text: str, published: str | None = "2023-06-20", source: str | None = "Some Daily"):
    return extract_en(Article("t.txt", text, "en", text.split("\n", 1)[0], published, source))


def _posts(ex) -> set[tuple[str, str, str | None]]:
    return {(p.name, q.title, q.organization) for p in ex.persons for q in p.posts}


def test_an_ordinal_of_a_term_or_meeting_is_not_a_day():
    text = (
        "Headline\nOn the afternoon of the 18th, the Yuzhong District Party Committee held the "
        "9th meeting of the 5th term. Tang Mingyu presided over the meeting."
    )
    (m,) = _x(text).meetings
    assert m.date == "2023-06-18"


def test_a_cppcc_district_committee_of_a_city_is_written_out_with_city_and_district():
    text = (
        "Headline\nOn the 19th, the CPPCC Yuzhong District Committee of Chongqing held a "
        "chairpersons' meeting. Chairman Tang Mingyu presided over the meeting. Vice Chairmen "
        "Pan Lihua and Ouyang Min attended."
    )
    ex = _x(text)
    full = (
        "Chongqing Yuzhong District Committee of the Chinese People's Political Consultative "
        "Conference"
    )
    assert full in {o.name for o in ex.organizations}
    (m,) = ex.meetings
    assert m.organizer == full
    assert ("Pan Lihua", "Vice Chairman", full) in _posts(ex)


def test_its_department_belongs_to_the_body_of_the_title_before():
    text = (
        "Headline\nOn the 19th, the Chongqing Yuzhong District Party Committee held a meeting. "
        "Du Kaiping, Member of the Standing Committee of the Yuzhong District Party Committee "
        "and Minister of its Publicity Department, presided over the meeting."
    )
    ex = _x(text)
    dept = next(o for o in ex.organizations if o.name.startswith("Publicity Department of the"))
    assert dept.part_of and dept.part_of.endswith("Yuzhong District Party Committee")
    assert ("Du Kaiping", "Minister", dept.name) in _posts(ex)


def test_a_symposium_the_same_body_holds_later_that_day_is_another_meeting():
    text = (
        "Headline\nOn the 19th, the Yuzhong District Party Committee held a work meeting. Tang "
        "Mingyu presided over the meeting.\n\nIn the afternoon, the Yuzhong District Party "
        "Committee held a symposium on river cleaning, presided over by Tang Mingyu. Luo Pingan "
        "spoke at the symposium."
    )
    ms = _x(text).meetings
    assert [m.date for m in ms] == ["2023-06-19", "2023-06-19"]
    assert "Luo Pingan" in {p.person for p in ms[1].participations}


def test_a_body_named_only_in_a_planned_meeting_is_not_listed():
    text = (
        "Headline\nOn the 19th, the Yuzhong District Party Committee held a meeting. Tang Mingyu "
        "presided over the meeting. The draft will be submitted to the fourth meeting of the "
        "Standing Committee of the Yuzhong District People's Congress later this month."
    )
    names = {o.name for o in _x(text).organizations}
    assert not any("People's Congress" in n for n in names)


def test_a_congress_named_twice_with_and_without_cpc_is_implemented_once_in_full():
    text = (
        "Meeting conveys spirit of 20th CPC National Congress\nOn the 19th, the Yuzhong District "
        "Party Committee held a meeting. The meeting conveyed the spirit of the 20th National "
        "Congress of the Communist Party of China."
    )
    (m,) = _x(text).meetings
    assert [i.meeting for i in m.implements] == [
        "20th National Congress of the Communist Party of China"
    ]


_PLG = "Party Leadership Group of the Ministry of Water Resources"


def test_the_party_group_of_the_ministry_is_that_of_the_ministry_named_next():
    text = (
        "Headline\nOn Monday, the Ministry of Water Resources held a work conference. "
        "Han Dongsheng, Secretary of the Party Leadership Group of the ministry and Minister of "
        "Water Resources, presided over the conference."
    )
    ex = _x(text)
    assert ("Han Dongsheng", "Secretary", _PLG) in _posts(ex)
    assert ("Han Dongsheng", "Minister", "Ministry of Water Resources") in _posts(ex)
    assert _PLG in {o.name for o in ex.organizations}


def test_a_deputy_then_a_plural_two_part_title_over_a_list():
    text = (
        "Headline\nOn Monday, the Party Leadership Group of the Ministry of Water Resources held a "
        "meeting. Han Dongsheng, Secretary of the Party Leadership Group and Minister of Water "
        "Resources, presided over the meeting. Qiu Lanfang, Deputy Secretary of the Party "
        "Leadership Group, and Members of the Party Leadership Group and Vice Ministers Zhou "
        "Hepeng and Lin Xiaowei attended the meeting."
    )
    posts = _posts(_x(text))
    assert ("Qiu Lanfang", "Deputy Secretary", _PLG) in posts
    assert ("Qiu Lanfang", "Vice Minister", "Ministry of Water Resources") not in posts
    for name in ("Zhou Hepeng", "Lin Xiaowei"):
        assert (name, "Vice Minister", "Ministry of Water Resources") in posts


def test_a_name_with_its_own_title_leaves_a_shared_title():
    text = (
        "Headline\nOn Monday, the Ministry of Water Resources held a work conference. Vice "
        "Ministers Zhou Hepeng and Lin Xiaowei, and Tang Kaiyuan, Head of the National Survey "
        "Administration, attended the conference."
    )
    posts = _posts(_x(text))
    assert ("Lin Xiaowei", "Vice Minister", "Ministry of Water Resources") in posts
    assert not any(p[0] == "Tang Kaiyuan" and p[1] == "Vice Minister" for p in posts)
