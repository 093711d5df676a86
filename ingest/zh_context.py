"""Article-level context for the Chinese extractor: credit lines to skip, and the jurisdiction.

Credits (记者 X, 作者：, 责任编辑：, X/摄) belong to another stage; their names must not become
participants, so their spans are skipped here. The jurisdiction is the place whose bodies
the article is about: the level comes from the bodies it names without a place (省委 -> a
province, 市委 -> a city), the place from the places it writes out, else from the outlet.
"""

from __future__ import annotations

import re
from collections import Counter

from .facts import Article
from .zh_lexicon import Place, lexicon
from .zh_orgs import Context, session_organizer

CREDIT_PATTERNS = (
    r"[（(][^（）()]*?(?:记者|通讯员|摄影|/摄|编辑)[^（）()]*[）)]",
    r"(?:作者|责任编辑|编辑|摄影|摄像|记者|通讯员|校对|审核|来源)[：:]"
    r"[^\n]*?(?=\u3000\u3000|  |\n|$)",
    r"[^\s\u3000（(：:]{2,4}\s*/\s*摄",
    r"(?:实习)?记者[\s\u3000]+[^\n，。）)]*",
)
PROVINCE_HINTS = r"省委|省政府|省人大|省政协|全省|我省|省纪委|省长"
CITY_HINTS = r"市委|市政府|市人民政府|市人大|市[一二三四五六七八九十]+届人大|市政协|全市|我市|市长"
REGION_HINTS = r"自治区党委|自治区人民政府|自治区政府|全区|自治区主席"
NATIONAL_HINTS = (
    r"全国|党中央|中共中央|中央[\u4e00-\u9fff]{1,6}[厅部馆委]|国务院|国家[\u4e00-\u9fff]{1,6}局"
)
SESSION_RE = (
    r"[\u4e00-\u9fff]{2,10}?(?:市|省|自治区|州|县)"
    r"第[一二三四五六七八九十]+届人民代表大会第[一二三四五六七八九十]+次会议"
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


def _place_counts(text: str) -> Counter[Place]:
    counts: Counter[Place] = Counter()
    for place in lexicon().places:
        n = text.count(place.name)
        if place.short != place.name and len(place.short) >= 2:
            n += len(
                re.findall(f"{re.escape(place.short)}(?!{place.name[len(place.short) :]})", text)
            )
        if n:
            counts[place] += n
    return counts


def _province_of(place: Place) -> Place | None:
    return lexicon().place_by_name(place.province)


def jurisdiction(article: Article) -> tuple[str | None, Context]:
    """(jurisdiction name, context for writing bodies out)."""
    text = article.text
    counts = _place_counts(text + "\n" + (article.source or ""))
    outlet = _outlet_place(article.source)
    session = re.search(SESSION_RE, text)
    session_name = session.group() if session else None
    city_n = len(re.findall(CITY_HINTS, text))
    prov_n = len(re.findall(PROVINCE_HINTS, text)) + len(re.findall(REGION_HINTS, text))
    cities = [p for p, _ in counts.most_common() if p.level == "city"]
    provinces = [p for p, _ in counts.most_common() if p.level != "city"]
    if session_name:
        organizer = session_organizer(session_name) or ""
        hit = [p for p in counts if organizer.startswith(p.name)]
        if hit:
            place = hit[0]
            return place.name, Context(place, _province_of(place), session_name)
    if city_n > prov_n and (cities or (outlet and outlet.level == "city")):
        place = cities[0] if cities else outlet
        return place.name, Context(place, _province_of(place), session_name)
    if prov_n:
        if provinces:
            place = provinces[0]
        elif cities:
            place = _province_of(cities[0])
        elif outlet:
            place = _province_of(outlet) if outlet.level == "city" else outlet
        else:
            return None, Context(None, None, session_name)
        return place.name, Context(place, place, session_name)
    if len(re.findall(NATIONAL_HINTS, text)) >= 2:
        return "China", Context(None, None, session_name)
    place = (cities + provinces)[0] if counts else outlet
    if place is None:
        return None, Context(None, None, session_name)
    return place.name, Context(place, _province_of(place), session_name)
