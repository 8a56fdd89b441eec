"""Issue 4: querying built graphs - named queries, formats, safety, time limits."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from graphs.errors import QueryRefused, QuerySyntaxError, QueryTimeout, UnknownQuery
from graphs.sparql import named_queries, query_source
from graphs.store import locate

SCHEMA_ONLY = """
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?name WHERE {
  ?d skos:prefLabel "Acute lymphoblastic leukemia"@en .
  { ?d schema:typicalTest ?x } UNION { ?d schema:riskFactor ?x }
  ?x skos:prefLabel ?name .
}"""


def _json_values(data: bytes, var: str) -> set[str]:
    return {b[var]["value"] for b in json.loads(data)["results"]["bindings"] if var in b}


def test_build_directory_is_queried_through_its_persistent_store(built_dir: Path) -> None:
    assert locate(built_dir).persistent
    assert not locate(built_dir / "graph.ttl").persistent


@pytest.mark.parametrize("where", ["store", "file"])
def test_named_symptoms_query_answers_by_any_name_of_the_disease(built_dir: Path, where: str) -> None:
    graph = built_dir if where == "store" else built_dir / "graph.ttl"
    for name in ("Acute lymphoblastic leukemia", "ALL", "acute LYMPHOCYTIC leukemia"):
        output = query_source(graph, "symptoms", {"disease": name}, result_format="json")
        assert {"Fever", "Night sweats", "Epistaxis", "Bone pain"} <= _json_values(output.data, "label")  # HPO's label


def test_every_named_query_runs(built_dir: Path) -> None:
    values = {
        "disease": "ALL",
        "symptom": "fever",
        "factor": "benzene",
        "concept": "fever",
        "subject": "ALL",
        "object": "fever",
        "id": "HP:0001945",
    }
    across = {"shared-symptoms", "diseases-linked-to-diseases"}  # one disease shares with none
    for named in named_queries().values():
        params = {name: values[name] for name, _ in named.params}
        output = query_source(built_dir, named.name, params, result_format="json")
        rows = json.loads(output.data)["results"]["bindings"]
        assert rows or named.name in across, named.name


def test_cross_disease_queries_on_a_merged_build(merged_dir: Path) -> None:
    shared = json.loads(query_source(merged_dir, "shared-symptoms", {"disease": "ALL"}, result_format="json").data)
    by_disease = {b["otherLabel"]["value"]: b["symptoms"]["value"] for b in shared["results"]["bindings"]}
    assert "Fever" in by_disease["Acute myeloid leukemia - adult"]
    assert "Fever" in by_disease["Measles"]
    with_fever = query_source(merged_dir, "diseases-with-symptom", {"symptom": "fever"}, result_format="json")
    assert _json_values(with_fever.data, "label") == {
        "Acute lymphoblastic leukemia",
        "Acute myeloid leukemia - adult",
        "Measles",
    }
    benzene = query_source(merged_dir, "diseases-with-risk-factor", {"factor": "benzene"}, result_format="json")
    assert _json_values(benzene.data, "label") == {"Acute lymphoblastic leukemia", "Acute myeloid leukemia - adult"}


def test_schema_org_terms_alone_get_the_right_answers(built_dir: Path) -> None:
    names = _json_values(query_source(built_dir, SCHEMA_ONLY, result_format="json").data, "name")
    assert {"Complete blood count", "Lumbar puncture", "Down syndrome", "Benzene"} <= names


def test_evidence_query_quotes_the_article(built_dir: Path) -> None:
    output = query_source(built_dir, "evidence", {"subject": "ALL", "object": "petechiae"}, result_format="csv")
    (row,) = list(csv.DictReader(io.StringIO(output.data.decode())))
    assert row["section"] == "Symptoms" and row["text"] == "Pinpoint red spots on the skin (petechiae)"


def test_result_formats(built_dir: Path) -> None:
    query = "SELECT ?s WHERE { ?s a <https://schema.org/Drug> } ORDER BY ?s"
    as_xml = query_source(built_dir, query, result_format="xml").data
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert len(ET.fromstring(as_xml).findall(".//r:result", ns)) == 2
    tsv = query_source(built_dir, query, result_format="tsv").data.decode().splitlines()
    assert tsv[0] == "?s" and len(tsv) == 3
    table = query_source(built_dir, query, result_format="table").data.decode()
    assert "concept:blinatumomab" in table and table.rstrip().endswith("(2 rows)")
    ask = query_source(built_dir, "ASK { ?s a <https://schema.org/Drug> }")
    assert ask.boolean is True
    construct = query_source(built_dir, "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 3", graph_format="turtle")
    assert b"@prefix" in construct.data or b"<" in construct.data


def test_parameters_are_values_and_cannot_change_the_query(built_dir: Path) -> None:
    hostile = 'ALL")) } UNION { ?symptom ?p ?label } #'
    output = query_source(built_dir, "symptoms", {"disease": hostile}, result_format="json")
    assert json.loads(output.data)["results"]["bindings"] == []
    with pytest.raises(UnknownQuery, match="missing disease"):
        query_source(built_dir, "symptoms", {})
    with pytest.raises(UnknownQuery, match="unknown"):
        query_source(built_dir, "symptoms", {"disease": "ALL", "extra": "x"})


def test_syntax_errors_give_line_and_column(built_dir: Path) -> None:
    with pytest.raises(QuerySyntaxError, match=r"line 2, column \d+"):
        query_source(built_dir, "SELECT * WHERE {\n ?s ?p }")


class _Listener:
    """A loopback port that records whether anything connects to it."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.socket.settimeout(0.2)
        self.port = self.socket.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.socket.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.socket.close()


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }",
        "select * where { service <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }",
        "LOAD <http://127.0.0.1:{port}/data.ttl>",
        "INSERT DATA { <http://127.0.0.1:{port}/a> <b:b> <c:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "DROP ALL",
    ],
)
def test_service_load_and_updates_are_refused_without_any_connection(built_dir: Path, query: str) -> None:
    listener = _Listener()
    try:
        with pytest.raises(QueryRefused):
            query_source(built_dir, query.replace("{port}", str(listener.port)))
    finally:
        listener.close()
    assert listener.connections == 0


def test_keywords_inside_strings_and_iris_do_not_trigger_refusal(built_dir: Path) -> None:
    query = 'SELECT ?x WHERE { BIND("SERVICE and DROP ALL" AS ?x) FILTER(?x != <urn:LOAD>) }'
    assert b"SERVICE and DROP ALL" in query_source(built_dir, query, result_format="csv").data


def test_timeout_really_stops_a_runaway_query(built_dir: Path) -> None:
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with pytest.raises(QueryTimeout):
        query_source(built_dir, runaway, timeout=1.0)
