"""Chinese person names: title chains, lists, middle-dot names, surname + title, credits."""

from __future__ import annotations

from zh_helpers import assert_evidence, person, posts, run

BODY = (
    "市委常委会召开会议\n"
    "3月14日上午，市委书记欧阳明高主持召开市委常委会会议。"
    "市委副书记、市长曾庆华，市委常委、秘书长单海燕出席会议。"
    "出席会议的市领导有：冯国强、乌云、柏永红。"
    "欧阳书记强调，要抓好落实。\n"
    "（记者 查文静）\n"
    "主办：赣州市人民政府办公室"
)


def test_names_after_titles_and_in_lists() -> None:
    x = run(BODY)
    names = {p.name for p in x.persons}
    assert {"欧阳明高", "曾庆华", "单海燕", "冯国强", "乌云", "柏永红"} <= names
    assert_evidence(x)


def test_surname_with_title_is_folded_not_a_new_person() -> None:
    x = run(BODY)
    assert "欧阳书记" not in {p.name for p in x.persons}
    assert len([p for p in x.persons if p.name.startswith("欧阳")]) == 1


def test_credit_names_are_not_persons_here() -> None:
    x = run(BODY)
    assert "查文静" not in {p.name for p in x.persons}


def test_pinyin_alias_uses_surname_reading() -> None:
    x = run(BODY)
    assert person(x, "曾庆华").aliases == ("Zeng Qinghua",)
    assert person(x, "单海燕").aliases == ("Shan Haiyan",)
    assert person(x, "欧阳明高").aliases == ("Ouyang Minggao",)


def test_shared_title_for_three_deputies() -> None:
    x = run("国家统计局副局长、中央统计馆副馆长方志远、邹晓光、蓝海涛出席会议。")
    for name in ("方志远", "邹晓光", "蓝海涛"):
        assert posts(x, name) == {("副局长", "国家统计局"), ("副馆长", "中央统计馆")}


def test_middle_dot_name_after_title() -> None:
    x = run("6月7日，自治区主席艾尔肯·吐尼亚孜主持召开自治区人民政府常务会议。")
    assert person(x, "艾尔肯·吐尼亚孜").aliases == ("Ai'erken Tuniyazi",)
    assert "自治区主席艾尔肯·吐尼亚孜" not in {p.name for p in x.persons}


def test_name_before_general_secretary() -> None:
    x = run("会议传达学习了习近平总书记重要讲话。")
    assert posts(x, "习近平") == {("总书记", "中共中央")}


def test_ambiguous_surname_title_is_not_folded() -> None:
    x = run("省委副书记王立新、省委常委王海东出席。王书记指出，要抓落实。", source=None)
    # 王书记 fits 王立新 (副书记) by title, 王海东 is 常委: resolved by title
    assert {p.name for p in x.persons} == {"王立新", "王海东"}


def test_words_starting_with_surname_characters_are_not_names() -> None:
    x = run("会议指出，全省各级党组织要高度重视，方面工作任务要落实。")
    assert x.persons == ()


def test_appointed_and_removed_persons_are_named_but_not_participants() -> None:
    x = run(
        "5月6日，省人大常委会召开会议，省人大常委会主任蒋国栋主持。"
        "会议决定任命祝海波为省应急管理厅厅长，免去钱立新的省应急管理厅厅长职务。\n来源：浙江日报"
    )
    assert posts(x, "祝海波") == {("厅长", "浙江省应急管理厅")}
    assert posts(x, "钱立新") == set()
    (m,) = x.meetings
    assert m.participants == ("蒋国栋",)
