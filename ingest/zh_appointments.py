"""Persons named by the personnel decisions of a meeting: 任命甲为副省长 (a post conferred is
held), 递补甲、乙为委员, 甲当选为大会秘书长; 免去甲的…职务 (the person, no post); 甲请求辞去…
职务 (still held while the resignation is pending)."""

from __future__ import annotations

import re

from .zh_chains import Mention, RawPost, chain_before, title_re
from .zh_lexicon import HAN
from .zh_lists import names_after
from .zh_names import SEPARATORS, name_at, name_before

APPOINTED = re.compile("(?:决定任命|任命|提名|补选|增补|增选|递补|选举|推选)(?=[^，。；]{2,40}?为)")
ELECTED = re.compile("当选为")
REMOVED = re.compile("(?:免去|撤销|接受)(?=[^，。；]{2,8}?(?:同志)?(?:的|辞去))")
# 王平因工作调动请求辞去…职务: only asked for, so still held.
RESIGNS = re.compile(
    f"(?:^|(?<=[，。；\n]))([{HAN}]{{2,3}})(?:同志)?(?:因[^，。；]{{1,12}}，?)?(?:请求|申请|提出)辞去"
)


def appointment_mentions(text: str) -> list[Mention]:
    """任命张三为副省长 (a post conferred is held); 免去张三的…职务 (the person, no post)."""
    out: list[Mention] = []
    for m in APPOINTED.finditer(text):
        at = m.end()
        name = name_at(text, at) or _name_after_chain(text, at)
        if not name:
            continue
        at = text.index(name, at)
        group = names_after(text, at, loose=False) or [(name, at)]  # 递补甲、乙为委员
        last, last_at = group[-1]
        end = last_at + len(last)
        end += 2 if text.startswith("同志", end) else 0
        posts = _conferred(text, end + 1) if text.startswith("为", end) else ()
        for n, pos in group:
            out.append(Mention(n, pos, pos + len(n), pos, posts, "zh.appointed"))
    for m in ELECTED.finditer(text):  # 甲当选为大会秘书长: elected, so held
        head = m.start() - (2 if text.startswith("同志", m.start() - 2) else 0)
        name = name_before(text, head, anywhere=True)
        posts = _conferred(text, m.end())
        if name and posts:
            out.append(Mention(name, head - len(name), head, head - len(name), posts, "zh.elected"))
    for m in REMOVED.finditer(text):
        name = name_at(text, m.end())
        if name:
            posts = _pending(text, m.end() + len(name)) if m.group() == "接受" else ()
            rule = "zh.resigning" if posts else "zh.removed"
            out.append(Mention(name, m.end(), m.end() + len(name), m.end(), posts, rule))
    for m in RESIGNS.finditer(text):
        posts = _resigned_posts(text, m.end())
        out.append(Mention(m.group(1), m.start(1), m.end(1), m.start(1), posts, "zh.resigning"))
    return out


def _conferred(text: str, pos: int) -> tuple[RawPost, ...]:
    """为…厅长, 为…委员的决定, 为…主任职务: the posts of the run after 为 (ending at pos's
    last title)."""
    run = re.match(f"[^{re.escape(SEPARATORS)}]{{2,40}}", text[pos:])
    stop = pos + run.end() if run else pos
    ends = [
        t.end()
        for t in title_re().finditer(text, pos, stop)
        if t.end() == stop or text.startswith(("的", "职务"), t.end())
    ]
    return tuple(p for p in chain_before(text, ends[-1]) if p.start >= pos) if ends else ()


def _name_after_chain(text: str, pos: int) -> str | None:
    """递补县委候补委员甲为县委委员: the name after the post the person leaves, before 为."""
    stop = text.find("为", pos)
    for t in title_re().finditer(text, pos, stop if stop > 0 else pos):
        name = name_at(text, t.end())
        if name and text.startswith(("为", "同志为"), t.end() + len(name)):
            return name
    return None


def _resigned_posts(text: str, pos: int) -> tuple[RawPost, ...]:
    """辞去永州市人民政府副市长职务: the posts named between 辞去 and 职务."""
    m = re.compile(f"[^{re.escape(SEPARATORS)}]{{2,40}}?(?=职务)").match(text, pos)
    return tuple(p for p in chain_before(text, m.end()) if p.start >= pos) if m else ()


def _pending(text: str, pos: int) -> tuple[RawPost, ...]:
    """接受甲辞去…职务请求的决定（草案），提请大会表决: the resignation is still pending, so the
    post is held; accepted outright (决定接受甲辞去…职务的请求) it is not."""
    sentence = re.match("[^。；\n]*", text[pos:]).group()
    m = re.match("(?:同志)?(?:的)?辞去", sentence)
    if not m or not re.search("草案|提请|待", sentence):
        return ()
    return _resigned_posts(text, pos + m.end())
