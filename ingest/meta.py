"""A news page's own metadata, read from its text: headline, publication date, outlet.

Scraped pages open with furniture (breadcrumbs), a headline block (Chinese pages may have a
kicker line above the main headline and a subtitle below it), a metadata line ("2023-01-14
11:05  Source: X Daily") and then the body. The publication date is the page's timestamp or
dateline, never a date from the body; the outlet is the "Source:"/来源 field, else the outlet
named in the byline ("X Daily reporter ..."), else the dateline ("新华社北京1月5日电").
Outlets and the places they report on come from data/meta_outlets.tsv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from convene.ingest.lang import normalise
from convene.ingest.meta_dates import is_date_only, is_unix, parse_date, unix_date

__all__ = ["parse_date", "unix_date"]  # re-exported: readers parse dates through this module

_CJK = re.compile(r"[\u3400-\u9fff]")
_SEPARATORS = re.compile(r"\s*(?:>|›|»|＞|→)\s*")
_OUTLET_WORDS = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,4}(?:Daily|Evening News|News Network|News|Net|Online|Times|Post)\b"
)
_ZH_DATELINE = re.compile(
    r"^\s*(?P<pre>[^\s，。,（(]{2,16}?)(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日)?(?:电|讯)"
    r"(?=[\s　（(【\[:：，,—-]|\d|$)"
)


@dataclass(frozen=True)
class Meta:
    title: str | None = None
    published: str | None = None
    source: str | None = None


@cache
def _data(name: str) -> tuple[tuple[str, ...], ...]:
    text = resources.files("convene.ingest").joinpath(f"data/{name}").read_text("utf-8")
    return tuple(
        tuple(f.strip() for f in line.split("\t"))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


@cache
def _labels(kind: str) -> tuple[str, ...]:
    found = [row[1] for row in _data("meta_labels.tsv") if row[0] == kind]
    return tuple(sorted(found, key=len, reverse=True))


@cache
def _label_re(kind: str) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(x) for x in _labels(kind))
    return re.compile(rf"(?:^|(?<=[\s\[【(（|]))(?:{alternatives})\s*[:：]", re.I)


@cache
def _headline_cue() -> re.Pattern[str]:
    cues = _labels("headline")
    latin = "|".join(re.escape(c) for c in cues if not _CJK.search(c))
    chinese = "|".join(re.escape(c) for c in cues if _CJK.search(c))
    return re.compile(rf"\b(?:{latin})\b|{chinese}", re.I)


@cache
def _outlets() -> dict[str, tuple[str, str]]:
    """normalised outlet name -> (name as written, place)."""
    return {normalise(row[0]): (row[0], row[1]) for row in _data("meta_outlets.tsv")}


@cache
def _outlet_re() -> re.Pattern[str]:
    names = sorted((name for name, _ in _outlets().values()), key=len, reverse=True)
    # Latin-letter boundaries only: Chinese outlet names run on into the text (新华社北京…电).
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![A-Za-z0-9.])(?:{alternatives})(?![A-Za-z0-9])", re.I)


def outlet_place(source: str | None) -> str | None:
    """The place an outlet reports on ("Zhejiang Daily" -> "Zhejiang Province"), if known.

    A compound source ("Tianshan Net-Xinjiang Daily") is tried whole, then part by part,
    then by the longest known outlet it contains."""
    if not source:
        return None
    outlets = _outlets()
    parts = [source, *re.split(r"\s*[-–/&|,、]\s*", source)]
    for part in parts:
        hit = outlets.get(normalise(part))
        if hit:
            return hit[1]
    found = known_outlets(source)
    return outlets[normalise(found[0])][1] if found else None


def known_outlets(text: str) -> list[str]:
    """Known outlet names in text, as written there, in order of appearance."""
    return [m.group(0) for m in _outlet_re().finditer(text)]


def is_outlet(name: str) -> bool:
    """A known outlet, or a name shaped like one ("X Daily", "X网", "X日报")."""
    n = name.strip()
    return bool(
        normalise(n) in _outlets()
        or _OUTLET_WORDS.fullmatch(n)
        or re.fullmatch(r"[\u4e00-\u9fff]{1,10}(?:日报|晚报|网|报|电视台|广播电台|新闻|客户端)", n)
        or re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", n)
    )


def is_breadcrumb(line: str) -> bool:
    """A short navigation trail: 'Home > News > Region News', '首页>要闻'."""
    s = line.strip()
    if not s or len(s) > 100 or re.search(r"[。！？!?]$", s):
        return False
    parts = [p for p in _SEPARATORS.split(s) if p.strip()]
    return len(parts) >= 2 and len(_SEPARATORS.findall(s)) >= 1


def breadcrumb_steps(line: str) -> list[str]:
    """The steps of a breadcrumb line."""
    return [p.strip() for p in _SEPARATORS.split(line.strip()) if p.strip()]


def is_meta_line(line: str) -> bool:
    """A short line of the page's own metadata: a timestamp, a 'Source:' or byline field."""
    s = line.strip()
    if not s or len(s) > 200:
        return False
    if is_unix(s) or parse_date(s) and len(_CJK.findall(s)) + len(s.split()) < 25:
        return True
    return bool(
        _label_re("source").search(s)
        or _label_re("date").search(s)
        or _label_re("updated").search(s)
        or re.match(r"\(?\s*by\s", s, re.I)
    )


