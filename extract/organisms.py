"""What names a living thing: the bacteria, viruses, fungi and parasites that articles give as a
disease's cause ("Staphylococcus aureus", "Bacteria", "E. coli"), by the shape of the name and
the lexicon's words, since no ontology the build ships names organisms (NCBITaxon, as
cellxgene-ontology-guide ships it, lacks the common pathogens)."""

from __future__ import annotations

import re
from functools import cache

from ontology import load_lexicon

#: "Staphylococcus aureus", "E. coli", "S aureus": a genus (or its initial) and a species, whose
#: Latin ending tells it from an English word ("Mycoplasma pneumonia" is a disease).
_BINOMIAL = re.compile(r"(?P<genus>[A-Z][a-z]+|[A-Z]\.?) (?P<species>[a-z]{2,}(?:us|is|ii|ae|i|um|a|es|ens|ans))")
#: Words of a phrase that says more than a name: "Infections from bacteria", "Exposure to cat fleas".
_NOT_A_NAME = frozenset("of to for from with by in on and or caused due near like".split())


@cache
def _lexicon() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    lexicon = load_lexicon()
    kinds = lexicon["kinds"]
    return (
        frozenset(kinds["organism_heads"]),
        tuple(kinds["organism_genus_endings"]),
        frozenset(kinds["not_organisms"]),
        frozenset(lexicon["words"]["imperative_verbs"]),
    )


def names_an_organism(label: str) -> bool:
    """Whether a label names an organism: its head is a kind of one, or it is a genus, alone or
    with its species.

    >>> [names_an_organism(x) for x in ("Bacteria", "Epstein-Barr virus", "Staphylococcus aureus", "E. coli")]
    [True, True, True, True]
    >>> [names_an_organism(x) for x in ("Viral infection", "Rubella", "Diabetes mellitus", "Tick bites")]
    [False, False, False, False]
    >>> [names_an_organism(x) for x in ("Plasma exchange", "Mycoplasma pneumonia", "Infections from bacteria")]
    [False, False, False]
    """
    heads, endings, not_organisms, verbs = _lexicon()
    text = re.sub(r"\s*\([^()]*\)", "", label).strip()
    words = text.lower().split()
    if not words or words[-1] in not_organisms or text.lower() in not_organisms:
        return False
    if _NOT_A_NAME & set(words) or len(words) > 4 or words[0].endswith("ing") or words[0] in verbs:
        return False  # "Coughing up worms", "Avoid spreading the virus": what is done, not the thing
    if words[-1] in heads:
        return True
    binomial = _BINOMIAL.fullmatch(text)
    if binomial and not binomial.group("species").endswith(("itis", "ia")):
        genus = binomial.group("genus").lower()
        return len(genus) <= 2 or _genus(genus, endings)
    return len(words) == 1 and text[:1].isupper() and _genus(words[0], endings)


def _genus(word: str, endings: tuple[str, ...]) -> bool:
    """ "Streptococcus", "Salmonella": a genus ending after a stem of its own ("Plasma" has none)."""
    return any(word.endswith(e) and len(word) > len(e) + 2 for e in endings)
