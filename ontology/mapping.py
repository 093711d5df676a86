"""Facts of one article -> property-graph rows, following the graph model and ontology/mapping.ttl.

Default node ids are content-derived (vocab.content_id), so the same article gives the same ids on
every machine; the identity resolver may pass callbacks that choose person, organization and
meeting ids instead. Shortcut relationships (CHAIRED, ATTENDED, IMPLEMENTS) are derived from the
fact nodes by `derive`, the same function the RDF importer uses.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from convene.ingest.facts import (
    PARTICIPATION_ROLES,
    Article,
    Evidence,
    Extraction,
    Meeting,
    Organization,
    Person,
)
from convene.ontology.batch import GraphBatch, NodeRow, RelRow
from convene.ontology.spec import Mapping, load_mapping
from convene.ontology.vocab import classify, content_id, is_han, normalise, pinyin_key

log = logging.getLogger(__name__)
IdFn = Callable[[Any, Extraction], str]
CREDIT_TYPES = {"reporter": "REPORTED", "editor": "EDITED", "photographer": "PHOTOGRAPHED"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def article_id(article: Article) -> str:
    return content_id("Article", article.text)


def iso_date(value: str | None) -> str | None:
    """The value if it is a valid ISO date (xsd:date), else None: partial dates are not dates."""
    if value and _ISO_DATE.fullmatch(value):
        try:
            date.fromisoformat(value)
            return value
        except ValueError:
            return None
    return None


def merge_props(label: str, old: dict, new: dict, mapping: Mapping | None = None) -> dict:
    """Combine two sets of a node's properties by the mapping's merge policies."""
    return merge_by(old, new, (mapping or load_mapping()).merge_policy(label))


def merge_by(old: dict, new: dict, policy: dict[str, str]) -> dict:
    """Combine two sets of properties by `policy` (key -> first|min|max|union; default first).

    The loader does the same in Cypher against what is stored (graph/load.py): keep the two equal.
    A union is sorted as Neo4j orders strings (UTF-16 code units; Python's code-point order
    differs only between U+E000-U+FFFF and characters beyond the BMP).
    """
    out = dict(old)
    for key, value in new.items():
        if value is None:
            continue
        if out.get(key) is None:
            out[key] = value
        elif policy.get(key) == "union":
            out[key] = sorted(set(out[key]) | set(value), key=neo4j_order)
        elif policy.get(key) == "min":
            out[key] = min(out[key], value)
        elif policy.get(key) == "max":
            out[key] = max(out[key], value)
    return out


def neo4j_order(value: Any) -> Any:
    """A sort key that orders strings as Neo4j does (by UTF-16 code unit), other values as is."""
    return value.encode("utf-16-be") if isinstance(value, str) else value


class _Rows:
    """Nodes and relationships keyed as the loader merges them, in first-seen order."""

    def __init__(self, mapping: Mapping) -> None:
        self.mapping = mapping
        self.nodes: dict[tuple[str, str], dict] = {}
        self.rels: dict[tuple[str, str, str, str, str], dict] = {}

    def node(self, label: str, id_: str, **props: Any) -> str:
        props = {k: v for k, v in props.items() if v not in (None, [], "")}
        key = (label, id_)
        self.nodes[key] = merge_props(label, self.nodes.get(key, {}), props, self.mapping)
        return id_

    def rel(self, type_: str, start: tuple[str, str], end: tuple[str, str], **props: Any) -> None:
        self.mapping.rel(type_, start[0], end[0])  # fails loudly on a pair the mapping lacks
        self.rels.setdefault((type_, start[0], start[1], end[0], end[1]), props)

    def batch(self, key: str) -> GraphBatch:
        nodes = tuple(NodeRow(lb, i, p) for (lb, i), p in self.nodes.items())
        rels = tuple(RelRow(t, sl, s, el, e, p) for (t, sl, s, el, e), p in self.rels.items())
        derived = tuple(derive(nodes, rels, self.mapping))
        return GraphBatch(key=key, nodes=nodes, rels=rels + derived)


def to_batch(
    x: Extraction,
    person_id: IdFn | None = None,
    org_id: IdFn | None = None,
    meeting_id: IdFn | None = None,
) -> GraphBatch:
    """All rows of one article's facts, the Claims that tie each fact to its quote included."""
    rows = _Rows(load_mapping())
    a = x.article
    art = ("Article", rows.node(
        "Article", article_id(a), document=a.document, title=a.title,
        published=iso_date(a.published), language=a.language, source=a.source, url=a.url,
        text=a.text,
    ))
    # The day the article shows its people in post: its own date, else its latest meeting's.
    meeting_dates = [d for d in (iso_date(m.date) for m in x.meetings) if d]
    seen = iso_date(a.published) or max(meeting_dates, default=None)
    persons = {p.name: p for p in x.persons}
    orgs = {o.name: o for o in x.organizations}
    meetings = {n: m for m in x.meetings for n in (m.name, *m.aliases)}
    place = None
    if a.jurisdiction:
        place = ("Place", rows.node(
            "Place", content_id("Place", a.jurisdiction), name=a.jurisdiction,
            name_zh=a.jurisdiction if is_han(a.jurisdiction) else None,
        ))

    def claim(fact: tuple[str, str], ev: Evidence | None) -> None:
        cid = content_id("Claim", art[1], *fact, *((ev.start, ev.end, ev.rule) if ev else ()))
        props = {}
        if ev:
            props = {"quote": ev.quote, "rule": ev.rule, "confidence": float(ev.confidence)}
            if 0 <= ev.start <= ev.end <= len(a.text):
                props |= {"start": ev.start, "end": ev.end}
            else:  # an extractor defect; the claim keeps its quote and rule, not bad offsets
                log.warning("%s: %s gave offsets %d..%d", a.document, ev.rule, ev.start, ev.end)
        rows.node("Claim", cid, version=x.extractor, **props)
        rows.rel("ASSERTS", ("Claim", cid), fact)
        rows.rel("IN_ARTICLE", ("Claim", cid), art)

    def person(name: str) -> tuple[str, str]:
        p = persons.get(name) or Person(name=name)
        spellings = [p.name, *p.aliases]
        zh = next((s for s in spellings if is_han(s)), None)
        en = next((s for s in spellings if not is_han(s)), None)
        return ("Person", rows.node(
            "Person", person_id(p, x) if person_id else content_id("Person", p.name),
            name=p.name, names=sorted(set(spellings)), name_en=en, name_zh=zh,
            pinyin_key=pinyin_key(zh or en or p.name) or None,
        ))

    def organization(name: str) -> tuple[str, str]:
        o = orgs.get(name) or Organization(name=name)
        node = ("Organization", rows.node(
            "Organization", org_id(o, x) if org_id else content_id("Organization", o.name),
            name=o.name, aliases=sorted(set(o.aliases)), kind=classify(o.name, "BodyKinds"),
        ))
        if o.part_of and normalise(o.part_of) != normalise(o.name):
            rows.rel("PART_OF", node, organization(o.part_of))
        if place and any(normalise(a.jurisdiction) in normalise(n) for n in (o.name, *o.aliases)):
            rows.rel("JURISDICTION", node, place)
        return node

    def meeting(m: Meeting) -> tuple[str, str]:
        return ("Meeting", rows.node(
            "Meeting", meeting_id(m, x) if meeting_id else content_id("Meeting", m.name, m.date),
            name=m.name, aliases=sorted(set(m.aliases)), date=iso_date(m.date),
            end_date=iso_date(m.end_date), location=m.location,
        ))

    for o in x.organizations:
        organization(o.name)
    for p in x.persons:
        who = person(p.name)
        for post in p.posts:
            body = organization(post.organization) if post.organization else None
            pid = content_id("Post", post.title, body[1] if body else None)
            rows.node("Post", pid, title=post.title, role=classify(post.title, "PostRoles"))
            if body:
                rows.rel("POST_IN", ("Post", pid), body)
            tenure = ("Tenure", rows.node(
                "Tenure", content_id("Tenure", who[1], pid), first_seen=seen, last_seen=seen,
            ))
            rows.rel("HOLDS", who, tenure)
            rows.rel("OF_POST", tenure, ("Post", pid))
            claim(tenure, post.evidence)
    for m in x.meetings:
        held = meeting(m)
        claim(held, m.evidence)
        if m.organizer:
            rows.rel("ORGANIZED_BY", held, organization(m.organizer))
        for part in m.participations:
            if part.role not in PARTICIPATION_ROLES:
                raise ValueError(f"{a.document}: unknown participation role {part.role!r}")
            who = person(part.person)
            fact = ("Participation", rows.node(
                "Participation", content_id("Participation", who[1], held[1], part.role),
                role=part.role,
            ))
            rows.rel("TOOK_PART", who, fact)
            rows.rel("IN_MEETING", fact, held)
            claim(fact, part.evidence)
        for imp in m.implements:
            earlier = meeting(meetings.get(imp.meeting) or Meeting(name=imp.meeting))
            fact = ("Implementation", rows.node(
                "Implementation", content_id("Implementation", held[1], earlier[1]),
            ))
            rows.rel("BY", fact, held)
            rows.rel("OF", fact, earlier)
            claim(fact, imp.evidence)
    for role in x.roles:
        if role.role in CREDIT_TYPES:
            rows.rel(CREDIT_TYPES[role.role], person(role.person), art)
    return rows.batch(art[1])


