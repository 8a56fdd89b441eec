"""Issue 4: the SPARQL 1.1 Protocol endpoint, queried by a real client over real HTTP."""

from __future__ import annotations

import contextlib
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from graphs.web.server import make_endpoint
from tests.browser import serving

SYMPTOMS = """
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?name WHERE { ?d schema:signOrSymptom/skos:prefLabel ?name }"""


@pytest.fixture(scope="module")
def base_url(built_dir: Path) -> Iterator[str]:
    with serving(make_endpoint(built_dir, timeout=2.0)) as url:
        yield url


def client(base_url: str, query: str, fmt: str = JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(f"{base_url}/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


def test_select_as_json_over_get_and_post(base_url: str) -> None:
    for method in ("GET", POST):
        sparql = client(base_url, SYMPTOMS)
        sparql.setMethod(method)
        names = {b["name"]["value"] for b in sparql.queryAndConvert()["results"]["bindings"]}
        assert {"Fever", "Night sweats"} <= names


def test_content_negotiation(base_url: str) -> None:
    xml = client(base_url, SYMPTOMS, XML).queryAndConvert()
    assert len(xml.getElementsByTagName("result")) == 23
    csv_text = client(base_url, SYMPTOMS, CSV).queryAndConvert().decode()
    assert csv_text.splitlines()[0] == "name"
    ask = client(base_url, "ASK { ?s a <https://schema.org/Drug> }").queryAndConvert()
    assert ask["boolean"] is True
    turtle = client(base_url, "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t }", TURTLE).queryAndConvert()
    assert len(Graph().parse(data=turtle, format="turtle")) > 100


def test_update_and_service_are_refused(base_url: str) -> None:
    sparql = client(base_url, "INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    sparql.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as refused:
        sparql.query()
    assert refused.value.code == 403 and b"read-only" in refused.value.read()
    refused.value.close()
    with pytest.raises(urllib.error.HTTPError) as service:
        client(base_url, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }").query()
    assert service.value.code == 403 and b"SERVICE" in service.value.read()
    service.value.close()


def test_bad_queries_are_400_and_runaways_are_stopped(base_url: str) -> None:
    with pytest.raises(QueryBadFormed):
        client(base_url, "SELECT * WHERE { ?s ?p }").query()
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with pytest.raises(urllib.error.HTTPError) as stopped:
        client(base_url, runaway).query()
    assert stopped.value.code == 503 and b"stopped" in stopped.value.read()
    stopped.value.close()


def test_runaway_queries_do_not_stall_the_explorer(base_url: str) -> None:
    """Issue 13: with runaway queries holding every SPARQL worker the pool may fork, the explorer's
    views still answer."""
    import json

    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"

    def send_runaway() -> None:
        with contextlib.suppress(urllib.error.HTTPError):
            client(base_url, runaway).query()

    runaways = [threading.Thread(target=send_runaway) for _ in range(10)]  # more than /sparql may fork (8)
    for thread in runaways:
        thread.start()
    try:
        query = urllib.parse.urlencode({"iri": "https://w3id.org/diseasekg/concept/fever"})
        with urllib.request.urlopen(base_url + "/api/concept?" + query, timeout=30) as response:
            assert json.loads(response.read())["label"] == "Fever"
        with urllib.request.urlopen(base_url + "/api/search?q=fever", timeout=30) as response:
            assert json.loads(response.read())[0]["label"] == "Fever"
        assert any(thread.is_alive() for thread in runaways)  # answered while the runaways still ran
    finally:
        for thread in runaways:
            thread.join()


@pytest.mark.parametrize(
    "path",
    [
        "/../../etc/passwd",
        "/sparql/../../etc/passwd",
        "/graph.ttl",
        "/store/CURRENT",
        "/assets/../graph.ttl",
        "/assets/explorer.py",
        "/api/nothing",
    ],
)
def test_nothing_outside_the_served_paths(base_url: str, path: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(base_url + path)
    error.value.close()
    assert error.value.code == 404


def test_explorer_graph_page_and_query_page(base_url: str) -> None:
    with urllib.request.urlopen(base_url + "/") as response:
        assert b"diseasekg explorer" in response.read() and response.headers["Content-Type"].startswith("text/html")
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    with urllib.request.urlopen(base_url + "/graph") as response:
        assert b"Acute lymphoblastic leukemia" in response.read()
    with urllib.request.urlopen(base_url + "/query") as response:
        page = response.read()
        assert b"/assets/yasgui/yasgui.min.js" in page and b'action="/sparql"' in page  # a form without script
        assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]


def test_explorer_views_answer_json(base_url: str) -> None:
    import json

    with urllib.request.urlopen(base_url + "/api/search?q=HP:0001945") as response:
        (fever,) = [r for r in json.loads(response.read()) if r["label"] == "Fever"]
    query = urllib.parse.urlencode({"iri": fever["iri"]})
    with urllib.request.urlopen(base_url + "/api/concept?" + query) as response:
        view = json.loads(response.read())
    assert view["kind"] == "finding" and "http://purl.obolibrary.org/obo/HP_0001945" in view["exact"]
    assert [g["relation"] for g in view["groups"]] == ["signOrSymptom"]
    bad = urllib.parse.urlencode({"iri": "x> } ?s ?p ?o . { ?s"})  # not an IRI: refused, never run
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(base_url + "/api/concept?" + bad)
    error.value.close()
    assert error.value.code == 400


@pytest.mark.parametrize("what", ["graph file", "bare store"])
def test_a_graph_file_or_a_bare_store_can_be_served(built_dir: Path, what: str) -> None:
    source = built_dir / "graph.ttl" if what == "graph file" else built_dir / "store"
    endpoint = make_endpoint(source, timeout=5.0)
    try:
        assert b"Acute lymphoblastic leukemia" in endpoint.graph_page
        output = endpoint.workers.run("ASK { ?s a <https://schema.org/Drug> }", "ASK", timeout=5.0)
        assert output.boolean is True
    finally:
        endpoint.close()
