"""Chinese patterns of the genre tuned in session 3 (invented sentences throughout): former
posts, described persons, given names, department stems, bodies implied by a title only,
photo credits, the discipline commission's standing committee."""

from __future__ import annotations

from zh_helpers import assert_evidence, person, posts, run

from convene.ingest.extract import extract
from convene.ingest.facts import Article

PREFECTURE = (
    "恩施新闻网 > 要闻\n"
    "全州纪检监察工作会议召开\n"
    "2025-02-11 08:00　　来源：恩施日报\n\n"
    "本报讯 2月10日上午，自治州纪委全会召开，会议由州纪委常委会主持。"
    "州委书记虎成林出席会议并讲话，州委副书记、州长玄光日，州委常委、统战部部长金英哲出席。"
    "会议通报了州交通运输局原局长马德新严重违纪违法问题。"
    "会议号召全州干部向因公殉职的原县委副书记朴大勇同志、老干部高秀兰同志学习。"
    "州文化广电和旅游局局长崔成浩，州政协委员、恩施鹤鸣茶业有限公司总经理阿依古丽·买买提等"
    "5位同志先后发言。\n"
    "文：李晓云　图：全明浩　编辑：赵雪\n"
)


def _prefecture():
    return run(PREFECTURE, published="2025-02-11")


def test_former_posts_are_not_held() -> None:
    """原…局长甲 / 殉职的原…书记乙同志: persons of the article without those posts."""
    x = _prefecture()
    assert posts(x, "马德新") == set()
    assert posts(x, "朴大勇") == set()
    assert_evidence(x)


def test_a_described_comrade_is_a_person() -> None:
    """向老干部甲同志学习: the person is named after a description, before 同志."""
    assert posts(_prefecture(), "高秀兰") == set()


def test_rarer_surnames_and_a_given_name_ending_in_ri() -> None:
    """虎, 玄 are surnames; 光日 is a given name (日 is not always a date's)."""
    x = _prefecture()
    assert posts(x, "虎成林") == {("书记", "中共恩施土家族苗族自治州委")}
    assert ("副书记", None) not in posts(x, "玄光日")
    assert {t for t, _ in posts(x, "玄光日")} == {"副书记", "州长"}


def test_a_dotted_name_ends_before_deng() -> None:
    """阿依古丽·买买提等5位同志: 等 closes the list, it is not part of the name."""
    x = _prefecture()
    assert person(x, "阿依古丽·买买提")
    assert not [p for p in x.persons if p.name.endswith("等")]
    speakers = {p.person for m in x.meetings for p in m.participations}
    assert {"崔成浩", "阿依古丽·买买提"} <= speakers


def test_department_stem_with_he_and_united_front_department() -> None:
    """州文化广电和旅游局 is a department of the place; 统战部 is written out in full."""
    x = _prefecture()
    orgs = {o.name for o in x.organizations}
    assert "恩施土家族苗族自治州文化广电和旅游局" in orgs
    assert ("局长", "恩施土家族苗族自治州文化广电和旅游局") in posts(x, "崔成浩")
    assert "中共恩施土家族苗族自治州委统一战线工作部" in orgs


def test_discipline_commission_standing_committee() -> None:
    """州纪委常委会: the standing committee of the commission, part of it."""
    x = _prefecture()
    found = [o for o in x.organizations if o.name.endswith("纪律检查委员会常务委员会")]
    assert found and found[0].part_of and found[0].part_of.endswith("纪律检查委员会")


def test_a_body_implied_by_a_bare_title_is_not_listed() -> None:
    """州长 belongs to the prefecture's government, which the text never names as a body."""
    x = _prefecture()
    assert not [o for o in x.organizations if o.name.endswith("人民政府")]
    assert any(org and org.endswith("人民政府") for _, org in posts(x, "玄光日"))


def test_photo_credit_with_a_colon() -> None:
    """图：甲 on a credit line is a photographer; 图：会议现场 is a caption."""
    text = "标题\n正文。\n图：会议现场\n\n文：李晓云　图：全明浩　编辑：赵雪\n"
    x = extract(Article("t.txt", text, "zh", "标题", "2025-02-11", None))
    roles = {(r.person, r.role) for r in x.roles}
    assert roles == {("李晓云", "reporter"), ("全明浩", "photographer"), ("赵雪", "editor")}


