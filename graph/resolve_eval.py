"""Measure person identity over a corpus loaded as one batch: B-cubed against identities.json.

    python -m convene.graph.resolve_eval ../shared/corpus [--identities FILE] [--json]

Extracts every article, resolves them together (no graph needed: the ids are the ones the
loader would use), writes nothing, and prints B-cubed precision/recall over the gold person
mentions plus the officials named in several articles that became one node, those split,
and nodes that mix different people (should be none). Scored with ingest/evaluate.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from convene.graph.resolve import Resolution, resolve
from convene.ingest.evaluate import bcubed, identity_check
from convene.ingest.facts import Extraction
from convene.ingest.gold import to_gold


def predictions(extractions: list[Extraction], res: Resolution) -> list[dict]:
    return [to_gold(x, res.ids(x.article.document)) for x in extractions]


def measure(corpus: Path, identities: Path | None = None) -> dict:
    from convene.ingest.extract import extract_paths
    from convene.ingest.read import ReadError

    files = sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))
    xs = [x for x in extract_paths(files) if not isinstance(x, ReadError)]
    res = resolve(xs)
    preds = predictions(xs, res)
    ident = json.loads((identities or corpus / "identities.json").read_text(encoding="utf-8"))
    p, r = bcubed(preds, ident)
    check = identity_check(preds, ident)
    people = set(res.persons.values())
    merged = {pid: ev for pid, ev in res.evidence.items() if ev and pid in people}
    return {"articles": len(xs), "bcubed_precision": p, "bcubed_recall": r, **check,
            "person_merges": {res.props[pid]["name"]: list(ev) for pid, ev in merged.items()}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m convene.graph.resolve_eval", description=__doc__)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--identities", type=Path)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    out = measure(args.corpus, args.identities)
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(f"{out['articles']} articles; person identity B-cubed "
          f"P={out['bcubed_precision']:.3f} R={out['bcubed_recall']:.3f}")
    print(f"one node: {out['one_node']}; split: {out['split']}; mixed: {out['mixed']}")
    for name, why in out["person_merges"].items():
        print(f"  {name}:")
        for line in why:
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
