"""Named meetings an English report mentions, and which of them a held meeting implements.

A named meeting ("the Central Economic Work Conference", "the symposium on ..." after "speech
at") counts as implemented when the sentence conveys, studies or implements its spirit,
requirements or deployments; meetings the text looks forward to ("welcome the ... Congress",
"to be held") never do. "the spirit of the provincial meeting" points back to an earlier
meeting of the same report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_gazetteer import evidence
from convene.ingest.en_meeting_names import expand_place, title_case
from convene.ingest.en_meetings import W
from convene.ingest.facts import Implements

_CAP = r"(?:[A-Z][\w'’-]*|\d{1,2}(?:st|nd|rd|th))"
_NAMED_NOUN = r"(?:Meeting|Conference|Forum|Session|Symposium|Congress|Seminar|Plenum)"


@cache
def _named_re() -> re.Pattern[str]:
    sp = r"[ \t]+"
    left = rf"(?:{_CAP}(?:{sp}(?:and|of|on|for))?{sp})*"
    right = (
        rf"(?:{sp}(?:of|on|for|in){sp}(?:the{sp})?{_CAP}"
        rf"(?:{sp}(?:(?:of|and|in|for|to){sp})?(?:the{sp})?{_CAP})*"
        rf"|{sp}(?:Celebrating|Commemorating|Marking)(?:{sp}(?:the{sp})?{_CAP}|{sp}of|{sp}and)+)?"
    )
    # "the State Council executive meeting": a capitalised body before a lower-case noun
    kind = rf"(?:executive{sp}|plenary{sp}|enlarged{sp}|work{sp})?"
    lower = rf"(?:{_CAP}{sp})+{kind}(?:meeting|conference)"
    return re.compile(
        rf"\b(?P<name>{left}(?<!People's )(?<!People’s ){_NAMED_NOUN}s?\b{right}|{lower}\b)"
    )


_LOWER_AT = re.compile(
    rf"(?:speech|speeches|remarks)\b[^.;]{{0,80}}?\b(?:at|presided\s+over|chaired|attended)\s+the\s+"
    rf"(?P<name>(?:{W}\s+){{0,3}}?"
    rf"(?:symposium|meeting|conference|forum|session|gathering|ceremony)\s+"
    rf"(?:on|of|for|celebrating|commemorating|marking)\s+[^,;.]{{5,120}})"
)


@dataclass(frozen=True)
class Named:
    name: str
    start: int
    end: int
    lower: bool = False  # written in lower case: may be an earlier meeting of this report


@cache
def _cut_re() -> re.Pattern[str]:
    """Where a name runs into the next phrase: 'X Meeting and the Y Meeting', "... and General
    Secretary Xi Jinping's"."""
    return re.compile(
        rf"[ \t]+and[ \t]+(?=(?:the[ \t]+)?(?:{_CAP}[ \t]+)*"
        rf"(?:{_NAMED_NOUN}\b|(?i:{gz.titles_re()})\b)"
        rf"|[^,.;]*?['’]s\b)"
    )


def _split_named(name: str, start: int) -> list[Named]:
    out = []
    pos = 0
    cuts = [
        m for m in _cut_re().finditer(name) if re.search(rf"\b{_NAMED_NOUN}\b", name[: m.start()])
    ]
    for m in [*cuts, None]:
        end = m.start() if m else len(name)
        out.append(Named(name[pos:end], start + pos, start + end))
        if m:
            pos = m.end()
            while name[pos : pos + 4] == "the ":
                pos += 4
    return out


