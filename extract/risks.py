"""Risk factors and causes told in prose, by the sentence patterns English uses for them.

"Gout may run in families.", "The problem is more common in men, in women after menopause, and
people who drink alcohol.", "Smoking increases your risk.", "People of African descent are at
higher risk.", "Dilating eye drops may trigger an attack.", "You are more likely to develop
this condition if you have a family history of MS". A negated statement ("is not caused by",
"does not raise the risk") gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from extract import shipped
from extract.matchkey import match_key
from extract.model import Relation
from extract.phrases import Term, is_adjective, parse_term, split_list, tidy
from extract.subjects import gerund, subjectless
from extract.terms import NEGATION
from ontology import load_lexicon

#: A risk factor or cause read from a sentence.
Risk = tuple[Relation, Term]

_FAMILIES = re.compile(
    r"\b(?:runs?|running) in (?:the )?famil(?:y|ies)\b|"
    r"\bpassed (?:down )?(?:through|in|from) (?:the )?(?:famil|parent)|"
    r"\b(?:more often|more common|more likely) (?:in|among) (?:the )?(?:relatives|family members|siblings)\b",
    re.I,
)
_SEXES = "men|women|males|females|boys|girls"
_SEX_THAN = re.compile(
    rf"\b({_SEXES})\b[^.;]{{0,60}}?\bmore (?:often|commonly|frequently|likely)?\s*than (?:in |do |are )?(?:{_SEXES})\b",
    re.I,
)
_MORE_COMMON_IN = re.compile(
    r"\b(?:(?:more|most) (?:common|likely|frequent|prevalent|often)(?: seen| found)?|"
    r"(?:worse|more severe)(?= (?:in|among) (?:people|persons|those|adults|children|women|men|anyone)\b))"
    r" (?:in|among) (?P<who>.+?)"
    r"(?:\s+than\b|(?<!\bsuch)\s+as\s|\s+(?:because|since|but|although|though)\s|,\s+(?:although|though|but)\b|[.;]|$)",
    re.I,
)
#: "It commonly affects people over 60 years of age", "The disease most often affects young women".
_AFFECTS_WHO = re.compile(
    r"^(?P<subject>.+?)\s+(?:(?:most|more)\s+)?(?:commonly|often|usually|mainly|mostly|typically|frequently)\s+"
    r"(?:affects|occurs in|strikes|is seen in|is found in|develops in)\s+"
    r"(?P<who>(?:people|persons|adults|children|women|men|boys|girls|infants|babies|newborns|teens|young|older|"
    r"middle-aged)\b[^.;]*?)\.?$",
    re.I,
)
_OLDER = re.compile(
    r"\bas (?:people|you|a person|we|they) (?:get|gets|become|becomes|grow|grows|age)(?: older)?\b|"
    r"\b(?:with|as) (?:increasing|advancing) age\b|\brisk (?:increases|goes up|rises) with age\b",
    re.I,
)
_RAISES = re.compile(
    r"^(?P<subject>.+?)\s+(?:(?:may|can|might|could|also|greatly|further|will|does|do|is known to|are known to)\s+)*"
    r"(?:increases?|raises?|heightens?|doubles?)\s+(?:your |the |a person's |their |one's )?"
    r"(?:risk|chance|likelihood|odds)",
    re.I,
)
#: "A birth defect called intestinal malrotation can make an infant more likely to develop a
#: volvulus": what makes one more likely to get the disease (not "... to get infections").
_MAKES_LIKELY = re.compile(
    r"^(?P<subject>.+?)\s+(?:(?:may|can|might|could|also|will)\s+)*makes?\s+(?:[\w']+\s+){1,2}?more likely to "
    r"(?:develop|get|have)\s+(?:an?\s+)?(?P<what>[^,.;]+?)\.?$",
    re.I,
)
_AT_RISK = re.compile(
    r"^(?P<subject>.+?)\s+(?:(?:are|is|may be|might be|can be|also|have|has)\s+)+(?:an?\s+)?"
    r"(?:(?:at|of|an?)\s+){0,2}(?:(?:higher|increased|greater|high|more)\s+)(?:risk|chance|likely)\b",
    re.I,
)
_TRIGGERS = re.compile(
    r"^(?P<subject>.+?)\s+(?:(?:may|can|might|could|often|also|commonly)\s+)*"
    r"(?:triggers?|brings? on|sets? off|provokes?)\s"
    r"(?!include|are|is|can|may)",
    re.I,
)
_IF_YOU = re.compile(
    r"\b(?:more likely|at (?:higher |increased |greater )?risk|"
    r"(?:risk|chance) (?:is|may be) (?:higher|greater|increased))"
    r"\b[^.;]*?\bif\s+(?P<conditions>.+?)\.?$",
    re.I,
)
_CAUSED_BY = re.compile(
    r"^(?P<subject>.+?)\s+(?:is|are|can be|may be|is often|is usually|is most often|are often|are usually)\s+"
    r"(?:(?:most often|usually|often|mostly|mainly|commonly|sometimes|always|also|generally|most commonly)\s+)*"
    r"(?:caused by|due to|the result of)\s+(?P<cause>.+?)\.?$",
    re.I,
)
_LINKED = re.compile(
    r"^(?P<subject>.+?)\s+(?:(?:may|might|can|could|also|often|is|are|have been|has been|be|been)\s+)*"
    r"(?:linked|associated|tied|related|connected)\s+(?:to|with)\s+(?P<what>.+?)\.?$",
    re.I,
)
#: "Genes and hormones may play a role", "Certain genes may play a role in CHD": a part in bringing it about.
_PLAYS_ROLE = re.compile(
    r"^(?P<subject>.+?)\s+(?:(?:may|might|can|could|also|often|likely|seems? to|appears? to|(?:is|are) thought to)\s+)*"
    r"plays?\s+(?:a|an|some)\s+(?:\w+\s+)?role(?:\s+in\s+(?:causing\s+|the development of\s+)?(?P<what>[^,]+?))?\.?$",
    re.I,
)
#: "Women tend to get them more often", "Men develop it more often than women".
_MORE_OFTEN = re.compile(
    rf"^({_SEXES})\s+(?:(?:tend to|are more likely to|usually)\s+)?(?:get|gets|develop|develops|have|has)\s+"
    r"(?:it|them|this|the (?:disease|condition|disorder)|\w+)\s+more (?:often|commonly|frequently)\b",
    re.I,
)
#: "women are more likely to get an infection after sexual activity or when using a diaphragm".
_LIKELY_AFTER = re.compile(
    r"\bmore likely to (?:get|develop|have)\s+[\w\s]+?\s+(?:after|when|while)\s+(?P<what>.+?)\.?$", re.I
)
_CAUSES_IT = re.compile(
    r"^(?P<subject>.+?)\s+(?:(?:may|can|might|could|also|often|usually|commonly|sometimes)\s+)*"
    r"(?:causes?|leads? to|results? in)\s+(?:the\s+)?(?:development of\s+|most cases of\s+)?(?P<what>.+?)\.?$",
    re.I,
)
_PEOPLE_WHO = re.compile(
    r"^(?:people|persons?|those|anyone|adults|children|individuals|patients|someone|women|men|girls|boys|infants|"
    r"babies|teens|teenagers)\s+who\s+(?P<be>are\s+|is\s+)?(?P<what>.+?)"
    r"(?:\s+(?:have|has|are|is)\s+(?:an?\s+)?(?:increased|higher|greater|high)\b.*)?$",
    re.I,
)
_PEOPLE_WITH = re.compile(
    r"^(?:people|persons?|those|anyone|individuals|patients|someone)\s+(?:with|of|from|having)\s+"
    r"(?P<what>.+)$",
    re.I,
)
_PEOPLE_AGED = re.compile(
    r"^(?:people|persons|those|adults|men|women|children)\s+(?P<side>over|under|older than|younger than|above|below)\s+"
    r"(?:the\s+)?(?:age\s+(?:of\s+)?)?(?P<age>\d+)",
    re.I,
)
#: "Measles is spread by contact with droplets", "The virus can be passed from person to person
#: through sexual contact": how the disease, or what causes it, reaches a person.
_SPREAD = re.compile(
    r"^(?P<subject>.+?)\s+(?:(?:is|are|can be|may be|is often|is usually|is most often|is mostly|is mainly|"
    r"can also be|may also be|is also|are also|most often|usually|often|commonly|mainly)\s+)+"
    r"(?:spread|passed|transmitted|caught)\s+(?:(?:from|to)\s+(?:one\s+)?(?:person|people|humans|others|another)"
    r"(?:\s+to\s+(?:another|person|people))?\s+)?(?:mainly\s+|mostly\s+|most often\s+|usually\s+)?"
    r"(?:by|through|via)\s+(?P<way>.+?)\.?$",
    re.I,
)
#: "You can catch hepatitis B infection through contact with blood": how a person gets it.
_CATCH = re.compile(
    r"^(?:you|people|a person|someone|anyone|children)\s+(?:(?:can|may|could|might|often|usually|also)\s+)*"
    r"(?:catch|get|contract|acquire)\s+(?P<subject>.+?)\s+(?:mainly\s+|mostly\s+|usually\s+)?"
    r"(?:through|by|via)\s+(?P<way>.+?)\.?$",
    re.I,
)
#: "Gout may occur after taking medicines that ...", "HUS often occurs after a gastrointestinal
#: infection": what comes before the disease.
_OCCURS_AFTER = re.compile(
    r"^(?P<subject>.+?)\s+(?:(?:may|can|might|could|often|usually|also|sometimes|most often|mostly|commonly)\s+)*"
    r"(?:occurs?|develops?|happens?|starts?|appears?|begins?)\s+(?:(?:shortly|quickly|soon|right|usually|often)\s+)?"
    r"(?:after|following|during(?![^.]*\b(?:years?|adulthood|puberty|aging|months?|weeks?|trimester|teens?|sleep|"
    r"night|day|exercise|periods?|attacks?|childhood|infancy)\b))\s+"
    r"(?!(?:age|the age|birth|the first|each|treatment|surgery to)\b|\d)(?P<what>[^:]+?)"
    r"(?:,?\s+(?:because|and due to|due to)\b.*)?\.?$",
    re.I,
)
#: What stands for the disease's cause in a sentence about how it spreads.
_PATHOGEN = re.compile(r"^(?:the\s+)?(?:virus|viruses|bacteria|bacterium|germs?|parasites?|fungus|fungi)$", re.I)
_PRONOUN_SUBJECT = frozenset("it this that these those they he she you we one which".split())
#: Subjects that stand for the article's disease in its own Causes section.
_DISEASE_WORDS = re.compile(
    r"^(?:it|this|the (?:condition|disease|disorder|illness|infection|problem|syndrome|cancer)|"
    r"most cases|many cases|(?:the )?(?:most|many) cases(?: of [\w\s-]+)?)$",
    re.I,
)


def risks_in(sentence: str, names: Iterable[str], *, causal_only: bool = False) -> list[Risk]:
    """The risk factors and causes a sentence states about the disease named ``names``.

    With ``causal_only`` (a Symptoms section, where "more common in the front of the shoulder" and
    "more likely to have subtle symptoms" are about the symptoms) only what brings the disease
    or its attacks about counts: heredity, triggers, causes.

    >>> [t.label for _, t in risks_in("Gout may run in families.", ["Gout"])]
    ['Family history']
    >>> [t.label for _, t in risks_in("Psoriasis is not passed down through families.", ["Psoriasis"])]
    []
    >>> [t.label for _, t in risks_in("MS affects women more often than men.", ["MS"])]
    ['Women']
    >>> [t.label for _, t in risks_in("It is more common in men and people who drink alcohol.", ["Gout"])]
    ['Men', 'Drinking alcohol']
    >>> [t.label for _, t in risks_in("Smoking also increases your risk.", ["Stroke"])]
    ['Smoking']
    >>> [t.label for _, t in risks_in("People of African descent are also at higher risk for this disease.", ["X"])]
    ['African descent']
    >>> [t.label for _, t in risks_in("Dilating eye drops may trigger an acute glaucoma attack.", ["Glaucoma"])]
    ['Dilating eye drops']
    >>> [(r, t.label) for r, t in risks_in("It is caused by a virus, a gene defect, or both.", ["MS"])]
    [('cause', 'Virus'), ('cause', 'Gene defect')]
    >>> [(r, t.label) for r, t in risks_in("It is caused by the varicella-zoster virus, a herpes virus.", ["X"])]
    [('cause', 'Varicella-zoster virus')]
    >>> [t.label for _, t in risks_in("Genes and hormones may play a role.", ["RA"])]
    ['Genes', 'Hormones']
    >>> risks_in("Hormones play a big role in a woman's menstrual cycle.", ["RA"])
    []
    >>> [t.label for _, t in risks_in("Infection and genes may be linked to the disease.", ["RA"])]
    ['Infection', 'Genes']
    >>> [t.label for _, t in risks_in("Most UTIs are caused by bacteria.", ["UTI"])]
    ['Bacteria']
    >>> [(r, t.label) for r, t in risks_in("Problems with your genes may also cause development of AML.", ["AML"])]
    [('cause', 'Problems with your genes')]
    >>> risks_in("Gout is not caused by diet.", ["Gout"])
    []
    >>> [t.label for _, t in risks_in("You are more likely to get it if you smoke or you have diabetes.", ["X"])]
    ['Smoking', 'Diabetes']
    >>> risks_in("Nausea is more common in women.", ["X"], causal_only=True)
    []
    >>> risks_in("A parasite causes Chagas disease, which is more common in Mexico.", ["Achalasia"])
    []
    """
    lowered = {n.lower() for n in names}
    sentence = _IN_PARENTHESES.sub(r"\1.", sentence.strip())  # "(People who are white are at risk.)"
    found: list[Risk] = []
    if _FAMILIES.search(sentence) and not _negated(sentence, _FAMILIES):
        found.append(("riskFactor", Term("Family history")))
    if causal_only:
        return found + _causes_in(sentence, lowered)
    for match in _SEX_THAN.finditer(sentence):
        if not NEGATION.search(sentence[: match.end()]):
            found.append(("riskFactor", Term(tidy(match.group(1)))))
    if _OLDER.search(sentence) and not _negated(sentence, _OLDER):
        found.append(("riskFactor", Term("Older age")))
    common = _MORE_COMMON_IN.search(sentence)
    if common and re.search(r"\b(?:which|that|who)\s+(?:is|are)\s+$", sentence[: common.start()]):
        common = None  # "... causes Chagas disease, which is more common in Mexico": said of another thing
    if common and not _SEX_THAN.search(sentence) and not NEGATION.search(sentence[: common.end()]):
        found += [("riskFactor", t) for who in split_list(_no_commas_in_ages(common.group("who"))) for t in _who(who)]
    found += _said_of_subject(_RAISES, sentence, lowered) + _said_of_subject(_AT_RISK, sentence, lowered)
    affects = _AFFECTS_WHO.match(strip_opener(sentence))
    if affects and _is_the_disease(affects.group("subject"), lowered) and not NEGATION.search(affects.group(0)):
        found += [("riskFactor", t) for who in split_list(_no_commas_in_ages(affects.group("who"))) for t in _who(who)]
    likely = _MAKES_LIKELY.match(strip_opener(sentence))
    if likely and _is_the_disease(likely.group("what"), lowered) and not NEGATION.search(likely.group(0)):
        found += [("riskFactor", t) for t in _subject_terms(likely.group("subject"), lowered)]
    conditions = _IF_YOU.search(sentence)
    if conditions and not NEGATION.search(conditions.group(0)):
        for part in re.split(r",?\s+(?:or|and)\s+(?=(?:you|your|if)\b)", conditions.group("conditions")):
            part = re.sub(r"^(?:if\s+)?you(?:'re)?\s+", "", part.strip(), flags=re.I)
            found += [("riskFactor", t) for piece in subjectless(_third_person(part)) for t in parse_term(piece)]
    linked = _LINKED.match(strip_opener(sentence))
    if linked and _is_the_disease(linked.group("what"), lowered) and not NEGATION.search(linked.group(0)):
        found += [("riskFactor", t) for t in _subject_terms(linked.group("subject"), lowered)]
    role = _PLAYS_ROLE.match(strip_opener(sentence))
    said_of_it = role and (not role.group("what") or _is_the_disease(role.group("what"), lowered))
    if role and said_of_it and not NEGATION.search(role.group(0)):
        found += [("riskFactor", t) for t in _subject_terms(role.group("subject"), lowered)]
    for match in _MORE_OFTEN.finditer(sentence):
        if not NEGATION.search(sentence[: match.end()]):
            found.append(("riskFactor", Term(tidy(match.group(1)))))
    after = _LIKELY_AFTER.search(sentence)
    if after and not NEGATION.search(after.group(0)):
        for part in re.split(r",?\s+or\s+(?:when\s+|after\s+|if\s+)?", after.group("what")):
            found += [("riskFactor", t) for t in parse_term(_third_person(re.sub(r"^(?:you\s+)?", "", part)))]
    found += _spread_by(sentence, lowered) + _occurs_after(sentence, lowered) + _main_causes(sentence, lowered)
    found += _risk_factors_named(sentence, lowered)
    return found + _causes_in(sentence, lowered)


_MAIN_CAUSE = re.compile(
    r"^(?P<subject>.+?)\s+(?:is|are)\s+(?:one\s+of\s+)?(?:the\s+|a\s+)?(?:\w+\s+)?"
    r"(?:most common|main|leading|major|usual|common|primary)\s+"
    r"(?:causes?|reasons?)(?:\s+of\s+(?P<what>[^,]+?))?(?:\s+(?:and|in|among|for)\b.*|,.*)?\.?$",
    re.I,
)


_MAIN_CAUSE_IS = re.compile(
    r"^(?:the|a)\s+(?:\w+\s+)?(?:most common|main|leading|major|usual|common)\s+causes?\s+of\s+(?P<what>[^,]+?)\s+"
    r"(?:is|are)\s+(?P<cause>[^;]+?)\.?$",
    re.I,
)
_CASES_OF = re.compile(r"^(?:(?:the|an?)\s+)?(?:(?:\w+\s+)?cases?\s+of\s+(?:an?\s+)?)?", re.I)


#: "High blood pressure is the main risk factor for strokes", "Smoking is a major risk factor".
_RISK_FACTOR_IS = re.compile(
    r"^(?P<subject>.+?)\s+(?:is|are)\s+(?:also\s+)?(?:the\s+|a\s+|an\s+|one of the\s+)?"
    r"(?:(?:main|major|biggest|most important|important|strong|strongest|leading|common|known|key|greatest|single|"
    r"other)\s+)*risk factors?(?:\s+(?:for|of)\s+(?P<what>[^,]+?))?(?:,.*)?\.?$",
    re.I,
)
#: "Hemorrhagic strokes may also occur when someone is taking blood thinners or has a bleeding disorder".
_WHEN_SOMEONE = re.compile(
    r"^(?P<subject>.+?)\s+(?:(?:may|can|might|could|often|also|usually|sometimes|most often|mostly|commonly)\s+)*"
    r"(?:occurs?|develops?|happens?)\s+(?:(?:more often|mostly|most often|usually|often|also)\s+)?"
    r"(?:when|if)\s+(?:someone|a person|you|people|they)\s+(?P<what>[^:]+?)\.?$",
    re.I,
)


def _risk_factors_named(sentence: str, lowered: set[str]) -> list[Risk]:
    """What a sentence calls a risk factor of the disease, or the people in whom it occurs."""
    found: list[Risk] = []
    named = _RISK_FACTOR_IS.match(strip_opener(sentence))
    if named and not NEGATION.search(named.group(0)):
        what = named.group("what")
        if not what or _is_the_disease(re.sub(r"\s+(?:in|among)\s.*$", "", what), lowered):
            found += [("riskFactor", t) for t in _subject_terms(named.group("subject"), lowered)]
    when = _WHEN_SOMEONE.match(strip_opener(sentence))
    if when and _is_the_disease(when.group("subject"), lowered) and not NEGATION.search(when.group(0)):
        for part in re.split(r",?\s+(?:or|and)\s+(?=(?:is|are|has|have|takes?|uses?)\b)", when.group("what")):
            taking = re.match(r"^(?:is\s+|are\s+)?(?:taking|takes?|using|uses?)\s+(?P<what>.+)$", part.strip())
            having = re.match(r"^(?:has|have)\s+(?P<what>.+)$", part.strip())
            if taking:  # "is taking blood thinners"
                found += [("riskFactor", t) for t in parse_term(f"Taking {taking.group('what')}")]
            elif having:  # "has a bleeding disorder"; "have a strong need to urinate" says what it is
                found += [("riskFactor", t) for t in parse_term(having.group("what")) if _names_a_disease(t.label)]
    return found


def _names_a_disease(label: str) -> bool:
    """A disease by MONDO's names or a disease word at its end ("bleeding disorder", "diabetes")."""
    endings = tuple(load_lexicon()["words"]["medical_name_endings"])
    return label.lower().endswith(endings) or bool(shipped.index("MONDO").get(match_key(label)))


