"""Articles to graph: read → extract → resolve → map to rows → load, streaming, with a report.

A file that cannot be read or extracted is reported and skipped; the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from neo4j import Driver
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from convene.graph.load import ensure_schema
from convene.ingest.facts import Extraction


class IngestInterrupted(RuntimeError):
    """Neo4j went away during an ingest; the message says what is kept and what to do."""


@dataclass
class IngestReport:
    articles: int = 0
    persons: int = 0
    meetings: int = 0
    nodes: int = 0
    rels: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, problem)


def _extractions(
    paths: Iterable[Path], report: IngestReport, tick: Callable[[str], None]
) -> Iterator[Extraction]:
    from convene.ingest.extract import extract
    from convene.ingest.read import ReadError, read_paths

    for item in read_paths(paths):
        if isinstance(item, ReadError):
            report.failures.append((str(item.path), item.message))
            tick(str(item.path))
            continue
        try:
            x = extract(item)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            report.failures.append((item.document, f"extraction failed: {exc}"))
            tick(item.document)
            continue
        report.articles += 1
        report.persons += len(x.persons)
        report.meetings += len(x.meetings)
        tick(item.document)
        yield x


def ingest_paths(
    driver: Driver,
    paths: Iterable[Path],
    database: str | None = None,
    tick: Callable[[str], None] = lambda _doc: None,
    chunk: int = 500,
) -> IngestReport:
    """Extract, resolve identities (against the graph too) and load, `chunk` articles at a time.

    Memory stays bounded by the chunk; each article commits whole or not at all.
    """
    from convene.graph.resolve_graph import load_resolved

    report = IngestReport()
    ensure_schema(driver, database)

    def failed(document: str, exc: Exception) -> None:
        report.articles -= 1
        report.failures.append((document, f"mapping failed: {exc}"))

    extractions = _extractions(paths, report, tick)
    while batch := list(islice(extractions, chunk)):
        try:
            _, loaded = load_resolved(driver, batch, database, on_error=failed)
        except (ServiceUnavailable, SessionExpired) as exc:
            # Articles commit whole, and loading is idempotent: running again finishes the work.
            raise IngestInterrupted(
                f"lost the connection to Neo4j ({exc.__class__.__name__}) while loading. Every "
                "article commits whole or not at all, so what was loaded is kept. Make sure "
                "Neo4j runs (`convene neo4j start`), then run the same command again to finish."
            ) from None
        report.nodes += loaded.nodes
        report.rels += loaded.rels
    return report
