"""Section readers: each turns one kind of section into findings about the disease. Treatment
and prevention are read in ``extract.therapies``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from extract.exams import read_tests
from extract.lists import read_listed
from extract.model import Concept, Fact, Finding, Section
from extract.outcomes import complications_in, complications_said, made_hard
from extract.phrases import Term, is_adjective, is_body_part, is_generic, parse_term, split_list, tidy
from extract.risks import risks_in
from extract.terms import (
    NEGATION,
    anatomy_in,
    emit,
    examples_in,
    lexicon_set,
    list_items,
    mention_of,
    names_of,
    phenotypes_in,
    prose_of,
    sentences_of,
    statements_of,
)
from extract.therapies import read_prevention, read_treatment
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
_CAUSED_BY = re.compile(r"^(?P<subject>.+?)\s+(?:is|are)\s+(?:[^.;]*?\s)?caused by\s+(?P<cause>.+?)\.?$", re.I)
_CAUSE_TRIM = re.compile(r"^having\s+|\s+in (?:your|the|a person's) body$", re.I)
_MAIN_SYMPTOM = re.compile(
    r"^(.+?)\s+(?:is|are|may be|can be)\s+(?:often\s+|usually\s+)?the\s+(?:main|first|most common|key)\s+"
    r"(?:symptoms?|signs?)\b",
    re.I,
)
_SIGN_OF_WHAT = re.compile(
    r"^([^,]{3,80}),\s+which\s+(?:may|can|could|might|often)\s+(?:be\s+(?:an?\s+)?(?:early\s+)?signs?\s+of|mean|indicate|signal)\b",
    re.I,
)
_FACTORS_ARE = re.compile(
    r"^(?:the\s+)?(?:most\s+common\s+|main\s+|other\s+|known\s+)?(triggers|risk factors|causes|"
    r"(?:disorders|conditions|diseases|infections)\s+(?:linked|associated)\s+(?:to|with)\s+(?:this|the|it)\b[\w\s]*?)"
    r"\s+(?:are|include)\s+(.+?)\.?$",
    re.I,
)
_OUTCOME_END = re.compile(r"\s+(?:as|because|when|if|since|while)\s", re.I)
_LEADING_TO = re.compile(r"\b(?:leading to|resulting in)\s+(.+?)\.?$", re.I)
_JOINING = re.compile(r"\bjoin(?:ing)?\s+(?:an?|the)?\s*(.+?)[.,]", re.I)


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


# --- readers ---------------------------------------------------------------------


def read_definition(section: Section, disease: Concept) -> Iterator[Result]:
    """What the disease is: its definition, its category, the body parts it lives in."""
    sentences = list(sentences_of(section))
    if not sentences:
        return
    yield Fact(disease, "definition", sentences[0].text, sentences[0])
    names = list(names_of(disease))
    parent = _category(sentences[0].text)
    if parent and parent.key != disease.key:
        yield Finding(disease, "broader", parent, sentences[0])
    for sentence in sentences:
        if any(sentence.text.startswith(n) for n in names) or sentence.text.startswith(("It ", "This ")):
            for site in anatomy_in(sentence.text):
                yield Finding(disease, "associatedAnatomy", Concept(tidy(site), "anatomy"), sentence)
    yield from read_stated_causes(section, disease)
    yield from read_told_risks(section, disease)
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
    yield from read_listed(section, disease)
    yield from read_stated_causes(section, disease)
    yield from read_told_risks(section, disease)
    yield from read_listed_in_prose(section, disease)
    yield from read_likely(section, disease)
    yield from read_epidemiology(section, disease)
    yield from read_symptoms_said(section, disease)


#: "Other symptoms include fatigue, lack of pleasure, and anxiety.": signs named in another section.
_SYMPTOMS_INCLUDE = re.compile(
    r"^(?:the\s+)?(?:other|common|early|main|first|typical)?\s*(?:symptoms|signs)(?:\s+of\s+[^,]+?)?\s+"
    r"(?:may\s+|can\s+|often\s+)*include\s+(?P<what>[^:;]+?)\.?$",
    re.I,
)


def read_symptoms_said(section: Section, disease: Concept) -> Iterator[Result]:
    """Signs a sentence outside the Symptoms section says the symptoms include."""
    for sentence in prose_of(section):
        said = _SYMPTOMS_INCLUDE.match(sentence.text.strip())
        if said and not NEGATION.search(sentence.text):
            terms = [t for t in parse_term(said.group("what")) if not is_generic(t.label)]
            yield from emit(disease, "signOrSymptom", "symptom", terms, sentence)


def read_told_risks(section: Section, disease: Concept) -> Iterator[Result]:
    """Risk factors and causes the prose states ("Gout may run in families.")."""
    names = names_of(disease)
    for sentence in statements_of(section):
        if sentence.text.endswith(":"):
            continue  # a lead-in: its list says what it introduces
        for relation, term in risks_in(sentence.text, names, causal_only=section.kind == "symptoms"):
            yield from emit(disease, relation, "cause" if relation == "cause" else "risk_factor", [term], sentence)


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
    names = {n.lower() for n in names_of(disease)}
    for sentence in sentences_of(section):
        text = sentence.text.lower()
        if text.startswith(("they ", "it ", "this ")) or any(f"with {n}" in text for n in names):
            yield from emit(disease, "signOrSymptom", "symptom", _made_likely(sentence.text, names), sentence)


def _made_likely(sentence: str, names: set[str]) -> list[Term]:
    """ "more likely to bleed and develop infections" -> Bleeding, Infections (never the disease)."""
    likely = _LIKELY.search(sentence)
    if not likely or re.match(
        r"(?:the |these |your )?(?:symptoms|signs|pain|attacks|episodes|it is)\b", sentence, re.I
    ):
        return []  # "Symptoms are more likely to be present when ...": when, not what
    outcome = _OUTCOME_END.split(likely.group(1))[0]
    labels = [
        label for label in _nominalize(split_list(outcome)) if not re.match(r"(?:be|become|get|worse)\b", label, re.I)
    ]
    return [Term(label) for label in labels if label.lower() not in names]


def read_stated_causes(section: Section, disease: Concept) -> Iterator[Result]:
    """ "Gout is caused by having too much uric acid", "Measles is an illness caused by a virus"."""
    names = {n.lower() for n in names_of(disease)}
    for sentence in sentences_of(section):
        match = _CAUSED_BY.match(sentence.text)
        if match and match.group("subject").lower() in names:
            cause = _CAUSE_TRIM.sub("", match.group("cause"))
            yield from emit(disease, "cause", "cause", parse_term(cause, trim=("that", "which")), sentence)


def read_symptoms(section: Section, disease: Concept) -> Iterator[Result]:
    """Listed signs and symptoms; in the prose, what the disease makes likely, what is "the main
    symptom", and the phenotypes HPO names."""
    yield from read_listed(section, disease)
    names = names_of(disease)
    for sentence in prose_of(section):
        terms = _made_likely(sentence.text, {n.lower() for n in names})
        main = _MAIN_SYMPTOM.match(sentence.text) or _SIGN_OF_WHAT.match(sentence.text)
        if main:  # "Chest pain or pressure, which may be a sign of a heart attack": the sign
            terms += parse_term(main.group(1))
        terms += symptoms_told(sentence.text) + part_looks(sentence.text) + made_hard(sentence.text)
        # A name found twice (the pattern and HPO both see "Rash") is one finding: extract_article
        # drops repeated findings and the graph merges concepts by key.
        if not risks_in(sentence.text, names, causal_only=True):  # "Fever and stress can trigger attacks."
            terms += [Term(tidy(name)) for name in phenotypes_in(sentence.text, exclude=names)]
        yield from emit(disease, "signOrSymptom", "symptom", terms, sentence)
    yield from read_told_risks(section, disease)
    yield from read_epidemiology(section, disease)


