"""Meetings a Chinese article reports as held, and what each one implemented.

A meeting is a meeting noun (zh_meeting_nouns.txt) with a verb of holding: X召开Y / Y在X召开 /
Y开幕 / X举行Y, not planned (将/拟 召开) nor a time clause (召开时, 召开之际). What a meeting
conveyed or implemented (传达学习…精神) yields the named meetings inside the object:
党的二十大, 二十届二中、三中全会 (two), 十三届全国人大三次会议, NAME在X座谈会上的讲话 (X).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .zh_lexicon import HAN, alternation, lexicon

HOLD = "召开|举行|开幕|闭幕|举办|开展|进行"  # 开展/进行 only with a meeting noun (集体学习)
RECEPTION = "会见|会谈|接见"
RECEPTION_NOT_AFTER = "参加|陪同|出席|一同"  # 陪同会见: taking part in one, not another
CLAUSE_END = "，,。；;：:！？\n"
FUTURE = ("将", "拟", "即将", "要", "定于", "计划", "筹备", "准备", "将于")
NOT_HELD_AFTER = ("时", "之际", "前", "以来", "期间", "的", "后", "之前")
VENUES = "人民大会堂|大会堂|会堂|礼堂|宾馆|饭店|酒店|会议中心|会展中心|大厦|会议室|大楼|中心"
NUMS = "一二三四五六七八九十"
DAY = (
    r"(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:(?:至|到|—|-)(?:\d{1,2}月)?\d{1,2}日)?)?"
    r"(?:[上下中]午|晚上?|上午|下午)?"
)
# 会见结束后, 会谈中, 会见时: a time clause, not a reception's guests (中国… is a guest)
NOT_RECEPTION_OBJ = re.compile("结束|中(?=[，,。；、\\s]|$)|时|期间|后|前(?![来往])|纪要")
# between a meeting and its holding verb: …全会今天隆重召开, 区委经济工作会议接着召开
ADVERBS = re.compile("(?:今天|今日|日前|近日|隆重|胜利|顺利|紧?接着|随即|随后|同日|也|还)+$")
TIME_WORDS = re.compile(r"^(?:[上下中]午|晚上?|凌晨|早上|上午|下午)")


@dataclass(frozen=True)
class Held:
    name: str  # as written
    start: int  # of the name in the text
    end: int
    trigger: int  # position of the holding verb
    subject: str  # the holder written before the verb (X召开 / X举行), or ""
    location: str | None


@cache
def _noun_re() -> str:
    return alternation(lexicon().meeting_nouns)


def _last_noun_end(run: str) -> int:
    """End of the last meeting noun in run, trying every start (工作会议 is 会议, not 工作会)."""
    noun = re.compile(_noun_re())
    ends = [m.end() for i in range(len(run)) if (m := noun.match(run, i))]
    return max(ends) if ends else 0


def _clause_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and text[i - 1] not in CLAUSE_END and text[i - 1] not in " \u3000":
        i -= 1
    return i


def _strip_lead(text: str, start: int, end: int) -> int:
    """Skip dates and times that open a clause (18日下午，…; 今天（29日）上午)."""
    while True:
        m = re.compile(
            r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:(?:至|到|—|-)(?:\d{1,2}月)?\d{1,2}日)?"
            r"|今天|今日|昨天|昨日|[（(]\d{1,2}日[）)]"
        ).match(text, start, end)
        t = TIME_WORDS.match(text[start:end])
        if m:
            start = m.end()
        elif t:
            start += t.end()
        else:
            return start


def _planned(text: str, trigger: int, verb_end: int) -> bool:
    before = text[max(0, trigger - 4) : trigger]
    guest = text.startswith(("前来", "前往"), verb_end)  # 会见了前来考察的: not 会见前
    return before.endswith(FUTURE) or (text.startswith(NOT_HELD_AFTER, verb_end) and not guest)


def _location(text: str, s: int, e: int) -> str | None:
    m = re.search(f"在([{HAN}]{{1,15}}?)(?:{HOLD}|{RECEPTION})", text[s:e])
    if not m:
        return None
    loc = m.group(1)
    if loc in ("京", "北京"):
        return "北京"
    if loc in ("这里", "此"):
        v = re.search(f"[{HAN}]{{2,8}}?(?:{VENUES})", text[s:e])
        return v.group() if v else None
    if re.search(f"(?:{VENUES})$", loc) or lexicon().place_by_name(loc):
        return loc
    return None


def _clean_subject(subj: str) -> str:
    """全国政协12日下午在京 -> 全国政协: drop the date, time and place after the holder."""
    subj = re.sub(f"在[^{CLAUSE_END}]*$", "", subj)
    subj = re.sub(r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日.*$", "", subj)
    return re.sub("(?:今天|今日|昨天|昨日|日前|近日|[上下中]午|晚上?)+$", "", subj)


def find_held(text: str, sent: tuple[int, int]) -> list[Held]:
    """Meetings held in one sentence."""
    s, e = sent
    out: list[Held] = []
    for v in re.finditer(f"(?:主持)?(?:{HOLD})了?", text[s:e]):
        trig, vend = s + v.start(), s + v.end()
        if _planned(text, trig, vend):
            continue
        # X召开Y: the meeting follows the verb
        run = re.match(f"[^{CLAUSE_END} \u3000]{{0,40}}", text[vend:e]).group()
        cut = re.search("在|召开|举行|并|，", run)
        run = run[: cut.start()] if cut else run
        end = _last_noun_end(run)
        if end >= 2:
            cstart = _clause_start(text, trig)
            subj = _clean_subject(text[_strip_lead(text, cstart, trig) : trig])
            out.append(Held(run[:end], vend, vend + end, trig, subj, _location(text, s, e)))
            continue
        # Y在X召开 / Y开幕 / Y19日至20日召开: the meeting precedes the verb
        cstart = _clause_start(text, trig)
        lead = _strip_lead(text, cstart, trig)
        opener = re.match(r".*(?:[）)]|本报讯|日讯|日电)", text[lead:trig])
        lead += opener.end() if opener else 0  # 本报讯（记者 X）云南省…会议: after the byline
        head = text[lead:trig]
        head = re.sub(f"在[^{CLAUSE_END}]*$", "", head)
        head = re.sub(f"于?{DAY}$", "", head)  # …全会于7月27日至28日在…举行
        head = re.sub("以[^，。]{1,12}?形式$", "", head)  # …会议以电视电话会议形式召开
        head = ADVERBS.sub("", head)
        if not head and cstart > s and text[cstart - 1] == "，":  # Y，12月26日至27日在…举行
            lead = _clause_start(text, cstart - 1)
            head = text[lead : cstart - 1]
        end = _last_noun_end(head)
        bare = head in lexicon().meeting_nouns or re.search("[（(）)]|宣布|主持", head)
        if end >= 2 and end == len(head) and not bare:
            out.append(Held(head, lead, lead + len(head), trig, "", _location(text, s, e)))
    return out


def find_receptions(text: str, sent: tuple[int, int]) -> list[Held]:
    """张三在长沙会见了李四一行: a reception (会见, 会谈, 接见) is a meeting, named as written."""
    s, e = sent
    out: list[Held] = []
    for v in re.finditer(f"(?<!{RECEPTION_NOT_AFTER})(?:{RECEPTION})了?", text[s:e]):
        trig, vend = s + v.start(), s + v.end()
        if _planned(text, trig, vend):
            continue
        obj = re.match(f"[^{CLAUSE_END}]{{2,40}}", text[vend:e])
        if not obj:  # 甲与乙（举行）会谈: the clause names both
            lead = _strip_lead(text, _clause_start(text, trig), trig)
            pair = re.search("(?:与|同|和)[^，。；]*$", text[lead:trig])
            if pair:  # named from 与 on: the host's titles are no organizer
                start = lead + pair.start()
                out.append(Held(text[start:vend], start, vend, trig, "", _location(text, s, e)))
            continue
        if obj and not NOT_RECEPTION_OBJ.match(obj.group()):
            end = vend + obj.end()
            subj = text[_strip_lead(text, _clause_start(text, trig), trig) : trig]
            out.append(Held(text[trig:end], trig, end, trig, subj, _location(text, s, e)))
    return out


# --- implemented meetings -----------------------------------------------------------------

PLENUM = re.compile(f"(党的)?([{NUMS}]+届)((?:[{NUMS}]+中[、和])*[{NUMS}]+中)全会(?!议)")
CONGRESS = re.compile(f"(党的|中共)?([{NUMS}]{{2,3}})大(?![会学])")
SPEECH_AT = re.compile(
    "在([^，。、]{2,30}?(?:会议|座谈会|大会|全会|会|集体学习))(?:上|时)(?:发表)?的(?:重要)?讲话"
)


@cache
def _implement_re() -> re.Pattern[str]:
    verbs = alternation(lexicon().implement_verbs)
    return re.compile(
        f"(?:(?:{verbs})(?:了|好)?|(?:精神|部署|要求)(?:和|以及|及|、))([^。；！？，\n]{{2,120}}?)"
        "(?:精神|部署|要求)"
    )


ONGOING = ("正在", "正在全力", "正在全面", "正在认真", "正在深入")


def _implement_objects(text: str, s: int, e: int) -> list[re.Match[str]]:
    """Objects of 传达学习…精神, and of …精神和…精神 (部署和…要求) that follow one."""
    out: list[re.Match[str]] = []
    pos = s
    while True:
        m = _implement_re().search(text, pos, e)
        if not m:
            return out
        cont = m.group().startswith(("精神", "部署", "要求"))  # …部署和…要求: one more
        if cont and not (out and out[-1].end() == m.start() + 2):
            pos = m.start() + 2
            continue
        out.append(m)
        pos = m.end() - 2


def implemented(text: str, s: int, e: int) -> list[tuple[str, int, int]]:
    """(meeting name, start, end) of named meetings conveyed or implemented in text[s:e]."""
    out: list[tuple[str, int, int]] = []
    for m in _implement_objects(text, s, e):
        if text.endswith(ONGOING, 0, m.start()):
            continue  # 正在全力贯彻落实…精神: the speaker's ongoing work, not this meeting's
        obj_start, obj = m.start(1), re.sub("(?:决策|工作|各项|重要|的)+$", "", m.group(1))
        party = "党的" if "党的" in obj else ""
        masked = obj
        for pm in PLENUM.finditer(obj):
            for nth in re.split("[、和]", pm.group(3)):
                out.append(
                    (f"{party}{pm.group(2)}{nth}全会", obj_start + pm.start(), obj_start + pm.end())
                )
            masked = masked[: pm.start()] + "　" * len(pm.group()) + masked[pm.end() :]
        for cm in CONGRESS.finditer(masked):
            out.append((f"党的{cm.group(2)}大", obj_start + cm.start(), obj_start + cm.end()))
            masked = masked[: cm.start()] + "　" * len(cm.group()) + masked[cm.end() :]
        for sm in SPEECH_AT.finditer(masked):
            if "期间" not in sm.group(1):
                out.append((sm.group(1), obj_start + sm.start(1), obj_start + sm.end(1)))
            masked = masked[: sm.start()] + "　" * len(sm.group()) + masked[sm.end() :]
        pos = 0
        for item in re.split("和|、|及|以及|与|\u3000+", masked):
            start = masked.find(item, pos)
            pos = start + len(item)
            item = re.sub(r"^(?:了|好|党的|(?:贯彻|落实|学习|领会)+)", "", item)  # 传达贯彻…
            if _is_meeting_name(item):
                real = obj_start + start + masked[start:].find(item)
                out.append((_distribute(item, obj), real, real + len(item)))
    return out


def _distribute(item: str, obj: str) -> str:
    """中共重庆市委六届六次全会和市委经济工作会议: the written-out committee carries over."""
    m = re.match("(?:省|市|区|县|州)委", item)
    full = re.search(f"中共[{HAN}]{{1,10}}?{m.group()}" if m else "^$", obj)
    if not m or not full or obj.startswith(item):
        return item
    return full.group() + item[len(m.group()) :]


def _is_meeting_name(item: str) -> bool:
    if len(item) < 4 or "期间" in item or "两会" in item or item in ("全会", "会议", "大会"):
        return False
    if item.endswith("全会") and not re.search(f"[{NUMS}]+(?:届|次|中)", item):
        return False  # 省委全会: which plenary is not said, so no meeting is named
    if re.search("[的在对]|重要|讲话|指示|批示|通知|意见|决定", item):
        return False
    return bool(re.search(f"(?:{_noun_re()})$", item)) and bool(
        re.search(f"[{NUMS}\\d]|全国|中央|国务院|国家|省|市|全区|全州|全县|自治区", item)
    )
