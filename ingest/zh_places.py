"""Places of a Chinese article and the level words that stand for them.

The gazetteer (zh_places.tsv) lists the provinces and every prefecture-level division. Counties,
districts, banners and county-level cities are too many to list (some 2,800), so they are found
by the genre's own pattern: a name ending in 县/区/旗/市 that opens a body at a word boundary
(中共婺源县委, 越秀区人民政府, 冕宁县融媒体中心, 主办：广州市越秀区人民政府办公室). A place is
written before a body either in full (湖南省委, 大理白族自治州委), as its short name with a level
word (湖南省委 = 湖南 + 省, 大理州委, 越秀区委), or as a bare level word that the article's
context resolves (省委 on a Hunan page, 县委 on a county page).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .zh_counties import LOCAL_SUFFIX, county_city, outlet_county, short_of
from .zh_lexicon import HAN, Place, alternation, lexicon
from .zh_names import VERB_CLASSES, word_class

LOCAL_LEVELS = ("county", "district")
LEVELS = ("自治区", "省", "市", "县", "区", "州", "旗", "盟")
# Bare level words after these characters are the end of another word (社区委员会, 城市), or a
# generic plural (各市委, 全县) rather than the body of one place; 团市委 is the Youth League's.
NOT_BEFORE_LEVEL = "社地园城景辖山片街小郊矿湾库灾牧发新特校院都超股楼神各全我本该两每团"
LOCAL_BODY = (
    "委|党委|人民政府|政府|人民代表大会|人大|政协|纪委|监委|融媒体中心|人民法院|人民检察院"
    "|法院|检察院|党校|新闻中心|广播电视台"
)
# Areas written like districts that are no district (上海市中心城区, 北京市郊区, 苏州市工业园区,
# 经开区召开…).
NOT_DISTRICT = (
    *("城区", "市区", "郊区", "辖区", "园区", "社区"),
    *("片区", "景区", "矿区", "校区", "街区", "开发区", "开区", "高新区", "保税区", "示范区"),
    *("试验区", "功能区", "自贸区", "合作区", "度假区", "旅游区", "产业区"),
)
OUTLET_CHARS = "报网台刊社发布闻线政务融媒视播频道观察头条市省"  # in outlets' names, not places'
NOT_FIRST = set("全我本各该每两一这那其此某省市县区州的和与及在对")
FUNCTION_CHARS = set("了请求取召开听议要提会前后由与及对向把被将让给到说等为有经据按从使在是的和")
PERSONNEL_VERBS = ("递补", "增补", "补选", "增选", "任命", "免去", "选举", "推选", "提名")
ICP = re.compile(r"([京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新])"
                 r"(?:ICP|公网安备)")  # fmt: skip


def level_words(place: Place) -> tuple[str, ...]:
    """The level words a place takes before a body (湖南省委 省, 大理州委 州, 婺源县委 县)."""
    name = place.name
    if place.level == "province":
        return ("省",)
    if place.level == "region":
        return ("自治区",)
    if place.level == "sar":
        return ()
    for ending, word in (("自治州", "州"), ("盟", "盟"), ("地区", "地区"), ("旗", "旗")):
        if name.endswith(ending):
            return (word,)
    if place.level in LOCAL_LEVELS:
        return ("县",) if name.endswith("县") else ("区",) if name.endswith("区") else ("市",)
    return ("市",)


@cache
def _cities() -> tuple[Place, ...]:
    return tuple(
        p for p in lexicon().places if p.level in ("city", "municipality") and len(p.short) >= 2
    )


@cache
def _local_re() -> re.Pattern[str]:
    cities = alternation(p.name for p in lexicon().places if p.level in ("city", "municipality"))
    return re.compile(
        f"(?:(?P<party>(?<=中共))|(?<![{HAN}])|(?={cities}))(?!中共)(?P<city>{cities})?"
        f"(?P<name>[{HAN}]{{1,5}}?(?:{LOCAL_SUFFIX}))"
        f"(?=(?:(?<=县)县|(?<=区)区)?(?:第?[一二三四五六七八九十]+届)?(?:{LOCAL_BODY}))"
    )


@cache
def _named_re() -> re.Pattern[str]:
    """A district written with its city (上海市闵行区, 北京市海淀区) anywhere, or a county or
    district that opens the headline as the subject of its verb (闵行区召开…)."""
    cities = alternation(p.name for p in lexicon().places if p.level in ("city", "municipality"))
    never = "(?:(?P<party>x(?<!x)))?"  # no 中共 before these
    return re.compile(
        f"{never}(?:(?P<city>{cities})(?P<name>[{HAN}]{{1,4}}?(?:区|县))"
        f"|^(?P<hcity>{cities})?(?P<hname>[{HAN}]{{2,4}}?(?:县|区))"
        f"(?=召开|举行|举办|部署|开展|召集|启动|推进|传达|学习)"
        ")",
        re.M,
    )


class _Named:
    """A _named_re match seen through _local_re's groups (party, city, name)."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m
        self.string = m.string

    def group(self, key: str) -> str | None:
        if key == "party":
            return None
        if self._m.group("hname"):
            key = {"city": "hcity", "name": "hname"}[key]
        return self._m.group(key)

    def start(self) -> int:
        return self._m.start()


