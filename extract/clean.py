"""Repair the saved page's text: mojibake, site navigation, lines broken at links."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import ftfy

from extract.html import looks_like_html, parse_html
from extract.model import Page
from ontology import load_lexicon

# A UTF-8 apostrophe whose last two bytes were lost on the way ("youâve").
_CUT_APOSTROPHE = re.compile(r"(?<=[A-Za-z])â(?=(?:ve|s|t|re|ll|d|m)\b)")
# Two lines run together where the page had a block break ("attackA severe asthma").
# Also after a full stop with no space ("for a few days.A prescription medicine").
_RUN_ON = re.compile(
    r"(?:(?<=[a-z)\]])|(?<=[a-z]{2}\.))(?=(?:A|An|The|If|Your|You|This|These|It|Go|There|When)\s[a-z])"
)
# Two blocks run together with a space: a short item, then a sentence ("Itches Other symptoms
# may include:", "Humidified air Some children may need ...").
_SPACED_RUN_ON = re.compile(
    r"^(?P<item>[A-Z][^.:;!?()]{0,60}?[a-z)])\s(?P<rest>(?:A|An|The|Other|Some|Go|If|Your|You|This|These|Most|Many)"
    r"\s[a-z][^\n]{10,}[.:])$"
)
_VERBISH = re.compile(r"\b(?:is|are|was|were|may|can|will|should|must|could|would|has|have|do|does)\b", re.I)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
# Control characters (and the non-characters XML forbids) carry no text and cannot be written
# in every RDF format; they are dropped.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def repair_text(text: str) -> str:
    """Fix mojibake and odd white space, keeping one block per line.

    >>> repair_text("youâve  got Â\\u00a0it")
    'you’ve got it'
    """
    lines = (_repair_line(line) for line in text.splitlines())
    return "\n".join(line.replace("Â ", "").removeprefix("Â") for line in lines)


def _repair_line(line: str) -> str:
    """ftfy only where there is something to fix: most lines are plain ASCII."""
    if not line.isascii():
        line = _CUT_APOSTROPHE.sub("\u2019", ftfy.fix_text(line, normalization="NFC"))
    return _SPACES.sub(" ", _CONTROLS.sub("", line)).strip()


@cache
def heading_kinds() -> dict[str, str]:
    """Normalised heading -> section kind, from the lexicon."""
    sections: dict[str, list[str]] = load_lexicon()["sections"]
    return {normalize_heading(h): kind for kind, headings in sections.items() for h in headings}


_WORD = re.compile(r"[a-z0-9]+")


def normalize_heading(line: str) -> str:
    """Compare headings without case, punctuation or spacing."""
    return " ".join(_WORD.findall(line.lower()))


def is_heading(line: str) -> bool:
    """Whether a line is a section heading the lexicon knows, or the review date."""
    page = load_lexicon()["page"]
    return normalize_heading(line) in heading_kinds() or line.startswith(page["review_prefix"])


def parse_page(text: str) -> Page:
    """Turn a saved page (its text, or its HTML) into the article's title, URL and lines."""
    if looks_like_html(text):
        return _parse_html_page(text)
    page = load_lexicon()["page"]
    lines = [line for line in repair_text(text).split("\n") if line]
    if not lines:
        return Page(title="", url="", lines=())
    title = lines[0].removesuffix(page["title_suffix"]).strip()
    url, body = _drop_banner(lines, title, page["url_line"])
    boilerplate = {normalize_heading(b) for b in page["boilerplate"]}
    kept = [line for line in body if normalize_heading(line) not in boilerplate and line != "→"]
    return Page(title=title, url=url, lines=(title, *rejoin_lines(kept)))


def _parse_html_page(text: str) -> Page:
    """HTML keeps blocks apart already: no line needs rejoining, only mojibake and chrome go."""
    page = load_lexicon()["page"]
    html = parse_html(text)
    lines = [line for line in (repair_text(line) for line in html.lines) if line]
    if not lines:
        return Page(title="", url="", lines=())
    title = (repair_text(html.title) or lines[0]).removesuffix(page["title_suffix"]).strip()
    url, body = _drop_banner(lines, title, page["url_line"])
    boilerplate = {normalize_heading(b) for b in page["boilerplate"]}
    kept = [line for line in body if normalize_heading(line) not in boilerplate and line != "→"]
    return Page(title=title, url=url or html.url, lines=(title, *kept))


def _drop_banner(lines: list[str], title: str, url_line: str) -> tuple[str, list[str]]:
    """Cut the site banner: everything up to the page's URL line and its title line."""
    for i, line in enumerate(lines[:80]):
        if line.startswith(url_line):
            url = line.removeprefix(url_line).strip()
            rest = lines[i + 1 :]
            if rest and rest[0] == title:
                rest = rest[1:]
            return ("https:" + url if url.startswith("//") else url), rest
    return "", lines[1:]


def rejoin_lines(lines: Iterable[str]) -> Iterator[str]:
    """Join the pieces of a sentence or list item that a link broke onto several lines.

    >>> list(rejoin_lines(["Toxins", ", such as benzene", "Lumbar puncture (", "spinal tap", ") to check"]))
    ['Toxins, such as benzene', 'Lumbar puncture (spinal tap) to check']
    """
    open_tail = tuple(load_lexicon()["words"]["open_tail"])
    current = ""
    for line in lines:
        for part in (p for piece in _RUN_ON.split(line) for p in split_spaced_run_on(piece)):
            if current and _continues(current, part, open_tail):
                glue = "" if part[0] in ",.;:)" or current.endswith("(") else " "
                current = current + glue + part
                continue
            if current:
                yield current
            current = part
    if current:
        yield current


def split_spaced_run_on(line: str) -> list[str]:
    """Split a short item from the sentence that ran into it; leave real sentences alone.

    >>> split_spaced_run_on("Itches Other symptoms may include:")
    ['Itches', 'Other symptoms may include:']
    >>> split_spaced_run_on("Some children may need vitamin A supplements to grow.")
    ['Some children may need vitamin A supplements to grow.']
    """
    match = _SPACED_RUN_ON.match(line)
    if not match or _VERBISH.search(match.group("item")) or is_heading(line):
        return [line]
    first_word = match.group("item").split(" ", 1)[0]
    if first_word in ("A", "An", "The", "Other", "Some", "If", "Your", "You", "This", "These", "Most", "Many"):
        return [line]
    return [match.group("item"), match.group("rest")]


def _continues(previous: str, line: str, open_tail: tuple[str, ...]) -> bool:
    """Whether ``line`` carries on ``previous`` rather than starting a new block."""
    if is_heading(previous) or is_heading(line):
        return False
    if line[0] in ",.;:()" or line[0].islower() or previous.endswith("("):
        return True
    if previous.count("(") > previous.count(")"):
        return True
    last_words = previous.lower().rsplit(" ", 2)
    return last_words[-1] in open_tail or " ".join(last_words[-2:]) in open_tail