def _main_causes(sentence: str, lowered: set[str]) -> list[Risk]:
    """ "Diabetes and high blood pressure are the 2 most common causes": causes, of the disease
    where the sentence names it or names nothing else."""
    sentence = strip_opener(sentence)
    named = _MAIN_CAUSE_IS.match(sentence)  # "The most common cause of X is injury during a procedure."
    if named and not NEGATION.search(sentence) and _is_the_disease(_CASES_OF.sub("", named.group("what")), lowered):
        return [("cause", t) for t in _subject_terms(named.group("cause"), lowered)]
    match = _MAIN_CAUSE.match(sentence)
    if not match or NEGATION.search(match.group(0)):
        return []
    what = match.group("what")
    if what and not _is_the_disease(_CASES_OF.sub("", what), lowered):
        return []
    return [("cause", t) for t in _subject_terms(match.group("subject"), lowered)]


def _occurs_after(sentence: str, lowered: set[str]) -> list[Risk]:
    """What the disease occurs after ("may occur after infections or with other illnesses")."""
    match = _OCCURS_AFTER.match(strip_opener(sentence))
    if not match or NEGATION.search(match.group(0)) or not _is_the_disease(match.group("subject"), lowered):
        return []
    what = re.split(r",?\s+(?:or|and)\s+(?:with|during|when|while|in)\s", match.group("what"), maxsplit=1)[0]
    return [("riskFactor", t) for t in parse_term(what, trim=("in which", "when", "if"))]


