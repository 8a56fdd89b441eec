"""Issue 4: push to a real Oxigraph server (the ``oxigraph`` binary from PyPI) on loopback."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from rdflib import Graph

from graphs.push import PushError, push_graph


def _oxigraph() -> str | None:
    beside_python = Path(sys.executable).with_name("oxigraph")
    return str(beside_python) if beside_python.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    binary = _oxigraph()
    if binary is None:
        pytest.fail("the oxigraph server (PyPI package 'oxigraph', in the test extras) is not installed")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            with urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1):
                break
        except OSError:
            time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)


def _count(url: str, graph: str | None = None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    query = quote(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
    request = urllib.request.Request(
        f"{url}/query?query={query}", headers={"Accept": "application/sparql-results+json"}
    )
    with urllib.request.urlopen(request) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


def test_push_to_default_and_named_graph(built_dir: Path, oxigraph_url: str) -> None:
    size = len(Graph().parse(built_dir / "graph.ttl"))
    push_graph(built_dir, f"{oxigraph_url}/store")
    assert _count(oxigraph_url) == size
    push_graph(built_dir, f"{oxigraph_url}/store")  # PUT replaces: still the same size
    assert _count(oxigraph_url) == size
    graph = "https://w3id.org/diseasekg/graph/all"
    result = push_graph(built_dir / "graph.ttl", f"{oxigraph_url}/store", graph=graph)
    assert result.status in (200, 201, 204)
    assert _count(oxigraph_url, graph) == size


def test_push_errors_are_one_line(built_dir: Path) -> None:
    with pytest.raises(PushError, match="cannot connect"):
        push_graph(built_dir, f"http://127.0.0.1:{_free_port()}/store", timeout=5)
    with pytest.raises(PushError, match="http"):
        push_graph(built_dir, "file:///etc/passwd")
