"""Helpers for the Chinese extractor tests: build an Article, look facts up, check evidence."""

from __future__ import annotations

from convene.ingest.facts import Article, Evidence, Extraction
from convene.ingest.zh import extract_zh


def run(text: str, published: str | None = "2023-03-15", source: str | None = None) -> Extraction:
    article = Article("t.txt", text, "zh", text.splitlines()[0], published, source)
    return extract_zh(article)


def person(x: Extraction, name: str):
    found = [p for p in x.persons if p.name == name]
    assert found, f"{name} not in {[p.name for p in x.persons]}"
    return found[0]


def posts(x: Extraction, name: str) -> set[tuple[str, str | None]]:
    return {(p.title, p.organization) for p in person(x, name).posts}


def assert_evidence(x: Extraction) -> None:
    """Every evidence quote is the text at its offsets."""
    text = x.article.text
    evs: list[Evidence | None] = [p.evidence for p in x.persons]
    evs += [q.evidence for p in x.persons for q in p.posts]
    evs += [o.evidence for o in x.organizations]
    for m in x.meetings:
        evs += (
            [m.evidence]
            + [p.evidence for p in m.participations]
            + [i.evidence for i in m.implements]
        )
    for ev in evs:
        if ev is not None:
            assert text[ev.start : ev.end] == ev.quote
