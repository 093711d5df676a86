"""JSON-LD written as it streams: one compacted node object per run of triples about a subject.

The exporter's triples come grouped by subject (graph.export_nt), so each group becomes one node
object in "@graph", its IRIs compacted with the context's prefixes (ontology/context.jsonld,
"id" the instance base). A subject met again later (a relationship written from its other end)
gets another node object with the same "@id", which JSON-LD merges. Literals keep their lexical
form ("@value" with "@type"), so the graph read back is the one N-Triples gives.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from typing import TextIO

import pyoxigraph as ox
from rdflib import RDF, XSD

from convene.ontology.rdf import ChunkReader, context

_TYPE, _STRING, _LANG = str(RDF.type), str(XSD.string), str(RDF.langString)


def write_jsonld(chunks: Iterable[str], out: TextIO) -> int:
    """N-Triples text (whole lines, in chunks) -> compacted JSON-LD on `out`; the triples."""
    ctx = context()
    prefixes = sorted(((ns, p) for p, ns in ctx.items() if isinstance(ns, str)),
                      key=lambda x: -len(x[0]))

    def compact(iri: str) -> str:
        for ns, p in prefixes:
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{p}:{iri[len(ns):]}"
        return iri

    def term(o) -> object:
        if isinstance(o, ox.NamedNode):
            return {"@id": compact(o.value)}
        if isinstance(o, ox.BlankNode):
            return {"@id": f"_:{o.value}"}
        if o.language:
            return {"@value": o.value, "@language": o.language}
        dt = o.datatype.value
        return o.value if dt == _STRING else {"@value": o.value, "@type": compact(dt)}

    raw = io.BufferedReader(ChunkReader(c.encode("utf-8") for c in chunks), 1 << 20)
    out.write('{"@context": ' + json.dumps(ctx, ensure_ascii=False) + ',\n"@graph": [')
    n, first, node, subject = 0, True, None, None

    def flush() -> None:
        nonlocal first
        if node is not None:
            out.write(("\n" if first else ",\n") + json.dumps(node, ensure_ascii=False))
            first = False

    for q in ox.parse(raw, ox.RdfFormat.N_TRIPLES, lenient=True):
        n += 1
        if q.subject != subject:
            flush()
            subject = q.subject
            node = {"@id": term(subject)["@id"]}
        p = q.predicate.value
        if p == _TYPE and isinstance(q.object, ox.NamedNode):
            node.setdefault("@type", []).append(compact(q.object.value))
        else:
            node.setdefault(compact(p), []).append(term(q.object))
    flush()
    out.write("\n]}\n")
    return n