def _spread_by(sentence: str, lowered: set[str]) -> list[Risk]:
    """How the disease spreads ("is spread by contact with droplets"): each way a risk factor."""
    match = _SPREAD.match(strip_opener(sentence)) or _CATCH.match(strip_opener(sentence))
    if not match or NEGATION.search(match.group(0)):
        return []
    subject = match.group("subject")
    bare = re.sub(r"\s+infection$", "", subject, flags=re.I)  # "catch hepatitis B infection"
    if not (_is_the_disease(subject, lowered) or _is_the_disease(bare, lowered) or _PATHOGEN.match(subject)):
        return []
    return [("riskFactor", t) for t in parse_term(match.group("way"), trim=("that", "which", "when", "if"))]


def _said_of_subject(pattern: re.Pattern[str], sentence: str, lowered: set[str]) -> list[Risk]:
    """The risk factors a sentence's subject names when the sentence says ``pattern`` of it."""
    match = pattern.match(strip_opener(sentence))
    if not match or NEGATION.search(match.group(0)):
        return []
    return [("riskFactor", t) for t in _subject_terms(match.group("subject"), lowered)]


def _causes_in(sentence: str, lowered: set[str]) -> list[Risk]:
    """What triggers the disease or its attacks, and what causes it."""
    found = _said_of_subject(_TRIGGERS, sentence, lowered)
    causes = _CAUSES_IT.match(strip_opener(sentence))
    if causes and _is_the_disease(causes.group("what"), lowered) and not NEGATION.search(causes.group(0)):
        found += [("cause", t) for t in _subject_terms(causes.group("subject"), lowered)]
    caused = _CAUSED_BY.match(strip_opener(sentence))
    if caused and _is_the_disease(caused.group("subject"), lowered) and not NEGATION.search(caused.group(0)):
        cause = re.sub(r"^having\s+|\s+in (?:your|the|a person's) body$|,?\s+or both$", "", caused.group("cause"))
        if not re.search(r",?\s+(?:or|and)\s", caused.group("cause")):  # "the virus, a member of ...": apposition
            cause = re.split(r",\s+(?:a|an)\s", cause, maxsplit=1)[0]
        found += [("cause", t) for t in parse_term(cause, trim=("that", "which", "when"))]
    return found


