"""Issue 13 (first part): the explorer `diseasekg serve` opens at /, in real headless Chromium, on
a merged build of several articles, one of them carrying script payloads in its text."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import ARTIFACTS, PageLog, launch, serving, watch

pytestmark = pytest.mark.browser
RESOURCES = Path(__file__).parents[1] / "resources"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launch()


@pytest.fixture(scope="module")
def explorer_url(tmp_path_factory: pytest.TempPathFactory, all_path: Path) -> Iterator[str]:
    from graphs.job import run_build
    from graphs.web.server import make_endpoint

    sources = tmp_path_factory.mktemp("explorer-sources")
    for name in ("acute-myeloid-leukemia-000542.txt", "measles-001569.txt", "asthma-000141.txt"):
        shutil.copy(RESOURCES / "articles" / name, sources)
    shutil.copy(RESOURCES / "hostile-article.txt", sources)
    shutil.copy(all_path, sources)
    out = tmp_path_factory.mktemp("explorer")
    run_build([sources], out)
    with serving(make_endpoint(out, timeout=10.0)) as url:
        yield url


def _open(browser: Any, url: str) -> tuple[Any, PageLog]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    log = watch(page)
    page.goto(url)
    if "/query" not in url:
        page.wait_for_function("() => window.explorer && window.explorer.styles")
    return page, log


def _search(page: Any, text: str) -> list[dict[str, Any]]:
    page.fill("#search", text)
    page.wait_for_function("q => document.body.dataset.searched === q", arg=text)
    return page.evaluate("() => window.explorer.results")  # type: ignore[no-any-return]


def test_search_open_evidence_and_back(browser: Any, explorer_url: str) -> None:
    page, log = _open(browser, explorer_url + "/")
    page.wait_for_selector("body[data-ready=overview]", state="attached", timeout=30_000)
    assert "Most connected concepts" in page.inner_text("#groups")
    results = _search(page, "fever")
    assert results[0]["label"] == "Fever" and results[0]["links"] >= 3
    assert _search(page, "HP:0001945")[0]["label"] == "Fever"  # by identifier
    assert "Epistaxis" in {r["label"] for r in _search(page, "nosebleed")}  # by an article's wording
    _search(page, "fever")
    page.keyboard.press("Enter")
    page.wait_for_selector("body[data-ready$='/concept/fever']", state="attached", timeout=30_000)
    assert "#/concept/" in page.url
    diseases = page.evaluate("() => window.explorer.nodes.get({filter: n => n.kind === 'disease'}).map(n => n.label)")
    assert {"Acute lymphoblastic leukemia", "Acute myeloid leukemia - adult", "Measles"} <= set(diseases)
    page.click("#groups .group li a >> text=Measles")
    page.wait_for_function("() => Number(document.body.dataset.evidence) > 0")
    assert "fever" in page.inner_text("#details").lower()
    page.screenshot(path=str(ARTIFACTS / "explorer-fever.png"))

    page.dblclick("#groups .group li a >> text=Measles")  # opens the disease's own view
    page.wait_for_selector("body[data-ready$='/concept/measles']", state="attached", timeout=30_000)
    page.go_back()
    page.wait_for_selector("body[data-ready$='/concept/fever']", state="attached", timeout=30_000)
    page.go_forward()
    page.wait_for_selector("body[data-ready$='/concept/measles']", state="attached", timeout=30_000)
    assert "MedlinePlus: Measles" in page.inner_text("#details")

    own = explorer_url.rstrip("/")
    assert all(r.startswith(own) for r in log.requests), [r for r in log.requests if not r.startswith(own)]
    assert log.errors == [] and [m for m in log.console if m[0] == "error"] == [], log.console


def test_a_view_has_its_own_url(browser: Any, explorer_url: str) -> None:
    page, _ = _concept(browser, explorer_url, "measles")
    before = page.evaluate("() => window.explorer.nodes.length")
    fever = "https://w3id.org/diseasekg/concept/fever"
    page.evaluate("iri => window.explorer.network.emit('doubleClick', {nodes: [iri]})", fever)  # expand a node
    page.wait_for_function("iri => document.body.dataset.expanded === iri", arg=fever)
    assert page.evaluate("() => window.explorer.nodes.length") > before


def test_hostile_text_is_shown_as_text_and_never_runs(browser: Any, explorer_url: str) -> None:
    page, log = _open(browser, explorer_url + "/")
    for query in ("script", "onerror", "svg", "iframe", "red spots", "hostile"):
        for result in _search(page, query)[:3]:
            page.evaluate("iri => { location.hash = '#/concept/' + encodeURIComponent(iri) }", result["iri"])
            page.wait_for_selector(f"body[data-ready='{result['iri']}']", state="attached", timeout=30_000)
            for link in page.query_selector_all("#groups .group li a")[:5]:
                link.click()
    assert page.evaluate("() => window.pwned") is None
    assert log.dialogs == [] and log.errors == []
    assert page.query_selector("#details script, #groups script, #details img, #details iframe") is None


def _concept(browser: Any, explorer_url: str, key: str) -> tuple[Any, PageLog]:
    """The explorer opened on the view of concept/<key>, by its URL."""
    page, log = _open(browser, f"{explorer_url}/#/concept/https%3A%2F%2Fw3id.org%2Fdiseasekg%2Fconcept%2F{key}")
    page.wait_for_selector(f"body[data-ready$='/concept/{key}']", state="attached", timeout=30_000)
    return page, log


def _pick(page: Any, field: str, text: str, choice: str, where: str = "#details") -> None:
    """Type into one of a view's concept fields and choose a result."""
    page.fill(f"#{field}", text)
    page.wait_for_function("want => document.body.dataset.finder === want", arg=f"{field}:{text}")
    page.click(f"{where} .paths li a >> text={choice}")


