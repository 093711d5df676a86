"""The Chinese extractor: `extract_zh(article) -> Extraction`, a pure function.

Rule and gazetteer driven for official meeting reports (the gazetteers are ingest/data/zh_*):
zh_context (credits, jurisdiction; places from zh_places, counties and districts found by
pattern) -> zh_persons (names; title chains in zh_chains) -> zh_orgs / zh_bodies (bodies
written out with their place) -> zh_assemble (held meetings of zh_meetings, with dates,
zh_roles participations and implemented meetings). Every fact carries Evidence with offsets
into article.text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .facts import (
    Article,
    Evidence,
    Extraction,
    Organization,
    Person,
    Post,
)
from .pinyin import to_pinyin_name
from .zh_assemble import assemble_meetings
from .zh_bodies import collect_bodies
from .zh_chains import place_like
from .zh_company import COMPANY_TITLES, company_body, own_company
from .zh_context import credit_spans, jurisdiction
from .zh_coref import surname_title_refs
from .zh_institution import institution, institution_body, university_committee
from .zh_lexicon import HAN, lexicon, sentences
from .zh_orgs import Body, Context, full_name, party_group
from .zh_persons import Mention, RawPost, base_title, find_mentions
from .zh_places import level_words
from .zh_vertical import own_unit, unit_body, with_admin

LEVEL_WORDS = ("自治区", "省", "市", "区", "县", "州")
TERM_BEFORE = re.compile("^第?[一二三四五六七八九十]+届(?=自治区|[省市区县州旗]委)")


def _ev(text: str, start: int, end: int, rule: str, confidence: float = 0.8) -> Evidence:
    return Evidence(start, end, text[start:end], rule, confidence)


# --- persons ------------------------------------------------------------------------------


GUEST_SCHOOL = re.compile(f"([{HAN}]{{2,12}}?(?:大学|学院))党委")


def _guest_school(title: str, org: str, ctx: Context) -> str | None:
    """中南大学党委书记 on another body's page: 党委书记 of 中南大学, as written (on the
    university's own page 校党委 is its committee, 中共X大学委员会)."""
    m = GUEST_SCHOOL.fullmatch(org if not title.startswith("党委") else org + "党委")
    return m.group(1) if m and m.group(1) != ctx.institution else None


def _post(
    text: str, raw_title: str, raw_org: str, start: int, end: int, ctx: Context, rule: str
) -> Post:
    title, org = raw_title, raw_org
    school = _guest_school(title, org, ctx)
    if school:
        return Post("党委" + title.removeprefix("党委"), school, _ev(text, start, end, rule))
    group = re.match("(党组|党委|党工委|纪检组)(.+)", title)
    unit = unit_body(group.group(1), "", ctx.unit) if group and not org else None
    if group and unit:  # 党委委员 on a unit's page: of the unit's 党委
        return Post(group.group(2), unit.name, _ev(text, start, end, rule))
    if group and org and group.group(1) != "纪检组":
        # 省人大常委会党组书记: 书记 of the 党组 of the body
        body = bodies_for_post(title, org, ctx)
        org_name = party_group(body.name if body else org, group.group(1))
        return Post(group.group(2), org_name, _ev(text, start, end, rule))
    body = bodies_for_post(title, org, ctx)
    return Post(title, body.name if body else None, _ev(text, start, end, rule))


def bodies_for_post(title: str, org: str, ctx: Context) -> Body | None:
    """The body of a post: the chain's own body, else the one its title fixes (省长 -> 省政府)."""
    return with_admin(_bodies_for_post(title, org, ctx))


