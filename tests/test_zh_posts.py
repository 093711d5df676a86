"""Chinese posts: title minus body, body written out with the place, qualifiers, bare titles."""

from __future__ import annotations

from zh_helpers import assert_evidence, posts, run

PROVINCE = (
    "省委常委会召开会议\n"
    "5月9日上午，省委书记韩志军主持召开省委常委会会议。"
    "省委副书记、代省长程立平，省委常委、秘书长谷雨生，"
    "省人大常委会党组书记、副主任蒋国栋出席会议。\n"
    "来源：浙江日报"
)


def test_party_committee_posts_with_place() -> None:
    x = run(PROVINCE + "\n全省各地要抓好落实。浙江省委要求各地贯彻。")
    assert posts(x, "韩志军") == {("书记", "中共浙江省委")}
    assert posts(x, "程立平") == {("副书记", "中共浙江省委"), ("代省长", "浙江省人民政府")}
    assert_evidence(x)


def test_member_of_standing_committee_and_inherited_body() -> None:
    x = run(PROVINCE + "\n浙江省各地要抓好落实。")
    assert posts(x, "谷雨生") == {("常委", "中共浙江省委"), ("秘书长", "中共浙江省委")}


def test_party_leadership_group_post() -> None:
    x = run(PROVINCE + "\n浙江省各地要抓好落实。")
    assert posts(x, "蒋国栋") == {
        ("书记", "中共浙江省人民代表大会常务委员会党组"),
        ("副主任", "浙江省人民代表大会常务委员会"),
    }


def test_qualifier_is_kept_in_the_title() -> None:
    x = run("国务院办公厅分管日常工作的副秘书长金立群出席会议并讲话。")
    assert posts(x, "金立群") == {("分管日常工作的副秘书长", "国务院办公厅")}


def test_title_that_fixes_its_body() -> None:
    x = run("会议传达了李强总理的讲话。")
    assert posts(x, "李强") == {("总理", "国务院")}


def test_city_bodies_in_a_city_article() -> None:
    x = run("永州市委召开会议\n市委书记严华出席。市政协主席邓海平、市人大常委会主任秦光荣列席。")
    assert posts(x, "严华") == {("书记", "中共永州市委")}
    assert posts(x, "邓海平") == {("主席", "中国人民政治协商会议永州市委员会")}
    assert posts(x, "秦光荣") == {("主任", "永州市人民代表大会常务委员会")}


def test_department_of_the_place() -> None:
    x = run(
        "全省工作会议召开\n12日，全省工作会议召开。省应急管理厅厅长祝海波通报情况。\n来源：河南日报"
    )
    assert posts(x, "祝海波") == {("厅长", "河南省应急管理厅")}


def test_executive_chairmen_of_a_session_belong_to_its_presidium() -> None:
    x = run(
        "1月29日上午，湖南省第十四届人民代表大会第二次会议在长沙闭幕。"
        "大会执行主席龙建新、蔡永和在主席台前排就座。",
        published="2024-01-30",
    )
    presidium = "湖南省第十四届人民代表大会第二次会议主席团"
    assert posts(x, "龙建新") == {("执行主席", presidium)}
    assert {o.name: o.part_of for o in x.organizations}[presidium] == "湖南省人民代表大会"
    (m,) = x.meetings
    assert (m.location, m.organizer) == ("长沙", "湖南省人民代表大会")
    assert set(m.participants) == {"龙建新", "蔡永和"}


def test_party_group_member_and_the_title_after_it() -> None:
    x = run("省政府党组成员、副省长罗强，省政府党组成员、秘书长李刚参加学习。全省要落实。四川")
    assert posts(x, "罗强") == {("成员", "中共四川省人民政府党组"), ("副省长", "四川省人民政府")}
    assert posts(x, "李刚") == {("成员", "中共四川省人民政府党组"), ("秘书长", "四川省人民政府")}


def test_company_is_the_body_of_its_chairman() -> None:
    x = run("万达集团有限公司董事长王建明、华丰科技股份有限公司总经理李芳先后发言。")
    assert posts(x, "王建明") == {("董事长", "万达集团有限公司")}
    assert posts(x, "李芳") == {("总经理", "华丰科技股份有限公司")}
