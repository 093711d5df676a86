"""English meetings: more ways a report says when a meeting ran and who took part in it.

Every sentence here is invented; none comes from the corpus or the held-out articles.
"""

from convene.ingest.en import extract_en
from convene.ingest.facts import CHAIR, Article


def _x(text: str, published: str | None = "2024-04-06", source: str | None = "Hubei Daily"):
    return extract_en(Article("t.txt", text, "en", text.split("\n", 1)[0], published, source))


def _roles(m) -> dict[str, str]:
    return {p.person: p.role for p in m.participations}


def test_a_closing_day_with_the_opening_day_beside_it_is_a_date_range():
    # 2024-04-06 is a Saturday: Friday is the 5th, Tuesday the 2nd
    text = (
        "Headline\nThe 9th session of the Standing Committee of the Provincial People's Congress "
        "closed in Wuhan on Friday after a four-day session that began on Tuesday."
    )
    (m,) = _x(text).meetings
    assert (m.date, m.end_date, m.location) == ("2024-04-02", "2024-04-05", "Wuhan")
    (m,) = _x("Headline\nThe plenary session closed on Friday.").meetings
    assert (m.date, m.end_date) == ("2024-04-05", None)  # known only by its closing day


def test_a_long_body_name_with_its_acronym_still_opens_a_meeting():
    text = (
        "Headline\nThe 3rd meeting of the Standing Committee of the 13th Hubei Provincial "
        "Committee of the Chinese People's Political Consultative Conference (CPPCC) opened in "
        "Wuhan on the 4th. Fu Lin presided over the opening meeting."
    )
    (m,) = _x(text).meetings
    assert (m.date, m.location, m.chaired_by) == ("2024-04-04", "Wuhan", ("Fu Lin",))


def test_said_at_a_briefing_held_by_a_body_reports_the_briefing():
    text = (
        "Headline\nOfficials said at a press briefing held by the Provincial People's Government "
        "in Wuhan on Thursday that exports grew. Kang Rui presided over the press briefing."
    )
    (m,) = _x(text).meetings
    assert (m.date, m.location, m.chaired_by) == ("2024-04-04", "Wuhan", ("Kang Rui",))
    quoted = _x(
        "Headline\nOn the 5th, the Provincial Government held a meeting to study the speech "
        "delivered at the conference held in Beijing on March 2."
    ).meetings
    assert [m.date for m in quoted] == ["2024-04-05"]


def test_a_meeting_right_after_another_is_a_second_meeting_on_that_day():
    text = (
        "Headline\nOn the evening of April 3, the Provincial Government held a video conference "
        "on forest fires, which conveyed the requirements of the conference held on April 1. "
        "Governor Bo Yang chaired the conference. Right after the provincial conference, Yichang "
        "held a meeting. Mayor Ding Rui presided over the meeting."
    )
    first, second = _x(text).meetings
    assert (first.date, second.date) == ("2024-04-03", "2024-04-03")
    assert first.chaired_by == ("Bo Yang",) and second.chaired_by == ("Ding Rui",)
    assert second.location == "Yichang"


def test_more_cues_of_taking_part():
    text = (
        "Headline\nOn the 5th, the County Party Committee held a study session. Gu Tian, Secretary "
        "of the County Party Committee, chaired the session. Ren Bo was invited to give a "
        "lecture. County leaders Kong Wei and Lu Fang were also present. Sun Li, Vice Chairman "
        "of the County People's Congress, sat in on the session. Yan Qing and Mo Lin made "
        "exchange speeches."
    )
    (m,) = _x(text).meetings
    assert _roles(m) == {
        "Gu Tian": CHAIR,
        "Ren Bo": "speaker",
        "Kong Wei": "attendee",
        "Lu Fang": "attendee",
        "Sun Li": "attendee",
        "Yan Qing": "speaker",
        "Mo Lin": "speaker",
    }