def _local_name(m: re.Match[str], at_start: bool) -> str | None:
    """The county or district name of a match, where its context makes it one.

    After 中共, after a prefecture's name, or opening the outlet's name it is one; after any
    other word boundary only if it holds no word of the sentence around it (提请市委, 听取了县委:
    a verb before a bare level word, not a place)."""
    name = m.group("name")
    if name[0] in NOT_FIRST or name.endswith("自治区") or len(name) < 2:
        return None
    if name[0] == "团" and len(name) == 2:  # 团市委: the Youth League's committee of the city
        return None
    if name.startswith(PERSONNEL_VERBS):  # 递补县委候补委员…: a verb before 县委
        return None
    if name[0] in "年月日号" and m.start() > 0 and m.string[m.start() - 1].isdigit():
        return None  # 9月市委…: a date before a bare level word, not a place
    if any(len(w) > 1 and w in name for w in lexicon().name_follow):
        return None  # 甲代表市委常委会作报告: a verb of the genre before 市委
    if m.group("party") is not None or m.group("city") or at_start:
        return name
    boundary = m.start() == 0 or not re.match(f"[{HAN}]", m.string[m.start() - 1])
    if boundary and not any(c in FUNCTION_CHARS for c in name) and not _verb_first(name):
        return name
    return None


def _verb_first(name: str) -> bool:
    """研究市政协…, 部署县委…: a clause opening with a verb before a bare level word."""
    head = name[:-1]  # the name without its level suffix (县/区/市/旗)
    return any(word_class(head[:n]) in VERB_CLASSES for n in (2, 3) if len(head) >= n)


def local_places(text: str, source: str | None = None) -> list[Place]:
    """Counties, districts and county-level cities that the text (or its outlet) names.

    A district is written with its city where the text gives one (广州市越秀区), as its
    bodies' official names are; province and city are filled in from the city, else left "".
    """
    lx = lexicon()
    known = {p.name for p in lx.places}
    found: dict[str, Place] = {}
    hits = [(m, False) for m in _local_re().finditer(text)]
    hits += [(m, True) for m in _local_re().finditer(source or "") if m.start() == 0]
    first = text.split("\n", 1)[0]  # the headline only, for a subject that opens it
    hits += [(_Named(m), True) for m in _named_re().finditer(text)
             if (m.group("name") or m.start() < len(first))
             and not (m.group("name") or m.group("hname")).endswith(NOT_DISTRICT)]  # fmt: skip
    for m, at_start in hits:
        name = _local_name(m, at_start)
        if not name or name in known:
            continue
        if any(name.startswith(p.name) for p in lx.places if p.level != "city"):
            continue  # 湖南省X县: a province's place written out, not a county of that name
        city = lx.place_by_name(m.group("city")) if m.group("city") else None
        if city is None:  # 北京海淀区: a city's short name before the district's
            city = next((p for p in _cities() if name.startswith(p.short)), None)
            rest = name[len(city.short) :] if city else ""
            if len(rest) < 2 or rest in known:
                city = None  # 岳阳县, 恩施市: the county is named after its city
            else:
                name = rest
        if city is None and not m.group("city"):  # 芝罘区 alone: 烟台市's, from the gazetteer
            city = county_city(name, text)
        level = "county" if name.endswith(("县", "旗", "市")) else "district"
        # A district's, or a municipality's county's, official name opens with its city.
        full = city.name + name if city and (level == "district" or city.level != "city") else name
        old = found.get(name)
        if old and (old.city or not city):
            continue
        province = city.province if city else ""
        found[name] = Place(full, short_of(name), level, province, city.name if city else "")
    return (
        list(found.values())
        or _outlet_district(text, source or "")
        or outlet_county(text, source or "")
    )


