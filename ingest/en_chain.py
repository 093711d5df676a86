"""Title chains: the posts written in one appositive, each with the body it belongs to.

"Member of the Standing Committee of the Municipal Party Committee and Secretary General" is two
posts in one body; "Governor" alone is the provincial government's; "Secretary of the Party
Leadership Group and Vice Chairman of the Standing Committee ..." puts the group under the body
named by the next post.
"""

from __future__ import annotations

import re
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_chain_refs import BARE_PARTY, ChainRefs, title_at
from convene.ingest.en_orgs import Ctx, OrgHit
from convene.ingest.en_stationed import stationed_team
from convene.ingest.en_titles_bare import (
    PostHit,
    gov_level,
    norm_title,
    place_body,
    plural,
)

__all__ = ["START", "Chain", "PostHit", "norm_title", "place_body", "plural", "title_at"]


_SEP = re.compile(
    r"\s*(?:,\s*and\s+|,\s*|;\s*and\s+|;\s*|\s+and\s+)"
    r"(?:who\s+is\s+(?:also\s+)?|also\s+|concurrently\s+)?"
)
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_ITS = re.compile(
    r"\s+of\s+its\s+(?P<b>(?:[A-Z][\w'’-]*\s+(?:and\s+)?){0,6}"
    r"(?:Department|Bureau|Commission|Office|Committee|Group|School|Court))\b"
)
_OF_THE = re.compile(r"\s+of\s+the\s+(?=[A-Z])")
_THE_KIND = re.compile(
    r"\s+of\s+the\s+(?i:ministry|department|bureau|commission|administration)\b(?!\s+of\b)"
)
_MINISTRY = re.compile(r"\bMinistry\s+of\s+.+$")
_AT = re.compile(r"\s+(?:at|with)\s+(?:the\s+)?")
START = re.compile(r"\s*[,(]\s*(?:who\s+is\s+(?:also\s+)?|also\s+|concurrently\s+)?")


@cache
def _sub_re(sub: str) -> re.Pattern[str]:
    return re.compile(rf"(?i:{gz.alternation([sub])})(?P<pos>['’]s)?\b")


