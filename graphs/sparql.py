"""SPARQL over built graphs: named queries, safety checks, parameters as values, time limits.

Queries run on Oxigraph (pyoxigraph), in a forked child process, so that a time limit really
stops a runaway query: the child is killed, the caller gets ``QueryTimeout``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.process
import os
import queue
import re
import threading
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Literal, TypeAlias

import pyoxigraph as ox

from graphs.errors import QueryFailed, QueryRefused, QuerySyntaxError, QueryTimeout, UnknownQuery
from graphs.prefixes import PREFIXES

QueryKind: TypeAlias = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]
#: Result formats of SELECT (and ASK) queries (and "table", for a terminal).
RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
#: RDF formats of CONSTRUCT and DESCRIBE results.
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
#: Default time limit of a query, in seconds.
DEFAULT_TIMEOUT = 30.0

_UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
_QUERY_WORDS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
# What may hide a keyword: comments, strings, IRIs. Removed before looking for keywords.
_OPAQUE = re.compile(
    r"#[^\n]*|'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|<[^<>\"{}|^`\\\s]*>", re.S
)
_POSITION = re.compile(r"^error at (\d+:\d+): ")


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A query shipped in ``ontology/queries``; its parameters are variables bound at run time."""

    name: str
    description: str
    params: tuple[tuple[str, str], ...]
    text: str


@dataclass(frozen=True, slots=True)
class QueryOutput:
    """A query's result: serialised bytes, and the answer of an ASK."""

    kind: QueryKind
    data: bytes
    boolean: bool | None = None


