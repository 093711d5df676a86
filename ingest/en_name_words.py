"""Words of person names: what may be a name, and the list slots that hold names.

"A, B, C and D" where most items are names makes the rest names; a plural title before a list
("Vice Chairmen Erdeni, Baiyin Chaolu and Liu Jin") or a title before one word ("Secretary-General
Sarula") marks names that no pinyin check would find.
"""

from __future__ import annotations

import re
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.rx import rx

WORD = r"[A-Z][a-z]+(?:['’](?!s\b)[a-z]+)?(?:-[A-Za-z][a-z]+)?"
PRE_TITLE = r"(?:Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Madam|Professor|Comrade|Imam|led\s+by|headed\s+by)"
SPEECH_VERB = re.compile(
    r"[ \t]+(?:said|says|stressed|emphasized|emphasised|pointed out|noted|presided|chaired"
    r"|attended|spoke|met|expressed|delivered|made|gave|briefed|introduced|called)\b"
)


def name_like(words: list[str]) -> bool:
    stop = gz.name_stopwords()
    if _hyphen_given(words):
        return True
    return all(_single(w) not in stop and w not in stop for w in words)


_HYPHEN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _hyphen_given(words: list[str]) -> bool:
    """'Park Ji-hoon', 'Kwok Wing-sze': a surname and a hyphenated given name is a name, even
    where the surname is also a common word."""
    return (
        len(words) == 2
        and bool(_HYPHEN_GIVEN.fullmatch(words[1]))
        and re.fullmatch(r"[A-Z][a-z]{1,5}", words[0]) is not None
        and not _is_title_word(words[0])
    )


@cache
def _title_words() -> frozenset[str]:
    return frozenset(w for t in gz.lines("en_titles.txt") for w in t.split())


def _is_title_word(word: str) -> bool:
    return (
        word in _title_words()
        or _single(word) in _title_words()
        or bool(re.fullmatch(PRE_TITLE, word))
    )


def _single(word: str) -> str:
    """'Mayors' -> 'Mayor', 'Chairmen' -> 'Chairman'."""
    if word.endswith("men"):
        return word[:-3] + "man"
    return word[:-1] if word.endswith("s") else word


def trim(seq: str) -> str:
    """Drop a leading pre-title or title word caught in the sequence ("Chairman Losang Jamcan")."""
    words = seq.split()
    while (
        words
        and not _hyphen_given(words[:2])
        and (
            words[0] in gz.name_stopwords()
            or _single(words[0]) in gz.name_stopwords()
            or re.fullmatch(PRE_TITLE, words[0])
        )
    ):
        words = words[1:]
    return " ".join(words)


_ITEM1 = rf"(?:{WORD}(?:[ \t]+{WORD}){{0,2}})"


@cache
def _titled_list_re() -> re.Pattern[str]:
    """'Vice Chairmen Erdeni, Baiyin Chaolu and Liu Jin': names after a plural title."""
    return re.compile(
        rf"{gz.titles_start()}\b(?i:{gz.titles_re()})(?:men|women|s)[ \t]+(?P<items>{_ITEM1}"
        rf"(?:,[ \t]+{_ITEM1})*,?[ \t]+and[ \t]+{_ITEM1})"
    )


@cache
def _titled_single_re() -> re.Pattern[str]:
    """'Secretary-General Sarula attended': a one-word name after a title."""
    return re.compile(
        rf"{gz.titles_start()}\b(?i:{gz.titles_re()})"
        rf"[ \t]+(?P<name>[A-Z][a-z]{{2,}})\b(?![ \t]+[A-Z])"
        r"(?=[ \t]*[,.;)]|[ \t]+(?:and|attended|presided|chaired|said|spoke|stressed|delivered"
        r"|made|gave|was|were|also|who|noted|pointed|called|briefed|reported)\b)"
    )


def titled_lists(text: str, found: dict[str, str]) -> None:
    for m in _titled_list_re().finditer(text):
        items = re.split(r",[ \t]+and[ \t]+|,[ \t]+|[ \t]+and[ \t]+", m.group("items"))
        for item in items:
            words = item.split()
            stop = gz.name_stopwords(places=False)  # 'Baiyin Chaolu': a place word in a name
            if (
                words
                and all(w not in stop for w in words)
                and gz.place(item) is None
                and item not in found
                and (len(words) > 1 or words[0] not in gz.surnames())
            ):
                found[item] = "en.person.slot.titled_list"


