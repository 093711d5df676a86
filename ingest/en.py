"""English extractor: persons, posts, bodies and meetings from an English news report.

`extract_en(article)` is a pure function. It runs a blank spaCy pipeline (tokenizer, a
sentence splitter that also breaks at line ends, and registered components that mark persons and
bodies as span groups) built once per process; all knowledge of the genre comes from the
gazetteers in ingest/data/en_*. No statistical model is needed.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from convene.ingest import en_body_kinds, en_named_orgs, en_named_subs, en_orgs
from convene.ingest import en_gazetteer as gz
from convene.ingest.en_dates import parse_published, reference_date
from convene.ingest.en_gazetteer import evidence
from convene.ingest.en_implements import future_keys, implements_of, inside_named, named_meetings
from convene.ingest.en_meetings import find_events, in_related_link
from convene.ingest.en_named_orgs import outlet_aliases
from convene.ingest.en_participation import participations
from convene.ingest.en_persons import find_full_names, find_short
from convene.ingest.en_place import article_ctx
from convene.ingest.en_posts import extract_posts
from convene.ingest.en_stationed import team_parent
from convene.ingest.en_when_where import main_venue
from convene.ingest.facts import (
    CHAIR,
    Article,
    Extraction,
    Meeting,
    Organization,
    Participation,
    Person,
    Post,
)

_BOUNDARY = re.compile(r"(?<=[.!?。])[\"”’)]*[ \t]+(?=[\"“A-Z(\[])|\n\s*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences: after . ! ? before a capital, and at every line end (headlines, datelines)."""
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if _ABBREV.search(text, max(0, m.start() - 5), m.start()):
            continue
        if text[start : m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


_ABBREV = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|No|St|Prof|Gen|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$")


@Language.component("convene_en_sentences")
def _sentences(doc: Doc) -> Doc:
    """Sentence spans from sentence_spans (line-aware), kept as the span group "sents"."""
    spans = sentence_spans(_text(doc))
    doc.user_data["sents"] = spans
    doc.spans["sents"] = _spans(doc, spans, "SENT")
    return doc


@Language.component("convene_en_entities")
def _entities(doc: Doc) -> Doc:
    """Mark person mentions and body phrases as span groups (extract_en reads the same
    offsets from _found without building a Doc)."""
    text = _text(doc)
    ctx = doc.user_data.get("ctx", en_orgs.Ctx())
    persons, bodies = _found(text, ctx, doc.user_data.get("sents"))
    doc.user_data["persons"], doc.user_data["bodies"] = persons, bodies
    doc.spans["person"] = _spans(doc, [(m.start, m.end) for m in persons], "PERSON")
    doc.spans["org"] = _spans(doc, [(h.start, h.end) for h in bodies], "ORG")
    return doc


def _found(text: str, ctx: en_orgs.Ctx, sents: list[tuple[int, int]] | None) -> tuple[list, list]:
    """Person mentions and body phrases of the text."""
    persons = find_full_names(text)
    bodies = en_named_subs.national_prefix(text, en_orgs.find_bodies(text, ctx, sents))
    bodies += en_named_orgs.find_national(text)
    tasks = en_body_kinds.find_task_bodies(text, ctx) + en_body_kinds.find_lower_bodies(text, ctx)
    tasks += en_body_kinds.find_presidium(text)
    # 'Office of the Mianyang' cut short of the task-named body it begins
    bodies = [b for b in bodies if not any(t.start == b.start and t.end > b.end for t in tasks)]
    bodies += tasks
    bodies += en_named_subs.possessive_subs(text, bodies) + en_named_subs.headed_parts(text, bodies)
    return persons, bodies


def _text(doc: Doc) -> str:
    """Doc.text rebuilds the string from tokens on every call: keep it once."""
    if "text" not in doc.user_data:
        doc.user_data["text"] = doc.text
    return doc.user_data["text"]


def _spans(doc: Doc, offsets: list[tuple[int, int]], label: str) -> list[Span]:
    """Token spans covering character offsets (bisect on token starts: no per-token loop)."""
    starts = doc.user_data.get("_idx")
    if starts is None:
        starts = doc.user_data["_idx"] = doc.to_array("IDX").tolist()
    out = []
    for s, e in offsets:
        i = bisect_right(starts, s) - 1
        j = bisect_left(starts, e)
        if 0 <= i < j:
            out.append(Span(doc, i, j, label=label))
    return out


@cache
def nlp() -> Language:
    pipe = spacy.blank("en")
    # spaCy's tokenizer is quadratic on long runs of punctuation (scraped debris: 10,000 ” took
    # 26 s); such a run is one token.
    tok = pipe.tokenizer
    old = tok.token_match
    tok.token_match = lambda s: re.fullmatch(r"[^\w\s]{50,}", s) or (old(s) if old else None)
    pipe.add_pipe("convene_en_sentences")
    pipe.add_pipe("convene_en_entities")
    return pipe


def extract_en(article: Article) -> Extraction:
    text = article.text
    ctx, jurisdiction = article_ctx(article)
    # What nlp() finds, without its Doc: tokens and span groups are for callers of nlp(); the
    # assembly below reads the offsets only.
    sents = sentence_spans(text)
    mentions, bodies = _found(text, ctx, sents)
    published = reference_date(text, parse_published(article.published))

    named = [
        n
        for n in named_meetings(text)
        if not _in_hashtags(text, n.start) and not in_related_link(text, n.start)
    ]
    future = future_keys(text, named)
    named_bodies = en_named_orgs.find_named(text)
    events = find_events(text, sents, bodies + named_bodies, published, ctx)
    reported = [(ev.start, ev.start + len(ev.phrase) + 10) for ev in events]
    organizations = _organizations(article, bodies, named, reported, named_bodies)

    hosts = [(ev.start, ev.organizer) for ev in events]
    posts = extract_posts(text, mentions, bodies + named_bodies, ctx, hosts)
    posts_of: dict[str, list[str]] = {}
    for p in posts:
        posts_of.setdefault(p.person, []).append(p.title)
    mentions = sorted(mentions + find_short(text, posts_of, mentions), key=lambda m: m.start)
    persons = _persons(text, mentions, posts)
    organizations += _bodies_from_posts(text, posts, organizations)

    parts = participations(text, sents, events, mentions, published)
    meetings = []
    for i, ev in enumerate(events):  # 'attended at the main venue in Nanchang'
        nxt = events[i + 1].start if i + 1 < len(events) else len(text)
        para = text.find("\n\n", ev.start)
        ev.location = main_venue(text, ev.start, min(nxt, para if para > 0 else nxt)) or ev.location
    if events and events[0].location is None:
        events[0].location = _dateline_city(text, events[0].start)
    for i, ev in enumerate(events):
        pp = tuple(
            Participation(name, role, evidence(text, m.start, m.end, f"en.participation.{role}"))
            for name, (role, m) in sorted(
                parts[i].items(), key=lambda kv: (kv[1][0] != CHAIR, kv[1][1].start)
            )
        )
        impl = implements_of(text, sents, events, i, named, future, ctx)
        meetings.append(
            Meeting(
                name=ev.name,
                date=ev.date,
                end_date=ev.end_date,
                location=ev.location,
                organizer=ev.organizer,
                aliases=(ev.phrase,) if ev.phrase != ev.name else (),
                participations=pp,
                implements=impl,
                evidence=evidence(text, ev.start, ev.end, "en.meeting.held"),
            )
        )
    if events and en_named_orgs.is_national(events[0].organizer):
        jurisdiction = "China"  # a State Council or Politburo meeting is national news
    art = dataclasses.replace(article, jurisdiction=jurisdiction)
    return Extraction(art, tuple(persons), tuple(organizations), tuple(meetings), (), "convene-en")


_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Za-z]+)[ \t]*,[ \t]+(?:[A-Z][a-z]+\.?[ \t]+\d|\d)", re.M
)


