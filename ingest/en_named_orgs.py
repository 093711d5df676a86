"""Bodies known by name rather than by place: national bodies (and their named parts),
outlets (from the gazetteer, or "X Daily", "X Net", "X News Network"), and named
institutions ("Xinjiang Islamic Institute", "Ministry of Commerce").
"""

from __future__ import annotations

import re
from functools import cache

from convene.ingest import en_body_kinds, en_named_subs, en_own_refs
from convene.ingest import en_gazetteer as gz
from convene.ingest.en_orgs import OrgHit


@cache
def _national_re(ignore_case: bool = False) -> re.Pattern[str]:
    """Matched against the lower-cased text: much faster than re.I on a long alternation."""
    keys = [k.lower() for k in gz.national_bodies()]
    if ignore_case:
        return re.compile(rf"\b(?:{gz.alternation(keys)})\b", re.I)
    firsts = "".join(sorted({re.escape(k[0]) for k in keys}))
    return re.compile(rf"\b(?=[{firsts}])(?:{gz.alternation(keys)})\b")


@cache
def _national_names() -> list[str]:
    return sorted(set(gz.national_bodies().values()), key=len, reverse=True)


def find_national(text: str) -> list[OrgHit]:
    """National bodies, and their named parts ('General Office of the CPC Central Committee')."""
    out = []
    low = text.lower()
    same = len(low) == len(text)  # lower() kept the offsets
    for m in _national_re(not same).finditer(low if same else text):
        surface = text[m.start() : m.end()]
        key = re.sub(r"\s+", " ", surface).replace("’", "'").lower()
        name = gz.national_bodies()[key]
        parent = next(
            (
                n
                for n in _national_names()
                if name.startswith(n + " ") or name.endswith(" of the " + n)
            ),
            None,
        )
        out.append(OrgHit(name, surface, m.start(), m.end(), parent))
        if parent and surface.startswith(parent):  # 'State Council Information Office'
            out.append(OrgHit(parent, parent, m.start(), m.start() + len(parent)))
        elif parent:  # 'Political Bureau of the CPC Central Committee' names its parent too
            cut = surface.rfind(" of the ") + len(" of the ")
            cut = cut if cut >= len(" of the ") else 0
            out.append(OrgHit(parent, surface[cut:], m.start() + cut, m.end()))
        sub = _national_sub_re().search(text, max(0, m.start() - 60), m.start())
        if sub:
            head = " ".join(w[:1].upper() + w[1:] for w in sub.group("sub").split())
            if not name.startswith(head):
                out.insert(
                    -1,
                    OrgHit(
                        f"{head} of the {name}",
                        text[sub.start() : m.end()],
                        sub.start(),
                        m.end(),
                        name,
                    ),
                )
    return out


@cache
def _national_sub_re() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?<!\band\s)(?P<sub>{gz.alternation(gz.subbodies())})\s+of\s+(?:the\s+)?$"
    )


_OUTLET_RE = re.compile(  # not 'China News Network' cut from 'Ocean University of China News ...'
    r"\b(?<!of )(?P<outlet>(?:[A-Z][A-Za-z]+[ \t]+(?:of[ \t]+(?=[A-Z]))?){1,3}"
    r"(?:Daily(?:[ \t]+(?:Media|Newspaper)[ \t]+Group|[ \t]+Group|[ \t]+Agency)?|Net"
    r"|News[ \t]+Network|(?:Media|Press)[ \t]+Group|Evening[ \t]+News|Times|Online|Television"
    r"|Radio|Government[ \t]+Portal))\b"
    r"(?P<sub>(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]+(?:Center|Centre))?"
)
_NOT_OUTLET_START = {"The", "From", "Source", "Copyright", "By", "Editor", "News", "Photo", "On"}


@cache
def _outlet_names_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?=[a-z])(?:{gz.alternation([o.lower() for o in gz.outlets()])})\b")


