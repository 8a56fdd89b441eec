"""Benchmark (run by hand): how well the extractor reads the gold articles, scored by the shared scorer.

    python bench/accuracy.py [--gold DIR] [--scorer PATH] [--only NUM,NUM] [--misses] [--json OUT.json]

Builds each gold article on its own, in this process (the same extraction and graph as
``diseasekg build``, without the page and the store), writes its Turtle, and scores it with
``../shared/eval/score.py`` (the copy in ``tests/resources/gold`` when ``../shared`` is absent),
so the figures equal ``python ../shared/eval/score_gold.py``'s. Prints a table per article and
per relation, micro-averaged precision, recall and F1 over risk factors, symptoms, tests and
treatments (the headline), and with ``--misses`` what each article missed and what it linked
that matches no gold item.

The gold articles are the ones the rules were judged on, so this is not a held-out measure.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from tests.gold import GOLD, RELATIONS, load_scorer, micro, score_article  # noqa: E402


def main() -> None:
    shared_gold, shared_scorer = SHARED / "corpus" / "gold", SHARED / "eval" / "score.py"
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--gold", type=Path, default=shared_gold if shared_gold.is_dir() else GOLD)
    parser.add_argument("--scorer", type=Path, default=shared_scorer if shared_scorer.is_file() else GOLD / "score.py")
    parser.add_argument("--only", default="")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    scorer = load_scorer(args.scorer)
    only = set(filter(None, args.only.split(",")))
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        golds = [g for g in sorted(args.gold.glob("*.json")) if g.with_suffix(".txt").exists()]
        rows = [score_article(scorer, g, Path(tmp)) for g in golds if not only or g.stem in only]
    print(f"{'article':8s} {'P':>5s} {'R':>5s} {'F1':>5s} {'hpo':>7s}  title")
    for r in rows:
        print(
            f"{r['num']:8s} {r['precision']:5.2f} {r['recall']:5.2f} {r['f1']:5.2f} {r['hpo']:>7s}  {r['title'][:60]}"
        )
        if args.misses:
            for rel, v in r["relations"].items():
                if v["missing"] or v["false_positives"]:
                    print(f"    {rel:12s} missed {v['missing']}  wrong {v['false_positives']}")
    print()
    for rel in RELATIONS:
        p, rr, f = micro(rows, (rel,))
        print(f"{rel:12s} P {p:.3f}  R {rr:.3f}  F1 {f:.3f}")
    p, rr, f = micro(rows)
    hpo = [tuple(map(int, r["hpo"].split("/"))) for r in rows]
    print(f"hpo grounding of matched symptoms: {sum(a for a, _ in hpo)}/{sum(b for _, b in hpo)}")
    print(f"micro over risk_factor, symptom, test, treatment: P {p:.3f} R {rr:.3f} F1 {f:.3f} ({len(rows)} articles)")
    print(f"({time.perf_counter() - start:.1f} s)")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "P": p, "R": rr, "F1": f}, indent=1))


if __name__ == "__main__":
    main()
