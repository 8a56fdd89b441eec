"""Section readers: each turns one kind of section into findings about the disease."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from extract.model import Block, Concept, Fact, Finding, Section, concept_key
from extract.phrases import Term, expand_coordination, is_generic, parse_term, split_list, tidy
from extract.terms import (
    MAX_PASSAGE,
    anatomy_in,
    emit,
    is_drug_name,
    is_test_term,
    is_treatment_term,
    lexicon_set,
    list_items,
    looks_like_statement,
    lower_first,
    mention_of,
    phenotypes_in,
    prose_of,
    sentences_of,
)
from ontology import load_lexicon

#: What a reader yields.
Result = Finding | Fact
#: A section reader: the section and the disease it is about.
Reader = Callable[[Section, Concept], Iterator[Result]]

_EPIDEMIOLOGY = re.compile(r"\b(affects?|common|ages? \d|incidence|prevalen\w*|percent|\d+ ?%|rare)\b", re.I)
_POPULATION = re.compile(
    r"\b(children|adults|men|women|people|infants|babies|elderly|older|younger|ages?|childhood)\b", re.I
)
_LIKELY = re.compile(r"\b(?:more likely|likely|at risk|increased risk)\s+(?:to|of|for)\s+(.+?)[.;]?$", re.I)
_THERAPY_SUBJECT = re.compile(
    r"^(.+?)\s+(?:is|are|may|can|will|might|could|should)(?:\s+(?:also|often|sometimes|usually|then|be|need to|"
    r"not|very|highly))*\s+(?:the (?:first|main|standard|usual|best) treatment|given|used|tried|done|recommended|"
    r"needed|prescribed|started|performed|helpful|effective|an option|injected|available)\b",
    re.I,
)
#: What comes before the name in a subject: "Additionally, an intravenous medicine called".
_SUBJECT_OPENER = re.compile(r"^(?:(?:\w+ly|in addition|however|also|then|sometimes),\s*)?(?:.*\bcalled\s+)?", re.I)
_INCLUDE = re.compile(r"\binclude[sd]?\s+(.+?)\s*\.?$", re.I)
_TREATED_WITH = re.compile(
    r"\b(?:treated with|involves using|involves|relieved by|managed with|be given)\s+(.+?)(?:\s+to\s|[.;]|$)", re.I
)
_MAY_NEED = re.compile(
    r"\b(?:may|might|will|can)\s+(?:also\s+)?need\s+(?:to\s+take\s+)?(.+?)(?:,|[.;]|\s+to\s|$)", re.I
)
_CLAUSE_BREAK = re.compile(r",\s*|\b(?:in which case|which|that|when|if|because|so)\s+", re.I)
_EXAMPLES_IN_SENTENCE = re.compile(r"(?:,\s*|\s)(?:such as|including)\s+", re.I)
_LIST_END = re.compile(r",?\s+(?:that|which|who|to|because|when|if)\s|[.;](?:\s|$)|\s+--\s", re.I)
#: Words a drug class's name does not contain: verbs, prepositions and clause openers before it.
_NOT_IN_CLASS_NAME = frozenset(
    "take takes taking use uses using need needs with called include includes including is are be may can "
    "to and or of for the a an your such as".split()
)
#: Modifiers that leave a class unnamed: "daily medicines", "certain drugs".
_NONSPECIFIC = frozenset("daily certain other some many several prescription these those new different".split())
_GIVEN_ROUTE = re.compile(r"^(.+?) is given (.+?)\.?$", re.I)
_TEST_VERB = re.compile(
    r"\b(?:perform|do|order|take|use|run)s?\s+(?:an?|the|your|some)\s+"
    r"([A-Za-z\- ]+?)(?=\s+(?:and|to|on|of|for)\b|[.,]|$)",
    re.I,
)
_TEST_SUBJECT = re.compile(
    r"^(.+?)\s+(?:may|will|can|might|is|are)(?:\s+(?:also|often|be|need to))*\s+"
    r"(?:show|done|ordered|performed|help|reveal|find|confirm|detect|used|high|low|normal|abnormal|positive|"
    r"negative|elevated)\b",
    re.I,
)
_TESTS_DONE = re.compile(
    r"^(?:tests?|studies|exams?)\s+(?:are|is|may be|will be|can be)\s+(?:also\s+)?(?:done|performed|ordered)\s+"
    r"to\s+(?:look for|check for|check|find|see|determine|measure)\s+(.+?)\.?$",
    re.I,
)
_CAUSE_LEADIN = re.compile(
    r"\b(?:occurs?|happens?|develops?)\s+(?:if|when)\b|\bcaused by\b|\bdue to\b|\bresults? from\b", re.I
)
_CAUSED_BY = re.compile(r"^(?P<subject>.+?)\s+(?:is|are)\s+(?:[^.;]*?\s)?caused by\s+(?P<cause>.+?)\.?$", re.I)
_CAUSE_TRIM = re.compile(r"^having\s+|\s+in (?:your|the|a person's) body$", re.I)
_MAIN_SYMPTOM = re.compile(
    r"^(.+?)\s+(?:is|are|may be|can be)\s+(?:often\s+|usually\s+)?the\s+(?:main|first|most common|key)\s+"
    r"(?:symptoms?|signs?)\b",
    re.I,
)
_FACTORS_ARE = re.compile(
    r"^(?:the\s+)?(?:most\s+common\s+|main\s+|other\s+|known\s+)?(triggers|risk factors|causes)\s+(?:are|include)\s+"
    r"(.+?)\.?$",
    re.I,
)
_OUTCOME_END = re.compile(r"\s+(?:as|because|when|if|since|while)\s", re.I)
_LEADING_TO = re.compile(r"\b(?:leading to|resulting in)\s+(.+?)\.?$", re.I)
_SIGNS_OF = re.compile(r"\bsigns? of\s+(.+?)\.?$", re.I)
_PREVENT_BY = re.compile(
    r"\b(?:(?:reduced|prevented|lowered|decreased|avoided)\s+by|(?:reduce|prevent|lower|decrease)\b[^.]*?\bby)\s+"
    r"(.+?)\.?$",
    re.I,
)
_ADVICE_OPENER = re.compile(r"^(?:(?:if|when|before|after|while)\b[^,]*,\s*)?(?:(?:always|also|never|then)\s+)?", re.I)
_NEXT_VERB = re.compile(r"(?:,\s*|\s)and\s+(\w+)\b")
_ADVICE_END = re.compile(
    r"\s+(?:to|so that|in order to|as much as possible|if|when|because)\b|,\s*(?:especially|which)\b", re.I
)
_GERUND_SUBJECT = re.compile(r"^([A-Z][a-z]+ing\b.*?)\s+(?:is|can|may|will|helps?)\b.*\b(?:prevent|reduce|lower)", re.I)
_JOINING = re.compile(r"\bjoin(?:ing)?\s+(?:an?|the)?\s*(.+?)[.,]", re.I)
_TREATMENT_TRIM = ("from", "for", "after", "at", "during", "with the goal", "in the hospital")


# --- the article's disease ---------------------------------------------------


def disease_concept(title: str, names: Iterable[str]) -> Concept:
    """The disease: the title without its abbreviation, every other name as an alternative label.

    >>> disease_concept("Gout (G)", ["Podagra"]).alt_labels
    ('G', 'Podagra')
    """
    label, alts = title, []
    match = re.match(r"^(.*?)\s*\(([^()]+)\)\s*$", title)
    if match:
        label, alts = match.group(1), [match.group(2)]
    alts += [n for n in names if n.lower() != label.lower()]
    return Concept(label, "disease", tuple(dict.fromkeys(alts)))


def alternative_names(sections: Iterable[Section]) -> list[str]:
    """The names listed under "Alternative Names", separated by semicolons."""
    return [
        name.strip().rstrip(".")
        for section in sections
        if section.kind == "names"
        for block in section.blocks
        for name in block.text.split(";")
        if name.strip()
    ]


# --- helpers -------------------------------------------------------------------


def _one_per_object(advice: str) -> list[str]:
    """ "Avoid dust and fumes" -> "Avoid dust", "Avoid fumes"; a phrase the verb does not
    distribute over ("Keep food in containers and out of bedrooms") stays whole."""
    verb = advice.split(" ", 1)[0].lower()
    parts = expand_coordination(advice)
    return parts if all(p.split(" ", 1)[0].lower() == verb for p in parts) else [advice]


def _examples_in(sentence: str) -> Iterator[str]:
    """The lists that follow "such as" or "including" in a sentence."""
    for match in _EXAMPLES_IN_SENTENCE.finditer(sentence):
        rest = sentence[match.end() :]
        end = _LIST_END.search(rest)
        yield rest[: end.start()] if end else rest


# --- readers ---------------------------------------------------------------------


def read_definition(section: Section, disease: Concept) -> Iterator[Result]:
    """What the disease is: its definition, its category, the body parts it lives in."""
    sentences = list(sentences_of(section))
    if not sentences:
        return
    yield Fact(disease, "definition", sentences[0].text, sentences[0])
    names = [disease.label, *disease.alt_labels]
    parent = _category(sentences[0].text)
    if parent and parent.key != disease.key:
        yield Finding(disease, "broader", parent, sentences[0])
    for sentence in sentences:
        if any(sentence.text.startswith(n) for n in names) or sentence.text.startswith(("It ", "This ")):
            for site in anatomy_in(sentence.text):
                yield Finding(disease, "associatedAnatomy", Concept(tidy(site), "anatomy"), sentence)
    yield from read_stated_causes(section, disease)
    yield from read_epidemiology(section, disease)


def _category(sentence: str) -> Concept | None:
    """ "X is a fast-growing cancer of ...", "X is a type of arthritis": the kind of disease X is."""
    match = re.search(r"\bis (.{0,90})", sentence)
    words = re.findall(r"[\w\-]+", match.group(1)) if match else []
    for word in words[:7]:
        if word.lower() in lexicon_set("kinds", "disease_heads"):
            return Concept(tidy(word), "disease")
        if word.lower() in ("that", "which", "who", "caused", "where", "when", "in"):
            break
    return None


def read_epidemiology(section: Section, disease: Concept) -> Iterator[Result]:
    """Sentences about who gets the disease and how often."""
    for sentence in sentences_of(section):
        if _EPIDEMIOLOGY.search(sentence.text) and _POPULATION.search(sentence.text):
            yield Fact(disease, "epidemiology", sentence.text, sentence)


def read_causes(section: Section, disease: Concept) -> Iterator[Result]:
    """Listed risk factors, or causes when the lead-in says the items bring the disease about
    ("This may occur if:"); what the prose says causes it; the epidemiology it mentions."""
    for block in list_items(section):
        relation, kind = ("cause", "cause") if _CAUSE_LEADIN.search(block.leadin) else ("riskFactor", "risk_factor")
        yield from emit(disease, relation, kind, parse_term(block.text), mention_of(block, section))
    yield from read_stated_causes(section, disease)
    yield from read_listed_in_prose(section, disease)
    yield from read_likely(section, disease)
    yield from read_epidemiology(section, disease)


def read_listed_in_prose(section: Section, disease: Concept) -> Iterator[Result]:
    """ "The most common triggers are wood dust, grain dust, animal dander, fungi, or chemicals."
    and "Risk factors include ...": a list of risk factors (or causes) told in a sentence."""
    for sentence in sentences_of(section):
        match = _FACTORS_ARE.search(sentence.text)
        if match:
            relation, kind = ("cause", "cause") if match.group(1).lower() == "causes" else ("riskFactor", "risk_factor")
            yield from emit(disease, relation, kind, parse_term(match.group(2)), sentence)


def read_likely(section: Section, disease: Concept) -> Iterator[Result]:
    """ "People with AML are more likely to have infections. They also have an increased risk of
    bleeding as ...": what a section's prose says the disease makes likely, as signs."""
    names = {n.lower() for n in (disease.label, *disease.alt_labels)}
    for sentence in sentences_of(section):
        likely = _LIKELY.search(sentence.text)
        text = sentence.text.lower()
        about = text.startswith(("they ", "it ", "this ")) or any(f"with {n}" in text for n in names)
        if likely and about:
            outcome = _OUTCOME_END.split(likely.group(1))[0]
            terms = [Term(label) for label in _nominalize(split_list(outcome)) if label.lower() not in names]
            yield from emit(disease, "signOrSymptom", "symptom", terms, sentence)


