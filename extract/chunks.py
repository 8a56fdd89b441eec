"""Names in running prose: the noun phrase that ends in a head word of a kind ("a rectal exam",
"CT or MRI scans", "surgery to remove the gallbladder (cholecystectomy)").

A name is the head and the modifiers before it, up to the first word that cannot modify a noun
(a determiner, a verb, a preposition, an adverb); "X or Y head" names two things. Evaluative
words ("abnormal", "special", "further") are not part of a name.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from extract.phrases import Term, tidy
from ontology import load_lexicon

#: Longest run of modifiers kept before a head.
MAX_MODIFIERS = 4
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9'\-]*|\S")
#: Words that end a name to their right: they cannot modify the noun after them.
_NOT_MODIFIERS = frozenset(
    """a an the this that these those your my our their his her its some any no each every all both other another
    such many more most much few several certain following further additional special abnormal normal regular
    repeated simple new different usual main first second third is are was were be been being may can will would
    should could might must do does did has have had get gets got and or but nor so if when while because as
    than then also often usually sometimes rarely always never only even very not to of in on at by for from
    with without into onto over under after before during about through between among via per which who whom
    whose what where how there here it they you we he she one ones called known named include includes
    including use used using need needed needs help helps done perform performed order ordered show shows
    reveal reveals diagnose diagnosed check checked confirm confirm find found see look test tested high low
    elevated increased decreased provider providers doctor doctors nurse team case cases people person patients
    time times day days week weeks month months year years checking having getting using doing making taking
    giving take takes prescribe prescribes prescribed give gives given receive receives received recommend
    recommends recommended require requires required planning starting start started right same own wrong
    two three four five six seven eight nine ten certified try tried suggest suggests suggested advise advises
    consider considers offer offers uses involve involves replace replaces limit limits avoid avoids stop stops
    important common best yourself himself herself themselves itself apply applies inject injects""".split()
)
#: Endings of the adjectives that "X or Y head" coordinates ("oral or intravenous antibiotics").
_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ed", "ar", "ary", "ent", "ant", "ful", "less", "ile")
#: Words with a name's ending that are not names ("milligrams").
_NOT_NAMES = frozenset("milligram milligrams kilogram kilograms program programs diagram diagrams micrograms".split())
#: Words that are a verb, not a head noun, after these ("to monitor", "may test").
_VERB_BEFORE = frozenset("to will may can might could should must cannot".split())


def names_headed_by(sentence: str, heads: Collection[str], suffixes: tuple[str, ...] = ()) -> list[Term]:
    """The names in a sentence whose last word is one of ``heads`` or ends in one of ``suffixes``.

    >>> [t.label for t in names_headed_by("A rectal exam may reveal a mass.", {"exam"})]
    ['Rectal exam']
    >>> [t.label for t in names_headed_by("CT or MRI scans of the abdomen may be used.", {"scans"})]
    ['CT scans', 'MRI scans']
    >>> [t.label for t in names_headed_by("It should be followed up with a colonoscopy.", set(), ("scopy",))]
    ['Colonoscopy']
    >>> names_headed_by("These help to monitor your progress.", {"monitor"})
    []
    >>> names_headed_by("It measures how well you can move air.", {"air"})
    []
    """
    tokens = _TOKEN.findall(sentence)
    found: list[Term] = []
    for i, token in enumerate(tokens):
        word = token.lower()
        if not (word in heads or (suffixes and word.endswith(suffixes) and len(word) > 6 and word not in _NOT_NAMES)):
            continue
        if i and (tokens[i - 1].lower() in _VERB_BEFORE or tokens[i - 1] == "("):
            continue  # "to monitor"; "(NSAIDs)", an alias of the name before it
        if i + 1 < len(tokens) and tokens[i + 1].lower() in heads:
            continue  # "blood test results": the head is further on
        if i + 1 < len(tokens) and tokens[i + 1].lower() in ("called", "named", "known"):
            continue  # "an injectable medicine called anakinra": what kind of thing the name is
        start = i
        while (
            start > 0 and i - start < MAX_MODIFIERS and _modifies(tokens[start - 1]) and not _begins_name(tokens, start)
        ):
            start -= 1
        if start < i and start > 0 and _is_verb_after(tokens[start - 1], tokens[start]):
            start += 1  # "you can move air", "to deliver fluids": a verb opens no name
        head = tokens[start : i + 1]
        if len(head) == 1 and not _names_alone(token, heads, suffixes):
            continue
        if (
            start >= 2
            and tokens[start - 1].lower() in ("or", "and")
            and _modifies(tokens[start - 2])
            and tokens[start - 2].lower() not in heads
            and _modifier_conjunct(tokens[start - 2])
            and len(head) == 2
            and (head[0].isupper() or not tokens[start - 2].isupper())  # "EGD or upper endoscopy": EGD is one
        ):
            found.append(Term(tidy(f"{tokens[start - 2]} {token}")))
        found.append(Term(tidy(" ".join(head))))
    return list(dict.fromkeys(found))


def _is_verb_after(before: str, token: str) -> bool:
    """A verb after a modal ("can move"), or after "to" when it is one ("to deliver", not "respond
    to hormone therapy")."""
    if before.lower() != "to":
        return before.lower() in _VERB_BEFORE
    return token.lower() in _verbs()


@cache
def _verbs() -> frozenset[str]:
    """Verbs a name never starts with after "to": imperatives and the verbs of purposes."""
    words = load_lexicon()["words"]
    return frozenset([*words["imperative_verbs"], *words["infinitive_verbs"]])


def _modifier_conjunct(token: str) -> bool:
    """ "CT or MRI scans", "oral or IV antibiotics", "cholesterol and triglyceride levels"; not the
    plural noun that heads a name of its own ("hard candies or throat lozenges")."""
    word = token.lower()
    return token.isupper() or word.endswith(_ADJECTIVE_ENDINGS) or not word.endswith("s")


def _names_alone(token: str, heads: Collection[str], suffixes: tuple[str, ...]) -> bool:
    """A head names a thing on its own when it is an acronym ("ECG"), has a name's ending
    ("colonoscopy") or is not a head other words must complete ("tests", "level")."""
    word = token.lower()
    return token.isupper() or (bool(suffixes) and word.endswith(suffixes)) or word not in heads or word in _ALONE


#: Heads that are names on their own though other names end in them too.
_ALONE = frozenset(
    """biopsy ultrasound urinalysis spirometry endoscopy x-ray x-rays surgery chemotherapy radiotherapy immunotherapy
    radiation dialysis oxygen rest antibiotics corticosteroids steroids bronchodilators nsaids antivirals
    antihistamines diuretics counseling rehabilitation""".split()
)


def _extends(tokens: list[str], start: int) -> bool:
    """Whether the word before ``start`` belongs to the name that ``start`` is in."""
    return _modifies(tokens[start - 1]) and not _begins_name(tokens, start)


def _begins_name(tokens: list[str], i: int) -> bool:
    """A capitalised word inside a sentence begins a name ("fluids Physical therapy" ran together)."""
    token = tokens[i]
    return i > 0 and token[:1].isupper() and not token.isupper() and tokens[i - 1] not in ("(", '"')


def _modifies(token: str) -> bool:
    return token[0].isalpha() and token.lower() not in _NOT_MODIFIERS and not token.lower().endswith("ly")
