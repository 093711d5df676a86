"""Which named meetings a held meeting implements.

A named meeting (found by en_named_meetings) counts as implemented when the sentence conveys,
studies or implements its spirit, requirements or deployments; meetings the text looks forward
to never do. "the spirit of the provincial meeting" points back to an earlier meeting of the
same report.
"""

from __future__ import annotations

import re

from convene.ingest.en_gazetteer import evidence
from convene.ingest.en_meeting_names import expand_place, title_case
from convene.ingest.en_named_meetings import (
    Named,
    future_keys,
    inside_named,
    meeting_key,
    named_meetings,
)
from convene.ingest.facts import Implements

__all__ = ["future_keys", "implements_of", "implemented", "inside_named", "named_meetings"]

_IMPLEMENT_CUE = re.compile(
    r"(?i:spirits?\s+of|requirements?\s+of|deployments?(?:\s+requirements)?\s+of|arrangements?\s+of"
    r"|decisions?\s+of|speech(?:es)?\b[^.;]{0,80}\bat|convey\w*|relay\w*|stud(?:y|ied|ying)|learn\w*"
    r"|implement\w*|pass(?:ed)?\s+on|carr(?:y|ied)\s+out"
    # 'put into practice the tasks set at', 'follow through on', 'acted on'
    r"|put(?:s|ting)?\s+into\s+practice|follow(?:s|ed|ing)?\s+through\s+on"
    r"|act(?:s|ed|ing)?\s+on|(?:tasks?|targets?|goals?)\s+set\s+at)[^.;]{0,160}$"
)


def implemented(text: str, named: list[Named], s: int) -> list[Named]:
    """Named meetings whose spirit a sentence starting at s conveys, studies or implements."""
    out = []
    for n in named:
        before = text[s : n.start]
        if _IMPLEMENT_CUE.search(before):
            out.append(n)
    return out


def implements_of(text, sents, events, i, named, future, ctx) -> tuple[Implements, ...]:
    ev = events[i]
    nxt = events[i + 1].start if i + 1 < len(events) else len(text)
    lo = ev.start if i else 0
    found: dict[str, Implements] = {}
    own = meeting_key(ev.name)
    for s, e in sents:
        if e <= lo or s >= nxt:
            continue
        cands = [x for x in named if s <= x.start < e]
        if s <= nxt < e:  # the next meeting's sentence: what it implements is its own
            cands = [x for x in cands if x.start < nxt and s <= ev.start]
        for n in implemented(text, cands, s):
            key = meeting_key(n.name)
            if (
                key in future
                or _same(key, own, n.name, ev.name)
                or n.start in range(ev.start, ev.end)
            ):
                continue
            if n.lower and n.start < ev.start and _earlier(text, n.name, [ev]):
                continue  # the headline's 'the provincial ... conference' is the meeting itself
            name = title_case(expand_place(re.sub(r"\s+", " ", n.name), ctx))
            if n.lower:
                name = (
                    _earlier(text, n.name, events[:i])
                    or _fuller(n.name, named)
                    or _series(name, ev.name)
                    or name
                )
            same = next((k for k in found if name and _overlap(name, k)), None)
            if same is not None and len(name) > len(same):  # the fuller form of one meeting
                del found[same]
                same = None
            if name and same is None:
                found[name] = Implements(name, evidence(text, n.start, n.end, "en.implements"))
        for a in _ANAPHOR.finditer(text, max(s, lo), e):
            adjs = [x for x in (a.group("adj"), a.group("adj2")) if x]
            for other in events[:i]:
                # 'the spirit of the provincial and municipal meetings': each an earlier one
                if any(
                    re.search(rf"\b{re.escape(adj)}\b", f"{other.phrase} {other.name}", re.I)
                    for adj in adjs
                ):
                    found.setdefault(
                        other.name,
                        Implements(
                            other.name, evidence(text, a.start(), a.end(), "en.implements.anaphor")
                        ),
                    )
        its = (
            _ITS.search(text, max(s, lo), e)
            if s <= ev.start < e and i and _AFTER.search(text, s, e)
            else None
        )
        if its:  # 'After the provincial conference, X held a meeting to implement its requirements'
            other = events[i - 1]
            found.setdefault(
                other.name,
                Implements(other.name, evidence(text, its.start(), its.end(), "en.implements.its")),
            )
    return tuple(found.values())


