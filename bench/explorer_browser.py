"""Benchmark (run by hand): the explorer in Chromium, served and offline, and its views under load.

    python bench/explorer_browser.py OUT [--runs 3] [--load 300]

OUT is a build directory (``diseasekg build ... -o OUT``). Serves it as ``diseasekg serve`` does,
waits until the names for search are read, then in headless Debian Chromium (Playwright): time to
the explorer's overview, from typing "fever" to results, from Enter to Fever's neighbourhood drawn,
and to the paths from Fever to Diabetes. Then the same for ``OUT/graph.html`` opened from
``file://`` (page size too). Last, ``--load`` light requests (a light SPARQL query, search, Fever's view, paths),
24 at a time, alone (the reference) and while four runaway queries hold the SPARQL workers:
their median and p99.
"""

from __future__ import annotations

import contextlib
import json
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from argparse import ArgumentParser
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

FEVER = "https://w3id.org/diseasekg/concept/fever"
DIABETES = "https://w3id.org/diseasekg/concept/diabetes"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def in_browser(url: str, runs: int, paths: bool) -> list[dict[str, float]]:
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM_ARGS, chromium_path

    figures = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        for _ in range(runs):
            run: dict[str, float] = {}
            start = time.perf_counter()
            page.goto(url)
            page.wait_for_selector("body[data-ready=overview]", state="attached", timeout=60_000)
            run["interactive_s"] = time.perf_counter() - start
            start = time.perf_counter()
            page.fill("#search", "fever")
            page.wait_for_function("() => document.body.dataset.searched === 'fever'")
            run["search_ms"] = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            page.keyboard.press("Enter")
            page.wait_for_selector("body[data-ready$='/concept/fever']", state="attached", timeout=60_000)
            run["neighbourhood_s"] = time.perf_counter() - start
            start = time.perf_counter()
            node = page.evaluate(
                "() => window.explorer.nodes.get({filter: n => n.kind === 'disease'}).map(n => n.id)[0]"
            )
            page.evaluate("iri => window.explorer.network.emit('doubleClick', {nodes: [iri]})", node)
            page.wait_for_function("iri => document.body.dataset.expanded === iri", arg=node)
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            run["expand_s"] = time.perf_counter() - start
            if paths:
                start = time.perf_counter()
                target = "#/paths/" + urllib.parse.quote(FEVER, safe="") + "/" + urllib.parse.quote(DIABETES, safe="")
                page.evaluate("hash => { location.hash = hash }", target)
                page.wait_for_selector("body[data-ready=paths]", state="attached", timeout=60_000)
                run["paths_s"] = time.perf_counter() - start
            figures.append(run)
        browser.close()
    return figures


def under_runaways(base: str, requests: int, runaways: int = 4) -> dict[str, float]:
    def runaway() -> None:
        data = urllib.parse.urlencode({"query": RUNAWAY}).encode()
        with contextlib.suppress(urllib.error.URLError):  # stopped by the time limit: 503
            urllib.request.urlopen(base + "/sparql", data=data, timeout=120).close()  # noqa: S310 - our loopback server

    threads = [threading.Thread(target=runaway) for _ in range(runaways)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)
    light = "SELECT ?s WHERE { ?s a <https://schema.org/Drug> } LIMIT 10"
    views = [
        "/sparql?" + urllib.parse.urlencode({"query": light}),
        "/api/search?q=fever",
        "/api/concept?" + urllib.parse.urlencode({"iri": FEVER}),
        "/api/paths?" + urllib.parse.urlencode({"from": FEVER, "to": DIABETES}),
    ]

    def one(i: int) -> float:
        start = time.perf_counter()
        with urllib.request.urlopen(base + views[i % len(views)], timeout=120) as response:  # noqa: S310
            response.read()
        return time.perf_counter() - start

    with ThreadPoolExecutor(24) as pool:
        times = sorted(pool.map(one, range(requests)))
    for thread in threads:
        thread.join()
    return {"median_ms": statistics.median(times) * 1000, "p99_ms": times[int(len(times) * 0.99) - 1] * 1000}


def main() -> None:
    from graphs.web.server import make_endpoint, make_server

    parser = ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--load", type=int, default=300)
    parser.add_argument("--no-browser", action="store_true", help="only the load")
    args = parser.parse_args()
    endpoint = make_endpoint(args.out)
    endpoint.views.prepare()
    server = make_server(endpoint, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://{}:{}".format(*server.server_address[:2])
    try:
        report: dict[str, object] = {}
        if not args.no_browser:
            report["served"] = in_browser(base + "/", args.runs, paths=True)
            report["offline_mb"] = (args.out / "graph.html").stat().st_size / 1e6
            report["offline"] = in_browser((args.out / "graph.html").resolve().as_uri(), args.runs, paths=True)
        report["views, no runaway (reference)"] = under_runaways(base, args.load, runaways=0)
        report["views under 4 runaways"] = under_runaways(base, args.load, runaways=4)
    finally:
        server.shutdown()
        endpoint.close()
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
