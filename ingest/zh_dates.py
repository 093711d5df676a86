"""Dates in Chinese reports, resolved against the page date.

"1月13日至14日" (a range), "2015年8月18日", "18日下午", "今天（29日）上午", "昨天", and
relative openers (同日 / 当天 / 会前 / 开幕前) that repeat the previous meeting's date. The year
comes from the text, else the page date, else from the text's own context (今年 in a text
that plans for its latest year); without any, the date is None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

NUM = r"(\d{1,4}|[〇零一二三四五六七八九十]{1,4})"
DATE_RE = re.compile(
    r"(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日"
    r"(?:(?:至|到|—|-|～|~)(?:(?P<y2>\d{4})年)?(?:(?P<m2>\d{1,2})月)?(?P<d2>\d{1,2})日)?"
)
RELATIVE_DAY = re.compile(r"(今天|今日|昨天|昨日|前天)(?:[（(](?P<d>\d{1,2})日[）)])?")
SAME_DAY = re.compile(
    r"^(?:同日|当天|当日|同一天|会前|会后|随后|开幕前|会议结束后|此前|当晚|[上下中]午|晚上?|傍晚|闭幕(?:会|大会)?前)"
)
DAY_BEFORE = re.compile(r"^(?:会前一天|前一天|前一日|会议前一天)")  # the day before the last one
CLOSING_DAY = re.compile(r"^闭幕(?:会|大会)?前")  # the closing day, not the opening one
ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    date: str | None
    end_date: str | None = None


def _iso(y: int | None, m: int | None, d: int | None) -> str | None:
    if not (y and m and d):
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def text_year(text: str) -> int | None:
    """Year of a text with no page date: a full date in it, else 今年 with its latest year."""
    full = re.search(r"(\d{4})年\d{1,2}月\d{1,2}日", text)
    if full:
        return int(full.group(1))
    if "今年" in text or "本年" in text:
        years = [int(y) for y in re.findall(r"(?<![到至])(\d{4})年(?!前|底前|以前)", text)]
        years += [int(y) + 1 for y in re.findall(r"总结(\d{4})年", text)]  # 总结2024年 -> now 2025
        years = [y for y in years if 1949 < y < 2100]
        return max(years) if years else None
    return None


def _day_in(month: date, day: int) -> date:
    try:
        return month.replace(day=day)
    except ValueError:
        return month


def find_dates(text: str, published: str | None) -> list[DateSpan]:
    """Every resolvable day mention, in text order."""
    pub = date.fromisoformat(published) if published else None
    base_year = pub.year if pub else text_year(text)
    out: list[DateSpan] = []
    for m in DATE_RE.finditer(text):
        if text[m.end() : m.end() + 1] in ("讯", "电") and m.group("m"):
            continue  # dateline of the agency ("8月18日讯")
        y = int(m.group("y")) if m.group("y") else base_year
        mo = int(m.group("m")) if m.group("m") else (pub.month if pub else None)
        d = int(m.group("d"))
        if not m.group("y") and pub and mo and (mo, d) > (pub.month, pub.day) and not m.group("m"):
            mo = mo - 1 or 12  # "30日" read on the 2nd: last month
            y = y - 1 if mo == 12 and y else y
        if not m.group("y") and pub and m.group("m") and (mo, d) > (pub.month, pub.day + 7):
            y = pub.year - 1  # "12月30日" on a January page
        d2 = int(m.group("d2")) if m.group("d2") else None
        m2 = int(m.group("m2")) if m.group("m2") else mo
        y2 = int(m.group("y2")) if m.group("y2") else y
        y2 = y2 + 1 if y2 and y2 == y and m2 and mo and m2 < mo else y2  # 12月30日至1月2日
        out.append(DateSpan(m.start(), m.end(), _iso(y, mo, d), _iso(y2, m2, d2) if d2 else None))
    for m in RELATIVE_DAY.finditer(text):
        if pub:
            back = {"昨天": 1, "昨日": 1, "前天": 2}.get(m.group(1), 0)
            day = pub - timedelta(days=back)
            if m.group("d") and int(m.group("d")) != day.day:  # 今天（11日）on a page of the 12th
                told = int(m.group("d"))
                first = day.replace(day=1)
                last = first - timedelta(days=1)  # a day after the page's is last month's
                day = _day_in(first, told) if told < day.day else _day_in(last.replace(day=1), told)
            out.append(DateSpan(m.start(), m.end(), day.isoformat()))
    out = [d for d in out if not any(o.start <= d.start < o.end and o != d for o in out)]
    return sorted(out, key=lambda d: d.start)


def page_date(text: str) -> str | None:
    """A page timestamp (2020-05-30 06:58) near the top, for scratch use only."""
    m = ISO.search(text[:400])
    return m.group() if m else None
