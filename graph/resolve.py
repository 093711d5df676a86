"""Identity resolution over a batch of extractions: which graph node each name of each article is.

    res = resolve(extractions, existing=fetch_existing(driver), decisions=load_decisions(driver))
    batch = res.annotate(to_batch(x, **res.callbacks()), x)

Persons: graph/resolve_persons.py (name keys, evidence, vetoes; weights in
ingest/data/resolve_thresholds.toml). Bodies and meetings: graph/resolve_bodies.py. Every merge
keeps why: the node's `merged_because` lists the evidence; the node's `mentions` lists every
(document, name, aliases) it stands for, so a later batch, a retraction or an analyst's decision
can find it again. Plain Python: the graph, when there is one, is only read (resolve_graph.py).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from convene.graph.decisions import Decision, constraints
from convene.graph.resolve_bodies import (
    KnownMeeting,
    KnownOrg,
    MeetingMention,
    OrgMention,
    meeting_key,
    org_id_for,
    provinces_in,
    resolve_meetings,
    resolve_orgs,
)
from convene.graph.resolve_model import Cluster, KnownPerson, PersonMention, Seen
from convene.graph.resolve_names import han_form, name_keys, node_id
from convene.graph.resolve_persons import cluster_persons
from convene.ingest.facts import Extraction
from convene.ontology.batch import GraphBatch, RelRow

Ref = tuple[str, str]  # (document, name)
NAMEPLATES = "SAME_BODY_AS"  # (:Organization)-[:SAME_BODY_AS]->(:Organization): linked, not merged


@dataclass(frozen=True)
class Existing:
    """What the graph already holds, as the resolver needs it (see resolve_graph.fetch_existing)."""

    persons: tuple[KnownPerson, ...] = ()
    organizations: tuple[KnownOrg, ...] = ()
    meetings: tuple[KnownMeeting, ...] = ()


@dataclass(frozen=True)
class TenureSpan:
    """A person in a post: the first and last dates articles showed it."""

    person: str
    title: str
    organization: str | None
    first_seen: str | None
    last_seen: str | None
    documents: tuple[str, ...]


@dataclass(frozen=True)
class Resolution:
    persons: dict[Ref, str] = field(default_factory=dict)
    organizations: dict[Ref, str] = field(default_factory=dict)
    meetings: dict[Ref, str] = field(default_factory=dict)
    evidence: dict[str, tuple[str, ...]] = field(default_factory=dict)  # node id -> merged_because
    props: dict[str, dict] = field(default_factory=dict)  # node id -> aggregated properties
    nameplates: tuple[tuple[str, str], ...] = ()
    tenures: tuple[TenureSpan, ...] = ()
    org_keys: dict[str, str] = field(default_factory=dict)

    def person_id(self, document: str, name: str) -> str:
        return self.persons.get((document, name)) or node_id("Person", document, name)

    def org_id(self, document: str, name: str) -> str:
        got = self.organizations.get((document, name))
        return got or self.org_keys.get(_okey(name)) or node_id("Organization", document, name)

    def meeting_id(self, document: str, name: str) -> str:
        return self.meetings.get((document, name)) or node_id("Meeting", meeting_key(name))

    def callbacks(self) -> dict:
        """person_id / org_id / meeting_id for ontology.mapping.to_batch."""
        return {
            "person_id": lambda p, x: self.person_id(x.article.document, p.name),
            "org_id": lambda o, x: self.org_id(x.article.document, o.name),
            "meeting_id": lambda m, x: self.meeting_id(x.article.document, m.name),
        }

    def ids(self, document: str) -> dict[tuple[str, str], str]:
        """(kind, name) -> node id for one article: the "id" of ingest.gold.write_gold."""
        out = {("person", n): i for (d, n), i in self.persons.items() if d == document}
        out |= {("organization", n): i for (d, n), i in self.organizations.items() if d == document}
        out |= {("meeting", n): i for (d, n), i in self.meetings.items() if d == document}
        return out

    def annotate(self, batch: GraphBatch, x: Extraction | None = None) -> GraphBatch:
        """The batch with each resolved node's aggregated properties (names, mentions, evidence),
        its Article's observed date and place, and the nameplate links of its bodies."""
        nodes = []
        ids = {n.id for n in batch.nodes}
        for n in batch.nodes:
            extra = self.props.get(n.id, {}) if n.label in _RESOLVED else {}
            if n.label == "Article" and x is not None:
                extra = {"jurisdiction": x.article.jurisdiction, "observed": observed(x)}
            nodes.append(replace(n, props={**n.props, **{k: v for k, v in extra.items()
                                                         if v is not None}}))
        rels = list(batch.rels)
        for a, b in self.nameplates:
            if a in ids and b in ids:
                rels.append(RelRow(NAMEPLATES, "Organization", a, "Organization", b,
                                   {"kind": "one body, two nameplates"}))
        return replace(batch, nodes=tuple(nodes), rels=tuple(rels))


