"""Property-graph rows: what the ontology mapping hands to the Neo4j loader.

Every node is merged on its label and a content-derived `id`; every relationship on
its type and its two ends. Labels and types come from the mapping (trusted data),
never from article text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class NodeRow:
    label: str
    id: str
    props: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class RelRow:
    type: str
    start_label: str
    start: str
    end_label: str
    end: str
    props: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class GraphBatch:
    """All rows of one article (or one RDF import): committed together or not at all."""

    key: str  # the article id, or the import's id
    nodes: tuple[NodeRow, ...] = ()
    rels: tuple[RelRow, ...] = ()
