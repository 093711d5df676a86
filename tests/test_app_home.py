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
