"""The ``diseasekg`` command: parse options, call the library, print. Nothing else."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NoReturn

import click

from extract.errors import DiseaseKGError
from extract.read import MAX_INPUT_BYTES
from graphs.convert import find_node, neighbourhood
from graphs.export import EXPORT_FORMATS, export_graph, read_graph, write_bytes_atomic
from graphs.job import run_build
from graphs.push import push_graph
from graphs.render import generate_html, page_title
from graphs.sparql import DEFAULT_TIMEOUT, GRAPH_FORMATS, RESULT_FORMATS, named_queries, query_source
from graphs.store import read_network
from graphs.validate import validate_graph
from graphs.web.server import make_endpoint, make_server

OUT_DIR = click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Directory for graph.ttl and graph.html.",
)
MAX_BYTES = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=MAX_INPUT_BYTES,
    show_default=True,
    help="Refuse input files larger than this.",
)
GRAPH = click.argument("graph", type=click.Path(path_type=Path))
EXPORT_FORMAT = click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="turtle",
    show_default=True,
    help="Output format.",
)
OUTPUT_FILE = click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of standard output."
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="diseasekg")
def main() -> None:
    """Build, check and export knowledge graphs of diseases from MedlinePlus articles."""


@main.command()
@click.argument("sources", nargs=-1)
@OUT_DIR
@MAX_BYTES
@click.option("--force", is_flag=True, help="Replace outputs even with a graph that holds fewer links.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=os.cpu_count() or 1,
    show_default=True,
    help="Worker processes for large batches of articles.",
)
def build(sources: tuple[str, ...], out_dir: Path, max_bytes: int, force: bool, jobs: int) -> None:
    """Build one graph of SOURCES: text or HTML files, directories of them, or URLs.

    With no SOURCES, the bundled article "Acute lymphoblastic leukemia (ALL)".
    """
    options = {"max_bytes": max_bytes, "force": force, "jobs": jobs}
    if sys.stderr.isatty():
        with click.progressbar(length=1, label="Reading articles", file=sys.stderr) as bar:

            def progress(done: int, total: int) -> None:
                bar.length = total
                bar.update(done - bar.pos)

            result = run_build(list(sources), out_dir, progress=progress, **options)  # type: ignore[arg-type]
    else:
        result = run_build(list(sources), out_dir, **options)  # type: ignore[arg-type]
    click.echo(f"Read {result.articles} article(s); {len(result.graph):,} triples.")
    for relation, count in result.counts.items():
        click.echo(f"  {relation:<22}{count:>5}")
    for path in result.outputs:
        click.echo(f"Wrote {path}")


@main.command()
@GRAPH
@EXPORT_FORMAT
@OUTPUT_FILE
@click.option(
    "--diseases",
    is_flag=True,
    help="Only the diseases, linked by the signs and symptoms they share (weight: how many); graphml or gexf.",
)
def export(graph: Path, fmt: str, output: Path | None, diseases: bool) -> None:
    """Convert a built GRAPH (file or build directory) to another format."""
    data = export_graph(read_graph(graph), fmt, diseases=diseases)
    if output is None:
        click.echo(data.decode(), nl=False)
    else:
        write_bytes_atomic(output, data)
        click.echo(f"Wrote {output}", err=True)


@main.command()
@GRAPH
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("graph.html"),
    show_default=True,
    help="Where to write the page.",
)
@click.option("--focus", metavar="CONCEPT", help="Show only this concept (label or IRI) and its neighbourhood.")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True, help="Links around --focus.")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in the default browser.")
def view(graph: Path, output: Path, focus: str | None, depth: int, open_browser: bool) -> None:
    """Render GRAPH as an interactive page that works offline."""
    nxg = read_network(graph)
    title = page_title(nxg)
    if focus:
        try:
            nxg = neighbourhood(nxg, find_node(nxg, focus), depth)
        except KeyError as error:
            close = error.args[1] if len(error.args) > 1 else []
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            raise click.BadParameter(f"no concept named {focus!r}{hint}", param_hint="--focus") from None
    write_bytes_atomic(output, generate_html(nxg, title=title).encode("utf-8"))
    click.echo(f"Wrote {output} ({nxg.number_of_nodes()} concepts, {nxg.number_of_edges()} links)")
    if open_browser:
        click.launch(str(output.resolve()))


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r} is not NAME=VALUE", param_hint="--param")
        params[name.strip()] = text
    return params


@main.command()
@click.argument("graph", type=click.Path(path_type=Path), required=False)
@click.argument("query", required=False)
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a query variable to a value (a string, or <IRI>). Repeatable.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", *RESULT_FORMATS]),
    default="table",
    show_default=True,
    help="Format of SELECT results.",
)
@click.option(
    "--rdf-format",
    type=click.Choice(list(GRAPH_FORMATS)),
    default="turtle",
    show_default=True,
    help="Format of CONSTRUCT and DESCRIBE results.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Stop the query after this many seconds.",
)
@click.option("--allow-service", is_flag=True, help="Let SERVICE call other endpoints (off: queries stay local).")
@click.option("--list", "list_queries", is_flag=True, help="List the bundled named queries and exit.")
def query(
    graph: Path | None,
    query: str | None,
    params: tuple[str, ...],
    fmt: str,
    rdf_format: str,
    timeout: float,
    allow_service: bool,
    list_queries: bool,
) -> None:
    """Run QUERY (SPARQL text, a .rq file or a named query) on GRAPH (file, build directory or store).

    ASK queries print true or false and exit 0 or 1.
    """
    if list_queries:
        for named in named_queries().values():
            args = " ".join(f'--param {name}="..."' for name, _ in named.params)
            click.echo(f"{named.name:<26}{named.description}" + (f"\n{'':<26}{args}" if args else ""))
        return
    if graph is None or query is None:
        raise click.UsageError("GRAPH and QUERY are required (or --list)")
    output = query_source(
        graph,
        query,
        _parse_params(params),
        result_format=fmt,
        graph_format=rdf_format,
        timeout=timeout,
        allow_service=allow_service,
    )
    click.echo(output.data.decode("utf-8"), nl=False)
    if output.boolean is False:
        raise SystemExit(1)


@main.command()
@GRAPH
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Stop each query after this many seconds.",
)
def serve(graph: Path, host: str, port: int, timeout: float) -> None:
    """Serve GRAPH read-only: the explorer at /, SPARQL at /sparql and /query, the graph page at /graph."""
    endpoint = make_endpoint(graph, timeout=timeout)
    server = make_server(endpoint, host, port)
    bound_host, bound_port = server.server_address[:2]
    click.echo(f"Explorer: http://{bound_host}:{bound_port}/  SPARQL: /sparql  graph page: /graph  (Ctrl-C stops)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo("note: listening beyond this machine; the endpoint is read-only but open to anyone who can reach it")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopped")
    finally:
        server.server_close()
        endpoint.close()


@main.command()
@GRAPH
@click.option("--endpoint", required=True, help="Graph Store Protocol URL, e.g. http://localhost:7878/store.")
@click.option("--graph", "graph_iri", help="Named graph IRI (default: the default graph).")
@click.option("--append", is_flag=True, help="Add to the graph (POST) instead of replacing it (PUT).")
def push(graph: Path, endpoint: str, graph_iri: str | None, append: bool) -> None:
    """Upload GRAPH to a SPARQL 1.1 Graph Store Protocol server."""
    result = push_graph(graph, endpoint, graph=graph_iri, replace=not append)
    click.echo(f"Sent {result.size:,} bytes to {result.url} (HTTP {result.status})")


@main.command()
@GRAPH
def validate(graph: Path) -> None:
    """Check GRAPH against the SHACL shapes; exit 1 with the violations if it does not conform."""
    report = validate_graph(read_graph(graph))
    if not report.conforms:
        click.echo(report.text, err=True)
        raise SystemExit(1)
    click.echo(f"{graph}: conforms to the diseasekg shapes")


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"diseasekg: error: {message}", err=True)
    raise SystemExit(code)


def run() -> None:
    """Entry point: our own errors become one line on stderr and their exit code."""
    try:
        main.main(standalone_mode=False)
    except DiseaseKGError as error:
        _fail(str(error).splitlines()[0], error.exit_code)
    except click.exceptions.Abort:
        _fail("aborted", 130)
    except click.ClickException as error:
        error.show()
        raise SystemExit(error.exit_code) from None
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except RecursionError:
        _fail("input too deeply nested to process", 70)
    except Exception as error:  # the promise is one line, never a traceback
        if os.environ.get("DISEASEKG_DEBUG"):
            raise
        _fail(f"internal error: {type(error).__name__}: {error} (set DISEASEKG_DEBUG=1 for details)", 70)


if __name__ == "__main__":
    sys.exit(run())
