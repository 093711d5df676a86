"""Counties, districts and county-level cities (zh_counties.tsv): their short names and the
prefecture each belongs to, for pages that name a county or district without its city
(芝罘区 is 烟台市's) or only by its outlet (浏阳日报 is 浏阳市's)."""

from __future__ import annotations

import re
from functools import cache

from .zh_lexicon import HAN, Place, county_rows, lexicon

LOCAL_SUFFIX = "自治县|自治旗|县|区|旗|市"


def short_of(name: str) -> str:
    """婺源县 -> 婺源, 长阳土家族自治县 -> 长阳, 越秀区 -> 越秀."""
    short = re.sub(f"(?:{LOCAL_SUFFIX})$", "", name)
    return re.sub("(?:[\u4e00-\u9fff]{1,4}?族)+自治$|自治$", "", short) or short


@cache
def _county_cities() -> dict[str, tuple[str, ...]]:
    """County, district or county-level city (full and short name) -> its prefectures
    (zh_counties.tsv; one name may belong to several: 鼓楼区)."""
    out: dict[str, set[str]] = {}
    for name, city, _province in county_rows():
        for key in {name, short_of(name)}:
            if city and len(key) >= 2:
                out.setdefault(key, set()).add(city)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def county_city(name: str, text: str) -> Place | None:
    """The prefecture of a county or district the gazetteer's places do not hold: the only
    one of its name, else the one the text names."""
    cities = _county_cities().get(name) or _county_cities().get(short_of(name)) or ()
    places = [p for c in cities if (p := lexicon().place_by_name(c))]
    if len(places) > 1:
        places = [p for p in places if p.name in text or p.short in text]
    return places[0] if len(places) == 1 else None


OUTLET_HEAD = re.compile(f"([{HAN}]{{2,3}}?)(?:新闻网|日报|融媒|发布|在线|网)")


def outlet_county(text: str, source: str) -> list[Place]:
    """浏阳日报, 浏阳新闻网 > …: a county-level outlet named by the county's short name (in the
    county gazetteer, not a prefecture's), whose page's 市委/县委 is that county's."""
    first = text.split("\n", 1)[0]
    for where in (source, first):
        m = OUTLET_HEAD.match(where)
        if not m or lexicon().place_by_name(m.group(1)):
            continue
        names = _county_names().get(m.group(1), ())
        if len(names) != 1:
            continue
        name, city_name, province = names[0]
        city = lexicon().place_by_name(city_name)
        level = "county" if name.endswith(("县", "旗", "市")) else "district"
        full = city.name + name if city and level == "district" else name
        return [Place(full, short_of(name), level, province, city.name if city else "")]
    return []


@cache
def _county_names() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Short name of a county (浏阳) -> its rows (name, prefecture, province)."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for row in county_rows():
        out.setdefault(short_of(row[0]), []).append(row)
    return {k: tuple(v) for k, v in out.items()}
