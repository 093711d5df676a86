"""The gazetteers of the Chinese extractor, read once from ingest/data/zh_*.

Titles, surnames, places, bodies, meeting nouns and verbs are data, not code: the rules in
zh_persons / zh_orgs / zh_meetings only combine them. Also builds the spaCy pipeline
(blank "zh" with the character segmenter, which needs no download, and a sentencizer).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

import spacy
from spacy.language import Language

HAN = r"\u3400-\u9fff"
SENT_END = "。！？；\n"


def _lines(name: str) -> list[str]:
    text = resources.files("convene.ingest").joinpath(f"data/{name}").read_text("utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _words(name: str) -> tuple[str, ...]:
    return tuple(w for ln in _lines(name) for w in ln.split())


def _rows(name: str) -> list[list[str]]:
    return [[c.strip() for c in ln.split("\t")] for ln in _lines(name)]


def alternation(words) -> str:
    """A regex alternation, longest first so that 总书记 wins over 书记."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Place:
    name: str  # 湖南省, 永州市
    short: str  # 湖南, 永州
    level: str  # municipality | province | region | sar | city | county | district
    province: str
    city: str = ""  # the prefecture a county or district belongs to, where known


@dataclass(frozen=True)
class Lexicon:
    surnames: frozenset[str]
    titles: tuple[str, ...]
    title_prefixes: tuple[str, ...]
    meeting_nouns: tuple[str, ...]
    verbs: dict[str, str]
    implement_verbs: tuple[str, ...]
    name_follow: tuple[str, ...]
    name_stop: frozenset[str]
    outlet_suffixes: tuple[str, ...]
    places: tuple[Place, ...]
    bodies: tuple[tuple[str, str, str], ...]
    national: tuple[tuple[str, str, str], ...]
    body_suffixes: tuple[str, ...]
    body_prefixes: tuple[str, ...]
    title_bodies: tuple[tuple[str, str], ...]
    province_abbr: tuple[tuple[str, str], ...]
    departments: tuple[str, ...]
    department_full: tuple[tuple[str, str, str], ...] = ()  # short unit, full, other full
    translit_chars: frozenset[str] = frozenset()  # of dotless minority names (zh_translit_chars)

    @cached_property
    def title_re(self) -> str:
        """A title: optional prefixes (副, 常务副, 代) and a base title."""
        return f"(?:{alternation(self.title_prefixes)})?(?:{alternation(self.titles)})"

    def place_by_name(self, name: str) -> Place | None:
        for place in self.places:
            if name in (place.name, place.short):
                return place
        return None


@cache
def lexicon() -> Lexicon:
    places = tuple(Place(*row[:4]) for row in _rows("zh_places.tsv"))
    return Lexicon(
        surnames=frozenset(_words("zh_surnames.txt")),
        titles=_words("zh_titles.txt"),
        title_prefixes=_words("zh_title_prefixes.txt"),
        meeting_nouns=_words("zh_meeting_nouns.txt"),
        verbs={row[0]: row[1] for row in _rows("zh_verbs.tsv")},
        implement_verbs=_words("zh_implement_verbs.txt"),
        name_follow=_words("zh_name_follow.txt"),
        name_stop=frozenset(_words("zh_name_stop.txt")),
        outlet_suffixes=_words("zh_outlet_suffixes.txt"),
        places=places,
        bodies=tuple((r + ["", ""])[:3] for r in _rows("zh_bodies.tsv")),
        national=tuple((r + ["", ""])[:3] for r in _rows("zh_national_bodies.tsv")),
        body_suffixes=_words("zh_body_suffixes.txt"),
        body_prefixes=_words("zh_body_prefixes.txt"),
        title_bodies=tuple((r[0], r[1]) for r in _rows("zh_title_bodies.tsv")),
        province_abbr=tuple((r[0], r[1]) for r in _rows("zh_province_abbr.tsv")),
        departments=_words("zh_departments.txt"),
        department_full=tuple((r + [""])[:3] for r in _rows("zh_department_full.tsv")),
        translit_chars=frozenset("".join(_words("zh_translit_chars.txt"))),
    )


@cache
def county_rows() -> tuple[tuple[str, str, str], ...]:
    """Counties, districts and county-level cities: (name, prefecture, province)."""
    return tuple((r[0], r[1], r[2]) for r in _rows("zh_counties.tsv"))


@cache
def nlp() -> Language:
    """spaCy blank Chinese: the char segmenter works offline (jieba/pkuseg would need more)."""
    pipeline = spacy.blank("zh")
    pipeline.add_pipe("sentencizer", config={"punct_chars": list("。！？；")})
    return pipeline


_PUNCT_CHARS = "。！？；"
_PERIOD = re.compile(f"[{_PUNCT_CHARS}]")
_NEWLINES = re.compile(r"\n+")


@cache
def _is_punct(char: str) -> bool:
    return nlp().vocab[char].is_punct


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start_char, end_char) of the sentences of nlp()(text), without building the Doc.

    The char segmenter makes every non-space character a token; a single space after a
    character is that token's trailing space, other whitespace runs are tokens. The
    sentencizer starts a sentence at the first token after a period that is neither
    punctuation nor a period; a sentence ends where its last token ends (trailing space out).
    """
    if not text:
        return []
    n = len(text)
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    while (m := _PERIOD.search(text, pos)) is not None:
        i = m.end()
        while True:
            trail = i < n and text[i] == " "
            nxt = i + 1 if trail else i
            if nxt >= n:
                break
            char = text[nxt]
            if not char.isspace() and (char in _PUNCT_CHARS or _is_punct(char)):
                i = nxt + 1
                continue
            ends.append(i)
            starts.append(nxt)
            break
        if nxt >= n:
            break
        pos = starts[-1]
    tail = n - 1 if n >= 2 and text[-1] == " " and not text[-2].isspace() else n
    return list(zip([0, *starts], [*ends, tail], strict=True))


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; newlines end sentences too (headlines, lists)."""
    spans: list[tuple[int, int]] = []
    for sent_start, sent_end in _sentence_bounds(text):
        start = sent_start
        for m in _NEWLINES.finditer(text, sent_start, sent_end):
            cut = m.start()
            if cut > start:
                spans.append((start, cut))
            start = m.end()
        if sent_end > start:
            spans.append((start, sent_end))
    return [(s, e) for s, e in spans if text[s:e].strip()]
