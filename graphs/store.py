"""Where queries run: an Oxigraph store, persistent beside a build or loaded from a graph file."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from graphs.convert import to_networkx
from graphs.errors import GraphReadError, OutputError
from graphs.export import DIR_MODE, format_for, resolve_graph_path
from graphs.turtle import Statements, group

#: The persistent store a build writes beside graph.ttl.
STORE_DIR = "store"
_OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}


@dataclass(frozen=True, slots=True)
class StoreSource:
    """A graph to query: a persistent store directory, or a graph file to load into memory."""

    path: Path
    persistent: bool

    def open(self) -> ox.Store:
        """Open the store: read-only on disk, or parse the file into memory."""
        if self.persistent:
            try:
                return ox.Store.read_only(str(self.path))
            except OSError as error:
                raise GraphReadError(str(self.path), f"cannot open the store: {error}") from None
        store = ox.Store()
        fmt = format_for(self.path)
        try:
            store.bulk_load(path=str(self.path), format=_OX_FORMATS[fmt])
        except (SyntaxError, ValueError, OSError) as error:
            detail = " ".join(str(error).split())[:300]
            raise GraphReadError(str(self.path), f"not valid {fmt}: {detail}") from None
        if not len(store):
            raise GraphReadError(str(self.path), "the graph holds no triples")
        return store


def is_store_dir(path: Path) -> bool:
    """Whether a directory is an Oxigraph (RocksDB) store."""
    return path.is_dir() and (path / "CURRENT").is_file()


def locate(path: Path) -> StoreSource:
    """A build directory's store (if it is as new as its graph.ttl), a store, or a graph file."""
    if is_store_dir(path):
        return StoreSource(path, persistent=True)
    if path.is_dir():
        store, turtle = path / STORE_DIR, path / "graph.ttl"
        if is_store_dir(store) and (not turtle.exists() or store.stat().st_mtime >= turtle.stat().st_mtime):
            return StoreSource(store, persistent=True)
    graph_file = resolve_graph_path(path)
    if not graph_file.is_file():
        raise GraphReadError(str(path), "no such graph file, build directory or store")
    format_for(graph_file)  # an unknown suffix is refused here, before anything is read
    return StoreSource(graph_file, persistent=False)


def store_statements(store: ox.Store) -> Statements:
    """The default graph's triples grouped by subject, terms as N-Triples writes them."""
    return group(
        (str(q.subject), str(q.predicate), str(q.object))
        for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    )


def read_network(path: Path) -> nx.MultiDiGraph:
    """A graph file, build directory or store as networkx, read by Oxigraph (many times faster than rdflib)."""
    return to_networkx(store_statements(locate(path).open()))


#: Bytes of Turtle loaded into a store at a time (about 100,000 triples).
LOAD_CHUNK = 6_000_000


def stage_store(pieces: Iterable[bytes], target: Path) -> Path:
    r"""Load Turtle into a new persistent store beside ``target``; ``swap_store`` puts it in place.

    The Turtle comes in pieces as the build writes it (``write_turtle_parts``: prefixes, then
    blocks of one subject each, cut between blocks), and each piece is loaded as it comes, with
    the prefixes of the first. Oxigraph parses without holding the GIL, so a build stages its
    store in a thread while it writes the rest and draws the page; and one bulk load of a whole
    encyclopedia's 860,000 triples would take 650 MB beside what the build holds.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
        staging.chmod(DIR_MODE)
    except OSError as error:
        raise OutputError(str(target), error.strerror or str(error)) from None
    try:
        store = ox.Store(str(staging))
        head = None
        for piece in pieces:
            if head is None:
                cut = piece.find(b"\n\n")
                head = piece[: cut + 2] if piece.startswith(b"@prefix") and cut >= 0 else b""
                store.bulk_load(input=piece, format=ox.RdfFormat.TURTLE)
            else:
                store.bulk_load(input=head + piece, format=ox.RdfFormat.TURTLE)
        store.flush()
        store.optimize()
        del store
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise OutputError(str(target), error.strerror or str(error)) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def swap_store(staging: Path, target: Path) -> None:
    """Replace ``target`` with a staged store as a whole: readers see the old one or the new one."""
    previous = target.with_name(f".{target.name}.old")
    try:
        if target.exists():
            shutil.rmtree(previous, ignore_errors=True)
            os.replace(target, previous)
        os.replace(staging, target)
        os.utime(target)  # as new as the graph.ttl written beside it, which `locate` checks
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise OutputError(str(target), error.strerror or str(error)) from None
    shutil.rmtree(previous, ignore_errors=True)
