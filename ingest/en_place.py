"""Which province and city an English article is about, and so its jurisdiction.

Evidence: place names in the text (a full name or "X Provincial" weighs more than "in X"),
the outlet (Zhejiang Daily -> Zhejiang; ingest/meta.py's outlet_place where it exists), and
the adjectives the text uses: an article full of "Municipal" bodies is about its city.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_gazetteer import Place
from convene.ingest.en_named_orgs import find_outlets
from convene.ingest.en_orgs import Ctx
from convene.ingest.rx import rx as cached_re

_PROV_ADJ = re.compile(r"\b(?:Provincial|provincial|Province|Autonomous\s+Region|Regional|PPC)\b")
_CITY_ADJ = re.compile(
    r"\b(?:Municipal|municipal|MPC|City|city-wide|citywide|city['’]s|Prefectural|prefectural)\b"
)
_NATIONAL = re.compile(
    r"\b(?:State\s+Council|CPC\s+Central\s+Committee|National\s+People['’]s\s+Congress)\b"
)
_UNKNOWN_CITY = re.compile(r"\b(?P<name>[A-Z][a-z]+)[ \t]+(?:Municipal|City|MPC)\b")
_COUNTY_ADJ = re.compile(r"\b(?:County|county|District|district|county-wide|county['’]s)\b")
_MAYOR = re.compile(r"\bMayors?\b")  # a mayor on the page: its city's bodies are meant
_COUNTY_NAME = re.compile(r"\b(?P<name>[A-Z][a-z]+)[ \t]+(?P<kind>County|District)\b")


def _county(text: str, title: str, sources: list[str]) -> tuple[Place | None, int]:
    """The county or district the report is about, and how strongly: named in the headline
    (3), else the one the text names most, counted once more when an outlet bears its name."""
    m = _COUNTY_NAME.search(title)
    if m and m.group("name") not in gz.name_stopwords():
        full = f"{m.group('name')} {m.group('kind')}"
        return Place(full, m.group("kind").lower(), "", _with_city(text, full), ()), 3
    names = Counter(
        (m.group("name"), m.group("kind"))
        for m in _COUNTY_NAME.finditer(text)
        if m.group("name") not in gz.name_stopwords() and gz.place(m.group("name")) is None
    )
    if not names:
        return _outlet_county(text, sources)
    (name, kind), n = names.most_common(1)[0]
    own = any(src.split()[0] == name for src in sources if src)
    if n < 2 and not own:
        return None, 0
    full = f"{name} {kind}"
    return Place(full, kind.lower(), "", _with_city(text, full), ()), int(own)


_OUR_UNIT = re.compile(r"\b(?:our|the\s+whole)\s+(?P<kind>county|district)\b")


def _outlet_county(text: str, sources: list[str]) -> tuple[Place | None, int]:
    """'Wujiang Daily' reporting what 'our district' did: the district named after the outlet
    (a place the gazetteer does not list)."""
    kinds = Counter(m.group("kind") for m in _OUR_UNIT.finditer(text))
    if not kinds:
        return None, 0
    kind = kinds.most_common(1)[0][0].capitalize()
    for src in sources:
        word = src.split()[0] if len(src.split()) > 1 else ""
        if (
            re.fullmatch(r"[A-Z][a-z]{2,}", word)
            and gz.place(word) is None
            and word not in gz.name_stopwords()
        ):
            full = f"{word} {kind}"
            return Place(full, kind.lower(), "", _with_city(text, full), ()), 1
    return None, 0


def _with_city(text: str, full: str) -> str:
    """'Tianjin Heping District' where the text puts the district in a city ('the Heping District
    Committee of Tianjin', 'Tianjin's Heping District'); else the district alone."""
    d = re.escape(full.split()[0])
    for rx in (
        rf"\b{d}\s+(?:District|County)\b[^.;\n]{{0,40}}?\bof\s+(?P<c>[A-Z][a-z]+)\b(?!\s+[A-Z])",
        rf"\b(?P<c>[A-Z][a-z]+)(?:['’]s)?\s+{d}\s+(?:District|County)\b",
    ):
        for m in re.finditer(rx, text):
            p = gz.place(m.group("c"))
            if p is not None and p.kind in ("city", "municipality"):
                return f"{p.name} {full}"
    return full


def _district_of(county: Place | None, city: Place | None) -> Place | None:
    """A district's bodies carry the city it is in ('Zhuzhou Tianyuan District Party Committee')
    where the page's city is known; a county's keep their own name."""
    if county is None or city is None or county.kind != "district":
        return county
    if city.kind not in ("city", "municipality"):
        return county
    if county.full != county.name:
        return county
    return Place(county.name, county.kind, county.province, f"{city.name} {county.name}", ())


_STRONG_AFTER = re.compile(r"\s+(?:Provincial|Province|Municipal|City|MPC|Uygur|Autonomous)\b")


@cache
def _places_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?=[A-Z])(?:{gz.place_names_re()})\b")


def _outlet_place(source: str) -> str | None:
    try:  # written by another stage; optional
        from convene.ingest.meta import outlet_place  # type: ignore[attr-defined]

        where = outlet_place(source)
        if where:
            return where
    except Exception:  # noqa: BLE001 - meta.py may be absent or unfinished
        pass
    hit = gz.outlets().get(source.lower())
    if hit:
        return hit[1]
    words = source.split()  # "Jiangsu Daily", "Yiwu Net": an outlet named after its place
    for n in (2, 1):
        if len(words) > n and gz.place(" ".join(words[:n])):
            return " ".join(words[:n])
    return None


def _unlisted_outlet_places(text: str, sources: list[str]) -> set[str]:
    """An outlet named after a place the gazetteer lacks ('Jinjiang Daily'), where the text also
    uses that name as a place ('in Jinjiang', 'Jinjiang held', "Jinjiang's")."""
    out = set()
    for src in sources:
        word = src.split()[0] if src.split() else ""
        if not re.fullmatch(r"[A-Z][a-z]{2,}", word) or len(src.split()) < 2:
            continue
        if gz.place(word) is not None or word in gz.name_stopwords():
            continue
        if re.search(rf"\b(?:in|of|to)\s+{word}\b(?!\s+[A-Z])|\b{word}(?:['’]s|\s+held)\b", text):
            out.add(word)
    return out


_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")


def _given_name(text: str, m: re.Match[str]) -> bool:
    """'Lu Xinyu' is a person whose given name reads like the city Xinyu."""
    before = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
    return bool(before) and gz.is_han_name(before.group(1), m.group(0))


def article_ctx(article) -> tuple[Ctx, str | None]:
    text = article.text
    prov: Counter[Place] = Counter()
    city: Counter[Place] = Counter()
    for m in _places_re().finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start : line_start + 1] == "#":
            continue
        p = gz.place(m.group(0))
        if p is None or p.kind == "country" or _given_name(text, m):
            continue
        weight = 0.5 if text[max(0, m.start() - 3) : m.start()] == "in " else 1.0
        if _STRONG_AFTER.match(text, m.end()) or p.full == m.group(0) != p.name:
            weight += 1.5
        if p.kind == "city":
            city[p] += weight
            big = gz.place(p.province)
            if big:
                prov[big] += weight / 2
        else:
            prov[p] += weight
    sources = [s for s in re.split(r"\s*[-/]\s*", article.source or "") if s]
    sources += [h.surface for h in find_outlets(text)]
    national = 0
    for src in sources:
        where = _outlet_place(src)
        p = gz.place(where) if where else None
        if p is not None and p.kind == "country":
            national += 1
        if p is None or p.kind == "country":
            continue
        if p.kind == "city":
            city[p] += 1
            big = gz.place(p.province)
            if big:
                prov[big] += 2
        else:
            prov[p] += 2
    province = prov.most_common(1)[0][0] if prov else None
    for m in _UNKNOWN_CITY.finditer(
        text
    ):  # 'Yiwu Municipal Party Committee': a city we do not list
        name = m.group("name")
        if gz.place(name) is None and name not in gz.name_stopwords():
            city[Place(name, "city", province.name if province else "", name, ())] += 1.5
    for name in _unlisted_outlet_places(text, sources):  # 'Jinjiang Daily' and 'in Jinjiang'
        city[Place(name, "city", province.name if province else "", name, ())] += 1
    in_prov = [
        (c, n) for c, n in city.most_common() if province is None or c.province == province.name
    ]
    city_adj = len(_CITY_ADJ.findall(text))
    best_city = None
    if in_prov:
        known = gz.place(in_prov[0][0].name, province.name if province else None)
        best_city = known or in_prov[0][0]
    title = article.title or text.split("\n", 1)[0]
    if best_city and cached_re(rf"(?<!in )\b{re.escape(best_city.name)}\b").search(title):
        city_adj += 3
    if province is None and best_city:
        province = gz.place(best_city.province)
    county, bonus = _county(text, title, sources)
    city_ctx = best_city if city_adj or _MAYOR.search(text) else None
    muni = province if province is not None and province.kind == "municipality" else None
    ctx = Ctx(province, city_ctx, _district_of(county, city_ctx or muni))
    prov_adj = len(_PROV_ADJ.findall(text))
    if county and len(_COUNTY_ADJ.findall(text)) + bonus > max(city_adj, prov_adj):
        return ctx, county.full
    if ctx.city and city_adj > prov_adj:
        return ctx, ctx.city.name
    if province is not None:
        return ctx, province.full
    if national or _NATIONAL.search(text):
        return ctx, "China"
    return ctx, None
