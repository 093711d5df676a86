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


def test_minority_names_without_known_surname_after_a_title() -> None:
    x = run(
        "县委副书记、县长吉克木呷，县委常委、副县长阿依古且等县领导参加会议。"
        "副省长岩香，省监察委员会主任段丽华出席会议。中心组成员要带头学、深入学。",
        source=None,
    )
    names = {p.name for p in x.persons}
    assert {"吉克木呷", "阿依古且", "岩香", "段丽华"} <= names
    assert not names & {"要带头学", "深入学"}


def test_middle_dot_name_ends_before_a_verb() -> None:
    x = run("市政协主席阿依古丽·买买提主持开幕会。")
    assert "阿依古丽·买买提" in {p.name for p in x.persons}


def test_name_before_guanyu_and_yingyao() -> None:
    x = run("会议听取了县委常委吴志军关于整治工作的汇报。省委副书记陈立应邀出席。", source=None)
    assert {"吴志军", "陈立"} <= {p.name for p in x.persons}


def test_discipline_and_supervision_titles_split_into_their_bodies() -> None:
    x = run(
        "中共桃源县委常委会召开会议。县委常委、县纪委书记、县监委主任吴志军出席。"
        "县委常委、县委组织部长钱方出席。全县要落实。",
        source=None,
    )
    assert posts(x, "吴志军") == {
        ("常委", "中共桃源县委"),
        ("书记", "中共桃源县纪律检查委员会"),
        ("主任", "桃源县监察委员会"),
    }
    assert ("部长", "中共桃源县委组织部") in posts(x, "钱方")


def test_bare_title_listed_after_a_bodys_officials_is_that_bodys() -> None:
    x = run("市政协副主席王建华、周立东，秘书长何文杰出席会议。市委要求全市落实。永州市")
    assert posts(x, "何文杰") == {("秘书长", "中国人民政治协商会议永州市委员会")}


def test_added_member_holds_the_post_of_the_long_cppcc_form() -> None:
    x = run("会议表决通过了关于增补杨晓峰为政协永州市第五届委员会委员的决定。全市要落实。永州市")
    assert posts(x, "杨晓峰") == {("委员", "中国人民政治协商会议永州市委员会")}
    assert x.meetings == () or "杨晓峰" not in x.meetings[0].participants


def test_one_body_two_nameplates_gives_two_posts() -> None:
    x = run("会议邀请中共湖南省委党校（湖南行政学院）教授刘明作辅导报告。全省要落实。")
    assert posts(x, "刘明") == {("教授", "中共湖南省委党校"), ("教授", "湖南行政学院")}
    orgs = {o.name: o.part_of for o in x.organizations}
    assert orgs["中共湖南省委党校"] == "中共湖南省委"
    assert "湖南行政学院" in orgs


def test_pending_resignation_keeps_the_post_an_accepted_one_does_not() -> None:
    pending = run(
        "1月5日，大会主席团举行第二次会议，审议通过了关于接受王平辞去永州市人民政府副市长职务"
        "请求的决定（草案），提请大会表决。",
        published="2020-01-06",
    )
    assert posts(pending, "王平") == {("副市长", "永州市人民政府")}
    accepted = run(
        "会议决定接受王平辞去永州市人民政府副市长职务的请求。永州市各部门要落实。",
        published="2020-01-06",
    )
    assert posts(accepted, "王平") == set()
    asked = run("会议听取了说明。李强因工作调动，请求辞去永州市人民政府副市长职务。全市要落实。")
    assert posts(asked, "李强") == {("副市长", "永州市人民政府")}


def test_a_verb_after_a_title_is_not_a_loose_name() -> None:
    x = run("防汛工作由副市长负责，各区县要落实。会议由市长主持，全市要行动。")
    assert x.persons == ()
