"""English posts written before the names they belong to, shared by lists, or implied.

Every sentence here is invented; none comes from the corpus or the held-out articles.
"""

from convene.ingest.en import extract_en
from convene.ingest.facts import Article


def _posts(text: str, source: str | None = "Hubei Daily", published: str | None = "2024-04-06"):
    x = extract_en(Article("t.txt", text, "en", text.split("\n", 1)[0], published, source))
    return {p.name: [(q.title, q.organization) for q in p.posts] for p in x.persons}, x


def test_titles_with_their_body_before_a_list_of_names():
    text = (
        "Headline\nOn the 5th, the Xiangyang Municipal People's Government held a meeting. Members "
        "of the Standing Committee of the Municipal Party Committee Qi Lu and Hou Ming, Vice "
        "Chairmen of the Municipal CPPCC An Ke and Bai Yun and Secretary-General Mu Xin, and "
        "Secretary-General of the Municipal Government Fan Yu were present."
    )
    posts, x = _posts(text)
    party = "Xiangyang Municipal Party Committee"
    cppcc = (
        "Xiangyang Municipal Committee of the Chinese People's Political Consultative Conference"
    )
    assert posts["Qi Lu"] == posts["Hou Ming"] == [("Member of the Standing Committee", party)]
    assert posts["An Ke"] == posts["Bai Yun"] == [("Vice Chairman", cppcc)]
    assert posts["Mu Xin"] == [("Secretary-General", cppcc)]
    assert posts["Fan Yu"] == [("Secretary-General", "Xiangyang Municipal People's Government")]
    (m,) = x.meetings
    assert len(m.participants) == 6


def test_a_title_before_the_next_name_is_not_an_appositive_of_the_previous_one():
    text = (
        "Headline\nOn the 5th, Lu Bo, Mayor of Xiangyang, hosted a meeting. Executive Vice Mayor "
        "Ye Qing, Vice Mayors Jia Li and Dou Hai attended."
    )
    posts, _ = _posts(text)
    gov = "Xiangyang Municipal People's Government"
    assert posts["Ye Qing"] == [("Executive Vice Mayor", gov)]
    assert posts["Jia Li"] == posts["Dou Hai"] == [("Vice Mayor", gov)]


def test_a_bare_title_takes_the_body_its_head_title_has_elsewhere():
    text = (
        "Headline\nOn the 5th, Tan Yi, Director of the Standing Committee of the Provincial "
        "People's Congress, presided over the session. Vice Directors Mei Ling and Luo Jun "
        "attended. The session appointed Pu Yong as Director of the Provincial Health Commission."
    )
    posts, _ = _posts(text)
    sc = "Standing Committee of the Hubei Provincial People's Congress"
    assert posts["Mei Ling"] == posts["Luo Jun"] == [("Vice Director", sc)]
    assert posts["Pu Yong"] == [("Director", "Hubei Provincial Health Commission")]


def test_a_list_of_names_elected_as_members():
    text = (
        "Headline\nOn the 5th, the plenary session of the Municipal Party Committee of Xiangyang "
        "was held. The session by-elected Ren Ke, Zhu Lan and Wei Bo as members of the Municipal "
        "Party Committee."
    )
    posts, x = _posts(text)
    for name in ("Ren Ke", "Zhu Lan", "Wei Bo"):
        assert posts[name] == [("Member", "Xiangyang Municipal Party Committee")], name
    assert x.meetings[0].participants == ()


def test_a_bare_title_belongs_to_the_body_holding_the_meeting():
    text = (
        "Headline\nThe 8th session of the Standing Committee of the 14th Hubei Provincial "
        "People's Congress closed on Friday after three days of deliberation. Chairman Kou Jian "
        "presided over the closing meeting. Vice Chairmen Nima Ciren, Erdeni and Lou Hong, and "
        "Secretary-General Sarula attended. The session accepted the resignation of Lou Hong "
        "from the post of Vice Chairman."
    )
    posts, x = _posts(text)
    sc = "Standing Committee of the Hubei Provincial People's Congress"
    assert posts["Kou Jian"] == [("Chairman", sc)]
    assert posts["Nima Ciren"] == posts["Erdeni"] == [("Vice Chairman", sc)]
    assert posts["Sarula"] == [("Secretary-General", sc)]
    assert posts["Lou Hong"] == []  # resigned at the session
    (m,) = x.meetings
    assert (m.date, m.end_date) == ("2024-04-03", "2024-04-05")


def test_a_cppcc_title_belongs_to_the_committee_not_its_standing_committee():
    text = (
        "Headline\nOn the 5th, the Standing Committee of the Hubei Provincial CPPCC held a "
        "meeting. Chairwoman Bao Lin presided. Professor Ren Qiu of Jianghan University spoke."
    )
    posts, x = _posts(text)
    assert posts["Bao Lin"] == [
        (
            "Chairwoman",
            "Hubei Provincial Committee of the Chinese People's Political Consultative Conference",
        )
    ]
    assert posts["Ren Qiu"] == [("Professor", "Jianghan University")]
    assert "Jianghan University" in {o.name for o in x.organizations}


def test_a_more_specific_title_replaces_the_generic_one():
    text = (
        "Headline\nOn the 5th, Governor Tan Hang presided over an executive meeting of the "
        "Provincial Government. Vice Governors Qiao Min and Dong Yang attended. Executive Vice "
        "Governor Qiao Min made arrangements."
    )
    posts, _ = _posts(text)
    assert posts["Qiao Min"] == [
        ("Executive Vice Governor", "Hubei Provincial People's Government")
    ]


def test_names_added_or_elected_in_the_passive_hold_the_post_and_did_not_speak():
    text = (
        "Headline\nOn the 5th, the Standing Committee of the Xiangyang Municipal CPPCC held a "
        "meeting. Liu Zhi and Ma Bo were added as members of the Municipal CPPCC."
    )
    posts, x = _posts(text)
    cppcc = (
        "Xiangyang Municipal Committee of the Chinese People's Political Consultative Conference"
    )
    assert posts["Liu Zhi"] == posts["Ma Bo"] == [("Member", cppcc)]
    assert x.meetings[0].participants == ()


def test_former_titles_are_not_held_and_chairwoman_shares_the_head_of_vice_chairman():
    text = (
        "Headline\nOn the 5th, Tu Jing, Chairwoman of the Autonomous Region, presided over an "
        "executive meeting of the Guangxi Zhuang Autonomous Region People's Government. Vice "
        "Chairmen Lu Bin and Mo Hai attended. Former Vice Chairman Qin Kai was mentioned."
    )
    posts, _ = _posts(text, source="Guangxi Daily")
    gov = "Guangxi Zhuang Autonomous Region People's Government"
    assert posts["Tu Jing"] == [("Chairwoman", gov)]
    assert posts["Lu Bin"] == posts["Mo Hai"] == [("Vice Chairman", gov)]
    assert posts["Qin Kai"] == []
