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
UNIT = re.compile(
    f"{TAX}[{HAN}]{{2,10}}?(?:省|市|自治区|县|区|旗)税务局"
    f"|国家金融监督管理总局[{HAN}]{{2,8}}?监管(?:分)?局"
    f"|国家统计局[{HAN}]{{2,8}}?调查(?:总)?队"
    f"|(?<![{HAN}])[{HAN}]{{2,4}}?海关(?![{HAN}]*?署)"
)
LOCAL_TAX = re.compile(f"([{HAN}]{{2,10}}?(?:省|市|自治区|县|区|旗))税务局")
SELF = ("本局", "我局", "该局", "本关", "我关", "该关", "本队", "我队", "该队")
# Bare titles that a unit's own page gives its own leaders.
UNIT_TITLES = ("局长", "副局长", "关长", "副关长", "队长", "副队长", "总会计师", "总经济师",
               "总审计师", "总工程师", "总监")  # fmt: skip
PARTS = "党委|党组|纪检组|办公室"
ABBREV = re.compile(f"驻?(?:市局|省局|县局|区局|{'|'.join(SELF)})(?:{PARTS})?")
Hit = tuple[int, int, Body, str]


def own_unit(text: str, source: str | None) -> str | None:
    """The unit whose page this is: named by the outlet, else by the headline."""
    headline = text.split("\n", 1)[0]
    for where in (source or "", headline):
        m = UNIT.search(where)
        if m:
            return m.group()
    return None


def _level(unit: str) -> str:
    m = re.search("(省|市|自治区|县|区|旗)税务局$", unit)
    return m.group(1) if m else ""


def _province_unit(unit: str) -> str | None:
    """国家税务总局苏州市税务局 -> 国家税务总局江苏省税务局."""
    m = re.fullmatch(f"{TAX}([{HAN}]+?市)税务局", unit)
    place = lexicon().place_by_name(m.group(1)) if m else None
    if place is None or not place.province or place.province == place.name:
        return None
    return f"{TAX}{place.province}税务局"


def _with_part(unit: str, part: str) -> Body:
    if part == "党组":
        return Body(f"中共{unit}党组", unit)
    if part == "党委":
        return Body(unit + "党委", unit, (f"中共{unit}委员会",))
    return Body(unit + part, unit)


def unit_body(raw: str, title: str, unit: str | None) -> Body | None:
    """A body written relative to the page's unit (市局党委, 省局), or a place's tax bureau
    without its administration (江苏省税务局); a bare unit title (局长) is the unit's."""
    local = re.fullmatch(f"{LOCAL_TAX.pattern}({PARTS})?", raw)
    if local and not raw.startswith(TAX):
        return _with_part(f"{TAX}{local.group(1)}税务局", local.group(2) or "")
    full = re.fullmatch(f"驻?({UNIT.pattern})({PARTS})?", raw)
    if full and full.group(2):
        return _with_part(full.group(1), full.group(2))
    if not unit:
        return None
    if not raw:
        return Body(unit) if title.lstrip("副") in UNIT_TITLES or title in UNIT_TITLES else None
    m = re.fullmatch(f"驻?(市局|省局|县局|区局|{'|'.join(SELF)}|局)?({PARTS})?", raw)
    if not m or not (m.group(1) or m.group(2)):
        return None
    who = m.group(1) or "本局"  # a bare 党委 or 纪检组: the unit's own
    if who == "省局":
        target = _province_unit(unit)
    elif who in ("市局", "县局", "区局"):
        target = unit if _level(unit) == who[0] else None
    else:
        target = unit
    if target is None:
        return None
    return _with_part(target, m.group(2) or "")


@cache
def _tax_re() -> re.Pattern[str]:
    places = alternation(p.name for p in lexicon().places)
    return re.compile(f"(?:{TAX})?(?:{places})税务局(?:{PARTS})?")


def unit_bodies(text: str, unit: str | None) -> list[Hit]:
    """The unit's abbreviations (市局党委, 省局, 驻市局纪检组) and places' tax bureaus written
    without their administration (江苏省税务局党委), as the page writes them."""
    out: list[Hit] = []
    for m in _tax_re().finditer(text):
        body = unit_body(m.group(), "", unit)
        if body:
            out += [(m.start(), m.end(), body, m.group())]
    for m in ABBREV.finditer(text) if unit else ():
        body = unit_body(m.group(), "", unit)
        if body:
            out += [(m.start(), m.end(), body, m.group())]
    return out
