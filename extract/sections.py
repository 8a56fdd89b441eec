"""Split a page into headed sections, and each section into paragraphs, lead-ins and items."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from extract.clean import heading_kinds, normalize_heading
from extract.model import Block, BlockKind, Page, Section, is_acronym
from ontology import load_lexicon

#: A paragraph-like line of at most this many words, in a list, is still a list item.
MAX_ITEM_WORDS = 14
#: A one-sentence line of at most this many words, in a list, is an item too ("Choose healthy
#: foods, such as dairy products, vegetables, nuts, legumes, fruits, and whole grains.").
MAX_SENTENCE_ITEM_WORDS = 20
_SENTENCE_END = re.compile(r"(?:(?<=[a-z0-9)\]%][.!?])|(?<=[A-Z]{2}[.!?]))\s+(?=[A-Z(])")


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    start: int
    end: int


def page_text(page: Page) -> str:
    """The cleaned text of a page, which evidence offsets point into."""
    return "\n".join(page.lines)


def split_sections(page: Page) -> Iterator[Section]:
    """Yield the page's sections; the text before the first heading is the ``definition``."""
    review_prefix = load_lexicon()["page"]["review_prefix"]
    kinds = heading_kinds()
    heading, kind, lines = page.title, "definition", list[_Line]()
    offset = 0
    for i, text in enumerate(page.lines):
        line = _Line(text, offset, offset + len(text))
        offset = line.end + 1
        if i == 0:
            continue
        new_kind = "review" if text.startswith(review_prefix) else kinds.get(normalize_heading(text))
        if new_kind is None:
            lines.append(line)
            continue
        yield Section(heading=heading, kind=kind, blocks=tuple(_blocks(lines)))
        heading, kind, lines = text, new_kind, []
        if new_kind == "review":
            lines.append(line)
    yield Section(heading=heading, kind=kind, blocks=tuple(_blocks(lines)))


def _blocks(lines: list[_Line]) -> Iterator[Block]:
    """Classify each line: a lead-in ends with a colon and the lines after it are its items.

    A line with no full stop is a name, so an item, even where no colon introduced the list
    ("The monitor records the heart's rhythms." then "Holter monitor (24-hour test)"): its
    lead-in is then the last sentence before it.
    """
    leadin, context = "", ""
    for i, line in enumerate(lines):
        kind = _line_kind(line.text, in_list=bool(leadin))
        if kind == "subheading" and leadin and _is_listed_acronym(line.text, lines[i + 1 : i + 2]):
            kind = "item"  # "... in people with weakened immune systems due to:" then "HIV/AIDS"
        if kind == "paragraph" and _is_name_line(line.text):
            kind, leadin = "item", leadin or context
        if kind == "item":
            yield Block("item", line.text, line.start, line.end, leadin)
            continue
        leadin = line.text if kind == "leadin" else ""
        context = _last_sentence(line.text) if kind == "paragraph" else ""
        yield Block(kind, line.text, line.start, line.end)


def _is_listed_acronym(text: str, after: list[_Line]) -> bool:
    """An item in capitals is an acronym ("AIDS", "HIV/AIDS", "COVID-19") with items after it; a
    subheading is a word ("SURGERY", "EARS")."""
    if not all(is_acronym(part) for part in text.split("/")):
        return False
    named = "/" in text or any(c.isdigit() for c in text) or len(text) <= 4
    return named and all(_line_kind(a.text, in_list=True) == "item" or _is_name_line(a.text) for a in after)


def _is_name_line(text: str) -> bool:
    """A line that names something rather than says it: no closing punctuation, a few words."""
    return not text.endswith((".", "!", "?", ":", '"', "\u201d")) and len(text.split()) <= MAX_ITEM_WORDS


def _line_kind(text: str, *, in_list: bool) -> BlockKind:
    if text.endswith(":"):
        return "leadin"
    if text.isupper():  # cheap, and needed for what follows
        letters = [c for c in text if c.isalpha()]
        if len(letters) > 3 and all(c.isupper() for c in letters):
            return "subheading"
    if in_list and _is_item_like(text):
        return "item"
    return "paragraph"


def _is_item_like(text: str) -> bool:
    """List items are short, or open with a short sentence that names something and explain it
    after ("Fiber supplements, such as psyllium powder. Ask your provider before ...")."""
    words = len(text.split())
    if not text.endswith((".", "!", "?")):
        return words <= 3 * MAX_ITEM_WORDS
    sentences = iter_sentences(text)
    first = sentences[0][0]
    named, dash, _ = first.partition(" -- ")  # "Injection with botulinum toxin -- This may help ..."
    if dash and named:
        if named.split(" ", 1)[0].lower() in _imperatives():
            return False  # "Slow the heartbeat -- These drugs include ...": a purpose, explained in prose
        first = named
    elif len(sentences) == 1:
        return words <= MAX_SENTENCE_ITEM_WORDS
    plain = re.sub(r"\([^()]*\)", "", first)
    return (
        first.split(" ", 1)[0].lower() not in _OPENS_PARAGRAPH
        and not _FINITE.search(plain)
        and len(first.split()) <= MAX_SENTENCE_ITEM_WORDS
    )


#: A verb that makes a first sentence say something rather than name something.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|may|can|will|should|must|could|would|might|has|have|had|do|does|did)\b", re.I
)


#: Words a paragraph opens with, where a list item names something first.
_OPENS_PARAGRAPH = frozenset(
    "this these it they the there your you if when some most many in for after during however also other a an".split()
)


@lru_cache(maxsize=1)
def _imperatives() -> frozenset[str]:
    words = load_lexicon()["words"]
    return frozenset([*words["imperative_verbs"], *words["infinitive_verbs"]])


def _last_sentence(text: str) -> str:
    return iter_sentences(text)[-1][0]


@lru_cache(maxsize=8192)
def iter_sentences(text: str, start: int = 0) -> tuple[tuple[str, int], ...]:
    """Split a paragraph into sentences, each with its offset (cached: every reader asks).

    >>> iter_sentences("It bleeds. Symptoms include:", 10)
    (('It bleeds.', 10), ('Symptoms include:', 21))
    """
    sentences, begin = [], 0
    for match in _SENTENCE_END.finditer(text):
        sentences.append((text[begin : match.start()], start + begin))
        begin = match.end()
    sentences.append((text[begin:], start + begin))
    return tuple(sentences)
