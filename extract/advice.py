"""Advice: what an imperative sentence or list item tells people to do, one measure per verb,
read as prevention or, in a Treatment section, as treatment ("Drink warm liquids")."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.phrases import Term, expand_coordination, is_adjective, is_generic, parse_term, tidy
from extract.terms import EXAMPLES_IN_SENTENCE, lexicon_set

ADVICE_OPENER = re.compile(
    r"^(?:(?:if|when|before|after|while)\b[^,]*,\s*)?(?:(?:always|also|never|then|otherwise|instead),?\s+)?"
    # "Try to exercise", "Be sure to ...", "You should drink plenty of fluids": the advice after them
    r"(?:(?:try to|be sure to|make sure(?: to| that you| you)|remember to|"
    r"(?:you|they|people|patients|the person)\s+(?:should|must|need to|(?:may|will|might) need to)"
    r"(?:\s+also)?)\s+)?",
    re.I,
)
#: How often, which is no part of what a measure is ("Gargle several times a day with salt water").
_HOW_OFTEN = re.compile(
    r"\s+(?:at least\s+)?(?:several|a few|many|\d+|one|two|three|four|once|twice)"
    r"(?:\s+(?:to|or)\s+\d+)?(?:\s+times)?\s+"
    r"(?:a|per|each|every)\s+(?:day|week|month|hour)\b",
    re.I,
)
#: Where the next imperative starts: "... and vacuum", "..., avoid crowds", "..., and always wash ...".
_NEXT_VERB = re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\sand\s+)(?:always\s+|also\s+|then\s+)?([\w']+)\b")
_ADVICE_END = re.compile(
    # "to" ends a measure at its purpose, not after a noun that takes it ("Avoid exposure to rodents")
    r"(?<!exposure)(?<!exposed)(?<!contact)(?<!close)(?<!travel)(?<!trips)(?<!next)\s+to\b|"
    r"\s+(?:so that|in order to|as much as possible|as recommended|as directed|if|when|because|until|unless)\b|"
    r",\s*(?:especially|which|unless|but)\b",
    re.I,
)
TREATMENT_TRIM = ("from", "for", "after", "at", "during", "with the goal", "in the hospital")


_TAKE = re.compile(r"^(?:take|use|try|get|receive|apply)\s+", re.I)


def advised_treatments(sentence: str) -> list[Term]:
    """Advice in a Treatment section: "Drink warm liquids" is a treatment as said, "Take NSAIDs"
    names the drug it says to take.

    >>> [t.label for t in advised_treatments("Take nonsteroidal anti-inflammatory drugs (NSAIDs).")]
    ['Nonsteroidal anti-inflammatory drugs']
    """
    terms = []
    for term in advice_in(sentence):
        taken = _TAKE.sub("", term.label)
        if taken != term.label and taken.lower().startswith(("your ", "it ", "them ", "this ", "these ", "the ")):
            continue  # "Take your medicine on time", "Take the entire amount": how to take a treatment
        if taken == term.label:
            terms.append(term)
            continue
        named = list(parse_term(taken, trim=TREATMENT_TRIM))
        purpose = _GENERIC_PURPOSE.search(sentence) if not named else None
        if purpose:  # "Take medicines to lower your cholesterol": medicines named by what they do
            named = [Term(tidy(purpose.group(1)[:1].upper() + purpose.group(1)[1:]))]
        terms += [replace(named[0], narrower=named[0].narrower + term.narrower)] if len(named) == 1 else named
    return terms


_GENERIC_PURPOSE = re.compile(
    r"\b(?:take|use|try)\s+(?:\w+\s+)?((?:medicines?|medications?|drugs?)\s+to\s+[a-z]+\s+(?:your\s+|the\s+)?"
    r"[a-z][a-z\s-]*?)(?:,|\.|;|\s+(?:if|when|and|or|as)\b|$)",
    re.I,
)


def avoided(text: str, term: Term) -> bool:
    """ "Avoid drugs such as aspirin", "You may need to stop taking aspirin", "a diet low in salt":
    what advice says to keep away from (a name after such words) is not a treatment.

    >>> avoided("Take ibuprofen, but stop taking aspirin.", Term("Aspirin"))
    True
    >>> avoided("Take ibuprofen, but stop taking aspirin.", Term("Ibuprofen"))
    False
    """
    label = term.label.lower()
    if label.startswith(_AVOID_STARTS):
        return False
    cue = _AVOID.search(text)
    if not cue:
        return False
    at = text.lower().find(label.split(" ", 1)[0])
    if at >= cue.end() and (_NOT_AVOIDED.match(text, cue.end()) or " by " in text[cue.end() : at]):
        return False  # "To avoid making it worse, wear ...", "Avoiding sun by using a sunscreen"
    return at >= cue.end() or (at < 0 and cue.start() == 0)


#: Advice whose object is what is treated or watched for ("Treat minor infections, such as athlete's
#: foot"), whose examples are no treatments.
AIMED_AT = re.compile(r"^(?:treat|prevent|watch for|look for|check for|report|recognize)\b", re.I)


def worsens(text: str, term: Term) -> bool:
    """ "SSRIs such as paroxetine may make symptoms worse", "Inactivity (such as bed rest) can make
    the disease worse": what the sentence's subject is said to worsen or bring on is no treatment.
    Advice about it ("Avoid drugs ... which can make your symptoms worse") and what is said to help
    first ("Oxygen may help some, but may worsen ...") are left alone.

    >>> worsens("Some medicines, such as paroxetine, may make symptoms worse.", Term("Paroxetine"))
    True
    >>> worsens("Oxygen therapy may help a few people, but may worsen night symptoms.", Term("Oxygen therapy"))
    False
    """
    label = term.label.lower()
    cue = _WORSENS.search(text)
    if not cue or label.startswith(_AVOID_STARTS):
        return False
    subject = text[: cue.start()].lower()
    return label.split(" ", 1)[0] in subject and not _HELPS_FIRST.search(subject) and not _AVOID.search(subject)


#: A modal and what makes a thing worse or brings it on: what precedes it is the subject.
_WORSENS = re.compile(
    r"\s(?:may|can|could|might|will|often|sometimes|also|actually|\s)+"
    r"(?:make|makes)\s(?:[\w'-]+\s){1,5}worse\b|\s(?:may|can|could|might|will)\s+(?:\w+\s+)?(?:worsen|trigger)\b",
    re.I,
)
_HELPS_FIRST = re.compile(r"\b(?:help|helps|used|treat|treats|relieve|relieves|prevent|prevents|slow|stop)\b")
_NOT_AVOIDED = re.compile(r"\s+(?:making|getting|becoming|having|worsening|falls|injur\w*|problems|complications)\b")
_AVOID_STARTS = ("avoid", "do not", "don't", "stop", "never", "limit", "cut", "stay away", "staying away")
_AVOID = re.compile(
    r"^(?:avoid|do not|don't|stop|never)\b|\b(?:avoid(?:ing)?|stop(?:ping)? (?:taking|using)|do not take|don't take|"
    r"never take|(?:low|lower) in|limit(?:ing)?|cut(?:ting)? (?:back|down) on|stay(?:ing)? away from)\b|"
    # "Talk to your provider about all medicines you take, including herbs": what is taken already
    r"\b(?:tell|talk (?:to|with)|ask|let)\s+(?:your|the)\s+(?:health care\s+)?(?:provider|doctor|pharmacist)s?\s+"
    r"(?:know\s+)?about\s+(?:all|any)\b",
    re.I,
)


def measures_in(text: str) -> list[Term]:
    """A listed measure: advice as the clauses it gives, what it says not to do one verb at a
    time ("Don't smoke or use tobacco"), anything else as the terms it names."""
    return advice_in(text) or not_to_do(text) or list(parse_term(text))


_NOT_TO_DO = re.compile(r"^(?P<dont>do not|don't|never)\s+(?P<rest>.+?)\.?$", re.I)


def not_to_do(text: str) -> list[Term]:
    """ "Don't smoke or use tobacco": each thing not to do, its negation kept.

    >>> [t.label for t in not_to_do("Do not smoke or use tobacco.")]
    ['Do not smoke', 'Do not use tobacco']
    >>> [t.label for t in not_to_do("Don't share towels, razors, or combs")]
    ["Don't share towels, razors, or combs"]
    >>> [t.label for t in not_to_do("Do not smoke and do not drink alcohol in excess.")]
    ['Do not smoke', 'Do not drink alcohol in excess']
    """
    match = _NOT_TO_DO.match(text.strip())
    if not match:
        return []
    clauses = re.split(r",?\s+(?:and|or)\s+(?=(?:do not|don't|never)\b)", text.strip(), flags=re.I)
    if len(clauses) > 1:  # "Do not smoke and do not drink alcohol in excess"
        return [t for clause in clauses for t in not_to_do(clause)]
    verbs = lexicon_set("words", "imperative_verbs") | lexicon_set("words", "subjectless_verbs")
    parts, start = [], 0
    rest = match.group("rest")
    for join in re.finditer(r",?\s+(?:or|and|nor)\s+(\w+)|,\s+(\w+)", rest):
        if (join.group(1) or join.group(2)).lower() in verbs:
            parts.append(rest[start : join.start()])
            start = join.start(1) if join.group(1) else join.start(2)
    parts.append(rest[start:])
    dont = match.group("dont")[:1].upper() + match.group("dont")[1:].lower()
    return [Term(f"{dont} {_ADVICE_END.split(p.strip())[0]}") for p in parts if p.strip()]


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
    sentence = _imperative(sentence)
    # An aside in parentheses ("(talk to your provider first)") is no part of the measure; an alias is.
    clause = ADVICE_OPENER.sub("", re.sub(r"\s*\((?:[^()\s]+\s+){2,}[^()]*\)", "", sentence.strip().rstrip(".")))
    clause = _HOW_OFTEN.sub("", clause)
    if clause.split(" ", 1)[0].lower() not in verbs or re.match(r"try not\b", clause, re.I):
        return []  # "Try not to take ...": not to do, which ``not_to_do`` reads
    joins = [
        m
        for m in _NEXT_VERB.finditer(clause)
        if m.group(1).lower() in verbs | {"do", "don't", "never"} and " " in clause[: m.start()].strip()
    ]  # "Reduce and avoid alcohol": two verbs of one object
    starts, ends = [0, *(m.start(1) for m in joins)], [*(m.start() for m in joins), len(clause)]
    pieces = [clause[a:b] for a, b in zip(starts, ends, strict=True)]
    terms = []
    for piece in pieces:
        said, *examples = EXAMPLES_IN_SENTENCE.split(piece, maxsplit=1)
        # "Try stress-reducing activities, such as yoga or tai chi": what is used, by its examples too;
        # what is avoided or controlled is not a measure ("Avoid medicines such as ibuprofen")
        used = piece.split(" ", 1)[0].lower() in _USED and not _PREPOSITION.search(said)
        narrower = tuple(parse_term(_ADVICE_END.split(examples[0])[0])) if examples and used else ()
        # "Avoid air pollution, industrial dust, and irritating fumes": one measure per object.
        parts = _one_per_object(_ADVICE_END.split(said)[0])
        terms += [Term(tidy(p), narrower=narrower if len(parts) == 1 else ()) for p in parts]
    return [t for t in terms if not is_generic(t.label) and " " in t.label and not _CONSULT.match(t.label)]


#: "Excessive alcohol should be avoided": advice said in the passive, and the verb it stands for.
_PASSIVE_ADVICE = re.compile(
    r"^(?P<what>(?!(?:it|this|that|these|those|they|he|she|you)\b)[^,;:]+?)\s+(?:should|must)\s+(?:also\s+)?be\s+"
    r"(?:(?:completely|strictly|carefully|also)\s+)?(?P<done>stopped|avoided|limited|reduced|quit)\b(?P<rest>[^;:]*)$",
    re.I,
)
#: Only what stops or lessens something: "should be used/taken" says how, not what to do.
_IMPERATIVE_OF = {"stopped": "Stop", "avoided": "Avoid", "limited": "Limit", "reduced": "Reduce", "quit": "Quit"}


def _imperative(sentence: str) -> str:
    """ "Excessive alcohol should also be avoided." -> "Avoid excessive alcohol."; others as they are."""
    passive = _PASSIVE_ADVICE.match(sentence.strip())
    if not passive:
        return sentence
    done = passive.group("done").lower()
    verb = _IMPERATIVE_OF[done]
    what = passive.group("what")
    what = what if re.match(r"[A-Z]{2}", what) else what[:1].lower() + what[1:]
    return f"{verb} {what}{passive.group('rest')}"


_PREPOSITION = re.compile(r"\s(?:in|on|at|during|when|while|for|with|from|of|to|after|before)\s", re.I)
_TWO_CONTENTS = re.compile(
    r"^(?P<head>.+?)\s+(?P<first>(?:rich|high|low|free)\s+in\s.+?)\s+and\s+(?P<second>(?:rich|high|low|free)\s+in\s.+)$",
    re.I,
)
#: Verbs whose object is what the measure uses, so that its examples are measures too.
_USED = frozenset("take use try apply wear eat drink".split())
#: "Check with your provider", "Talk to your doctor": advice to ask, and nothing about what;
#: where care is given ("Stay in the hospital for chemotherapy"): the place, not the care.
_CONSULT = re.compile(
    r"^(?:(?:check|talk|ask|tell|call|see|speak)\s+(?:with|to)?\s*(?:your|a|the)\s+(?:health care\s+)?"
    r"(?:provider|doctor|pharmacist|nurse)s?$|follow[ -]up\b|"
    r"(?:stay|be)\s+(?:in|at)\s+(?:the\s+|a\s+)?(?:hospital|home)\b)",
    re.I,
)


def _one_per_object(advice: str) -> list[str]:
    """ "Avoid dust and fumes" -> "Avoid dust", "Avoid fumes"; a phrase the verb does not
    distribute over ("Keep food in containers and out of bedrooms") stays whole."""
    verb = advice.split(" ", 1)[0].lower()
    both = _TWO_CONTENTS.match(advice)
    if both:  # "Eat a diet rich in fruits and vegetables and low in red meat": two measures
        return [f"{both['head']} {both['first']}", f"{both['head']} {both['second']}"]
    parts = expand_coordination(advice)
    if any(len(p.split()) == 2 and is_adjective(p.split()[1]) for p in parts):
        return [advice]  # "Eat a well-balanced, healthy diet": adjectives of one object
    return parts if all(p.split(" ", 1)[0].lower() == verb for p in parts) else [advice]
