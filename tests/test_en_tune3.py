"""English extraction: patterns of the genre found on fresh development articles (round 3)."""

from convene.ingest.credits import credits
from convene.ingest.en import extract_en
from convene.ingest.facts import CHAIR, Article


def _art(text: str, published: str | None = "2024-05-10", source: str | None = "Hunan Daily"):
    return Article("t.txt", text, "en", text.split("\n", 1)[0], published, source)


def _x(text: str, published: str | None = "2024-05-10", source: str | None = "Hunan Daily"):
    return extract_en(_art(text, published, source))


def _roles(x) -> dict[str, str]:
    (m,) = x.meetings
    return {p.person: p.role for p in m.participations}


def test_speakers_who_convey_report_introduce_or_answer_take_part():
    x = _x(
        "Headline\nOn May 8, the Standing Committee of the Provincial Party Committee held a "
        "meeting. Peng Dehai, Secretary of the Provincial Party Committee, presided over the "
        "meeting. Luo Wenjun, Deputy Secretary of the Provincial Party Committee, conveyed the "
        "spirit of the national forestry conference. Tan Xiaoling, Director of the Provincial "
        "Forestry Bureau, reported the progress of the spring planting. Xu Meilan, Mayor of "
        "Changsha, introduced Changsha's practice. Zhou Jianguo, Deputy Director of the "
        "Provincial Forestry Bureau, answered reporters' questions. Mayor Luo and other members "
        "then made their comparison and inspection one by one."
    )
    roles = _roles(x)
    assert roles["Peng Dehai"] == CHAIR
    assert {"Luo Wenjun", "Tan Xiaoling", "Xu Meilan", "Zhou Jianguo"} <= set(roles)


def test_a_branch_venue_participant_takes_part():
    x = _x(
        "Headline\nOn May 8, the Provincial Government held a video conference on forestry. "
        "Tan Xiaoling, Deputy Secretary-General of the Municipal Government, participated at "
        "the Changsha branch venue."
    )
    assert "Tan Xiaoling" in _roles(x)


def test_after_presided_over_by_the_next_clause_starts_at_the_first_comma_and():
    x = _x(
        "Headline\nOn May 8, the Standing Committee of the Provincial Party Committee held a "
        "study session. The session was presided over by Peng Dehai, and Luo Wenjun, Deputy "
        "Secretary of the Provincial Party Committee and Governor, and Tan Xiaoling, Deputy "
        "Secretary of the Provincial Party Committee, made exchange speeches."
    )
    roles = _roles(x)
    assert roles["Peng Dehai"] == CHAIR
    assert roles["Luo Wenjun"] != CHAIR and roles["Tan Xiaoling"] != CHAIR


def test_an_author_field_ends_at_a_bracketed_qualifier():
    art = _art(
        "Headline\nTime: 2024-05-09 10:00  Author: Tan Xiaoling, Luo Wenjun (intern)  Views: 88"
        "\nOn May 8, the Provincial Government held a meeting."
    )
    assert {(r.person, r.role) for r in credits(art)} >= {
        ("Tan Xiaoling", "reporter"),
        ("Luo Wenjun", "reporter"),
    }


def test_meeting_a_guest_named_with_a_title_is_a_meeting():
    x = _x(
        "Headline\nOn the afternoon of May 8, Peng Dehai, Secretary of the Provincial Party "
        "Committee, met with Anna Lindqvist, Chairman of Vastra Holdings, and her party in "
        "Changsha. Vice Governor Luo Wenjun attended the meeting."
    )
    (m,) = x.meetings
    assert m.date == "2024-05-08"
    assert {"Peng Dehai", "Anna Lindqvist", "Luo Wenjun"} <= set(_roles(x))


def _impl(x) -> set[str]:
    return {i.meeting for m in x.meetings for i in m.implements}


