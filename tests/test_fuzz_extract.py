"""Fuzzing the reader and the extractors (hypothesis): random unicode, genre-like word salad,
random HTML. Nothing may crash, and every Evidence must point at its quote:
article.text[start:end] == quote.

The word lists are invented fragments of the genre (titles, bodies, meeting words, dates),
so the extractors' rules fire on the salad, not only their early exits.
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from convene.ingest.extract import extract
from convene.ingest.facts import Article, Evidence, Extraction
from convene.ingest.read import ReadError, read_paths

EXAMPLES = int(os.environ.get("CONVENE_FUZZ_EXAMPLES", "150"))
SETTINGS = dict(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

EN_WORDS = (
    "The", "the", "County", "City", "Provincial", "Party Committee", "Standing Committee",
    "People's Government", "held", "convened", "a", "plenary", "executive", "meeting",
    "session", "symposium", "chaired by", "chaired", "presided over", "attended", "Attending",
    "were", "and", "Secretary", "Deputy Secretary", "Mayor", "Vice Mayor", "Governor",
    "Director", "Comrade", "Wang Jianhua", "Li Mingyu", "Zhao Xiaofang", "Chen Guo", "Ouyang Rui",
    "on", "March 3", "2031", "Monday", "the 5th", "last Friday", "in", "Lakeview", "Hilltown",
    "Province", "to implement", "the spirit of", "the Third Plenary Session", "of the",
    "Reporter", "Editor", "By", "Photo", "Source:", "Xinhua", ",", ".", ";", ":", "(", ")", "\"",
    "'", "\u201c", "\u201d", "-", "\u2014", "\n", "\n\n", " ", "  ", "\t",
)
ZH_WORDS = (
    "湖滨县", "山城市", "省", "县委", "市委", "常委会", "人民政府", "召开", "举行", "会议",
    "常务会议", "全体会议", "座谈会", "书记", "副书记", "县长", "市长", "副市长", "主任", "主持",
    "出席", "参加",
    "列席", "讲话", "王建华", "李明宇", "赵晓芳", "陈国", "欧阳瑞", "同志", "3月3日", "2031年",
    "上午", "下午", "日前", "传达学习", "精神", "党的二十届三中全会", "贯彻落实", "记者", "编辑",
    "责任编辑", "摄", "通讯员", "来源：", "新华社", "，", "。", "、", "：", "（", "）", "“", "”",
    "《", "》", "\n", "\u3000", " ",
)
TAGS = ("p", "div", "span", "h1", "h2", "li", "td", "a", "b", "script", "style", "iframe",
        "noscript", "article", "section", "title", "br", "img", "meta", "table", "tr", "ul")
ATTRS = ('', ' class="content"', ' id="main"', ' style="display:none"', ' href="#"',
         ' src="x.js"', ' charset="utf-8"', ' name="pubdate" content="2031-03-03"',
         ' srcdoc="<p>hidden</p>"', ' onload="alert(1)"', ' lang="zh"', ' data-x=\'"\'')
EXTRAS = ("&amp;", "&nbsp;", "&#x4e00;", "&lt;", "&#0;", "&bogus;", "<!-- comment -->",
          "<![CDATA[ x ]]>", "<", ">", "</", "<p", "<?xml version='1.0'?>", "<!DOCTYPE html>")

any_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=2000)
# Whole sentences of the genre, so the salad also holds clauses the rules recognise.
SENTENCES = (
    "On March 3, 2031, the Lakeview County Party Committee held a standing committee meeting. "
    "Secretary Wang Jianhua chaired the meeting. Li Mingyu and Chen Guo attended.",
    "The Hilltown Municipal People's Government convened an executive meeting on Monday, "
    "presided over by Mayor Zhao Xiaofang, to implement the spirit of the plenary session.",
    "(Reporter Ouyang Rui; Editor Li Mingyu)",
    "3月3日，湖滨县委召开常委会会议，县委书记王建华主持会议。李明宇、陈国出席会议。",
    "山城市人民政府召开常务会议，传达学习党的二十届三中全会精神。市长赵晓芳主持。",
    "（记者 欧阳瑞 通讯员 陈国）责任编辑：李明宇",
)
genre_text = st.lists(
    st.one_of(st.sampled_from(EN_WORDS), st.sampled_from(ZH_WORDS), st.sampled_from(SENTENCES),
              st.text(max_size=3), st.sampled_from(EN_WORDS + ZH_WORDS).map(str.upper)),
    max_size=300,
).map(lambda words: " ".join(words) if len(words) % 2 else "".join(words))


@st.composite
def html_pages(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 60))):
        kind = draw(st.integers(0, 5))
        if kind <= 1:
            tag = draw(st.sampled_from(TAGS))
            parts.append(f"<{tag}{draw(st.sampled_from(ATTRS))}>")
        elif kind == 2:
            parts.append(f"</{draw(st.sampled_from(TAGS))}>")
        elif kind == 3:
            parts.append(draw(st.sampled_from(EXTRAS)))
        else:
            parts.append(draw(genre_text))
    return "".join(parts)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def evidences(value) -> list[Evidence]:
    """Every Evidence anywhere in an Extraction."""
    if isinstance(value, Evidence):
        return [value]
    if dataclasses.is_dataclass(value):
        return [e for f in dataclasses.fields(value) for e in evidences(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [e for v in value for e in evidences(v)]
    return []


def read_and_extract(path: Path) -> list[Extraction]:
    """read_paths must yield articles or ReadErrors (never raise); extract() must not raise."""
    out = []
    for item in read_paths([path]):
        assert isinstance(item, Article | ReadError)
        if isinstance(item, ReadError):
            assert item.message and str(path) in str(item)
            continue
        assert item.text.strip() and item.language in ("en", "zh")
        out.append(extract(item))
    return out


def assert_offsets(x: Extraction) -> int:
    text = x.article.text
    found = evidences(x)
    for e in found:
        assert 0 <= e.start <= e.end <= len(text), e
        assert text[e.start:e.end] == e.quote, (e, text[e.start:e.end])
    return len(found)


def _fuzz_file(workdir: Path, name: str, data: bytes) -> int:
    path = workdir / name
    path.write_bytes(data)
    return sum(assert_offsets(x) for x in read_and_extract(path))


def test_random_unicode_text(workdir):
    @settings(**SETTINGS)
    @given(text=any_text)
    def case(text: str) -> None:
        _fuzz_file(workdir, "random.txt", text.encode("utf-8"))

    case()


def test_genre_word_salad(workdir):
    checked = []

    @settings(**SETTINGS)
    @given(text=genre_text, encoding=st.sampled_from(("utf-8", "utf-8-sig", "gb18030",
                                                      "utf-16")))
    def case(text: str, encoding: str) -> None:
        checked.append(_fuzz_file(workdir, "salad.txt", text.encode(encoding)))

    case()
    assert sum(checked) > 0, "the salad never reached a rule that records evidence"


def test_random_html(workdir):
    checked = []

    @settings(**SETTINGS)
    @given(page=html_pages(), encoding=st.sampled_from(("utf-8", "gb18030")))
    def case(page: str, encoding: str) -> None:
        checked.append(_fuzz_file(workdir, "page.html", page.encode(encoding, "replace")))

    case()
    assert sum(checked) > 0, "no random page reached a rule that records evidence"


def test_random_bytes_are_an_error_or_an_article(workdir):
    @settings(**SETTINGS)
    @given(data=st.binary(max_size=4000), suffix=st.sampled_from((".txt", ".html", ".jsonl")))
    def case(data: bytes, suffix: str) -> None:
        _fuzz_file(workdir, f"bytes{suffix}", data)

    case()


def test_random_jsonl_lines(workdir):
    line = st.one_of(
        st.text(max_size=200),
        st.builds(lambda t, title: f'{{"text": {t}, "title": {title}}}',
                  st.sampled_from(('"x"', "1", "null", "[]", '"\\u0000"', '"\\ud800"')),
                  st.sampled_from(('"t"', "2", "null", "{}"))),
        genre_text.map(lambda t: json.dumps({"text": t, "date": "2031-03-03"})),
    )

    @settings(**SETTINGS)
    @given(lines=st.lists(line, max_size=8))
    def case(lines: list[str]) -> None:
        _fuzz_file(workdir, "lines.jsonl", "\n".join(lines).encode("utf-8", "surrogatepass"))

    case()