_RESOLVED = ("Person", "Organization", "Meeting")


def _okey(name: str) -> str:
    from convene.graph.resolve_bodies import org_key

    return org_key(name)


def observed(x: Extraction) -> str | None:
    """The date an article saw its facts: its own date, else its latest meeting's."""
    dates = [m.date for m in x.meetings if m.date and len(m.date) == 10]
    return x.article.published or (max(dates) if dates else None)


def encode_mention(document: str, name: str, aliases: Iterable[str] = ()) -> str:
    """One mention as stored on a node: document<TAB>name<TAB>alias..."""
    return "\t".join([document, name, *sorted(set(aliases) - {name})])


def decode_mention(text: str) -> tuple[str, str, tuple[str, ...]]:
    document, name, *aliases = text.split("\t")
    return document, name, tuple(aliases)


def resolve(
    extractions: Sequence[Extraction],
    existing: Existing | None = None,
    decisions: Iterable[Decision] = (),
) -> Resolution:
    existing = existing or Existing()
    orgs = resolve_orgs(_org_mentions(extractions), existing.organizations)
    persons = []
    for x in extractions:
        doc, when = x.article.document, observed(x)
        place = provinces_in(x.article.jurisdiction)
        for p in x.persons:
            seen = tuple(
                Seen(q.title,
                     org_id_for(orgs, q.organization, x.article.jurisdiction, doc)
                     if q.organization else None,
                     provinces_in(q.organization), when, q.organization)
                for q in p.posts
            )
            persons.append(PersonMention(doc, p.name, p.aliases, seen, when, place))
        persons += [PersonMention(doc, n, (), (), when, place) for n in _unlisted(x)]
    must, cannot = constraints(decisions)
    clusters = cluster_persons(persons, existing.persons, must, cannot)
    res = Resolution(org_keys=orgs.by_key, nameplates=tuple(sorted(orgs.nameplates)))
    for c in clusters:
        for m in c.mentions:
            for n in (m.name, *m.aliases):
                res.persons.setdefault((m.document, n), c.id)
        res.evidence[c.id] = tuple(sorted(c.evidence))
        res.props[c.id] = person_props(c)
    res.organizations.update(orgs.ids)
    _org_props(res, extractions, existing.organizations, orgs)
    meeting_ids, meeting_evidence = resolve_meetings(
        _meeting_mentions(extractions, res), existing.meetings
    )
    res.meetings.update(meeting_ids)
    _meeting_props(res, extractions, existing.meetings, meeting_evidence)
    return replace(res, tenures=tuple(_tenures(clusters)))


def _unlisted(x: Extraction) -> list[str]:
    """Names of participants and credited people that the persons list does not hold."""
    known = {p.name for p in x.persons} | {a for p in x.persons for a in p.aliases}
    extra = [n for m in x.meetings for n in m.participants] + [r.person for r in x.roles]
    return [n for n in dict.fromkeys(extra) if n not in known]


def mention_names(x: Extraction) -> set[str]:
    """The person names an article's mentions are recorded under."""
    return {p.name for p in x.persons} | set(_unlisted(x))


def _org_mentions(extractions: Sequence[Extraction]) -> list[OrgMention]:
    out = []
    for x in extractions:
        doc, place = x.article.document, x.article.jurisdiction
        out += [OrgMention(doc, o.name, o.aliases, place) for o in x.organizations]
        named = [o.part_of for o in x.organizations] + [m.organizer for m in x.meetings]
        named += [q.organization for p in x.persons for q in p.posts]
        listed = {o.name for o in x.organizations}
        out += [OrgMention(doc, n, (), place) for n in dict.fromkeys(named)
                if n and n not in listed]
    return out


