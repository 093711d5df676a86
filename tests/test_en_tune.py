"""English extraction: patterns of the genre found on fresh development articles (round 2)."""

from convene.ingest.en import extract_en
from convene.ingest.facts import CHAIR, Article


def _x(text: str, published: str | None = "2024-05-10", source: str | None = "Hunan Daily"):
    return extract_en(Article("t.txt", text, "en", text.split("\n", 1)[0], published, source))


def _posts(x) -> set[tuple[str, str, str | None]]:
    return {(p.name, q.title, q.organization) for p in x.persons for q in p.posts}


def test_a_capitalised_meeting_name_after_held_is_a_meeting():
    x = _x(
        "Headline\nOn May 8, the Changsha Municipal Party Committee held the 2024 Rural Work "
        "Conference in Changsha. Peng Dehai presided over the conference."
    )
    (m,) = x.meetings
    assert m.date == "2024-05-08"
    assert "Rural Work Conference" in m.name
    assert {p.person: p.role for p in m.participations}["Peng Dehai"] == CHAIR


def _orgs(x) -> dict[str, str | None]:
    return {o.name: o.part_of for o in x.organizations}


def test_customs_tax_service_and_university_bodies_are_named_by_their_type():
    x = _x(
        "Headline\nOn May 8, Ningbo Customs held a work meeting. Tan Jiawei, Director General of "
        "Ningbo Customs, presided over the meeting. Xu Lan of the Zhoushan Municipal Tax Service "
        "of the State Taxation Administration and Ma Rui of the University of Science and "
        "Technology of Hunan attended."
    )
    orgs = _orgs(x)
    assert "Ningbo Customs" in orgs
    assert orgs["Zhoushan Municipal Tax Service of the State Taxation Administration"] == (
        "State Taxation Administration"
    )
    assert "University of Science and Technology of Hunan" in orgs
    assert ("Tan Jiawei", "Director-General", "Ningbo Customs") in _posts(x)


def test_an_acronym_the_article_defines_names_the_body_later():
    x = _x(
        "Headline\nOn May 8, the General Administration of Quarantine (GAQ) held a symposium. "
        "Luo Pingan, Minister of the GAQ, presided over it. Secretary of the GAQ Party Committee "
        "Wei Donghai attended."
    )
    posts = _posts(x)
    assert ("Luo Pingan", "Minister", "General Administration of Quarantine") in posts
    assert (
        "Wei Donghai",
        "Secretary",
        "Party Committee of the General Administration of Quarantine",
    ) in posts


def test_party_committee_and_a_second_title_share_the_body_named_after_them():
    x = _x(
        "Headline\nOn May 8, the University of Forestry of Hunan held a symposium. Cao Yimin, "
        "Secretary of the Party Committee and President of the university, presided over it. "
        "Tian Zhu, Chairman of Xiangjiang Timber Group, attended. Xiangjiang Timber Group Co., "
        "Ltd. sent a letter."
    )
    posts = _posts(x)
    assert ("Cao Yimin", "President", "University of Forestry of Hunan") in posts
    assert (
        "Cao Yimin",
        "Secretary",
        "Party Committee of the University of Forestry of Hunan",
    ) in posts
    assert ("Tian Zhu", "Chairman", "Xiangjiang Timber Group Co., Ltd.") in posts


def _roles(m) -> dict[str, str]:
    return {p.person: p.role for p in m.participations}


def test_one_word_pinyin_names_in_a_list_of_full_names_are_persons():
    x = _x(
        "Headline\nOn May 8, the Standing Committee of the Municipal People's Congress held a "
        "meeting. Municipal leaders Naranhua, Bai Jianguo, Yang Liwen and Tegusi were in the "
        "rostrum."
    )
    names = {p.name for p in x.persons}
    assert {"Naranhua", "Tegusi", "Bai Jianguo", "Yang Liwen"} <= names
    (m,) = x.meetings
    assert set(_roles(m)) == {"Naranhua", "Tegusi", "Bai Jianguo", "Yang Liwen"}


