"""All bodies of a Chinese article, merged into Organization facts.

Collects the finders of zh_orgs over the text, keeps one name per body with the short forms
as aliases, adds the parents named inside a child's name (part_of), and leaves out bodies
named only inside a meeting's or a document's name (《…》), unless the body held the meeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .facts import Evidence, Meeting, Organization
from .rx import occurrences
from .zh_company import company_bodies
from .zh_institution import institution_bodies, school_units, zone_bodies
from .zh_lexicon import HAN, alternation, lexicon
from .zh_meetings import implemented
from .zh_orgs import (
    Body,
    Context,
    cppcc_bodies,
    departments,
    full_name,
    generic_bodies,
    leading_groups,
    national_bodies,
    relative_bodies,
    session_bodies,
)
from .zh_vertical import unit_bodies, with_admin

Hit = tuple[int, int, Body, str]
NUM = "[一二三四五六七八九十]"
DOCUMENTS = ("工作报告", "工作要点")  # a body's document, named after it without 《》
SESSION_AFTER = re.compile(f"第?{NUM}+届(?:{NUM}+次|[^，。；]{{0,6}}全会)")


def outlet_bodies(text: str, source: str | None, ctx: Context) -> list[Hit]:
    """Outlets: the source, 来源：X, a breadcrumb's site, X版权所有, 主办：X. A body's own
    site (冕宁县人民政府网) stands for the body, which is found as a body anyway."""
    suffix = alternation(lexicon().outlet_suffixes)
    out = []
    pats = (
        f"来源[：:]\\s*([{HAN}]{{2,10}}?(?:{suffix}))",
        f"主办[：:]\\s*([{HAN}]{{2,12}}?(?:{suffix}))(?![{HAN}])",
        f"(?:^|[\\s\u3000])([{HAN}]{{2,10}}?(?:{suffix}))主办",
    )
    found = [(m.start(1), m.end(1)) for p in pats for m in re.finditer(p, text, re.M)]
    sites = [m.span(m.lastindex or 1) for m in SITE.finditer(text)]
    found += [(s, e) for s, e in sites if not SITE_NOT.search(text[s:e])]
    if source:
        found += list(occurrences(text, source))
    names = {text[s:e] for s, e in found} | {source}
    for s, e in found:
        name = text[s:e]
        site = re.sub("(?:门户)?网(?:站)?$", "", name)
        if site != name and full_name(site, ctx):
            continue
        # 新华日报社版权所有 on a 新华日报 page: the copyright holder is the paper itself (a
        # sponsor, 新华日报社主办, is the publishing house: a body of its own)
        owner = text.startswith("版权所有", e) and name.endswith("社") and name[:-1] in names
        body = Body(name[:-1]) if owner else Body(name)
        place = ctx.place
        if place and name.endswith("融媒") and name[:-2] in (place.name, place.short):
            body = Body(place.name + "融媒体中心")  # 宁乡融媒: the place's media centre
        out.append((s, e, body, name))
    return out


# The site a page belongs to: the first item of its breadcrumb (津云 > 天津 > 时政), or the
# holder of its copyright line (津云版权所有); not a breadcrumb's 首页 or 当前位置.
SITE = re.compile(
    f"^([{HAN}]{{2,10}})(?:[\\s\u3000]*首页)?[\\s\u3000]*[>＞]|(?<![{HAN}])([{HAN}]{{2,16}})版权所有",
    re.M,
)
SITE_NOT = re.compile(
    "首页|主页|位置|当前|^本[网报站台]"
    "|^(?:新闻中心|新闻|要闻|时政|政务公开|信息公开|工作动态|政务动态|本地新闻|综合新闻|头条)$"
)  # a section opening the breadcrumb is no site


def _find(text: str, ctx: Context, source: str | None = None) -> list[Hit]:
    hits = relative_bodies(text, ctx) + national_bodies(text) + session_bodies(text, ctx)
    hits += cppcc_bodies(text, ctx) + leading_groups(text, ctx)
    hits += institution_bodies(text, ctx.institution) + school_units(text) + zone_bodies(text)
    hits += company_bodies(text, ctx.company)
    hits += [h for h in departments(text, ctx) if not any(h[0] == o[0] for o in hits)]
    hits = _vertical(hits, generic_bodies(text))
    taken = {(s, e) for s, e, _, _ in hits}
    starts = [s for s, _ in taken]  # 中共义乌市委…: a place's body inside is the better reading
    hits += [
        h
        for h in generic_bodies(text)
        if not any(s <= h[0] and h[1] <= e for s, e in taken)
        and not any(h[0] < s < h[1] for s in starts)
    ]
    spans = {(s, e) for s, e, _, _ in hits}  # 来源：党委宣传部 is a body found already
    hits += [h for h in outlet_bodies(text, source, ctx) if (h[0], h[1]) not in spans]
    hits = [(s, e, with_admin(b) or b, raw) for s, e, b, raw in hits]  # 市税务局: 国家税务总局's
    vert = unit_bodies(text, ctx.unit)  # 市局党委, 江苏省税务局: the unit's forms win
    hits = vert + [h for h in hits if not any(v[0] < h[1] and h[0] < v[1] for v in vert)]
    # a hit nested in a longer one at the same start is the longer one's prefix, not a body
    return [
        h
        for h in hits
        if not any(o[0] == h[0] and o[1] > h[1] and o[2].part_of != h[2].name for o in hits)
    ]


def _vertical(hits: list[Hit], generic: list[Hit]) -> list[Hit]:
    """国家税务总局湖州市税务局: a national administration's bureau of a place is one body,
    part of the administration (not the place's own 税务局)."""
    out = list(hits)
    for g in generic:
        for h in hits:
            head = g[3][: h[0] - g[0]]
            if g[0] < h[0] and h[1] == g[1] and head.endswith(("总局", "总署")) and h in out:
                out.remove(h)
                out += [(g[0], g[1], Body(g[2].name, head), g[3]), (g[0], h[0], Body(head), head)]
    return out


COMMITTEE_SHORT = re.compile("中共(.+?[省市区县州旗盟])委(常委会)?")
COMMITTEE_LONG = re.compile("中共(.+?[省市区县州旗盟])委员会(常务委员会)?")


def committee_form(name: str) -> str | None:
    """中共宁乡市委 <-> 中共宁乡市委员会, 中共X区委常委会 <-> 中共X区委员会常务委员会: the
    other full form of a party committee, which an analyst adds with certainty."""
    if m := COMMITTEE_SHORT.fullmatch(name):
        return f"中共{m.group(1)}委员会" + ("常务委员会" if m.group(2) else "")
    if m := COMMITTEE_LONG.fullmatch(name):
        return f"中共{m.group(1)}委" + ("常委会" if m.group(2) else "")
    return None


@dataclass
class BodyIndex:
    hits: list[Hit]
    ctx: Context

    def at_start(self, name: str) -> tuple[Body, str] | None:
        """The body that a meeting name opens with (省委常委会扩大会议 -> 省委常委会)."""
        found = [h for h in _find(name, self.ctx) if h[0] == 0]
        if not found:
            return None
        best = max(found, key=lambda h: h[1])
        return best[2], best[3]

    def explicit_place(self, raw: str) -> bool:
        """永州市第四届人民代表大会…, 政协X市第十五届委员会…: the text writes the place out."""
        places = self.ctx.local + lexicon().places
        return any(p.name in raw or (len(p.short) > 1 and p.short in raw) for p in places)

    def ending(self, subject: str) -> Body | None:
        """The body that ends a subject (…，省委召开 -> 省委)."""
        found = [h for h in _find(subject, self.ctx) if h[1] == len(subject)]
        return max(found, key=lambda h: h[1] - h[0])[2] if found else None

    def organizations(
        self, text: str, meetings: list[Meeting], extra: list[Body], ctx: Context
    ) -> list[Organization]:
        organizers = {m.organizer for m in meetings if m.organizer}
        blocked = [(m.start(), m.end()) for m in re.finditer(r"《[^》]*》", text)]
        for m in meetings:
            for name in (m.name, *m.aliases):
                blocked += list(occurrences(text, name))
        blocked += [(s, e) for _, s, e in implemented(text, 0, len(text))]
        merged: dict[str, dict] = {}

        def add(body: Body, raw: str | None, ev: Evidence | None) -> None:
            entry = merged.setdefault(body.name, {"aliases": [], "part_of": body.part_of, "ev": ev})
            for alias in (raw, *body.aliases, committee_form(body.name)):
                if alias and alias != body.name and alias not in entry["aliases"]:
                    entry["aliases"].append(alias)
            entry["part_of"] = entry["part_of"] or body.part_of
            entry["ev"] = entry["ev"] or ev

        noun = re.compile(alternation(lexicon().meeting_nouns))
        for s, e, body, raw in sorted(self.hits, key=lambda h: h[0]):
            inside = any(bs <= s and e <= be for bs, be in blocked)
            inside = inside or bool(noun.match(text, e))  # 市委全会: in a meeting's name
            inside = inside or bool(SESSION_AFTER.match(text, e))  # 市委六届六次全会
            inside = inside or text.startswith(DOCUMENTS, e)  # 讨论区政府工作报告: a document
            if inside and body.name not in organizers:
                continue
            add(body, raw, Evidence(s, e, text[s:e], "zh.body", 0.8))
        for body in extra:
            add(body, None, None)
        for name in organizers:
            add(Body(name), None, None)
        for name, entry in list(merged.items()):
            parent = entry["part_of"]
            while parent and parent not in merged:
                add(Body(parent), None, None)
                parent = None
            del name
        return [
            Organization(name, tuple(e["aliases"]), e["part_of"], e["ev"])
            for name, e in merged.items()
        ]


def collect_bodies(text: str, ctx: Context, source: str | None) -> BodyIndex:
    return BodyIndex(_find(text, ctx, source), ctx)
