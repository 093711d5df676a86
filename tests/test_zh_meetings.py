"""Chinese meetings: held vs mentioned, dates against the page date, roles, implements."""

from __future__ import annotations

from zh_helpers import assert_evidence, run

from convene.ingest.facts import CHAIR, NONVOTING, REPORTER, SPEAKER
from convene.ingest.zh_dates import find_dates, text_year

TWO = (
    "省委常委会召开扩大会议\n"
    "今天（14日）上午，省委书记韩志军主持召开省委常委会扩大会议，传达学习党的二十大和"
    "二十届二中、三中全会精神，学习贯彻习近平总书记重要指示精神。省委副书记程立平作工作报告。"
    "省人大常委会主任蒋国栋列席会议。韩志军在会上讲话。\n"
    "会议要求，要为明年将召开的省第十二次党代会做好准备。\n"
    "当天下午，省委理论学习中心组举行集体学习。程立平、蒋国栋出席。\n"
    "来源：浙江日报"
)


def roles(meeting) -> set[tuple[str, str]]:
    return {(p.person, p.role) for p in meeting.participations}


def test_two_meetings_same_day() -> None:
    x = run(TWO, published="2023-03-14")
    assert [(m.name, m.date) for m in x.meetings] == [
        ("中共浙江省委常委会扩大会议", "2023-03-14"),
        ("中共浙江省委理论学习中心组集体学习", "2023-03-14"),
    ]
    assert x.meetings[0].organizer == "中共浙江省委常委会"
    assert_evidence(x)


def test_participation_roles() -> None:
    first, second = run(TWO, published="2023-03-14").meetings
    assert first.chaired_by == ("韩志军",)
    assert {
        ("韩志军", CHAIR),
        ("韩志军", SPEAKER),
        ("程立平", REPORTER),
        ("蒋国栋", NONVOTING),
    } <= roles(first)
    assert second.chaired_by == ()
    assert set(second.participants) == {"程立平", "蒋国栋"}


def test_implements_splits_plenums_and_skips_instructions_and_future() -> None:
    first = run(TWO, published="2023-03-14").meetings[0]
    assert [i.meeting for i in first.implements] == [
        "党的二十届二中全会",
        "党的二十届三中全会",
        "党的二十大",
    ]


def test_range_location_and_year_from_text() -> None:
    text = (
        "全国统计工作会议在京召开\n1月13日至14日，全国统计工作会议在北京召开。"
        "会议总结2024年工作，部署今年重点任务。"
    )
    (m,) = run(text, published=None).meetings
    assert (m.date, m.end_date, m.location) == ("2025-01-13", "2025-01-14", "北京")


def test_year_unknown_gives_null_date() -> None:
    (m,) = run("座谈会召开\n3月2日，省政协召开座谈会。", published=None).meetings
    assert m.date is None


def test_planned_or_time_clause_meetings_are_not_held() -> None:
    x = run("会议认为，今年的全国两会召开时形势复杂。下月将召开全省工作会议。")
    assert x.meetings == ()


def test_session_presidium_meeting_and_venue() -> None:
    text = (
        "8月18日下午，永州会堂庄严隆重，永州市第四届人民代表大会第七次会议在这里开幕。"
        "大会由严华主持。\n开幕前，大会主席团举行了第一次会议。"
    )
    x = run(text, published="2015-08-19")
    assert [(m.name, m.date) for m in x.meetings] == [
        ("永州市第四届人民代表大会第七次会议", "2015-08-18"),
        ("永州市第四届人民代表大会第七次会议主席团第一次会议", "2015-08-18"),
    ]
    assert x.meetings[0].location == "永州会堂"
    assert x.meetings[0].organizer == "永州市人民代表大会"
    assert x.meetings[0].chaired_by == ("严华",)


def test_dates_resolve_against_page_date() -> None:
    days = find_dates("昨天（13日）下午；18日；12月30日", "2021-01-14")
    assert [d.date for d in days] == ["2021-01-13", "2020-12-18", "2020-12-30"]


def test_text_year_from_plans() -> None:
    assert text_year("总结2024年工作，部署2025年重点任务，对今年工作提出要求") == 2025
    assert text_year("总结2024年工作") is None


def test_implements_unnumbered_central_meetings_chained_by_he() -> None:
    x = run(
        "11月3日，省长叶新民主持召开省政府常务会议，传达学习中央经济工作会议精神"
        "和国务院常务会议精神。",
        published="2023-11-04",
    )
    (m,) = x.meetings
    assert [i.meeting for i in m.implements] == ["中央经济工作会议", "国务院常务会议"]
    assert "国务院" not in {o.name for o in x.organizations}


def test_session_after_a_byline_with_its_closing_day() -> None:
    text = (
        "省人大常委会会议闭幕\n本报讯（记者 王一）湖北省第十四届人民代表大会常务委员会"
        "第八次会议5月27日在武汉开幕，今天（29日）下午闭幕。省人大常委会主任李刚主持闭幕会。"
    )
    (m,) = run(text, published="2024-05-29").meetings
    assert (m.date, m.end_date, m.location) == ("2024-05-27", "2024-05-29", "武汉")
    assert m.chaired_by == ("李刚",)


