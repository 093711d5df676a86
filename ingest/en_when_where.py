"""When and where a reported meeting ran: the day written before an undated clause, the opening
day beside a closing, the first day counted back from the closing by the meeting's length; the city
it was held in ('in Beijing', 'Ningbo held', 'the main venue in X') or its named venue.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_dates import DateHit, dates_in

_OPEN_CUE = re.compile(r"\b(?:opened|began|started|kicked\s+off|commenced)\s+$", re.I)
CLOSE_VERB = re.compile(r"^(?:closed|concluded|ended)$")
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_LASTING = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|[2-7])(?:-day\b|\s+days\s+of\b)", re.I
)


def lasted(text: str, s: int, e: int, closing: str) -> tuple[str, str | None]:
    """'closed on Friday after four days of deliberation', 'the three-day session closed on the
    5th': the first day counts back from the closing day."""
    m = _LASTING.search(text, s, e)
    if not m:
        return closing, None
    n = m.group("n").lower()
    days = int(n) if n.isdigit() else _DAYS[n]
    first = date.fromisoformat(closing) - timedelta(days=days - 1)
    return first.isoformat(), closing


def opening(text: str, hits: list[DateHit], near: DateHit | None) -> DateHit | None:
    """The opening day written beside a closing: '... concluded on Friday after a three-day
    session that opened on Wednesday' -- then the meeting runs from that day to the closing."""
    if near is None or near.date is None:
        return None
    for h in hits:
        if h is near or not h.date or h.date >= near.date:
            continue
        if _OPEN_CUE.search(text, max(0, h.start - 20), h.start):
            return h
    return None


def date_before(text: str, s: int, published: date | None) -> str | None:
    """An undated clause takes the last date written just before it in its paragraph (a
    dateline on the line above counts), never one from an earlier paragraph."""
    start = max(0, s - 300)
    gap = text.rfind("\n\n", start, s)
    if gap >= 0:
        start = gap
    hits = [h for h in dates_in(text, start, s, published) if h.date and not h.same_as_previous]
    return hits[-1].date if hits else None


def shift(prev, offset: int) -> str | None:
    """'The day before' / 'the next day': counted from the meeting reported just before (from
    its last day when counting forward)."""
    if not prev.date or not offset:
        return prev.date
    base = prev.end_date if offset > 0 and prev.end_date else prev.date
    return (date.fromisoformat(base) + timedelta(days=offset)).isoformat()


@cache
def _in_place_re() -> re.Pattern[str]:
    return re.compile(rf"\bin\s+(?P<p>(?=[A-Z])(?:{gz.place_names_re()}))\b")


@cache
def _place_held_re() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?P<p>(?=[A-Z])(?:{gz.place_names_re()}))\s+(?:City\s+)?(?:held|holds|convened)\b"
    )


def location(text: str, s: int, e: int) -> str | None:
    """'... in Beijing', or a city that is itself the subject: 'Ningbo held a city-wide ...';
    else a named venue ('at the Provincial Conference Center')."""
    m = _in_place_re().search(text, s, e) or _place_held_re().search(text, s, e)
    if m:
        p = gz.place(m.group("p"))
        if p and p.kind in ("city", "municipality"):
            return p.name
    v = _VENUE.search(text, s, e)
    return re.sub(r"\s+", " ", v.group("v")) if v else None


_VENUE = re.compile(
    r"\bat\s+(?:the\s+)?(?P<v>(?:[A-Z][\w'’-]*\s+){1,5}"
    r"(?:Hall|Center|Centre|Hotel|Guesthouse|Auditorium|Building|Mansion)s?)\b"
)
_MAIN_VENUE = re.compile(r"\bmain\s+venue\s+(?:was\s+)?(?:set\s+up\s+)?in\s+(?P<p>[A-Z][\w'’-]+)")


def main_venue(text: str, s: int, e: int) -> str | None:
    """'attended at the main venue in Nanchang': where a video conference was held."""
    for m in _MAIN_VENUE.finditer(text, s, e):
        p = gz.place(m.group("p"))
        if p and p.kind in ("city", "municipality"):
            return p.name
    return None
