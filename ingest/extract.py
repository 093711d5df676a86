"""One entry point for extraction: an Article in, an Extraction out, by language.

The language extractors find persons, posts, bodies and meetings; the credits module
finds reporters, editors and photographers. This module only joins the two.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from convene.ingest.facts import Article, Extraction, Person


def extract(article: Article) -> Extraction:
    from convene.ingest.credits import credit_persons, credits

    if article.language == "zh":
        from convene.ingest.zh import extract_zh as by_language
    else:
        from convene.ingest.en import extract_en as by_language
    found = by_language(article)
    return replace(
        found,
        persons=_with_credited(found.persons, credit_persons(found.article)),
        roles=credits(found.article),
    )


def _with_credited(persons: tuple[Person, ...], credited: tuple[Person, ...]) -> tuple[Person, ...]:
    """Credited people are persons of the article too, listed once."""
    known = {p.name for p in persons} | {a for p in persons for a in p.aliases}
    extra = tuple(p for p in credited if p.name not in known)
    return persons + extra


def extract_paths(paths: Iterable[Path]) -> Iterator:
    """Extraction for every readable article under `paths`, a ReadError for every other file."""
    from convene.ingest.read import ReadError, read_paths

    for item in read_paths(paths):
        yield item if isinstance(item, ReadError) else extract(item)
