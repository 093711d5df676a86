"""Posts: the titles written next to a name, with the body each belongs to.

"X, Member of the Standing Committee of the Municipal Party Committee and Secretary General,"
gives two posts in one body; "Governor Wang Hao" gives a post by the bare-title rule; titles
with their body may also lead a list of names ("Members of the Standing Committee of the X A, B
and C"), and one title is shared along a list. A post someone is removed from, or resigns from,
at the reported meeting is not held; a "former" one neither. Bodies the text leaves out are
filled in by en_post_bodies.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_chain import START, Chain, PostHit, norm_title, place_body, plural, title_at
from convene.ingest.en_orgs import Ctx, OrgHit
from convene.ingest.en_persons import Mention
from convene.ingest.en_post_bodies import Host, resolve

_REMOVED_BEFORE = re.compile(
    r"(?:remov\w*|dismiss\w*|reliev\w*|recall\w*|accept\w*\s+(?:the\s+)?resignation\s+of)\s+$",
    re.I,
)
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
_APPOINT_AFTER = re.compile(
    r"\s+(?:(?:was|were)\s+(?:added|appointed|elected|by-elected|co-opted|named)\s+)?"
    r"(?:as|to\s+be|to\s+the\s+post\s+of)\s+",
    re.I,
)
_PASSIVE_APPOINT = re.compile(r"\s+(?:was|were)\s+\w+\s+as\b", re.I)
_APPOINT_BEFORE = re.compile(r"(?:appoint\w*|elect\w*|name[ds]?|nominat\w*)\s+$", re.I)
_PLURAL_PRE = re.compile(r"(?:,\s+|\s+and\s+)$")


@cache
def _pre_title_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:(?P<t>{gz.titles_re()})(?P<pl>men|women|s)?)[ \t]+$")


def extract_posts(
    text: str,
    mentions: list[Mention],
    orgs: list[OrgHit],
    ctx: Ctx,
    hosts: Sequence[Host] = (),
) -> list[PostHit]:
    """Every post written next to a name; `hosts` are (offset, organizer) of the reported
    meetings, whose body a bare title of theirs ('Chairman X') belongs to."""
    chain = Chain(text, orgs, ctx)
    out: list[PostHit] = []
    starts = {m.start for m in mentions}
    ends = {m.end for m in mentions if not m.short}
    shared: _Shared | None = None  # "the executive chairmen A, B and C": one title for a list
    for m in mentions:
        if m.short:
            continue
        before = text[max(0, m.start - 60) : m.start]
        out += _changes(text, m, mentions, before, chain)
        # appositive: "X, <title> of <body> and <title>," -- unless the titles lead the next name
        s = START.match(text, m.end)
        if s:
            posts, end = chain.parse(s.end(), m.name)
            gap = len(text[end : end + 4]) - len(text[end : end + 4].lstrip(" \t"))
            posts = posts if end + gap not in starts else _own(text, posts)
            out += posts + _shared_back(text, m, mentions, s.end(), posts)
        # titles written before the name: "Members of the Standing Committee of the X A, B and C"
        lead, plural_lead = _lead(text, m, chain, ends)
        if lead:
            out += lead
            more = tuple((p.title, p.organization) for p in lead[:-1])
            shared = (
                _Shared(lead[-1].title, lead[-1].organization, m.end, m.start, more)
                if plural_lead
                else None
            )
            continue
        pre = _pre_title_re().search(before)
        if pre and _leaders(pre.group("t"), pre.group("pl")):
            pre = None  # 'district leaders A and B' describes, it is no post
        if pre and _FORMER.search(before, 0, pre.start("t")):
            shared = None  # 'former Vice Mayor X': a post no longer held
        elif pre:  # "Governor Wang Hao", "the executive chairmen A, B and C"
            title = norm_title(pre.group("t") + plural(pre.group("pl")))
            org = place_body(title, ctx)
            prev = next((h for h in orgs if 0 <= pre.start() + m.start - 60 - h.end <= 1), None)
            if prev and len(before) == 60:
                org = prev.name
            t_start = m.start - len(before) + pre.start("t")
            group = t_start
            if shared and _LIST_GAP.fullmatch(text, shared.end, t_start):
                group = shared.group  # "Vice Chairpersons of the X A and B and Secretary-General C"
                org = org or shared.org
            of = _OF_BODY.match(text, m.end)  # 'Professor X of Y University'
            if org is None and of and chain.by_start.get(of.end()):
                org = chain.by_start[of.end()].name
            out.append(PostHit(m.name, title, org, t_start, m.end, True, "en.post.pretitle", group))
            shared = (
                _Shared(title, org, m.end, group) if pre.group("pl") or group != t_start else None
            )
        elif shared and _LIST_GAP.fullmatch(text, shared.end, m.start) and not _titled(text, m):
            # 'Members of X and Vice Ministers A, B and C': every title of the lead is shared
            for title, org in (*shared.more, (shared.title, shared.org)):
                out.append(
                    PostHit(m.name, title, org, m.start, m.end, True, "en.post.list", shared.group)
                )
            shared = _Shared(shared.title, shared.org, m.end, shared.group, shared.more)
        else:
            shared = None
    return resolve(out, hosts)


@dataclass(frozen=True)
class _Shared:
    title: str
    org: str | None
    end: int
    group: int
    more: tuple[tuple[str, str | None], ...] = ()  # the lead's other (title, body) pairs


_FORMER = re.compile(r"\b(?:former|late|ex-|retired|then)\s*$", re.I)
_OF_BODY = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?")
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_NEXT_NAME = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)")


def _changes(text, m: Mention, mentions, before: str, chain: Chain) -> list[PostHit]:
    """Posts conferred or removed: 'appointed A as ...', 'by-elected A and B as members of ...'."""
    after = _list_end(text, m, mentions)
    out = []
    for pat, held in (
        (_REMOVED_AFTER, False),
        (_RESIGN_AFTER, False),
        (_REQUEST_AFTER, True),
        (_APPOINT_AFTER, True),
    ):
        a = pat.match(text, m.end) or (pat is _APPOINT_AFTER and pat.match(text, after))
        if not a:
            continue
        if pat is _REMOVED_AFTER and not _REMOVED_BEFORE.search(before):
            continue
        if (
            pat is _APPOINT_AFTER
            and not _PASSIVE_APPOINT.match(text, after)
            and not _APPOINT_BEFORE.search(_list_start(text, m, mentions))
        ):
            continue
        posts, _ = chain.parse(a.end(), m.name)
        out += [
            PostHit(p.person, p.title, p.organization, p.start, p.end, held, "en.post.change")
            for p in posts
        ]
    return out


def _shared_back(
    text: str, m: Mention, mentions: list[Mention], at: int, posts: list[PostHit]
) -> list[PostHit]:
    """'A and B, Members of the Party Committee and Vice Presidents of X': a plural title after
    a list of names is every name's."""
    t = title_at().match(text, at)
    if not posts or not t or not t.group("pl"):
        return []
    out, start = [], m.start
    for n in reversed(mentions):
        if n.end > start or n.short:
            continue
        if not _NEXT_NAME.fullmatch(text, n.end, start):
            break
        out += [
            PostHit(n.name, p.title, p.organization, p.start, p.end, p.held, p.rule, p.group)
            for p in posts
        ]
        start = n.start
    return out


