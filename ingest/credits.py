"""Who made the article: reporters, editors and photographers named in its credit lines.

English: "reporter X", "By X" / "(By X/Outlet)", "Editor: X", "[Editor in charge: X]",
"(Web editor: X, Bianji)", "Photo by X", "(Photo: Outlet/X)", "(Xinhua/X)".
Chinese: "（记者 X 实习记者 Y Z）", "作者：X　Y", "责任编辑：X", "摄影 X", "图/X", "X/摄".
A photo credit is a photographer credit only, even where it labels the person 记者 or
reporter ("记者 X 摄"). Outlets and departments in credit fields ("Editor: Hangzhou Net",
"责任编辑：大众网", "Editorial Department") and "Bianji" (pinyin for "editor") are not
persons. Labels and non-person words are data (data/credit_labels.tsv).

On an English page a name written in characters is given in pinyin, with the characters
as its alias; on a Chinese page the characters are the name and the pinyin the alias.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from pypinyin import Style, lazy_pinyin

from convene.ingest.facts import Article, Evidence, Person, Role
from convene.ingest.lang import has_cjk
from convene.ingest.meta import is_outlet

_HAN = r"[\u3400-\u9fff]"
_EN_NAME = r"[A-Z][a-zA-Z'’-]+(?:\s+[A-Z][a-zA-Z'’-]+){0,3}"
_ZH_NAME = rf"{_HAN}{{2,4}}|{_HAN}+(?:[·•]{_HAN}+)+"


@dataclass(frozen=True)
class _Credit:
    role: str
    name: str  # as written in the text
    start: int
    end: int
    rule: str


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    text = resources.files("convene.ingest").joinpath("data/credit_labels.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, lang, value = (f.strip() for f in line.split("\t")[:3])
            rows.append((kind, lang, value))
    return tuple(rows)


def _values(kind: str, lang: str) -> list[str]:
    return [v for k, lg, v in _rows() if k == kind and lg == lang]


@cache
def _labels(lang: str) -> dict[str, str]:
    """label -> role ("none" for labels that end a credit without one)."""
    roles = ("reporter", "editor", "photographer", "none")
    return {v: k for k, lg, v in _rows() if k in roles and lg == lang}


def _alternation(labels) -> str:
    return "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))


# --- names ----------------------------------------------------------------------------------


def _not_person(name: str, lang: str) -> bool:
    n = name.strip().casefold()
    if not n or n in _values("notperson", lang) or is_outlet(name):
        return True
    if lang == "en":
        return n.split()[-1] in _values("notperson-suffix", "en")
    return any(n.endswith(s) for s in _values("notperson-suffix", "zh"))


def _person_like(name: str) -> bool:
    if has_cjk(name):
        return bool(re.fullmatch(_ZH_NAME, name)) and not _not_person(name, "zh")
    return bool(re.fullmatch(_EN_NAME, name)) and not _not_person(name, "en")


def romanise(name: str) -> str:
    """A Chinese name in pinyin, surname first, given name as one word ("许丽芳" -> "Xu Lifang")."""
    parts = [p for p in re.split(r"[·•]", name) if p]
    if len(parts) > 1:  # a transliterated name: each part one word
        return " ".join(_syllables(p).capitalize() for p in parts)
    compound = _values("compound-surname", "zh")
    readings = dict(v.split(":", 1) for v in _values("surname-reading", "zh"))
    size = 2 if len(name) >= 3 and name[:2] in compound else 1
    surname, given = name[:size], name[size:]
    sur = (readings.get(surname) or _syllables(surname)).capitalize()
    return f"{sur} {_syllables(given).capitalize()}" if given else sur


def _syllables(chars: str) -> str:
    out = ""
    for syl in lazy_pinyin(chars, style=Style.NORMAL, v_to_u=True, errors="ignore"):
        out += f"'{syl}" if out and syl[:1] in "aoe" else syl  # Xi'an, Man'e
    return out


# --- English credits ------------------------------------------------------------------------


@cache
def _en_patterns() -> dict[str, re.Pattern[str]]:
    labels = _labels("en")
    by = [x for x, r in labels.items() if r == "photographer" and x.endswith(" by")]
    photo = [x for x, r in labels.items() if r == "photographer" and not x.endswith(" by")]
    editor = [x for x, r in labels.items() if r == "editor"]
    reporter = [x for x, r in labels.items() if r == "reporter" and x != "by"]
    body = r"(?P<body>[^()\[\]\n]*?)(?=\s{2,}|[)\]\n]|$)"
    return {
        "photo": re.compile(
            rf"\b(?:(?:{_alternation(by)})\s+|(?:{_alternation(photo)})\s*[:：]\s*){body}", re.I
        ),
        "caption": re.compile(r"\((?P<outlet>[^()/\n]{2,40})/\s*(?P<body>[^()/\n]{2,40})\)"),
        "editor": re.compile(rf"\b(?:{_alternation(editor)})\s*[:：]\s*{body}", re.I),
        "byline": re.compile(rf"(?:^|(?<=\())\s*by\s+{body}", re.I | re.M),
        "reporter": re.compile(
            rf"\b(?i:{_alternation(reporter)})\s*[:：]?\s+(?P<body>(?:{_EN_NAME}|{_HAN}{{2,4}})"
            rf"(?:\s*(?:,|and|、)\s*(?:{_EN_NAME}|{_HAN}{{2,4}}))*)"
        ),
    }


def _split(body: str, start: int) -> list[tuple[str, int]]:
    """Name-sized pieces of a credit field with their offsets."""
    pieces = []
    for m in re.finditer(r"[^,;/|、，；]+", body):
        for part in re.split(r"\s+and\s+", m.group(0)):
            stripped = part.strip()
            stripped = re.sub(r"[\s,]*\b(?:reporter|reported|correspondent)s?\b.*$", "", stripped)
            if stripped:
                offset = body.index(stripped, m.start())
                pieces.append((stripped, start + offset))
    return pieces


def _en_credits(text: str) -> list[_Credit]:
    found: list[_Credit] = []
    taken: list[tuple[int, int]] = []
    pats = _en_patterns()

    def add(role: str, rule: str, m: re.Match[str], last_only: bool = False) -> None:
        pieces = _split(m.group("body"), m.start("body"))
        if last_only:  # "Outlet/Name": the person comes last
            pieces = pieces[-1:]
        for name, at in pieces:
            if _person_like(name):
                found.append(_Credit(role, name, at, at + len(name), rule))
        taken.append(m.span())

    for m in pats["photo"].finditer(text):
        add("photographer", "credit.en.photo", m, last_only="/" in m.group("body"))
    for m in pats["caption"].finditer(text):
        if is_outlet(m.group("outlet").strip()) and not _inside(m.span(), taken):
            add("photographer", "credit.en.caption", m)
    for m in pats["editor"].finditer(text):
        add("editor", "credit.en.editor", m)
    for m in pats["byline"].finditer(text):
        if not _inside(m.span(), taken):
            add("reporter", "credit.en.byline", m)
    for m in pats["reporter"].finditer(text):
        if not _inside(m.span(), taken) and _credit_position(text, m.start()):
            add("reporter", "credit.en.reporter", m)
    return found


def _inside(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] < b or span[0] <= a < span[1] for a, b in taken)


def _credit_position(text: str, at: int) -> bool:
    """A 'reporter X' credit opens a paragraph, sits in parentheses or in a short line."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    opened = text.rfind("(", line_start, at) > text.rfind(")", line_start, at)
    return at - line_start < 200 or opened or len(line) < 120


