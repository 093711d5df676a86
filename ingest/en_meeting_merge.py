"""Events (clauses reporting a held meeting) and how clauses about one meeting become one.

Undated mentions fold into dated ones; "the session closed" on a later day ends the session
reported as opened; a sitting inside a multi-day session is part of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from convene.ingest.en_meeting_names import meeting_name
from convene.ingest.en_meeting_patterns import NOUN
from convene.ingest.en_orgs import Ctx


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


def merge(events: list[Event], ctx: Ctx) -> list[Event]:
    """Clauses about one meeting become one event: undated mentions fold into dated ones."""
    if all(v.anaphoric for v in events):  # "X presided over the meeting" is all we are told
        for v in events:
            v.anaphoric = False
    dated = [v for v in events if v.dated and not v.anaphoric]
    out: list[Event] = []
    for v in events:
        if v.anaphoric or (not v.dated and any(_absorbs(d, v) for d in dated)):
            continue  # an undated clause dated by its paragraph to another day stays its own
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
                or _one_reception(o, v)
            ),
            None,
        )
        if same is not None:
            if same.date is None and v.date and _one_reception(same, v):
                same.start, same.end, same.sentence = v.start, v.end, v.sentence  # the text's
            same.date = same.date or v.date
            same.location = same.location or v.location
            if same.organizer is None and v.organizer:
                same.organizer, same.phrase = v.organizer, v.phrase
            continue
        out.append(v)
    for v in out:
        v.name = meeting_name(v, ctx)
    return sorted(out, key=lambda v: v.start)


_SITTING = re.compile(
    r"^(?:the|a|its)\s+(?:first|second|third|fourth|fifth|opening|closing|final|\d(?:st|nd|rd|th))"
    r"\s+(?:plenary\s+|full\s+)?(?:meeting|sitting|session)s?$",
    re.I,
)


_GUESTS = ("reception", "talks")


def _absorbs(dated: Event, undated: Event) -> bool:
    """An undated clause folds into a dated meeting, but a meeting with guests on a given day
    does not absorb the undated meeting the article is about."""
    if undated.date is not None and undated.date != dated.date:
        return False
    # and 'Before the symposium, A met with the delegation' is a meeting of its own
    return (dated.kind in _GUESTS) == (undated.kind in _GUESTS)


def _one_reception(o: Event, v: Event) -> bool:
    """The headline's undated 'X met with the delegation' is the reception the text dates."""
    return (
        o.kind in _GUESTS
        and v.kind == o.kind
        and not (o.dated or v.dated)
        and (o.date is None or v.date is None)
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
    if {a.kind, b.kind} == {"reception", "talks"}:
        return False  # 'X met with the delegation'; 'Y held talks with the delegation': two
    if a.organizer and a.organizer == b.organizer:
        # 'held the chairpersons' meeting' ... 'In the afternoon, (it) held a symposium': two
        return a.kind == b.kind or not _indefinite(b.phrase)
    key = re.sub(r"^(?:its|their|a|an|the)\s+", "", a.phrase.lower())
    return key == re.sub(r"^(?:its|their|a|an|the)\s+", "", b.phrase.lower())


def _indefinite(phrase: str) -> bool:
    """'a symposium on X': a new meeting is introduced, not the one reported before."""
    return re.match(r"(?:a|an)\s", phrase.strip(), re.I) is not None
