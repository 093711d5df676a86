"""Chinese credit lines: "（记者 X 实习记者 Y Z）", "作者：X　Y", "责任编辑：X", "摄影 X",
"图/X", "X/摄", "（X 摄）", "湖滨县融媒体中心记者 X 文/图", "编辑：X　校对：Y　审核：Z".

A credit segment (a parenthesis, a "Label：" field, or a short credit line) is read as a
sequence of labels, names and closing marks. A label opens a group of names; a closing mark
after a group gives the group its role whatever its label: 摄 makes it photographers only
("记者 X 摄"), 文/图 reporters and photographers ("记者 X 文/图"), 报道 keeps the label's role.
Names may be separated by spaces, 、 or 和/与/及; a label may carry its outlet in front of it
("本报记者", "X融媒体中心记者").
"""

from __future__ import annotations

import re
from functools import cache

from convene.ingest.credits import BOTH, HAN, Credit, alternation, inside, labels, person_like
from convene.ingest.meta import is_outlet
from convene.ingest.zh_lexicon import lexicon
from convene.ingest.zh_names import is_name

# A token: a run of characters (a middle-dotted name is one), a slash or a colon.
_TOKEN = re.compile(rf"{HAN}+(?:[·•]{HAN}+)*|[/／]|[:：]")
_WORD = r"[^\s　。！？，,；;：:（）()]{2,20}"
_SLASH = frozenset("/／")
_MARKS = frozenset("/／:：")
_PAIR = {"文": "图", "图": "文"}
# Closing marks wherever they stand; 摄影 before a name is a label ("记者 X 摄影 Y").
_ALWAYS_CLOSING = ("摄", "摄影报道")
_OUTLET_ENDS = ("社", "报", "网", "台", "站", "中心", "客户端")
# One-character credits: a label before names ("文/X", "图/X", "文：X", "图：X"; "图：" before
# anything but a name opens a caption)
# or a closing mark after them ("X/摄", "X 摄", "X 摄影", "X/文", "X 图").
_PREFIX = {"文": "reporter", "图": "photographer"}
_CLOSING = {"文": ("reporter",), "图": ("photographer",), "摄": ("photographer",),
            "摄影": ("photographer",), "摄影报道": ("photographer",)}  # fmt: skip


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    words = alternation(labels("zh"))
    return {
        # a parenthesised credit: （记者 X）, （实习记者 X/摄）, （X 摄）
        "paren": re.compile(r"[（(](?P<body>[^（()）\n]{1,80})[)）]"),
        # a labelled field: 作者：X　Y, 责任编辑：X
        "field": re.compile(
            rf"(?:^|(?<=[\s　【\[（(]))(?P<body>(?:{words})\s*[:：].*?)(?=[\s　]{{2,}}|$)", re.M
        ),  # fmt: skip
        # a short credit line: 记者 X 摄, X融媒体中心记者 X 文/图, X 摄
        "line": re.compile(r"^[\s　]*(?P<body>[^\n。！？!?]{2,60}?)[\s　]*$", re.M),
        # a photo credit closing a caption: "会议现场。X 摄", "……（图文）。X 文/图"
        "tail": re.compile(
            rf"(?P<body>(?:{_WORD}[\s　、]+){{0,3}}{_WORD}"
            r"(?:[\s　]+|[\s　]*[/／][\s　]*)(?:摄影?|[文图][\s　]*[/／][\s　]*[文图]))[\s　]*$",
            re.M,
        ),
    }


@cache
def _hint() -> re.Pattern[str]:
    long = alternation(_long_labels())
    return re.compile(rf"{long}|摄|[文图]\s*[/／:：]|[/／]\s*[文图]")


@cache
def _long_labels() -> tuple[str, ...]:
    return tuple(sorted((x for x in labels("zh") if len(x) > 1), key=len, reverse=True))


@cache
def _long_label_re() -> re.Pattern[str]:
    return re.compile(alternation(_long_labels()))


def _label(word: str) -> tuple[int, int, str] | None:
    """(start, end, role) of a credit label of two or more characters in a token: the whole
    token, its end (an outlet before it: 本报记者), or its start or middle with a name after
    it (记者张三, 新华社记者张三). A one-character prefix means running text (据记者了解), and
    so does a label inside a phrase that is no outlet (研究部署编辑出版工作)."""
    found = labels("zh")
    for x in _long_labels():
        if word.endswith(x) and len(word) - len(x) != 1:
            return len(word) - len(x), len(word), found[x]
    for m in _long_label_re().finditer(word):
        before = word[: m.start()]
        outlet = not before or is_outlet(before) or before.endswith(_OUTLET_ENDS)
        if outlet and _split_names(word[m.end() :]):
            return m.start(), m.end(), found[m.group(0)]
    return None


