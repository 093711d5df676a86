"""Posts: the titles written next to a name, with the body each belongs to.

"X, Member of the Standing Committee of the Municipal Party Committee and Secretary General,"
gives two posts in one body; "Governor Wang Hao" gives a post by the bare-title rule; a post
someone is removed from, or resigns from, at the reported meeting is not held.
"""

from __future__ import annotations

import re
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_chain import START, Chain, PostHit, norm_title, place_body, plural
from convene.ingest.en_orgs import Ctx, OrgHit
from convene.ingest.en_persons import Mention

_REMOVED_BEFORE = re.compile(r"(?:remov\w*|dismiss\w*|reliev\w*|recall\w*)\s+$", re.I)
_REMOVED_AFTER = re.compile(
    r"\s+(?:from\s+(?:the\s+)?(?:post|office|position)s?\s+(?:of|as)\s+|of\s+(?:his|her)\s+"
    r"(?:post|office|position)s?\s+(?:of|as)\s+)",
    re.I,
)
_RESIGN_AFTER = re.compile(
    r"\s+(?:resign\w*|stepp\w*\s+down)\s+(?:from\s+(?:his|her|the)\s+(?:office|post|position)s?\s+)?"
    r"(?:as|of)\s+",
    re.I,
)
_REQUEST_AFTER = re.compile(
    r"['’]s\s+(?:request|application)\s+to\s+resign\s+(?:from\s+)?(?:as\s+)?", re.I
)
_APPOINT_AFTER = re.compile(r"\s+(?:as|to\s+be|to\s+the\s+post\s+of)\s+", re.I)
_APPOINT_BEFORE = re.compile(r"(?:appoint\w*|elect\w*|name[ds]?|nominat\w*)\s+$", re.I)
_PLURAL_PRE = re.compile(r"(?:,\s+|\s+and\s+)$")


@cache
def _pre_title_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:(?P<t>{gz.titles_re()})(?P<pl>men|women|s)?)[ \t]+$")


@cache
def _title_of_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:(?P<t>{gz.titles_re()}))\s+of\s+(?:the\s+)?$")


def extract_posts(
    text: str, mentions: list[Mention], orgs: list[OrgHit], ctx: Ctx
) -> list[PostHit]:
    chain = Chain(text, orgs, ctx)
    out: list[PostHit] = []
    plural_title: tuple[str, int] | None = None  # "the executive chairmen A, B and C"
    for m in mentions:
        if m.short:
            continue
        before = text[max(0, m.start - 60) : m.start]
        # removed from / resigns from: not held
        for pat, held in (
            (_REMOVED_AFTER, False),
            (_RESIGN_AFTER, False),
            (_REQUEST_AFTER, True),
            (_APPOINT_AFTER, True),
        ):
            a = pat.match(text, m.end)
            if not a:
                continue
            if pat is _REMOVED_AFTER and not _REMOVED_BEFORE.search(before):
                continue
            if pat is _APPOINT_AFTER and not _APPOINT_BEFORE.search(before):
                continue
            posts, _ = chain.parse(a.end(), m.name)
            out += [
                PostHit(p.person, p.title, p.organization, p.start, p.end, held, "en.post.change")
                for p in posts
            ]
        # appositive: "X, <title> of <body> and <title>,"
        s = START.match(text, m.end)
        if s:
            posts, _ = chain.parse(s.end(), m.name)
            out += posts
        # "Secretary of the CPC Hubei Provincial Committee Li Hua" (no comma)
        lead = _lead_post(text, m, chain)
        if lead:
            out.append(lead)
            continue
        # title before the name: "Governor Wang Hao", "the executive chairmen A, B and C"
        pre = _pre_title_re().search(before)
        if pre:
            title = norm_title(pre.group("t") + plural(pre.group("pl")))
            org = place_body(title, ctx)
            prev = next((h for h in orgs if 0 <= pre.start() + m.start - 60 - h.end <= 1), None)
            if prev and len(before) == 60:
                org = prev.name
            out.append(
                PostHit(
                    m.name,
                    title,
                    org,
                    m.start - len(before) + pre.start("t"),
                    m.end,
                    True,
                    "en.post.pretitle",
                )
            )
            plural_title = (title, m.end) if pre.group("pl") else None
        elif (
            plural_title
            and _PLURAL_PRE.search(text[plural_title[1] : m.start]) is not None
            and m.start - plural_title[1] < 8
        ):
            out.append(PostHit(m.name, plural_title[0], None, m.start, m.end, True, "en.post.list"))
            plural_title = (plural_title[0], m.end)
        else:
            plural_title = None
    return _resolve(out)


def _lead_post(text: str, m: Mention, chain: Chain) -> PostHit | None:
    hit = next((h for h in chain.by_start.values() if 0 <= m.start - h.end <= 1), None)
    if hit is None:
        return None
    t = _title_of_re().search(text[max(0, hit.start - 60) : hit.start])
    if not t:
        return None
    start = hit.start - len(text[max(0, hit.start - 60) : hit.start]) + t.start("t")
    return PostHit(m.name, norm_title(t.group("t")), hit.name, start, hit.end, True, "en.post.lead")


def _resolve(posts: list[PostHit]) -> list[PostHit]:
    """A title seen with a body elsewhere in the article takes that body; drop null duplicates."""
    bodies: dict[str, set[str]] = {}
    for p in posts:
        if p.organization and p.held:
            bodies.setdefault(p.title.lower(), set()).add(p.organization)
    out: list[PostHit] = []
    for p in posts:
        org = p.organization
        if (
            org is None
            and p.rule in ("en.post.pretitle", "en.post.list")
            and len(bodies.get(p.title.lower(), ())) == 1
        ):
            org = next(iter(bodies[p.title.lower()]))
        out.append(PostHit(p.person, p.title, org, p.start, p.end, p.held, p.rule))
    removed = {(p.person, p.title.lower()) for p in out if not p.held}
    seen: set[tuple[str, str]] = set()
    final = []
    for p in out:
        key = (p.person, p.title.lower())
        if key in removed and p.held and p.rule != "en.post.change":
            continue
        if p.organization is None and any(
            q.person == p.person and q.title.lower() == p.title.lower() and q.organization
            for q in out
        ):
            continue
        k2 = (p.person, f"{p.title.lower()}|{p.organization}")
        if k2 not in seen:
            seen.add(k2)
            final.append(p)
    return final