def test_how_two_concepts_are_connected(browser: Any, explorer_url: str) -> None:
    page, log = _concept(browser, explorer_url, "asthma")
    _pick(page, "path-to", "measles", "Measles")
    page.wait_for_selector("body[data-ready=paths]", state="attached", timeout=30_000)
    assert "#/paths/" in page.url
    steps = page.query_selector_all("#groups .path li a")
    assert steps and "Shortest paths from Asthma to Measles" in page.inner_text("#groups")
    steps[0].click()
    page.wait_for_function("() => Number(document.body.dataset.evidence) > 0")
    page.screenshot(path=str(ARTIFACTS / "explorer-paths.png"))
    page.go_back()
    page.wait_for_selector("body[data-ready$='/concept/asthma']", state="attached", timeout=30_000)
    assert log.errors == []


def test_compare_diseases(browser: Any, explorer_url: str) -> None:
    page, log = _concept(browser, explorer_url, "measles")
    _pick(page, "compare-with", "acute myeloid", "Acute myeloid leukemia - adult")
    page.wait_for_selector("body[data-ready=compare]", state="attached", timeout=30_000)
    compared = page.evaluate("() => window.explorer.compared")
    symptoms = next(r for r in compared["relations"] if r["relation"] == "signOrSymptom")
    assert "Fever" in {n["label"] for n in symptoms["all"]}
    assert symptoms["only"] and all(symptoms["only"].values())
    assert "only Measles" in page.inner_text("#details table")
    _pick(page, "compare-with", "lymphoblastic", "Acute lymphoblastic leukemia", where="#groups")  # a third one
    page.wait_for_function("() => window.explorer.compared && window.explorer.compared.concepts.length === 3")
    page.wait_for_selector("body[data-ready=compare]", state="attached", timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "explorer-compare.png"))
    assert "#/compare/" in page.url and page.url.count("%2Fconcept%2F") == 3  # a linkable comparison
    assert log.errors == []


