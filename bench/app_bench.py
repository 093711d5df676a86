"""App: time to first meaningful paint of the Person and Network pages in headless chromium.

The Streamlit app runs against the bench instance (holding the largest generated graph); Debian's
chromium is driven by Playwright with the flags the browser tests use. Each run opens a fresh
browser context (no client cache) on a different busy official (drawn by degree), so the app's
query cache does not answer for Neo4j. Time runs from the navigation request until:
- Person: the person's name heading and the meeting metrics are painted (first meaningful paint),
  and, as a second figure, until the page's last section (the meetings table) is drawn;
- Network: the graph is first drawn (vis-network's first frame in the page's iframe, by the
  browser's clocks), and, as a second figure, until the driver's poll sees the canvas.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from urllib.parse import quote

from bench import instance
from bench.common import ROOT, TAG, log, median

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
TIMEOUT_MS = 60_000
TARGET_S = 2.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app() -> tuple[subprocess.Popen, str]:
    instance.use_bench_instance()
    port = _free_port()
    name = f"bench-app-{TAG}.log" if TAG else "bench-app.log"  # a private bench's own log
    log_file = open(ROOT / ".convene" / name, "w")  # noqa: SIM115 - kept with proc
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app" / "Home.py"),
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        stdout=log_file, stderr=subprocess.STDOUT, cwd=ROOT, env=dict(os.environ),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
            return proc, url
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError(f"the app did not start; see .convene/{name}")


def _person_paint(page, url: str, person_id: str, name: str) -> tuple[float, float]:
    t0 = time.perf_counter()
    page.goto(f"{url}/Person?person={quote(person_id)}", wait_until="commit")
    page.locator("h1, h2, h3", has_text=name).first.wait_for(timeout=TIMEOUT_MS)
    page.locator('[data-testid="stMetric"]').first.wait_for(timeout=TIMEOUT_MS)
    fmp = time.perf_counter() - t0
    page.get_by_text("All meetings (any role)").first.wait_for(timeout=TIMEOUT_MS)
    page.locator('[data-testid="stDataFrame"], [data-testid="stTable"]').last.wait_for(
        timeout=TIMEOUT_MS)
    return fmp, time.perf_counter() - t0


def _network_paint(page, url: str, person_id: str) -> tuple[float, float]:
    """(first drawing, canvas seen): the graph's first drawing by the browser's own clocks, from
    the navigation's start to vis-network's first `afterDrawing` in the iframe (the page marks
    it as body[data-drawn-ms]); and, by the wall clock, until the driver's poll sees the canvas,
    which runs late while the page's main thread builds the widgets and tables."""
    t0 = time.perf_counter()
    page.goto(f"{url}/Network?person={quote(person_id)}", wait_until="commit")
    frame = page.frame_locator("iframe").first
    frame.locator("canvas").first.wait_for(timeout=TIMEOUT_MS)
    seen = time.perf_counter() - t0
    frame.locator("body[data-drawn-ms]").wait_for(state="attached", timeout=TIMEOUT_MS)
    inner = next(f for f in page.frames if f.parent_frame is not None and f.query_selector(
        "body[data-drawn-ms]"))
    drawn_at = inner.evaluate(
        "() => performance.timeOrigin + Number(document.body.dataset.drawnMs)")
    started = page.evaluate("() => performance.timeOrigin")
    return (drawn_at - started) / 1000, seen


def run(people: list[tuple[str, str]], runs: int) -> dict:
    """people: (id, name) of busy officials, at least runs + 1 of them (one for the warm-up)."""
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        return {"error": f"{CHROMIUM} not found (apt-get install chromium)"}
    proc, url = start_app()
    out: dict = {"runs": runs}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS,
                                         headless=True)
            fmp, full, net, seen = [], [], [], []
            for i, (pid, name) in enumerate(people[:runs + 1]):
                for what in ("person", "network"):
                    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
                    page = ctx.new_page()
                    try:
                        if what == "person":
                            a, b = _person_paint(page, url, pid, name)
                            if i:
                                fmp.append(a)
                                full.append(b)
                        else:
                            a, b = _network_paint(page, url, pid)
                            if i:
                                net.append(a)
                                seen.append(b)
                    finally:
                        ctx.close()
            browser.close()
    except Exception as exc:  # noqa: BLE001 - reported in the results
        out["error"] = f"{type(exc).__name__}: {exc}"[:600]
        log(f"  app: ERROR {out['error']}")
        return out
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    out["person_fmp_s"] = {"seconds": fmp, "median_s": median(fmp)}
    out["person_complete_s"] = {"seconds": full, "median_s": median(full)}
    out["network_fmp_s"] = {"seconds": net, "median_s": median(net)}
    out["network_canvas_seen_s"] = {"seconds": seen, "median_s": median(seen)}
    log(f"  app: Person {median(fmp):.2f} s (complete {median(full):.2f} s), "
        f"Network {median(net):.2f} s (canvas seen by the driver {median(seen):.2f} s)")
    return out
