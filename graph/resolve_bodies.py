"""Bodies and meetings across articles: which names are one organization, which reports one meeting.

Organizations are one when a name or alias of one, normalised, is a name or alias of the other;
an alias of another body type (国家档案局 / 中央档案馆: "one body, two nameplates") links the two
bodies instead of merging them. Meetings of two articles are one when they have the same
organizer and date and either alike names or each article reports only one such meeting.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from pypinyin import lazy_pinyin

from convene.graph.resolve_names import node_id, thresholds
from convene.ingest.evaluate import STOP_WORDS, jaccard
from convene.ingest.pinyin import has_han as is_han


def org_key(name: str) -> str:
    """A body's name compared as content: NFKC, case, punctuation, 的 and, in English, stop
    words and word order ignored ("Party Committee of X" = "X Party Committee")."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = "".join(" " if unicodedata.category(c)[0] in "PZS" else c for c in text)
    if is_han(text):
        return text.replace(" ", "").replace("的", "")
    return " ".join(sorted(w for w in text.split() if w not in STOP_WORDS))


def body_type(name: str) -> str | None:
    """The kind of body a name ends in (committee, bureau, archives...), by the type words."""
    text = unicodedata.normalize("NFKC", name).strip()
    head = text if is_han(text) else re.split(r"\s+of\s+", text, maxsplit=1)[0]
    for word, kind in sorted(thresholds()["organization"]["body_types"], key=lambda t: -len(t[0])):
        if is_han(word) and head.endswith(word):
            return kind
        if not is_han(word) and re.search(rf"\b{re.escape(word)}$", head, re.IGNORECASE):
            return kind
    return None


# --- places -------------------------------------------------------------------------------


@cache
def _places() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Patterns for every place of ingest/data/zh_places.tsv, in characters and in English,
    and the province of each spelling."""
    text = resources.files("convene.ingest").joinpath("data/zh_places.tsv").read_text("utf-8")
    english = thresholds()["organization"]["places_en"]
    province: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _full, short, _level, prov = line.split("\t")[:4]
        province.setdefault(short, prov)
        latin = english.get(short) or "".join(lazy_pinyin(short)).capitalize()
        province.setdefault(latin.casefold(), prov)
    han = sorted((k for k in province if is_han(k)), key=len, reverse=True)
    latin = sorted((k for k in province if not is_han(k)), key=len, reverse=True)
    return (re.compile("|".join(map(re.escape, han))),
            re.compile(r"\b(?:" + "|".join(map(re.escape, latin)) + r")\b", re.IGNORECASE),
            province)


@cache
def provinces_in(text: str | None) -> frozenset[str]:
    """The provinces (in characters) that a body's name places it in; empty for national bodies."""
    if not text:
        return frozenset()
    han, latin, province = _places()
    found = [m.group(0) for m in han.finditer(text)] + [m.group(0).casefold()
                                                      for m in latin.finditer(text)]
    return frozenset(province[f] for f in found)


# --- organizations --------------------------------------------------------------------------


@dataclass(frozen=True)
class OrgMention:
    document: str
    name: str
    aliases: tuple[str, ...] = ()
    jurisdiction: str | None = None  # the article's


@dataclass(frozen=True)
class KnownOrg:
    """An organization already in the graph."""

    id: str
    names: tuple[str, ...]
    mentions: tuple[str, ...] = ()  # encoded mention records (see resolve.encode_mention)
    keys: tuple[str, ...] = ()  # the keys it was resolved under


@dataclass
class OrgResult:
    ids: dict[tuple[str, str], str] = field(default_factory=dict)  # (document, name) -> id
    by_key: dict[str, str] = field(default_factory=dict)  # scoped key -> id
    keys: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # id -> keys
    nameplates: set[tuple[str, str]] = field(default_factory=set)  # linked, not merged
    evidence: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


@cache
def _is_local(name: str) -> bool:
    """Whether a name says its level (Provincial, 市, ...) but not its place."""
    levels = thresholds()["organization"]["local_levels"]
    if provinces_in(name):
        return False
    if is_han(name):
        return any(w in name for w in levels if is_han(w))
    return any(re.search(rf"\b{re.escape(w)}\b", name, re.IGNORECASE) for w in levels)


def scoped_key(name: str, jurisdiction: str | None, document: str) -> str:
    """A body's key; "the Provincial Party Committee" is keyed within the article's place
    (or the article itself when it has none), so it never meets another province's."""
    key = org_key(name)
    if _is_local(name):
        return f"{org_key(jurisdiction) if jurisdiction else document}\x1f{key}"
    return key


