"""District and county pages of a municipality, and pages of vertically managed units
(tax bureaus, customs, survey teams): bare titles and abbreviations written out in full."""

from __future__ import annotations

from zh_helpers import assert_evidence, posts, run


def test_district_headline_subject_makes_the_district_page() -> None:
    x = run(
        "闵行区召开区委常委会扩大会议\n"
        "5月9日，区委常委会召开扩大会议。区委书记王建国主持会议。区委副书记、区长李明华，"
        "区人大常委会主任赵振东，区政协主席钱立新出席会议。\n",
        source="上海闵行",
    )
    assert x.article.jurisdiction == "上海市闵行区"
    assert posts(x, "王建国") == {("书记", "中共上海市闵行区委")}
    assert posts(x, "李明华") == {
        ("副书记", "中共上海市闵行区委"),
        ("区长", "上海市闵行区人民政府"),
    }
    assert posts(x, "赵振东") == {("主任", "上海市闵行区人民代表大会常务委员会")}
    assert posts(x, "钱立新") == {("主席", "中国人民政治协商会议上海市闵行区委员会")}
    assert_evidence(x)


def test_a_development_zone_opening_the_headline_is_no_district() -> None:
    x = run("经开区召开党工委会议\n党工委书记王建国主持会议，区长李明华出席。\n")
    assert x.article.jurisdiction != "经开区"


def test_county_written_with_its_municipality() -> None:
    x = run(
        "县委常委会召开会议\n"
        "重庆市城口县近日召开县委常委会会议，县委书记周海峰主持会议，县长吴德明出席。\n"
    )
    assert x.article.jurisdiction == "重庆市城口县"
    assert posts(x, "周海峰") == {("书记", "中共重庆市城口县委")}
    assert posts(x, "吴德明") == {("县长", "重庆市城口县人民政府")}


def test_tax_bureau_page_writes_its_abbreviations_out() -> None:
    x = run(
        "国家税务总局无锡市税务局召开党委会议\n"
        "8月2日，市局党委书记、局长丁志远主持召开市局党委会议。山东省税务局党委委员、"
        "副局长马春晖出席会议。市局党委委员、副局长许文涛，总经济师卢嘉，驻市局纪检组组长"
        "方海平参加会议。会议要求，要认真落实省局工作部署。\n",
        source="国家税务总局无锡市税务局",
    )
    unit = "国家税务总局无锡市税务局"
    assert posts(x, "丁志远") == {("书记", unit + "党委"), ("局长", unit)}
    assert posts(x, "马春晖") == {
        ("委员", "国家税务总局山东省税务局党委"),
        ("副局长", "国家税务总局山东省税务局"),
    }
    assert posts(x, "许文涛") == {("委员", unit + "党委"), ("副局长", unit)}
    assert posts(x, "卢嘉") == {("总经济师", unit)}
    assert posts(x, "方海平") == {("组长", unit + "纪检组")}
    orgs = {o.name for o in x.organizations}
    assert {unit, unit + "党委", unit + "纪检组", "国家税务总局江苏省税务局"} <= orgs
    assert not any(o.startswith(("市局", "无锡市局", "驻市局", "山东省税务局")) for o in orgs)
    assert_evidence(x)


def test_bare_unit_titles_only_on_a_unit_page() -> None:
    text = "市政府召开常务会议\n市长韩立军主持会议，副队长程远、党组成员邵明出席。\n"
    assert posts(run(text), "程远") == {("副队长", None)}
    x = run(text, source="国家统计局宁波调查队")
    assert posts(x, "程远") == {("副队长", "国家统计局宁波调查队")}
    assert posts(x, "邵明") == {("成员", "中共国家统计局宁波调查队党组")}


def test_bare_title_after_an_official_and_a_comma_of_enumeration() -> None:
    x = run(
        "闵行区召开区委常委会会议\n区委书记王建国主持会议。区政协副主席周强、秘书长吴敏列席。\n",
        source="上海闵行",
    )
    assert posts(x, "吴敏") == {("秘书长", "中国人民政治协商会议上海市闵行区委员会")}
    y = run("市委召开会议\n市委书记王建国、市长李明华出席会议。\n")
    assert posts(y, "李明华") == {("市长", None)}  # 市长 fixes its own body: not 市委's


