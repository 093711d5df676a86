"""A seeded generator of graph rows (GraphBatch per synthetic article) following the graph model.

This skips extraction so the loader, the queries and the export can be measured at 10k-1M nodes.
Each batch is what the mapping hands the loader for one article: the Article, its Meeting
(ORGANIZED_BY a body of the article's place), Participation fact nodes with TOOK_PART/IN_MEETING
and the CHAIRED/ATTENDED shortcuts, Tenures of posts, an Implementation of an earlier meeting,
credits, and one Claim per fact node (ASSERTS, IN_ARTICLE). Shared nodes (people, bodies, posts,
places) are repeated in every batch that mentions them, as the mapping does.

Degree is realistic: officials are drawn Zipf-like within their place (a party secretary chairs
hundreds of meetings, most deputies a few), ~10% of meetings are reported by two articles, and
reporters and editors recur per outlet. Batch i depends only on (seed, i).
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from bench.common import no_gc
from bench.gen_articles import Name, bodies, implemented, person_name, places, posts, topics
from convene.ontology.batch import GraphBatch, NodeRow, RelRow

OFFICIALS_PER_PLACE = 30
ARTICLES_PER_PLACE = 400  # a new place (county, district) every 400 articles
JOURNALISTS_PER_PLACE = 25
FILLER = ("The meeting stressed that all departments must carry out their duties and report "
          "progress on time. ")


def _id(label: str, *parts: object) -> str:
    """As the mapping makes ids: the SHA-1 of the label and the content."""
    return hashlib.sha1("\x1f".join(map(str, (label, *parts))).encode()).hexdigest()


@cache
def _classify(text: str, scheme: str) -> str | None:
    from convene.ontology.vocab import classify

    return classify(text, scheme)


def _key(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalpha())


@cache
def _place(seed: int, k: int) -> tuple[str, str, str]:
    """(id, english, chinese) of place k; the listed places first, then numbered districts."""
    base = places()[k % len(places())]
    if k < len(places()):
        return _id("Place", base.en), base.en, base.zh
    en, zh = f"{base.en} District {k // len(places())}", f"{base.zh}{k // len(places())}区"
    return _id("Place", en), en, zh


@cache
def _people(seed: int, k: int, kind: str, n: int) -> tuple[Name, ...]:
    rng = random.Random(f"graph-people:{seed}:{k}:{kind}")
    return tuple(person_name(rng) for _ in range(n))


@cache
def _zipf(n: int) -> tuple[float, ...]:
    return tuple(itertools.accumulate(1 / (r + 1) for r in range(n)))


@cache
def _person_row(name: Name) -> NodeRow:
    # Cached: a person recurs in hundreds of batches; rows are never mutated (frozen, and the
    # loader and merged() copy props).
    pid = _id("Person", name.zh, name.en)
    return NodeRow("Person", pid, {"name": name.en, "names": [name.en, name.zh],
                                   "name_en": name.en, "name_zh": name.zh,
                                   "pinyin_key": _key(name.en)})


class _Rows:
    def __init__(self) -> None:
        self.nodes: list[NodeRow] = []
        self.rels: list[RelRow] = []

    def node(self, label: str, id_: str, **props) -> str:
        self.nodes.append(NodeRow(label, id_, {k: v for k, v in props.items() if v is not None}))
        return id_

    def rel(self, type_: str, a: tuple[str, str], b: tuple[str, str], **props) -> None:
        self.rels.append(RelRow(type_, a[0], a[1], b[0], b[1], props))


def _org(rows: _Rows, seed: int, k: int, body: str) -> str:
    oid, nodes, rels = _org_rows(seed, k, body)
    rows.nodes.extend(nodes)
    rows.rels.extend(rels)
    return oid


@cache
def _org_rows(seed: int, k: int, body: str) -> tuple[str, tuple[NodeRow, ...], tuple[RelRow, ...]]:
    """The rows of body `body` of place k (and its parent): the same in every batch, so built
    once (generating the 1M-node graph is a good part of the benchmark's own time)."""
    rows = _Rows()
    pid, pen, pzh = _place(seed, k)
    en, zh = bodies()[body]
    name = en.format(Place=pen, Level="Municipal", P=pzh, l="市")
    oid = rows.node("Organization", _id("Organization", name), name=name,
                    aliases=[zh.format(Place=pen, Level="Municipal", P=pzh, l="市")],
                    kind=_classify(name, "BodyKinds"))
    rows.node("Place", pid, name=pen, name_zh=pzh)
    rows.rel("JURISDICTION", ("Organization", oid), ("Place", pid))
    if body in ("standing", "discipline"):
        parent = _org(rows, seed, k, "party")
        rows.rel("PART_OF", ("Organization", oid), ("Organization", parent))
    return oid, tuple(rows.nodes), tuple(rows.rels)


def _claim(rows: _Rows, rng: random.Random, aid: str, fact: tuple[str, str], rule: str) -> None:
    start = rng.randrange(2000)
    cid = rows.node("Claim", _id("Claim", aid, fact[1], rule), quote=FILLER[:rng.randint(40, 90)],
                    start=start, end=start + 60, rule=rule, version="bench", confidence=0.9)
    rows.rel("ASSERTS", ("Claim", cid), fact)
    rows.rel("IN_ARTICLE", ("Claim", cid), ("Article", aid))


def _meeting_ref(seed: int, j: int) -> tuple[str, str, str, int, str]:
    """(id, name, date, place, organizer body) of the meeting first reported by article j."""
    rng = random.Random(f"graph-meeting:{seed}:{j}")
    newest = j // ARTICLES_PER_PLACE
    k = newest if rng.random() < 0.5 else rng.randrange(newest + 1)
    topic = rng.choice(topics())[0]
    date = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    name = f"{_place(seed, k)[1]} meeting on {topic} #{j}"
    body = rng.choice(("standing", "party", "gov", "gov", "congress", "cppcc"))
    return _id("Meeting", name, date), name, date, k, body


def batch(seed: int, i: int) -> GraphBatch:
    """The rows of synthetic article i."""
    rng = random.Random(f"graph:{seed}:{i}")
    rows = _Rows()
    # ~10% of articles report a meeting an earlier article already reported.
    j = rng.randrange(max(i - 50, 0), i) if i and rng.random() < 0.1 else i
    mid, mname, mdate, k, body = _meeting_ref(seed, j)
    language = "en" if rng.random() < 0.6 else "zh"
    aid = rows.node("Article", _id("Article", seed, i), document=f"bench-graph-{i:07d}.txt",
                    title=mname, published=mdate, language=language,
                    source=f"{_place(seed, k)[1]} Daily",
                    url=f"https://example.org/graph/{seed}/{i}", text=FILLER * rng.randint(10, 30))
    org = _org(rows, seed, k, body)
    rows.node("Meeting", mid, name=mname, aliases=[], date=mdate,
              location=_place(seed, k)[1] if rng.random() < 0.3 else None)
    rows.rel("ORGANIZED_BY", ("Meeting", mid), ("Organization", org))
    _claim(rows, rng, aid, ("Meeting", mid), "meeting")

    officials = _people(seed, k, "officials", OFFICIALS_PER_PLACE)
    ranks = sorted({min(int(x), len(officials) - 1) for x in
                    rng.choices(range(len(officials)), cum_weights=_zipf(len(officials)),
                                k=rng.randint(2, 9))})
    post_keys = list(posts())
    for n, r in enumerate(ranks):
        person = _person_row(officials[r])
        rows.nodes.append(person)
        role = "chair" if n == 0 else rng.choice(("attendee", "attendee", "attendee", "speaker"))
        part = rows.node("Participation", _id("Participation", person.id, mid), role=role)
        rows.rel("TOOK_PART", ("Person", person.id), ("Participation", part))
        rows.rel("IN_MEETING", ("Participation", part), ("Meeting", mid))
        if role == "chair":
            rows.rel("CHAIRED", ("Person", person.id), ("Meeting", mid))
        else:
            rows.rel("ATTENDED", ("Person", person.id), ("Meeting", mid), role=role)
        _claim(rows, rng, aid, ("Participation", part), "participation")
        if n < 3:  # the article names the posts of the first few participants
            key = post_keys[r % len(post_keys)]
            post_body, en, _zh, _seats = posts()[key]
            post_org = _org(rows, seed, k, post_body)
            title = en.split(" of ")[0].replace("{Gov}", "Mayor")
            post = rows.node("Post", _id("Post", title, post_org), title=title,
                             role=_classify(title, "PostRoles"))
            rows.rel("POST_IN", ("Post", post), ("Organization", post_org))
            # First seen when the official took the post; last seen at this meeting.
            took = f"{2013 + int(person.id[:4], 16) % 5}-0{1 + int(post[:4], 16) % 9}-15"
            tenure = rows.node("Tenure", _id("Tenure", person.id, post), first_seen=took,
                               last_seen=max(took, mdate))
            rows.rel("HOLDS", ("Person", person.id), ("Tenure", tenure))
            rows.rel("OF_POST", ("Tenure", tenure), ("Post", post))
            _claim(rows, rng, aid, ("Tenure", tenure), "post")

    if rng.random() < 0.5:  # conveys the spirit of an earlier (national or local) meeting
        if i and rng.random() < 0.5:
            eid, ename, edate, _, _ = _meeting_ref(seed, rng.randrange(max(i - 2000, 0), i))
        else:
            ename, edate = rng.choice(implemented())[0], None
            eid = _id("Meeting", ename)
        rows.node("Meeting", eid, name=ename, date=edate)
        impl = rows.node("Implementation", _id("Implementation", mid, eid))
        rows.rel("BY", ("Implementation", impl), ("Meeting", mid))
        rows.rel("OF", ("Implementation", impl), ("Meeting", eid))
        rows.rel("IMPLEMENTS", ("Meeting", mid), ("Meeting", eid))
        _claim(rows, rng, aid, ("Implementation", impl), "implements")

    journalists = _people(seed, k, "journalists", JOURNALISTS_PER_PLACE)
    credits = [("REPORTED", rng.choice(journalists)) for _ in range(rng.randint(1, 2))]
    credits.append(("EDITED", rng.choice(journalists)))
    if rng.random() < 0.1:
        credits.append(("PHOTOGRAPHED", rng.choice(journalists)))
    for rtype, name in credits:
        person = _person_row(name)
        rows.nodes.append(person)
        rows.rel(rtype, ("Person", person.id), ("Article", aid))
    return GraphBatch(aid, tuple(rows.nodes), tuple(rows.rels))


def batches(n: int, seed: int = 7) -> Iterator[GraphBatch]:
    for i in range(n):
        yield batch(seed, i)


@dataclass(frozen=True)
class Sized:
    batches: tuple[GraphBatch, ...]
    nodes: int  # distinct nodes
    rels: int  # distinct relationships


class _Prefix:
    """The batches generated so far for one seed, with the distinct node and relationship counts
    of every prefix: every size of every section is a prefix of the same sequence, so the
    sections share one generation (the 1M-node graph's 64k articles take minutes in Python)."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.batches: list[GraphBatch] = []
        self.nodes: list[int] = [0]  # distinct nodes of the first i batches
        self.rels: list[int] = [0]
        self._seen_n: set[str] = set()
        self._seen_r: set[tuple[str, str, str]] = set()

    def grow(self) -> None:
        b = batch(self.seed, len(self.batches))
        self.batches.append(b)
        self._seen_n.update(n.id for n in b.nodes)
        self._seen_r.update((r.type, r.start, r.end) for r in b.rels)
        self.nodes.append(len(self._seen_n))
        self.rels.append(len(self._seen_r))


_PREFIXES: dict[int, _Prefix] = {}


def forget() -> None:
    """Free the generated batches kept for reuse (gigabytes at 1M nodes)."""
    _PREFIXES.clear()


def sized(*, nodes: int | None = None, rels: int | None = None, seed: int = 7) -> Sized:
    """The shortest prefix of batches with at least `nodes` distinct nodes (or `rels` rels).
    Generated batches are kept and reused by later calls (see forget)."""
    p = _PREFIXES.setdefault(seed, _Prefix(seed))
    with no_gc():
        while not ((nodes is not None and p.nodes[-1] >= nodes)
                   or (rels is not None and p.rels[-1] >= rels)):
            p.grow()
    n = min(bisect.bisect_left(counts, target) for counts, target
            in ((p.nodes, nodes), (p.rels, rels)) if target is not None and counts[-1] >= target)
    return Sized(tuple(p.batches[:n]), p.nodes[n], p.rels[n])


def merged(batches_: tuple[GraphBatch, ...]):
    """Distinct nodes {label: {id: props}} and rels {(type, sl, el): {(s, e): props}}, merged as
    the loader merges them (later properties win)."""
    nodes: dict[str, dict[str, dict]] = {}
    rels: dict[tuple[str, str, str], dict[tuple[str, str], dict]] = {}
    with no_gc():
        for b in batches_:
            for n in b.nodes:
                nodes.setdefault(n.label, {}).setdefault(n.id, {}).update(n.props)
            for r in b.rels:
                key = (r.type, r.start_label, r.end_label)
                rels.setdefault(key, {}).setdefault((r.start, r.end), {}).update(r.props)
    return nodes, rels
