"""Names that follow a shared title or a collective description, joined by 、.

省领导甲、乙、丙 / 市级领导甲 / 企业代表甲 (no post is said); 副局长甲、乙 after a title.
"""

from __future__ import annotations

import re

from .zh_chains import ANNOTATION, Mention
from .zh_names import loose_name_at, name_at


def names_after(text: str, pos: int, loose: bool = True) -> list[tuple[str, int]]:
    """A name at pos and any bare names that follow it after 、 (a shared title)."""
    out: list[tuple[str, int]] = []
    while True:
        name = name_at(text, pos) or (loose_name_at(text, pos) if loose else None)
        if not name:
            return out
        out.append((name, pos))
        nxt = pos + len(name)
        ann = ANNOTATION.match(text, nxt)
        nxt = ann.end() if ann else nxt
        if nxt < len(text) and text[nxt] == "、":
            pos = nxt + 1
            continue
        return out


LEADERS = re.compile(
    "(?:自治区|省|市|州|县|区|旗|盟|乡|镇|中央|部|厅|局|校|院|集团|公司)"
    "(?:委|级|政府|人大|政协)?领导(?:同志)?(?:有[：:]?)?"
)
# 企业代表甲, 工商界人士乙: a person described, not given a post
DESCRIBED = re.compile(
    "(?:企业|群众|基层|职工|获奖|先进|党员|青年|学生|教师|村民|居民|干部|模范|优秀)代表"
    "|(?:工商界|各界|民主党派|无党派|港澳|台湾|海外)人士"
)


def leader_mentions(text: str) -> list[Mention]:
    """省领导甲、乙、丙 / 市领导甲 / 企业代表甲: names after a collective (no post is said)."""
    out: list[Mention] = []
    for m in list(LEADERS.finditer(text)) + list(DESCRIBED.finditer(text)):
        for name, pos in names_after(text, m.end(), loose=False):
            out.append(Mention(name, pos, pos + len(name), pos, (), "zh.leaders"))
    return out