DISTRICT = (
    "西湖之声 > 西湖新闻 > 时政\n"
    "区政协十二届三次会议开幕\n"
    "来源：西湖日报　　发布时间：2025-01-09 07:30\n\n"
    "昨天（8日）上午，政协杭州市西湖区第十二届委员会第三次会议开幕。区委书记严立新出席开幕会"
    "并讲话。区委副书记、区长方卫国，区人大常委会主任钱一鸣，区领导章晓梅、冯海涛在主席台就座。"
    "区政协主席吕建华主持开幕会。\n"
    "区政协副主席沈雨辰作关于十二届二次会议以来提案办理与督办情况的报告。"
    "区委副书记余国庆对下一步工作作部署。委员们将听取并讨论区政府工作报告。"
    "浙江大学公共管理学院教授姚思远等委员先后发言。余杭区税务局、临平区税务局作交流发言。\n"
    "7日下午，会议举行预备会议，吕建华主持。区政协秘书长汤丽君当选为大会秘书长。"
    "预备会议后，大会主席团举行了第一次会议。\n"
    "记者：邹小雨　编辑：卫东\n"
    "西湖日报社版权所有\n"
)


def _district():
    return run(DISTRICT, published="2025-01-09", source="西湖日报")


def test_leaders_after_a_collective_in_a_list_take_part() -> None:
    """甲，乙，区领导丙、丁在主席台就座: the collective joins the list; 作关于…的报告 (long) and
    对…作部署 make participants."""
    x = _district()
    session = next(m for m in x.meetings if m.date == "2025-01-08")
    took = {p.person for p in session.participations}
    assert {"方卫国", "钱一鸣", "章晓梅", "冯海涛", "沈雨辰", "余国庆", "姚思远"} <= took
    assert posts(x, "章晓梅") == set()
    assert_evidence(x)


def test_elected_session_secretary_general_and_the_presidium() -> None:
    """甲当选为大会秘书长: the post of the CPPCC session; its presidium is a body; the session
    itself is a meeting, not a body."""
    x = _district()
    session = "政协杭州市西湖区第十二届委员会第三次会议"
    assert ("秘书长", session) in posts(x, "汤丽君")
    orgs = {o.name: o.part_of for o in x.organizations}
    assert orgs[session + "主席团"] == "中国人民政治协商会议杭州市西湖区委员会"
    assert session not in orgs


def test_a_government_work_report_names_no_body() -> None:
    """讨论区政府工作报告: a document; 区长 alone does not name the government either."""
    x = _district()
    assert not [o for o in x.organizations if o.name.endswith("人民政府")]


def test_bureaus_of_districts_and_a_university_school() -> None:
    """余杭区税务局 is the national administration's; 浙江大学公共管理学院 is the university's."""
    orgs = {o.name: o for o in _district().organizations}
    assert (
        "国家税务总局余杭区税务局" in orgs
        and "余杭区税务局" in orgs["国家税务总局余杭区税务局"].aliases
    )
    assert "国家税务总局临平区税务局" in orgs
    assert orgs["浙江大学公共管理学院"].part_of == "浙江大学" and "浙江大学" in orgs


def test_site_of_the_breadcrumb_and_the_copyright_holder() -> None:
    """西湖之声 > …: the site is an outlet without an outlet ending; 西湖日报社版权所有 on a
    西湖日报 page is the paper itself (an alias)."""
    orgs = {o.name: o for o in _district().organizations}
    assert "西湖之声" in orgs
    assert "西湖日报社" in orgs["西湖日报"].aliases and "西湖日报社" not in orgs


MASS = (
    "嘉兴在线 > 新闻\n"
    "市委召开群团工作会议\n"
    "2025-11-21 08:00　来源：嘉兴日报\n\n"
    "11月20日上午，市委群团工作会议召开。市委书记王立新同志主持会议。市委副书记、市长李国栋同志，"
    "市委副书记王建军同志出席会议。省委宣传部副部长、省社科联党组书记周文博作辅导报告。"
    "市总工会主席李建平，市妇联主席张晓华，市科协党组书记、主席陈红梅，团市委书记刘志强出席。\n"
)


def test_comrade_after_names_in_an_attendee_list() -> None:
    """甲同志，乙同志出席会议: 同志 after a name does not break the list."""
    x = run(MASS, published="2025-11-21")
    took = {p.person for m in x.meetings for p in m.participations}
    assert {"王立新", "李国栋", "王建军", "周文博", "李建平", "张晓华", "陈红梅", "刘志强"} <= took