def test_which_was_chaired_by_names_the_chair():
    x = _x(
        "Headline\nOn May 8, the presidium held its second meeting, which was chaired by "
        "Luo Xiaodong."
    )
    (m,) = x.meetings
    assert _roles(m) == {"Luo Xiaodong": CHAIR}


def test_a_collective_study_is_a_meeting():
    x = _x(
        "Headline\nOn May 8, the Standing Committee of the Municipal Party Committee held a "
        "collective study at the Red Army Memorial Site. Zou Lichun chaired the study."
    )
    (m,) = x.meetings
    assert m.date == "2024-05-08" and "Collective Study" in m.name
    assert _roles(m) == {"Zou Lichun": CHAIR}


def test_what_the_next_meeting_implements_stays_with_it():
    x = _x(
        "Headline\nOn May 8, the Municipal Party Committee held a work conference. On the "
        "afternoon of the 7th, the Standing Committee of the Municipal Party Committee held an "
        "enlarged meeting to study the spirit of the Third Plenary Session of the 12th Provincial "
        "Party Committee. The study was held at the Liuyang Conference Site."
    )
    first, second = sorted(x.meetings, key=lambda m: m.date, reverse=True)
    assert first.implements == ()
    assert [i.meeting for i in second.implements] == [
        "Third Plenary Session of the 12th Provincial Party Committee"
    ]


def test_a_lower_case_reference_takes_the_body_not_its_party_committee():
    x = _x(
        "Headline\nOn May 8, the Party Committee of the University of Mining of Hunan held a "
        "meeting. Ren Hongbo, Vice President of the university, attended."
    )
    assert ("Ren Hongbo", "Vice President", "University of Mining of Hunan") in _posts(x)


def test_a_body_of_the_place_named_by_its_task_and_its_office():
    x = _x(
        "Headline\nOn May 8, the Changsha Municipal Party Committee held a meeting. Tang Ke, "
        "Director of the Office of the Municipal Leading Group for Rural Revitalization Work, "
        "attended."
    )
    group = "Changsha Municipal Leading Group for Rural Revitalization Work"
    assert _orgs(x)[f"Office of the {group}"] == group
    assert ("Tang Ke", "Director", f"Office of the {group}") in _posts(x)


def test_talks_with_a_delegation_are_a_meeting_of_their_own():
    x = _x(
        "Headline\nOn the afternoon of the 8th, Secretary Qiu Lianfang met with a delegation of "
        "the Freedom Party of Norland.\n"
        "In the morning of the same day, Mayor Dai Renshou held talks with the delegation. Shao "
        "Binghua attended the talks."
    )
    assert len(x.meetings) == 2
    talks = next(m for m in x.meetings if "Talks" in m.name)
    assert set(_roles(talks)) == {"Dai Renshou", "Shao Binghua"}


def test_municipal_meeting_names_keep_municipal_and_cppcc_is_no_meeting():
    x = _x(
        "Headline\nOn May 8, the Changsha Municipal Party Committee held a meeting to implement "
        "the requirements of the Municipal Rural Work Conference and the spirit of the third "
        "session of the 14th National Committee of the Chinese People's Political Consultative "
        "Conference. Gan Lu, Secretary of the Party Group and President of the court, attended."
    )
    (m,) = x.meetings
    names = [i.meeting for i in m.implements]
    assert "Changsha Municipal Rural Work Conference" in names
    assert "Chinese People's Political Consultative Conference" not in names


def test_background_meeting_of_last_year_and_a_clause_after_the_chair():
    x = _x(
        "Headline\nOn May 8, the Municipal Party Committee held a work meeting. The meeting was "
        "presided over by Xue Kaiming, and Fang Weilin delivered a speech. The work meeting held "
        "on March 18 last year launched the campaign."
    )
    (m,) = x.meetings
    assert m.date == "2024-05-08"
    assert _roles(m)["Xue Kaiming"] == CHAIR and _roles(m)["Fang Weilin"] != CHAIR


