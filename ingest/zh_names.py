"""What a Chinese personal name looks like, and where one ends.

A name is 2-4 characters starting with a known surname (compound ones included), or a
transliterated name with a middle dot (雪克来提·扎克尔). Inside running text a name is only
accepted where the genre puts one: after a title, in a list, before a verb of the genre; it
ends where a separator, a particle or such a verb (zh_name_follow.txt) begins.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from .zh_lexicon import HAN, alternation, lexicon

# Characters that never occur inside a personal name of this genre.
NEVER_IN_NAME = set("的了是在省市县委会议局厅部院等们这那之其各年日号个也都并从对就将把被让给到说")
MIDDLE_OK = set("在")  # 金在民: a Korean given name may hold 在
LAST_OK = set("日")  # 玄光日, 金永日: a given name may end in 日, which elsewhere is a date's
DOT_NAME = re.compile(f"[{HAN}]{{1,8}}(?:[·・•][{HAN}]{{1,8}}){{1,2}}")
REPORTS = re.compile("作了?[^，。；、]{0,10}?(?:讲话|报告|说明|发言|部署|汇报|总结|动员|辅导)")
WEAK_FOLLOW = set("和与及同为是也在对就向以从于并都均会已还受任被率到等作")
SEPARATORS = '，,。；;：:、！？\n（）()“”"《》【】 \u3000\t>＞/'
LOOSE_END = "，,。；;、（(\n"
# Characters that open verb phrases, not names, where a loose name would begin.
LOOSE_NOT_FIRST = set("要将把对在和与及从向为以于就并也都还又再被让使由等各全该本其这那之")
LOOSE_NOT_FIRST |= set("是有会能应需深")


@lru_cache(maxsize=16384)  # asked again for every candidate at every position
def is_name(s: str, surname_needed: bool = True) -> bool:
    """A plausible personal name in characters."""
    lx = lexicon()
    if DOT_NAME.fullmatch(s):
        return True
    if not re.fullmatch(f"[{HAN}]{{2,4}}", s) or s in lx.name_stop:
        return False
    if len(s) == 3 and s[:2] in lx.name_stop and s[2] in WEAK_FOLLOW:
        return False  # 班子作…: a word of the list and a verb, not a name
    if s[0] in NEVER_IN_NAME or _ends_in_title(s):
        return False
    if s[1] in NEVER_IN_NAME and not (len(s) == 3 and s[1] in MIDDLE_OK):
        return False
    if any(c in NEVER_IN_NAME and not (k == 2 and c in LAST_OK) for k, c in enumerate(s[2:], 2)):
        return False
    if not surname_needed:
        return True
    if len(s) >= 3 and s[:2] in lx.surnames:
        return True
    return s[0] in lx.surnames and (len(s) <= 3 or s[:2] in lx.surnames)


@cache
def _title_suffix_re() -> re.Pattern[str]:
    return re.compile(f"(?:{lexicon().title_re})$")


def _ends_in_title(s: str) -> bool:
    """欧阳书记, 王省长: a surname with a title, not a name."""
    m = _title_suffix_re().search(s)
    return bool(m) and m.start() > 0 and len(m.group()) >= 2


@cache
def _follow_re() -> re.Pattern[str]:
    lx = lexicon()
    words = list(lx.name_follow) + list(lx.verbs)
    return re.compile(f"(?:{alternation(words)})")


def boundary_at(text: str, pos: int) -> bool:
    """Can a name end just before pos?"""
    if pos >= len(text) or text[pos] in SEPARATORS or text[pos] in "（(" or text[pos].isdigit():
        return True  # 李强5月10日主持: a date may follow a name directly
    return bool(_follow_re().match(text, pos))


def _strong_boundary(text: str, pos: int) -> bool:
    """A separator or a word of two characters or more (主持, 出席): not 都 of 阿不都."""
    if pos >= len(text) or text[pos] in SEPARATORS or text[pos] in "（(":
        return True
    m = _follow_re().match(text, pos)
    return bool(m) and len(m.group()) >= 2


# Part-of-speech classes of jieba's dictionary that a personal name never has (verbs,
# adjectives, adverbs, numerals, pronouns, particles, idioms…); nouns and place names stay
# possible, since minority names (乌兰, 扎西) are listed as those.
NOT_NAME_CLASSES = frozenset(
    ("v", "vn", "vd", "vg", "a", "ad", "an", "ag", "d", "dg", "p", "c", "u", "ud", "ug", "uj")
    + ("ul", "uv", "uz", "m", "mq", "q", "r", "rg", "rr", "rz", "f", "t", "tg", "y", "e", "o")
    + ("z", "zg", "l", "i")
)


@cache
def _dictionary() -> dict[str, str]:
    """jieba's own word list (shipped with the package, read as data; no segmenter state)."""
    words: dict[str, str] = {}
    with resources.files("jieba").joinpath("dict.txt").open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and 2 <= len(parts[0]) <= 4:
                words[parts[0]] = parts[2]
    return words


