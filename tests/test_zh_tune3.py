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
