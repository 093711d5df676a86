"""Names of reported meetings, written out with their place and organizer.

"provincial archives work conference" on a Zhejiang page becomes "Zhejiang Provincial Archives
Work Conference"; "the meeting" of a standing committee becomes "Meeting of the Standing
Committee of ...".
"""

from __future__ import annotations

import re

from convene.ingest.en_orgs import Ctx

_OWNER = re.compile(r"^(city|province|county|district)['’]s\b")
_OWN_ADJ = {
    "province": "Provincial",
    "city": "Municipal",
    "county": "County",
    "district": "District",
}


def _owner(level: str, ctx: Ctx) -> str:
    """Who owns "city's ...": 'Suzhou Municipal'; "district's": 'Wujiang District' (or the bare
    adjective where the article's place is unknown)."""
    p = ctx.level(level)
    if p is None:
        return _OWN_ADJ[level]
    return p.full if level in ("county", "district") else f"{p.name} {_OWN_ADJ[level]}"


_ORD_WORD = re.compile(r"^(?:its|their|a|an|the)\s+", re.I)


def meeting_name(v, ctx: Ctx) -> str:
    """A full name for an event (an en_meetings.Event)."""
    phrase = _ORD_WORD.sub("", re.sub(r"\s+", " ", re.sub(r"[()]", "", v.phrase.strip())))
    if v.kind == "reception":
        return f"Meeting with {phrase}"
    if v.kind == "talks":
        return f"Talks with {phrase}"
    phrase = expand_place(phrase, ctx)
    if v.organizer and " of " in phrase and not re.search(r"[A-Z]", phrase.split(" of ", 1)[0][1:]):
        phrase = f"{phrase.split(' of ', 1)[0]} of the {v.organizer}"
    elif " of " not in phrase and v.organizer and not re.search(r"[A-Z]", phrase[1:]):
        phrase = f"{phrase} of the {v.organizer}"
    return title_case(phrase)


def title_case(s: str) -> str:
    small = {"of", "the", "and", "on", "in", "for", "to", "a", "an", "with", "under"}
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
        phrase = re.sub(r"(?i)^regional\b", p.full, phrase)  # 'the regional ... conference'
    elif p is not None:
        phrase = re.sub(r"(?i)^provincial\b", f"{p.name} Provincial", phrase)
    phrase = _OWNER.sub(lambda m: _owner(m.group(1), ctx), phrase)
    if ctx.city is not None:
        name = ctx.city.name
        phrase = re.sub(r"(?i)^municipal\b", f"{name} Municipal", phrase)  # as written
        phrase = re.sub(r"(?i)^(?:city-wide|citywide)\b", f"{name} City", phrase)
    return phrase