@cache
def named_queries() -> dict[str, NamedQuery]:
    """The bundled named queries, by file name without ``.rq``."""
    queries = {}
    for entry in sorted(files("ontology").joinpath("queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
            params = tuple((m.group(1), m.group(2)) for c in comments if (m := re.match(r"param (\w+): (.*)", c)))
            queries[entry.name[:-3]] = NamedQuery(entry.name[:-3], comments[0] if comments else "", params, text)
    return queries


def resolve_query(query: str) -> tuple[str, NamedQuery | None]:
    """The text of a query given inline, as a ``.rq`` file, or by the name of a bundled query."""
    if query in named_queries():
        named = named_queries()[query]
        return named.text, named
    if query.endswith((".rq", ".sparql")) and "\n" not in query:
        path = Path(query)
        try:
            return path.read_text(encoding="utf-8"), None
        except (OSError, UnicodeDecodeError) as error:
            raise UnknownQuery(f"cannot read query file {query}: {error}") from None
    if not re.search(r"\b(?:SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP)\b", query, re.I):
        known = ", ".join(named_queries())
        raise UnknownQuery(f"{query!r} is neither a SPARQL query, a .rq file nor a named query ({known})")
    return query, None


def check_query(text: str, *, allow_service: bool = False, allow_update: bool = False) -> QueryKind:
    """The kind of a query, once it is known to parse and to be allowed.

    >>> check_query("SELECT * WHERE { ?s ?p ?o }")
    'SELECT'
    """
    bare = _OPAQUE.sub(" ", text).upper()
    words = re.findall(r"[A-Z]+", bare)
    first = next((w for w in words if w in _QUERY_WORDS + _UPDATE_WORDS), None)
    if first in _UPDATE_WORDS and not allow_update:
        raise QueryRefused(f"{first} is an update and queries are read-only", "updates are not supported")
    if "SERVICE" in words and not allow_service:
        raise QueryRefused("SERVICE would call another endpoint", "pass --allow-service to let it")
    try:
        ox.Store().query(text, prefixes=_prefixes())  # parses; on an empty store it finds nothing
    except SyntaxError as error:
        message = str(error)
        position = _POSITION.match(message)
        raise QuerySyntaxError(_POSITION.sub("", message), position.group(1) if position else "") from None
    return first if first in _QUERY_WORDS else "SELECT"  # type: ignore[return-value]


@cache
def _prefixes() -> dict[str, str]:
    return {prefix: str(ns) for prefix, ns in PREFIXES.items()}


def bind_parameters(named: NamedQuery | None, params: dict[str, str]) -> dict[ox.Variable, ox.Literal | ox.NamedNode]:
    """Parameters as values substituted for variables: they can never change the query's shape.

    ``<https://...>`` binds an IRI; anything else a plain string literal.
    """
    if named is not None:
        declared = {name for name, _ in named.params}
        missing, unknown = declared - params.keys(), params.keys() - declared
        if missing or unknown:
            usage = " ".join(f'--param {name}="..."' for name, _ in named.params) or "no parameters"
            problem = f"missing {', '.join(sorted(missing))}" if missing else f"unknown {', '.join(sorted(unknown))}"
            raise UnknownQuery(f"query {named.name!r}: {problem}; it takes {usage}")
    bound: dict[ox.Variable, ox.Literal | ox.NamedNode] = {}
    for name, value in params.items():
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise UnknownQuery(f"parameter name {name!r} is not a SPARQL variable name")
        iri = re.fullmatch(r"<([^<>\"{}|^`\\\s]+)>", value)
        bound[ox.Variable(name)] = ox.NamedNode(iri.group(1)) if iri else ox.Literal(value)
    return bound


def execute(
    store: ox.Store,
    text: str,
    kind: QueryKind,
    *,
    substitutions: dict[ox.Variable, ox.Literal | ox.NamedNode] | None = None,
    result_format: str = "json",
    graph_format: str = "turtle",
) -> QueryOutput:
    """Run a checked query on a store and serialise its result (no time limit: see ``run_query``)."""
    result = store.query(text, prefixes=_prefixes(), substitutions=substitutions or {})
    if isinstance(result, ox.QueryBoolean):
        return QueryOutput("ASK", (b"true" if result else b"false") + b"\n", bool(result))
    if isinstance(result, ox.QueryTriples):
        return QueryOutput(kind, result.serialize(format=GRAPH_FORMATS[graph_format]) or b"")
    if result_format == "table":
        return QueryOutput(kind, format_table(result).encode("utf-8"))
    return QueryOutput(kind, result.serialize(format=RESULT_FORMATS[result_format]) or b"")


def format_table(solutions: ox.QuerySolutions) -> str:
    """Solutions aligned in columns for a terminal, IRIs shortened with the usual prefixes."""
    names = [v.value for v in solutions.variables]
    rows = [[_short(solution[name]) for name in names] for solution in solutions]
    widths = [max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(names)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip(), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _short(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in _prefixes().items():
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace) :]}"
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def run_query(
    open_store: Callable[[], ox.Store], text: str, kind: QueryKind, *, timeout: float, **options: object
) -> QueryOutput:
    """Run one query in a forked child process, killed if it outlives ``timeout`` seconds."""
    if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover - not Linux
        return execute(open_store(), text, kind, **options)  # type: ignore[arg-type]
    pool = WorkerPool(open_store, size=1)
    try:
        return pool.run(text, kind, timeout=timeout, **options)
    finally:
        pool.close()


def _as_query_error(error: Exception) -> Exception:
    from extract.errors import DiseaseKGError

    return error if isinstance(error, DiseaseKGError) else QueryFailed(" ".join(str(error).split())[:300])


def query_source(
    path: Path,
    query: str,
    params: dict[str, str] | None = None,
    *,
    result_format: str = "table",
    graph_format: str = "turtle",
    timeout: float = DEFAULT_TIMEOUT,
    allow_service: bool = False,
) -> QueryOutput:
    """Everything ``diseasekg query`` does: find the graph, resolve, check, bind and run the query."""
    from graphs.store import locate

    text, named = resolve_query(query)
    kind = check_query(text, allow_service=allow_service)
    substitutions = bind_parameters(named, params or {})
    source = locate(path)
    return run_query(
        source.open,
        text,
        kind,
        timeout=timeout,
        substitutions=substitutions,
        result_format=result_format,
        graph_format=graph_format,
    )


class WorkerPool:
    """Pre-forked query workers that hold the store: no fork per query, and a runaway query
    still dies, because its worker is killed (and a fresh one forked for the next query)."""

    def __init__(
        self, open_store: Callable[[], ox.Store], size: int = 2, *, niceness: int = 0, grow_to: int = 0
    ) -> None:
        """``niceness``: how much lower than the server the workers run (``os.nice``), so that
        queries that run away use only what the rest of the server leaves of the CPU.
        ``grow_to``: when every worker is busy, fork more, up to this many, rather than make a
        light query wait behind queries that run away until their time limit."""
        self._open_store = open_store
        self._niceness = niceness
        self._workers = max(1, size)
        self._grow_to = max(self._workers, grow_to)
        self._lock = threading.Lock()
        #: Idle workers; None stands for one that was killed and is forked again when next needed.
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
        for _ in range(max(1, size)):
            self._idle.put(_Worker.start(open_store, niceness))

    def run(self, text: str, kind: QueryKind, *, timeout: float, **options: object) -> QueryOutput:
        """Run a checked query on the next free worker."""
        worker = self._next()
        try:
            worker.conn.send((text, kind, options))
            if not worker.conn.poll(timeout):
                raise QueryTimeout(timeout)
            status, payload = worker.conn.recv()
        except (EOFError, OSError):
            worker.kill()
            worker = None
            raise QueryFailed("the query worker died") from None
        except QueryTimeout:
            worker.kill()
            worker = None
            raise
        finally:
            self._idle.put(worker)
        if status == "error":
            raise payload
        return payload  # type: ignore[no-any-return]

    def _next(self) -> _Worker:
        """An idle worker, a new one while the pool may grow, else the next to come free."""
        try:
            worker = self._idle.get_nowait()
        except queue.Empty:
            with self._lock:
                grow = self._workers < self._grow_to
                self._workers += grow
            worker = None if grow else self._idle.get()
        return worker or _Worker.start(self._open_store, self._niceness)

    def close(self) -> None:
        """Stop every worker."""
        while not self._idle.empty():
            worker = self._idle.get()
            if worker is not None:
                worker.kill()


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection

    @classmethod
    def start(cls, open_store: Callable[[], ox.Store], niceness: int = 0) -> _Worker:
        context = multiprocessing.get_context("fork")
        parent, child = context.Pipe()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            process = context.Process(target=_serve_queries, args=(open_store, child, niceness), daemon=True)
            process.start()
        child.close()
        return cls(process, parent)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def _serve_queries(open_store: Callable[[], ox.Store], conn: Connection, niceness: int = 0) -> None:
    if niceness:
        with contextlib.suppress(OSError):
            os.nice(niceness)
    store = open_store()
    while True:
        try:
            text, kind, options = conn.recv()
        except EOFError:
            return
        try:
            result: tuple[str, object] = ("ok", execute(store, text, kind, **options))
        except Exception as error:  # sent to the parent, which raises it
            result = ("error", _as_query_error(error))
        conn.send(result)