_PEOPLE_HAVE = re.compile(
    r"^(?:(?:some|many|most|other|older|younger)\s+)?(?:people|persons|patients|children|adults|others|you|they|"
    r"women|men|infants|babies|some)\s+(?:(?:may|might|can|could|will|often|also|usually|sometimes|then|first|only)\s+)*"
    r"(?:have|has|get|develop|experience|feel|notice|show|suffer from)\s+(?P<what>.+?)\.?$",
    re.I,
)
#: "The lesions begin as flat, firm, red lumps", "It appears as a red, swollen bump": what it looks like first.
_BEGINS_AS = re.compile(
    r"^(?!(?:may|can|might|could|will|often|usually)\b).+?\s+(?:(?:may|can|often|usually|most often|also|first)\s+)*"
    r"(?:begins?|starts?|appears?|shows? up)\s+as\s+"
    r"(?!(?:early|soon|late|spontaneous|a result)\b)(?:an?\s+|the\s+)?(?P<what>[^.;]+?)\.?$",
    re.I,
)
_MAY_OCCUR = re.compile(
    r"^(?P<what>.+?)\s+(?:(?:may|might|can|could|will|often|also|usually|sometimes|first|then)\s+)*"
    r"(?:occurs?|develops?|appears?|happens?|"
    r"(?:is|are) (?:often |usually |also |sometimes )*(?:present|seen|common))\b",
    re.I,
)
_THEN_HAVING = re.compile(
    r"\b(?:before|then|and then|followed by)\s+(?:having|developing|getting|showing)\s+([^.;]+)", re.I
)
_WHAT_ENDS = re.compile(
    r",?\s+(?:which|that|who|when|if|because|as|before|after|while|so|until|but|"
    r"with (?:episodes|periods|bouts))\b|[;:]",
    re.I,
)