def find_outlets(text: str) -> list[OrgHit]:
    out = []
    low = text.lower()
    if len(low) != len(text):
        low = text
    for m in _outlet_names_re().finditer(low):
        surface = text[m.start() : m.end()]
        name, _, aliases = gz.outlets()[re.sub(r"\s+", " ", m.group(0))]
        out.append(OrgHit(name, surface, m.start(), m.end(), None, "en.org.outlet"))
    crumb = _CRUMB.match(text)
    if crumb and crumb.group("o").split()[0] not in _NOT_OUTLET_START:
        out.append(
            OrgHit(
                crumb.group("o"),
                crumb.group("o"),
                crumb.start("o"),
                crumb.end("o"),
                None,
                "en.org.outlet",
            )
        )
    for m in _OUTLET_RE.finditer(text):
        words = m.group("outlet").split()
        while words and words[0] in _NOT_OUTLET_START:
            words = words[1:]
        if len(words) < 2:
            continue
        outlet = " ".join(words)
        start = m.start("outlet") + m.group("outlet").index(words[0])
        known = gz.outlets().get(outlet.lower())  # 'Tibet Daily' is listed as 'Xizang Daily'
        name = known[0] if known else outlet
        out.append(OrgHit(name, outlet, start, m.end("outlet"), None, "en.org.outlet"))
        if m.group("sub"):
            sub = outlet + m.group("sub")
            out.append(OrgHit(sub, sub, start, m.end(), outlet, "en.org.outlet"))
    return out


# 'Ruian News > Current Affairs': the site named in the page's breadcrumb
_CRUMB = re.compile(r"\A\s*(?P<o>(?:[A-Z][A-Za-z]+[ \t]+){1,2}News)[ \t]*(?:>|\||»)")


def outlet_aliases(name: str) -> tuple[str, ...]:
    hit = gz.outlets().get(name.lower())
    if not hit:
        return ()
    canon, _, aliases = hit
    return tuple(a for a in (canon, *aliases) if a.lower() != name.lower() and "." not in a)


_NAME_WORD = (
    r"(?!(?:News|Network|Net|Daily|Online|Address|Headlines|Copyright|Tel|Source|Author|Host)\b)"
    r"[A-Z][a-z]+"
)
_POSS = r"(?:People|Women|Children|Workers)['’]s?"  # 'People's Bank of China', not "Finland's"
_NAMED_ORG_RE = re.compile(  # every form opens with a capital: a cheap test first
    rf"(?=[A-Z])(?:\b(?:The\s+)?(?:(?:[A-Z][a-z]+|{_POSS})(?:-[A-Z][a-z]+)*\s+(?:(?:of|for|and)\s+)?){{1,5}}"
    r"(?:Council|Institute|Association|University|Federation|Academy|Foundation|Society|College"
    r"|Hospital|Corporation|Company|Bank|Corps|Command|Industries)\b(?:[ \t]+Limited\b)?"
    # 'of China', but not the page furniture after a name ('... of China News Network  Address')
    rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?{_NAME_WORD}(?:[ \t](?:and[ \t])?{_NAME_WORD})*)?"
    r"|\bMinistry\s+of\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:\s+(?:and\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)*)*"
    # companies: 'Hankou Ruixin Machinery Co., Ltd.', 'Jiangcheng Steel Group Co., Ltd.'
    r"|\b(?:(?:[A-Z][\w&'’-]*|\([A-Z][a-z]+\))\s+(?:and\s+)?){1,6}"
    r"(?:Co\.,?\s*Ltd\.|(?:Company|Corporation)\s+Limited"
    r"|Co\.(?!,?\s*Ltd))"
    # national bodies named by their work: 'State Flood Control and Drought Relief Headquarters'
    r"|\b(?:State|National)\s+(?:[A-Z][a-z]+\s+(?:and\s+)?){1,6}"
    r"(?:Headquarters|Administration|Commission|Bureau)\b)"
)
# a named part of a ministry: 'Department of Crop Production of the Ministry of Water Resources'
_PART_OF_NAMED = re.compile(
    r"\b(?:Department|Bureau|Office|Division)\s+of\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
    r"(?:\s+(?:and\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)*)*"
    r"\s+of\s+the\s+(?=Ministry\b)"
)


_GENERIC = {
    *("The", "Group", "Company", "Corporation", "University", "College", "Bank", "Institute"),
    *("Academy", "Hospital", "Council", "Association", "Federation", "Society", "Limited"),
}
_BODY_AND = re.compile(
    r"(?:Government|Committee|Congress|Commission|Bureau|Department|Office|Court)\s+and\s+"
)


@cache
def _AND_TITLE() -> re.Pattern[str]:  # noqa: N802 - a compiled constant, built on first use
    return re.compile(rf"\s+and\s+(?=(?i:{gz.titles_re()})(?:s|men|women)?\b)")


