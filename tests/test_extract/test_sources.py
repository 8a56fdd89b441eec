"""Issue 5: other inputs - saved HTML, URLs (cached, polite, clear offline), many files at once."""

from __future__ import annotations

import contextlib
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from extract.errors import DiseaseKGError
from extract.fetch import FetchError, fetch_url
from extract.model import concept_key
from extract.pipeline import extract_article, read_article
from tests.conftest import ARTICLES

HTML = ARTICLES / "000541-acute-lymphoblastic-leukemia.html"


def test_saved_html_reads_like_the_text(expected_all: dict) -> None:
    extraction = extract_article(read_article(HTML))
    assert extraction.article.source == "https://medlineplus.gov/ency/article/000541.htm"
    found = {(f.relation, concept_key(f.object.label)) for f in extraction.findings if f.subject == extraction.disease}
    want = {(r, concept_key(label)) for r, labels in expected_all["relations"].items() for label in labels}
    assert len(found & want) / len(want) >= 0.95 and len(found & want) / len(found) >= 0.95
    text = extraction.article.text
    for banner in ("Skip navigation", "Official websites", "Learn how to cite", "dataLayer"):
        assert banner not in text
    for finding in extraction.findings:
        assert text[finding.evidence.start : finding.evidence.end] == finding.evidence.text


def test_broken_html_is_an_error_or_a_graph_never_a_crash() -> None:
    from extract.pipeline import parse_article

    for page in ("<html><body><div><h2>Causes</h2><ul><li>Smoking", "<html><p>hello</p></html>", "<html>" * 1000):
        with contextlib.suppress(DiseaseKGError):
            parse_article(page)


class _Pages(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        if self.path == "/ency/article/000541.htm":
            body = HTML.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Pages.requests = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_is_fetched_once_then_read_from_the_cache(
    site: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISEASEKG_CACHE", str(tmp_path / "cache"))
    url = f"{site}/ency/article/000541.htm"
    first = extract_article(read_article(url))
    second = extract_article(read_article(url))
    assert _Pages.requests == ["/ency/article/000541.htm"]
    assert first.findings == second.findings and len(first.findings) > 90


def test_unreachable_and_missing_pages_are_clear_errors(site: str, tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_url(f"{site}/nope", max_bytes=10_000, cache=tmp_path)
    with pytest.raises(FetchError, match="offline"):
        fetch_url("http://127.0.0.1:9/page", max_bytes=10_000, cache=tmp_path, timeout=5)
    with pytest.raises(FetchError, match="http"):
        fetch_url("ftp://example.org/x", max_bytes=10, cache=tmp_path)
