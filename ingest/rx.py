"""Compiled regexes for patterns built at run time (per name, per place, per surname).

re's own cache holds 512 patterns: the per-place and per-name patterns of one article overflow
it, and every fixed pattern of the extractors is then compiled again for the next article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache


@lru_cache(maxsize=8192)
def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


def occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-overlapping `word` in `text`, as re.finditer(re.escape(word))."""
    if not word:
        yield from ((i, i) for i in range(len(text) + 1))
        return
    i = text.find(word)
    while i >= 0:
        yield i, i + len(word)
        i = text.find(word, i + len(word))