def test_a_named_meeting_co_chaired_by_two_persons():
    x = _x(
        "Headline\nOn May 8, the Municipal Government held a press conference. After that, the "
        "second joint meeting on the cooperation between the two zones was co-chaired by Mo "
        "Jianhua, Director of the Management Committee, and Lu Xiaoyan."
    )
    assert len(x.meetings) == 2
    joint = next(m for m in x.meetings if "Joint" in m.name)
    assert _roles(joint) == {"Mo Jianhua": CHAIR, "Lu Xiaoyan": CHAIR}


def test_a_meeting_of_a_cppcc_body_is_a_meeting_not_a_conference():
    x = _x(
        "Headline\nThe 9th meeting of the Standing Committee of the Changsha Municipal Committee "
        "of the Chinese People's Political Consultative Conference was held on the 8th. Zeng "
        "Lihua spoke at the meeting.\nOn the afternoon of the 7th, Tao Mingzhu presided over the "
        "third chairpersons' meeting of the Municipal CPPCC."
    )
    ninth = next(m for m in x.meetings if m.date == "2024-05-08")
    assert "Zeng Lihua" in _roles(ninth)


def test_the_committee_refers_to_the_committee_named_before_not_inside_a_meeting_name():
    x = _x(
        "Headline\nOn May 8, Wen Jiale, Director of the Municipal Committee for Comprehensively "
        "Deepening Reform, hosted the 5th meeting of the committee. It studied the spirit of "
        "the Fourth Plenary Session of the Ninth Changsha Municipal Party Committee. Ye Qiuming, "
        "Deputy Director of the committee and Deputy Secretary of the Municipal Party Committee, "
        "attended. Jin Ruolan, Head of the Leading Group, spoke. The Municipal Leading Group for "
        "Rural Work met too."
    )
    body = "Changsha Municipal Committee for Comprehensively Deepening Reform"
    posts = _posts(x)
    assert ("Ye Qiuming", "Deputy Director", body) in posts
    assert ("Ye Qiuming", "Deputy Secretary", "Changsha Municipal Party Committee") in posts


def test_implemented_meetings_written_in_lower_case_or_with_under():
    x = _x(
        "Headline\nOn May 8, the Municipal Party Committee held a meeting. It studied the "
        "arrangements made at the promotion meeting on deepening the reform of rural credit "
        "cooperatives held by the province, the requirements of the national video conference "
        "on fire safety in the dry season, and the spirit of the Work Conference of Colleges "
        "Directly under the Ministry."
    )
    (m,) = x.meetings
    names = {i.meeting for i in m.implements}
    assert "Promotion Meeting on Deepening the Reform of Rural Credit Cooperatives" in names
    assert "National Video Conference on Fire Safety in the Dry Season" in names
    assert "Work Conference of Colleges Directly under the Ministry" in names


def test_more_ways_of_saying_implement():
    for cue in ("to put into practice the tasks set at", "to follow through on", "acting on"):
        x = _x(
            "Headline\nOn May 8, the Municipal Party Committee held a meeting "
            f"{cue} the Fourth Plenary Session of the 12th Provincial Party Committee."
        )
        (m,) = x.meetings
        assert [i.meeting for i in m.implements] == [
            "Fourth Plenary Session of the 12th Provincial Party Committee"
        ], cue


def test_outlet_groups_portals_and_the_municipal_cdi():
    x = _x(
        "Headline\nOn May 8, the Changsha Municipal Party Committee held a meeting. Shu Anping, "
        "Secretary "
        "of the Municipal CDI, attended.\nCopyright Changsha Daily Newspaper Group | Changsha "
        "Government Portal",
        source=None,
    )
    orgs = _orgs(x)
    assert {"Changsha Daily Newspaper Group", "Changsha Government Portal"} <= set(orgs)
    assert (
        "Shu Anping",
        "Secretary",
        "Changsha Municipal Commission for Discipline Inspection",
    ) in _posts(x)


def test_a_body_of_the_state_council_is_named_with_its_parent():
    x = _x(
        "Headline\nOn May 8, the Forest Fire Prevention Committee of the State Council held a "
        "national video conference."
    )
    orgs = _orgs(x)
    assert orgs["Forest Fire Prevention Committee of the State Council"] == "State Council"


