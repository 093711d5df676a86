"""Chinese patterns of the genre tuned on unseen articles (invented sentences throughout):
receptions, recent meetings, multi-level bodies, townships, transliterated names."""

from __future__ import annotations

from zh_helpers import assert_evidence, person, posts, run

from convene.ingest.zh_dates import find_dates

CITY = (
    "湖州市人民政府网 > 新闻中心\n"
    "市政协召开十届常委会第五次会议\n"
    "发布时间：2025-04-12 09:10　　来源：湖州日报\n\n"
    "本报讯 今天（11日）上午，政协湖州市第十届委员会常务委员会第五次会议召开。"
    "市政协主席钱立群主持会议。\n"
    "国家税务总局湖州市税务局党委书记、局长朱向东，湖州海关关长孙卫平，南浔区政协主席吴海峰，"
    "吴兴区人大常委会主任沈月华应邀列席会议。市政协副主席周明、陈晓燕出席会议。\n"
    "会议指出，自去年9月市委全会召开以来，全市各项工作稳步推进。\n"
    "当天下午，钱立群会见了中国建筑集团有限公司副总经理何家明一行。周明参加会见。\n"
    "责任编辑：陆小英"
)

COUNTY = (
    "遂川县人民政府网 > 县内要闻\n"
    "县委常委会召开会议\n"
    "发布时间：2025-06-10　　来源：遂川县融媒体中心\n\n"
    "近日，县委书记马建平主持召开县委常委会会议，传达学习中共吉安市委五届八次全会和市委经济"
    "工作会议精神。县委副书记、县长刘国强出席会议。\n"
    "雩田镇党委书记吴向东，雩田镇党委副书记、镇长许春生，泉江街道党工委书记王明亮列席会议。"
    "会议听取了县乡村振兴工作领导小组办公室主任、县农业农村局局长黄志远关于春耕备耕的汇报。\n"
    "6月8日，县委理论学习中心组举行集体学习，邀请县委党校教授邓丽作专题辅导。"
    "校领导彭建华、谢小军出席。\n"
    "责任编辑：曾小芸"
)

BANNER = (
    "通辽新闻网 > 时政\n"
    "市委财经委员会召开会议\n"
    "2024-05-20 10:00　　来源：通辽日报\n\n"
    "5月20日上午，市委书记高志刚主持召开市委财经委员会会议。市委副书记、市长额尔敦毕力格，"
    "市人大常委会主任孟和出席会议。全国人大代表、科尔沁左翼中旗乌兰牧骑队长其其格介绍了有关情况。"
    "市委财经委员会办公室主任、市发展和改革委员会主任张立军作说明。\n"
    "责任编辑：李娜"
)


def test_reception_of_a_guest_from_a_body_named_china() -> None:
    """会见了中国…一行: the guests' body may open with 中国; 当天 repeats the earlier day."""
    x = run(CITY, published="2025-04-12")
    reception = [m for m in x.meetings if m.name.startswith("会见")]
    assert len(reception) == 1
    assert reception[0].date == "2025-04-11"
    assert {p.person for p in reception[0].participations} == {"钱立群", "何家明", "周明"}
    assert_evidence(x)


def test_today_with_the_day_in_brackets_on_a_later_page() -> None:
    """今天（11日）on a page of the 12th: the day in brackets is the day."""
    assert find_dates("今天（11日）上午", "2025-04-12")[0].date == "2025-04-11"
    assert find_dates("今天（30日）上午", "2025-05-01")[0].date == "2025-04-30"
    assert find_dates("今天（12日）", "2025-04-12")[0].date == "2025-04-12"


def test_national_bureau_of_a_city_and_customs() -> None:
    x = run(CITY, published="2025-04-12")
    assert posts(x, "朱向东") >= {("局长", "国家税务总局湖州市税务局")}
    assert posts(x, "孙卫平") == {("关长", "湖州海关")}
    orgs = {o.name: o.part_of for o in x.organizations}
    assert orgs["国家税务总局湖州市税务局"] == "国家税务总局"
    assert "湖州市税务局" not in orgs


