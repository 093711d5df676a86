"""Article-level context for the Chinese extractor: credit lines to skip, and the jurisdiction.

Credits (记者 X, 作者：, 责任编辑：, X/摄) belong to another stage; their names must not become
participants, so their spans are skipped here. The jurisdiction is the place whose bodies
the article is about: the level comes from the bodies it names without a place (省委 -> a
province, 市委 -> a city), the place from the places it writes out, else from the outlet.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .facts import Article
from .rx import rx
from .zh_lexicon import Place, lexicon
from .zh_orgs import Context, session_organizer
from .zh_places import LOCAL_LEVELS, icp_province, local_places

CREDIT_PATTERNS = (
    r"[（(][^（）()]*?(?:记者|通讯员|摄影|/摄|编辑)[^（）()]*[）)]",
    r"(?:作者|责任编辑|编辑|摄影|摄像|记者|通讯员|校对|审核|来源)[：:]"
    r"[^\n]*?(?=\u3000\u3000|  |\n|$)",
    r"[^\s\u3000（(：:]{2,4}\s*/\s*摄",
    r"(?:实习)?记者[\s\u3000]+[^\n，。）)]*",
)
PROVINCE_HINTS = r"省委|省政府|省人大|省政协|全省|我省|省纪委|省长"
ADDRESS = re.compile(r"地址[：:]\s*(?:[\u4e00-\u9fff]{2,8}?省)?([\u4e00-\u9fff]{2,6}?市)")
CITY_HINTS = (
    r"市委|市政府|市人民政府|市人大|市[一二三四五六七八九十]+届人大|市政协|全市|我市|市长"
    r"|州委|州政府|州人民政府|州人大|州政协|全州|我州|州长"
)
REGION_HINTS = r"自治区党委|自治区人民政府|自治区政府|全区|自治区主席"
NATIONAL_HINTS = (
    r"全国|党中央|中共中央|中央[\u4e00-\u9fff]{1,6}[厅部馆委]|国务院|国家[\u4e00-\u9fff]{1,6}局"
)
LOCAL_HINTS = (
    r"(?<![自社地园城景辖山片街小郊矿])"
    r"(?:{L}委|{L}政府|{L}人民政府|{L}人大|{L}政协|全{L}|我{L}|{L}长|{L}纪委|{L}监委|{L}领导"
    r"|{L}(?:人民)?法院|{L}(?:人民)?检察院)"
)
SESSION_RE = (
    r"[\u4e00-\u9fff]{2,10}?(?:市|省|自治区|州|县)"
    r"第[一二三四五六七八九十]+届人民代表大会第[一二三四五六七八九十]+次会议"
    r"|中国共产党[\u4e00-\u9fff]{2,12}?(?:市|省|自治区|州|县)第[一二三四五六七八九十]+次代表大会"
    r"|(?:政协|中国人民政治协商会议)[\u4e00-\u9fff]{2,12}?(?:市|省|自治区|州|县|区|旗)"
    r"第[一二三四五六七八九十]+届委员会第[一二三四五六七八九十]+次会议"
)


def credit_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for p in CREDIT_PATTERNS for m in re.finditer(p, text)]


def _outlet_place(source: str | None) -> Place | None:
    """The place of the outlet, from convene.ingest.meta when that module exists."""
    if not source:
        return None
    try:
        from .meta import outlet_place  # written by another stage; optional here
    except ImportError:
        return None
    name = outlet_place(source)
    return lexicon().place_by_name(name) if name else None


def _place_counts(text: str, places) -> Counter[Place]:
    """Mentions of each place, in full or short (a short name followed by another level's
    word is another place: 湘潭县 is not 湘潭市)."""
    counts: Counter[Place] = Counter()
    for place in places:
        n = text.count(place.name)
        if place.short != place.name and len(place.short) >= 2 and place.level not in LOCAL_LEVELS:
            rest = place.name[len(place.short) :]
            if place.short in text:
                n += len(rx(f"{re.escape(place.short)}(?!{rest}|[县区旗市])").findall(text))
        if n:
            counts[place] += n
    return counts


def _province_of(place: Place | None) -> Place | None:
    return lexicon().place_by_name(place.province) if place and place.province else None


def _local_context(
    local: list[Place], counts: Counter[Place], province: Place | None, session: str | None
) -> tuple[str, Context]:
    """A county or district article: the place, its prefecture and its province."""
    place = max(local, key=lambda p: counts[p])
    cities = [p for p, _ in counts.most_common() if p.level in ("city", "municipality")]
    city = lexicon().place_by_name(place.city) if place.city else None
    if city is None:  # 湘潭县 in 湘潭市; else the prefecture the text names, in the province
        same = [c for c in cities if c.short == place.short]
        inside = [c for c in cities if province is None or c.province == province.name]
        city = (same or inside or [None])[0]
    province = _province_of(city) or province
    if province and not place.province:
        place = replace(place, province=province.name, city=city.name if city else "")
    own_city = place.level == "district" or (city and city.level == "municipality")
    if city and own_city and not place.name.startswith(city.short):
        local = list(_districts_of(tuple(local), city))  # 江北区 of 宁波市: 宁波市江北区
        place = next(p for p in local if p.name == city.name + place.name)
    return place.name, Context(place, province, session, city, tuple(local))


def _districts_of(local: tuple[Place, ...], city: Place | None) -> tuple[Place, ...]:
    """南浔区 on a 湖州市 page is 湖州市南浔区: a district's official name opens with its city."""
    if city is None or city.level not in ("city", "municipality"):
        return local
    return tuple(
        replace(p, name=city.name + p.name, city=city.name, province=city.province)
        if (p.level == "district" or (city.level == "municipality" and p.level == "county"))
        and not p.city
        and not p.name.startswith(city.short)
        else p
        for p in local
    )