def resolve_orgs(mentions: Iterable[OrgMention], known: Iterable[KnownOrg] = ()) -> OrgResult:
    mentions = list(mentions)
    out = OrgResult()
    parent: dict[str, str] = {}
    docs: dict[str, set[str]] = defaultdict(set)  # root -> documents naming it
    fixed: dict[str, str] = {}  # root key -> id of the graph node it already is

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> bool:
        ra, rb = find(a), find(b)
        if ra == rb or (ra in fixed and rb in fixed):
            return False  # never merge two graph nodes automatically
        keep, drop = (rb, ra) if rb in fixed else (ra, rb)
        parent[drop] = keep
        docs[keep] |= docs.pop(drop, set())
        return True

    for org in known:
        keys = list(org.keys) or [org_key(n) for n in org.names if n and not _is_local(n)]
        keys += [f"\x1fref\x1f{m.split(chr(9))[0]}\x1f{m.split(chr(9))[1]}" for m in org.mentions]
        if not keys or find(keys[0]) in fixed:
            continue
        fixed[find(keys[0])] = org.id
        for k in keys[1:]:
            union(keys[0], k)
    links: list[tuple[str, str]] = []
    for m in mentions:
        own = scoped_key(m.name, m.jurisdiction, m.document)
        ref = f"\x1fref\x1f{m.document}\x1f{m.name}"
        union(ref, own)  # a mention the graph already holds keeps its node
        for alias in m.aliases:
            other = scoped_key(alias, m.jurisdiction, m.document)
            kinds = body_type(m.name), body_type(alias)
            if None not in kinds and kinds[0] != kinds[1]:
                links.append((own, other))  # linked only where both are bodies we know
                continue
            before = docs.get(find(other), set()) - {m.document}
            if union(own, other) and before:
                out.evidence[own].add(f"{m.document}|{m.name} = {sorted(before)[0]}|{alias}: "
                                      f"alias {alias!r} in the article")
        docs[find(own)].add(m.document)
    groups: dict[str, list[str]] = defaultdict(list)
    for k in list(parent):
        groups[find(k)].append(k)
    for root, keys in groups.items():
        real = [k for k in keys if not k.startswith("\x1fref")]
        oid = fixed.get(root) or node_id("Organization", min(real or keys))
        for k in keys:
            out.by_key[k] = oid
            if not k.startswith("\x1fref"):
                out.keys[oid].add(k)
    for m in mentions:
        out.ids[(m.document, m.name)] = out.by_key[scoped_key(m.name, m.jurisdiction, m.document)]
    for a, b in links:
        ia, ib = out.by_key.get(a), out.by_key.get(b)
        if ia and ib and ia != ib:
            out.nameplates.add((ia, ib))
    evidence: dict[str, set[str]] = defaultdict(set)
    for k, v in out.evidence.items():
        evidence[out.by_key[k]] |= v
    out.evidence = evidence
    return out


def org_id_for(result: OrgResult, name: str, jurisdiction: str | None, document: str) -> str:
    """The id of a body by name in an article (registered or not)."""
    got = result.ids.get((document, name))
    if got:
        return got
    key = scoped_key(name, jurisdiction, document)
    return result.by_key.get(key) or node_id("Organization", key)


# --- meetings -------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingMention:
    document: str
    name: str
    date: str | None
    organizer: str | None  # resolved organization id
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class KnownMeeting:
    id: str
    names: tuple[str, ...]
    date: str | None
    organizer: str | None
    documents: tuple[str, ...] = ()


def meeting_key(name: str) -> str:
    return org_key(name)


def _alike(a: Iterable[str], b: Iterable[str], least: float) -> bool:
    return any(jaccard(x, y) >= least for x in a for y in b)


def resolve_meetings(
    mentions: Iterable[MeetingMention], known: Iterable[KnownMeeting] = ()
) -> tuple[dict[tuple[str, str], str], dict[str, set[str]]]:
    """(document, name) -> meeting id, and the evidence of every merge."""
    least = thresholds()["meeting"]["name_jaccard"]
    groups: dict[tuple[str, str], list] = defaultdict(list)  # (organizer, date) -> clusters
    ids: dict[tuple[str, str], str] = {}
    evidence: dict[str, set[str]] = defaultdict(set)
    for k in known:
        if k.organizer and k.date:
            groups[(k.organizer, k.date)].append(
                {"id": k.id, "names": set(k.names), "docs": set(k.documents)}
            )
    mentions = list(mentions)
    per_doc = defaultdict(int)
    for m in mentions:
        if m.organizer and m.date:
            per_doc[(m.document, m.organizer, m.date)] += 1
    for m in mentions:
        names = {m.name, *m.aliases}
        if not (m.organizer and m.date):
            ids[(m.document, m.name)] = node_id("Meeting", m.document, m.name, m.date)
            continue
        clusters = groups[(m.organizer, m.date)]
        if any(m.document in c["docs"] and c["names"] & names for c in clusters):
            c = next(c for c in clusters if m.document in c["docs"] and c["names"] & names)
            ids[(m.document, m.name)] = c["id"]  # the same report again (re-ingest)
            continue
        alone = per_doc[(m.document, m.organizer, m.date)] == 1
        match = None
        for c in clusters:
            if m.document in c["docs"]:
                continue  # one article never reports one meeting twice
            if _alike(names, c["names"], least):
                match, why = c, "alike names"
            elif alone and c.get("alone", True) and match is None:
                match, why = c, "the only meeting of that organizer on that date in each article"
            if match is not None and why == "alike names":
                break
        if match is None:
            match = {"id": node_id("Meeting", m.organizer, m.date, meeting_key(m.name)),
                     "names": set(), "docs": set(), "alone": alone}
            clusters.append(match)
        else:
            other = sorted(match["docs"])[0] if match["docs"] else "graph"
            evidence[match["id"]].add(
                f"{m.document}|{m.name} = {other}: same organizer and date {m.date}; {why}"
            )
        match["names"] |= names
        match["docs"].add(m.document)
        match["alone"] = match.get("alone", True) and alone
        ids[(m.document, m.name)] = match["id"]
    return ids, evidence