def named_meetings(text: str) -> list[Named]:
    out: list[Named] = []
    for m in _named_re().finditer(text):
        for part in _split_named(m.group("name"), m.start("name")):
            words = part.name.split()
            verbs = [i for i, w in enumerate(words) if w in _LEADING_VERBS]
            if verbs:  # a title-case headline: 'X Holds Enlarged Meeting'
                words = words[verbs[-1] + 1 :]
            while words and words[0] in ("and", "of", "on", "for"):
                words = words[1:]
            if len(words) < 2 or not re.search(rf"\b{_NAMED_NOUN}\b", part.name, re.I):
                continue
            start = part.start + part.name.index(words[0])
            out.append(Named(part.name[start - part.start :], start, part.end))
    for rx in (_LOWER_AT, _LOWER_OF, _LOWER_ORDINAL):
        for m in rx.finditer(text):
            out = [n for n in out if not _inside(n, m)]  # '18th meeting' inside a longer name
            if not any(n.start <= m.start("name") < n.end for n in out):
                name = _HELD_TAIL.sub("", m.group("name"))  # '... held in Lanzhou'
                end = m.start("name") + len(name)
                out.append(Named(name, m.start("name"), end, rx is _LOWER_OF))
    return sorted(out, key=lambda n: n.start)


def _inside(n: Named, m: re.Match[str]) -> bool:
    return m.start("name") <= n.start and n.end < m.end("name")


_HELD_TAIL = re.compile(r"\s+(?:held|convened|that\s+was\s+held|which\s+was\s+held)\s+.*$", re.S)
_TAIL_STOP = (
    r"(?:held|convened|was|were|is|are|which|who|and|or|as|studied|conveyed|called|stressed|"
    r"pointed|decided|arranged|required|said|made|put|issued|last|next|this|yesterday|today)"
)
_FUNCTION = r"(?:the|a|an|at|of|on|in|by|for|with|to|this|that|these|its|their|his|her|above|same)"
# 'the requirements of the national flood control video conference held on June 23'
_LOWER_OF = re.compile(
    rf"\b(?:spirit|requirements?|deployments?|arrangements?|decisions?)\s+of\s+the\s+"
    rf"(?P<name>(?:(?!{_FUNCTION}\b)[a-z][\w-]*\s+){{2,10}}?"
    rf"(?:meeting|conference|symposium|forum|session|plenum)"
    # '... video conference on flood control and drought relief'
    rf"(?:\s+on(?:\s+(?:and\s+)?(?!{_FUNCTION}\b|{_TAIL_STOP}\b)[a-z][\w-]*){{1,6}})?)\b"
)
# 'the third session of the 14th National People's Congress'
_LOWER_ORDINAL = re.compile(
    r"\b(?P<name>(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d{1,2}(?:st|nd|rd|th))\s+(?:plenary\s+|executive\s+|enlarged\s+|standing\s+)?"
    r"(?:session|meeting|plenum)\s+of\s+the\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-Z][\w'’-]*)*)"
)


_LEADING_VERBS = {
    "Spirit",
    "Spirits",
    "Requirements",
    "Deployments",
    "Speech",
    "Speeches",
    "Relays",
    "Relay",
    "Conveys",
    "Convey",
    "Studies",
    "Study",
    "Implements",
    "Implement",
    "Holds",
    "Hold",
    "Held",
    "Learns",
    "Implementing",
    "Studying",
    "Conveying",
    "The",
    "Convenes",
    "Convened",
    "Opens",
    "Closes",
    "Presides",
    "Chairs",
    "Attends",
    "Over",
}
_IMPLEMENT_CUE = re.compile(
    r"(?i:spirits?\s+of|requirements?\s+of|deployments?(?:\s+requirements)?\s+of|arrangements?\s+of"
    r"|decisions?\s+of|speech(?:es)?\b[^.;]{0,80}\bat|convey\w*|relay\w*|stud(?:y|ied|ying)|learn\w*"
    r"|implement\w*|pass(?:ed)?\s+on|carr(?:y|ied)\s+out)[^.;]{0,160}$"
)


def future_keys(text: str, named: list[Named]) -> set[str]:
    """Meetings the text looks forward to: never implemented."""
    keys = set()
    for n in named:
        before = text[max(0, n.start - 60) : n.start]
        after = text[n.end : n.end + 30]
        if re.search(
            r"(?i)(?:welcom\w*|greet\w*|upcoming|next|prepar\w*\s+for)[^.;,]{0,40}$", before
        ) or re.search(r"(?i)^\s*(?:to\s+be\s+held|will\s+be\s+held|to\s+be\s+convened)", after):
            keys.add(meeting_key(n.name))
    return keys