def test_district_bodies_carry_their_city() -> None:
    """南浔区政协 on a 湖州市 page: 中国人民政治协商会议湖州市南浔区委员会."""
    x = run(CITY, published="2025-04-12")
    assert posts(x, "吴海峰") == {("主席", "中国人民政治协商会议湖州市南浔区委员会")}
    assert posts(x, "沈月华") == {("主任", "湖州市吴兴区人民代表大会常务委员会")}
    meeting = x.meetings[0]
    assert {"朱向东", "孙卫平", "吴海峰", "沈月华"} <= {p.person for p in meeting.participations}


def test_a_date_before_a_bare_level_word_is_no_place() -> None:
    """自去年9月市委全会召开以来: no body 月市委."""
    x = run(CITY, published="2025-04-12")
    assert not [o.name for o in x.organizations if "月市" in o.name]


def test_recent_meeting_kept_without_a_day() -> None:
    """近日，…主持召开…: held, its day unknown, kept beside a dated one."""
    x = run(COUNTY, published="2025-06-10")
    assert [(m.name, m.date) for m in x.meetings] == [
        ("中共遂川县委常委会会议", None),
        ("中共遂川县委理论学习中心组集体学习", "2025-06-08"),
    ]


def test_written_out_committee_carries_over_implemented_meetings() -> None:
    x = run(COUNTY, published="2025-06-10")
    assert [i.meeting for i in x.meetings[0].implements] == [
        "中共吉安市委五届八次全会",
        "中共吉安市委经济工作会议",
    ]
    assert "中共吉安市委" not in {o.name for o in x.organizations}


def test_township_party_committees_and_governments() -> None:
    x = run(COUNTY, published="2025-06-10")
    assert posts(x, "吴向东") == {("书记", "中共遂川县雩田镇委员会")}
    assert posts(x, "许春生") == {
        ("副书记", "中共遂川县雩田镇委员会"),
        ("镇长", "遂川县雩田镇人民政府"),
    }
    assert posts(x, "王明亮") == {("书记", "中共遂川县泉江街道工作委员会")}


def test_leading_group_office_of_a_place() -> None:
    x = run(COUNTY, published="2025-06-10")
    assert ("主任", "遂川县乡村振兴工作领导小组办公室") in posts(x, "黄志远")
    orgs = {o.name: o.part_of for o in x.organizations}
    assert orgs["遂川县乡村振兴工作领导小组办公室"] == "遂川县乡村振兴工作领导小组"
    assert "遂川县乡村振兴工作领导小组" in orgs


def test_lecturer_and_listed_leaders_take_part() -> None:
    """作专题辅导 is a speaker's part; 校领导甲、乙 are named leaders."""
    x = run(COUNTY, published="2025-06-10")
    study = x.meetings[1]
    assert {"邓丽", "彭建华", "谢小军"} <= {p.person for p in study.participations}
    person(x, "彭建华")


def test_given_names_with_common_characters() -> None:
    """向东, 月华 are given names (朱向东, 沈月华), not particles or dates."""
    x = run(CITY, published="2025-04-12")
    person(x, "朱向东")
    person(x, "沈月华")


def test_dotless_transliterated_names_after_a_title() -> None:
    x = run(BANNER, published="2024-05-20")
    assert posts(x, "额尔敦毕力格") == {("副书记", "中共通辽市委"), ("市长", "通辽市人民政府")}
    parts = {p.person for p in x.meetings[0].participations}
    assert {"额尔敦毕力格", "其其格", "张立军"} <= parts


def test_deputy_to_a_congress_and_a_county_unit() -> None:
    """全国人大代表、科尔沁左翼中旗乌兰牧骑队长: 代表 of the NPC; 队长 of the banner's troupe."""
    x = run(BANNER, published="2024-05-20")
    assert posts(x, "其其格") == {("代表", "全国人民代表大会"), ("队长", "科尔沁左翼中旗乌兰牧骑")}


