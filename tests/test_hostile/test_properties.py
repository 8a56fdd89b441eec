"""Issue 6: whatever the input, a valid graph or one clear error; never a traceback or a hang.

Run the long profile with ``HYPOTHESIS_PROFILE=nightly python -m pytest tests/test_hostile``.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from extract.errors import DiseaseKGError
from extract.pipeline import bundled_article, extract_article, parse_article
from extract.read import decode_text
from graphs.build import build_graph
from graphs.export import FORMATS, serialize_graph
from graphs.validate import validate_graph
from ontology import load_lexicon

ALL_LINES = bundled_article().read_text(encoding="utf-8").splitlines()
HEADINGS = [h for headings in load_lexicon()["sections"].values() for h in headings]
PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "javascript:alert(1)",
    "\x00\x01\x1b[31m",
    "\u202e\u200b\ufeff",
    "Â\xa0youâve",
    "(((((",
    ")))",
    "such as such as including",
    "a, b, and c or d",
    "-- -- --",
    "<" * 50,
    'URL of this page: //medlineplus.gov/ency/article/0 x>"{}.htm',
    "URL of this page: https://[::1/",
    "URL of this page: javascript:alert(1)",
]

line = st.one_of(
    st.sampled_from(HEADINGS),
    st.sampled_from(ALL_LINES),
    st.sampled_from(PAYLOADS),
    st.text(max_size=120),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=40).map(lambda t: t + ":"),
    st.builds(lambda n: "word and " * n, st.integers(0, 400)),
    st.text(max_size=60).map(lambda url: "URL of this page: " + url),
)
articles = st.builds(
    lambda title, lines: "\n".join([title, *lines]),
    st.one_of(st.text(min_size=1, max_size=60), st.sampled_from(["Gout", "Acute lymphoblastic leukemia (ALL)"])),
    st.lists(line, max_size=60),
)
html_pages = st.recursive(
    st.text(max_size=40),
    lambda children: st.builds(
        lambda tag, inner, attr: f"<{tag} {attr}>{''.join(inner)}</{tag}>",
        st.sampled_from(["div", "h2", "ul", "li", "p", "script", "section", "a"]),
        st.lists(children, max_size=4),
        st.sampled_from(["", 'class="section"', 'onclick="x()"', 'href="javascript:x"']),
    ),
    max_leaves=30,
)


def _extract_or_error(text: str) -> Graph | None:
    """The property: a graph whose evidence quotes the text, or one of our own errors."""
    try:
        extraction = extract_article(parse_article(text))
    except DiseaseKGError as error:
        assert str(error) and "\n" not in str(error).strip()
        return None
    for finding in extraction.findings:
        evidence = finding.evidence
        assert extraction.article.text[evidence.start : evidence.end] == evidence.text
        assert finding.object.label.strip() and finding.subject.label.strip()
    return build_graph([extraction])


@given(articles)
def test_article_shaped_text_round_trips_in_every_format(text: str) -> None:
    graph = _extract_or_error(text)
    if graph is not None:
        for fmt, info in FORMATS.items():
            data = serialize_graph(graph, fmt)
            assert isomorphic(Graph().parse(data=data, format=info.rdflib_name), graph), fmt
        assert serialize_graph(graph, "turtle") == serialize_graph(graph, "turtle")


@given(st.text())
def test_any_text(text: str) -> None:
    _extract_or_error(text)


@given(html_pages)
def test_random_html(text: str) -> None:
    _extract_or_error(text)


@given(articles, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1", "cp1252", "mojibake"]))
def test_mixed_encodings(text: str, encoding: str) -> None:
    if encoding == "mojibake":
        data = text.encode("utf-8", "replace").decode("latin-1").encode("utf-8")
    else:
        data = text.encode(encoding, "replace")
    try:
        decoded = decode_text(data, "x")
    except DiseaseKGError:
        return
    _extract_or_error(decoded)


@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    try:
        decoded = decode_text(data, "x")
    except DiseaseKGError:
        return
    _extract_or_error(decoded)


@settings(max_examples=25)
@given(articles)
def test_every_graph_built_conforms_to_the_shapes(text: str) -> None:
    graph = _extract_or_error(text)
    if graph is not None:
        report = validate_graph(graph)
        assert report.conforms, report.text


def test_pathological_shapes() -> None:
    """Inputs named in the issue, beside the random ones."""
    cases = [
        "\n".join(HEADINGS),
        "Gout\n" + "\n".join(HEADINGS),
        "Gout\nSymptoms\nSymptoms include:\nFever\nSymptoms\nSymptoms include:\nFever\nCauses\nToxins",
        "Gout\nCauses\n" + "x" * 2_000_000 + "\nSymptoms\nFever",
        "Gout\nComplications\n" + "problems such as " * 5000 + "pain.\nSymptoms\nFever",
        "Gout\nSymptoms\nSymptoms include:\n" + "(" * 10000 + "\nCauses\nx",
        'Gout\nURL of this page: //medlineplus.gov/0 x>"{}.htm\nCauses\nUric acid.\nSymptoms\nSymptoms include:\nFever',
    ]
    for text in cases:
        _extract_or_error(text)


def test_a_file_of_only_headings_is_refused(tmp_path: Path) -> None:
    from extract.errors import ArticleFormatError
    from extract.pipeline import read_article

    path = tmp_path / "headings.txt"
    path.write_text("\n".join(HEADINGS))
    try:
        read_article(path)
    except ArticleFormatError:
        return
    raise AssertionError("a file of only headings was read as an article")
