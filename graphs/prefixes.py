"""The prefixes every graph diseasekg writes is bound with, in one place."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from ontology import BIOLINK, CONCEPT, DKG, EVIDENCE, OA, OBO, SCHEMA, WD

PREFIXES = {
    "dkg": DKG._NS,
    "concept": CONCEPT,
    "evidence": EVIDENCE,
    "schema": SCHEMA,
    "skos": SKOS._NS,
    "rdf": RDF._NS,
    "rdfs": RDFS._NS,
    "owl": OWL._NS,
    "xsd": XSD._NS,
    "dcterms": DCTERMS._NS,
    "prov": PROV._NS,
    "oa": OA,
    "wd": WD,
    "biolink": BIOLINK,
    "obo": OBO,
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the well-known prefixes (replacing rdflib's own ``schema:`` binding)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph
