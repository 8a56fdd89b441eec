"""The gold articles (issue 11), built as ``diseasekg build`` builds them and scored by the shared scorer.

``tests/resources/gold/`` holds copies of ``../shared/corpus/gold`` (each article's text and the
gold list a curator made from it) and of ``../shared/eval/score.py``, so that the suite runs
without ``../shared``. ``bench/accuracy.py`` uses the same functions.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path
from types import ModuleType
from typing import Any

GOLD = Path(__file__).parent / "resources" / "gold"
ONTOLOGY = Path(__file__).parents[1] / "ontology"
#: The relations the headline figure is over; complications and prevention are reported beside it.
CORE = ("risk_factor", "symptom", "test", "treatment")
RELATIONS = (*CORE, "complication", "prevention")


def load_scorer(path: Path = GOLD / "score.py") -> ModuleType:
    spec = importlib.util.spec_from_file_location("gold_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_article(scorer: ModuleType, gold: Path, tmp: Path) -> dict[str, Any]:
    """Build one gold article on its own, write its Turtle and score it; the scorer's report."""
    from extract import extract_article, read_article
    from graphs.build import article_triples, merge

    article = gold.with_suffix(".txt")
    source = tmp / article.name  # the name carries the article number, as a user's file would
    source.write_bytes(article.read_bytes())
    turtle = tmp / f"{article.stem}.ttl"
    turtle.write_bytes(merge([article_triples(extract_article(read_article(source)))]).turtle())
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        scorer.main([str(gold), str(article), str(turtle), "--ontology", str(ONTOLOGY), "--json"])
    report: dict[str, Any] = json.loads(out.getvalue())
    report["num"], report["title"] = gold.stem, json.loads(gold.read_text(encoding="utf-8"))["title"]
    return report


def micro(reports: list[dict[str, Any]], relations: tuple[str, ...] = CORE) -> tuple[float, float, float]:
    """Micro-averaged precision, recall and F1 over ``relations``, as ``score_gold.py`` counts them."""
    tp = sum(r["relations"][rel]["tp"] for r in reports for rel in relations)
    fp = sum(r["relations"][rel]["fp"] for r in reports for rel in relations)
    hit = sum(r["relations"][rel]["core_hit"] for r in reports for rel in relations)
    total = sum(r["relations"][rel]["core_total"] for r in reports for rel in relations)
    p = tp / (tp + fp) if tp + fp else 0.0
    rec = hit / total if total else 0.0
    return p, rec, (2 * p * rec / (p + rec) if p + rec else 0.0)