def find_named(text: str) -> list[OrgHit]:
    out = []
    for m in _NAMED_ORG_RE.finditer(text):
        if "\n" in m.group(0):  # a breadcrumb above a headline is not one name
            continue
        m = _after_person(text, m)
        leads = list(_BODY_AND.finditer(m.group(0)))
        lead = leads[-1] if leads else None
        if lead:  # "the X People's Government and Nordhavn Industries": two bodies
            m = _NAMED_ORG_RE.match(text, m.start() + lead.end(), m.end()) or m
        cut = _AND_TITLE().search(m.group(0))
        if cut:  # 'Ministry of Water Resources and Vice Ministers A, B': the body ends before
            m = _NAMED_ORG_RE.match(text, m.start(), m.start() + cut.start()) or m
        name = re.sub(r"\s+", " ", m.group(0))
        if set(name.split()) <= _GENERIC:  # 'the Group Company': the page's own (en_named_subs)
            continue
        part = next(
            (
                p
                for p in _PART_OF_NAMED.finditer(text, max(0, m.start() - 80), m.end())
                if p.end() == m.start()
            ),
            None,
        )
        if part:
            whole = re.sub(r"\s+", " ", text[part.start() : m.end()])
            out.append(OrgHit(whole, whole, part.start(), m.end(), name, "en.org.named"))
        hit = OrgHit(name, m.group(0), m.start(), m.end(), None, "en.org.named")
        out += en_named_subs.split_nested(hit, _whole)
    typed = en_body_kinds.find_typed(text)  # 'University of China' inside 'Ocean University of
    typed = [t for t in typed if not any(n.start < t.start < n.end for n in out)]
    out += _of_the_ministry(text, out) + typed
    out += en_body_kinds.acronyms(text, out + find_national(text))
    out += en_named_subs.subs_of(text, out)
    own = en_own_refs.own_refs(text, out)  # 'the university', 'the Qingdao Branch'
    return en_named_subs.one_spelling(out + own + en_named_subs.subs_of(text, own))


def _whole(s: str) -> bool:
    """A body's name by itself: 'Ocean University of China' in 'Party Committee of ...'."""
    return _NAMED_ORG_RE.fullmatch(s) is not None


_OF_THE_MINISTRY = re.compile(
    r"\b(?:Department|Bureau|Office|Division)\s+of\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
    r"(?:\s+(?:and\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)*)*"
    r"(?=\s+of\s+the\s+(?i:ministry)\b)"
)


def _of_the_ministry(text: str, named: list[OrgHit]) -> list[OrgHit]:
    """'Director-General of the Department of X of the ministry': the one ministry named."""
    ministries = {h.name for h in named if h.name.startswith("Ministry of ")}
    if len(ministries) != 1:
        return []
    (ministry,) = ministries
    out = []
    for m in _OF_THE_MINISTRY.finditer(text):
        surface = re.sub(r"\s+", " ", m.group(0))
        whole = f"{surface} of the {ministry}"
        out.append(OrgHit(whole, m.group(0), m.start(), m.end(), ministry, "en.org.named"))
    return out


def is_national(name: str | None) -> bool:
    """A body of the central state: the national bodies, ministries, State/National bodies."""
    if not name:
        return False
    return name in set(gz.national_bodies().values()) or bool(
        re.match(r"(?:Ministry\s+of|State|National)\s", name)
    )


@cache
def _person_head_re() -> re.Pattern[str]:
    """A title or a Han name before ' of ': 'Professor Ren Qiuping of Northwest University'."""
    return re.compile(rf"\b(?i:{gz.titles_re()})\b|\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\s+of\s")


def _after_person(text: str, m: re.Match[str]) -> re.Match[str]:
    """Cut a person ('Professor X of') off the front of a named body."""
    best = m  # the last cut that leaves a body ('President of X University of Forestry')
    for of in re.finditer(r"\s+of\s+(?:the\s+)?", m.group(0)):
        head = m.group(0)[: of.start() + 4]
        h = _person_head_re().search(head)
        if h and (h.group(1) is None or gz.is_han_name(h.group(1), h.group(2))):
            best = _NAMED_ORG_RE.match(text, m.start() + of.end(), m.end()) or best
    return best
