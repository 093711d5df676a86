"""End to end in Debian chromium against `streamlit run app/Home.py` and the test Neo4j.

Search an official and open their page; draw the network with every non-local request blocked
(the drawing must be self-contained); run a read query in the console and see writes refused
with nothing changed; download Turtle and parse it. Screenshots go to test-artifacts/.
Under CI=true a browser that cannot start fails the test (conftest.unavailable).
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from urllib.parse import quote, urlparse

import explorer_data as ed
import pytest
from conftest import ROOT, counts, running_app, unavailable

P, M, B = ed.PERSON, ed.MEETING, ed.BODY
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
WAIT = 60_000  # ms: a first page run on a cold app can take a while


@pytest.fixture(scope="module")
def graph(neo4j_driver):
    with neo4j_driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume()
    ed.load_into(neo4j_driver)
    return neo4j_driver


@pytest.fixture(scope="module")
def app(graph, tmp_path_factory):
    """The real app in its own process, on a free port, reading the test Neo4j."""
    log = tmp_path_factory.mktemp("streamlit") / "streamlit.log"
    with running_app(os.environ.copy(), log) as (url, _proc):
        yield url + "/"


@pytest.fixture(scope="module")
def browser_context():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        unavailable(f"playwright is not installed: {exc}")
    if not Path(CHROMIUM).exists():
        unavailable(f"Debian chromium not found at {CHROMIUM}")
    profile = ROOT / ".convene" / f"chromium-explorer-{os.getpid()}"
    with sync_playwright() as pw:
        try:
            context = pw.chromium.launch_persistent_context(
                str(profile), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
                viewport={"width": 1400, "height": 1800}, accept_downloads=True)
        except Exception as exc:  # noqa: BLE001 - reported through unavailable()
            unavailable(f"chromium cannot launch: {exc}")
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser_context):
    tab = browser_context.new_page()
    yield tab
    tab.close()


def _settled(tab):
    """Wait until the script run is over and drawn: no status widget, no skeleton, and every
    visible table on its canvas (tables in hidden tabs draw only when shown)."""
    tab.wait_for_load_state("networkidle")
    tab.wait_for_function("""() => !document.querySelector('[data-testid="stStatusWidget"]')
        && !document.querySelector('[data-testid="stSkeleton"]')
        && [...document.querySelectorAll('[data-testid="stDataFrame"]')]
             .filter(d => d.offsetParent !== null && !d.closest('details:not([open])'))
             .every(d => d.querySelector('canvas'))""",
                          timeout=WAIT)
    tab.wait_for_timeout(500)  # let the last canvases paint before a screenshot


def test_search_an_official_and_open_their_page(app, page, artifacts):
    page.goto(app)
    box = page.get_by_label("Search people, bodies and meetings")
    box.wait_for(timeout=WAIT)
    box.fill("wen hai")
    box.press("Enter")
    link = page.get_by_role("link", name="Zhou Wenhai", exact=False).first
    link.wait_for(timeout=WAIT)
    _settled(page)
    page.screenshot(path=str(artifacts / "explorer-home-search.png"), full_page=True)
    link.click()
    page.get_by_role("heading", name="Zhou Wenhai").wait_for(timeout=WAIT)
    assert f"person={quote(P['zhou'])}" in page.url or f"person={P['zhou']}" in page.url
    page.get_by_text("Posts over time").wait_for(timeout=WAIT)
    page.get_by_text("Frequent co-participants").wait_for(timeout=WAIT)
    _settled(page)
    page.screenshot(path=str(artifacts / "explorer-person.png"), full_page=True)


def test_pages_open_from_their_url(app, page, artifacts):
    for name, path, expect in [
        ("meeting", f"Meeting?meeting={quote(M['city_convey'])}", "Participants (2)"),
        ("body", f"Body?body={quote(B['prov_pc'])}", "Posts and holders"),
        ("article", f"Article?article={quote(ed.ARTICLE['en_plenary'])}", "Claims read"),
        ("queries", "Queries?name=most_active_chairs", "row(s)"),
        ("ingest", "Ingest", "Extract and load"),
    ]:
        page.goto(app + path)
        page.get_by_text(expect, exact=False).first.wait_for(timeout=WAIT)
        _settled(page)
        page.screenshot(path=str(artifacts / f"explorer-{name}.png"), full_page=True)


def test_network_draws_offline(app, page, artifacts):
    blocked: list[str] = []

    def only_local(route):
        if urlparse(route.request.url).hostname in LOCAL_HOSTS or route.request.url.startswith(
                ("data:", "blob:", "about:")):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.goto(app + f"Network?person={quote(P['zhou'])}")
    page.get_by_text("nodes,", exact=False).first.wait_for(timeout=WAIT)
    frame = None
    deadline = time.monotonic() + 60
    while frame is None and time.monotonic() < deadline:
        frame = next((f for f in page.frames if f.query_selector("#mynetwork")), None)
        time.sleep(0.3)
    assert frame is not None, "the network iframe never appeared"
    frame.wait_for_selector("body[data-settled='1']", state="attached", timeout=WAIT)
    # The first drawing is marked in the page's own clock (the benchmark reads it).
    assert int(frame.evaluate("() => document.body.dataset.drawnMs")) > 0
    drawn = frame.evaluate("""() => {
        const canvas = document.querySelector('#mynetwork canvas');
        const ctx = canvas.getContext('2d');
        const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let coloured = 0;
        for (let i = 0; i < px.length; i += 4) {
            if (px[i + 3] > 0 && (px[i] < 240 || px[i + 1] < 240 || px[i + 2] < 240)) coloured++;
        }
        return {nodes: network.body.data.nodes.length, edges: network.body.data.edges.length,
                coloured: coloured, physics: network.physics.options.enabled,
                vis: typeof vis !== 'undefined'};
    }""")
    assert drawn["vis"] and drawn["nodes"] > 5 and drawn["edges"] > 5
    assert drawn["coloured"] > 2000, drawn  # the canvas holds drawn shapes, not a blank page
    assert drawn["physics"] is False  # the layout settled and stopped
    assert not [u for u in blocked if "vis" in u or "bootstrap" in u or "cdn" in u], blocked
    page.screenshot(path=str(artifacts / "explorer-network.png"), full_page=True)


def _run_console(page, app, query: str) -> None:
    page.goto(app + "Cypher")
    box = page.get_by_label("Query")
    box.wait_for(timeout=WAIT)
    _settled(page)
    box.fill(query)
    box.press("Control+Enter")  # commit the text area before the click
    _settled(page)
    page.get_by_role("button", name="Run").click()


def test_console_runs_a_read_query(app, page, artifacts):
    _run_console(page, app, "MATCH (p:Person)-[r:CHAIRED]->(m:Meeting) RETURN p.name AS chair, "
                            "m.name AS meeting, m.date AS date ORDER BY date")
    page.get_by_text("row(s) in", exact=False).wait_for(timeout=WAIT)
    chairs = sum(1 for v in ed.MEETINGS.values() for _, role in v[4] if role == "chair")
    assert page.get_by_text(f"{chairs} row(s) in", exact=False).count() == 1
    _settled(page)
    page.screenshot(path=str(artifacts / "explorer-cypher.png"), full_page=True)


@pytest.mark.parametrize("write", [
    "CREATE (:Person {id: 'intruder'})",
    "MERGE (p:Person {id: 'intruder'}) RETURN p",
    "MATCH (m:Meeting) DETACH DELETE m",
    "MATCH (p:Person) CALL (p) { SET p.flag = true } IN TRANSACTIONS OF 10 ROWS",
    "CALL db.createLabel('Intruder')",
])
def test_console_refuses_writes(app, page, graph, write):
    before = counts(graph)
    _run_console(page, app, write)
    page.get_by_text("refused: ", exact=False).first.wait_for(timeout=WAIT)
    assert counts(graph) == before


def test_download_turtle_and_parse_it(app, page, artifacts, graph):
    import rdflib

    page.goto(app + f"Export?person={quote(P['zhou'])}")
    button = page.get_by_role("button", name="Download Turtle")
    button.wait_for(timeout=WAIT)
    _settled(page)
    page.screenshot(path=str(artifacts / "explorer-export.png"), full_page=True)
    with page.expect_download(timeout=120_000) as download:
        button.click()
    target = artifacts / "explorer-export.ttl"
    download.value.save_as(str(target))
    parsed = rdflib.Graph().parse(str(target), format="turtle")
    assert len(parsed) > 20
    names = {str(o) for o in parsed.objects() if isinstance(o, rdflib.Literal)}
    assert "Zhou Wenhai" in names and "周文海" in names
    assert "韩雪梅" not in names  # only what concerns the selected person


INVENTED_ARTICLE = (
    "Lanshan Daily, July 21, 2024\n"
    "Standing Committee of the Lanshan Provincial Party Committee holds meeting\n"
    "On July 20, Zhou Wenhai, Secretary of the Lanshan Provincial Party Committee, presided over "
    "a meeting of the Standing Committee of the Lanshan Provincial Party Committee to study flood "
    "prevention. Lin Qiuyue, Deputy Secretary of the Provincial Party Committee and Governor, "
    "attended the meeting.\n"
)


def test_upload_an_article_and_see_the_report(app, page, graph, tmp_path, artifacts):
    article = tmp_path / "lanshan_flood_meeting.txt"
    article.write_text(INVENTED_ARTICLE, encoding="utf-8")
    before = counts(graph)
    page.goto(app + "Ingest")
    button = page.get_by_role("button", name="Extract and load")
    button.wait_for(timeout=WAIT)
    _settled(page)
    page.locator("input[type=file]").set_input_files(str(article))
    page.wait_for_function("() => ![...document.querySelectorAll('button')].find("
                           "b => b.innerText.includes('Extract and load')).disabled",
                           timeout=WAIT)
    button.click()
    page.get_by_text("1 article(s) loaded", exact=False).wait_for(timeout=120_000)
    _settled(page)
    page.screenshot(path=str(artifacts / "explorer-ingest-report.png"), full_page=True)
    assert counts(graph)[0] > before[0]
    with graph.session() as session:
        found = session.run("MATCH (a:Article {document: $d}) RETURN count(a) AS n",
                            d=article.name).single()["n"]
    assert found == 1
    assert not any((ROOT / ".convene" / "uploads").glob("*/" + article.name))  # temp files gone
