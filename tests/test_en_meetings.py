"""English meetings: held vs. planned, dates, participations, implements."""

from convene.ingest.en import extract_en
from convene.ingest.facts import CHAIR, Article


def _x(text: str, published: str | None = "2024-04-02", source: str | None = "Henan Daily"):
    return extract_en(Article("t.txt", text, "en", text.split("\n", 1)[0], published, source))


def _roles(m) -> dict[str, str]:
    return {p.person: p.role for p in m.participations}


def test_relative_dates_resolve_against_the_page_date():
    cases = {
        "On the morning of the 1st, the Provincial Party Committee held a meeting.": "2024-04-01",
        "On the 28th, the Provincial Party Committee held a meeting.": "2024-03-28",
        "On Sunday, the Provincial Party Committee held a meeting.": "2024-03-31",
        "The Provincial Party Committee held a meeting on March 30.": "2024-03-30",
    }
    for sentence, day in cases.items():
        (m,) = _x("Headline\n" + sentence).meetings
        assert m.date == day, sentence


def test_multi_day_meeting_and_unknown_year():
    (m,) = _x(
        "Headline\nThe Standing Committee of the Provincial People's Congress had its ninth "
        "meeting in Zhengzhou from March 27th to 29th."
    ).meetings
    assert (m.date, m.end_date, m.location) == ("2024-03-27", "2024-03-29", "Zhengzhou")
    (m,) = _x(
        "Zhengzhou, May 3rd\nOn the 3rd, the Provincial Archives Work Conference was held.",
        published=None,
    ).meetings
    assert m.date is None


def test_trips_and_planned_meetings_are_not_meetings():
    text = (
        "Headline\nOn the 1st, Qiao Feng, Secretary of the Provincial Party Committee, inspected "
        "factories in Luoyang. The provincial economic work conference to be held next week "
        "should be well prepared."
    )
    assert _x(text).meetings == ()


def test_chair_attendees_and_speakers():
    text = (
        "Headline\nOn the 1st, the Provincial Party Committee held an enlarged meeting of its "
        "Standing Committee. Qiao Feng, Secretary of the Provincial Party Committee, presided over "
        "the meeting. Also present at the meeting were Lou Yang and Zeng Ke. The speech of Premier "
        "Dong Hai was relayed by Lou Yang."
    )
    (m,) = _x(text).meetings
    assert _roles(m) == {"Qiao Feng": CHAIR, "Lou Yang": "speaker", "Zeng Ke": "attendee"}
    assert m.chaired_by == ("Qiao Feng",)
    for p in m.participations:
        assert p.evidence and text[p.evidence.start : p.evidence.end] == p.evidence.quote


def test_two_meetings_on_the_same_day_keep_their_own_chairs():
    text = (
        "Headline\nOn the 1st, Yin Hong presided over the executive meeting of the Provincial "
        "People's Government. On the same day, Yin Hong also presided over the meeting of the "
        "Provincial Leading Group for Finance. Members of the leading group attended."
    )
    ms = _x(text).meetings
    assert [m.date for m in ms] == ["2024-04-01", "2024-04-01"]
    assert all(m.chaired_by == ("Yin Hong",) for m in ms)


def test_implements_named_meetings_not_instructions_letters_or_future_meetings():
    text = (
        "Headline\nOn the 1st, the Provincial Party Committee held a meeting to convey the spirit "
        "of the Central Rural Work Conference and General Secretary Xi Jinping's important "
        "speech at the symposium on ecological protection of the Yellow River basin, and the "
        "important instructions and letters of the General Secretary. It called for welcoming "
        "the 21st National Congress of the Party with excellent results."
    )
    (m,) = _x(text).meetings
    names = [i.meeting for i in m.implements]
    assert "Central Rural Work Conference" in names
    assert any(n.lower().startswith("symposium on ecological protection") for n in names)
    assert not any("21st" in n for n in names)
    assert len(names) == 2
    for i in m.implements:
        assert i.evidence and text[i.evidence.start : i.evidence.end] == i.evidence.quote


