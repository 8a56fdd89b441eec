"""The Exams and Tests section: tests listed and named in prose, the exams done, and the signs
an exam finds."""

from __future__ import annotations

import re
from collections.abc import Iterator

from extract.chunks import names_headed_by
from extract.lists import read_listed
from extract.model import Concept, Finding, Section, is_acronym
from extract.phrases import Term, is_name, parse_term, strip_determiners, tidy
from extract.terms import (
    CALLED,
    emit,
    is_chemical_name,
    is_test_term,
    lexicon_set,
    lower_first,
    names_called,
    sentences_of,
)
from ontology import load_lexicon

_CLAUSE_BREAK = re.compile(r",\s*|\b(?:in which case|which|that|when|if|because|so)\s+", re.I)
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

#: "There may be signs of a swollen spleen"; not "A high count is a possible sign of an abscess",
#: where the sign is the subject and what it signals the disease.
_SIGNS_OF = re.compile(
    r"(?<!\bis a )(?<!\bis an )(?<!\bcan be a )(?<!\bmay be a )(?<!\bpossible )(?<!\bcommon )"
    r"\bsigns? of\s+(.+?)\.?$",
    re.I,
)
#: "A physical exam may show a fever, rash, and arthritis", "During a pelvic exam, the provider may
#: find an enlarged uterus", "This may reveal high blood pressure" after an exam: what the examiner
#: finds is a sign, not a test.
_EXAM_SHOWS = re.compile(
    r"^(?:(?:during|on|at|in)\s[^,]{3,60},\s*)?(?P<subject>(?:an?|the|this|your|his|her)\s+(?:[\w()-]+\s+){0,4}?"
    r"(?:exam|examination)(?:\s+of\s+(?:the|your)\s+[\w\s]+?)?(?:\s+by\s+(?:your|the|a)\s+[\w\s]+?)?|"
    r"(?:the|your)\s+(?:health care\s+)?(?:provider|doctor)|"
    r"this|it)\s+(?:(?:may|will|can|might|often|usually|also|most often)\s+)*"
    r"(?:show|shows|reveal|reveals|find|finds)\s+"
    r"(?!(?:that|if|whether|how|what|signs?\s+of|no|any)\b)(?P<what>[^;:]+?)\.?$",
    re.I,
)
_EXAM = re.compile(r"\b(?:exam|examination)\b", re.I)


def read_tests(section: Section, disease: Concept) -> Iterator[Finding]:
    """Listed tests with their components, and the exams the prose says are done."""
    yield from read_listed(section, disease)
    previous = ""
    for sentence in sentences_of(section):
        yield from emit(disease, "signOrSymptom", "symptom", exam_finds(sentence.text, previous), sentence)
        previous = sentence.text
        terms: list[Term] = []
        for match in _TEST_VERB.finditer(sentence.text):
            terms += [t for t in parse_term(match.group(1)) if is_test_term(t)]
        subject = _TEST_SUBJECT.match(sentence.text)
        if subject:  # "... hard to diagnose, in which case blood tests may need to be done": the last clause's
            last_clause = _CLAUSE_BREAK.split(subject.group(1))[-1]
            terms += [t for t in parse_term(last_clause) if is_test_term(t)]
        terms += names_headed_by(sentence.text, lexicon_set("kinds", "test_heads"), _test_suffixes())
        terms += _checked(sentence.text) + _examined(sentence.text) + measured(sentence.text)
        terms += _levels_checked(sentence.text) + _visits(sentence.text)
        terms += _tests_called(sentence.text)
        called = CALLED.search(sentence.text)
        if called:  # "You will be given a test to check your eye pressure. This is called tonometry."
            terms += [t for t in parse_term(called.group(1)) if is_test_term(t)]
        done = _TESTS_DONE.match(sentence.text)
        if done:
            terms.append(Term(tidy("Tests for " + lower_first(tidy(done.group(1))))))
        yield from emit(disease, "typicalTest", "test", terms, sentence)
        signs = _SIGNS_OF.search(sentence.text)  # "There may be signs of a swollen spleen, liver, or lymph nodes."
        if signs:
            yield from emit(disease, "signOrSymptom", "symptom", parse_term(signs.group(1)), sentence)


_MEASURED = re.compile(
    r"\b(?:tests?|studies|scans?|exams?|done|ordered|performed|used|needed)\s+(?:also\s+)?to\s+(?:measure|check)\s+"
    r"(?!(?:for|if|how|whether|that|to|on|what|out|the function|your child's)\b)"
    r"(?P<what>[^.;:]+?)(?:\s+(?:to|in order to|because|if|when|and to|so)\s|[.;:]|$)",
    re.I,
)


def _tests_called(sentence: str) -> list[Term]:
    """ "a test called nucleic acid amplification", "a blood test called the quadruple screen"."""
    return [Term(tidy(name)) for name in names_called(sentence, r"tests?|exam|examination|scan|study|x-ray")]


def exam_finds(sentence: str, previous: str = "") -> list[Term]:
    """The signs an exam is said to show ("A physical exam may show a fever and a rash"); "This" and
    "It" only after a sentence about an exam.

    >>> [t.label for t in exam_finds("A physical exam may show a fever, rash, and arthritis.")]
    ['Fever', 'Rash', 'Arthritis']
    >>> exam_finds("This may reveal a mass.", "Blood tests are done.")
    []
    """
    shows = _EXAM_SHOWS.match(sentence.strip())
    if not shows:
        return []
    pointing = shows.group("subject").lower() in ("this", "it")
    if pointing and not _EXAM.search(previous):
        return []
    what = _FINDS_ASIDE.split(shows.group("what"), maxsplit=1)[0].replace(" as well as ", ", and ")
    return [t for t in parse_term(strip_determiners(what)) if not is_test_term(t)]


