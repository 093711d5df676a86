"""Chinese bodies: full names with the place, part_of, two nameplates, outlets, jurisdiction."""

from __future__ import annotations

from zh_helpers import assert_evidence, run


def orgs(x) -> dict[str, tuple[tuple[str, ...], str | None]]:
    return {o.name: (o.aliases, o.part_of) for o in x.organizations}


def test_relative_bodies_are_written_out_with_the_place() -> None:
    x = run(
        "省委召开会议\n5月9日，省委召开会议。省人大常委会、省政府、省政协负责同志，"
        "省法院院长、省检察院检察长参加会议。\n来源：浙江日报",
        source="浙江日报",
    )
    found = orgs(x)
    assert x.article.jurisdiction == "浙江省"
    assert found["中共浙江省委"] == (("省委", "中共浙江省委员会"), None)
    assert found["浙江省人民代表大会常务委员会"] == (("省人大常委会",), "浙江省人民代表大会")
    assert "浙江省人民代表大会" in found  # the parent named inside the child's name
    assert found["浙江省人民政府"][0] == ("省政府",)
    assert found["中国人民政治协商会议浙江省委员会"][0] == ("省政协",)
    assert "浙江省高级人民法院" in found and "浙江省人民检察院" in found
    assert "浙江日报" in found  # the outlet
    assert_evidence(x)


def test_one_body_two_nameplates_and_parent_inside_name() -> None:
    x = run("国家统计局中央统计馆副司长以上干部、中央军委办公厅保密局负责同志参加会议。")
    found = orgs(x)
    assert "国家统计局" in found and "中央统计馆" in found
    assert found["中央军委办公厅保密局"][1] == "中央军委办公厅"
    assert x.article.jurisdiction == "China"


def test_bodies_only_inside_meeting_or_document_names_are_left_out() -> None:
    x = run(
        "会议传达学习了十四届全国人大二次会议精神，学习了《国家统计局关于统计工作的通知》。",
        published="2024-03-20",
    )
    assert "全国人民代表大会" not in orgs(x)
    assert "国家统计局" not in orgs(x)


def test_city_jurisdiction_from_the_text() -> None:
    x = run("市委常委会召开会议\n市委书记严华主持。永州市各级部门要落实。全市上下要行动。")
    assert x.article.jurisdiction == "永州市"
    assert "中共永州市委" in orgs(x)


def test_national_article() -> None:
    x = run("全国统计工作会议在京召开\n国家统计局局长方志远作报告。党中央高度重视统计工作。")
    assert x.article.jurisdiction == "China"
    assert orgs(x)["中共中央"][0] == ("党中央",)


def test_party_leadership_group_is_a_body_of_its_parent() -> None:
    x = run("省人大常委会党组书记、副主任蒋国栋出席会议。浙江省各地要落实。")
    found = orgs(x)
    assert found["中共浙江省人民代表大会常务委员会党组"][1] == "浙江省人民代表大会常务委员会"


def test_body_only_in_an_unnumbered_meeting_reference_is_not_listed() -> None:
    x = run(
        "12月2日，县委常委会召开会议，传达学习中共上饶市委五届九次全会精神。"
        "会议要求，要把学习贯彻市委全会精神作为重要任务。中共婺源县委要落实。",
        published="2024-12-03",
    )
    names = set(orgs(x))
    assert "中共上饶市委" not in names
    assert "中共婺源县委常委会" in names


def test_session_organizer_is_the_standing_committee_without_its_term() -> None:
    x = run(
        "本报讯（记者 王一）湖北省第十四届人民代表大会常务委员会第八次会议5月27日在武汉开幕。",
        published="2024-05-29",
    )
    (m,) = x.meetings
    assert m.organizer == "湖北省人民代表大会常务委员会"
    assert m.name == "湖北省第十四届人民代表大会常务委员会第八次会议"
    assert "湖北省第十四届人民代表大会常务委员会" not in orgs(x)


def test_long_cppcc_form_is_the_committee_of_the_place() -> None:
    x = run("政协常德市第八届委员会常务委员会第三次会议19日召开。市委书记林峰出席。", "2023-06-21")
    (m,) = x.meetings
    assert m.organizer == "中国人民政治协商会议常德市委员会常务委员会"
    assert orgs(x)["中国人民政治协商会议常德市委员会常务委员会"][1] == (
        "中国人民政治协商会议常德市委员会"
    )


def test_county_outlet_is_named_as_written_not_as_a_department() -> None:
    x = run(COUNTY_SOURCE, source="越秀区融媒体中心")
    names = set(orgs(x))
    assert "越秀区融媒体中心" in names and "广州市越秀区融媒体中心" not in names
    assert "中共广州市越秀区委" in names


COUNTY_SOURCE = (
    "区委召开会议\n来源：越秀区融媒体中心\n4月2日，越秀区委召开会议。区委书记马强主持。全区要落实。\n"
    "主办：广州市越秀区人民政府办公室"
)
