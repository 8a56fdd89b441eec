"""Issue 12: the lay lexicon (ontology/lay_phenotypes.toml) grounds the encyclopedia's own wordings
of findings in HPO, honestly: exact only for a wording as written that the lexicon says names the
term exactly, close otherwise, and only with terms the shipped HPO holds."""

from __future__ import annotations

from collections import Counter

import pytest

from extract.ground import ground
from extract.hpo import hpo_index, hpo_term, phenotype_ids
from extract.lay import lay_index
from extract.matchkey import match_key
from ontology import load_toml

ENTRIES = load_toml("lay_phenotypes.toml")["term"]


def test_every_entry_names_a_phenotype_of_the_shipped_hpo_by_its_own_name() -> None:
    for entry in ENTRIES:
        hpo_id = entry["hpo"].removeprefix("HP:")
        assert hpo_term(hpo_id).name == entry["name"], entry
        assert hpo_id in phenotype_ids(), entry


def test_no_wording_names_two_terms_or_repeats_what_hpo_already_says() -> None:
    wordings = Counter(match_key(w) for e in ENTRIES for w in e["lay"])
    assert [w for w, n in wordings.items() if n > 1] == []  # nor one twice in other words
    assert [w for w in wordings if w in hpo_index()] == []  # HPO's own names ground those already
    assert all(len(ids) == 1 for ids in lay_index().values())


@pytest.mark.parametrize(
    ("name", "curie", "strength"),
    [
        ("General ill feeling", "HP:0033834", "exact"),  # Malaise, in the encyclopedia's words
        ("Rapid pulse", "HP:0001649", "exact"),  # Tachycardia
        ("Pale skin", "HP:0000980", "exact"),  # Pallor: one node with "Paleness" and "Pallor"
        ("Thirst", "HP:0001959", "close"),  # Polydipsia, said less precisely
        ("Blue coloring to the skin", "HP:0000961", "close"),  # Cyanosis in other words: loose, so close
        ("Joint aches", "HP:0002829", "close"),  # "aches" are pain: Arthralgia ("Joint pain")
        ("Painful swallowing", "HP:0032043", "exact"),  # HPO's own synonym stays exact
        ("Pain when swallowing", "HP:0032043", "close"),  # Odynophagia: "painful" is "pain", "when" says nothing
        ("Belly pain", "HP:0002027", "exact"),  # the belly is the abdomen
        ("Undescended testicles", "HP:0000028", "exact"),  # testicles are testes
        ("Swelling in 3 or more joints", "HP:0001386", "broad"),  # a count narrows it
        ("Loss of coordination of the fingers", "HP:0002311", "broad"),  # what it says before "of the fingers"
        ("Pain in the chest when breathing deeply", "HP:0100749", "broad"),  # Chest pain, not just Pain
        ("Slow pulse", "HP:0001662", "exact"),  # Bradycardia
        ("Absent menstrual periods", "HP:0000141", "exact"),  # Amenorrhea
        ("Decreased muscle tone at birth", "HP:0001319", "exact"),  # Neonatal hypotonia
        ("Lack of control over the bladder", "HP:0000020", "close"),  # "lack" is loss, "over" says nothing
        ("Changes in mental status", "HP:0011446", "close"),  # said less precisely than any term
    ],
)
def test_lay_wordings_ground_as_a_curator_would(name: str, curie: str, strength: str) -> None:
    found = {m.curie: m.strength for m in ground([name], kinds={"symptom"}) if m.curie}
    assert found.get(curie) == strength, found


def test_a_lay_wording_grounds_only_findings() -> None:
    assert [m.curie for m in ground(["General ill feeling"], kinds={"complication"}) if m.curie] == ["HP:0033834"]
    assert not [m for m in ground(["General ill feeling"], kinds={"test"}) if m.curie]


@pytest.mark.parametrize(
    "name",
    [
        "Loss of ability to exercise",  # "Loss of feeling" without its feeling is no lookup
        "Lack of muscle control and coordination",
        "Severity of the disorder",  # "Severity" is a modifier of HPO, not a finding
    ],
)
def test_a_word_left_alone_grounds_nothing_it_does_not_name(name: str) -> None:
    found = {m.label for m in ground([name], kinds={"symptom"}) if m.curie}
    assert not found & {"Hypoesthesia", "Severity"}, found
