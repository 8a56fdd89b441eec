"""The page as an HTML parser sees it: self-contained, article text never markup."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from rdflib import Graph

from extract.pipeline import extract_article, read_article
from graphs.build import build_graph
from graphs.convert import to_networkx
from graphs.render import generate_html

HOSTILE = Path(__file__).parents[1] / "resources" / "hostile-article.txt"


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_page_loads_nothing_from_anywhere(all_graph: Graph) -> None:
    html = generate_html(to_networkx(all_graph))
    tags = _tags(html)
    assert [t for t, _ in tags].count("script") == 3
    assert not any(name in ("src", "href") for _, attrs in tags for name in attrs)
    assert not any(t in ("link", "img", "iframe", "object", "embed") for t, _ in tags)
    assert "default-src 'none'" in html and "sourceMappingURL" not in html


def test_hostile_text_never_reaches_the_page_as_markup() -> None:
    graph = build_graph([extract_article(read_article(HOSTILE))])
    html = generate_html(to_networkx(graph), title="Hostile <script>window.pwned=1</script>")
    tags = _tags(html)
    assert [t for t, _ in tags].count("script") == 3
    assert not any(t in ("img", "svg", "iframe", "a", "b") for t, _ in tags)
    assert not any(name.startswith("on") for _, attrs in tags for name in attrs)
    assert "Hostile &lt;script&gt;window.pwned=1&lt;/script&gt;" in html
