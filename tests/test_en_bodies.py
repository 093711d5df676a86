"""English bodies named by their work, parts of ministries, companies, counties and towns.

Every sentence here is invented; none comes from the corpus or the held-out articles.
"""

from convene.ingest.en import extract_en
from convene.ingest.facts import Article


def _x(text: str, source: str | None = "Hubei Daily", published: str | None = "2024-04-06"):
    x = extract_en(Article("t.txt", text, "en", text.split("\n", 1)[0], published, source))
    posts = {p.name: [(q.title, q.organization) for q in p.posts] for p in x.persons}
    return posts, {o.name: o.part_of for o in x.organizations}, x


def test_national_bodies_parts_of_ministries_and_ministers_of_a_field():
    posts, orgs, x = _x(
        "Headline\nOfficials said at a press conference held by the State Council Information "
        "Office in Beijing on Friday. Hu Yi, Director of the Department of Seed Industry of the "
        "Ministry of Agriculture and Rural Affairs, Dou Ke, Vice Minister of Water Resources, and "
        "Ma Li, Deputy Head of the National Forestry and Grassland Administration, spoke.",
        source="Xinhua",
    )
    assert orgs["State Council Information Office"] == "State Council"
    assert "State Council" in orgs
    assert (
        orgs["Department of Seed Industry of the Ministry of Agriculture and Rural Affairs"]
        == "Ministry of Agriculture and Rural Affairs"
    )
    assert "National Forestry and Grassland Administration" in orgs
    assert "Water Resources" not in posts  # the object of a title, not a person
    assert posts["Dou Ke"] == [("Vice Minister", "Ministry of Water Resources")]
    (m,) = x.meetings
    assert (m.organizer, m.date, m.location) == (
        "State Council Information Office",
        "2024-04-05",
        "Beijing",
    )
    assert x.article.jurisdiction == "China"


def test_headquarters_at_three_levels_and_companies():
    posts, orgs, _ = _x(
        "Headline\nOn the 5th, the Hubei Provincial Forest Fire Prevention Headquarters held a "
        "video conference to convey the requirements of the State Forest Fire Prevention "
        "Headquarters. Mayor Bo Lin of Xiangyang and Gu Fei, Commander of the Municipal Forest "
        "Fire Prevention Headquarters, attended. Chen Wei, Chairman of Hankou Ruixin Machinery "
        "Co., Ltd., and Kong Li, General Manager of Jiangcheng Steel Group Co., Ltd., spoke."
    )
    for name in (
        "Hubei Provincial Forest Fire Prevention Headquarters",
        "State Forest Fire Prevention Headquarters",
        "Xiangyang Municipal Forest Fire Prevention Headquarters",
        "Hankou Ruixin Machinery Co., Ltd.",
    ):
        assert name in orgs, name
    assert posts["Chen Wei"] == [("Chairman", "Hankou Ruixin Machinery Co., Ltd.")]
    assert posts["Kong Li"] == [("General Manager", "Jiangcheng Steel Group Co., Ltd.")]


def test_a_county_report_its_magistrate_towns_study_group_and_party_school():
    posts, orgs, x = _x(
        "Xiyuan News Network > Politics\nOn the 5th, the theoretical study center group of the "
        "Xiyuan County Party Committee held a study session. Luo Bin, Deputy Secretary of the "
        "County Party Committee and County Magistrate, presided. Fang Yu, Secretary of the "
        "Dongtang Town Party Committee, spoke. Tan Qi, a professor at the Party School of the "
        "Hubei Provincial Committee of the CPC, gave a lecture. The county government will act.",
        source="Xiyuan News Network",
    )
    assert x.article.jurisdiction == "Xiyuan County"
    assert posts["Luo Bin"] == [
        ("Deputy Secretary", "Xiyuan County Party Committee"),
        ("County Magistrate", "Xiyuan County People's Government"),
    ]
    assert posts["Fang Yu"] == [("Secretary", "Dongtang Town Party Committee")]
    school = "Party School of the Hubei Provincial Party Committee"
    assert posts["Tan Qi"] == [("Professor", school)]
    assert orgs[school] == "Hubei Provincial Party Committee"
    group = "Theoretical Study Center Group of the Xiyuan County Party Committee"
    assert orgs[group] == "Xiyuan County Party Committee"
    assert "Xiyuan County People's Government" in orgs