def _outlet_district(text: str, source: str) -> list[Place]:
    """上海闵行, 重庆巫山: an outlet named by a city and a district or county without its level
    word; the page's own 区委/县委 say which."""
    m = re.fullmatch(f"({alternation(p.short for p in _cities())})([{HAN}]{{2,3}}?)"
                     f"(?:发布|融媒|新闻|在线|网)?", source)  # fmt: skip
    if not m or lexicon().place_by_name(m.group(2)) or set(m.group(2)) & set(OUTLET_CHARS):
        return []  # 上海发布, 北京日报: the city's own outlets
    hints = {lv: len(re.findall(f"(?<![{NOT_BEFORE_LEVEL}]){lv}(?:委|政府|长|人大|政协)", text))
             for lv in "区县"}  # fmt: skip
    level = max(hints, key=lambda lv: hints[lv])
    if not hints[level] or hints["区"] == hints["县"]:
        return []
    city = next(p for p in _cities() if p.short == m.group(1))
    name = m.group(2) + level
    kind = "district" if level == "区" else "county"
    full = city.name + name if kind == "district" or city.level != "city" else name
    return [Place(full, m.group(2), kind, city.province, city.name)]


def icp_province(text: str) -> Place | None:
    """The province of the page's registration number (赣ICP备…, 川公网安备…)."""
    m = ICP.search(text)
    if not m:
        return None
    table = {row[0]: row[1] for row in lexicon().province_abbr}
    return lexicon().place_by_name(table[m.group(1)])


def all_places(local: tuple[Place, ...] = ()) -> tuple[Place, ...]:
    return tuple(local) + lexicon().places


@lru_cache(maxsize=128)  # per article's local places
def prefix_re(local: tuple[Place, ...] = ()) -> str:
    """A place before a body: in full (澧县县委 repeats a one-character county's 县), short +
    level word, or a bare level word."""
    places = all_places(local)
    fulls = alternation(p.name for p in places)
    shorts = alternation(p.short for p in places)
    levels = alternation(LEVELS)
    return (
        f"(?:(?P<full>{fulls})(?:(?<=县)县|(?<=区)区)?|(?P<short>{shorts})(?P<level>{levels})(?!场)"
        f"|(?<![{NOT_BEFORE_LEVEL}])(?P<bare>{levels})(?!场))"  # 市场监管局: 市场, no 市
    )


def resolve(m: re.Match[str], ctx, local: tuple[Place, ...] = ()) -> Place | None:
    """The place a prefix_re match stands for; None where it is not a place of this article."""
    places = all_places(local)
    if m.group("full"):
        return next(p for p in places if p.name == m.group("full"))
    if m.group("short"):
        level = m.group("level")
        fits = [p for p in places if p.short == m.group("short") and level in level_words(p)]
        return fits[0] if fits else None
    return level_place(m.group("bare"), ctx)


def level_place(level: str, ctx) -> Place | None:
    """省委 -> the province; 市委 -> the city (the place or its parent); 县委 -> the county."""
    if level in ("省", "自治区"):
        return ctx.province if ctx.province and level in level_words(ctx.province) else None
    for place in (ctx.place, ctx.city):
        if place is not None and level in level_words(place):
            return place
    return None
