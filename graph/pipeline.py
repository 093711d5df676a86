"""Articles to graph: read → extract → map to rows → load, streaming, with a report.

A file that cannot be read or extracted is reported and skipped; the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from neo4j import Driver

from convene.graph.load import LoadReport, ensure_schema, load
from convene.ingest.facts import Extraction
from convene.ontology.batch import GraphBatch


@dataclass
class IngestReport:
    articles: int = 0
    persons: int = 0
    meetings: int = 0
    nodes: int = 0
    rels: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, problem)


def _batches(
    paths: Iterable[Path], report: IngestReport, tick: Callable[[str], None]
) -> Iterator[GraphBatch]:
    from convene.ingest.extract import extract
    from convene.ingest.read import ReadError, read_paths
    from convene.ontology.mapping import to_batch

    for item in read_paths(paths):
        if isinstance(item, ReadError):
            report.failures.append((str(item.path), item.message))
            tick(str(item.path))
            continue
        try:
            x: Extraction = extract(item)
            batch = to_batch(x)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            report.failures.append((item.document, f"extraction failed: {exc}"))
            tick(item.document)
            continue
        report.articles += 1
        report.persons += len(x.persons)
        report.meetings += len(x.meetings)
        tick(item.document)
        yield batch


def ingest_paths(
    driver: Driver,
    paths: Iterable[Path],
    database: str | None = None,
    tick: Callable[[str], None] = lambda _doc: None,
) -> IngestReport:
    report = IngestReport()
    ensure_schema(driver, database)
    loaded: LoadReport = load(driver, _batches(paths, report, tick), database=database)
    report.nodes, report.rels = loaded.nodes, loaded.rels
    return report
