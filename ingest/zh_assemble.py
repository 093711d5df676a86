"""Held meetings assembled into Meeting facts: full name and organizer, dates, the
participations found in each meeting's sentences, and the named meetings it implemented.

A meeting's sentences run from where it is reported to where the next one is (the first one
from the headline). Its date is the last day written before the holding verb in its sentence
(同日 / 会后 repeat the previous one's); a later 闭幕 in the same sentence gives its end.
Implemented meetings keep the fullest form the article gives (省委十五届六次全会 written
elsewhere as 中共江西省委十五届六次全会), and a shortened name of a meeting the article
reports (全省电视电话会议) is that meeting.
"""

from __future__ import annotations

import datetime as dt
import re

from .facts import Article, Evidence, Implements, Meeting, Participation
from .zh_bodies import BodyIndex
from .zh_dates import CLOSING_DAY, DAY_BEFORE, SAME_DAY, DateSpan, find_dates
from .zh_lexicon import lexicon
from .zh_meetings import Held, find_held, find_receptions, implemented
from .zh_orgs import full_name, party_group, session_organizer
from .zh_roles import participations

VAGUE = re.compile("日前|近日|近期|前不久|此前|上周|本周|本月|今年")
RECENT = re.compile("^[^，。；]{0,4}?(?:日前|近日|近期|前不久)")  # reported as held, day unknown
CLOSING = re.compile(r"^[^，。；]{0,6}?(?:闭幕|结束)")


def _ev(text: str, start: int, end: int, rule: str, confidence: float = 0.8) -> Evidence:
    return Evidence(start, end, text[start:end], rule, confidence)


def _session_name(name: str) -> str:
    """永州市四届人大七次会议 -> 永州市第四届人民代表大会第七次会议."""
    m = re.fullmatch(
        r"(.+?)第?([一二三四五六七八九十]+)届人大第?([一二三四五六七八九十]+)次会议", name
    )
    return f"{m.group(1)}第{m.group(2)}届人民代表大会第{m.group(3)}次会议" if m else name


def _meeting_name(held: Held, index: BodyIndex) -> tuple[str, str | None]:
    """(full name, organizer) of a held meeting; a name that writes its place out is kept."""
    name = _session_name(held.name)
    organizer = session_organizer(name)
    if organizer:  # 政协X市委员会常务委员会 -> 中国人民政治协商会议X市委员会常务委员会
        body = full_name(organizer, index.ctx)
        organizer = body.name if body else organizer
    lead = index.at_start(name)
    own = index.at_start(held.subject) if name.startswith(("党组", "党委")) else None
    if not lead and own and held.subject[len(own[1]) :].startswith(name[:2]):
        body = own[0]  # 省人大常委会党组书记甲主持召开党组会议: that body's 党组
        return body.name + name, organizer or party_group(body.name, name[:2])
    if lead:
        body, raw = lead
        full = name if index.explicit_place(raw) else body.name + name[len(raw) :]
        group = re.match("(?:党组|党委|党工委)(?:理论学习中心组)?", name[len(raw) :])
        if group and not body.name.endswith(("党组", "党委", "党工委")):  # 省政府党组会议
            return full, organizer or party_group(body.name, group.group())
        return full, organizer or body.name
    subj = index.ending(held.subject)
    if subj:
        return subj.name + name, organizer or subj.name
    return name, organizer


def _alias_ok(alias: str, name: str) -> bool:
    return alias != name and alias not in lexicon().meeting_nouns


def _similar(a: str, b: str) -> bool:
    """The same meeting named fully and shortly (扩大会议 / 中共X省委常委会扩大会议); a meeting
    of a body of the other (…第七次会议 / …第七次会议主席团第一次会议) is another one."""
    short, long = sorted((a, b), key=len)
    if short not in long:
        return False
    rest = long.replace(short, "", 1)
    return not rest or not rest.endswith(tuple(lexicon().meeting_nouns))


def _abbreviates(short: str, long: str) -> bool:
    """全省电视电话会议 for 全省森林草原防灭火工作电视电话会议: same opening, same meeting
    noun, and the short name's characters in order inside the long one."""
    if len(short) >= len(long) or short[:2] != long[:2]:
        return False
    noun = re.search(f"(?:{_nouns()})$", short)
    if not noun or not long.endswith(noun.group()):
        return False
    rest = iter(long)
    return all(c in rest for c in short)


N = "([一二三四五六七八九十]+)"
PLENARY_SHORT = re.compile(f"([省市区县州旗])委{N}届{N}次全会")
PLENARY_LONG = re.compile(f"([省市区县州旗])第{N}届委员会第{N}次全体会议$")


def _same_plenary(short: str, long: str) -> bool:
    """区委十三届九次全会 for 中共X区第十三届委员会第九次全体会议 reported earlier."""
    a, b = PLENARY_SHORT.search(short), PLENARY_LONG.search(long)
    return bool(a and b) and a.groups() == b.groups() and long.startswith(("中共", "中国共产党"))


def _nouns() -> str:
    return "|".join(sorted(lexicon().meeting_nouns, key=len, reverse=True))