def test_peoples_organisations_of_a_place() -> None:
    """市总工会, 市妇联, 市科协(党组), 省社科联党组, 团市委: written out with their place."""
    x = run(MASS, published="2025-11-21")
    assert posts(x, "李建平") == {("主席", "嘉兴市总工会")}
    assert posts(x, "张晓华") == {("主席", "嘉兴市妇女联合会")}
    assert posts(x, "陈红梅") == {
        ("书记", "中共嘉兴市科学技术协会党组"),
        ("主席", "嘉兴市科学技术协会"),
    }
    assert ("书记", "中共浙江省社会科学界联合会党组") in posts(x, "周文博")
    assert posts(x, "刘志强") == {("书记", "共青团嘉兴市委员会")}
    assert not [o for o in x.organizations if "团市" in o.name or o.name == "中共团市委"]


CITY_LISTS = (
    "杭州网 > 杭州新闻\n"
    "市委常委会召开扩大会议\n"
    "2025-11-21 08:00　来源：杭州日报\n\n"
    "11月20日，市委常委会召开扩大会议。省委常委、市委书记刘建华主持会议并讲话。\n"
    "出席会议的有张明远（市委副书记、市长）、李小平（市人大常委会主任）、周红（市政协主席）。\n"
    "出席会议的市领导：王一鸣　赵二虎　孙三立\n"
    "余杭区委副书记、区长郑可作交流发言。\n"
)


def test_names_with_their_titles_in_brackets() -> None:
    """出席会议的有甲（市委副书记、市长）、乙（…）: persons with posts, participants."""
    x = run(CITY_LISTS, published="2025-11-21")
    assert posts(x, "张明远") == {("副书记", "中共杭州市委"), ("市长", "杭州市人民政府")}
    assert posts(x, "周红") == {("主席", "中国人民政治协商会议杭州市委员会")}
    took = {p.person for m in x.meetings for p in m.participations}
    assert {"张明远", "李小平", "周红"} <= took
    assert_evidence(x)


def test_a_list_after_a_colon_without_you() -> None:
    """出席会议的市领导：甲　乙　丙: the names after the colon took part."""
    x = run(CITY_LISTS, published="2025-11-21")
    took = {p.person for m in x.meetings for p in m.participations}
    assert {"王一鸣", "赵二虎", "孙三立"} <= took


def test_district_head_after_the_district_committee() -> None:
    """余杭区委副书记、区长: 区长 of that district's government, not the page's city."""
    x = run(CITY_LISTS, published="2025-11-21")
    assert ("区长", "杭州市余杭区人民政府") in posts(x, "郑可")


TOWN = (
    "首页 > 镇街动态\n"
    "新市镇召开党委（扩大）会议\n"
    "发布时间：2025-11-18　来源：新市镇人民政府\n\n"
    "11月17日下午，新市镇召开党委（扩大）会议。镇党委书记王海峰主持会议。镇党委副书记、镇长李春燕，"
    "镇人大主席张国强，镇党委委员、副镇长陈小兵，县委常委，县人大常委会、县政府党员领导干部出席会议。\n"
)


def test_township_bodies_on_the_townships_own_page() -> None:
    """镇党委, 镇政府, 镇人大 on the page of the town that opens the headline: that town's."""
    article = Article("t.txt", TOWN, "zh", "新市镇召开党委（扩大）会议", "2025-11-18", None)
    x = extract(article)
    assert posts(x, "王海峰") == {("书记", "中共新市镇委员会")}
    assert posts(x, "张国强") == {("主席", "新市镇人民代表大会")}
    assert ("副镇长", "新市镇人民政府") in posts(x, "陈小兵")


def test_unnamed_officials_and_bodies_before_the_verb() -> None:
    """甲，乙，县委常委，县人大常委会、县政府党员领导干部出席会议: 甲 and 乙 took part."""
    article = Article("t.txt", TOWN, "zh", "新市镇召开党委（扩大）会议", "2025-11-18", None)
    took = {p.person for m in extract(article).meetings for p in m.participations}
    assert {"王海峰", "李春燕", "张国强", "陈小兵"} <= took


