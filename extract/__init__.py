"""Read MedlinePlus disease articles and turn each section into typed findings."""

from __future__ import annotations

from extract.errors import ArticleFormatError, DiseaseKGError, InputError
from extract.model import Article, Concept, Extraction, Fact, Finding, Mention
from extract.pipeline import bundled_article, extract_article, parse_article, read_article

__all__ = [
    "Article",
    "ArticleFormatError",
    "Concept",
    "DiseaseKGError",
    "Extraction",
    "Fact",
    "Finding",
    "InputError",
    "Mention",
    "bundled_article",
    "extract_article",
    "parse_article",
    "read_article",
]
