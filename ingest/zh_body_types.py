"""The types the Chinese body finders share: a body written out, and an article's context."""

from __future__ import annotations

from dataclasses import dataclass

from .zh_lexicon import Place

SESSION = "第?[一二三四五六七八九十]+届"  # a term: 第十四届, 十四届
NOT_IN_BODY = (
    "召开", "主持", "出席", "会议", "书记", "工作", "重点", "要求", "推进", "以来",
    "和国家", "决策", "企业", "全局", "发展", "事业", "部门", "部署", "部分", "机关", "全会", "届",
)  # fmt: skip
NOT_IN_TAIL = ("召开", "主持", "出席", "会议", "要求", "以来", "，")  # never inside a unit's name


@dataclass(frozen=True)
class Context:
    place: Place | None  # the jurisdiction's place (None for national or unknown)
    province: Place | None
    session: str | None = None  # a people's congress / CPPCC session held in the article
    city: Place | None = None  # the prefecture: the place itself, or a county's parent
    local: tuple[Place, ...] = ()  # counties and districts the article names
    institution: str | None = None  # the university whose page this is (zh_institution)
    unit: str | None = None  # the vertically managed unit whose page this is (zh_vertical)
    town: str | None = None  # the township whose page this is (新市镇召开…), for 镇党委
    company: str | None = None  # the company whose page this is (zh_company)


@dataclass(frozen=True)
class Body:
    name: str
    part_of: str | None = None
    aliases: tuple[str, ...] = ()  # other full forms in use (省国资委: with or without 人民政府)


def party_group(body: str, group: str) -> str:
    """省政府 + 党组 -> 中共X省人民政府党组: a party group's official name opens with 中共
    (a body named 中国… keeps its own opening)."""
    name = body + group
    return "中共" + name if group.startswith("党组") and not body.startswith("中") else name
