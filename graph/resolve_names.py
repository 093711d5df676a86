"""Name keys for identity resolution: which spellings may name the same person.

A name in characters is keyed by its toneless pinyin with the surname's own reading
(马兴瑞 -> "maxingrui"); a romanised name by its letters (hyphens, apostrophes, case and tone
marks ignored), and, when it is two pinyin words, also in the other order ("Xingrui Ma").
A romanised name that is not pinyin (Shohrat Zakir) keys only to the same spelling, so a
minority name meets its characters only through an alias the article gives.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from convene.ingest.pinyin import has_han, pinyin_key, split_name

_DOTS = "·・•‧．"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def node_id(*parts: object) -> str:
    """SHA-1 of the normalised parts (NFKC, case-folded, one space): a content-derived node id."""
    norm = (" ".join(unicodedata.normalize("NFKC", "" if p is None else str(p)).split()).casefold()
            for p in parts)
    return hashlib.sha1("\x1f".join(norm).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class NameKey:
    key: str
    reversed: bool = False  # matched through the other word order


@cache
def thresholds() -> dict:
    """ingest/data/resolve_thresholds.toml as a dict."""
    text = resources.files("convene.ingest").joinpath("data/resolve_thresholds.toml").read_text(
        "utf-8"
    )
    return tomllib.loads(text)


def _data_lines(name: str) -> list[str]:
    text = resources.files("convene.ingest").joinpath(f"data/{name}").read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _syllables() -> frozenset[str]:
    return frozenset(w.strip() for w in _data_lines("en_pinyin_syllables.txt"))


@cache
def _surnames_zh() -> frozenset[str]:
    words = {w for line in _data_lines("zh_surnames.txt") for w in line.split()}
    words |= {line.split("\t")[0].strip() for line in _data_lines("surname_readings.tsv")}
    return frozenset(words)


@cache
def surname_keys() -> frozenset[str]:
    """Toneless pinyin of every known surname (surname readings included)."""
    return frozenset(pinyin_key(s) for s in _surnames_zh())


def letters(text: str) -> str:
    """Lowercase ASCII letters only: tone marks, hyphens, apostrophes and spaces dropped."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ü", "v").replace("Ü", "v"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", bare.casefold())


@cache
def is_pinyin(word: str) -> bool:
    """Whether a romanised word splits into pinyin syllables (Xingrui -> xing + rui)."""
    w = letters(word)
    if not w:
        return False
    ok = [True] + [False] * len(w)
    for i in range(1, len(w) + 1):
        ok[i] = any(ok[j] and w[j:i] in _syllables() for j in range(max(0, i - 6), i))
    return ok[-1]


def words(name: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", name))


def is_han_name(name: str) -> bool:
    return has_han(name)


@cache
def han_form(name: str) -> str | None:
    """The characters of a name written in characters (spaces dropped), else None."""
    if not has_han(name):
        return None
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))


@cache
def is_transliterated(name: str) -> bool:
    """A non-Han name (Uyghur, Tibetan, Mongolian...) in characters or a non-pinyin romanisation."""
    if has_han(name):
        return any(dot in name for dot in _DOTS)
    ws = words(name)
    return bool(ws) and not all(is_pinyin(w) for w in ws)


@cache
def name_keys(name: str) -> tuple[NameKey, ...]:
    """The keys under which a name looks for namesakes."""
    if has_han(name):
        key = pinyin_key(name)
        return (NameKey(key),) if key else ()
    ws = words(name)
    key = letters("".join(ws))
    if not key:
        return ()
    keys = [NameKey(key)]
    if len(ws) == 2 and all(is_pinyin(w) for w in ws):
        other = letters(ws[1] + ws[0])
        if other != key:
            keys.append(NameKey(other, reversed=True))
    return tuple(keys)


@cache
def is_long(name: str) -> bool:
    """A name distinctive enough to weigh more: 3+ syllables, characters, or transliterated."""
    if has_han(name):
        return len(han_form(name) or "") >= 3 or is_transliterated(name)
    if is_transliterated(name):
        return True
    return sum(_syllable_count(w) for w in words(name)) >= 3


def _syllable_count(word: str) -> int:
    w = letters(word)
    best = [0] + [10**6] * len(w)
    for i in range(1, len(w) + 1):
        for j in range(max(0, i - 6), i):
            if w[j:i] in _syllables() and best[j] + 1 < best[i]:
                best[i] = best[j] + 1
    return best[-1] if best[-1] < 10**6 else 1


@cache
def surname_key(name: str) -> str | None:
    """The pinyin of the surname of a full Chinese name (characters or surname-first pinyin)."""
    if has_han(name):
        if is_transliterated(name):
            return None
        return pinyin_key(split_name(han_form(name) or name)[0]) or None
    ws = words(name)
    if len(ws) >= 2 and all(is_pinyin(w) for w in ws) and letters(ws[0]) in surname_keys():
        return letters(ws[0])
    return None


@dataclass(frozen=True)
class ShortForm:
    surname: str  # toneless pinyin of the surname
    title: str  # the title words around it, as written ("" when none)


@cache
def short_form(name: str) -> ShortForm | None:
    """"Secretary Ma", "Ma", "马书记": a bare surname with, at most, title words."""
    cfg = thresholds()["short_form"]
    if has_han(name):
        han = han_form(name) or ""
        for title in sorted(cfg["titles_zh"], key=len, reverse=True):
            if han.endswith(title) and han[: -len(title)] in _surnames_zh():
                return ShortForm(pinyin_key(han[: -len(title)]), title)
        return ShortForm(pinyin_key(han), "") if han in _surnames_zh() else None
    ws = words(name)
    titles = {t.casefold() for t in cfg["titles_en"]}
    rest = [w for w in ws if w.casefold() not in titles]
    if len(rest) == 1 and letters(rest[0]) in surname_keys():
        title = " ".join(w for w in ws if w.casefold() in titles)
        return ShortForm(letters(rest[0]), title)
    return None
