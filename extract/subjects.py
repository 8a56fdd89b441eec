"""Items with an unspoken subject: "Are overweight", "Drink alcohol", "Your immune system is
weakened by medicines" name what the lead-in's "you" is, does or has."""

from __future__ import annotations

import re

from extract.terms import lexicon_set
from ontology import load_lexicon

#: Verbs that open an item whose subject is the lead-in's "you" ("... if you:" "Are overweight",
#: "Have a family history of colon cancer"): the verb goes, its object or complement stays.
_BE_HAVE = ("are", "is", "am", "were", "was", "be", "been", "have", "has", "had", "having")
_VERB_AND = re.compile(r",?\s+(?:and|or)\s+(?=(?:are|is|have|has|had)\s)", re.I)


#: "Having many sexual partners", "Have more than one sexual partner": having some is no risk.
_HOW_MANY = re.compile(
    r"^(?:have|having|has|had)\s+(?P<what>(?:many|multiple|several|more than one|repeated|frequent)\s+[^,;]+)$", re.I
)
_YOUR_STATE = re.compile(
    r"^(?:your|their|the person's|the)\s+(?P<thing>[\w\s-]+?)\s+(?:is|are|becomes?|gets?)\s+(?:very\s+)?"
    r"(?P<state>\w+(?:ed|en|weak|low|high))(?:\s+(?:by|from|because|due)\b.*)?$",
    re.I,
)


def subjectless(item: str) -> list[str]:
    """The things an item with an unspoken subject names, each verb phrase a name of its own.

    >>> subjectless("Are overweight or have obesity")
    ['overweight', 'obesity']
    >>> subjectless("You are older than age 60"), subjectless("Your immune system is weakened by medicines")
    (['older than age 60'], ['Weakened immune system'])
    >>> subjectless("Having many sexual partners")
    ['Having many sexual partners']
    >>> subjectless("Drink alcohol"), subjectless("Smoke tobacco"), subjectless("Toxins")
    (['Drinking alcohol'], ['Smoking tobacco'], ['Toxins'])
    """
    item = re.sub(r"^(?:you|they|he|she)(?:'re)?\s+(?=\w)", "", item.strip(), flags=re.I)
    state = _YOUR_STATE.match(item)
    if state:  # "Your immune system is weakened by medicines" -> "Weakened immune system"
        return [f"{state.group('state').capitalize()} {state.group('thing')}"]
    unable = re.match(r"^(?:cannot|can't|can not|is unable to|are unable to|unable to)\s+(?P<verb>\w.*)$", item, re.I)
    if unable:  # "Cannot speak" -> "Inability to speak"
        return [f"Inability to {unable.group('verb')}"]
    first = item.split(" ", 1)[0].lower()
    if first in _BE_HAVE:
        how_many = _HOW_MANY.match(item)
        if how_many:
            return [f"Having {how_many.group('what')}"]  # the number is the risk
        parts = [part.split(" ", 1)[1] for part in _VERB_AND.split(item) if " " in part]
        return [re.sub(r"^(?:been|being)\s+(?:on\s+)?", "", part) for part in parts]
    nominal = load_lexicon()["words"]["nominalizations"]
    stem = next((f for f in (first, first[:-2], first[:-1]) if f in nominal), None)
    if stem and first != stem and " " not in item:  # "Itches"
        return [nominal[stem].capitalize()]
    if (
        first in ("take", "use", "receive", "get") and " " in item and item.split()[1].lower() not in ("of", "for")
    ):  # "Take birth control pills": the pills
        return [item.split(" ", 1)[1]]
    if first in lexicon_set("words", "subjectless_verbs") and " " in item and item.split()[1] not in ("of", "for"):
        return [gerund(first).capitalize() + " " + item.split(" ", 1)[1]]
    return [item]


def gerund(verb: str) -> str:
    """ "smoke" -> "smoking", "get" -> "getting", "drink" -> "drinking"."""
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    if len(verb) <= 4 and re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"
