"""Complications told in prose, by the sentence patterns English uses for what a disease leads to.

"Diabetes can lead to kidney damage.", "Severe liver damage or cirrhosis can be caused by
hepatitis B.", "People with psoriasis have an increased risk for fatty liver disease.", "There
is a much higher rate of liver cancer in people who have chronic hepatitis B.", and, in a
Complications section, whatever "you could develop". A negated statement gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from extract.phrases import Term, parse_term, tidy
from extract.subjects import gerund
from extract.terms import NEGATION, lexicon_set
from ontology import load_lexicon

_MODALS = r"(?:(?:can|may|might|could|will|would|often|also|eventually|sometimes|usually|later|even)\s+)*"
_LEADS_TO = re.compile(
    rf"^(?P<subject>.+?)\s+{_MODALS}"
    r"(?:(?:leads?|led) to|result(?:s|ed)? in|progress(?:es)? to|turn(?:s)? into|cause[sd]?)\s+"
    r"(?P<what>.+?)\.?$",
    re.I,
)
_GOOD_OUTCOME = re.compile(
    r"\b(?:recover\w*|cure[sd]?|outcome|outlook|treated|treatment|effective\w*|improve\w*|better|remission|"
    r"surviv\w*|depends?|little|only|later|cases|changes|life[- ]threatening|affect|normal|good|improving|"
    r"future|worsening)\b",
    re.I,
)
_CAUSED_BY_IT = re.compile(
    rf"^(?P<what>.+?)\s+{_MODALS}(?:be|is|are)\s+(?:caused by|a result of|due to)\s+(?P<cause>.+?)\.?$", re.I
)
_RISK_OF = re.compile(
    r"(?:\b(?:increased|higher|greater|high|more)\s+(?:risk|rate|chance|likelihood|incidence)|"
    r"\bat\s+(?:an?\s+)?(?:(?:high|higher|increased|greater)\s+)?risk)\s+(?:of|for)\s+"
    r"(?:(?:developing|getting|having)\s+)?(?P<what>.+?)"
    r"(?:\s+(?:in|among)\s+(?P<who>.+?))?\.?$",
    re.I,
)
_YOU_COULD = re.compile(
    r"\b(?:you|they|people|children|he|she|(?:some|many|most) people|a person|the (?:child|baby|person|patient)|"
    r"your (?:child|baby))\s+(?:(?:could|may|might|can|will)\s+(?:also\s+)?(?:develop|have|get|suffer|experience)|"
    r"(?:also\s+)?develop)\s+(?P<what>.+?)\.?$",
    re.I,
)
_WHAT_END = re.compile(
    r",?\s+(?:which|that|who|if|when|because|so that|so|(?<!such )as|unless|since|while|although|but|in people|in some|"
    r"leading to|resulting in|causing|"
    r"especially|and other problems|over time|later in life|after (?:an?|the|your|their)|"
    r"for (?:\w+ )?(?:days|weeks|months|years|life)|(?<!more )(?<!less )(?<!fewer )than|in the (?:future|coming)|"
    r"even after)\b|[;:]|,\s+(?:and|or)\s+(?:it|this|you)\b",
    re.I,
)
_DISEASE_WORDS = re.compile(
    r"^(?:(?:if (?:it is )?(?:not|left) (?:treated|untreated),?\s*)?(?:it|(?:the|this) (?:condition|disease|disorder|"
    r"illness|infection|syndrome|cancer)|untreated \w[\w\s-]*|over time,?\s*it))$",
    re.I,
)


def complications_in(
    sentence: str, names: Iterable[str], *, in_complications: bool = False, in_outlook: bool = False
) -> list[Term]:
    """The complications a sentence says the disease named ``names`` leads to.

    In a Complications section any subject leads to complications ("High blood sugar can lead to
    kidney damage"); elsewhere the subject must be the disease. What "you may have" or "many
    people develop" counts in a Complications or Outlook section, where it is what comes of it.

    >>> [t.label for t in complications_in("Gout can lead to joint damage.", ["Gout"])]
    ['Joint damage']
    >>> [t.label for t in complications_in("Liver damage or cirrhosis can be caused by hepatitis B.", ["Hepatitis B"])]
    ['Liver damage', 'Cirrhosis']
    >>> [t.label for t in complications_in("People with psoriasis have an increased risk for stroke.", ["Psoriasis"])]
    ['Stroke']
    >>> [t.label for t in complications_in("It can lead to skin, nerve, and brain problems.", ["RA"])]
    ['Skin problems', 'Nerve problems', 'Brain problems']
    >>> [t.label for t in complications_in("Smoking can lead to lung cancer.", ["Asthma"])]
    []
    >>> complications_in("Gout does not lead to kidney failure.", ["Gout"])
    []
    >>> [t.label for t in complications_in("With gout, you are at risk of developing kidney stones.", ["Gout"])]
    ['Kidney stones']
    >>> [t.label for t in complications_in("Many people develop depression after a stroke.", ["X"], in_outlook=True)]
    ['Depression']
    >>> complications_in("Many people develop depression after a stroke.", ["X"])
    []
    """
    lowered = {n.lower() for n in names}
    text = _opener(sentence)
    found: list[Term] = []
    leads = _LEADS_TO.match(text)
    said_of_it = leads and (in_complications or _is_the_disease(leads.group("subject"), lowered))
    # In an Outlook section what anything there leads to is an outcome of the disease ("Clots that
    # break off and travel to the brain can cause a stroke"), unless it is a good one or a factor.
    outcome = leads and in_outlook and not _GOOD_OUTCOME.search(leads.group("what") + " " + sentence)
    if leads and (said_of_it or outcome):
        found += _outcomes(leads.group("what"), leads.group(0))
    caused = _CAUSED_BY_IT.match(text)
    if caused and _names_disease(caused.group("cause"), lowered):
        found += _outcomes(caused.group("what"), caused.group(0))
    risk = _RISK_OF.search(text)
    if risk and (in_complications or _names_disease(text[: risk.start()] + " " + (risk.group("who") or ""), lowered)):
        found += _outcomes(risk.group("what"), text[: risk.end()], examples=True)
    could = _YOU_COULD.search(text) if in_complications or in_outlook else None
    if could:
        found += _outcomes(could.group("what"), could.group(0))
    highest = _RISK_IS_HIGH.match(text) if in_complications or in_outlook else None
    if highest and not NEGATION.search(highest.group(0)):  # "The risk for a second stroke is highest ..."
        found += _outcomes(highest.group("what"), highest.group(0))
    if in_complications and not NEGATION.search(text):
        found += [Term(noun.capitalize()) for noun in _states(text)]
    return [t for t in dict.fromkeys(found) if t.label.lower() not in lowered]


_RISK_IS_HIGH = re.compile(
    r"^(?:the|your)\s+risk\s+(?:for|of)\s+(?P<what>[^.,;]{3,60}?)\s+is\s+(?:(?:very|much|also)\s+)?"
    r"(?:highest|high|higher|greatest|greater|increased)\b",
    re.I,
)
_OPENER = re.compile(
    r"^(?:(?:however|also|often|sometimes|rarely|over time|in time|after many years|later|eventually|as a result|"
    r"in addition|in rare cases|in some cases|if (?:it is )?(?:not|left) (?:treated|untreated))\s*,\s*)+",
    re.I,
)


_BECOME = re.compile(r"\b(?:become|becomes|go|goes|be|get|gets)\s+(?:\w+\s+)?(\w+)\b", re.I)


def _states(sentence: str) -> list[str]:
    """ "You could become blind." -> blindness; "your foot may need to be amputated" -> amputation."""
    states = load_lexicon()["words"]["states"]
    return [states[m.group(1).lower()] for m in _BECOME.finditer(sentence) if m.group(1).lower() in states]


def _opener(sentence: str) -> str:
    return _OPENER.sub("", sentence.strip())


def _outcomes(what: str, clause: str, *, examples: bool = False) -> list[Term]:
    """What a clause says comes of the disease; with ``examples``, what "conditions such as" names
    ("at risk of developing conditions such as hearing loss"); without, a description names none."""
    if NEGATION.search(clause):
        return []
    what = _WHAT_END.split(what, maxsplit=1)[0]
    if not examples:  # the words before "such as" ("breathing difficulty such" is no name, and is dropped)
        what = re.split(r"\s+as\s", what, maxsplit=1)[0]
    what = _PROBLEMS_SUCH_AS.sub("", what)
    if re.match(r"^(?:\w+\s+){0,2}\w+\s+to\s+[a-z]+\b", what):
        return []  # "causes blood to leak into the brain": what it makes happen, not a condition
    return [t for t in parse_term(what) if not t.label.lower().startswith(_NOT_OUTCOMES)]


_PROBLEMS_SUCH_AS = re.compile(
    r"^(?:a |an |the )?(?:serious |severe |other |many |several |some |certain )*(?:health |medical )?"
    r"(?:problems?|conditions?|complications?|diseases|disorders|illnesses),?\s+"
    r"(?:such as|like|including)\s+",
    re.I,
)


#: What follows "lead to" without being an outcome ("lead to more tests").
_NOT_OUTCOMES = ("more ", "fewer ", "less ", "the need", "need ", "changes in", "symptoms", "signs", "better", "well ")


def _is_the_disease(subject: str, names: set[str]) -> bool:
    """The disease, a pronoun for it, or a stage of it ("Advanced glaucoma", "Untreated gout")."""
    subject = subject.strip().lower()
    staged = re.sub(r"^(?:advanced|untreated|severe|chronic|long-term|late-stage|poorly controlled)\s+", "", subject)
    return subject in names or staged in names or bool(_DISEASE_WORDS.match(subject))


def _names_disease(text: str, names: set[str]) -> bool:
    lowered = text.lower()
    return any(n and n in lowered and _as_word(n).search(lowered) for n in names)


@lru_cache(maxsize=1024)
def _as_word(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(name)}\b")


#: "Severe bleeding (hemorrhage) could occur.", "A secondary infection may develop.": in a
#: Complications section, what may occur is a complication; "... could develop sores" names its object.
_MAY_OCCUR = re.compile(
    r"^(?P<what>.+?)\s+(?:(?:may|can|could|might|will|sometimes|also|even)\s+)+(?P<verb>occur|happen|develop|result(?!s?\s+in\b))s?\b"
    r"(?P<rest>[^.;]*)",  # what "results in" is its object, which is read as what it leads to
    re.I,
)
#: Words after "develop" that say when or how, not what develops.
_NOT_OBJECT = re.compile(
    r"^\s*(?:$|if|in|when|after|later|earlier|from|as|because|with|over|during|due|following|at|on|and|or|\w+ly)\b",
    re.I,
)
_COMPLICATIONS_INCLUDE = re.compile(
    r"^(?:other\s+|possible\s+|serious\s+)?complications?\b[^.;:]{0,80}?\s(?:may\s+|can\s+|might\s+)?"
    r"include[sd]?\s+(?P<what>[^.;:]+?)\.?$",
    re.I,
)
#: Subjects that point at something said elsewhere, or at complications in general.
_POINTERS = frozenset("this these that it they complications complication problems potential side".split())


def complications_said(sentence: str) -> list[Term]:
    """What a Complications section's sentence says may occur, or lists as its complications.

    >>> [t.label for t in complications_said("In rare cases, severe bleeding (hemorrhage) could occur.")]
    ['Severe bleeding']
    >>> [t.label for t in complications_said("Complications may include infection and scarring.")]
    ['Infection', 'Scarring']
    >>> [t.label for t in complications_said("Your skin could develop sores and infections.")]
    ['Sores', 'Infections']
    >>> complications_said("This can occur with any infection."), complications_said("Bleeding does not occur.")
    ([], [])
    """
    text = _opener(sentence)
    if NEGATION.search(text) or text.endswith(":"):  # a lead-in's items are read as a list
        return []
    listed = _COMPLICATIONS_INCLUDE.match(text)
    if listed:
        return list(parse_term(listed.group("what")))
    said = _MAY_OCCUR.match(text)
    if not said:
        return []
    develops = said.group("verb").lower() == "develop" and not _NOT_OBJECT.match(said.group("rest"))
    what = said.group("rest") if develops else said.group("what")
    if what.split(" ", 1)[0].lower() in _POINTERS:
        return []
    return list(parse_term(what))


#: "Makes it hard to breathe or swallow", "make it harder for men to have an erection": what a
#: disease makes hard for the body or mind is a difficulty doing it.
_HARD_TO = re.compile(
    r"\b(?:make|makes|making|made)\s+it\s+(?:much\s+|very\s+)?(?:harder|hard|more\s+difficult|difficult)\s+"
    r"(?:for\s+(?:you|men|women|people|children|a person|the person|him|her|them)\s+)?to\s+"
    r"(?P<verb>[a-z]+)(?P<rest>(?:\s+(?!(?:and|or|because|when|if|so|but|than)\b)[\w'-]+){0,3})"
    r"(?:\s+(?:or|and)\s+(?P<other>[a-z]+)\b)?",
    re.I,
)


def made_hard(sentence: str) -> list[Term]:
    """What a sentence says is made hard to do, as the difficulty doing it.

    >>> [t.label for t in made_hard("Swelling makes it hard to breathe or swallow.")]
    ['Difficulty breathing', 'Difficulty swallowing']
    >>> [t.label for t in made_hard("Nerve damage can make it harder for men to have an erection.")]
    ['Difficulty having an erection']
    >>> made_hard("This makes it hard to know what caused it.")
    []
    """
    functions = lexicon_set("words", "hard_functions")
    terms = []
    for match in _HARD_TO.finditer(sentence):
        verb, other, rest = match.group("verb").lower(), (match.group("other") or "").lower(), match.group("rest")
        if verb not in functions:
            continue
        terms.append(Term(tidy(f"Difficulty {gerund(verb)}{rest}")))
        if other in functions and not rest:  # "hard to breathe or swallow": each verb alone
            terms.append(Term(f"Difficulty {gerund(other)}"))
    return terms