def test_office_of_a_party_committee_commission() -> None:
    """市委财经委员会办公室主任: the office, not the commission."""
    x = run(BANNER, published="2024-05-20")
    titled = posts(x, "张立军")
    assert any(t == "主任" and o and o.endswith("市委财经委员会办公室") for t, o in titled)


HALL = (
    "嘉兴在线 > 嘉兴新闻\n"
    "全市安全生产工作会议召开\n"
    "2025-02-19 08:30　　来源：嘉兴日报\n\n"
    "本报讯 昨天下午，全市安全生产工作会议召开。会议由市长王立新主持。\n"
    "出席会议的还有市人大常委会副主任钱红梅，市政协副主席周志平。"
    "国家金融监督管理总局嘉兴监管分局局长吴昊在分会场参加会议。\n"
    "会上，市应急管理局副局长杨帆作专题汇报。\n"
    "责任编辑：韩梅"
)


def test_those_also_present_are_listed_after_the_verb() -> None:
    """出席会议的还有甲，乙: the names after it attend; 还有 opens no body."""
    x = run(HALL, published="2025-02-19")
    assert posts(x, "钱红梅") == {("副主任", "嘉兴市人民代表大会常务委员会")}
    parts = {p.person for p in x.meetings[0].participations}
    assert {"王立新", "钱红梅", "周志平", "吴昊", "杨帆"} <= parts
    assert not [o.name for o in x.organizations if "还有" in o.name]


def test_branch_of_a_national_administration_is_part_of_it() -> None:
    x = run(HALL, published="2025-02-19")
    orgs = {o.name: o.part_of for o in x.organizations}
    assert orgs["国家金融监督管理总局嘉兴监管分局"] == "国家金融监督管理总局"
    assert "国家金融监督管理总局" in orgs


def test_standing_committee_with_its_term_written_before_it() -> None:
    """区政协十一届常委会: the CPPCC standing committee of the district, any term."""
    text = (
        "新都要闻\n区政协召开常委会会议\n\n"
        "9月25日，成都市新都区政协十一届常委会第九次会议召开。区政协主席罗晓峰主持会议。"
    )
    x = run(text, published="2025-09-26")
    meeting = x.meetings[0]
    assert meeting.organizer == "中国人民政治协商会议成都市新都区委员会常务委员会"
    assert meeting.organizer in {o.name for o in x.organizations}


def test_district_page_writes_its_bodies_with_the_city() -> None:
    """A 江北区 page that names 宁波市: 宁波市江北区人民代表大会常务委员会."""
    text = (
        "江北区人民政府网 > 江北要闻\n区人大常委会召开会议\n\n"
        "8月28日，区十八届人大常委会第二十三次会议召开。区人大常委会主任郑国华主持会议。"
        "副区长李明列席会议。宁波市人大常委会副主任胡波到会指导。"
    )
    x = run(text, published="2025-08-29")
    assert posts(x, "郑国华") == {("主任", "宁波市江北区人民代表大会常务委员会")}
    assert posts(x, "李明") == {("副区长", "宁波市江北区人民政府")}
    assert posts(x, "胡波") == {("副主任", "宁波市人民代表大会常务委员会")}


def test_a_verb_before_a_bare_level_word_is_no_county() -> None:
    """韦东代表市委常委会作工作报告: no county 韦东代表市."""
    text = (
        "柳州新闻网 > 时政\n全市大会召开\n\n"
        "3月3日上午，全市优化营商环境大会召开。市长潘振东主持会议。市领导韦东、卢晓梅出席会议。"
        "会上，韦东代表市委常委会作工作报告。"
    )
    x = run(text, published="2025-03-04")
    assert not [o.name for o in x.organizations if "代表" in o.name]
    assert {"韦东", "卢晓梅"} <= {p.person for p in x.meetings[0].participations}


