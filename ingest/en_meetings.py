"""Meetings an English report says were held, who took part, and what they implemented.

An event is a clause that says a body held/convened a meeting, that a meeting was held, that
someone presided over a (named) meeting, or that leaders met with guests. Planned meetings
("to be held", "welcome the ... Congress") are not events and are never implemented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_dates import dates_in
from convene.ingest.en_orgs import Ctx, OrgHit

NOUN = r"(?:meeting|conference|video\s+conference|session|symposium|forum|seminar|briefing|plenum|reception)"
_W = r"[\w'’\"“”-]+"
_ACTIVE = re.compile(
    rf"\b(?P<verb>held|holds|hold|convened|convenes|had|hosted|hosts|opened|closed)\s+"
    rf"(?P<phrase>(?:(?:its|their|a|an|the)\s+)?(?:{_W}\s+){{0,10}}?{NOUN})\b",
)
_PASSIVE = re.compile(
    rf"\b(?P<phrase>(?:[Aa]n?|[Tt]he)\s+(?:{_W}\s+){{0,14}}?(?i:{NOUN})(?:\s+of\s+[^,.;]{{0,90}}?)?)"
    rf"\s+(?:(?:was|were)\s+(?:successfully\s+)?(?P<verb>held|convened|opened)"
    rf"|(?P<verb2>closed|opened|concluded|ended|kicked\s+off))\b"
)
_PRESIDED = re.compile(
    rf"\b(?:presided\s+over|presides\s+over|chaired|hosted)\s+(?P<phrase>(?:the|a|an)\s+"
    rf"(?:{_W}\s+){{0,6}}?{NOUN}(?:\s+of\s+(?:(?!\s+to\s)[^,.;]){{3,90}})?)"
)
_MET = re.compile(
    r"\b(?:met|meets)\s+with\s+(?P<phrase>(?:the|a|an)\s+[\w\s-]{0,40}?"
    r"(?:delegation|guests|visitors|group|delegates))\b"
)
_FUTURE = re.compile(
    r"(?i:to\s+be\s+(?:held|convened)|will\s+(?:be\s+)?(?:held|convened|hold|convene)|upcoming|next\s+"
    r"|preparations?\s+for|welcom\w*|greet\w*|to\s+hold\b)"
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


def _location(text: str, s: int, e: int) -> str | None:
    m = re.search(rf"\bin\s+(?P<p>{gz.place_names_re()})\b", text[s:e])
    if m:
        p = gz.place(m.group("p"))
        if p and p.kind in ("city", "municipality"):
            return p.name
    return None


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
    m = re.compile(r"\s+by\s+(?:the\s+)?").match(text, phrase_end)
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
        ):
            for m in rx.finditer(text, s, e):
                window = text[max(s, m.start() - 25) : min(e, m.end() + 20)]
                if _FUTURE.search(window) or _FUTURE.search(m.group("phrase")):
                    continue
                if kind == "active" and m.group("verb") == "hold":
                    continue
                phrase = m.group("phrase")
                anaphoric = (
                    kind == "presided"
                    and re.fullmatch(rf"the\s+(?:{NOUN}|event)", phrase.strip(), re.I) is not None
                )
                noun = "reception" if kind == "met" else re.findall(NOUN, phrase, re.I)[-1].lower()
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
                pstart = m.start("phrase")
                ev = Event(
                    m.start(),
                    m.end(),
                    noun,
                    phrase,
                    near.date if near else None,
                    near.end_date if near else None,
                    near is not None,
                    _organizer(text, m.start(), pstart, m.end("phrase"), orgs),
                    _location(text, s, e),
                    anaphoric,
                )
                if near is not None and near.same_as_previous:
                    prev = events[-1] if events else None
                    ev.date, ev.end_date = (prev.date, None) if prev else (None, None)
                events.append(ev)
    return _merge(sorted(events, key=lambda v: v.start), ctx)


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
        same = next((o for o in out if o.date == v.date and (_same_body(o, v) or not dated)), None)
        if same is not None:
            same.location = same.location or v.location
            continue
        out.append(v)
    for v in out:
        v.name = meeting_name(v, ctx)
    return out


def _same_body(a: Event, b: Event) -> bool:
    """Two dated clauses are one meeting when they name the same body or the same meeting."""
    if a.organizer and a.organizer == b.organizer:
        return True
    key = re.sub(r"^(?:its|their|a|an|the)\s+", "", a.phrase.lower())
    return key == re.sub(r"^(?:its|their|a|an|the)\s+", "", b.phrase.lower())


_ORD_WORD = re.compile(r"^(?:its|their|a|an|the)\s+", re.I)


def meeting_name(v: Event, ctx: Ctx) -> str:
    phrase = _ORD_WORD.sub("", re.sub(r"\s+", " ", v.phrase.strip()))
    if v.kind == "reception":
        return f"Meeting with {phrase}"
    phrase = expand_place(phrase, ctx)
    if v.organizer and " of " in phrase and not re.search(r"[A-Z]", phrase.split(" of ", 1)[0][1:]):
        phrase = f"{phrase.split(' of ', 1)[0]} of the {v.organizer}"
    elif " of " not in phrase and v.organizer and not re.search(r"[A-Z]", phrase[1:]):
        phrase = f"{phrase} of the {v.organizer}"
    return title_case(phrase)


def title_case(s: str) -> str:
    small = {"of", "the", "and", "on", "in", "for", "to", "a", "an", "with"}
    words = s.split(" ")
    return " ".join(
        w if (i and w in small) or not w[:1].islower() else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def expand_place(phrase: str, ctx: Ctx) -> str:
    """'provincial archives work conference' -> 'Zhejiang Provincial Archives Work Conference'."""
    p = ctx.province
    if p is not None and p.kind == "ar":
        phrase = re.sub(r"\bof\s+the\s+Autonomous\s+Region\b", f"of the {p.full}", phrase)
        if p.full not in phrase:
            phrase = re.sub(r"(?<!of the )\bAutonomous\s+Region\b", p.full, phrase)
        if phrase.endswith(
            f"of the {p.full}"
        ):  # 'Economic Work Conference of the X' -> 'X Economic ...'
            head = phrase[: -len(f" of the {p.full}")]
            if not re.search(r"\bof\b", head):
                phrase = f"{p.full} {head}"
    elif p is not None:
        phrase = re.sub(r"(?i)^provincial\b", f"{p.name} Provincial", phrase)
    if ctx.city is not None:
        phrase = re.sub(r"(?i)^(?:municipal|city-wide|citywide)\b", f"{ctx.city.name} City", phrase)
    return phrase


# -- named meetings mentioned in the text (candidates for `implements`) --

_CAP = r"(?:[A-Z][\w'’-]*|\d{1,2}(?:st|nd|rd|th))"
_NAMED_NOUN = r"(?:Meeting|Conference|Forum|Session|Symposium|Congress|Seminar|Plenum)"


@cache
def _named_re() -> re.Pattern[str]:
    sp = r"[ \t]+"
    left = rf"(?:{_CAP}(?:{sp}(?:and|of|on|for))?{sp})*"
    right = (
        rf"(?:{sp}(?:of|on|for|in){sp}(?:the{sp})?{_CAP}(?:{sp}(?:(?:of|and|in|for){sp}(?:the{sp})?)?{_CAP})*"
        rf"|{sp}(?:Celebrating|Commemorating|Marking)(?:{sp}(?:the{sp})?{_CAP}|{sp}of|{sp}and)+)?"
    )
    # "the State Council executive meeting": a capitalised body before a lower-case noun
    lower = rf"(?:{_CAP}{sp})+(?:executive{sp}|plenary{sp}|enlarged{sp}|work{sp})?(?:meeting|conference)"
    return re.compile(
        rf"\b(?P<name>{left}(?<!People's )(?<!People’s ){_NAMED_NOUN}{right}|{lower}\b)"
    )


_LOWER_AT = re.compile(
    rf"(?:speech|speeches|remarks)\s+(?:delivered\s+)?at\s+the\s+(?P<name>(?:{_W}\s+){{0,3}}?"
    rf"(?:symposium|meeting|conference|forum|session)\s+(?:on|of)\s+[^,;.]{{5,120}})"
)


@dataclass(frozen=True)
class Named:
    name: str
    start: int
    end: int


@cache
def _cut_re() -> re.Pattern[str]:
    """Where a name runs into the next phrase: 'X Meeting and the Y Meeting', "... and General
    Secretary Xi Jinping's"."""
    return re.compile(
        rf"[ \t]+and[ \t]+(?=(?:the[ \t]+)?(?:{_CAP}[ \t]+)*(?:{_NAMED_NOUN}\b|(?i:{gz.titles_re()})\b)"
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
    for m in _LOWER_AT.finditer(text):
        out.append(Named(m.group("name"), m.start("name"), m.end("name")))
    return out


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
    m = re.search(rf"^.*?\b{_NAMED_NOUN}\b", name, re.I)
    return re.sub(r"\W+", " ", (m.group(0) if m else name)).lower().strip()


def implemented(text: str, named: list[Named], s: int) -> list[Named]:
    """Named meetings whose spirit a sentence starting at s conveys, studies or implements."""
    out = []
    for n in named:
        before = text[s : n.start]
        if _IMPLEMENT_CUE.search(before):
            out.append(n)
    return out
