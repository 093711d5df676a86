"""Which body a post belongs to when the text leaves it out.

A bare title takes the body its title (or its head title) has elsewhere in the article, the body of
the list it is written in, or else the body that held the meeting it is reported at, where that
kind of body has such a title ("Chairman X presided over the session" of a people's congress
standing committee). A title that a more specific title of the same person ends with is dropped
("Vice Governor" beside "Executive Vice Governor").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_chain import PostHit

_BARE = ("en.post.pretitle", "en.post.list")
Host = tuple[int, str | None]  # a reported meeting: its offset and the body that held it


def head(title: str) -> str:
    """'Executive Vice Chairman' -> 'chairman': the title without its modifiers."""
    words = title.lower().split()
    mods = gz.title_modifiers()
    while len(words) > 1 and words[0] in mods:
        words = words[1:]
    h = " ".join(words)
    return "chairman" if h in ("chairwoman", "chairperson", "chair") else h


@cache
def _host_titles() -> list[tuple[re.Pattern[str], frozenset[str]]]:
    rows = [ln.split("\t") for ln in gz.lines("en_host_titles.tsv")]
    return [(re.compile(r[0], re.I), frozenset(r[1].lower().split("|"))) for r in rows]


def host_body(title: str, organizer: str | None) -> str | None:
    """The organizer, or a body it is part of ('X of the Y'), whose kind has this title."""
    body = organizer
    while body:
        for rx, heads in _host_titles():
            if head(title) in heads and rx.search(body):
                return body
        body = body.split(" of the ", 1)[1] if " of the " in body else None
    return None


def _host_at(hosts: Sequence[Host], pos: int) -> str | None:
    """The organizer of the meeting reported last before pos (or the first one)."""
    if not hosts:
        return None
    i = bisect_right([h[0] for h in hosts], pos) - 1
    return hosts[max(i, 0)][1]


def resolve(posts: list[PostHit], hosts: Sequence[Host] = ()) -> list[PostHit]:
    """Fill the bodies the text leaves out, then drop removed, generic and duplicate posts."""
    bodies: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}  # 'Director of X' elsewhere: a bare 'Vice Director' is of X
    for p in posts:
        if p.organization and p.held:
            bodies.setdefault(p.title.lower(), set()).add(p.organization)
            if p.rule != "en.post.change":
                heads.setdefault(head(p.title), set()).add(p.organization)
    out: list[PostHit] = []
    for p in posts:
        org = p.organization
        if org is None and p.rule in _BARE:
            if len(bodies.get(p.title.lower(), ())) == 1:
                org = next(iter(bodies[p.title.lower()]))
            elif len(heads.get(head(p.title), ())) == 1:
                org = next(iter(heads[head(p.title)]))
        out.append(PostHit(p.person, p.title, org, p.start, p.end, p.held, p.rule, p.group))
    out = _by_list_and_host(out, sorted(hosts, key=lambda h: h[0]))
    return _dedupe(out)


def _by_list_and_host(posts: list[PostHit], hosts: Sequence[Host]) -> list[PostHit]:
    groups: dict[int, str] = {}
    for p in posts:
        if p.group >= 0 and p.organization and p.rule in _BARE:
            groups.setdefault(p.group, p.organization)
    out = []
    for p in posts:
        org = p.organization
        if org is None and p.rule in _BARE:
            org = groups.get(p.group) if p.group >= 0 else None
            org = org or host_body(p.title, _host_at(hosts, p.start))
        out.append(PostHit(p.person, p.title, org, p.start, p.end, p.held, p.rule, p.group))
    return out


def _dedupe(out: list[PostHit]) -> list[PostHit]:
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
        if any(  # 'Vice Governor' beside 'Executive Vice Governor' of the same body
            q.person == p.person
            and q.held
            and q.title.lower().endswith(" " + p.title.lower())
            and q.organization == p.organization
            for q in out
        ):
            continue
        k2 = (p.person, f"{p.title.lower()}|{p.organization}")
        if k2 not in seen:
            seen.add(k2)
            final.append(p)
    return final
