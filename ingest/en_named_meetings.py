"""Named meetings an English report mentions: "the Central Economic Work Conference", "the
symposium on ..." after "speech at", "the spirit of the provincial meeting" (lower case: may be an
earlier meeting of the same report); which of them the text looks forward to ("welcome the ...
Congress", "to be held"); and bodies named only inside such a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_meetings import W

_CAP = r"(?:[A-Z][\w'’-]*|\d{1,2}(?:st|nd|rd|th))"
_MONTH = (  # '... Symposium on X in May': the date, not the name
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_NAMED_NOUN = r"(?:Meeting|Conference|Forum|Session|Symposium|Congress|Seminar|Plenum)"


@cache
def _named_re() -> re.Pattern[str]:
    sp = r"[ \t]+"
    left = rf"(?:{_CAP}(?:{sp}(?:and|of|on|for))?{sp})*"
    right = (
        rf"(?:{sp}(?:of|on|for|in){sp}(?:the{sp})?{_CAP}"
        rf"(?:{sp}(?:(?:of|and|in|for|to|under){sp})?(?:the{sp})?(?!{_MONTH}\b){_CAP}"
        # '... Development of Beijing, Tianjin and Hebei': a list of single names inside the name
        rf"|(?:,{sp}{_CAP})+{sp}and{sp}{_CAP}(?![ \t]+[A-Z]))*"
        rf"|{sp}(?:Celebrating|Commemorating|Marking)(?:{sp}(?:the{sp})?{_CAP}|{sp}of|{sp}and)+)?"
    )
    # "the State Council executive meeting": a capitalised body before a lower-case noun
    # and 'the Inner Mongolia Autonomous Region taxation work conference', '... CPPCC theoretical
    # research conference'
    kind = (
        rf"(?:executive{sp}|plenary{sp}|enlarged{sp}"
        rf"|(?:(?!{_FUNCTION}\b|{_TAIL_STOP}\b|holds?\b|opens?\b)[a-z]+{sp}){{1,3}})?"
    )
    lower = rf"(?:{_CAP}{sp})+{kind}(?:meeting|conference)"
    return re.compile(
        rf"\b(?P<name>{left}(?<!People's )(?<!People’s )(?<!Consultative ){_NAMED_NOUN}s?\b"
        # 'the Zunyi Conference Site', '... Memorial Hall': a place named after a meeting
        rf"(?![ \t]+(?:{gz.alternation(gz.lines('en_meeting_places.txt'))})\b)"
        rf"{right}|{lower}{_ON_TAIL}?\b)"
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
    for rx in (_LOWER_AT, _LOWER_OF, _LOWER_ORDINAL, _OWNED):
        for m in rx.finditer(text):
            out = [n for n in out if not _inside(n, m)]  # '18th meeting' inside a longer name
            if not any(n.start <= m.start("name") < n.end for n in out):
                name = _HELD_TAIL.sub("", m.group("name"))  # '... held in Lanzhou'
                name = _NEXT_OBJECT.sub("", name)  # '... in the new era and the spirit of ...'
                end = m.start("name") + len(name)
                out.append(Named(name, m.start("name"), end, rx in (_LOWER_OF, _OWNED)))
    for m in _ORDINALS.finditer(text):  # 'the second and third plenary sessions of X'
        out = [_before(n, m.start()) for n in out if not m.start() <= n.start < m.end()]
        kind = " ".join(m.group("kind").split())[:-1]  # 'plenary sessions' -> one session
        tail = " ".join(m.group("tail").split())
        for o in re.findall(_ORD_WORD, m.group("ords"), re.I):
            out.append(Named(f"{o} {kind} of the {tail}", m.start(), m.end()))
    return sorted(out, key=lambda n: n.start)


def _before(n: Named, pos: int) -> Named:
    """'the 20th National Congress of the Party and the Second and Third Plenary Sessions': the
    name ends before the coordinated sessions."""
    if not n.start < pos < n.end:
        return n
    head = re.sub(r"[ \t]+and(?:[ \t]+the)?[ \t]*$", "", n.name[: pos - n.start])
    return Named(head, n.start, n.start + len(head), n.lower)


_ORD_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
)
_ORDINALS = re.compile(
    rf"\b(?P<ords>(?i:{_ORD_WORD}(?:\s*,\s*{_ORD_WORD})*\s*,?\s+and\s+{_ORD_WORD}))\s+"
    r"(?P<kind>(?i:(?:plenary\s+)?(?:sessions|meetings|plenums)))\s+of\s+the\s+"
    r"(?P<tail>(?:\d{1,2}(?:st|nd|rd|th)\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-Z][\w'’-]*)*)"
)


def _inside(n: Named, m: re.Match[str]) -> bool:
    return m.start("name") <= n.start and n.end < m.end("name")


_NEXT_OBJECT = re.compile(
    r"\s+and\s+(?:the\s+)?(?:spirit|requirements|deployments|arrangements|decisions)\s+of\s.*$",
    re.S,
)
_HELD_TAIL = re.compile(r"\s+(?:held|convened|that\s+was\s+held|which\s+was\s+held)\s+.*$", re.S)
_TAIL_STOP = (
    r"(?:held|convened|was|were|is|are|which|who|and|or|as|studied|conveyed|called|stressed|"
    r"pointed|decided|arranged|required|said|made|put|issued|last|next|this|yesterday|today)"
)
_FUNCTION = r"(?:the|a|an|at|of|on|in|by|for|with|to|this|that|these|its|their|his|her|above|same)"
# 'the requirements of the national flood control video conference held on June 23'
_LOWER_NOUN = r"(?:meeting|conference|symposium|forum|session|plenum)"
# '... video conference on flood control and drought relief', '... on work safety in the flood
# season', '... on deepening the reform of state-owned enterprises'
_ON_TAIL = (
    rf"(?:\s+on(?:\s+(?:(?:and|the|of|in\s+the|of\s+the)\s+)?"
    rf"(?!{_FUNCTION}\b|{_TAIL_STOP}\b)[a-z][\w-]*){{1,10}})"
)
_BODY_TAIL = (
    r"(?:[A-Z][\w'’-]*[ \t]+){0,5}(?:Committee|Government|Congress|Council|Commission|Group"
    r"|Headquarters|Bureau|Corporation[ \t]+Limited|Company)"
    r"(?:[ \t]+for(?:[ \t]+[A-Z][\w'’-]*){1,4})?(?:[ \t]+of[ \t]+the[ \t]+"
    r"(?:[A-Z][\w'’-]*[ \t]+){0,5}(?:Committee|Government|Congress|Council|Commission))?"
)
# "the city's", "the State Council's", "the Provincial Government's"
_OWNER = r"(?:city|province|county|district|(?:[A-Z][a-z]+\s+){1,3}?[A-Z][a-z]+)['’]s\s+"
_LOWER_OF = re.compile(
    rf"\b(?:spirit|requirements?|deployments?|arrangements?|decisions?|guiding\s+principles)\s+"
    rf"(?:of|(?:made|set)\s+at)\s+the\s+"
    # 'the enlarged meeting of the Standing Committee of the Provincial Party Committee'
    rf"(?P<name>(?:\d{{4}}\s+)?(?:(?!{_FUNCTION}\b)[a-z][\w-]*\s+){{1,3}}{_LOWER_NOUN}\s+of\s+"
    rf"(?:the\s+)?{_BODY_TAIL}"
    # "the provincial people's congress work conference"
    rf"|(?:(?!{_FUNCTION}\b)[a-z][\w'’-]*\s+){{2,10}}?{_LOWER_NOUN}{_ON_TAIL}?"
    rf"|(?!{_FUNCTION}\b)[a-z][\w-]*\s+{_LOWER_NOUN}{_ON_TAIL}"
    # "the city's video conference on flood control": the city's own meeting
    rf"|{_OWNER}(?:[a-z][\w-]*\s+){{0,6}}?{_LOWER_NOUN}{_ON_TAIL}?)\b"
)
# "... and the GAC's mid-year work symposium": a body's own meeting, named after a conjunction
_OWNED = re.compile(
    rf"\band\s+the\s+(?P<name>(?:[A-Z]{{2,6}}|(?:[A-Z][a-z]+\s+){{0,3}}[A-Z][a-z]+)['’]s\s+"
    rf"(?:(?!{_FUNCTION}\b)[a-z][\w-]*\s+){{0,5}}?{_LOWER_NOUN}{_ON_TAIL}?)\b"
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
