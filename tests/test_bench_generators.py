"""The benchmark's generators: deterministic, in the genre, and following the graph model."""

from __future__ import annotations

import re
import sys
from pathlib import Path

# bench/ is not an installed package: it runs from the checkout (python -m bench.run).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.gen_articles import articles, generate, world
from bench.gen_graph import batch, merged, sized

HAN = re.compile(r"^[\u3400-\u9fff]{2,4}$")
PINYIN = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z']+$")

# The graph model of the team brief: relationship type -> (start label, end label).
MODEL = {
    "PART_OF": ("Organization", "Organization"), "JURISDICTION": ("Organization", "Place"),
    "POST_IN": ("Post", "Organization"), "HOLDS": ("Person", "Tenure"),
    "OF_POST": ("Tenure", "Post"), "ORGANIZED_BY": ("Meeting", "Organization"),
    "TOOK_PART": ("Person", "Participation"), "IN_MEETING": ("Participation", "Meeting"),
    "CHAIRED": ("Person", "Meeting"), "ATTENDED": ("Person", "Meeting"),
    "IMPLEMENTS": ("Meeting", "Meeting"), "BY": ("Implementation", "Meeting"),
    "OF": ("Implementation", "Meeting"), "REPORTED": ("Person", "Article"),
    "EDITED": ("Person", "Article"), "PHOTOGRAPHED": ("Person", "Article"),
    "IN_ARTICLE": ("Claim", "Article"),
}
FACT_LABELS = {"Tenure", "Participation", "Meeting", "Implementation"}


def test_articles_are_deterministic_and_prefix_stable():
    assert generate(7, 12) == generate(7, 12)
    assert list(articles(5)) == list(articles(10))[:5]
    assert list(articles(3, start=4)) == list(articles(7))[4:]
    assert generate(7, 3).article.text != generate(8, 3).article.text


def test_articles_mix_languages_and_vary_names():
    gen = list(articles(300))
    langs = {g.article.language for g in gen}
    assert langs == {"en", "zh"}
    for g in gen:
        check = PINYIN if g.article.language == "en" else HAN
        for name in (*g.meeting.participants, *(n for n, _ in g.credits)):
            assert check.match(name), (g.article.document, name)
    chairs = {g.meeting.chair for g in gen}
    surnames = {c.split()[0] if " " in c else c[0] for c in chairs}
    assert len(chairs) > 50 and len(surnames) > 20
    assert len({g.meeting.organizer for g in gen}) > 100
    assert len({g.meeting.date for g in gen}) > 250


def test_articles_state_their_facts_in_the_text():
    for g in articles(100):
        text = g.article.text
        for name in (*g.meeting.participants, *(n for n, _ in g.credits)):
            assert name in text
        assert g.meeting.organizer in text
        for earlier in g.meeting.implements:
            assert earlier in text
        year, month, day = (int(x) for x in g.meeting.date.split("-"))
        assert (f"{month}月{day}日" in text) if g.article.language == "zh" else (f" {day}," in text)


def test_world_officials_are_unique_people():
    officials = world(7)
    assert len({o.name.zh for o in officials}) == len(officials)
    assert len({o.name.en for o in officials}) == len(officials)


def test_the_extractor_finds_the_meeting_and_its_chair():
    from convene.ingest.extract import extract

    gen = list(articles(40))
    found = 0
    for g in gen:
        x = extract(g.article)
        chairs = {c for m in x.meetings for c in m.chaired_by}
        found += bool(x.meetings) and g.meeting.chair in chairs
    assert found >= 0.9 * len(gen)


def test_graph_batches_follow_the_model():
    assert batch(7, 40) == batch(7, 40)
    for i in range(200):
        b = batch(7, i)
        ids = {n.id: n.label for n in b.nodes}
        assert sum(1 for n in b.nodes if n.label == "Article") == 1
        for r in b.rels:
            assert ids[r.start] == r.start_label and ids[r.end] == r.end_label
            if r.type == "ASSERTS":
                assert r.start_label == "Claim" and r.end_label in FACT_LABELS
            else:
                assert MODEL[r.type] == (r.start_label, r.end_label)


def test_graph_sizes_and_degree():
    g = sized(nodes=5000)
    assert 5000 <= g.nodes < 5200 and g.rels > 2 * g.nodes
    nodes, rels = merged(g.batches)
    assert sum(map(len, nodes.values())) == g.nodes
    assert sum(map(len, rels.values())) == g.rels
    chaired: dict[str, int] = {}
    for (start, _end) in rels[("CHAIRED", "Person", "Meeting")]:
        chaired[start] = chaired.get(start, 0) + 1
    top = sorted(chaired.values(), reverse=True)
    assert top[0] > 10 * top[len(top) // 2]  # a few officials chair most meetings


def test_sizes_share_one_generated_sequence():
    from bench import gen_graph

    gen_graph.forget()
    by_rels = sized(rels=3000)
    by_nodes = sized(nodes=3000)  # reuses the batches generated for by_rels, then grows
    for g in (by_rels, by_nodes):
        assert list(g.batches) == [batch(7, i) for i in range(len(g.batches))]
        nodes, rels = merged(g.batches)
        assert (sum(map(len, nodes.values())), sum(map(len, rels.values()))) == (g.nodes, g.rels)
        shorter = merged(g.batches[:-1])  # the shortest prefix that reaches the target
        assert min(sum(map(len, shorter[0].values())), sum(map(len, shorter[1].values()))) < 3000
    assert by_rels.rels >= 3000 and by_nodes.nodes >= 3000
    assert sized(nodes=10**9, rels=3000) == by_rels  # either target met: the shorter prefix
    gen_graph.forget()
    assert sized(rels=3000) == by_rels