def symptoms_told(sentence: str) -> list[Term]:
    """Symptoms a Symptoms section's prose names: what people "have" and what "may occur".

    >>> [t.label for t in symptoms_told("Others have violent shaking and loss of alertness (convulsion).")]
    ['Violent shaking', 'Loss of alertness']
    >>> [t.label for t in symptoms_told("Clenching of the jaw may occur.")]
    ['Clenching of the jaw']
    >>> symptoms_told("Most people do not have symptoms.")
    []
    """
    terms: list[Term] = []
    sentence = _LEADING_PHRASE.sub("", sentence.strip())
    for pattern in (_PEOPLE_HAVE, _MAY_OCCUR, _BEGINS_AS):
        match = pattern.match(sentence)
        if match and not NEGATION.search(match.group(0)):
            what = _WHAT_ENDS.split(match.group("what"), maxsplit=1)[0]
            terms += [t for t in parse_term(what, causal=True) if not is_generic(t.label)]
            then = _THEN_HAVING.search(match.group("what"))  # "... for several days before having barking cough"
            terms += [t for t in parse_term(then.group(1), causal=True) if not is_generic(t.label)] if then else []
    return [
        t
        for t in terms
        if not re.search(r"^(?:symptoms|signs|attacks?|episodes?)\b|\b(?:symptoms|signs)$", t.label, re.I)
    ]


#: "The joint appears warm and red", "Your skin may turn yellow": a body part and how it looks or feels.
_PART_LOOKS = re.compile(
    r"^(?:(?:sometimes|often|usually|later|then|also)\s+)?(?:(?:the|your|his|her|their|a|an|one|many|some|several|"
    r"affected|other)\s+)*(?P<part>[a-z]+(?:\s[a-z]+)??)\s+"
    r"(?:(?:may|might|can|could|will|often|also|usually|sometimes|then|first|most|quickly|slowly)\s+)*"
    r"(?:appears?|looks?|feels?|is|are|becomes?|gets?|turns?|seems?|be|get)\s+"
    r"(?:(?:very|often|usually|also|sometimes|most|often|more|quite)\s+)*(?P<what>[^.;:()]+)",
    re.I,
)
_LOOK_WORDS = re.compile(
    r"^(?P<words>[a-z]+(?:-[a-z]+)?(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[a-z]+(?:-[a-z]+)?)*)[,\s]*(?P<tail>.*)$",
    re.I,
)
_AFTER_LOOKS = re.compile(
    r"^(?:when|if|in|on|at|to|from|after|during|with|because|for|over|around|near|especially|and then|but|"
    r"as|before|until|while)\b",
    re.I,
)
_NOT_LOOKS = frozenset(
    "a an the not no more less likely able used affected involved normal present common seen also "
    "there this that it very much less often usually sometimes".split()
)