def test_places_listed_before_a_body_share_it() -> None:
    """杭州市、宁波市、温州市政府主要负责同志: three cities' governments."""
    text = (
        "浙江在线 > 浙江新闻\n全省安全生产电视电话会议召开\n2025-11-21 08:00　来源：浙江日报\n\n"
        "20日下午，全省安全生产电视电话会议召开。副省长陈奕君主持会议。"
        "会上，杭州市、宁波市、温州市政府主要负责同志作表态发言。\n"
    )
    orgs = {o.name for o in run(text, published="2025-11-21").organizations}
    assert {"杭州市人民政府", "宁波市人民政府", "温州市人民政府"} <= orgs


COUNTY_CITY = (
    "慈溪新闻网 > 时政\n"
    "中共慈溪市第十五届委员会第八次全体会议召开\n"
    "来源：慈溪融媒　　发布时间：2025-12-29 09:00\n\n"
    "本报讯 中国共产党慈溪市第十五届委员会第八次全体会议，12月27日至28日在市行政会议中心举行。"
    "全会由市委常委会主持。全会深入贯彻宁波市委十五届七次全会精神，听取了全国人大代表、"
    "周巷镇天潭村党总支书记汪春花参加代表培训的情况汇报（书面）。"
    "全会审议通过了关于递补市委委员的决定，递补陈一平、林小梅为十五届市委委员。"
    "市委书记高建国作讲话。市人大常委会主任俞立新出席。\n"
    "28日下午，全会闭幕后，市委经济工作会议接着召开，贯彻落实市委十五届八次全会精神。"
    "市委副书记、市长孙文杰主持会议，高建国出席并讲话。\n"
    "慈溪市融媒体中心主办\n"
)


def _county_city():
    return run(COUNTY_CITY, published="2025-12-29", source="慈溪融媒")


def test_a_county_level_citys_outlet_names_the_page_place() -> None:
    """来源：慈溪融媒 on a page that also names 宁波市委: bare 市委 is 慈溪市's; 慈溪融媒 is the
    city's media centre; the committee has its long form as an alias."""
    x = _county_city()
    assert x.article.jurisdiction == "慈溪市"
    assert ("书记", "中共慈溪市委") in posts(x, "高建国")
    orgs = {o.name: o for o in x.organizations}
    assert "慈溪融媒" in orgs["慈溪市融媒体中心"].aliases
    assert "中共慈溪市委员会" in orgs["中共慈溪市委"].aliases
    assert "中共慈溪市委员会常务委员会" in orgs["中共慈溪市委常委会"].aliases


def test_plenary_dated_after_a_comma_and_a_meeting_held_next() -> None:
    """全会，12月27日至28日在…举行 (dated, located); 全会闭幕后，X会议接着召开 (a second meeting,
    which implements the plenary, written short as 市委十五届八次全会)."""
    x = _county_city()
    by_date = {m.date: m for m in x.meetings}
    plenary = by_date["2025-12-27"]
    assert plenary.end_date == "2025-12-28" and plenary.location == "市行政会议中心"
    economic = by_date["2025-12-28"]
    assert {p.person for p in economic.participations if p.role == "chair"} == {"孙文杰"}
    assert [i.meeting for i in economic.implements] == [plenary.name]


def test_written_report_and_new_members() -> None:
    """听取了甲参加…的情况汇报（书面）: 甲 was not there; 甲 of a village 党总支; 递补甲、乙为
    十五届市委委员: both become members of the 市委."""
    x = _county_city()
    took = {p.person for m in x.meetings for p in m.participations}
    assert "汪春花" not in took
    assert ("书记", "周巷镇天潭村党总支") in posts(x, "汪春花")
    assert posts(x, "陈一平") == posts(x, "林小梅") == {("委员", "中共慈溪市委")}


CUSTOMS = (
    "中华人民共和国厦门海关\n"
    "当前位置：首页 > 海关动态\n"
    "厦门海关召开2025年党风廉政建设工作会议\n"
    "发布时间：2025-02-20　　信息来源：办公室\n\n"
    "2月19日，厦门海关召开2025年党风廉政建设工作会议。海关总署党委委员、副署长方立平出席会议并讲话。"
    "关党委书记、关长程建明主持会议。东渡海关查验二科科长林晓云作交流发言。"
    "关领导班子成员许一帆、黄志诚出席会议。\n"
    "中华人民共和国厦门海关版权所有\n"
)


