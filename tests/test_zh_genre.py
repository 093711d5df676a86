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
    assert (m.name, m.organizer) == ("江西省人民政府党组会议", "中共江西省人民政府党组")
    assert m.chaired_by == ("王晓东",)
    assert set(m.participants) == {"王晓东", "钱伟", "滕建华"}
    assert ("成员", "中共江西省人民政府党组") in posts(x, "钱伟")
    assert_evidence(x)


def test_bare_party_group_meeting_takes_the_chairs_body() -> None:
    text = (
        "贵州省人大常委会党组召开会议\n6月3日，省人大常委会党组书记、主任赵永清主持召开党组会议。"
        "省人大常委会党组副书记、副主任慕德贵，党组成员、副主任吴强参加会议。"
    )
    x = run(text, published="2024-06-05")
    (m,) = x.meetings
    assert m.organizer == "中共贵州省人民代表大会常务委员会党组"
    assert posts(x, "吴强") == {
        ("成员", "中共贵州省人民代表大会常务委员会党组"),
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


def test_others_after_names_and_unnamed_officials_before_the_verb() -> None:
    text = (
        "吉林省委常委会召开会议\n5月6日，吉林省委常委会召开会议。省委副书记、省长甲松，省委副书记"
        "关玉春及其他省委常委出席会议。省人大常委会主任黎仕权、省政协主席黄秀英，"
        "省人民检察院检察长列席会议。"
    ).replace("甲", "韩")
    (m,) = run(text, published="2024-05-07").meetings
    assert set(m.participants) == {"韩松", "关玉春", "黎仕权", "黄秀英"}


def test_plenum_held_on_a_range_with_yu_and_report_on_behalf() -> None:
    text = (
        "中共安平县委十届六次全会召开\n中国共产党安平县第十届委员会第六次全体会议于7月27日至28日"
        "在县会议中心举行。全会听取和讨论了县委书记郗志强受县委常委会委托所作的工作报告。"
        "县长苑立峰在28日的全体会议上就下半年重点任务作讲话。"
    )
    (m,) = run(text, published="2023-07-29").meetings
    assert (m.date, m.end_date) == ("2023-07-27", "2023-07-28")
    assert set(m.participants) == {"郗志强", "苑立峰"}


def test_video_conference_form_and_party_congress_presidium_on_closing_day() -> None:
    text = (
        "自治区党代会闭幕\n中国共产党宁夏回族自治区第十三次代表大会6月7日至10日在银川举行。"
        "大会执行主席陈润东、锁建军在主席台前排就座。\n"
        "闭幕会前，大会主席团举行第三次会议，陈润东主持会议。"
    )
    x = run(text, published="2022-06-10")
    congress, presidium = x.meetings
    assert presidium.date == "2022-06-10" and presidium.chaired_by == ("陈润东",)
    assert presidium.name == "中国共产党宁夏回族自治区第十三次代表大会主席团第三次会议"
    assert ("执行主席", "中国共产党宁夏回族自治区第十三次代表大会主席团") in posts(x, "锁建军")
    assert set(congress.participants) == {"陈润东", "锁建军"}
    tv = run("全市会议召开\n今天上午，全市安全生产工作会议以电视电话会议形式召开。", "2023-05-31")
    assert [(m.name, m.date) for m in tv.meetings] == [("全市安全生产工作会议", "2023-05-31")]


def test_regional_meeting_implemented_and_sponsors_in_the_footer() -> None:
    text = (
        "南宁新闻网　首页 > 时政\n市委常委会召开会议\n4月17日，南宁市委常委会召开会议，传达学习"
        "全区推进高质量发展大会精神。\n南宁日报社主办　桂ICP备11002183号"
    )
    x = run(text, published="2024-04-18")
    assert [i.meeting for i in x.meetings[0].implements] == ["全区推进高质量发展大会"]
    assert {"南宁日报社", "南宁新闻网"} <= {o.name for o in x.organizations}


def test_former_post_is_not_held_but_the_person_is_named() -> None:
    text = (
        "县委全会召开\n7月27日，中共安平县委召开全会，确认了给予原县住房和城乡建设局局长厍建业"
        "开除党籍处分的决定。太原市委书记韦韬出席会议。"
    )
    x = run(text, published="2023-07-29")
    assert posts(x, "厍建业") == set()
    assert posts(x, "韦韬") == {("书记", "中共太原市委")}
