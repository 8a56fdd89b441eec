"""Graphs to files and back: the RDF formats, chosen by name or by file suffix."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import networkx as nx
from rdflib import Graph

from graphs.convert import disease_network, flatten_for_export, to_networkx
from graphs.errors import GraphReadError, OutputError, UnknownFormat
from graphs.prefixes import PREFIXES, bind_prefixes
from graphs.turtle import serialize_turtle

#: The RDF formats diseasekg reads and writes.
RdfFormat = Literal["turtle", "nt", "jsonld", "xml"]


@dataclass(frozen=True, slots=True)
class FormatInfo:
    """How rdflib calls a format, the suffix its files take and its media type."""

    rdflib_name: str
    suffix: str
    media_type: str


FORMATS: dict[RdfFormat, FormatInfo] = {
    "turtle": FormatInfo("turtle", ".ttl", "text/turtle"),
    "nt": FormatInfo("nt", ".nt", "application/n-triples"),
    "jsonld": FormatInfo("json-ld", ".jsonld", "application/ld+json"),
    "xml": FormatInfo("xml", ".rdf", "application/rdf+xml"),
}
#: Formats for graph tools (Gephi, Cytoscape), written through networkx.
NetworkFormat = Literal["graphml", "gexf"]
NETWORK_FORMATS: dict[NetworkFormat, FormatInfo] = {
    "graphml": FormatInfo("graphml", ".graphml", "application/graphml+xml"),
    "gexf": FormatInfo("gexf", ".gexf", "application/gexf+xml"),
}
#: Every format ``diseasekg export`` writes.
EXPORT_FORMATS: tuple[str, ...] = (*FORMATS, *NETWORK_FORMATS)
_SUFFIXES = {info.suffix: name for name, info in FORMATS.items()} | {".json": "jsonld", ".owl": "xml", ".xml": "xml"}


def format_for(path: Path) -> RdfFormat:
    """The RDF format a file name says it holds."""
    try:
        return _SUFFIXES[path.suffix.lower()]  # type: ignore[return-value]
    except KeyError:
        raise UnknownFormat(path.suffix or path.name, tuple(_SUFFIXES)) from None


def serialize_graph(graph: Graph, fmt: str) -> bytes:
    """A graph as bytes; N-Triples are sorted so that the same graph gives the same file."""
    if fmt not in FORMATS:
        raise UnknownFormat(fmt, tuple(FORMATS))
    info = FORMATS[fmt]  # type: ignore[index]
    if fmt == "jsonld":
        context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
        text = graph.serialize(format="json-ld", context=context, auto_compact=True, sort_keys=True)
        return json.dumps(json.loads(text), indent=2, sort_keys=True, ensure_ascii=False).encode() + b"\n"
    if fmt == "turtle":
        return serialize_turtle(graph)
    data = graph.serialize(format=info.rdflib_name, encoding="utf-8")
    if fmt == "nt":
        lines = sorted(set(data.splitlines()) - {b""})
        return b"\n".join(lines) + b"\n"
    return data


def export_graph(graph: Graph, fmt: str, *, diseases: bool = False) -> bytes:
    """A graph in any export format: RDF through rdflib, graph-tool formats through networkx.

    ``diseases``: only the diseases, linked by the findings they share (GraphML or GEXF).
    """
    if diseases:
        if fmt not in NETWORK_FORMATS:
            raise UnknownFormat(fmt, tuple(NETWORK_FORMATS))
        network = disease_network(to_networkx(graph))
        lines = nx.generate_graphml(network) if fmt == "graphml" else nx.generate_gexf(network)
        return ("\n".join(lines) + "\n").encode("utf-8")
    if fmt in NETWORK_FORMATS:
        flat = flatten_for_export(to_networkx(graph))
        lines = nx.generate_graphml(flat) if fmt == "graphml" else nx.generate_gexf(flat)
        return ("\n".join(lines) + "\n").encode("utf-8")
    return serialize_graph(graph, fmt)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: Outputs get the permissions an ordinary file or directory would, not mkstemp's private ones.
FILE_MODE = 0o666 & ~_umask()
DIR_MODE = 0o777 & ~_umask()


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write a file so that readers see the old file or the whole new one, never a part."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise OutputError(str(path), error.strerror or str(error)) from None
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(str(path), error.strerror or str(error)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_graph(graph: Graph, path: Path, fmt: str | None = None) -> None:
    """Serialise a graph to ``path`` atomically, in ``fmt`` or the format its suffix says."""
    write_bytes_atomic(path, serialize_graph(graph, fmt or format_for(path)))


def resolve_graph_path(path: Path) -> Path:
    """A build output directory stands for the ``graph.ttl`` inside it."""
    return path / "graph.ttl" if path.is_dir() else path


def read_graph(path: Path) -> Graph:
    """Parse a graph file (or a build directory); any failure is one ``GraphReadError``."""
    path = resolve_graph_path(path)
    if not path.is_file():
        raise GraphReadError(str(path), "no such graph file")
    fmt = format_for(path)
    graph = bind_prefixes(Graph())
    try:
        graph.parse(path, format=FORMATS[fmt].rdflib_name)
    except Exception as error:  # rdflib raises many unrelated types for bad input
        detail = " ".join(str(error).split()) or type(error).__name__
        raise GraphReadError(str(path), f"not valid {fmt}: {detail[:300]}") from None
    if not len(graph):
        raise GraphReadError(str(path), "the graph holds no triples")
    return graph