def test_a_customs_districts_own_page() -> None:
    """The site's header names the unit in full (中华人民共和国厦门海关); 关党委 and 关长 are
    its; 海关总署 is written out; a section is part of its customs; 领导班子成员 is no post."""
    x = run(CUSTOMS, published="2025-02-20", source="办公室")
    unit = "中华人民共和国厦门海关"
    assert posts(x, "程建明") == {("书记", unit + "党委"), ("关长", unit)}
    assert posts(x, "方立平") == {
        ("委员", "中华人民共和国海关总署党委"),
        ("副署长", "中华人民共和国海关总署"),
    }
    assert posts(x, "许一帆") == set()
    orgs = {o.name: o for o in x.organizations}
    assert orgs[unit].part_of == "中华人民共和国海关总署" and "厦门海关" in orgs[unit].aliases
    assert orgs["东渡海关查验二科"].part_of == "东渡海关"
    assert "华人民共和国厦门海关" not in orgs


GUESTS = (
    "株洲新闻网 > 要闻\n"
    "市委书记会见中山大学党委书记一行\n"
    "校地合作座谈会同日召开　罗一鸣主持\n"
    "2025-05-13 07:20　　来源：株洲日报\n\n"
    "昨天（12日）上午，市委书记龙建军在神农大酒店会见了中山大学党委书记郑海燕一行。"
    "龙建军说，株洲正在全力贯彻落实全省制造业大会精神。龙书记还请郑海燕转达对中山大学校长"
    "邓立人的问候。市领导胡一平参加会见。\n"
    "当天下午，株洲市—中山大学校地合作座谈会召开，会议由市委副书记、市长罗一鸣主持。"
    "湖南工业大学党委副书记、校长彭小川应邀出席。株洲高新区管委会与中山大学株洲研究院签署了协议。\n"
)


def test_a_guest_universitys_posts_as_written() -> None:
    """中山大学党委书记 on a city's page: 党委书记 of 中山大学; 请甲转达对中山大学校长乙: 乙 is
    中山大学's president; 党委副书记、校长: 校长 of the university, not of its committee."""
    x = run(GUESTS, published="2025-05-13")
    assert posts(x, "郑海燕") == {("党委书记", "中山大学")}
    assert posts(x, "邓立人") == {("校长", "中山大学")}
    assert posts(x, "彭小川") == {("党委副书记", "湖南工业大学"), ("校长", "湖南工业大学")}


def test_reception_of_a_guest_from_a_body_opening_with_zhong() -> None:
    """会见了中山大学…一行 is a reception (中 opens a name here, not 会谈中); ongoing work
    (正在全力贯彻落实…精神) is not implemented by it; the sub-headline's chair is the
    symposium's, not the reception's."""
    x = run(GUESTS, published="2025-05-13")
    reception = next(m for m in x.meetings if "会见" in m.name)
    assert reception.date == "2025-05-12" and not reception.implements
    assert {p.person for p in reception.participations} == {"龙建军", "郑海燕", "胡一平"}
    symposium = next(m for m in x.meetings if m.name.endswith("座谈会"))
    assert [p.person for p in symposium.participations if p.role == "chair"] == ["罗一鸣"]


def test_zone_committee_and_a_universitys_institute() -> None:
    """株洲高新区管委会 is written out; 中山大学株洲研究院 is part of the university."""
    orgs = {o.name: o for o in run(GUESTS, published="2025-05-13").organizations}
    assert "株洲高新区管委会" in orgs["株洲高新技术产业开发区管理委员会"].aliases
    assert orgs["中山大学株洲研究院"].part_of == "中山大学"


COMPANY_PAGE = (
    "华东重型机械有限公司 > 新闻中心 > 公司要闻\n"
    "公司党委理论学习中心组开展集体学习\n"
    "发布时间：2025-03-14　作者：党委宣传部\n\n"
    "3月13日，公司党委理论学习中心组开展2025年第二次集体学习。公司党委书记、董事长周立新主持学习。"
    "公司党委副书记、总经理王海波，党委委员、副总经理李卫东出席。\n"
)


def test_a_companys_own_page() -> None:
    """公司, 公司党委, 党委宣传部 and its learning group are the page's company's; 总经理 and
    副总经理 after a 党委 title are the company's; 开展集体学习 is a meeting held."""
    x = run(COMPANY_PAGE, published="2025-03-14")
    company = "华东重型机械有限公司"
    assert posts(x, "周立新") == {("书记", company + "党委"), ("董事长", company)}
    assert posts(x, "李卫东") == {("委员", company + "党委"), ("副总经理", company)}
    orgs = {o.name: o.part_of for o in x.organizations}
    assert orgs[company + "党委"] == company
    assert orgs[company + "党委理论学习中心组"] == company + "党委"
    assert orgs[company + "党委宣传部"] == company + "党委"
    assert [m.date for m in x.meetings] == ["2025-03-13"]
    assert {p.person for p in x.meetings[0].participations} == {"周立新", "王海波", "李卫东"}