CAMPUS = (
    "江城大学新闻网 > 综合新闻\n"
    "学校召开党风廉政建设工作会议\n"
    "发布日期：2025-04-02　　来源：党委宣传部\n\n"
    "4月1日下午，学校召开党风廉政建设工作会议。校党委书记孔德明作工作报告，校长袁立主持会议。\n"
    "校党委副书记、纪委书记柏雪作专题报告。校领导马骏、朱红在主席台就座。"
    "文学院党委、理学院党委和理学院物理系教工党支部书记施玲作交流发言。\n"
    "版权所有：江城大学　　地址：岳阳市学院路1号"
)


def test_a_university_page_writes_its_bodies_out() -> None:
    x = run(CAMPUS, published="2025-04-02")
    assert posts(x, "孔德明") == {("书记", "中共江城大学委员会")}
    assert posts(x, "袁立") == {("校长", "江城大学")}
    assert posts(x, "柏雪") == {
        ("副书记", "中共江城大学委员会"),
        ("书记", "中共江城大学纪律检查委员会"),
    }
    assert posts(x, "施玲") == {("书记", "江城大学理学院物理系教工党支部")}
    orgs = {o.name: o.part_of for o in x.organizations}
    assert orgs["江城大学文学院党委"] == "江城大学文学院"
    assert orgs["江城大学文学院"] == "江城大学"
    assert orgs["中共江城大学委员会宣传部"] == "中共江城大学委员会"
    assert "党委宣传部" not in orgs
    assert x.meetings[0].organizer == "江城大学"
    assert {"马骏", "朱红", "施玲"} <= {p.person for p in x.meetings[0].participations}


def test_the_address_line_gives_the_city() -> None:
    x = run(CAMPUS, published="2025-04-02")
    assert x.article.jurisdiction == "岳阳市"


TALKS = (
    "昆明信息港 > 时政\n市委书记会见外宾\n"
    "2025-10-15 22:00　　来源：昆明日报\n\n"
    "10月15日，市委书记刘洪建在昆明与老挝万象市市长阿农·西萨瓦举行会谈。副市长杨凡参加会谈。\n"
    "同日，刘洪建接见了参加第九届南博会的香港特区政府商务及经济发展局局长丘应桦一行。\n"
    "会议审议了有关事项。市委改革办常务副主任温晓东汇报了情况。\n"
)


def test_talks_held_with_a_foreign_guest() -> None:
    """甲与乙举行会谈: a meeting of both, not organised by the host's committee."""
    x = run(TALKS, published="2025-10-15")
    talks = x.meetings[0]
    assert talks.date == "2025-10-15" and talks.organizer is None
    assert {"刘洪建", "阿农·西萨瓦", "杨凡"} <= {p.person for p in talks.participations}
    assert posts(x, "阿农·西萨瓦") == {("市长", "老挝万象市")}


def test_guest_title_after_a_clause_with_de() -> None:
    """接见了参加…的香港特区政府…局局长丘应桦一行: the body after 的; 丘 is a surname."""
    x = run(TALKS, published="2025-10-15")
    assert posts(x, "丘应桦") == {("局长", "香港特区政府商务及经济发展局")}
    assert x.meetings[1].date == "2025-10-15"
    assert "丘应桦" in {p.person for p in x.meetings[1].participations}


def test_reform_office_of_a_party_committee() -> None:
    x = run(TALKS, published="2025-10-15")
    assert posts(x, "温晓东") == {("常务副主任", "中共昆明市委全面深化改革委员会办公室")}


def test_a_title_with_a_unit_word_after_the_body() -> None:
    """会见了某基金会项目总监甲一行: 项目总监 of the foundation."""
    text = "新闻网 > 新闻\n会见\n\n3月5日下午，市长王立新会见了海滨教育基金会项目总监梁思敏一行。"
    x = run(text, published="2025-03-06")
    assert posts(x, "梁思敏") == {("项目总监", "海滨教育基金会")}
    assert "海滨教育基金会" in {o.name for o in x.organizations}


