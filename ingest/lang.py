"""Script-level helpers shared by reading, metadata and scoring: name normalisation and
language detection by the share of Chinese characters."""

from __future__ import annotations

import re
import unicodedata

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def normalise(s: str) -> str:
    """NFKC, case-folded, every run of whitespace and punctuation made one space."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFKC", s).casefold():
        if ch.isspace() or unicodedata.category(ch).startswith("P"):
            if out and out[-1] != " ":
                out.append(" ")
        else:
            out.append(ch)
    return "".join(out).strip()


def has_cjk(s: str) -> bool:
    return bool(_CJK.search(s))


def cjk_share(s: str) -> float:
    """Chinese characters among Chinese characters and Latin letters."""
    cjk, latin = len(_CJK.findall(s)), len(_LATIN.findall(s))
    return cjk / (cjk + latin) if cjk + latin else 0.0


def detect_language(text: str) -> str:
    """ "zh" when Chinese characters weigh at least a quarter of the letters, else "en".

    A Chinese character carries about as much as a short English word, so a page whose
    letters are mostly Latin with a Chinese breadcrumb or byline stays English."""
    return "zh" if cjk_share(text) >= 0.25 else "en"