BANK = (
    "青岛新闻网 > 金融\n"
    "人民银行烟台市分行召开2025年工作会议\n"
    "2025-02-18 09:00　来源：烟台日报\n\n"
    "2月17日，中国人民银行烟台市分行召开2025年工作会议。分行党委书记、行长孙海涛作工作报告。"
    "分行党委委员、副行长刘晓、王建平出席会议。\n"
    "2月16日下午，孙海涛会见了韩国驻烟台总领事金在民一行。刘晓参加会见。\n"
)


def test_a_central_bank_branch_and_a_korean_guest() -> None:
    """人民银行X市分行召开…: 分行, 分行党委 and 行长 are that branch's; 金在民 is a name (a
    Korean given name may hold 在)."""
    x = run(BANK, published="2025-02-18")
    bank = "中国人民银行烟台市分行"
    assert posts(x, "孙海涛") == {("书记", bank + "党委"), ("行长", bank)}
    assert posts(x, "王建平") == {("委员", bank + "党委"), ("副行长", bank)}
    assert {o.name: o.part_of for o in x.organizations}[bank] == "中国人民银行"
    reception = next(m for m in x.meetings if m.date == "2025-02-16")
    assert {p.person for p in reception.participations} == {"孙海涛", "金在民", "刘晓"}


LIFE_MEETING = (
    "莱山区人民政府 > 政务动态\n"
    "区委常委班子召开2024年度民主生活会\n"
    "发布时间：2025-01-20　来源：莱山区融媒体中心\n\n"
    "1月18日，区委常委班子召开2024年度民主生活会。区委书记王志强主持会议。"
    "市委常委、组织部部长李红到会指导。市委组织部干部二科科长孙磊到会指导。"
    "王志强代表区委常委班子作对照检查。区委副书记、区长陈立参加会议。\n"
)


def test_a_district_alone_names_its_city_from_the_gazetteer() -> None:
    """莱山区 with no city in the text: 烟台市's (zh_counties.tsv), so 市委 is 中共烟台市委 and the
    district's bodies open with its city."""
    x = run(LIFE_MEETING, published="2025-01-20")
    assert x.article.jurisdiction == "烟台市莱山区"
    assert posts(x, "李红") == {("常委", "中共烟台市委"), ("部长", "中共烟台市委组织部")}
    assert ("区长", "烟台市莱山区人民政府") in posts(x, "陈立")


def test_a_section_of_a_department_and_a_democratic_life_meeting() -> None:
    """市委组织部干部二科 is part of the department; 民主生活会 is a meeting; 班子作 is no name."""
    x = run(LIFE_MEETING, published="2025-01-20")
    assert posts(x, "孙磊") == {("科长", "中共烟台市委组织部干部二科")}
    assert not [p for p in x.persons if p.name.startswith("班子")]
    assert [m.date for m in x.meetings] == ["2025-01-18"]
    assert {"王志强", "李红", "孙磊", "陈立"} <= {p.person for p in x.meetings[0].participations}


def test_a_ministry_its_department_and_its_spokesperson() -> None:
    """商务部 is written out; its 对外贸易司 is part of it; 新闻发言人 is a title; 公安部门 and
    商务部署 name no ministry."""
    text = (
        "首页 > 新闻发布\n商务部召开例行新闻发布会\n发布时间：2025-03-21\n\n"
        "3月20日下午，商务部召开例行新闻发布会。商务部新闻发言人何亚东主持发布会。"
        "商务部对外贸易司司长李兴乾出席发布会并答问。各地公安部门和商务部署的任务另行通报。\n"
    )
    x = run(text, published="2025-03-21")
    assert posts(x, "何亚东") == {("新闻发言人", "中华人民共和国商务部")}
    assert posts(x, "李兴乾") == {("司长", "中华人民共和国商务部对外贸易司")}
    orgs = {o.name: o.part_of for o in x.organizations}
    assert orgs["中华人民共和国商务部对外贸易司"] == "中华人民共和国商务部"
    assert "中华人民共和国公安部" not in orgs


