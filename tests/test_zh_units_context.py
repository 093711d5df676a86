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


def test_county_written_with_its_municipality() -> None:
    x = run(
        "县委常委会召开会议\n"
        "重庆市城口县近日召开县委常委会会议，县委书记周海峰主持会议，县长吴德明出席。\n"
    )
    assert x.article.jurisdiction == "重庆市城口县"
    assert posts(x, "周海峰") == {("书记", "中共重庆市城口县委")}
    assert posts(x, "吴德明") == {("县长", "重庆市城口县人民政府")}
