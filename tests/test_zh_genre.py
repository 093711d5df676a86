"""Chinese genre patterns: party-group meetings, collective 领导 lists, 上午/下午 meetings,
implements by 部署 and by a speech at a collective study, rarer surnames (invented text)."""

from __future__ import annotations

from zh_helpers import assert_evidence, posts, run

from convene.ingest.pinyin import to_pinyin_name

GROUP = (
    "江西省政府党组召开会议\n"
    "3月12日上午，省政府党组书记、省长王晓东主持召开省政府党组会议，传达学习"
    "十四届全国人大二次会议精神。省政府党组成员、副省长钱伟、滕建华出席会议。"
)


def test_party_group_meeting_is_organized_by_the_group() -> None:
    x = run(GROUP, published="2024-03-12")
    (m,) = x.meetings
    assert (m.name, m.organizer) == ("江西省人民政府党组会议", "江西省人民政府党组")
    assert m.chaired_by == ("王晓东",)
    assert set(m.participants) == {"王晓东", "钱伟", "滕建华"}
    assert ("成员", "江西省人民政府党组") in posts(x, "钱伟")
    assert_evidence(x)


def test_bare_party_group_meeting_takes_the_chairs_body() -> None:
    text = (
        "贵州省人大常委会党组召开会议\n6月3日，省人大常委会党组书记、主任赵永清主持召开党组会议。"
        "省人大常委会党组副书记、副主任慕德贵，党组成员、副主任吴强参加会议。"
    )
    x = run(text, published="2024-06-05")
    (m,) = x.meetings
    assert m.organizer == "贵州省人民代表大会常务委员会党组"
    assert posts(x, "吴强") == {
        ("成员", "贵州省人民代表大会常务委员会党组"),
        ("副主任", "贵州省人民代表大会常务委员会"),
    }
    assert "党组" not in {o.name for o in x.organizations}


def test_leaders_listed_without_titles_attend() -> None:
    text = (
        "湖南全省农村工作会议召开\n1月20日，全省农村工作会议在长沙召开。省委书记沈晓明出席会议并讲话。"
        "省领导谢卫江、张迎龙，省政协副主席赖明勇在主席台就座。"
    )
    (m,) = run(text, published="2024-01-21").meetings
    assert {"谢卫江", "张迎龙", "赖明勇", "沈晓明"} <= set(m.participants)


def test_afternoon_meeting_keeps_the_mornings_date() -> None:
    text = (
        "柳州市委常委会召开会议\n4月8日上午，柳州市委常委会召开会议。会议由市委书记覃伟中主持。\n"
        "下午，覃伟中主持召开市委财经委员会会议。市长焦兰生出席并讲话。"
    )
    first, second = run(text, published="2024-04-09").meetings
    assert (first.date, second.date) == ("2024-04-08", "2024-04-08")
    assert second.name == "中共柳州市委财经委员会会议"
    assert set(second.participants) == {"覃伟中", "焦兰生"}


def test_implements_by_deployment_and_speech_at_a_study_session() -> None:
    text = (
        "柳州市委常委会召开会议\n4月8日，柳州市委常委会召开会议，传达学习习近平总书记在中央政治局"
        "第十二次集体学习时的重要讲话精神，贯彻落实全省宣传部长会议部署。"
    )
    (m,) = run(text, published="2024-04-09").meetings
    assert [i.meeting for i in m.implements] == ["中央政治局第十二次集体学习", "全省宣传部长会议"]


def test_work_is_not_a_report_verb() -> None:
    text = (
        "全国统计工作会议召开\n1月13日，全国统计工作会议在北京召开。国家统计局分管日常工作的副局长"
        "钱平出席会议并讲话。州长刘芳作部署。"
    )
    (m,) = run(text, published="2024-01-14").meetings
    assert set(m.participants) == {"钱平", "刘芳"}


def test_rarer_surnames_and_their_readings() -> None:
    text = (
        "市人大常委会召开会议\n5月6日，南宁市人大常委会召开会议。"
        "市人大常委会主任禤文，副主任訾明、乜红出席。"
    )
    x = run(text, published="2024-05-07")
    assert {"禤文", "訾明", "乜红"} <= {p.name for p in x.persons}
    assert [to_pinyin_name(n) for n in ("禤文", "乜红", "阚力", "卜强")] == [
        "Xuan Wen", "Nie Hong", "Kan Li", "Bu Qiang",
    ]  # fmt: skip