def test_a_named_guest_reception_keeps_the_undated_main_meeting_and_skips_past_ones():
    x = _x(
        "Headline\nThe Party Leadership Group of the Municipal Bureau of Commerce held a special "
        "meeting. Kang Yuelin presided over the meeting.\nOn Wednesday, Kang Yuelin met in "
        "Changsha with visiting Danish Minister of Trade Mette Holm. Rao Zhiqiang attended the "
        "meeting. The first meeting of the joint trade committee, which was held in Aarhus last "
        "September, set up the mechanism."
    )
    assert sorted(str(m.date) for m in x.meetings) == ["2024-05-08", "None"]
    guest = next(m for m in x.meetings if m.date)
    assert set(_roles(guest)) == {"Kang Yuelin", "Rao Zhiqiang", "Mette Holm"}


def test_a_meeting_someone_had_spoken_at_before_is_background():
    x = _x(
        "Headline\nOn May 8, the Information Office of the Municipal People's Government held a "
        "press conference. Director Wei recalled that Mayor Ding Fuyuan had called at the 9th "
        "executive meeting of the municipal government on April 20 for faster work."
    )
    assert [m.date for m in x.meetings] == ["2024-05-08"]


def test_an_earlier_meeting_with_the_same_noun_but_a_narrower_topic_is_implemented():
    x = _x(
        "Headline\nOn May 8, the Provincial Department of Water Resources held a video "
        "conference on flood control and drought relief. The conference implemented the "
        "arrangements of the national video conference on flood control held on May 2."
    )
    (m,) = x.meetings
    assert [i.meeting for i in m.implements] == ["National Video Conference on Flood Control"]


def test_a_title_chain_before_the_next_titled_name_keeps_its_own_posts():
    x = _x(
        "Headline\nOn May 8, the Changsha Municipal Party Committee held a meeting. Xu Mingde, "
        "Member of the Standing Committee of the Municipal Party Committee and Secretary-General, "
        "and Vice Mayor Gu Hanlin attended. Liao Shengli, Deputy Secretary of the Party Committee, "
        "Director and General Manager of Xiangjiang Timber Group Co., Ltd., spoke."
    )
    posts = _posts(x)
    party = "Changsha Municipal Party Committee"
    assert ("Xu Mingde", "Secretary-General", party) in posts
    assert ("Xu Mingde", "Member of the Standing Committee", party) in posts
    assert ("Gu Hanlin", "Vice Mayor", "Changsha Municipal People's Government") in posts
    assert ("Liao Shengli", "Director", "Xiangjiang Timber Group Co., Ltd.") in posts


def test_lower_case_bodies_of_the_place_and_named_offices():
    x = _x(
        "Headline\nOn May 8, the Changsha Municipal People's Government held a meeting. It heard "
        "a report of the municipal natural resources and planning bureau. Duan Ke, Director of "
        "the Foreign Affairs Office of the Municipal People's Government, attended."
    )
    orgs = _orgs(x)
    assert "Changsha Municipal Natural Resources and Planning Bureau" in orgs
    office = "Foreign Affairs Office of the Changsha Municipal People's Government"
    assert orgs[office] == "Changsha Municipal People's Government"
    assert ("Duan Ke", "Director", office) in _posts(x)


def test_the_presidium_of_a_named_session():
    x = _x(
        "Headline\nYesterday, the Third Session of the 15th Changsha Municipal People's Congress "
        "opened. Executive chairmen of the presidium of the session Bao Lixin and Ou Yaping were "
        "seated on the rostrum."
    )
    presidium = "Presidium of the Third Session of the 15th Changsha Municipal People's Congress"
    assert presidium in _orgs(x)
    assert ("Ou Yaping", "Executive Chairman", presidium) in _posts(x)


def test_the_office_of_a_leading_group_named_before():
    x = _x(
        "Headline\nOn May 8, the Changsha Municipal Party Committee held a meeting. Pan Yizhou, "
        "Head of the Leading Group for Rural Revitalization of the Municipal Party Committee, "
        "spoke. Kuang Lin, Director of the Office of the Leading Group, attended."
    )
    group = "Leading Group for Rural Revitalization of the Changsha Municipal Party Committee"
    assert ("Kuang Lin", "Director", f"Office of the {group}") in _posts(x)