def test_more_speaking_verbs_of_the_genre() -> None:
    """致欢迎辞, 提出要求, 表态发言: the speakers take part."""
    text = (
        "南昌新闻网 > 要闻\n全市招商引资大会召开\n\n"
        "1月9日，全市招商引资大会召开。副市长万刚致欢迎辞，市长黄俊提出要求。"
        "青山湖区区长姚平表态发言。"
    )
    x = run(text, published="2025-01-10")
    assert {p.person for p in x.meetings[0].participations} == {"万刚", "黄俊", "姚平"}


def test_invited_lecturer_with_an_academic_chain() -> None:
    """教授、博士生导师甲作专题辅导: a person with two titles, a participant."""
    text = (
        "九江新闻网 > 要闻\n集体学习\n\n"
        "11月4日，市委理论学习中心组举行集体学习，邀请南湖师范大学法学院教授、博士生导师"
        "邬建华作专题辅导。市委书记喻兵主持并讲话。"
    )
    x = run(text, published="2025-11-05")
    assert ("教授", "南湖师范大学法学院") in posts(x, "邬建华")
    assert {"邬建华", "喻兵"} <= {p.person for p in x.meetings[0].participations}


def test_a_verb_clause_before_a_body_is_cut_off() -> None:
    """要认真贯彻落实省委书记甲在…的讲话精神: 书记 of the province's committee."""
    text = (
        "上饶新闻网 > 要闻\n常务会议\n\n"
        "2月26日，市长陈云主持召开市政府第45次常务会议。"
        "会议强调，要认真贯彻落实省委书记尹志刚在全省经济工作会议上的讲话精神。"
    )
    x = run(text, published="2025-02-27")
    assert posts(x, "尹志刚") == {("书记", "中共江西省委")}
    assert not [o.name for o in x.organizations if "落实" in o.name]


def test_bare_deputies_after_the_chair_of_the_same_body() -> None:
    """市人大常委会主任甲主持会议，副主任乙、丙出席: 副主任 of 甲's body."""
    text = (
        "丽水新闻网 > 要闻\n常委会会议举行\n\n"
        "6月27日，市六届人大常委会第二十次会议举行第二次全体会议。"
        "市人大常委会主任王成国主持会议，副主任张华、李卫国出席。副市长刘洪列席会议。"
    )
    x = run(text, published="2025-06-28")
    assert posts(x, "张华") == {("副主任", "丽水市人民代表大会常务委员会")}
    assert posts(x, "李卫国") == {("副主任", "丽水市人民代表大会常务委员会")}
    assert posts(x, "刘洪") == {("副市长", "丽水市人民政府")}


def test_units_of_national_and_local_bodies() -> None:
    """调查队, 分行 of a national body; 分局 of a city bureau; a bureau of a province's 厅."""
    text = (
        "丽水新闻网 > 要闻\n分析会召开\n\n"
        "4月19日，全市经济运行分析会召开。市长吴晓东主持会议。"
        "国家统计局丽水调查队队长林芳，中国人民银行丽水市分行行长郑伟，市公安局莲都分局局长朱强，"
        "省公安厅交通管理局副局长金华出席会议。"
    )
    x = run(text, published="2025-04-20")
    assert posts(x, "林芳") == {("队长", "国家统计局丽水调查队")}
    assert posts(x, "郑伟") == {("行长", "中国人民银行丽水市分行")}
    assert posts(x, "朱强") == {("局长", "丽水市公安局莲都分局")}
    assert posts(x, "金华") == {("副局长", "浙江省公安厅交通管理局")}
    orgs = {o.name: o.part_of for o in x.organizations}
    assert orgs["国家统计局丽水调查队"] == "国家统计局"
    assert orgs["中国人民银行丽水市分行"] == "中国人民银行"
    assert orgs["丽水市公安局莲都分局"] == "丽水市公安局"
    assert orgs["浙江省公安厅交通管理局"] == "浙江省公安厅"


