"""English persons: pinyin names, names in person slots, doctrine names, credits, short forms."""

from convene.ingest.en import extract_en
from convene.ingest.facts import Article


def _art(text: str, published: str | None = "2022-05-10", source: str | None = None) -> Article:
    return Article("t.txt", text, "en", text.split("\n", 1)[0], published, source)


def _names(text: str, **kw) -> list[str]:
    return [p.name for p in extract_en(_art(text, **kw)).persons]


def test_pinyin_names_are_validated_by_syllables():
    text = (
        "Headline\nZhou Mingxuan, Secretary of the Provincial Party Committee, met Kong Dafu there."
    )
    names = _names(text, source="Hunan Daily")
    assert names == ["Zhou Mingxuan", "Kong Dafu"]
    # 'Wang Street' is a surname followed by a word that is not pinyin
    assert _names("Headline\nThey walked down Wang Street to the Yu Garden in Hong Kong.") == []


def test_hyphenated_given_name():
    text = "Headline\nOn the 3rd, Lin Xiao-bing, Director of the Provincial Archives Bureau, spoke."
    assert "Lin Xiao-bing" in _names(text, source="Fujian Daily")


def test_minority_names_in_person_slots():
    text = (
        "Headline\nOn the 2nd, Tursun Abdukerim, Deputy Secretary of the Party Committee of the "
        "Autonomous Region, presided over the meeting. Present were Li Wenjun, Gulnar Ahmet and "
        "Zhao Ping. Chairman Tashi Dorje made a speech."
    )
    names = _names(text, source="Xinjiang Daily")
    for n in ("Tursun Abdukerim", "Gulnar Ahmet", "Tashi Dorje", "Li Wenjun", "Zhao Ping"):
        assert n in names
    assert "Chairman Tashi Dorje" not in names


def test_doctrine_name_is_not_a_person_but_titled_leader_is():
    plain = (
        "Headline\nThe meeting studied Xi Jinping Thought on Socialism with Chinese Characteristics"
    )
    assert _names(plain) == []
    titled = "Headline\nThe meeting studied the important thought of General Secretary Xi Jinping."
    assert _names(titled) == ["Xi Jinping"]
    possessive = "Headline\nCadres should follow Xi Jinping's socialist ideology in the new era."
    assert _names(possessive) == []


def test_credit_lines_are_left_to_the_credits_module():
    text = (
        "Headline\n(Reporter Huang Lili) On the 4th, Deng Feng presided over the meeting.\n"
        "Editor in charge: Luo Xiaomei\n(Photo: City Daily/Qian Lu)"
    )
    assert _names(text) == ["Deng Feng"]


def test_short_forms_fold_into_full_names_by_title():
    text = (
        "Headline\nOn the 5th, the Provincial Government held a meeting. Governor Wang Jianxin and "
        "Wang Youde, Secretary-General of the Provincial Government, attended. "
        "Secretary-General Wang said the plan is ready. Governor Wang stressed safety."
    )
    x = extract_en(_art(text, source="Hebei Daily"))
    assert [p.name for p in x.persons] == ["Wang Jianxin", "Wang Youde"]
    assert x.meetings and {p.person for p in x.meetings[0].participations} == {
        "Wang Jianxin",
        "Wang Youde",
    }


def test_person_evidence_offsets_match_quotes():
    text = "Headline\nOn the 6th, Sun Hongbo, Mayor, chaired the meeting and Ma Lin attended."
    x = extract_en(_art(text, source="Harbin Daily"))
    assert x.persons
    for p in x.persons:
        ev = p.evidence
        assert ev is not None and text[ev.start : ev.end] == ev.quote == p.name


def test_a_list_before_an_attendance_verb_names_everyone_in_it():
    text = (
        "Headline\nOn the 8th, Tao Ran presided over the meeting. Dilnur Hasan, Kurban Tohti and "
        "Jin Lu attended."
    )
    x = extract_en(_art(text, source="Xinjiang Daily"))
    assert [p.name for p in x.persons] == ["Tao Ran", "Dilnur Hasan", "Kurban Tohti", "Jin Lu"]
    assert x.meetings[0].participants == ("Tao Ran", "Dilnur Hasan", "Kurban Tohti", "Jin Lu")


def test_one_word_names_in_an_appositive_slot():
    text = (
        "Headline\nOn Monday, the Municipal Party Committee held a conference. Meanwhile, Deputy "
        "Mayor Ren Bo spoke. Migmar, Vice Mayor, and Norbu Tsering, Mayor, read out the decision."
    )
    x = extract_en(_art(text, published="2023-09-19", source="Lhasa Daily"))
    assert [p.name for p in x.persons] == ["Ren Bo", "Migmar", "Norbu Tsering"]
    posts = {p.name: [(q.title, q.organization) for q in p.posts] for p in x.persons}
    assert posts["Migmar"] == [("Vice Mayor", "Lhasa Municipal People's Government")]
    assert set(x.meetings[0].participants) == {"Ren Bo", "Migmar", "Norbu Tsering"}


def test_places_shaped_like_names_and_names_described_in_passing():
    text = (
        "Headline\nOn the 1st, the Provincial Party Committee held a meeting. Earlier, Governor "
        "Tan Hang visited Yuelu Shan Scenic Area and Huang Xing Road. Members watched a film on "
        "Tsering Yangzom, a village teacher from Nagqu, and on Ma Lan, a nurse in Yushu."
    )
    names = {
        p.name for p in extract_en(Article("t.txt", text, "en", "H", "2021-03-02", None)).persons
    }
    assert names == {"Tan Hang", "Tsering Yangzom", "Ma Lan"}


def test_one_word_names_need_a_title_and_a_verb_and_descriptions_need_a_person_noun():
    text = (
        "Headline\nOn the 1st, Vice Chairman Erdeni attended the meeting. Officials of Member "
        "States Forum spoke. Xinhe Technologies, a company in Wuhan, and Kanglu Pharma, a maker "
        "of vaccines, were praised. Secretary-General Sarula said the work was done."
    )
    names = {
        p.name for p in extract_en(Article("t.txt", text, "en", "H", "2021-03-02", None)).persons
    }
    assert names == {"Erdeni", "Sarula"}


def test_a_short_form_takes_the_person_whose_title_it_is_in_any_gendered_form():
    text = (
        "Headline\nOn the 5th, the Provincial CPPCC held a meeting. Wang Ning, Chairwoman of the "
        "Provincial CPPCC, presided. Wang Tao, Vice Chairman of the Provincial CPPCC, attended. "
        "Chairman Wang said the work must go on. Vice Chairman Wang spoke."
    )
    x = extract_en(Article("t.txt", text, "en", "H", "2021-03-02", "Hubei Daily"))
    roles = {p.person: p.role for p in x.meetings[0].participations}
    assert roles == {"Wang Ning": "chair", "Wang Tao": "speaker"}
    assert {p.name for p in x.persons} == {"Wang Ning", "Wang Tao"}


def test_names_listed_after_a_cue_of_attendance_need_no_pinyin():
    text = (
        "Headline\nOn the 5th, the Party Committee of the Autonomous Region held a meeting. "
        "Attending the meeting were Erkin Tursun, Zulpiye Obul and Nurlan Abdu. The meeting was "
        "attended by Vice Chairman Tashi Wangdui and Provincial Party Committee members."
    )
    x = extract_en(Article("t.txt", text, "en", "H", "2024-05-10", "Xinjiang Daily"))
    assert set(x.meetings[0].participants) == {
        "Erkin Tursun",
        "Zulpiye Obul",
        "Nurlan Abdu",
        "Tashi Wangdui",
    }