def read_stated_causes(section: Section, disease: Concept) -> Iterator[Result]:
    """ "Gout is caused by having too much uric acid", "Measles is an illness caused by a virus"."""
    names = {n.lower() for n in (disease.label, *disease.alt_labels)}
    for sentence in sentences_of(section):
        match = _CAUSED_BY.match(sentence.text)
        if match and match.group("subject").lower() in names:
            cause = _CAUSE_TRIM.sub("", match.group("cause"))
            yield from emit(disease, "cause", "cause", parse_term(cause, trim=("that", "which")), sentence)


def read_symptoms(section: Section, disease: Concept) -> Iterator[Result]:
    """Listed signs and symptoms; in the prose, what the disease makes likely, what is "the main
    symptom", and the phenotypes HPO names."""
    for block in list_items(section):
        terms = parse_term(block.text, causal=True)
        yield from emit(disease, "signOrSymptom", "symptom", terms, mention_of(block, section))
    names = (disease.label, *disease.alt_labels)
    for sentence in prose_of(section):
        terms: list[Term] = []
        likely = _LIKELY.search(sentence.text)
        if likely:
            terms += [Term(label) for label in _nominalize(split_list(likely.group(1)))]
        main = _MAIN_SYMPTOM.match(sentence.text)
        if main:
            terms += parse_term(main.group(1))
        terms += [Term(tidy(name)) for name in phenotypes_in(sentence.text, exclude=names)]
        yield from emit(disease, "signOrSymptom", "symptom", _unique(terms), sentence)
    yield from read_epidemiology(section, disease)


