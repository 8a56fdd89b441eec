"""Issue 12: one node per thing, grounded, typed by what it is, across a build of many articles.

The build is of real articles: the 25 gold articles and the encyclopedia's "Diabetes".
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from rdflib import RDF, SKOS, Graph, URIRef
from rdflib.namespace import PROV

from graphs.sparql import query_source
from ontology import DKG, SCHEMA
from tests.gold import GOLD

OBO = "http://purl.obolibrary.org/obo/"
ENCYCLOPEDIA = Path(__file__).parents[1] / "resources" / "encyclopedia"
#: A class and the superclasses stated beside it: one thing, not several.
SUPERCLASSES = {
    SCHEMA.MedicalTherapy: {SCHEMA.TherapeuticProcedure, SCHEMA.MedicalProcedure},
    SCHEMA.TherapeuticProcedure: {SCHEMA.MedicalProcedure},
    SCHEMA.Drug: {SCHEMA.Substance},
}


@pytest.fixture(scope="module")
def many_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from graphs.job import run_build

    sources = tmp_path_factory.mktemp("sources")
    for article in sorted(GOLD.glob("*.txt")):
        shutil.copy(article, sources / f"gold-{article.name}")
    shutil.copy(ENCYCLOPEDIA / "diabetes-001214.txt", sources)
    out = tmp_path_factory.mktemp("many")
    run_build([sources], out, jobs=2)
    return out


@pytest.fixture(scope="module")
def many(many_dir: Path) -> Graph:
    return Graph().parse(many_dir / "graph.ttl")


def _disease(graph: Graph, title: str) -> URIRef:
    (node,) = {d for d in graph.objects(None, SCHEMA.about) if str(graph.value(d, SKOS.prefLabel)) == title}
    return node  # type: ignore[no-any-return]


def test_every_node_is_one_thing(many: Graph) -> None:
    for concept in set(many.subjects(RDF.type, SKOS.Concept)):
        classes = set(many.objects(concept, RDF.type)) - {SKOS.Concept, DKG.UngroundedConcept}
        own = {c for c in classes if not any(c in SUPERCLASSES.get(o, ()) for o in classes)}
        assert len(own) == 1, (concept, own)


def test_no_identifier_is_the_exact_match_of_two_nodes(many: Graph) -> None:
    holders = Counter(str(o) for o in many.objects(None, SKOS.exactMatch))
    assert not [term for term, count in holders.items() if count > 1]


def test_wordings_of_one_phenotype_are_one_node_with_the_ontologys_label(many: Graph) -> None:
    """ "Shortness of breath" and "Trouble breathing" (in different articles) are HPO's Dyspnea."""
    (node,) = many.subjects(SKOS.exactMatch, URIRef(OBO + "HP_0002094"))
    assert str(many.value(node, SKOS.prefLabel)) == "Dyspnea"
    assert {"Shortness of breath", "Trouble breathing"} <= {str(a) for a in many.objects(node, SKOS.altLabel)}
    assert len(set(many.subjects(None, node)) & set(many.objects(None, SCHEMA.about))) >= 3


def test_each_link_keeps_the_wording_it_was_read_from(many: Graph) -> None:
    (node,) = many.subjects(SKOS.exactMatch, URIRef(OBO + "HP_0002094"))
    texts = {str(many.value(e, DKG.evidenceText)) for e in many.subjects(RDF.object, node)}
    assert any("shortness of breath" in t.lower() for t in texts)
    assert any("trouble breathing" in t.lower() for t in texts)


def test_a_disease_named_elsewhere_is_the_node_of_its_article(many: Graph) -> None:
    """Crohn disease's article names colon cancer and gout's chronic kidney failure as complications:
    alternative names of the articles "Colorectal cancer" and "Chronic kidney disease", whose nodes they are."""
    colorectal, kidney = _disease(many, "Colorectal cancer"), _disease(many, "Chronic kidney disease")
    assert (_disease(many, "Crohn disease"), SCHEMA.possibleComplication, colorectal) in many
    assert (_disease(many, "Gout"), SCHEMA.possibleComplication, kidney) in many
    assert "Colon cancer" in {str(a) for a in many.objects(colorectal, SKOS.altLabel)}
    assert (_disease(many, "Gout"), SCHEMA.riskFactor, _disease(many, "Diabetes")) in many


def test_a_symptom_an_article_names_is_not_merged_into_its_own_disease(many: Graph) -> None:
    """ "Tophi" is one of gout's alternative names and, in gout's article, a symptom of gout (the
    node of HPO's Urate tophus, which the article's wording names)."""
    gout = _disease(many, "Gout")
    names = {
        str(name).lower()
        for s in many.objects(gout, SCHEMA.signOrSymptom)
        for name in many.objects(s, SKOS.prefLabel | SKOS.altLabel)
    }
    assert "tophi" in names
    assert (gout, SCHEMA.signOrSymptom, gout) not in many


def test_a_broader_mondo_term_is_linked_never_merged(many: Graph) -> None:
    diabetes, type1 = _disease(many, "Diabetes"), _disease(many, "Type 1 diabetes")
    assert diabetes != type1
    assert (type1, SKOS.broader, diabetes) in many
    (evidence,) = [e for e in many.subjects(RDF.subject, type1) if many.value(e, RDF.object) == diabetes]
    assert "MONDO" in str(many.value(evidence, DKG.evidenceText))
    assert (many.value(evidence, PROV.wasDerivedFrom), RDF.type, SCHEMA.Dataset) in many


