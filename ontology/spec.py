"""The mapping (ontology/mapping.ttl) read into plain frozen dataclasses.

The loader, the exporter and the importer learn the correspondence between Neo4j labels,
relationship types and properties and the ontology's classes and properties only from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.term import Node

HERE = Path(__file__).parent
CVM = Namespace("https://w3id.org/convene/mapping#")
CV = Namespace("https://w3id.org/convene/ontology#")
MERGES = ("first", "min", "max", "union")


@dataclass(frozen=True)
class Hop:
    """An RDF node between a Neo4j node and some of its values: IRI = parent IRI + '/' + suffix."""

    name: str
    parent: Hop | None
    predicate: URIRef
    suffix: str
    cls: URIRef

    def chain(self) -> tuple[Hop, ...]:
        """The hops from the Neo4j node down to this one."""
        return (*self.parent.chain(), self) if self.parent else (self,)


@dataclass(frozen=True)
class PropMap:
    label: str
    key: str
    predicate: URIRef
    via: Hop | None = None
    datatype: URIRef | None = None
    language: str | None = None  # "auto", a fixed tag, or None
    is_list: bool = False
    merge: str = "first"
    value_prefix: str | None = None  # value <-> IRI prefix + value (a SKOS concept)
    value_segment: str | None = None  # value <-> base IRI + segment + "/" + value
    value_class: URIRef | None = None
    escape: bool = False  # control characters as \uXXXX (XML 1.0 cannot carry them)

    @property
    def is_iri(self) -> bool:
        return bool(self.value_prefix or self.value_segment)


@dataclass(frozen=True)
class NodeMap:
    label: str
    cls: URIRef
    also: tuple[URIRef, ...]
    segment: str
    props: tuple[PropMap, ...]


@dataclass(frozen=True)
class RelMap:
    type: str
    start: str
    end: str
    predicate: URIRef
    inverse: bool = False
    via: Hop | None = None
    follow: str | None = None  # "forward" | "backward": which end pulls the other into a subset


@dataclass(frozen=True)
class DerivedMap:
    type: str
    start: str
    end: str
    predicate: URIRef
    inverse: bool
    through: str  # the fact node's label
    start_via: str  # relationship type joining the fact node to the start node
    end_via: str
    when: tuple[tuple[str, str], ...] = ()
    copy: tuple[str, ...] = ()
    prefer: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mapping:
    nodes: tuple[NodeMap, ...]
    rels: tuple[RelMap, ...]
    derived: tuple[DerivedMap, ...]

    def node(self, label: str) -> NodeMap:
        for n in self.nodes:
            if n.label == label:
                return n
        raise KeyError(f"no mapping for label {label!r}")

    def by_class(self, cls: Node) -> NodeMap | None:
        return next((n for n in self.nodes if n.cls == cls), None)

    def rel(self, type_: str, start: str, end: str) -> RelMap:
        for r in self.rels:
            if (r.type, r.start, r.end) == (type_, start, end):
                return r
        raise KeyError(f"no mapping for ({start})-[:{type_}]->({end})")

    def derived_types(self) -> frozenset[str]:
        return frozenset(d.type for d in self.derived)

    def merge_policy(self, label: str) -> dict[str, str]:
        """How each property combines when two batches carry the same node (for the loader)."""
        return {p.key: p.merge for p in self.node(label).props}

    def terms(self) -> set[URIRef]:
        """Every ontology class and property the mapping points at."""
        out: set[URIRef] = set()
        for n in self.nodes:
            out |= {n.cls, *n.also}
            for p in n.props:
                out |= {p.predicate} | ({p.value_class} if p.value_class else set())
                out |= {t for h in (p.via.chain() if p.via else ()) for t in (h.predicate, h.cls)}
        for r in self.rels:
            out.add(r.predicate)
            out |= {t for h in (r.via.chain() if r.via else ()) for t in (h.predicate, h.cls)}
        out |= {d.predicate for d in self.derived}
        return out


def _one(g: Graph, s: Node, p: URIRef, default=None):
    values = list(g.objects(s, p))
    if len(values) > 1:
        raise ValueError(f"mapping: {s} has several {p}")
    return values[0] if values else default


def _flag(g: Graph, s: Node, p: URIRef) -> bool:
    v = _one(g, s, p)
    return bool(v.toPython()) if v is not None else False


def _str(g: Graph, s: Node, p: URIRef, default: str | None = None) -> str | None:
    v = _one(g, s, p)
    return str(v) if v is not None else default


def parse(g: Graph) -> Mapping:
    """Read a mapping graph; raises ValueError on entries the code cannot honour."""
    hops: dict[Node, Hop] = {}
    labels = {s: str(_one(g, s, CVM.label)) for s in g.subjects(RDF.type, CVM.NodeMap)}

    def hop(h: Node) -> Hop:
        if h not in hops:
            parent = _one(g, h, CVM["from"])
            hops[h] = Hop(
                name=str(h),
                parent=None if parent in labels else hop(parent),
                predicate=_one(g, h, CVM.predicate),
                suffix=_str(g, h, CVM.suffix),
                cls=_one(g, h, CVM["class"]),
            )
        return hops[h]

    nodes = []
    for s, label in sorted(labels.items(), key=lambda kv: kv[1]):
        props = []
        for pm in g.objects(s, CVM.property):
            merge = _str(g, pm, CVM.merge, "first")
            if merge not in MERGES:
                raise ValueError(f"mapping: unknown merge {merge!r} on {label}")
            via = _one(g, pm, CVM.via)
            prefix = _one(g, pm, CVM.valuePrefix)
            props.append(PropMap(
                label=label,
                key=_str(g, pm, CVM.key),
                predicate=_one(g, pm, CVM.predicate),
                via=hop(via) if via is not None else None,
                datatype=_one(g, pm, CVM.datatype),
                language=_str(g, pm, CVM.language),
                is_list=_flag(g, pm, CVM.list),
                merge=merge,
                value_prefix=str(prefix) if prefix is not None else None,
                value_segment=_str(g, pm, CVM.valueSegment),
                value_class=_one(g, pm, CVM.valueClass),
                escape=_flag(g, pm, CVM.escapeControl),
            ))
        nodes.append(NodeMap(
            label=label,
            cls=_one(g, s, CVM["class"]),
            also=tuple(sorted(g.objects(s, CVM.alsoClass))),
            segment=_str(g, s, CVM.segment),
            props=tuple(sorted(props, key=lambda p: p.key)),
        ))
    rels = []
    for s in sorted(g.subjects(RDF.type, CVM.RelMap)):
        via = _one(g, s, CVM.via)
        rels.append(RelMap(
            type=_str(g, s, CVM.type),
            start=labels[_one(g, s, CVM.start)],
            end=labels[_one(g, s, CVM.end)],
            predicate=_one(g, s, CVM.predicate),
            inverse=_flag(g, s, CVM.inverse),
            via=hop(via) if via is not None else None,
            follow=_str(g, s, CVM.follow),
        ))
    derived = []
    for s in sorted(g.subjects(RDF.type, CVM.DerivedRelMap)):
        when_key = _str(g, s, CVM.whenKey)
        derived.append(DerivedMap(
            type=_str(g, s, CVM.type),
            start=labels[_one(g, s, CVM.start)],
            end=labels[_one(g, s, CVM.end)],
            predicate=_one(g, s, CVM.predicate),
            inverse=_flag(g, s, CVM.inverse),
            through=labels[_one(g, s, CVM.through)],
            start_via=_str(g, s, CVM.startVia),
            end_via=_str(g, s, CVM.endVia),
            when=((when_key, _str(g, s, CVM.whenValue)),) if when_key else (),
            copy=tuple(sorted(str(c) for c in g.objects(s, CVM.copy))),
            prefer=tuple(_str(g, s, CVM.prefer, "").split()),
        ))
    return Mapping(nodes=tuple(nodes), rels=tuple(rels), derived=tuple(derived))


@cache
def load_mapping(path: str = str(HERE / "mapping.ttl")) -> Mapping:
    return parse(Graph().parse(path, format="turtle"))


@cache
def ontology_graph() -> Graph:
    return Graph().parse(HERE / "convene.ttl", format="turtle")


@cache
def shapes_graph() -> Graph:
    return Graph().parse(HERE / "shapes.ttl", format="turtle")


def conforms(data: Graph) -> tuple[bool, str]:
    """SHACL-validate RDF against shapes.ttl, with the ontology's concept schemes alongside
    (pySHACL's ont_graph copies class axioms only, not the concepts the shapes look up)."""
    from pyshacl import validate  # slow to import; only validation needs it

    merged = Graph()
    for t in data:
        merged.add(t)
    for t in ontology_graph():
        merged.add(t)
    ok, _, text = validate(merged, shacl_graph=shapes_graph(), inference="none")
    return bool(ok), str(text)


def undeclared_terms(mapping: Mapping | None = None, ontology: Graph | None = None) -> set[URIRef]:
    """Terms the mapping points at that the ontology does not declare (should be none)."""
    ontology = ontology if ontology is not None else ontology_graph()
    declared = set(ontology.subjects(RDF.type, None))
    return {t for t in (mapping or load_mapping()).terms() if t not in declared}
