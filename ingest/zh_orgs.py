"""Bodies named in a Chinese article, written out in full with their place.

省委 on a Hunan page is 中共湖南省委; 省人大常委会 is 湖南省人民代表大会常务委员会, part of
湖南省人民代表大会; 中央办公厅 is 中共中央办公厅. The tables are data (zh_bodies.tsv,
zh_national_bodies.tsv); the place comes from zh_places (jurisdiction).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .zh_body_types import (  # noqa: F401 (re-exported)
    NOT_IN_BODY,
    NOT_IN_TAIL,
    SESSION,
    Body,
    Context,
    party_group,
)
from .zh_departments import departments
from .zh_lexicon import HAN, Lexicon, Place, alternation, lexicon
from .zh_places import level_place, prefix_re, resolve
from .zh_units import cppcc_bodies, leading_groups


def _fill(template: str, place: Place) -> str:
    court = {"city": "中级", "county": "", "district": ""}.get(place.level, "高级")
    if place.level == "region":  # 中共广西壮族自治区委员会: a region's committee is never "区委"
        template = re.sub("{P}委(?!员会)", "{P}委员会", template)
    return template.replace("{P}", place.name).replace("{COURT}", court)


@cache
def _relative_table() -> dict[str, tuple[str, str]]:
    """Body keys with the leading level word removed: 委常委会 -> (中共{P}委常委会, 中共{P}委)."""
    return {short[1:]: (full, part) for short, full, part in lexicon().bodies}


@lru_cache(maxsize=128)  # per article's local places
def _relative_re(local: tuple[Place, ...]) -> re.Pattern[str]:
    keys = alternation(_relative_table())
    for house in ("政协", "人大"):  # 区政协十一届常委会: the term may stand before 常委会
        keys = keys.replace(f"{house}常委会", f"{house}(?:{SESSION})?常委会")
    return re.compile(f"{prefix_re(local)}(?P<session>{SESSION})?(?P<body>{keys})")


def _tail(text: str, pos: int) -> int:
    """End of a named unit after a body (省委新型…领导小组): a body suffix, no verb or title."""
    lx = lexicon()
    m = re.match(f"[{HAN}]{{2,24}}", text[pos:])
    if not m:
        return pos
    run = m.group()
    best = 0
    for suf in ("领导小组", "委员会", "中心组", "工作组", "指挥部", "办公室"):
        i = run.rfind(suf)
        head = run[:i].replace("委员会", "")  # 财经委员会办公室: 委员 of 委员会 is no title
        if i >= 0 and not any(w in head for w in NOT_IN_TAIL + lx.titles):
            best = max(best, i + len(suf))
    return pos + best


LEAGUE = re.compile("团(自治区|省|市|州|县|区|旗)委")


def relative_bodies(text: str, ctx: Context) -> list[tuple[int, int, Body, str]]:
    """(start, end, body, as written) for 省委, 湖南省委, 市四届人大常委会, 省委…领导小组;
    团市委 (the Communist Youth League's committee of the place)."""
    out = []
    for m in LEAGUE.finditer(text):
        place = level_place(m.group(1), ctx)
        if place is not None:
            out.append((m.start(), m.end(), Body(f"共青团{place.name}委员会"), m.group()))
    for m in _relative_re(ctx.local).finditer(text):
        place = resolve(m, ctx, ctx.local)
        if place is None:
            continue
        end = m.end()
        if m.group("body") == "委" and text.startswith("员会", end):
            if text[max(0, m.start() - 2) : m.start()] != "中共":
                continue  # 政协X市委员会, 城市委员会: not the party committee
            end += 2  # 中共湖南省委员会
        key = re.sub(SESSION, "", m.group("body"))
        full, part = _relative_table()[key]
        full, part = _fill(full, place), _fill(part, place) if part else None
        tail = _tail(text, end)
        if tail > end:
            unit = text[end:tail]
            session = m.group("session")
            if session and full.endswith("人民代表大会"):  # 专门委员会 are per 届
                prefix = f"{place.name}第{session.lstrip('第')}人民代表大会"
            else:
                prefix = full
            full, part = prefix + unit, full
            out.append((m.start(), tail, Body(full, part), text[m.start() : tail]))
            out += _siblings(text, tail, prefix, part)
            continue
        first, *others = full.split("|")  # 省纪委监委: two bodies; titles take the first (last hit)
        out += [(m.start(), end, Body(o), text[m.start() : end]) for o in others]
        out.append((m.start(), end, Body(first, part), text[m.start() : end]))
        out += _unit_siblings(text, end, key, place)
        if m.group("full") and not others:
            out += _shared_body(text, m.start(), key, place)
    return out


PLACE_BEFORE = re.compile(f"([{HAN}]{{2,12}})、$")


def _shared_body(text: str, pos: int, key: str, place: Place) -> list[tuple[int, int, Body, str]]:
    """杭州市、宁波市、温州市政府: the places listed before one with a body have it too."""
    out: list[tuple[int, int, Body, str]] = []
    row = _relative_table()[key]
    while m := PLACE_BEFORE.search(text, max(0, pos - 13), pos):
        run = m.group(1)
        other = next((p for p in lexicon().places if run.endswith(p.name)), None)
        if other is None or other.level != place.level:
            break
        full, part = _fill(row[0], other), _fill(row[1], other) if row[1] else None
        start = m.end(1) - len(other.name)
        out.append((start, m.end(1), Body(full, part), full))  # the name is not written: no alias
        pos = start
    return out


UNIT_SIBLING = re.compile(f"、([{HAN}]{{2,8}}?)(?=[、，。；和及等]|主要|负责|有关)")


def _unit_siblings(text: str, pos: int, key: str, place: Place) -> list[tuple[int, int, Body, str]]:
    """市委组织部、宣传部、统战部: later units of the list are the same committee's."""
    lead = next((p for p in ("委", "政府") if key.startswith(p) and len(key) > len(p)), None)
    out: list[tuple[int, int, Body, str]] = []
    while lead and (m := UNIT_SIBLING.match(text, pos)):
        row = _relative_table().get(lead + m.group(1))
        if not row:
            break
        full, part = _fill(row[0], place), _fill(row[1], place) if row[1] else None
        out.append((m.start(1), m.end(1), Body(full, part), m.group(1)))
        pos = m.end()
    return out


def _siblings(text: str, pos: int, prefix: str, part: str) -> list[tuple[int, int, Body, str]]:
    """…内务司法委员会、财政经济委员会: later items of the list share the first one's prefix."""
    out = []
    for m in re.finditer(f"、([{HAN}]{{2,12}}?(?:委员会|领导小组|办公室))", text[pos : pos + 80]):
        if m.start() != (out[-1][1] - pos if out else 0):
            break
        body = Body(prefix + m.group(1), part)
        out.append((pos + m.start(1), pos + m.end(1), body, m.group(1)))
    return out


@cache
def _national_re() -> re.Pattern[str]:
    # 公安部门, 财政部门 (generic plurals), 商务部署, 教育部分 (部署, 部分) are no ministries
    return re.compile(f"(?:{alternation(k for k, _, _ in lexicon().national)})(?!(?<=部)[门署分])")


@cache
def _national_table() -> dict[str, tuple[str, str | None]]:
    return {k: (f, p or None) for k, f, p in lexicon().national}


def national_bodies(text: str) -> list[tuple[int, int, Body, str]]:
    table = _national_table()
    out = []
    for m in _national_re().finditer(text):
        full, part = table[m.group()]
        out.append((m.start(), m.end(), Body(full, part), m.group()))
    return out


def _generic_end(lx: Lexicon, run: str) -> int:
    """End of the longest body name at the start of run (国家档案局局长 -> 国家档案局)."""
    title_re = re.compile(lx.title_re)
    best = 0
    for i in range(2, len(run) + 1):
        head = run[:i]
        if any(w in head for w in NOT_IN_BODY) or "的" in head:
            break
        if head.endswith(lx.body_suffixes):
            best = i
        if title_re.match(run, i):  # 国家档案局|局长: the title ends the body
            if not head.endswith(lx.body_suffixes) and run[: i + 1].endswith(lx.body_suffixes):
                best = i + 1  # 档案局长 = 档案局 + 长
            break
    return best


def generic_bodies(text: str) -> list[tuple[int, int, Body, str]]:
    """国家档案局, 中央档案馆, 解放军档案馆, 中央军委办公厅保密和档案局 (parent: 中央军委办公厅)."""
    lx = lexicon()
    out = []
    for m in re.finditer(f"(?:{alternation(lx.body_prefixes)})[{HAN}]*", text):
        end = _generic_end(lx, m.group())
        if end < 4:
            continue
        name = m.group()[:end]
        inner = re.match(
            f"(.+?(?:{alternation(lx.body_suffixes)}))(?={alternation(lx.body_prefixes)})", name
        )
        if inner:  # 国家档案局中央档案馆: one body, two nameplates
            out.append((m.start(), m.start() + inner.end(), Body(inner.group(1)), inner.group(1)))
            out += [
                (m.start() + inner.end() + s, m.start() + inner.end() + e, b, r)
                for s, e, b, r in generic_bodies(name[inner.end() :])
            ]
            continue
        parent = None
        for j in range(end - 1, 3, -1):
            if name[:j].endswith(("办公厅", "厅", "部", "委员会", "局", "总署", "银行")):
                parent = name[:j]
                out.append((m.start(), m.start() + j, Body(parent), parent))
                break
        out.append((m.start(), m.start() + end, Body(name, parent), name))
    return out


def session_bodies(text: str, ctx: Context) -> list[tuple[int, int, Body, str]]:
    """大会主席团 / 主席团 of the session the article reports."""
    if not ctx.session:
        return []
    organizer = session_organizer(ctx.session)
    body = Body(f"{ctx.session}主席团", organizer)
    return [(m.start(), m.end(), body, m.group()) for m in re.finditer("(?:大会)?主席团", text)]


def session_organizer(session: str) -> str | None:
    """永州市第四届人民代表大会第七次会议 -> 永州市人民代表大会."""
    m = re.match("(.+?)(人民代表大会|委员会)第.+次会议$", re.sub(SESSION, "", session))
    if not m:
        return None
    return re.sub("^政协", "中国人民政治协商会议", f"{m.group(1)}{m.group(2)}")  # written out


def full_name(raw: str, ctx: Context) -> Body | None:
    """A body as written in a title chain (省委, 国家档案局, 大会主席团), written out."""
    if not raw:
        return None
    if raw == "大会" and ctx.session:  # 大会秘书长: the session itself
        return Body(ctx.session, session_organizer(ctx.session))
    if raw.startswith("中共") and len(raw) > 4:  # 中共广东省委党校 = 广东省委党校, written out
        inner = full_name(raw[2:], ctx)
        if inner and inner.name.startswith("中共"):
            return inner
    for finder in (
        lambda t: relative_bodies(t, ctx),
        lambda t: cppcc_bodies(t, ctx),
        lambda t: leading_groups(t, ctx),
        lambda t: departments(t, ctx),
        national_bodies,
        generic_bodies,
        lambda t: session_bodies(t, ctx),
    ):
        hits = [h for h in finder(raw) if h[0] == 0 and h[1] == len(raw)]
        if hits:
            return hits[-1][2]
    return None