def jurisdiction(article: Article) -> tuple[str | None, Context]:
    """(jurisdiction name, context for writing bodies out)."""
    text = article.text
    full = text + "\n" + (article.source or "")
    local = local_places(text, article.source)
    counts = _place_counts(full, local + list(lexicon().places))
    outlet = _outlet_place(article.source)
    session = re.search(SESSION_RE, text)
    session_name = session.group() if session else None
    here = tuple(local)
    city_n = len(re.findall(CITY_HINTS, text))
    prov_n = len(re.findall(PROVINCE_HINTS, text)) + len(re.findall(REGION_HINTS, text))
    levels = {p.name[-1] for p in local if p.level in LOCAL_LEVELS} - {"市"}  # 市委: a city's
    local_n = sum(len(re.findall(LOCAL_HINTS.replace("{L}", lv), text)) for lv in levels)
    for place in list(counts):  # the outlet's own place is the article's, before others
        own = place.name.removeprefix(place.city) if place.level in LOCAL_LEVELS else place.short
        short = place.short  # 宁乡融媒: 宁乡市's outlet (恩施日报 is the prefecture's)
        if place.level in LOCAL_LEVELS and len(short) >= 2 and not lexicon().place_by_name(short):
            own = short if article.source and article.source.startswith(short) else own
        if article.source and own in article.source:
            counts[place] += 2
            if place.level in LOCAL_LEVELS:
                local_n += 2 if place.name[-1] in levels else 0
            elif place.level in ("city", "municipality"):
                city_n += 2
            else:
                prov_n += 2
    address = ADDRESS.search(text)  # 地址：汕头市大学路…: the page's own city
    if address and lexicon().place_by_name(address.group(1)):
        city_n += 2
    county_city = [p for p in local if p.name.endswith("市")]
    # A municipality (北京市, 天津市) is a city to its 市委 and 市政府, and a province above.
    cities = [
        p
        for p, _ in counts.most_common()
        if p.level in ("city", "municipality") or p in county_city
    ]
    provinces = [p for p, _ in counts.most_common() if p.level not in ("city", *LOCAL_LEVELS)]
    province = (
        (provinces or [None])[0]
        or (_province_of(cities[0]) if cities else None)
        or icp_province(text)
        or (_province_of(outlet) if outlet and outlet.level == "city" else outlet)
    )
    if session_name:
        organizer = session_organizer(session_name) or ""
        hit = [p for p in counts if organizer and organizer.startswith(p.name)]
        if hit:
            place = hit[0]
            return place.name, Context(place, _province_of(place), session_name, place, here)
    if local_n and local_n > prov_n and local_n >= city_n:
        county = [p for p in local if p.name[-1] in levels]
        return _local_context(county, counts, province, session_name)
    if city_n > prov_n and (cities or (outlet and outlet.level in ("city", "municipality"))):
        place = cities[0] if cities else outlet
        here = _districts_of(here, place)
        ctx = Context(place, _province_of(place) or province, session_name, place, here)
        return place.name, ctx
    if prov_n:
        if province is None:
            return None, Context(None, None, session_name, None, here)
        return province.name, Context(province, province, session_name, None, here)
    if len(re.findall(NATIONAL_HINTS, text)) >= 2:
        return "China", Context(None, None, session_name, None, here)
    place = (cities + provinces)[0] if cities or provinces else outlet
    if place is None:
        return None, Context(None, None, session_name, None, here)
    return place.name, Context(place, _province_of(place), session_name, place, here)