def _bodies_for_post(title: str, org: str, ctx: Context) -> Body | None:
    org = TERM_BEFORE.sub("", org)  # 为十三届区委委员: the committee of its term is the 区委
    if org in LEVEL_WORDS:  # 自治区主席, 省长 written as 省 + 长
        org = org + "政府"
    if org == "大会" and title.endswith("主席"):  # 大会执行主席: of the session's presidium
        org = "大会主席团"
    if org.endswith("纪委监委"):  # 省纪委监委副主任: of the supervisory commission
        org = org[:-4] + ("监委" if "主任" in title else "纪委")
    vertical = unit_body(org, title, ctx.unit)
    if vertical:  # 市局党委, 省局, 江苏省税务局; 局长 on a tax bureau's page
        return vertical
    own = institution_body(org or ("校" if base_title(title) == "校长" else ""), ctx.institution)
    own = own or company_body(org or ("公司" if title in COMPANY_TITLES else ""), ctx.company)
    own = own or university_committee(org)
    if own:  # 校党委书记, 校长: of the university whose page this is
        return own
    if base_title(title) in ("乡长", "镇长") and re.search("[乡镇]$", org):
        org += "政府"  # 沙洲坝镇镇长: of the township's government
    town = township_body(org, ctx)
    if town:
        return town
    group = re.fullmatch("(.+?)(党组|党委|党工委)", org)
    if group and not org.endswith(("省党委", "区党委")):  # 省政府党组成员: the body's 党组
        inner = full_name(group.group(1), ctx)
        if inner:
            return Body(party_group(inner.name, group.group(2)), inner.name)
    placed = _placed_title(title, org, ctx)
    if placed:
        return placed
    if org:
        body = full_name(org, ctx) or _sub_unit(org, ctx)
        relative = org.startswith(LEVEL_WORDS) or org in ("大会主席团", "主席团")
        return body if body or relative else Body(org, _university(org) or _unit_parent(org))
    fixed = dict(lexicon().title_bodies).get(base_title(title))
    if not fixed:
        return None
    if fixed == "委":
        fixed = (level_words(ctx.place)[0] if ctx.place else "省") + "委"
    return full_name(fixed, ctx)


def _university(org: str) -> str | None:
    """南开大学化学学院: a school of a university named in front of it belongs to it."""
    m = re.fullmatch(f"([{HAN}]{{2,10}}?大学)[{HAN}]{{2,12}}(?:学院|研究院|研究所|医院|系)", org)
    return m.group(1) if m else None


UNIT_PARENT = re.compile(
    f"([{HAN}]{{2,12}}?(?:海关|局|厅|委员会|公司|医院|学院))[{HAN}]{{1,8}}(?:科|处|股|室|所)"
)


def _unit_parent(org: str) -> str | None:
    """黄岛海关查验一科: a section of a body named in front of it belongs to it."""
    m = UNIT_PARENT.fullmatch(org)
    return m.group(1) if m else None


SUB_UNITS = ("分局", "支队", "大队", "分行", "支行", "分公司", "管理局", "调查队", "监管局")
SUB_UNITS += ("科", "处", "监督检查室", "审查调查室", "司")  # 市委组织部干部二科, 商务部外贸司


def _sub_unit(org: str, ctx: Context) -> Body | None:
    """市公安局莲都分局, 省公安厅交通管理局: a unit of a body the article writes out."""
    if not org.endswith(SUB_UNITS) or org.endswith("公司"):
        return None
    for i in range(len(org) - 2, 1, -1):
        parent = full_name(org[:i], ctx)
        if parent:
            return Body(parent.name + org[i:], parent.name)
    return None


def township_body(org: str, ctx: Context) -> Body | None:
    """叶坪乡党委 on a 瑞金市 page is 中共瑞金市叶坪乡委员会; 沙洲坝镇政府 its 人民政府."""
    m = re.fullmatch("(.{0,6}?(?:乡|镇|街道))(党委|党工委|人民政府|政府|办事处|人大)", org)
    if m and m.group(1) in ("乡", "镇", "街道") and ctx.town and ctx.town.endswith(m.group(1)):
        return _town_body(ctx.town, m.group(2))  # 镇党委 on the town's own page
    if not m or not place_like(m.group(1)) or lexicon().place_by_name(m.group(1)):
        return None
    county = ctx.place.name if ctx.place and ctx.place.level in ("county", "district") else ""
    town = m.group(1) if m.group(1).startswith(county) else county + m.group(1)
    return _town_body(town, m.group(2))


def _town_body(town: str, kind: str) -> Body:
    if kind == "党委":
        return Body(f"中共{town}委员会")
    if kind == "党工委":
        return Body(f"中共{town}工作委员会")
    if kind == "人大":
        return Body(f"{town}人民代表大会")
    return Body(f"{town}办事处" if town.endswith("街道") else f"{town}人民政府")


TOWN_PAGE = re.compile(
    f"[{HAN}]{{1,6}}?(?:镇|乡|街道)(?=人民政府|政府|办事处|党委|党工委|召开|举行|$)"
)