#: What follows the signs an exam finds and is no sign of its own: ", often with drainage", ", a condition called ...".
_FINDS_ASIDE = re.compile(r",\s+(?:often|usually|especially|mostly|most often|a condition|which|but|when)\b", re.I)


def measured(sentence: str) -> list[Term]:
    """What a test is done to measure names what it finds ("Blood tests are done to check
    cholesterol and blood sugar levels"); a class before its members is the members ("to measure
    your thyroid hormones TSH, T3, and T4").

    >>> [t.label for t in measured("Blood tests are ordered to measure your thyroid hormones TSH, T3, and T4.")]
    ['TSH', 'T3', 'T4']
    >>> measured("Tests are done to check for infection.")
    []
    >>> measured("Tonometry is done to measure eye pressure.")
    []
    """
    match = _MEASURED.search(sentence)
    if not match or not re.search(r"\b(?:tests?|studies|exams?)\b", sentence[: match.end("what")], re.I):
        return []  # "An EEG is done to measure electrical activity": the named test, not another
    what = re.sub(r"^(?:your|the|an?)\s+|,?\s+(?:including|such as)$", "", match.group("what").strip())
    terms = [t for t in parse_term(what) if is_name(t.label)]
    last = terms[0].label.rsplit(" ", 1)[-1] if terms else ""
    if len(terms) > 1 and all(_acronym(w) for w in (last, *(t.label for t in terms[1:]))):
        terms[0] = Term(last)
    return [t for t in terms if _is_measure(t.label)]


def _acronym(word: str) -> bool:
    return is_acronym(word) and not word.isdigit()


#: Heads of what a test measures ("Vitamin D levels", "Liver function", "Eye pressure").
_MEASURES = frozenset("level levels function functions count counts pressure activity amount amounts rate".split())


def _is_measure(label: str) -> bool:
    """A quantity, a substance or an acronym for one: what a test can measure, not a body part."""
    head = re.split(r"\s(?:of|in)\s", label, maxsplit=1)[0].rsplit(" ", 1)[-1]
    return head.lower() in _MEASURES or _acronym(label) or is_chemical_name(label)


_HAVE_CHECKED = re.compile(
    r"\b(?:have|get)\s+(?:your\s+|the\s+)?(?P<what>[\w\s,-]+?)\s+(?P<how>checked|tested|measured|examined|done)\b", re.I
)


def _checked(sentence: str) -> list[Term]:
    """ "Have your blood pressure checked once a year": a blood pressure check; "Have your
    cholesterol and triglyceride levels checked": the levels, which name their tests."""
    match = _HAVE_CHECKED.search(sentence)
    if not match:
        return []
    terms = []
    for term in parse_term(match.group("what")):
        if is_test_term(term):
            terms.append(term)
        elif match.group("how").lower() == "checked":
            terms.append(Term(f"{term.label} check"))
    return terms


_LEVELS_OF = re.compile(
    r"\b(?:checking|measuring|testing)\s+(?:the\s+|your\s+)?(?:levels?|amounts?)\s+of\s+(?P<what>[^.;:]+)", re.I
)


def _levels_checked(sentence: str) -> list[Term]:
    """ "These tests include checking levels of urine albumin and serum creatinine": what is measured
    names each test."""
    match = _LEVELS_OF.search(sentence)
    return [t for t in parse_term(match.group("what")) if is_name(t.label)] if match else []


#: Who a Tests section says to visit, and the exam the visit is ("Visit your eye doctor at least once a year").
_VISITED = {
    "eye doctor": "Eye exam",
    "ophthalmologist": "Eye exam",
    "optometrist": "Eye exam",
    "dentist": "Dental exam",
    "podiatrist": "Foot exam",
    "foot doctor": "Foot exam",
}
_VISIT = re.compile(rf"^(?:visit|see)\s+(?:your|an?|the)\s+(?P<who>{'|'.join(_VISITED)})\b", re.I)


def _visits(sentence: str) -> list[Term]:
    visit = _VISIT.match(sentence)
    return [Term(_VISITED[visit.group("who").lower()])] if visit else []


_EXAMINES = re.compile(
    r"\b(?P<verb>listen(?:s|ing)? to|examin(?:e|es|ing)|look(?:s|ing)? at)\s+"
    r"(?P<det>your|the|your child's|a person's)\s+"
    r"(?P<part>[a-z]+(?: [a-z]+)?)",
    re.I,
)


def _examined(sentence: str) -> list[Term]:
    """What the examiner does, named as the exam: "listening to your lungs with a stethoscope" is
    listening to the lungs, "examine your child's chest" an exam of the chest."""
    terms = []
    for match in _EXAMINES.finditer(sentence):
        part = match.group("part")
        part = next(
            (a for a in sorted(lexicon_set("anatomy", "terms"), key=len, reverse=True) if part.startswith(a)), ""
        )
        verb = match.group("verb").lower()
        if not part:
            continue
        if verb.startswith("listen"):
            terms.append(Term(f"Listening to the {part}"))
        elif verb.startswith("exam"):
            terms.append(Term(f"Exam of the {part}"))
        else:
            terms.append(Term(f"Looking at {match.group('det').lower()} {part}"))
    return terms


def _test_suffixes() -> tuple[str, ...]:
    return tuple(load_lexicon()["kinds"]["test_suffixes"])
