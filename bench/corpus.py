"""Benchmark (run by hand): every article of a corpus read, with what fails and what reads like a clause.

    python bench/corpus.py [DIR ...] [--jobs 2] [--show 40]

Default: ``../shared/corpus/encyclopedia`` (1,321 articles). Extracts each article in worker
processes, then prints how many build, which fail and why, how many links of each relation
were read, how many articles get none of a relation, and how many linked concepts have a
label shaped like a clause rather than a name, with a sample of them. The clause test here is
the benchmark's own (it does not call the extractor's ``is_name``), so that it checks the
extractor rather than repeats it:

- it opens with a word that starts a clause (if, when, who, which, that, because, may, can, ...)
  or with a finite verb (is, are, occur, have, ...);
- it holds a modal or a form of "be" (may, can, will, is, are, was ...);
- it ends with a word that wants more words (of, to, with, the, and, ...);
- or it runs past 12 words.

Treatment factors and care concerns are said as clauses by design ("If abnormal cell DNA is
detected"), and so is advice not to do something ("Do not smoke"): both are left out of the count.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

_OPENS_CLAUSE = re.compile(
    r"^(?:if|when|whenever|who|which|that|because|while|although|unless|until|whether|where|how|what|may|can|"
    r"could|will|would|should|might|must|is|are|was|were|be|been|do|does|did|has|have|had|occur|occurs|it|they|"
    r"you|we|he|she|there|this|these|those|often|usually|also|and|or|but|than|as|so|to|of)\b",
    re.I,
)
_HOLDS_VERB = re.compile(
    r"\b(?:may|can|could|will|would|should|might|must|is|are|was|were|isn't|aren't|cannot)\b", re.I
)
_ENDS_OPEN = re.compile(r"\b(?:of|to|with|in|on|at|for|from|by|the|a|an|and|or|as|than|your|their|such)$", re.I)
MAX_WORDS = 12
_EXEMPT = {"treatmentFactor", "careConcern"}


def clause_shaped(label: str) -> bool:
    """The benchmark's own test of a label that is a clause, not a name.

    >>> [clause_shaped(x) for x in ("Swollen lymph nodes", "If medicines", "Occur in men between ages 20 to 30")]
    [False, True, True]
    """
    label = label.strip()
    if re.match(r"(?:do not|don't)\b", label, re.I):
        return False
    return (
        bool(_OPENS_CLAUSE.match(label) or _HOLDS_VERB.search(label) or _ENDS_OPEN.search(label))
        or len(label.split()) > MAX_WORDS
    )


def read_one(path: str) -> tuple[str, str, list[tuple[str, str]]]:
    """(path, error or "", [(relation, label)]) for one article."""
    from extract import extract_article, read_article
    from extract.errors import DiseaseKGError

    try:
        extraction = extract_article(read_article(Path(path)))
    except DiseaseKGError as error:
        return path, f"{type(error).__name__}: {error}", []
    except Exception as error:  # the benchmark reports bugs, it does not hide them
        return path, f"BUG {type(error).__name__}: {error}", []
    links = [(f.relation, f.object.label) for f in extraction.findings if f.subject == extraction.disease]
    return path, "", links


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=[ROOT.parent / "shared" / "corpus" / "encyclopedia"])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args()
    paths = sorted(str(p) for d in args.dirs for p in d.glob("*.txt") if p.name != "README.md")
    start = time.perf_counter()
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(read_one, paths, chunksize=16))
    elapsed = time.perf_counter() - start
    failed = [(p, e) for p, e, _ in results if e]
    links = Counter()
    empty = Counter()
    shaped: list[tuple[str, str, str]] = []
    total = 0
    relations = (
        "riskFactor",
        "cause",
        "signOrSymptom",
        "typicalTest",
        "possibleTreatment",
        "possibleComplication",
        "primaryPrevention",
    )
    for path, error, found in results:
        if error:
            continue
        seen = {r for r, _ in found}
        for relation in relations:
            empty[relation] += relation not in seen
        for relation, label in found:
            links[relation] += 1
            if relation in _EXEMPT:
                continue
            total += 1
            if clause_shaped(label):
                shaped.append((Path(path).stem, relation, label))
    print(f"{len(paths)} articles read in {elapsed:.1f} s ({args.jobs} workers); {len(failed)} failed")
    for path, error in failed[:20]:
        print(f"  FAILED {Path(path).name}: {error[:160]}")
    print("links per relation (articles with none):")
    for relation in relations:
        print(f"  {relation:22s} {links[relation]:7,d} ({empty[relation]:,d})")
    share = len(shaped) / total if total else 0.0
    print(f"clause-shaped labels: {len(shaped):,d} of {total:,d} links ({share:.2%})")
    random.seed(0)
    for stem, relation, label in random.sample(shaped, min(args.show, len(shaped))):
        print(f"  {stem[:40]:40s} {relation:20s} {label}")


if __name__ == "__main__":
    main()
