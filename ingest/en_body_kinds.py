"""Bodies named by their type: "Shenzhen Customs", "Mianyang Municipal Tax Service of the State
Taxation Administration", "University of X", "General Administration of Customs", and the
acronyms an article defines for them ("... of Customs (GAC)" makes a later "the GAC" that body).

The body types are data (ingest/data/en_body_heads.tsv).
"""

from __future__ import annotations

import re
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_orgs import ORD, Ctx, OrgHit

_CAP = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_S = r"[ \t]+"  # a body's name never runs over a line end (headlines, breadcrumbs)
# 'of the State Taxation Administration': the national body a local branch belongs to
_OF_NATIONAL = (
    r"(?:[ \t]+of[ \t]+the[ \t]+(?P<nat>(?:State|National)(?:[ \t]+[A-Z][a-z]+){1,4}"
    r"[ \t]+Administration))?"
)


@cache
def _heads() -> tuple[list[str], list[str]]:
    rows = [ln.split("\t") for ln in gz.lines("en_body_heads.tsv")]
    return [r[0] for r in rows if r[1] == "after"], [r[0] for r in rows if r[1] == "of"]


@cache
def _typed_re() -> re.Pattern[str]:
    after, of = _heads()
    after_alt = "|".join(re.escape(h).replace(r"\ ", _S) for h in after)
    of_alt = "|".join(re.escape(h).replace(r"\ ", _S) for h in of)
    return re.compile(
        rf"\b(?:{_CAP}{_S}){{1,3}}(?:{after_alt})\b{_OF_NATIONAL}"
        # '... University of China', not the site's 'News Network' or '  Address' after it
        rf"|\b(?:{of_alt}){_S}of{_S}{_CAP}(?: (?:and |of )?(?!News\b|Network\b){_CAP})*"
    )


_ACRONYM = re.compile(r"\s*\((?P<a>[A-Z][A-Za-z]{1,7})\)")
_ACR_SUB = re.compile(r"[ \t]+(?P<s>Party[ \t]+(?:Leadership[ \t]+)?(?:Committee|Group))\b")
_PLACE_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def _names_the_body(word: str) -> bool:
    """A capitalised word right before 'University of X' is part of its name, unless it is a
    title or a function word ('President University of X' does not occur; 'The' does)."""
    return gz.place(word) is not None or (
        word not in _NOT_START and word not in gz.name_stopwords()
    )


_NOT_START = {"The", "A", "An", "Of", "In", "On", "At", "From", "By", "National", "State"}


def find_typed(text: str) -> list[OrgHit]:
    """Bodies of the listed types, with the acronyms the text gives them."""
    out = find_state_council_parts(text)
    for m in _typed_re().finditer(text):
        start, surface = m.start(), m.group(0)
        first = surface.split()[0]
        if first in _NOT_START:
            start += len(first) + 1
            surface = text[start : m.end()].lstrip()
            start = m.end() - len(surface)
        if not re.search(r"\s", surface.strip()):
            continue
        before = _PLACE_BEFORE.search(text, max(0, start - 30), start)
        if before and _names_the_body(before.group(1)):  # 'Dalian/Ocean University of X'
            start = before.start(1)
            surface = text[start : m.end()]
        nat = m.group("nat")
        if nat:  # the local branch is part of the national body it names
            nat = re.sub(r"\s+", " ", nat)
            out.append(OrgHit(nat, nat, m.start("nat"), m.end(), None, "en.org.typed"))
        name = re.sub(r"\s+", " ", surface)
        out.append(OrgHit(name, surface, start, m.end(), nat, "en.org.typed"))
    return out


_OF_STATE_COUNCIL = re.compile(
    r"\b(?:[A-Z][a-z]+(?:-[a-z]+)?[ \t]+(?:and[ \t]+)?){1,6}"
    r"(?:Committee|Commission|Office|Administration)[ \t]+of[ \t]+the[ \t]+State[ \t]+Council\b"
)


def find_state_council_parts(text: str) -> list[OrgHit]:
    """'the Work Safety Committee of the State Council', 'the State-owned Assets Supervision and
    Administration Commission of the State Council': bodies under the State Council."""
    out = []
    for m in _OF_STATE_COUNCIL.finditer(text):
        words = m.group(0).split()
        while words and words[0] in _NOT_START:
            words = words[1:]
        name = " ".join(words)
        out.append(
            OrgHit(
                name,
                m.group(0),
                m.end() - len(m.group(0)),
                m.end(),
                "State Council",
                "en.org.typed",
            )
        )
    return out