def test_later_meeting_implements_the_earlier_one_by_anaphor():
    text = (
        "Headline\nOn the morning of the 1st, the Provincial Party Committee held the provincial "
        "safety work video conference. After that, Kaifeng held a city-wide safety meeting to "
        "implement the spirit of the provincial meeting. Ma Jun, Mayor, chaired it."
    )
    first, second = _x(text).meetings
    assert second.date == first.date == "2024-04-01"
    assert [i.meeting for i in second.implements] == [first.name]
    assert "Henan Provincial" in first.name


def test_passive_attendance_and_a_lower_case_named_meeting_implemented():
    text = (
        "Headline\nGong Li, Mayor of Luoyang, chaired an executive meeting of the Municipal "
        "Government on Monday. The meeting was also attended by Du Fei. It called for carrying "
        "out the arrangements of the State Council executive meeting held last week."
    )
    (m,) = _x(text, published="2024-04-02").meetings
    assert m.date == "2024-04-01"
    assert _roles(m) == {"Gong Li": CHAIR, "Du Fei": "attendee"}
    assert [i.meeting for i in m.implements] == ["State Council Executive Meeting"]


def test_a_later_day_is_not_the_meeting_and_lists_ending_with_other_members():
    text = (
        "Headline\nThis morning, the Provincial Party Committee held a meeting. Pan Yue, Ayxam "
        "Tursun and other members of the Standing Committee attended. On the 30th, Gu Ming "
        "attended the opening ceremony of a trade fair."
    )
    (m,) = _x(text, published="2024-04-02").meetings
    assert m.date == "2024-04-02"
    assert m.participants == ("Pan Yue", "Ayxam Tursun")


def test_a_reception_has_no_chair_and_its_guest_takes_part():
    text = (
        "Headline\nOn the afternoon of the 1st, Xu Qin, Secretary of the Provincial Party "
        "Committee, met with a delegation led by Pham Van Duc in Zhengzhou. Kong Jie attended. "
        "On the same day, the Provincial Party Committee held an (enlarged) meeting, presided "
        "over by Xu Qin."
    )
    reception, meeting = _x(text).meetings
    assert (reception.date, reception.location, reception.organizer) == (
        "2024-04-01",
        "Zhengzhou",
        None,
    )
    assert reception.chaired_by == ()
    assert set(reception.participants) == {"Xu Qin", "Pham Van Duc", "Kong Jie"}
    assert meeting.chaired_by == ("Xu Qin",)
    assert meeting.name.startswith("Enlarged Meeting")


def test_later_that_day_is_the_same_day():
    text = (
        "Headline\nOn the 1st, Ye Qing presided over the executive meeting of the Provincial "
        "People's Government. Later that day, the Provincial Party Committee held a symposium."
    )
    assert [m.date for m in _x(text).meetings] == ["2024-04-01", "2024-04-01"]


def test_rostrum_and_two_passive_cues_in_one_sentence():
    text = (
        "Headline\nOn the 1st, the Provincial People's Congress opened its session. Seated on the "
        "rostrum were Wu Lan, Abdul Karim and Zhou Bo. The session was chaired by Fei Yu and "
        "attended by Lu Ke, who made a concluding speech."
    )
    (m,) = _x(text).meetings
    assert _roles(m) == {
        "Fei Yu": CHAIR,
        "Wu Lan": "attendee",
        "Abdul Karim": "attendee",
        "Zhou Bo": "attendee",
        "Lu Ke": "speaker",
    }


def test_attending_a_named_conference_reports_it_as_held():
    text = (
        "Headline\nOn the 1st, Governor Wu Qing attended the national video conference on work "
        "safety at the provincial venue. Vice Governor Li Hua also attended."
    )
    (m,) = _x(text).meetings
    assert (m.date, m.name) == ("2024-04-01", "National Video Conference on Work Safety")
    assert _roles(m) == {"Wu Qing": "attendee", "Li Hua": "attendee"}