def test_coordinated_ordinals_name_one_implemented_session_each():
    x = _x(
        "Headline\nOn May 8, the Standing Committee of the Provincial Party Committee held a "
        "meeting to implement the spirit of the first and second plenary sessions of the 15th "
        "Provincial Party Committee."
    )
    impl = {n.lower() for n in _impl(x)}
    assert "first plenary session of the 15th provincial party committee" in impl
    assert "second plenary session of the 15th provincial party committee" in impl


def test_the_citys_conference_is_the_citys_own_named_meeting():
    x = _x(
        "Headline\nOn May 8, the Changsha Municipal Party Committee held a meeting to implement "
        "the spirit of the city's video conference on forest fire prevention held on the 6th. "
        "Peng Dehai presided over the meeting."
    )
    assert "Changsha Municipal Video Conference on Forest Fire Prevention" in _impl(x)


def test_a_given_name_that_reads_like_a_city_does_not_place_the_article():
    from convene.ingest.en_place import article_ctx

    art = _art(
        "Headline\nOn May 8, the Hunan Provincial Party Committee held a meeting. Provincial "
        "leaders Peng Dehai and Lu Xinyu attended."
    )
    ctx, _ = article_ctx(art)
    assert ctx.city is None or ctx.city.name != "Xinyu"


def test_an_outlet_named_after_our_district_places_the_district_bodies():
    x = _x(
        "Headline\nNews from Lintang Daily: yesterday our district held a work safety meeting. "
        "Tan Xiaoling, Deputy Secretary of the District Party Committee and District Mayor, "
        "presided over the meeting. The Baisha Town Party Committee made a statement.",
        source="Lintang Daily",
    )
    orgs = {o.name for o in x.organizations}
    assert "Lintang District Party Committee" in orgs
    assert "Baisha Town Party Committee" in orgs
    posts = {(p.name, q.title, q.organization) for p in x.persons for q in p.posts}
    assert ("Tan Xiaoling", "District Mayor", "Lintang District People's Government") in posts


def _orgs(x) -> set[str]:
    return {o.name for o in x.organizations}


def test_hyphenated_words_stay_inside_ministry_and_commission_names():
    x = _x(
        "Headline\nOn May 8, the Ministry of Water and Urban-Rural Affairs held a symposium in "
        "Changsha. It was presided over by Tan Xiaoling, Director-General of the Department of "
        "Rural Supply of the Ministry. The Changsha Municipal Commission of Water and Urban-Rural "
        "Affairs made an exchange speech."
    )
    orgs = _orgs(x)
    assert "Ministry of Water and Urban-Rural Affairs" in orgs
    assert "Department of Rural Supply of the Ministry of Water and Urban-Rural Affairs" in orgs
    assert "Changsha Municipal Commission of Water and Urban-Rural Affairs" in orgs


def test_a_placed_body_named_by_its_work_and_an_office_or_committee_head():
    x = _x(
        "Headline\nOn May 8, the Hunan Provincial Gazetteer Compilation Committee held a work "
        "conference. The Liuyang County Gazetteer Office and the Changsha Municipal Gazetteer "
        "Office made exchange speeches. Peng Dehai presided over the conference."
    )
    orgs = _orgs(x)
    assert {
        "Hunan Provincial Gazetteer Compilation Committee",
        "Liuyang County Gazetteer Office",
        "Changsha Municipal Gazetteer Office",
    } <= orgs


def test_a_foreign_company_chair_and_chief_executive():
    x = _x(
        "Peng Dehai met with Anna Lindqvist, Chairman of Vastra Industries\n\nRelease date: "
        "2024-05-09\nOn May 8, Peng Dehai, Secretary of the Provincial Party Committee, met with "
        "Anna Lindqvist, Chairman and Chief Executive Officer of Sweden's Vastra Industries. They "
        "witnessed the signing between the Changsha Municipal People's Government and Vastra "
        "Industries."
    )
    posts = {(p.name, q.title, q.organization) for p in x.persons for q in p.posts}
    assert ("Anna Lindqvist", "Chairman", "Vastra Industries") in posts
    assert ("Anna Lindqvist", "Chief Executive Officer", "Vastra Industries") in posts
    orgs = _orgs(x)
    assert "Vastra Industries" in orgs
    assert not any(o.startswith("Government and") or "\n" in o for o in orgs)


