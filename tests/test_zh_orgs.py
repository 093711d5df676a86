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
    assert found["中共浙江省委"] == (("省委",), None)
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
    assert found["浙江省人民代表大会常务委员会党组"][1] == "浙江省人民代表大会常务委员会"
