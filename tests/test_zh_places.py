"""Chinese places: counties and districts found by pattern, prefectures, the level words."""

from __future__ import annotations

from zh_helpers import posts, run

from convene.ingest.zh_places import icp_province, local_places

COUNTY = (
    "县委常委会召开会议\n"
    "6月3日上午，中共桃源县委常委会召开会议。县委书记周明山主持会议。"
    "县委副书记、县长钱晓东，县委常委、常务副县长孙立平出席会议。"
    "县人大常委会主任吴国庆、县政协主席郑华列席会议。全县上下要抓好落实。\n"
    "来源：桃源县融媒体中心"
)


def test_county_found_by_its_bodies_not_a_list() -> None:
    found = {p.name: p.level for p in local_places(COUNTY, "桃源县融媒体中心")}
    assert found == {"桃源县": "county"}


def test_verbs_before_a_level_word_are_not_places() -> None:
    text = "会议决定将草案提请市委常委会审议，听取了县委常委的汇报。会前召开了市政协会议。"
    assert local_places(text) == []


def test_county_bodies_and_posts_written_out() -> None:
    x = run(COUNTY, published="2024-06-04", source="桃源县融媒体中心")
    assert x.article.jurisdiction == "桃源县"
    assert posts(x, "周明山") == {("书记", "中共桃源县委")}
    assert posts(x, "钱晓东") == {("副书记", "中共桃源县委"), ("县长", "桃源县人民政府")}
    assert posts(x, "孙立平") == {("常委", "中共桃源县委"), ("常务副县长", "桃源县人民政府")}
    assert posts(x, "吴国庆") == {("主任", "桃源县人民代表大会常务委员会")}
    assert posts(x, "郑华") == {("主席", "中国人民政治协商会议桃源县委员会")}
    (m,) = x.meetings
    assert (m.name, m.organizer) == ("中共桃源县委常委会会议", "中共桃源县委常委会")


def test_district_with_its_city_and_city_of_a_county() -> None:
    text = (
        "区委召开会议\n4月2日，鼓楼区委召开会议。区委书记马永强主持。"
        "区委副书记、区长黄晓明出席。区法院院长何平列席。全区要落实。南京市各部门支持。\n"
        "主办：南京市鼓楼区人民政府办公室"
    )
    x = run(text, published="2024-04-03")
    assert x.article.jurisdiction == "南京市鼓楼区"
    assert posts(x, "黄晓明") == {
        ("副书记", "中共南京市鼓楼区委"),
        ("区长", "南京市鼓楼区人民政府"),
    }
    assert posts(x, "何平") == {("院长", "南京市鼓楼区人民法院")}


def test_city_party_committee_from_a_county_page_is_the_parent_city() -> None:
    x = run(COUNTY + "\n会议传达了常德市委的部署。市委书记林峰出席。", published="2024-06-04")
    assert posts(x, "林峰") == {("书记", "中共常德市委")}


def test_province_from_the_registration_number() -> None:
    assert icp_province("网站标识码：123　蜀ICP备12003325号").name == "四川省"
    assert icp_province("没有备案号") is None


def test_autonomous_prefecture_level_word() -> None:
    x = run("州委召开会议\n5月2日，州委召开会议。大理州委书记杨国华主持。全州要落实。")
    assert posts(x, "杨国华") == {("书记", "中共大理白族自治州委")}


def test_government_site_is_the_body_not_an_outlet() -> None:
    x = run("桃源县人民政府网 > 政务动态\n" + COUNTY, source="桃源县融媒体中心")
    names = {o.name for o in x.organizations}
    assert "桃源县人民政府网" not in names and "桃源县人民政府" in names


def test_region_party_secretary_and_chairman() -> None:
    x = run(
        "2月20日，自治区党委书记陈强主持召开自治区党委常委会会议。"
        "自治区党委副书记、自治区主席蓝天明出席。全区要落实。\n来源：广西日报",
        published="2024-02-21",
        source="广西日报",
    )
    assert x.article.jurisdiction == "广西壮族自治区"
    assert posts(x, "陈强") == {("书记", "中共广西壮族自治区委员会")}
    assert posts(x, "蓝天明") == {
        ("副书记", "中共广西壮族自治区委员会"),
        ("主席", "广西壮族自治区人民政府"),
    }


def test_county_level_city_from_its_outlet_not_the_prefecture() -> None:
    text = (
        "市委理论学习中心组举行专题学习\n3月14日上午，中共义乌市委理论学习中心组举行专题学习，"
        "传达学习中共金华市委八届六次全会精神。市委书记王健主持。市委副书记、市长叶明出席。"
    )
    x = run(text, published="2024-03-15", source="义乌市融媒体中心")
    assert x.article.jurisdiction == "义乌市"
    assert posts(x, "叶明") == {("副书记", "中共义乌市委"), ("市长", "义乌市人民政府")}
    names = {o.name for o in x.organizations}
    assert "中共义乌市委理论学习中心组" in names and "中共义乌市委理论学习中心" not in names


def test_autonomous_prefecture_article_and_its_county_level_cities() -> None:
    text = (
        "州委常委会召开会议\n6月2日，州委书记田林主持召开州委常委会会议。州委副书记、州长向红出席。"
        "州人大常委会主任谭军列席。恩施市委书记杨波参加会议。"
    )
    x = run(text, published="2024-06-03", source="恩施日报")
    assert x.article.jurisdiction == "恩施土家族苗族自治州"
    assert posts(x, "向红") == {
        ("副书记", "中共恩施土家族苗族自治州委"),
        ("州长", "恩施土家族苗族自治州人民政府"),
    }
    assert posts(x, "杨波") == {("书记", "中共恩施市委")}


def test_district_written_after_the_short_name_of_its_city() -> None:
    text = "4月8日，中共北京市海淀区委常委会召开会议。区委书记张勇主持。全区要落实。"
    x = run(text, "2024-04-09", source="北京海淀区融媒体中心")
    assert x.article.jurisdiction == "北京市海淀区"
    assert posts(x, "张勇") == {("书记", "中共北京市海淀区委")}


def test_one_character_county_repeats_its_level_word() -> None:
    x = run("各区县设分会场，澧县县委书记熊伟在分会场作表态发言。常德市委要求全市落实。")
    assert posts(x, "熊伟") == {("书记", "中共澧县委")}


def test_a_verb_before_a_bare_level_word_is_not_a_place():
    from convene.ingest.zh_places import local_places

    assert local_places("会议传达学习文件精神，研究市政协贯彻落实意见。") == []
    assert [p.name for p in local_places("，平江县委书记甲主持会议。")] == ["平江县"]


def test_a_municipality_outlet_makes_its_city_bodies_the_municipality_s() -> None:
    y = run("12日上午，市政协党组书记、主席甲乙丙主持召开市政协党组会议，"
            "传达学习全国人大和全国政协会议精神。市政协副主席丁戊出席。", source="天津日报")
    assert y.article.jurisdiction == "天津市"
