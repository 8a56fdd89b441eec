"""Upload a graph to a SPARQL 1.1 Graph Store Protocol server (Fuseki, GraphDB, Oxigraph)."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from graphs.errors import GraphError
from graphs.export import FORMATS, format_for, resolve_graph_path


@dataclass
class PushError(GraphError):
    """The server refused the graph or could not be reached."""

    endpoint: str
    reason: str

    def __str__(self) -> str:
        return f"push to {self.endpoint} failed: {self.reason}"


@dataclass(frozen=True, slots=True)
class PushResult:
    """Where the graph went and how the server answered."""

    url: str
    status: int
    size: int


def graph_store_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of the default graph or of a named graph.

    >>> graph_store_url("http://localhost:7878/store", "https://example.org/g")
    'http://localhost:7878/store?graph=https%3A%2F%2Fexample.org%2Fg'
    """
    separator = "&" if "?" in endpoint else "?"
    return endpoint + separator + (f"graph={quote(graph, safe='')}" if graph else "default")


def push_graph(
    path: Path, endpoint: str, *, graph: str | None = None, replace: bool = True, timeout: float = 120.0
) -> PushResult:
    """Send the graph file as it is (no re-parsing): PUT replaces the graph, POST adds to it."""
    if urlsplit(endpoint).scheme not in ("http", "https"):
        raise PushError(endpoint, "the endpoint must be an http:// or https:// URL")
    source = resolve_graph_path(path)
    try:
        data = source.read_bytes()
    except OSError as error:
        raise PushError(endpoint, f"cannot read {source}: {error.strerror or error}") from None
    media = FORMATS[format_for(source)].media_type
    url = graph_store_url(endpoint, graph)
    request = urllib.request.Request(  # noqa: S310 - the scheme is checked above
        url,
        data=data,
        method="PUT" if replace else "POST",
        headers={"Content-Type": media},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return PushResult(url, response.status, len(data))
    except urllib.error.HTTPError as error:
        body = error.read(300).decode("utf-8", "replace").strip().splitlines()
        raise PushError(endpoint, f"HTTP {error.code} {error.reason}" + (f": {body[0]}" if body else "")) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise PushError(endpoint, f"cannot connect ({reason})") from None
