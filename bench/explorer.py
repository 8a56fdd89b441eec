"""Benchmark (run by hand): the server-side time of the explorer's views on a built graph.

    python bench/explorer.py OUT [--runs 5]

Starts the endpoint on OUT (a build directory) as `diseasekg serve` does, reads the names search
needs (timed once), then times each view through the query workers: median milliseconds of
``--runs`` runs, and the ratio to a plain SPARQL count of the graph's triples run the same way
(the reference of the same process, since these machines are noisy).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    from graphs.web.explorer import Views
    from graphs.web.server import make_endpoint

    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    endpoint = make_endpoint(args.out, timeout=60.0)
    views = Views(endpoint.workers, 60.0)
    try:
        start = time.perf_counter()
        views.prepare()
        print(f"names for search read in {time.perf_counter() - start:.2f} s")
        fever = "https://w3id.org/diseasekg/concept/fever"
        cases = {
            "count triples (reference)": lambda: endpoint.workers.run(
                "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "SELECT", timeout=60.0, result_format="json"
            ),
            "search 'fever'": lambda: views.search("fever"),
            "search 'pal'": lambda: views.search("pal"),
            "search 'HP:0001945'": lambda: views.search("HP:0001945"),
            "concept Fever": lambda: views.concept(fever),
            "concept Diabetes": lambda: views.concept("https://w3id.org/diseasekg/concept/diabetes"),
            "paths Asthma to Gout": lambda: views.paths(
                "https://w3id.org/diseasekg/concept/asthma", "https://w3id.org/diseasekg/concept/gout"
            ),
            "evidence of one link": lambda: views.evidence(
                "https://w3id.org/diseasekg/concept/measles", "https://schema.org/signOrSymptom", fever
            ),
        }
        reference = None
        for name, run in cases.items():
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                run()
                times.append((time.perf_counter() - start) * 1000)
            median = statistics.median(times)
            reference = reference or median
            print(f"{name:30s} {median:9.1f} ms  {median / reference:6.2f}x")
    finally:
        endpoint.close()


if __name__ == "__main__":
    main()
