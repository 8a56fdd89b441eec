"""Benchmark (run by hand): time from opening the page to the network drawn, in headless Chromium.

    python bench/view.py [--runs 5]

Graphs: the bundled ALL article, and synthetic graphs of 1,000 and 10,000 concepts (one
disease per 20 concepts, each concept linked to one or two diseases). Prints medians, the
ratio to the ALL page, render time in Python and page size.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).parents[1]))

from extract.pipeline import bundled_article, extract_article, read_article
from graphs.build import build_graph
from graphs.convert import to_networkx
from graphs.render import RELATION_STYLES, generate_html
from tests.browser import CHROMIUM_ARGS, chromium_path

KINDS = ["symptom", "risk_factor", "test", "therapy", "drug", "complication", "anatomy"]
RELATIONS = ["signOrSymptom", "riskFactor", "typicalTest", "possibleTreatment", "drug", "possibleComplication"]


def synthetic(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """A graph shaped like many merged articles: diseases as hubs, concepts shared by some."""
    rng = random.Random(seed)
    nxg = nx.MultiDiGraph()
    diseases = [f"d{i}" for i in range(max(1, n // 20))]
    for d in diseases:
        nxg.add_node(
            d, label=f"Disease {d}", kind="disease", types=[], alt_labels=[], identifiers=[], close_matches=[], facts={}
        )
    for i in range(n - len(diseases)):
        node = f"c{i}"
        nxg.add_node(
            node,
            label=f"Concept {i}",
            kind=rng.choice(KINDS),
            types=[],
            alt_labels=[],
            identifiers=[],
            close_matches=[],
            facts={},
        )
        for d in rng.sample(diseases, k=min(len(diseases), rng.choice((1, 1, 1, 2)))):
            rel = rng.choice(RELATIONS)
            nxg.add_edge(d, node, key=rel, relation=rel, evidence=[{"section": "S", "text": "t", "source": "s"}])
    assert set(RELATIONS) <= set(RELATION_STYLES)
    return nxg


def time_page(browser: object, path: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready=true]", state="attached", timeout=120_000)
        times.append(time.perf_counter() - start)
        page.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    graphs = {"ALL article": to_networkx(build_graph([extract_article(read_article(bundled_article()))]))}
    graphs |= {"1,000 nodes": synthetic(1_000), "10,000 nodes": synthetic(10_000)}
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        reference = None
        for name, nxg in graphs.items():
            start = time.perf_counter()
            html = generate_html(nxg, title=name)
            render = time.perf_counter() - start
            path = Path(tmp) / f"{len(nxg)}.html"
            path.write_text(html, encoding="utf-8")
            median = statistics.median(time_page(browser, path, args.runs))
            reference = reference or median
            rows.append(
                (name, len(nxg), nxg.number_of_edges(), median, median / reference, render, path.stat().st_size)
            )
        browser.close()
    print(
        f"{'graph':<14}{'nodes':>8}{'edges':>8}{'drawn (median s)':>18}{'x ALL':>7}{'render (s)':>12}{'HTML (MB)':>11}"
    )
    for name, nodes, edges, median, ratio, render, size in rows:
        print(f"{name:<14}{nodes:>8,}{edges:>8,}{median:>18.2f}{ratio:>7.1f}{render:>12.2f}{size / 1e6:>11.2f}")


if __name__ == "__main__":
    main()
