"""Person identity across articles: namesakes found by name key, kept together or apart on evidence.

Each mention starts as its own cluster (graph persons as clusters with their node id). Clusters
sharing a name key are scored: the name's weight plus the support (same body, same title, same
province, same place of the articles). A pair merges when the score reaches `merge_at` and no
veto holds: different characters, two persons of one article, posts in different provinces at
overlapping times with no body in common, two graph nodes, or an analyst's split. Best-scored
pairs merge first; scores are recomputed on the grown clusters until nothing changes. A bare
surname with a title ("Secretary Ma") then joins the only cluster that fits it, if exactly one.
The weights are ingest/data/resolve_thresholds.toml.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from functools import cache

from convene.graph.resolve_model import Cluster, KnownPerson, PersonMention, Ref
from convene.graph.resolve_names import ShortForm, is_long, node_id, short_form, thresholds, words


@cache
def _title_tokens(title: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in words(title)) if title else frozenset()


def _days(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def _apart_in_time(a: Cluster, b: Cluster, gap: int) -> bool:
    """Whether the two clusters' posts in provinces were observed at disjoint times."""
    da = [s.date for s in a.seen if s.provinces]
    db = [s.date for s in b.seen if s.provinces]
    if not da or not db or None in da or None in db:
        return False
    try:
        return _days(max(da), min(db)) >= gap or _days(max(db), min(da)) >= gap
    except ValueError:
        return False


def score(a: Cluster, b: Cluster, blocked: dict[Ref, set[Ref]]) -> tuple[float, list[str]] | str:
    """(score, reasons) for merging two clusters, or the reason they must stay apart."""
    cfg = thresholds()["person"]
    if a.id and b.id and a.id != b.id:
        return "two graph nodes (an analyst merges those)"
    if a.documents & b.documents:
        return "two persons of one article"
    if blocked and any(blocked.get(x, set()) & b.refs for x in a.refs):
        return "an analyst split them"
    if a.han and b.han and not a.han & b.han:
        return "different characters"
    ka, kb = a.key_names(), b.key_names()
    shared = ka.keys() & kb.keys()
    if not shared:
        return "no name key in common"
    weights = []
    for k in shared:
        long = is_long(ka[k][0]) or is_long(kb[k][0])
        w = cfg["name_long"] if long else cfg["name_short"]
        if ka[k][1] or kb[k][1]:
            w += cfg["reversed_order"]
        weights.append((w, k))
    w, k = max(weights)
    reasons = [f"name key {k!r} ({ka[k][0]} / {kb[k][0]}) {w:+.2f}"]
    total = w
    pa, pb = a.provinces, b.provinces
    orgs = a.orgs & b.orgs
    if pa and pb and not pa & pb and not orgs:
        if not _apart_in_time(a, b, cfg["transfer_min_gap_days"]):
            return "posts in different provinces at the same time, no body in common"
        total += cfg["transfer"]
        reasons.append(f"posts in {sorted(pa)} then {sorted(pb)} at different times (transfer)")
    if orgs:
        total += cfg["shared_body"]
        body = min(s.org_name or s.org for s in a.seen if s.org in orgs)
        reasons.append(f"posts in the same body ({body}) {cfg['shared_body']:+.2f}")
    if _titles(a) & _titles(b):
        total += cfg["shared_title"]
        reasons.append(f"same title {cfg['shared_title']:+.2f}")
    if pa & pb:
        total += cfg["same_province"]
        reasons.append(f"posts in {sorted(pa & pb)[0]} {cfg['same_province']:+.2f}")
    elif not (pa and pb) and a.places & b.places:
        total += cfg["same_article_place"]
        reasons.append(f"articles about {sorted(a.places & b.places)[0]}")
    return total, reasons


def _titles(c: Cluster) -> set[frozenset[str]]:
    return c.cached("titles", lambda: {_title_tokens(s.title) for s in c.seen} - {frozenset()})


def _cluster(m: PersonMention) -> Cluster:
    return Cluster(refs={(m.document, m.name)}, names={m.name, *m.aliases}, seen=list(m.seen),
                   places=set(m.place), mentions=[m])


def _known(k: KnownPerson) -> Cluster:
    c = Cluster(id=k.id, names=set(k.names), seen=list(k.seen), evidence=set(k.evidence))
    for m in k.mentions:
        c.refs.add((m.document, m.name))
        c.names |= {m.name, *m.aliases}
        c.places |= m.place
        c.mentions.append(m)
    return c


