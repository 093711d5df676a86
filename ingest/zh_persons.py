"""Person mentions in a Chinese article, with the title chains that precede them.

Rules of the genre, all driven by the gazetteers:
- title chain + names: 国家档案局局长、中央档案馆馆长王绍忠 (two posts), 副局长甲、乙、丙 (shared);
- lists: 许达哲、李微微、乌兰 / names separated by wide spaces, ending in 等 or a verb;
- a clause opening with a name and a verb of the genre: 刘家义在会上讲话;
- name + high title: 习近平总书记; parenthesised or 以…的身份 titles after a name;
- later bare uses of a name already found; 王书记 folded into the one 王 with that title.
Organizations stay raw here (省委, 大会主席团); zh_orgs writes them out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .rx import occurrences
from .zh_appointments import appointment_mentions
from .zh_chains import (
    ANNOTATION,
    Mention,
    RawPost,
    base_title,
    chain_before,
    title_ending_at,
    title_re,
)
from .zh_lexicon import HAN, lexicon
from .zh_lists import leader_mentions, names_after
from .zh_names import SEPARATORS, boundary_at, is_name, name_at, name_before

__all__ = ["ANNOTATION", "Mention", "RawPost", "base_title", "find_mentions"]

FORMER = re.compile("(?:^|[的予对将])原(?!子)")
LOOSE_NOT_AFTER = ("成员", "委员", "代表")  # generic: 中心组成员要带头学 is no name
# Nouns that describe the person named next (老干部甲同志, 优秀共产党员甲同志)
DESCRIBED_BY = ("干部", "党员", "职工", "工作者", "模范", "劳模", "标兵", "典型", "民警", "战士")
HIGH_TITLES = ("总书记", "总理", "副总理", "委员长", "国家主席", "同志")


def _chain_mentions(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in title_re().finditer(text):
        names = names_after(text, m.end(), loose=m.group() not in LOOSE_NOT_AFTER)
        if not names:
            continue
        posts = chain_before(text, m.end())
        if not posts:
            continue
        head = posts[0].start
        posts = [p for p in posts if not _former(text, p)]  # 给予原…局长甲: no longer held
        # 关领导班子成员甲: a description, not a post
        posts = [p for p in posts if not text[p.start : p.end - len(p.title)].endswith("班子")]
        if text[max(0, head - 2) : head] == "递补":  # 递补候补委员甲为委员: the old post is left
            posts = []
        posts += _assigned_title(text, head, posts[0].org) if posts else []
        posts = _listed_after(text, head, posts, out)
        for name, pos in names:
            out.append(Mention(name, pos, pos + len(name), head, tuple(posts), "zh.title_chain"))
    return out


def _former(text: str, post: RawPost) -> bool:
    """原…局长 / 厅原厅长 / 殉职的原…第一书记: a post no longer held."""
    if FORMER.search(post.org) or text[max(0, post.end - len(post.title) - 1)] == "原":
        return True
    item = text[post.start : post.end]
    return bool(FORMER.match(item[item.rfind("的") :])) if "的" in item else False


def _listed_after(text: str, head: int, posts: list[RawPost], found: list[Mention]):
    """市政协副主席甲、乙，秘书长丙 (or 副主席甲、秘书长丙): a bare title listed after a body's
    officials is that body's."""
    fixed = {t for t, _ in lexicon().title_bodies}
    groups = ("党组", "党委")  # 甲，党组成员、副主任乙: the 党组 of the first one's body
    if head == 0 or text[head - 1] not in "，、" or any(p.org not in groups + ("",) for p in posts):
        return posts
    if any(base_title(p.title) in fixed for p in posts):
        return posts
    prev = [m for m in found if m.end == head - 1 and m.posts and m.posts[-1].org]
    if not prev and text[head - 1] == "，":  # 主任甲主持会议，副主任乙、丙出席: 甲's body
        bases = {base_title(p.title) for p in posts}
        prev = [
            m
            for m in found
            if m.posts
            and m.posts[-1].org
            and base_title(m.posts[-1].title) in bases
            and not re.search("[。；\n]", text[m.end : head])
        ][-1:]
    if not prev:
        return posts
    body = prev[-1].posts[-1].org
    return [  # 公司党委副书记甲，党委委员乙: the same 党委, not 公司党委党委
        replace(p, org=body + p.org if p.org in groups and not body.endswith(p.org) else body)
        for p in posts
    ]


def _assigned_title(text: str, head: int, org: str) -> list[RawPost]:
    """担任本次大会执行主席的是 + chain + names: the names hold that title too."""
    m = re.search(r"担任([^，。、]{1,20}?)的是$", text[max(0, head - 30) : head])
    if not m:
        return []
    start = max(0, head - 30) + m.start(1)
    title = title_ending_at(text, start + len(m.group(1)), start)
    return [RawPost(title.group(), org, title.start(), title.end())] if title else []


