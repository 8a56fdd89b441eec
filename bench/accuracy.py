"""Benchmark (run by hand): how well the extractor reads the gold articles, scored by the shared scorer.

    python bench/accuracy.py [--gold DIR] [--only NUM,NUM] [--misses] [--json OUT.json]

Builds each gold article on its own, in this process (the same extraction and graph as
``diseasekg build``, without the page and the store), writes its Turtle, and scores it with
``../shared/eval/score.py``, so the figures equal ``python ../shared/eval/score_gold.py``'s.
Prints a table per article and per relation, micro-averaged precision, recall and F1 over risk
factors, symptoms, tests and treatments (the headline), and with ``--misses`` what each article
missed and what it linked that matches no gold item.

The gold articles are the ones the rules were judged on, so this is not a held-out measure.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

RELS = ["risk_factor", "symptom", "test", "treatment", "complication", "prevention"]
CORE = RELS[:4]


def _scorer(path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def prf(tp: int, fp: int, hit: int, total: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = hit / total if total else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_article(scorer, gold: Path, article: Path, tmp: Path) -> dict:  # type: ignore[no-untyped-def]
    from extract import extract_article, read_article
    from graphs.build import article_triples, merge

    source = tmp / article.name
    source.write_bytes(article.read_bytes())
    turtle = tmp / f"{article.stem}.ttl"
    turtle.write_bytes(merge([article_triples(extract_article(read_article(source)))]).turtle())
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        scorer.main([str(gold), str(article), str(turtle), "--ontology", str(ROOT / "ontology"), "--json"])
    report = json.loads(out.getvalue())
    report["num"], report["title"] = gold.stem, json.loads(gold.read_text())["title"]
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--gold", type=Path, default=SHARED / "corpus" / "gold")
    parser.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    parser.add_argument("--only", default="")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    scorer = _scorer(args.scorer)
    only = set(filter(None, args.only.split(",")))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    rows = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for gold in sorted(args.gold.glob("*.json")):
            article = gold.with_suffix(".txt")
            if (only and gold.stem not in only) or not article.exists():
                continue
            report = score_article(scorer, gold, article, Path(tmp))
            rows.append(report)
            for rel, v in report["relations"].items():
                t = totals[rel]
                t[0] += v["tp"]
                t[1] += v["fp"]
                t[2] += v["core_hit"]
                t[3] += v["core_total"]
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
    for rel in RELS:
        p, rr, f = prf(*totals[rel])
        print(f"{rel:12s} P {p:.3f}  R {rr:.3f}  F1 {f:.3f}")
    p, rr, f = prf(*(sum(totals[rel][i] for rel in CORE) for i in range(4)))
    hpo = [tuple(map(int, r["hpo"].split("/"))) for r in rows]
    print(f"hpo grounding of matched symptoms: {sum(a for a, _ in hpo)}/{sum(b for _, b in hpo)}")
    print(f"micro over {', '.join(CORE)}: P {p:.3f} R {rr:.3f} F1 {f:.3f} ({len(rows)} articles)")
    print(f"({time.perf_counter() - start:.1f} s)")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "P": p, "R": rr, "F1": f}, indent=1))


if __name__ == "__main__":
    main()