_OPENER = re.compile(
    r"^(?:(?:however|also|often|sometimes|rarely|as a result|in addition|in general|for example|overall)\s*,\s*|"
    r"(?:in|for|among|with|after|during|before|since)\b[^,]{0,60},\s*|"
    r"(?:experts|researchers|scientists|doctors|some people)\s+(?:believe|think|suspect)\s+(?:that\s+)?)+",
    re.I,
)


_IN_PARENTHESES = re.compile(r"^\((.+?)\.?\)\.?$")


@lru_cache(maxsize=256)  # the readers of one sentence each ask for it
def strip_opener(sentence: str) -> str:
    """The sentence without an opening adverbial ("In people with diabetes, ...", "However, ...")."""
    return _OPENER.sub("", sentence.strip())


def _negated(sentence: str, pattern: re.Pattern[str]) -> bool:
    match = pattern.search(sentence)
    return bool(match and NEGATION.search(sentence[max(0, match.start() - 40) : match.start()]))


def _no_commas_in_ages(text: str) -> str:
    return re.sub(r"\b(\d+),(\d{3})\b", r"\1\2", text)


def who_named(phrase: str) -> list[Term]:
    """What a phrase about people names ("People who have heart disease" -> Heart disease)."""
    return _who(phrase)


def _who(phrase: str) -> list[Term]:
    """ "people who drink alcohol" -> Drinking alcohol; "people with diabetes" -> Diabetes; "men" -> Men."""
    phrase = re.sub(r"^(?:(?:in|among|including|such as|especially|like)\s+)+", "", phrase.strip(), flags=re.I)
    who = _PEOPLE_WHO.match(phrase)
    if who and who.group("be"):  # "people who are overweight": what they are ("white or of Asian descent")
        parts = re.split(r",?\s+(?:or|and)\s+of\s+", who.group("what"))
        return [t for part in parts for t in parse_term(part)]
    if who:
        return [t for piece in subjectless(_third_person(who.group("what"))) for t in parse_term(piece)]
    age = _PEOPLE_AGED.match(phrase)
    if age:  # "People over age 40" -> Age over 40
        return [Term(tidy(f"Age {age.group('side')} {age.group('age')}"))]
    having = _PEOPLE_WITH.match(phrase)
    terms = parse_term(having.group("what") if having else phrase)
    return [replace(t, narrower=tuple(n for e in t.narrower for n in _who(e.label))) for t in terms]


