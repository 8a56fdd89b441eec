"""The diseasekg vocabulary as a closed rdflib namespace (a view of ``disease.ttl``)."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

#: Where the built graphs put their concepts, evidence and articles' diseases.
CONCEPT = Namespace("https://w3id.org/diseasekg/concept/")
EVIDENCE = Namespace("https://w3id.org/diseasekg/evidence/")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
BIOLINK = Namespace("https://w3id.org/biolink/vocab/")
OBO = Namespace("http://purl.obolibrary.org/obo/")


class DKG(DefinedNamespace):
    """Terms that schema.org lacks; the graphs use schema.org for everything else."""

    _fail = True
    _NS = Namespace("https://w3id.org/diseasekg/vocab#")

    # classes
    Exposure: URIRef  # a behaviour, exposure or circumstance (smoking, older age)
    Organism: URIRef  # a bacterium, virus, fungus or parasite
    TreatmentFactor: URIRef  # decides further treatment
    CareConcern: URIRef  # practical matter during treatment
    SupportResource: URIRef  # help outside medical treatment
    UngroundedConcept: URIRef  # no standard identifier found
    Evidence: URIRef  # reified statement plus its passage

    # relations
    treatmentFactor: URIRef
    careConcern: URIRef
    supportResource: URIRef
    partOf: URIRef

    # evidence
    section: URIRef
    evidenceText: URIRef
    startOffset: URIRef
    endOffset: URIRef

    # article metadata
    cleanedText: URIRef
    relatedHealthTopic: URIRef
    extractorVersion: URIRef
