"""Sections are found by their headings and their lines classified."""

from __future__ import annotations

from extract.model import Extraction


def test_all_sections_are_found_in_order(all_extraction: Extraction) -> None:
    headings = [s.heading for s in all_extraction.article.sections]
    assert headings[:4] == ["Acute lymphoblastic leukemia (ALL)", "Causes", "Symptoms", "Exams and Tests"]
    for heading in ("Treatment", "Outlook (Prognosis)", "Possible Complications", "Prevention", "Alternative Names"):
        assert heading in headings


def test_list_items_remember_their_lead_in(all_extraction: Extraction) -> None:
    (causes,) = all_extraction.article.section("causes")
    items = [b for b in causes.blocks if b.kind == "item"]
    assert len(items) == 7
    assert items[0].leadin.startswith("The following factors may play a role")
    assert items[-1].leadin == "The following factors are known to increase the risk for ALL:"


def test_block_offsets_point_into_the_cleaned_text(all_extraction: Extraction) -> None:
    text = all_extraction.article.text
    for section in all_extraction.article.sections:
        for block in section.blocks:
            assert text[block.start : block.end] == block.text


def test_article_metadata(all_extraction: Extraction) -> None:
    article = all_extraction.article
    assert article.review_date == "2025-02-03"
    assert article.updated_by.startswith("Warren Brenner, MD")
    assert len(article.references) == 5
    assert article.references[0].endswith("2023:chap 68.")
    assert article.related_topics == ("Acute Lymphocytic Leukemia", "Childhood Leukemia")
