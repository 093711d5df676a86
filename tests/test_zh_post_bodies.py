"""Which body a title belongs to, written out in full: short department names, bodies shared
along a title chain, 纪委监委 as two bodies, and posts conferred by 递补."""

from __future__ import annotations

from zh_helpers import assert_evidence, posts, run

CITY = "市委常委会召开会议\n5月9日上午，市委书记林卫东主持召开会议。{}\n来源：杭州日报"


def orgs(x) -> dict[str, tuple[str, ...]]:
    return {o.name: o.aliases for o in x.organizations}


def test_short_department_names_are_written_out() -> None:
    x = run(
        CITY.format(
            "市发改委主任孙立新，市住建局局长周海平，市卫健委主任郑文华，市人社局局长马骏出席。"
        )
    )
    assert posts(x, "孙立新") == {("主任", "杭州市发展和改革委员会")}
    assert posts(x, "周海平") == {("局长", "杭州市住房和城乡建设局")}
    assert posts(x, "郑文华") == {("主任", "杭州市卫生健康委员会")}
    assert posts(x, "马骏") == {("局长", "杭州市人力资源和社会保障局")}
    assert "市发改委" in orgs(x)["杭州市发展和改革委员会"]
    assert_evidence(x)


def test_state_assets_commission_keeps_both_full_forms() -> None:
    x = run(CITY.format("市国资委主任吴志刚出席。"))
    assert posts(x, "吴志刚") == {("主任", "杭州市人民政府国有资产监督管理委员会")}
    assert "杭州市国有资产监督管理委员会" in orgs(x)["杭州市人民政府国有资产监督管理委员会"]


def test_province_department_on_a_province_page() -> None:
    x = run(
        "省委常委会召开会议\n5月9日上午，省发展改革委主任李明华，省住建厅厅长孙立新出席。"
        "\n来源：浙江日报"
    )
    assert posts(x, "李明华") == {("主任", "浙江省发展和改革委员会")}
    assert posts(x, "孙立新") == {("厅长", "浙江省住房和城乡建设厅")}


def test_discipline_and_supervisory_commissions_are_two_bodies() -> None:
    x = run(CITY.format("市纪委监委副书记冯建军，市纪委监委副主任林海涛出席。"))
    assert posts(x, "冯建军") == {("副书记", "中共杭州市纪律检查委员会")}
    assert posts(x, "林海涛") == {("副主任", "杭州市监察委员会")}
    assert {"中共杭州市纪律检查委员会", "杭州市监察委员会"} <= set(orgs(x))


def test_department_named_once_after_the_committee_is_the_committees() -> None:
    x = run(CITY.format("市委常委、组织部部长钱立军，市委常委、政法委书记黄海涛出席。"))
    assert posts(x, "钱立军") == {("常委", "中共杭州市委"), ("部长", "中共杭州市委组织部")}
    assert posts(x, "黄海涛") == {("常委", "中共杭州市委"), ("书记", "中共杭州市委政法委员会")}
    assert "组织部" not in orgs(x)


def test_discipline_secretary_in_a_chain_is_the_places_commission() -> None:
    x = run(CITY.format("市委常委、纪委书记、市监委主任白文斌出席。"))
    assert posts(x, "白文斌") == {
        ("常委", "中共杭州市委"),
        ("书记", "中共杭州市纪律检查委员会"),
        ("主任", "杭州市监察委员会"),
    }


def test_a_bare_department_without_a_committee_before_it_stays_as_written() -> None:
    x = run(CITY.format("市政府副秘书长、办公室主任何丽娟出席。"))
    assert ("副秘书长", "杭州市人民政府") in posts(x, "何丽娟")
    assert ("主任", "中共杭州市委办公室") not in posts(x, "何丽娟")


def test_moved_up_from_alternate_member_holds_the_conferred_post_only() -> None:
    x = run(CITY.format("全会递补市委候补委员朱玉兰为市委委员。会议决定，递补冯玉山为市委委员。"))
    assert posts(x, "朱玉兰") == {("委员", "中共杭州市委")}
    assert posts(x, "冯玉山") == {("委员", "中共杭州市委")}
    assert not any("递补" in name for name in orgs(x))


PROVINCE = "省委常委会召开会议\n5月9日上午，省委书记韩志军主持召开会议。{}\n来源：浙江日报"
REGION = (
    "自治区党委常委会召开会议\n5月9日上午，自治区党委书记陈国强主持召开会议。{}\n来源：广西日报"
)


def test_bare_title_takes_the_place_written_before_it() -> None:
    x = run(PROVINCE.format("杭州市副市长王志强，温州市长李明远出席。"))
    assert posts(x, "王志强") == {("副市长", "杭州市人民政府")}
    assert posts(x, "李明远") == {("市长", "温州市人民政府")}
    assert "杭州市人民政府" not in orgs(x)  # implied by the title only, not named


def test_bare_title_in_a_chain_takes_the_place_of_the_body_before_it() -> None:
    x = run(PROVINCE.format("杭州市委常委、组织部部长王林，宁波市委副书记、市长李强出席。"))
    assert posts(x, "王林") == {("常委", "中共杭州市委"), ("部长", "中共杭州市委组织部")}
    assert posts(x, "李强") == {("副书记", "中共宁波市委"), ("市长", "宁波市人民政府")}


def test_region_committee_and_its_departments() -> None:
    x = run(REGION.format("自治区党委常委、宣传部部长韦国平，自治区高院院长严正出席。"))
    assert posts(x, "陈国强") == {("书记", "中共广西壮族自治区委员会")}
    assert posts(x, "韦国平") == {
        ("常委", "中共广西壮族自治区委员会"),
        ("部长", "中共广西壮族自治区委员会宣传部"),
    }
    assert posts(x, "严正") == {("院长", "广西壮族自治区高级人民法院")}


def test_department_party_committee_then_the_departments_own_title() -> None:
    x = run(PROVINCE.format("省公安厅党委副书记、常务副厅长赵勇，省委政研室主任冯力出席。"))
    assert posts(x, "赵勇") == {("副书记", "浙江省公安厅党委"), ("常务副厅长", "浙江省公安厅")}
    assert posts(x, "冯力") == {("主任", "中共浙江省委政策研究室")}


def test_office_named_once_after_the_government_is_the_governments() -> None:
    x = run(PROVINCE.format("省政府副秘书长、办公厅主任冯晓东列席会议。"))
    assert posts(x, "冯晓东") == {("副秘书长", "浙江省人民政府"), ("主任", "浙江省人民政府办公厅")}
    assert orgs(x)["浙江省人民政府办公厅"] is not None


def test_party_group_is_named_with_the_party() -> None:
    x = run(CITY.format("市财政局党组书记、局长陈立新出席。"))
    assert posts(x, "陈立新") == {("书记", "中共杭州市财政局党组"), ("局长", "杭州市财政局")}
    assert "杭州市财政局党组" in orgs(x)["中共杭州市财政局党组"]
