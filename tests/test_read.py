"""Reading files and folders: formats, encodings, errors that name the file, junk lines."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS

from convene.ingest.facts import Article
from convene.ingest.lang import detect_language
from convene.ingest.read import ReadError, clean, is_junk, read_paths

EN = (
    "Home > News\n"
    "Lake County holds work meeting\n"
    "2031-02-03 10:00   Source: Lake Daily   Visits: 2167\n"
    "\n"
    "On the 2nd, the county held a work meeting. Wu Hao chaired it.\n"
    "\n"
    "(By Fan Jiaqi/Lake Daily)\n"
    "[Print] [Close]\n"
    "Hotline for reporting: 0123-4567890\n"
    "Internet news information service license: 12345678901\n"
    "Copyright © Lake County People's Government. All Rights Reserved.\n"
    "Copyright: All Rights Reserved\n"
    "#Lake #County #work #meeting\n"
    "1900000000\n"
)
ZH = (
    "湖滨县召开工作会议\n2031年02月03日　来源：湖滨日报\n\n"
    "2日，湖滨县召开工作会议。会议由县委书记主持。\n（记者 钟明远）\n"
)


def one(path) -> Article | ReadError:
    (item,) = list(read_paths([path]))
    return item


def test_txt_keeps_the_text_and_drops_only_junk_lines(tmp_path):
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    a = one(tmp_path / "a.txt")
    assert isinstance(a, Article)
    assert (a.document, a.language, a.title) == ("a.txt", "en", "Lake County holds work meeting")
    assert (a.published, a.source) == ("2031-02-03", "Lake Daily")
    kept = a.text.splitlines()
    assert kept == [
        "Lake County holds work meeting",
        "2031-02-03 10:00   Source: Lake Daily   Visits: 2167",
        "",
        "On the 2nd, the county held a work meeting. Wu Hao chaired it.",
        "",
        "(By Fan Jiaqi/Lake Daily)",
        "Copyright © Lake County People's Government. All Rights Reserved.",
    ]


@pytest.mark.parametrize(
    ("line", "junk"),
    [
        ("浏览次数：35", True),
        ("【打印本页】　【关闭窗口】", True),
        ("京ICP备12345678号", True),
        ("举报电话：010-12345678", True),
        ("湖滨网版权所有　未经授权禁止转载", False),  # names the outlet
        ("版权所有　未经许可不得转载", True),
        ("您当前的位置：首页 > 新闻", True),
        ("首页 > 湖滨频道 > 时政", False),  # names a place
        ("  • |", True),
        ("Leave a Reply", True),
        ("（记者 钟明远）", False),
        ("Editor: Baoyin", False),
        ("Reproduction without permission is prohibited.", True),
        ("", False),
    ],
)
def test_junk_lines(line, junk):
    assert is_junk(line) is junk


def test_clean_keeps_every_other_character():
    text = "Title\r\n  Body line one.  \n浏览次数：3\n\tLast line"
    assert clean(text) == "Title\r\n  Body line one.  \n\tLast line"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_chinese_encodings_are_detected(tmp_path, encoding):
    (tmp_path / "z.txt").write_bytes(ZH.encode(encoding))
    a = one(tmp_path / "z.txt")
    assert isinstance(a, Article), a
    assert a.text == ZH and a.language == "zh"
    assert (a.title, a.published, a.source) == ("湖滨县召开工作会议", "2031-02-03", "湖滨日报")


def test_big5_is_detected(tmp_path):
    text = "湖濱縣召開工作會議\n\n2日，湖濱縣召開工作會議。會議由縣委書記主持，各部門負責人出席。\n"
    (tmp_path / "b.txt").write_bytes(text.encode("big5"))
    a = one(tmp_path / "b.txt")
    assert isinstance(a, Article) and a.text == text


def test_bad_files_yield_errors_naming_them_and_reading_goes_on(tmp_path):
    (tmp_path / "a_empty.txt").write_bytes(b"  \n")
    (tmp_path / "b_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (tmp_path / "c_noise.txt").write_bytes(bytes(range(128, 256)) * 4)
    (tmp_path / "d_good.txt").write_text("Title\n\nA body. It ends.\n", encoding="utf-8")
    items = list(read_paths([tmp_path]))
    assert [type(i).__name__ for i in items] == ["ReadError"] * 3 + ["Article"]
    assert items[0].path.name == "a_empty.txt" and "empty" in items[0].message
    assert items[1].path.name == "b_binary.txt" and "binary" in items[1].message
    assert items[2].path.name == "c_noise.txt"
    assert "c_noise.txt" in str(items[2])


def test_folders_are_walked_recursively_in_sorted_order(tmp_path):
    for name in ("b.txt", "a/z.txt", "a/y.htm", "c.json", ".hidden.txt", "notes.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    for name in ("b.txt", "a/z.txt", ".hidden.txt"):
        (tmp_path / name).write_text("Title\n\nA body. It ends.\n", encoding="utf-8")
    (tmp_path / "a/y.htm").write_text(
        "<html><body><h1>Title</h1><p>" + "A body sentence here. " * 20 + "</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "c.json").write_text("{}")
    (tmp_path / "notes.md").write_text("# notes")
    items = read_paths([tmp_path])
    assert iter(items) is items  # a stream, not a list
    assert [i.document for i in items] == ["a/y.htm", "a/z.txt", "b.txt"]


def test_named_files_of_other_types_and_missing_paths_are_errors(tmp_path):
    (tmp_path / "c.json").write_text("{}")
    items = list(read_paths([tmp_path / "c.json", tmp_path / "missing.txt"]))
    assert all(isinstance(i, ReadError) for i in items)
    assert "unsupported" in items[0].message and "no such" in items[1].message


def test_json_lines_one_article_per_line(tmp_path):
    rows = [
        json.dumps({"text": "会议召开。会议由县长主持。", "title": "县政府常务会议召开",
                    "date": "2031/02/03 09:00", "url": "http://x.test/1", "source": "湖滨网"},
                   ensure_ascii=False),
        "{not json",
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": "Title\n\nThe council met. It ended.\n\n2031-01-05"}),
    ]  # fmt: skip
    (tmp_path / "feed.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = list(read_paths([tmp_path / "feed.jsonl"]))
    first, bad, missing, last = items
    assert isinstance(first, Article) and first.document == "feed.jsonl#1"
    assert (first.title, first.published, first.source, first.url, first.language) == (
        "县政府常务会议召开", "2031-02-03", "湖滨网", "http://x.test/1", "zh"
    )  # fmt: skip
    assert isinstance(bad, ReadError) and "line 2" in bad.message
    assert isinstance(missing, ReadError) and "line 3" in missing.message
    assert isinstance(last, Article) and last.document == "feed.jsonl#5"
    assert last.title == "Title"


def test_html_main_text_with_own_date_reading(tmp_path):
    body = "".join(
        f"<p>{'会议强调，要扎实做好各项工作，确保目标任务圆满完成。' * 3}</p>" for _ in range(4)
    )
    html = (
        "<html><head><title>湖滨网-县政府常务会议召开</title></head><body>"
        "<div class='nav'>首页 > 新闻</div><h1>县政府常务会议召开</h1>"
        "<div class='info'>2031年01月15日 09:30　来源：湖滨日报</div>"
        f"<div class='content'><p>1月14日，县政府召开常务会议。</p>{body}</div>"
        "<div class='foot'>责任编辑：罗晓燕</div><script>var x = 1;</script></body></html>"
    )
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    a = one(tmp_path / "p.html")
    assert isinstance(a, Article), a
    assert (a.title, a.published, a.source, a.language) == (
        "县政府常务会议召开", "2031-01-15", "湖滨日报", "zh"
    )  # fmt: skip
    assert "1月14日，县政府召开常务会议。" in a.text
    assert "责任编辑：罗晓燕" in a.text and "var x" not in a.text


def test_language_by_share_of_chinese_characters():
    assert detect_language("会议召开。") == "zh"
    assert detect_language("首页>English>News\nThe county held a long work meeting today.") == "en"


@pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="shared corpus absent")
def test_corpus_reads_whole_and_keeps_lines_in_order():
    articles = list(read_paths([CORPUS]))
    assert len(articles) == len(list(CORPUS.glob("*.txt")))
    for a in articles:
        assert isinstance(a, Article)
        raw = (CORPUS / a.document).read_text(encoding="utf-8").splitlines()
        kept = iter(raw)
        assert all(line in kept for line in a.text.splitlines())  # a subsequence of the file
        assert len(a.text) > 0.5 * sum(len(x) for x in raw)


def test_html_keeps_credit_lines_of_every_kind(tmp_path):
    sentence = "会议强调，要扎实做好各项工作，确保目标任务圆满完成。"
    body = "".join(f"<p>{sentence * 3}</p>" for _ in range(4))
    html = (
        "<html><body><h1>县政府常务会议召开</h1>"
        "<div class='info'>2031年01月15日 09:30　来源：湖滨日报</div>"
        "<div class='by'>湖滨县融媒体中心记者 钟明远 文/图</div>"
        f"<div class='content'><p>1月14日，县政府召开常务会议。</p>{body}</div>"
        "<div class='foot'>校对：宋雨</div><div class='foot'>审核：邱菲菲</div>"
        "<div class='foot'>通讯员 罗晓燕</div></body></html>"
    )
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    a = one(tmp_path / "p.html")
    assert isinstance(a, Article), a
    credits = ("湖滨县融媒体中心记者 钟明远 文/图", "校对：宋雨", "审核：邱菲菲", "通讯员 罗晓燕")
    assert all(line in a.text for line in credits)


@pytest.mark.parametrize(
    ("line", "junk"),
    [
        ("主办：湖滨县人民政府办公室　湘ICP备12345678号", False),  # names the sponsor: kept whole
        ("湖滨日报版权所有　湘ICP备05000001号-1", False),
        ("湘ICP备10000001号 湘公网安备43000002000001号", True),
        ("Internet news information service license: 12345678901", True),
    ],
)
def test_registration_numbers_go_but_sponsors_stay(line, junk):
    assert is_junk(line) is junk
