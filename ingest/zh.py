"""The Chinese extractor: `extract_zh(article) -> Extraction`, a pure function.

Rule and gazetteer driven for official meeting reports (the gazetteers are ingest/data/zh_*):
zh_context (credits, jurisdiction) -> zh_persons (names, title chains) -> zh_orgs (bodies
written out with their place) -> zh_meetings (held meetings, implemented meetings) ->
zh_roles (participations). Every fact carries Evidence with offsets into article.text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .facts import (
    Article,
    Evidence,
    Extraction,
    Implements,
    Meeting,
    Organization,
    Participation,
    Person,
    Post,
)
from .pinyin import to_pinyin_name
from .zh_bodies import BodyIndex, collect_bodies
from .zh_context import credit_spans, jurisdiction
from .zh_coref import surname_title_refs
from .zh_dates import SAME_DAY, find_dates
from .zh_lexicon import lexicon, sentences
from .zh_meetings import Held, find_held, implemented
from .zh_orgs import Body, Context, full_name, session_organizer
from .zh_persons import Mention, RawPost, base_title, find_mentions
from .zh_places import level_words
from .zh_roles import participations

LEVEL_WORDS = ("自治区", "省", "市", "区", "县", "州")


def _ev(text: str, start: int, end: int, rule: str, confidence: float = 0.8) -> Evidence:
    return Evidence(start, end, text[start:end], rule, confidence)


# --- persons ------------------------------------------------------------------------------


def _post(
    text: str, raw_title: str, raw_org: str, start: int, end: int, ctx: Context, rule: str
) -> Post:
    title, org = raw_title, raw_org
    group = re.match("(党组|党委|党工委)(.+)", title)
    if group and org:  # 省人大常委会党组书记: 书记 of the 党组 of the body
        body = bodies_for_post(title, org, ctx)
        org_name = f"{body.name if body else org}{group.group(1)}"
        return Post(group.group(2), org_name, _ev(text, start, end, rule))
    body = bodies_for_post(title, org, ctx)
    return Post(title, body.name if body else None, _ev(text, start, end, rule))


def bodies_for_post(title: str, org: str, ctx: Context) -> Body | None:
    """The body of a post: the chain's own body, else the one its title fixes (省长 -> 省政府)."""
    if org in LEVEL_WORDS:  # 自治区主席, 省长 written as 省 + 长
        org = org + "政府"
    if org == "大会" and title.endswith("主席"):  # 大会执行主席: of the session's presidium
        org = "大会主席团"
    if org:
        body = full_name(org, ctx)
        relative = org.startswith(LEVEL_WORDS) or org in ("大会主席团", "主席团")
        return body if body or relative else Body(org)
    fixed = dict(lexicon().title_bodies).get(base_title(title))
    if not fixed:
        return None
    if fixed == "委":
        fixed = (level_words(ctx.place)[0] if ctx.place else "省") + "委"
    return full_name(fixed, ctx)


def _post_bodies(raw: RawPost, ctx: Context) -> list[Body]:
    """The bodies a post names, for the organization list (a 党组 with its parent)."""
    post = _post("", raw.title, raw.org, 0, 0, ctx, "")
    if not post.organization or not raw.org:  # a body only implied by a title is not named
        return []
    body = bodies_for_post(raw.title, raw.org, ctx)
    if raw.title.startswith(("党组", "党委", "党工委")):
        parent = body.name if body else raw.org
        return [Body(post.organization, parent)] + ([body] if body else [])
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


# --- meetings -----------------------------------------------------------------------------


def _session_name(name: str) -> str:
    """永州市四届人大七次会议 -> 永州市第四届人民代表大会第七次会议."""
    m = re.fullmatch(
        r"(.+?)第?([一二三四五六七八九十]+)届人大第?([一二三四五六七八九十]+)次会议", name
    )
    return f"{m.group(1)}第{m.group(2)}届人民代表大会第{m.group(3)}次会议" if m else name


