"""Issue 3: the page in real headless Chromium, offline, searchable, and inert to hostile text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, SKOS, Graph

from extract.pipeline import extract_article, read_article
from graphs.build import build_graph
from graphs.convert import to_networkx
from graphs.render import write_html
from tests.browser import ARTIFACTS, launch, open_page

pytestmark = pytest.mark.browser
HOSTILE = Path(__file__).parents[1] / "resources" / "hostile-article.txt"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launch()


@pytest.fixture(scope="module")
def all_page_path(all_graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("view") / "graph.html"
    write_html(to_networkx(all_graph), path, title="diseasekg · Acute lymphoblastic leukemia")
    return path


def test_page_draws_every_concept_offline_without_errors(browser: Any, all_page_path: Path, all_graph: Graph) -> None:
    page, log = open_page(browser, all_page_path)
    ids = set(page.evaluate("() => kg.nodes.getIds()"))
    assert ids == {str(c) for c in all_graph.subjects(RDF.type, SKOS.Concept)}
    assert not any("/evidence/" in i for i in ids)
    assert log.requests == [all_page_path.resolve().as_uri()]
    assert log.errors == [] and [m for m in log.console if m[0] in ("error", "warning")] == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "all-graph.png"))
    page.close()


def test_search_finds_selects_and_explains_a_concept(browser: Any, all_page_path: Path) -> None:
    page, _ = open_page(browser, all_page_path)
    page.fill("#search", "red spots")
    assert page.locator("#results button").first.text_content() == "Petechiae"
    page.keyboard.press("Enter")
    assert page.evaluate("() => kg.network.getSelectedNodes()") == ["https://w3id.org/diseasekg/concept/petechiae"]
    details = page.locator("#details").inner_text()
    assert "Sign or symptom" in details and "Pinpoint red spots on the skin" in details
    assert "“Pinpoint red spots on the skin (petechiae)”" in details and "Symptoms" in details
    page.screenshot(path=str(ARTIFACTS / "all-graph-search.png"))
    page.close()


def test_filters_hide_a_kind_of_concept(browser: Any, all_page_path: Path) -> None:
    page, _ = open_page(browser, all_page_path)
    page.locator("#kind-filters input[data-key=anatomy]").uncheck()
    hidden = page.evaluate("() => kg.nodes.get({filter: n => n.hidden}).map(n => n.kind)")
    assert hidden and set(hidden) == {"anatomy"}
    page.close()


def test_hostile_article_runs_none_of_its_payloads(browser: Any, tmp_path: Path) -> None:
    graph = build_graph([extract_article(read_article(HOSTILE))])
    path = tmp_path / "hostile.html"
    write_html(to_networkx(graph), path, title="Hostile <script>window.pwned='title'</script>")
    page, log = open_page(browser, path)
    for query in ("script", "onerror", "svg", "iframe", "red spots", "hostile"):
        page.fill("#search", query)
        for i in range(page.locator("#results button").count()):
            page.fill("#search", query)
            page.locator("#results button").nth(i).click()
    page.locator("#edge-labels").check()
    page.mouse.move(700, 450)
    assert page.evaluate("() => window.pwned") is None
    assert log.dialogs == [] and log.requests == [path.resolve().as_uri()]
    labels = page.evaluate("() => kg.nodes.get().map(n => n.label)")
    assert any("<script>" in label for label in labels)  # shown as text, not run
    page.close()
