"""rdflib graph -> networkx graph of concepts; evidence rides on the edges, not as nodes."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, TypeAlias

import networkx as nx
from rdflib import RDF, SKOS, Graph, URIRef
from rdflib.namespace import PROV

from graphs.build import FACT_PREDICATES, PREDICATES
from ontology import DKG, SCHEMA

#: One passage behind a link: {"section", "text", "source"}.
EvidenceRecord: TypeAlias = dict[str, str]

#: Class -> the concept kind the views colour it by, most specific first.
KIND_OF_CLASS: dict[URIRef, str] = {
    SCHEMA.Drug: "drug",
    SCHEMA.DrugClass: "drug_class",
    SCHEMA.MedicalProcedure: "procedure",
    SCHEMA.MedicalTest: "test",
    DKG.PreventiveMeasure: "prevention",
    SCHEMA.MedicalTherapy: "therapy",
    SCHEMA.MedicalSignOrSymptom: "symptom",
    SCHEMA.MedicalRiskFactor: "risk_factor",
    DKG.Complication: "complication",
    SCHEMA.AnatomicalStructure: "anatomy",
    DKG.TreatmentFactor: "treatment_factor",
    DKG.CareConcern: "care_concern",
    DKG.SupportResource: "support",
    SCHEMA.MedicalCondition: "condition",
}
_RELATION_NAMES = {iri: name for name, iri in PREDICATES.items()}


def short_kind(graph: Graph, concept: URIRef, diseases: set[URIRef]) -> str:
    """The kind a concept is drawn as: the article's disease first, then its most specific class."""
    if concept in diseases:
        return "disease"
    types = set(graph.objects(concept, RDF.type))
    return next((kind for cls, kind in KIND_OF_CLASS.items() if cls in types), "other")


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Concepts as nodes, relations as edges keyed by relation name, evidence on each edge."""
    diseases = {o for o in graph.objects(None, SCHEMA.about) if isinstance(o, URIRef)}
    concepts = {c for c in graph.subjects(RDF.type, SKOS.Concept) if isinstance(c, URIRef)}
    nxg = nx.MultiDiGraph()
    for concept in sorted(concepts):
        nxg.add_node(str(concept), **_node_attributes(graph, concept, diseases))
    evidence = _evidence_index(graph)
    for predicate, name in _RELATION_NAMES.items():
        for s, o in sorted(graph.subject_objects(predicate)):
            if s in concepts and o in concepts:
                records = evidence.get((s, predicate, o), [])
                nxg.add_edge(str(s), str(o), key=name, relation=name, evidence=records)
    return nxg


def _node_attributes(graph: Graph, concept: URIRef, diseases: set[URIRef]) -> dict[str, Any]:
    facts = {name: sorted(str(v) for v in graph.objects(concept, p)) for name, p in FACT_PREDICATES.items()}
    return {
        "label": str(graph.value(concept, SKOS.prefLabel) or concept.rsplit("/", 1)[-1]),
        "kind": short_kind(graph, concept, diseases),
        "types": sorted(graph.namespace_manager.normalizeUri(t) for t in graph.objects(concept, RDF.type)),
        "alt_labels": sorted(str(a) for a in graph.objects(concept, SKOS.altLabel)),
        "identifiers": sorted(str(i) for i in graph.objects(concept, SKOS.exactMatch)),
        "close_matches": sorted(str(i) for i in graph.objects(concept, SKOS.closeMatch)),
        "facts": {k: v for k, v in facts.items() if v},
    }


def _evidence_index(graph: Graph) -> dict[tuple[Any, Any, Any], list[EvidenceRecord]]:
    index: dict[tuple[Any, Any, Any], list[EvidenceRecord]] = defaultdict(list)
    for node in sorted(graph.subjects(RDF.type, DKG.Evidence)):
        triple = (graph.value(node, RDF.subject), graph.value(node, RDF.predicate), graph.value(node, RDF.object))
        index[triple].append(
            {
                "section": str(graph.value(node, DKG.section) or ""),
                "text": str(graph.value(node, DKG.evidenceText) or ""),
                "source": str(graph.value(node, PROV.wasDerivedFrom) or ""),
            }
        )
    return index


def neighbourhood(nxg: nx.MultiDiGraph, concept: str, depth: int) -> nx.MultiDiGraph:
    """The concepts within ``depth`` links of ``concept`` (an IRI, or a label, any case)."""
    node = find_node(nxg, concept)
    return nxg.subgraph(nx.ego_graph(nxg.to_undirected(as_view=True), node, radius=depth).nodes).copy()


def find_node(nxg: nx.MultiDiGraph, concept: str) -> str:
    """A node by IRI, label or alternative label; ``KeyError`` lists near misses."""
    if concept in nxg:
        return concept
    wanted = concept.casefold()
    for node, data in nxg.nodes(data=True):
        if wanted == data["label"].casefold() or wanted in (a.casefold() for a in data["alt_labels"]):
            return str(node)
    close = sorted(data["label"] for _, data in nxg.nodes(data=True) if wanted in data["label"].casefold())
    raise KeyError(concept, close[:5])


def flatten_for_export(nxg: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML and GEXF hold only scalars: lists and evidence become text."""
    flat = nx.MultiDiGraph()
    for node, data in nxg.nodes(data=True):
        flat.add_node(
            node,
            label=data["label"],
            kind=data["kind"],
            types=" ".join(data["types"]),
            alt_labels="; ".join(data["alt_labels"]),
            identifiers=" ".join(data["identifiers"]),
            close_matches=" ".join(data["close_matches"]),
        )
    for s, o, key, data in nxg.edges(keys=True, data=True):
        texts = " | ".join(f"[{e['section']}] {e['text']}" for e in data["evidence"])
        flat.add_edge(s, o, key=key, relation=data["relation"], label=data["relation"], evidence=texts)
    return flat
