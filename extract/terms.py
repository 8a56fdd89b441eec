"""What the section readers share: evidence from blocks and sentences, and the concepts
that terms become (their kinds, examples, parts, causes and body sites)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache, lru_cache

from extract import shipped
from extract.hpo import MAX_NAME_WORDS, hpo_index, phenotype_names
from extract.matchkey import match_key
from extract.model import Block, Concept, ConceptKind, Finding, Mention, Relation, Section, concept_key, is_acronym
from extract.phrases import Term, is_body_part, is_described, is_generic, is_name, tidy
from extract.sections import iter_sentences
from ontology import load_lexicon

#: Longest sentence read for findings; MedlinePlus sentences are a few hundred characters.
MAX_PASSAGE = 1000
_STATEMENT_START = frozenset(
    [
        "may",
        "usually",
        "often",
        "can",
        "might",
        "will",
        "it",
        "they",
        "you",
        "if",
        "when",
        "this",
        "these",
        "there",
    ]
)
_PREDICATE = re.compile(r"\s(?:is|are|was|were|may|can|will|might|should|could|would|have|has)\s")
#: A sentence saying what is done, to whom or why ("Blood tests are also ordered to measure ...").
_DONE_TO = re.compile(
    r"^\S+(?:\s+\S+){0,5}?\s+(?:is|are|may be|will be|can be|might be)\s+(?:also\s+|often\s+|usually\s+)?"
    r"(?:done|ordered|performed|used|needed|given|recommended)\s+(?:to|for|if|when|in|on|by)\s",
    re.I,
)
_DETERMINED = frozenset("the a an your his her their its most some many much each every one".split())
#: Words that negate what a sentence states ("is not caused by", "does not raise the risk"): the
#: prose readers state nothing from a clause that holds one.
NEGATION = re.compile(
    r"\b(?:not|no|never|neither|nor|cannot|can't|doesn't|don't|isn't|aren't|won't|rarely|unlikely|without)\b", re.I
)
#: What else, in a Treatment or Prevention sentence, says a thing is not to be taken.
CAUTION = re.compile(rf"{NEGATION.pattern}|\b(?:avoid|instead of|rather than|before (?:taking|using))\b", re.I)
#: Where a name given after "called" ends: punctuation, a conjunction, or the sentence's verb.
_CALLED_NAME_END = (
    r"(?=\s*(?:[,.;:)(]|\s(?:and|or|to|that|which|is|are|was|were|has|have|had|may|can|will|for|in|on|through|"
    r"helps?|works?|shows?|checks?|realigns|removes|keeps|reduces|lowers|blocks|stops|uses|involves)\b|$))"
)


@cache
def _called_after(kinds: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{kinds})\s+(?:called|named|known as)\s+(?:an?\s+|the\s+)?(?P<name>[\w-]+(?:\s+[\w-]+){{0,4}}?)"
        + _CALLED_NAME_END,
        re.I,
    )


def names_called(sentence: str, kinds: str) -> list[str]:
    """The names a sentence gives things of a kind ("a test called nucleic acid amplification",
    "a medicine called erythropoietin"); ``kinds`` is a pattern of the kind's nouns."""
    if " called " not in sentence and " named " not in sentence and " known as " not in sentence:
        return []
    return [m.group("name") for m in _called_after(kinds).finditer(sentence)]


#: "This is called tonometry.", "-- These are called systemic treatments.": the name of what the
#: words before describe.
CALLED = re.compile(
    r"\b(?:this|it|which|that|these|they)\s+(?:test |procedure |exam |treatment |method )?(?:is|are)\s+(?:also\s+)?"
    r"(?:called|known as|named)\s+(?:an?\s+|the\s+)?(.+?)\.?$",
    re.I,
)
#: Where a sentence starts its examples.
EXAMPLES_IN_SENTENCE = re.compile(r"(?:,\s*|\s)(?:such as|including)\s+", re.I)

_LIST_END = re.compile(
    r",?\s+(?:that|which|who|to|because|when|if|may|can|will|might|should|could|are|is|help|helps)\s|[.;](?:\s|$)|\s+--\s",
    re.I,
)
_PREPOSITION = re.compile(r"\s(?:into|to|for|of|with|in|from|on|by|through|under)\s", re.I)


@cache
def lexicon_set(section: str, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon()[section][key])


def mention_of(block: Block, section: Section) -> Mention:
    """The evidence for something read from a whole block."""
    return Mention(block.text, block.start, block.end, section.heading)


