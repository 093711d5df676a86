"""Leading groups of a place and their offices (区乡村振兴工作领导小组办公室); the CPPCC
committee of a place, of any term."""

from __future__ import annotations

import re
from functools import lru_cache

from .zh_body_types import NOT_IN_TAIL, SESSION, Body, Context
from .zh_lexicon import HAN, Place
from .zh_places import prefix_re, resolve


@lru_cache(maxsize=128)  # per article's local places
def _group_re(local: tuple[Place, ...]) -> re.Pattern[str]:
    return re.compile(
        f"(?<![全我本外各]){prefix_re(local)}(?P<unit>[{HAN}]{{2,14}}?领导小组)(?P<office>办公室)?"
    )


def leading_groups(text: str, ctx: Context) -> list[tuple[int, int, Body, str]]:
    """区乡村振兴工作领导小组办公室: a place's leading group (not its party committee's), and
    the group's office, part of the group."""
    out = []
    for m in _group_re(ctx.local).finditer(text):
        unit = m.group("unit")
        if unit.startswith(("委", "政府")) or any(w in unit for w in NOT_IN_TAIL + ("的", "和")):
            continue
        place = resolve(m, ctx, ctx.local)
        if place is None:
            continue
        group = Body(place.name + unit)
        if m.group("office"):
            out.append((m.start(), m.end(), Body(group.name + "办公室", group.name), m.group()))
        else:
            out.append((m.start(), m.end(), group, m.group()))
    return out


@lru_cache(maxsize=128)  # per article's local places
def _cppcc_re(local: tuple[Place, ...]) -> re.Pattern[str]:
    return re.compile(
        f"(?:中国人民政治协商会议|政协){prefix_re(local)}(?:{SESSION})?委员会(?P<sc>常务委员会)?"
    )


def cppcc_bodies(text: str, ctx: Context) -> list[tuple[int, int, Body, str]]:
    """政协乌鲁木齐市第十五届委员会(常务委员会): the CPPCC committee of the place, any term."""
    out = []
    for m in _cppcc_re(ctx.local).finditer(text):
        place = resolve(m, ctx, ctx.local)
        if place is None:
            continue
        body = Body(f"中国人民政治协商会议{place.name}委员会")
        if m.group("sc"):
            body = Body(body.name + "常务委员会", body.name)
        out.append((m.start(), m.end(), body, m.group()))
    return out
