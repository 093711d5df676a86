"""Meetings an English report says were held, who took part, and what they implemented.

An event is a clause that says a body held/convened a meeting, that a meeting was held, that
someone presided over a (named) meeting, or that leaders met with guests. Planned meetings
("to be held", "welcome the ... Congress") are not events and are never implemented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_dates import dates_in
from convene.ingest.en_meeting_names import meeting_name
from convene.ingest.en_orgs import Ctx, OrgHit
from convene.ingest.en_when_where import (
    CLOSE_VERB,
    date_before,
    lasted,
    location,
    opening,
    shift,
)

NOUN = rf"(?:{gz.alternation([n.lower() for n in gz.meeting_nouns()])})"
W = r"[\w'’\"“”()-]+"
_ACTIVE = re.compile(
    rf"\b(?P<verb>held|holds|hold|convened|convenes|had|hosted|hosts|opened|closed|conducted|called"
    rf"|organi[sz]ed)\s+"
    rf"(?P<phrase>(?:(?:its|their|a|an|the)\s+)?(?:{W}\s+){{0,10}}?(?i:{NOUN}))\b",
)
_PASSIVE = re.compile(
    rf"\b(?P<phrase>(?:[Aa]n?|[Tt]he)\s+(?:{W}\s+){{0,14}}?(?i:{NOUN})(?:\s+(?:of|on|for)\s+[^,.;]{{0,160}}?)?)"
    rf"(?:\s*\([A-Z][A-Za-z]{{1,10}}\))?\s+(?:(?:was|were)\s+(?:successfully\s+|also\s+)?(?P<verb>held|convened|opened|organi[sz]ed"
    rf"|hosted|conducted)|(?P<verb2>closed|opened|concluded|ended|kicked\s+off|took\s+place))\b"
)
_WHEN = (  # 'on the 4th', 'on Monday', 'on March 3': a date, not the meeting's subject
    r"(?:the\s+(?:\d|morning|afternoon|evening)|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
_PRESIDED = re.compile(
    rf"\b(?:presided\s+over|presides\s+over|chaired|hosted)\s+(?P<phrase>(?:the|a|an)\s+"
    rf"(?:{W}\s+){{0,6}}?{NOUN}(?:\s+(?:of|on|with)\s+(?!{_WHEN})"
    rf"(?:(?!\s+(?:to|at|in|via|held|and|with|on|which|that|attended)\s)[^,.;]){{3,90}})?)"
)
_ATTENDED = re.compile(  # 'X attended the national video conference on ...' (not 'the meeting')
    rf"\b(?:attended|attends|participated\s+in|took\s+part\s+in)\s+(?P<phrase>(?:the|a|an)\s+"
    rf"(?:{W}\s+){{1,6}}?{NOUN}(?:\s+(?:of|on)\s+(?:(?!\s+(?:to|at|in|via|held|and|with)\s)[^,.;]){{3,90}})?)"
)
_AT_HELD = re.compile(  # 'officials said at a press conference held by the X in Beijing on ...'
    rf"\b(?:at|during)\s+(?P<phrase>(?:a|an|the)\s+(?:{W}\s+){{0,6}}?{NOUN})"
    rf"\s+(?P<verb>held|convened|hosted|organi[sz]ed)\s+(?=(?:by|in|on|at|yesterday|today|this|last)\b)"
)
_VERBISH = (
    r"(?:held|holds|convened|had|hosted|opened|closed|concluded|ended|presided|chaired|met|was|were"
    r"|is|are)\b"
)
_PARTICIPLE = re.compile(  # 'The plenary session, held in Changsha on the 5th, ...'
    rf"\b(?P<phrase>(?:[Aa]n?|[Tt]he)\s+(?:(?!{_VERBISH}){W}\s+){{0,10}}?{NOUN}"
    rf"(?:\s+of\s+(?:(?!{_VERBISH})[^,.;]){{0,80}}?)?)\s*,\s+(?:which\s+(?:was\s+)?)?"
    rf"(?P<verb>held|convened|opened|closed|concluded)\s+(?:in|on|at|from|yesterday|today|this|last)\b"
)
_BODY_MET = re.compile(  # 'The Standing Committee of the Provincial Party Committee met on Monday'
    r"\b(?P<phrase>(?:[Tt]he|[Ii]ts)\s+(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){1,10}"
    r"(?:Committee|Council|Presidium|Government|Congress|CPPCC|Group))\s+(?P<verb>met|convened)\b"
    r"(?!\s+with)"
)
_CHAIRED_BY = re.compile(  # 'The executive meeting, chaired by Premier Li, ...'
    rf"\b(?P<phrase>(?:[Aa]n?|[Tt]he)\s+(?:(?!{_VERBISH}){W}\s+){{0,10}}?{NOUN}"
    rf"(?:\s+of\s+(?:(?!{_VERBISH})[^,.;]){{0,80}}?)?)"
    rf"\s*,?\s+(?P<verb>chaired|presided\s+over|hosted)\s+by\b"
)
_NOUN_ON_DATE = re.compile(  # 'An executive meeting of the State Council on Friday decided ...'
    rf"\b(?P<phrase>(?:[Aa]n?|[Tt]he)\s+(?:(?!{_VERBISH}){W}\s+){{0,10}}?{NOUN}"
    rf"(?:\s+of\s+(?:(?!{_VERBISH})[^,.;]){{0,80}}?)?)"
    rf"\s+(?P<verb>(?:held\s+)?(?:on|this|yesterday|last))\b"
)
_MET = re.compile(
    r"\b(?:met|meets)\s+with\s+(?P<phrase>(?:the|a|an)\s+[\w\s-]{0,40}?"
    r"(?:delegation|guests|visitors|group|delegates))\b"
)
_FUTURE = re.compile(
    r"(?i:to\s+be\s+(?:held|convened)|\bwill\s+(?:be\s+)?\w+|\bshall\b|upcoming|next\s+"
    r"|preparations?\s+for|welcom\w*|greet\w*|to\s+hold\b|scheduled|expected\s+to|plans?\s+to"
    r"|\b(?:is|are)\s+to\b)"
)


@dataclass
class Event:
    start: int
    end: int
    kind: str  # meeting noun or "reception"
    phrase: str
    date: str | None
    end_date: str | None
    dated: bool  # the clause itself carries a date expression
    organizer: str | None
    location: str | None
    anaphoric: bool = False
    name: str = ""
    aliases: list[str] = field(default_factory=list)
    sentence: int = -1  # start of its sentence: two clauses of one sentence are one meeting
    closing: bool = False  # 'the session closed': may end a meeting reported as opened


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
        for rx, kind in (
            (_ACTIVE, "active"),
            (_PASSIVE, "passive"),
            (_PRESIDED, "presided"),
            (_MET, "met"),
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
                    kind == "presided"
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
                nouns = re.findall(NOUN, phrase, re.I)
                noun = "reception" if kind == "met" else nouns[-1].lower() if nouns else "meeting"
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
                    if kind == "met"
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
                events.append(ev)
    return _merge(sorted(events, key=lambda v: v.start), ctx)


_QUOTED = re.compile(
    r"\b(?:spirit|speech|speeches|instructions?|requirements|deployments?)\b", re.I
)


def _merge(events: list[Event], ctx: Ctx) -> list[Event]:
    """Clauses about one meeting become one event: undated mentions fold into dated ones."""
    if all(v.anaphoric for v in events):  # "X presided over the meeting" is all we are told
        for v in events:
            v.anaphoric = False
    dated = [v for v in events if v.dated and not v.anaphoric]
    out: list[Event] = []
    for v in events:
        if v.anaphoric or (not v.dated and dated):
            continue
        opened = _closes(v, out)
        if opened is not None:  # 'On the 19th, the session closed': the session opened earlier
            opened.end_date = v.date
            continue
        same = next(
            (
                o
                for o in out
                if (o.start < v.end and v.start < o.end)  # one clause read by two patterns
                or _part_of(v, o)
                or (
                    o.date == v.date and (o.sentence == v.sentence or _same_body(o, v) or not dated)
                )
            ),
            None,
        )
        if same is not None:
            same.location = same.location or v.location
            if same.organizer is None and v.organizer:
                same.organizer, same.phrase = v.organizer, v.phrase
            continue
        out.append(v)
    for v in out:
        v.name = meeting_name(v, ctx)
    return out


_SITTING = re.compile(
    r"^(?:the|a|its)\s+(?:first|second|third|fourth|fifth|opening|closing|final|\d(?:st|nd|rd|th))"
    r"\s+(?:plenary\s+|full\s+)?(?:meeting|sitting)s?$",
    re.I,
)


def _closes(v: Event, out: list[Event]) -> Event | None:
    """The meeting that a bare 'the session closed' on a later day ends."""
    if not v.closing or not v.date or not re.fullmatch(rf"the\s+{NOUN}", v.phrase.strip(), re.I):
        return None
    noun = v.kind.split()[-1]
    for o in reversed(out):
        if o.kind.split()[-1] == noun and o.date and o.date < v.date and not o.end_date:
            return o
    return None


def _part_of(v: Event, o: Event) -> bool:
    """'the first plenary meeting' on a day of a session reported from the 24th to the 25th is
    a sitting of that session."""
    return bool(
        _SITTING.match(v.phrase.strip())
        and o.date
        and v.date
        and o.end_date
        and o.date <= v.date <= o.end_date
    )


def _same_body(a: Event, b: Event) -> bool:
    """Two dated clauses are one meeting when they name the same body or the same meeting."""
    if a.organizer and a.organizer == b.organizer:
        # 'held the chairpersons' meeting' ... 'In the afternoon, (it) held a symposium': two
        return a.kind == b.kind or not _indefinite(b.phrase)
    key = re.sub(r"^(?:its|their|a|an|the)\s+", "", a.phrase.lower())
    return key == re.sub(r"^(?:its|their|a|an|the)\s+", "", b.phrase.lower())


def _indefinite(phrase: str) -> bool:
    """'a symposium on X': a new meeting is introduced, not the one reported before."""
    return re.match(r"(?:a|an)\s", phrase.strip(), re.I) is not None
