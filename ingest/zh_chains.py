"""Title chains before a name: 省委副书记、省长 / 国家档案局局长、中央档案馆馆长 + NAME.

A chain is items joined by 、, each an organization as written (省委, 国家档案局, possibly empty)
with a qualifier (分管日常工作的) and a title from the gazetteer; a bare title after a body's
title belongs to that body (省委常委、秘书长). One body with two nameplates written
X（Y）before a title gives the title in both (党校（行政学院）教授).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from .zh_lexicon import lexicon
from .zh_names import SEPARATORS, VERB_CLASSES, word_class
from .zh_places import FUNCTION_CHARS

CHAIN_STOPS = (
    "的是", "是", "由", "为", "会见", "陪同", "看望", "率领", "带领", "任命", "当选为", "了", "以",
    "邀请", "受", "辞去", "免去", "递补", "增补", "补选", "增选", "还有", "的有",
)  # fmt: skip
QUALIFIER = re.compile(r"(?:分管|负责|主持|协助)[^，、。]{1,15}?的$")
ANNOTATION = re.compile(r"[（(][^（）()]{1,4}[）)]")  # （女）, （回族）


@dataclass(frozen=True)
class RawPost:
    title: str
    org: str  # as written ("省委", "大会主席团"), "" when the chain names no body
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    name: str
    start: int
    end: int
    head: int  # where the mention with its title chain begins
    posts: tuple[RawPost, ...] = ()
    rule: str = "zh.name"


@cache
def title_re() -> re.Pattern[str]:
    return re.compile(lexicon().title_re)


def item_start(text: str, end: int) -> int:
    """Start of the chain item ending at end: back to a separator or a stop word."""
    i = end
    while i > 0 and text[i - 1] not in SEPARATORS:
        i -= 1
    raw = text[i:end]
    cut = max((raw.rfind(w) + len(w) for w in CHAIN_STOPS if w in raw), default=0)
    return i + cut


def title_ending_at(text: str, end: int, start: int) -> re.Match[str] | None:
    """The longest title that ends exactly at end and starts at or after start."""
    for s in range(start, end):
        m = title_re().fullmatch(text, s, end)
        if m:
            return m
    return None


def _item(text: str, end: int) -> tuple[RawPost, int] | None:
    """The chain item (org + qualifier + title) ending at end, and its start."""
    start = item_start(text, end)
    m = title_ending_at(text, end, start)
    if not m:
        return None
    org, title = text[start : m.start()], m.group()
    q = QUALIFIER.search(org)
    if q:
        org, title = org[: q.start()], q.group() + title
    org = _body_start(org)
    if "的" in org and (word_class(org[:2]) in VERB_CLASSES or org[0] in FUNCTION_CHARS):
        org = org[org.rindex("的") + 1 :]  # 参加南博会的香港特区政府…局局长: after the clause
    org, title = _split_compound(org, title)
    told = re.search("转达对(.{2,})$", org)
    if told and org_like(told.group(1)):  # 请甲转达对中南大学校长乙的问候: the body after 对
        org = told.group(1)
    both = re.fullmatch("(.+?)和(.+)", org)
    if both and org_like(both.group(1)) and org_like(both.group(2)):
        org = both.group(2)  # 商学院党委和工学院…党支部书记甲: the title is the last one's
    unit = next((k for k in (2, 3) if len(org) > k + 2 and org_like(org[:-k])), 0)
    if unit and not org_like(org) and not place_like(org) and not _placed_unit(org):
        org, title = org[:-unit], org[-unit:] + title  # 基金会项目总监: 项目总监 of 基金会
    if org and not org_like(org) and not place_like(org) and not _placed_unit(org):
        org = _other_place(org)
    if BARE_TOWN.fullmatch(org):  # 三门镇召开…，镇党委书记甲: the town named before
        org = _named_town(text, start, org)
    if not org and start > 0 and text[start - 1] in "）)":
        plates = _nameplates(text, start - 1)
        if plates:
            org, start = plates
    return RawPost(title, org, start, end), start


# Titles that carry their body's short name; after a place or level word they split:
# 县纪委书记 is 书记 of 县纪委, 省委组织部长 is 部长 of 省委组织部.
LEVELS = ("省", "市", "县", "区", "州", "旗", "自治区")
COMPOUND = re.compile("(纪委|监委|政法委|人大)(书记|主任|代表)|(组织|宣传|统战)部长")


def _split_compound(org: str, title: str) -> tuple[str, str]:
    if title == "党委书记" and org in LEVELS:  # 自治区党委书记: 书记 of the place's 党委
        return org + "党委", "书记"
    # 叶坪乡党委书记, 校党委书记: of the township's or the school's 党委
    if title == "党委书记" and (TOWNSHIP.fullmatch(org) or org in ("校", "学校", "乡", "镇")):
        return org + "党委", "书记"
    m = COMPOUND.fullmatch(title)
    if not m or not org:
        return org, title
    if m.group(3):
        return org + m.group(3) + "部", "部长"
    return org + m.group(1), m.group(2)


def _nameplates(text: str, close: int) -> tuple[str, int] | None:
    """X（Y）ending at close: one body with two nameplates, as "X（Y）" and its start."""
    open_ = max(text.rfind("（", 0, close), text.rfind("(", 0, close))
    if open_ <= 0:
        return None
    inner = text[open_ + 1 : close]
    start = item_start(text, open_)
    outer = text[start:open_]
    if outer and org_like(outer) and org_like(inner):
        return f"{outer}（{inner}）", start
    return None


def nameplates(org: str) -> list[str]:
    """中共X省委党校（X行政学院） -> both bodies; any other org as it is."""
    m = re.fullmatch(r"(.+?)[（(](.+)[）)]", org)
    return [m.group(1), m.group(2)] if m else [org]


def org_like(org: str) -> bool:
    lx = lexicon()
    if len(org) > 40 or any(c in "，。；" for c in org):
        return False
    ends = tuple(lx.body_suffixes) + ("团", "组", "会", "协", "联", "人大", "府", "校", "学")
    ends += ("公司", "集团", "银行", "医院", "学校", "研究所", "室", "科", "处", "司")
    return org.endswith(ends) or org in ("省", "市", "自治区", "区", "县", "州", "中央", "国家")


TOWNSHIP = re.compile("[\u4e00-\u9fff]{1,6}?(?:乡|镇|街道)")


BARE_TOWN = re.compile("(乡|镇|街道)(党委|党工委|人民政府|政府|人大)")


def _named_town(text: str, pos: int, org: str) -> str:
    """镇党委 after 三门镇 in the same sentence: 三门镇党委 (else as written)."""
    begin = max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1
    towns = [
        m.group()
        for m in re.finditer("[\u4e00-\u9fff]{2,6}?(?:镇|乡|街道)", text[begin:pos])
        if m.group().endswith(BARE_TOWN.fullmatch(org).group(1)) and place_like(m.group())
    ]
    return towns[-1] + org[len(BARE_TOWN.fullmatch(org).group(1)) :] if towns else org


def _body_start(org: str) -> str:
    """要认真贯彻落实省委书记甲…: a clause opening with a verb before the body is not part of it;
    the body begins at the first place or level word."""
    if len(org) < 3 or not (
        any(c in FUNCTION_CHARS for c in org[:2]) or word_class(org[:2]) in VERB_CLASSES
    ):
        return org
    starts = LEVELS + ("中共", "全国", "国家", "中央", "国务院")
    places = [p for place in lexicon().places for p in (place.name, place.short) if len(p) > 1]
    for i in range(len(org) - 1):
        if i and (word_class(org[i - 1 : i + 1]) or word_class(org[max(0, i - 2) : i + 1])):
            continue  # 开发区, 社区: the level word is inside a word
        if org.startswith(starts, i) or any(org.startswith(p, i) for p in places):
            return org[i - 1 :] if i and org[i - 1] == "原" else org[i:]  # 原县…局长: former
    return org


def _other_place(org: str) -> str:
    """甲在昆明与老挝万象市市长: a place not in the gazetteer before a title is kept as
    written, so that the title is not read as this page's own 市长."""
    tail = re.split("与|同|在|会见|会谈|接见", org)[-1]
    ok = len(tail) >= 3 and tail.endswith(("市", "省", "州")) and not tail.startswith(LEVELS)
    return tail if ok and not any(c in FUNCTION_CHARS for c in tail) else ""