def test_national_bodies_with_the_party_name_spelt_out():
    _, orgs, x = _x(
        "Headline\nBEIJING, April 5 (Xinhua) -- The Political Bureau of the Communist Party of "
        "China (CPC) Central Committee held a meeting on Friday. Gu Ming, general secretary of "
        "the CPC Central Committee, presided. Premier Zhou Ke and State Councilor Han Jun spoke.",
        source="Xinhua",
    )
    assert orgs["Political Bureau of the CPC Central Committee"] == "CPC Central Committee"
    assert "CPC Central Committee" in orgs
    (m,) = x.meetings
    assert m.organizer == "Political Bureau of the CPC Central Committee"
    posts = {p.name: [(q.title, q.organization) for q in p.posts] for p in x.persons}
    assert posts["Han Jun"] == [("State Councilor", "State Council")]
    assert x.article.jurisdiction == "China"


def test_a_prefecture_keeps_its_prefectural_bodies_and_prefects():
    posts, orgs, x = _x(
        "Headline\nOn April 3 and 4, the Standing Committee of the Enshi Prefectural Party "
        "Committee held an enlarged meeting. On April 2, Bai Ya, Prefect, chaired an executive "
        "meeting of the prefectural government, with Vice Prefects Luo Bo and Wu Ke in attendance."
    )
    gov = "Enshi Prefectural People's Government"
    assert "Standing Committee of the Enshi Prefectural Party Committee" in orgs
    assert gov in orgs
    assert posts["Bai Ya"] == [("Prefect", gov)]
    assert posts["Luo Bo"] == posts["Wu Ke"] == [("Vice Prefect", gov)]
    first, second = x.meetings
    assert (first.date, first.end_date) == ("2024-04-03", "2024-04-04")
    assert second.participants == ("Bai Ya", "Luo Bo", "Wu Ke")


def test_a_ministry_holding_a_briefing_is_national_news_and_owns_its_departments():
    posts, orgs, x = _x(
        "Headline\nThe Ministry of Emergency Management held a press conference in Beijing on "
        "Friday. Spokesperson Ye Qun presided over the press conference. Gu Lin, Director-General "
        "of the Department of Fire Prevention of the ministry, answered questions. The ministry "
        "conveyed the spirit of the 5th executive meeting of the State Council.",
        source="China Daily",
    )
    ministry = "Ministry of Emergency Management"
    dept = f"Department of Fire Prevention of the {ministry}"
    assert orgs[dept] == ministry
    assert posts["Ye Qun"] == [("Spokesperson", ministry)]
    assert posts["Gu Lin"] == [("Director-General", dept)]
    (m,) = x.meetings
    assert m.organizer == ministry
    assert x.article.jurisdiction == "China"


def test_a_city_the_gazetteer_lacks_known_from_its_outlet_and_the_text():
    posts, orgs, x = _x(
        "Headline\nOn the 5th, the Standing Committee of the Municipal Party Committee held a "
        "meeting in Shishi. Mayor Lu Bo attended.",
        source="Shishi Daily",
    )
    assert "Standing Committee of the Shishi Municipal Party Committee" in orgs
    assert posts["Lu Bo"] == [("Mayor", "Shishi Municipal People's Government")]
    assert x.article.jurisdiction == "Shishi"
    _, orgs, _ = _x(
        "Headline\nOn the 5th, the Municipal Party Committee met.", source="Global Times"
    )
    assert not any("Global" in o for o in orgs if o != "Global Times")


def test_outlets_from_the_breadcrumb_and_under_their_listed_name():
    _, orgs, _ = _x("Xiyuan News > Current Affairs\nHeadline\nOn the 5th, the county met.")
    assert "Xiyuan News" in orgs
    _, orgs, _ = _x("Tibet Daily > Headlines\nHeadline\nText.", source="Tibet Daily")
    assert [o for o in orgs if "Daily" in o] == ["Xizang Daily"]