def test_a_new_area_government_and_lower_case_offices_of_the_city():
    x = _x(
        "Headline\nOn May 8, the Changsha Municipal Government held a work meeting. Tan Xiaoling, "
        "Deputy Head of the Xiangjiang New Area People's Government, attended. Luo Wenjun, "
        "deputy secretary general of the municipal government and director of the municipal "
        "gazetteer office, presided over the meeting."
    )
    orgs = _orgs(x)
    assert "Xiangjiang New Area People's Government" in orgs
    assert "Changsha Municipal Gazetteer Office" in orgs


def test_a_minister_of_x_names_the_ministry_and_a_placed_university():
    x = _x(
        "Headline\nOn May 8, the national forestry work conference was held in Beijing. Tan "
        "Xiaoling, Secretary of the Party Leadership Group and Minister of Forests and Grassland, "
        "attended the conference and delivered a speech. Luo Wenjun, President of Changsha "
        "University of Forestry, made an exchange speech."
    )
    orgs = _orgs(x)
    assert "Ministry of Forests and Grassland" in orgs
    assert "Changsha University of Forestry" in orgs
    assert "University of Forestry" not in orgs


def test_bodies_of_a_town_or_a_new_area_and_a_theoretical_study_central_group():
    x = _x(
        "Headline\nOn May 8, the Theoretical Study Central Group of the Changsha Municipal Party "
        "Committee held a study session. The Party Committee of Baisha Town and the Management "
        "Committee of the Xiangjiang New Area made exchange speeches. Peng Dehai presided."
    )
    orgs = _orgs(x)
    assert "Theoretical Study Central Group of the Changsha Municipal Party Committee" in orgs
    assert "Party Committee of the Baisha Town" in orgs or "Baisha Town Party Committee" in orgs
    assert any("Management Committee" in o and "Xiangjiang New Area" in o for o in orgs)


def test_the_previous_meeting_of_a_series_takes_the_series_topic():
    x = _x(
        "Headline\nOn May 8, the third joint meeting on the cooperation between Changsha and "
        "Zhuzhou was co-chaired by Peng Dehai and Luo Wenjun. The meeting was convened to carry "
        "out the decisions of the second joint meeting held in Zhuzhou in March."
    )
    assert {n.lower() for n in _impl(x)} == {
        "second joint meeting on the cooperation between changsha and zhuzhou"
    }


def test_a_meeting_held_following_another_keeps_the_date_of_its_sentence():
    x = _x(
        "Headline\nOn the evening of the 8th, following the video meeting of the Provincial "
        "Forestry Headquarters, the Municipal Forestry Headquarters held a video dispatch meeting."
        " Peng Dehai attended and made arrangements.\n\nImmediately after the municipal meeting, "
        "our district held a dispatch meeting. Luo Wenjun presided over the meeting."
    )
    assert [m.date for m in x.meetings] == ["2024-05-08", "2024-05-08"]


def test_an_undated_meeting_of_another_day_is_not_folded_into_a_later_one():
    x = _x(
        "Headline\nOn May 6, the inspection team fed back its findings to the university. The "
        "feedback meeting was held at the library. Luo Wenjun presided over the meeting.\n\n"
        "On the 7th, Peng Dehai presided over a meeting of the Standing Committee of the Party "
        "Committee of the university."
    )
    by_date = {m.date: {p.person for p in m.participations} for m in x.meetings}
    assert by_date == {"2024-05-06": {"Luo Wenjun"}, "2024-05-07": {"Peng Dehai"}}


