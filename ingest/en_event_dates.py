"""When a reported meeting ran: the day written before an undated clause, the opening day
beside a closing, or the first day counted back from the closing by the meeting's length.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

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