def _unique(terms: list[Term]) -> list[Term]:
    """Terms without a second one of the same name (HPO and a pattern may both find "Rash")."""
    seen: set[str] = set()
    return [t for t in terms if not (concept_key(t.label) in seen or seen.add(concept_key(t.label)))]


def _nominalize(phrases: list[str]) -> list[str]:
    """ "bleed", "develop infections" -> "Bleeding", "Infections"."""
    words = load_lexicon()["words"]
    out = []
    for phrase in phrases:
        for verb in sorted(words["light_verbs"], key=len, reverse=True):
            phrase = re.sub(rf"^{verb}\s+", "", phrase, flags=re.I)
        phrase = words["nominalizations"].get(phrase.lower(), phrase)
        if not is_generic(tidy(phrase)):
            out.append(tidy(phrase))
    return out


def read_tests(section: Section, disease: Concept) -> Iterator[Result]:
    """Listed tests with their components, and the exams the prose says are done."""
    for block in list_items(section):
        terms = parse_term(block.text, parts_from_including=True)
        yield from emit(disease, "typicalTest", "test", terms, mention_of(block, section))
    for sentence in sentences_of(section):
        terms: list[Term] = []
        for match in _TEST_VERB.finditer(sentence.text):
            terms += [t for t in parse_term(match.group(1)) if is_test_term(t)]
        subject = _TEST_SUBJECT.match(sentence.text)
        if subject:  # "... hard to diagnose, in which case blood tests may need to be done": the last clause's
            last_clause = _CLAUSE_BREAK.split(subject.group(1))[-1]
            terms += [t for t in parse_term(last_clause) if is_test_term(t)]
        done = _TESTS_DONE.match(sentence.text)
        if done:
            terms.append(Term(tidy("Tests for " + lower_first(tidy(done.group(1))))))
        yield from emit(disease, "typicalTest", "test", terms, sentence)
        signs = _SIGNS_OF.search(sentence.text)  # "There may be signs of a swollen spleen, liver, or lymph nodes."
        if signs:
            yield from emit(disease, "signOrSymptom", "symptom", parse_term(signs.group(1)), sentence)


