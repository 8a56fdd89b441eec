"""The records that flow from a source file to the graph: all frozen, all plain data."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, TypeAlias

#: What a line of an article section is.
BlockKind: TypeAlias = Literal["paragraph", "leadin", "item", "subheading"]

#: What a concept is; graphs/ maps each to schema.org classes.
ConceptKind: TypeAlias = Literal[
    "disease",
    "cause",
    "risk_factor",
    "symptom",
    "test",
    "therapy",
    "drug",
    "drug_class",
    "procedure",
    "complication",
    "prevention",
    "anatomy",
    "treatment_factor",
    "care_concern",
    "support",
]

#: Relations between concepts, in the order views go round a disease; graphs/ maps each to a predicate.
Relation: TypeAlias = Literal[
    "signOrSymptom",
    "cause",
    "riskFactor",
    "typicalTest",
    "possibleTreatment",
    "drug",
    "possibleComplication",
    "primaryPrevention",
    "associatedAnatomy",
    "broader",
    "treatmentFactor",
    "careConcern",
    "supportResource",
    "partOf",
]

#: Relations whose object is text, not a concept.
FactKind: TypeAlias = Literal["definition", "epidemiology", "expectedPrognosis"]


@dataclass(frozen=True, slots=True)
class Page:
    """An article's text once repaired and freed of site navigation, a line per block."""

    title: str
    url: str  #: the page's own URL when the text names it, else ""
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Block:
    """One line of a section: a paragraph, a list's lead-in, a list item or a subheading."""

    kind: BlockKind
    text: str
    start: int
    end: int
    leadin: str = ""  #: for items, the lead-in they answer (the line that ends in a colon)


@dataclass(frozen=True, slots=True)
class Section:
    """A headed part of an article; ``kind`` is the lexicon's name for the heading."""

    heading: str
    kind: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: ``text`` is what evidence offsets point into."""

    title: str
    source: str  #: the IRI of the article (its MedlinePlus URL when known)
    text: str
    sections: tuple[Section, ...]
    review_date: str = ""  #: ISO date
    updated_by: str = ""
    references: tuple[str, ...] = ()
    related_topics: tuple[str, ...] = ()

    def section(self, kind: str) -> tuple[Section, ...]:
        """The sections of one kind, in article order."""
        return tuple(s for s in self.sections if s.kind == kind)


@dataclass(frozen=True, slots=True)
class Mention:
    """The passage a finding was read from: a sentence or list item, with its offsets."""

    text: str
    start: int
    end: int
    section: str


_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def concept_key(label: str) -> str:
    """The identity of a concept: case, punctuation and a plural ending do not matter.

    >>> concept_key("Swollen lymph nodes") == concept_key("swollen lymph node")
    True
    >>> concept_key("Serious illnesses"), concept_key("Pancreas")
    ('serious-illness', 'pancreas')
    """
    words = _WORD.findall(label.lower())
    last = words[-1] if words else ""
    if len(last) > 3 and last.endswith("s") and not last.endswith(_NOT_PLURAL_ENDINGS) and last not in _SINGULAR_IN_S:
        words[-1] = last[:-3] + "y" if last.endswith("ies") else last[:-2] if last.endswith("sses") else last[:-1]
    return "-".join(words)


_ACRONYM = re.compile(r"[A-Z0-9\-]{2,8}s?")


def is_acronym(name: str) -> bool:
    """ "ALL", "CBC", "NSAIDs": never compared with words ("All") when grounding."""
    return bool(_ACRONYM.fullmatch(name))


#: One word with a capital after a small letter or digit: "chILD", "mRNA", "eGFR", "HbA1c".
_MIXED_CASE = re.compile(r"[A-Za-z0-9\-]*[a-z0-9][A-Z][A-Za-z0-9\-]*")


def is_abbreviation(name: str) -> bool:
    """An acronym, or a word written in mixed case as abbreviations are ("chILD" is MONDO's
    short name for childhood interstitial lung disease, not "child").

    >>> [is_abbreviation(n) for n in ("chILD", "mRNA", "ALL", "Child", "Crohn disease")]
    [True, True, True, False, False]
    """
    return is_acronym(name) or bool(_MIXED_CASE.fullmatch(name))


_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ics", "ous")
#: Nouns that end in "s" in the singular, as disease names often do.
_SINGULAR_IN_S = frozenset(
    [
        "diabetes",
        "measles",
        "mumps",
        "rabies",
        "herpes",
        "rickets",
        "scabies",
        "series",
        "species",
        "aids",
        "shingles",
        "rubella",
        "tetanus",
        "lupus",
        "mellitus",
        "pancreas",
        "feces",
        "hives",
        "menses",
    ]
)


@dataclass(frozen=True, slots=True)
class Concept:
    """A thing the article names; concepts with the same ``key`` are one node."""

    label: str
    kind: ConceptKind
    alt_labels: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The identity used for the concept's IRI."""
        return concept_key(self.label)


@dataclass(frozen=True, slots=True)
class Finding:
    """A relation between two concepts, with the passage it was read from."""

    subject: Concept
    relation: Relation
    object: Concept
    evidence: Mention


@dataclass(frozen=True, slots=True)
class Fact:
    """A statement of text about a concept (a definition, the epidemiology)."""

    subject: Concept
    kind: FactKind
    value: str
    evidence: Mention


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one article."""

    article: Article
    disease: Concept
    findings: tuple[Finding, ...] = ()
    facts: tuple[Fact, ...] = field(default=())
