"""The ALL graph: typed, labelled, evidenced, valid, and queryable with schema.org alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

from extract import extract_article, read_article
from graphs.build import PREDICATES, build_graph
from graphs.export import FORMATS, read_graph, serialize_graph, write_graph
from graphs.validate import validate_graph
from ontology import CONCEPT, DKG, SCHEMA
from tests.conftest import ARTICLES

ALL = CONCEPT["acute-lymphoblastic-leukemia"]


def test_graph_conforms_to_the_shapes(all_graph: Graph) -> None:
    report = validate_graph(all_graph)
    assert report.conforms, report.text


def test_breaking_the_evidence_breaks_conformance(all_graph: Graph) -> None:
    broken = Graph()
    for triple in all_graph:
        broken.add(triple)
    broken.remove((ALL, SCHEMA.signOrSymptom, CONCEPT["fever"]))
    broken.add((CONCEPT["fever"], SKOS.related, CONCEPT["paleness"]))
    report = validate_graph(broken)
    assert not report.conforms and report.violations == 2


def test_every_concept_is_typed_and_labelled(all_graph: Graph) -> None:
    for concept in set(all_graph.subjects(RDF.type, SKOS.Concept)):
        types = set(all_graph.objects(concept, RDF.type)) - {SKOS.Concept}
        assert types, concept
        assert all_graph.value(concept, SKOS.prefLabel) == all_graph.value(concept, RDFS.label)


def test_every_relation_carries_evidence_from_the_article(all_graph: Graph) -> None:
    text = str(all_graph.value(URIRef("https://medlineplus.gov/ency/article/000541.htm"), DKG.cleanedText))
    relations = set(PREDICATES.values())
    triples = [t for t in all_graph if t[1] in relations]
    assert len(triples) > 90
    for s, p, o in triples:
        evidence = set(all_graph.subjects(RDF.subject, s)) & set(all_graph.subjects(RDF.predicate, p))
        evidence &= set(all_graph.subjects(RDF.object, o))
        assert evidence, (s, p, o)
        for node in evidence:
            start = all_graph.value(node, DKG.startOffset).toPython()
            end = all_graph.value(node, DKG.endOffset).toPython()
            assert text[start:end] == str(all_graph.value(node, DKG.evidenceText))
            assert all_graph.value(node, DKG.section)
            assert all_graph.value(node, PROV.wasDerivedFrom) == URIRef(
                "https://medlineplus.gov/ency/article/000541.htm"
            )


def test_a_schema_org_user_gets_the_symptoms_without_our_vocabulary(all_graph: Graph) -> None:
    rows = all_graph.query(
        """
        PREFIX schema: <https://schema.org/>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?name WHERE {
            ?page schema:about ?disease .
            ?disease skos:prefLabel "Acute lymphoblastic leukemia"@en ; schema:signOrSymptom ?s .
            ?s a schema:MedicalSignOrSymptom ; skos:prefLabel ?name .
        }"""
    )
    names = {str(r[0]) for r in rows}
    assert {"Fever", "Night sweats", "Bone pain", "Epistaxis"} <= names  # "Nosebleeds" takes HPO's label


def test_alternative_names_are_alt_labels(all_graph: Graph) -> None:
    alts = {str(x) for x in all_graph.objects(ALL, SKOS.altLabel)}
    assert {"ALL", "Acute lymphocytic leukemia", "Leukemia - acute childhood (ALL)"} <= alts
    assert all_graph.value(ALL, SKOS.prefLabel) == Literal("Acute lymphoblastic leukemia", lang="en")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_export_format_round_trips(all_graph: Graph, fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"graph{FORMATS[fmt].suffix}"  # type: ignore[index]
    write_graph(all_graph, path)
    assert isomorphic(read_graph(path), all_graph)


def test_serialization_is_deterministic(all_graph: Graph) -> None:
    rebuilt = build_graph([_fresh_extraction()])
    assert serialize_graph(rebuilt, "turtle") == serialize_graph(all_graph, "turtle")


def test_two_builds_in_separate_processes_give_identical_turtle(tmp_path: Path) -> None:
    outputs = []
    for name in ("a", "b"):
        subprocess.run(
            [sys.executable, "-m", "cli", "build", "-o", str(tmp_path / name)],
            check=True,
            capture_output=True,
            env={"PYTHONHASHSEED": str(len(name) + ord(name)), "PATH": ""},
            cwd=Path(__file__).parents[2],
        )
        outputs.append((tmp_path / name / "graph.ttl").read_bytes())
    assert outputs[0] == outputs[1]


def _fresh_extraction():  # type: ignore[no-untyped-def]
    from extract.pipeline import bundled_article, extract_article, read_article

    return extract_article(read_article(bundled_article()))


def test_causes_are_schema_org_causes_and_conform() -> None:
    """Issue 5: gout's causes are stated with schema:cause, with evidence; issue 12: each cause is
    typed by what it is (a circumstance, a condition, a substance), the role being the link's."""
    graph = build_graph([extract_article(read_article(ARTICLES / "gout-000422.txt"))])
    causes = {str(graph.value(c, SKOS.prefLabel)) for c in graph.objects(None, SCHEMA.cause)}
    assert "Body makes too much uric acid" in causes
    for cause in graph.objects(None, SCHEMA.cause):
        assert (cause, RDF.type, SCHEMA.MedicalCause) not in graph
        assert {DKG.Exposure, SCHEMA.MedicalCondition, SCHEMA.MedicalSignOrSymptom, SCHEMA.Substance} & set(
            graph.objects(cause, RDF.type)
        )
    assert validate_graph(graph).conforms