def sentences_of(section: Section, kinds: tuple[str, ...] = ("paragraph", "leadin")) -> Iterator[Mention]:
    """Every sentence of a section's paragraphs, as evidence; run-away "sentences" are skipped."""
    for block in section.blocks:
        sentences = iter_sentences(block.text, block.start)
        if block.kind not in kinds:  # a list item's name is read as one; the sentences after it are prose
            sentences = (
                after_name(sentences)
                if block.kind == "item" and not looks_like_statement(block.text)
                else (sentences if block.kind == "item" else [])
            )
        for text, start in sentences:
            if len(text) <= MAX_PASSAGE:
                yield Mention(text, start, start + len(text), section.heading)


def after_name(sentences: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
    """An item's sentences after its name, which may end at a dash ("Surgery -- This removes ...")."""
    first, start = sentences[0]
    name, dash, rest = first.partition(" -- ")
    explained = ((rest, start + len(name) + len(dash)),) if dash and rest.endswith(".") else ()
    return explained + sentences[1:]


def prose_of(section: Section) -> Iterator[Mention]:
    """Every sentence of a section that is not a name in a list: paragraphs, lead-ins, and list
    items that say something rather than name it ("The joint appears warm and red.")."""
    names = set(list_items(section))
    for block in section.blocks:
        sentences = iter_sentences(block.text, block.start)
        if block in names:
            sentences = after_name(sentences)
        for text, start in sentences if block.kind != "subheading" else []:
            if len(text) <= MAX_PASSAGE:
                yield Mention(text, start, start + len(text), section.heading)


def statements_of(section: Section) -> Iterator[Mention]:
    """Every sentence of a section's prose, and the list items said as whole sentences."""
    for block in section.blocks:
        if block.kind in ("paragraph", "leadin") or (block.kind == "item" and block.text.endswith((".", ".)"))):
            for text, start in iter_sentences(block.text, block.start):
                if len(text) <= MAX_PASSAGE:
                    yield Mention(text, start, start + len(text), section.heading)


def looks_like_statement(text: str) -> bool:
    """A list item that is a clause about something rather than a name for it."""
    words = text.split()
    if not words or words[0].lower() in _STATEMENT_START:
        return True
    if is_described(text):
        return False  # "Pulse that feels rapid, racing, or too slow.": kinds of pulse
    # A long sentence about something ("The joint appears warm and red."); a long one that starts
    # with a name ("Blood tests to check for other conditions ...") still names it.
    if not (text.endswith(".") and len(words) > 9):
        return False
    plain = re.sub(r"\([^()]*\)|,?\s*or both\b", "", text)  # what parentheses say does not make it a clause
    if _DONE_TO.match(plain):
        return True  # "Blood tests are also ordered to measure your thyroid hormones.": said of a test
    before_verb = _PREDICATE.split(plain, maxsplit=1)[0]
    return words[0].lower() in _DETERMINED or "," in before_verb or bool(re.search(r"\b(?:no|not|never)\b", text))


def emit(
    disease: Concept, relation: Relation, kind: ConceptKind, terms: Iterable[Term], evidence: Mention
) -> Iterator[Finding]:
    """Findings for terms read from one passage, with their examples, parts, causes and sites."""
    for term in terms:
        if term.label.lower() in lexicon_set("anatomy", "vague"):
            continue  # "other body parts": no site and no finding
        if kind != "anatomy" and (is_body_part(term.label) or _names_part(term.label, kind)):
            if not term.alt_labels:
                continue  # a body part on its own is where a finding is, not the finding
            term = replace(term, label=term.alt_labels[0], alt_labels=(term.label,))  # "Pancreas (pancreatitis)"
        if kind == "test" and term.label.lower() in ("exam", "exams", "examination"):
            term = replace(term, label="Physical exam")  # "Your provider will do an exam"
        if kind == "test" and names_condition(term.label):
            continue  # "Blood tests to rule out gout": no test
        if (kind == "test" and is_generic(term.label)) or (len(term.label) < 3 and not term.label.isupper()):
            continue  # "Th", "Ig": a piece of a word or code the dump broke
        if kind not in ("treatment_factor", "care_concern") and not is_name(term.label):
            continue  # what decides treatment may be a clause ("If abnormal cell DNA is detected")
        if kind in ("symptom", "complication", "test", "therapy") and term.label.lower() in lexicon_set(
            "words", "populations"
        ):
            continue  # "The child may cry": who has the finding
        if concept_key(term.label) in _own_names(disease):
            continue  # the disease is not its own risk factor, sign or complication
        named = _NAMED_DRUG.match(term.label)
        drug = named.group(1) if named else ""
        if drug and not is_generic(drug) and (is_drug_name(drug) or is_chemical_name(drug)):
            term = replace(term, label=drug.capitalize())  # "The drug hydroxychloroquine"
        concept = Concept(term.label, _refine(kind, term.label), term.alt_labels)
        yield Finding(disease, relation, concept, evidence)
        if relation == "possibleTreatment" and concept.kind == "drug":
            yield Finding(disease, "drug", concept, evidence)
        for example in emit(disease, relation, kind, term.narrower, evidence):
            yield example
            if example.relation == relation and example.object.label in {n.label for n in term.narrower}:
                yield Finding(example.object, "broader", concept, evidence)
        for part in emit(disease, relation, kind, term.parts, evidence):
            yield part
            if part.relation == relation and part.object.label in {p.label for p in term.parts}:
                yield Finding(part.object, "partOf", concept, evidence)
        yield from emit(disease, relation, kind, term.causes, evidence)
        if kind in ("symptom", "complication"):
            names = " ; ".join([term.label, *term.alt_labels])
            for site in dict.fromkeys([*term.locations, *anatomy_in(names)]):
                yield Finding(concept, "associatedAnatomy", Concept(tidy(site), "anatomy"), evidence)


#: Kinds of concept a part of the body never is (a therapy or a prevention may be a tube or a food).
_NEVER_ANATOMY = frozenset({"symptom", "complication", "test", "risk_factor", "cause"})


@lru_cache(maxsize=1 << 14)
def names_anatomy(label: str) -> bool:
    """Whether a label names a part of the body (an Uberon or CL term) and nothing else: no
    disease, chemical or phenotype ("Mucous membranes", "Forearm", "Urine" split off "blood and
    urine"), which is where a finding is, not the finding.

    >>> [names_anatomy(n) for n in ("Mucous membranes", "Forearms", "Rash", "Milk allergy")]
    [True, True, False, False]
    """
    key = match_key(label)
    if key not in shipped.index("UBERON") and key not in shipped.index("CL"):
        return False
    return not (key in shipped.index("MONDO") or key in shipped.index("CHEBI") or key in hpo_index())


@lru_cache(maxsize=1 << 14)
def names_condition(label: str) -> bool:
    """Whether a label is a disease's name (MONDO's label for it) with no word of a test in
    it: what a test rules out, never the test. (A phenotype's name may be one: HPO names
    "Erythrocyte sedimentation rate" and "Antinuclear antibody" for what they measure.)

    >>> [names_condition(n) for n in ("Gout", "Rheumatoid arthritis", "Gout crystals test", "Antinuclear antibody")]
    [True, True, False, False]
    """
    words = set(label.lower().replace("-", " ").split())
    if words & lexicon_set("kinds", "test_heads"):
        return False
    return any(is_label for _, is_label in shipped.index("MONDO").get(match_key(label), ()))


def _names_part(label: str, kind: ConceptKind) -> bool:
    """A part of the body on its own; what the body makes ("Saliva", "Pus") too, but only for a
    test, where it is the sample ("Urine" of "Urine and blood testing")."""
    if kind not in _NEVER_ANATOMY or label.lower() in lexicon_set("words", "populations"):
        return False  # Uberon's life stages ("adult") are who has it, which a risk factor may be
    if label.lower() in lexicon_set("anatomy", "substances"):
        return kind == "test"
    return names_anatomy(label)


#: A drug named after its kind ("Drug hydroxychloroquine", "Medicine prednisone"): the drug.
_NAMED_DRUG = re.compile(r"^(?:drug|medicine|medication|antibiotic)\s+([a-z][\w-]+)$", re.I)


@cache
def names_of(disease: Concept) -> tuple[str, ...]:
    """What the article's prose may call its disease: the label and alternative names, each also
    without a qualifier of who has it, since "Most UTIs are caused by ..." is said in "UTI - adults".

    >>> names_of(Concept("Croup - children", "disease", ("UTI - adults", "Vision loss - glaucoma")))
    ('Croup - children', 'UTI - adults', 'Vision loss - glaucoma', 'Croup', 'UTI')
    """
    names = (disease.label, *disease.alt_labels)
    who = lexicon_set("words", "population_qualifiers")
    bare = [m.group(1) for m in map(_QUALIFIED.match, names) if m and m.group(2).split()[0].lower() in who]
    # "Childhood volvulus", "Adult acute myeloid leukemia": the prose says "a volvulus"
    unqualified = [n.split(" ", 1)[1] for n in names if " " in n and n.split(" ", 1)[0].lower() in who]
    return tuple(dict.fromkeys((*names, *bare, *unqualified)))


_QUALIFIED = re.compile(r"^(.+?)\s+-\s+(\S.*)$")


@cache
def _own_names(disease: Concept) -> frozenset[str]:
    """The disease's label and acronyms: its other names may name a part of it ("Tophi" of gout)."""
    label = {disease.label, *(n for n in names_of(disease) if disease.label.startswith(f"{n} - "))}
    return frozenset(concept_key(n) for n in names_of(disease) if n in label or is_acronym(n))


def anatomy_in(text: str) -> list[str]:
    """Body parts named in a text, longest names first, each place once."""
    return [match.group(0) for match in _anatomy_pattern().finditer(text)]


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*")
#: Words that, just before a phenotype's name, say the text is not giving it as a finding.
_NOT_A_FINDING = frozenset(["no", "not", "without", "never", "with", "rarely", "than"])


#: "... which may be a sign of a heart attack": what a finding may signal, not one found.
_SIGN_OF = re.compile(r"\b(?:be|is)\s+an?\s+(?:early\s+|warning\s+)?sign\s+of(?:\s+(?:a|an|the))?$", re.I)
#: Words after a one-word name that make it a verb ("falls below", "swells up").
_AFTER_A_VERB = frozenset("below under beneath up down off away quickly slowly suddenly".split())


def phenotypes_in(text: str, *, exclude: Iterable[str] = ()) -> list[str]:
    """Phenotypes a sentence names by an HPO name, exact synonym or lay synonym, longest first,
    unless negated, named as a condition people have ("people with asthma"), or part of a name
    in ``exclude`` (the article's disease).

    >>> phenotypes_in("There may be a fever. The pain starts suddenly and is severe.")
    ['fever', 'pain']
    >>> phenotypes_in("There is no fever.")
    []
    """
    names, skip = phenotype_names(), [f"-{concept_key(e)}-" for e in exclude]
    tokens = _TOKEN.findall(text)
    found, i = [], 0
    while i < len(tokens):
        for n in range(min(MAX_NAME_WORDS, len(tokens) - i), 0, -1):
            phrase = " ".join(tokens[i : i + n])
            if concept_key(phrase) in names and not is_acronym(phrase):
                key = f"-{concept_key(phrase)}-"
                named = any(key in name for name in skip)  # the disease, or a form of it ("gouty arthritis")
                verb = n == 1 and i + 1 < len(tokens) and tokens[i + 1].lower() in _AFTER_A_VERB
                signalled = bool(_SIGN_OF.search(" ".join(tokens[max(0, i - 6) : i])))
                if not (named or verb or signalled) and (i == 0 or tokens[i - 1].lower() not in _NOT_A_FINDING):
                    found.append(phrase)  # "blood sugar falls below 70": a verb, not Falls
                i += n
                break
        else:
            i += 1
    return list(dict.fromkeys(found))


@cache
def _anatomy_pattern() -> re.Pattern[str]:
    terms = sorted(lexicon_set("anatomy", "terms"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b", re.I)


def _refine(kind: ConceptKind, label: str) -> ConceptKind:
    """Therapies split into drugs, drug classes and procedures by their head word."""
    if kind != "therapy":
        return kind
    words = label.lower().split()
    if len(words) <= 3 and any(is_drug_name(w) for w in words):
        return "drug"
    if words[-1] in lexicon_set("kinds", "drug_class_heads"):
        return "drug_class"
    if words[-1] in lexicon_set("kinds", "procedure_heads") or words[-1].endswith(
        tuple(load_lexicon()["kinds"]["procedure_suffixes"])
    ):
        return "procedure"
    return "therapy"


def is_drug_name(word: str) -> bool:
    """Whether a word has the shape of a drug's international name (blinatumomab, allopurinol)."""
    word = word.lower().strip(",.()")
    return (
        len(word) > 5
        and word.isalpha()
        and word.endswith(tuple(load_lexicon()["kinds"]["drug_suffixes"]))
        and word not in lexicon_set("kinds", "not_drugs")
    )


def _head_words(label: str) -> list[str]:
    """The words up to the first preposition and the participle before it: "Radiation to the
    brain" and "Medicine given through a vein" are headed by "radiation" and "medicine"."""
    words = _PREPOSITION.split(label, maxsplit=1)[0].lower().split()
    return words[:-1] if len(words) > 1 and words[-1] in _ROUTE_PARTICIPLES else words


_ROUTE_PARTICIPLES = frozenset("given taken used injected applied delivered placed inserted inhaled sprayed".split())


def is_chemical_name(label: str) -> bool:
    """Whether a name is a chemical entity's in ChEBI ("hydroxychloroquine", "salicylic acid"): the
    dictionary for what a treatment's prose names whose shape says nothing. Short words are left
    out, since ChEBI names atoms that are also English words ("lead", "tin")."""
    if len(label) < 5 or label.lower() in lexicon_set("kinds", "not_drugs"):
        return False
    return bool(shipped.index("CHEBI").get(match_key(label)))


def is_treatment_term(term: Term) -> bool:
    """Whether a name is a therapy's by its head (singular or plural: "an antibiotic"), its
    procedure ending, a drug name in it, or ChEBI."""
    words = _head_words(term.label)
    heads = lexicon_set("kinds", "therapy_heads")
    head = words[-1].rsplit("-", 1)[-1] if words else ""  # "beta-agonists"
    return (
        bool(words)
        and (
            head in heads
            or f"{head}s" in heads
            or head.removesuffix("s") in heads
            or words[-1] in lexicon_set("kinds", "procedure_heads")
            or words[-1].endswith(tuple(load_lexicon()["kinds"]["procedure_suffixes"]))
            or any(is_drug_name(w) for w in words)
            or is_chemical_name(term.label)
            or _controls(words)
            or _changes_of_living(words)
        )
        and not is_generic(term.label)
        and term.label.rsplit(" ", 1)[-1].lower() not in _ROUTE_PARTICIPLES  # "Corticosteroids applied"
    )


def _controls(words: list[str]) -> bool:
    """ "Blood pressure control", "Pain control": keeping a measure down treats."""
    controlled = lexicon_set("kinds", "controlled")
    return len(words) >= 2 and words[-1] == "control" and bool({" ".join(words[-3:-1]), words[-2]} & controlled)


def _changes_of_living(words: list[str]) -> bool:
    """ "Lifestyle changes", "Diet changes": changing how one lives treats."""
    changed = lexicon_set("kinds", "changed_ways")
    return len(words) >= 2 and words[-1] in ("changes", "change", "modifications") and words[-2] in changed


def is_test_term(term: Term) -> bool:
    """Whether a term names a test: by its head noun ("exam of the nervous system") or the
    ending of a test's name ("electroencephalogram", "tonometry")."""
    words = _head_words(term.label)
    if not words or is_generic(term.label):
        return False
    head = words[-1]
    return head in lexicon_set("kinds", "test_heads") or head.endswith(tuple(load_lexicon()["kinds"]["test_suffixes"]))


def list_items(section: Section) -> Iterator[Block]:
    """A section's list items that name something; under "You are more likely to ... if:" an item
    said in the second person ("You are older than age 60") is a condition, and names it."""
    return (
        b
        for b in section.blocks
        if b.kind == "item"
        and len(b.text) <= MAX_PASSAGE // 2
        and (not looks_like_statement(b.text) or (_IF_LEADIN.search(b.leadin) and _YOU_ITEM.match(b.text)))
    )


_IF_LEADIN = re.compile(r"\b(?:likely|risk|chances?)\b.*\b(?:if|when)(?:\s+you)?\s*:$", re.I)
_YOU_ITEM = re.compile(r"^(?:you|your)\s+(?!(?:should|must|can|may|will|need)\b)", re.I)


def lower_first(text: str) -> str:
    """Lower-case a sentence's first word unless it is an acronym."""
    first = text.split(" ", 1)[0]
    return text if first.isupper() else text[:1].lower() + text[1:]


def examples_in(sentence: str) -> Iterator[str]:
    """The lists that follow "such as" or "including" in a sentence."""
    for match in EXAMPLES_IN_SENTENCE.finditer(sentence):
        rest = sentence[match.end() :]
        end = _LIST_END.search(rest)
        yield rest[: end.start()] if end else rest
