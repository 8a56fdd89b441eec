"""List items read as what their lead-in says they are."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from extract.advice import AIMED_AT, TREATMENT_TRIM, advice_in, advised_treatments, avoided, measures_in
from extract.leadins import leadin_relation
from extract.model import Block, Concept, ConceptKind, Finding, Relation, Section
from extract.phrases import Term, is_generic, is_name, parse_term, split_top, tidy
from extract.risks import risks_in, who_named
from extract.sections import iter_sentences
from extract.subjects import subjectless
from extract.terms import emit, lexicon_set, list_items, mention_of, names_of


def treatments_listed(item: str) -> list[Term]:
    """A listed treatment: the advice it gives ("Drink warm liquids") or the name it heads, without
    its explanation ("Bronchoscopy. A flexible tube ...", "Lithotripsy -- uses sound waves ...").

    >>> [t.label for t in treatments_listed("Gargle several times a day with warm salt water.")]
    ['Gargle with warm salt water']
    >>> [t.label for t in treatments_listed("Moisturizers")]
    ['Moisturizers']
    >>> [t.label for t in treatments_listed("Creams or ointments that contain coal tar or anthralin")]
    ['Creams', 'Ointments', 'Coal tar', 'Anthralin']
    >>> [t.label for t in treatments_listed("Steroid medicines taken by mouth or through an inhaler")]
    ['Steroid medicines']
    >>> [t.label for t in treatments_listed("Splints or orthotic devices to support and align joints")]
    ['Splints', 'Orthotic devices']
    >>> [t.label for t in treatments_listed("Spinal devices can reduce pain and spasticity in the legs")]
    ['Spinal devices']
    """
    skill = _HOW_TO.match(item)
    if skill:  # "How to recognize and treat low blood sugar": a skill to learn; "How to use an inhaler": the inhaler
        item = item[skill.end() :] if skill.group("verb").lower() in _USING else ""
        if not item:
            return []
    head, _, rest = item.partition(". ")
    if rest and len(head.split()) <= 6:
        item = head
    contents: list[Term] = []
    contained = _CONTAINING.match(item)
    # "Creams or ointments that contain coal tar or anthralin": the creams and what is in them
    if contained and "(" not in contained.group("what") and not item.endswith(".") and not advice_in(item):
        item, contents = contained.group("what"), list(parse_term(contained.group("contents"), trim=TREATMENT_TRIM))
    # "Splints or orthotic devices to support and align joints", "Surgical procedure to destroy or
    # remove the lining": what two verbs are for is no part of the name
    before = re.split(r"\s+to\s", item, maxsplit=1)[0].split()
    named = bool(before) and before[-1].lower() in lexicon_set("kinds", "therapy_heads")  # not "Go to bed and ..."
    if re.search(r"\s(?:or|and)\s.*\sto\s", item) or named:
        item = _PURPOSE_PAIR.sub("", item)
    item = _without_how_given(item)
    said = _SAID.match(item)
    if said and (not item.endswith(".") or _SAID_TREATS.match(item)) and " -- " not in item:
        item = said.group("subject")  # "Spinal devices can reduce pain and spasticity in the legs"
    terms = advised_treatments(item) if advice_in(item) else list(parse_term(item, trim=TREATMENT_TRIM))
    terms = [replace(t, narrower=()) if _NO_TREATED_EXAMPLES.match(t.label) else t for t in terms]
    return [t for t in with_members([*terms, *contents]) if not avoided(item, t)]


#: "Antifungal treatment with amphotericin B, fluconazole, or itraconazole": a kind of treatment
#: and what it is given with.
_TREATMENT_WITH = re.compile(r"^(?P<kind>(?:[\w-]+\s+)?(?:treatment|therapy))\s+with\s+(?P<what>.+)$", re.I)


_PERSON = re.compile(
    r"\b(?:provider|doctor|therapist|professional|specialist|team|counselor|nurse|psychiatrist|psychologist|family|"
    r"partner|group)s?\b",
    re.I,
)
_HOW_LONG = frozenset("long-term longer short-term shorter early prompt continued ongoing lifelong initial".split())


def with_members(terms: Iterable[Term]) -> list[Term]:
    """Terms with "treatment with X" read as X, a kind of treatment ("Antifungal treatment") keeping X
    as its examples; "Treatment with antibiotics" is antibiotics.

    >>> [t.label for t in with_members([Term("Treatment with antibiotics")])]
    ['Antibiotics']
    """
    out: list[Term] = []
    for term in terms:
        match = _TREATMENT_WITH.match(term.label)
        if not match:
            out.append(term)
            continue
        if _PERSON.search(match.group("what")):  # "Talk therapy with a mental health provider": who gives it
            out.append(Term(tidy(match.group("kind"))))
            continue
        what = re.sub(r"\bpossibly\s+", "", match.group("what"), flags=re.I)  # "..., and possibly radiation"
        members = tuple(parse_term(what, trim=TREATMENT_TRIM))
        kind = tidy(match.group("kind"))
        how_long = kind.split(" ", 1)[0].lower() in _HOW_LONG  # "Long-term treatment with antifungal drugs"
        out += [Term(kind, narrower=members)] if not (is_generic(kind) or how_long) else list(members)
    return out


_CONTAINING = re.compile(r"^(?P<what>.+?)\s+(?:that |which )?contain(?:s|ing)?\s+(?P<contents>[^.;:]+?)\.?$", re.I)
#: "... taken by mouth or through an inhaler": how a treatment is given is no part of its name.
_HOW_GIVEN = re.compile(
    r"\s+(?:taken|given|applied|used|injected|delivered)\s+(?:by|through|into|under|on|in|as|with)\b"
    r"(?:[^,;()]|\([^()]*\))*+(?:,?\s+(?:or|and)\s+(?:\w+\s+)?(?:by|through|into|under|as)\b(?:[^,;()]|\([^()]*\))*+)*+",
    re.I,
)


def _without_how_given(item: str) -> str:
    """An item without how it is given, unless a closing parenthesis names that kind of the thing
    ("iron given through a vein (intravenous iron)" is a kind of iron; "(IV)" names only the way)."""

    def cut(match: re.Match[str]) -> str:
        named = re.search(r"\(([^()]*)\)\W*$", match.group(0))
        noun = item[: match.start()].split()[-1:]
        names = re.split(r"\s+or\s+|,\s*", named.group(1)) if named else []
        kind = noun and any(n.split()[-1:] == [noun[0].lower()] for n in map(str.lower, names))
        return match.group(0) if kind else ""

    return _HOW_GIVEN.sub(cut, item)


#: "Splints or orthotic devices to support and align joints": a purpose that coordinates verbs
#: would split into false items; the items are what comes before it.
_PURPOSE_PAIR = re.compile(r"(?<=\S)\s+to\s+[a-z]+\s+(?:and|or)\s+[a-z]+\b.*$", re.I)
#: "Opioid pain relievers may be needed to control severe pain.": an item said as a sentence about a treatment.
_SAID_TREATS = re.compile(
    r"^[A-Z][\w\s-]+?\s+(?:can|may|will|might|could|should)\s+(?:also\s+|often\s+|sometimes\s+)?"
    r"(?:be\s+(?:needed|used|given|helpful|prescribed|recommended|tried|done|useful|effective)|"
    r"reduce|relieve|improve|control|ease|lower|prevent)\b"
)
_SAID = re.compile(r"^(?P<subject>[A-Z][\w\s-]+?)\s+(?:can|may|will|might|could)\s+[a-z]+\b")


def risks_listed(item: str) -> list[Term]:
    """A listed risk factor or cause; a class of medicines is one, with its examples or without
    ("Certain medicines (aspirin and other NSAIDs)", "Medicines").

    >>> [t.label for t in risks_listed("Certain medicines (aspirin and other NSAIDs)")]
    ['Medicines', 'Aspirin', 'NSAIDs']
    """
    after = _OR_AFTER.search(item)
    if after:  # "Rapid weight loss from a very low-calorie diet, or after weight loss surgery": both bring it
        item = item[: after.start()]
    terms = _named(item) + (_named(after.group("what")) if after else [])
    head = _MEDICINES.match(item)
    if head and not any(t.label.lower() == head.group(0).lower() for t in terms):
        terms.insert(0, Term(tidy(head.group(0))))
    return terms


#: ", or after weight loss surgery": a second thing the disease follows; not a time of life
#: ("or after birth") nor a pair the comma would split wrongly ("a long plane or car trip").
_OR_AFTER = re.compile(
    r",?\s+or\s+(?:after|following)\s+(?P<what>(?![^,;()]*\b(?:birth|born|age|puberty|menopause|or|and)\b)[^,;()]+)$",
    re.I,
)
_MEDICINES = re.compile(
    r"^(?:(?:certain|some|other|many|several) )?(?:medicines|medications|drugs)\b(?! (?:that|to|for|used))", re.I
)


def _named(text: str, **options: bool) -> list[Term]:
    if _PEOPLE.match(text):  # "People who have heart disease", "Women who take birth control pills"
        return who_named(text)
    text = _WHEN.sub("", text)  # "After a needlestick or sharps injury": the injury
    terms = [t for part in subjectless(text) for t in parse_term(part, **options)]
    # "Native Americans and people of Hispanic descent": each conjunct about people names what they have
    return [n for t in terms for n in (who_named(t.label) if _PEOPLE.match(t.label) else [t])]


def signs_listed(item: str) -> list[Term]:
    """A listed sign, and what a clause says it has ("Red, sore throat that may have white patches").

    >>> [t.label for t in signs_listed("Red, sore throat that may have white patches")]
    ['Red throat', 'Sore throat', 'White patches']
    """
    has = _HAS_WHAT.search(item)
    return _named(item, causal=True) + (list(parse_term(has.group("what"))) if has else [])


_HAS_WHAT = re.compile(
    r"(?:,\s*|\s+)(?:that|which)\s+(?:(?:may|can|might|often|also|sometimes)\s+)*(?:have|has)\s+"
    r"(?P<what>[^.;()]+?)\.?$",
    re.I,
)


def complications_listed(item: str) -> list[Term]:
    """A listed complication, without the risk it is said as ("Increased risk of bleeding").

    >>> [t.label for t in complications_listed("Increased risk for infection (keep away from other people)")]
    ['Infection']
    """
    led = _LEADS_TO.search(item)
    what = (led.group("what") or led.group("led")) if led else ""
    outcomes = list(parse_term(what if what.count("(") >= what.count(")") else what.rstrip(")"))) if led else []
    return _named(_RISK_OF.sub("", item)) + outcomes


#: "Breathing in food into the lungs, which can cause aspiration pneumonia": an outcome of its own.
_LEADS_TO = re.compile(
    r"(?:,\s*(?:which|that)\s+|\s+that\s+)(?:(?:can|may|might|could|often|also|sometimes)\s+)*"
    r"(?:cause|lead to|result in)s?\s+(?P<what>[^.;]+?)\.?$|"
    r",\s*(?:leading to|causing|resulting in)\s+(?P<led>[^.;]+?)\.?$",
    re.I,
)


_RISK_OF = re.compile(r"^(?:an?\s+)?(?:increased|higher|greater|high)\s+(?:risk|chance)\s+(?:of|for)\s+", re.I)
_WHEN = re.compile(r"^(?:after|during|following|through)\s+(?:an?\s+|the\s+)?", re.I)
_PEOPLE = re.compile(
    r"^(?:people|those|persons|women|men|children|adults|anyone|someone)\s+(?:who|with|of|over|under|older|younger|aged)\s",
    re.I,
)


#: How a listed item is read for each relation, and the kind of concept it names.
def listed_tests(item: str) -> list[Term]:
    """A listed test without what it is for ("Blood tests to detect antibodies" is blood tests),
    unless its name is only what it is for ("Tests to examine the blood supply of the heart").

    >>> [t.label for t in listed_tests("Nerve biopsy to examine a piece of nerve under a microscope")]
    ['Nerve biopsy']
    >>> [t.label for t in listed_tests("Tests to examine the blood supply of the heart")]
    ['Tests to examine the blood supply of the heart']
    """
    if _CHECK_ITEM.match(item):  # "Check the skin and bones on your feet": one check, not one per object
        whole = tidy(re.split(r"(?<=[.;])\s", item, maxsplit=1)[0].rstrip("."))
        asks = re.match(r"check\s+(?:if|whether|how)\b", whole, re.I)  # "Check if your feet are numb": a question
        return [Term(whole)] if is_name(whole) and not asks else []
    terms = list(parse_term(item, parts_from_including=True, trim=_TEST_PURPOSES))
    if terms and not any(is_generic(t.label) for t in terms):
        return terms
    return list(parse_term(item, parts_from_including=True))


#: "Avoid foods such as ...", "Treat minor infections, such as athlete's foot": no treatments among the examples.
_NO_TREATED_EXAMPLES = re.compile(rf"(?:avoid|limit|stop|cut)|{AIMED_AT.pattern}", re.I)
_HOW_TO = re.compile(r"^how\s+to\s+(?P<verb>\w+)\s+(?:(?:an?|the|your)\s+)?", re.I)
#: Verbs of a skill whose object is a treatment ("How to use an inhaler"), not what it acts on.
_USING = frozenset("use take give inject apply wear".split())
#: A listed test said as what to check ("Check the skin and bones on your feet and legs.").
_CHECK_ITEM = re.compile(r"^check\s+(?:the|your|for|if|whether|how)\b", re.I)
#: "Blood tests to detect and measure substances ...": what a listed test is for is no part of its name.
_TEST_PURPOSES = (
    "in order to",
    *(
        f"to {verb}"
        for verb in "detect measure check look see find rule confirm determine evaluate show diagnose identify "
        "assess monitor examine help test".split()
    ),
)
_ITEM_READERS: dict[Relation, tuple[ConceptKind, Callable[[str], Iterable[Term]]]] = {
    "cause": ("cause", risks_listed),
    "riskFactor": ("risk_factor", risks_listed),
    "signOrSymptom": ("symptom", signs_listed),
    "typicalTest": ("test", lambda text: listed_tests(text)),
    "possibleTreatment": ("therapy", treatments_listed),
    "possibleComplication": ("complication", complications_listed),
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
    return bool(risks_in(text, names_of(disease)))


_DONT = re.compile(r"^(?:do not|don't|never|avoid)\b", re.I)
_PREDICATE = r"\s+(?:is|are|was|were|may|can|will|might|should|must|could|would)\s"
_SUBORDINATE = re.compile(r"\b(?:that|which|who|whose|when|if|where|while|because|as)\b", re.I)
#: What a listed name is said to be or need ("... is the most common test", "... may be needed").
_SAYS = re.compile(
    r"\s+(?:is|are|may|can|will|might|could)\s+(?:also\s+|often\s+|usually\s+|likely\s+)*(?:be\s+)?"
    r"(?:the\s+(?:most\s+)?(?:common|main|best|first|usual)\b|needed|used(?!\s+up)|done|performed|helpful|recommended|"
    r"ordered)\b",
    re.I,
)
_CAUSES = re.compile(
    r"\s(?:may|can|will|might|could)\s+(?:also\s+|often\s+|sometimes\s+)?(?:cause|lead to|result in)\s|"
    r"^[^,;]*?(?<!\bthat)(?<!\bwhich)\s(?:lead|leads|result|results)\s+(?:to|in)\s"
)


def item_subject(item: str) -> str:
    """A listed item said as a sentence names its subject ("MRI scan of the brain is important to ...").

    >>> item_subject("Nerve function study (evoked potential test) is less often used.")
    'Nerve function study (evoked potential test)'
    >>> item_subject("Heart CT may be needed in older children")
    'Heart CT'
    >>> item_subject("Swollen lymph nodes")
    'Swollen lymph nodes'
    >>> item_subject("You are obese.")
    'You are obese.'
    >>> item_subject("More severe infections can result in bleeding.")
    ''
    """
    if item.endswith(".") and _CAUSES.search(item):
        return ""  # "More severe infections can result in bleeding.": what a thing leads to, not an item
    if not re.search(_PREDICATE, item):
        return item
    if not item.endswith("."):  # a name, relative clauses and all, unless its subject says something
        subject = split_top(item, _PREDICATE)[0]  # ("Heart CT may be needed in older children")
        said = subject != item and len(subject.split()) <= 6 and not _SUBORDINATE.search(subject)
        return subject if said and _SAYS.match(item[len(subject) :]) else item
    subject = split_top(item, _PREDICATE)[0]
    if subject.lower() in ("you", "they", "he", "she", "we", "your child", "the person"):
        return item  # "You are obese.": said of whoever the lead-in is about, read as what they are
    return subject if subject != item and len(subject.split()) >= 1 else item
