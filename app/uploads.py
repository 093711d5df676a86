"""Uploaded articles: saved into a project-local temporary folder, ingested, then removed."""

from __future__ import annotations

import re
import shutil
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

ACCEPTED = ("txt", "html", "htm", "jsonl")
_SAFE = re.compile(r"[^\w.\-\u3400-\u9fff]+")


def uploads_root() -> Path:
    """.convene/uploads of the source checkout (or of the working folder when installed)."""
    repo = Path(__file__).resolve().parents[1]
    base = repo if (repo / "pyproject.toml").is_file() else Path.cwd()
    return base / ".convene" / "uploads"


def safe_name(name: str) -> str:
    """A file name that cannot leave its folder or surprise a shell: letters, digits, CJK, ._-."""
    stem = _SAFE.sub("_", Path(name.replace("\\", "/")).name).strip("._") or "upload"
    return stem[:120]


def save(files: Iterable[tuple[str, bytes]], root: Path | None = None) -> list[Path]:
    """Write (name, content) pairs into a fresh folder under root; the paths, in order."""
    folder = (root or uploads_root()) / uuid.uuid4().hex
    folder.mkdir(parents=True)
    paths = []
    for name, content in files:
        target = folder / safe_name(name)
        n = 1
        while target.exists():  # two uploads with one name keep both
            target = folder / f"{target.stem}-{n}{target.suffix}"
            n += 1
        target.write_bytes(content)
        paths.append(target)
    return paths


def expected_articles(paths: Iterable[Path]) -> int:
    """How many articles reading will yield (a .jsonl holds one per non-empty line)."""
    total = 0
    for p in paths:
        if p.suffix.lower() == ".jsonl":
            total += sum(1 for line in p.read_bytes().splitlines() if line.strip())
        else:
            total += 1
    return max(total, 1)


def ingest(driver, paths: list[Path], database: str | None,
           tick: Callable[[str], None]) -> object:
    """Run the pipeline on saved uploads, then delete their folder whatever happens."""
    from convene.graph.pipeline import ingest_paths

    try:
        return ingest_paths(driver, paths, database, tick=tick)
    finally:
        for folder in {p.parent for p in paths}:
            shutil.rmtree(folder, ignore_errors=True)