def part_looks(sentence: str) -> list[Term]:
    """What a sentence says a body part looks or feels like, named as findings of that part.

    >>> [t.label for t in part_looks("Joints may feel warm, tender, and stiff when not used for an hour.")]
    ['Warm joints', 'Tender joints', 'Stiff joints']
    >>> part_looks("The skin is not red.")
    []
    """
    match = _PART_LOOKS.match(_LEADING_PHRASE.sub("", sentence.strip()))
    if not match or NEGATION.search(match.group(0)[: match.start("what")]) or not is_body_part(match.group("part")):
        return []
    said = _LOOK_WORDS.match(match.group("what").strip())
    if not said or (said.group("tail") and not _AFTER_LOOKS.match(said.group("tail"))):
        return []
    words = [w.lower() for w in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", said.group("words"))]
    if not all(is_adjective(w) and w not in _NOT_LOOKS for w in words):
        return []  # "The foot turns inward", "The skin gets worse": no look of the part
    if words[-1].endswith("ed") and re.match(r"(?:to|on|by|into|with)\b", said.group("tail")):
        return []  # "The jaw may be wired to the teeth": something done to the part
    part = match.group("part").lower()
    return [Term(tidy(f"{word} {part}")) for word in words]


#: "Over time, ...", "In some people, ...": a short phrase before the sentence's subject.
_LEADING_PHRASE = re.compile(
    r"^(?:In|Over|For|After|During|Later|Often|Sometimes|At|With|When|As|Before|Since|Usually|Most often|However|"
    r"Also|Then|Eventually|Rarely|Occasionally)\b[^,]{0,30},\s+"
)


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


def read_complications(section: Section, disease: Concept) -> Iterator[Result]:
    """Listed complications and those the prose gives as examples."""
    yield from read_listed(section, disease)
    for block in list_items(section):
        for outcome in _LEADING_TO.findall(block.text):  # "Deposits in the kidneys, leading to kidney failure"
            terms = parse_term(outcome)
            yield from emit(disease, "possibleComplication", "complication", terms, mention_of(block, section))
    for sentence in sentences_of(section):
        for example_list in examples_in(sentence.text):
            yield from emit(disease, "possibleComplication", "complication", parse_term(example_list), sentence)
    names = names_of(disease)
    for sentence in prose_of(section):
        terms = complications_in(sentence.text, names, in_complications=True) + complications_said(sentence.text)
        terms += made_hard(sentence.text)
        terms += [Term(tidy(name)) for name in phenotypes_in(sentence.text, exclude=names)]
        yield from emit(disease, "possibleComplication", "complication", terms, sentence)


def read_told_complications(section: Section, disease: Concept) -> Iterator[Result]:
    """What the prose of any other section says the disease leads to ("can lead to joint damage")."""
    names = names_of(disease)
    for sentence in prose_of(section):
        terms = complications_in(sentence.text, names, in_outlook=section.kind == "prognosis")
        yield from emit(disease, "possibleComplication", "complication", terms, sentence)


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


#: A sentence's opening condition: "If you have pancreatitis, ...", "When a brain aneurysm ruptures, ...".
_OPENING_CONDITION = re.compile(r"^(?:if|when|unless|once)\s+([^,;:]{3,120}),", re.I)


def _outside_conditions(reader: Reader) -> Reader:
    """A reader whose signs leave out what a sentence names in its opening condition ("If an allergy
    is causing the breathing problem, they might have a rash"): the state in which the signs after
    it are had, not one of them."""

    def read(section: Section, disease: Concept) -> Iterator[Result]:
        for result in reader(section, disease):
            condition = isinstance(result, Finding) and _OPENING_CONDITION.match(result.evidence.text)
            sign = condition and result.relation == "signOrSymptom"
            if not (sign and result.object.label.lower() in condition.group(1).lower()):
                yield result

    read.__doc__ = reader.__doc__
    return read


#: Section kind -> its reader; kinds without one hold nothing about the disease.
def _and_outcomes(reader: Reader) -> Reader:
    """A section reader that also reads the complications its prose tells of."""

    def read(section: Section, disease: Concept) -> Iterator[Result]:
        yield from reader(section, disease)
        yield from read_told_complications(section, disease)

    read.__doc__ = reader.__doc__
    return read


READERS: dict[str, Reader] = {
    "definition": _and_outcomes(read_definition),
    "causes": _and_outcomes(read_causes),
    "symptoms": _outside_conditions(_and_outcomes(read_symptoms)),
    "tests": read_tests,
    "treatment": _and_outcomes(read_treatment),
    "complications": read_complications,
    "prevention": _and_outcomes(read_prevention),
    "prognosis": _and_outcomes(read_prognosis),
    "support": read_support,
}