def read_treatment(section: Section, disease: Concept) -> Iterator[Result]:
    """Treatments from lists and prose; what decides further treatment; care concerns."""
    for block in section.blocks:
        if block.kind == "item" and len(block.text) <= MAX_PASSAGE // 2:
            yield from _read_treatment_item(block, section, disease)
    for sentence in sentences_of(section):
        yield from emit(disease, "possibleTreatment", "therapy", _treatments_in(sentence.text), sentence)


def _read_treatment_item(block: Block, section: Section, disease: Concept) -> Iterator[Result]:
    leadin, evidence = block.leadin.lower(), mention_of(block, section)
    if re.search(r"depends? on|decided by|based on|factors", leadin):
        yield from emit(
            disease, "treatmentFactor", "treatment_factor", parse_term(block.text, keep_whole=True), evidence
        )
    elif re.search(r"\bmanage|concerns?\b", leadin):
        yield from emit(disease, "careConcern", "care_concern", parse_term(block.text, keep_whole=True), evidence)
    elif re.search(r"\bprevent", leadin):
        yield from emit(disease, "primaryPrevention", "prevention", measures_in(block.text), evidence)
    elif not re.search(r"side effects|goals?\b|\bif\b|\bwhen\b", leadin) and not looks_like_statement(block.text):
        terms = [t for t in parse_term(block.text, trim=_TREATMENT_TRIM) if is_treatment_term(t)]
        yield from emit(disease, "possibleTreatment", "therapy", terms, evidence)