def _spells(acr: str, name: str) -> bool:
    """'SASAC' abbreviates 'State-owned Assets Supervision and Administration Commission of the
    State Council' (its letters open the name's words, in order), not 'State Council'."""
    initials = [w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    if not initials or initials[0] != acr[0]:
        return False
    i = 0
    for c in initials:
        if i < len(acr) and c == acr[i]:
            i += 1
    return i == len(acr)


def acronyms(text: str, hits: list[OrgHit]) -> list[OrgHit]:
    """'General Administration of Customs (GAC)': every later 'GAC' names that body."""
    defined: dict[str, OrgHit] = {}
    for h in hits:  # of the bodies ending right before '(GAC)', the innermost it abbreviates
        a = _ACRONYM.match(text, h.end)
        if not a:
            continue
        acr, cur = a.group("a"), defined.get(a.group("a"))
        if cur is None or (_spells(acr, h.name), h.start) > (_spells(acr, cur.name), cur.start):
            defined[acr] = h
    out = []
    for acr, hit in defined.items():
        name = hit.name
        for m in re.finditer(rf"\b{re.escape(acr)}\b(?![\w)])", text):
            if text[max(0, m.start() - 1) : m.start()] == "(":
                continue
            sub = _ACR_SUB.match(text, m.end())
            if sub:  # 'the GAC Party Committee' is the body's party committee
                core = " ".join(sub.group("s").split())
                whole = text[m.start() : sub.end()]
                out.append(
                    OrgHit(
                        f"{core} of the {name}", whole, m.start(), sub.end(), name, "en.org.acronym"
                    )
                )
            out.append(OrgHit(name, acr, m.start(), m.end(), None, "en.org.acronym"))
    return out


_TASK_BODY = re.compile(
    r"\b(?:(?P<place>[A-Z][a-z]+)[ \t]+)?(?P<adj>Municipal|Provincial)[ \t]+"
    r"(?P<kind>Leading[ \t]+Group|Committee|Commission|Working[ \t]+Group|Headquarters)[ \t]+"
    r"(?P<task>(?:for|on)[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*"
    # ('... for Discipline Inspection and Provincial Supervisory Commission': two bodies)
    r"(?:[ \t]+(?:(?:the|of|and|for|on)[ \t]+)*"
    r"(?!(?:Stationed|Municipal|Provincial|District|County)\b)[A-Z][\w'’-]*)*)"
)
_AND_MEETING = re.compile(
    r"[ \t]+and[ \t]+(?:the[ \t]+)?(?:[\w'’-]+[ \t]+)*?"
    r"(?:Conference|Meeting|Session|Symposium|Forum|Plenum)\b"
)
_OFFICE_BEFORE = re.compile(r"\b(?P<sub>(?:General[ \t]+)?Office)[ \t]+of[ \t]+the[ \t]+$")


def find_task_bodies(text: str, ctx: Ctx) -> list[OrgHit]:
    """'the Municipal Committee for Comprehensively Deepening Reform', 'the Office of the Mianyang
    Municipal Leading Group for X': a body of the place named by its task, and its office."""
    out = []
    for m in _TASK_BODY.finditer(text):
        level = "city" if m.group("adj") == "Municipal" else "province"
        place = gz.place(m.group("place")) if m.group("place") else None
        if m.group("place") and place is None:
            continue
        place = place or ctx.level(level)
        if place is None:
            continue
        kind = " ".join(m.group("kind").split())
        raw = m.group("task")
        cut = _AND_MEETING.search(raw)  # '... for Discipline Inspection and the X Conference'
        end = m.start("task") + (cut.start() if cut else len(raw))
        task = " ".join(raw[: end - m.start("task")].split())
        name = f"{place.name} {m.group('adj')} {kind} {task}"
        out.append(OrgHit(name, text[m.start() : end], m.start(), end, None, "en.org.task"))
        office = _OFFICE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if office:
            sub = " ".join(office.group("sub").split())
            out.append(
                OrgHit(
                    f"{sub} of the {name}",
                    text[office.start() : m.end()],
                    office.start(),
                    m.end(),
                    name,
                    "en.org.task",
                )
            )
    return out


_LOWER_BODY = re.compile(
    r"\bthe[ \t]+(?P<adj>municipal|provincial|district|county)[ \t]+"
    r"(?P<words>(?:[a-z]+[ \t]+(?:and[ \t]+)?){1,4}?)"
    r"(?P<kind>bureau|commission|department|administration|office|committee)\b(?![ \t]+of\b)"
)
_NOT_A_NAME = {
    *("relevant", "other", "all", "party", "people's", "competent", "related", "each"),
    *("standing", "general", "government", "leading", "working", "cppcc", "news", "press"),
}


def find_lower_bodies(text: str, ctx: Ctx) -> list[OrgHit]:
    """'the municipal forestry and grassland bureau': a body of the place written in lower
    case, named in full ('Ordos Municipal Forestry and Grassland Bureau')."""
    out = []
    for m in _LOWER_BODY.finditer(text):
        words = m.group("words").split()
        if _NOT_A_NAME & set(words):
            continue
        adj = m.group("adj")
        place = ctx.level({"municipal": "city", "provincial": "province"}.get(adj, adj))
        if place is None:
            continue
        name = " ".join(
            w if w == "and" else w[:1].upper() + w[1:] for w in [*words, m.group("kind")]
        )
        start = m.start("adj")
        out.append(
            OrgHit(
                f"{place.adjective} {name}",
                text[start : m.end()],
                start,
                m.end(),
                None,
                "en.org.lower",
            )
        )
    return out


_SESSION = re.compile(
    rf"\b(?P<s>{ORD}[ \t]+Session[ \t]+of[ \t]+the[ \t]+{ORD}[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{1,4}}?"
    r"People['’]s[ \t]+Congress)\b"
)
_PRESIDIUM = re.compile(
    r"\b(?:the[ \t]+)?(?:session['’]s[ \t]+)?[Pp]residium(?:[ \t]+of[ \t]+the[ \t]+session)?\b"
)


def find_presidium(text: str) -> list[OrgHit]:
    """'the presidium (of the session)' of a people's congress session the article names: the
    Presidium of that session."""
    session = _SESSION.search(text)
    if not session:
        return []
    name = f"Presidium of the {' '.join(session.group('s').split())}"
    out = []
    for m in _PRESIDIUM.finditer(text):
        if re.match(r"[ \t]+of[ \t]+the[ \t]+[A-Z0-9]", text[m.end() : m.end() + 12]):
            continue  # 'Presidium of the Fifth Session of ...': named in full elsewhere
        start = m.start() + (4 if m.group(0).lower().startswith("the") else 0)
        out.append(OrgHit(name, text[start : m.end()], start, m.end(), None, "en.org.presidium"))
    return out
