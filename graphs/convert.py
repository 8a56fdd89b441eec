"""RDF triples -> networkx graph of concepts; evidence rides on the edges, not as nodes."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, TypeAlias

import networkx as nx
from rdflib import RDF, SKOS, Graph, URIRef
from rdflib.namespace import PROV

from graphs.build import FACT_PREDICATES, PREDICATES
from graphs.turtle import Statements, group, iri, rdflib_triples, value_of
from ontology import DKG, SCHEMA

#: One passage behind a link: {"section", "text", "source"}.
EvidenceRecord: TypeAlias = dict[str, str]

#: Class -> the nature the views colour a node by, most specific first (``graphs.natures``).
KIND_OF_CLASS: dict[URIRef, str] = {
    SCHEMA.Drug: "drug",
    SCHEMA.DrugClass: "drug_class",
    SCHEMA.MedicalTest: "test",
    SCHEMA.MedicalTherapy: "therapy",
    SCHEMA.MedicalProcedure: "procedure",
    SCHEMA.MedicalSignOrSymptom: "finding",
    SCHEMA.AnatomicalStructure: "anatomy",
    SCHEMA.Substance: "substance",
    SCHEMA.LifestyleModification: "lifestyle",
    DKG.Organism: "organism",
    DKG.Exposure: "exposure",
    DKG.TreatmentFactor: "treatment_factor",
    DKG.CareConcern: "care_concern",
    DKG.SupportResource: "support",
    SCHEMA.MedicalCondition: "condition",
}
_RELATION_NAMES = {iri: name for name, iri in PREDICATES.items()}


_TYPE, _CONCEPT, _EVIDENCE, _ABOUT = str(RDF.type), str(SKOS.Concept), str(DKG.Evidence), str(SCHEMA.about)
_PREF, _ALT = str(SKOS.prefLabel), str(SKOS.altLabel)
_EXACT, _CLOSE = str(SKOS.exactMatch), str(SKOS.closeMatch)
_KINDS = {str(cls): kind for cls, kind in KIND_OF_CLASS.items()}
_FACTS = {str(predicate): name for name, predicate in FACT_PREDICATES.items()}
_RELATIONS = {str(predicate): name for predicate, name in _RELATION_NAMES.items()}
_EVIDENCE_FIELDS = {
    str(RDF.subject): "s",
    str(RDF.predicate): "p",
    str(RDF.object): "o",
    str(DKG.section): "section",
    str(DKG.evidenceText): "text",
    str(PROV.wasDerivedFrom): "source",
}


def to_networkx(graph: Graph | Statements) -> nx.MultiDiGraph:
    """Concepts as nodes, relations as edges keyed by relation name, evidence on each edge.

    Takes an rdflib graph, or triples grouped by subject with terms as Turtle or N-Triples
    write them (a build's own, or a store's): a thousand articles are drawn without an RDF
    library in between, decoding only the terms the drawing shows.
    """
    statements = group(rdflib_triples(graph)) if isinstance(graph, Graph) else graph
    value = _Decoder()
    concepts: dict[str, dict[str, list[str]]] = {}
    evidence: dict[tuple[str, str, str], list[tuple[str, EvidenceRecord]]] = defaultdict(list)
    links: list[tuple[str, str, str]] = []
    diseases: set[str] = set()
    for subject, pairs in statements.items():
        fields: dict[str, list[str]] = defaultdict(list)
        for predicate, obj in pairs:
            p = value(predicate)
            if p in _RELATIONS:
                links.append((subject, p, obj))
            elif p == _ABOUT:
                diseases.add(value(obj))
            else:
                fields[p].append(obj)
        types = {value(t) for t in fields.get(_TYPE, ())}
        if _CONCEPT in types:
            concepts[value(subject)] = {p: [value(o) for o in objects] for p, objects in fields.items()}
        elif _EVIDENCE in types:
            record = {name: value(fields[p][0]) if fields.get(p) else "" for p, name in _EVIDENCE_FIELDS.items()}
            triple = (record.pop("s"), record.pop("p"), record.pop("o"))
            evidence[triple].append((value(subject), record))
    nxg = nx.MultiDiGraph()
    for concept in sorted(concepts):
        nxg.add_node(concept, **_node_attributes(concept, concepts[concept], concept in diseases))
    order = {predicate: i for i, predicate in enumerate(_RELATIONS)}
    edges = sorted((order[p], value(s), value(o), p) for s, p, o in links)
    for _, s, o, p in edges:
        if s in concepts and o in concepts:
            records = [record for _, record in sorted(evidence.get((s, p, o), []), key=lambda e: e[0])]
            nxg.add_edge(s, o, key=_RELATIONS[p], relation=_RELATIONS[p], evidence=records)
    return nxg


class _Decoder(dict[str, str]):
    """Rendered term -> its plain value, each decoded once."""

    def __call__(self, rendered: str) -> str:
        decoded = self.get(rendered)
        if decoded is None:
            decoded = self[rendered] = value_of(rendered)
        return decoded


def _node_attributes(concept: str, fields: dict[str, list[str]], is_disease: bool) -> dict[str, Any]:
    types = set(fields.get(_TYPE, ()))
    kind = "disease" if is_disease else next((k for cls, k in _KINDS.items() if cls in types), "other")
    labels = fields.get(_PREF)
    return {
        "label": min(labels) if labels else concept.rsplit("/", 1)[-1],
        "kind": kind,
        "types": sorted(iri(t) for t in types),
        "alt_labels": sorted(fields.get(_ALT, ())),
        "identifiers": sorted(fields.get(_EXACT, ())),
        "close_matches": sorted(fields.get(_CLOSE, ())),
        "facts": {name: sorted(fields[p]) for p, name in _FACTS.items() if fields.get(p)},
    }


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


#: The relations whose shared objects link two diseases in ``disease_network``.
SHARED_RELATIONS = ("signOrSymptom",)


def disease_network(nxg: nx.MultiDiGraph, relations: tuple[str, ...] = SHARED_RELATIONS) -> nx.Graph:
    """Diseases linked by the findings they share, for networkx or Gephi: an edge's ``weight`` is
    how many, ``shared`` their labels. A disease that is another's complication, risk factor or
    cause is also linked, with that relation in ``relation``."""
    diseases = sorted(n for n, data in nxg.nodes(data=True) if data["kind"] == "disease")
    of: dict[str, set[str]] = defaultdict(set)
    for disease in diseases:
        for _, target, key in nxg.out_edges(disease, keys=True):
            if key in relations:
                of[target].add(disease)
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for finding in sorted(of):
        having = sorted(of[finding])
        for i, a in enumerate(having):
            for b in having[i + 1 :]:
                pairs[(a, b)].append(nxg.nodes[finding]["label"])
    network = nx.Graph()
    for disease in diseases:
        network.add_node(disease, label=nxg.nodes[disease]["label"])
    for (a, b), shared in sorted(pairs.items()):
        network.add_edge(a, b, weight=len(shared), shared="; ".join(sorted(shared)), relation="")
    disease_set = set(diseases)
    for disease in diseases:
        for _, target, key in sorted(nxg.out_edges(disease, keys=True)):
            if target in disease_set and target != disease and key in ("possibleComplication", "riskFactor", "cause"):
                data = network.get_edge_data(disease, target) or {"weight": 0, "shared": ""}
                relation = " ".join(sorted({*data.get("relation", "").split(), key}))
                network.add_edge(disease, target, weight=data["weight"], shared=data["shared"], relation=relation)
    return network
