"""Person names in English reports of Chinese officials.

Two kinds of evidence: a romanised Han name (a pinyin surname from the gazetteer followed by a
given name that splits into pinyin syllables), and any capitalised name sequence standing in a
person slot (before ", <title>", after a title or "Dr.", in a list beside other names, before a
speech verb) -- which covers Uyghur, Kazakh, Tibetan and foreign names. Names in credit lines
and names used only inside a doctrine ("Xi Jinping Thought") are not persons here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_name_words import (
    PRE_TITLE,
    SPEECH_VERB,
    WORD,
    add_list_members,
    add_list_mononyms,
    attending_lists,
    name_like,
    titled_lists,
    titled_singles,
    trim,
)
from convene.ingest.rx import rx


@dataclass(frozen=True)
class Mention:
    name: str  # the full name this mention refers to
    start: int
    end: int
    rule: str
    short: bool = False  # a surname-plus-title form folded into a full name


# a lookahead, so that 'Committee Jiang Chaoliang' still tries 'Jiang Chaoliang'
_PINYIN_RE = re.compile(rf"\b(?=(?P<sur>[A-Z][a-z]+)[ \t]+(?P<given>{WORD})\b)")
_SEQ = rf"(?:{WORD}|Al|El)(?:[ \t]+(?:{WORD}|Al|El|bin)){{1,3}}"
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]+)")
_SEQ_RE = re.compile(rf"\b{_SEQ}\b")
_UMLAUT_RE = re.compile(rf"\b(?P<sur>[LN]ü)[ \t]+(?P<given>{WORD})\b")
_FILING = re.compile(r"\bGong[ \t]+Wang[ \t]+An[ \t]+Bei\b")
_OBJECT_BEFORE = re.compile(r"\b(?:appoint\w*|remov\w*|elect\w*|dismiss\w*|nominat\w*)[ \t]+$")
_AS_AFTER = re.compile(r"[ \t]+(?:as|from|to\s+be)\b")
_DOCTRINE = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:Thought|thought|ideology|Ideology|socialism|Socialism"
    r"|Theory|theory|Diplomacy|thinking)\b"
)
_CREDIT_BEFORE = re.compile(
    r"(?i:reporters?|correspondents?|(?:^|[(\[])\s*by|editors?(?:\s+in\s+charge)?|web\s+editor|photos?(?:\s+by)?"
    r"|photographer|author|writer|translator|translated\s+by|source|compiled\s+by)\s*[:：]?\s*$"
)


@cache
def _title_re() -> re.Pattern[str]:
    return re.compile(rf"(?i:{gz.titles_re()})")


@cache
def _after_title_re() -> re.Pattern[str]:
    """A name followed by its appositive: 'X Y, Member of ...', 'X Y, who is minister of ...'."""
    return re.compile(rf",?\s+(?:who\s+is\s+|also\s+|the\s+|an?\s+)?(?i:{gz.titles_re()})\b")


@cache
def _before_name_re() -> re.Pattern[str]:
    return re.compile(rf"(?:\b{PRE_TITLE}|\b(?i:{gz.titles_re()}))[ \t]+$")


def is_credit(text: str, start: int, end: int) -> bool:
    """Whether a name sits in a byline, editor or photo credit."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    if _CREDIT_BEFORE.search(before):
        return True
    after = text[end : end + 3]
    if before.rstrip().endswith("/") and (
        after[:1] in (")", "", "\n", "]") or after.startswith(" ")
    ):
        return True
    return (
        after.startswith("/") and not before.rstrip().endswith("/") and "摄" in text[end : end + 4]
    )


