"""Page metadata: headline, publication date, outlet and its place (invented pages)."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS

from convene.ingest.lang import detect_language
from convene.ingest.meta import (
    headline,
    is_outlet,
    outlet_place,
    parse_date,
    published,
    read_meta,
    source,
    unix_date,
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2031-02-03 10:49:00", "2031-02-03"),
        ("发布时间:2031-2-3", "2031-02-03"),
        ("February 3, 2031 00:25:31 Source: Lake Daily", "2031-02-03"),
        ("Posted on 3 Feb. 2031", "2031-02-03"),
        ("2031年02月03日 09:00", "2031-02-03"),
        ("2031年2月3日", "2031-02-03"),
        ("2031/02/03", "2031-02-03"),
        ("On April 17th the meeting was held", None),
        ("2031-13-40", None),
    ],
)
def test_parse_date_formats(text, iso):
    assert parse_date(text) == iso


def test_unix_timestamps_are_read_in_beijing_time():
    # 1700000000 is 2023-11-14 22:13:20 UTC, already the 15th in Beijing.
    assert unix_date("1700000000") == "2023-11-15"
    assert unix_date("1700000000000") == "2023-11-15"
    assert unix_date("Tel 1700000000") is None


EN_PAGE = """Home > News > Lake News
Lake County holds plenary session on water works
Wu Hao presides and speaks
Release time: 2031-03-04 08:05   Source: - Lake Daily   Visits: 12