VERB_CLASSES = frozenset(("v", "vn", "vd", "vg"))


def word_class(word: str) -> str | None:
    """The part-of-speech class jieba's dictionary gives a word, if it lists it."""
    return _dictionary().get(word)


_word_class = word_class


def loose_name_at(text: str, pos: int) -> str | None:
    """A name the genre's position vouches for without a known surname, right after a title:
    minority names (岩温, 吉克阿木, 阿尔木呷) that end at punctuation, 等 or 同志."""
    translit = _translit_name_at(text, pos)
    if translit:
        return translit
    for n in (2, 3, 4):
        cand = text[pos : pos + n]
        if not re.fullmatch(f"[{HAN}]{{{n}}}", cand):
            return None
        after = text[pos + n : pos + n + 1]
        surname = cand[0] in lexicon().surnames and not any(c in NEVER_IN_NAME for c in cand[1:])
        ends = after == "" or after in LOOSE_END or text.startswith(("等", "同志"), pos + n)
        if not (ends or (surname and n <= 3 and _strong_boundary(text, pos + n))):
            continue
        verb = _follow_re().match(cand)
        if verb and (len(verb.group()) > 1 or not surname):
            return None
        if cand in lexicon().verbs or (cand[0] in LOOSE_NOT_FIRST and not surname):
            return None
        if _word_class(cand) in NOT_NAME_CLASSES:  # 由市长负责，: a verb, not a name
            return None
        return cand if is_name(cand, surname_needed=False) or surname else None  # 岩温, 向红
    return None


def _translit_name_at(text: str, pos: int) -> str | None:
    """额尔敦巴雅尔，/ 萨仁高娃介绍: a dotless transliterated name of 3-6 characters, all of them
    from zh_translit_chars.txt, ending at punctuation or before a verb of the genre."""
    chars = lexicon().translit_chars
    for n in (6, 5, 4, 3):
        cand = text[pos : pos + n]
        ends = _strong_boundary(text, pos + n) or REPORTS.match(text, pos + n)  # …作专题辅导
        if len(cand) == n and all(c in chars for c in cand) and ends:
            return cand
    return None


def name_at(text: str, pos: int, surname_needed: bool = True) -> str | None:
    """The name starting at pos and ending at a boundary, shortest first."""
    m = DOT_NAME.match(text, pos)
    if m and re.search(f"{lexicon().title_re}|自治区|省|市", m.group().split("·")[0]):
        m = None  # 自治区主席艾尔肯·…: the title is not part of the name
    if m:  # the last part may run into the next word: the first strong boundary ends it
        dot = max(m.group().rfind(d) for d in "·・•")
        for end in range(pos + dot + 2, m.end() + 1):
            if _strong_boundary(text, end):
                return text[pos:end]
        for end in range(m.end(), pos + dot + 1, -1):  # not 艾尔肯·吐尔洪等6位委员
            if boundary_at(text, end) and text[end - 1] not in NEVER_IN_NAME:
                return text[pos:end]
    found = [
        n
        for n in (2, 3, 4)
        if len(text[pos : pos + n]) == n
        and is_name(text[pos : pos + n], surname_needed)
        and boundary_at(text, pos + n)
    ]
    if not found:
        return None
    n = found[0]
    translit = _translit_name_at(text, pos)  # 巴图孟和，: the whole minority name, not 巴图孟
    if translit and len(translit) > n and text[pos + n] in WEAK_FOLLOW:
        return translit
    # 蔡永和在…: a one-character particle after two characters may be the third of the name
    if n == 2 and 3 in found and text[pos + 2] in WEAK_FOLLOW and not boundary_at(text, pos + 1):
        n = 2 if REPORTS.match(text, pos + 2) else 3  # 李平作讲话: 作 opens the verb phrase
    return text[pos : pos + n]


def name_before(text: str, end: int, anywhere: bool = False) -> str | None:
    """The name ending at end (for 'NAME总书记'), longest plausible first."""
    for n in (3, 2, 4):
        start = end - n
        if start < 0:
            continue
        cand = text[start:end]
        before = text[start - 1] if start else ""
        loose = anywhere or not before or not re.match(f"[{HAN}]", before)
        if is_name(cand) and (loose or before in "了和与及对向把将由是为"):
            return cand
    return None