_ORDINAL = (
    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d{1,2}(?:st|nd|rd|th))"
)
_SERIES = re.compile(rf"^(?P<o>{_ORDINAL})\s+(?P<k>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)$")


def _series(name: str, own: str) -> str | None:
    """'the second joint meeting' studied at the 'Third Joint Meeting on X': the Second Joint
    Meeting on X, an earlier meeting of the same series."""
    m = _SERIES.match(name)
    if not m:
        return None
    tail = re.match(
        rf"(?i:{_ORDINAL})\s+{re.escape(m.group('k'))}(?P<t>\s+(?:on|of|for)\s.+)$", own, re.I
    )
    return f"{name}{tail.group('t')}" if tail and not own.startswith(m.group("o")) else None


def _fuller(name: str, named) -> str | None:
    """'the plenary session of the Provincial Commission for Discipline Inspection' is the
    'Fourth Plenary Session of the 13th ... Commission for Discipline Inspection' the report
    names in full."""
    words = _words(name)
    full = [n.name for n in named if not n.lower and words < _words(n.name)]
    return title_case(re.sub(r"\s+", " ", min(full, key=len))) if full else None


def _norm(name: str) -> str:
    return re.sub(r"\W+", " ", name.lower()).strip()


def _same(key: str, own: str, name: str, own_name: str) -> bool:
    """The meeting itself, unless a topic tells another apart ('the national video conference on
    flood control' held before 'the national video conference on flood control and ...')."""
    return key == own and (_norm(name) == key or _norm(name) == _norm(own_name))


_AFTER = re.compile(r"\b(?:after|following)\s+(?:the|that|this)\b", re.I)
_ITS = re.compile(
    r"\b(?:implement\w*|convey\w*|stud(?:y|ied|ying)|carr(?:y|ied|ying)\s+out|relay\w*)\s+"
    r"(?:the\s+)?(?:its|their)\s+(?:spirit|requirements|deployments|arrangements|decisions)\b",
    re.I,
)


_GENERIC = {"meeting", "conference"}


def _earlier(text: str, name: str, events) -> str | None:
    """'the provincial video conference' names an earlier meeting of the same report."""
    words = set(re.findall(r"[a-z]+", name.lower())) - {"and", "the", "of", "on"}
    if words - _GENERIC:  # "the city's meeting": the city's video conference reported before
        words -= _GENERIC
    for ev in reversed(events):
        clause = text[ev.start : ev.end + 80]  # 'held a video conference on forest fires'
        known = set(re.findall(r"[a-z]+", f"{clause} {ev.name}".lower()))
        if words <= known:
            return ev.name
    return None


_ANAPHOR = re.compile(
    r"(?:spirit|requirements?|deployments?|arrangements?)\s+of\s+the\s+(?P<adj>[\w-]+)\s+"
    r"(?:and\s+(?P<adj2>[\w-]+)\s+)?(?:meeting|conference|session|plenum)s?\b",
    re.I,
)


_STOP = {"the", "of", "and", "a", "an", "for", "in", "on", "at", "to"}


def _words(name: str) -> set[str]:
    """Content words, 'CPC' written out: '20th CPC National Congress' is the '20th National
    Congress of the Communist Party of China'."""
    name = re.sub(r"\bCPC\b", "Communist Party of China", name)
    return set(re.findall(r"\w+", name.lower())) - _STOP


def _overlap(a: str, b: str) -> bool:
    ta, tb = _words(a), _words(b)
    return len(ta & tb) / max(1, len(ta | tb)) >= 0.8
