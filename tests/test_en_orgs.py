"""English bodies: full names with place, parents, aliases, exclusions, outlets, jurisdiction."""

from convene.ingest.en import extract_en
from convene.ingest.facts import Article


def _x(text: str, source: str | None = None, published: str | None = "2022-09-20"):
    return extract_en(Article("t.txt", text, "en", text.split("\n", 1)[0], published, source))


def _orgs(text: str, **kw) -> dict[str, tuple]:
    return {o.name: (o.part_of, o.aliases) for o in _x(text, **kw).organizations}


def test_autonomous_region_bodies_are_written_out_with_their_place():
    text = (
        "Headline\nOn the 19th, the Standing Committee of the Party Committee of the Autonomous "
        "Region held a meeting."
    )
    orgs = _orgs(text, source="Ningxia Daily")
    sc = "Standing Committee of the Ningxia Hui Autonomous Region Party Committee"
    assert orgs[sc][0] == "Ningxia Hui Autonomous Region Party Committee"
    assert "Standing Committee of the Party Committee of the Autonomous Region" in orgs[sc][1]
    assert "Ningxia Hui Autonomous Region Party Committee" in orgs
    assert "Ningxia Daily" in orgs


def test_provincial_body_on_a_city_page_takes_the_province_of_the_city():
    text = (
        "Headline\nOn the morning of the 18th, the Provincial Party Committee held a video "
        "conference. After that, Jiaxing held a city-wide meeting, chaired by Zhu Hao, director of "
        "the municipal archives bureau."
    )
    x = _x(text)
    names = [o.name for o in x.organizations]
    assert "Zhejiang Provincial Party Committee" in names
    assert "Jiaxing Municipal Archives Bureau" in names
    assert x.article.jurisdiction == "Jiaxing"


def test_bodies_inside_meeting_names_and_generic_plurals_are_not_listed():
    text = (
        "Headline\nOn the 2nd, the Provincial Government held a meeting to study the spirit of the "
        "Fifth Plenary Session of the 19th CPC Central Committee. Party committees at all levels "
        "should act."
    )
    names = [o.name for o in _x(text, source="Gansu Daily").organizations]
    assert "Gansu Provincial People's Government" in names
    assert "CPC Central Committee" not in names
    assert not any("committees" in n.lower() for n in names)


def test_people_congress_acronyms_and_shared_place_in_a_coordination():
    text = (
        "Headline\nThe Standing Committee of Yichang MPC met. Responsible persons of the Higher "
        "People's Court and the People's Procuratorate of the Autonomous Region attended."
    )
    names = [o.name for o in _x(text, source="Tibet Daily").organizations]
    assert "Tibet Autonomous Region Higher People's Court" in names
    assert "Tibet Autonomous Region People's Procuratorate" in names
    assert "Standing Committee of the Yichang Municipal People's Congress" in names


def test_outlets_and_jurisdiction_from_the_outlet_alone():
    text = (
        "Headline\nOn the 1st, the Provincial Party Committee held a meeting.\n"
        "(By Yang Fan/Shanxi Daily)"
    )
    x = _x(text)
    assert "Shanxi Daily" in [o.name for o in x.organizations]
    assert x.article.jurisdiction == "Shanxi Province"
    assert x.article.text == text  # the article is returned with its jurisdiction only


def test_national_article_has_china_as_jurisdiction():
    text = "Headline\nPremier Ren Yi presided over a State Council executive meeting on Friday."
    x = _x(text, source="Xinhua")
    assert x.article.jurisdiction == "China"
    assert "State Council" in [o.name for o in x.organizations]


def test_org_evidence_offsets_match_quotes():
    text = (
        "Headline\nThe Information Office of the People's Government of Hainan Province held "
        "a briefing."
    )
    x = _x(text)
    assert "Information Office of the Hainan Provincial People's Government" in [
        o.name for o in x.organizations
    ]
    for o in x.organizations:
        ev = o.evidence
        assert ev is None or text[ev.start : ev.end] == ev.quote


def test_a_city_missing_from_the_gazetteer_is_still_the_jurisdiction():
    text = (
        "Headline\nOn the 3rd, the Standing Committee of the Yiwu Municipal Party Committee held "
        "a meeting. Cao Ke, Secretary of the Municipal Party Committee, presided."
    )
    x = _x(text, source="Zhejiang Daily")
    assert x.article.jurisdiction == "Yiwu"
    assert "Standing Committee of the Yiwu Municipal Party Committee" in [
        o.name for o in x.organizations
    ]
    assert x.persons[0].posts[0].organization == "Yiwu Municipal Party Committee"


def test_named_bodies_and_parts_of_national_bodies():
    text = (
        "Headline\nThe General Office of the CPC Central Committee issued a notice. Experts of "
        "the Chinese Academy of Sciences and the Xinjiang Production and Construction Corps met."
    )
    orgs = _orgs(text, source="Xinjiang Daily")
    assert orgs["General Office of the CPC Central Committee"][0] == "CPC Central Committee"
    assert "CPC Central Committee" in orgs
    assert "Chinese Academy of Sciences" in orgs
    assert "Xinjiang Production and Construction Corps" in orgs


def test_a_national_meeting_is_national_even_with_a_province_in_the_text():
    text = (
        "Headline\nOn Friday, the State Council held an executive meeting. Premier Ren Yi chaired "
        "it and heard a report on flood control in Hunan Province and Jiangxi Province."
    )
    assert _x(text, source="Xinhua").article.jurisdiction == "China"


def test_a_county_report_has_the_county_as_jurisdiction():
    text = (
        "Anji County holds county-wide meeting\nOn the 3rd, the County Party Committee held a "
        "meeting. Zhou Wei, Secretary of the County Party Committee, presided."
    )
    x = _x(text, source="Huzhou Daily")
    assert x.article.jurisdiction == "Anji County"
    assert [o.name for o in x.organizations][0] == "Anji County Party Committee"
