"""Issue 5: concepts grounded in HPO (offline), with HPO's UMLS and SNOMED cross-references."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, SKOS, Graph, URIRef

from extract.ground import ground
from extract.hpo import hpo_release
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


def test_only_identifiers_a_source_confirms_are_stated(all_graph: Graph) -> None:
    """Issue 12: the curated lexicon's DOID, MeSH, DrugBank and NCIt identifiers are not marked
    verified and nothing offline confirms them, so none is stated; its ChEBI, Uberon and CL
    identifiers are confirmed by the releases shipped, and are."""
    stated = {str(o) for p in (SKOS.exactMatch, SKOS.closeMatch) for o in all_graph.objects(None, p)}
    assert not [i for i in stated if i.startswith(("http://purl.obolibrary.org/obo/DOID_", "https://go.drugbank"))]
    assert not [
        i for i in stated if i.startswith(("http://id.nlm.nih.gov/mesh/", "http://purl.obolibrary.org/obo/NCIT_"))
    ]
    disease = CONCEPT["acute-lymphoblastic-leukemia"]
    assert URIRef("http://purl.obolibrary.org/obo/MONDO_0004967") in set(all_graph.objects(disease, SKOS.exactMatch))


def test_every_curated_entry_expands_to_iris() -> None:
    from extract.ground import curated_index

    for key, iris in curated_index().items():
        assert key and iris
        assert all(iri.startswith(("http://", "https://")) and not iri.endswith(("_", "/")) for iri in iris)


OBO = "http://purl.obolibrary.org/obo/"


def test_mondo_uberon_and_cl_ship_offline() -> None:
    from extract import shipped

    assert set(shipped.releases()) == {"MONDO", "CHEBI", "UBERON", "CL"}


def test_diseases_anatomy_and_cells_match_mondo_uberon_and_cl_by_label(all_graph: Graph) -> None:
    def exact(key: str) -> set[str]:
        return {str(o) for o in all_graph.objects(CONCEPT[key], SKOS.exactMatch)}

    assert OBO + "MONDO_0004967" in exact("acute-lymphoblastic-leukemia")  # "acute lymphoblastic leukemia"
    assert OBO + "UBERON_0002371" in exact("bone-marrow")
    assert OBO + "CL_0017005" in exact("lymphoblast")


def test_shipped_ontologies_ground_only_the_kinds_they_name() -> None:
    assert [m for m in ground(["Pancreas"], kinds={"anatomy"}) if "UBERON" in m.iri]
    assert not [m for m in ground(["Pancreas"], kinds={"symptom"}) if "UBERON" in m.iri]
    assert not [m for m in ground(["Gout"], kinds={"anatomy"}) if "MONDO" in m.iri]
    assert not [m for m in ground(["AML"], kinds={"disease"}) if "MONDO" in m.iri]  # an acronym, not a name
    synonyms_only = ground(["Lungs"], kinds={"anatomy"})  # "lung" is a label; "lungs" names "pair of lungs"
    assert [m.strength for m in synonyms_only if m.iri == OBO + "UBERON_0002048"] == ["exact"]


def test_curated_chebi_uberon_and_cl_identifiers_are_what_the_ontologies_say() -> None:
    """The curated lexicon's CHEBI, UBERON and CL identifiers checked against the releases
    cellxgene-ontology-guide ships: each exists, is not deprecated, and one of its names is one of
    the entry's names (DOID, MeSH, DrugBank and NCIt have no offline source to check against)."""
    import json

    import tomllib
    import zstandard

    from extract import shipped
    from extract.model import concept_key
    from ontology import read_text

    data = shipped._data_dir()
    assert data is not None
    versions = json.loads((data / "latest_ontology_info.json").read_text())["ontologies"]
    entries = tomllib.loads(read_text("identifiers.toml"))["entry"]
    # ChEBI's files here carry labels only. Where a term's label is another name of what the
    # entry names (the chemical name or INN of a drug, Uberon's "skin of body"), it was checked
    # by hand and is held to it here.
    labelled_otherwise = {
        "CHEBI:15365": "acetylsalicylic acid",  # aspirin
        "CHEBI:46195": "paracetamol",  # acetaminophen
        "CHEBI:49662": "indometacin",  # indomethacin
        "CHEBI:27882": "(S)-colchicine",
        "CHEBI:35475": "non-steroidal anti-inflammatory drug",  # NSAIDs
        "CHEBI:35523": "bronchodilator agent",
        "UBERON:0002097": "skin of body",
    }
    checked = 0
    for prefix in ("CHEBI", "UBERON", "CL"):
        path = data / f"{prefix}-ontology-{versions[prefix]['version']}.json.zst"
        terms = json.loads(zstandard.ZstdDecompressor().decompressobj().decompress(path.read_bytes()))
        for entry in entries:
            names = {concept_key(n) for n in entry["names"]}
            for curie in (i for i in entry["ids"] if i.startswith(prefix + ":")):
                term = terms[curie]
                assert not term.get("deprecated"), curie
                own = {concept_key(n) for n in [term["label"], *term.get("synonyms", ())]}
                assert names & own or labelled_otherwise.get(curie) == term["label"], (curie, term["label"])
                checked += 1
    assert checked == 31