def test_an_academician_and_a_chief_planner_in_a_list_of_names():
    x = _x(
        "Headline\nOn May 8, the Hunan Provincial Department of Forestry held a meeting. Members "
        "of the Party Leadership Group and Deputy Directors Tan Xiaoling and Ha Lizhong, Chief "
        "Planner Luo Wenjun, and Academician Peng Dehai attended the meeting."
    )
    names = {p.name for p in x.persons}
    assert {"Tan Xiaoling", "Ha Lizhong", "Luo Wenjun", "Peng Dehai"} <= names
    assert not any(n.startswith(("Academician", "Planner")) for n in names)
    posts = {(p.name, q.title) for p in x.persons for q in p.posts}
    assert {("Ha Lizhong", "Deputy Director"), ("Luo Wenjun", "Chief Planner")} <= posts


def test_hyphenated_given_names_even_after_a_common_word_surname():
    x = _x(
        "Headline\nOn the 8th, Peng Dehai met with Park Min-seo, Consul General of the Republic "
        "of Korea in Changsha, and his party. Vice Mayor Luo Wenjun attended the meeting."
    )
    assert "Park Min-seo" in {p.name for p in x.persons}
    (m,) = x.meetings
    assert {"Peng Dehai", "Park Min-seo", "Luo Wenjun"} <= set(_roles(x))


def test_a_reporter_credit_followed_by_a_photo_by_credit_stays_a_reporter():
    art = _art(
        "Headline\nHunan Daily all-media reporter Tan Xiaoling  Photo by Luo Wenjun\n"
        "On May 8, the Provincial Government held a meeting."
    )
    assert {(r.person, r.role) for r in credits(art)} == {
        ("Tan Xiaoling", "reporter"),
        ("Luo Wenjun", "photographer"),
    }


def test_executive_chairmen_of_the_session_hold_no_body_named_after_them():
    x = _x(
        "Headline\nOn May 8, the Third Session of the 15th Changsha Municipal People's Congress "
        "opened. Executive Chairman of the Session Tan Xiaoling presided over the opening "
        "meeting. Executive Chairmen of the Session Luo Wenjun and Peng Dehai were seated on "
        "the rostrum."
    )
    posts = {(p.name, q.title, q.organization) for p in x.persons for q in p.posts}
    assert not any(o and "Tan Xiaoling" in o for _, _, o in posts)
    assert not any(o and o.startswith("Session") for _, _, o in posts)


def test_on_the_same_afternoon_another_body_holds_its_own_meeting():
    x = _x(
        "Headline\nYesterday morning, Mayor Peng Dehai presided over the 12th executive meeting "
        "of the municipal government.\n\nOn the same afternoon, the Municipal Work Safety "
        "Committee held a plenary meeting. Luo Wenjun presided over the meeting."
    )
    assert [m.date for m in x.meetings] == ["2024-05-09", "2024-05-09"]


def test_lower_case_meetings_of_a_named_body_or_a_bodys_possessive_are_implemented():
    x = _x(
        "Headline\nOn May 8, the Standing Committee of the Changsha Municipal Party Committee "
        "held a meeting to convey the spirit of the enlarged meeting of the Standing Committee of "
        "the Provincial Party Committee and the requirements of the State Council's national "
        "forestry work video conference held on May 6. Peng Dehai presided over the meeting."
    )
    impl = {n.lower() for n in _impl(x)}
    assert any(n.startswith("enlarged meeting of the standing committee of") for n in impl)
    assert "state council's national forestry work video conference" in impl


def test_a_short_lower_case_reference_takes_the_full_name_given_earlier():
    x = _x(
        "Headline\nOn May 8, the Party Leadership Group of the Provincial Forestry Bureau held a "
        "meeting to study the spirit of the Fourth Plenary Session of the 12th Hunan Provincial "
        "Commission for Discipline Inspection and the 20th National Congress of the Party and "
        "the second and third plenary sessions of the 20th Central Committee. Peng Dehai "
        "presided over the meeting.\n\nThat afternoon, the bureau held a work conference to "
        "implement the requirements of the plenary session of the Provincial Commission for "
        "Discipline Inspection. Luo Wenjun presided over the conference."
    )
    first, second = x.meetings
    assert {i.meeting for i in second.implements} == {
        "Fourth Plenary Session of the 12th Hunan Provincial Commission for Discipline Inspection"
    }
    names = {i.meeting.lower() for i in first.implements}
    assert "20th national congress of the party" in names
    assert "third plenary session of the 20th central committee" in names