def own_town(title: str | None, source: str | None) -> str | None:
    """The township whose page this is: opening the headline (新市镇召开…) or the source."""
    for where in (title or "", source or ""):
        m = TOWN_PAGE.match(where)
        if m and place_like(m.group()) and m.group()[0] not in "全我本各该":
            return m.group()
    return None


def _placed_title(title: str, org: str, ctx: Context) -> Body | None:
    """温州市长 -> 温州市人民政府: a place before a title that fixes its body."""
    fixed = dict(lexicon().title_bodies).get(base_title(title))
    if not org or not fixed or fixed.startswith(("中共", "国务院", "全国")) or not place_like(org):
        return None
    place = lexicon().place_by_name(org)
    name = place.name if place else org
    rest = re.sub("^(?:自治区|省|市|区|县|州)", "", fixed)
    body = full_name(name + rest, ctx)
    if body is None and rest == "政府":  # a county found nowhere else: 安吉县副县长
        return Body(name + "人民政府")
    return body


def _post_bodies(raw: RawPost, ctx: Context) -> list[Body]:
    """The bodies a post names, for the organization list (a 党组 with its parent)."""
    post = _post("", raw.title, raw.org, 0, 0, ctx, "")
    if _guest_school(raw.title, raw.org, ctx):
        return [Body(post.organization or "")]
    if not post.organization or raw.org in ("",) + LEVEL_WORDS:
        return []  # a body only implied by a title (区长, 自治区主席) is not named
    if post.organization == ctx.session:  # 大会秘书长: of the session, a meeting
        return []
    if _placed_title(raw.title, raw.org, ctx):  # 温州市长: implied too
        return []
    body = bodies_for_post(raw.title, raw.org, ctx)
    if raw.title.startswith(("党组", "党委", "党工委")):
        parent = body.name if body else raw.org
        plain = post.organization.removeprefix("中共")  # the form without 中共, for matching
        aliases = (plain,) if plain != post.organization else ()
        return [Body(post.organization, parent, aliases)] + ([body] if body else [])
    if body and raw.org != body.name and not raw.org.startswith(LEVEL_WORDS):
        body = Body(body.name, body.part_of, (*body.aliases, raw.org))  # 海关总署党委, as written
    return [body or Body(post.organization)]


def _persons(text: str, mentions: list[Mention], ctx: Context) -> list[Person]:
    by_name: dict[str, list[Mention]] = {}
    for men in mentions:
        by_name.setdefault(men.name, []).append(men)
    out = []
    for name, mens in by_name.items():
        posts: dict[tuple[str, str | None], Post] = {}
        for men in mens:
            for p in men.posts:
                post = _post(text, p.title, p.org, p.start, men.end, ctx, men.rule)
                posts.setdefault((post.title, post.organization), post)
        titled = {t for t, org in posts if org}
        posts = {k: p for k, p in posts.items() if k[1] or k[0] not in titled}
        first = mens[0]
        aliases = (to_pinyin_name(name),)
        out.append(
            Person(
                name, aliases, tuple(posts.values()), _ev(text, first.start, first.end, first.rule)
            )
        )
    return out


def extract_zh(article: Article) -> Extraction:
    text = article.text
    place, ctx = jurisdiction(article)
    ctx = replace(
        ctx,
        institution=institution(text, article.source),
        unit=own_unit(text, article.source, article.title),
        town=own_town(article.title, article.source),
        company=own_company(text, article.source),
    )
    sents = sentences(text)
    skip = credit_spans(text)
    mentions = find_mentions(text, skip)
    mentions = sorted(mentions + surname_title_refs(text, mentions), key=lambda m: m.start)
    persons = _persons(text, mentions, ctx)
    index = collect_bodies(text, ctx, article.source)
    meetings = assemble_meetings(article, sents, mentions, index)
    post_bodies = [b for men in mentions for raw in men.posts for b in _post_bodies(raw, ctx)]
    orgs = index.organizations(text, meetings, post_bodies, ctx)
    return Extraction(
        article=replace(article, jurisdiction=place),
        persons=tuple(persons),
        organizations=tuple(orgs),
        meetings=tuple(meetings),
        extractor="convene.zh",
    )


__all__ = ["extract_zh", "Organization"]
