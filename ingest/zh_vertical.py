"""Pages of a vertically managed unit (国家税务总局苏州市税务局, 南京海关, 国家统计局X调查队,
国家金融监督管理总局X监管局): the unit writes itself and its neighbours short.

On such a page 市局/本局/我局 is the unit, 市局党委 its party committee, 驻市局纪检组 its
discipline group, 省局 the same administration's bureau of the province; a bare 局长 or
总会计师 is the unit's. Since the 2018 merger every tax bureau of a place is the national
administration's: 江苏省税务局 is 国家税务总局江苏省税务局 on any page.
"""

from __future__ import annotations

import re
from functools import cache

from .zh_body_types import Body
from .zh_lexicon import HAN, alternation, lexicon

TAX = "国家税务总局"
FIN = "国家金融监督管理总局"
ADMINS = (TAX, FIN, "国家统计局", "中国人民银行")
PRC = "中华人民共和国"
CUSTOMS = PRC + "海关总署"
UNIT = re.compile(
    f"{TAX}[{HAN}]{{2,10}}?(?:省|市|自治区|县|区|旗)税务局"
    f"|国家金融监督管理总局[{HAN}]{{2,8}}?监管(?:分)?局"
    f"|国家统计局[{HAN}]{{2,8}}?调查(?:总)?队"
    f"|(?<![{HAN}])(?:中华人民共和国)?[{HAN}]{{2,3}}?海关(?![{HAN}]*?署)"
    f"|中国人民银行[{HAN}]{{2,8}}?(?:分行|中心支行|营业管理部)"
)
PLACED = re.compile(f"({TAX})?([{HAN}]+?(?:省|市|自治区|县|区|旗))(税务局|公安局)")
LOCAL_TAX = re.compile(f"([{HAN}]{{2,10}}?(?:省|市|自治区|县|区|旗))税务局")
SELF = ("本局", "我局", "该局", "本关", "我关", "该关", "本队", "我队", "该队", "本行", "该行")
# Bare titles that a unit's own page gives its own leaders.
UNIT_TITLES = ("局长", "关长", "队长", "政委", "总会计师", "总经济师", "总审计师", "总工程师",
               "总监", "行长")  # fmt: skip
PARTS = "党委|党组|纪检监察组|纪检组|办公室"
ABBREV = re.compile(
    f"驻?(?:市局|省局|县局|区局|{'|'.join(SELF)}|(?<![{HAN}])(?:[关队]|分行)(?=党))(?:{PARTS})?"
)
Hit = tuple[int, int, Body, str]


def own_unit(text: str, source: str | None, title: str | None = None) -> str | None:
    """The unit whose page this is: named by the outlet, else opening the headline (or the
    site's header above it); written in full where the page writes it so (中华人民共和国X海关)."""
    m = _unit_re().search(source or "")
    heads = [title or ""] + text.split("\n", 3)[:3]  # the headline, or a header above it
    for line in heads if not m else ():
        m = _unit_re().match(line) or _unit_re().match("中国" + line)  # 人民银行X市分行召开…
        if m:
            break
    if not m:
        return None
    unit = m.group()
    return PRC + unit if not unit.startswith(PRC) and PRC + unit in text else unit


@cache
def _unit_re() -> re.Pattern[str]:
    """UNIT, or a city's public security bureau (扬州市公安局, 扬州市江都区公安局)."""
    cities = alternation(p.name for p in lexicon().places if p.level in ("city", "municipality"))
    return re.compile(f"{UNIT.pattern}|(?:{cities})(?:[{HAN}]{{1,4}}?(?:区|县))?公安局")


def _level_unit(unit: str, level: str) -> str | None:
    """The same administration's unit one level up or here: 市局 on a 苏州市吴中区 bureau's
    page is 国家税务总局苏州市税务局, 省局 on a city bureau's page the province's."""
    m = PLACED.fullmatch(unit)
    if not m:
        return None
    head, place, tail = m.group(1) or "", m.group(2), m.group(3)
    if level == "省":
        city = lexicon().place_by_name(place[: place.index("市") + 1]) if "市" in place else None
        province = city.province if city and city.province != city.name else None
        return f"{head}{province}{tail}" if province and tail == "税务局" else None
    if place.endswith(level):
        return unit
    if level == "市" and "市" in place:
        return f"{head}{place[: place.index('市') + 1]}{tail}"
    return None


def _with_part(unit: str, part: str) -> Body:
    short = unit.removeprefix(PRC)  # 中华人民共和国青岛海关 is 青岛海关 too
    if not part:  # the unit itself, part of the administration its name opens with
        admin = next((a for a in ADMINS if unit.startswith(a) and unit != a), None)
        admin = admin or (CUSTOMS if unit.endswith("海关") else None)
        return Body(unit, admin, (short,) if short != unit else ())
    if part == "党组":
        return Body(f"中共{unit}党组", unit)
    if part == "党委":
        return Body(unit + "党委", unit, (f"中共{unit}委员会", short + "党委"))
    return Body(unit + part, unit, (short + part,) if short != unit else ())


