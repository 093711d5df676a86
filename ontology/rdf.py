"""Property-graph rows <-> RDF triples through the mapping, and the RDF formats convene writes.

Instance IRIs are BASE + segment + "/" + id, with BASE from CONVENE_BASE_IRI (default
https://w3id.org/convene/id/); ids are content-derived, so IRIs are the same on every run.
An id that is itself an absolute IRI (from RDF imported from elsewhere) is used as the IRI.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import TextIO
from urllib.parse import quote, unquote

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from convene.ontology.batch import GraphBatch, NodeRow, RelRow
from convene.ontology.mapping import derive
from convene.ontology.spec import HERE, Hop, Mapping, NodeMap, PropMap, load_mapping
from convene.ontology.vocab import language_of

DEFAULT_BASE = "https://w3id.org/convene/id/"
FORMATS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt", "nq": "nquads", "xml": "xml"}
SUFFIXES = {".ttl": "turtle", ".jsonld": "json-ld", ".json": "json-ld", ".nt": "nt",
            ".nq": "nquads", ".rdf": "xml", ".xml": "xml", ".owl": "xml", ".trig": "trig"}
_ABSOLUTE = re.compile(r"^(https?|urn):", re.IGNORECASE)
_INTEGERS = {XSD.integer, XSD.nonNegativeInteger, XSD.int, XSD.long}
_FLOATS = {XSD.double, XSD.float, XSD.decimal}
Triple = tuple[Node, Node, Node]


def base_iri() -> str:
    base = os.environ.get("CONVENE_BASE_IRI") or DEFAULT_BASE
    return base if base.endswith(("/", "#")) else base + "/"


def graph_iri(base: str | None = None) -> URIRef:
    """The named graph of N-Quads exports."""
    return URIRef((base or base_iri()) + "graph")


def node_iri(nm: NodeMap, id_: str, base: str | None = None) -> URIRef:
    if _ABSOLUTE.match(id_):
        return URIRef(id_)
    return URIRef(f"{base or base_iri()}{nm.segment}/{quote(id_, safe='')}")


def node_id(nm: NodeMap, iri: Node, base: str | None = None) -> str:
    """The Neo4j id an IRI stands for (the inverse of node_iri)."""
    if isinstance(iri, BNode):
        raise ValueError(f"blank node typed {nm.cls} cannot be merged on an id; give it an IRI")
    prefix = f"{base or base_iri()}{nm.segment}/"
    rest = str(iri)[len(prefix):] if str(iri).startswith(prefix) else None
    return unquote(rest) if rest and "/" not in rest else str(iri)


def _hop_iri(parent: URIRef, hop: Hop) -> URIRef:
    return URIRef(f"{parent}/{hop.suffix}")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\\]")
_ESCAPED = re.compile(r"\\(\\|u[0-9A-F]{4})")


def escape_control(text: str) -> str:
    """Backslash and the control characters XML 1.0 cannot carry, as \\ and \\uXXXX."""
    return _CONTROL.sub(lambda m: "\\\\" if m[0] == "\\" else f"\\u{ord(m[0]):04X}", text)


def unescape_control(text: str) -> str:
    return _ESCAPED.sub(lambda m: "\\" if m[1] == "\\" else chr(int(m[1][1:], 16)), text)


def _value_terms(pm: PropMap, value, base: str) -> Iterator[tuple[Node, list[Triple]]]:
    """The RDF object(s) for one property value, with any triples describing them."""
    for v in value if pm.is_list else [value]:
        v = escape_control(v) if pm.escape else v
        if pm.value_prefix:
            yield URIRef(pm.value_prefix + quote(str(v), safe="")), []
        elif pm.value_segment:
            iri = URIRef(f"{base}{pm.value_segment}/{quote(str(v), safe='')}")
            extra = [(iri, RDF.type, pm.value_class)] if pm.value_class else []
            yield iri, [*extra, (iri, RDFS.label, Literal(str(v)))]
        elif pm.language == "auto":
            yield Literal(str(v), lang=language_of(str(v))), []
        elif pm.language:
            yield Literal(str(v), lang=pm.language), []
        elif pm.datatype in (None, XSD.string):
            yield Literal(str(v)), []
        else:
            yield Literal(v, datatype=pm.datatype), []


def node_triples(
    label: str, id_: str, props: dict, mapping: Mapping | None = None, base: str | None = None
) -> Iterator[Triple]:
    """The triples of one node; properties the mapping does not name are not exported."""
    mapping, base = mapping or load_mapping(), base or base_iri()
    nm = mapping.node(label)
    s = node_iri(nm, id_, base)
    yield s, RDF.type, nm.cls
    for cls in nm.also:
        yield s, RDF.type, cls
    hops_done: dict[str, URIRef] = {}

    def subject(via: Hop | None) -> Iterator[Triple | URIRef]:
        parent = s
        for hop in via.chain() if via else ():
            iri = _hop_iri(parent, hop)
            if hop.name not in hops_done:
                hops_done[hop.name] = iri
                yield parent, hop.predicate, iri
                yield iri, RDF.type, hop.cls
            parent = iri
        yield parent

    for r in mapping.rels:  # hops that relationships hang from exist with the node
        if r.start == label and r.via:
            yield from (t for t in subject(r.via) if isinstance(t, tuple))
    for pm in nm.props:
        value = props.get(pm.key)
        if value is None or value == []:
            continue
        *hop_triples, subj = list(subject(pm.via))
        yield from hop_triples
        for obj, extra in _value_terms(pm, value, base):
            yield subj, pm.predicate, obj
            yield from extra


def rel_triples(
    rel: RelRow, mapping: Mapping | None = None, base: str | None = None
) -> list[Triple]:
    """The triple of one relationship; derived shortcuts give none (they follow from fact nodes)."""
    mapping, base = mapping or load_mapping(), base or base_iri()
    if rel.type in mapping.derived_types():
        return []
    rm = mapping.rel(rel.type, rel.start_label, rel.end_label)
    s = node_iri(mapping.node(rel.start_label), rel.start, base)
    o = node_iri(mapping.node(rel.end_label), rel.end, base)
    for hop in rm.via.chain() if rm.via else ():
        s = _hop_iri(s, hop)
    return [(o, rm.predicate, s)] if rm.inverse else [(s, rm.predicate, o)]


def batch_triples(batch: GraphBatch, mapping: Mapping | None = None) -> Iterator[Triple]:
    mapping, base = mapping or load_mapping(), base_iri()
    for n in batch.nodes:
        yield from node_triples(n.label, n.id, n.props, mapping, base)
    for r in batch.rels:
        yield from rel_triples(r, mapping, base)


def _follow(g: Graph, s: Node, via: Hop | None) -> list[Node]:
    nodes = [s]
    for hop in via.chain() if via else ():
        nodes = [
            o for n in nodes for o in g.objects(n, hop.predicate) if (o, RDF.type, hop.cls) in g
        ]
    return nodes


def _python(pm: PropMap, term: Node, base: str):
    text = str(term)
    if pm.value_prefix or pm.value_segment:
        prefix = pm.value_prefix or f"{base}{pm.value_segment}/"
        if not text.startswith(prefix):
            raise ValueError(f"{pm.label}.{pm.key}: {text} is not under {prefix}")
        return unquote(text[len(prefix):])
    if isinstance(term, Literal) and term.datatype in _INTEGERS:
        return int(text)
    if isinstance(term, Literal) and term.datatype in _FLOATS:
        return float(text)
    return unescape_control(text) if pm.escape else text


def graph_to_batch(g: Graph, key: str, mapping: Mapping | None = None) -> GraphBatch:
    """The rows an RDF graph that uses the ontology stands for; shortcuts re-derived."""
    mapping, base = mapping or load_mapping(), base_iri()
    nodes: list[NodeRow] = []
    ids: dict[Node, tuple[str, str]] = {}
    for nm in mapping.nodes:
        for s in sorted(set(g.subjects(RDF.type, nm.cls))):
            props: dict = {}
            for pm in nm.props:
                values = sorted(
                    _python(pm, o, base)
                    for x in _follow(g, s, pm.via)
                    for o in g.objects(x, pm.predicate)
                    if not pm.language or pm.language == "auto"
                    or (isinstance(o, Literal) and o.language == pm.language)
                )
                if values:
                    props[pm.key] = sorted(set(values)) if pm.is_list else values[0]
            ids[s] = (nm.label, node_id(nm, s, base))
            nodes.append(NodeRow(nm.label, ids[s][1], props))
    rels: list[RelRow] = []
    for rm in mapping.rels:
        start_cls, end_cls = mapping.node(rm.start).cls, mapping.node(rm.end).cls
        for s in sorted(set(g.subjects(RDF.type, start_cls))):
            for x in _follow(g, s, rm.via) if not rm.inverse else [s]:
                ends = g.subjects(rm.predicate, x) if rm.inverse else g.objects(x, rm.predicate)
                for o in sorted(set(ends)):
                    if (o, RDF.type, end_cls) in g:
                        rels.append(RelRow(rm.type, rm.start, ids[s][1], rm.end, ids[o][1]))
    return GraphBatch(key=key, nodes=tuple(nodes), rels=(*rels, *derive(nodes, rels, mapping)))


def read_graph(path: str | Path, fmt: str | None = None) -> Graph:
    """Any RDF file rdflib reads (format by suffix unless given), named graphs flattened."""
    path = Path(path)
    fmt = FORMATS.get(fmt or "", fmt) or SUFFIXES.get(path.suffix.lower()) or "turtle"
    ds = Dataset()
    ds.parse(path, format=fmt)
    return _flatten(ds)


def read_text(data: str, fmt: str) -> Graph:
    """RDF text in one of FORMATS (or an rdflib format name), named graphs flattened."""
    ds = Dataset()
    ds.parse(data=data, format=FORMATS.get(fmt, fmt))
    return _flatten(ds)


def _flatten(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _nt_term(t: Node) -> str:
    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, BNode):
        return f"_:{t}"
    text = "".join(_ESCAPES.get(c, c if ord(c) >= 0x20 else f"\\u{ord(c):04X}") for c in str(t))
    if t.language:
        return f'"{text}"@{t.language}'
    return f'"{text}"^^<{t.datatype}>' if t.datatype else f'"{text}"'


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}


def nt_line(t: Triple, graph: URIRef | None = None) -> str:
    """One N-Triples (or, with a graph, N-Quads) line."""
    terms = [*t, graph] if graph is not None else list(t)
    return " ".join(_nt_term(x) for x in terms) + " .\n"


@cache
def _context_file() -> dict:
    return json.loads((HERE / "context.jsonld").read_text(encoding="utf-8"))["@context"]


def context() -> dict:
    """The JSON-LD context (ontology/context.jsonld), with the instance base as prefix 'id'."""
    return {**_context_file(), "id": base_iri()}


def bind_prefixes(g: Graph) -> Graph:
    for prefix, ns in context().items():
        if isinstance(ns, str) and ns.endswith(("/", "#")):
            g.bind(prefix, URIRef(ns), replace=True)
    return g


def prefixes() -> dict[str, str]:
    """Prefixes for Turtle and RDF/XML: the context's vocabularies, and one per instance segment
    (person:, claim:, ...) so instance IRIs read as person:<id> rather than in full."""
    out = {p: ns for p, ns in context().items()
           if isinstance(ns, str) and ns.endswith(("/", "#")) and ns != base_iri()}
    mapping, base = load_mapping(), base_iri()
    segments = [nm.segment for nm in mapping.nodes]
    segments += [pm.value_segment for nm in mapping.nodes for pm in nm.props if pm.value_segment]
    return {"rdf": str(RDF)} | out | {s: f"{base}{s}/" for s in segments if s not in out}


def write(triples: Iterable[Triple], out: TextIO, fmt: str) -> int:
    """Serialise triples to a text stream (see write_lines). Returns the triples written."""
    return write_lines(nt_chunks(triples), out, fmt)


def nt_chunks(triples: Iterable[Triple], size: int = 4096) -> Iterator[str]:
    """Triples as N-Triples text, `size` lines at a time."""
    buf: list[str] = []
    for line in map(nt_line, triples):
        buf.append(line)
        if len(buf) >= size:
            yield "".join(buf)
            buf = []
    if buf:
        yield "".join(buf)


_XML_ILLEGAL_ESCAPES = {f"{i:04X}" for i in [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)]}


def _xml_illegal(chunk: str) -> int:
    """Where N-Triples text holds a character RDF/XML cannot carry (written as \\uXXXX, or
    U+FFFE/U+FFFF as they are), or -1. Found with str.find: a regex is far slower here."""
    for c in "\ufffe\uffff":
        if (i := chunk.find(c)) >= 0:
            return i
    i = chunk.find("\\u00")
    while i >= 0:
        j = i
        while j and chunk[j - 1] == "\\":  # backslashes before this one: escaped if odd
            j -= 1
        if (i - j) % 2 == 0 and chunk[i + 2:i + 6] in _XML_ILLEGAL_ESCAPES:
            return i
        i = chunk.find("\\u00", i + 1)
    return -1


def write_lines(chunks: Iterable[str], out: TextIO, fmt: str) -> int:
    """Serialise N-Triples text (whole lines, in chunks) to a text stream as `fmt`, streaming:
    nt/nq are written as they come, Turtle and RDF/XML through pyoxigraph's serialiser, which
    holds nothing but the current subject. JSON-LD is compacted with the context by rdflib, which
    holds the graph. Returns the number of triples written (repeats count once per line)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    n = 0
    if fmt in ("nt", "nq"):
        graph = f" <{graph_iri()}> .\n" if fmt == "nq" else None
        for chunk in chunks:
            n += chunk.count("\n")  # newlines in literals are escaped: one per line
            out.write(chunk.replace(" .\n", graph) if graph else chunk)
        return n
    if fmt == "jsonld":
        g = bind_prefixes(Graph())
        for chunk in chunks:
            g.parse(data=chunk, format="nt")
        out.write(g.serialize(format="json-ld", context=context(), auto_compact=True))
        return len(g)
    counted = [0]

    def encoded() -> Iterator[bytes]:
        for chunk in chunks:
            if fmt == "xml" and (bad := _xml_illegal(chunk)) >= 0:
                line = chunk[chunk.rfind("\n", 0, bad) + 1:chunk.find("\n", bad)]
                raise ValueError(f"RDF/XML cannot carry the control characters in {line[:200]}; "
                                 "use another format (ttl, nt, nq, jsonld)")
            counted[0] += chunk.count("\n")
            yield chunk.encode("utf-8")

    ox_fmt = ox.RdfFormat.TURTLE if fmt == "ttl" else ox.RdfFormat.RDF_XML
    # lenient: the text is ours (IRIs built from quoted ids), so pyoxigraph need not re-check it
    quads = ox.parse(io.BufferedReader(ChunkReader(encoded()), 1 << 20), ox.RdfFormat.N_TRIPLES,
                     lenient=True)
    with _binary(out) as raw:
        ox.serialize(quads, raw, ox_fmt, prefixes=prefixes())  # default-graph quads: triples
    return counted[0]


class ChunkReader(io.RawIOBase):
    """A readable binary stream over an iterator of byte strings (pyoxigraph pulls from it)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks, self._rest = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        while not self._rest:
            self._rest = next(self._chunks, b"")
            if not self._rest:
                return 0
        n = min(len(b), len(self._rest))
        b[:n], self._rest = self._rest[:n], self._rest[n:]
        return n


class _TextSink:
    """A binary sink writing UTF-8 into a text stream (io.StringIO and the like)."""

    def __init__(self, out: TextIO) -> None:
        self._out, self._decoder = out, codecs.getincrementaldecoder("utf-8")()

    def write(self, b) -> int:
        self._out.write(self._decoder.decode(bytes(b)))
        return len(b)

    def flush(self) -> None:
        pass


@contextlib.contextmanager
def _binary(out: TextIO) -> Iterator:
    """The binary stream under a text stream (files, stdout), else a decoding sink."""
    raw = getattr(out, "buffer", None)
    if raw is None:
        yield _TextSink(out)
        return
    out.flush()
    yield raw
    raw.flush()