def test_members_of_the_party_committee_of_a_body_named_in_lower_case():
    x = _x(
        "Headline\nOn May 8, the Zhuzhou Municipal Tax Service held a work conference. Members of "
        "the Party Committee of the municipal tax service Hou Jinlong and Peng Shuya attended."
    )
    body = "Party Committee of the Zhuzhou Municipal Tax Service"
    assert ("Peng Shuya", "Member", body) in _posts(x)


def test_every_title_of_a_plural_lead_is_shared_along_the_list():
    x = _x(
        "Headline\nOn May 8, the Party Leadership Group of the Ministry of Water Resources held a "
        "meeting. Members of the Party Leadership Group of the Ministry of Water Resources and "
        "Vice Ministers Dong Shiyu, Lei Huaping and Mao Kaixin attended."
    )
    posts = _posts(x)
    for name in ("Dong Shiyu", "Mao Kaixin"):
        assert (name, "Vice Minister", "Ministry of Water Resources") in posts
        assert (
            name,
            "Member",
            "Party Leadership Group of the Ministry of Water Resources",
        ) in posts


def test_introducing_the_experience_at_a_meeting_is_taking_part():
    x = _x(
        "Headline\nOn May 8, the Municipal Party Committee held a work conference. Jiang Wenyu, "
        "Director of the Liling Municipal Tax Service, introduced the experience of the city."
    )
    (m,) = x.meetings
    assert "Jiang Wenyu" in _roles(m)


def test_graded_inspectors_and_research_fellows_are_titles():
    x = _x(
        "Headline\nOn May 8, the Changsha Municipal Party Committee held a study session. Ning "
        "Hao, a research fellow of the Xiangjiang Memorial Hall, gave a lecture. Bo Ruiqi, "
        "Level-1 Inspector of the Ministry of Commerce, attended."
    )
    posts = _posts(x)
    assert ("Ning Hao", "Research Fellow", "Xiangjiang Memorial Hall") in posts
    assert ("Bo Ruiqi", "Level-1 Inspector", "Ministry of Commerce") in posts


def test_a_sub_body_named_only_through_a_post_is_listed():
    x = _x(
        "Headline\nOn May 8, the Changsha Municipal Party Committee held a meeting. Pan Yizhou, "
        "Head of the Leading Group for Rural Revitalization of the Municipal Party Committee, "
        "spoke. Kuang Lin, Director of the Office of the Leading Group, attended."
    )
    group = "Leading Group for Rural Revitalization of the Changsha Municipal Party Committee"
    assert _orgs(x)[f"Office of the {group}"] == group


def _by_date(x) -> dict[str, dict[str, str]]:
    return {m.date: {p.person: p.role for p in m.participations} for m in x.meetings}


def test_a_meeting_some_days_later_is_dated_from_the_one_before():
    x = _x(
        "Headline\nOn May 3, the Provincial Forestry Conference was held in Changsha. Governor "
        "Tang Weiguo presided. Our city's Li Hanbo attended the conference.\nThree days later, "
        "the Standing Committee of the Yueyang Municipal Party Committee held a meeting to study "
        "the spirit of the provincial conference. Li Hanbo, Secretary of the Municipal Party "
        "Committee, chaired the meeting. Zhou Pingan attended."
    )
    people = _by_date(x)
    assert set(people) == {"2024-05-03", "2024-05-06"}
    assert people["2024-05-06"]["Li Hanbo"] == CHAIR
    assert "Zhou Pingan" not in people["2024-05-03"]
    assert people["2024-05-03"].get("Li Hanbo") != CHAIR


def test_a_body_that_then_held_its_first_meeting_held_a_second_meeting_that_day():
    x = _x(
        "Headline\nOn the afternoon of the 6th, the session held its preparatory meeting, "
        "presided over by Luo Minghe. The presidium then held its first meeting, chaired by "
        "Director Luo, which decided the daily schedule."
    )
    assert [m.date for m in x.meetings] == ["2024-05-06", "2024-05-06"]
    assert all(_by_date(x)["2024-05-06"].get("Luo Minghe") == CHAIR for _ in x.meetings)


