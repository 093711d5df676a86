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
from convene.ingest.en_orgs import Ctx, OrgHit
from convene.ingest.en_stationed import stationed_team
from convene.ingest.en_titles_bare import (
    PARTY_TITLES,
    PostHit,
    gov_level,
    norm_title,
    place_body,
    plural,
)

__all__ = ["START", "Chain", "PostHit", "norm_title", "place_body", "plural", "title_at"]


@cache
def title_at() -> re.Pattern[str]:
    return re.compile(rf"(?i:(?:the\s+|an?\s+)?(?P<t>{gz.titles_re()})(?P<pl>men|women|s)?)\b")


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
_THE_KIND = re.compile(r"\s+of\s+the\s+(?:ministry|department|bureau|commission|administration)\b")
_MINISTRY = re.compile(r"\bMinistry\s+of\s+.+$")
_AT = re.compile(r"\s+(?:at|with)\s+(?:the\s+)?")
START = re.compile(r"\s*[,(]\s*(?:who\s+is\s+(?:also\s+)?|also\s+|concurrently\s+)?")


@cache
def _sub_re(sub: str) -> re.Pattern[str]:
    return re.compile(rf"(?i:{gz.alternation([sub])})(?P<pos>['’]s)?\b")


@cache
def _of_place_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?:the\s+)?(?P<p>Autonomous\s+Region|Province|City|(?=[A-Z])(?:{gz.place_names_re()}))\b"
    )


class Chain:
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
                        party = (org or "").split(" of the ", 1)[0].lower() in _BARE_PARTY
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

    def _lower_ref(self, pos: int) -> tuple[str, int] | None:
        """'President of the university', 'Director of the municipal tax service': the body of
        that type named last before (a lower-case reference to a body the article names)."""
        m = _LOWER_REF.match(self.text, pos)
        if not m:
            return None
        words = m.group(0).split()
        while words and words[-1] not in gz.lines_set("en_body_refs.txt"):
            words.pop()  # 'the committee and ...': the reference ends at its head noun
        if not words:
            return None
        end = pos + len(" ".join(words))
        for k in range(len(words), 0, -1):
            phrase = " ".join(words[-k:])
            prior = [
                h
                for h in self.orgs
                if h.end <= pos
                and not _IN_MEETING_NAME.search(self.text, max(0, h.start - 40), h.start)
                and re.search(rf"\b{re.escape(phrase)}\b", h.name.split(" of ")[0], re.I)
            ]
            if prior:
                return max(prior, key=lambda h: h.end).name, end
        return None

    def _of_place(self, title: str, pos: int, fallback: int) -> tuple[str | None, int]:
        minister = title.lower().endswith("minister")
        m = _of_place_re().match(self.text, pos)
        if m and _NAMED_AFTER_PLACE.match(self.text, m.end()):
            m = None  # 'Chairman of China Rare Earth Group': a body named after a place
        if not m:
            return self._named_body(pos, fallback, minister)
        raw = re.sub(r"\s+", " ", m.group("p"))
        level = {"Autonomous Region": "ar", "Province": "province", "City": "city"}.get(raw)
        if level:
            place = self.ctx.level(level)
        else:
            place = gz.place(raw, self.ctx.province.province if self.ctx.province else None)
        if place is None:
            return self._named_body(pos, fallback, minister)
        kind = "Party Committee" if title.lower() in PARTY_TITLES else "People's Government"
        return f"{place.adjective} {kind}", m.end()

    def _named_body(
        self, pos: int, fallback: int, minister: bool = False
    ) -> tuple[str | None, int]:
        """'Chairman of the Nepal-China Friendship Society': a capitalised name is the body."""
        m = _NAMED_BODY.match(self.text, pos)
        if not m:
            return None, fallback
        end = m.end()
        for a in re.finditer(r"\s+and\s+", m.group(0)):  # '... Party Committee and President'
            if title_at().match(self.text, m.start() + a.end()):
                end = m.start() + a.start()
                break
        # "Finland's Nordhavn Industries": the country's possessive is no part of the name
        name = re.sub(r"\s+", " ", self.text[m.start("n") : end])
        for w in _WORD_PAIR.finditer(name):  # 'Executive Chairman of the Conference Fu Zhiqing'
            if gz.is_han_name(w.group(1), w.group(2)):
                name, end = name[: w.start()], m.start("n") + w.start()
                break
        if _MEETING_NOUN.fullmatch(name):
            return None, end  # '... of the Conference': a meeting, not a body
        if name.lower() in _BARE_PARTY:  # 'Secretary of the Party Committee and President of X'
            of = re.compile(r"\s+of\s+the\s+(?=[a-z])").match(self.text, end)
            ref = self._lower_ref(of.end()) if of else None
            if ref:  # 'Members of the Party Committee of the municipal tax service'
                return f"{name} of the {ref[0]}", ref[1]
            return f"#{name}", end
        longer = [h.name for h in self.orgs if h.name.startswith(name + " ")]
        if longer:  # 'China Rare Earth Group' for 'China Rare Earth Group Co., Ltd.'
            return min(longer, key=len), end
        if minister and not re.search(r"\b(?:Ministry|Department|Bureau|Office)\b", name):
            name = f"Ministry of {name}"  # 'Vice Minister of Water Resources'
        return name, end

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
                if org is None and prev and prev.endswith("Party Committee"):
                    org = f"{sub} of the {prev}"  # '... Party Committee and Minister of the
                    # Publicity Department': the committee's department
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
_IN_MEETING_NAME = re.compile(r"\b(?:Session|Meeting|Plenum)\s+of\s+the\s+(?:\w+\s+)?$")
_LOWER_REF = re.compile(r"[a-z]+(?: [a-z]+){0,2}\b")
# a place followed by another capitalised word that is not a level of government
_NAMED_AFTER_PLACE = re.compile(
    r"\s+(?!(?:Province|City|Municipality|Autonomous|Prefecture|County|District|Region)\b)"
    r"[A-Z][a-z]"
)
_WORD_PAIR = re.compile(r" (?=([A-Z][a-z]+) ([A-Z][a-z]+)\b)")
_MEETING_NOUN = re.compile(r"(?:Conference|Session|Meeting|Congress)")
_BARE_PARTY = {"party committee", "party group", "party leadership group", "party branch"}
_NAMED_BODY = re.compile(  # one line: a headline's name does not run into the next line
    r"(?:The[ \t]+)?(?:(?!(?:People|Women|Children|Workers)['’])[A-Z][a-z]+['’]s[ \t]+(?=[A-Z]))?"
    r"(?P<n>[A-Z][\w'’-]+(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|and[ \t]+|for[ \t]+)?[A-Z][\w'’-]+)"
    r"{1,6})"
)
