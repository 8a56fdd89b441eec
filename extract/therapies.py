"""What is done against the disease: treatments (therapies, drugs and their classes, procedures)
read from lists and prose, and preventive measures, including advice given in the imperative."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.advice import ADVICE_OPENER, AIMED_AT, TREATMENT_TRIM, advice_in, advised_treatments, avoided, worsens
from extract.chunks import names_headed_by
from extract.leadins import leadin_relation
from extract.lists import read_listed, with_members
from extract.model import Block, Concept, Finding, Section
from extract.phrases import Term, is_generic, parse_term, split_top, tidy
from extract.risks import strip_opener
from extract.terms import (
    CALLED,
    CAUTION,
    EXAMPLES_IN_SENTENCE,
    MAX_PASSAGE,
    NEGATION,
    emit,
    examples_in,
    is_drug_name,
    is_treatment_term,
    lexicon_set,
    mention_of,
    names_called,
    names_of,
    sentences_of,
)
from ontology import load_lexicon

_THERAPY_SUBJECT = re.compile(
    r"^(.+?)\s+(?:(?:is|are|was|were|may|can|will|might|could|should|has|have)(?:\s+(?:also|often|sometimes|usually|"
    r"then|be|been|need to|very|highly|most|more|commonly|most often|mostly|generally|rarely|widely|only|likely))*\s+"
    r"(?:the (?:first|main|standard|usual|best|only) treatment|"
    r"given|used|tried|done|recommended|needed|prescribed|required|"
    r"(?:an?\s+)?(?:important|main|key) part of (?:the\s+)?treatment|help\.?$|"
    r"started|performed|helpful|effective|an option|injected|available|"
    r"an?\s+(?:(?:type|kind|class|form) of\s+)?(?:(?!of\b)[\w-]+\s+){0,2}?"
    r"(?:drug|medicine|medication|treatment|procedure|surgery|therapy)|"
    r"(?:the\s+)?(?:drugs|medicines|medications|treatments)\s+(?:that|used|approved|for|of choice))"
    r"|(?:will|can|may|might|could|often|also|usually|\s)+(?:helps?\s+(?:to\s+)?)?(?:slow|relieve|ease|cure|shrink)"
    r"|helps?\s+(?:to\s+)?(?:reduce|control|prevent|treat|lower|manage)"
    r"|(?:can|may|will|might|could|often|usually|also|\s)+help\s+(?:to\s+)?[a-z]+"  # "... can help lighten the skin"
    r"|(?:often|usually|also|may|can|will|\s)*(?:improves?|relieves?|eases?)\s+"
    r"(?:the\s+|your\s+)?(?:condition|symptoms?)"
    r"|uses|involves|works by|--\s+(?:these|this|they|it)\s(?!(?:are|is) called\b))\b",
    re.I,
)
#: What comes before the name in a subject: "Additionally, an intravenous medicine called".
_SUBJECT_OPENER = re.compile(
    r"^(?:(?:\w+ly|in addition|however|also|then|sometimes),\s*)?(?:(?:sometimes|often|usually|occasionally)\s+)?"
    r"(?:.*\bcalled\s+)?(?:taking\s+|using\s+)?",
    re.I,
)
_INCLUDE = re.compile(r"\binclude[sd]?\s+(.+?)\s*\.?$", re.I)
_TREATED_WITH = re.compile(
    r"\b(?:treated with|involves using|involves|relieved by|managed with|be given|receives?|receiving|"
    r"(?:reversed|improved|controlled|cured|helped|corrected)\s+(?:with|by))\s+"
    r"(?!(?:to|through|into|by|under|in|at|for|as|with)\s)(.+?)(?:\s+to\s|[.;]|$)",
    re.I,
)
_MAY_NEED = re.compile(
    r"\b(?:(?:may|might|will|can|people|patients|children|you|some people)\s+)(?:also\s+)?need\s+(?:to\s+take\s+)?"
    r"(.+?)(?:[.;]|\s+to\s|$)",
    re.I,
)
#: Words a drug class's name does not contain: verbs, prepositions and clause openers before it.
_NOT_IN_CLASS_NAME = frozenset(
    "take takes taking use uses using need needs with called include includes including is are be may can "
    "to and or of for the a an your such as".split()
)
#: Modifiers that leave a class unnamed: "daily medicines", "certain drugs".
_NONSPECIFIC = frozenset(
    "daily certain other some many several prescription these those new different appropriate right proper best "
    "correct stronger specific repeat repeated further additional intensive two three four".split()
)
_GIVEN_ROUTE = re.compile(r"^(.+?) is given (.+?)\.?$", re.I)
#: "Your provider may suggest laser treatment", "you may be prescribed an antibiotic": what is
#: suggested or prescribed, up to why or when.
_PRESCRIBED = re.compile(
    r"\b(?:suggests?|recommends?|prescribes?|prescribed|orders?)\s+(?:using\s+)?"
    r"(?!(?:that|you|to|for|by|in|at|with|as|if|when|based|this|these|them|it|ways)\b)"
    r"(.+?)(?:\s+(?:if|when|because|unless|based on|for people)\s|[.;]|$)",
    re.I,
)
_PREVENT_BY = re.compile(
    r"\b(?:(?:reduced|prevented|lowered|decreased|avoided)\s+by|(?:reduce|prevent|lower|decrease)\b[^.]*?\bby)\s+"
    r"(.+?)\.?$",
    re.I,
)
_GERUND_SUBJECT = re.compile(
    r"^([A-Z][a-z]+ing\b.*?)\s+(?:is|can|may|will|helps?)\b.*\b(?:prevent|reduce|lower|decrease)", re.I
)


def read_treatment(section: Section, disease: Concept) -> Iterator[Finding]:
    """Treatments from lists and prose; what decides further treatment; care concerns."""
    yield from read_listed(section, disease, _items(section))
    names = [n.lower() for n in names_of(disease)]
    for block in section.blocks:
        if block.kind == "subheading":  # "PHOTOTHERAPY", "FOOT CARE": a part of the section named for its treatment
            # not "ASTHMA CARE AT HOME": the care of the disease as a whole
            terms = [t for t in subheading_treatments(block.text) if not any(n in t.label.lower() for n in names)]
            yield from emit(disease, "possibleTreatment", "therapy", terms, mention_of(block, section))
    previous = ""
    for sentence in sentences_of(section):
        cautioned, previous = _POINTS_BACK.match(sentence.text) and _WARNED.search(previous), sentence.text
        if cautioned:
            continue  # "Talk to your provider before taking any medicine. This includes aspirin ...": cautioned
        yield from emit(disease, "possibleTreatment", "therapy", _treatments_in(sentence.text), sentence)
        advised = [t for t in advised_treatments(sentence.text) if _specific(t)]
        yield from emit(disease, "possibleTreatment", "therapy", advised, sentence)
    for block in _items(section):
        relation = leadin_relation(block.leadin, section.kind)
        if _TOLD_ITEM.search(block.text) and relation in ("possibleTreatment", None):
            # "Laser treatment uses a painless laser to ...": an item said as a sentence, read as one;
            # also under a lead-in of something else, where a sentence ran into the list ("Talk
            # therapy with a mental health provider may be helpful.")
            terms = _treatments_in(block.text)
            yield from emit(disease, "possibleTreatment", "therapy", terms, mention_of(block, section))


def subheading_treatments(heading: str) -> list[Term]:
    """The treatments a subheading in capitals names ("PHOTOTHERAPY", "HEALTHY EATING AND EXERCISE");
    none for what it is about ("SECONDARY GLAUCOMA", "TREATING PAIN", "OTHER TREATMENTS").

    >>> [t.label for t in subheading_treatments("PHOTOTHERAPY")]
    ['Phototherapy']
    >>> subheading_treatments("SECONDARY GLAUCOMA"), subheading_treatments("TREATING PAIN")
    ([], [])
    """
    text = heading[:1] + heading[1:].lower()
    if re.match(r"\w+ing\b|treatments?\s+(?:of|for|after)\b|other\b", text, re.I):
        return []  # "Managing your blood sugar", "Treatment of GERD", "Other care": what the part is about
    terms = [t for t in parse_term(text, trim=TREATMENT_TRIM) if is_treatment_term(t) and _specific(t)]
    return [t for t in terms if not re.search(r"\btreatments?$", t.label, re.I)]  # "Systemic treatments": a class


#: A sentence that says what the one before it meant ("This includes medicines such as ...").
_POINTS_BACK = re.compile(r"^(?:this|these|that|those)\s+(?:also\s+)?(?:includes?|means?)\b", re.I)
#: A warning about medicines, which a sentence after it may name ("... before taking any medicine").
_WARNED = re.compile(
    r"\b(?:avoid|do not take|don't take|never take|not take|before (?:taking|using)|stop taking)\b", re.I
)
#: A list item said as a sentence: a verb of its own after its first words, and a full stop.
_TOLD_ITEM = re.compile(r"^\S+(?:\s+\S+){0,6}?\s+(?:is|are|may|can|will|uses|involves|works)\s.*\.$")


def _items(section: Section) -> Iterator[Block]:
    """Items, advice among them ("Avoid triggers."), which other sections' lists leave out."""
    return (b for b in section.blocks if b.kind == "item" and len(b.text) <= MAX_PASSAGE // 2)


def _treatments_in(sentence: str) -> list[Term]:
    """Therapies a sentence names: as its subject, after "include", in "such as" lists, by drug name."""
    found: list[Term] = []
    # "In tumors that cannot be removed, radiation therapy is used": the subject after the opening clause
    subject = _THERAPY_SUBJECT.match(_OPENING_CLAUSE.sub("", sentence))
    if subject and not _POINTING.match(subject.group(1)):  # "Other therapies that ...", "these exercises"
        found += parse_term(_SUBJECT_OPENER.sub("", subject.group(1)), trim=TREATMENT_TRIM)
    for pattern in (_INCLUDE, _TREATED_WITH, _MAY_NEED, _PRESCRIBED):
        match = pattern.search(sentence)
        if match:
            found += parse_term(match.group(1), trim=TREATMENT_TRIM)
    treats = AIMED_AT.match(ADVICE_OPENER.sub("", sentence))
    for example_list in examples_in(sentence) if not treats else ():
        found += parse_term(example_list, trim=TREATMENT_TRIM)  # not "Treat infections, such as athlete's foot"
    called = CALLED.search(sentence)
    if called:  # "Pills or injections that affect the immune system -- These are called systemic treatments."
        found += parse_term(called.group(1), trim=TREATMENT_TRIM)
    found += _classes_with_examples(sentence)
    found += _routes(sentence)
    found += _drug_names(sentence)
    if not CAUTION.search(sentence):  # "Antibiotics do not help a viral infection."
        found += names_headed_by(sentence, _prose_heads(), _procedure_suffixes())
    found = [t for t in with_members(found) if is_treatment_term(t) and _specific(t)]
    found += class_members(sentence) + _said_treatments(sentence) + _medicines_called(sentence)
    most = _MOST_COMMON_IS.match(_OPENING_CLAUSE.sub("", sentence))
    if most and not CAUTION.search(sentence):  # "The most common surgery to correct myopia is LASIK."
        found += [t for t in parse_term(most.group("what"), trim=TREATMENT_TRIM) if _specific(t)]
    return [t for t in found if not avoided(ADVICE_OPENER.sub("", sentence), t) and not worsens(sentence, t)]


_OPENING_CLAUSE = re.compile(
    r"^(?:(?:in|for|if|when|after|before|during|because|although|once|until|unless|depending on)\s[^,;:]{3,90}|"
    r"today|now|currently|nowadays|recently|however|also|often|sometimes|usually|rarely|first|then|finally|later|"
    r"eventually|in addition|additionally|otherwise|[a-z]+ly),\s+",
    re.I,
)
#: A subject that points to other therapies than it names.
_POINTING = re.compile(r"(?:other|these|those|this|such|their|its)\b", re.I)


#: A subject the sentence says is a treatment, whatever its name looks like ("Vosoritide is a new
#: medicine approved for ...", "Follow-up exams may be the only treatment needed").
_SAID_TREATMENT = re.compile(
    r"^(?P<what>.+?)\s+(?:is|are|may be|can be|will be)\s+(?:also\s+|often\s+|usually\s+)?"
    r"(?:the\s+(?:first|main|standard|usual|best|only)\s+treatment|"
    r"an?\s+(?:(?!of\b)[\w-]+\s+){0,2}?(?:drug|medicine|medication|treatment|therapy))\b",
    re.I,
)


#: What a treatment is named after ("shots of a medicine called erythropoietin", "Another class of
#: drug is known as a beta 3 receptor blocker").
_TREATMENT_KINDS = (
    r"(?:medicines?|medications?|drugs?|hormones?|treatments?|procedures?|surgery|therapy)(?:\s+(?:is|are))?"
)


def _medicines_called(sentence: str) -> list[Term]:
    if CAUTION.search(sentence):
        return []
    return [t for name in names_called(sentence, _TREATMENT_KINDS) for t in parse_term(name) if _specific(t)]


_MOST_COMMON_IS = re.compile(
    r"^(?:the\s+)?(?:most\s+common(?:ly used)?|main|usual|standard|first|best|preferred)\s+"
    r"(?:treatments?|surgery|surgeries|procedures?|medicines?|medications?|drugs?|therap(?:y|ies))\b[^.;]*?\s+"
    r"(?:is|are)\s+(?:called\s+)?(?!(?:done|used|given|performed|tried|needed|not|often|usually)\b)"
    r"(?P<what>[^.;]+?)\.?$",
    re.I,
)


def _said_treatments(sentence: str) -> list[Term]:
    said = _SAID_TREATMENT.match(_OPENING_CLAUSE.sub("", sentence))
    if not said or _POINTING.match(said.group("what")) or CAUTION.search(sentence):
        return []
    named = parse_term(_SUBJECT_OPENER.sub("", said.group("what")), trim=TREATMENT_TRIM)
    return [t for t in named if _specific(t) and not is_generic(t.label)]


def _specific(term: Term) -> bool:
    """Not a class left unnamed by its modifier ("daily medicines", "certain drugs")."""
    return term.label.split(" ", 1)[0].lower() not in _NONSPECIFIC


_MEMBERS = re.compile(r"^(?P<cls>.+?)\s+(?:may |can |also |commonly )*include[sd]?\s+(?P<members>[^.;:]+?)\.?$", re.I)


def class_members(sentence: str) -> list[Term]:
    """ "Blood thinner medicines include heparin, warfarin and apixaban": the members of a class of
    treatments are treatments, whatever their names look like. Only when the subject names such a
    class (or is "These" after one, as in "Anti-inflammatory medicines: These include aspirin")."""
    match = _MEMBERS.match(sentence.rsplit(": ", 1)[-1] if ": " in sentence else sentence)
    if not match or CAUTION.search(sentence):
        return []
    cls = match.group("cls").strip()
    named = ": " in sentence and cls.lower() in ("these", "they", "this group")
    head = sentence.split(": ", 1)[0] if named else cls
    if not is_treatment_term(Term(tidy(head))):
        return []
    members = re.split(r",?\s+such as\s+", match.group("members"), maxsplit=1)
    return [t for part in members for t in parse_term(part, trim=TREATMENT_TRIM)]


def _prose_heads() -> frozenset[str]:
    """Heads of treatments named in prose; "treatment" and "care" name nothing specific there."""
    return lexicon_set("kinds", "therapy_heads") - {"treatment", "care", "agent", "agents"}


def _procedure_suffixes() -> tuple[str, ...]:
    return tuple(load_lexicon()["kinds"]["procedure_suffixes"])


def _classes_with_examples(sentence: str) -> list[Term]:
    """ "Take nonsteroidal anti-inflammatory drugs (NSAIDs) such as ibuprofen": the drug class a
    "such as" list gives examples of, when the words before it end in a class's head noun."""
    terms = []
    for match in EXAMPLES_IN_SENTENCE.finditer(sentence):
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


def _drug_word(token: str) -> bool:
    """A drug's name by its shape (ChEBI names too many plain words to be asked of every token)."""
    return is_drug_name(token)


def _drug_names(sentence: str) -> list[Term]:
    """Words shaped like drug names, adjacent ones joined, with a brand name in parentheses as alias."""
    terms, tokens = [], re.findall(r"[A-Za-z][\w\-]*|\([^()]*\)|[,;:]", sentence)  # a comma parts two names
    i = 0
    while i < len(tokens):
        if tokens[i].startswith("("):  # "Corticosteroids (such as prednisone)"; a brand is read below
            terms += _drug_names(tokens[i][1:-1])
            i += 1
            continue
        if not _drug_word(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and _drug_word(tokens[j]):
            j += 1
        brand = tokens[j][1:-1] if j < len(tokens) and re.fullmatch(r"\([A-Z][\w\-]*\)", tokens[j]) else ""
        terms.append(Term(tidy(" ".join(tokens[i:j])), (brand,) if brand else ()))
        i = j + 1 if brand else j
    return terms


def read_prevention(section: Section, disease: Concept) -> Iterator[Finding]:
    """Preventive measures: listed, advised ("Wear protective gear."), "reduced by ...", or a
    gerund subject that prevents."""
    yield from read_listed(section, disease, _items(section))
    for sentence in sentences_of(section):
        match = _PREVENT_BY.search(sentence.text) or _GERUND_SUBJECT.match(sentence.text)
        # "Removing these polyps may prevent colon cancer": the polyps the sentence before named
        said = re.sub(r"\b(?:these|those)\s+", "", match.group(1)) if match else ""
        terms = list(parse_term(said, trim=("within", "after"))) if match else advice_in(sentence.text)
        terms += measures_told(sentence.text) + _advised_measures(sentence.text)
        yield from emit(disease, "primaryPrevention", "prevention", terms, sentence)


#: "Genetic counseling is recommended for people with a family history of ...", "... may benefit
#: people who want to have children": a measure by what the Prevention section says of it.
_ADVISED_MEASURE = re.compile(
    r"^(?P<what>.+?)\s+(?:(?:is|are|may be|can be|should be)\s+(?:also\s+|strongly\s+|often\s+|usually\s+)?"
    r"(?:recommended|advised|suggested|encouraged|important|helpful|beneficial|appropriate)|"
    r"(?:may|can|might|could)\s+(?:also\s+)?(?:benefit|help)\s+(?:people|families|parents|couples|those|you)|"
    r"(?:may|can|might|could)\s+(?:also\s+)?help\s+(?:control|reduce|lower|limit|stop))\b",
    re.I,
)


def _advised_measures(sentence: str) -> list[Term]:
    said = _ADVISED_MEASURE.match(_OPENING_CLAUSE.sub("", sentence.strip()))
    what = re.sub(r"\s+also$", "", said.group("what")) if said else ""  # "A healthy lifestyle also may help"
    if not said or NEGATION.search(said.group(0)) or _POINTING.match(what) or _FINDING_IT.match(what):
        return []
    return [t for t in parse_term(what) if not is_generic(t.label)]


#: Knowing or finding the disease early ("Finding testicular cancer early is important") is not a
#: way to keep from having it.
_FINDING_IT = re.compile(r"^(?:finding|recognizing|knowing|being aware|detecting|diagnosing|identifying)\b", re.I)


_SHOULD = re.compile(
    r"\b(?:should|must|need to|needs to|are advised to|is advised to|are encouraged to|can help by|"
    r"(?:it is|it's) (?:important|best|wise|a good idea|helpful) to|(?:be|are|is) able to)\s+"
    r"(?:also\s+|always\s+)?(?P<advice>[a-z][^.;]+)",
    re.I,
)
_PROTECTS = re.compile(
    r"^(?P<subject>.+?)\s+(?:(?:may|can|might|could|will|also|often|greatly)\s+)*(?:helps?\s+(?:to\s+)?)?"
    r"(?:(?:is|are)\s+(?:\w+ly\s+|often\s+|also\s+|sometimes\s+)?used\s+to\s+)?"  # "Aspirin is used to prevent"
    r"(?:prevents?|protects?|delays?|(?:lowers?|reduces?|decreases?|lessens?|cuts?)\s+"
    r"(?:(?:the|your|their|a person's)\s+)?(?:risk|chances?|likelihood|odds|number))\b",
    re.I,
)
_INCLUDE_MEASURES = re.compile(r"\b(?:may |can |might )?include[sd]?\s+(?P<what>.+?)\.?$", re.I)
_RECOMMEND = re.compile(
    r"\b(?:recommends?|suggests?|advises?)\s+(?!that\b|you\b)(?P<what>[^.;]+?)(?:\s+(?:for|to|if|when)\s|[.;]|$)|"
    r"\b(?:may|can|should) use\s+(?P<used>[^.;]+?)(?:\s+(?:to|for|if|when)\s|[.;]|$)",
    re.I,
)
_RECOMMENDED = re.compile(
    r"^(?P<what>[^,;]+?)\s+(?:may|can|will|should|might)\s+(?:also\s+|sometimes\s+|often\s+)?be\s+"
    r"(?:recommended|prescribed|given)\b",
    re.I,
)
_LESS_LIKELY = re.compile(
    r"\bwho\s+(?:receive|get|take|use|have|had)\s+(?P<what>.+?)\s+(?:are|is)\s+(?:much\s+|far\s+)?less likely\b", re.I
)
_GET = re.compile(r"^(?:get|receive|have|take|be given)\s+", re.I)
#: Where a sentence's clauses part ("You may not be able to prevent gout, but you may avoid ...").
_CLAUSES = re.compile(r",\s+(?:but|so|and so)\s+|;\s+")
#: "Keeping the skin clean and moist and avoiding your triggers": measures said as gerunds.
_GERUNDS = re.compile(r",?\s+(?:and|or)\s+(?=[a-z]+ing\b)|,\s+(?=[a-z]+ing\b)")


def measures_told(sentence: str) -> list[Term]:
    """Preventive measures the prose states: what people "should" do, what "helps prevent" the
    disease, what providers recommend, and what the measures "include"; clause by clause, so
    that "You may not be able to prevent gout, but you may be able to avoid triggers" advises.

    >>> [t.label for t in measures_told("Children at high risk should get the hepatitis B vaccine.")]
    ['Hepatitis B vaccine']
    >>> [t.label for t in measures_told("They should stay home from school until they feel better.")]
    ['Stay home from school']
    >>> [t.label for t in measures_told("The measles and mumps vaccines protect children from croup.")]
    ['Measles vaccines', 'Mumps vaccines']
    >>> measures_told("There is no known way to prevent psoriasis.")
    []
    >>> [t.label for t in measures_told("People with diabetes should control their blood sugar and should not smoke.")]
    ['Control their blood sugar', 'Do not smoke']
    >>> [t.label for t in measures_told("Keeping the skin clean and moist and avoiding triggers may reduce the risk.")]
    ['Keeping the skin clean and moist', 'Avoiding triggers']
    >>> [t.label for t in measures_told("Providers recommend daily baths or showers for people with psoriasis.")]
    ['Daily baths', 'Showers']
    """
    sentence = sentence.strip()
    if sentence.endswith(":"):  # a lead-in: "... should get good prenatal care:"; not what follows it
        sentence = _LEADIN_TAIL.sub("", sentence).rstrip(":")
        if not sentence or re.search(r"\b(?:not|if|when|include|are|who)$", sentence):
            return []
    return [t for clause in _CLAUSES.split(sentence) for t in _measures_in(clause)]


_LEADIN_TAIL = re.compile(r"\s+(?:if|when|unless)(?:\s+(?:you|they|he|she|it))?:$|,?\s+(?:such as|including|like):$")


def _measures_in(clause: str) -> list[Term]:
    terms: list[Term] = []
    should = _SHOULD.search(clause)
    if should and not re.search(r"\b(?:not|never)\s+(?:be|been)\b", should.group(0)):
        for advice in re.split(r",?\s+and\s+(?:should|must)\s+", should.group("advice")):
            if re.match(r"not\s+[a-z]+", advice):
                terms.append(Term(tidy("Do " + re.split(r"\s+(?:to|if|when|because|unless|until)\s", advice)[0])))
            elif _GET.match(advice):
                terms += parse_term(_GET.sub("", advice), trim=("within", "after", "at", "by", "if", "when"))
            elif not CAUTION.search(advice) or re.match(r"(?:avoid|stop|limit|quit)\b", advice):
                terms += advice_in(advice[:1].upper() + advice[1:])
    protects = _PROTECTS.match(re.sub(r"^\w+ly,\s*", "", strip_opener(ADVICE_OPENER.sub("", clause))))
    if protects and _MEASURES_TO.match(protects.group("subject")):
        return terms + _protecting(protects.group("subject"))  # "Measures to avoid contact with blood ..."
    if CAUTION.search(clause):
        return terms
    if protects:
        terms += _protecting(protects.group("subject"))
    for match in _RECOMMEND.finditer(clause):
        terms += parse_term(match.group("what") or match.group("used"))
    recommended = _RECOMMENDED.match(strip_opener(clause))
    if recommended and not re.match(r"(?:these|this|those|they|it|you)\b", recommended.group("what"), re.I):
        terms += parse_term(recommended.group("what"))  # "Blood thinners such as warfarin may be recommended"
    less = _LESS_LIKELY.search(clause)
    if less:
        terms += parse_term(less.group("what"))
    include = _INCLUDE_MEASURES.search(clause)
    if include:
        terms += parse_term(include.group("what"))
    return terms


_MEASURES_TO = re.compile(r"^(?:measures|steps|ways)\s+to\s+", re.I)


def _protecting(subject: str) -> list[Term]:
    """What a subject that "helps prevent" names: measures said as gerunds whole, advice, or terms."""
    subject = _MEASURES_TO.sub("", subject)
    subject = re.sub(r"^(?:still|thus|therefore|instead),\s*", "", subject, flags=re.I)  # "however," went above
    if re.match(r"(?:these|this|those|they|it)\b", subject, re.I):
        return []  # "These bacteria help protect against infection": what the sentence before named
    subject = subject[:1].upper() + subject[1:]
    if re.match(r"[A-Z][a-z]+ing\b", subject):  # each gerund's clause whole, its examples read
        pieces = [p for p in split_top(subject, _GERUNDS.pattern) if p.strip()]
        if any(len(p.split()) < 2 for p in pieces[1:]):
            pieces = [subject]  # "to keep the kidneys flushed and draining"
        return [t for p in pieces for t in parse_term(p, keep_whole=True)]
    return advice_in(subject) or [
        t for t in parse_term(subject) if t.label.split(" ", 1)[0].lower() not in ("this", "it", "these", "they")
    ]
