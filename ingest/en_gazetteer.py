"""Gazetteers for the English extractor, loaded once from ingest/data/en_*.

Everything the rules know about the genre (titles, bodies, places, outlets, verbs, pinyin)
lives in those plain files; this module only reads them and compiles regex fragments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from convene.ingest.facts import Evidence

DATA = Path(__file__).with_name("data")
VERSION = "en-rules-1"  # goes into every Evidence.rule, so a claim says which rules made it


def evidence(text: str, start: int, end: int, rule: str, confidence: float = 0.8) -> Evidence:
    return Evidence(start, end, text[start:end], f"{VERSION}:{rule}", confidence)


def lines(name: str) -> list[str]:
    """The data lines of ingest/data/NAME (comments and blank lines left out)."""
    return _lines(name)


@cache
def lines_set(name: str) -> frozenset[str]:
    return frozenset(_lines(name))


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _rows(name: str) -> list[list[str]]:
    return [ln.split("\t") for ln in _lines(name)]


def alternation(phrases: list[str]) -> str:
    """A regex alternation, longest first, spaces matching any run of whitespace."""
    parts = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("'", "['’]") for p in parts)


@dataclass(frozen=True)
class Place:
    name: str
    kind: str  # country | municipality | province | ar | sar | city
    province: str
    full: str
    aliases: tuple[str, ...]

    @property
    def adjective(self) -> str:
        """The form that prefixes its bodies: "Zhejiang Provincial", "Ningbo Municipal"."""
        if self.kind == "province":
            return f"{self.name} Provincial"
        if self.kind in ("city", "municipality"):
            return f"{self.name} Municipal"
        return self.full


@cache
def places() -> dict[str, list[Place]]:
    """Every spelling (lower-cased) to the places it may name."""
    out: dict[str, list[Place]] = {}
    for row in _rows("en_places.tsv"):
        row += [""] * (5 - len(row))
        name, kind, prov, full, aliases = row[:5]
        place = Place(
            name, kind, prov or name, full or name, tuple(a for a in aliases.split("|") if a)
        )
        for spelling in {name, full, *place.aliases}:
            out.setdefault(spelling.lower(), []).append(place)
    return out


def place(name: str, province: str | None = None) -> Place | None:
    """The place a spelling names, preferring one in `province` when a name repeats."""
    cands = places().get(name.lower(), [])
    if not cands:
        return None
    big = [p for p in cands if p.kind != "city"]
    if big:
        return big[0]
    for p in cands:
        if province and p.province == province:
            return p
    return cands[0]


@cache
def place_names_re() -> str:
    return alternation([s for s in _all_spellings() if s[0].isupper()])


def _all_spellings() -> list[str]:
    out = []
    for row in _rows("en_places.tsv"):
        row += [""] * (5 - len(row))
        out += [row[0], row[3], *[a for a in row[4].split("|") if a]]
    return [s for s in out if s]


@cache
def outlets() -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Lower-cased outlet spelling -> (name, place, aliases)."""
    out = {}
    for row in _rows("en_outlets.tsv"):
        row += [""] * (3 - len(row))
        name, where, aliases = row[:3]
        al = tuple(a for a in aliases.split("|") if a)
        for s in (name, *al):
            out[s.lower()] = (name, where, al)
    return out


@cache
def surnames() -> frozenset[str]:
    return frozenset(_lines("en_surnames.txt"))


@cache
def syllables() -> frozenset[str]:
    return frozenset(_lines("en_pinyin_syllables.txt"))


def is_pinyin_given(word: str, max_syllables: int = 3) -> bool:
    """Whether a given name ("Xingrui", "Xiao-bing") splits into 1..max pinyin syllables."""
    w = word.lower().replace("-", "").replace("'", "").replace("’", "")
    if not w.isalpha() or not w.isascii():
        return False
    syl = syllables()
    best = [0] + [99] * len(w)  # fewest syllables to spell w[:i]
    for i in range(1, len(w) + 1):
        for j in range(max(0, i - 6), i):
            if best[j] < 99 and w[j:i] in syl:
                best[i] = min(best[i], best[j] + 1)
    return best[len(w)] <= max_syllables


