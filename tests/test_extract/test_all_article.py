"""Issue 2: the ALL article's findings against the hand-written expectation file."""

from __future__ import annotations

from collections import defaultdict

import pytest

from extract.model import Extraction, concept_key
from tests.expectations import found_by_relation, score

#: The bar the issue sets for precision and recall of the expectation file.
MIN_SCORE = 0.95


def test_precision_and_recall_against_the_expectation_file(all_extraction: Extraction, expected_all: dict) -> None:
    precision, recall, misses = score(all_extraction, expected_all)
    assert precision >= MIN_SCORE and recall >= MIN_SCORE, misses


@pytest.mark.parametrize("relation", ["riskFactor", "signOrSymptom", "typicalTest", "possibleTreatment"])
def test_every_bullet_and_named_treatment_is_found(
    all_extraction: Extraction, expected_all: dict, relation: str
) -> None:
    want = {concept_key(label) for label in expected_all["relations"][relation]}
    assert want <= found_by_relation(all_extraction)[relation]


def test_all_seven_alternative_names_label_the_disease(all_extraction: Extraction, expected_all: dict) -> None:
    disease = all_extraction.disease
    labels = {disease.label, *disease.alt_labels}
    assert disease.label == expected_all["disease"]["label"]
    assert set(expected_all["disease"]["names"]) <= labels


def test_links_between_concepts(all_extraction: Extraction, expected_all: dict) -> None:
    links = {(concept_key(f.subject.label), f.relation, concept_key(f.object.label)) for f in all_extraction.findings}
    for subject, relation, obj in expected_all["links"]["expected"]:
        assert (concept_key(subject), relation, concept_key(obj)) in links


def test_alternative_labels_from_parentheses(all_extraction: Extraction, expected_all: dict) -> None:
    alts: dict[str, set[str]] = defaultdict(set)
    for finding in all_extraction.findings:
        alts[concept_key(finding.object.label)].update(finding.object.alt_labels)
    for label, names in expected_all["alt_labels"].items():
        assert set(names) <= alts[concept_key(label)], label


def test_epidemiology_facts(all_extraction: Extraction, expected_all: dict) -> None:
    texts = " ".join(f.value for f in all_extraction.facts if f.kind == "epidemiology")
    for phrase in expected_all["facts"]["epidemiology"]:
        assert phrase in texts


def test_nothing_from_navigation_or_footer_becomes_a_concept(all_extraction: Extraction, expected_all: dict) -> None:
    labels = {concept_key(f.object.label) for f in all_extraction.findings}
    labels |= {concept_key(f.subject.label) for f in all_extraction.findings}
    for label in expected_all["absent"]["labels"]:
        assert concept_key(label) not in labels, label


def test_every_finding_quotes_its_passage_at_its_offsets(all_extraction: Extraction) -> None:
    text = all_extraction.article.text
    sections = {s.heading for s in all_extraction.article.sections}
    for item in (*all_extraction.findings, *all_extraction.facts):
        evidence = item.evidence
        assert text[evidence.start : evidence.end] == evidence.text
        assert evidence.section in sections


def test_symptom_evidence_is_the_list_item_as_it_reads(all_extraction: Extraction) -> None:
    evidence = {f.evidence.text for f in all_extraction.findings if concept_key(f.object.label) == "nosebleed"}
    assert evidence == {
        "Easy bruising and bleeding (such as bleeding gums, skin bleeding, nosebleeds, abnormal periods)"
    }
