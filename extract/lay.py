"""MedlinePlus's lay wordings of phenotypes that HPO names otherwise (``ontology/lay_phenotypes.toml``):
"General ill feeling" is Malaise, "Rapid pulse" Tachycardia. A wording as written is an exact
match where the lexicon says it names the term exactly; said in other words, or where the
lexicon says it is less precise ("Thirst" for Polydipsia), a close one."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from extract.hpo import hpo_term
from extract.matchkey import loose_key, loose_words, match_key
from ontology import load_toml


@cache
def lay_index() -> Mapping[str, tuple[tuple[str, bool], ...]]:
    """Key of a lay wording (``lay_keys``) -> (HPO number, exact) for each term it names. Only
    terms the shipped HPO holds (and has not made obsolete) are kept: the lexicon never states
    an identifier nothing confirms."""
    index: dict[str, dict[str, bool]] = {}
    for entry in load_toml("lay_phenotypes.toml")["term"]:
        hpo_id = entry["hpo"].removeprefix("HP:")
        try:
            hpo_term(hpo_id)
        except KeyError:
            continue
        for wording in entry["lay"]:
            for key in lay_keys(wording):
                found = index.setdefault(key, {})
                found[hpo_id] = found.get(hpo_id, False) or (entry["exact"] and key.startswith("="))
    return {key: tuple(found.items()) for key, found in index.items() if key}


def lay_keys(name: str) -> tuple[str, ...]:
    """The keys a wording is looked up by: its match key (prefixed "="), and its loose key unless
    that leaves one word of several ("Loss of feeling" is not "Loss")."""
    loose = loose_words(name)
    keys = [f"={match_key(name)}"]
    if len(loose) > 1 or len(name.split()) == 1:
        keys.append(loose_key(name))
    return tuple(keys)