PLACE_TAX = re.compile(f"[{HAN}]{{2,12}}?(?:省|市|自治区|县|区|旗)税务局")


def with_admin(body: Body | None) -> Body | None:
    """苏州市税务局(党委), as a place's body written out: 国家税务总局苏州市税务局(党委)."""
    if body is None or TAX in body.name or not PLACE_TAX.match(body.name):
        return body
    part_of = body.part_of
    if part_of and PLACE_TAX.match(part_of):
        part_of = TAX + part_of
    return Body(TAX + body.name, part_of, (*body.aliases, body.name))


def unit_body(raw: str, title: str, unit: str | None) -> Body | None:
    """A body written relative to the page's unit (市局党委, 省局), or a place's tax bureau
    without its administration (江苏省税务局); a bare unit title (局长) is the unit's."""
    local = re.fullmatch(f"{LOCAL_TAX.pattern}({PARTS})?", raw)
    if local and not raw.startswith(TAX):
        return _with_part(f"{TAX}{local.group(1)}税务局", local.group(2) or "")
    team = re.fullmatch(f"([{HAN}]{{2,3}}?)调查(总队|队)({PARTS})?", raw)
    if team and any(p.short == team.group(1) for p in lexicon().places):  # 苏州调查队
        return _with_part(f"国家统计局{team.group(1)}调查{team.group(2)}", team.group(3) or "")
    fin = re.fullmatch(f"([{HAN}]{{2,3}}?)(?:省|市)?金融监管(分局|局)({PARTS})?", raw)
    if fin and any(p.short == fin.group(1) for p in lexicon().places):  # 江苏金融监管局
        return _with_part(f"{FIN}{fin.group(1)}监管{fin.group(2)}", fin.group(3) or "")
    full = re.fullmatch(f"驻?({UNIT.pattern})({PARTS})?", raw)
    if full and full.group(2):
        return _with_part(full.group(1), full.group(2))
    if not unit:
        return None
    if not raw:
        return Body(unit) if base(title) in UNIT_TITLES else None
    m = re.fullmatch(f"驻?(市局|省局|县局|区局|{'|'.join(SELF)}|局|关|队|分行)?({PARTS})?", raw)
    if not m or not (m.group(1) or m.group(2)):
        return None
    who = m.group(1) or "本局"  # a bare 党委 or 纪检组: the unit's own
    level = who[0] if who in ("市局", "省局", "县局", "区局") else ""
    target = _level_unit(unit, level) if level else unit
    if target is None:
        return None
    if base(title) in UNIT_TITLES:  # 关党委委员、副关长: the unit's title, not the group's
        return Body(target)
    return _with_part(target, m.group(2) or "")


def base(title: str) -> str:
    return re.sub("^(?:常务)?副", "", title)


@cache
def _tax_re() -> re.Pattern[str]:
    places = alternation(p.name for p in lexicon().places)
    shorts = alternation(p.short for p in lexicon().places if len(p.short) >= 2)
    return re.compile(
        f"(?:{TAX})?(?:{places})税务局(?:{PARTS})?"
        f"|(?<![{HAN}])(?:{shorts})(?:省|市)?金融监管(?:分局|局)(?:{PARTS})?"
        f"|(?<![{HAN}])(?:{shorts})调查(?:总队|队)(?:{PARTS})?"
        f"|(?<![{HAN}])(?![全各本我该省市县区])[{HAN}]{{2,6}}?(?:市|县|区|旗)税务局(?:{PARTS})?"
    )  # the last: a county's or a zone's bureau, where it opens a clause (昆山市税务局、…)


def unit_bodies(text: str, unit: str | None) -> list[Hit]:
    """The unit's abbreviations (市局党委, 省局, 驻市局纪检组) and places' tax bureaus written
    without their administration (江苏省税务局党委), as the page writes them."""
    out: list[Hit] = []
    for m in _tax_re().finditer(text):
        body = unit_body(m.group(), "", unit)
        if body:
            out += [(m.start(), m.end(), body, m.group())]
    if unit:  # the unit by its name, in full or short (中华人民共和国青岛海关, 青岛海关)
        short = unit.removeprefix(PRC)
        names = alternation({unit, short})
        for m in re.finditer(f"(?<![{HAN}])(?:{names})(?!{PARTS}|[{HAN}]*?署)", text):
            out += [(m.start(), m.end(), _with_part(unit, ""), m.group())]
    for m in ABBREV.finditer(text) if unit else ():
        body = unit_body(m.group(), "", unit)
        if body:
            out += [(m.start(), m.end(), body, m.group())]
    return out
