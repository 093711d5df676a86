"""Meetings an English report says were held, who took part, and what they implemented.

An event is a clause that says a body held/convened a meeting, that a meeting was held, that
someone presided over a (named) meeting, or that leaders met with guests. Planned meetings
("to be held", "welcome the ... Congress") are not events and are never implemented.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_dates import dates_in
from convene.ingest.en_meeting_merge import Event, merge
from convene.ingest.en_meeting_patterns import (
    _ACTIVE,
    _AT_HELD,
    _ATTENDED,
    _BODY_MET,
    _CHAIRED_BY,
    _FUTURE,
    _MET,
    _NOUN_ON_DATE,
    _PARTICIPLE,
    _PASSIVE,
    _PRESIDED,
    _TALKS,
    NOUN,
    W,
)
from convene.ingest.en_orgs import Ctx, OrgHit
from convene.ingest.en_when_where import (
    CLOSE_VERB,
    date_before,
    lasted,
    location,
    opening,
    shift,
)

__all__ = ["NOUN", "W", "Event", "find_events", "in_related_link"]


_BY = re.compile(r"\s+(?:held\s+|hosted\s+|organi[sz]ed\s+|convened\s+)?by\s+(?:the\s+)?")


def _organizer(
    text: str, start: int, phrase_start: int, phrase_end: int, orgs: list[OrgHit]
) -> str | None:
    """The body named inside the phrase ('meeting of X'), or the subject right before the verb."""
    inside = [h for h in orgs if phrase_start <= h.start and h.end <= phrase_end + 1]
    if inside:
        return max(inside, key=lambda h: h.end - h.start).name
    before = [h for h in orgs if 0 <= start - h.end <= 3]
    if before:
        return max(before, key=lambda h: h.end - h.start).name
    m = _BY.match(text, phrase_end)
    if m:
        after = [h for h in orgs if abs(h.start - m.end()) <= 4]
        if after:
            return max(after, key=lambda h: h.end - h.start).name
    return None


def find_events(
    text: str, sents: list[tuple[int, int]], orgs: list[OrgHit], published: date | None, ctx: Ctx
) -> list[Event]:
    events: list[Event] = []
    for s, e in sents:
        if _RELATED.match(text, s):  # '[Related news] X held a meeting (2024-07-24)': a link
            continue
        if not _any_event_word().search(text[s:e].lower()):  # most sentences: skip 11 scans
            continue
        for rx, kind in (
            (_ACTIVE, "active"),
            (_PASSIVE, "passive"),
            (_PRESIDED, "presided"),
            (_MET, "met"),
            (_TALKS, "talks"),
            (_ATTENDED, "attended"),
            (_BODY_MET, "bodymet"),
            (_CHAIRED_BY, "chairedby"),
            (_NOUN_ON_DATE, "noundate"),
            (_PARTICIPLE, "participle"),
            (_AT_HELD, "atheld"),
        ):
            for m in rx.finditer(text, s, e):
                window = text[max(s, m.start() - 25) : min(e, m.end() + 20)]
                if _FUTURE.search(window) or _FUTURE.search(m.group("phrase")):
                    continue
                if kind == "active" and m.group("verb") == "hold":
                    continue
                if _PLUPERFECT.search(text, max(s, m.start() - 50), m.start()):
                    continue  # 'He recalled that X had called at the meeting on ...': background
                if kind in (
                    "presided",
                    "attended",
                    "noundate",
                    "participle",
                    "atheld",
                ) and _QUOTED.search(text, s, m.end("phrase")):
                    continue  # "the speech Xi delivered when he presided over the symposium"
                phrase = m.group("phrase")
                anaphoric = (
                    kind in ("presided", "chairedby")
                    and re.fullmatch(rf"the\s+(?:{NOUN}|event)", phrase.strip(), re.I) is not None
                )
                if kind == "attended" and re.fullmatch(
                    rf"the\s+(?:\w+\s+)?{NOUN}", phrase.strip(), re.I
                ):
                    continue  # 'attended the (enlarged) meeting': the meeting already reported
                if kind == "noundate" and not dates_in(
                    text, m.end("phrase"), m.end("phrase") + 40, published
                ):
                    continue
                # the head noun: 'meeting' in 'the 10th meeting of the ... Consultative Conference'
                nouns = re.findall(NOUN, phrase.split(" of ")[0], re.I) or re.findall(
                    NOUN, phrase, re.I
                )
                noun = (
                    "reception"
                    if kind == "met"
                    else "talks"
                    if kind == "talks"
                    else nouns[-1].lower()
                    if nouns
                    else "meeting"
                )
                hits = dates_in(text, s, e, published)
                g = m.groupdict()
                verb = (
                    m.start("verb")
                    if g.get("verb")
                    else m.start("verb2")
                    if g.get("verb2")
                    else m.start()
                )
                near = min(hits, key=lambda h: abs(h.start - verb), default=None)
                if (
                    near
                    and _LAST_YEAR.match(text, near.end)
                    or _past(text, m.end("phrase"), e, published)
                ):
                    continue  # 'the meeting held on March 18 last year': background
                before = None if near else date_before(text, s, published)
                opened = (
                    opening(text, hits, near)
                    if g.get("verb2") and CLOSE_VERB.match(g["verb2"])
                    else None
                )
                pstart = m.start("phrase")
                ev = Event(
                    m.start(),
                    m.end(),
                    noun,
                    phrase,
                    near.date if near else before,
                    near.end_date if near else None,
                    near is not None,
                    None
                    if kind in ("met", "talks")
                    else _organizer(text, m.start(), pstart, m.end("phrase"), orgs),
                    location(text, s, e),
                    anaphoric,
                    sentence=s,
                )
                ev.closing = bool(g.get("verb2") and CLOSE_VERB.match(g["verb2"]))
                if opened is not None:  # 'concluded on Friday after ... opened on Wednesday'
                    ev.date, ev.end_date = opened.date, near.date if near else None
                elif near and near.date and g.get("verb2") and CLOSE_VERB.match(g["verb2"]):
                    ev.date, ev.end_date = lasted(text, s, e, near.date)
                if near is not None and near.same_as_previous:
                    prev = next((o for o in reversed(events) if o.dated and not o.anaphoric), None)
                    ev.date, ev.end_date = (
                        (shift(prev, near.offset), None) if prev else (None, None)
                    )
                    if ev.date is None:  # 'On the 18th, following the provincial meeting, ...'
                        other = [h for h in hits if h.date and not h.same_as_previous]
                        ev.date = other[0].date if other else date_before(text, s, published)
                events.append(ev)
    return merge(sorted(events, key=lambda v: v.start), ctx)


_RELATED = re.compile(
    r"\s*[\[【(]?\s*(?i:related|recommended|further)\s+(?i:news|reading|articles?|links?|reports?)"
)


@cache
def _any_event_word() -> re.Pattern[str]:
    """A word every event pattern needs: a meeting noun, 'met', 'convened' or 'talks'."""
    nouns = sorted({w.lower() for n in gz.meeting_nouns() for w in n.split()}, key=len)
    return re.compile(rf"{'|'.join(map(re.escape, nouns))}|\b(?:met|meets|convened|talks)\b")


def in_related_link(text: str, pos: int) -> bool:
    """Whether pos is on a '[Related news] ...' line: a link to another report."""
    return bool(_RELATED.match(text, text.rfind("\n", 0, pos) + 1))


_LAST_YEAR = re.compile(r"\s*,?\s+(?:of\s+)?(?:last|the\s+previous)\s+year\b")
_PLUPERFECT = re.compile(r"\b(?:recalled|had\s+(?:\w+ed|said|spoken|made|given))\b")
_PAST = re.compile(
    r"\s*,?\s+(?:which\s+was\s+|that\s+was\s+)?held\s+(?:in\s+[A-Z][a-z]+\s+)?"
    r"(?:last\s+(?:year|month|[A-Z][a-z]+)|in\s+(?P<year>(?:19|20)\d\d))\b"
)


def _past(text: str, pos: int, end: int, published: date | None) -> bool:
    """'The first meeting, which was held in Vientiane last September, ...': a meeting of an
    earlier time, named as background."""
    m = _PAST.match(text, pos, end)
    if not m:
        return False
    return not m.group("year") or (published is not None and int(m.group("year")) < published.year)


_QUOTED = re.compile(
    r"\b(?:spirit|speech|speeches|instructions?|requirements|deployments?|arrangements|decisions)\b",
    re.I,
)