def is_body(line: str, language: str) -> bool:
    """A paragraph of running text (as opposed to a headline or a field line)."""
    s = line.strip()
    if language == "zh" or len(_CJK.findall(s)) > len(s) / 3:
        return "。" in s or len(s) > 60
    words = len(s.split())
    return bool(
        re.search(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]", s)
        or (s.endswith(".") and words > 20)
        or words > 60
    )


def _header(lines: list[str], language: str) -> tuple[list[str], int]:
    """The lines above the body (at most 10 non-empty ones) and the index of the first body line."""
    head: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if is_body(line, language) and not is_meta_line(line) or len(head) >= 10:
            return head, i
        head.append(line)
    return head, len(lines)


def _is_site(line: str) -> bool:
    """A line naming the site or outlet only: "Lake News Network", "湖滨县人民政府门户网站"."""
    s = line.strip().strip("【】[]|")
    if not s or len(s) > 40 or re.search(r"[。，,!?！？:：]", s):
        return False
    ends = tuple(x.casefold() for x in _labels("site-end"))
    if _CJK.search(s):  # a short "X网"; a longer line ending in 网 may be a headline (织密安全网)
        short = len(s) <= 6 or not s.endswith("网") or s.endswith("政府网")
        return bool(normalise(s) in _outlets() or (s.endswith(ends) or is_outlet(s)) and short)
    if is_outlet(s):
        return True
    words = s.split()
    return len(words) <= 4 and all(w[:1].isupper() for w in words) and (s.casefold().endswith(ends))


_POSITION = re.compile(
    r"(?:您的位置|您当前的位置|当前位置|所在位置|you are here|location)\s*[:：]", re.I
)


def _is_nav(line: str) -> bool:
    """A menu or a trail in other separators: "Home | News | Politics", "首页 / 新闻 / 要闻",
    "当前位置：首页"."""
    s = line.strip()
    if _POSITION.match(s):
        return True
    parts = [p.strip() for p in re.split(r"[|｜/／]", s) if p.strip()]
    short = all(len(p.split()) <= 3 and len(p) <= 20 for p in parts)
    return len(parts) >= 3 and short


def _not_headline(line: str) -> bool:
    """A kicker ("X在调研时强调"), a subtitle ("——X侧记"), a site-name or a menu line."""
    s = line.strip()
    kicker = s.endswith(_labels("kicker-end")) or s.startswith(_labels("subtitle-start"))
    return kicker or _is_site(s) or _is_nav(s)


def _bare_headline(line: str) -> str:
    """The headline without a leading column tag ("【湖滨要闻】") or a trailing site name
    ("… - Lake Daily", "…_湖滨网")."""
    s = re.sub(r"^\s*[【\[][^】\]]{1,12}[】\]]\s*(?=\S)", "", line.strip())
    while True:
        parts = re.split(r"\s+[-–—|]\s+|\s*[_｜]\s*", s)
        if len(parts) < 2 or not _is_site(parts[-1]):
            return s
        s = s[: s.rfind(parts[-1])].rstrip(" -–—|_｜")


def headline(text: str, language: str) -> str | None:
    """The main headline: the first block of short lines, skipping breadcrumbs, fields and
    site-name lines; in a block of several (kicker, headline, subtitle) the first line with
    an event word that is neither a kicker nor a subtitle."""
    head, _ = _header(text.splitlines(), language)
    block: list[str] = []
    for line in head:
        if is_breadcrumb(line) and not block:
            continue
        if is_meta_line(line) or is_breadcrumb(line):
            if block:
                break
            continue
        block.append(line.strip())
        if len(block) == 4:
            break
    candidates = [x for x in block if not _not_headline(x)] or block
    if not candidates:
        return None
    for line in candidates:
        if _headline_cue().search(line):
            return _bare_headline(line)
    return _bare_headline(candidates[0])


def _dateline_date(line: str) -> str | None:
    """The date of a dateline opening the body: 'BEIJING, March 5, 2031 (Xinhua) --',
    '新华社北京2031年3月5日电'."""
    m = re.match(r"\s*[A-Z][\w .'-]{1,30},\s*(.{6,30}?)(?:\s*\(|\s*[-–—]|$)", line)
    if m and parse_date(m.group(1)):
        return parse_date(m.group(1))
    m = re.match(
        r"\s*[^\s，。,]{0,20}?((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)(?:电|讯)", line
    )
    return parse_date(m.group(1)) if m else None


