"""Posts: the titles written next to a name, with the body each belongs to.

"X, Member of the Standing Committee of the Municipal Party Committee and Secretary General,"
gives two posts in one body; "Governor Wang Hao" gives a post by the bare-title rule; a post
someone is removed from, or resigns from, at the reported meeting is not held.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_orgs import Ctx, OrgHit
from convene.ingest.en_persons import Mention


@dataclass(frozen=True)
class PostHit:
    person: str
    title: str
    organization: str | None
    start: int
    end: int
    held: bool = True
    rule: str = "en.post"


# Titles whose body is fixed by the title alone or by the article's place (GOLD.md "Bare titles").
_NATIONAL = {
    "general secretary": "CPC Central Committee",
    "premier": "State Council",
    "vice premier": "State Council",
}
_GOVERNMENT = {
    "governor": "province",
    "vice governor": "province",
    "executive vice governor": "province",
    "mayor": "city",
    "vice mayor": "city",
    "executive vice mayor": "city",
}
_PARTY = {"secretary", "deputy secretary", "party secretary"}


@cache
def _title_at() -> re.Pattern[str]:
    return re.compile(rf"(?i:(?:the\s+)?(?P<t>{gz.titles_re()})(?P<pl>men|women|s)?)\b")


_SEP = re.compile(r"\s*(?:,\s*and\s+|,\s*|;\s*and\s+|;\s*|\s+and\s+)(?:also\s+|concurrently\s+)?")
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_START = re.compile(r"\s*,\s*(?:who\s+is\s+(?:also\s+)?|also\s+|concurrently\s+)?")


def _plural(pl: str | None) -> str:
    """'executive chairmen' -> 'Executive Chairman'."""
    return "man" if pl == "men" else "woman" if pl == "women" else ""


def norm_title(raw: str) -> str:
    t = re.sub(r"\s+", " ", raw.strip())
    t = re.sub(r"(?i)^the ", "", t)
    t = re.sub(r"(?i)secretary[ -]general", "Secretary-General", t)
    t = re.sub(r"(?i)director[ -]general", "Director-General", t)
    words = [w if w in ("of", "the") else w[:1].upper() + w[1:] for w in t.split(" ")]
    return " ".join(words)


def _place_body(title: str, ctx: Ctx, place_level: str | None = None) -> str | None:
    """The body a bare title belongs to: the government or the party committee of the place."""
    low = title.lower()
    if low in _NATIONAL:
        return _NATIONAL[low]
    level = _GOVERNMENT.get(low) or place_level
    if level:
        p = ctx.level(level)
        return f"{p.adjective} People's Government" if p else None
    if low in _PARTY:
        p = ctx.city or ctx.province
        return f"{p.adjective} Party Committee" if p else None
    return None


@cache
def _sub_re(sub: str) -> re.Pattern[str]:
    return re.compile(rf"(?i:{gz.alternation([sub])})(?P<pos>['’]s)?\b")


class _Chain:
    """Parses the titles in one appositive, left to right."""

    def __init__(self, text: str, orgs: list[OrgHit], ctx: Ctx):
        self.text, self.ctx = text, ctx
        self.by_start: dict[int, OrgHit] = {}
        for h in orgs:  # the outermost body at a position wins
            cur = self.by_start.get(h.start)
            if cur is None or h.end > cur.end:
                self.by_start[h.start] = h
        self.orgs = orgs

    def _sub_ref(self, pos: int) -> tuple[str | None, int, str | None]:
        """'the presidium', "the presidium's executive chairmen", 'the Party Leadership Group'."""
        for sub in gz.subbodies():
            m = _sub_re(sub).match(self.text, pos)
            if not m:
                continue
            prior = [
                h for h in self.orgs if h.name.lower().startswith(sub.lower()) and h.start < pos
            ]
            name = prior[-1].name if prior else None
            tail = None
            if m.group("pos"):
                t = _title_at().match(self.text, m.end() + 1)
                if t:
                    tail = norm_title(t.group("t"))
                    return name, t.end(), tail
            return name or f"#{sub}", m.end(), tail
        return None, pos, None

    def parse(self, pos: int, person: str) -> tuple[list[PostHit], int]:
        posts: list[PostHit] = []
        while True:
            t = _title_at().match(self.text, pos)
            if not t:
                break
            title, start, pos = (
                norm_title(t.group("t") + _plural(t.group("pl"))),
                t.start("t"),
                t.end(),
            )
            org = None
            if title.lower().endswith("member"):
                sc = re.compile(r"\s+of\s+the\s+Standing\s+Committee(?=\s+of\b)", re.I).match(
                    self.text, pos
                )
                if sc:
                    title, pos = title + " of the Standing Committee", sc.end()
            of = _OF.match(self.text, pos)
            if of:
                hit = self.by_start.get(of.end()) or self.by_start.get(of.start() + 4)
                if hit:
                    org, pos = hit.name, hit.end
                else:
                    org, pos2, tail = self._sub_ref(of.end())
                    if org:
                        pos = pos2
                        if tail:
                            title = f"{title} of the {tail}"
                    else:
                        org, pos = self._of_place(title, of.end(), pos)
            posts.append(PostHit(person, title, org, start, pos))
            sep = _SEP.match(self.text, pos)
            if not sep or not _title_at().match(self.text, sep.end()):
                break
            if self.text[sep.end() : sep.end() + 1].islower() and sep.group(0).strip() == "":
                break
            pos = sep.end()
        return self._fill(posts), pos

    def _of_place(self, title: str, pos: int, fallback: int) -> tuple[str | None, int]:
        m = re.compile(
            rf"(?:the\s+)?(?P<p>Autonomous\s+Region|Province|City|{gz.place_names_re()})\b"
        ).match(self.text, pos)
        if not m:
            return self._named_body(pos, fallback)
        raw = re.sub(r"\s+", " ", m.group("p"))
        level = {"Autonomous Region": "ar", "Province": "province", "City": "city"}.get(raw)
        if level:
            place = self.ctx.level(level)
        else:
            place = gz.place(raw, self.ctx.province.province if self.ctx.province else None)
        if place is None:
            return self._named_body(pos, fallback)
        kind = "Party Committee" if title.lower() in _PARTY else "People's Government"
        return f"{place.adjective} {kind}", m.end()

    def _named_body(self, pos: int, fallback: int) -> tuple[str | None, int]:
        """'Chairman of the Nepal-China Friendship Society': a capitalised name is the body."""
        m = _NAMED_BODY.match(self.text, pos)
        if not m:
            return None, fallback
        return re.sub(r"\s+", " ", m.group(0)), m.end()

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
                org = f"{org[1:]} of the {nxt}" if nxt else None
                out[i] = PostHit(p.person, p.title, org, p.start, p.end, p.held, "en.post.subbody")
                continue
            elif org is None:
                org = _place_body(p.title, self.ctx)
                if org is None and i > 0 and p.title.lower() not in _GOVERNMENT:
                    org = out[i - 1].organization
            out[i] = PostHit(p.person, p.title, org, p.start, p.end, p.held, p.rule)
        return out


_NAMED_BODY = re.compile(
    r"(?:The\s+)?[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?|and\s+|for\s+)?[A-Z][\w'’-]+){1,6}"
)
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


def extract_posts(
    text: str, mentions: list[Mention], orgs: list[OrgHit], ctx: Ctx
) -> list[PostHit]:
    chain = _Chain(text, orgs, ctx)
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
        s = _START.match(text, m.end)
        if s:
            posts, _ = chain.parse(s.end(), m.name)
            out += posts
        # "Secretary of the CPC Hubei Provincial Committee Li Hua" (no comma)
        lead = _lead_post(text, m, chain)
        if lead:
            out.append(lead)
            continue
        # title before the name: "Governor Wang Hao", "the executive chairmen A, B and C"
        pre = re.search(rf"(?i:(?P<t>{gz.titles_re()})(?P<pl>men|women|s)?)[ \t]+$", before)
        if pre:
            title = norm_title(pre.group("t") + _plural(pre.group("pl")))
            org = _place_body(title, ctx)
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


def _lead_post(text: str, m: Mention, chain: _Chain) -> PostHit | None:
    hit = next((h for h in chain.by_start.values() if 0 <= m.start - h.end <= 1), None)
    if hit is None:
        return None
    t = re.search(
        rf"(?i:(?P<t>{gz.titles_re()}))\s+of\s+(?:the\s+)?$",
        text[max(0, hit.start - 60) : hit.start],
    )
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
