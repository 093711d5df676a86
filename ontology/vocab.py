"""Content-derived ids, name keys and the SKOS schemes of convene.ttl used as classifiers."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache

from pypinyin import lazy_pinyin
from rdflib import Namespace
from rdflib.namespace import SKOS

from convene.ontology.spec import ontology_graph

CV = Namespace("https://w3id.org/convene/ontology#")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFKC, case-folded, one space between words: what counts as 'the same content'."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_id(*parts: object) -> str:
    """SHA-1 of the normalised parts (None as empty): same content, same id, anywhere."""
    joined = "\x1f".join("" if p is None else normalise(str(p)) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()


def is_han(text: str) -> bool:
    return bool(_HAN.search(text))


def language_of(text: str) -> str:
    """The language tag a name or quote gets: Chinese where it has Han characters, else English."""
    return "zh" if is_han(text) else "en"


def pinyin_key(name: str) -> str:
    """Toneless pinyin (or the romanised name), lower case, letters only."""
    text = "".join(lazy_pinyin(name)) if is_han(name) else name
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if c.isascii() and c.isalpha()).lower()


@cache
def _scheme(scheme: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """(keywords, notation) of each concept of a scheme; parts joined by ' … ' all occur."""
    g = ontology_graph()
    out = []
    for concept in sorted(g.subjects(SKOS.inScheme, CV[scheme])):
        notation = str(g.value(concept, SKOS.notation))
        for label in sorted(g.objects(concept, SKOS.hiddenLabel)):
            out.append((tuple(k.strip() for k in str(label).split("…")), notation))
    return tuple(out)


def classify(text: str, scheme: str) -> str | None:
    """The notation of the concept naming the head of the text.

    The head noun comes first in English ("Organization Department of the ... Committee") and last
    in Chinese (中央组织部), so the match nearest that end wins, then the longest.
    """
    folded = normalise(text).replace("’", "'")
    han = is_han(folded)
    best: tuple[tuple[int, int], str] | None = None
    for keywords, notation in _scheme(scheme):
        found = [folded.find(k) for k in keywords]
        if min(found) < 0:
            continue
        ends = (f + len(k) for f, k in zip(found, keywords, strict=True))
        place = max(ends) if han else -min(found)
        score = (place, sum(len(k) for k in keywords))
        if best is None or score > best[0]:
            best = (score, notation)
    return best[1] if best else None


@cache
def notations(scheme: str) -> frozenset[str]:
    g = ontology_graph()
    return frozenset(str(g.value(c, SKOS.notation)) for c in g.subjects(SKOS.inScheme, CV[scheme]))
