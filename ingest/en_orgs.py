"""Bodies named in an English article, written out in full with their place.

"the Party Committee of the Autonomous Region" on a Xinjiang page becomes
"Xinjiang Uygur Autonomous Region Party Committee"; a sub-body ("Standing Committee of ...")
yields itself and its parent, with part_of pointing from the one to the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_gazetteer import Place

ORD = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
    r"|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth"
    r"|Nineteenth|Twentieth)"
)
APOS = "['’]"


@dataclass(frozen=True)
class Ctx:
    """The places the article's unqualified adjectives ("Provincial", "Municipal") point to."""

    province: Place | None = None
    city: Place | None = None
    county: Place | None = None  # a county or district the article is about

    def level(self, level: str) -> Place | None:
        if level in ("ar", "province"):
            return self.province
        if level in ("county", "district"):
            return self.county
        if level == "city":
            if self.city is None and self.province and self.province.kind == "municipality":
                return self.province
            return self.city
        return None


@dataclass(frozen=True)
class OrgHit:
    name: str
    surface: str
    start: int
    end: int
    part_of: str | None = None
    rule: str = "en.org"


# a town or zone named after its body: 'the Party Committee of Shuangqiao Town', 'the Management
# Committee of the Lingang New Area' (the place gazetteer lists no towns or zones)
_UNIT = (
    r"(?:[A-Z][\w-]*[ \t]+){1,3}(?:Town|Township|New[ \t]+Area"
    r"|(?:Economic|High-[Tt]ech|Hi-[Tt]ech|Industrial|Development|Technological|[ \t])*Zone)\b"
)
_UNIT_RE = re.compile(_UNIT)


# 'the Party Committee of Baotou Iron and Steel ...': a body named after a place, not the place's
_NOT_NAMED_AFTER = (
    r"(?![ \t]+(?!(?:Province|City|Municipality|Autonomous|Prefecture|County|District|Region"
    r"|League|Municipal|Provincial)\b)[A-Z][a-z])"
)


@cache
def _org_re() -> re.Pattern[str]:
    cap = set(gz.subbodies_cap())
    anycase = gz.alternation([s for s in gz.subbodies() if s not in cap])
    # 'the Fifth Supervision Group of the X': an ordinal names one of several
    # ('Discipline Inspection and Supervision Group' is one head, not a 'Supervision Group')
    sub = rf"(?<!\band\s)(?:{ORD}\s+)?(?:(?i:{anycase})|{gz.alternation(list(cap))})"
    adj = gz.alternation([a for a in gz.place_adjectives() if a not in ("national", "central")])
    place = rf"(?=[A-Z])(?:{gz.place_names_re()})"
    core = gz.body_core_re()
    district = r"[A-Z][a-z]+\s+(?:District|County|Town|Township|New\s+Area)"
    # 'Leading Group for Comprehensively Deepening Reform of the X': a sub-body named by its task
    task = r"(?:\s+(?:for|on)(?:\s+(?:and\s+)?[A-Z][\w-]*){1,6}?(?=\s+of\s))?"
    subp = (
        rf"(?:(?:{sub}){task}(?:\s+of\s+[\"“][^\"”]{{1,30}}[\"”])?\s+of\s+(?:the\s+)?"
        rf"(?:{ORD}\s+Session\s+of\s+(?:the\s+)?)?)"
    )
    pre = (
        rf"(?:(?P<ord>{ORD})\s+)?(?:(?P<cpc>CPC|Communist\s+Party\s+of\s+China)\s+(?=[A-Z])"
        rf"|(?P<cppcc>CPPCC)\s+(?=[A-Z][a-z]+\s+(?:District|County|Municipal|City)\s))?"
        # 'Zhongshan District' is a district even where a city elsewhere has that name
        rf"(?:(?:(?P<dcity>{place})\s+)?(?P<district>{district})\s+|(?P<place>{place})\s+"
        rf"|(?!(?:The|A|An|This|That|Each|Every|All|Our|Its|Whole|Entire)\s)"
        rf"(?P<uplace>[A-Z][a-z]+)\s+(?=(?:Municipal|City)\s))?"
        rf"(?:(?P<adj>(?i:{adj}))\s+)?"
    )
    post = (
        rf"(?:(?:\s+of\s+(?:the\s+)?(?:(?P<pord>{ORD})\s+)?"
        rf"(?P<ppost>{_UNIT}|(?:{place})(?:\s+(?i:{adj}))?"
        rf"|(?i:autonomous\s+region|province|city|region)\b))"
        # 'the Party Committee of the Qingdao Branch of the X': a body named after a place
        rf"(?![ \t]+[A-Z][\w-]*[ \t]+of[ \t]+the\b){_NOT_NAMED_AFTER})"
    )
    abbr = "|".join(gz.abbreviations())
    generic = (  # 'Water Resources Bureau', 'Department of Education' (only with a place before it)
        r"(?:(?!(?:The|Municipal|Provincial|City|County|District|Standing|Central)\b)"
        # 'Tourism, Culture, Radio, Television and Sports Bureau'
        r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:,(?=[ \t]+[A-Z]))?[ \t]+(?:and[ \t]+)?){1,7}"
        r"(?:Bureau|Department|Commission|Administration"
        r"|Headquarters|Office|Committee)"
        r"|(?:Department|Bureau|Commission)[ \t]+of[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
        r"(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,3}"
    )
    # 'the CPC Hubei Provincial Committee' is the provincial party committee, 'the CPPCC Heping
    # District Committee' that district's CPPCC committee
    prefixed = r"(?(cpc)Committee|(?(cppcc)Committee|(?!x)x))"
    core_alt = rf"(?P<core>(?i:{core})|{abbr}|{generic}|{prefixed})"
    # 'the Yongchuan District Committee of the Communist Party of China': its party committee
    cpcof = r"(?P<cpcof>(?<=Committee)\s+of\s+the\s+(?:CPC|Communist\s+Party\s+of\s+China)\b)?"
    body = rf"(?P<subs>{subp}*){pre}{core_alt}(?![\w-]){cpcof}{post}?"
    # a sub-body named only by its place: 'Leading Group of "Six Projects" of the Autonomous Region'
    only_sub = (
        rf"(?P<osub>{sub})(?:\s+of\s+(?P<quoted>[\"“][^\"”]{{1,30}}[\"”]))?\s+of\s+(?:the\s+)?"
        rf"(?P<oplace>{_UNIT}|(?:{place})(?:\s+(?i:{adj}))?|Autonomous\s+Region){_NOT_NAMED_AFTER}"
    )
    return re.compile(rf"\b(?=\w)(?:{body}|{only_sub})")