def test_reception_of_guests_who_came_to_visit() -> None:
    """会见了前来考察的…一行: a reception (前来 is no 会见前); a guest university's 党委副书记
    is the university's, as written (tests/dev4's reading)."""
    text = (
        "衢州新闻网 > 要闻\n市领导会见客人\n\n"
        "5月11日，市委书记高屹会见了前来考察的东海大学党委副书记朱慧一行。"
        "市委常委、秘书长徐文光参加会见。"
    )
    x = run(text, published="2025-05-12")
    assert [m.date for m in x.meetings] == ["2025-05-11"]
    assert {"高屹", "朱慧", "徐文光"} <= {p.person for p in x.meetings[0].participations}
    assert posts(x, "朱慧") == {("党委副书记", "东海大学")}


def test_chaired_written_as_under_the_chairmanship_of() -> None:
    """会议在市委书记甲的主持下进行: 甲 chairs; 乙就…提出要求 speaks."""
    text = (
        "温州网 > 要闻\n依法治市委员会会议\n\n"
        "8月2日，市委全面依法治市委员会召开第五次会议。会议在市委书记张振丰的主持下进行，"
        "市委副书记陈作荣就下一步工作提出要求。"
    )
    meeting = run(text, published="2025-08-05").meetings[0]
    assert meeting.chaired_by == ("张振丰",)
    assert {p.person for p in meeting.participations} == {"张振丰", "陈作荣"}


def test_taking_part_by_video_or_by_coming() -> None:
    """甲通过视频连线方式参加会议, 乙到会并讲话: both take part."""
    text = (
        "台州新闻网 > 要闻\n全市工作会议召开\n\n"
        "9月1日，全市安全生产工作会议召开。市长吴海平主持会议。"
        "副省长王文序通过视频连线方式参加会议，市委书记李跃旗到会并讲话。"
    )
    meeting = run(text, published="2025-09-02").meetings[0]
    assert {p.person for p in meeting.participations} == {"吴海平", "王文序", "李跃旗"}


def test_held_in_line_with_a_named_meeting() -> None:
    """会议按照全省…大会部署要求: that meeting is implemented."""
    text = (
        "台州新闻网 > 要闻\n全市工作会议召开\n\n"
        "9月1日，全市科技创新工作会议召开。会议按照全省科技创新大会部署要求，总结工作。"
        "市长吴海平主持会议。"
    )
    meeting = run(text, published="2025-09-02").meetings[0]
    assert [i.meeting for i in meeting.implements] == ["全省科技创新大会"]


def test_talks_without_a_holding_verb() -> None:
    """甲与乙会谈。: one meeting of both."""
    text = (
        "温州网 > 要闻\n市长会谈外宾\n\n"
        "8月4日，市长张文杰与意大利普拉托市市长马泰奥·比菲会谈。副市长王彩莲参加。"
    )
    x = run(text, published="2025-08-05")
    assert len(x.meetings) == 1 and x.meetings[0].date == "2025-08-04"
    parts = {p.person for p in x.meetings[0].participations}
    assert parts == {"张文杰", "马泰奥·比菲", "王彩莲"}


def test_departments_listed_after_the_first_share_its_place() -> None:
    """市发展改革委、财政局、市场监管局: all the city's (市场 is no 市 + 场)."""
    text = (
        "温州网 > 要闻\n全市会议召开\n\n"
        "8月4日，全市营商环境工作会议召开。市长张文杰主持会议。"
        "市发展改革委、财政局、自然资源和规划局、市场监管局主要负责同志参加会议。"
    )
    orgs = {o.name for o in run(text, published="2025-08-05").organizations}
    assert {
        "温州市发展和改革委员会",
        "温州市财政局",
        "温州市自然资源和规划局",
        "温州市市场监督管理局",
    } <= orgs
    assert "温州市场监管局" not in orgs


