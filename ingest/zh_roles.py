"""Who took part in a meeting, and how: the verbs of the genre applied to the names before them.

主持 -> chair; 出席 / 参加 / 在主席台就座 -> attendee; 列席 -> nonvoting; 讲话 -> speaker;
作工作报告 -> reporter. A verb takes the names (a list, or a chain joined by 、 and ，) that end
just before it in the same sentence ("大会由高建华主持" too), or, after "出席会议的省领导有：",
the names that follow it; 他们 / 以上同志 repeat the previous sentence's names. Names inside
"…发表的重要讲话" are not speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .zh_lexicon import alternation, lexicon
from .zh_persons import ANNOTATION, Mention

# Between the names and their verb: 等县领导, 在冕宁分会场, 受市政府委托, 应邀, 分别, 作.
GAP_OK = re.compile(
    r"^(?:同志)?(?:等[^，。、；]{0,8}?|[及和]其他[^，。、；]{0,10}?)?"
    r"(?:(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|中午|晚上|晚)?"
    r"(?:在[^，。、；的]{1,12}?|在[^，。、；]{1,16}?上|在)?"  # 甲在主持会议时
    r"(?:(?:[就对]|结合)[^，。；]{1,20}?)?(?:(?:以|通过)[^，。；]{1,10}?(?:方式|形式))?"
    r"(?:也|还|分别|先后|一同|共同|首先|随后|最后|由|应邀|受邀|受[^，。；]{1,12}?(?:委托|邀请)"
    r"|代表[^，。；]{1,16}?|向[^，。；]{1,8}?)*(?:作了|作)?$"
)
# between two names of a list: separators, or a collective (，区领导甲、乙) that gives no post
JOIN_OK = re.compile(
    r"^(?:同志)?[、，,和及与\s\u3000]*(?:(?:自治区|省|市|州|县|区|旗|盟|镇|乡)(?:级)?领导(?:同志)?)?$"
)
# 、市人民检察院检察长列席: an official named by title only, between the names and the verb
UNNAMED = re.compile("(?:[、，][^，。；、]{2,20}?(?:长|主任|书记|主席|负责同志|负责人))+")
# ，县委常委，县人大常委会、县政府、县政协党员副县级领导干部: bodies and officials, none named
UNNAMED_ALL = re.compile(
    "(?:[、，][^，。；、]{2,24})*[、，][^，。；、]{2,24}?"
    "(?:常委|委员|成员|领导干部|干部|领导|负责同志|负责人)"
)
# 出席会议的领导有：甲 / 出席会议的还有甲 / 出席会议的市领导：甲 (not 的有关部门)
LIST_AFTER = re.compile(r"^(?:会议|大会)?的[^，。：:有]{0,10}(?:有(?!关|效|力|序)[：:]?|[：:])")
PRONOUN = re.compile(r"(?:他们|以上同志|上述同志|上述领导|(?<!其)[他她](?!们))[^，。]{0,6}$")


@dataclass(frozen=True)
class Took:
    name: str
    role: str
    start: int  # span of the verb and its names, for evidence
    end: int


RECEPTION_VERBS = ("会见", "会谈", "接见")
# 作…报告 / 作部署 / 作总结讲话; not the 作 of 工作 / 合作, nor across another verb
REPORT = (
    "(?<![工合操创写协动运制振])作(?:(?!出席|主持|参加|列席)[^，,。；;、]){0,30}?"
    "(?:报告|说明|发言|部署|讲话|总结|点评|辅导|解读|汇报|通报)"
)  # 作关于专题调研情况的报告, 作专题辅导报告
HEARD = re.compile("的[^，。；]{0,8}?(?:汇报|报告|说明|通报)")  # 所作的工作报告


@cache
def _verb_re() -> re.Pattern[str]:
    return re.compile(f"{alternation(lexicon().verbs)}|{REPORT}")


def _heard(text: str, s: int, e: int, inside: list[Mention]) -> list[Took]:
    """听取了县纪委书记甲关于…的汇报: the person reported to the meeting."""
    out = []
    for m in inside:
        if not re.compile("(?:受[^，。；]{1,12}?委托)?(?:关于|所作|作的|就)").match(text, m.end):
            continue
        heard = HEARD.search(text, m.end, e)
        if heard and "书面" in text[heard.start() : heard.end() + 4]:
            continue  # 的情况汇报（书面）: a written report, the person was not there
        if "听取" in text[s : m.head] and heard:
            out.append(Took(m.name, "reporter", m.head, m.end))
    return out


PRESIDED = re.compile("在[^，。；]{0,30}?的主持下")


def _presided(text: str, s: int, e: int, inside: list[Mention]) -> list[Took]:
    """会议在市委书记甲的主持下进行: 甲 chaired it."""
    out = []
    for m in PRESIDED.finditer(text, s, e):
        out += [
            Took(n.name, "chair", m.start(), m.end())
            for n in inside
            if m.start() <= n.start and n.end <= m.end()
        ]
    return out


def _gap(text: str, start: int, end: int) -> str:
    return ANNOTATION.sub("", re.sub(r"[（(][^（）()]*[）)]", "", text[start:end]))


def _group_before(text: str, mentions: list[Mention], pos: int) -> list[Mention]:
    """The names that end just before pos, with those joined to them by 、 / ， / a chain."""
    before = [m for m in mentions if m.end <= pos]
    gap = _gap(text, before[-1].end, pos) if before else ""
    unnamed = UNNAMED.match(gap)
    gap = gap[unnamed.end() :] if unnamed else gap
    gap = "" if UNNAMED_ALL.fullmatch(gap) else gap
    if not before or not GAP_OK.match(gap):
        return []
    group = [before[-1]]
    for m in reversed(before[:-1]):
        if JOIN_OK.match(_gap(text, m.end, group[0].head)):
            group.insert(0, m)
        else:
            break
    return group


def participations(text: str, sents: list[tuple[int, int]], mentions: list[Mention]) -> list[Took]:
    """Participations in the given sentences, in order."""
    out: list[Took] = []
    previous: list[Mention] = []
    for s, e in sents:
        inside = [m for m in mentions if s <= m.start and m.end <= e]
        out += _heard(text, s, e, inside) + _presided(text, s, e, inside)
        lo = s
        for v in _verb_re().finditer(text, s, e):
            role = lexicon().verbs.get(v.group(), "reporter")
            if text[max(s, v.start() - 2) : v.start()] == "重要" or text.startswith(
                "精神", v.end()
            ):
                continue
            if "听取" in text[s : v.start()] and HEARD.search(text, v.end(), e):
                continue  # 听取了甲参加…学习的情况汇报: what the report is about
            if LIST_AFTER.match(text[v.end() : e]):
                after = [m for m in inside if m.start >= v.end()]
                out += [Took(m.name, role, v.start(), m.end) for m in after]
                break
            group = _group_before(text, [m for m in inside if m.start >= lo], v.start())
            if group and "据" in text[max(s, group[0].head - 1) : group[0].head + 1]:
                continue  # 据市长甲介绍: told the reporter, not the meeting
            if not group and text.rfind("由", lo, v.start()) >= 0:
                group = [m for m in inside if lo <= m.start < v.start()][-1:]
            pron = PRONOUN.search(text[lo : v.start()])
            if (
                not group and pron
            ):  # 他们 / 以上同志: the names just before, else the last sentence's
                here = [m for m in inside if lo <= m.start and m.end <= lo + pron.start()]
                group = here or previous
                if not pron.group().startswith(("他们", "以上", "上述")):
                    group = group[-1:]  # 她主持闭幕会: one person, the last one named
            out += [Took(m.name, role, min(m.start, v.start()), v.end()) for m in group]
            if v.group() in RECEPTION_VERBS and re.match("[，。；]|$", text[v.end() : e]):
                clause = max(text.rfind(c, s, v.start()) for c in "，。；") + 1
                group = [m for m in inside if max(s, clause) <= m.start and m.end <= v.start()]
                out += [Took(m.name, role, min(m.start, v.start()), v.end()) for m in group]
            elif v.group() in RECEPTION_VERBS:  # 会见了李四一行: the guests take part too
                stop = re.search("[，。；]", text[v.end() : e])
                upto = v.end() + stop.start() if stop else e
                guests = [m for m in inside if v.end() <= m.start and m.end <= upto]
                out += [Took(m.name, role, v.start(), m.end) for m in guests]
            if group:
                lo = v.end()
        if inside:
            previous = inside
    return out
