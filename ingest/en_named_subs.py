"""Parts of bodies known by name, and a page's references to its own body.

"the Party Committee of Ocean University of China" is a party committee of a named university (and
names the university too); "the Fifth Inspection Team of the Party Leadership Group of the
Ministry of X" nests three levels deep; a company's or a university's own page calls itself
"the company", "our university", "the Qingdao Branch" ("the company's Party Committee").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_orgs import ORD, OrgHit

# heads that name a part of a body known by name, besides the sub-bodies of every body
_NAMED_PARTS = gz.lines("en_named_parts.txt")


@cache
def _sub_re() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?<!\band\s)(?:(?P<ord>{ORD})\s+)?"
        rf"(?P<sub>{gz.alternation(gz.subbodies() + _NAMED_PARTS)})"
        r"\s+of\s+(?P<the>the\s+)?$"
    )


@cache
def _poss_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?:['’]s)?[ \t]+(?:(?P<ord>{ORD})\s+)?"
        rf"(?P<sub>{gz.alternation(gz.subbodies() + _NAMED_PARTS)})\b(?![ \t]+of\b)"
    )


def possessive_subs(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """'the Bijie Municipal Party Committee's Fourth Supervision Group', 'the Shanghai Municipal
    People's Government Information Office': a part of that body."""
    out = []
    for h in hits:
        m = _poss_re().match(text, h.end)
        if not m or not m.group("sub")[0].isupper():
            continue
        if any(k.start <= h.start and k.end >= m.end() for k in hits):
            continue  # 'State Council Information Office': a body named in full already
        head = title_case(" ".join(m.group("sub").split()))
        if m.group("ord"):
            head = f"{title_case(m.group('ord'))} {head}"
        surface = text[h.start : m.end()]
        # written as one name with its place ('Qionghai Municipal CPPCC Office'), kept as written
        if m.group(0)[0] in "'’":
            name = f"{head} of the {h.name}"
        elif surface.split()[0].lower() in gz.place_adjectives():  # 'Municipal CPPCC Office'
            adj = surface.split()[0]
            cut = h.name.find(f" {adj} ")
            written = " ".join(surface.split())
            name = f"{h.name[:cut]} {written}" if cut > 0 else f"{h.name} {head}"
        else:
            name = " ".join(surface.split())
        out.append(OrgHit(name, surface, h.start, m.end(), h.name))
    return out


# 'the Qingdao Branch of the People's Bank of China': a part named after its place
# 'the Department of Flood Control and Drought Relief of the Ministry of Emergency Management'
_DEPT_OF = re.compile(
    r"\b(?P<ord>)(?P<sub>(?:Department|Bureau|Office|Division)\s+of\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
    r"(?:\s+(?:and\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)*)*)\s+of\s+(?P<the>the\s+)?$"
)
_PLACED_PART = re.compile(
    r"\b(?P<ord>)(?P<sub>(?:[A-Z][a-z]+\s+){1,2}(?:Branch|Sub-branch))\s+of\s+(?P<the>the\s+)?$"
)


_STATIONED = re.compile(r"\s+[Ss]tationed\b")


def title_case(s: str) -> str:
    return " ".join(w if w in ("and", "of", "for") else w[:1].upper() + w[1:] for w in s.split())


def subs_of(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """'the Theory Learning Center Group of the Party Committee of X Co., Ltd.': every level."""
    out: list[OrgHit] = []
    todo = list(hits)
    seen = {(h.start, h.end) for h in hits}
    while todo:
        h = todo.pop()
        sub = _sub_re().search(text, max(0, h.start - 80), h.start)
        if not sub or sub.end() != h.start:
            sub = _PLACED_PART.search(text, max(0, h.start - 40), h.start)
        if not sub or sub.end() != h.start:
            sub = _DEPT_OF.search(text, max(0, h.start - 120), h.start)
        if not sub or sub.end() != h.start or (sub.start(), h.end) in seen:
            continue
        if _STATIONED.match(text, h.end) and re.search(r"(?:Team|Group)$", sub.group("sub")):
            continue  # a team stationed elsewhere is named in full there
        head = title_case(" ".join(sub.group("sub").split()))
        if sub.group("ord"):
            head = f"{title_case(sub.group('ord'))} {head}"
        joint = " of the " if sub.group("the") else " of "
        new = OrgHit(
            f"{head}{joint}{h.name}",
            text[sub.start() : h.end],
            sub.start(),
            h.end,
            h.name,
            "en.org.own" if h.rule == "en.org.own" else "en.org.named",
        )
        seen.add((new.start, new.end))
        out.append(new)
        todo.append(new)
    return out


def one_spelling(hits: list[OrgHit]) -> list[OrgHit]:
    """'Party Committee of X' and 'Party Committee of the X' (from 'of the company') are one
    body: the spelling that writes the body out, met first in the text."""
    first: dict[str, str] = {}
    for h in sorted(hits, key=lambda h: (h.rule == "en.org.own", h.start)):
        first.setdefault(h.name.replace(" of the ", " of "), h.name)

    def canon(name: str | None) -> str | None:
        return first.get(name.replace(" of the ", " of "), name) if name else name

    return [
        OrgHit(canon(h.name) or h.name, h.surface, h.start, h.end, canon(h.part_of), h.rule)
        for h in hits
    ]


_HEAD = re.compile(
    r"\b(?:Committee|Group|Department|Office|School|Team|Branch|Sub-branch|Bureau|Division"
    r"|Institute|College|Center|Centre|Commission|Administration)\b"
)
_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def split_nested(hit: OrgHit, whole: Callable[[str], bool]) -> list[OrgHit]:
    """'Party Committee of Ocean University of China', 'School of Marxism of Central South
    University': a part ('Party Committee', 'School of Marxism') of a body named in full after
    it. `whole` says whether a string is a body's name by itself. Outermost first."""
    text = hit.surface
    for of in reversed(list(_OF.finditer(text))):
        left, right = text[: of.start()], text[of.end() :]
        if " " in right.strip() and _HEAD.search(left) and whole(right):
            inner = OrgHit(
                " ".join(right.split()),
                right,
                hit.start + of.end(),
                hit.end,
                None,
                hit.rule,
            )
            return [
                OrgHit(hit.name, hit.surface, hit.start, hit.end, inner.name, hit.rule),
                *split_nested(inner, whole),
            ]
    return [hit]


