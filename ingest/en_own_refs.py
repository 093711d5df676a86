"""A page's references to its own body: a company's or a university's own page calls itself
"the company", "our university", "the Qingdao Branch" ("the company's Party Committee"), and
names its schools without the university ("the School of Physics").
"""

from __future__ import annotations

import re
from collections import Counter

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_named_subs import title_case
from convene.ingest.en_orgs import OrgHit
from convene.ingest.rx import rx

_NOUNS = {  # a page's own body by the noun it calls itself, and how that body's name shows it
    "university": r"\bUniversity\b",
    "college": r"\bCollege\b",
    "company": r"\b(?:Co\.|Company|Corporation|Limited)",
    "group company": r"\b(?:Co\.|Company|Corporation|Limited)",
    "corporation": r"\b(?:Corporation|Co\.)",
    "bank": r"\bBank\b",
    "branch": r"\bBranch\b",
    "hospital": r"\bHospital\b",
    "institute": r"\bInstitute\b",
    "academy": r"\bAcademy\b",
}
_OWN = re.compile(
    rf"\b(?P<det>the|our|The|Our)\s+(?P<n>(?i:{'|'.join(sorted(_NOUNS, key=len, reverse=True))}))\b"
    r"(?:(?:['’]s)?\s+(?P<sub>(?i:party\s+committee|party\s+group|party\s+branch))\b)?"
    r"(?![ \t]+(?:of\b|[A-Z]))"  # not 'the University of X', 'the University Leading Group'"
)


def own_refs(text: str, named: list[OrgHit]) -> list[OrgHit]:
    """'the university', "the company's Party Committee": the body of that kind that the page
    names most often (its own), where it names one; also 'the Qingdao Branch' for 'Qingdao
    Branch of the X'."""
    out = []
    for m in _OWN.finditer(text):
        body = _own_body(" ".join(m.group("n").lower().split()), named)
        if body is None:
            continue
        start = m.start("n") if m.group("det").lower() == "the" else m.start()
        out.append(OrgHit(body, text[start : m.end("n")], start, m.end("n"), None, "en.org.own"))
        if m.group("sub"):
            sub = title_case(m.group("sub").lower())
            out.append(
                OrgHit(
                    f"{sub} of {body}", text[start : m.end()], start, m.end(), body, "en.org.own"
                )
            )
    return out + _short_forms(text, named) + _schools(text, named)


_SCHOOL = re.compile(
    r"\b(?:School|College)[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+)*\b"
    r"(?![ \t]+of\b)"
)


_AND_NAME = re.compile(r"[ \t]+and[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)")


def _schools(text: str, named: list[OrgHit]) -> list[OrgHit]:
    """'the School of Physics' on a university's page: a school of that university."""
    univ = _own_body("university", named)
    if univ is None:
        return []
    out = []
    for m in _SCHOOL.finditer(text):
        if any(h.start <= m.start() and m.end() <= h.end for h in named):
            continue  # part of a longer name ('School of Marxism of X University')
        surface = m.group(0)
        for a in _AND_NAME.finditer(surface):  # '... School of Physics and Tang Yufei'
            if gz.is_han_name(a.group(1), a.group(2)):
                surface = surface[: a.start()]
                break
        name = f"{' '.join(surface.split())} of the {univ}"
        end = m.start() + len(surface)
        out.append(OrgHit(name, surface, m.start(), end, univ, "en.org.own"))
    return out


def _own_body(noun: str, named: list[OrgHit]) -> str | None:
    kind = rx(_NOUNS[noun])
    counts = Counter(
        h.name
        for h in named
        if kind.search(h.name.split(" of ")[0]) and not _HEAD_FIRST.match(h.name)
    )
    if not counts:
        return None
    first = {h.name: h.start for h in reversed(named)}
    return max(counts, key=lambda n: (counts[n], -first.get(n, 0)))


_HEAD_FIRST = re.compile(r"(?:Party|Standing|Theory|Theoretical|Discipline)\b")
_SHORT = re.compile(r"(?P<a>(?:[A-Z][a-z]+\s+){1,2}(?:Branch|Sub-branch))\s+of\s+(?:the\s+)?")


def _short_forms(text: str, named: list[OrgHit]) -> list[OrgHit]:
    """'the Qingdao Branch' after 'Qingdao Branch of the People's Bank of China'."""
    full: dict[str, str] = {}
    for h in named:
        m = _SHORT.match(h.name)
        if m:
            full.setdefault(" ".join(m.group("a").split()), h.name)
    out = []
    for short, name in full.items():
        words = r"\s+".join(re.escape(w) for w in short.split())
        for m in rx(rf"\b{words}\b(?!\s+of\b)").finditer(text):
            out.append(OrgHit(name, m.group(0), m.start(), m.end(), None, "en.org.own"))
    return out
