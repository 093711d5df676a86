"""The app's front page lists meetings and their chairs from the real Neo4j."""

from __future__ import annotations

from conftest import ROOT
from streamlit.testing.v1 import AppTest

from convene.graph.pipeline import ingest_paths


def test_home_shows_meetings_and_chairs(empty_db):
    ingest_paths(empty_db, [ROOT / "examples"])
    at = AppTest.from_file(str(ROOT / "app" / "Home.py"), default_timeout=60).run()
    assert not at.exception
    frame = at.dataframe[0].value
    chairs = ", ".join(frame["chairs"])
    assert "Zhou Minghua" in chairs and "罗振宇" in chairs
    # The rankings cover the year up to the newest meeting, and say so.
    newest = max(d for d in frame["date"] if d)
    captions = [c.value for c in at.caption]
    assert sum(c.startswith("Meetings from ") and c.endswith(f" to {newest}")
               for c in captions) == 2, captions