def test_the_ontology_index_is_cached_and_a_damaged_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extract import shipped
    from extract.cache import _Table

    def clear() -> None:
        shipped.index.cache_clear()
        shipped._built.cache_clear()

    monkeypatch.setenv("DISEASEKG_CACHE", str(tmp_path))
    clear()
    try:
        built = dict(shipped.index("CL"))
        (cached,) = (tmp_path / "ontologies").glob("CL-*-names.*.sqlite")
        clear()
        assert isinstance(shipped.index("CL"), _Table) and dict(shipped.index("CL")) == built  # read back
        cached.write_bytes(b"not a database")
        clear()
        assert dict(shipped.index("CL")) == built  # rebuilt
        clear()
        assert isinstance(shipped.index("CL"), _Table) and dict(shipped.index("CL")) == built  # written again, whole
    finally:
        clear()


def test_hpo_is_parsed_once_per_release_and_read_back_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction workers read HPO's phenotype names from the cache instead of parsing hp.obo."""
    from extract import hpo

    monkeypatch.setenv("DISEASEKG_CACHE", str(tmp_path))
    hpo.hpo_terms.cache_clear()
    hpo.phenotype_names.cache_clear()
    try:
        parsed, names = hpo.hpo_terms(), hpo.phenotype_names()
        assert len(list((tmp_path / "ontologies").glob("HP-*.json"))) == 2  # the terms, the names
        hpo.hpo_terms.cache_clear()
        hpo.phenotype_names.cache_clear()
        assert hpo.hpo_terms() == parsed and hpo.phenotype_names() == names
        assert "fever" in names and "severe" not in names  # phenotypes, not modifiers
    finally:
        hpo.hpo_terms.cache_clear()
        hpo.phenotype_names.cache_clear()


@pytest.mark.parametrize(
    ("name", "curie", "strength"),
    [
        ("Pain in the chest", "HP:0100749", "exact"),  # a finding and its site, in either order
        ("Tightness in the chest", "HP:0031352", "exact"),
        ("Appetite loss", "HP:0004396", "exact"),  # "Loss of appetite"
        ("Oedema", "HP:0000969", "exact"),  # British spelling
        ("Problems swallowing", "HP:0002015", "close"),  # a lay wording of "Difficulty swallowing"
        ("Big spleen", "HP:0001744", "close"),  # "Large spleen" in other words
        ("Severe headache", "HP:0002315", "broad"),  # narrower than the term
        ("Bone pain when walking", "HP:0002653", "broad"),  # the head names the term
        ("Bloody stools", "HP:0025085", "narrow"),  # a synonym HPO marks broader than Bloody diarrhea
        ("Liver spots", "HP:0001003", "broad"),  # one it marks narrower than Multiple lentigines
    ],
)
def test_names_match_as_a_curator_would(name: str, curie: str, strength: str) -> None:
    """Issue 12: the normalisation a curator accepts, with exact, close and broad said honestly."""
    found = {m.curie: m.strength for m in ground([name], kinds={"symptom"}) if m.curie}
    assert found.get(curie) == strength, found


def test_what_names_two_things_or_something_else_is_not_a_broad_match() -> None:
    assert not [m for m in ground(["Fever and chills"], kinds={"symptom"}) if m.strength == "broad"]
    assert not ground(["Abdominal fat pad aspiration"], kinds={"symptom"})
    assert not [m for m in ground(["Bone pain when walking"], kinds={"test"}) if m.curie]  # only findings


def test_chebi_names_drugs_and_an_element_by_its_name() -> None:
    assert [m.curie for m in ground(["Ibuprofen"], kinds={"drug"}) if m.exact] == ["CHEBI:5855"]
    assert [m.curie for m in ground(["Lead"], kinds={"risk_factor"}) if m.exact] == ["CHEBI:25016"]
    assert not [m for m in ground(["Caffeine"], kinds={"symptom"}) if m.curie.startswith("CHEBI")]


def test_a_drug_named_as_mesh_names_it_is_its_chebi_term() -> None:
    """Aspirin, named so, is ChEBI's acetylsalicylic acid (biomappings' curated MeSH pairing); a heading
    that is another term's label ("Vitamin A") names that term, not the one MeSH pairs it with."""
    (aspirin,) = [m for m in ground(["Aspirin"], kinds={"drug"}) if m.curie]
    assert (aspirin.curie, aspirin.strength, aspirin.label) == ("CHEBI:15365", "exact", "acetylsalicylic acid")
    assert [m.curie for m in ground(["Acetaminophen"], kinds={"drug"}) if m.exact] == ["CHEBI:46195"]
    assert [m.curie for m in ground(["Vitamin A"], kinds={"drug"}) if m.exact] == ["CHEBI:12777"]


def test_every_mesh_heading_pairs_a_term_the_shipped_chebi_holds() -> None:
    from extract.shipped import exists, mesh_headings

    headings = mesh_headings()
    assert len(headings) > 150
    assert all(exists(curie) for curie in headings)


def test_a_cached_table_read_whole_after_many_lookups_answers_as_one_read_a_key_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A corpus build looks up most keys; past a number of lookups the table is read in one scan."""
    from extract import cache

    monkeypatch.setenv("DISEASEKG_CACHE", str(tmp_path))
    table = {f"name {i}": [f"CL:{i:07d}"] for i in range(50)}
    cache.cached_table("TEST-v1", lambda: table)  # built and written
    monkeypatch.setattr(cache, "READ_WHOLE_AFTER", 10)
    read = cache.cached_table("TEST-v1", lambda: {})
    assert isinstance(read, cache._Table)
    asked = [f"name {i}" for i in range(0, 60, 3)] + ["no such name"]
    got = {key: read.get(key) for key in asked}
    assert read._raw is not None  # past 10 lookups it was read whole
    assert got == {key: table.get(key) for key in asked}
    assert dict(read) == table
