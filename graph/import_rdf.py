"""Load RDF that uses the convene ontology into Neo4j, through the same mapping as the export.

rdflib reads the file (any format it knows, chosen by suffix); ontology.rdf.graph_to_batch turns
it into property-graph rows, re-deriving the shortcut relationships; graph.load writes them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from neo4j import Driver

from convene.graph.load import LoadReport, ensure_schema, load
from convene.ontology.batch import GraphBatch
from convene.ontology.rdf import graph_to_batch, read_graph


def rdf_batch(path: str | Path, fmt: str | None = None) -> GraphBatch:
    """The rows an RDF file stands for, keyed by the file's SHA-1."""
    path = Path(path)
    key = "import:" + hashlib.sha1(path.read_bytes()).hexdigest()
    return graph_to_batch(read_graph(path, fmt), key)


def import_rdf(
    driver: Driver, path: str | Path, fmt: str | None = None, database: str | None = None
) -> LoadReport:
    """Parse `path` (ttl|jsonld|nt|nq|xml, by suffix unless `fmt`) and merge it into Neo4j."""
    batch = rdf_batch(path, fmt)
    ensure_schema(driver, database)
    return load(driver, [batch], database=database)