def _split_names(word: str) -> list[tuple[str, int]]:
    """A token as names with their offsets in it: one name, or names joined by 和/与/及."""
    name = re.sub(r"(?<=..)(?:报道|摄)$", "", word)  # 钟明远摄: a glued closing mark
    if person_like(name) or _translit(name):
        return [(name, 0)]
    for m in re.finditer("[和与及]", word):
        left, right = word[: m.start()], word[m.end() :]
        if person_like(left) and person_like(right):
            return [(left, 0), (right, m.end())]
    return []


def _translit(name: str) -> bool:
    """阿拉坦其其格: a dotless minority name of 5-6 characters (zh_translit_chars.txt)."""
    return 5 <= len(name) <= 6 and all(c in lexicon().translit_chars for c in name)


def _segment(body: str, start: int) -> list[Credit]:
    """Credits in one credit segment."""
    found: list[Credit] = []
    role: str | None = None
    group: list[tuple[str, int]] = []

    def close(roles: tuple[str, ...] | None) -> None:
        roles = roles or ((role,) if role and role != "none" else ())
        for name, at in group:
            for r in roles:
                rule = "credit.zh.photo" if r == "photographer" else f"credit.zh.{r}"
                found.append(Credit(r, name, at, at + len(name), rule))
        group.clear()

    toks = [(m.group(0), start + m.start()) for m in _TOKEN.finditer(body)]
    words = [w for w, _ in toks] + ["", "", ""]
    i = 0
    while i < len(toks):
        word, at = toks[i]
        prev, nxt, after = (words[i - 1] if i else ""), words[i + 1], words[i + 2]
        if word in _MARKS:
            pass
        elif word in _PAIR and nxt in _SLASH and after == _PAIR[word]:  # 文/图, 图/文
            if words[i + 3] in _MARKS or not group:  # 文/图：X, 文/图 X
                close(None)
                role = "both"
            else:  # X 文/图
                close(BOTH)
                role = None
            i += 2
        elif word in _PREFIX and (
            nxt in _SLASH or (nxt in _MARKS and (word == "文" or is_name(after)))
        ):  # 图：X only before a name (图：会议现场 is a caption)
            close(None)
            role = _PREFIX[word]
        elif word in _CLOSING and group and (prev in _SLASH or not nxt or word in _ALWAYS_CLOSING):
            close(_CLOSING[word])
            role = None
        elif word == "报道" and group:
            close(None)
            role = None
        elif lab := _label(word):
            close(None)
            role = lab[2]
            group.extend((n, at + lab[1] + o) for n, o in _split_names(word[lab[1] :]))
        elif nxt in ("：", ":"):  # a field this module does not know (点击：, 浏览：) ends credits
            close(None)
            role = "none"
        elif names := _split_names(word):
            group.extend((n, at + o) for n, o in names)
            if word.endswith("摄") and len(word) > 2:  # 钟明远摄
                close(_CLOSING["摄"])
                role = None
        else:
            close(None)
            role = None
        i += 1
    close(None)
    return [c for c in found if c.role != "both"] + [
        Credit(r, c.name, c.start, c.end, f"credit.zh.{r}")
        for c in found if c.role == "both" for r in BOTH
    ]  # fmt: skip


_OUTLET_BYLINE = re.compile(
    rf"[\s　]*(?P<outlet>{HAN}{{2,16}})(?P<names>(?:[\s　、]+{HAN}{{2,4}})+)[\s　]*$"
)


def _outlet_byline(body: str, start: int) -> list[Credit]:
    """A parenthesised byline of an outlet and names without a label: （湖滨日报 X Y）."""
    m = _OUTLET_BYLINE.match(body)
    outlet = m.group("outlet") if m else ""
    if not (is_outlet(outlet) or outlet.endswith(("融媒体中心", "新闻中心"))):
        return []
    names = [(n.group(0), start + m.start("names") + n.start())
             for n in re.finditer(rf"{HAN}+", m.group("names"))]  # fmt: skip
    if not all(person_like(n) for n, _ in names):
        return []
    return [Credit("reporter", n, at, at + len(n), "credit.zh.reporter") for n, at in names]


def zh_credits(text: str) -> list[Credit]:
    found: list[Credit] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _patterns().items():
        for m in pattern.finditer(text):
            body = m.group("body")
            hinted = _hint().search(body) or kind == "paren" and _OUTLET_BYLINE.match(body)
            if inside(m.span("body"), taken) or not hinted:
                continue
            if kind == "line" and re.search(r"[，,；;]", body) and not re.search("[:：]", body):
                continue  # a sentence, not a credit line
            credits = _segment(body, m.start("body"))
            if kind == "paren" and not credits:
                credits = _outlet_byline(body, m.start("body"))
            if credits or kind == "paren":
                taken.append(m.span("body"))
            found.extend(credits)
    return found
