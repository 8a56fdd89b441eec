"""Benchmark (run by hand): the named queries on graphs of 1, 100 and 1,000 diseases.

    python bench/query.py [--sizes 1 100 1000] [--runs 5]

Graphs: the ALL graph replicated under distinct disease, article and evidence IRIs; the
concepts (symptoms, tests, ...) are shared between copies as they are between real articles.
For each query, the median time of:
  rdflib      rdflib's own SPARQL engine on an in-memory rdflib Graph (initBindings);
  oxigraph    pyoxigraph natively: Store.query with substitutions, results consumed;
  diseasekg   our path in-process: checks, binding, pyoxigraph, results serialised to JSON;
  +fork       our CLI path: the same in a child forked for the query, with a time limit;
  +pool       our server path: the same in a pre-forked worker, with a time limit.
Ratios are to pyoxigraph native, measured in the same process.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal

sys.path.insert(0, str(Path(__file__).parents[1]))

from extract.pipeline import bundled_article, extract_article, read_article
from graphs.build import build_graph
from graphs.export import serialize_graph
from graphs.sparql import WorkerPool, bind_parameters, check_query, execute, named_queries, run_query

QUERIES = {
    "symptoms": {"disease": "Acute lymphoblastic leukemia 7"},
    "treatments": {"disease": "Acute lymphoblastic leukemia 7"},
    "shared-symptoms": {"disease": "Acute lymphoblastic leukemia 7"},
    "diseases-with-symptom": {"symptom": "fever"},
    "evidence": {"subject": "Acute lymphoblastic leukemia 7", "object": "fever"},
    "counts-by-type": {},
}


def replicated(base: Graph, copies: int) -> bytes:
    """N-Triples of ``copies`` renamed copies of the disease, its article and its evidence."""
    disease = "https://w3id.org/diseasekg/concept/acute-lymphoblastic-leukemia"
    article = "https://medlineplus.gov/ency/article/000541.htm"
    lines = serialize_graph(base, "nt").decode().splitlines()
    out = []
    for i in range(copies):
        for line in lines:
            if i and "/concept/" in line and disease not in line and "evidence/" not in line and article not in line:
                continue  # shared concepts: stated once
            line = line.replace(disease + ">", f"{disease}-{i}>").replace(article, f"{article}#{i}")
            line = line.replace("/evidence/", f"/evidence/{i}-")
            line = line.replace('"Acute lymphoblastic leukemia"@en', f'"Acute lymphoblastic leukemia {i}"@en')
            out.append(line)
    return ("\n".join(out) + "\n").encode()


def median_time(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 100, 1000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-rdflib", action="store_true", help="rdflib takes hours on 1,000 diseases")
    parser.add_argument("--queries", nargs="+", default=list(QUERIES), choices=list(QUERIES))
    args = parser.parse_args()
    base = build_graph([extract_article(read_article(bundled_article()))])
    print(
        f"{'diseases':>8} {'triples':>9} {'query':<22}{'rdflib':>9}{'oxigraph':>10}{'diseasekg':>10}{'+fork':>8}"
        f"{'+pool':>8}{'rdflib/ox':>10}{'dkg/ox':>8}{'fork/ox':>8}{'pool/ox':>8}"
    )
    for size in args.sizes:
        data = replicated(base, size)
        rdf = Graph() if args.skip_rdflib else Graph().parse(data=data, format="nt")
        store = ox.Store()
        store.bulk_load(input=data, format=ox.RdfFormat.N_TRIPLES)
        pool = WorkerPool(lambda: store, size=1)  # noqa: B023
        for name, params in ((q, QUERIES[q]) for q in args.queries):
            named = named_queries()[name]
            if size == 1:
                params = {k: v.replace(" 7", " 0") for k, v in params.items()}
            substitutions = bind_parameters(named, params)
            kind = check_query(named.text)
            init = {k: Literal(v) for k, v in params.items()}
            t_rdflib = (
                float("nan")
                if args.skip_rdflib
                else median_time(lambda: list(rdf.query(named.text, initBindings=init)), args.runs)  # noqa: B023
            )
            t_ox = median_time(lambda: list(store.query(named.text, substitutions=substitutions)), args.runs)  # noqa: B023
            t_dkg = median_time(lambda: execute(store, named.text, kind, substitutions=substitutions), args.runs)  # noqa: B023
            t_fork = median_time(
                lambda: run_query(lambda: store, named.text, kind, timeout=600, substitutions=substitutions),  # noqa: B023
                args.runs,
            )
            t_pool = median_time(
                lambda: pool.run(named.text, kind, timeout=600, substitutions=substitutions),  # noqa: B023
                args.runs,
            )
            print(
                f"{size:>8} {len(store):>9,} {name:<22}{t_rdflib * 1e3:>8.1f}m{t_ox * 1e3:>9.1f}m{t_dkg * 1e3:>9.1f}m"
                f"{t_fork * 1e3:>7.1f}m{t_pool * 1e3:>7.1f}m{t_rdflib / t_ox:>10.1f}{t_dkg / t_ox:>8.2f}"
                f"{t_fork / t_ox:>8.2f}{t_pool / t_ox:>8.2f}",
                flush=True,
            )
        pool.close()


if __name__ == "__main__":
    main()