def _placed_unit(org: str) -> bool:
    """伊金霍洛旗乌兰牧骑: a unit of a county or district named after it, of any type."""
    m = re.fullmatch("([\u4e00-\u9fff]{2,6}?(?:县|区|旗))([\u4e00-\u9fff]{2,8})", org)
    return bool(m) and place_like(m.group(1)) and not any(c in FUNCTION_CHARS for c in org)


def place_like(org: str) -> bool:
    """温州市长, 杭州市副市长, 安吉县副县长: a place written before a bare title."""
    if lexicon().place_by_name(org):
        return True
    return bool(re.fullmatch("[\u4e00-\u9fff]{2,6}(?:县|区|旗|乡|镇|街道)", org)) and not any(
        c in FUNCTION_CHARS for c in org
    )


def chain_before(text: str, end: int) -> list[RawPost]:
    """Chain items ending at end, joined by 、, earliest first."""
    posts: list[RawPost] = []
    while True:
        got = _item(text, end)
        if not got:
            break
        post, start = got
        posts.insert(0, post)
        if start > 0 and text[start - 1] == "、":
            end = start - 1
            continue
        break
    posts = _inherit_orgs(posts)
    return [replace(p, org=o) for p in posts for o in nameplates(p.org)]


def _inherit_orgs(posts: list[RawPost]) -> list[RawPost]:
    """省委常委、秘书长: a bare title after a body's title belongs to that body."""
    fixed = {t for t, _ in lexicon().title_bodies}
    out: list[RawPost] = []
    for post in posts:
        base = base_title(post.title)
        bare_group = out and out[-1].org in ("党组", "党委")  # 党组成员、副主任: body unknown yet
        if not post.org and out and COMPOUND.fullmatch(post.title):  # 市委常委、纪委书记
            unit, title = _split_compound("X", post.title)
            shared = _shared_committee(out[-1].org, unit[1:])
            own = out[-1].org == "党委"  # 党委副书记、纪委书记: the same body's commission
            post = replace(post, org=shared, title=title) if shared != unit[1:] or own else post
        elif not post.org and out and out[-1].org and base not in fixed and not bare_group:
            org = out[-1].org  # 省政府党组成员、秘书长: the body's title, not the group's
            post = replace(post, org=_group_body(org))
        elif post.org and out and out[-1].org:
            post = replace(post, org=_shared_committee(out[-1].org, post.org))
        elif not post.org and out and base in fixed:  # 宁波市委副书记、市长: 宁波市's
            post = replace(
                post, org=_leading_place(out[-1].org, dict(lexicon().title_bodies)[base])
            )
        out.append(post)
    return out


