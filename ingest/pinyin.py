"""Pinyin for Chinese personal names, and a toneless key to compare names across scripts.

`to_pinyin_name("马兴瑞") == "Ma Xingrui"`: the surname (compound surnames included) is read
with its surname reading from data/surname_readings.tsv (曾 Zeng, 单 Shan, 解 Xie), the given
name by pypinyin; syllables starting with a, o or e after the first get an apostrophe
(袁满娥 -> "Yuan Man'e"). `pinyin_key` maps any spelling (characters, pinyin with or without
tone marks, apostrophes or hyphens) to lowercase letters only, so "Ma Xingrui", "MA Xing-rui"
and "马兴瑞" share the key "maxingrui". Word-order variants (Xingrui Ma) are the caller's.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

from pypinyin import Style, lazy_pinyin

_HAN = re.compile(r"[\u3400-\u9fff]")
_DOTS = "·・•‧．"


@cache
def _surname_readings() -> dict[str, str]:
    text = (
        resources.files("convene.ingest").joinpath("data/surname_readings.tsv").read_text("utf-8")
    )
    readings: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            chars, reading = line.split("\t")[:2]
            readings[chars.strip()] = reading.strip()
    return readings


@cache
def _surnames() -> frozenset[str]:
    text = resources.files("convene.ingest").joinpath("data/zh_surnames.txt").read_text("utf-8")
    words = (w for line in text.splitlines() if not line.startswith("#") for w in line.split())
    return frozenset(words) | frozenset(_surname_readings())


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))


def split_name(name: str) -> tuple[str, str]:
    """(surname, given name); a known compound surname wins over a single one."""
    if len(name) >= 3 and name[:2] in _surnames():
        return name[:2], name[2:]
    return name[:1], name[1:]


def _syllables(chars: str) -> list[str]:
    return lazy_pinyin(chars, style=Style.NORMAL, v_to_u=True, errors="ignore")


def _join(syllables: list[str]) -> str:
    """Syllables as one word; a, o, e after the first syllable take an apostrophe (Man'e)."""
    out = ""
    for syl in syllables:
        out += f"'{syl}" if out and syl[:1] in "aoe" else syl
    return out


def _surname_pinyin(surname: str) -> str:
    reading = _surname_readings().get(surname)
    return reading if reading else "".join(_syllables(surname))


def _part_pinyin(part: str) -> str:
    """A transliterated (middle-dot) name part: one word, no surname reading."""
    return _join(_syllables(part)).capitalize()


@lru_cache(maxsize=8192)  # the same officials recur across articles
def to_pinyin_name(name: str) -> str:
    """Romanise a name in characters: surname first, given name as one word."""
    name = name.strip()
    if not has_han(name):
        return name
    if any(dot in name for dot in _DOTS):
        parts = [p for p in re.split(f"[{_DOTS}]", name) if p]
        return " ".join(_part_pinyin(p) for p in parts)
    surname, given = split_name(name)
    sur = _surname_pinyin(surname).capitalize()
    if not given:
        return sur
    return f"{sur} {_join(_syllables(given)).capitalize()}"


def pinyin_key(name: str) -> str:
    """Toneless lowercase letters of a name written in characters or in pinyin."""
    if has_han(name):
        name = to_pinyin_name(name)
    name = name.replace("ü", "v").replace("Ü", "v")
    decomposed = unicodedata.normalize("NFKD", name)
    letters = (c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", "".join(letters).casefold())
