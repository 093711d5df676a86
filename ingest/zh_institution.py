"""A university's own pages: its bodies written relative to it (校党委, 医学院, 学校).

The institution is the one whose site or copyright line the page carries (汕头大学新闻网,
版权所有：汕头大学). On such a page 校党委 is 中共汕头大学委员会, 校纪委 the committee's
discipline commission, 学校 the university itself, 医学院 汕头大学医学院 (part of it) and
医学院党委 that school's party committee; a bare 校长 is the university's.
"""

from __future__ import annotations

import re

from .zh_lexicon import HAN
from .zh_orgs import Body

SITE = re.compile(
    f"^([{HAN}]{{2,10}}?(?:大学|学院))(?:新闻网|新闻中心|官网)|"
    f"(?:版权所有|主办)[：:]\\s*([{HAN}]{{2,10}}?(?:大学|学院))(?![{HAN}])",
    re.M,
)
SCHOOL = re.compile(
    f"(?:(?<=[、，,。；和及与：:\\s])|^)([{HAN}]{{1,6}}?学院)"
    f"((?:党委)|[{HAN}]{{1,10}}?党(?:总)?支部)?"
)
PARTY_UNITS = ("宣传部", "组织部", "统战部", "办公室")

Hit = tuple[int, int, Body, str]


def institution(text: str, source: str | None) -> str | None:
    """The university (or college) whose page this is, from its site or copyright line."""
    for where in (source or "", text):
        m = SITE.search(where)
        if m:
            return m.group(1) or m.group(2)
    return None


def institution_body(raw: str, inst: str | None) -> Body | None:
    """A body written relative to the institution (校党委, 校纪委, 学校, 党委宣传部)."""
    if not inst:
        return None
    committee = f"中共{inst}委员会"
    if raw in ("学校", "校", "本校", "该校", inst):
        return Body(inst)
    if raw in ("校党委", "学校党委", "党委"):
        return Body(committee, inst)
    if raw in ("校纪委", "学校纪委", "纪委"):
        return Body(f"中共{inst}纪律检查委员会")
    unit = re.fullmatch(f"(?:校|学校)?党委({'|'.join(PARTY_UNITS)})", raw)
    if unit:
        return Body(committee + unit.group(1), committee)
    school = SCHOOL.fullmatch(raw.removeprefix(inst))
    if school and not school.group(1).startswith(("各", "全", "本", "该")):
        name = inst + school.group(1)
        if school.group(2):
            return Body(name + school.group(2), name)
        return Body(name, inst)
    return None


def university_committee(raw: str) -> Body | None:
    """浙江大学党委 (any university's): 中共浙江大学委员会, part of the university."""
    m = re.fullmatch(f"([{HAN}]{{2,12}}(?:大学|学院))党委", raw)
    return Body(f"中共{m.group(1)}委员会", m.group(1)) if m else None


def institution_bodies(text: str, inst: str | None) -> list[Hit]:
    """The institution's own bodies as the page writes them."""
    if not inst:
        return []
    out: list[Hit] = []
    units = "|".join(PARTY_UNITS)
    pat = f"学校党委|校党委|校纪委|(?:校|学校)?党委(?:{units})|(?<![{HAN}])学校(?!党)"
    for m in re.finditer(pat, text):
        body = institution_body(m.group(), inst)
        if body:
            out.append((m.start(), m.end(), body, m.group()))
    for m in SCHOOL.finditer(text):
        body = institution_body(m.group(), inst)
        if body:
            out.append((m.start(), m.end(), body, m.group()))
            if m.group(2):  # the school itself, part of the institution
                school = body.part_of or ""
                out.append((m.start(1), m.end(1), Body(school, inst), m.group(1)))
    return out


SCHOOL_UNIT = re.compile(
    f"(?:(?<=[与和同及、，,。；：:\\s])|^)([{HAN}]{{2,8}}?大学)([{HAN}]{{2,8}}?(?:研究院|学院|医院))"
    f"(?![{HAN}]*?(?:大学|学院))",
    re.M,
)
ZONE_BODY = re.compile(
    f"([{HAN}]{{2,4}}?)(经开区|经济技术开发区|高新区|高新技术产业开发区)(?:管委会|管理委员会)"
)
ZONES = {"经开区": "经济技术开发区", "高新区": "高新技术产业开发区"}


def school_units(text: str) -> list[Hit]:
    """中南大学湘潭研究院: a university's institute or school, part of it, on any page."""
    out: list[Hit] = []
    for m in SCHOOL_UNIT.finditer(text) if "大学" in text else ():
        out.append((m.start(), m.end(), Body(m.group(), m.group(1)), m.group()))
    return out


def zone_bodies(text: str) -> list[Hit]:
    """湘潭经开区管委会: the zone's administrative committee, written out."""
    out: list[Hit] = []
    for m in ZONE_BODY.finditer(text) if "管" in text else ():
        zone = ZONES.get(m.group(2), m.group(2))
        if m.group(1)[0] in "全各本该我":
            continue
        out.append((m.start(), m.end(), Body(f"{m.group(1)}{zone}管理委员会"), m.group()))
    return out