def _treatments_in(sentence: str) -> list[Term]:
    """Therapies a sentence names: as its subject, after "include", in "such as" lists, by drug name."""
    found: list[Term] = []
    subject = _THERAPY_SUBJECT.match(sentence)
    if subject:
        found += parse_term(_SUBJECT_OPENER.sub("", subject.group(1)), trim=_TREATMENT_TRIM)
    for pattern in (_INCLUDE, _TREATED_WITH, _MAY_NEED):
        match = pattern.search(sentence)
        if match:
            found += parse_term(match.group(1), trim=_TREATMENT_TRIM)
    for example_list in _examples_in(sentence):
        found += parse_term(example_list, trim=_TREATMENT_TRIM)
    found += _classes_with_examples(sentence)
    found += _routes(sentence)
    found += _drug_names(sentence)
    return [t for t in found if is_treatment_term(t) and t.label.split(" ", 1)[0].lower() not in _NONSPECIFIC]


def _classes_with_examples(sentence: str) -> list[Term]:
    """ "Take nonsteroidal anti-inflammatory drugs (NSAIDs) such as ibuprofen": the drug class a
    "such as" list gives examples of, when the words before it end in a class's head noun."""
    terms = []
    for match in _EXAMPLES_IN_SENTENCE.finditer(sentence):
        words = sentence[: match.start()].split()
        start = len(words)
        while start > 0 and words[start - 1].lower().strip("(),") not in _NOT_IN_CLASS_NAME:
            start -= 1
        for term in parse_term(" ".join(words[start:])):
            label = term.label.lower().split()
            if label[-1] in lexicon_set("kinds", "drug_class_heads") and label[0] not in _NONSPECIFIC:
                terms.append(term)
    return terms


def _routes(sentence: str) -> list[Term]:
    """ "Chemotherapy is given into the veins (by IV) and into the fluid (the spinal fluid)"."""
    match = _GIVEN_ROUTE.match(sentence)
    if not match:
        return []
    head = tidy(match.group(1))
    terms = []
    for route in re.split(r"\s+and\s+(?:sometimes\s+|also\s+|often\s+)?", match.group(2)):
        alias = re.search(r"\(([^()]+)\)", route)
        if not alias or not route.startswith(("into", "by", "through", "under")):
            continue
        name = re.sub(r"^(?:the|a|an)\s+", "", alias.group(1))
        if name.startswith("by "):
            terms.append(Term(tidy(f"{name[3:]} {head.lower()}")))
        else:
            terms.append(Term(tidy(f"{head} into the {name}")))
    return terms


