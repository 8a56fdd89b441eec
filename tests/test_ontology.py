"""The vocabulary, the shapes and the Python namespace agree with one another."""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, URIRef
from rdflib.namespace import SH

from ontology import DKG, SCHEMA, load_lexicon, load_shapes, load_vocabulary


def test_namespace_lists_exactly_the_terms_of_the_vocabulary() -> None:
    vocab = load_vocabulary()
    typed = {
        s
        for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in vocab.subjects(RDF.type, t)
        if str(s).startswith(str(DKG._NS))
    }
    declared = {DKG[name] for name in DKG.__annotations__}
    assert typed == declared


def test_every_term_has_a_label_and_a_comment() -> None:
    vocab = load_vocabulary()
    for name in DKG.__annotations__:
        assert vocab.value(DKG[name], RDFS.label), name
        assert vocab.value(DKG[name], RDFS.comment), name


def test_our_classes_specialise_schema_org() -> None:
    vocab = load_vocabulary()
    for cls in (DKG.Exposure, DKG.TreatmentFactor, DKG.CareConcern, DKG.SupportResource):
        parents = set(vocab.objects(cls, RDFS.subClassOf))
        assert any(str(p).startswith(str(SCHEMA)) for p in parents), cls


def test_shapes_name_only_known_terms() -> None:
    shapes = load_shapes()
    used = set(shapes.objects(None, SH.path)) | set(shapes.objects(None, SH.targetClass))
    used |= set(shapes.objects(None, SH["class"]))
    for term in used:
        if isinstance(term, URIRef) and str(term).startswith(str(DKG._NS)):
            assert term in {DKG[n] for n in DKG.__annotations__}, term


def test_lexicon_knows_the_medlineplus_headings() -> None:
    sections = load_lexicon()["sections"]
    assert "Exams and Tests" in sections["tests"]
    assert "Alternative Names" in sections["names"]