def _resolve_place(m: re.Match[str], ctx: Ctx) -> tuple[Place | None, str | None]:
    """The place a body phrase names, and its district if it names one."""
    prov = ctx.province.province if ctx.province else None
    for key in ("place", "ppost", "oplace"):
        val = m.groupdict().get(key)
        if not val:
            continue
        if key != "place" and _UNIT_RE.fullmatch(val):
            unit = re.sub(r"\s+", " ", val)
            return Place(unit, "town", "", unit, ()), None
        words = re.sub(r"\s+", " ", val)
        p = gz.place(words, prov)
        while p is None and " " in words:  # "Xianning Municipal" -> "Xianning"
            words = words.rsplit(" ", 1)[0]
            p = gz.place(words, prov)
        if p:  # 'the CPPCC Heping District Committee of Tianjin': the district of that city
            district = m.groupdict().get("district") if key == "ppost" else None
            return p, district
        level = gz.place_adjectives().get(re.sub(r"\s+", " ", val).lower())
        if level:
            return ctx.level(level), None
    if m.groupdict().get("uplace") and m.group("uplace") not in gz.name_stopwords():
        # a city the gazetteer does not list
        name = m.group("uplace")
        return Place(name, "city", ctx.province.name if ctx.province else "", name, ()), None
    if m.group("district") if "district" in m.groupdict() else None:
        dcity = gz.place(m.group("dcity"), prov) if m.group("dcity") else None
        return dcity or ctx.city or ctx.province, m.group("district")
    adj = m.groupdict().get("adj")
    if adj:
        return ctx.level(gz.place_adjectives().get(re.sub(r"\s+", " ", adj).lower(), "")), None
    return None, None


_ARCHIVES_NEXT = re.compile(r"(?:\s*[,.;)]|\s*$|\s+(?:made|held|has|have|is|was|were|and|of)\b)")


def _archives_body(m: re.Match[str]) -> bool:
    """'Zhenhai District Archives made a speech' is a body; 'archives work' is not."""
    return m.group("core") == "Archives" and bool(_ARCHIVES_NEXT.match(m.string, m.end()))


_SHARED = re.compile(
    r"\s+and\s+(?:the\s+)?[A-Z][^,.;]{0,60}?\s+of\s+(?:the\s+)?(?P<p>Autonomous\s+Region|Province|City)\b"
)


def _shared_place(m: re.Match[str], ctx: Ctx) -> Place | None:
    """'the Higher People's Court and the People's Procuratorate of the Autonomous Region'."""
    s = _SHARED.match(m.string, m.end())
    if not s:
        return None
    level = {"Autonomous Region": "ar", "Province": "province", "City": "city"}[
        re.sub(r"\s+", " ", s.group("p"))
    ]
    return ctx.level(level)


def _prefix(p: Place) -> str:
    return p.adjective


def base_name(core: str, p: Place | None, district: str | None = None) -> str | None:
    """'Zhejiang' + "People's Congress" -> "Zhejiang Provincial People's Congress"."""
    abbr = gz.abbreviations().get(core.upper()) if core.isupper() else None
    canon = abbr[1] if abbr else gz.canonical_core(core)
    if abbr and abbr[0] == "national":
        return canon
    if p is None and not district:
        return None
    if district:  # 'Ningbo Zhenhai District', but 'Changxing County', 'Lijiaxiang Town'
        city = (
            p.name
            if p and p.kind in ("city", "municipality") and district.endswith("District")
            else ""
        )
        return re.sub(r"\s+", " ", f"{city} {district} {canon}").strip()
    if p.kind == "country":
        return canon
    return f"{_prefix(p)} {canon}"


