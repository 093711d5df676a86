"""Complete calendar dates (with a year) as news pages write them, as ISO YYYY-MM-DD.

"2031-03-04", "2031/3/4", "2031.03.04", "2031年3月4日", "二〇三一年三月四日", full-width digits,
"March 4, 2031", "Mar. 4th, 2031", "4 March 2031", "4th of March, 2031", "Tue, 04 Mar 2031",
with or without a weekday ("Monday, March 4, 2031", "2031年3月4日 星期二"); Unix timestamps
left by scrapers are read in Beijing time.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta, timezone

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
)}  # fmt: skip
_MONTH = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATES = (
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?!\d)"
    ),
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"),
    re.compile(_MONTH + rf"\s+(?P<d>\d{{1,2}}){_ORDINAL},?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I),
    re.compile(
        rf"\b(?P<d>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<y>(?:19|20)\d{2})\b",
        re.I,
    ),
)
_UNIX = re.compile(r"^\s*(1\d{9})(\d{3})?\s*$")
# Page dates are Beijing time.
_CST = timezone(timedelta(hours=8))
_ZH_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "O": 0}
_ZH_NUM = "[一二三四五六七八九十]{1,3}"
_ZH_DATE = re.compile(rf"([〇○零一二三四五六七八九]{{4}})年({_ZH_NUM})月({_ZH_NUM})日")


def _zh_number(s: str) -> int:
    """一 .. 三十一 as a number."""
    if "十" not in s:
        return _ZH_DIGITS[s]
    tens, _, ones = s.partition("十")
    return (_ZH_DIGITS[tens] if tens else 1) * 10 + (_ZH_DIGITS[ones] if ones else 0)


def _arabic(text: str) -> str:
    """Full-width digits made ASCII, a date in Chinese numerals made 2031年3月4日."""
    text = unicodedata.normalize("NFKC", text)

    def one(m: re.Match[str]) -> str:
        year = "".join(str(_ZH_DIGITS[c]) for c in m.group(1))
        return f"{year}年{_zh_number(m.group(2))}月{_zh_number(m.group(3))}日"

    return _ZH_DATE.sub(one, text)


def parse_date(text: str) -> str | None:
    """The first complete date (with a year) in text, as ISO YYYY-MM-DD."""
    text = _arabic(text)
    best: tuple[int, str] | None = None
    for pattern in _DATES:
        for m in pattern.finditer(text):
            g = m.groupdict()
            month = _MONTHS[g["mon"].lower()[:3]] if g.get("mon") else int(g["m"])
            try:
                iso = date(int(g["y"]), month, int(g["d"])).isoformat()
            except ValueError:
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), iso)
            break
    return best[1] if best else None


_WEEKDAY = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?|星期.|周[一二三四五六日天]"
    r"|\b(?:gmt|utc|cst|bjt|am|pm)\b|[上下]午",
    re.I,
)
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def is_date_only(line: str) -> bool:
    """A line that is a page timestamp and nothing else: a date, a time, a weekday."""
    text = _arabic(line)
    if not parse_date(text):
        return False
    for pattern in (*_DATES, _TIME, _WEEKDAY):
        text = pattern.sub(" ", text)
    return not re.search(r"[^\W\d_]", text)


def unix_date(line: str) -> str | None:
    """A bare Unix timestamp line (seconds or milliseconds) as a Beijing-time date."""
    m = _UNIX.match(line)
    if not m:
        return None
    return datetime.fromtimestamp(int(m.group(1)), _CST).date().isoformat()


def is_unix(line: str) -> bool:
    return bool(_UNIX.match(line))
