"""Posts and titles: the post record, title spelling, and the body a bare title implies.

"Governor" alone is the provincial government's, "Premier" the State Council's, a party
"Secretary" the party committee of the place (GOLD.md "Bare titles").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_orgs import Ctx


@dataclass(frozen=True)
class PostHit:
    person: str
    title: str
    organization: str | None
    start: int
    end: int
    held: bool = True
    rule: str = "en.post"
    group: int = -1  # posts of one list of names ('Vice Mayors A and B and Secretary-General C')


# Titles whose body is fixed by the title alone or by the article's place (GOLD.md "Bare titles").
_NATIONAL = {
    "general secretary": "CPC Central Committee",
    "premier": "State Council",
    "state councilor": "State Council",
    "state councillor": "State Council",
    "vice premier": "State Council",
}
_GOVERNMENT = {  # by the title's head: 'Executive Vice Mayor' is the city's too
    "governor": "province",
    "mayor": "city",
    "prefect": "city",
    "county magistrate": "county",
    "magistrate": "county",
    "county head": "county",
    "district mayor": "district",
    "district head": "district",
}


def gov_level(title: str) -> str | None:
    """The level of government a bare title belongs to ('Vice Governor' -> province)."""
    words = title.lower().split()
    mods = gz.title_modifiers()
    while len(words) > 1 and words[0] in mods:
        words = words[1:]
    return _GOVERNMENT.get(" ".join(words))


PARTY_TITLES = {"secretary", "deputy secretary", "party secretary"}


def plural(pl: str | None) -> str:
    """'executive chairmen' -> 'Executive Chairman'."""
    return "man" if pl == "men" else "woman" if pl == "women" else ""


def norm_title(raw: str) -> str:
    t = re.sub(r"\s+", " ", raw.strip())
    t = re.sub(r"(?i)^the ", "", t)
    t = re.sub(r"(?i)secretary[ -]general", "Secretary-General", t)
    t = re.sub(r"(?i)director[ -]general", "Director-General", t)
    words = [w if w in ("of", "the") else w[:1].upper() + w[1:] for w in t.split(" ")]
    return " ".join(words)


def place_body(title: str, ctx: Ctx, place_level: str | None = None) -> str | None:
    """The body a bare title belongs to: the government or the party committee of the place."""
    low = title.lower()
    if low in _NATIONAL:
        return _NATIONAL[low]
    level = gov_level(title) or place_level
    if level:
        p = ctx.level(level)
        if p is None:
            return None
        adjective = p.adjective
        if low.endswith("prefect") and p.kind == "city":  # a prefecture's head
            adjective = f"{p.name} Prefectural"
        return f"{adjective} People's Government"
    if low in PARTY_TITLES:
        p = ctx.city or ctx.province
        return f"{p.adjective} Party Committee" if p else None
    return None
