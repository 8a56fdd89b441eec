"""Scoring an extraction against a hand-written expectation file (tests/expected/*.toml)."""

from __future__ import annotations

from collections import defaultdict

from extract.model import Extraction, concept_key


def found_by_relation(extraction: Extraction) -> dict[str, set[str]]:
    """Relation -> the concept keys the article's disease is linked to by it."""
    found: dict[str, set[str]] = defaultdict(set)
    for finding in extraction.findings:
        if finding.subject == extraction.disease:
            found[finding.relation].add(concept_key(finding.object.label))
    return found


def score(extraction: Extraction, expected: dict) -> tuple[float, float, dict[str, list[str]]]:
    """Precision and recall over the relations the file lists, and what differs, per relation."""
    found = found_by_relation(extraction)
    true_pos = n_found = n_expected = 0
    misses: dict[str, list[str]] = {}
    for relation, labels in expected["relations"].items():
        want = {concept_key(label) for label in labels}
        got = found.get(relation, set())
        true_pos += len(want & got)
        n_found += len(got)
        n_expected += len(want)
        if want ^ got:
            misses[relation] = [f"missed {k}" for k in sorted(want - got)] + [f"extra {k}" for k in sorted(got - want)]
    return true_pos / max(n_found, 1), true_pos / max(n_expected, 1), misses