class Chain(ChainRefs):
    """Parses the titles in one appositive, left to right."""

    def __init__(self, text: str, orgs: list[OrgHit], ctx: Ctx):
        self.text, self.ctx = text, ctx
        self.by_start: dict[int, OrgHit] = {}
        for h in orgs:  # the outermost body at a position wins
            cur = self.by_start.get(h.start)
            if cur is None or h.end > cur.end:
                self.by_start[h.start] = h
        self.orgs = orgs
        self.names = {h.name for h in orgs}
        self.subs: dict[str, str] = {}  # 'the Party Leadership Group' -> the one resolved before

    def _sub_ref(self, pos: int) -> tuple[str | None, int, str | None]:
        """'the presidium', "the presidium's executive chairmen", 'the Party Leadership Group'."""
        for sub in gz.subbodies():
            m = _sub_re(sub).match(self.text, pos)
            if not m:
                continue
            prior = [
                h for h in self.orgs if h.name.lower().startswith(sub.lower()) and h.start < pos
            ] or [  # 'Head of the Leading Group' after 'the Municipal Leading Group for X'
                h
                for h in self.orgs
                if h.start < pos and h.rule == "en.org.task" and sub.lower() in h.name.lower()
            ]
            name = prior[-1].name if prior else None
            tail = None
            if m.group("pos"):
                t = title_at().match(self.text, m.end() + 1)
                if t:
                    tail = norm_title(t.group("t"))
                    return name, t.end(), tail
            of_sub = _OF_THE.match(self.text, m.end())
            if name is None and of_sub:  # 'the Office of the Leading Group': of the group named
                inner, end, _ = self._sub_ref(of_sub.end())
                if inner and not inner.startswith("#"):
                    return f"{sub} of the {inner}", end, None
            the = _THE_KIND.match(self.text, m.end())  # 'of the ministry': the one named next
            return name or f"#{sub}", the.end() if the else m.end(), tail
        return None, pos, None

    def parse(self, pos: int, person: str) -> tuple[list[PostHit], int]:
        posts: list[PostHit] = []
        while True:
            t = title_at().match(self.text, pos)
            if not t:
                break
            title, start, pos = (
                norm_title(t.group("t") + plural(t.group("pl"))),
                t.start("t"),
                t.end(),
            )
            org, rule = None, "en.post"
            if title.lower().endswith("member"):
                sc = re.compile(r"\s+of\s+the\s+Standing\s+Committee(?=\s+of\b)", re.I).match(
                    self.text, pos
                )
                if sc:
                    title, pos = title + " of the Standing Committee", sc.end()
            of = _OF.match(self.text, pos)
            at = _AT.match(self.text, pos)
            its = _ITS.match(self.text, pos)
            unit = _OF_UNIT.match(self.text, pos) if title.lower().endswith("head") else None
            if unit and place_body(title, self.ctx, "district"):
                # 'Head of the District': the title as written, of the district's government
                title = f"{title} of the {unit.group('u').capitalize()}"
                org, pos = place_body(title, self.ctx, "district"), unit.end()
            elif its and posts and posts[-1].organization:  # 'Minister of its United Front Work
                # Department': a department of the body the previous title belongs to
                org = f"{' '.join(its.group('b').split())} of the {posts[-1].organization}"
                pos, rule = its.end(), "en.post.subbody"
            elif at and self.by_start.get(at.end()):  # 'a professor at the Party School of X'
                org, pos = self.by_start[at.end()].name, self.by_start[at.end()].end
            elif of:
                hit = self.by_start.get(of.end()) or self.by_start.get(of.start() + 4)
                team = stationed_team(self.text, of.end(), self.orgs, self.ctx)
                if team:
                    (org, pos), rule = team, "en.post.subbody"
                elif hit:
                    org, pos = hit.name, hit.end
                else:
                    org, pos2, tail = self._sub_ref(of.end())
                    prev = posts[-1].organization if posts else None
                    # 'Member of the Standing Committee of the Municipal Party Committee and
                    # Minister of the Organization Department': that committee's department
                    if (
                        org
                        and prev
                        and prev.endswith("Party Committee")
                        and " of the " in org
                        and not org.endswith(prev)
                        and org[0] != "#"
                    ):
                        org = f"{org.split(' of the ')[0]} of the {prev}"
                    if org:
                        pos = pos2
                        if tail:
                            title = f"{title} of the {tail}"
                        if " of the " in org and org[0] != "#" and org not in self.names:
                            rule = "en.post.subbody"  # 'the Office of the Leading Group'
                    elif (ref := self._lower_ref(of.end())) is not None:
                        org, pos = ref
                    elif bare := _LOWER_PARTY.match(self.text, of.end()):
                        # 'secretary of the party committee and director of the bureau'
                        org, pos = "#" + norm_title(bare.group(0)), bare.end()
                    else:
                        org, pos = self._of_place(title, of.end(), pos)
                        party = (org or "").split(" of the ", 1)[0].lower() in BARE_PARTY
                        if party and " of the " in org and org not in self.names:
                            rule = "en.post.subbody"  # 'the Party Committee of the university'
            posts.append(PostHit(person, title, org, start, pos, rule=rule))
            sep = _SEP.match(self.text, pos)
            if not sep or not title_at().match(self.text, sep.end()):
                break
            if self.text[sep.end() : sep.end() + 1].islower() and sep.group(0).strip() == "":
                break
            pos = sep.end()
        return self._fill(posts), pos

    def _fill(self, posts: list[PostHit]) -> list[PostHit]:
        """Bodies the chain leaves implicit: bare titles, shared bodies, sub-bodies of the next."""
        out = list(posts)
        for i, p in enumerate(out):
            org = p.organization
            if org and org.startswith("#"):
                nxt = next(
                    (
                        q.organization
                        for q in out[i + 1 :]
                        if q.organization and not q.organization.startswith("#")
                    ),
                    None,
                )
                sub = org[1:]
                org = f"{sub} of the {nxt}" if nxt else self.subs.get(sub.lower())
                if org and org.replace(" of the ", " of ", 1) in self.names:
                    org = org.replace(" of the ", " of ", 1)  # as the body is named elsewhere
                prev = out[i - 1].organization if i else None
                named_after = _OF.match(self.text, p.end)  # 'the Office of the X ...' unparsed
                if org is None and prev and not prev.startswith("#") and not named_after:
                    # '... Party Committee and Minister of the Publicity Department',
                    # 'spokesperson of the Ministry of X and Deputy Director of the Information
                    # Office': the body's department ('the inspection team': the same team)
                    same = prev.split(" of the ")[0].lower().endswith(sub.lower())
                    org = prev if same else f"{sub} of the {prev}"
                if org:
                    self.subs[sub.lower()] = org
                out[i] = PostHit(p.person, p.title, org, p.start, p.end, p.held, "en.post.subbody")
                continue
            elif org is None:
                org = place_body(p.title, self.ctx)
                nxt_post = out[i + 1] if i + 1 < len(out) else None
                if (
                    org is None
                    and nxt_post is not None
                    and nxt_post.organization
                    and not nxt_post.organization.startswith("#")
                    and re.fullmatch(r"\s+and\s+", self.text[p.end : nxt_post.start])
                ):
                    org = nxt_post.organization  # 'Director and General Manager of the group'
                if org is None and i > 0 and gov_level(p.title) is None:
                    org = out[i - 1].organization
                    ministry = _MINISTRY.search(org or "")
                    group = _PARTY_GROUP_OF.match(org or "")
                    if ministry and p.title.lower().endswith("minister"):
                        org = ministry.group(0)  # 'Members of its Party group and Vice Ministers
                    elif group and not _GROUP_TITLE.search(p.title):
                        org = group.group("b")  # 'Secretary of the Party group and Director': the
                        # directorship is the department's, not the group's
            out[i] = PostHit(p.person, p.title, org, p.start, p.end, p.held, p.rule)
        return out


_LOWER_PARTY = re.compile(r"party[ \t]+(?:leadership[ \t]+)?(?:committee|group|branch)\b")
_OF_UNIT = re.compile(
    r"\s+of\s+the\s+(?P<u>[Dd]istrict|[Cc]ounty)\b(?![ \t]+(?:[A-Z]|party|people|government))"
)
_PARTY_GROUP_OF = re.compile(r"Party (?:Leadership )?(?:Group|Committee) of (?:the )?(?P<b>.+)$")
_GROUP_TITLE = re.compile(r"\b(?:Secretary|Member|Leader|Head)\b", re.I)