def test_natures_come_from_the_ontologies(many: Graph) -> None:
    def types(label: str) -> set[URIRef]:
        (node,) = {n for n in many.subjects(SKOS.prefLabel, None) if str(many.value(n, SKOS.prefLabel)) == label}
        return set(many.objects(node, RDF.type))

    assert SCHEMA.Drug in types("Ibuprofen")  # ChEBI, named as a treatment
    assert SCHEMA.MedicalSignOrSymptom in types("Fever")  # HPO
    assert SCHEMA.AnatomicalStructure in types("Liver")  # Uberon


def test_cross_disease_queries_answer_by_identity(many_dir: Path) -> None:
    by_id = json.loads(
        query_source(many_dir, "diseases-with-identifier", {"id": "HP:0002094"}, result_format="json").data
    )
    with_dyspnea = {b["label"]["value"] for b in by_id["results"]["bindings"]}
    assert {"Asthma", "Croup"} <= with_dyspnea
    linked = json.loads(query_source(many_dir, "diseases-linked-to-diseases", {}, result_format="json").data)
    pairs = {
        (b["label"]["value"], b["relation"]["value"], b["otherLabel"]["value"]) for b in linked["results"]["bindings"]
    }
    assert ("Crohn disease", "possibleComplication", "Colorectal cancer") in pairs


def test_the_disease_network_exports_for_gephi(many_dir: Path) -> None:
    import networkx as nx

    from graphs.export import export_graph, read_graph

    data = export_graph(read_graph(many_dir), "graphml", diseases=True)
    network = nx.parse_graphml(data.decode())
    assert network.number_of_nodes() == 26
    labels = {n: d["label"] for n, d in network.nodes(data=True)}
    asthma = next(n for n, label in labels.items() if label == "Asthma")
    croup = next(n for n, label in labels.items() if label == "Croup")
    assert network.edges[asthma, croup]["weight"] >= 1


def test_the_build_is_deterministic(many_dir: Path, tmp_path: Path) -> None:
    from graphs.job import run_build

    sources = tmp_path / "sources"
    sources.mkdir()
    for article in sorted(GOLD.glob("*.txt")):
        shutil.copy(article, sources / f"gold-{article.name}")
    shutil.copy(ENCYCLOPEDIA / "diabetes-001214.txt", sources)
    run_build([sources], tmp_path / "again", jobs=1)
    assert (tmp_path / "again" / "graph.ttl").read_bytes() == (many_dir / "graph.ttl").read_bytes()


def test_merging_never_links_a_node_to_itself(many: Graph) -> None:
    """Two wordings merged into one node: a link between them said only that, and goes with its evidence."""
    from graphs.build import _renamed

    loops = [(s, p) for s, p, o in many if s == o and (s, RDF.type, SKOS.Concept) in many]
    assert loops == []
    statements = {
        "concept:pale-skin": {("skos:broader", "concept:pallor")},  # renamed into what it is broader than
        "evidence:1": {
            ("rdf:subject", "concept:pale-skin"),
            ("rdf:predicate", "skos:broader"),
            ("rdf:object", "concept:pallor"),
        },
    }
    assert _renamed(statements, {"concept:pale-skin": "concept:pallor"}) == {"concept:pallor": set()}


@pytest.mark.parametrize(
    ("kinds", "prefixes", "identified", "nature"),
    [
        ({"cause": 40, "risk_factor": 10, "symptom": 2}, (), False, "exposure"),  # a stray misreading
        ({"risk_factor": 3, "therapy": 1}, (), False, "therapy"),  # a role that says what it is
        ({"risk_factor": 4, "cause": 1, "symptom": 1}, ("CHEBI",), True, "substance"),  # "Cocaine"
        ({"therapy": 12, "symptom": 1}, ("CHEBI",), True, "drug"),  # a chemical given as treatment
        ({"complication": 3, "symptom": 1}, ("HP",), True, "finding"),  # agrees with HPO
        ({"test": 2}, ("HP",), False, "test"),  # a close match says less than the role
    ],
)
def test_a_node_is_what_its_term_says_before_what_one_reading_says(
    kinds: dict[str, int], prefixes: tuple[str, ...], identified: bool, nature: str
) -> None:
    from graphs.natures import nature_of

    assert nature_of(kinds, prefixes, False, identified=identified) == nature


def test_what_names_an_organism_is_one(many: Graph) -> None:
    """A germ a gold article gives as a cause is typed as the organism it is, not as an exposure."""
    organisms = {str(many.value(n, SKOS.prefLabel)) for n in many.subjects(RDF.type, DKG.Organism)}
    assert {"Bacteria", "Varicella-zoster virus"} <= organisms  # causes in the gold articles
    assert not organisms & {"Viral infection", "Bacterial infection", "Infection"}


def test_an_articles_disease_is_also_looked_for_as_its_names_say_it_otherwise() -> None:
    from graphs.identity import _disease_variants

    variants = _disease_variants(["Chlamydia"], ["Chlamydia", "Benign prostatic hyperplasia (hypertrophy)"])
    assert variants == ["Benign prostatic hyperplasia", "Chlamydia infection"]
    # a parenthesis that says which kind stays: its name without it is the broader disease
    assert _disease_variants(["Thyroid cancer"], ["Cancer - thyroid (medullary carcinoma)"]) == []