def _list_mentions(text: str) -> list[Mention]:
    """Bare names in lists: items between separators, all name-like, most with surnames."""
    out: list[Mention] = []
    for seg in re.finditer(r"[^，,。；;：:\n【】（）()>＞“”]+", text):
        items = [
            (m.group(), seg.start() + m.start())
            for m in re.finditer(r"[^、\s\u3000]+", seg.group())
        ]
        if len(items) < 2:
            continue
        found: list[tuple[str, int]] = []
        for k, (item, pos) in enumerate(items):
            bare = ANNOTATION.sub("", item)
            if k == len(items) - 1 and not is_name(bare, surname_needed=False):
                name = name_at(text, pos, surname_needed=False)
                bare = name or ""
            if not is_name(bare, surname_needed=False):
                break
            found.append((bare, pos))
        surnamed = sum(is_name(n) for n, _ in found)
        if len(found) == len(items) and surnamed >= max(2, len(found) - 1):
            out += [Mention(n, p, p + len(n), p, (), "zh.list") for n, p in found]
    return out


def _clause_mentions(text: str) -> list[Mention]:
    """A name opening a clause and followed by a verb of the genre (刘家义在会上讲话)."""
    out: list[Mention] = []
    verbs = tuple(lexicon().verbs) + ("在", "以", "向", "宣布", "表示", "指出", "强调")
    for m in re.finditer(f"(?:^|(?<=[{re.escape(SEPARATORS)}由]))[{HAN}]", text, re.M):
        name = name_at(text, m.start())
        if name and text.startswith(verbs, m.start() + len(name)):
            out.append(
                Mention(name, m.start(), m.end() - 1 + len(name), m.start(), (), "zh.clause")
            )
    return out


def _high_title_mentions(text: str) -> list[Mention]:
    """NAME总书记, NAME总理: the name before a title that fixes its body."""
    out: list[Mention] = []
    for title in HIGH_TITLES:
        for m in re.finditer(re.escape(title), text):
            name = name_before(text, m.start(), anywhere=title != "同志")
            ok = name and not (title == "同志" and not boundary_at(text, m.end()))
            if not ok and title == "同志" and not text.startswith("们", m.end()):
                name = name_before(text, m.start(), anywhere=True)  # 向老干部甲同志学习
                ok = name and text.endswith(DESCRIBED_BY, 0, m.start() - len(name))
            if ok and name:
                start = m.start() - len(name)
                posts = () if title == "同志" else (RawPost(title, "", m.start(), m.end()),)
                out.append(Mention(name, start, m.start(), start, posts, "zh.name_title"))
    return out


def _apposed_posts(text: str, mentions: list[Mention]) -> list[Mention]:
    """Titles in a parenthesis after a name, or 以…的身份 (高建华（常务主席、执行主席）)."""
    out = []
    for men in mentions:
        m = re.compile(r"[（(]([^（）()]{2,40})[）)]|以([^，。]{2,40}?)的身份").match(text, men.end)
        if not m:
            out.append(men)
            continue
        end = m.end(1) if m.group(1) else m.end(2)
        extra = tuple(p for p in chain_before(text, end) if p.start >= m.start())
        out.append(replace(men, posts=men.posts + extra))
    return out


PAREN = re.compile("[（(][^（）()]{2,40}[）)]")
PAREN_NAME = re.compile(f"(?:^|[：:、，,有\n])([{HAN}]{{2,4}}|[{HAN}]{{1,8}}·[{HAN}]{{1,8}})$")


def _paren_titled_mentions(text: str) -> list[Mention]:
    """出席会议的有甲（市委副书记、市长）、乙（…）: a name with its titles in brackets."""
    out: list[Mention] = []
    for p in PAREN.finditer(text):  # from each bracket back to the name before it
        m = PAREN_NAME.search(text, max(0, p.start() - 18), p.start())
        if not m or not is_name(m.group(1)) or not chain_before(text, p.end() - 1):
            continue
        out.append(Mention(m.group(1), m.start(1), m.end(1), m.start(1), (), "zh.paren_titled"))
    return out


def _known_mentions(text: str, names: set[str], taken: set[tuple[int, int]]) -> list[Mention]:
    out = []
    for name in names:
        for start, end in occurrences(text, name):
            if (start, end) not in taken and boundary_at(text, end):
                out.append(Mention(name, start, end, start, (), "zh.known_name"))
    return out


def _outside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return not any(s <= start and end <= e for s, e in spans)


def find_mentions(text: str, skip: list[tuple[int, int]]) -> list[Mention]:
    """All person mentions outside the skipped spans (credits), in text order."""
    found = _chain_mentions(text) + _high_title_mentions(text)
    found += _list_mentions(text) + _clause_mentions(text) + appointment_mentions(text)
    found += leader_mentions(text) + _paren_titled_mentions(text)
    found = [m for m in found if _outside(skip, m.start, m.end)]
    by_span: dict[tuple[int, int], Mention] = {}
    for men in found:  # the first rule to claim a span wins; chains come first
        key = (men.start, men.end)
        if key in by_span:
            old = by_span[key]
            by_span[key] = replace(
                old, posts=old.posts + tuple(p for p in men.posts if p not in old.posts)
            )
        else:
            by_span[key] = men
    # drop mentions nested in a longer one (王绍 inside 王绍忠)
    spans = list(by_span)
    for s, e in spans:
        if any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in spans):
            del by_span[(s, e)]
    mentions = sorted(by_span.values(), key=lambda m: m.start)
    names = {m.name for m in mentions}
    known = _known_mentions(text, names, set(by_span))
    known = [
        m
        for m in known
        if _outside(skip, m.start, m.end) and _outside(list(by_span), m.start, m.end)
    ]
    return _apposed_posts(text, sorted(mentions + known, key=lambda m: m.start))