def test_the_closing_session_of_a_two_day_conference_is_part_of_it():
    x = _x(
        "Headline\nThe 2024 Provincial Water Work Conference was held in Changsha from May 8 to "
        "9. Xu Dongmei presided over the opening session. On the afternoon of the 9th, Gao "
        "Zhenyu presided over the closing session and made a concluding speech."
    )
    (m,) = x.meetings
    assert (m.date, m.end_date) == ("2024-05-08", "2024-05-09")
    roles = {p.person: p.role for p in m.participations}
    assert roles["Xu Dongmei"] == CHAIR and roles["Gao Zhenyu"] == CHAIR


def test_leaders_taking_seats_on_the_rostrum_or_seated_together_with_others_attend():
    x = _x(
        "Headline\nOn May 8, the Third Session of the 9th Xiangtan Municipal People's Congress "
        "opened. Executive chairmen Peng Yuhan and Qiu Lanfang took their seats in the front row "
        "of the rostrum. Wen Jiaqi was seated on the rostrum together with Members of the "
        "Standing Committee of the Municipal Party Committee Shi Kaiyuan and Bai Ruoxi."
    )
    (m,) = x.meetings
    names = {p.person for p in m.participations}
    assert {"Peng Yuhan", "Qiu Lanfang", "Wen Jiaqi", "Shi Kaiyuan", "Bai Ruoxi"} <= names


def test_the_headline_naming_the_first_meeting_in_lower_case_is_not_implemented_by_it():
    x = _x(
        "City committee holds meeting to convey the spirit of the provincial forestry conference"
        "\nOn May 3, the Hunan Provincial Conference on Forestry Reform was held in Changsha. "
        "Tang Weiguo presided.\nTwo days later, the Standing Committee of the Yueyang Municipal "
        "Party Committee held a meeting to convey the spirit of the provincial conference. Li "
        "Hanbo presided."
    )
    first, second = x.meetings
    assert first.implements == ()
    assert [i.meeting for i in second.implements] == [first.name]


def test_an_implemented_meeting_name_keeps_a_list_of_places_and_ends_before_the_next_object():
    x = _x(
        "Headline\nOn May 8, the Yueyang Municipal Party Committee held a meeting. It studied the "
        "speech Xi Jinping delivered at the symposium on promoting the green development of the "
        "river basin and the spirit of the Sixth Plenary Session of the 12th Hunan Provincial "
        "Party Committee, and the speech he delivered at the Symposium on Coordinated Development "
        "of Hunan, Hubei and Jiangxi in April. Li Hanbo presided over the meeting."
    )
    (m,) = x.meetings
    names = {i.meeting for i in m.implements}
    assert "Symposium on Coordinated Development of Hunan, Hubei and Jiangxi" in names
    assert "Symposium on Promoting the Green Development of the River Basin" in names


def test_executive_chairmen_of_the_sessions_presidium():
    x = _x(
        "Headline\nThe Third Session of the 9th Xiangtan Municipal People's Congress opened "
        "yesterday morning. Executive chairmen of the session's presidium Peng Yuhan and Qiu "
        "Lanfang took their seats in the front row of the rostrum."
    )
    body = "Presidium of the Third Session of the 9th Xiangtan Municipal People's Congress"
    assert {("Peng Yuhan", "Executive Chairman", body)} <= _posts(x)
    assert ("Qiu Lanfang", "Executive Chairman", body) in _posts(x)


def test_a_discipline_inspection_team_stationed_in_the_department_is_named_in_full():
    x = _x(
        "Headline\nOn May 8, the Party Leadership Group of the Hunan Provincial Department of "
        "Water Resources held a meeting. Director Luo Minghe presided. Wang Hanlin, Head of the "
        "Discipline Inspection and Supervision Team of the Provincial Commission for Discipline "
        "Inspection and Provincial Supervisory Commission stationed in the department, attended."
    )
    team = (
        "Discipline Inspection and Supervision Team of the Hunan Provincial Commission for "
        "Discipline Inspection and Hunan Provincial Supervisory Commission Stationed in the Hunan "
        "Provincial Department of Water Resources"
    )
    assert ("Wang Hanlin", "Head", team) in _posts(x)
    assert _orgs(x)[team] == "Hunan Provincial Commission for Discipline Inspection"


