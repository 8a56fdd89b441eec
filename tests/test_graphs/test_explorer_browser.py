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
    page.wait_for_function("() => window.explorer && window.explorer.styles")
    return page, log


def _search(page: Any, text: str) -> list[dict[str, Any]]:
    page.fill("#search", text)
    page.wait_for_function("q => document.body.dataset.searched === q", arg=text)
    return page.evaluate("() => window.explorer.results")  # type: ignore[no-any-return]


def test_search_open_evidence_and_back(browser: Any, explorer_url: str) -> None:
    page, log = _open(browser, explorer_url + "/")
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
    page, _ = _open(browser, explorer_url + "/#/concept/" + "https%3A%2F%2Fw3id.org%2Fdiseasekg%2Fconcept%2Fmeasles")
    page.wait_for_selector("body[data-ready$='/concept/measles']", state="attached", timeout=30_000)
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
