"""A real browser (Debian chromium) opens the running app and sees a chair's name."""

from __future__ import annotations

from conftest import ROOT

from convene.graph.pipeline import ingest_paths


def test_front_page_shows_a_chair(empty_db, app_url, browser, artifacts):
    ingest_paths(empty_db, [ROOT / "examples"])
    page = browser.new_page()
    page.goto(app_url)
    page.get_by_text("Meetings (", exact=False).wait_for(timeout=60_000)
    # The table is drawn on a canvas (glide-data-grid); its accessible mirror holds the cells.
    page.get_by_text("Zhou Minghua", exact=False).first.wait_for(state="attached", timeout=30_000)
    page.screenshot(path=str(artifacts / "home.png"), full_page=True)
    page.close()