def cluster_persons(
    mentions: Iterable[PersonMention],
    known: Iterable[KnownPerson] = (),
    must: Iterable[tuple[frozenset[Ref], str]] = (),
    cannot: set[frozenset[Ref]] | None = None,
) -> list[Cluster]:
    """Clusters of mentions (graph persons included), each with the evidence of its merges."""
    blocked: dict[Ref, set[Ref]] = defaultdict(set)  # a mention -> those it must not join
    for pair in cannot or ():
        x, y = tuple(pair)
        blocked[x].add(y)
        blocked[y].add(x)
    clusters = [_known(k) for k in known]
    by_ref = {r: c for c in clusters for r in c.refs}
    shorts: list[tuple[PersonMention, ShortForm]] = []
    for m in mentions:
        if (m.document, m.name) in by_ref:
            by_ref[(m.document, m.name)].mentions.append(m)  # the same report again
            continue
        sf = short_form(m.name) if not any(not short_form(a) for a in m.aliases) else None
        if sf:
            shorts.append((m, sf))
        else:
            clusters.append(_cluster(m))
            by_ref[(m.document, m.name)] = clusters[-1]
    for refs, why in must:
        group = [c for c in clusters if c.refs & refs]
        for c in group[1:]:
            if c in clusters and c is not group[0]:
                group[0].absorb(c)
                group[0].evidence.add(why)
                clusters.remove(c)
    _merge_by_score(clusters, blocked)
    for m, sf in shorts:
        clusters.append(_fold_short(m, sf, clusters, blocked))
    seen_ids: set[str] = set()
    for c in clusters:
        if not c.id or c.id in seen_ids:
            k = min(c.key_names(), default=min(c.names, default=""))
            c.id = node_id("Person", k, min(f"{d}|{n}" for d, n in c.refs))
        seen_ids.add(c.id)
    return clusters


def _merge_by_score(clusters: list[Cluster], blocked: dict[Ref, set[Ref]]) -> None:
    """Leader clustering, repeated until stable: in a fixed order (graph persons first, then by
    mention), each cluster joins the best-scoring cluster before it that shares a name key."""
    merge_at = thresholds()["person"]["merge_at"]
    changed = True
    while changed:
        changed = False
        order = sorted(clusters, key=lambda c: (not c.id, min(c.refs, default=("", ""))))
        roots: list[Cluster] = []
        index: dict[str, list[Cluster]] = defaultdict(list)  # name key -> roots with it
        for c in order:
            best, seen = None, set()
            for k in c.key_names():
                for r in index[k]:
                    if id(r) in seen:
                        continue
                    seen.add(id(r))
                    s = score(r, c, blocked)
                    if not isinstance(s, str) and s[0] >= merge_at and (
                        best is None or s[0] > best[0][0]
                    ):
                        best = (s, r)
            if best is None:
                roots.append(c)
                target = c
            else:
                s, target = best
                why = _because(target, c, s, merge_at)
                target.absorb(c)
                target.evidence.add(why)
                changed = True
            for k in target.key_names():
                if not any(r is target for r in index[k]):
                    index[k].append(target)
        clusters[:] = roots


def _because(a: Cluster, b: Cluster, s: tuple[float, list[str]], merge_at: float) -> str:
    ka, kb = a.key_names(), b.key_names()
    k = sorted(ka.keys() & kb.keys())[0]
    return (f"{a.ref_with(ka[k][0])} = {b.ref_with(kb[k][0])}: " + "; ".join(s[1])
            + f"; score {s[0]:.2f} >= {merge_at}")


def _fold_short(
    m: PersonMention, sf: ShortForm, clusters: list[Cluster], blocked: dict[Ref, set[Ref]]
) -> Cluster:
    """The one cluster a surname-with-title mention fits, or a cluster of its own."""
    title = _title_tokens(sf.title) - {"comrade"} if sf.title.isascii() else sf.title
    titles = {title} if title and title != "同志" else set()
    titles |= {_title_tokens(s.title) if s.title.isascii() else s.title for s in m.seen}
    provinces = {p for s in m.seen for p in s.provinces} or set(m.place)
    fits = []
    for c in clusters:
        if sf.surname not in c.surnames or not titles or not provinces:
            continue
        if blocked.get((m.document, m.name), set()) & c.refs:
            continue
        theirs = {_title_tokens(s.title) if s.title.isascii() else s.title for s in c.seen}
        if not any(_title_fits(t, u) for t in titles for u in theirs):
            continue
        if (c.provinces or c.places) & provinces:
            fits.append(c)
    own = _cluster(m)
    if len(fits) != 1:
        return own
    c = fits[0]
    c.evidence.add(f"{m.document}|{m.name} = {sorted(c.refs)[0][0]}|{sorted(c.refs)[0][1]}: "
                   f"surname {sf.surname!r} with title {sf.title or 'of its post'}; "
                   "the only person that fits")
    c.absorb(own)
    clusters.remove(c)
    return c


def _title_fits(short: frozenset[str] | str, full: frozenset[str] | str) -> bool:
    if isinstance(short, str) != isinstance(full, str) or not short or not full:
        return False
    if isinstance(short, str):
        return short in full or full in short
    return short <= full
