"""A company's own pages: its bodies written relative to it (公司, 公司党委, 党委宣传部).

The company is the one whose breadcrumb, sponsor line or source the page carries
(中车株洲电力机车有限公司 > 新闻中心). On such a page 公司 is the company, 公司党委 its party
committee (part of it), 公司党委理论学习中心组 and 党委宣传部 that committee's, 公司纪委 the
company's discipline committee; a bare 董事长 or 总经理 is the company's.
"""

from __future__ import annotations

import re

from .zh_body_types import Body
from .zh_lexicon import HAN

COMPANY = f"[{HAN}]{{2,20}}?(?:股份有限公司|有限责任公司|有限公司|集团公司)"
SITE = re.compile(
    f"^({COMPANY})(?:[\\s\u3000]*首页)?[\\s\u3000]*[>＞]|(?:主办|版权所有)[：:]?\\s*({COMPANY})",
    re.M,
)
PARTS = "党委理论学习中心组|党委宣传部|党委办公室|党委|纪委"
RELATIVE = re.compile(f"(?:本|该)?公司({PARTS})?|(党委理论学习中心组|党委宣传部|党委|纪委)")
COMPANY_TITLES = ("董事长", "副董事长", "总经理", "副总经理", "总会计师", "总工程师", "总法律顾问")
Hit = tuple[int, int, Body, str]


def own_company(text: str, source: str | None) -> str | None:
    """The company whose page this is, from its source, breadcrumb or sponsor line."""
    m = re.fullmatch(COMPANY, source or "") or SITE.search(text)
    return (m.group(m.lastindex or 0) if m else None) or None


def company_body(raw: str, company: str | None) -> Body | None:
    """A body written relative to the page's company (公司, 公司党委, 党委宣传部)."""
    m = RELATIVE.fullmatch(raw) if company else None
    if not m or not company:
        return None
    part = m.group(1) or m.group(2) or ""
    committee = company + "党委"
    if not part:
        return Body(company)
    if part in ("党委", "纪委"):
        return Body(company + part, company)
    return Body(company + part, committee)


def company_bodies(text: str, company: str | None) -> list[Hit]:
    """The company's own bodies as the page writes them."""
    if not company:
        return []
    out: list[Hit] = []
    for m in re.finditer(f"(?<![{HAN}])(?:{RELATIVE.pattern})|(?<=[本该])公司(?:{PARTS})?", text):
        body = company_body(m.group(), company)
        if body:
            out.append((m.start(), m.end(), body, m.group()))
    return out
