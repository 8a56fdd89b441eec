"""The networkx view of the graph: concepts only, evidence on edges; GraphML and GEXF."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, SKOS, Graph

from graphs.convert import find_node, neighbourhood, to_networkx
from graphs.export import export_graph
from graphs.layout import hub_layout


def test_nodes_are_the_concepts_and_evidence_is_not_a_node(all_graph: Graph) -> None:
    nxg = to_networkx(all_graph)
    concepts = {str(c) for c in all_graph.subjects(RDF.type, SKOS.Concept)}
    assert set(nxg.nodes) == concepts
    assert not any("/evidence/" in n for n in nxg.nodes)


def test_edges_carry_their_evidence(all_graph: Graph) -> None:
    nxg = to_networkx(all_graph)
    disease = find_node(nxg, "Acute lymphoblastic leukemia")
    fever = find_node(nxg, "fever")
    (evidence,) = nxg.edges[disease, fever, "signOrSymptom"]["evidence"]
    assert evidence == {
        "section": "Symptoms",
        "text": "Fever",
        "source": "https://medlineplus.gov/ency/article/000541.htm",
    }
    assert nxg.nodes[disease]["kind"] == "disease"
    assert "ALL" in nxg.nodes[disease]["alt_labels"]


def test_find_by_alternative_label_and_neighbourhood(all_graph: Graph) -> None:
    nxg = to_networkx(all_graph)
    spots = find_node(nxg, "pinpoint RED spots on the skin")
    assert nxg.nodes[spots]["label"] == "Petechiae"
    around = neighbourhood(nxg, spots, 1)
    assert {d["label"] for _, d in around.nodes(data=True)} == {
        "Petechiae",
        "Acute lymphoblastic leukemia",
        "Skin",
    }
    with pytest.raises(KeyError):
        find_node(nxg, "no such thing")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_tool_formats_load_in_networkx(all_graph: Graph, fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"g.{fmt}"
    path.write_bytes(export_graph(all_graph, fmt))
    loaded = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    nxg = to_networkx(all_graph)
    assert loaded.number_of_nodes() == nxg.number_of_nodes()
    assert loaded.number_of_edges() == nxg.number_of_edges()


def test_layout_places_every_node_and_is_deterministic(all_graph: Graph) -> None:
    nxg = to_networkx(all_graph)
    positions = hub_layout(nxg)
    assert set(positions) == set(nxg.nodes)
    assert positions == hub_layout(to_networkx(all_graph))
    disease = find_node(nxg, "Acute lymphoblastic leukemia")
    assert positions[disease] == (0, 0)
