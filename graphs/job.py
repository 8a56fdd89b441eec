"""The ``build`` job: sources in, graph files out, and a summary of what was found."""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import queue
import shutil
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF

from extract.errors import DiseaseKGError, SourceNotFound
from extract.fetch import is_url
from extract.pipeline import bundled_article, extract_source
from extract.read import MAX_INPUT_BYTES
from graphs.build import ArticleTriples, BuiltGraph, article_triples, merge
from graphs.convert import to_networkx
from graphs.errors import FewerFindings
from graphs.export import write_bytes_atomic
from graphs.render import generate_html, page_title
from graphs.store import LOAD_CHUNK, STORE_DIR, locate, stage_store, swap_store
from ontology import DKG

#: File suffixes read when a directory is given as a source.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build wrote and how much of each relation it found."""

    graph: BuiltGraph
    outputs: tuple[Path, ...]
    articles: int
    counts: dict[str, int] = field(default_factory=dict)


#: A source: a file or directory path, or a URL.
Source = Path | str
#: Called as (articles done, articles in all) while a build runs.
Progress = Callable[[int, int], None]
#: Below this many articles, extraction stays in one process.
PARALLEL_FROM = 16


def iter_sources(sources: Iterable[Source]) -> Iterator[Source]:
    """URLs and files as given; directories as their article files, sorted by name."""
    for given in sources:
        if isinstance(given, str) and is_url(given):
            yield given
            continue
        source = Path(given)
        if source.is_dir():
            found = sorted(p for p in source.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
            if not found:
                raise SourceNotFound(str(source), "directory holds no .txt or .html articles")
            yield from found
        else:
            yield source


def count_links(out_dir: Path) -> int:
    """How many evidenced links a previous build holds, read from its store (0 if there is none)."""
    try:
        store = locate(out_dir).open()
    except DiseaseKGError:
        return 0
    return sum(1 for _ in store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(DKG.Evidence))))


def remove_stale_temporaries(out_dir: Path) -> None:
    """Remove what a killed build left half-written (never the outputs themselves)."""
    if out_dir.is_dir():
        for leftover in out_dir.glob(".graph.*.tmp"):
            leftover.unlink(missing_ok=True)
        for leftover in out_dir.glob(f".{STORE_DIR}.*"):
            shutil.rmtree(leftover, ignore_errors=True)


def read_source(source: Source, max_bytes: int) -> ArticleTriples:
    """Read, extract and render one article: all a worker process does."""
    return article_triples(extract_source(source, max_bytes))


def iter_articles(
    sources: list[Source], *, max_bytes: int, jobs: int, progress: Progress | None = None
) -> Iterator[ArticleTriples]:
    """Articles' triples in source order; many articles are read by ``jobs`` worker processes.

    Each article is handed on as soon as it is ready, so memory follows the graph being
    built, not the number of files.
    """
    if jobs > 1 and len(sources) >= PARALLEL_FROM:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            results = pool.map(partial(read_source, max_bytes=max_bytes), sources, chunksize=8)
            yield from _counted(results, len(sources), progress)
    else:
        yield from _counted((read_source(s, max_bytes) for s in sources), len(sources), progress)


def _counted(articles: Iterable[ArticleTriples], total: int, progress: Progress | None) -> Iterator[ArticleTriples]:
    for done, article in enumerate(articles, start=1):
        yield article
        if progress is not None:
            progress(done, total)


def run_build(
    sources: list[Source],
    out_dir: Path,
    *,
    max_bytes: int = MAX_INPUT_BYTES,
    force: bool = False,
    jobs: int = 1,
    progress: Progress | None = None,
) -> BuildResult:
    """Extract every source, build one graph, write ``graph.ttl``, ``graph.html`` and ``store/``.

    The store is loaded in a thread while the page is drawn; all three are complete before any
    replaces its predecessor, each atomically: a bad input leaves the previous outputs as they were.
    """
    paths = list(iter_sources(sources or [bundled_article()]))
    with collector_paused():
        return _build(paths, out_dir, max_bytes=max_bytes, force=force, jobs=jobs, progress=progress)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a build runs, and its workers (forked inside) with it.

    A build makes millions of small tuples and strings that live to its end and hardly any
    cycles: the collector would walk them all again and again, for a fifth of an encyclopedia
    build's time and no lower peak memory. Reference counting still frees what is dropped.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(
    paths: list[Source], out_dir: Path, *, max_bytes: int, force: bool, jobs: int, progress: Progress | None
) -> BuildResult:
    graph = merge(iter_articles(paths, max_bytes=max_bytes, jobs=jobs, progress=progress))
    previous = out_dir / "graph.ttl"
    if previous.is_file() and not force:
        before, after = count_links(out_dir), graph.instances(DKG.Evidence)
        if after < before:
            raise FewerFindings(str(previous), before, after)
    remove_stale_temporaries(out_dir)
    store = out_dir / STORE_DIR
    pipe: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
    with ThreadPoolExecutor(max_workers=1) as thread:
        staged = thread.submit(stage_store, _received(pipe), store)
        try:
            turtle = b"".join(_sent(graph.turtle_parts(LOAD_CHUNK), pipe))
            nxg = to_networkx(graph.statements)
            page = generate_html(nxg, title=page_title(nxg)).encode("utf-8")
        except BaseException:
            pipe.put(b"")  # an empty piece after the end: the thread stops and removes what it staged
            _discard(staged)
            raise
        staging = staged.result()  # raises what the thread raised
    outputs = (out_dir / "graph.ttl", out_dir / "graph.html")
    try:
        for path, data in zip(outputs, (turtle, page), strict=True):
            write_bytes_atomic(path, data)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    swap_store(staging, store)
    return BuildResult(graph, (*outputs, store), len(paths), graph.relation_counts())


def _sent(parts: Iterable[bytes], pipe: queue.SimpleQueue[bytes | None]) -> Iterator[bytes]:
    """Each part as it is made, and the same part on to the store's thread; then the end (None)."""
    for part in parts:
        pipe.put(part)
        yield part
    pipe.put(None)


def _received(pipe: queue.SimpleQueue[bytes | None]) -> Iterator[bytes]:
    """What ``_sent`` sends, up to its end; an empty part means the build failed."""
    while (part := pipe.get()) is not None:
        if not part:
            raise _Aborted
        yield part


class _Aborted(Exception):
    """The build failed while the store was being staged (what it staged is removed)."""


def _discard(staged: Future[Path]) -> None:
    """Remove a staged store nobody will use (the next build would, as a leftover)."""
    with contextlib.suppress(Exception):
        shutil.rmtree(staged.result(), ignore_errors=True)
