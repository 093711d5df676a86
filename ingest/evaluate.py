"""Score predictions against the answer keys, exactly as the corpus's GOLD.md defines.

Each kind of fact becomes a list of tuples per article; a predicted tuple matches a gold
one under the kind's rule (normalised names, aliases, content-token Jaccard >= 0.8,
equal dates), and a maximum bipartite matching pairs them one-to-one, so the score does
not depend on the order of the lists. Tuples are kept per entry (a multiset), because two
meetings held on the same day are two facts; a prediction listed twice is a false positive.
Counts are micro-averaged over articles, overall and per language.

    python -m convene.ingest.evaluate --gold GOLD_DIR PRED_DIR [--misses] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from convene.ingest.lang import normalise

KINDS = (
    "person", "post", "post_org", "organization", "meeting",
    "chair", "participant", "implements", "role",
)  # fmt: skip
FIELDS = ("language", "title", "published", "source", "jurisdiction")
STOP_WORDS = frozenset(["the", "of", "and", "a", "an", "for", "in", "on", "at", "to", "s"])
THRESHOLD = 0.8


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def content_tokens(s: str) -> Counter[str]:
    """English: words minus stop words; Chinese: character bigrams with 的 removed."""
    n = normalise(s)
    if any(_is_cjk(ch) for ch in n):
        chars = n.replace("的", "").replace(" ", "")
        if len(chars) < 2:
            return Counter([chars] if chars else [])
        return Counter(chars[i : i + 2] for i in range(len(chars) - 1))
    return Counter(w for w in n.split() if w not in STOP_WORDS)


def jaccard(a: str, b: str) -> float:
    """Jaccard overlap of the two bags (multisets) of content tokens."""
    ta, tb = content_tokens(a), content_tokens(b)
    union = sum((ta | tb).values())
    return sum((ta & tb).values()) / union if union else 0.0


# name (normalised) -> its aliases (normalised), per entity kind, for one side of one article
Aliases = dict[str, frozenset[str]]


@dataclass(frozen=True)
class Side:
    """The alias tables of one answer (gold or predicted) for one article."""

    persons: Aliases
    organizations: Aliases
    meetings: Aliases

    @classmethod
    def of(cls, doc: dict) -> Side:
        def table(entries: list[dict]) -> Aliases:
            t: dict[str, set[str]] = defaultdict(set)
            for e in entries:
                t[normalise(e.get("name") or "")].update(
                    normalise(a) for a in e.get("aliases") or ()
                )
            return {k: frozenset(v) for k, v in t.items()}

        return cls(
            table(doc.get("persons") or []),
            table(doc.get("organizations") or []),
            table(doc.get("meetings") or []),
        )


def same_entity(a: str | None, b: str | None, aa: Aliases, ab: Aliases) -> bool:
    """Equal after normalisation, or one equals an alias of the other."""
    if a is None or b is None:
        return a is None and b is None
    na, nb = normalise(a), normalise(b)
    return na == nb or na in ab.get(nb, ()) or nb in aa.get(na, ())


def same_name(a: str | None, b: str | None, aa: Aliases = {}, ab: Aliases = {}) -> bool:  # noqa: B006
    """Titles, organizations, meeting names: as entities, or content-token Jaccard >= 0.8."""
    if same_entity(a, b, aa, ab):
        return True
    return a is not None and b is not None and jaccard(a, b) >= THRESHOLD


def _joined(title: str | None, org: str | None) -> str:
    return f"{title or ''} {org or ''}".strip()


# A matcher decides whether predicted tuple p matches gold tuple g, given both sides.
Matcher = Callable[[tuple, tuple, Side, Side], bool]


def _person_ok(g: tuple, p: tuple, gs: Side, ps: Side) -> bool:
    return same_entity(g[0], p[0], gs.persons, ps.persons)


def _post_ok(g: tuple, p: tuple, gs: Side, ps: Side) -> bool:
    return _person_ok(g, p, gs, ps) and (
        same_name(g[1], p[1]) or same_name(_joined(g[1], g[2]), _joined(p[1], p[2]))
    )


def _post_org_ok(g: tuple, p: tuple, gs: Side, ps: Side) -> bool:
    both = same_name(g[1], p[1]) and same_name(g[2], p[2], gs.organizations, ps.organizations)
    return _person_ok(g, p, gs, ps) and (
        both or same_name(_joined(g[1], g[2]), _joined(p[1], p[2]))
    )


MATCHERS: dict[str, Matcher] = {
    "person": _person_ok,
    "post": _post_ok,
    "post_org": _post_org_ok,
    "organization": lambda g, p, gs, ps: same_name(g[0], p[0], gs.organizations, ps.organizations),
    "meeting": lambda g, p, gs, ps: g[0] == p[0],
    "chair": lambda g, p, gs, ps: g[1] == p[1] and _person_ok(g, p, gs, ps),
    "participant": lambda g, p, gs, ps: g[1] == p[1] and _person_ok(g, p, gs, ps),
    "implements": lambda g, p, gs, ps: (
        g[0] == p[0] and same_name(g[1], p[1], gs.meetings, ps.meetings)
    ),
    "role": lambda g, p, gs, ps: g[1] == p[1] and _person_ok(g, p, gs, ps),
}


def tuples(doc: dict) -> dict[str, list[tuple]]:
    """The fact tuples of one answer, per kind."""
    persons, meetings = doc.get("persons") or [], doc.get("meetings") or []
    posts = [
        (p["name"], q.get("title"), q.get("organization"))
        for p in persons
        for q in p.get("posts") or ()
    ]
    return {
        "person": [(p["name"],) for p in persons],
        "post": posts,
        "post_org": posts,
        "organization": [(o["name"],) for o in doc.get("organizations") or []],
        "meeting": [(m.get("date"),) for m in meetings],
        "chair": [(n, m.get("date")) for m in meetings for n in m.get("chaired_by") or ()],
        "participant": [(n, m.get("date")) for m in meetings for n in m.get("participants") or ()],
        "implements": [(m.get("date"), n) for m in meetings for n in m.get("implements") or ()],
        "role": [(r["person"], r["role"]) for r in doc.get("roles") or []],
    }


def max_matching(golds: list, preds: list, ok: Callable[[Any, Any], bool]) -> list[int]:
    """Maximum bipartite matching (augmenting paths); the gold index per prediction, or -1."""
    adj = [[j for j, p in enumerate(preds) if ok(g, p)] for g in golds]
    owner = [-1] * len(preds)

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j not in seen:
                seen.add(j)
                if owner[j] < 0 or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(golds)):
        augment(i, set())
    return owner


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        # Nothing predicted: nothing wrong was said.
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }  # fmt: skip


@dataclass
class Report:
    """Counts per scope ("all", "en", "zh") and kind; document-field accuracy; the misses."""

    counts: dict[str, dict[str, Counts]] = field(default_factory=dict)
    fields: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # [correct, total]
    misses: dict[str, dict[str, dict[str, list]]] = field(default_factory=dict)
    documents: int = 0

    def get(self, kind: str, scope: str = "all") -> Counts:
        return self.counts.get(scope, {}).get(kind, Counts())

    def field_accuracy(self, name: str, scope: str = "all") -> float:
        correct, total = self.fields.get(scope, {}).get(name, [0, 0])
        return correct / total if total else 1.0

    def to_json(self) -> dict:
        """The report as JSON-ready data (pass it to json.dumps)."""
        return {
            "documents": self.documents,
            "scores": {
                s: {k: c.as_dict() for k, c in kinds.items()} for s, kinds in self.counts.items()
            },
            "fields": {
                s: {f: round(self.field_accuracy(f, s), 4) for f in fs}
                for s, fs in self.fields.items()
            },
            "misses": self.misses,
        }

    def table(self) -> str:
        """Plain-text table: one row per scope and kind, then field accuracies."""
        lines = [f"{'scope':<6}{'kind':<14}{'tp':>5}{'fp':>5}{'fn':>5}{'P':>8}{'R':>8}{'F1':>8}"]
        for scope in sorted(self.counts, key=lambda s: (s != "all", s)):
            for kind in KINDS:
                c = self.get(kind, scope)
                lines.append(
                    f"{scope:<6}{kind:<14}{c.tp:>5}{c.fp:>5}{c.fn:>5}"
                    f"{c.precision:>8.3f}{c.recall:>8.3f}{c.f1:>8.3f}"
                )
        lines.append("")
        lines.append("field accuracy: " + ", ".join(
            f"{f} {self.field_accuracy(f):.3f}" for f in FIELDS
        ))  # fmt: skip
        return "\n".join(lines)


def _field_ok(name: str, gold: dict, pred: dict, gs: Side, ps: Side) -> bool:
    g, p = gold.get(name), pred.get(name)
    if name in ("language", "published"):
        return g == p
    if name == "title":
        return (g is None and p is None) or (g is not None and p is not None
                                              and normalise(g) == normalise(p))  # fmt: skip
    return same_entity(g, p, gs.organizations, ps.organizations)


def _ok(matcher: Matcher, gs: Side, ps: Side, g: tuple, p: tuple) -> bool:
    return matcher(g, p, gs, ps)


def score(pairs: Iterable[tuple[dict, dict]]) -> Report:
    """Score (gold, predicted) answer pairs; both in the GOLD.md format."""
    report = Report()
    for gold, pred in pairs:
        report.documents += 1
        gs, ps = Side.of(gold), Side.of(pred)
        gt, pt = tuples(gold), tuples(pred)
        doc = gold.get("document", f"#{report.documents}")
        scopes = ("all", gold.get("language") or "?")
        for kind in KINDS:
            g, p = gt[kind], pt[kind]
            owner = max_matching(g, p, partial(_ok, MATCHERS[kind], gs, ps))
            tp = sum(o >= 0 for o in owner)
            for scope in scopes:
                c = report.counts.setdefault(scope, {}).setdefault(kind, Counts())
                c.tp, c.fp, c.fn = c.tp + tp, c.fp + len(p) - tp, c.fn + len(g) - tp
            matched = set(owner)
            fn = [list(t) for i, t in enumerate(g) if i not in matched]
            fp = [list(t) for j, t in enumerate(p) if owner[j] < 0]
            if fn or fp:
                report.misses.setdefault(doc, {})[kind] = {"fn": fn, "fp": fp}
        for name in FIELDS:
            ok = _field_ok(name, gold, pred, gs, ps)
            for scope in scopes:
                f = report.fields.setdefault(scope, {}).setdefault(name, [0, 0])
                f[0], f[1] = f[0] + ok, f[1] + 1
            if not ok:
                report.misses.setdefault(doc, {})[name] = {"fn": [gold.get(name)],
                                                           "fp": [pred.get(name)]}  # fmt: skip
    return report


def _mention_ok(side: Side, mention: tuple[str, str], person: dict) -> bool:
    return same_entity(mention[1], person["name"], {}, side.persons)


def _mention_clusters(predictions: list[dict], identities: list[dict]) -> list[tuple[str, str]]:
    """(gold identity, predicted id) per gold person mention; unresolved mentions are singletons."""
    by_doc = {p.get("document"): p for p in predictions}
    mentions: dict[str, list[tuple[str, str]]] = defaultdict(list)  # document -> (gold id, name)
    for ident in identities:
        for m in ident["mentions"]:
            mentions[m["document"]].append((ident["id"], m["name"]))
    out: list[tuple[str, str]] = []
    for document, ms in sorted(mentions.items()):
        pred = by_doc.get(document, {})
        persons, side = pred.get("persons") or [], Side.of(pred)
        owner = max_matching(ms, persons, partial(_mention_ok, side))
        got = {owner[j]: persons[j].get("id") for j in range(len(persons)) if owner[j] >= 0}
        for i, (gid, name) in enumerate(ms):
            out.append((gid, got.get(i) or f"\0unresolved:{document}:{name}"))
    return out


def bcubed(predictions: list[dict], identities: list[dict]) -> tuple[float, float]:
    """B-cubed precision and recall over all gold person mentions, by predicted "id"."""
    items = _mention_clusters(predictions, identities)
    if not items:
        return 1.0, 1.0
    both = Counter(items)
    gold_size = Counter(g for g, _ in items)
    pred_size = Counter(p for _, p in items)
    p = sum(both[(g, q)] / pred_size[q] for g, q in items) / len(items)
    r = sum(both[(g, q)] / gold_size[g] for g, q in items) / len(items)
    return p, r


def identity_check(predictions: list[dict], identities: list[dict]) -> dict[str, list]:
    """Officials named in several articles that became exactly one node / were split;
    and nodes that mix different people (should be none)."""
    items = _mention_clusters(predictions, identities)
    names = {i["id"]: i["name"] for i in identities}
    docs = {i["id"]: {m["document"] for m in i["mentions"]} for i in identities}
    ids_of: dict[str, set[str]] = defaultdict(set)
    people_of: dict[str, set[str]] = defaultdict(set)
    for g, p in items:
        ids_of[g].add(p)
        if not p.startswith("\0"):
            people_of[p].add(g)
    shared = [g for g in names if len(docs[g]) > 1]
    return {
        "one_node": sorted(names[g] for g in shared if len(ids_of[g]) == 1),
        "split": sorted(names[g] for g in shared if len(ids_of[g]) > 1),
        "mixed": sorted(
            [p, sorted(names[g] for g in gs)] for p, gs in people_of.items() if len(gs) > 1
        ),
    }


def load_pairs(
    gold_dir: Path, pred_dir: Path, only_present: bool = False
) -> Iterable[tuple[dict, dict]]:
    """(gold, prediction) per gold/*.json; a missing prediction counts as an empty answer,
    or is left out with only_present."""
    for path in sorted(gold_dir.glob("*.json")):
        pred_path = pred_dir / path.name
        if only_present and not pred_path.exists():
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        pred = (
            json.loads(pred_path.read_text(encoding="utf-8"))
            if pred_path.exists()
            else {"document": gold.get("document")}
        )
        yield gold, pred


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m convene.ingest.evaluate", description=__doc__)
    ap.add_argument("--gold", type=Path, required=True, help="folder of gold/*.json")
    ap.add_argument("pred", type=Path, help="folder of predicted NAME.json")
    ap.add_argument("--identities", type=Path, help="identities.json (default: next to gold)")
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--misses", action="store_true", help="list unmatched tuples per document")
    ap.add_argument(
        "--only-present", action="store_true", help="score only articles that have a prediction"
    )
    args = ap.parse_args(argv)
    pairs = list(load_pairs(args.gold, args.pred, args.only_present))
    report = score(pairs)
    ident_path = args.identities or args.gold.parent / "identities.json"
    extra: dict = {}
    if ident_path.exists():
        identities = json.loads(ident_path.read_text(encoding="utf-8"))
        preds = [p for _, p in pairs]
        p, r = bcubed(preds, identities)
        extra = {"bcubed": {"precision": round(p, 4), "recall": round(r, 4)},
                 **identity_check(preds, identities)}  # fmt: skip
    if args.json:
        print(json.dumps({**report.to_json(), **extra}, ensure_ascii=False, indent=2))
        return 0
    print(report.table())
    if extra:
        b = extra["bcubed"]
        print(f"B-cubed over person mentions: P {b['precision']:.3f} R {b['recall']:.3f}")
        print(f"one node: {extra['one_node']}; split: {extra['split']}; mixed: {extra['mixed']}")
    if args.misses:
        for doc, kinds in report.misses.items():
            for kind, m in kinds.items():
                print(f"{doc} {kind}: missed {m['fn']} extra {m['fp']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
