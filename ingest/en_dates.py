"""Dates in English reports, resolved against the page date.

"on the morning of the 15th", "on Sunday", "March 30th to 31st", "the same day": the year
and month come from the page date; without one, a date whose year the text does not give
is unknown (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    m.lower(): i
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        1,
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {
    d.lower(): i
    for i, d in enumerate(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    )
}

_MON = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_MON2 = r"January|February|March|April|May|June|July|August|September|October|November|December"
_D = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_D2 = r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
_Y = r"(?:,?\s+(?P<y>(?:19|20)\d\d))?"
_PART = r"(?:(?:the\s+)?(?:early\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?"
# 'the 16th term', 'the 23rd chairpersons' meeting': an ordinal of a term or meeting, not a day
_ORD_NOUN = r"(?:[a-z'’-]+\s+)?(?:term|session|meeting|plenary|congress|conference)"
DATE_RE = re.compile(
    rf"\b(?=[A-Za-z0-9])(?i:{_PART})(?:"
    rf"(?:from\s+|(?P<btw>between)\s+)?{_MON}\s+{_D}"
    rf"(?:\s*(?:to|-|–|(?(btw)and|and(?=\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![ \t]+[a-z]))))\s*"
    rf"(?:(?P<mon2>{_MON2})\s+)?{_D2}(?![\d:]))?{_Y}\b"
    rf"|\b(?:from\s+)?(?P<dr1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:to|-|–|and)\s*(?P<dr2>\d{{1,2}})"
    rf"(?:st|nd|rd|th)?\s+(?P<drmon>{_MON2})\b"
    rf"|\b(?P<dm>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmon>{_MON2})(?:,?\s+(?P<dy>(?:19|20)\d\d))?\b"
    rf"|\b(?:[Oo]n|of|[Ff]rom|[Bb]y|[Ss]ince)\s+the\s+(?P<nd>\d{{1,2}})(?:st|nd|rd|th)\b"
    rf"(?:\s+to\s+(?:the\s+)?(?P<nd2>\d{{1,2}})(?:st|nd|rd|th))?(?!\s+[A-Z“\"]|\s+{_ORD_NOUN})"
    rf"|\b(?:[Oo]n\s+|(?P<last>[Ll]ast)\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    rf"|\b(?P<iy>20\d\d)-(?P<im>\d{{1,2}})-(?P<id>\d{{1,2}})\b"
    rf"|\bthe\s+(?P<ndm>\d{{1,2}})(?:st|nd|rd|th)\s+of\s+(?P<ndmon>{_MON2})\b"
    rf"|\b(?P<same>(?:[Oo]n\s+|[Ii]n\s+)?the\s+same\s+(?:day|morning|afternoon|evening)|(?:[Ll]ater\s+)?[Tt]hat\s+(?:day|morning|afternoon|evening)"
    # 'the presidium then held its first meeting': the day of the meeting reported before
    rf"|(?<=\s)then(?=\s+(?:held|convened)\b)"
    rf"|[Aa]fter\s+that|[Aa]fterwards|[Ss]ubsequently|[Ii]n\s+the\s+(?:afternoon|evening)(?!\s+of)"
    rf"|(?:(?:[Rr]ight|[Ii]mmediately|[Ss]hortly|[Ss]oon)\s+)?(?:[Aa]fter|[Ff]ollowing)\s+the\s+"
    rf"(?:[\w-]+\s+){{0,4}}?(?:meeting|conference|session|symposium|forum|briefing|study)s?)\b"
    rf"|\b(?P<prevday>[Tt]he\s+(?:day\s+before(?!\s+yesterday)|previous\s+day|preceding\s+day))\b"
    rf"|\b(?P<nextday>[Tt]he\s+(?:next|following)\s+(?:day|morning|afternoon|evening))\b"
    rf"|\b(?P<later>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d)\s+days?\s+later\b"
    rf"|\b(?P<rel>[Yy]esterday|[Tt]oday|[Tt]his\s+(?:morning|afternoon|evening)"
    rf"|[Tt]he\s+day\s+before\s+yesterday)\b"
    rf")"
)


_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


@dataclass(frozen=True)
class DateHit:
    start: int
    end: int
    date: str | None
    end_date: str | None = None
    same_as_previous: bool = False
    offset: int = 0  # with same_as_previous: days after (or before) the meeting reported last


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_back(pub: date, day: int) -> date | None:
    """'the 17th' on a page of the 18th is this month; on a page of the 2nd, last month."""
    if day <= pub.day:
        return _safe(pub.year, pub.month, day)
    y, m = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
    return _safe(y, m, day)


def resolve(m: re.Match[str], published: date | None) -> DateHit:
    g = m.groupdict()
    s, e = m.start(), m.end()
    if g.get("same"):
        return DateHit(s, e, None, None, True)
    if g.get("prevday") or g.get("nextday"):  # 'the day before': of the meeting just reported
        return DateHit(s, e, None, None, True, -1 if g.get("prevday") else 1)
    if g.get("later"):  # 'two days later': counted from the meeting just reported
        n = g["later"].lower()
        return DateHit(s, e, None, None, True, int(n) if n.isdigit() else _COUNT[n])
    if g.get("dm"):  # '7 January' is 'January 7'
        g = {**g, "mon": g["dmon"], "d": g["dm"], "y": g.get("dy"), "d2": None}
    if g.get("dr1"):  # 'from 5 to 7 March'
        g = {**g, "mon": g["drmon"], "d": g["dr1"], "d2": g["dr2"], "y": None}
    if g.get("ndm"):  # 'the 5th of March'
        g = {**g, "mon": g["ndmon"], "d": g["ndm"], "y": None, "d2": None}
    if g.get("iy"):  # an ISO date written in the text
        return DateHit(s, e, _iso(_safe(int(g["iy"]), int(g["im"]), int(g["id"]))))
    if published is None and not g.get("y"):
        return DateHit(s, e, None)
    if g.get("mon"):
        month = MONTHS[
            g["mon"].rstrip(".").lower()[:4]
            if g["mon"].lower().startswith("sept")
            else g["mon"].rstrip(".").lower()[:3]
        ]
        year = int(g["y"]) if g.get("y") else published.year  # type: ignore[union-attr]
        first = _safe(year, month, int(g["d"]))
        if first and not g.get("y") and published and first > published + timedelta(days=31):
            first = _safe(year - 1, month, int(g["d"]))
        last = None
        if first and g.get("d2"):
            m2 = MONTHS.get((g.get("mon2") or "").lower()[:3], month)
            last = _safe(first.year, m2, int(g["d2"]))
        return DateHit(s, e, _iso(first), _iso(last))
    assert published is not None
    if g.get("nd"):
        first = _month_back(published, int(g["nd"]))
        last = _safe(first.year, first.month, int(g["nd2"])) if first and g.get("nd2") else None
        return DateHit(s, e, _iso(first), _iso(last))
    if g.get("wd"):
        back = (published.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
        if back == 0 and g.get("last"):
            back = 7
        return DateHit(s, e, _iso(published - timedelta(days=back)))
    if g.get("rel"):
        rel = g["rel"].lower()
        back = 1 if rel == "yesterday" else 2 if rel.endswith("yesterday") else 0
        return DateHit(s, e, _iso(published - timedelta(days=back)))
    return DateHit(s, e, None)


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def dates_in(text: str, start: int, end: int, published: date | None) -> list[DateHit]:
    return [resolve(m, published) for m in DATE_RE.finditer(text, start, end)]


_DATELINE = re.compile(
    rf"^[ \t]*[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?[ \t]*,[ \t]+"
    rf"(?=(?:{_MON2}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|\d))",
    re.M,
)


def reference_date(text: str, published: date | None) -> date | None:
    """The day the report speaks from: its dateline ('Lhasa, June 14 --') when that falls in the
    week before the page date, else the page date. 'Today' and 'on the 14th' count from it."""
    if published is None:
        return None
    m = _DATELINE.search(text, 0, 600)
    if m:
        hits = dates_in(text, m.end(), min(len(text), m.end() + 20), published)
        if hits and hits[0].start == m.end() and hits[0].date:
            day = date.fromisoformat(hits[0].date)
            if timedelta(0) <= published - day <= timedelta(days=7):
                return day
    return published