def test_the_provincial_and_municipal_meetings_are_each_an_earlier_meeting():
    x = _x(
        "Headline\nOn the 8th, the Changsha Municipal Forestry Headquarters held a video dispatch "
        "meeting. "
        "Peng Dehai attended.\n\nImmediately after the municipal meeting, our district held a "
        "dispatch meeting to implement the spirit of the provincial and municipal meetings. Luo "
        "Wenjun presided over the meeting."
    )
    first, second = x.meetings
    assert first.name in {i.meeting for i in second.implements}


def test_a_district_of_the_citys_page_is_written_with_its_city():
    x = _x(
        "Headline\nOn the 8th, the Changsha Municipal Government held a meeting. Mayor Peng Dehai "
        "presided.\n\nOn the 9th, our district held a dispatch meeting. Tan Xiaoling, Secretary "
        "of the District Party Committee, presided over the meeting. The Yuhua District "
        "Emergency Bureau and the Yuhua District Forestry Bureau made statements."
    )
    assert "Changsha Yuhua District Party Committee" in _orgs(x)


def test_a_university_of_x_ends_before_the_sites_news_network():
    x = _x(
        "Ocean University of Hunan News Network\nHeadline\nOn May 8, the Party Committee of "
        "Ocean University of Hunan held a meeting. Peng Dehai presided over the meeting.\n"
        "Copyright © Ocean University of Hunan  Address: No. 8 Lushan Road"
    )
    orgs = _orgs(x)
    assert "Ocean University of Hunan" in orgs
    assert "Ocean University of Hunan News Network" in orgs  # the site
    assert not {"Hunan News Network", "University of Hunan"} & orgs
    assert not any("Address" in o for o in orgs)


def test_a_session_marked_enlarged_that_was_held_is_a_meeting():
    x = _x(
        "Headline\nFrom the 6th to the 7th, the Ninth Plenary Session (Enlarged) of the Fifth "
        "Yuhua District Committee of the Communist Party of China was held. Tan Xiaoling made "
        "a work report. Luo Wenjun and Peng Dehai were seated on the rostrum."
    )
    (m,) = x.meetings
    assert (m.date, m.end_date) == ("2024-05-06", "2024-05-07")
    assert {"Tan Xiaoling", "Luo Wenjun", "Peng Dehai"} <= set(_roles(x))


def test_two_reporters_written_without_a_separator_are_two_credits():
    art = _art(
        "Headline\nOn May 8, the Provincial Government held a meeting.\n"
        "Reporter Tan Xiaoling Luo Wenjun\nEditor: Peng Dehai"
    )
    assert {(r.person, r.role) for r in credits(art)} == {
        ("Tan Xiaoling", "reporter"),
        ("Luo Wenjun", "reporter"),
        ("Peng Dehai", "editor"),
    }


def test_a_reception_before_a_symposium_is_a_meeting_of_its_own():
    x = _x(
        "City leaders met with the delegation from Jiangxi\nOn the afternoon of May 8, Changsha "
        "held a symposium on counterpart assistance. Before the symposium, Peng Dehai, Secretary "
        "of the Municipal Party Committee, met with the delegation led by Tan Xiaoling, Deputy "
        "Secretary-General of the Jiangxi Provincial People's Government.\n\nPeng Dehai thanked "
        "the delegation.\n\nThe symposium was presided over by Luo Wenjun. Tan Xiaoling spoke."
    )
    assert len(x.meetings) == 2
    assert all(m.date == "2024-05-08" for m in x.meetings)
    reception = next(m for m in x.meetings if m.name.startswith("Meeting with"))
    symposium = next(m for m in x.meetings if m is not reception)
    assert {"Peng Dehai", "Tan Xiaoling"} <= {p.person for p in reception.participations}
    assert {p.person: p.role for p in symposium.participations}["Luo Wenjun"] == CHAIR


