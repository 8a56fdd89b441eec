"""The build's own terms: rendered once, read back the same by rdflib, Oxigraph and the drawing."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph, Literal
from rdflib.compare import isomorphic

from extract.model import Extraction
from graphs.build import article_triples, merge
from graphs.convert import to_networkx
from graphs.store import read_network, stage_store
from graphs.turtle import literal, value_of


@given(st.text())
def test_a_literal_reads_back_as_the_text_it_was_made_of(text: str) -> None:
    rendered = literal(text, lang="en")
    assert value_of(rendered) == text
    parsed = Graph().parse(data=f"<urn:s> <urn:p> {rendered} .", format="turtle")
    assert list(parsed.objects()) == [Literal(text, lang="en")]
    quads = list(ox.parse(input=f"<urn:s> <urn:p> {rendered} .", format=ox.RdfFormat.TURTLE))
    assert quads[0].object.value == text
    assert value_of(str(quads[0].object)) == text  # Oxigraph's N-Triples form decodes the same


def test_the_built_turtle_is_the_graph_rdflib_reads(all_extraction: Extraction) -> None:
    built = merge([article_triples(all_extraction)])
    parsed = Graph().parse(data=built.turtle(), format="turtle")
    assert len(parsed) == len(built)
    assert isomorphic(parsed, built.rdflib())


def test_the_drawing_is_the_same_from_terms_rdflib_and_the_store(all_extraction: Extraction, built_dir: Path) -> None:
    built = merge([article_triples(all_extraction)])
    drawings = [to_networkx(built.statements), to_networkx(built.rdflib()), read_network(built_dir)]
    for other in drawings[1:]:
        assert nx.utils.graphs_equal(drawings[0], other)
    assert drawings[0].number_of_nodes() > 80


def test_turtle_written_in_parts_is_the_same_bytes_and_the_store_loads_it_whole(
    all_extraction: Extraction, tmp_path: Path
) -> None:
    graph = merge([article_triples(all_extraction)])
    parts = list(graph.turtle_parts(10_000))
    assert len(parts) > 5
    assert b"".join(parts) == graph.turtle()
    staged = stage_store(parts, tmp_path / "store")
    store = ox.Store.read_only(str(staged))
    assert len(store) == len(graph) == len(Graph().parse(data=graph.turtle(), format="turtle"))
