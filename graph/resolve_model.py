"""The resolver's records: mentions of persons, graph persons, and clusters of them.

A cluster is one candidate person: the mentions (document, name) it stands for, every spelling,
the posts it was seen in (with bodies, provinces and dates), and why its parts were merged.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from convene.graph.resolve_names import han_form, name_keys, short_form, surname_key

Ref = tuple[str, str]  # (document, name): one person as one article names them


@dataclass(frozen=True)
class Seen:
    """A post the person was shown in, and when (the article's date)."""

    title: str
    org: str | None  # organization id
    provinces: frozenset[str] = frozenset()
    date: str | None = None
    org_name: str | None = None  # for the evidence, which names bodies rather than ids


@dataclass(frozen=True)
class PersonMention:
    document: str
    name: str
    aliases: tuple[str, ...] = ()
    seen: tuple[Seen, ...] = ()
    date: str | None = None  # when the article saw them
    place: frozenset[str] = frozenset()  # provinces the article is about


@dataclass(frozen=True)
class KnownPerson:
    """A person already in the graph, as the resolver needs it."""

    id: str
    mentions: tuple[PersonMention, ...] = ()
    names: tuple[str, ...] = ()
    seen: tuple[Seen, ...] = ()
    evidence: tuple[str, ...] = ()


@dataclass
class Cluster:
    id: str | None = None  # the graph node it already is
    refs: set[Ref] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    seen: list[Seen] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    evidence: set[str] = field(default_factory=set)
    mentions: list[PersonMention] = field(default_factory=list)
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # derived, until absorb

    def absorb(self, other: Cluster) -> None:
        self.memo.clear()
        self.id = self.id or other.id
        self.refs |= other.refs
        self.names |= other.names
        self.seen += other.seen
        self.places |= other.places
        self.evidence |= other.evidence
        self.mentions += other.mentions

    def key_names(self) -> dict[str, tuple[str, bool]]:
        """name key -> (a name with it, whether only through the reversed order)."""
        if "keys" in self.memo:
            return self.memo["keys"]
        out: dict[str, tuple[str, bool]] = self.memo.setdefault("keys", {})
        for n in sorted(self.names):
            if short_form(n):
                continue
            for k in name_keys(n):
                if k.key not in out or (out[k.key][1] and not k.reversed):
                    out[k.key] = (n, k.reversed)
        return out

    def cached(self, name: str, make):
        if name not in self.memo:
            self.memo[name] = make()
        return self.memo[name]

    @property
    def han(self) -> set[str]:
        return self.cached("han", lambda: {h for n in self.names
                                          if (h := han_form(n)) and not short_form(n)})

    @property
    def documents(self) -> set[str]:
        return self.cached("documents", lambda: {d for d, _ in self.refs})

    @property
    def provinces(self) -> set[str]:
        return self.cached("provinces", lambda: {p for s in self.seen for p in s.provinces})

    @property
    def orgs(self) -> set[str]:
        return self.cached("orgs", lambda: {s.org for s in self.seen if s.org})

    @property
    def surnames(self) -> set[str]:
        return self.cached("surnames", lambda: {k for n in self.names if (k := surname_key(n))})

    def ref_with(self, name: str) -> str:
        """The mention that carries a spelling, as "document|name" (and the alias it gave)."""
        own = sorted(f"{d}|{n}" for d, n in self.refs if n == name)
        if own:
            return own[0]
        given = sorted(f"{d}|{n} (alias {name!r} in the article)" for d, n in self.refs
                       if name in _aliases(self, d, n))
        return given[0] if given else f"graph|{name}"


def _aliases(c: Cluster, document: str, name: str) -> tuple[str, ...]:
    for m in c.mentions:
        if (m.document, m.name) == (document, name):
            return m.aliases
    return ()
