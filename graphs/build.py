"""Extractions to an rdflib graph: concepts, schema.org relations, reified evidence."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from typing import TypeAlias

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

from extract.ground import ground
from extract.model import Concept, ConceptKind, Extraction, Mention, Relation
from graphs.prefixes import bind_prefixes
from ontology import CONCEPT, DKG, EVIDENCE, SCHEMA

try:  # the version pyproject.toml gives, as installed
    __version__ = version("diseasekg")
except PackageNotFoundError:  # pragma: no cover - run from a checkout without installing
    __version__ = "unknown"

#: Relation -> the predicate the graph states it with (schema.org wherever it has one).
PREDICATES: dict[Relation, URIRef] = {
    "riskFactor": SCHEMA.riskFactor,
    "signOrSymptom": SCHEMA.signOrSymptom,
    "typicalTest": SCHEMA.typicalTest,
    "possibleTreatment": SCHEMA.possibleTreatment,
    "drug": SCHEMA.drug,
    "possibleComplication": SCHEMA.possibleComplication,
    "primaryPrevention": SCHEMA.primaryPrevention,
    "associatedAnatomy": SCHEMA.associatedAnatomy,
    "treatmentFactor": DKG.treatmentFactor,
    "careConcern": DKG.careConcern,
    "supportResource": DKG.supportResource,
    "broader": SKOS.broader,
    "partOf": DKG.partOf,
}

#: Concept kind -> its classes; superclasses are stated too, so no query needs inference.
CLASSES: dict[ConceptKind, tuple[URIRef, ...]] = {
    "disease": (SCHEMA.MedicalCondition,),
    "risk_factor": (SCHEMA.MedicalRiskFactor,),
    "symptom": (SCHEMA.MedicalSignOrSymptom,),
    "test": (SCHEMA.MedicalTest,),
    "therapy": (SCHEMA.MedicalTherapy,),
    "drug": (SCHEMA.Drug,),
    "drug_class": (SCHEMA.DrugClass,),
    "procedure": (SCHEMA.TherapeuticProcedure, SCHEMA.MedicalProcedure),
    "complication": (DKG.Complication, SCHEMA.MedicalCondition),
    "prevention": (DKG.PreventiveMeasure, SCHEMA.MedicalTherapy),
    "anatomy": (SCHEMA.AnatomicalStructure,),
    "treatment_factor": (DKG.TreatmentFactor,),
    "care_concern": (DKG.CareConcern,),
    "support": (DKG.SupportResource,),
}

#: Text facts -> their predicates.
FACT_PREDICATES = {
    "definition": SKOS.definition,
    "epidemiology": SCHEMA.epidemiology,
    "expectedPrognosis": SCHEMA.expectedPrognosis,
}


def concept_iri(concept: Concept) -> URIRef:
    """Readable and stable: the normalised label (``concept/swollen-lymph-node``)."""
    return CONCEPT[concept.key or "unnamed"]


#: (label, kind, alternative labels) of the concepts a build has stated, with their IRIs.
Seen: TypeAlias = dict[tuple[str, ...], URIRef]


def build_graph(extractions: Iterable[Extraction]) -> Graph:
    """One graph for any number of articles; a concept named in several is one node."""
    # rdflib's SimpleMemory store keeps no per-context indexes: a third faster to fill.
    graph = bind_prefixes(Graph(store="SimpleMemory"))
    seen: Seen = {}
    for extraction in extractions:
        add_extraction(graph, extraction, seen)
    add_groundings(graph)
    return graph


def add_groundings(graph: Graph) -> None:
    """Match every concept to HPO by its names; mark those that match nothing."""
    diseases = set(graph.objects(None, SCHEMA.about))
    for concept in sorted(set(graph.subjects(RDF.type, SKOS.Concept))):
        names = [str(n) for p in (SKOS.prefLabel, SKOS.altLabel) for n in graph.objects(concept, p)]
        matches = ground(names, exact_allowed=concept not in diseases)
        for match in matches:
            graph.add((concept, SKOS.exactMatch if match.exact else SKOS.closeMatch, URIRef(match.iri)))
        if not matches:
            graph.add((concept, RDF.type, DKG.UngroundedConcept))


def add_extraction(graph: Graph, extraction: Extraction, seen: Seen | None = None) -> None:
    """Add one article's findings, facts and metadata to ``graph``.

    ``seen`` remembers the concepts already stated, so that a build of many articles does not
    state them, or look them up, again.
    """
    seen = {} if seen is None else seen
    article = URIRef(extraction.article.source)
    _add_article(graph, extraction, article)
    _add_known(graph, extraction.disease, seen)
    graph.add((article, SCHEMA.about, concept_iri(extraction.disease)))
    for finding in extraction.findings:
        subject, obj = _add_known(graph, finding.subject, seen), _add_known(graph, finding.object, seen)
        _add_with_evidence(graph, (subject, PREDICATES[finding.relation], obj), finding.evidence, article)
    for fact in extraction.facts:
        value = Literal(fact.value, lang="en")
        triple = (concept_iri(fact.subject), FACT_PREDICATES[fact.kind], value)
        _add_with_evidence(graph, triple, fact.evidence, article)


def _add_known(graph: Graph, concept: Concept, seen: Seen) -> URIRef:
    """State a concept unless the same label, kind and names were stated already."""
    key = (concept.label, concept.kind, *concept.alt_labels)
    iri = seen.get(key)
    if iri is None:
        iri = seen[key] = _add_concept(graph, concept)
    return iri


def _add_concept(graph: Graph, concept: Concept) -> URIRef:
    iri = concept_iri(concept)
    label = Literal(concept.label, lang="en")
    if graph.value(iri, SKOS.prefLabel) is None:
        graph.add((iri, SKOS.prefLabel, label))
        graph.add((iri, RDFS.label, label))
        graph.add((iri, RDF.type, SKOS.Concept))
    elif (iri, SKOS.prefLabel, label) not in graph:
        graph.add((iri, SKOS.altLabel, label))
    for cls in CLASSES[concept.kind]:
        graph.add((iri, RDF.type, cls))
    for alt in concept.alt_labels:
        alt_literal = Literal(alt, lang="en")
        if (iri, SKOS.prefLabel, alt_literal) not in graph:
            graph.add((iri, SKOS.altLabel, alt_literal))
    return iri


def _add_with_evidence(graph: Graph, triple: tuple[URIRef, URIRef, Node], evidence: Mention, article: URIRef) -> None:
    """State a triple and, beside it, the rdf:Statement that says where it was read."""
    graph.add(triple)
    subject, predicate, obj = triple
    key = "\x1f".join((subject, predicate, obj, article, str(evidence.start), str(evidence.end)))
    node = EVIDENCE[hashlib.sha256(key.encode()).hexdigest()[:20]]
    graph.add((node, RDF.type, DKG.Evidence))
    graph.add((node, RDF.type, RDF.Statement))
    graph.add((node, RDF.subject, subject))
    graph.add((node, RDF.predicate, predicate))
    graph.add((node, RDF.object, obj))
    graph.add((node, PROV.wasDerivedFrom, article))
    graph.add((node, DKG.section, Literal(evidence.section)))
    graph.add((node, DKG.evidenceText, Literal(evidence.text)))
    graph.add((node, DKG.startOffset, Literal(evidence.start, datatype=XSD.nonNegativeInteger)))
    graph.add((node, DKG.endOffset, Literal(evidence.end, datatype=XSD.nonNegativeInteger)))


def _add_article(graph: Graph, extraction: Extraction, article: URIRef) -> None:
    meta = extraction.article
    graph.add((article, RDF.type, SCHEMA.MedicalWebPage))
    graph.add((article, DCTERMS.title, Literal(meta.title, lang="en")))
    graph.add((article, SCHEMA.url, article))
    graph.add((article, DKG.cleanedText, Literal(meta.text)))
    graph.add((article, DKG.extractorVersion, Literal(__version__)))
    if article.startswith("https://medlineplus.gov/"):
        graph.add((article, DCTERMS.publisher, Literal("MedlinePlus, U.S. National Library of Medicine")))
        graph.add(
            (article, DCTERMS.rights, Literal("A.D.A.M. content licensed to the U.S. National Library of Medicine"))
        )
    if meta.review_date:
        graph.add((article, SCHEMA.lastReviewed, Literal(meta.review_date, datatype=XSD.date)))
    if meta.updated_by:
        graph.add((article, DCTERMS.contributor, Literal(meta.updated_by)))
    for reference in meta.references:
        graph.add((article, DCTERMS.bibliographicCitation, Literal(reference)))
    for topic in meta.related_topics:
        graph.add((article, DKG.relatedHealthTopic, Literal(topic, lang="en")))
