"""The English extractor on the shared corpus: evidence offsets and the scores GOLD.md defines.

Reads the corpus where it lives (never copies it); the thresholds are the targets of issue 4,
met with margin, so a regression in any rule shows up here.
"""

import json

import pytest
from conftest import CORPUS

from convene.ingest.en import extract_en
from convene.ingest.evaluate import score
from convene.ingest.extract import extract
from convene.ingest.gold import to_gold
from convene.ingest.read import read_file

TARGETS = {
    "person": 0.97,
    "chair": 0.97,
    "participant": 0.93,
    "post": 0.90,
    "post_org": 0.80,
    "organization": 0.85,
    "meeting": 0.95,
    "implements": 0.80,
}


def _english():
    if not CORPUS.exists():
        pytest.skip("shared corpus not present")
    for path in sorted(CORPUS.glob("*.txt")):
        for art in read_file(path):
            if art.language == "en":
                yield path, art


def _evidences(x):
    for p in x.persons:
        yield p.evidence
        yield from (q.evidence for q in p.posts)
    yield from (o.evidence for o in x.organizations)
    for m in x.meetings:
        yield m.evidence
        yield from (q.evidence for q in m.participations)
        yield from (i.evidence for i in m.implements)


def test_every_evidence_quotes_the_text_at_its_offsets():
    n = 0
    for _, art in _english():
        for ev in _evidences(extract_en(art)):
            if ev is not None:
                n += 1
                assert art.text[ev.start : ev.end] == ev.quote
    assert n > 100


def test_english_scores_meet_the_targets():
    pairs = []
    for path, art in _english():
        gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        pairs.append((gold, to_gold(extract(art))))
    assert len(pairs) >= 10
    report = score(pairs)
    for kind, target in TARGETS.items():
        assert report.get(kind, "en").f1 >= target, kind
