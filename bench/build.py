"""Benchmark (run by hand): a build of 1 to 1,000 articles into one graph plus Turtle, HTML and store.

    python bench/build.py [--sizes 1 10 100 1000] [--runs 3] [--jobs 2]

The corpus (the bundled article and the test articles) is replicated under distinct titles and
file names, so that every copy is its own disease and article while the concepts they name are
shared, as they are in real articles. Each build runs in a fresh process (``--one``), so that its
peak memory is its own. Prints median wall time, articles per second, the ratio of time per
article to the 10-article build of the same run, peak memory and the share of concepts grounded.
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


def one(corpus: Path, out: Path, jobs: int) -> None:
    from rdflib import SKOS

    from graphs.job import run_build
    from ontology import DKG

    start = time.perf_counter()
    result = run_build([corpus], out, jobs=jobs, force=True)
    seconds = time.perf_counter() - start
    concepts = result.graph.instances(SKOS.Concept)
    ungrounded = result.graph.instances(DKG.UngroundedConcept)
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "triples": len(result.graph),
                "concepts": concepts,
                "grounded": 1 - ungrounded / max(concepts, 1),
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 10, 100, 1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--one", nargs=2, metavar=("CORPUS", "OUT"))
    args = parser.parse_args()
    if args.one:
        one(Path(args.one[0]), Path(args.one[1]), args.jobs)
        return
    print(
        f"{'articles':>8}{'triples':>10}{'concepts':>9}{'median s':>10}{'art/s':>8}{'s/art vs 10':>12}"
        f"{'peak MB':>9}{'grounded':>9}"
    )
    reference = None
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            corpus = Path(tmp) / f"corpus{size}"
            corpus.mkdir()
            make_corpus(corpus, size)
            runs = [
                json.loads(
                    subprocess.run(
                        [
                            sys.executable,
                            __file__,
                            "--one",
                            str(corpus),
                            str(Path(tmp) / f"out{size}-{r}"),
                            "--jobs",
                            str(args.jobs),
                        ],
                        check=True,
                        capture_output=True,
                        text=True,
                    ).stdout
                )
                for r in range(args.runs if size < 1000 else max(1, args.runs - 1))
            ]
            median = statistics.median(r["seconds"] for r in runs)
            per_article = median / size
            reference = reference or (per_article if size >= 10 else None)
            ratio = f"{per_article / reference:.2f}" if reference else "-"
            last = runs[-1]
            print(
                f"{size:>8}{last['triples']:>10,}{last['concepts']:>9,}{median:>10.2f}{size / median:>8.1f}"
                f"{ratio:>12}{max(r['peak_mb'] for r in runs):>9.0f}{last['grounded']:>9.0%}",
                flush=True,
            )


if __name__ == "__main__":
    main()