def is_titled(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    return bool(_before_name_re().search(before))


def in_doctrine(text: str, start: int, end: int) -> bool:
    """'Xi Jinping Thought', "Xi Jinping's socialist ideology": a name inside a doctrine."""
    return bool(_DOCTRINE.match(text, end)) and not is_titled(text, start)


def _is_pinyin(sur: str, given: str) -> bool:
    """'Ma Xingrui' yes; 'Hong Kong' (a place) and 'Wang Street' (not pinyin) no."""
    return gz.is_han_name(sur, given)


def find_full_names(text: str) -> list[Mention]:
    """Every mention of a full name: pinyin names, then names in person slots, then repeats."""
    found: dict[str, str] = {}
    for m in _PINYIN_RE.finditer(text):
        nxt = _NEXT_WORD.match(text, m.end("given"))
        if nxt and nxt.group(1) in gz.place_words():
            continue  # 'Huang Xing Road', 'Wu Yi Mountain': a place shaped like a name
        if _FILING.search(text, max(0, m.start() - 20), m.end("given") + 20):
            continue  # 'Jin Gong Wang An Bei 1401...': a web filing number, read as pinyin
        if _is_pinyin(m.group("sur"), m.group("given")):
            found[text[m.start("sur") : m.end("given")]] = "en.person.pinyin"
    if "ü" in text:  # 'Lü Hongbin': the pinyin ü of 吕 and 女
        for m in _UMLAUT_RE.finditer(text):
            if _is_pinyin(m.group("sur").replace("ü", "u"), m.group("given")):
                found[m.group(0)] = "en.person.pinyin"
    for m in _SEQ_RE.finditer(text):
        seq = trim(m.group(0))
        words = seq.split()
        if len(words) < 2 or not name_like(words) or seq in found:
            continue
        s = m.end() - len(seq)
        if _after_title_re().match(text, m.end()):
            found[seq] = "en.person.slot.appositive"
        elif is_titled(text, s) and not text[m.end() : m.end() + 4].startswith(" of"):
            found[seq] = "en.person.slot.title"
        elif SPEECH_VERB.match(text, m.end()):
            found[seq] = "en.person.slot.verb"
        elif _OBJECT_BEFORE.search(text, max(0, s - 20), s) and _AS_AFTER.match(text, m.end()):
            found[seq] = "en.person.slot.object"  # 'appoint Tashi Dorje as ...'
        elif _described(text, m.end()) and gz.place(seq) is None:
            found[seq] = "en.person.slot.described"  # 'a film on Tsering Yangzom, a doctor from'
    _visiting(text, found)
    titled_lists(text, found)
    attending_lists(text, found)
    titled_singles(text, found)

    for m in _SINGLE_RE.finditer(text):  # 'Migmar, Vice Mayor, attended': a one-word name
        word = m.group("name")
        if (
            word not in found
            and word not in gz.name_stopwords()
            and _after_title_re().match(text, m.end("name"))
        ):
            found[word] = "en.person.slot.single"
    add_list_members(text, found)
    add_list_mononyms(text, found)
    return _fold_parts(_all_mentions(text, found))


_VISITING_RE = re.compile(
    r"\bvisiting[ \t]+(?P<seq>[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and)[ \t]+(?:the[ \t]+)?)?"
    r"[A-Z][\w'’-]*){2,12})"
)


def _visiting(text: str, found: dict[str, str]) -> None:
    """'visiting Norwegian Minister of Climate and Environment Eirik Solvang': the two words
    after the guest's title are the guest's name."""
    for m in _VISITING_RE.finditer(text):
        words = m.group("seq").split()
        name = words[-2:]
        head = " ".join(words[:-2])
        if name_like(name) and _title_re().search(head) and gz.place(" ".join(name)) is None:
            found.setdefault(" ".join(name), "en.person.slot.visiting")


_DESCRIBED = re.compile(
    r",[ \t]+an?[ \t]+(?P<np>(?:[a-z][\w-]*[ \t]+){1,3})(?:from|of|at|in|with|who|whose)\b"
)


def _described(text: str, end: int) -> bool:
    """', a village doctor from ...': the phrase after a name describes a person."""
    d = _DESCRIBED.match(text, end)
    return bool(d) and d.group("np").split()[-1] in gz.lines_set("en_person_nouns.txt")


def _fold_parts(mentions: list[Mention]) -> list[Mention]:
    """A name that is the tail or head of a longer name found too is a short form of it."""
    names = {m.name for m in mentions}
    out = []
    for m in mentions:
        longer = [
            n
            for n in names
            if n != m.name and (n.endswith(" " + m.name) or n.startswith(m.name + " "))
        ]
        if len(longer) == 1 and " " in m.name and not _is_pinyin(*m.name.split(" ", 1)):
            m = Mention(longer[0], m.start, m.end, "en.person.part", short=True)
        out.append(m)
    return out


_SINGLE_RE = re.compile(
    r"(?:^|(?<=[.;]\s)|(?<=,\s)|(?<=\sand\s))(?P<name>[A-Z][a-z]{2,})(?=,\s)", re.M
)


def _all_mentions(text: str, found: dict[str, str]) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for name in sorted(found, key=len, reverse=True):
        if name not in text:
            continue
        for m in rx(rf"\b{re.escape(name)}\b").finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            if is_credit(text, m.start(), m.end()) or in_doctrine(text, m.start(), m.end()):
                continue
            out.append(Mention(name, m.start(), m.end(), found[name]))
    return sorted(out, key=lambda x: x.start)


@cache
def _short_re() -> re.Pattern[str]:
    titles = gz.titles_re()
    return re.compile(
        rf"\b(?P<title>{PRE_TITLE}|{titles})[ \t]+(?P<name>(?:{WORD}|Al|El)(?:[ \t]+{WORD})?)"
        rf"(?![ \t]+[A-Z])"
    )


def find_short(text: str, posts_of: dict[str, list[str]], full: list[Mention]) -> list[Mention]:
    """'Secretary-General Shi', 'Governor Wang', 'Dr. Al Nuaimi' -> the full name given elsewhere.

    A surname shared by several persons resolves by the title the short form carries.
    """
    spans = [(m.start, m.end) for m in full]
    names = list(dict.fromkeys(m.name for m in full))
    out = []
    for m in _short_re().finditer(text):
        s, e = m.start("name"), m.end("name")
        if any(a <= s < b for a, b in spans):
            continue
        part, title = m.group("name"), _norm_title(m.group("title"))
        cands = [n for n in names if n.startswith(part + " ") or n.endswith(" " + part)]
        if len(cands) > 1:
            exact = [n for n in cands if title in (_norm_title(t) for t in posts_of.get(n, []))]
            head = [
                n
                for n in cands
                if any(_norm_title(t).endswith(" " + title) for t in posts_of.get(n, []))
            ]
            cands = exact or head
        if len(cands) == 1:
            out.append(Mention(cands[0], s, e, "en.person.short", short=True))
    return out


def _norm_title(title: str) -> str:
    """'Chairwoman' and 'Chairperson' are forms of 'Chairman'; 'Secretary-General' of 'Secretary
    General'."""
    t = title.lower().replace("-", " ")
    return re.sub(r"\bchair(?:woman|person)?\b", "chairman", t)