def _meeting_name(held: Held, index: BodyIndex) -> tuple[str, str | None]:
    """(full name, organizer) of a held meeting."""
    name = _session_name(held.name)
    organizer = session_organizer(name)
    lead = index.at_start(name)
    if lead and not index.explicit_place(lead[1]):
        body, raw = lead
        return body.name + name[len(raw) :], organizer or body.name
    subj = index.ending(held.subject)
    if subj:
        return subj.name + name, organizer or subj.name
    return name, organizer


def _alias_ok(alias: str, name: str) -> bool:
    return alias != name and alias not in lexicon().meeting_nouns


def _similar(a: str, b: str) -> bool:
    """The same meeting named fully and shortly (扩大会议 / 中共X省委常委会扩大会议); a meeting
    of a body of the other (…第七次会议 / …第七次会议主席团第一次会议) is another one."""
    short, long = sorted((a, b), key=len)
    if short not in long:
        return False
    rest = long.replace(short, "", 1)
    return not rest or not rest.endswith(tuple(lexicon().meeting_nouns))


def _meetings(article: Article, sents, mentions, index: BodyIndex) -> list[Meeting]:
    text = article.text
    dates = find_dates(text, article.published)
    held: list[tuple[int, Held, str, str | None, str | None, str | None]] = []
    for i, sent in enumerate(sents):
        for h in find_held(text, sent):
            name, organizer = _meeting_name(h, index)
            day = [d for d in dates if sent[0] <= d.start < h.trigger]
            date = day[-1] if day else None
            if date is None and SAME_DAY.match(text[sent[0] : sent[1]]) and held:
                date_iso, end_iso = held[-1][4], None
            else:
                date_iso, end_iso = (date.date, date.end_date) if date else (None, None)
            held.append((i, h, name, organizer, date_iso, end_iso))
    dated = [x for x in held if x[4]]
    body = dated if dated else held[:1]
    meetings: list[tuple[int, Held, str, str | None, str | None, str | None, list[str]]] = []
    for x in body:
        if any(_similar(x[2], m[2]) and x[4] == m[4] for m in meetings):
            continue
        aliases = [h[1].name for h in held if _similar(h[2], x[2]) and h[1].name != x[2]]
        meetings.append((*x, aliases))
    out = []
    for k, (i, h, name, organizer, date, end_date, aliases) in enumerate(meetings):
        first = 0 if k == 0 else i
        last = meetings[k + 1][0] if k + 1 < len(meetings) else len(sents)
        seg = sents[first:last]
        parts: dict[tuple[str, str], Participation] = {}
        for t in participations(text, seg, mentions):
            parts.setdefault(
                (t.name, t.role),
                Participation(t.name, t.role, _ev(text, t.start, t.end, "zh.verb")),
            )
        for who in [p.person for p in parts.values()]:
            parts.setdefault((who, "attendee"), None)
        impl: dict[str, Implements] = {}
        for s, e in seg:
            for mname, ms, me in implemented(text, s, e):
                lead = index.at_start(mname)
                if lead and lead[1].startswith(LEVEL_WORDS):  # 省委十一届五次全会 -> 中共江西省委…
                    mname = lead[0].name + mname[len(lead[1]) :]
                if not _similar(mname, name):
                    impl.setdefault(mname, Implements(mname, _ev(text, ms, me, "zh.implements")))
        out.append(
            Meeting(
                name=name,
                date=date,
                end_date=end_date,
                location=h.location,
                organizer=organizer,
                aliases=tuple(dict.fromkeys(a for a in aliases + [h.name] if _alias_ok(a, name))),
                participations=tuple(p for p in parts.values() if p is not None),
                implements=tuple(impl.values()),
                evidence=_ev(text, h.start, h.end, "zh.held"),
            )
        )
    return out


def extract_zh(article: Article) -> Extraction:
    text = article.text
    place, ctx = jurisdiction(article)
    sents = sentences(text)
    skip = credit_spans(text)
    mentions = find_mentions(text, skip)
    mentions = sorted(mentions + surname_title_refs(text, mentions), key=lambda m: m.start)
    persons = _persons(text, mentions, ctx)
    index = collect_bodies(text, ctx, article.source)
    meetings = _meetings(article, sents, mentions, index)
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