# --- Chinese credits ------------------------------------------------------------------------


@cache
def _zh_patterns() -> dict[str, re.Pattern[str]]:
    labels = _alternation(_labels("zh"))
    return {
        # a parenthesised credit: （记者 X）, （实习记者 X/摄）
        "paren": re.compile(r"[（(](?P<body>[^（()）\n]{1,80})[)）]"),
        # a labelled field: 作者：X　Y, 责任编辑：X
        "field": re.compile(
            rf"(?:^|(?<=[\s　【\[（(]))(?P<body>(?:{labels})\s*[:：].*?)(?=[\s　]{{2,}}|$)", re.M
        ),  # fmt: skip
        # a credit line: 记者 X 摄, 摄影 X
        "line": re.compile(rf"^[\s　]*(?P<body>(?:{labels}).{{1,40}}?)[\s　]*$", re.M),
    }


_ZH_TOKEN = re.compile(rf"{_HAN}+(?:[·•]{_HAN}+)*")


def _zh_label(word: str, gap: str) -> tuple[int, int, str] | None:
    """(start, end, role) of the credit label in a token. One-character labels (文, 图) count
    only as "文/X", "图/X": "图：" opens a caption, and the characters occur inside names."""
    labels = _labels("zh")
    if word in labels and len(word) == 1:
        return (0, 1, labels[word]) if gap.lstrip().startswith(("/", "／")) else None
    long = [x for x in labels if len(x) > 1]
    m = re.search(_alternation(long), word)
    return (m.start(), m.end(), labels[m.group(0)]) if m else None


def _zh_segment(body: str, start: int) -> list[_Credit]:
    """Credits in one Chinese credit segment: a label opens a group of names; a group that
    is followed by 摄 is a photo credit, whatever its label."""
    found: list[_Credit] = []
    role: str | None = None
    group: list[_Credit] = []

    def close(photo: bool) -> None:
        for c in group:
            found.append(_Credit("photographer", c.name, c.start, c.end, "credit.zh.photo")
                         if photo else c)  # fmt: skip
        group.clear()

    tokens = list(_ZH_TOKEN.finditer(body))
    for i, tok in enumerate(tokens):
        word, at = tok.group(0), start + tok.start()
        gap = body[tok.end() : tokens[i + 1].start()] if i + 1 < len(tokens) else ""
        if word == "摄" and group:
            close(photo=True)
            role = None
            continue
        label = _zh_label(word, gap)
        if label:
            close(photo=False)
            role = label[2]
            word, at = word[label[1] :], at + label[1]
            if not word:
                continue
        photo = word.endswith("摄") and len(word) > 2
        name = re.sub(r"(?:报道|摄|讯)$", "", word)
        if role and role != "none" and _person_like(name):
            group.append(_Credit(role, name, at, at + len(name), f"credit.zh.{role}"))
            if photo:
                close(photo=True)
                role = None
        else:
            close(photo=False)
            role = None
    close(photo=False)
    return found


def _zh_credits(text: str) -> list[_Credit]:
    found: list[_Credit] = []
    taken: list[tuple[int, int]] = []
    label_hint = re.compile(_alternation(_labels("zh")) + "|摄")
    for kind, pattern in _zh_patterns().items():
        for m in pattern.finditer(text):
            if _inside(m.span("body"), taken) or not label_hint.search(m.group("body")):
                continue
            credits = _zh_segment(m.group("body"), m.start("body"))
            if credits or kind == "paren":
                taken.append(m.span("body"))
            found.extend(credits)
    return found


# --- the API ---------------------------------------------------------------------------------


def _all(article: Article) -> list[_Credit]:
    found = _en_credits(article.text) + _zh_credits(article.text)
    return sorted(found, key=lambda c: c.start)


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
