"""List items read as what their lead-in says they are, and the advice they (or sentences) give."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from extract.leadins import leadin_relation
from extract.model import Block, Concept, ConceptKind, Finding, Relation, Section
from extract.phrases import Term, expand_coordination, is_generic, parse_term, tidy
from extract.sections import iter_sentences
from extract.terms import EXAMPLES_IN_SENTENCE, emit, lexicon_set, list_items, mention_of
from ontology import load_lexicon

ADVICE_OPENER = re.compile(
    r"^(?:(?:if|when|before|after|while)\b[^,]*,\s*)?(?:(?:always|also|never|then|otherwise|instead),?\s+)?", re.I
)
_NEXT_VERB = re.compile(r"(?:,\s*|\s)and\s+(\w+)\b")
_ADVICE_END = re.compile(
    r"\s+(?:to|so that|in order to|as much as possible|as recommended|as directed|if|when|because|until|unless)\b|"
    r",\s*(?:especially|which|unless|but)\b",
    re.I,
)
TREATMENT_TRIM = ("from", "for", "after", "at", "during", "with the goal", "in the hospital")


def treatments_listed(item: str) -> list[Term]:
    """A listed treatment: the advice it gives ("Drink warm liquids") or the name it heads, without
    its explanation ("Bronchoscopy. A flexible tube ...", "Lithotripsy -- uses sound waves ...").

    >>> [t.label for t in treatments_listed("Gargle several times a day with warm salt water.")]
    ['Gargle several times a day with warm salt water']
    >>> [t.label for t in treatments_listed("Moisturizers")]
    ['Moisturizers']
    """
    head, _, rest = item.partition(". ")
    if rest and len(head.split()) <= 6:
        item = head
    from extract.therapies import advised_treatments

    terms = advised_treatments(item) if advice_in(item) else list(parse_term(item, trim=TREATMENT_TRIM))
    terms = [replace(t, narrower=()) if re.match(r"(?:avoid|limit|stop|cut)", t.label, re.I) else t for t in terms]
    return [t for t in terms if not avoided(item, t)]


def avoided(text: str, term: Term) -> bool:
    """ "Avoid drugs such as aspirin": what advice says to keep away from is not a treatment."""
    return bool(re.match(r"(?:avoid|do not|don't|stop|never)\b", text, re.I)) and not term.label.lower().startswith(
        ("avoid", "do not", "don't", "stop", "never")
    )


def measures_in(text: str) -> list[Term]:
    """A listed measure: advice as the clauses it gives, anything else as the terms it names."""
    return advice_in(text) or list(parse_term(text))


def advice_in(sentence: str) -> list[Term]:
    """The measures an imperative sentence advises, one per verb, without purpose or examples.

    >>> [t.label for t in advice_in("Remove carpets from bedrooms and vacuum regularly.")]
    ['Remove carpets from bedrooms', 'Vacuum regularly']
    >>> [t.label for t in advice_in("If you work around radiation, always wear protective gear.")]
    ['Wear protective gear']
    >>> advice_in("Avoidance is key.")
    []
    """
    verbs = lexicon_set("words", "imperative_verbs")
    # An aside in parentheses ("(talk to your provider first)") is no part of the measure; an alias is.
    clause = ADVICE_OPENER.sub("", re.sub(r"\s*\((?:[^()\s]+\s+){2,}[^()]*\)", "", sentence.strip().rstrip(".")))
    if clause.split(" ", 1)[0].lower() not in verbs:
        return []
    joins = [m for m in _NEXT_VERB.finditer(clause) if m.group(1).lower() in verbs]
    starts, ends = [0, *(m.start(1) for m in joins)], [*(m.start() for m in joins), len(clause)]
    pieces = [clause[a:b] for a, b in zip(starts, ends, strict=True)]
    labels = [_ADVICE_END.split(EXAMPLES_IN_SENTENCE.split(piece)[0])[0] for piece in pieces]
    # "Avoid air pollution, industrial dust, and irritating fumes": one measure per object.
    labels = [part for label in labels for part in _one_per_object(label)]
    return [
        Term(tidy(label))
        for label in labels
        if not is_generic(tidy(label)) and " " in label.strip() and not _CONSULT.match(label)
    ]


#: "Check with your provider", "Talk to your doctor": advice to ask, and nothing about what.
_CONSULT = re.compile(
    r"^(?:check|talk|ask|tell|call|see|speak)\s+(?:with|to)?\s*(?:your|a|the)\s+(?:health care\s+)?"
    r"(?:provider|doctor|pharmacist|nurse)s?$",
    re.I,
)


def _one_per_object(advice: str) -> list[str]:
    """ "Avoid dust and fumes" -> "Avoid dust", "Avoid fumes"; a phrase the verb does not
    distribute over ("Keep food in containers and out of bedrooms") stays whole."""
    verb = advice.split(" ", 1)[0].lower()
    parts = expand_coordination(advice)
    return parts if all(p.split(" ", 1)[0].lower() == verb for p in parts) else [advice]


#: Verbs that open an item whose subject is the lead-in's "you" ("... if you:" "Are overweight",
#: "Have a family history of colon cancer"): the verb goes, its object or complement stays.
_BE_HAVE = ("are", "is", "am", "were", "was", "be", "been", "have", "has", "had", "having")
_VERB_AND = re.compile(r",?\s+(?:and|or)\s+(?=(?:are|is|have|has|had)\s)", re.I)


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


def _named(text: str, **options: bool) -> list[Term]:
    from extract.risks import who_named

    if _PEOPLE.match(text):  # "People who have heart disease", "Women who take birth control pills"
        return who_named(text)
    text = _WHEN.sub("", text)  # "After a needlestick or sharps injury": the injury
    terms = [t for part in subjectless(text) for t in parse_term(part, **options)]
    # "Native Americans and people of Hispanic descent": each conjunct about people names what they have
    return [n for t in terms for n in (who_named(t.label) if _PEOPLE.match(t.label) else [t])]


_WHEN = re.compile(r"^(?:after|during|following|through)\s+(?:an?\s+|the\s+)?", re.I)
_PEOPLE = re.compile(
    r"^(?:people|those|persons|women|men|children|adults|anyone|someone)\s+(?:who|with|of|over|under|older|younger|aged)\s",
    re.I,
)


#: How a listed item is read for each relation, and the kind of concept it names.
_ITEM_READERS: dict[Relation, tuple[ConceptKind, Callable[[str], Iterable[Term]]]] = {
    "cause": ("cause", _named),
    "riskFactor": ("risk_factor", _named),
    "signOrSymptom": ("symptom", lambda text: _named(text, causal=True)),
    "typicalTest": ("test", lambda text: parse_term(text, parts_from_including=True)),
    "possibleTreatment": ("therapy", treatments_listed),
    "possibleComplication": ("complication", _named),
    "primaryPrevention": ("prevention", measures_in),
    "treatmentFactor": ("treatment_factor", lambda text: parse_term(text, keep_whole=True)),
    "careConcern": ("care_concern", lambda text: parse_term(text, keep_whole=True)),
}


def read_listed(section: Section, disease: Concept, blocks: Iterable[Block] | None = None) -> Iterator[Finding]:
    """Every list item of a section, read as what its lead-in says the items are."""
    for block in list_items(section) if blocks is None else blocks:
        relation = leadin_relation(block.leadin, section.kind)
        if relation is None:
            continue
        kind, reader = _ITEM_READERS[relation]
        if relation not in ("primaryPrevention", "possibleTreatment") and _DONT.match(block.text):
            continue  # "DO NOT move the person": first aid, not a finding
        if block.text.endswith(".") and relation in ("riskFactor", "cause") and _states_risk(block.text, disease):
            continue  # "Problems with your genes may also cause AML.": a statement, read as prose
        first = iter_sentences(block.text)[0][0]  # the name; sentences after it explain it
        text = first if relation in ("primaryPrevention", "possibleTreatment") else item_subject(first)
        yield from emit(disease, relation, kind, reader(text), mention_of(block, section))


def _states_risk(text: str, disease: Concept) -> bool:
    from extract.risks import risks_in

    return bool(risks_in(text, (disease.label, *disease.alt_labels)))


_DONT = re.compile(r"^(?:do not|don't|never|avoid)\b", re.I)
_PREDICATE = r"\s+(?:is|are|was|were|may|can|will|might|should|must|could|would)\s"


def item_subject(item: str) -> str:
    """A listed item said as a sentence names its subject ("MRI scan of the brain is important to ...").

    >>> item_subject("Nerve function study (evoked potential test) is less often used.")
    'Nerve function study (evoked potential test)'
    >>> item_subject("Swollen lymph nodes")
    'Swollen lymph nodes'
    """
    if not item.endswith(".") or not re.search(_PREDICATE, item):
        return item  # without a full stop it is a name, relative clauses and all
    from extract.phrases import split_top

    subject = split_top(item, _PREDICATE)[0]
    return subject if subject != item and len(subject.split()) >= 1 else item
