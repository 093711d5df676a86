"""The project's own answer keys (tests/*/gold/*.json) are well formed by GOLD.md's rules.

The evaluator trusts the keys; a key that names a chair who is not a participant, or a person the
article never mentions, would silently move a score. Checked mechanically for every set, so the
annotators' sets need no checker of their own.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

SETS = Path(__file__).parent
KEYS = sorted(SETS.glob("*/gold/*.json"))
FIELDS = {"document", "language", "title", "published", "source", "jurisdiction", "persons",
          "organizations", "meetings", "roles"}
ROLES = {"reporter", "editor", "photographer"}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).casefold()


def _iso_or_null(value) -> bool:
    if value is None:
        return True
    try:
        return date.fromisoformat(value).isoformat() == value
    except (TypeError, ValueError):
        return False


def test_every_set_has_keys():
    assert len(KEYS) >= 50
    for folder in {k.parent.parent for k in KEYS}:
        assert (folder / "README.md").exists(), folder


@pytest.mark.parametrize("key", KEYS, ids=lambda k: f"{k.parent.parent.name}/{k.stem}")
def test_key_follows_gold_md(key: Path):
    k = json.loads(key.read_text("utf-8"))
    assert set(k) >= FIELDS, FIELDS - set(k)
    text_path = key.parent.parent / k["document"]
    assert text_path.name == key.stem + ".txt" and text_path.exists()
    text = _norm(text_path.read_text("utf-8"))
    assert k["language"] in ("en", "zh")
    assert _iso_or_null(k["published"])

    names = [p["name"] for p in k["persons"]]
    assert len(names) == len(set(names)), "a person listed twice"
    for p in k["persons"]:
        forms = [p["name"], *p.get("aliases", [])]
        assert any(_norm(f) in text for f in forms), f"{p['name']} is not in the text"
        for post in p["posts"]:
            assert post["title"], p["name"]
    orgs = [o["name"] for o in k["organizations"]]
    assert len(orgs) == len(set(orgs)), "an organization listed twice"
    for o in k["organizations"]:
        assert o.get("part_of") in (None, *orgs), (o["name"], o["part_of"])
    for m in k["meetings"]:
        assert _iso_or_null(m["date"]) and _iso_or_null(m["end_date"]), m["name"]
        assert m["organizer"] in (None, *orgs), (m["name"], m["organizer"])
        assert set(m["chaired_by"]) <= set(m["participants"]), "every chair is a participant"
        assert set(m["participants"]) <= set(names), set(m["participants"]) - set(names)
    for r in k["roles"]:
        assert r["person"] in names and r["role"] in ROLES, r


@pytest.mark.parametrize("identities", sorted(SETS.glob("*/identities.json")),
                         ids=lambda p: p.parent.name)
def test_identity_mentions_are_persons_of_their_keys(identities: Path):
    keys = {}
    for entity in json.loads(identities.read_text("utf-8")):
        for mention in entity["mentions"]:
            doc = mention["document"]
            if doc not in keys:
                key = identities.parent / "gold" / (Path(doc).stem + ".json")
                keys[doc] = {p["name"] for p in json.loads(key.read_text("utf-8"))["persons"]}
            assert mention["name"] in keys[doc], (entity["id"], mention)
