"""From a source to an Extraction, one step at a time."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date
from importlib.resources import as_file, files
from pathlib import Path
from urllib.parse import urlsplit

from extract.clean import is_heading, parse_page
from extract.errors import ArticleFormatError
from extract.fetch import fetch_url, is_url
from extract.findings import READERS, alternative_names, disease_concept
from extract.model import Article, Extraction, Fact, Finding, Page, Section
from extract.read import MAX_INPUT_BYTES, decode_text, read_text
from extract.sections import page_text, split_sections

#: The sections a disease article has; a text with fewer than two of them is not one.
CONTENT_KINDS = frozenset({"causes", "symptoms", "tests", "treatment", "complications", "prevention", "prognosis"})
BUNDLED_ARTICLE = "000541-acute-lymphoblastic-leukemia.txt"
_ARTICLE_NUMBER = re.compile(r"(?<!\d)(\d{6})(?!\d)")


def bundled_article() -> Path:
    """The ALL article shipped with the package (MedlinePlus, A.D.A.M.; see data/README.md)."""
    with as_file(files("extract") / "data" / BUNDLED_ARTICLE) as path:
        return Path(path)


def read_article(source: Path | str, *, max_bytes: int = MAX_INPUT_BYTES) -> Article:
    """Read a MedlinePlus article from a file (text or saved HTML) or a URL."""
    if isinstance(source, str) and is_url(source):
        text = decode_text(fetch_url(source, max_bytes=max_bytes), source)
        article = parse_article(text, source_name=source)
        return article if article.source.startswith("http") else replace(article, source=source)
    path = Path(source)
    return parse_article(read_text(path, max_bytes=max_bytes), source_name=path.name)


def parse_article(text: str, *, source_name: str = "article") -> Article:
    """Clean an article's text and split it into sections; refuse what is not an article."""
    # 1. Repair mojibake, drop the site banner and navigation, rejoin link-broken lines.
    page = parse_page(text)
    if not page.title or is_heading(page.title):
        raise ArticleFormatError(source_name, "no title before the first section")
    # 2. Find the sections by their headings and classify every line in them.
    sections = tuple(split_sections(page))
    kinds = {s.kind for s in sections}
    if len(kinds & CONTENT_KINDS) < 2:
        found = ", ".join(sorted(kinds & CONTENT_KINDS)) or "none"
        raise ArticleFormatError(
            source_name, f"found {found} of the sections Causes, Symptoms, Exams and Tests, Treatment"
        )
    # 3. Keep the footer (review date, references, related topics) as metadata.
    return Article(
        title=page.title,
        source=article_iri(page, source_name),
        text=page_text(page),
        sections=sections,
        review_date=_review_date(sections),
        updated_by=_updated_by(sections),
        references=tuple(_references(sections)),
        related_topics=tuple(b.text for s in sections if s.kind == "related" for b in s.blocks),
    )


def extract_article(article: Article) -> Extraction:
    """Read every section of an article with its reader; findings keep article order."""
    disease = disease_concept(article.title, alternative_names(article.sections))
    results: list[Finding | Fact] = []
    for section in article.sections:
        reader = READERS.get(section.kind)
        if reader is not None:
            results.extend(reader(section, disease))
    findings = tuple(dict.fromkeys(r for r in results if isinstance(r, Finding)))
    facts = tuple(dict.fromkeys(r for r in results if isinstance(r, Fact)))
    return Extraction(article=article, disease=disease, findings=findings, facts=facts)


def extract_source(source: Path | str, max_bytes: int = MAX_INPUT_BYTES) -> Extraction:
    """Read and extract one article (a module-level function, so worker processes can run it)."""
    return extract_article(read_article(source, max_bytes=max_bytes))


_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`]')


def _is_page_url(url: str) -> bool:
    """Whether the URL a page names for itself can be its IRI (the text is untrusted)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not _NOT_IN_IRI.search(url)


def article_iri(page: Page, source_name: str) -> str:
    """The page's own URL, else the MedlinePlus URL its file name's article number gives,
    else a content hash (never a local path, so that builds are the same on every machine)."""
    if _is_page_url(page.url):
        return page.url
    number = _ARTICLE_NUMBER.search(source_name)
    if number:
        return f"https://medlineplus.gov/ency/article/{number.group(1)}.htm"
    digest = hashlib.sha256("\n".join(page.lines).encode()).hexdigest()[:16]
    return f"urn:diseasekg:article:{digest}"


def _review_date(sections: tuple[Section, ...]) -> str:
    for section in sections:
        for block in section.blocks:
            match = re.match(r"Review Date\s+(\d{1,2})/(\d{1,2})/(\d{4})", block.text)
            if match:
                month, day, year = (int(g) for g in match.groups())
                try:
                    return date(year, month, day).isoformat()
                except ValueError:
                    return ""
    return ""


def _updated_by(sections: tuple[Section, ...]) -> str:
    for section in sections:
        for block in section.blocks:
            if block.text.startswith("Updated by:"):
                return block.text.removeprefix("Updated by:").strip()
    return ""


def _references(sections: tuple[Section, ...]) -> list[str]:
    """One citation per reference, mending citations a linked book title split in two."""
    refs: list[str] = []
    for section in sections:
        if section.kind != "references":
            continue
        for block in section.blocks:
            if refs and refs[-1].endswith(("eds.", "In:", "ed.")) and not _starts_citation(block.text):
                refs[-1] = f"{refs[-1]} {block.text}"
            else:
                refs.append(block.text)
    return refs


def _starts_citation(text: str) -> bool:
    """Citations open with authors ("Dinner S, ...") or a publisher ("... website.")."""
    return bool(re.match(r"^[A-Z][\w'\-]+ [A-Z]{1,3}[,.]", text) or re.match(r"^[^.]{0,80} website\.", text))
