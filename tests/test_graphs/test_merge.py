"""Issue 5: many articles, one graph - shared concepts are one node, each link keeps its evidence."""

from __future__ import annotations

import gc
from pathlib import Path

from rdflib import RDF, Graph, URIRef

from graphs.export import read_graph
from graphs.job import PARALLEL_FROM, run_build
from ontology import CONCEPT, DKG, SCHEMA
from tests.conftest import ARTICLES


def test_fever_is_one_node_linked_to_each_disease_with_its_own_evidence(merged_dir: Path) -> None:
    graph = read_graph(merged_dir)
    diseases = set(graph.subjects(SCHEMA.signOrSymptom, CONCEPT["fever"]))
    assert len(diseases) == 3
    sources = {
        graph.value(e, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
        for e in graph.subjects(RDF.object, CONCEPT["fever"])
        if (e, RDF.type, DKG.Evidence) in graph
    }
    assert len(sources) == 3


def test_parallel_build_gives_the_same_bytes_as_a_serial_one(tmp_path: Path) -> None:
    articles = sorted(ARTICLES.glob("*.txt")) * (PARALLEL_FROM // 4 + 1)
    copies = tmp_path / "copies"
    copies.mkdir()
    for i, article in enumerate(articles):
        (copies / f"{i:03d}-{article.name}").write_text(article.read_text().replace("\n", f" {i}\n", 1))
    serial = run_build([copies], tmp_path / "serial", jobs=1)
    parallel = run_build([copies], tmp_path / "parallel", jobs=2)
    assert serial.articles == parallel.articles >= PARALLEL_FROM
    assert (tmp_path / "serial" / "graph.ttl").read_bytes() == (tmp_path / "parallel" / "graph.ttl").read_bytes()
    assert len(parallel.graph) == len(Graph().parse(tmp_path / "serial" / "graph.ttl"))


def test_a_build_leaves_the_cycle_collector_as_it_found_it(tmp_path: Path) -> None:
    assert gc.isenabled()
    run_build([ARTICLES], tmp_path / "out", jobs=2)
    assert gc.isenabled()