def meeting_key(name: str) -> str:
    """The name up to its meeting noun ('20th National Congress'), or all of it when the noun
    comes first ('meeting celebrating the ...')."""
    m = re.search(rf"^.*?\b{_NAMED_NOUN}\b", name, re.I)
    key = m.group(0) if m and " " in m.group(0).strip() else name
    return re.sub(r"\W+", " ", key).lower().strip()


def implemented(text: str, named: list[Named], s: int) -> list[Named]:
    """Named meetings whose spirit a sentence starting at s conveys, studies or implements."""
    out = []
    for n in named:
        before = text[s : n.start]
        if _IMPLEMENT_CUE.search(before):
            out.append(n)
    return out


_MEETING_OF = re.compile(r"\b(?:meeting|session|sitting)\s+of\s+(?:the\s+)?$", re.I)


def inside_named(h, named, reported, text: str = "") -> bool:
    """Bodies named only inside the name of another meeting are not listed ('submitted to the
    seventh meeting of the Standing Committee of X' names no body; a reported meeting's does)."""
    if _MEETING_OF.search(text, max(0, h.start - 40), h.start) and not any(
        a <= h.start < b for a, b in reported
    ):
        return True
    for n in named:
        if n.start <= h.start and h.end <= n.end and not any(a <= n.start < b for a, b in reported):
            return True
    return False


def implements_of(text, sents, events, i, named, future, ctx) -> tuple[Implements, ...]:
    ev = events[i]
    nxt = events[i + 1].start if i + 1 < len(events) else len(text)
    lo = ev.start if i else 0
    found: dict[str, Implements] = {}
    own = meeting_key(ev.name)
    for s, e in sents:
        if e <= lo or s >= nxt:
            continue
        for n in implemented(text, [x for x in named if s <= x.start < e], s):
            key = meeting_key(n.name)
            if key in future or key == own or n.start in range(ev.start, ev.end):
                continue
            name = title_case(expand_place(re.sub(r"\s+", " ", n.name), ctx))
            if n.lower:
                name = _earlier(text, n.name, events[:i]) or name
            same = next((k for k in found if name and _overlap(name, k)), None)
            if same is not None and len(name) > len(same):  # the fuller form of one meeting
                del found[same]
                same = None
            if name and same is None:
                found[name] = Implements(name, evidence(text, n.start, n.end, "en.implements"))
        for a in _ANAPHOR.finditer(text, max(s, lo), e):
            for other in events[:i]:
                if re.search(rf"\b{re.escape(a.group('adj'))}\b", other.phrase, re.I):
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


_AFTER = re.compile(r"\b(?:after|following)\s+(?:the|that|this)\b", re.I)
_ITS = re.compile(
    r"\b(?:implement\w*|convey\w*|stud(?:y|ied|ying)|carr(?:y|ied|ying)\s+out|relay\w*)\s+"
    r"(?:the\s+)?(?:its|their)\s+(?:spirit|requirements|deployments|arrangements|decisions)\b",
    re.I,
)


def _earlier(text: str, name: str, events) -> str | None:
    """'the provincial video conference' names an earlier meeting of the same report."""
    words = set(re.findall(r"[a-z]+", name.lower())) - {"and", "the", "of", "on"}
    for ev in reversed(events):
        clause = text[ev.start : ev.end + 80]  # 'held a video conference on forest fires'
        known = set(re.findall(r"[a-z]+", f"{clause} {ev.name}".lower()))
        if words <= known:
            return ev.name
    return None


_ANAPHOR = re.compile(
    r"(?:spirit|requirements?|deployments?|arrangements?)\s+of\s+the\s+(?P<adj>[\w-]+)\s+"
    r"(?:meeting|conference|session|plenum)\b",
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