_SUB_SPLIT = re.compile(
    rf"(?P<sub>[A-Za-z' ’]+?)(?:\s+of\s+(?P<q>[\"“][^\"”]+[\"”]))?\s+of\s+(?:the\s+)?"
    rf"(?:(?P<sess>{ORD}\s+Session)\s+of\s+(?:the\s+)?)?"
)


def _title(s: str) -> str:
    small = {"of", "the", "and", "for"}
    words = re.sub(r"\s+", " ", s).strip().split(" ")
    return " ".join(w if (w in small or w.isupper()) else w[:1].upper() + w[1:] for w in words)


def parse(m: re.Match[str], ctx: Ctx) -> list[OrgHit]:
    """Full names for one body phrase: the outermost body first, then its parents."""
    surface = m.group(0)
    place, district = _resolve_place(m, ctx)
    if m.groupdict().get("osub"):
        if place is None:
            return []
        quoted = (m.group("quoted") or "").replace("“", '"').replace("”", '"')
        name = f"{quoted} {_title(m.group('osub'))} of the {place.full}".strip()
        return [OrgHit(name, surface, m.start(), m.end(), None, "en.org.sub")]
    core = re.sub(r"\s+", " ", m.group("core"))
    if (m.group("cpc") or m.groupdict().get("cpcof")) and core == "Committee":
        core = "Party Committee"
    if m.group("cppcc") and core == "Committee":
        core = "CPPCC Committee"
    if core.lower() == "archives" and not _archives_body(m):
        return []
    abbr = gz.abbreviations().get(core) if core.isupper() else None
    if place is None and abbr and abbr[0] in ("city", "province"):
        place = ctx.level(abbr[0])
    if place is None and not district:
        place = _shared_place(m, ctx)
    base = base_name(core, place, district)
    if base is None:
        return []
    if place and (m.group("adj") or "").lower() == "prefectural":  # 'Liangshan Prefectural'
        base = base.replace(f"{place.name} Municipal ", f"{place.name} Prefectural ", 1)
    hits: list[OrgHit] = []
    core_start = m.start("core")
    inner_start = m.start("ord") if m.group("ord") else core_start
    if m.group("place"):
        inner_start = min(inner_start, m.start("place"))
    if m.group("uplace"):
        inner_start = min(inner_start, m.start("uplace"))
    if m.group("cpc"):
        inner_start = min(inner_start, m.start("cpc"))
    if m.group("cppcc"):
        inner_start = min(inner_start, m.start("cppcc"))
    if m.group("district"):
        first = "dcity" if m.group("dcity") else "district"
        inner_start = min(inner_start, m.start(first))
    if m.group("adj"):
        inner_start = min(inner_start, m.start("adj"))
    inner_surface = m.string[inner_start : m.end()]
    hits.append(OrgHit(base, inner_surface, inner_start, m.end(), None))
    subs = m.group("subs") or ""
    parts = [p for p in _SUB_SPLIT.finditer(subs)]
    name, parent = base, None
    ordinal = m.group("ord") or m.group("pord")
    for i, sp in enumerate(reversed(parts)):
        parent = name
        head = _title(sp.group("sub"))
        if sp.group("sess"):
            congress = f"{ordinal} {base}" if ordinal else base
            name = f"{head} of the {_title(sp.group('sess'))} of the {congress}"
        elif sp.group("q"):
            q = sp.group("q").replace("“", '"').replace("”", '"')
            name = f"{q} {head} of the {parent}"
        else:
            name = f"{head} of the {parent}"
        start = m.start() + parts[len(parts) - 1 - i].start()
        hits.insert(0, OrgHit(name, m.string[start : m.end()], start, m.end(), parent))
    return hits


_BODY_WORD = re.compile(
    r"(?i:committee|government|congress|cppcc|mpc|ppc|cdi|commission|court|procuratorate|bureau"
    r"|archives|department|administration|office|group|presidium|conference|federation|school|district"
    r"|headquarters|town)"
)


def find_bodies(text: str, ctx: Ctx, sents: list[tuple[int, int]] | None = None) -> list[OrgHit]:
    out: list[OrgHit] = []
    for s, e in sents or [(0, len(text))]:
        if not _BODY_WORD.search(text, s, e):  # most sentences name no body: skip the big regex
            continue
        for m in _org_re().finditer(text, s, e):
            name = _NAME_TAIL.search(m.group(0))
            if name and gz.is_han_name(name.group(1), name.group(2)):
                # 'Director of the Department of Water Resources Fei Jianming': stop at the name
                m = _org_re().match(text, m.start(), m.start() + name.start()) or m
            out.extend(parse(m, ctx))
    return out


_NAME_TAIL = re.compile(r"\s+([A-Z][a-z]+)\s+([A-Z][a-z]+(?:-[a-z]+)?)$")
