"""The discipline inspection team a commission stations in a body: "Head of the Discipline
Inspection and Supervision Team of the Provincial Commission for Discipline Inspection and
Provincial Supervisory Commission stationed in the department" names the team in full, with the
places of its commissions and the body it is stationed in ("the department": the one reported).
"""

from __future__ import annotations

import re

from convene.ingest import en_gazetteer as gz
from convene.ingest.en_orgs import Ctx, OrgHit

_TEAM = re.compile(
    r"(?:the\s+)?(?P<team>(?i:discipline\s+inspection(?:\s+and\s+supervision)?\s+(?:team|group)))"
    r"\s+of\s+"
    r"the\s+(?P<of>[A-Z][^,;.]{5,160}?)\s+[Ss]tationed\s+(?P<at>at|in)\s+(?:the\s+)?"
    r"(?P<host>[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|for\s+)?[A-Z][\w'’-]*)*|[a-z]+)\b"
)
_ABBR = {
    "CDI": "Commission for Discipline Inspection",
    "CCDI": "Central Commission for Discipline Inspection",
}
_AND = re.compile(r"\s+and\s+(?:the\s+)?")
_MINISTER_OF = re.compile(r"\bMinist(?:er|ry)\s+of\s+(?P<b>[A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+)*)")


def stationed_team(text: str, pos: int, orgs: list[OrgHit], ctx: Ctx) -> tuple[str, int] | None:
    m = _TEAM.match(text, pos)
    if not m:
        return None
    of = m.group("of")
    parts, last = [], 0
    for a in [*_AND.finditer(of), None]:
        end = a.start() if a else len(of)
        parts.append(_placed(of[last:end], ctx))
        if a:
            parts.append(a.group(0))
            last = a.end()
    host = _host(text, m, orgs)
    if host is None:
        return None
    team = " ".join(w if w == "and" else w.capitalize() for w in m.group("team").lower().split())
    name = f"{team} of the {' '.join(''.join(parts).split())} Stationed {m.group('at')} the {host}"
    return name, m.end()


def _placed(part: str, ctx: Ctx) -> str:
    """'Provincial Supervisory Commission' is the commission of the article's province."""
    part = " ".join(_ABBR.get(w, w) for w in part.split())  # 'the Municipal CDI'
    first = part.split(" ", 1)[0]
    level = gz.place_adjectives().get(first.lower())
    place = ctx.level(level) if level and first[0].isupper() else None
    return f"{place.adjective}{part[len(first) :]}" if place else part


def _host(text: str, m: re.Match[str], orgs: list[OrgHit]) -> str | None:
    """The body named in full, or 'the ministry/department': the one of that kind named before."""
    host = " ".join(m.group("host").split())
    if " " in host:
        return host
    head = host.lower()
    prior = [
        h for h in orgs if h.start < m.start() and head in h.name.split(" of ")[0].lower().split()
    ]
    if prior:
        return max(prior, key=lambda h: (h.start, h.end - h.start)).name
    if head == "ministry":  # 'Minister of Ecology and Environment ... stationed at the Ministry'
        found = [x for x in _MINISTER_OF.finditer(text, 0, m.start())]
        if found:
            return f"Ministry of {' '.join(found[-1].group('b').split())}"
    return None


def team_parent(name: str) -> str | None:
    """A stationed team belongs to the first commission that sends it."""
    m = _TEAM_NAME.match(name)
    return _AND.split(m.group(1))[0] if m else None


_TEAM_NAME = re.compile(
    r"Discipline Inspection (?:and Supervision )?(?:Team|Group) of the (.+?) Stationed "
)