FLOOD = (
    "天元区人民政府 > 工作动态\n"
    "全区防汛工作视频调度会召开\n"
    "发布时间：2025-06-20　来源：天元区融媒体中心\n\n"
    "6月19日晚，我区召开全区防汛工作视频调度会，传达贯彻全省防汛工作视频调度会精神。"
    "区委常委、常务副区长、区防汛抗旱指挥部指挥长孙海东主持会议。"
    "会议听取了区应急管理局局长黄涛关于汛情的通报。\n"
    "6月20日上午，三门镇召开防汛工作动员会，镇党委书记李红兵主持会议。\n"
)


def test_a_headquarters_a_heard_briefing_and_a_towns_committee() -> None:
    """区防汛抗旱指挥部 is a body of the district; 听取了甲关于…的通报 makes 甲 a participant;
    传达贯彻…会议精神 names the meeting without the verb; 三门镇…，镇党委书记: that town's."""
    x = run(FLOOD, published="2025-06-20")
    assert ("指挥长", "株洲市天元区防汛抗旱指挥部") in posts(x, "孙海东")
    first = next(m for m in x.meetings if m.date == "2025-06-19")
    assert "黄涛" in {p.person for p in first.participations}
    assert [i.meeting for i in first.implements] == ["全省防汛工作视频调度会"]
    assert posts(x, "李红兵") == {("书记", "中共株洲市天元区三门镇委员会")}


INSPECTION = (
    "东海大学新闻网 > 综合新闻\n"
    "教育部党组巡视组向学校反馈巡视情况\n"
    "发布时间：2025-04-12　作者：党委宣传部\n\n"
    "4月11日上午，教育部党组第三巡视组巡视东海大学党委情况反馈会召开。"
    "教育部党组第三巡视组组长刘建平反馈巡视情况。学校党委书记田辉作表态讲话。"
    "党委副书记、纪委书记李雪等校领导班子成员出席会议。\n"
    "东海大学版权所有\n"
)


def test_an_inspection_feedback_on_a_universitys_own_page() -> None:
    """甲反馈巡视情况 takes part (反馈 ends a name); bare 党委 and 纪委 after it are the
    university's own."""
    x = run(INSPECTION, published="2025-04-12")
    assert posts(x, "李雪") == {
        ("副书记", "中共东海大学委员会"),
        ("书记", "中共东海大学纪律检查委员会"),
    }
    took = {p.person for m in x.meetings for p in m.participations}
    assert {"刘建平", "田辉", "李雪"} <= took


def test_a_districts_court_and_procuratorate_and_the_day_before() -> None:
    """区法院, 区检察院 mark a district page (written out with its city); 会前一天，…召开党组会议
    is the day before the meeting just reported."""
    text = (
        "历城区人民政府 > 历城要闻\n区法院区检察院召开联席会议\n"
        "发布时间：2025-03-08　来源：历城区融媒体中心\n\n"
        "3月7日，区人民法院、区人民检察院联合召开2025年第一次联席会议。区法院党组书记、院长孙立平，"
        "区检察院党组书记、检察长孙海燕出席会议并讲话。\n会前一天，区法院召开党组会议，孙立平主持。\n"
    )
    x = run(text, published="2025-03-08")
    assert posts(x, "孙海燕") == {
        ("书记", "中共济南市历城区人民检察院党组"),
        ("检察长", "济南市历城区人民检察院"),
    }
    assert sorted(m.date for m in x.meetings) == ["2025-03-06", "2025-03-07"]


def test_a_county_level_citys_session_on_its_outlets_page() -> None:
    """浏阳日报 / 浏阳新闻网 name 浏阳市 (a county-level city of the gazetteer): its 市委; a term
    between the place and the body (浏阳市第十八届人民代表大会) still names the place."""
    text = (
        "浏阳新闻网 > 时政\n浏阳市第十八届人民代表大会第五次会议闭幕\n"
        "2025-01-10 07:30　来源：浏阳日报\n\n"
        "1月9日下午，浏阳市第十八届人民代表大会第五次会议闭幕。陈刚主持闭幕大会。"
        "市委书记周军出席大会并讲话。\n"
    )
    x = run(text, published="2025-01-10", source="浏阳日报")
    assert x.article.jurisdiction == "浏阳市"
    assert posts(x, "周军") == {("书记", "中共浏阳市委")}