def test_speech_at_a_lower_case_celebration_meeting_counts_as_that_meeting():
    text = (
        "Headline\nOn the 1st, the Provincial Party Committee held a meeting to study General "
        "Secretary Xi Jinping's important speech at the meeting celebrating the 100th anniversary "
        "of the founding of the Communist Party of China."
    )
    (m,) = _x(text).meetings
    assert [i.meeting for i in m.implements] == [
        "Meeting Celebrating the 100th Anniversary of the Founding of the Communist Party of China"
    ]


def test_more_ways_to_say_when_who_chaired_and_who_spoke():
    text = (
        "Headline\nA symposium on private enterprises took place in Kaifeng last Friday, with Tan "
        "Wei presiding. Also attending were Ou Hong and Mei Lan. Ou Hong stressed at the "
        "symposium that costs must fall. General Secretary Xi Jinping stressed that firms matter."
    )
    (m,) = _x(text, published="2024-04-05").meetings
    assert (m.date, m.location) == ("2024-03-29", "Kaifeng")
    assert _roles(m) == {"Tan Wei": CHAIR, "Ou Hong": "speaker", "Mei Lan": "attendee"}


def test_a_quoted_leader_presiding_elsewhere_is_neither_a_meeting_nor_a_chair():
    text = (
        "Headline\nZHENGZHOU, March 5\nThe Standing Committee of the Provincial Party Committee "
        "held a meeting. Li Hua presided over the meeting and conveyed the spirit of the speech "
        "General Secretary Xi Jinping delivered when he presided over the symposium on rural work."
    )
    (m,) = _x(text, published="2024-03-06").meetings
    assert m.date == "2024-03-05"  # from the dateline above the undated clause
    assert m.chaired_by == ("Li Hua",)
    assert [i.meeting for i in m.implements] == ["Symposium on Rural Work"]


def test_other_ways_a_meeting_is_reported_as_held():
    cases = {
        "The Standing Committee of the Provincial Party Committee met on Monday. Li Hua "
        "presided.": ("2024-04-01", None),
        "An executive meeting of the Provincial Government on Friday approved a plan. Governor "
        "Li Hua chaired it.": ("2024-03-29", None),
        "The provincial work safety conference, chaired by Li Hua, was held from 1 to 2 April.": (
            "2024-04-01",
            "2024-04-02",
        ),
    }
    for sentence, (day, last) in cases.items():
        (m,) = _x("Headline\n" + sentence).meetings
        assert (m.date, m.end_date, m.chaired_by) == (day, last, ("Li Hua",)), sentence


def test_a_date_the_meeting_decides_on_does_not_end_its_scope():
    text = (
        "Headline\nOn the 1st, the Provincial Government held an executive meeting. It decided "
        "that the session will be convened on April 20. Vice Governor Ma Lu attended."
    )
    (m,) = _x(text).meetings
    assert m.participants == ("Ma Lu",)


def test_a_session_that_will_open_is_not_held():
    text = (
        "Headline\nOn the 1st, the Standing Committee of the Provincial People's Congress held a "
        "meeting. The second session of the 14th Provincial People's Congress will open on "
        "April 20 in Zhengzhou."
    )
    assert [m.date for m in _x(text).meetings] == ["2024-04-01"]


def test_participle_reports_and_one_meeting_per_sentence():
    held = _x(
        "Headline\nThe plenary session of the Provincial Party Committee, held in Xinxiang on the "
        "1st, adopted a decision. Li Hua delivered a speech."
    ).meetings
    assert [(m.date, m.location) for m in held] == [("2024-04-01", "Xinxiang")]
    (m,) = _x("Headline\nLi Hua called a meeting of the Provincial Government on the 1st.").meetings
    assert m.organizer == "Henan Provincial People's Government"
    quoted = _x(
        "Headline\nOn the 1st, the Provincial Government held a meeting to study the spirit of the "
        "Central Economic Work Conference, held in Beijing on March 12."
    ).meetings
    assert [m.date for m in quoted] == ["2024-04-01"]


def test_today_counts_from_the_dateline():
    text = "Headline\nLhasa, March 30 -- The Provincial Government held a meeting today."
    (m,) = _x(text, published="2024-04-01", source="Tibet Daily").meetings
    assert m.date == "2024-03-30"