def _leading_place(org: str, fixed: str) -> str:
    """The place a body's name opens with, where the fixed body's level word fits it."""
    level = re.match("自治区|省|市|区|县|州", fixed)
    for place in lexicon().places:
        if org.startswith(place.name) and level and place.name.endswith(level.group()):
            return place.name
    local = COMMITTEE.fullmatch(org)  # 余杭区委副书记、区长: a county or district not listed
    if local and level and local.group(1).endswith(level.group()) and place_like(local.group(1)):
        return local.group(1)
    return ""


def _group_body(org: str) -> str:
    """省政府党组成员、秘书长 / 省公安厅党委副书记、常务副厅长: the body's title, not the
    group's; a place's 党委 (自治区党委) is the body itself."""
    if org.endswith("党组") and len(org) > 2:
        return org[:-2]
    ends = ("厅", "局", "院", "委员会", "办", "部", "校", "乡", "镇", "街道", "署", "海关", "大学")
    ends += ("公司", "银行", "分行", "支行")
    if org.endswith("党委") and org[:-2].endswith(ends):
        return org[:-2]
    return org


COMMITTEE = re.compile("(.*(?:省|市|县|区|州|旗|盟))(?:党)?委")
GOVERNMENT = re.compile("(.*(?:省|市|县|区|州|旗|盟))(?:人民)?政府")
COMMITTEE_UNITS = ("部", "办公室", "办公厅", "办", "政法委", "党校", "研究室", "工委")


def _shared_committee(prev: str, org: str) -> str:
    """省委常委、组织部部长: a department named bare after a party committee is that
    committee's (省委组织部); 市委常委、纪委书记 is the place's commission (市纪委)."""
    if org.startswith(LEVELS + ("中共", "中央", "国家", "人武")):
        return org
    if prev.endswith("校党委") and org in ("纪委", "监委"):  # 校党委副书记、纪委书记
        return "校" + org
    gov = GOVERNMENT.fullmatch(prev)
    if gov and org in ("办公厅", "办公室", "研究室"):  # 省政府副秘书长、办公厅主任
        return gov.group(1) + "政府" + org
    m = COMMITTEE.fullmatch(prev)
    if not m:
        return org
    if org in ("纪委", "监委", "纪委监委"):
        return m.group(1) + org
    return m.group(1) + "委" + org if org.endswith(COMMITTEE_UNITS) and len(org) <= 8 else org


def base_title(title: str) -> str:
    """代省长 -> 省长, 常务副主席 -> 主席."""
    for prefix in sorted(lexicon().title_prefixes, key=len, reverse=True):
        if title.startswith(prefix) and len(title) > len(prefix) + 1:
            return title[len(prefix) :]
    return title
