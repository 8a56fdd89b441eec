"""Vocabulary, SHACL shapes, lexicon and named queries, read by extract/ and graphs/."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from rdflib import Graph

from ontology.namespace import BIOLINK, CONCEPT, DKG, EVIDENCE, OA, OBO, SCHEMA, WD

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = [
    "BIOLINK",
    "CONCEPT",
    "DKG",
    "EVIDENCE",
    "OA",
    "OBO",
    "SCHEMA",
    "WD",
    "load_lexicon",
    "load_shapes",
    "load_toml",
    "load_vocabulary",
    "read_text",
]


def read_text(name: str) -> str:
    """Return a data file shipped in this package."""
    return files("ontology").joinpath(name).read_text(encoding="utf-8")


@cache
def load_vocabulary() -> Graph:
    """The OWL vocabulary (``disease.ttl``); cached, so treat it as read-only."""
    return Graph().parse(data=read_text("disease.ttl"), format="turtle")


@cache
def load_shapes() -> Graph:
    """The SHACL shapes every built graph satisfies; cached, so treat it as read-only."""
    return Graph().parse(data=read_text("shapes.ttl"), format="turtle")


@cache
def load_toml(name: str) -> dict[str, Any]:
    """A TOML data file shipped in this package, parsed once; cached, so treat it as read-only."""
    return tomllib.loads(read_text(name))


def load_lexicon() -> dict[str, Any]:
    """Words and patterns of the language of MedlinePlus articles (``lexicon.toml``)."""
    return load_toml("lexicon.toml")
