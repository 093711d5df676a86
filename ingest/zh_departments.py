"""Departments of a place's government or party committee, written out with the place:
省应急管理厅, 市发展改革委 (市发展和改革委员会), 县林业和草原局, and later items of a list
(市发展改革委、财政局、市场监管局). The stems are data (zh_departments.txt, zh_department_full.tsv).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .zh_body_types import NOT_IN_BODY, Body, Context
from .zh_lexicon import HAN, Place, alternation, lexicon
from .zh_places import prefix_re, resolve

DEPT_ENDS = "委员会|办公室|厅|局|委|办|中心"


@lru_cache(maxsize=128)  # per article's local places
def _department_re(local: tuple[Place, ...]) -> re.Pattern[str]:
    lx = lexicon()
    known = f"(?:{alternation(lx.departments)})(?:{DEPT_ENDS})"
    return re.compile(
        f"(?<![全我本外各]){prefix_re(local)}"
        f"(?:(?P<known>{known})|(?P<unit>[{HAN}]{{2,10}}?(?:厅|局|委员会|办公室|委|中心|指挥部)))"
    )


def departments(text: str, ctx: Context) -> list[tuple[int, int, Body, str]]:
    """省应急管理厅, 市发展和改革委员会, 县林业和草原局: a department of the place."""
    out = []
    for m in _department_re(ctx.local).finditer(text):
        unit = m.group("known") or m.group("unit")
        if unit.endswith(lexicon().outlet_suffixes):
            continue  # 越秀区融媒体中心: an outlet, named as written
        if not m.group("known"):
            if any(w in unit for w in NOT_IN_BODY + ("各", "等", "和", "的", "级", "长", "员")):
                continue
            if unit.startswith(("委", "政府", "人大", "政协", "纪委", "监委")):
                continue  # the tables' bodies
        place = resolve(m, ctx, ctx.local)
        if place is not None:
            out.append((m.start(), m.end(), _dept(place, unit), m.group()))
            out += _dept_siblings(text, m.end(), place)
    return out


def _dept(place: Place, unit: str) -> Body:
    full, other = _expand(unit)
    return Body(place.name + full, aliases=(place.name + other,) if other else ())


SIBLING = re.compile(f"、([{HAN}]{{2,12}}?(?:{DEPT_ENDS}))(?=[、，。；和及等]|主要|负责|有关|相关)")


def _dept_siblings(text: str, pos: int, place: Place) -> list[tuple[int, int, Body, str]]:
    """市发展改革委、财政局、市场监管局: later items of the list are the same place's."""
    out = []
    known = re.compile(f"(?:{alternation(lexicon().departments)})(?:{DEPT_ENDS})")
    while m := SIBLING.match(text, pos):
        unit = m.group(1)
        if unit.startswith(("省", "市", "县", "区", "州")) and not unit.startswith("市场"):
            break  # a place of its own, found as such
        junk = NOT_IN_BODY + ("各", "等", "的", "级", "长", "员")  # 自然资源和规划局
        if not known.fullmatch(unit) and any(w in unit for w in junk):
            break
        out.append((m.start(1), m.end(1), _dept(place, unit), unit))
        pos = m.end()
    return out


@cache
def _expand_table() -> dict[str, tuple[str, str]]:
    return {short: (full, other) for short, full, other in lexicon().department_full}


def _expand(unit: str) -> tuple[str, str]:
    """发展改革委 -> 发展和改革委员会, 住建厅 -> 住房和城乡建设厅 (zh_department_full.tsv)."""
    return _expand_table().get(unit, (unit, ""))
