"""Who made the article: reporters, editors and photographers named in its credit lines.

English: "reporter X", "By X" / "(By X/Outlet)" / "By our reporter X", "Author: X",
"Editor: X", "[Editor in charge: X]", "(Web editor: X, Bianji)", "Reviewed by X",
"Photo by X/Outlet", "(Photo: Outlet/X)", "(Xinhua/X)", "X contributed to this story".
Chinese credits are read by credits_zh.py ("（记者 X 通讯员 Y）", "作者：X　Y", "X/摄", "文/图").
A photo credit is a photographer credit only, even where it labels the person 记者 or
reporter ("记者 X 摄", "Photo by X, reporter"). Outlets and departments in credit fields
("Editor: Hangzhou Net", "责任编辑：大众网", "Editorial Department") and "Bianji" (pinyin for
"editor") are not persons. Labels and non-person words are data (data/credit_labels.tsv).

On an English page a name written in characters is given in pinyin, with the characters
as its alias; on a Chinese page the characters are the name and the pinyin the alias.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from pypinyin import Style, lazy_pinyin

from convene.ingest.facts import Article, Evidence, Person, Role
from convene.ingest.lang import has_cjk
from convene.ingest.meta import is_outlet, known_outlets

HAN = r"[\u3400-\u9fff]"
# Names never run over a line break (a byline is followed by the body's first paragraph),
# nor over the next label ("Reporter X Correspondent Y").
_ROLE_NOUN = (
    r"(?:reporters?|correspondents?|contributors?|writers?|interns?|photographers?|editors?)"
)
_EN_WORD = rf"(?!(?i:{_ROLE_NOUN}|photos?|by)\b)[A-Z][a-zA-Z'’-]+"
_EN_NAME = rf"{_EN_WORD}(?:[ \t]+{_EN_WORD}){{0,3}}"
_ZH_NAME = rf"{HAN}{{2,4}}|{HAN}+(?:[·•]{HAN}+)+"
_NAME = rf"(?:{_EN_NAME}|{HAN}{{2,4}}(?:[·•]{HAN}+)*)"
# Words that may stand before "reporter" in a byline ("our staff reporter", "social media
# reporter"); any other lower-case word there means running text ("told the reporter").
_QUALIFIERS = frozenset(
    ("our", "own", "staff", "special", "intern", "trainee", "chief", "senior", "resident",
     "media", "all-media", "social", "news", "contributing", "freelance", "photo", "video",
     "newspaper", "paper", "website", "site", "station", "agency", "network", "net", "center",
     "centre", "converged", "integrated")
)  # fmt: skip


@dataclass(frozen=True)
class Credit:
    role: str
    name: str  # as written in the text
    start: int
    end: int
    rule: str


@cache
def rows() -> tuple[tuple[str, ...], ...]:
    text = resources.files("convene.ingest").joinpath("data/credit_labels.tsv").read_text("utf-8")
    return tuple(
        tuple(f.strip() for f in line.split("\t"))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )


@cache
def values(kind: str, lang: str) -> tuple[str, ...]:
    return tuple(r[2] for r in rows() if r[0] == kind and r[1] == lang)


ROLES = ("reporter", "editor", "photographer", "none", "both")
BOTH = ("reporter", "photographer")


@cache
def labels(lang: str) -> dict[str, str]:
    """label -> role ("none" for labels that end a credit without one)."""
    return {r[2]: r[0] for r in rows() if r[0] in ROLES and r[1] == lang}


def _forms(form: str) -> dict[str, str]:
    return {r[2]: r[0] for r in rows() if r[0] in ROLES and r[1] == "en" and r[3:4] == (form,)}


def alternation(words) -> str:
    return "|".join(re.escape(x) for x in sorted(words, key=len, reverse=True))


def inside(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] < b or span[0] <= a < span[1] for a, b in taken)


# --- names ----------------------------------------------------------------------------------


def _not_person(name: str, lang: str) -> bool:
    n = name.strip().casefold()
    if not n or n in values("notperson", lang) or is_outlet(name):
        return True
    if lang == "en":
        words = n.split()
        stop = values("notperson-word", "en")
        return words[-1] in values("notperson-suffix", "en") or any(w in stop for w in words)
    return (
        n in labels("zh")
        or any(n.endswith(s) for s in values("notperson-suffix", "zh"))
        or any(n.startswith(s) for s in values("notperson-prefix", "zh"))
        or bool(known_outlets(name))
    )


def person_like(name: str) -> bool:
    if has_cjk(name):
        return bool(re.fullmatch(_ZH_NAME, name)) and not _not_person(name, "zh")
    if re.fullmatch(r"[A-Z]{1,4}", name):  # an agency's initials (CFP), not a name
        return False
    return bool(re.fullmatch(_EN_NAME, name)) and not _not_person(name, "en")


def romanise(name: str) -> str:
    """A Chinese name in pinyin, surname first, given name as one word ("许丽芳" -> "Xu Lifang")."""
    parts = [p for p in re.split(r"[·•]", name) if p]
    if len(parts) > 1:  # a transliterated name: each part one word
        return " ".join(_syllables(p).capitalize() for p in parts)
    compound = values("compound-surname", "zh")
    readings = dict(v.split(":", 1) for v in values("surname-reading", "zh"))
    size = 2 if len(name) >= 3 and name[:2] in compound else 1
    surname, given = name[:size], name[size:]
    sur = (readings.get(surname) or _syllables(surname)).capitalize()
    return f"{sur} {_syllables(given).capitalize()}" if given else sur


@lru_cache(maxsize=8192)  # the same names recur across articles
def _syllables(chars: str) -> str:
    out = ""
    for syl in lazy_pinyin(chars, style=Style.NORMAL, v_to_u=True, errors="ignore"):
        out += f"'{syl}" if out and syl[:1] in "aoe" else syl  # Xi'an, Man'e
    return out


# --- English credits ------------------------------------------------------------------------


def _first_letter(words) -> str:
    """A lookahead on the first letters of `words`: re cannot skip ahead to a case-insensitive
    alternation by itself, and this test is cheap where the label cannot start."""
    return f"(?=[{re.escape(''.join(sorted({w[0].lower() for w in words})))}])"


@cache
def _en_patterns() -> dict[str, re.Pattern[str]]:
    by, field, bare = _forms("by"), _forms("field"), _forms("bare")
    # A field value ends at a bracket, a wide gap, a "|" or the next "Label:" on the line.
    stops = alternation([*by, *field, *bare, "updated", "date", "time", "views", "hits"])
    body = (
        rf"(?P<body>[^()\[\]【】\n|｜]*?)"
        rf"(?=\s{{2,}}|\t|[()\]】\n|｜]|\s+(?i:{stops})\s*[:：]|$)"
    )
    return {
        "by": re.compile(
            rf"{_first_letter(by)}\b(?P<label>{alternation(by)})\b[ \t]*[:：]?[ \t]*{body}", re.I
        ),
        "field": re.compile(
            rf"{_first_letter([*field, *bare])}(?<![\w-])(?P<label>{alternation([*field, *bare])})"
            rf"\s*(?:[:：]|/(?=\s*\w))\s*{body}",
            re.I,
        ),
        "caption": re.compile(r"\((?P<outlet>[^()/\n]{2,40})/\s*(?P<body>[^()/\n]{2,40})\)"),
        "byline": re.compile(rf"(?:^|(?<=[(\[]))[ \t]*by[ \t]+{body}", re.I | re.M),
        "bare": re.compile(
            rf"(?i:{_first_letter(bare)})\b(?P<label>(?i:{alternation(bare)}))"
            rf"[ \t]+(?P<body>{_NAME}"
            rf"(?:[ \t]*(?:,|and|&|、)[ \t]*{_NAME}|[ \t]+{HAN}{{2,4}})*)"
        ),
        "contributed": re.compile(
            rf"(?P<body>{_EN_NAME}(?:[ \t]*(?:,|and)[ \t]*{_EN_NAME})*)[ \t]+contributed to"
            r" this (?:story|report|article)"
        ),
    }


def _pieces(body: str, start: int) -> list[tuple[str, int]]:
    """Name-sized pieces of a credit field with their offsets: split at commas, slashes,
    "and"; a role noun before a name is dropped ("our reporter X", "Outlet reporter X"), and
    so is one after it ("X, reporter") or a place after it ("X in Beijing")."""
    pieces = []
    for m in re.finditer(r"[^,;/|、，；&]+", body):
        for part in re.split(r"\s+and\s+", m.group(0)):
            name = part.strip()
            lead = re.match(rf"(?i:.*?\b{_ROLE_NOUN})\s+(?=\S)", name)
            name = name[lead.end() :] if lead else name
            name = re.sub(rf"(?:[\s,]+(?i:{_ROLE_NOUN}|reported)\b|\s+in\s+[A-Z]).*$", "", name)
            if not name:
                continue
            offset = start + body.index(name, m.start())
            if has_cjk(name) and not re.fullmatch(_ZH_NAME, name):  # 许丽芳 王明
                pieces += [(w.group(0), offset + w.start()) for w in re.finditer(r"\S+", name)]
            elif _two_han_names(name):  # 'Reporter Nie Xiaoman Zhuang Jinglin'
                cut = name.index(" ", name.index(" ") + 1)
                pieces += [(name[:cut], offset), (name[cut + 1 :], offset + cut + 1)]
            else:
                pieces.append((name, offset))
    return pieces


def _two_han_names(name: str) -> bool:
    """Two romanised Han names written one after the other without a separator."""
    from convene.ingest.en_gazetteer import is_han_name  # the English name knowledge

    words = name.split()
    return len(words) == 4 and is_han_name(words[0], words[1]) and is_han_name(words[2], words[3])


def _en_credits(text: str) -> list[Credit]:
    found: list[Credit] = []
    taken: list[tuple[int, int]] = []
    pats = _en_patterns()
    roles = labels("en")

    def add(role: str, rule: str, m: re.Match[str]) -> None:
        taken.append(m.span())
        if role == "none":
            return
        for name, at in _pieces(m.group("body"), m.start("body")):
            if person_like(name):
                for r in BOTH if role == "both" else (role,):
                    found.append(Credit(r, name, at, at + len(name), rule))

    for m in pats["by"].finditer(text):
        role = roles[m.group("label").lower()]
        if role in ("photographer", "both") or _opens_field(text, m.start()):
            add(role, f"credit.en.{role}", m)
    for m in pats["caption"].finditer(text):
        if is_outlet(m.group("outlet").strip()) and not inside(m.span(), taken):
            add("photographer", "credit.en.caption", m)
    for m in pats["field"].finditer(text):
        if not inside(m.span(), taken):
            add(roles[" ".join(m.group("label").lower().split())], "credit.en.field", m)
    for m in pats["byline"].finditer(text):
        # "By March, the county had ..." opens a sentence; a byline is no sentence.
        sentence = re.search(r"[.!?。]\W*$", _line(text, m.start())[1])
        if not inside(m.span(), taken) and not sentence:
            add("reporter", "credit.en.byline", m)
    for m in pats["bare"].finditer(text):
        if not inside(m.span(), taken) and _credit_position(text, m.start()):
            # "Reporter X photo" renders 记者 X 摄: a photo credit only
            photo = _PHOTO_AFTER.match(text, m.end())  # not 'reporter X  Photo by Y'
            role = "photographer" if photo else roles[m.group("label").lower()]
            add(role, f"credit.en.{role}", m)
    for m in pats["contributed"].finditer(text) if "contributed to this" in text else ():
        if not inside(m.span(), taken):
            add("reporter", "credit.en.contributed", m)
    return found


_PHOTO_AFTER = re.compile(r"[ \t/]*(?i:photo|photographed|photography)\b(?![ \t]+(?i:by)\b)")


def _line(text: str, at: int) -> tuple[int, str]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, text[start : end if end >= 0 else len(text)]


def _opens_field(text: str, at: int) -> bool:
    """A "Reviewed by X" credit opens its line, a bracket or a field of a "|"-separated or
    widely spaced line; in running text ("a plan reviewed by X") it is no credit."""
    start, _ = _line(text, at)
    before = text[start:at]
    return bool(
        re.fullmatch(r"[\s(\[【（]*", before) or re.search(r"(?:[(\[【（|｜]|\s{2,})\s*$", before)
    )


def _credit_position(text: str, at: int) -> bool:
    """A 'reporter X' credit opens a paragraph, sits in parentheses or in a short line, and
    no lower-case word other than a qualifier stands right before it ("told the reporter")."""
    start, line = _line(text, at)
    word = re.search(r"([\w-]+)\W*$", text[start:at])
    if word and word.group(1).islower() and word.group(1) not in _QUALIFIERS:
        return False
    opened = text.rfind("(", start, at) > text.rfind(")", start, at)
    return at - start < 200 or opened or len(line) < 120


# --- the API ---------------------------------------------------------------------------------


@lru_cache(maxsize=16)  # credits() and credit_persons() ask for the same article in turn
def _all(article: Article) -> tuple[Credit, ...]:
    from convene.ingest.credits_zh import zh_credits

    # Chinese credit labels can stand on an English page (a byline in characters), but a page
    # with no Chinese character at all has none to find.
    found = _en_credits(article.text) + (zh_credits(article.text) if has_cjk(article.text) else [])
    return tuple(sorted(found, key=lambda c: c.start))


def _display(name: str, language: str) -> str:
    if has_cjk(name):
        return romanise(name) if language != "zh" else name
    # Bylines in capitals ("By ZHAO LEI | Lake Daily") are names in ordinary case.
    return name.title() if name.isupper() and len(name) > 3 else name


def credits(article: Article) -> tuple[Role, ...]:
    """Reporter, editor and photographer credits, each with the offsets of the name."""
    roles: dict[tuple[str, str], Role] = {}
    for c in _all(article):
        person = _display(c.name, article.language)
        evidence = Evidence(c.start, c.end, c.name, c.rule, 0.9)
        roles.setdefault((person, c.role), Role(person, c.role, evidence))
    return tuple(roles.values())


def credit_persons(article: Article) -> tuple[Person, ...]:
    """The credited people as persons: name in the article's language, other script as alias."""
    persons: dict[str, Person] = {}
    for c in _all(article):
        name = _display(c.name, article.language)
        if name in persons:
            continue
        if has_cjk(c.name):
            alias = c.name if name != c.name else romanise(c.name)
            aliases: tuple[str, ...] = (alias,)
        else:
            aliases = ()
        evidence = Evidence(c.start, c.end, c.name, c.rule, 0.9)
        persons[name] = Person(name, aliases, (), evidence)
    return tuple(persons.values())
