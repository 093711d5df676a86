"""Surname + title (王书记, 欧阳书记) folded into the one full name of the article it fits.

Shared surnames are resolved by title (王书记 is the 王 whose posts include a 书记 title);
where that still leaves two, the reference is not resolved.
"""

from __future__ import annotations

import re

from .pinyin import split_name
from .rx import rx
from .zh_lexicon import lexicon
from .zh_names import DOT_NAME, is_name
from .zh_persons import Mention


def surname_title_refs(text: str, mentions: list[Mention]) -> list[Mention]:
    """王书记 / 欧阳书记 folded into the one person of that surname (and title) in the article."""
    lx = lexicon()
    by_surname: dict[str, set[str]] = {}
    titles: dict[str, set[str]] = {}
    for men in mentions:
        if not DOT_NAME.fullmatch(men.name):
            by_surname.setdefault(split_name(men.name)[0], set()).add(men.name)
        titles.setdefault(men.name, set()).update(p.title for p in men.posts)
    out = []
    for surname, names in by_surname.items():
        if surname not in text:
            continue
        for m in rx(f"{re.escape(surname)}({lx.title_re})").finditer(text):
            cands = names
            if len(cands) > 1:
                cands = {n for n in cands if any(t.endswith(m.group(1)) for t in titles[n])}
            if len(cands) != 1 or any(text.startswith(n, m.start()) for n in names):
                continue
            before = text[m.start() - 1] if m.start() else ""
            if before and is_name(before + surname):
                continue
            out.append(
                Mention(next(iter(cands)), m.start(), m.end(), m.start(), (), "zh.surname_title")
            )
    return out