def derive(
    nodes: Iterable[NodeRow], rels: Iterable[RelRow], mapping: Mapping | None = None
) -> list[RelRow]:
    """The shortcut relationships that follow from the fact nodes, as mapping.ttl declares them."""
    mapping = mapping or load_mapping()
    nodes, rels = list(nodes), list(rels)
    out: list[RelRow] = []
    for d in mapping.derived:
        ends: dict[str, dict[str, list[str]]] = {}
        for r in rels:
            if r.type not in (d.start_via, d.end_via):
                continue
            if r.start_label == d.through:
                ends.setdefault(r.start, {}).setdefault(r.type, []).append(r.end)
            elif r.end_label == d.through:
                ends.setdefault(r.end, {}).setdefault(r.type, []).append(r.start)
        chosen: dict[tuple[str, str], dict] = {}
        rank = {v: i for i, v in enumerate(d.prefer)}
        for n in sorted((n for n in nodes if n.label == d.through), key=lambda n: n.id):
            if any(n.props.get(k) != v for k, v in d.when):
                continue
            props = {k: n.props[k] for k in d.copy if k in n.props}
            for s in ends.get(n.id, {}).get(d.start_via, []):
                for e in ends.get(n.id, {}).get(d.end_via, []):
                    old = chosen.get((s, e))
                    if old is None or _rank(props, d.copy, rank) < _rank(old, d.copy, rank):
                        chosen[(s, e)] = props
        out += [RelRow(d.type, d.start, s, d.end, e, p) for (s, e), p in sorted(chosen.items())]
    return out


def _rank(props: dict, keys: tuple[str, ...], rank: dict[str, int]) -> tuple[int, ...]:
    return tuple(rank.get(str(props.get(k)), len(rank)) for k in keys)


def merge_batches(batches: Iterable[GraphBatch], key: str = "merged") -> GraphBatch:
    """One batch holding several, nodes merged by the mapping's policies, shortcuts re-derived."""
    rows = _Rows(load_mapping())
    derived = rows.mapping.derived_types()
    for b in batches:
        for n in b.nodes:
            rows.node(n.label, n.id, **n.props)
        for r in b.rels:
            if r.type not in derived:
                rows.rel(r.type, (r.start_label, r.start), (r.end_label, r.end), **r.props)
    return rows.batch(key)