def _paragraph_date(text: str, trigger: int, dates: list[DateSpan]) -> DateSpan | None:
    """调研期间，甲主持召开座谈会: the day written last before it in the same paragraph."""
    before = [d for d in dates if d.end <= trigger and "\n" not in text[d.end : trigger]]
    return before[-1] if before else None


def _end_date(text: str, sent: tuple[int, int], trigger: int, dates: list[DateSpan]) -> str | None:
    """…5月29日在昆明开幕，今天（31日）下午闭幕: the closing day written later in the sentence."""
    later = [d for d in dates if trigger < d.start < sent[1] and d.date]
    for d in later:
        if CLOSING.match(text[d.end : sent[1]]):
            return d.date
    return None


def _implements(text: str, seg, own: list[str], held_names: list[str]) -> list[Implements]:
    """Named meetings conveyed or implemented in a meeting's sentences, in their fullest form."""
    everywhere = [n for n, _, _ in implemented(text, 0, len(text))]
    out: dict[str, Implements] = {}
    for s, e in seg:
        for mname, ms, me in implemented(text, s, e):
            fuller = [n for n in everywhere if mname in n and _similar(mname, n)]
            mname = max(fuller, key=len) if fuller else mname
            reported = [h for h in held_names if _abbreviates(mname, h) or _same_plenary(mname, h)]
            mname = reported[0] if reported else mname
            if any(_similar(mname, o) or _abbreviates(mname, o) for o in own):
                continue
            out.setdefault(mname, Implements(mname, _ev(text, ms, me, "zh.implements")))
    return list(out.values())


def assemble_meetings(article: Article, sents, mentions, index: BodyIndex) -> list[Meeting]:
    """The meetings held, each with its participations (from its sentences on) and implements."""
    text = article.text
    dates = find_dates(text, article.published)
    held: list[tuple[int, Held, str, str | None, str | None, str | None]] = []
    recent: set[int] = set()  # 近日，…举行: held, though its day is not said
    for i, sent in enumerate(sents):
        for h in find_held(text, sent) + find_receptions(text, sent):
            name, organizer = _meeting_name(h, index)
            day = [d for d in dates if sent[0] <= d.start < h.trigger]
            date = day[-1] if day else None
            before = DAY_BEFORE.match(text[sent[0] : sent[1]]) and held and held[-1][4]
            if date is None and before:  # 会前一天，X召开…: the day before the last meeting
                day_before = dt.date.fromisoformat(held[-1][4]) - dt.timedelta(days=1)
                date = DateSpan(sent[0], sent[0], day_before.isoformat(), None)
            if date is None and not VAGUE.search(text[sent[0] : h.trigger]):
                date = _paragraph_date(text, h.trigger, dates)
            if date is None and SAME_DAY.match(text[sent[0] : sent[1]]) and held:
                closing = CLOSING_DAY.match(text[sent[0] : sent[1]]) and held[-1][5]
                date_iso, end_iso = (held[-1][5] if closing else held[-1][4]), None
            else:
                date_iso, end_iso = (date.date, date.end_date) if date else (None, None)
            if date_iso and not end_iso:
                end_iso = _end_date(text, sent, h.trigger, dates)
            held.append((i, h, name, organizer, date_iso, end_iso))
            if not date_iso and RECENT.match(text[sent[0] : h.trigger]):
                recent.add(len(held) - 1)
    dated = [x for k, x in enumerate(held) if x[4] or k in recent]
    body = dated if dated else held[:1]
    meetings: list[tuple[int, Held, str, str | None, str | None, str | None, list[str]]] = []
    for x in body:
        if any(_similar(x[2], m[2]) and x[4] == m[4] for m in meetings):
            continue
        aliases = [h[1].name for h in held if _similar(h[2], x[2]) and h[1].name != x[2]]
        meetings.append((*x, aliases))
    names = [m[2] for m in meetings]
    out = []
    for k, (i, h, name, organizer, date, end_date, aliases) in enumerate(meetings):
        first = 0 if k == 0 else i
        last = meetings[k + 1][0] if k + 1 < len(meetings) else len(sents)
        # a headline line reporting another meeting (座谈会同日召开　乙主持) is that one's
        elsewhere = {
            x[0]
            for x in held
            if x[0] != i
            and not _similar(x[2], name)
            and any(_similar(x[2], m[2]) for m in meetings if m[2] != name)
        }
        seg = [sents[j] for j in range(first, last) if j not in elsewhere]
        parts: dict[tuple[str, str], Participation] = {}
        for t in participations(text, seg, mentions):
            parts.setdefault(
                (t.name, t.role),
                Participation(t.name, t.role, _ev(text, t.start, t.end, "zh.verb")),
            )
        own = [n for n in (name, h.name, *aliases) if n not in lexicon().meeting_nouns]
        out.append(
            Meeting(
                name=name,
                date=date,
                end_date=end_date,
                location=h.location,
                organizer=organizer,
                aliases=tuple(dict.fromkeys(a for a in aliases + [h.name] if _alias_ok(a, name))),
                participations=tuple(parts.values()),
                implements=tuple(_implements(text, seg, own, names[:k])),
                evidence=_ev(text, h.start, h.end, "zh.held"),
            )
        )
    return out