def titled_singles(text: str, found: dict[str, str]) -> None:
    parts = {w for name in found for w in name.split()}
    for m in _titled_single_re().finditer(text):
        word = m.group("name")
        if (
            word not in found
            and word not in parts
            and word not in gz.surnames()  # 'Governor Lan': a surname, folded into a full name
            and name_like([word])
            and gz.place(word) is None
        ):
            found[word] = "en.person.slot.titled_single"


_LIST_ITEM = rf"(?:{WORD}[ \t]+{WORD}(?:[ \t]+{WORD})?)"
_LIST_RE = re.compile(
    rf"{_LIST_ITEM}(?:,[ \t]+{_LIST_ITEM})*"
    rf"(?:,?[ \t]+and[ \t]+{_LIST_ITEM}|,?[ \t]+and[ \t]+other\b|,[ \t]+etc\b)"
)


_OF_BEFORE = re.compile(r"\b(?:of|of\s+the|for|on|at|in|from|with)[ \t]+$")
_LIST_LEAD = re.compile(r"(?:were|was|included|including|are|by)[ \t]+$")


def add_list_members(text: str, found: dict[str, str]) -> None:
    """'A, B, C and D' where most items are already names: the rest are names too."""
    for m in _LIST_RE.finditer(text):
        if _OF_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # 'Minister of Water Resources, and ...': the object of a title
        body = re.sub(r",?[ \t]+and[ \t]+other$|,[ \t]+etc$", "", m.group(0))
        items = [
            trim(i.strip()) for i in re.split(r",[ \t]+and[ \t]+|,[ \t]+|[ \t]+and[ \t]+", body)
        ]
        items = [i for i in items if i]
        known = sum(
            1 for i in items if any(f in i and rx(rf"\b{re.escape(f)}\b").search(i) for f in found)
        )
        listed = SPEECH_VERB.match(text, m.end()) or _LIST_LEAD.search(text, 0, m.start())
        if known * 2 < len(items) and not (known and listed):
            continue
        for i in items:
            if (
                len(i.split()) > 1
                and not any(f in i or i in f for f in found)
                and name_like(i.split())
            ):
                found[i] = "en.person.slot.list"


# 'Attending the meeting were A, B and C': a list after a cue of attendance holds names only
_ATTENDING = re.compile(
    r"(?i:(?:attending(?:\s+the\s+\w+)?|(?:also\s+)?present(?:\s+at\s+the\s+\w+)?"
    r"|seated\s+on\s+the\s+rostrum|in\s+attendance)\s+(?:were|was)|attended\s+by"
    r"|(?:those\s+)?(?:attending|present)\s+included)\s+(?:also\s+)?"
    rf"(?P<items>{_ITEM1}(?:,[ \t]+{_ITEM1})*(?:,?[ \t]+and[ \t]+{_ITEM1})?)"
)


def attending_lists(text: str, found: dict[str, str]) -> None:
    for m in _ATTENDING.finditer(text):
        items = re.split(r",[ \t]+and[ \t]+|,[ \t]+|[ \t]+and[ \t]+", m.group("items"))
        for item in (trim(i) for i in items):
            words = item.split()
            if (
                len(words) > 1
                and item not in found
                and not any(item in f for f in found)
                and name_like(words)
                and gz.place(item) is None
            ):
                found[item] = "en.person.slot.attending"


_ANY_ITEM = rf"(?:{WORD}(?:[ \t]+{WORD}){{0,2}})"
_MIXED_LIST_RE = re.compile(rf"{_ANY_ITEM}(?:,[ \t]+{_ANY_ITEM})*(?:,?[ \t]+and[ \t]+{_ANY_ITEM})")


def add_list_mononyms(text: str, found: dict[str, str]) -> None:
    """'A, Han Dezhong, B and Qiao Yunsheng': a one-word item spelt in pinyin syllables (Mongolian
    names such as 'Sarula') among two or more full names is a name too."""
    stop = gz.name_stopwords()
    for m in _MIXED_LIST_RE.finditer(text):
        if _OF_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        items = [trim(i) for i in re.split(r",[ \t]+and[ \t]+|,[ \t]+|[ \t]+and[ \t]+", m.group(0))]
        if sum(1 for i in items if i in found and " " in i) < 2:
            continue
        for i in items:
            if (
                " " not in i
                and len(i) >= 5
                and i not in found
                and i not in stop
                and i not in gz.surnames()
                and gz.place(i) is None
                and gz.is_pinyin_given(i, 5)
            ):
                found[i] = "en.person.slot.list_single"
