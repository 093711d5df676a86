"""The benchmark's time budget: a step that cannot fit takes fewer runs or articles."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import budgeted
from bench.run import FULL, extract_articles


def test_budgeted_runs_what_fits_and_no_more():
    calls = []

    def run() -> None:
        calls.append(1)
        time.sleep(0.02)

    assert len(budgeted(run, budget_s=10, runs=5)) == 5 and len(calls) == 6  # warm-up + 5
    calls.clear()
    times = budgeted(run, budget_s=0.03, runs=5)  # the warm-up leaves no room for another
    assert len(times) == 1 and len(calls) == 1 and times[0] >= 0.02
    calls.clear()
    assert len(budgeted(run, budget_s=0.05, runs=5, estimate_s=1.0)) == 1  # projected: no warm-up
    assert len(calls) == 1


def test_extraction_takes_fewer_articles_only_when_all_would_not_fit():
    fast = extract_articles(FULL, seconds=20 * 60, rate=100.0)
    assert fast == FULL.articles
    slow = extract_articles(FULL, seconds=7 * 60, rate=20.0)
    slower = extract_articles(FULL, seconds=7 * 60, rate=10.0)
    assert FULL.articles > slow > slower > 0
    assert slow % 5 == 0  # whole shards for the 5 timed runs


def test_loading_contenders_take_the_runs_their_measured_time_allows():
    from bench.load_bench import Contender, interleave

    calls = {"quick": 0, "slow": 0}

    def contender(key: str, seconds: float) -> Contender:
        def run() -> None:
            calls[key] += 1
            time.sleep(seconds)
        return Contender(key, run, facts=100)

    # The previous size projected both far slower than they are: the measured time decides.
    rates = {"quick": 100 / 0.5, "slow": 100 / 0.5}
    out = interleave([contender("quick", 0.01), contender("slow", 0.35)], budget_s=0.6,
                     rates=rates, runs=5)
    assert out["quick"]["runs"] == 5 and calls["quick"] == 5  # projected over half: no warm-up
    assert out["slow"]["runs"] == 1 and calls["slow"] == 1  # a second run would overrun