def test_a_range_across_the_new_year() -> None:
    """12月30日至1月2日 and 2025年12月31日至2026年1月1日 end in the next year."""
    from convene.ingest.zh_dates import find_dates

    span = find_dates("12月30日至1月2日，会议召开", "2026-01-03")[0]
    assert (span.date, span.end_date) == ("2025-12-30", "2026-01-02")
    span = find_dates("2025年12月31日至2026年1月1日举行", "2026-01-05")[0]
    assert (span.date, span.end_date) == ("2025-12-31", "2026-01-01")


def test_a_section_opening_the_breadcrumb_is_no_site() -> None:
    """新闻中心 > 时政要闻: a section of the site, not an outlet."""
    text = "新闻中心 > 时政要闻\n市委召开会议\n2025-11-21 来源：嘉兴日报\n\n11月20日，市委开会。"
    orgs = {o.name for o in run(text, published="2025-11-21").organizations}
    assert "新闻中心" not in orgs and "嘉兴日报" in orgs


def test_implemented_deployments_joined_by_he() -> None:
    """贯彻落实A全会部署和B会议要求: both meetings are implemented."""
    from convene.ingest.zh_meetings import implemented

    s = "会议认真贯彻落实县委十五届六次全会部署和市委农村工作会议要求。"
    names = [n for n, _, _ in implemented(s, 0, len(s))]
    assert names == ["县委十五届六次全会", "市委农村工作会议"]


def test_two_character_names_before_zuo_and_gongtong() -> None:
    """市委书记王平作讲话 (王平, not 王平作); 甲和乙共同主持 (乙, not 乙共); 蔡永和在… still
    reads 蔡永和."""
    text = (
        "嘉兴在线 > 新闻\n市委全会召开\n2025-11-21 08:00　来源：嘉兴日报\n\n"
        "11月20日，中共嘉兴市第九届委员会第七次全体会议召开。市委书记王平作讲话。蔡永和在会上发言。"
        "会议由市委常委、秘书长赵立和市政府副市长钱红共同主持。\n"
    )
    meetings = run(text, published="2025-11-21").meetings
    took = {(p.person, p.role) for m in meetings for p in m.participations}
    assert {("王平", "reporter"), ("蔡永和", "speaker")} <= took
    assert {("赵立", "chair"), ("钱红", "chair")} <= took


def test_mongolian_names_with_he_and_a_six_character_byline() -> None:
    """市长巴图孟和，…: the whole name (和 is its last character here); 敖登格日乐 in a list;
    （通辽日报记者 阿拉坦其其格 包文静）: two reporters, the first of six characters."""
    text = (
        "通辽新闻网 > 时政\n市委全会召开\n2025-12-24 08:00　来源：通辽日报\n\n"
        "12月23日，市委全会召开。在主席台就座的有：市委副书记、市长巴图孟和，"
        "市委常委乔蕙兰、敖登格日乐、宫建军。\n（通辽日报记者 阿拉坦其其格 包文静）\n"
    )
    x = extract(Article("t.txt", text, "zh", "市委全会召开", "2025-12-24", "通辽日报"))
    assert ("市长", "通辽市人民政府") in posts(x, "巴图孟和")
    assert posts(x, "敖登格日乐") == {("常委", "中共通辽市委")}
    assert {(r.person, r.role) for r in x.roles} == {
        ("阿拉坦其其格", "reporter"),
        ("包文静", "reporter"),
    }


def test_a_tibetan_name_before_zuo_and_speakers_after_jiehe() -> None:
    """教授强巴卓玛作专题辅导 (a dotless name before 作…辅导); 自治区党委党校 written out;
    甲，乙结合分管工作作交流发言: both speak."""
    text = (
        "山南网 > 要闻\n市委理论学习中心组举行集体学习\n2025-10-31 08:00　来源：山南日报\n\n"
        "10月30日，市委理论学习中心组举行集体学习。会议邀请自治区党委党校教授强巴卓玛作专题辅导。"
        "市委副书记、市长白玛央宗，市委常委、常务副市长蔺振华结合分管工作作交流发言。\n"
    )
    x = run(text, published="2025-10-31")
    assert posts(x, "强巴卓玛") == {("教授", "中共西藏自治区委员会党校")}
    took = {p.person for m in x.meetings for p in m.participations}
    assert {"强巴卓玛", "白玛央宗", "蔺振华"} <= took