def test_a_development_zone_keeps_its_name() -> None:
    """经济开发区管委会主任甲, 开发区党工委书记乙: 区 inside 开发区 opens no body."""
    text = (
        "衢州新闻网 > 要闻\n会议召开\n\n"
        "5月11日，市委常委会召开会议。衢州经济开发区管委会主任徐斌，开发区党工委书记陈明出席会议。"
    )
    x = run(text, published="2025-05-12")
    assert posts(x, "徐斌") == {("主任", "衢州经济开发区管委会")}
    assert all("开发区" in (o or "") for _, o in posts(x, "陈明"))


def test_told_the_reporter_is_no_participation() -> None:
    """据…局长甲介绍 is a source; 参加会议的有关部门负责同志 lists nobody."""
    text = (
        "衢州新闻网 > 要闻\n会议召开\n\n"
        "5月11日，全市农业工作会议召开。市长吴跃主持会议，参加会议的有关部门负责同志作了发言。"
        "据市农业农村局局长郑平介绍，今年全市粮食播种面积稳定。"
    )
    meeting = run(text, published="2025-05-12").meetings[0]
    assert {p.person for p in meeting.participations} == {"吴跃"}


def test_named_leaders_after_a_collective_of_any_level() -> None:
    """市级领导甲、乙, 市政府领导丙: names after a collective 领导."""
    text = (
        "衢州新闻网 > 要闻\n会议召开\n\n"
        "5月11日，全市农业工作会议召开。市长吴跃主持会议。市级领导邵建、毛丽出席会议。"
        "市政府领导童辉参加会议。"
    )
    meeting = run(text, published="2025-05-12").meetings[0]
    assert {p.person for p in meeting.participations} == {"吴跃", "邵建", "毛丽", "童辉"}


def test_persons_described_without_a_post() -> None:
    """获奖企业代表甲、乙发言; 会见台湾工商界人士丙一行: persons, no posts."""
    text = (
        "柳州新闻网 > 时政\n大会召开\n\n"
        "3月3日上午，全市优化营商环境大会召开。市长潘振东主持会议。获奖企业代表陈欣、韦明先后发言。"
        "同日，潘振东会见了台湾工商界人士林志明一行。"
    )
    x = run(text, published="2025-03-04")
    assert posts(x, "陈欣") == set() and posts(x, "林志明") == set()
    assert {"陈欣", "韦明"} <= {p.person for p in x.meetings[0].participations}
    assert "林志明" in {p.person for p in x.meetings[1].participations}


def test_committee_units_listed_after_the_first_share_its_committee() -> None:
    """市委组织部、宣传部、统战部: all the city committee's departments."""
    text = (
        "温州网 > 要闻\n会议召开\n\n"
        "8月4日，全市宣传思想文化工作会议召开。市长张文杰主持会议。"
        "市委组织部、宣传部、统战部主要负责同志参加会议。"
    )
    orgs = {o.name: o.part_of for o in run(text, published="2025-08-05").organizations}
    assert orgs["中共温州市委宣传部"] == "中共温州市委"
    assert orgs["中共温州市委统一战线工作部"] == "中共温州市委"


def test_chairing_while_speaking() -> None:
    """市委书记甲在主持会议时强调: 甲 chairs."""
    text = (
        "温州网 > 要闻\n市委常委会召开会议\n\n"
        "8月4日，市委常委会召开会议，传达学习省委十五届五次全会精神。"
        "市委书记张振丰在主持会议时强调，要抓好贯彻落实。"
    )
    assert run(text, published="2025-08-05").meetings[0].chaired_by == ("张振丰",)


def test_order_words_between_a_name_and_its_verb() -> None:
    """甲首先传达了…, 乙随后作了说明: both take part."""
    text = (
        "温州网 > 要闻\n市委常委会召开会议\n\n"
        "8月4日，市委常委会召开会议。市委书记张振丰主持会议。"
        "市委副书记陈作荣首先传达了省委全会主要内容，市委常委、组织部部长李明随后作了说明。"
    )
    parts = {p.person for p in run(text, published="2025-08-05").meetings[0].participations}
    assert parts == {"张振丰", "陈作荣", "李明"}
