"""Issue 5: concepts grounded in HPO (offline), with HPO's UMLS and SNOMED cross-references."""

from __future__ import annotations

from rdflib import RDF, SKOS, Graph, URIRef

from extract.ground import ground, hpo_release
from ontology import CONCEPT, DKG

HP = "http://purl.obolibrary.org/obo/HP_"


def test_hpo_ships_offline() -> None:
    assert hpo_release().startswith("hp/releases/")


def test_symptoms_match_hpo_exactly_with_cross_references(all_graph: Graph) -> None:
    fever = CONCEPT["fever"]
    assert set(all_graph.objects(fever, SKOS.exactMatch)) == {URIRef(HP + "0001945")}
    close = {str(o) for o in all_graph.objects(fever, SKOS.closeMatch)}
    assert "https://identifiers.org/umls:C0015967" in close
    assert "http://snomed.info/id/386661006" in close
    assert (fever, RDF.type, DKG.UngroundedConcept) not in all_graph


def test_an_alternative_name_grounds_a_concept(all_graph: Graph) -> None:
    spots = CONCEPT["petechiae"]  # "Pinpoint red spots on the skin (petechiae)" in the article
    assert URIRef(HP + "0000967") in set(all_graph.objects(spots, SKOS.exactMatch))


def test_the_disease_is_only_a_close_match_of_a_phenotype_term(all_graph: Graph) -> None:
    disease = CONCEPT["acute-lymphoblastic-leukemia"]
    assert not [m for m in all_graph.objects(disease, SKOS.exactMatch) if str(m).startswith(HP)]
    assert URIRef(HP + "0006721") in set(all_graph.objects(disease, SKOS.closeMatch))


def test_acronyms_and_root_terms_never_ground() -> None:
    assert ground(["ALL"]) == ()
    assert ground(["All"]) == ()


def test_ungrounded_concepts_stay_and_are_marked(all_graph: Graph) -> None:
    concepts = set(all_graph.subjects(RDF.type, SKOS.Concept))
    ungrounded = set(all_graph.subjects(RDF.type, DKG.UngroundedConcept))
    assert CONCEPT["brother-or-sister-with-leukemia"] in ungrounded
    for concept in ungrounded:
        assert not list(all_graph.objects(concept, SKOS.exactMatch))
        assert not list(all_graph.objects(concept, SKOS.closeMatch))
    assert 0 < len(concepts - ungrounded) < len(concepts)


def test_curated_identifiers_cover_what_hpo_does_not(all_graph: Graph) -> None:
    disease = CONCEPT["acute-lymphoblastic-leukemia"]
    assert URIRef("http://purl.obolibrary.org/obo/DOID_9952") in set(all_graph.objects(disease, SKOS.exactMatch))
    assert URIRef("https://go.drugbank.com/drugs/DB09052") in set(
        all_graph.objects(CONCEPT["blinatumomab"], SKOS.exactMatch)
    )
    assert URIRef("http://id.nlm.nih.gov/mesh/D013129") in set(
        all_graph.objects(CONCEPT["lumbar-puncture"], SKOS.exactMatch)
    )


def test_every_curated_entry_expands_to_iris() -> None:
    from extract.ground import curated_index

    for key, iris in curated_index().items():
        assert key and iris
        assert all(iri.startswith(("http://", "https://")) and not iri.endswith(("_", "/")) for iri in iris)
