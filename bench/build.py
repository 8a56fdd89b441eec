"""Benchmark (run by hand): a build of 1 to 1,000 articles into one graph plus Turtle, HTML and store.

    python bench/build.py [--sizes 1 10 100 1000] [--runs 3] [--jobs 2]

The corpus (the bundled article and the test articles) is replicated under distinct titles and
file names, so that every copy is its own disease and article while the concepts they name are
shared, as they are in real articles. Each build runs in a fresh process (``--one``), so that its
peak memory is its own. Prints the median wall time of the merged graph plus its Turtle (the
issue's goal) and of the whole build (also graph.html and the Oxigraph store), articles per second
and the ratio of time per article to the 10-article build (both of the whole build), peak memory
and the share of concepts grounded (inflated by replication: copies keep their alternative names).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))


def make_corpus(directory: Path, count: int) -> None:
    sources = sorted((ROOT / "tests" / "resources" / "articles").glob("*.txt"))
    sources.append(ROOT / "extract" / "data" / "000541-acute-lymphoblastic-leukemia.txt")
    for i in range(count):
        source = sources[i % len(sources)]
        text = source.read_text(encoding="utf-8")
        title = text.split("\n", 1)[0]
        renamed = title.replace(":", f" {i}:", 1) if ":" in title else f"{title} {i}"
        (directory / f"{i:05d}-{source.name}").write_text(text.replace(title, renamed, 1), encoding="utf-8")


def one(corpus: Path, out: Path, jobs: int, turtle_only: bool) -> None:
    from rdflib import SKOS

    from extract.read import MAX_INPUT_BYTES
    from graphs.build import merge
    from graphs.export import write_bytes_atomic
    from graphs.job import iter_articles, iter_sources, run_build
    from ontology import DKG

    start = time.perf_counter()
    if turtle_only:  # the merged graph plus its Turtle, as the goal names it
        graph = merge(iter_articles(list(iter_sources([corpus])), max_bytes=MAX_INPUT_BYTES, jobs=jobs))
        write_bytes_atomic(out / "graph.ttl", graph.turtle())
    else:  # all that `diseasekg build` writes: graph.ttl, graph.html and the Oxigraph store
        graph = run_build([corpus], out, jobs=jobs, force=True).graph
    seconds = time.perf_counter() - start
    concepts = graph.instances(SKOS.Concept)
    ungrounded = graph.instances(DKG.UngroundedConcept)
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "triples": len(graph),
                "concepts": concepts,
                "grounded": 1 - ungrounded / max(concepts, 1),
            }
        )
    )


def _runs(corpus: Path, out: Path, jobs: int, count: int, turtle_only: bool) -> list[dict]:
    command = [sys.executable, __file__, "--one", str(corpus), "", "--jobs", str(jobs)]
    runs = []
    for r in range(count):
        command[4] = str(out.with_name(f"{out.name}-{'ttl' if turtle_only else 'build'}-{r}"))
        extra = ["--turtle-only"] if turtle_only else []
        done = subprocess.run(command + extra, check=True, capture_output=True, text=True)
        runs.append(json.loads(done.stdout))
    return runs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100, 1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--one", nargs=2, metavar=("CORPUS", "OUT"))
    parser.add_argument("--turtle-only", action="store_true")
    args = parser.parse_args()
    if args.one:
        one(Path(args.one[0]), Path(args.one[1]), args.jobs, args.turtle_only)
        return
    print(
        f"{'articles':>8}{'triples':>10}{'concepts':>9}{'graph+ttl s':>12}{'build s':>9}{'art/s':>8}"
        f"{'s/art vs 10':>12}{'peak MB':>9}{'grounded':>9}"
    )
    reference = None
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            corpus = Path(tmp) / f"corpus{size}"
            corpus.mkdir()
            make_corpus(corpus, size)
            turtle = _runs(corpus, Path(tmp) / f"out{size}", args.jobs, args.runs, turtle_only=True)
            builds = _runs(corpus, Path(tmp) / f"out{size}", args.jobs, args.runs, turtle_only=False)
            turtle_median = statistics.median(r["seconds"] for r in turtle)
            median = statistics.median(r["seconds"] for r in builds)
            per_article = median / size
            reference = reference or (per_article if size >= 10 else None)
            ratio = f"{per_article / reference:.2f}" if reference else "-"
            last = builds[-1]
            print(
                f"{size:>8}{last['triples']:>10,}{last['concepts']:>9,}{turtle_median:>12.2f}{median:>9.2f}"
                f"{size / median:>8.1f}{ratio:>12}{max(r['peak_mb'] for r in builds):>9.0f}{last['grounded']:>9.0%}",
                flush=True,
            )


if __name__ == "__main__":
    main()
