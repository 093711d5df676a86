"""Write an Extraction in the answer-key format of the shared corpus (GOLD.md).

The evaluator reads predictions and gold in this one format, so the extractor's output
can be scored file for file. Optional graph ids (from identity resolution) are added
to persons, organizations and meetings when a mapping is given.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

from convene.ingest.facts import Extraction, Meeting, Organization, Person

# (kind, name) -> graph node id; kind is "person", "organization" or "meeting".
Ids = Mapping[tuple[str, str], str]


def to_gold(x: Extraction, ids: Ids | None = None) -> dict:
    """The answer-key dict for one extraction (keys in GOLD.md order)."""
    a = x.article
    return {
        "document": a.document,
        "language": a.language,
        "title": a.title,
        "published": a.published,
        "source": a.source,
        "jurisdiction": a.jurisdiction,
        "persons": [_person(p, ids) for p in x.persons],
        "organizations": [_organization(o, ids) for o in x.organizations],
        "meetings": [_meeting(m, ids) for m in x.meetings],
        "roles": [{"person": r.person, "role": r.role} for r in x.roles],
    }


def gold_filename(document: str) -> str:
    """NAME.json for NAME.txt/.html; 'feed.jsonl#3' becomes 'feed.jsonl-3.json'."""
    name = document.replace("#", "-")
    name = re.sub(r"\.(txt|html?|md)$", "", name, flags=re.IGNORECASE)
    return re.sub(r"[/\\]", "_", name) + ".json"


def write_gold(x: Extraction, out_dir: Path | str, ids: Ids | None = None) -> Path:
    """Write the answer-key JSON of one extraction into out_dir; returns the file written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / gold_filename(x.article.document)
    path.write_text(
        json.dumps(to_gold(x, ids), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return path


def _with_id(d: dict, kind: str, name: str, ids: Ids | None) -> dict:
    if ids is not None and (kind, name) in ids:
        return {"id": ids[(kind, name)], **d}
    return d


def _person(p: Person, ids: Ids | None) -> dict:
    d = {
        "name": p.name,
        "aliases": list(p.aliases),
        "posts": [{"title": q.title, "organization": q.organization} for q in p.posts],
    }
    return _with_id(d, "person", p.name, ids)


def _organization(o: Organization, ids: Ids | None) -> dict:
    d = {"name": o.name, "aliases": list(o.aliases), "part_of": o.part_of}
    return _with_id(d, "organization", o.name, ids)


def _meeting(m: Meeting, ids: Ids | None) -> dict:
    d = {
        "name": m.name,
        "aliases": list(m.aliases),
        "date": m.date,
        "end_date": m.end_date,
        "location": m.location,
        "organizer": m.organizer,
        "chaired_by": list(m.chaired_by),
        "participants": list(m.participants),
        "implements": list(dict.fromkeys(i.meeting for i in m.implements)),
    }
    return _with_id(d, "meeting", m.name, ids)