def _third_person(clause: str) -> str:
    """ "drink alcohol" -> the item reading of "Drink alcohol"; "smoke" -> "Smoking"."""
    words = clause.split()
    if len(words) == 1 and words[0].isalpha() and words[0].islower() and not words[0].endswith(("ed", "ing")):
        return gerund(words[0]).capitalize()
    return clause[:1].upper() + clause[1:]


def _subject_terms(subject: str, names: set[str]) -> list[Term]:
    """What a subject names, unless it is the disease, its people or a pronoun ("The following factors")."""
    subject = subject.strip()
    first = subject.split(" ", 1)[0].lower()
    if subject.lower() in names or first in _PRONOUN_SUBJECT or re.match(r"(?:the )?following\b", subject, re.I):
        return []
    return [t for t in _who(subject) if t.label.lower() not in names]


def _is_the_disease(subject: str, names: set[str]) -> bool:
    # "More severe cases of croup", "Some cases of the disease": what is said of some cases is said of it
    subject = re.sub(r"^(?:[\w-]+\s+){0,2}cases\s+of\s+(?=\S)", "", subject.strip(), flags=re.I)
    subject = re.sub(r"^(?:most|many|some|all)\s+(?=\S+s\b)", "", subject.strip(), flags=re.I)  # "Most UTIs"
    subject = re.sub(r"(?<=[A-Z])s$", "", subject)
    subject = re.sub(
        r"^(?:the )?(?:most common thought|(?:main|exact|usual) (?:cause|reason)) is that\s+",
        "",
        subject.strip(),
        flags=re.I,
    )
    lowered = subject.lower()
    if lowered in names or lowered.removesuffix("s") in names or bool(_DISEASE_WORDS.match(subject)):
        return True
    kind = re.match(r"^(?:the\s+)?(?P<kind>(?:[a-z-]+\s+){1,2}?)(?P<name>.+)$", lowered)  # "Hemorrhagic strokes"
    return bool(
        kind
        and (kind.group("name") in names or kind.group("name").removesuffix("s") in names)
        and all(is_adjective(w) and w not in _NOT_KINDS for w in kind.group("kind").split())
    )


#: Words before a disease's name that say how much of it, not which kind ("less myopia").
_NOT_KINDS = frozenset("less more no any some other most many few fewer".split())