def test_sparql_in_the_page(browser: Any, explorer_url: str) -> None:
    """YASGUI on this server's endpoint, offline: a named query from the examples, its results in
    a table, and a concept's IRI in them opening the explorer's view."""
    page, log = _open(browser, explorer_url + "/query")
    page.wait_for_selector("body[data-ready=sparql]", state="attached", timeout=30_000)
    page.click("#examples button >> text=treatments")
    assert 'VALUES (?disease) { ("' in page.evaluate("() => window.sparqlPage.yasgui.getTab().getQuery()")
    page.click(".yasqe_queryButton")
    page.wait_for_selector(".yasr table tbody tr a[href*='/concept/']", timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "explorer-sparql.png"))
    assert "#query=" in page.url  # the query has its own address
    address = page.url
    again = browser.new_page()
    again.goto(address)
    again.wait_for_selector("body[data-ready=sparql]", state="attached", timeout=30_000)
    assert "possibleTreatment" in again.evaluate("() => window.sparqlPage.yasgui.getTab().getQuery()")
    again.close()
    link = page.query_selector(".yasr table tbody tr a[href*='/concept/']")
    iri = link.get_attribute("href")
    link.click()
    page.wait_for_selector(f"body[data-ready='{iri}']", state="attached", timeout=30_000)
    own = explorer_url.rstrip("/")
    assert all(r.startswith(own) for r in log.requests), [r for r in log.requests if not r.startswith(own)]
    assert log.errors == [] and [m for m in log.console if m[0] == "error"] == [], log.console


def test_the_graph_page_of_a_large_graph_is_the_explorer_offline(
    browser: Any, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, all_path: Path
) -> None:
    """Issue 13: above a few thousand concepts graph.html opens on an overview and draws a
    neighbourhood on demand, from the graph embedded in it; nothing is fetched, no payload runs.
    (The build here is small; the page is made the way a large one is.)"""
    from graphs.build import merge
    from graphs.convert import to_networkx
    from graphs.job import iter_articles, iter_sources
    from graphs.web.offline import offline_explorer

    sources = tmp_path / "sources"
    sources.mkdir()
    for name in ("acute-myeloid-leukemia-000542.txt", "measles-001569.txt"):
        shutil.copy(RESOURCES / "articles" / name, sources)
    shutil.copy(RESOURCES / "hostile-article.txt", sources)
    shutil.copy(all_path, sources)
    graph = merge(iter_articles(list(iter_sources([sources])), max_bytes=10_000_000, jobs=1))
    page_path = tmp_path / "graph.html"
    page_path.write_text(offline_explorer(to_networkx(graph.statements), title="diseasekg · 4 diseases"))
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    log = watch(page)
    page.goto(page_path.as_uri())
    page.wait_for_selector("body[data-ready=overview]", state="attached", timeout=30_000)
    assert "Fever" in page.inner_text("#groups")  # the most connected, to start from
    results = _search(page, "fever")
    assert results[0]["label"] == "Fever"
    page.keyboard.press("Enter")
    page.wait_for_selector("body[data-ready$='/concept/fever']", state="attached", timeout=30_000)
    page.click("#groups .group li a >> text=Measles")
    page.wait_for_function("() => Number(document.body.dataset.evidence) > 0")
    page.screenshot(path=str(ARTIFACTS / "explorer-offline.png"))
    for query in ("script", "onerror", "svg", "iframe", "hostile"):
        for result in _search(page, query)[:3]:
            page.evaluate("iri => { location.hash = '#/concept/' + encodeURIComponent(iri) }", result["iri"])
            page.wait_for_selector(f"body[data-ready='{result['iri']}']", state="attached", timeout=30_000)
    assert page.evaluate("() => window.pwned") is None
    assert log.requests == [page_path.as_uri()]
    assert log.errors == [] and log.dialogs == [] and [m for m in log.console if m[0] == "error"] == [], log.console