def test_a_team_stationed_at_the_ministry_is_of_the_ministry_its_minister_heads():
    x = _x(
        "Headline\nOn May 8, a work conference was held in Beijing. Li Guoying, Minister of Water "
        "Resources, presided. Wang Hanlin, Head of the Discipline Inspection and Supervision Team "
        "of the Central Commission for Discipline Inspection and the National Supervisory "
        "Commission stationed at the Ministry, attended."
    )
    team = (
        "Discipline Inspection and Supervision Team of the Central Commission for Discipline "
        "Inspection and the National Supervisory Commission Stationed at the Ministry of Water "
        "Resources"
    )
    assert ("Wang Hanlin", "Head", team) in _posts(x)


def test_a_director_after_a_party_group_post_is_the_departments_not_the_groups():
    x = _x(
        "Headline\nOn May 8, the Party Leadership Group of the Hunan Provincial Department of "
        "Water Resources held an enlarged meeting. Luo Minghe, Secretary of the Party Leadership "
        "Group and Director of the Department, presided over the meeting. Members of the Party "
        "Leadership Group and Deputy Directors Tie Hanbo and Ma Yulan attended."
    )
    dept = "Hunan Provincial Department of Water Resources"
    group = f"Party Leadership Group of the {dept}"
    posts = _posts(x)
    assert {("Luo Minghe", "Secretary", group), ("Luo Minghe", "Director", dept)} <= posts
    assert {("Tie Hanbo", "Member", group), ("Tie Hanbo", "Deputy Director", dept)} <= posts


def test_a_department_after_a_party_committee_post_is_that_committees():
    x = _x(
        "Headline\nOn May 8, the Yueyang Municipal Party Committee held a meeting. Shi Kaiyuan, "
        "Member of the Standing Committee of the Municipal Party Committee and Minister of the "
        "Publicity Department, spoke."
    )
    dept = "Publicity Department of the Yueyang Municipal Party Committee"
    assert ("Shi Kaiyuan", "Minister", dept) in _posts(x)
    assert dept in _orgs(x)


def test_a_district_named_like_a_city_elsewhere_is_a_district_of_the_articles_city():
    x = _x(
        "Headline\nOn May 8, the Dalian Municipal Party Committee held a meeting. Rao Wei, "
        "Secretary of the Zhongshan District Party Committee, spoke.",
        source="Dalian Daily",
    )
    assert ("Rao Wei", "Secretary", "Dalian Zhongshan District Party Committee") in _posts(x)



def test_a_lower_case_team_of_the_municipal_cdi_stationed_in_the_court():
    x = _x(
        "Headline\nOn May 8, the Party Group of the Yueyang Intermediate People's Court held a "
        "meeting. Chen Yuhong, Head of the discipline inspection and supervision team of the "
        "Municipal CDI stationed in the court, sat in on the meeting."
    )
    (post,) = [q for p in x.persons if p.name == "Chen Yuhong" for q in p.posts]
    assert post.organization is not None
    assert post.organization.startswith(
        "Discipline Inspection and Supervision Team of the Yueyang Municipal Commission for "
        "Discipline Inspection Stationed in the "
    )
    assert post.organization.endswith("Intermediate People's Court")


def test_a_commission_named_by_its_task_ends_before_and_the_next_meeting():
    x = _x(
        "Headline\nOn May 6, the Party Leadership Group of the Provincial Department of Water "
        "Resources held an enlarged meeting to convey the spirit of the Fourth Plenary Session of "
        "the 13th Hunan Provincial Commission for Discipline Inspection and the National Water "
        "Resources Work Conference. Luo Minghe presided over the meeting."
    )
    assert not [o for o in _orgs(x) if "Conference" in o]
    (m,) = x.meetings
    assert "National Water Resources Work Conference" in {i.meeting for i in m.implements}