def test_customs_and_police_pages_and_a_district_bureau() -> None:
    x = run(
        "宁波海关召开党委会议\n关党委书记、关长严松主持会议，关党委委员、副关长柯岚出席。\n",
        source="宁波海关",
    )
    assert posts(x, "柯岚") == {("委员", "宁波海关党委"), ("副关长", "宁波海关")}
    y = run("扬州市公安局召开党委会议\n市局党委副书记、政委蒋平，副局长韦东出席会议。\n")
    assert posts(y, "蒋平") == {("副书记", "扬州市公安局党委"), ("政委", "扬州市公安局")}
    assert posts(y, "韦东") == {("副局长", "扬州市公安局")}
    z = run(
        "国家税务总局扬州市江都区税务局召开干部大会\n市局党委委员、副局长滕飞出席会议。\n",
        source="国家税务总局扬州市江都区税务局",
    )
    city = "国家税务总局扬州市税务局"
    assert posts(z, "滕飞") == {("委员", city + "党委"), ("副局长", city)}


def test_a_unit_named_inside_the_headline_is_not_the_page() -> None:
    x = run("市委书记调研扬州市公安局\n市委书记蒋平调研时，副局长韦东陪同。\n")
    assert posts(x, "韦东") == {("副局长", None)}


def test_outlet_named_by_city_and_district_without_level_word() -> None:
    x = run(
        "区委常委会召开会议\n区委书记王建国主持会议，区长李明华出席。\n", source="上海闵行"
    )
    assert x.article.jurisdiction == "上海市闵行区"
    assert posts(x, "李明华") == {("区长", "上海市闵行区人民政府")}
    y = run("县委常委会召开会议\n县委书记周海峰主持会议，县长吴德明出席。\n", source="重庆巫山")
    assert posts(y, "吴德明") == {("县长", "重庆市巫山县人民政府")}
    z = run("县委常委会召开会议\n县委书记周海峰主持会议，县长吴德明出席。\n", source="赣州于都")
    assert posts(z, "吴德明") == {("县长", "于都县人民政府")}
    for outlet in ("上海发布", "北京日报"):  # the city's own outlets name no district
        text = "区委常委会召开会议\n区委书记王建国主持会议，区长李明华出席。\n"
        assert run(text, source=outlet).article.jurisdiction == outlet[:2] + "市"


def test_financial_regulator_short_forms_and_discipline_group() -> None:
    x = run(
        "浙江金融监管局召开党委会议\n浙江金融监管局党委书记、局长邵华主持会议，"
        "温州金融监管分局局长严方，驻局纪检监察组组长柏宁参加。\n",
        source="国家金融监督管理总局浙江监管局",
    )
    unit = "国家金融监督管理总局浙江监管局"
    assert posts(x, "邵华") == {("书记", unit + "党委"), ("局长", unit)}
    assert posts(x, "严方") == {("局长", "国家金融监督管理总局温州监管分局")}
    assert posts(x, "柏宁") == {("组长", unit + "纪检监察组")}


def test_a_places_tax_bureau_is_the_national_administrations() -> None:
    x = run(
        "扬州市召开全市税收工作会议\n市委副书记、市长潘立出席会议。"
        "市税务局党委书记、局长贺宁作报告，省税务局副局长尤清讲话。\n"
    )
    assert posts(x, "贺宁") == {
        ("书记", "国家税务总局扬州市税务局党委"),
        ("局长", "国家税务总局扬州市税务局"),
    }
    assert posts(x, "尤清") == {("副局长", "国家税务总局江苏省税务局")}
    orgs = {o.name: o for o in x.organizations}
    assert "扬州市税务局" in orgs["国家税务总局扬州市税务局"].aliases
    assert not any(name.startswith(("扬州市税务局", "江苏省税务局")) for name in orgs)


def test_survey_team_page_and_its_provincial_corps() -> None:
    x = run(
        "国家统计局绍兴调查队召开党组会议\n队党组书记、队长陆平主持会议，党组成员、副队长吕青"
        "出席。浙江调查总队副总队长袁方到会指导。\n",
        source="国家统计局绍兴调查队",
    )
    unit = "国家统计局绍兴调查队"
    assert posts(x, "陆平") == {("书记", f"中共{unit}党组"), ("队长", unit)}
    assert posts(x, "吕青") == {("成员", f"中共{unit}党组"), ("副队长", unit)}
    assert posts(x, "袁方") == {("副总队长", "国家统计局浙江调查总队")}
