"""SHACL validation of built graphs against ``ontology/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph
from rdflib.namespace import SH

from ontology import load_shapes


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """Whether a graph conforms, and pyshacl's report in words."""

    conforms: bool
    text: str
    violations: int


def validate_graph(graph: Graph) -> ValidationReport:
    """Check a graph against the shapes, with SHACL-SPARQL constraints and no inference."""
    from pyshacl import validate  # imported here: pyshacl is slow to import and only validate needs it

    if not graph.store.context_aware:  # pyshacl wraps the data in a Dataset, which needs one
        aware = Graph()
        aware += graph
        graph = aware
    conforms, report_graph, text = validate(
        graph, shacl_graph=load_shapes(), inference="none", advanced=True, allow_warnings=True
    )
    count = len(set(report_graph.subjects(predicate=SH.resultSeverity)))
    return ValidationReport(bool(conforms), str(text), count)