_NATIONAL_BEFORE = re.compile(
    r"\b(?P<n>(?:State|National)(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]+Administration)[ \t]+$"
)


def national_prefix(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """'the State Taxation Administration Ulanqab Municipal Taxation Bureau': a local bureau
    named with the national body it belongs to, everywhere the article names it."""
    full: dict[str, tuple[str, str]] = {}
    extra = []
    for h in hits:
        m = _NATIONAL_BEFORE.search(text, max(0, h.start - 60), h.start)
        if m and h.part_of is None and h.name not in full:
            nat = " ".join(m.group("n").split())
            full[h.name] = (f"{nat} {h.name}", nat)
            extra.append(OrgHit(nat, m.group("n"), m.start("n"), m.end("n"), None, "en.org.typed"))
    if not full:
        return hits

    def renamed(name: str | None) -> str | None:
        for short, (long, _) in full.items():
            if name and short in name and long not in name:
                return name.replace(short, long)
        return name

    out = [
        OrgHit(
            renamed(h.name) or h.name,
            h.surface,
            h.start,
            h.end,
            renamed(h.part_of) or (full[h.name][1] if h.name in full else None),
            h.rule,
        )
        for h in hits
    ]
    return out + extra


_PARTY_COMMITTEE = re.compile(r"(?:^|(?<= of the ))(?P<p>(?:[A-Z][\w'’-]* )+?)Party Committee$")


def official_forms(name: str) -> tuple[str, ...]:
    """'Chongqing Dazu District Party Committee' is officially 'Chongqing Dazu District Committee
    of the Communist Party of China' ('CPC Chongqing Dazu District Committee'); a body of it
    ('Standing Committee of the ...') is written with that form too."""
    m = _PARTY_COMMITTEE.search(name)
    if not m or m.group("p").strip() in ("", "CPC"):
        return ()
    head, place = name[: m.start("p")], m.group("p").strip()
    return (
        f"{head}{place} Committee of the Communist Party of China",
        f"{head}CPC {place} Committee",
    )


_HEADED_PART = re.compile(
    r"\b(?P<ord>)(?P<sub>(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ \t]+){1,4}"
    r"(?:Detachment|Brigade|Branch|Sub-branch|Station|Office|Division|Section))"
    r"[ \t]+of[ \t]+(?P<the>the[ \t]+)?$"
)


def headed_parts(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """'the Law Enforcement Detachment of the X Market Supervision Administration', 'the
    Yongchuan Branch of the X Public Security Bureau': a part named by its own words."""
    out = []
    for h in hits:
        m = _HEADED_PART.search(text, max(0, h.start - 80), h.start)
        if not m or m.end() != h.start:
            m = _LOWER_PART.search(text, max(0, h.start - 80), h.start)
        if not m or m.end() != h.start or _NOT_PART.match(m.group("sub")):
            continue
        name = f"{title_case(' '.join(m.group('sub').split()))} of the {h.name}"
        out.append(OrgHit(name, text[m.start() : h.end], m.start(), h.end, h.name))
    return out


# 'the law enforcement detachment of the district market supervision administration'
_LOWER_PART = re.compile(
    r"\bthe[ \t]+(?P<sub>(?:[A-Za-z][a-z]+[ \t]+){1,3}(?:detachment|brigade|branch|sub-branch))"
    r"[ \t]+of[ \t]+(?P<the>the[ \t]+)?$"
)
_NOT_PART = re.compile(r"(?:The|This|That|Our|Its|Each|Every|All)\b")