def _drug_names(sentence: str) -> list[Term]:
    """Words shaped like drug names, adjacent ones joined, with a brand name in parentheses as alias."""
    terms, tokens = [], re.findall(r"[A-Za-z][\w\-]*|\([^()]*\)", sentence)
    i = 0
    while i < len(tokens):
        if tokens[i].startswith("("):  # "Corticosteroids (such as prednisone)"; a brand is read below
            terms += _drug_names(tokens[i][1:-1])
        if not is_drug_name(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and is_drug_name(tokens[j]):
            j += 1
        brand = tokens[j][1:-1] if j < len(tokens) and re.fullmatch(r"\([A-Z][\w\-]*\)", tokens[j]) else ""
        terms.append(Term(tidy(" ".join(tokens[i:j])), (brand,) if brand else ()))
        i = j + 1 if brand else j
    return terms


def read_complications(section: Section, disease: Concept) -> Iterator[Result]:
    """Listed complications and those the prose gives as examples."""
    for block in list_items(section):
        yield from emit(
            disease, "possibleComplication", "complication", parse_term(block.text), mention_of(block, section)
        )
    for block in list_items(section):
        for outcome in _LEADING_TO.findall(block.text):  # "Deposits in the kidneys, leading to kidney failure"
            terms = parse_term(outcome)
            yield from emit(disease, "possibleComplication", "complication", terms, mention_of(block, section))
    for sentence in sentences_of(section):
        for example_list in _examples_in(sentence.text):
            yield from emit(disease, "possibleComplication", "complication", parse_term(example_list), sentence)


def read_prevention(section: Section, disease: Concept) -> Iterator[Result]:
    """Preventive measures: listed, advised ("Wear protective gear."), "reduced by ...", or a
    gerund subject that prevents."""
    for block in section.blocks:
        if block.kind == "item" and len(block.text) <= MAX_PASSAGE // 2:
            evidence = mention_of(block, section)
            yield from emit(disease, "primaryPrevention", "prevention", measures_in(block.text), evidence)
    for sentence in sentences_of(section):
        match = _PREVENT_BY.search(sentence.text) or _GERUND_SUBJECT.match(sentence.text)
        terms = parse_term(match.group(1), trim=("within", "after")) if match else advice_in(sentence.text)
        yield from emit(disease, "primaryPrevention", "prevention", terms, sentence)


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
    clause = _ADVICE_OPENER.sub("", sentence.strip().rstrip("."))
    if clause.split(" ", 1)[0].lower() not in verbs:
        return []
    joins = [m for m in _NEXT_VERB.finditer(clause) if m.group(1).lower() in verbs]
    starts, ends = [0, *(m.start(1) for m in joins)], [*(m.start() for m in joins), len(clause)]
    pieces = [clause[a:b] for a, b in zip(starts, ends, strict=True)]
    labels = [_ADVICE_END.split(_EXAMPLES_IN_SENTENCE.split(piece)[0])[0] for piece in pieces]
    # "Avoid air pollution, industrial dust, and irritating fumes": one measure per object.
    labels = [part for label in labels for part in _one_per_object(label)]
    return [Term(tidy(label)) for label in labels if not is_generic(tidy(label))]


def read_prognosis(section: Section, disease: Concept) -> Iterator[Result]:
    """The outlook, paragraph by paragraph, as text."""
    for block in section.blocks:
        if block.kind == "paragraph":
            yield Fact(disease, "expectedPrognosis", block.text, mention_of(block, section))


def read_support(section: Section, disease: Concept) -> Iterator[Result]:
    """Support groups the article suggests joining."""
    for sentence in sentences_of(section):
        match = _JOINING.search(sentence.text)
        if match and not is_generic(tidy(match.group(1))):
            yield from emit(disease, "supportResource", "support", [Term(tidy(match.group(1)))], sentence)


#: Section kind -> its reader; kinds without one hold nothing about the disease.
READERS: dict[str, Reader] = {
    "definition": read_definition,
    "causes": read_causes,
    "symptoms": read_symptoms,
    "tests": read_tests,
    "treatment": read_treatment,
    "complications": read_complications,
    "prevention": read_prevention,
    "prognosis": read_prognosis,
    "support": read_support,
}