def test_after_a_semicolon_a_new_clause_has_its_own_subject():
    text = (
        "Headline\nOn the 5th, the municipal work conference was held. Qu Ming attended and "
        "delivered a speech; Pei Jun made arrangements for the work; Wen Hao, Vice Mayor, "
        "presided over the conference."
    )
    (m,) = _x(text).meetings
    assert m.chaired_by == ("Wen Hao",)
    assert _roles(m) == {"Wen Hao": CHAIR, "Qu Ming": "speaker", "Pei Jun": "speaker"}


def test_a_person_who_convenes_or_calls_a_meeting_chairs_it():
    for verb in ("convened", "called", "held"):
        text = f"Headline\nOn the 5th, Xiong Bin, Mayor, {verb} a meeting on flood control."
        (m,) = _x(text).meetings
        assert m.chaired_by == ("Xiong Bin",), verb
    (m,) = _x("Headline\nOn the 5th, the Provincial Government held a meeting.").meetings
    assert m.chaired_by == ()


def test_implements_lower_case_named_meetings_and_the_meeting_just_before():
    text = (
        "Headline\nOn the evening of April 3, the Provincial Government held a video conference "
        "on forest fires. It conveyed the requirements of the national forest fire prevention "
        "video conference held on April 1 and the spirit of the Central Conference on Work "
        "Relating to Ethnic Affairs. Right after the provincial conference, Yichang held a "
        "meeting to implement its requirements. Its mayor said all work must be done on time at "
        "the second session of the 14th National People's Congress next month."
    )
    x = _x(text)
    first, second = x.meetings
    assert [i.meeting for i in first.implements] == [
        "National Forest Fire Prevention Video Conference",
        "Central Conference on Work Relating to Ethnic Affairs",
    ]
    assert [i.meeting for i in second.implements] == [first.name]
    # a body named only inside a meeting's name is not listed
    assert "National People's Congress" not in {o.name for o in x.organizations}


def test_a_lower_case_mention_of_an_earlier_meeting_takes_its_name():
    text = (
        "Headline\nOn April 3, the Provincial Government held a video and telephone conference on "
        "forest fires. Later that day, the city held a meeting to convey the spirit of the "
        "provincial video conference on forest fires."
    )
    first, second = _x(text).meetings
    assert [i.meeting for i in second.implements] == [first.name]


def test_the_day_before_counts_from_the_meeting_just_reported():
    text = (
        "Headline\nYesterday morning, the Xiangyang municipal economic work conference was held. "
        "Mayor Fu Qiang presided over the conference. The day before, Lou Yu presided over a "
        "meeting of the Standing Committee of the Municipal Party Committee. The following day, "
        "the Municipal Government held a plenary meeting. Tan Bo was also present at the economic "
        "work conference."
    )
    ms = _x(text).meetings
    assert [(m.date, m.chaired_by) for m in ms] == [
        ("2024-04-05", ("Fu Qiang",)),
        ("2024-04-04", ("Lou Yu",)),
        ("2024-04-05", ()),  # the day after the meeting reported just before it
    ]
    assert "Tan Bo" in ms[0].participants


def test_a_leading_group_named_by_its_task_and_a_numbered_central_meeting():
    text = (
        "Headline\nOn April 1, the Leading Group for Comprehensively Deepening Reform of the "
        "Provincial Party Committee held its 15th meeting. It called for implementing the guiding "
        "principles of the 18th meeting of the Central Commission for Comprehensively Deepening "
        "Reform."
    )
    x = _x(text)
    (m,) = x.meetings
    group = (
        "Leading Group for Comprehensively Deepening Reform of the Hubei Provincial Party Committee"
    )
    assert m.organizer == group
    assert {o.name: o.part_of for o in x.organizations}[group] == "Hubei Provincial Party Committee"
    assert [i.meeting for i in m.implements] == [
        "18th Meeting of the Central Commission for Comprehensively Deepening Reform"
    ]