def test_deployments_checks_and_invited_attendance_take_part():
    x = _x(
        "Headline\nOn May 8, the Party Committee of the Hunan Forestry Group held its annual "
        "democratic life meeting. Peng Dehai presided over the meeting. Tan Xiaoling made a "
        "deployment on clean government. Deputy secretary Luo Wenjun and member Xu Meilan made "
        "the personal check one by one. Zhou Jianguo deployed the key tasks. Vice Mayor Liu "
        "Hongyan was invited to attend."
    )
    assert {"Tan Xiaoling", "Luo Wenjun", "Xu Meilan", "Zhou Jianguo", "Liu Hongyan"} <= set(
        _roles(x)
    )


def test_after_the_study_the_leader_presides_over_another_bodys_meeting_that_day():
    x = _x(
        "Headline\nOn the afternoon of May 8, the Theoretical Study Central Group of the "
        "Municipal Party Committee held its fifth collective study. Peng Dehai presided.\n\n"
        "After the study, Peng Dehai presided over the third meeting of the Leading Group for "
        "Deepening Reform of the Municipal Party Committee. Luo Wenjun attended."
    )
    assert [m.date for m in x.meetings] == ["2024-05-08", "2024-05-08"]
    assert "Luo Wenjun" in {p.person for p in x.meetings[1].participations}


def test_mixed_case_and_regional_and_guiding_principle_meetings_are_implemented():
    x = _x(
        "Headline\nOn May 8, the Changsha Municipal Taxation Bureau held the city taxation work "
        "conference, which implemented the spirit of the Hunan Provincial taxation work "
        "conference and the guiding principles of the provincial people's congress work "
        "conference. Peng Dehai presided over the conference."
    )
    impl = {n.lower() for n in _impl(x)}
    assert "hunan provincial taxation work conference" in impl
    assert "hunan provincial people's congress work conference" in impl


def test_the_regional_conference_of_an_autonomous_region_page():
    x = _x(
        "Headline\nOn May 8, the Lhasa Municipal Party Committee held a meeting to study the "
        "spirit of the regional ecological protection conference. Peng Dehai presided.",
        source="Tibet Daily",
    )
    assert "Tibet Autonomous Region Ecological Protection Conference" in _impl(x)


def test_the_citys_meeting_is_the_citys_conference_reported_before():
    x = _x(
        "Headline\nOn the morning of the 8th, Changsha held the city's forestry work video "
        "conference. Peng Dehai attended.\n\nAfter the video conference, our district held a "
        "meeting to implement the spirit of the city's meeting. Luo Wenjun presided."
    )
    first, second = x.meetings
    assert {i.meeting for i in second.implements} == {first.name}


def _posts(x) -> set[tuple[str, str, str | None]]:
    return {(p.name, q.title, q.organization) for p in x.persons for q in p.posts}


def test_a_title_written_before_the_next_name_in_a_list_is_that_names():
    x = _x(
        "Headline\nOn May 8, the Changsha Municipal Party Committee held a meeting. Peng Dehai "
        "presided. Members of the Standing Committee Tan Xiaoling and Luo Wenjun, vice chairman "
        "of the Municipal CPPCC Xu Meilan, and Zhou Jianguo, member of the Standing Committee of "
        "the Municipal Party Committee and head of the United Front Work Department, and Vice "
        "Mayor Liu Hongyan attended."
    )
    posts = _posts(x)
    assert any(n == "Xu Meilan" and t == "Vice Chairman" for n, t, _ in posts)
    assert not any(n == "Liu Hongyan" and t == "Head" for n, t, _ in posts)
    assert ("Liu Hongyan", "Vice Mayor", "Changsha Municipal People's Government") in posts