def _leaders(title: str, pl: str | None) -> bool:
    """'leaders of the group A and B', 'municipal leaders A, B': a description, not a post."""
    # ('state leader Xi' likewise; 'Deputy Leader X' of a group is a post)
    return title.lower().split()[-1] == "leader" and (bool(pl) or title == "leader")


def _list_end(text: str, m: Mention, mentions: list[Mention]) -> int:
    """Where a list of names that starts or continues at m ends ('A, B and C' -> after C)."""
    end = m.end
    for n in mentions:
        if n.start > end:
            gap = _NEXT_NAME.fullmatch(text, end, n.start)
            if not gap:
                break
            end = n.end
    return end


def _list_start(text: str, m: Mention, mentions: list[Mention]) -> str:
    """The 60 characters before the list of names that m is in."""
    start = m.start
    for n in reversed(mentions):
        if n.end <= start and _NEXT_NAME.fullmatch(text, n.end, start):
            start = n.start
        elif n.end <= start:
            break
    return text[max(0, start - 60) : start]


def _titled(text: str, m: Mention) -> bool:
    """'..., and Gong Li, Head of X': a name with its own title leaves the shared list."""
    s = START.match(text, m.end)
    t = title_at().match(text, s.end()) if s and s.group(0).strip().startswith(",") else None
    if t and _NAME_NEXT.match(text, t.end()):
        return False  # '..., and C, Chief Planner D': the title is D's, written before D
    return bool(t and not t.group("pl"))  # a plural title leads the names after it


_NAME_NEXT = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]+(?:-[a-z]+)?(?=\s*[,;.]|\s+and\b)")


def _own(text: str, posts: list[PostHit]) -> list[PostHit]:
    """'A, Deputy Secretary of X, and Members of X and Vice Ministers B, C': the titles up to the
    plural one are A's; the plural ones lead the next names. Without a plural, only the last
    title leads the next name."""
    for i, p in enumerate(posts):
        t = title_at().match(text, p.start)
        if i and t and t.group("pl"):
            return posts[:i]
    # 'A, Member of X and Secretary-General, and Vice Mayor B': the last title is B's
    return posts[:-1]


_COMMA_AND = re.compile(r",\s+and\s")


def _lead(text: str, m: Mention, chain: Chain, ends: set[int]) -> tuple[list[PostHit], bool]:
    """Titles with their body right before a name: 'Secretary of the CPC Hubei Provincial
    Committee Li Hua', 'Members of the Standing Committee of the Provincial Party Committee A'.
    A title right after another name ('B, Deputy Secretary of X, and Members ... A') is B's."""
    lo = max(text.rfind(c, 0, m.start) for c in ".;\n:") + 1
    lo = max(lo, m.start - 200)
    after_name = {s.end() for e in ends if lo - 60 <= e < m.start and (s := START.match(text, e))}
    for t in title_at().finditer(text, lo, m.start):
        if t.start() and text[t.start() - 1].isalnum() or _leaders(t.group("t"), t.group("pl")):
            continue
        seg = text[t.start() : m.start]
        if not t.group("pl") and (
            (t.start() in after_name and "," in seg) or _COMMA_AND.search(seg)
        ):
            # '..., and C, vice chairman of the CPPCC D' is one title, D's; but in 'A, head of
            # X, and Vice Mayor D' only 'Vice Mayor' is D's
            continue
        posts, end = chain.parse(t.start(), m.name)
        if posts and text[end : m.start].strip() == "" and " of " in text[t.start() : m.start]:
            return [
                PostHit(p.person, p.title, p.organization, p.start, p.end, p.held, "en.post.lead")
                for p in posts
            ], bool(t.group("pl"))
    return [], False
