"""Property-graph rows -> N-Triples lines, through the mapping, without building RDF terms.

The mapping is compiled once per export into per-label plans: IRI prefixes, predicates and
datatypes already in N-Triples form, so a node's lines are plain string concatenation. Text is
escaped only when it holds a character that needs it. The lines are those of
ontology.rdf.node_triples / rel_triples (tests compare the two), grouped by subject so Turtle
can abbreviate them: the node's own triples first, then each hop's (selectors, run).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Literal
from rdflib.term import Node

from convene.ontology.rdf import escape_control
from convene.ontology.spec import Hop, Mapping, NodeMap, PropMap
from convene.ontology.vocab import is_han

_ABSOLUTE = re.compile(r"(?:https?|urn):", re.IGNORECASE)  # as ontology.rdf.node_iri
_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]+")  # what quote(safe="") leaves as it is
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\]')
_ESCAPES = {i: f"\\u{i:04X}" for i in range(0x20)} | {
    ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r"}
_TYPE = f" <{RDF.type}> "
_LABEL = f" <{RDFS.label}> "


def text(value: str) -> str:
    """A literal's lexical form as N-Triples writes it between quotes."""
    return value.translate(_ESCAPES) if _NEEDS_ESCAPE.search(value) else value


def segment(value: str) -> str:
    """An id or value as one IRI path segment (quote(value, safe=""))."""
    return value if _UNRESERVED.fullmatch(value) else quote(value, safe="")


@lru_cache(maxsize=4096)
def _lexical(value: object, datatype: Node) -> str:
    """The lexical form rdflib gives a non-string value (numbers, booleans)."""
    return text(str(Literal(value, datatype=datatype)))


def _object(pm: PropMap, base: str) -> Callable[[object], str]:
    """value -> the N-Triples object term, as ontology.rdf._value_terms makes it."""
    if pm.value_prefix:
        prefix = "<" + pm.value_prefix
        return lambda v: f"{prefix}{segment(str(v))}>"
    if pm.value_segment:
        prefix = f"<{base}{pm.value_segment}/"
        return lambda v: f"{prefix}{segment(str(v))}>"
    if pm.language == "auto":
        return lambda v: f'"{text(str(v))}"@{"zh" if is_han(str(v)) else "en"}'
    if pm.language:
        tag = pm.language
        return lambda v: f'"{text(str(v))}"@{tag}'
    if pm.datatype in (None, XSD.string):
        return lambda v: f'"{text(str(v))}"'
    dt = pm.datatype
    suffix = f'"^^<{dt}>'
    return lambda v: ('"' + (text(v) if isinstance(v, str) else _lexical(v, dt)) + suffix)


@dataclass(frozen=True)
class _Prop:
    key: str
    predicate: str  # " <iri> "
    chain: tuple[Hop, ...]
    term: Callable[[object], str]
    is_list: bool
    escape: bool
    described: PropMap | None  # an instance value (value_segment): typed and labelled once


@dataclass(frozen=True)
class RelPlan:
    type: str
    end: str  # the end node's label
    end_prefix: str
    chain: tuple[Hop, ...]  # hops between the start node and the triple's subject
    predicate: str
    inverse: bool


@dataclass(frozen=True)
class NodePlan:
    label: str
    keys: tuple[str, ...]  # the properties to read, in the order rows give them
    prefix: str  # "<" + base + segment + "/"
    types: tuple[str, ...]  # "> <rdf:type> <cls> .\n" for each class, after the subject
    always: tuple[tuple[Hop, ...], ...]  # hops that exist with every node (relationships hang)
    props: tuple[_Prop, ...]
    rels: tuple[RelPlan, ...]  # the relationships that start at this label


def node_plan(nm: NodeMap, mapping: Mapping, base: str) -> NodePlan:
    props = tuple(
        _Prop(pm.key, f" <{pm.predicate}> ", pm.via.chain() if pm.via else (), _object(pm, base),
              pm.is_list, pm.escape, pm if pm.value_segment else None)
        for pm in nm.props
    )
    types = tuple(f">{_TYPE}<{c}> .\n" for c in (nm.cls, *nm.also))
    mine = [r for r in mapping.rels if r.start == nm.label]
    always = tuple(r.via.chain() for r in mine if r.via)
    rels = tuple(RelPlan(r.type, r.end, f"<{base}{mapping.node(r.end).segment}/",
                         r.via.chain() if r.via else (), f" <{r.predicate}> ", r.inverse)
                 for r in mine)
    return NodePlan(nm.label, tuple(p.key for p in props), f"<{base}{nm.segment}/", types,
                    always, props, rels)


def _iri(prefix: str, id_: str) -> str:
    """'<iri' without the closing bracket, so hop suffixes can follow."""
    return "<" + id_ if _ABSOLUTE.match(id_) else prefix + segment(id_)


class LineWriter:
    """N-Triples lines of nodes and relationships. Remembers the instance values it has already
    described (a few extractor versions), so their type and label are written once."""

    def __init__(self, mapping: Mapping, base: str) -> None:
        self.plans = tuple(node_plan(nm, mapping, base) for nm in mapping.nodes)
        self._described: set[str] = set()

    def node(self, plan: NodePlan, id_: str, values, ends=()) -> list[str]:
        """The lines of one node and of the relationships that start at it: `values` in the
        order of plan.keys, `ends` the end ids of each of plan.rels."""
        s = _iri(plan.prefix, id_)
        groups: dict[str, list[str]] = {s: [s + t for t in plan.types]}
        for chain in plan.always:
            self._hops(groups, s, chain)
        for p, value in zip(plan.props, values, strict=True):
            if value is None or value == []:
                continue
            subj = self._hops(groups, s, p.chain) if p.chain else s
            lines = groups[subj]
            for v in value if p.is_list else (value,):
                if p.escape:
                    v = escape_control(v)
                obj = p.term(v)
                lines.append(f"{subj}>{p.predicate}{obj} .\n")
                if p.described and obj not in self._described:
                    self._described.add(obj)
                    self._describe(groups, p.described, obj, v)
        for r, others in zip(plan.rels, ends, strict=True):
            subj = self._hops(groups, s, r.chain) if r.chain else s
            for e in others:
                o = _iri(r.end_prefix, e)
                if r.inverse:
                    groups.setdefault(o, []).append(f"{o}>{r.predicate}{subj}> .\n")
                else:
                    groups[subj].append(f"{subj}>{r.predicate}{o}> .\n")
        return [line for lines in groups.values() for line in lines]

    def _hops(self, groups: dict[str, list[str]], s: str, chain: tuple[Hop, ...]) -> str:
        parent = s
        for hop in chain:
            iri = f"{parent}/{hop.suffix}"
            if iri not in groups:
                groups[parent].append(f"{parent}> <{hop.predicate}> {iri}> .\n")
                groups[iri] = [f"{iri}>{_TYPE}<{hop.cls}> .\n"]
            parent = iri
        return parent

    @staticmethod
    def _describe(groups: dict[str, list[str]], pm: PropMap, obj: str, value: object) -> None:
        lines = groups.setdefault(obj[:-1], [])
        if pm.value_class:
            lines.append(f"{obj}{_TYPE}<{pm.value_class}> .\n")
        lines.append(f'{obj}{_LABEL}"{text(str(value))}" .\n')