def test_meeting_named_before_its_days_and_a_pronoun_chair() -> None:
    text = (
        "政协常德市第八届委员会常务委员会第三次会议19日至20日召开。"
        "市政协主席唐红主持开幕会；昨天（20日）下午，她主持闭幕会并讲话。"
    )
    (m,) = run(text, published="2023-06-21").meetings
    assert (m.date, m.end_date) == ("2023-06-19", "2023-06-20")
    assert m.chaired_by == ("唐红",)


def test_plenary_without_its_number_is_not_a_named_meeting() -> None:
    text = (
        "县委常委会召开会议 传达学习省委全会精神\n12月2日，县委常委会召开会议，传达学习中共湖南省委"
        "十二届八次全会精神。会议要求，要把学习贯彻省委全会和市委全会精神作为重要任务。"
    )
    (m,) = run(text, published="2024-12-03").meetings
    assert [i.meeting for i in m.implements] == ["中共湖南省委十二届八次全会"]


def test_implemented_meeting_in_its_fullest_form_and_as_written() -> None:
    text = (
        "县委常委会传达学习省委十五届六次全会精神\n12月2日，县委常委会召开会议，传达学习"
        "中共江西省委十五届六次全会精神和自治区政协十三届常委会第三次会议精神。"
    )
    (m,) = run(text, published="2024-12-03").meetings
    assert [i.meeting for i in m.implements] == [
        "中共江西省委十五届六次全会",
        "自治区政协十三届常委会第三次会议",
    ]


def test_short_name_of_a_meeting_reported_earlier_is_that_meeting() -> None:
    text = (
        "3月6日下午，全省安全生产工作电视电话会议召开。副省长郑涛主持会议。"
        "县委书记曾林，县委副书记、县长吉克木呷等县领导在分会场参加会议。\n"
        "会后，曾林主持召开全县安全生产工作座谈会，贯彻落实全省电视电话会议精神。"
        "县应急管理局局长何松汇报了有关情况。"
    )
    first, second = run(text, published="2025-03-08").meetings
    assert {"曾林", "吉克木呷", "郑涛"} <= set(first.participants)
    assert [i.meeting for i in second.implements] == ["全省安全生产工作电视电话会议"]
    assert "何松" in second.participants


def test_reports_heard_and_reports_made() -> None:
    text = (
        "5月9日，县委常委会召开会议。会议听取了县委常委、县纪委书记吴志军关于整治工作的汇报。"
        "副县长王军受县政府委托通报了有关情况。教授刘明作专题辅导报告。省委副书记陈立应邀出席会议。"
    )
    (m,) = run(text, published="2024-05-10").meetings
    assert {"吴志军", "王军", "刘明", "陈立"} <= set(m.participants)


def test_reception_is_a_meeting_with_hosts_and_guests() -> None:
    text = (
        "张建国会见德国客人\n9日上午，省委书记张建国在长沙会见了德国巴州议会议长穆勒·汉斯一行。"
        "省委常委、秘书长李文参加会见。"
    )
    (m,) = run(text, published="2023-03-10").meetings
    assert m.date == "2023-03-09" and m.location == "长沙" and m.chaired_by == ()
    assert {"张建国", "穆勒·汉斯", "李文"} <= set(m.participants)


def test_taking_part_in_a_reception_is_not_another_one() -> None:
    text = "9日，省长王明会见了客人。副省长李文陪同会见。"
    assert len(run(text, published="2023-03-10").meetings) == 1


def test_date_between_the_chair_and_the_verb() -> None:
    text = "新华社北京5月10日电 国务院总理李强5月10日主持召开国务院常务会议。副总理丁建出席会议。"
    (m,) = run(text, published="2024-05-11").meetings
    assert m.chaired_by == ("李强",) and m.date == "2024-05-10"


def test_report_on_behalf_of_a_body_and_a_day_from_the_paragraph() -> None:
    text = (
        "1月19日上午，河南省第十四届人民代表大会第三次会议在郑州开幕。"
        "省长周伟代表省人民政府向大会作政府工作报告。\n"
        "5月19日，州委书记王平到永顺县调研。调研期间，王平主持召开座谈会。"
    )
    first, second = run(text, published="2025-01-20").meetings
    assert "周伟" in first.participants
    assert second.date == "2024-05-19" and second.chaired_by == ("王平",)


def test_party_congress_implemented_and_reading_a_notice_is_taking_part() -> None:
    text = (
        "3月27日，全市警示教育大会召开。市委书记曹立主持会议。市委副书记、市长周华宣读有关通报。"
        "会议传达学习了省第十二次党代会精神。"
    )
    (m,) = run(text, published="2024-03-28").meetings
    assert "周华" in m.participants
    assert [i.meeting for i in m.implements] == ["省第十二次党代会"]


def test_after_a_reception_is_not_another_reception() -> None:
    text = "9日，省长王明在长沙会见了德国客人。会见结束后，王明陪同客人参观。"
    assert len(run(text, published="2023-03-10").meetings) == 1