def test_a_sitting_on_a_day_of_a_session_is_that_session():
    text = (
        "Headline\nThe 9th meeting of the Standing Committee of the Hubei Provincial CPPCC closed "
        "on the 5th after a two-day session. Chairwoman Fan Li presided over the closing meeting. "
        "Vice Chairwoman Ke Xin presided over the first plenary meeting on the 4th. The meeting "
        "studied the spirit of the national video and telephone conference on work safety."
    )
    (m,) = _x(text).meetings
    assert (m.date, m.end_date) == ("2024-04-04", "2024-04-05")
    assert m.chaired_by == ("Fan Li", "Ke Xin")
    assert [i.meeting for i in m.implements] == [
        "National Video and Telephone Conference on Work Safety"
    ]


def test_where_a_meeting_was_held_and_what_a_presided_meeting_is_about():
    text = (
        "Headline\nOn the evening of April 3, the Provincial Government held a video conference. "
        "Governor Bo Yang chaired the conference. City leaders attended at the main venue in "
        "Wuhan.\n\nOn April 4, Bo Yang presided over a symposium with representatives of private "
        "enterprises at the Hongshan Hall to hear their views."
    )
    first, second = _x(text).meetings
    assert first.location == "Wuhan"
    assert (second.location, second.name) == (
        "Hongshan Hall",
        "Symposium with Representatives of Private Enterprises",
    )


def test_reports_delivered_presented_or_heard_are_taking_part():
    text = (
        "Headline\nOn the 5th, the Provincial People's Congress opened its session. Governor Li "
        "Hua delivered the government work report. The session heard a report by Zhu Ping on the "
        "budget. Tan Hu presented the work report of the Standing Committee."
    )
    (m,) = _x(text).meetings
    assert _roles(m) == {"Li Hua": "reporter", "Zhu Ping": "reporter", "Tan Hu": "reporter"}


def test_implements_a_numbered_executive_meeting_of_another_body():
    text = (
        "Headline\nOn Tuesday, the County Magistrate presided over the 12th executive meeting of "
        "the Xiyuan County People's Government. The meeting conveyed the spirit of the 9th "
        "executive meeting of the Xiangyang Municipal People's Government."
    )
    x = _x(text, published="2024-05-23")
    (m,) = x.meetings
    assert m.date == "2024-05-21"
    assert [i.meeting for i in m.implements] == [
        "9th Executive Meeting of the Xiangyang Municipal People's Government"
    ]
    assert "Xiangyang Municipal People's Government" not in {o.name for o in x.organizations}


def test_a_session_that_opened_and_later_closed_is_one_meeting():
    text = (
        "Headline\nOn the 3rd, the Fourth Plenary Session of the Provincial Commission for "
        "Discipline Inspection opened in Wuhan. Lu Yan, secretary of the Provincial Commission for "
        "Discipline Inspection, who is also director of the Provincial Supervisory Commission, "
        "presided over the session.\n\nOn the 4th, the session closed. Lu Yan presided over the "
        "closing meeting."
    )
    x = _x(text)
    (m,) = x.meetings
    assert (m.date, m.end_date, m.chaired_by) == ("2024-04-03", "2024-04-04", ("Lu Yan",))
    (p,) = x.persons
    assert [q.title for q in p.posts] == ["Secretary", "Director"]


def test_answering_their_questions_and_a_named_conference_with_the_inside():
    text = (
        "Headline\nOn the 5th, Mayor Xu Hu presided over a symposium for entrepreneurs. Vice "
        "Mayor Pan Qun answered their questions. The symposium studied the spirit of the "
        "Provincial Conference on Promoting the Development of the Private Economy held last week."
    )
    (m,) = _x(text).meetings
    assert _roles(m)["Pan Qun"] == "speaker"
    assert [i.meeting for i in m.implements] == [
        "Hubei Provincial Conference on Promoting the Development of the Private Economy"
    ]
