"""The ``build`` job: sources in, graph files out, and a summary of what was found."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, Graph

from extract.errors import SourceNotFound
from extract.pipeline import bundled_article, extract_sources
from extract.read import MAX_INPUT_BYTES
from graphs.build import PREDICATES, build_graph
from graphs.convert import to_networkx
from graphs.errors import FewerFindings
from graphs.export import serialize_graph, write_bytes_atomic
from graphs.render import generate_html, page_title
from graphs.store import STORE_DIR, write_store
from ontology import DKG

#: File suffixes read when a directory is given as a source.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build wrote and how much of each relation it found."""

    graph: Graph
    outputs: tuple[Path, ...]
    articles: int
    counts: dict[str, int] = field(default_factory=dict)


def iter_sources(sources: Iterable[Path]) -> Iterator[Path]:
    """Files as given; directories as their article files, sorted by name."""
    for source in sources:
        if source.is_dir():
            found = sorted(p for p in source.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
            if not found:
                raise SourceNotFound(str(source), "directory holds no .txt or .html articles")
            yield from found
        else:
            yield source


def relation_counts(graph: Graph) -> dict[str, int]:
    """How many links of each relation the graph states, by the predicate's short name."""
    names = {iri: name for name, iri in PREDICATES.items()}
    counts = Counter(names[p] for p in graph.predicates() if p in names)
    return {name: counts[name] for name in PREDICATES if counts[name]}


def count_links(turtle: Path) -> int:
    """How many evidenced links a graph file holds (0 if it cannot be read)."""
    store = ox.Store()
    try:
        store.bulk_load(path=str(turtle), format=ox.RdfFormat.TURTLE)
    except (OSError, SyntaxError, ValueError):
        return 0
    return sum(1 for _ in store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(DKG.Evidence))))


def remove_stale_temporaries(out_dir: Path) -> None:
    """Remove what a killed build left half-written (never the outputs themselves)."""
    if out_dir.is_dir():
        for leftover in out_dir.glob(".graph.*.tmp"):
            leftover.unlink(missing_ok=True)
        for leftover in out_dir.glob(f".{STORE_DIR}.*"):
            shutil.rmtree(leftover, ignore_errors=True)


def run_build(
    sources: list[Path], out_dir: Path, *, max_bytes: int = MAX_INPUT_BYTES, force: bool = False
) -> BuildResult:
    """Extract every source, build one graph, write ``graph.ttl``, ``graph.html`` and ``store/``.

    Both files are rendered before either is written, and each is replaced atomically:
    a bad input leaves the previous outputs as they were.
    """
    paths = list(iter_sources(sources or [bundled_article()]))
    extractions = extract_sources(paths, max_bytes=max_bytes)
    graph = build_graph(extractions)
    previous = out_dir / "graph.ttl"
    if previous.is_file() and not force:
        before, after = count_links(previous), sum(1 for _ in graph.subjects(RDF.type, DKG.Evidence))
        if after < before:
            raise FewerFindings(str(previous), before, after)
    remove_stale_temporaries(out_dir)
    turtle = serialize_graph(graph, "turtle")
    page = generate_html(to_networkx(graph), title=page_title(graph)).encode("utf-8")
    outputs = (out_dir / "graph.ttl", out_dir / "graph.html")
    for path, data in zip(outputs, (turtle, page), strict=True):
        write_bytes_atomic(path, data)
    write_store(turtle, out_dir / STORE_DIR)
    return BuildResult(graph, (*outputs, out_dir / STORE_DIR), len(extractions), relation_counts(graph))