def test_at_the_meeting_is_a_meeting_reported_before_not_after():
    x = _x(
        "Headline\nOn May 8, the Changsha Intermediate People's Court held a symposium on "
        "commercial trials. Peng Dehai presided over the symposium.\n\nAt the meeting, Tan "
        "Xiaoling and Luo Wenjun made exchange speeches.\n\nThe day before, the Party Group of "
        "the court held a meeting, and Peng Dehai presided."
    )
    symposium = next(m for m in x.meetings if m.date == "2024-05-08")
    assert {"Tan Xiaoling", "Luo Wenjun"} <= {p.person for p in symposium.participations}


def test_a_related_news_link_reports_no_meeting_and_a_guest_lecturer_takes_part():
    x = _x(
        "Headline\nOn May 8, the Party Committee of Hunan Forestry Co., Ltd. held a collective "
        "study to convey the spirit of the 2024 annual work meeting of Hunan Forestry "
        "Corporation Limited. Peng Dehai presided over the study. Professor Tan Xiaoling of "
        "Hunan University was invited to give a special lecture.\n\n[Related news] The "
        "company's Party Committee held a meeting to convey the spirit of the Third Plenary "
        "Session (2024-03-02)"
    )
    (m,) = x.meetings
    assert "Tan Xiaoling" in {p.person for p in m.participations}
    impl = {i.meeting.lower() for i in m.implements}
    assert impl == {"2024 annual work meeting of hunan forestry corporation limited"}


def test_a_headlines_meets_with_clause_belongs_to_the_reception():
    x = _x(
        "Forestry group holds work conference in Changsha; Peng Dehai meets with group "
        "delegation\nOn May 8, the Hunan Forestry Group held its work conference in Changsha. "
        "Luo Wenjun presided over the conference.\n\nOn the evening of the 7th, Peng Dehai met "
        "with a delegation led by Luo Wenjun."
    )
    conference = next(m for m in x.meetings if m.date == "2024-05-08")
    assert "Peng Dehai" not in {p.person for p in conference.participations}


def test_a_bodys_own_meeting_after_and_the_is_implemented_and_text_credits_a_reporter():
    text = (
        "Headline\nOn May 8, the General Administration of Forests (GAF) held a national "
        "on-site meeting in Changsha. The meeting acted on the arrangements of the National "
        "Forestry Work Conference and the GAF's mid-year work symposium. Peng Dehai presided.\n"
        "Text: Tan Xiaoling   Photo: Luo Wenjun"
    )
    impl = {n.lower() for n in _impl(_x(text))}
    assert "gaf's mid-year work symposium" in impl
    assert ("Tan Xiaoling", "reporter") in {(r.person, r.role) for r in credits(_art(text))}


def test_a_web_filing_number_in_pinyin_names_no_person():
    x = _x(
        "Headline\nOn May 8, Peng Dehai presided over a meeting of the Provincial Government.\n"
        "Copyright Hunan Daily | Xiang ICP Bei 0500 | Xiang Gong Wang An Bei 43010502000123"
    )
    assert {p.name for p in x.persons} == {"Peng Dehai"}


def test_a_pinyin_surname_with_u_umlaut_is_a_name():
    x = _x(
        "Headline\nOn May 8, the Party Committee of the Hunan Forestry Group held a meeting. Peng "
        "Dehai presided over the meeting. Deputy secretary of the party committee Lü Xiaoming "
        "attended the meeting."
    )
    assert "Lü Xiaoming" in {p.name for p in x.persons}
    assert "Lü Xiaoming" in set(_roles(x))


def test_a_capitalised_body_before_lower_case_words_and_conference_is_a_named_meeting():
    x = _x(
        "Headline\nOn May 8, the Standing Committee of the Changsha Municipal CPPCC held a "
        "meeting, which studied the spirit of the Hunan Provincial CPPCC theoretical research "
        "conference. Peng Dehai presided over the meeting."
    )
    assert "hunan provincial cppcc theoretical research conference" in {n.lower() for n in _impl(x)}