def is_han_name(surname: str, given: str) -> bool:
    """'Fei Jianming' yes; 'Water Resources', 'Hong Kong' no."""
    return (
        surname in surnames()
        and is_pinyin_given(given)
        and f"{surname} {given}".lower() not in places()
    )


@cache
def place_words() -> frozenset[str]:
    return frozenset(_lines("en_place_words.txt"))


@cache
def titles_start() -> str:
    """A lookahead on the first letter of a title, case-insensitive: re cannot skip ahead to
    a case-insensitive alternation by itself, and this test is cheap where none can start."""
    words = [*_lines("en_title_modifiers.txt"), *_lines("en_titles.txt")]
    firsts = {w[0].lower() for w in words}
    if not all(c.isalpha() and c.isascii() for c in firsts):
        return ""
    return f"(?=(?i:[{''.join(sorted(firsts))}]))"


@cache
def titles_re() -> str:
    """A post title: modifiers then a head, e.g. 'Executive Vice Chairman'."""
    mods = alternation(_lines("en_title_modifiers.txt"))
    heads = alternation(_lines("en_titles.txt"))
    return rf"(?:(?:{mods})[\s-]+){{0,3}}(?:{heads})"


@cache
def title_modifiers() -> frozenset[str]:
    return frozenset(w.lower() for w in _lines("en_title_modifiers.txt"))


@cache
def bodies() -> list[tuple[str, str, bool]]:
    return [(r[0], r[1], r[2] == "1") for r in _rows("en_bodies.tsv")]


@cache
def body_core_re() -> str:
    return alternation([b[0] for b in bodies()])


def canonical_core(surface: str) -> str:
    norm = re.sub(r"\s+", " ", surface.replace("’", "'")).lower()
    for surf, canon, _ in bodies():
        if surf.lower() == norm:
            return canon
    return surface


@cache
def abbreviations() -> dict[str, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in _rows("en_abbreviations.tsv")}


@cache
def national_bodies() -> dict[str, str]:
    return {r[0].lower(): r[1] for r in _rows("en_national_bodies.tsv")}


@cache
def subbodies() -> list[str]:
    return [r[0] for r in _rows("en_subbodies.txt")]


@cache
def subbodies_cap() -> list[str]:
    """Sub-bodies that count only when capitalised."""
    return [r[0] for r in _rows("en_subbodies.txt") if len(r) > 1 and r[1] == "cap"]


@cache
def place_adjectives() -> dict[str, str]:
    return {r[0].lower(): r[1] for r in _rows("en_place_adjectives.tsv")}


@cache
def meeting_nouns() -> list[str]:
    return _lines("en_meeting_nouns.txt")


@cache
def verbs() -> list[tuple[str, str, str]]:
    """Participation cues: (regex fragment, role, voice)."""
    return [(r[0], r[1], r[2]) for r in _rows("en_verbs.tsv")]


@cache
def name_stopwords(places: bool = True) -> frozenset[str]:
    """Capitalised words that never start or continue a person's name (with places=False, the
    words of place names are left out: in a slot that must hold a name they may be one)."""
    words = set(_lines("en_name_stopwords.txt"))
    for f in (
        "en_place_words.txt",
        "en_titles.txt",
        "en_title_modifiers.txt",
        "en_subbodies.txt",
        "en_meeting_nouns.txt",
    ):
        for ln in _lines(f):
            words.update(ln.split("\t")[0].split())
    for surf, _, _ in bodies():
        words.update(surf.split())
    if places:
        words.update(w for s in _all_spellings() for w in s.split())
    return frozenset(w.strip(",.").replace("’", "'") for w in words if w[:1].isupper())