def _dateline_city(text: str, before: int) -> str | None:
    """'Urumqi, April 17th, ...' at the head of the body: where the first meeting took place."""
    m = _DATELINE.search(text, 0, before + 1)
    if not m:
        return None
    p = gz.place(m.group("city"))
    return p.name if p and p.kind in ("city", "municipality") else None


def _bodies_from_posts(text, posts, known) -> list[Organization]:
    """A sub-body named only through a post ("Secretary of the Party Leadership Group and
    Vice Chairman of the Standing Committee ...") is a body too."""
    names = {o.name for o in known}
    out = []
    for p in posts:
        if not p.organization or p.organization in names:
            continue
        if p.organization.startswith("Ministry of ") and " of the " not in p.organization:
            # 'Minister of Ecology and Environment' names the ministry
            names.add(p.organization)
            ev = evidence(text, p.start, p.end, p.rule)
            out.append(Organization(p.organization, (), None, ev))
        elif p.rule == "en.post.subbody":
            names.add(p.organization)
            parent = team_parent(p.organization) or p.organization.split(" of the ", 1)[1]
            out.append(
                Organization(p.organization, (), parent, evidence(text, p.start, p.end, p.rule))
            )
    return out


def _in_hashtags(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return text[line_start : line_start + 1] == "#"


def _persons(text, mentions, posts) -> list[Person]:
    out: dict[str, Person] = {}
    for m in mentions:
        if m.name not in out and not m.short:
            held = tuple(
                Post(p.title, p.organization, evidence(text, p.start, p.end, p.rule))
                for p in posts
                if p.person == m.name and p.held
            )
            out[m.name] = Person(m.name, (), held, evidence(text, m.start, m.end, m.rule, 0.9))
    return list(out.values())


_STOP = frozenset(("the", "of", "and", "a", "an", "for", "in", "on", "at", "to", "s"))


def _bag(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", name.lower()) if w not in _STOP)


def _organizations(article: Article, bodies, named, reported, named_bodies) -> list[Organization]:
    text = article.text
    hits = [
        h
        for h in bodies
        if not inside_named(h, named, reported, text) and not _in_hashtags(text, h.start)
    ]
    hits += [
        h
        for h in en_named_orgs.find_outlets(text) + named_bodies  # found once, in extract_en
        if not _in_hashtags(text, h.start) and not inside_named(h, named, reported, text)
    ]
    names: dict[str, dict] = {}
    by_bag: dict[frozenset[str], str] = {}
    for h in hits:
        # a generic named-org hit inside a body phrase is the body's own words
        if h.rule == "en.org.named" and any(
            b.start <= h.start and h.end <= b.end and b is not h
            for b in hits
            if b.rule != "en.org.named"
        ):
            continue
        # 'X Government Office' and 'Office of the X Government' are one body: the first name
        name = by_bag.setdefault(_bag(h.name), h.name)
        entry = names.setdefault(name, {"aliases": [], "part_of": h.part_of, "hit": h})
        if h.name != name and h.name not in entry["aliases"]:
            entry["aliases"].append(h.name)
        surface = re.sub(r"^(?:the|The)\s+", "", re.sub(r"\s+", " ", h.surface))
        if surface != h.name and surface not in entry["aliases"]:
            entry["aliases"].append(surface)
        entry["part_of"] = entry["part_of"] or h.part_of
    for src in re.split(r"\s*[-/]\s*", article.source or ""):
        known = {a for n, e in names.items() for a in (*e["aliases"], *outlet_aliases(n))}
        if src and src not in names and src not in known:  # 'Tibet Daily' is 'Xizang Daily
            names[src] = {"aliases": [], "part_of": None, "hit": None}
    out = []
    for name, e in names.items():
        aliases = tuple(
            dict.fromkeys(
                e["aliases"]
                + list(en_named_orgs.outlet_aliases(name))
                + list(en_named_subs.official_forms(name))
            )
        )
        h = e["hit"]
        ev = evidence(text, h.start, h.end, h.rule) if h else None
        out.append(Organization(name, aliases, e["part_of"], ev))
    return out
