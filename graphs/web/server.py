"""A read-only SPARQL 1.1 Protocol endpoint at /sparql, the explorer at / (its views' JSON under
/api/), the built graph page at /graph and a query page at /query.

Each query runs in a forked child with a time limit (see ``graphs.sparql.run_query``); updates,
SERVICE and anything outside these paths are refused.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from graphs.convert import to_networkx
from graphs.errors import QueryError, QueryRefused, QueryTimeout
from graphs.render import generate_html, page_title
from graphs.sparql import DEFAULT_TIMEOUT, WorkerPool, check_query, named_queries
from graphs.store import locate, store_statements
from graphs.web.explorer import Views
from graphs.web.pages import ASSETS, EXPLORER_CSP, SPARQL_CSP, explorer_page, sparql_page, styles

#: Largest request body the endpoint reads.
MAX_BODY = 1_000_000

#: Media type -> (kind of result it carries, our format name).
MEDIA_TYPES: dict[str, tuple[str, str]] = {
    "application/sparql-results+json": ("results", "json"),
    "application/json": ("results", "json"),
    "application/sparql-results+xml": ("results", "xml"),
    "text/csv": ("results", "csv"),
    "text/tab-separated-values": ("results", "tsv"),
    "text/turtle": ("graph", "turtle"),
    "application/n-triples": ("graph", "nt"),
    "application/ld+json": ("graph", "jsonld"),
    "application/rdf+xml": ("graph", "xml"),
}
_DEFAULTS = {"results": "application/sparql-results+json", "graph": "text/turtle"}
_BY_NAME = {name: media for media, (_, name) in reversed(MEDIA_TYPES.items())}


@dataclass(frozen=True)
class Endpoint:
    """What the handler serves: query workers holding the store, the graph page, the time limit,
    and the explorer's views, which run on workers of their own, so that runaway queries sent
    to /sparql (which hold their workers until the time limit) never stall the explorer."""

    workers: WorkerPool
    graph_page: bytes
    timeout: float
    view_workers: WorkerPool
    views: Views

    def close(self) -> None:
        """Stop every worker."""
        self.workers.close()
        self.view_workers.close()


#: The explorer's views are light; none may take longer than this.
VIEW_TIMEOUT = 10.0


def make_endpoint(path: Path, *, timeout: float = DEFAULT_TIMEOUT) -> Endpoint:
    """Prepare a graph for serving: an in-memory store is loaded once and shared by forks."""
    source = locate(path)
    if source.persistent:
        opener = source.open
    else:
        store = source.open()

        def opener() -> ox.Store:
            return store

    # /sparql's workers run at a lower priority than the server and the explorer's: a runaway query
    # takes only the CPU they leave. Forked before the parent opens more.
    # When every worker is busy (runaways held until the time limit), more are forked, up to 8.
    workers = WorkerPool(opener, size=max(2, os.cpu_count() or 2), niceness=10, grow_to=8)
    view_workers = WorkerPool(opener, size=2)
    views = Views(view_workers, min(timeout, VIEW_TIMEOUT))
    endpoint = Endpoint(workers, graph_page(path, opener), timeout, view_workers, views)
    threading.Thread(target=endpoint.views.prepare, daemon=True).start()  # search's names, read once
    return endpoint


def graph_page(path: Path, open_store: Callable[[], ox.Store]) -> bytes:
    """The page a build already wrote, or one rendered from the graph being served."""
    built = path / "graph.html"
    if path.is_dir() and built.is_file():
        return built.read_bytes()
    nxg = to_networkx(store_statements(open_store()))
    return generate_html(nxg, title=page_title(nxg)).encode("utf-8")


def negotiate(accept: str, kind: str, override: str | None) -> str:
    """The media type to answer with: an explicit ``format`` wins, then Accept by q-value."""
    if override:
        media = _BY_NAME.get(override, override)
        if MEDIA_TYPES.get(media, ("", ""))[0] == kind:
            return media
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = next((float(p[2:]) for p in params if p.startswith("q=") and _is_number(p[2:])), 1.0)
        ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        if MEDIA_TYPES.get(media, ("", ""))[0] == kind:
            return media
    return _DEFAULTS[kind]


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


class SparqlHandler(BaseHTTPRequestHandler):
    """GET and POST /sparql; GET / and /query; nothing else."""

    endpoint: Endpoint
    server_version = "diseasekg"
    sys_version = ""

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", explorer_page(), csp=EXPLORER_CSP)
        elif url.path.startswith("/assets/") and url.path[len("/assets/") :] in ASSETS:
            media, data = ASSETS[url.path[len("/assets/") :]]()
            self._send(HTTPStatus.OK, media, data)
        elif url.path.startswith("/api/"):
            self._api(url.path[len("/api/") :], parse_qs(url.query))
        elif url.path == "/graph":
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", self.endpoint.graph_page)
        elif url.path == "/query":
            self._send(HTTPStatus.OK, "text/html; charset=utf-8", sparql_page(), csp=SPARQL_CSP)
        elif url.path == "/sparql":
            params = parse_qs(url.query)
            if "update" in params:
                self._refuse_update()
                return
            self._answer(params.get("query", [""])[0], params.get("format", [None])[0])
        else:
            self._error(HTTPStatus.NOT_FOUND, "not found: this server serves /, /graph, /query, /sparql and /api/")

    def _api(self, view: str, params: dict[str, list[str]]) -> None:
        """The explorer's views as JSON; article text goes out as data, for the page to set as text."""

        def one(name: str) -> str:
            return (params.get(name) or [""])[0]

        views = self.endpoint.views
        try:
            if view == "search":
                answer: object = views.search(one("q"))
            elif view == "concept" and one("iri"):
                offset = int(one("offset")) if one("offset").isdigit() else 0
                answer = views.concept(one("iri"), one("group"), offset)
            elif view == "paths" and one("from") and one("to"):
                answer = views.paths(one("from"), one("to"))
            elif view == "compare" and one("iris"):
                answer = views.compare(one("iris").split(" "))
            elif view == "queries":
                answer = views.examples(named_queries().values())
            elif view == "top":
                answer = views.top()
            elif view == "styles":
                answer = styles()
            elif view == "evidence" and one("s") and one("p") and one("o"):
                answer = views.evidence(one("s"), one("p"), one("o"))
            else:
                self._error(
                    HTTPStatus.NOT_FOUND, "not found: /api/search?q=, /api/concept?iri=, /api/evidence?s=&p=&o="
                )
                return
        except QueryTimeout as error:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(error))
        except (QueryError, ValueError) as error:
            self._error(HTTPStatus.BAD_REQUEST, str(error))
        else:
            self._send(HTTPStatus.OK, "application/json", json.dumps(answer).encode("utf-8"))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, "not found: POST goes to /sparql")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query)
        if media == "application/sparql-update":
            self._refuse_update()
        elif media == "application/sparql-query":
            self._answer(body, params.get("format", [None])[0])
        elif media == "application/x-www-form-urlencoded":
            form = parse_qs(body)
            if "update" in form:
                self._refuse_update()
                return
            self._answer(form.get("query", [""])[0], (form.get("format") or params.get("format") or [None])[0])
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send application/sparql-query or a form")

    def do_PUT(self) -> None:
        self._error(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only")

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    def _answer(self, text: str, override: str | None) -> None:
        if not text.strip():
            self._error(HTTPStatus.BAD_REQUEST, "missing query: send ?query=... or POST application/sparql-query")
            return
        try:
            kind = check_query(text)
            result_kind = "results" if kind in ("SELECT", "ASK") else "graph"
            media = negotiate(self.headers.get("Accept") or "", result_kind, override)
            name = MEDIA_TYPES[media][1]
            output = self.endpoint.workers.run(
                text,
                kind,
                timeout=self.endpoint.timeout,
                result_format=name if result_kind == "results" else "json",
                graph_format=name if result_kind == "graph" else "turtle",
            )
            data = _ask_result(output.boolean, name) if output.boolean is not None else output.data
        except QueryRefused as error:
            self._error(HTTPStatus.FORBIDDEN, str(error))
        except QueryTimeout as error:
            self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(error))
        except QueryError as error:
            self._error(HTTPStatus.BAD_REQUEST, str(error))
        else:
            charset = "" if media == "application/n-triples" else "; charset=utf-8"
            self._send(HTTPStatus.OK, media + charset, data)

    def _refuse_update(self) -> None:
        self._error(HTTPStatus.FORBIDDEN, "refused: this endpoint is read-only; updates are not supported")

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _send(self, status: HTTPStatus, media: str, data: bytes, *, csp: str = "") -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        if csp:
            self.send_header("Content-Security-Policy", csp)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def handle_one_request(self) -> None:
        """Read the request line within a time limit, so that idle clients cannot hold a thread."""
        self.connection.settimeout(30)
        super().handle_one_request()

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the library never prints; the CLI says where the server listens."""


def _ask_result(answer: bool, name: str) -> bytes:
    """ASK results in the negotiated results format."""
    if name == "xml":
        value = "true" if answer else "false"
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head/><boolean>{value}</boolean></sparql>\n"
        ).encode()
    if name in ("csv", "tsv"):
        return (b"true" if answer else b"false") + b"\n"
    return json.dumps({"head": {}, "boolean": answer}).encode() + b"\n"


def make_server(endpoint: Endpoint, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    """A server bound to ``host:port`` (port 0 picks a free one); call ``serve_forever``."""
    handler = type("BoundSparqlHandler", (SparqlHandler,), {"endpoint": endpoint})
    server = _Server((host, port), handler)
    server.daemon_threads = True
    return server


class _Server(ThreadingHTTPServer):
    #: socketserver's default backlog is 5: a page's burst of requests (or 24 clients at once)
    #: overflowed it, and the kernel's retry after a dropped connection cost 1 to 3 s each.
    request_queue_size = 128