def _labelled_date(line: str, kind: str) -> str | None:
    """The date right after a date label on a short line ("Published: 2031-03-04")."""
    if len(line.strip()) >= 160:
        return None
    for m in _label_re(kind).finditer(line):
        found = parse_date(line[m.end() : m.end() + 40])
        if found:
            return found
    return None


def published(text: str, language: str) -> str | None:
    """The page's own date: a labelled publication date, a header timestamp, a dated
    dateline, a labelled date line anywhere, a line that is a timestamp only, an update
    time, or a bare Unix timestamp left by the scraper."""
    lines = text.splitlines()
    head, first_body = _header(lines, language)
    unlabelled = [ln for ln in head if not _label_re("updated").search(ln)]
    for found in (
        *(_labelled_date(ln, "date") for ln in head),
        *(parse_date(ln) for ln in unlabelled),
        _dateline_date(lines[first_body]) if first_body < len(lines) else None,
        *(_labelled_date(ln, "date") for ln in lines),
        *(parse_date(ln) for ln in lines if is_date_only(ln)),
        *(_labelled_date(ln, "updated") for ln in lines),
        *(unix_date(ln) for ln in lines),
    ):
        if found:
            return found
    return None


def _field_value(line: str, start: int) -> str:
    """The value of a 'Label: value' field, up to the next field on the same line."""
    rest = line[start:]
    stops = "|".join(re.escape(x) for x in _labels("stop") + _labels("date") + _labels("updated"))
    cut = re.search(
        rf"\s{{2,}}|[\t　|\[【】\]]|(?:^|\s)(?:{stops})\s*[:：]|(?:19|20)\d{{2}}\s*[-/.年]",
        rest,
        re.I,
    )
    value = rest[: cut.start()] if cut else rest
    return value.strip(" -–—:：·,，;；").strip()


def source(text: str, language: str) -> str | None:
    """The outlet: the 'Source:' field, else the outlet of the byline or dateline. A field
    naming the page itself ("来源：本站") gives none."""
    lines = text.splitlines()
    head, first_body = _header(lines, language)
    domain: str | None = None
    selves = {x.casefold() for x in _labels("self")}
    # "From:" names the outlet only in the header; in the body it starts a list or a quote.
    fields = [(ln, "head-source") for ln in head] + [(ln, "source") for ln in head + lines]
    for line, kind in fields:
        if len(line) > 200:
            continue
        m = _label_re(kind).search(line)
        if m:
            value = _field_value(line, m.end())
            if value and re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", value):
                domain = domain or value
            elif value and value.casefold() not in selves:
                return value
    byline = _byline_outlet(lines, head, first_body)
    return byline or domain


_ZH_OUTLET_SHAPE = re.compile(
    r"[\u4e00-\u9fff]{2,12}?(?:日报|晚报|晨报|都市报|电视台|广播电视台|融媒体中心|客户端|网|报|社)"
)


def _dateline_outlet(line: str) -> str | None:
    """The outlet of a Chinese dateline: "新华社北京3月5日电", "湖滨网3月4日讯", "湖滨日报讯"."""
    m = _ZH_DATELINE.match(line)
    if not m:
        return None
    found = known_outlets(m.group("pre"))
    if found:
        return found[0]
    shaped = _ZH_OUTLET_SHAPE.match(m.group("pre"))
    return shaped.group(0) if shaped and not shaped.group(0).startswith("本") else None


def _byline_outlet(lines: list[str], head: list[str], first_body: int) -> str | None:
    opening = head + lines[first_body : first_body + 1]
    for line in opening:
        for m in re.finditer(r"reporters?\b|correspondents?\b|记者", line, re.I):
            before = line[max(0, m.start() - 80) : m.start()]
            found = known_outlets(before) or _OUTLET_WORDS.findall(before)
            if found:
                return found[-1].strip()
    for line in lines:
        m = re.match(r"\s*\(?\s*by\s+(.{2,120}?)\s*\)?\s*$", line, re.I)
        parts = re.split(r"\s*[/|(（)）]\s*", m.group(1))[1:] if m else []
        found = [p for p in parts if is_outlet(p)]
        if found:
            return found[0]
    for line in opening:
        found_zh = _dateline_outlet(line)
        if found_zh:
            return found_zh
        m = re.search(r"\((Xinhua|[A-Z][\w ]{1,30})\)\s*[-–—]", line[:120])
        if m and is_outlet(m.group(1)):
            return m.group(1)
    return None


def read_meta(text: str, language: str) -> Meta:
    """Headline, publication date and outlet of a page's raw text."""
    return Meta(headline(text, language), published(text, language), source(text, language))