def _meeting_mentions(extractions: Sequence[Extraction], res: Resolution) -> list[MeetingMention]:
    out = []
    for x in extractions:
        doc = x.article.document
        for m in x.meetings:
            org = res.org_id(doc, m.organizer) if m.organizer else None
            out.append(MeetingMention(doc, m.name, m.date, org, m.aliases))
    return out


def person_props(c: Cluster) -> dict:
    """A person node's properties from everything it stands for."""
    counts = Counter(m.name for m in c.mentions)
    spellings = sorted(c.names - {n for n in c.names if _is_short(n)} or c.names)
    latin = sorted((n for n in spellings if not han_form(n)), key=lambda n: (-counts[n], n))
    han = sorted((n for n in spellings if han_form(n)), key=lambda n: (-counts[n], n))
    name = (latin or han or sorted(c.names))[0]
    keys = name_keys(han[0] if han else name)
    return {
        "name": name,
        "names": sorted(c.names),
        "name_en": latin[0] if latin else None,
        "name_zh": han[0] if han else None,
        "pinyin_key": keys[0].key if keys else None,
        "mentions": sorted({encode_mention(m.document, m.name, m.aliases) for m in c.mentions}),
        "merged_because": sorted(c.evidence),
    }


def _is_short(name: str) -> bool:
    from convene.graph.resolve_names import short_form

    return short_form(name) is not None


def _org_props(res: Resolution, extractions, known: Iterable[KnownOrg], orgs) -> None:
    mentions: dict[str, set[str]] = defaultdict(set)
    names: dict[str, list[str]] = defaultdict(list)
    evidence = orgs.evidence
    for k in known:
        mentions[k.id] |= set(k.mentions)
        names[k.id] += list(k.names)
    for m in _org_mentions(extractions):
        oid = res.org_id(m.document, m.name)
        mentions[oid].add(encode_mention(m.document, m.name, m.aliases))
        names[oid] += [m.name, *m.aliases]
    for oid, ms in mentions.items():
        first = names[oid][0]
        res.props[oid] = {
            "name": first,
            "aliases": sorted(set(names[oid]) - {first}),
            "mentions": sorted(ms),
            "keys": sorted(orgs.keys.get(oid, ())),
            "merged_because": sorted(evidence.get(oid, ())),
        }
        res.evidence[oid] = tuple(sorted(evidence.get(oid, ())))


def _meeting_props(res: Resolution, extractions, known: Iterable[KnownMeeting], evidence) -> None:
    docs: dict[str, set[str]] = defaultdict(set)
    names: dict[str, list[str]] = defaultdict(list)
    for k in known:
        docs[k.id] |= set(k.documents)
        names[k.id] += list(k.names)
    for x in extractions:
        doc = x.article.document
        for m in x.meetings:
            mid = res.meeting_id(doc, m.name)
            docs[mid].add(doc)
            names[mid] += [m.name, *m.aliases]
    for mid in docs:
        first = names[mid][0]
        res.props[mid] = {
            "name": first,
            "aliases": sorted(set(names[mid]) - {first}),
            "documents": sorted(docs[mid]),
            "merged_because": sorted(evidence.get(mid, ())),
        }
        res.evidence[mid] = tuple(sorted(evidence.get(mid, ())))


def _tenures(clusters: Iterable[Cluster]) -> list[TenureSpan]:
    out = []
    for c in clusters:
        spans: dict[tuple[str, str | None], list] = defaultdict(list)
        for m in c.mentions:
            for s in m.seen:
                spans[(s.title, s.org)].append((s.date, m.document))
        for s in c.seen:  # what the graph already knew (first and last dates)
            if not any(s in m.seen for m in c.mentions):
                spans[(s.title, s.org)].append((s.date, ""))
        for (title, org), seen in sorted(spans.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
            dates = sorted(d for d, _ in seen if d)
            docs = tuple(sorted({doc for _, doc in seen if doc}))
            out.append(TenureSpan(c.id, title, org, dates[0] if dates else None,
                                  dates[-1] if dates else None, docs))
    return out
