"""Credits: reporters, editors and photographers, with offsets of the names (invented pages)."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS

from convene.ingest.credits import credit_persons, credits, romanise
from convene.ingest.facts import Article
from convene.ingest.read import read_paths


def art(text: str, language: str = "en") -> Article:
    return Article("t.txt", text, language)


def found(text: str, language: str = "en") -> set[tuple[str, str]]:
    return {(r.person, r.role) for r in credits(art(text, language))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lakeside, May 3 (Lake Daily reporter Hu Mingyu reported) The council met.",
         {("Hu Mingyu", "reporter")}),
        ("Lake News (reporter Qiu Lan and Tao Wen) The council met on Monday.",
         {("Qiu Lan", "reporter"), ("Tao Wen", "reporter")}),
        ("The council met.\n\n(By Fan Jiaqi/Lake Evening News)\n",
         {("Fan Jiaqi", "reporter")}),
        ("By Fan Jiaqi   Source: Lake Daily   2031-01-01\n\nThe council met.",
         {("Fan Jiaqi", "reporter")}),
        ("By FAN JIAQI | Lake Daily | Updated: 2031-01-01 07:15\n\nThe council met.",
         {("Fan Jiaqi", "reporter")}),
    ],
)  # fmt: skip
def test_english_reporter_credits(text, expected):
    assert found(text) == expected


def test_english_editor_credits_skip_outlets_departments_and_bianji():
    text = (
        "[Editor in charge: Lu Xiaoyan]\n(Web editor: Tsering, Bianji)\n"
        "2031-01-01   Source: Lake Daily   Editor: Hill Net\nResponsible editor: News Department\n"
    )
    assert found(text) == {("Lu Xiaoyan", "editor"), ("Tsering", "editor")}


def test_english_photo_credits_win_over_reporter_labels():
    text = (
        "(Photo: Hill Net-Lake Daily/Kong Dewei)\n"
        "A view of the hall. (Xinhua/Bai Yulin)\n"
        "Photo by Ren Qiao, reporter\n"
    )
    assert found(text) == {
        ("Kong Dewei", "photographer"), ("Bai Yulin", "photographer"), ("Ren Qiao", "photographer")
    }  # fmt: skip


def test_reporter_in_running_text_is_not_a_credit():
    long_line = "The meeting " + "discussed many matters at length, " * 10
    text = long_line + "and the spokesman told the reporter Guo Fei that the plan was sound."
    assert found(text) == set()
    assert found("Our reporter learned from the meeting that work went well.") == set()


def test_chinese_byline_on_an_english_page_is_romanised_with_the_characters_as_alias():
    a = art("By 苗欣怡   Source: Lake Daily\n\nThe council met.")
    (role,) = credits(a)
    assert (role.person, role.role) == ("Miao Xinyi", "reporter")
    assert a.text[role.evidence.start : role.evidence.end] == "苗欣怡"
    (person,) = credit_persons(a)
    assert (person.name, person.aliases) == ("Miao Xinyi", ("苗欣怡",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("湖滨网讯（记者 钟明远 实习记者 宋雨 邱菲菲）3日上午，会议召开。",
         {("钟明远", "reporter"), ("宋雨", "reporter"), ("邱菲菲", "reporter")}),
        ("（记者 钟明远 摄）", {("钟明远", "photographer")}),
        ("（图：大会现场　实习记者 宋雨/摄）", {("宋雨", "photographer")}),
        ("来源：湖滨日报　　作者：钟明远　邱菲菲　　时间：2031-01-01",
         {("钟明远", "reporter"), ("邱菲菲", "reporter")}),
        ("2031-01-01　　来源：湖滨日报　　责任编辑：湖滨网", set()),
        ("责任编辑：罗晓燕\n摄影：姚小军", {("罗晓燕", "editor"), ("姚小军", "photographer")}),
        ("新华社湖滨1月5日电（记者 钟明远、宋雨）\n【纠错】 【责任编辑：罗晓燕】",
         {("钟明远", "reporter"), ("宋雨", "reporter"), ("罗晓燕", "editor")}),
        ("本报记者 钟明远 通讯员 宋雨\n（责编：罗晓燕、邱菲菲）",
         {("钟明远", "reporter"), ("宋雨", "reporter"), ("罗晓燕", "editor"),
          ("邱菲菲", "editor")}),
        ("图/姚小军\n文/钟明远", {("姚小军", "photographer"), ("钟明远", "reporter")}),
        ("据记者了解，会议取得成功。", set()),
    ],
)  # fmt: skip
def test_chinese_credits(text, expected):
    assert found(text, "zh") == expected


def test_chinese_credits_carry_offsets_and_pinyin_aliases():
    text = "会议召开。\n（记者 钟明远）\n"
    a = art(text, "zh")
    (role,) = credits(a)
    assert text[role.evidence.start : role.evidence.end] == "钟明远"
    assert role.evidence.rule == "credit.zh.reporter"
    (person,) = credit_persons(a)
    assert (person.name, person.aliases) == ("钟明远", ("Zhong Mingyuan",))


def test_romanise_uses_surname_readings_compounds_and_apostrophes():
    assert romanise("曾小凡") == "Zeng Xiaofan"
    assert romanise("欧阳文") == "Ouyang Wen"
    assert romanise("陈西安") == "Chen Xi'an"
    assert romanise("阿依·买买") == "Ayi Maimai"


def test_credits_are_listed_once_per_person_and_role():
    assert found("(reporter Hu Mingyu)\n(By Hu Mingyu)\n") == {("Hu Mingyu", "reporter")}


@pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="shared corpus absent")
def test_corpus_roles_are_found():
    wrong = []
    for a in read_paths([CORPUS]):
        gold = json.loads((CORPUS / "gold" / a.document.replace(".txt", ".json")).read_text())
        want = {(r["person"], r["role"]) for r in gold["roles"]}
        got = {(r.person, r.role) for r in credits(a)}
        if got != want:
            wrong.append((a.document, got, want))
    assert wrong == []


# --- patterns of the genre beyond the corpus (invented snippets) ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a byline never runs into the first paragraph
        ("Title\n\nLake Daily reporter Lu Anqi\n\nOn Monday the council met.",
         {("Lu Anqi", "reporter")}),
        ("Title\n\nReporter: Lu Anqi\n\nThe council met.", {("Lu Anqi", "reporter")}),
        # "By our reporter(s) X": the role noun is not part of the name
        ("Title\n\nBy our reporter Lu Anqi\n\nThe council met.", {("Lu Anqi", "reporter")}),
        ("Title\n\nBy our reporters Lu Anqi and Qi Ming\n\nThe council met.",
         {("Lu Anqi", "reporter"), ("Qi Ming", "reporter")}),
        ("Title\n\nBy Xinhua writers Lu Anqi, Qi Ming\n\nThe council met.",
         {("Lu Anqi", "reporter"), ("Qi Ming", "reporter")}),
        # a place after a name, an outlet and a date in the same byline
        ("Title\n\nBy Lu Anqi in Lakeside and Qi Ming in Hillton | Lake Daily | "
         "Updated: 2031-01-01\n\nThe council met.",
         {("Lu Anqi", "reporter"), ("Qi Ming", "reporter")}),
        # Author / Correspondent / Intern
        ("Title\n2031-01-01  Source: Lake Daily  Author: Lu Anqi\n\nThe council met.",
         {("Lu Anqi", "reporter")}),
        ("Title\nAuthors: Lu Anqi, Qi Ming\n\nThe council met.",
         {("Lu Anqi", "reporter"), ("Qi Ming", "reporter")}),
        ("Title\n\nLake Daily correspondent Lu Anqi\n\nThe council met.",
         {("Lu Anqi", "reporter")}),
        ("The council met.\n\nIntern Lu Anqi and Qi Ming contributed to this story.\n",
         {("Lu Anqi", "reporter"), ("Qi Ming", "reporter")}),
        # Chinese names separated by spaces on an English page
        ("Title\n\nReporter: 钱佳怡 宋雨\n\nThe council met.",
         {("Qian Jiayi", "reporter"), ("Song Yu", "reporter")}),
    ],
)  # fmt: skip
def test_english_bylines_of_the_genre(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet after the slash is not a person, whichever side it is on
        ("The council met.\n\nPhoto by Lu Anqi/Lake Daily\n", {("Lu Anqi", "photographer")}),
        ("The council met.\n\nPhoto by Lu Anqi / Xinhua\n", {("Lu Anqi", "photographer")}),
        ("The council met.\n\nPhotos by Lu Anqi and Qi Ming\n",
         {("Lu Anqi", "photographer"), ("Qi Ming", "photographer")}),
        ("The council met.\n\nPhotographer: Lu Anqi\n", {("Lu Anqi", "photographer")}),
        # an agency's initials are not a name
        ("The council met.\n\n(Photo: CFP)\n", set()),
    ],
)  # fmt: skip
def test_english_photo_credits_of_the_genre(text, expected):
    assert found(text) == expected


def test_proofreaders_and_reviewers_are_editors():
    text = "The council met.\n\nEditor: Lu Anqi   Proofreader: Qi Ming   Reviewed by: Bai Xue\n"
    assert found(text) == {("Lu Anqi", "editor"), ("Qi Ming", "editor"), ("Bai Xue", "editor")}
    assert found("The council met.\n\nEdited by Lu Anqi | Reviewed by Qi Ming\n") == {
        ("Lu Anqi", "editor"), ("Qi Ming", "editor")
    }  # fmt: skip
    assert found("Title\nSource: Lake Daily | Editor: LU ANQI\n") == {("Lu Anqi", "editor")}


@pytest.mark.parametrize(
    "text",
    [
        "The plan, which was reviewed by Lu Anqi, the director, passed. It was adopted.\n",
        "Title\n\nLu Anqi, editor-in-chief of Lake Daily, attended. A plan drafted by Qi Ming.",
        "Title\n\nThe book, written by Lu Anqi, was discussed. Then reporters asked questions.\n",
        "Title\n\nThe spokesman told reporters Lu Anqi said the plan was sound.\n",
        "Title\n\nAuthor: Lake County Government Information Office\n",
        "The council met.\n\nEditor: Lake County Media Center\n",
        # "By" opening a sentence is no byline
        "Title\n\nBy March, Lake County had completed 300 projects, the report said.\n",
        "Title\n\nBy Friday, Lake County will finish\n",
    ],
)
def test_english_running_text_and_bodies_are_no_credits(text):
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 通讯员 and 实习生 are bylines: reporters
        ("记者 钟明远 通讯员 宋雨 实习生 邱菲菲\n会议召开。",
         {("钟明远", "reporter"), ("宋雨", "reporter"), ("邱菲菲", "reporter")}),
        # an outlet or a media centre before the label; 文/图 after the name: both roles
        ("湖滨县融媒体中心记者 钟明远 文/图\n\n会议召开。",
         {("钟明远", "reporter"), ("钟明远", "photographer")}),
        ("会议召开。\n（记者 钟明远 文/图）", {("钟明远", "reporter"), ("钟明远", "photographer")}),
        ("文/图 钟明远\n", {("钟明远", "reporter"), ("钟明远", "photographer")}),
        ("湖滨县融媒体中心记者 钟明远\n\n会议召开。", {("钟明远", "reporter")}),
        # a department in a 文/图 field is not a person
        ("文/图：湖滨县委宣传部\n", set()),
        # a photo credit without a label
        ("会议召开。\n新华社发（钟明远 摄）", {("钟明远", "photographer")}),
        ("会议召开。\n钟明远/摄", {("钟明远", "photographer")}),
        ("会议现场。钟明远 摄\n", {("钟明远", "photographer")}),
        ("（本报记者 钟明远 摄影报道）", {("钟明远", "photographer")}),
        # proofreaders and reviewers are editors
        ("会议召开。\n编辑：钟明远 校对：宋雨 审核：邱菲菲",
         {("钟明远", "editor"), ("宋雨", "editor"), ("邱菲菲", "editor")}),
        ("一审：钟明远\n二审：宋雨\n", {("钟明远", "editor"), ("宋雨", "editor")}),
        # names joined by 和, a place after the name
        ("本报讯（记者 钟明远和宋雨）3日，会议召开。",
         {("钟明远", "reporter"), ("宋雨", "reporter")}),
        ("（记者 钟明远 发自湖滨）", {("钟明远", "reporter")}),
        ("文：钟明远　图：会议现场\n", {("钟明远", "reporter")}),
        ("记者 古丽娜尔·艾山\n会议召开。", {("古丽娜尔·艾山", "reporter")}),
        ("（湖滨日报记者钟明远）", {("钟明远", "reporter")}),
        # 摄影 before a name is a label, after the names a closing mark
        ("记者 钟明远 摄影 宋雨\n", {("钟明远", "reporter"), ("宋雨", "photographer")}),
        ("记者 钟明远 摄影\n", {("钟明远", "photographer")}),
    ],
)  # fmt: skip
def test_chinese_credits_of_the_genre(text, expected):
    assert found(text, "zh") == expected


@pytest.mark.parametrize(
    "text",
    [
        "标题\n\n记者从会上获悉，全县共有项目30个。\n",
        "标题\n\n（图为会议现场）\n文化和旅游部召开会议\n",
        "标题\n\n来源：湖滨县人民政府办公室　作者：湖滨县委宣传部\n",
        "图片来源：湖滨日报\n",
        "标题\n\n无人机航拍摄\n",
        # a label inside a phrase that is no outlet
        "市委常委会召开会议 研究部署编辑出版工作\n",
    ],
)
def test_chinese_running_text_and_bodies_are_no_credits(text):
    assert found(text, "zh") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name stops at the next label on the line
        ("Title\n\nReporter Lu Anqi Correspondent Qi Ming\n\nThe council met.",
         {("Lu Anqi", "reporter"), ("Qi Ming", "reporter")}),
        ("Title\n\nReporter: Lu Anqi Photographer: Qi Ming\n\nThe council met.",
         {("Lu Anqi", "reporter"), ("Qi Ming", "photographer")}),
        ("Title\n\nReporter 钱佳怡 Intern 宋雨\n\nThe council met.",
         {("Qian Jiayi", "reporter"), ("Song Yu", "reporter")}),
        # "Photo/X" as a field; text and photos by one person: both roles
        ("The council met.\n\nPhoto/Lu Anqi\n", {("Lu Anqi", "photographer")}),
        ("The council met.\n\nText/Photo: Lu Anqi\n",
         {("Lu Anqi", "reporter"), ("Lu Anqi", "photographer")}),
        ("The council met.\n\nText and photos by Lu Anqi\n",
         {("Lu Anqi", "reporter"), ("Lu Anqi", "photographer")}),
        ("The council met.\n\nPhoto by reporter Lu Anqi\n", {("Lu Anqi", "photographer")}),
    ],
)  # fmt: skip
def test_english_credit_lines_with_several_labels(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("（湖滨网 钟明远、宋雨）3日，会议召开。", {("钟明远", "reporter"), ("宋雨", "reporter")}),
        ("（湖滨县人民政府 钟明远）", set()),  # a government is no outlet
        ("（县委书记 钟明远）", set()),
    ],
)  # fmt: skip
def test_chinese_outlet_and_names_in_parentheses_is_a_byline(text, expected):
    assert found(text, "zh") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # machine-translated labels: 本报记者, 通讯员, 记者 X 摄, 责任编辑/校对/审核, 文/图
        ("Title\n\nThis newspaper reporter Lu Anqi\n\nThe council met.", {("Lu Anqi", "reporter")}),
        ("Title\n\nReporter Lu Anqi Contributor Qi Ming\n\nThe council met.",
         {("Lu Anqi", "reporter"), ("Qi Ming", "reporter")}),
        ("The council met.\n\n(Reporter Lu Anqi photo)\n", {("Lu Anqi", "photographer")}),
        ("The council met.\n\nDuty editor: Lu Anqi  Proofread: Qi Ming  Review: Bai Xue\n",
         {("Lu Anqi", "editor"), ("Qi Ming", "editor"), ("Bai Xue", "editor")}),
        ("The council met.\n\nText/Image: Lu Anqi\n",
         {("Lu Anqi", "reporter"), ("Lu Anqi", "photographer")}),
        ("The council met.\n\nPicture: Lu Anqi\n", {("Lu Anqi", "photographer")}),
        ("The council met.\n\nImage: the meeting venue\n", set()),
        ("Title\n\nA reporter asked Lu Anqi about it. The council met.", set()),
    ],
)  # fmt: skip
def test_machine_translated_credit_labels(text, expected):
    assert found(text) == expected


def test_an_unknown_field_label_ends_a_chinese_byline():
    line = "来源：湖滨日报　作者：记者 甘晓林 通讯员 邵一帆　点击：【315】\n\n会议指出。"
    assert found(line, "zh") == {("甘晓林", "reporter"), ("邵一帆", "reporter")}
