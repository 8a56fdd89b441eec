"""English phrase structure: coordination, parentheses and examples, on general phrases."""

from __future__ import annotations

import pytest

from extract.phrases import expand_coordination, parse_term, split_list, tidy


@pytest.mark.parametrize(
    ("phrase", "concepts"),
    [
        ("Bone and joint pain", ["Bone pain", "joint pain"]),
        ("Muscle and back pain", ["Muscle pain", "back pain"]),
        ("Feeling weak or tired", ["Feeling weak", "Feeling tired"]),
        ("Easy bruising and bleeding", ["Easy bruising", "Easy bleeding"]),
        ("Loss of appetite and weight loss", ["Loss of appetite", "weight loss"]),
        ("Fever and night sweats", ["Fever", "night sweats"]),
        ("swollen liver or spleen", ["swollen liver", "swollen spleen"]),
        ("Kidney or bladder infection", ["Kidney infection", "bladder infection"]),
        ("Pain or tightness in the chest", ["Pain in the chest", "tightness in the chest"]),
        ("Chest x-ray or CT scan", ["Chest x-ray", "CT scan"]),
        ("Cough with or without sputum", ["Cough with or without sputum"]),
    ],
)
def test_coordination_names_each_concept(phrase: str, concepts: list[str]) -> None:
    assert expand_coordination(phrase) == concepts


def test_oxford_comma_list() -> None:
    assert split_list("toxins, radiation, and chemicals") == ["toxins", "radiation", "chemicals"]


def test_examples_in_parentheses_become_narrower_terms() -> None:
    (bleeding,) = parse_term("Unusual bleeding (such as nosebleeds, bleeding gums)")
    assert bleeding.label == "Unusual bleeding"
    assert [t.label for t in bleeding.narrower] == ["Nosebleeds", "Bleeding gums"]


def test_acronym_and_synonym_in_parentheses_become_alternative_labels() -> None:
    (test,) = parse_term("Magnetic resonance imaging (MRI) of the head")
    assert "MRI" in test.alt_labels or any("MRI" in a for a in test.alt_labels)
    (rash,) = parse_term("Small purple spots (purpura)")
    assert rash.alt_labels == ("purpura",)


def test_explanations_after_the_name_are_cut() -> None:
    assert [t.label for t in parse_term("Echocardiogram to look at the heart valves")] == ["Echocardiogram"]
    assert [t.label for t in parse_term("Allergy testing -- a skin test or a blood test")] == ["Allergy testing"]


def test_including_gives_parts_when_asked() -> None:
    (panel,) = parse_term("Metabolic panel, including sodium level and potassium level", parts_from_including=True)
    assert [p.label for p in panel.parts] == ["Sodium level", "Potassium level"]


def test_a_medical_term_in_parentheses_names_a_long_lay_description() -> None:
    (term,) = parse_term("Irritation and swelling of the brain (encephalitis)")
    assert (term.label, term.alt_labels) == ("Encephalitis", ("Irritation and swelling of the brain",))
    (short,) = parse_term("Ear infection (otitis media)")  # short names keep their own label
    assert (short.label, short.alt_labels) == ("Ear infection", ("otitis media",))


def test_a_synonym_inside_a_phrase_takes_the_place_of_the_words_before_it() -> None:
    (term,) = parse_term("A bone marrow (stem cell) transplant")
    assert (term.label, term.alt_labels) == ("Bone marrow transplant", ("stem cell transplant",))


def test_a_phrase_read_again_reads_the_same_and_callers_cannot_change_it() -> None:
    first = split_list("bleeding, weight loss, and infections")
    first.append("not in the text")
    assert split_list("bleeding, weight loss, and infections") == ["bleeding", "weight loss", "infections"]
    labels = [t.label for t in parse_term("Fever and night sweats")]
    assert [t.label for t in parse_term("Fever and night sweats")] == labels == ["Fever", "Night sweats"]


@pytest.mark.parametrize(
    ("phrase", "concepts"),
    [
        (
            "Problems concentrating, remembering, or making decisions",
            ["Problems concentrating", "Problems remembering", "Problems making decisions"],
        ),
        ("Poor feeding, choking episodes", ["Poor feeding", "choking episodes"]),  # "poor" is no noun to share
        (
            "Using the wrong word, not speaking clearly, repeating words",
            ["Using the wrong word", "not speaking clearly", "repeating words"],
        ),
    ],
)
def test_a_noun_heads_the_gerunds_after_it_but_an_adjective_or_a_negation_does_not(
    phrase: str, concepts: list[str]
) -> None:
    assert expand_coordination(phrase) == concepts


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Lump in the pelvic area, usually", "Lump in the pelvic area"),
        ("Immunization usually", "Immunization"),
        ("IVP -- less commonly", "IVP"),
        ("Urinate often", "Urinate often"),  # how often is what the advice says
    ],
)
def test_an_adverb_left_dangling_at_the_end_is_cut(label: str, name: str) -> None:
    assert tidy(label) == name
