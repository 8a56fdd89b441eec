"""Saved HTML pages to the line-per-block text the rest of the extractor reads.

Block elements (headings, paragraphs, list items) become lines; inline ones (links, emphasis)
stay inline, so a link never breaks a line. Scripts, styles and page chrome are dropped.
Only the standard library's tolerant parser is used: broken markup still reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOCKS = frozenset(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 hr li "
    "main ol p pre section table tbody td th thead tr ul".split()
)
_DROP = frozenset("script style noscript template svg iframe object head nav header footer form button select".split())
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body)", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """Whether text is an HTML page rather than article text.

    >>> looks_like_html("<!DOCTYPE html><html>"), looks_like_html("Gout\\nCauses")
    (True, False)
    """
    head = text[:5000]
    return bool(_HTML_START.match(head)) or len(re.findall(r"</?(?:div|p|h[1-6]|ul|li|body)\b", head, re.I)) >= 5


@dataclass
class HtmlArticle:
    """What the page says of itself, and its text a block per line."""

    title: str = ""
    url: str = ""
    lines: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = HtmlArticle()
        self._skip = 0
        self._in_main = 0
        self._saw_main = False
        self._in_h1 = False
        self._text: list[str] = []
        self._main_lines: list[str] = []
        self._all_lines: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag == "link" and attributes.get("rel") == "canonical":
            self.page.url = self.page.url or attributes.get("href", "")
        if tag == "meta" and attributes.get("property") == "og:url":
            self.page.url = self.page.url or attributes.get("content", "")
        if tag in _DROP:
            self._skip += 1
        elif tag in ("main", "article") or attributes.get("id") in ("mplus-content", "d-article"):
            self._in_main += 1
            self._saw_main = True
        if tag in _BLOCKS:
            self._flush()
        if tag == "h1":
            self._in_h1 = True

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._flush()
        if tag == "h1":
            self._in_h1 = False
        if tag in _DROP and self._skip:
            self._skip -= 1
        elif tag in ("main", "article") and self._in_main:
            self._in_main -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._text.append(data)

    def _flush(self) -> None:
        line = " ".join("".join(self._text).split())
        self._text = []
        if not line:
            return
        if self._in_h1 and not self.page.title:
            self.page.title = line
        self._all_lines.append(line)
        if self._in_main:
            self._main_lines.append(line)

    def close(self) -> None:
        super().close()
        self._flush()
        self.page.lines = self._main_lines if self._saw_main and self._main_lines else self._all_lines


def parse_html(text: str) -> HtmlArticle:
    """Read a page: the article's own region if it marks one (``main``, ``article``), else the body."""
    reader = _Reader()
    reader.feed(text)
    reader.close()
    page = reader.page
    if page.url.startswith("//"):
        page.url = "https:" + page.url
    if page.title and (not page.lines or page.lines[0] != page.title):
        page.lines.insert(0, page.title)
    return page
