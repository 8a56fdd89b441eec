"""The command line end to end, as a user runs it: exit codes, one-line errors, no partial files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
ARTICLES = Path(__file__).parent / "resources" / "articles"


def diseasekg(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real console entry point in a child process."""
    return subprocess.run(
        [sys.executable, "-c", "import cli; cli.run()", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        timeout=300,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )


def test_build_with_no_argument_builds_the_bundled_article(tmp_path: Path) -> None:
    result = diseasekg("build", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "graph.ttl").is_file() and (tmp_path / "out" / "graph.html").is_file()
    assert "signOrSymptom" in result.stdout and "Wrote out/graph.ttl" in result.stdout
    assert "Wrote out/graph.html" in result.stdout


def test_build_then_validate_then_export(tmp_path: Path) -> None:
    assert diseasekg("build", "-o", tmp_path).returncode == 0
    validated = diseasekg("validate", tmp_path)
    assert validated.returncode == 0 and "conforms" in validated.stdout
    exported = diseasekg("export", tmp_path / "graph.ttl", "--format", "nt", "-o", tmp_path / "g.nt")
    assert exported.returncode == 0
    assert (tmp_path / "g.nt").read_text().count("\n") > 1000


def test_build_of_several_articles_and_a_directory(tmp_path: Path) -> None:
    result = diseasekg(
        "build", ARTICLES, ROOT / "extract" / "data" / "000541-acute-lymphoblastic-leukemia.txt", "-o", tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "Read 6 article(s)" in result.stdout  # five .txt and one .html
    assert result.stderr == ""


def test_validate_reports_violations_and_exits_1(tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://w3id.org/diseasekg/concept/x> a skos:Concept .\n"
    )
    result = diseasekg("validate", graph)
    assert result.returncode == 1
    assert "Conforms: False" in result.stderr


BAD_INPUTS = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 20,
    "utf16-garbage.txt": b"\xff\xfe" + b"\x00\xd8" * 50,
    "recipe.txt": b"Tomato soup\nIngredients\nTomatoes, water, salt.\nMethod\nBoil.\n",
    "page.html": b"<html><body><h1>Hello</h1><p>Nothing medical here.</p></body></html>",
}


@pytest.mark.parametrize("name", [*BAD_INPUTS, "missing.txt"])
def test_bad_input_gets_one_line_and_no_output(tmp_path: Path, name: str) -> None:
    if name in BAD_INPUTS:
        (tmp_path / name).write_bytes(BAD_INPUTS[name])
    out = tmp_path / "out"
    result = diseasekg("build", tmp_path / name, "-o", out)
    assert result.returncode not in (0, 1)
    assert result.stderr.startswith("diseasekg: error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_a_failed_rebuild_leaves_the_previous_output(tmp_path: Path) -> None:
    assert diseasekg("build", "-o", tmp_path).returncode == 0
    before = (tmp_path / "graph.ttl").read_bytes()
    (tmp_path / "empty.txt").write_bytes(b"")
    assert diseasekg("build", tmp_path / "empty.txt", "-o", tmp_path).returncode != 0
    assert (tmp_path / "graph.ttl").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("content", ["@prefix x: <y> .\n x:a x:b", "not rdf at all {{{", ""])
def test_malformed_rdf_is_one_line(tmp_path: Path, content: str) -> None:
    (tmp_path / "bad.ttl").write_text(content)
    for command in (["validate"], ["export", "--format", "nt"]):
        result = diseasekg(*command, tmp_path / "bad.ttl")
        assert result.returncode == 5, result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_unknown_graph_suffix_is_refused(tmp_path: Path) -> None:
    (tmp_path / "graph.csv").write_text("a,b\n")
    result = diseasekg("validate", tmp_path / "graph.csv")
    assert result.returncode == 5 and "unknown format" in result.stderr


def test_view_renders_a_neighbourhood_and_export_writes_graph_tool_formats(tmp_path: Path) -> None:
    assert diseasekg("build", "-o", tmp_path).returncode == 0
    result = diseasekg("view", tmp_path, "--focus", "swollen lymph nodes", "--depth", "1", "-o", tmp_path / "v.html")
    assert result.returncode == 0, result.stderr
    assert "(6 concepts, 5 links)" in result.stdout
    assert "Swollen lymph nodes" in (tmp_path / "v.html").read_text()
    missing = diseasekg("view", tmp_path, "--focus", "fevr", "-o", tmp_path / "x.html")
    assert missing.returncode == 2 and "no concept named 'fevr'" in missing.stderr
    assert not (tmp_path / "x.html").exists()
    for fmt in ("graphml", "gexf"):
        exported = diseasekg("export", tmp_path, "--format", fmt, "-o", tmp_path / f"g.{fmt}")
        assert exported.returncode == 0 and (tmp_path / f"g.{fmt}").stat().st_size > 10_000


def test_query_command(tmp_path: Path) -> None:
    assert diseasekg("build", "-o", tmp_path).returncode == 0
    listed = diseasekg("query", "--list")
    assert listed.returncode == 0 and "shared-symptoms" in listed.stdout
    table = diseasekg("query", tmp_path, "symptoms", "--param", "disease=ALL")
    assert table.returncode == 0 and "Night sweats" in table.stdout and "(23 rows)" in table.stdout
    rq = tmp_path / "drugs.rq"
    rq.write_text("PREFIX schema: <https://schema.org/>\nSELECT ?d WHERE { ?x schema:drug ?d }")
    assert diseasekg("query", tmp_path / "graph.ttl", rq, "--format", "json").stdout.startswith('{"head"')
    yes = diseasekg("query", tmp_path, "ASK { ?s a <https://schema.org/Drug> }")
    no = diseasekg("query", tmp_path, "ASK { ?s a <https://schema.org/Hospital> }")
    assert (yes.returncode, yes.stdout, no.returncode, no.stdout) == (0, "true\n", 1, "false\n")


@pytest.mark.parametrize(
    ("query", "code", "message"),
    [
        ("SELECT * WHERE {\n ?s ?p }", 6, "line 2, column"),
        ("DROP ALL", 6, "refused"),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", 6, "--allow-service"),
        ("no-such-query", 6, "neither a SPARQL query"),
    ],
)
def test_query_errors_are_one_line(tmp_path: Path, query: str, code: int, message: str) -> None:
    (tmp_path / "g.nt").write_text("<urn:a> <urn:b> <urn:c> .\n")
    result = diseasekg("query", tmp_path / "g.nt", query)
    assert result.returncode == code and message in result.stderr and result.stderr.count("\n") == 1


def test_query_timeout_exit_code(tmp_path: Path) -> None:
    assert diseasekg("build", "-o", tmp_path).returncode == 0
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    result = diseasekg("query", tmp_path, runaway, "--timeout", "1")
    assert result.returncode == 7 and "stopped after 1 s" in result.stderr
