"""The facts an article yields: plain frozen dataclasses, the contract between stages.

Everything downstream (the gold-format writer, the RDF mapping, the Neo4j loader)
reads these and nothing else. Names are kept as the article writes them, in its own
language; identity across articles is decided later (graph/resolve.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Participation roles, as in the ontology's SKOS scheme (ontology/convene.ttl).
CHAIR = "chair"
ATTENDEE = "attendee"
SPEAKER = "speaker"
REPORTER = "reporter"  # gave a work report at the meeting
NONVOTING = "nonvoting"  # 列席
PARTICIPATION_ROLES = (CHAIR, ATTENDEE, SPEAKER, REPORTER, NONVOTING)

# Roles in the article's own making.
CREDIT_ROLES = ("reporter", "editor", "photographer")


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: code-point offsets into Article.text, the quote, the rule."""

    start: int
    end: int
    quote: str
    rule: str
    confidence: float = 0.9


@dataclass(frozen=True)
class Post:
    title: str
    organization: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...] = ()
    posts: tuple[Post, ...] = ()
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Organization:
    name: str
    aliases: tuple[str, ...] = ()
    part_of: str | None = None
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Participation:
    person: str  # Person.name in the same extraction
    role: str  # one of PARTICIPATION_ROLES
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Implements:
    meeting: str  # name of the earlier meeting whose spirit this one conveys/implements
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Meeting:
    name: str
    date: str | None = None  # ISO YYYY-MM-DD
    end_date: str | None = None
    location: str | None = None
    organizer: str | None = None  # Organization.name
    aliases: tuple[str, ...] = ()
    participations: tuple[Participation, ...] = ()
    implements: tuple[Implements, ...] = ()
    evidence: Evidence | None = None

    @property
    def chaired_by(self) -> tuple[str, ...]:
        return _unique(p.person for p in self.participations if p.role == CHAIR)

    @property
    def participants(self) -> tuple[str, ...]:
        return _unique(p.person for p in self.participations)


@dataclass(frozen=True)
class Role:
    person: str
    role: str  # one of CREDIT_ROLES
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Article:
    document: str  # file name (or name#line for JSON lines)
    text: str  # the cleaned main text all offsets point into
    language: str  # "en" | "zh"
    title: str | None = None
    published: str | None = None  # ISO date
    source: str | None = None  # outlet
    url: str | None = None
    jurisdiction: str | None = None


@dataclass(frozen=True)
class Extraction:
    article: Article
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    roles: tuple[Role, ...] = ()
    extractor: str = field(default="convene")


def _unique(items) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