On the morning of March 3, the plenary session was held. The meeting was chaired by Wu Hao.
The session was scheduled for 2031-05-01 originally. It closed at noon.
"""

ZH_PAGE = """当前位置：首页 > 湖滨要闻
奋力开创湖滨发展新局面
湖滨县委全会召开
会议现场
3月3日，湖滨县委全会召开。会议由县委书记主持。全会总结了2030年工作，部署了2031年5月1日前的任务。
"""


def test_headline_skips_breadcrumbs_and_picks_the_main_line_of_a_block():
    assert headline(EN_PAGE, "en") == "Lake County holds plenary session on water works"
    # kicker above, photo caption below: the line with an event word is the headline
    assert headline(ZH_PAGE, "zh") == "湖滨县委全会召开"
    assert headline("A Plain Title\n\nThe body text follows here. It is long.\n", "en") == (
        "A Plain Title"
    )


def test_published_is_the_page_date_never_a_body_date():
    assert published(EN_PAGE, "en") == "2031-03-04"
    assert published(ZH_PAGE, "zh") is None
    dateline = (
        "Title here\n\nBEIJING, March 5, 2031 (Xinhua) -- The meeting opened. It went well.\n"
    )
    assert published(dateline, "en") == "2031-03-05"
    assert published("Title\n\nThe body. It ended.\n\n1700000000\n", "en") == "2023-11-15"
    assert published("标题\n\n新华社北京2031年3月5日电 会议召开。\n", "zh") == "2031-03-05"


def test_source_from_the_field_the_byline_or_the_dateline():
    assert source(EN_PAGE, "en") == "Lake Daily"
    assert source("标题\n来源：湖滨日报　　作者：钟明远\n\n正文。", "zh") == "湖滨日报"
    assert source("标题\n发布时间:2031-01-01 来源: 访问量: 3\n\n正文。", "zh") is None
    byline = "Title\n\nLakeside, May 3, Hill Net/Lake Daily reporter Hu Ming reported: It met."
    assert source(byline, "en") == "Lake Daily"
    domain = "Title\nsource:lake.gov.cn 2031-01-06\n\nIt met. It ended.\n\n(By Hu Ming/Lake Daily)"
    assert source(domain, "en") == "Lake Daily"
    assert source("Title\nsource:lake.gov.cn 2031-01-06\n\nIt met. It ended.", "en") == (
        "lake.gov.cn"
    )
    assert source("标题\n\n新华社北京1月5日电 会议召开。", "zh") == "新华社"
    capitals = "Title\nBy HU MING | Lake Daily | Updated: 2031-01-05\n\nIt met. It ended."
    assert source(capitals, "en") == "Lake Daily"
    assert source("Title\n\nThe meeting was held. It ended.", "en") is None


def test_outlet_place_from_the_outlet_list():
    assert outlet_place("Sichuan Daily") == "Sichuan Province"
    assert outlet_place("大众网") == "山东省"
    assert outlet_place("Hill Net-Hunan Daily") == "Hunan Province"
    assert outlet_place("Xinhua") == "China"
    assert outlet_place("Lake Daily") is None
    assert outlet_place(None) is None


def test_outlet_shapes():
    assert is_outlet("Lake Daily") and is_outlet("湖滨网") and is_outlet("湖滨日报")
    assert is_outlet("lake.gov.cn")
    assert not is_outlet("Wu Hao") and not is_outlet("钟明远")


@pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="shared corpus absent")
def test_corpus_metadata_matches_the_answer_keys():
    misses = []
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        language = detect_language(text)
        meta = read_meta(text, language)
        got = (language, meta.title, meta.published, meta.source)
        want = (gold["language"], gold["title"], gold["published"], gold["source"])
        if got != want:
            misses.append((path.name, got, want))
    assert misses == []


# --- patterns of the genre beyond the corpus (invented pages) ------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Monday, March 4, 2031", "2031-03-04"),  # weekday first
        ("Tue, 04 Mar 2031 08:00:00 GMT", "2031-03-04"),
        ("4th of March, 2031", "2031-03-04"),
        ("Mar. 4th, 2031", "2031-03-04"),
        ("2031年3月4日 星期二", "2031-03-04"),
        ("二〇三一年三月四日", "2031-03-04"),  # Chinese numerals
        ("二〇三一年十二月三十一日", "2031-12-31"),
        ("２０３１－０３－０４", "2031-03-04"),  # full-width digits
        ("2031年3月4号", "2031-03-04"),
    ],
)
def test_parse_date_forms_of_the_genre(text, iso):
    assert parse_date(text) == iso


BODY_EN = "\n\nThe session was held. It ended.\n"
BODY_ZH = "\n\n3日，湖滨县委全会召开。会议由县委书记主持。\n"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Title\nPublished on: 4th March 2031" + BODY_EN, "2031-03-04"),
        # the publication date wins over an update time given first
        ("Title\nUpdated: 2031-03-05 | Published: 2031-03-04" + BODY_EN, "2031-03-04"),
        ("Title\nLast updated: 2031-03-05" + BODY_EN, "2031-03-05"),
        ("标题\n二〇三一年三月四日" + BODY_ZH, "2031-03-04"),
        ("标题\n２０３１－０３－０４　来源：湖滨日报" + BODY_ZH, "2031-03-04"),
        # a timestamp line after the body, the only date of the page
        ("标题\n\n新华社湖滨3月4日电 会议召开。会议由县长主持。\n2031年03月04日 09:00\n",
         "2031-03-04"),
        # a dateline without a year gives no date
        ("Title\n\nLAKESIDE, March 4 (Xinhua) -- The session was held. It ended.\n", None),
    ],
)  # fmt: skip
def test_published_forms_of_the_genre(text, iso):
    assert published(text, detect_language(text)) == iso


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a site-name line above the headline
        ("Lake News Network\nLake County opens new school\n2031-03-04" + BODY_EN,
         "Lake County opens new school"),
        ("湖滨县人民政府门户网站\n湖滨县新建学校投入使用\n2031-03-04" + BODY_ZH,
         "湖滨县新建学校投入使用"),
        ("湖滨日报\n湖滨县新建学校投入使用\n2031-03-04" + BODY_ZH, "湖滨县新建学校投入使用"),
        # a kicker ending in a verb of saying above, a dashed subtitle below
        ("张三在调研时强调\n坚定信心 推动高质量发展\n——湖滨县委全会侧记\n2031-03-04" + BODY_ZH,
         "坚定信心 推动高质量发展"),
        # a column tag in front and a site name behind are not part of the headline
        ("【湖滨要闻】湖滨县委全会召开\n2031-03-04" + BODY_ZH, "湖滨县委全会召开"),
        ("湖滨县委全会召开_湖滨新闻_湖滨网\n2031-03-04" + BODY_ZH, "湖滨县委全会召开"),
        ("Lake County holds session - Lake Daily\n2031-03-04" + BODY_EN,
         "Lake County holds session"),
        # a headline that merely ends in 网 is still the headline
        ("织密防汛安全网\n2031-03-04" + BODY_ZH, "织密防汛安全网"),
    ],
)  # fmt: skip
def test_headline_forms_of_the_genre(text, title):
    assert headline(text, detect_language(text)) == title


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("标题\n\n湖滨日报讯（记者 钟明远）3日，会议召开。会议由县长主持。\n", "湖滨日报"),
        ("标题\n\n湖滨网3月4日讯（记者 钟明远）3日，会议召开。会议由县长主持。\n", "湖滨网"),
        ("标题\n\n本报讯（记者 钟明远）3日，会议召开。会议由县长主持。\n", None),
        ("标题\n发布时间：2031-03-04　信息来源：湖滨县人民政府办公室" + BODY_ZH,
         "湖滨县人民政府办公室"),
        ("标题\n时间：2031年3月4日　来源：本站" + BODY_ZH, None),  # the page itself
        ("Title\n2031-03-04 08:00  From: Lake Daily" + BODY_EN, "Lake Daily"),
        ("Title\n\nBy Lu Anqi (Lake Daily)\nUpdated 2031-03-04 09:00" + BODY_EN, "Lake Daily"),
        ("Title\n\nLake Daily correspondent Lu Anqi" + BODY_EN, "Lake Daily"),
        ("标题\n\n全县通报电信诈骗案件情况。会议由县长主持。\n", None),
        # "from:" in the body starts a list, it names no outlet
        ("Title\n2031-03-04\n\nIt met. Delegates came from: Lakeside, Hillton and other cities "
         "of the province, in large numbers, to attend the session today.\n", None),
    ],
)  # fmt: skip
def test_source_forms_of_the_genre(text, outlet):
    assert source(text, detect_language(text)) == outlet


def test_a_subtitle_naming_the_chair_is_not_the_headline():
    text = "Lake County sets new goals\nZhou Ming presides and speaks\n2031-03-04" + BODY_EN
    assert headline(text, "en") == "Lake County sets new goals"
    kicker = "深入学习贯彻全会精神\n湖滨县委理论学习中心组开展专题学习\n2031-03-04" + BODY_ZH
    assert headline(kicker, "zh") == "湖滨县委理论学习中心组开展专题学习"


def test_field_values_end_at_brackets_and_counters():
    assert source("标题\n【来源：湖滨日报】【时间：2031-03-04】" + BODY_ZH, "zh") == "湖滨日报"
    assert source("Title\nSource: Lake Daily Clicks: 12 Time: 2031-03-04" + BODY_EN, "en") == (
        "Lake Daily"
    )


def test_menu_lines_are_not_headlines():
    assert headline("Home | News | Politics\nLake County sets new goals\n2031-03-04" + BODY_EN,
                    "en") == "Lake County sets new goals"  # fmt: skip
    text = "当前位置：首页 / 新闻 / 要闻\n湖滨县新建学校投入使用\n2031-03-04" + BODY_ZH
    assert headline(text, "zh") == "湖滨县新建学校投入使用"
    assert headline("Xi/Li/Wang visit Lake County\n2031-03-04" + BODY_EN, "en") == (
        "Xi/Li/Wang visit Lake County"
    )
