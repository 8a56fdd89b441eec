"""Noun phrases from list items and sentences: coordination, parentheses, "such as".

Everything here works on English structure and the lexicon's word lists, never on
what one article says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from extract import shipped
from extract.hpo import hpo_index, phenotype_names
from extract.matchkey import match_key
from extract.memo import SIZE, memoised_iter, memoised_list
from extract.model import concept_key
from ontology import load_lexicon

#: How deep examples of examples are read ("X such as Y such as Z" stops at Y).
MAX_NESTING = 2
_LOCATIVE = ("in", "on", "below", "under", "above", "around", "behind", "near", "inside", "within", "at")
_CAUSAL = re.compile(r"\s+(?:from|due to|caused by|because of)\s+(?:an?\s+|the\s+)?(.+)$", re.IGNORECASE)
_EXAMPLES = re.compile(
    r"(?:,\s*|\s+|^)(such as|including|for example,?|especially|like|e\.g\.,?|"
    r"(?<=, )particularly(?!\s+(?:in|at|when|if|during|after|among|for|with|of|on)\b))\s+",
    re.IGNORECASE,
)
_PREPOSITIONS = frozenset(
    [
        "during",
        "in",
        "on",
        "at",
        "after",
        "before",
        "when",
        "while",
        "with",
        "without",
        "for",
        "from",
        "to",
        "of",
        "by",
        "as",
    ]
)
_ADJECTIVE_ENDINGS = ("ed", "en", "y", "al", "ous", "ive", "ful", "ic", "ant", "ent", "ble", "less", "ar", "ary")
# "drugs known as alkylating agents", "substances called allergens": the name is what follows.
_NAMED = re.compile(
    r"^(?:an?\s+|the\s+)?(?:\w+\s+)?(?:drugs?|medicines?|medications?|substances?|agents?|things)\s+"
    r"(?:known as|called)\s+|"
    # "Imaging test of the heart called an echocardiogram", "a surgery called a myotomy": the name follows
    r"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:tests?|procedures?|surger(?:y|ies)|operations?|exams?|scans?|"
    r"treatments?|therap(?:y|ies)|devices?|conditions?|disorders?|defects?|syndromes?)(?:\s+of\s+(?:the\s+)?[\w-]+)?\s+"
    r"(?:known as|called)\s+(?:an?\s+|the\s+)?|"
    r"^(?:an?\s+|the\s+)?(?:\w+\s+)?(?:(?:type|kind|form|strain)s?\s+of\s+)?"
    r"(?:bacteri(?:a|um)|virus(?:es)?|fung(?:us|i)|parasites?|germs?)\s+"
    r"(?:(?:known as|called|named)\s+|(?-i:(?=[A-Z][a-z]+ [a-z]+\b)))",  # "the bacteria Staphylococcus aureus"
    re.I,
)
_ALSO_CALLED = re.compile(
    r"^(?P<name>[^,]+?),\s+(?:(?:also|often|sometimes|commonly|usually)\s+)?(?:called|known as)\s+(?P<other>[^,()]+)$",
    re.I,
)
#: First words of what follows a list of examples rather than ending it ("and others to avoid ...",
#: "prednisone, treat moderate disease").
_NOT_EXAMPLES = frozenset("others treat treats help helps reduce reduces work works cause causes".split())
_PURPOSE = re.compile(
    r"\b(?:to (?:control|treat|prevent|reduce|manage|relieve|lower|help|avoid|check|find|see)|for)\s", re.I
)
_DESCRIBED = re.compile(
    r"^(?P<head>[A-Za-z][\w-]*(?: [\w-]+)?)\s+that\s+(?:feels?|is|are|looks?|seems?|becomes?|appears?)\s+"
    r"(?:very\s+)?(?P<adjs>[a-z][\w\s,-]*?)$",
    re.I,
)
_NOT_SYNONYM = re.compile(
    r"\b(may|can|is|are|was|gets?|shows?|by|most|often|rare|usually|sometimes|if|when|see|called|less|more|normal)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Term:
    """A concept named by a phrase, with what the phrase says around it."""

    label: str
    alt_labels: tuple[str, ...] = ()
    narrower: tuple[Term, ...] = ()  #: examples: "bleeding (such as nosebleeds)"
    parts: tuple[Term, ...] = ()  #: components: "blood count, including platelet count"
    causes: tuple[Term, ...] = ()  #: "pain ... from an enlarged liver"
    locations: tuple[str, ...] = ()  #: body sites: "swollen lymph nodes in the neck, groin"


@cache
def _words(name: str) -> frozenset[str]:
    section, _, key = name.partition(".")
    return frozenset(w.lower() for w in load_lexicon()[section][key])


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def split_top(text: str, pattern: str) -> list[str]:
    """Split on a regex, but never inside parentheses.

    >>> split_top("a (b, c), d", r",\\s*")
    ['a (b, c)', 'd']
    """
    compiled = _compiled(pattern)
    if "(" not in text and ")" not in text:
        return [p.strip() for p in compiled.split(text) if p and p.strip()]
    # Each match found is kept if it begins outside parentheses. The depth at a match counts
    # the brackets up to and including its first character, but none inside a kept separator.
    parts, depth, begin, counted, pos = [], 0, 0, 0, 0
    while match := compiled.search(text, pos):
        start = match.start()
        depth += text.count("(", counted, start + 1) - text.count(")", counted, start + 1)
        counted = pos = start + 1
        if depth == 0 and match.end() > start:
            parts.append(text[begin:start])
            begin = pos = counted = match.end()
    parts.append(text[begin:])
    return [p.strip() for p in parts if p.strip()]


_PREPOSITION_WORDS = r"(before|during|after|within|in|on|around|under|over|inside|outside)"
_JOINED_PREPOSITIONS = re.compile(rf"\b{_PREPOSITION_WORDS} (or|and) {_PREPOSITION_WORDS}\b")


#: What any separator of ``split_list`` holds: a text without it is one item.
_MAY_SPLIT = re.compile(r"[,;]|\s(?:and|or)\s")


@memoised_list
def split_list(text: str) -> list[str]:
    """Split a coordination on commas, "and" and "or", but not "with or without".

    >>> split_list("bleeding, weight loss, and infections")
    ['bleeding', 'weight loss', 'infections']
    >>> split_list('tingling or "pins and needles"')
    ['tingling', '"pins and needles"']
    """
    if not _MAY_SPLIT.search(text):
        return [text.strip()] if text.strip() else []
    protected = re.sub(r"\b(with) or (without|more|both)\b", "\\1\x00\\2", text)
    protected = re.sub(r"\b(one|two) or (more|both)\b", "\\1\x00\\2", protected)
    # "Drinking alcohol before or during exposure to heat": prepositions that share their object
    protected = _JOINED_PREPOSITIONS.sub("\\1\x02\\2\x02\\3", protected)
    protected = re.sub(
        r"(\d(?: years?| months?)?) (and|or) (older|younger|over|above|more|less|under)\b",
        "\\1\x02\\2\x02\\3",
        protected,
    )
    protected = re.sub(r"(\d) (and|to|or) (\d)", "\\1\x02\\2\x02\\3", protected)
    protected = protected.replace("and/or", "and\x01or")
    if '"' in protected:  # 'such as "pins and needles"': what is quoted is one expression
        protected = re.sub(r'"[^"]+"', lambda m: re.sub(r" (and|or) ", "\x02\\1\x02", m.group()), protected)
    parts = split_top(protected, r"(?:,\s*(?:and|or)\s+|[,;]\s*|\s+and\s+|\s+or\s+)")
    return [p.replace("\x00", " or ").replace("\x01", "/").replace("\x02", " ") for p in parts]


def strip_determiners(text: str) -> str:
    """Drop leading articles and quantifiers ("some other genetic conditions").

    >>> strip_determiners("some other genetic conditions")
    'genetic conditions'

    A quantifier that is part of a disease's name stays ("Multiple sclerosis", "Multiple myeloma").
    """
    words = text.split()
    while len(words) > 1 and words[0].lower() in _words("words.determiners") and not _named_whole(words):
        words = words[1:]
    return " ".join(words)


def _named_whole(words: list[str]) -> bool:
    """Whether MONDO names the phrase, its first word included ("Multiple sclerosis")."""
    return words[0].lower() not in ("a", "an", "the", "one") and match_key(" ".join(words)) in shipped.index("MONDO")


_SPACES = re.compile(r"\s+")
_EMPTY_PARENS = re.compile(r"\(\s*\)")


_DANGLING_ADVERB = re.compile(
    r"(?:,\s*|\s+--\s*|\s+)(?:(?:most|more|less)\s+)?(?:usually|mainly|mostly|particularly|especially|commonly|"
    r"typically|sometimes|generally)$|,\s*(?:most\s+)?(?:often|frequently)$",
    re.I,
)
_OPEN_RELATIVE = re.compile(r"\s+(?:that|which|who|whose|where)$|,?\s+even$", re.I)


@lru_cache(maxsize=SIZE)
def tidy(text: str) -> str:
    """A label as a person would write it: no stray punctuation, capital first letter."""
    text = _SPACES.sub(" ", text).strip(" ,;:.-–—\"'")
    if text.count('"') % 2:
        text = text.replace('"', "")  # 'Water pills" to remove excess fluid': a quote cut in two
    text = _EMPTY_PARENS.sub("", text).strip()
    text = _OPEN_RELATIVE.sub("", text)  # "Avoid medicines that", "Drink fluids, even": a clause cut at its verb
    text = _DANGLING_ADVERB.sub("", text)  # "Lump in the pelvic area, usually": how often, cut from what it said
    text = strip_determiners(text)
    return text[:1].upper() + text[1:] if text else ""


def is_generic(label: str) -> bool:
    """Whether a label names nothing on its own ("symptoms", "other conditions", "taking medicines")."""
    words = label.lower().split()
    if len(words) == 2 and words[0] in ("taking", "using", "getting") and words[1] in _MEDICINES - {"drug", "drugs"}:
        return True  # which medicines it does not say ("Using drugs" is drug use, a name)
    generic = _words("words.generic")
    if len(words) > 1 and words[-1] in generic and all(w in _words("words.evaluative") for w in words[:-1]):
        return True  # "Very accurate tests"
    return not label or label.lower() in generic or len(label) < 2


#: Words a name does not start with: they open a clause ("If medicines", "Who have nerve damage").
_CLAUSE_START = frozenset(
    "if when whenever who whom whose which that because while although though often usually after before since "
    "following until unless whether how what where why then also there it they you we he she this these those "
    "than as or and but so above below not no yes others in on at for from by with during to of over under through "
    "between among within upon people persons patients be been cannot can't you've you're they're once include "
    "includes near around along called followed seen guided due passed requiring useful however inside "
    "outside".split()
)
#: Words that name nothing on their own, whatever noun they stood before.
_DETERMINERS_ALONE = frozenset("another other any each every some such all both either neither several".split())
#: Words that are never a name on their own: what is said of a thing, not the thing.
_NOT_ALONE = frozenset(
    "including located feeling like small large big tiny wide missing look abnormal irregular "
    "rarely usually occasionally typically generally frequently commonly eventually finally sometimes often "
    "mainly mostly "
    # degree, time and place said of a finding ("High" of "High or low", "Worse at night")
    "most high low new worse little quick short intense excessive enlarged incomplete painless absent "
    "narrow sparse day night self off behind stop area place feel "
    # what is said of a thing's look or conduct, without the thing ("Behavior that is odd")
    "behavior behaviour color colour texture appearance shape size amount changes movements".split()
)


@cache
def _lone_adjectives() -> frozenset[str]:
    """Plain adjectives, which name nothing alone ("Severe", "Red"), but for those that also name
    an exposure, a condition or a people ("Cold", "Light", "White" of "more common in white people")."""
    return _words("words.plain_adjectives") - {"cold", "light", "high", "low", "white", "black"}


#: Words a name does not end with: they want more words after them.
_OPEN_END = frozenset("of to with in the a an and or for from by on at as than into your their such its how".split())
#: Words a name never holds: finite verbs and auxiliaries make a clause.
_FINITE_VERB = frozenset(
    "is are was were may can will should must could would might does did isn't aren't them it they he she we "
    "depends depend this these those cannot can't won't doesn't didn't occurs develops happens affects becomes begins "
    "appears shown".split()
)
#: Verbs in the third person that say what a thing does, never a noun ("helps", not "blocks" or "causes").
_SAYS_WHAT_IT_DOES = frozenset(
    "relieves reduces helps treats prevents lowers improves kills controls removes raises shrinks destroys "
    "protects allows".split()
)
_MEASURE = re.compile(r"\d\s*(?:mg|ml|mmol|mmhg|g/dl|%|percent|beats|kg|lb|pounds|degrees|°)", re.I)
#: A name is a few words; advice ("Gargle several times a day with warm salt water") is the longest.
MAX_NAME_WORDS = 12


_WORDS = re.compile(r"[\w'\-]+")
_HAS_NO = re.compile(r"\b(?:have|has|had)\s+no\b", re.I)


@lru_cache(maxsize=SIZE)
def is_name(label: str) -> bool:
    """Whether a label names a thing rather than say something: a noun phrase, not a clause.

    >>> [is_name(x) for x in ("Swollen lymph nodes", "If medicines", "Who have nerve damage", "Diet high in")]
    [True, False, False, False]
    >>> is_name("Occur in men between ages 20 to 30"), is_name("Stage I: Cancer is in the inner layers")
    (False, False)
    """
    words = _WORDS.findall(label.lower())
    if not words or len(words) > MAX_NAME_WORDS or ":" in label or ";" in label:
        return False
    if _MEASURE.search(label):
        return False  # "Uric acid level in the blood over 7.2 mg/dL": a reading, not a name
    if (
        len(words) > 1
        and (words[0].endswith("ly") or words[0] in ("right", "just", "soon", "shortly"))
        and words[1] in _OPEN_END | {"during", "when", "after", "before", "over", "within"}
    ):
        return False  # "mostly during physical activity", "right after ...", "slowly over years"
    if words in (["right", "away"], ["right", "now"], ["at", "once"], ["as", "needed"]):
        return False  # "Treat infections right away": when, not what
    if len(words) == 2 and words[0] in ("less", "more", "most", "very") and words[1].endswith(("ly", "often")):
        return False  # "Less commonly" of "Less commonly, diseases ...": an adverb, not a name
    if _HAS_NO.search(label):
        return False  # "Some women have no symptoms": a statement, and a negation
    if _HOW_OFTEN.search(label):
        return False  # "3 times a day", "Repeat 10 times": how often, not what
    if _CONDITIONAL.match(label):
        return False  # "Depending on the size of the hematoma": on what it turns, not a name ("Depending on others" is)
    if words[:2] in (["cause", "of"], ["causes", "of"], ["exact", "cause"]):
        return False  # "The cause of hives is not known": what is unknown, not a cause
    if words[:2] == ["risk", "factors"] or "described" in words:
        return False  # "The risk factors described above": a pointer, not a name
    # "Near fainting", "Not drinking enough fluids": a gerund after "near" or "not" is a name
    gerund = words[0] in ("near", "not") and len(words) > 1 and words[1].endswith("ing")
    opens = words[0] in _CLAUSE_START and not gerund
    if opens or words[-1] in _OPEN_END or any(w in _FINITE_VERB for w in words):
        return False
    if any(w in _SAYS_WHAT_IT_DOES and words[i - 1] not in ("that", "which", "who") for i, w in enumerate(words) if i):
        return False  # "Corticosteroid medicine relieves inflammation": a statement of what it does
    if len(words) == 1 and words[0] in _DETERMINERS_ALONE:
        return False  # "Another" of "an infection or another trigger"
    if len(words) == 1 and (words[0] in _NOT_ALONE or words[0] in _lone_adjectives() or _adverb(words[0])):
        return False  # "Small" of "Small, broad hands", "Including" of "other problems, including:"
    compound = len(words) == 2 and words[-1] in ("therapy", "therapies", "test", "tests")
    return words[0] not in _words("words.bare_verbs") or compound  # "Talk therapy" is no "Talk to ..."


_HOW_OFTEN = re.compile(r"^(?:repeat\s+)?(?:\d+|once|twice)(?:\s+(?:to|or)\s+\d+)?\s+times?\b", re.I)
_CONDITIONAL = re.compile(
    r"^(?:regardless\b|according\b|depending\s+(?:up)?on\s+(?:the|their|its|your|his|her|how|where|what|whether|age)\b)",
    re.I,
)


def _adverb(word: str) -> bool:
    """ "Particularly", "Mainly": an adjective made an adverb, which names nothing ("Family" is no adverb)."""
    base = word.removesuffix("ly")
    return base != word and len(base) > 2 and (base in _lone_adjectives() or base.endswith(_ADJECTIVE_ENDINGS[3:]))


def _adjective_like(word: str) -> bool:
    return word.lower().endswith(_ADJECTIVE_ENDINGS) and word.lower() not in _words("anatomy.terms")


def is_described(text: str) -> bool:
    """A thing named by what it feels or looks like ("Pulse that feels rapid, pounding, or too slow")."""
    return bool(_described(text.strip().rstrip(".")))


def _described(text: str) -> tuple[str, list[str]] | None:
    """The head and the one-word adjectives of "Pulse that feels rapid, pounding, or too slow"."""
    described = _DESCRIBED.match(text)
    if not described:
        return None
    adjectives = [re.sub(r"^too\s+", "", a) for a in split_list(described.group("adjs"))]
    return (described.group("head"), adjectives) if all(len(a.split()) == 1 for a in adjectives) else None


def _parallel(a: str, b: str) -> bool:
    """Whether two words are of one kind, so that a phrase's modifier distributes over them."""
    a, b = a.lower(), b.lower()
    for group in (
        "anatomy.terms",
        "kinds.test_heads",
        "kinds.therapy_heads",
        "words.shared_heads",
        "words.faculties",
        "words.vital_signs",
        "words.directions",
    ):
        if a in _words(group) and b in _words(group):
            return True
    return a.endswith("ing") and b.endswith("ing") and " " not in b  # not "Easy bruising and abnormal bleeding"


_OR = re.compile(r"\s(?:or)\s")


@memoised_list
def expand_coordination(text: str) -> list[str]:
    """Read a coordinated phrase as the concepts it names.

    >>> expand_coordination("Bone and joint pain")
    ['Bone pain', 'joint pain']
    >>> expand_coordination("Feeling weak or tired")
    ['Feeling weak', 'Feeling tired']
    >>> expand_coordination("enlarged liver or spleen")
    ['enlarged liver', 'enlarged spleen']
    >>> expand_coordination("swollen spleen, liver, or lymph nodes")
    ['swollen spleen', 'swollen liver', 'swollen lymph nodes']
    >>> expand_coordination("Pain or tightness in the chest")
    ['Pain in the chest', 'tightness in the chest']
    >>> expand_coordination("Decreased ability to exercise and take part in sports")
    ['Decreased ability to exercise and take part in sports']
    """
    halves = split_top(text, r"\s+and\s+") if "," not in text and _OR.search(text) else []
    if (
        len(halves) == 2
        and all(len(h.split()) >= 3 for h in halves)
        and re.match(r"[a-z]+ing\s", halves[1])
        and text.split(" ", 1)[0].lower() not in _words("words.imperative_verbs") | _words("words.shared_verbs")
    ):
        # "Clenching of the jaw and losing control of the urine or bowels": "and" joins what "or" splits
        return [c for half in halves for c in expand_coordination(half)]
    conjuncts = _regroup(text, split_list(text))
    if len(conjuncts) < 2:
        return conjuncts or [text]
    if conjuncts[0].lower() in _FEW and conjuncts[1].lower().startswith("no "):
        return [text]  # "Little or no urine": one amount, not "Little" and "no urine"
    activities = _activities(conjuncts)
    if activities is not None:
        return activities
    verbs = _words("words.imperative_verbs") | _words("words.infinitive_verbs")
    if re.search(r"\sto\s+[a-z]+\s", conjuncts[0]) and all(c.split(" ", 1)[0].lower() in verbs for c in conjuncts[1:]):
        return conjuncts[:1]  # "Medicines to keep the airways open and reduce mucus": the rest is its purpose too
    if any(strip_determiners(c).lower() in _words("words.not_conjuncts") for c in conjuncts[1:]):
        return [text]  # "Difficulty breathing in and out", "a score of 6 or lower": one phrase
    if all(c.split()[-1].lower() in _PREPOSITIONS for c in conjuncts[:-1]) and all(
        c.split(" ", 1)[0].lower() in _PREPOSITIONS for c in conjuncts[1:]
    ):
        return [text]  # "Pain during or after intercourse": the prepositions share their object
    history = _HISTORY_OF.match(conjuncts[0])
    object_ = conjuncts[0][history.end() :].split() if history else []
    if (
        history
        and not (len(object_) == 1 and is_adjective(object_[0]))  # "History of physical or sexual abuse"
        and not any(_HISTORY_OF.match(c) or _has_preposition(c.split()) for c in conjuncts[1:])
    ):
        # "History of diabetes or stroke"; not "... and being male", "... or Jewish ancestry": facts of their own
        return [conjuncts[0], *(c if _NOT_HISTORY.search(c) else history.group(0) + c for c in conjuncts[1:])]
    gerunds = _shared_noun(conjuncts) or _shared_object(conjuncts) or _shared_prefix(conjuncts)
    if gerunds:
        return gerunds
    lettered = _lettered(conjuncts)
    if lettered:
        return lettered  # "hepatitis C or B infection", "type 1 or 2 diabetes"
    if any(c.lower().startswith("other ") for c in conjuncts[1:]):
        return conjuncts  # "leukemia and other blood cancers": an instance and its class
    words = [c.split() for c in conjuncts]
    first, last, middle = words[0], words[-1], words[1:]
    if (
        first[0].lower() in ("a", "an")
        and len(first) == 2
        and all(len(w) == 1 for w in middle[:-1])
        and not any(w[0].lower() in ("a", "an", "the", "another", "other") for w in middle)
    ):
        return [text]  # "A brother or sister with leukemia": the article scopes over both
    if len(first) >= 3 and first[-2].lower() == "to" and first[-3].lower() in _words("words.infinitive_heads"):
        return [text]  # "ability to exercise and take part in ...": the verbs are coordinated
    if len(middle) == 1 and len(first) == 2 and first[0].lower().endswith("ly") and len(last) == 2:
        return [
            f"{text.split(' or ')[0].split(' and ')[0]} {last[-1]}",
            f"{first[0]} {' '.join(last)}",
        ]  # "abnormally dark or light skin"
    if len(middle) == 1 and len(last) == 1 and len(first) >= 3 and is_adjective(last[0]) and is_adjective(first[-1]):
        return [text]  # "Keeping the skin clean and moist": one state, two adjectives
    if len(first) >= 2 and first[0].lower() in ("eating", "drinking") and all(len(w) <= 2 for w in middle):
        shared = _shared_head(first, middle)  # "Eating a low-fiber and high-fat diet": two diets, one verb
        if shared and " ".join(first[1:2]).lower() in ("a", "an"):
            return shared
    if len(first) >= 2 and first[0].lower() in _words("words.shared_verbs") and all(len(w) <= 2 for w in middle):
        # "a well-balanced, healthy diet" is one diet; "a low-salt and low-fat diet" two
        one_object = first[1].lower() in ("a", "an") and not re.search(r"\s(?:and|or)\s", text)
        shared = [] if one_object else _shared_head(first, middle)
        if shared:
            return shared
        prefix = _verb_prefix(first)
        own = strip_determiners(" ".join(first[len(prefix) :]))
        return [" ".join([*prefix, own])] + [" ".join(prefix + w) for w in middle]
    carried = _carried_head(words) or _medicines_for(words)
    if carried:
        return carried  # "Joint or tendon pain or aching": joint pain, tendon pain, aching
    if (
        len(words) == 2
        and len(first) >= 3
        and first[-2].lower() == "of"
        and len(last) == 2
        and _parallel(first[-1], last[0])
        and not _parallel(first[-1], last[1])
    ):  # "Loss of bladder or bowel control": the parts share the head after the last
        return [" ".join([*first, last[1]]), " ".join([*first[:-1], *last])]
    of_object = _of_objects(first, middle)
    if of_object:
        return of_object  # "MRI scan of the brain or the spine": one scan of each
    objects = _objects_of_finding(first, middle)
    if objects:
        return objects  # "Changes in hearing or taste", "Loss of balance or coordination, or trouble walking"
    if _inside_phrase(first, middle):
        return [text]  # "diet low in fruits and vegetables": the "and" is inside the prepositional phrase
    if (
        len(first) == 2
        and first[0].lower() in _DEGREES
        and all(len(w) == 1 and not (is_adjective(w[0]) or _is_acronym(w[0]) or _is_phenotype(w[0])) for w in middle)
    ):  # "Increased thirst and urination": the degree is said of each, not of findings of their own ("coma")
        return [" ".join(first)] + [f"{first[0]} {w[0]}" for w in middle]
    kind = 2 if len(first) >= 3 and " ".join(first[-2:]).lower() in _words("words.vital_signs") else 1
    if len(first) > kind and all(_parallel(" ".join(first[-kind:]), " ".join(w)) for w in middle):
        # "enlarged liver or spleen"; "Increased heart rate and blood pressure": the kind is two words
        return [" ".join(first)] + [" ".join(first[:-kind] + w) for w in middle]
    if len(last) == 2 and last[-1].lower() in _words("words.shared_heads") and _acronyms(words):
        return [f"{w[0]} {last[-1]}" for w in words[:-1]] + [" ".join(last)]  # "CT or MRI scan": two scans
    if len(last) >= 2 and all(len(w) <= 2 and not _has_preposition(w) for w in words[:-1]):
        findings = all(
            len(w) == 1
            and not (
                is_adjective(w[0]) or _is_acronym(w[0]) or _is_disease(w) or w[0].lower() in _words("kinds.test_heads")
            )
            for w in words[:-1]
        )
        pp = _locative_tail(last) or (_part_tail(last) if findings else [])
        if (
            pp
            and len(last) > len(pp) + 1
            and (is_adjective(last[0]) or last[0].endswith("ing"))
            and all(len(w) == 1 and is_adjective(w[0]) for w in words[:-1])
        ):  # "Sudden, severe pain in one eye": the adjectives share the head and its site
            return [" ".join(w + last[1:]) for w in words[:-1]] + [" ".join(last)]
        if pp and all(
            len(w) == 1 or (len(w) == 2 and w[0].lower() in _words("words.shared_verbs")) for w in words[:-1]
        ):
            # "Numbness or tingling in the hands"; "Feeling numbness or tingling in your feet"; a finding
            # that is not found in a place keeps none ("Fever, chills, or pain in the joints")
            return [" ".join(w + pp) if _sited(w[-1]) else " ".join(w) for w in words[:-1]] + [" ".join(last)]
        pp = _tail(last, ("with", "during", "after", "when", "while", *(("through",) if len(words) == 2 else ())))
        if pp and all((len(w) == 1 and _is_head(w[0])) or w[0].lower().endswith("ing") for w in words[:-1]):
            return [" ".join(w + pp) for w in words[:-1]] + [" ".join(last)]  # "pain or burning with urination"
        headless = not any(_is_head(w[-1]) or w[-1].lower().endswith(_ABSTRACT) for w in words[:-1])
        # "Blood chemistries and liver function tests": a name ending in a plural needs no other head
        headless = headless and not any(_plural_name(w) for w in words[:-1])
        # "Fever, chills, and body aches", "Anxiety and mood changes", "Diabetes and high blood
        # pressure": findings and diseases of their own, not modifiers
        headless = headless and not any(_is_phenotype(" ".join(w)) or _is_disease(w) for w in words[:-1])
        # "Vitamin K or blood products": a name that ends in its letter needs no head, unless the
        # last is lettered too ("Protein C and protein S levels") or the head is a level
        lettered = any(re.fullmatch(r"[A-Z]\d{0,2}", w) for w in last[:-1]) or last[-1].lower() in ("level", "levels")
        headless = headless and (
            lettered or not any(len(w) > 1 and re.fullmatch(r"[A-Z]\d{0,2}", w[-1]) for w in words[:-1])
        )
        # "Heart or lung conditions": a part shares the kind of problem named after the last part
        parts_share = last[-1].lower() in ("conditions", "condition") and all(
            is_body_part(" ".join(w)) for w in [*words[:-1], last[:-1]]
        )
        shared = (last[-1].lower() in _words("words.shared_heads") or parts_share) and not any(
            w[-1].lower() in _CLAUSE_START | {"sometimes"} or w[-1].lower().endswith("ly") for w in words[:-1]
        )  # "Sometimes abnormalities", "Bleed easily or ulcers": no modifier
        modifiers = (
            len(first) == 1
            and is_adjective(first[0])
            and all(len(w) == 1 for w in words[:-1])
            and last[0].lower() not in _PREPOSITIONS  # "white or of African descent": no shared head
            and not (last[0].lower().endswith("ing") and last[1].lower() in _DETERMINED_OBJECT)  # "removing a piece"
        )
        if headless and (shared or modifiers):
            # "Bone and joint pain": the shared head; "Strong and sudden urge to urinate": what the
            # last modifier modifies
            sides = {first[0].lower(), last[0].lower()} <= _SIDES  # "Upper and lower back pain"
            # "High or low blood pressure": an adjective beside an adjective shares all after it, unless
            # it says which part ("Pelvic or lower abdominal pain") or opens a part's name ("biliary tract")
            beside = is_adjective(last[0]) and last[0].lower() not in _SIDES and not _names_a_site(" ".join(last[:2]))
            head = last[1:] if not shared or (modifiers and (sides or beside)) else last[-1:]
            return [" ".join(w + head) for w in words[:-1]] + [" ".join(last)]
    return conjuncts


#: Words of a small amount, which "or no" makes one amount with ("Little or no urine").
_FEW = frozenset("little few less fewer".split())
#: Words that open what a finding comes with ("Pain when biting"): the gerunds after are its objects.
_ACTIVITY_LINKS = frozenset("when with while during after before from on".split())
#: Words that say how a finding changes with something ("worse with biting"): of the findings before it.
_CHANGED = frozenset("worse better worsened relieved eased".split())


def _activities(conjuncts: list[str]) -> list[str] | None:
    """Gerunds coordinated after a finding's "when/with" ("Difficulty or pain when swallowing or
    breathing"): what the findings come with, each finding with each activity, not findings of their
    own ("Breathing"); None when the coordination is not of that shape."""
    words = [c.split() for c in conjuncts]
    at = next((i for i, w in enumerate(words) if len(w) >= 2 and w[-2].lower() in _ACTIVITY_LINKS), None)
    if at is None or at == len(words) - 1 or not _is_gerund(words[at][-1]):
        return None
    if not all(_is_gerund(w[0]) and not _ACTIVITY_LINKS & {x.lower() for x in w} for w in words[at + 1 :]):
        return None
    heads = [*(" ".join(w) for w in words[:at]), " ".join(words[at][:-2])]
    if any(len(h.split()) > 3 or _ACTIVITY_LINKS & set(h.lower().split()) for h in heads):
        return None
    if heads[-1].lower() in _CHANGED:  # "Jaw tenderness or pain, worse with biting or chewing"
        return expand_coordination(" or ".join(heads[:-1])) if len(heads) > 1 else [conjuncts[0]]
    link = words[at][-2]
    gerunds = [words[at][-1], *(" ".join(w) for w in words[at + 1 :])]
    last = words[-1]
    if len(last) >= 2 and last[1].lower() in _DETERMINED_OBJECT and all(len(g.split()) == 1 for g in gerunds[:-1]):
        gerunds = [f"{g} {' '.join(last[1:])}" for g in gerunds[:-1]] + gerunds[-1:]  # "opening or closing the mouth"
    if len(heads) > 1:  # "Leg or calf pain after sitting": the findings are leg pain and calf pain
        heads = expand_coordination(" or ".join(heads))
    return [f"{head} {link} {gerund}" for head in heads if head for gerund in gerunds]


def _is_gerund(word: str) -> bool:
    return len(word) > 4 and word.lower().endswith("ing")


#: Words that begin the object of a gerund ("removing a piece of tissue"), which no adjective shares.
_DETERMINED_OBJECT = frozenset("a an the your their his her its some".split())
#: Words of how much a finding is, which coordinated findings after the first share.
_DEGREES = frozenset("increased decreased excessive reduced".split())


def _plural_name(words: list[str]) -> bool:
    """ "Blood chemistries": a name of two words or more that ends in a plural ("measles" is a disease)."""
    content = strip_determiners(" ".join(words)).split()
    last = content[-1].lower() if content else ""
    return len(content) > 1 and bool(re.search(r"[^su]s$|ies$", last)) and not _is_disease([last])


def _acronyms(words: list[list[str]]) -> bool:
    """Whether every conjunct but the head is one acronym ("CT", "MRI" of "CT or MRI scan")."""
    return all(len(w) == 1 and _is_acronym(w[0]) for w in words[:-1]) and _is_acronym(words[-1][0])


_NOT_HISTORY = re.compile(r"^\w+ing\b|\b(?:ancestry|descent|heritage|race|age|male|female|sex)\b", re.I)
_HISTORY_OF = re.compile(r"^(?:(?:a|your|the)\s+)?(?:(?:family|personal|past|prior|previous)\s+)?history of\s+", re.I)


#: Words that say which part of a part ("upper back", "left arm"), which a coordination shares.
_SIDES = frozenset("upper lower left right inner outer front middle".split())
#: Endings of abstract nouns, which name a finding and modify nothing ("Dizziness and balance problems").
_ABSTRACT = ("ness", "tion", "sion", "sis")


def _carried_head(words: list[list[str]]) -> list[str]:
    """Single words before a two-word name that ends in a shared head take the head too."""
    carrier = next((i for i, w in enumerate(words) if len(w) > 1), None)
    if not carrier or carrier == len(words) - 1 or len(words[carrier]) != 2:
        return []
    head = words[carrier][-1]
    if head.lower() not in _words("words.shared_heads"):
        return []
    if not all(_modifier(w[0]) for w in words[:carrier]):
        return []
    return [f"{w[0]} {head}" for w in words[:carrier]] + [" ".join(w) for w in words[carrier:]]


#: Heads of medicines named by what they treat ("pain and cancer medicines").
_MEDICINE_HEADS = frozenset("medicine medicines medication medications drug drugs pills".split())


def _medicines_for(words: list[list[str]]) -> list[str]:
    """ "Antibiotics, and pain and cancer medicines": the findings, diseases and body parts just
    before medicines named by what they treat are what the others treat ("pain medicines")."""
    last = words[-1]
    if len(last) != 2 or last[-1].lower() not in _MEDICINE_HEADS or is_adjective(last[0]):
        return []
    if not _treated(last[0]):
        return []
    run = 0
    for w in reversed(words[:-1]):
        if len(w) != 1 or not _treated(w[0]):
            break
        run += 1
    if not run:
        return []
    kept = [" ".join(w) for w in words[: -1 - run]]
    return kept + [f"{w[0]} {last[-1]}" for w in words[-1 - run : -1]] + [" ".join(last)]


def _treated(word: str) -> bool:
    """A word that says what a medicine treats: a finding, a disease or a body part ("pain", "heart")."""
    return _is_phenotype(word) or _names_disease(word) or is_body_part(word)


def _is_phenotype(name: str) -> bool:
    """Whether HPO names a finding by this name ("Fever", "Chills"), so it stands on its own."""
    return concept_key(name) in phenotype_names()


def _is_disease(words: list[str]) -> bool:
    """A one-word disease MONDO names ("Diabetes"), not a word that modifies ("Cold", "Pale")."""
    word = words[0] if len(words) == 1 else ""
    return len(word) > 5 and not is_adjective(word) and _names_disease(word)


def _is_part(name: str) -> bool:
    """A body part by the lexicon or Uberon ("humerus" of "Fracture of the upper arm bone (humerus)"),
    which names a part of what a description says, not the whole."""
    if is_body_part(name):
        return True
    uberon = shipped.index("UBERON").get(match_key(name)) if not _is_phenotype(name) else None
    return bool(uberon) and not _names_disease(name)  # "Pleural effusion" is a finding, though Uberon names its fluid


def _names_disease(name: str) -> bool:
    """A disease MONDO names by this name ("Frozen shoulder")."""
    return not _is_acronym(name) and bool(shipped.index("MONDO").get(match_key(name)))


def _modifier(word: str) -> bool:
    """A word that modifies the head after it: a body part or an adjective ("joint", "mild")."""
    return word.lower() in _words("anatomy.terms") or is_adjective(word)


def is_adjective(word: str) -> bool:
    """An adjective by its ending, the lexicon's plain ones, or a compound ("foul-smelling")."""
    lowered = word.lower()
    compound = "-" in lowered and (
        lowered.rsplit("-", 1)[1].endswith(("ing", "ed")) or lowered.split("-", 1)[0] in ("low", "high", "non")
    )  # "foul-smelling", "low-fat"
    plain = lowered in _words("words.plain_adjectives") or lowered in _words("words.qualifiers")  # "prescription"
    return compound or _adjective_like(word) or plain


def _shared_head(first: list[str], middle: list[list[str]]) -> list[str]:
    """ "Avoiding fatty, greasy or fried foods and sauces": the adjectives share "foods", the verb
    every object."""
    if len(first) == 3 and first[1].lower() in ("a", "an"):  # "eat a low-salt and low-fat diet"
        first = [f"{first[0]} {first[1]}", first[2]]
    verb = first[0]
    carrier = next((i for i, w in enumerate(middle) if len(w) >= 2), None)
    if len(first) != 2 or carrier is None or not is_adjective(first[1]):
        return []
    if not all(len(w) == 1 and is_adjective(w[0]) for w in middle[:carrier]):
        return []
    head = middle[carrier][-1]
    adjectives = [first[1], *(w[0] for w in middle[:carrier])]
    return (
        [f"{verb} {a} {head}" for a in adjectives]
        + [f"{verb} {' '.join(middle[carrier])}"]
        + [f"{verb} {' '.join(w)}" for w in middle[carrier + 1 :]]
    )


def _regroup(text: str, conjuncts: list[str]) -> list[str]:
    """A body part after a prepositional phrase coordinates with its object, not with the phrases:
    "pain in the chest, arm, or jaw" is pain in three places."""
    out: list[str] = []
    for conjunct in conjuncts:
        previous = out[-1].split() if out else []
        if (
            len(previous) >= 3
            and previous[-1].lower() in _words("anatomy.terms")
            and _names_a_site(conjunct)
            and _sites_after_preposition(previous)
        ):
            joiner = re.search(re.escape(previous[-1]) + r"(,?\s+(?:and|or)\s+|,\s*)" + re.escape(conjunct), text)
            out[-1] = f"{out[-1]}{joiner.group(1) if joiner else ' and '}{conjunct}"
            continue
        out.append(conjunct)
    return out


def _sites_after_preposition(words: list[str]) -> bool:
    """Whether a phrase ends in body parts after a preposition ("from the nose, mouth", "of the
    face, lips"), so that one more part joins them ("swelling of the face, lips, or tongue")."""
    for word in reversed(words):
        lowered = word.lower().strip(",")
        if lowered in (*_LOCATIVE, "of", "from", "through"):
            return True
        if not (lowered in ("the", "your", "a", "and", "or") or is_body_part(lowered)):
            return False
    return False


def _names_a_site(conjunct: str) -> bool:
    """A body part, alone or with a phrase after it ("throat of an infected person")."""
    words = conjunct.split()
    cut = next((i for i, w in enumerate(words) if w.lower() in ("of", *_LOCATIVE)), len(words))
    return 0 < cut <= 3 and " ".join(words[:cut]).lower() in _words("anatomy.terms")


def _lettered(conjuncts: list[str]) -> list[str]:
    """Kinds named by a letter or number ("Chronic hepatitis C or B infection", "Type 1 or 2
    diabetes"): each is the name with its own letter."""
    if len(conjuncts) != 2:
        return []
    first, last = conjuncts[0].split(), conjuncts[1].split()
    short = re.compile(r"^(?:[A-Z]|\d{1,2})$")
    if len(first) < 2 or not (short.match(first[-1]) and short.match(last[0])):
        return []
    if first[-1].isdigit() != last[0].isdigit():
        return []
    return [" ".join(first + last[1:]), " ".join(first[:-1] + last)]


#: Words after a gerund that open no object of it ("spotting from the vagina", "coughing up mucus").
_NO_OBJECT = frozenset("from up in of with to on at out away off down back about into for over through".split())


def _shared_object(conjuncts: list[str]) -> list[str]:
    """ "Losing or gaining weight", "Identifying and treating the cause": bare gerunds before the
    last share its object, unless they name findings of their own ("Bleeding or spotting from ...")."""
    *bare, last = conjuncts
    words = last.split()
    if len(words) < 2 or not _is_gerund(words[0]) or words[0].lower() == "being" or words[1].lower() in _NO_OBJECT:
        return []
    if any(w.lower() in _FINITE_VERB for w in words):
        return []  # "Walking, bicycling, and swimming may be good activities": a sentence, no object
    if not all(_is_gerund(b) and " " not in b and not _is_phenotype(b) for b in bare):
        return []
    return [f"{b} {' '.join(words[1:])}" for b in bare] + [last]


#: "staying away from alcohol", "Poisoning with copper": a gerund and what it is from or with, which
#: the plain names coordinated after it share.
_PREFIXED = re.compile(
    r"^(?P<gerund>[a-z]+ing(?:\s+(?:away|clear))?\s+(?:from|with))\s+\S",
    re.I,
)


def _shared_prefix(conjuncts: list[str]) -> list[str]:
    """ "Proper diet, and staying away from alcohol and illegal drugs": staying away from each, unless
    they are findings or diseases of their own."""
    for k, conjunct in enumerate(conjuncts[:-1]):
        match = _PREFIXED.match(conjunct)
        if not match:
            continue
        prefix = conjunct[: match.end() - 2]
        later = conjuncts[k + 1 :]
        last_word = conjunct.split()[-1].lower()
        if is_adjective(last_word) or last_word in _SIDES:
            return []  # "Bleeding from the upper or lower gastrointestinal tract": the sides share the tract
        if not all(len(c.split()) <= 6 and not _is_phenotype(c) and not _names_disease(c) for c in later):
            return []
        if any(_has_preposition(c.split()) or _is_gerund(c.split()[0]) for c in later):
            return []  # "Injuries from falls and problems with coordination": findings of their own
        return conjuncts[: k + 1] + [f"{prefix} {strip_determiners(c)}" for c in later]
    return []


def _shared_noun(conjuncts: list[str]) -> list[str]:
    """ "Problems concentrating, remembering, or making decisions": the noun heads every gerund
    after it ("Drowsiness or problems concentrating or thinking" too)."""
    for k, conjunct in enumerate(conjuncts[:-1]):
        first = conjunct.split()
        if len(first) < 2 or not first[1].lower().endswith("ing") or first[0].lower().endswith("ing"):
            continue
        if first[0].lower() not in _words("words.gerund_heads"):
            return []  # "Poor feeding, vomiting", "not pronouncing words, speaking ...": no noun to share
        if not all(c.split()[0].lower().endswith("ing") for c in conjuncts[k + 1 :]):
            return []
        return conjuncts[: k + 1] + [f"{first[0]} {c}" for c in conjuncts[k + 1 :]]
    return []


def _of_objects(first: list[str], others: list[list[str]]) -> list[str]:
    """ "MRI scan of the brain or the spine" -> "MRI scan of the brain", "MRI scan of the spine";
    "Lack of control over the bladder or bowels" -> "... over the bladder", "... over the bowels"."""
    lowered = [w.lower() for w in first]
    links = [i for i, w in enumerate(lowered[1:-1], start=1) if w in _OBJECT_LINKS]
    if not links or "of" not in lowered[1:-1]:
        return []
    if not all((w[0].lower() in ("the", "your") and len(w) <= 3) or is_body_part(" ".join(w)) for w in others):
        return []  # "control of the urine or bowels" is control of each
    prefix = first[: links[-1] + 1]
    article = (
        first[len(prefix) : len(prefix) + 1] if lowered[len(prefix) : len(prefix) + 1] in (["the"], ["your"]) else []
    )
    return [" ".join(first)] + [
        " ".join(prefix + (article if w[0].lower() not in ("the", "your") else []) + w) for w in others
    ]


def _objects_of_finding(first: list[str], others: list[list[str]]) -> list[str]:
    """A finding named by a noun and what it is of ("Changes in hearing or taste", "Feelings of
    worthlessness, hopelessness, or guilt"): each single word after it is another object of the
    same noun, up to a conjunct that names a finding of its own ("... or trouble walking")."""
    if len(first) != 3 or first[0].lower() not in _words("words.object_heads") or first[1].lower() not in _OF_IN:
        return []
    run = next(
        (i for i, w in enumerate(others) if len(w) != 1 or _is_head(w[0]) or _stands_alone(first[0], w[0])),
        len(others),
    )
    if run == 0:
        return []
    prefix = first[:2]
    return [" ".join(first)] + [" ".join(prefix + w) for w in others[:run]] + [" ".join(w) for w in others[run:]]


_OF_IN = frozenset({"of", "in", "with"})


def _stands_alone(head: str, word: str) -> bool:
    """A word after "Loss of consciousness or" that is no object of its head: an adjective
    ("partial or total vision") or a finding of its own ("coma"), though feelings may be of a
    finding ("Feelings of worthlessness, hopelessness, or guilt")."""
    return is_adjective(word) or (_is_phenotype(word) and head.lower() not in ("feelings", "feeling"))


#: Prepositions whose object a coordination after them replaces.
_OBJECT_LINKS = frozenset({"of", "over", "in", "on", "to", "from", "around"})


def _sited(word: str) -> bool:
    """A finding said of a place ("pain", "numbness", "blisters"), which a site after it names;
    not one of the whole body ("fever", "nausea")."""
    return word.lower() not in _words("words.unsited_findings")


def _is_site(name: str) -> bool:
    """A body part, or a vague word for one ("other tissues")."""
    return is_body_part(name) or name.lower() in _words("anatomy.vague")


def is_body_part(name: str) -> bool:
    """A part of the body by the lexicon's names, singular or plural ("bowels", "Eye")."""
    lowered = name.lower()
    return lowered in _words("anatomy.terms") or lowered.removesuffix("s") in _words("anatomy.terms")


def _inside_phrase(first: list[str], others: list[list[str]]) -> bool:
    """Whether a coordination joins the objects of a preposition in the first conjunct ("low in
    fruits and vegetables"), not whole phrases; body sites are read as locations instead."""
    lowered = [w.lower() for w in first[1:-1]]
    if first[0].lower() in _words("words.imperative_verbs") | _words("words.shared_verbs"):
        return False  # "limit your intake of red meat and sugary drinks": the verb distributes
    if not any(w in ("in", "of", "with", "for", "from") for w in lowered):
        return False
    if any(_has_preposition(w) or len(w) > 2 for w in others):
        return False
    at = next(i for i, w in enumerate(first) if i and w.lower() in ("in", "of", "with", "for", "from"))
    if any(w[-1].lower() in (first[0].lower(), *_words("words.shared_heads")) for w in others if len(w) == 2):
        return False  # "loss of appetite and weight loss": two names
    head = first[at - 1]
    if any(w[0].lower() == head.lower() for w in others if len(w) == 2):
        return False  # "iron in the diet, iron pills": the head named again begins a name of its own
    if _is_phenotype(" ".join(first)) and any(_is_phenotype(" ".join(w)) for w in others):
        return False  # "Shortness of breath and anxiety": findings of their own
    findings = all(_is_phenotype(" ".join(w)) or _names_disease(" ".join(w)) for w in others)
    if len(others) >= 2 and findings and is_body_part(strip_determiners(" ".join(first[-2:]))):
        return False  # "Deformity of the arm, shoulder contracture, or frozen shoulder": each a finding
    return not all(" ".join(w).lower() in _words("anatomy.terms") for w in others)


def _is_head(word: str) -> bool:
    """Whether a word is a noun that heads a phrase on its own (a test, a therapy, "pain")."""
    lowered = word.lower()
    heads = ("words.shared_heads", "kinds.test_heads", "kinds.therapy_heads")
    return any(lowered in _words(g) for g in heads) or lowered.endswith(_test_endings())


@cache
def _test_endings() -> tuple[str, ...]:
    return tuple(load_lexicon()["kinds"]["test_suffixes"])


def _verb_prefix(first: list[str]) -> list[str]:
    """The part of "avoiding contact with toxins" that the other conjuncts share."""
    for i in range(len(first) - 1, 0, -1):
        if first[i].lower() in ("with", "to", "of", "from", "in", "on"):
            return first[: i + 1]
    return first[:1]


def _has_preposition(words: list[str]) -> bool:
    return any(w.lower() in ("of", "with", "to", "from", "for", *_LOCATIVE) for w in words)


def _locative_tail(words: list[str]) -> list[str]:
    return _tail(words, _LOCATIVE)


#: Words that end the name of a part in a phrase of "of" ("of the vagina between periods").
_PART_ENDS = _PREPOSITIONS | {*_LOCATIVE, "between"}


def _part_tail(words: list[str]) -> list[str]:
    """ "of the vagina": a phrase of "of" that names a body part (not "of feeling"), which findings
    coordinated before it share ("Tenderness and dryness of the vagina")."""
    pp = _tail(words, ("of",))
    part = strip_determiners(" ".join(pp[1:])).split(" ")
    cut = next((i for i, w in enumerate(part) if w.lower() in _PART_ENDS), len(part))
    return pp if pp and cut and is_body_part(" ".join(part[:cut])) else []


def _tail(words: list[str], prepositions: tuple[str, ...]) -> list[str]:
    """The prepositional phrase that ends a conjunct ("in the chest" of "tightness in the chest")."""
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in prepositions:
            return words[i:]
    return []


_QUALIFIER = re.compile(
    r"\s+(?:in (?:some|many|most|older|young|younger|certain|rare) (?:people|cases|children|adults|women|men|patients)|"
    r"sometimes|at times|in rare cases|occasionally|,?\s*or both|"
    r",?\s*(?:if|as|when) (?:needed|necessary|directed|prescribed|recommended)|"
    r"for (?:several|a few|many|\d+|a period of|weeks|days|months|at least|more than|up to)\b.*|"
    r"with (?:a|an|another) (?:person|people|someone|partner)|in (?:people|those|persons) (?:with|who)\b.*|"
    r"if (?!needed\b)[a-z]+ (?:affects|spreads|occurs|is|are|becomes)\b.*)$",
    re.I,
)


_WHEN_MOSTLY = re.compile(
    r",\s+(?:particularly|especially|mostly|mainly|usually|often|typically|commonly)\s+"
    r"(?:when|if|during|after|before|among|while)\b",  # when; where ("usually in the legs") is its site
    re.I,
)


@lru_cache(maxsize=SIZE)
def _cut_clause(text: str) -> str:
    """Drop a trailing clause that explains the item ("to check for ...", "-- a skin test") or
    says how often ("Low grade fever in some people")."""
    text = _AFTER_APPOSITION.split(text, maxsplit=1)[0]  # "PFO (...), a hole between ...": an apposition
    text = _WHAT_IT_DOES.split(text, maxsplit=1)[0]  # "CBC, measures"
    # "Surgery, if the cause is a polyp", "Hysteroscopy, performed in your provider's office": when
    # and how it is done, after the name
    text = _HOW_DONE.split(text, maxsplit=1)[0]
    text = _WHEN_MOSTLY.split(text, maxsplit=1)[0]  # "Tooth pain, particularly after sweet foods": when it is most
    apposition = _APPOSITION.match(text)
    if apposition and not _in_a_list(text, apposition):
        text = apposition.group(1)  # "Insulin, a hormone that lowers blood sugar"
    head, *tail = _DASH.split(text, maxsplit=1)
    text = head if tail and (len(tail[0].split()) > 3 or tail[0][:1].isupper()) else text
    text = _DANGLING.sub("", _QUALIFIER.sub("", text))  # a qualifier cut inside "(very rare, and only if ...)"
    head = _before(text, _clause_pattern())
    relative = None
    if head and text.startswith(head):
        relative = _RELATIVE.match(text, len(head))
        if not relative and head.rsplit(" ", 1)[-1].lower() in _MEDICINES:
            relative = _PURPOSE_CLAUSE.match(text, len(head))  # "Medicines to lower your cholesterol"
    last = _LIST_SEPARATOR.split(head)[-1] if head else ""
    if (
        relative
        and _RELATIVE.match(relative.group(0))
        and last != head
        and not re.match(r"(?:a|an)\s", last)  # "Erythropoietin, a medicine that ...": an apposition
        and head.split(" ", 1)[0].lower() not in _words("words.shared_verbs")  # "Avoiding dust and ..."
        and _is_generic_head(last)
        and not _is_generic_head(head)
    ):
        # "Enlarged prostate, narrowed urethra, or anything that blocks the flow of urine": the
        # clause says which the last thing is
        clause = _parentheticals(text[relative.end() :])[0]
        if not re.search(r"\s(?:and|or)\s", clause) and is_name(f"{last} that {clause}"):
            return split_top(text, r"\s+(?:such as|including)\s")[0]
    if relative and _is_generic_head(head):
        # "Medical conditions that cause too many red blood cells to be destroyed": the clause says
        # which conditions, so it is part of the name, up to where the name's own examples begin;
        # unless it joins two things ("illness that damages or destroys") or says, not names.
        whole = split_top(text, r",\s+|\s+(?:such as|including)\s")[0]
        clause = _parentheticals(whole[relative.end() :])[0]  # its examples may join things
        if not re.search(r"\s(?:and|or)\s", clause) and is_name(_parentheticals(whole)[0]):
            return whole
    if relative and _is_normal_head(head):
        # "Blood pressure that drops when you stand up", "Periods that become heavier": the clause
        # says what is wrong with what is itself no finding; if it is no name, nothing is named
        whole = split_top(text, r",\s+|\s+(?:such as|including)\s")[0]
        if not re.search(r"\s(?:and|or)\s", whole[relative.end() :]):
            return whole
    return _GIVEN.sub("", head)  # "Side effects of medicines used (to treat it)"


_AFTER_APPOSITION = re.compile(r"(?<=\)),\s+(?:a|an)\s")
_WHAT_IT_DOES = re.compile(r",\s+(?:measures|checks|shows|looks for|tests for|detects)\s")
_HOW_DONE = re.compile(r",\s+(?:if|unless|performed|done|given|taken)\s")
_DASH = re.compile(r"\s+--\s+|\s+[–—]\s+|\s+-\s+(?=(?:a|an|the)\s)")
_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_GIVEN = re.compile(r"\s+(?:used|given|taken)$")


#: "... with a person who has the virus", "... from the nose or throat of an infected person":
#: whose it is, said of anyone, which names nothing more once its relative clause is cut.
_SOMEONE = re.compile(
    r"\s+(?:from\s+[^()]+?\s+of|of|from|with)\s+(?:an?\s+|the\s+|that\s+)?(?:infected\s+|sick\s+|other\s+)?"
    r"(?:person|someone|individual|(?<=infected\s)people)(?:\s+who\b.*)?$",
    re.I,
)
#: Words that name nothing without whom they are with ("Contact with an infected person").
_WITH_WHOM = frozenset("contact exposure sex intercourse touching living close".split())


def _without_someone(text: str) -> str:
    """ "Share personal items with a person who has the virus" -> "Share personal items"."""
    match = _SOMEONE.search(text)
    if not match:
        return text
    rest = text[: match.start()].split()
    kept = text[: match.start()]
    if len(rest) < 2 or rest[-1].lower() in _WITH_WHOM or kept.count("(") != kept.count(")"):
        return text
    return kept


def _in_a_list(text: str, apposition: re.Match[str]) -> bool:
    """Whether "X, a N that ..." is a list's items, not a name and what it is: an "and" or "or"
    before the relative clause, or ", and" after it ("Fever, a rash that spreads, and chills")."""
    before, after = text[: apposition.end()], text[apposition.end() :]
    return bool(re.search(r"\s(?:and|or)\s", before) or re.search(r",\s*(?:and|or)\s", after))


_DANGLING = re.compile(r"\s*\([^()]*$")
_APPOSITION = re.compile(r"^([^,]+),\s+(?:a|an)\s+[\w-]+(?:\s[\w-]+)?\s+(?:that|which|who)\s")
#: A parenthesis that defines what it follows ("(a hereditary disease that affects ...)") gives no examples.
#: "(to look for heart damage or a heart attack)", "(measures the acid/base balance and oxygen level)"
_PURPOSE_ASIDE = re.compile(
    r"^(?:(?:to|in order to)\s+[a-z]+|measures|checks|shows|looks|detects|tests for|"
    r"(?:looking|examining|viewing|checking|measuring|removing|inserting|using)\s+(?:at|inside|into|for|the|a|an)\b|"
    r"(?:used|given|taken|done)\s+"
    r"(?:during|at|in|for|by|with|when|after|before|once|every|daily))\b"
)
_DEFINITION = re.compile(
    r"^(?:(?:a|an)\s+)?(?:(?!and\s|or\s)[\w-]+\s+){1,4}?"
    r"(?:that|which|in which|who|whose|where|associated with|caused by|containing)\s|"
    r"^(?:a|an)\s+(?:[\w-]+\s+){1,3}?(?:in|of|on|around|under)\s+(?:the|your)\s",  # "(a yellow color in the skin ...)"
    re.I,
)
#: Heads a purpose names: "Medicine to control risk factors" is that medicine, "Medicine" is none.
_MEDICINES = frozenset("medicine medicines medication medications drug drugs".split())
_PURPOSE_CLAUSE = re.compile(r"\s+to\s+(?=[a-z])")
#: A restrictive relative clause after an item's head ("... that", "... who").
_RELATIVE = re.compile(r"\s+(?:that|which|who)\s")
#: Heads that name nothing until a relative clause says which ("Medicines that interfere with ...").
_VAGUE_HEADS = frozenset(
    "anything something foods food substances substance activities diseases disorders chemicals products items "
    "things".split()
)


def _is_normal_head(head: str) -> bool:
    """What the body has or does ("Blood pressure", "Periods", "Behavior"), no finding by itself:
    a relative clause after it says what is wrong."""
    lowered = strip_determiners(head).lower()
    return lowered in _words("words.vital_signs") | _words("words.faculties") | _words("words.body_functions")


def _is_generic_head(head: str) -> bool:
    """A head that names a kind only ("Medicines", "Use of medicines", "Eating too much of foods"),
    so that a relative clause after it says what is meant; in a longer name ("Loss of pleasure in
    activities") the clause says more of what is already named."""
    words = head.split()
    if {"and", "or"} & {w.lower() for w in words} or "," in head:
        return False  # "avoiding triggers and substances that ...": the clause is the last one's
    last = words[-1].lower()
    return (last in _VAGUE_HEADS or is_generic(last)) and (len(words) <= 4 or words[0].lower().endswith("ing"))


def _before(text: str, pattern: str) -> str:
    """The text up to the first top-level match of ``pattern`` ("" when nothing precedes it)."""
    return (split_top(text, pattern) or [""])[0]


@cache
def _clause_pattern() -> str:
    openers = [o.strip() for o in load_lexicon()["words"]["clause_openers"]]
    openers += ["leading to", "causing", "resulting in", "which", "that"]
    # a condition ("CT scan if ... suspected", not "as if") or what worsens it ("... made worse by a cough")
    said = (
        r"|(?<!\bas)(?:,\s*|\s+)(?:even\s+)?if\b|(?:,\s*|\s+)(?:made|gets?|getting) (?:worse|better) (?:by|with|when)\b"
    )
    return r"(?:,\s*|\s+)(?:" + "|".join(re.escape(o) for o in openers) + r")\b" + said


def _parentheticals(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Remove top-level parentheses; return the text and (words before, content) pairs."""
    if "(" not in text and ")" not in text:
        return _squeezed(text), []
    found: list[tuple[str, str]] = []
    out, depth, begin = [], 0, 0
    for i, char in enumerate(text):
        if char == "(":
            if depth == 0:
                out.append(text[begin:i])
                begin = i + 1
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                found.append(("".join(out).strip(), text[begin:i].strip()))
                begin = i + 1
    out.append(text[begin:] if depth == 0 else text[begin - 1 :])
    return _squeezed("".join(out)), found


_SPACE_BEFORE_STOP = re.compile(r"\s+([,.;])")


def _squeezed(text: str) -> str:
    """One space between words and none before a stop, as a phrase without its parentheses reads."""
    return _SPACE_BEFORE_STOP.sub(r"\1", _SPACES.sub(" ", text)).strip()


def _acronym_alt(before: str, acronym: str) -> str | None:
    """ "white blood cell (WBC) count" -> "WBC count" is made from the words the letters stand for."""
    letters = [c.lower() for c in acronym if c.isalpha() and c.isupper()]
    words = before.split()
    if not letters or len(letters) > len(words):
        return None
    tail = words[-len(letters) :]
    if [w[0].lower() for w in tail] == letters:
        return acronym
    return None


def _is_acronym(content: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z0-9\-]*[A-Z][A-Za-z0-9\-]*s?", content))


@memoised_iter
def parse_term(
    text: str,
    *,
    parts_from_including: bool = False,
    keep_whole: bool = False,
    causal: bool = False,
    trim: tuple[str, ...] = (),
    depth: int = 0,
) -> Iterator[Term]:
    """Read a list item (or a noun phrase from a sentence) as the terms it names.

    >>> [t.label for t in parse_term("Toxins, such as benzene")]
    ['Toxins']
    >>> [(t.label, t.alt_labels) for t in parse_term("Pinpoint red spots on the skin (petechiae)")]
    [('Petechiae', ('Pinpoint red spots on the skin',))]
    """
    text = _NAMED.sub("", text.strip().rstrip(".;:"))
    state = _STATE.match(text) if depth == 0 else None
    opener = state.group("thing").split()[0].lower() if state else ""
    if state and is_adjective(state.group("adj")) and not _is_acronym(state.group("thing")) and opener not in _NO_STATE:
        thing = state.group("thing")
        text = f"{state.group('adj').capitalize()} {thing[:1].lower()}{thing[1:]}"  # "Urine appears dark"
    called = _ALSO_CALLED.match(text)
    if called and not keep_whole:  # "Irregular heartbeat, called atrial fibrillation": two names of one thing
        other = tidy(called.group("other").replace('"', ""))
        one = not re.search(r"\s(?:or|and)\s", other)  # "COPD, sometimes called emphysema or bronchitis": neither is it
        for term in parse_term(called.group("name"), depth=depth + 1):
            yield replace(term, alt_labels=(*term.alt_labels, other)) if one else term
        return
    described = _described(text) if depth == 0 else None
    if described:
        # "Pulse that feels rapid, pounding, or too slow": a rapid pulse, a pounding pulse, a slow pulse
        head, adjectives = described
        head = head if head.split(" ", 1)[0].isupper() else head[:1].lower() + head[1:]
        yield from (Term(tidy(f"{a} {head}")) for a in adjectives)
        return
    examples: list[Term] = []
    pieces = split_top(text, _EXAMPLES.pattern)
    match = _first_examples_marker(text) if depth < MAX_NESTING else None
    if match and len(pieces) >= 2:
        head_text, example_text = text[: match.start()], text[match.end() :]
        example_text = _cut_clause(example_text)
        when = re.match(r"(?:when|if|while|during|after|before|at|on)\s", example_text)  # "especially when lifting"
        shared = re.match(r"^(\w+)\s+(?:or|and)\s+\w+\s+\w+$", example_text)  # "involuntary or slowed movements"
        pieces = [example_text] if shared and is_adjective(shared.group(1)) else split_list(example_text)
        pieces = _medicines_for([p.split() for p in pieces]) or pieces  # "... and pain and cancer medicines"
        examples = [t for piece in pieces for t in parse_term(piece, depth=depth + 1)]
        examples = [] if when else examples
        examples = [e for e in examples if e.label.split(" ", 1)[0].lower() not in _NOT_EXAMPLES]
        if _PURPOSE.search(head_text) or _APPOSITION.match(head_text) or _ACTIVITIES.search(head_text):
            # "Medicine to control risk factors, such as diabetes": examples of what it controls;
            # "Difficulty with basic tasks, such as ... driving": what is hard to do, not a finding
            examples = []
        text = head_text
    if not keep_whole:
        # "... into the lungs (aspiration), which can cause pneumonia": what it causes is said apart
        whole, whole_parens = _parentheticals(_TRAILING_RELATIVE.split(text, maxsplit=1)[0])
        named = _medical_name(whole, whole_parens)
        if named is not None:  # decided before clauses are cut: "... that carry air (bronchitis)"
            label, description = named
            first, *others = re.split(r"\s+or\s+", label)  # "(called CPAP or BiPAP)": two names of one thing
            yield Term(tidy(first), (*(tidy(o) for o in others), tidy(description)), tuple(examples))
            return
    text = _cut_clause(text)
    if trim:
        text = _before(text, r"\s+(?:" + "|".join(trim) + r")\s")
    text = _without_someone(text)
    text, parens = _parentheticals(text)
    opened_after: dict[int, str] = {}  # an example in parentheses, and the words before them
    for before, content in parens if depth < MAX_NESTING else []:
        content = _unhedged(content)  # "(usually salicylic acid or lactic acid)"
        inner = _first_examples_marker(content)
        after = text[len(before) :].split()
        named = any(_is_acronym(p.strip()) and _acronym_alt(before, p.strip()) for p in split_list(content))
        if not inner and after and _is_head(after[0]) and not named:
            continue  # "Toxicology (poison and drug) screening": what the name's first word covers
        if (_DEFINITION.match(content) or _PURPOSE_ASIDE.match(content)) and not inner:
            continue  # "Von Hippel-Lindau disease (a hereditary disease that affects ...)": what it is
        if _QUANTITY.match(content):
            continue  # "Weight loss (more than 10 pounds or 4.5 kilograms)": how much, not examples
        if inner:
            content = content[inner.end() :]
        parts = split_list(_cut_clause(content))
        if all(p.strip().lower() in _words("words.qualifiers") for p in parts):
            continue  # "Dandruff shampoos (over-the-counter or prescription)": kinds of sale, not examples
        if len(parts) > 1 and all(_is_site(strip_determiners(p)) for p in parts[1:]):
            continue  # "Jaundice (yellow discoloration of skin and eyes)": what it looks like, and where
        if inner or re.search(r"\s(?:and|or)\s", content):
            found = [t for p in parts for t in parse_term(p, depth=depth + 1)]
            examples += found
            opened_after.update((id(t), before) for t in found)
    causes: list[Term] = []
    cause = _CAUSAL.search(text) if causal else None
    if cause and strip_determiners(cause.group(1)).lower() in _words("anatomy.terms"):
        cause = None  # "bleeding from the nose": a place, not a cause
    if cause and not keep_whole:
        causes = list(parse_term(cause.group(1), depth=depth + 1))
        text = text[: cause.start()]
    text, locations = _split_locations(text) if not keep_whole else (text, [])
    if locations and text.strip().lower() in _words("words.site_heads") and depth == 0:
        yield from (Term(tidy(f"{site} {text.strip().lower()}")) for site in locations)  # "Back pain"
        return
    cause_terms = [] if depth else causes
    if not text.strip():
        yield from examples
        return
    labels = [text] if keep_whole else expand_coordination(text)
    for i, label in enumerate(labels):
        alts = _alt_labels(label, parens, single=len(labels) == 1)
        parts: tuple[Term, ...] = ()
        narrower = tuple(
            e for e in examples if _attaches(e, label, labels, last=i == len(labels) - 1, after=opened_after.get(id(e)))
        )
        if parts_from_including and examples:
            parts, narrower = narrower, ()
        clean = tidy(_NOT_ABLE.sub("Inability to ", _FOLLOWED.sub("", label)))  # "Not being able to empty ..."
        if is_generic(clean) and alts:
            clean, alts = tidy(alts[0]), alts[1:]
        if clean.split(" ", 1)[0].lower() in _PREPOSITIONS:
            continue
        if not is_generic(clean):
            yield Term(clean, alts, narrower, parts, tuple(cause_terms), tuple(locations))
        else:
            yield from narrower


_TREATS = re.compile(
    r"\b(?:medicines?|medications?|drugs?|treatments?|therapy|therapies|surgery|procedures?|tests?|scans?|x-rays?)\s+"
    r"(?:for|to)\s|\bto\s+(?:look|check|see|find|detect|measure|test|treat|reduce|relieve|control|prevent|rule)\b",
    re.I,
)
#: What is hard to do, whose examples ("Difficulty with tasks, such as driving") are no findings of
#: their own; activities that bring a disease about ("activities such as running") still are causes.
_ACTIVITIES = re.compile(
    r"\b(?:difficulty|difficulties|problems?|trouble|inability|unable|hard)\b.*\b(?:tasks|activities|chores|hobbies"
    r"|routines|jobs)\b|\bskills\b",
    re.I,
)
#: Words that open a clause, not a thing whose state is said ("If you are pregnant", "Which arteries are blocked").
_NO_STATE = _CLAUSE_START | _DETERMINERS_ALONE
#: "Urine appears dark", "Menstruation becomes irregular": a thing and the state it is in.
_STATE = re.compile(
    r"^(?:the\s+|your\s+)?(?P<thing>[A-Za-z][a-z-]+(?:\s+[a-z-]+)?)\s+(?:appears?|becomes?|looks?|is|are|gets?)\s+"
    r"(?:very\s+|more\s+|too\s+)?(?P<adj>[a-z-]+)$",
    re.I,
)
_QUANTITY = re.compile(r"^(?:about|around|more than|less than|over|under|up to|at least|greater than)?\s*\d", re.I)
_TRAILING_RELATIVE = re.compile(r"(?<=\)),\s+(?:which|that)\s")
_FOLLOWED = re.compile(r"^(?:followed|accompanied|preceded) by\s+", re.I)  # "..., followed by radiation"
_NOT_ABLE = re.compile(r"^(?:not being able|being unable|not able|unable)\s+to\s+", re.I)
_HEDGE = re.compile(
    r"^(?:usually|often|most often|typically|commonly|generally|sometimes|mostly|mainly)\s+(?!\d|\w+ed\b|called\b)",
    re.I,
)


def _unhedged(content: str) -> str:
    """A parenthesis's examples without the hedge before them, when they are short names."""
    rest = _HEDGE.sub("", content)
    pieces = split_list(rest)
    names = all(len(p.split()) <= 3 and p.split(" ", 1)[0].lower() not in _PREPOSITIONS for p in pieces)
    return rest if rest != content and len(pieces) > 1 and names else content


def _medical_name(text: str, parens: list[tuple[str, str]]) -> tuple[str, str] | None:
    """ "Irritation and swelling of the brain (encephalitis)": the term in parentheses names what a
    long lay description describes, so it is the label and the description an alternative."""
    if len(parens) != 1 or not parens[0][0] or parens[0][0] != text:
        return None
    description, term = parens[0]
    called = re.match(r"^(?:called|known as)\s+(?:an?\s+|the\s+)?(?P<name>[^,;()]+)$", term, re.I)
    if called and len(description.split()) >= 3:
        return called.group("name"), description  # "Cutting the tumor out and ... (called excision)"
    words = term.split()
    sited = re.search(r"\b(?:of|in|on|to)\s+(?:the|your)\s", description)  # "Fracture of the upper arm bone"
    if is_body_part(term) or (sited and _is_part(term)):
        return None  # "(humerus)": the part's name, not the finding's
    if len(description.split()) < 4 or not 1 <= len(words) <= 3 or _is_acronym(term):
        return None
    if _NOT_SYNONYM.search(term) or re.search(r"[,;]|\b(?:and|or|such|including)\b", term):
        return None
    if _TREATS.search(description) and (_is_phenotype(term) or shipped.index("MONDO").get(match_key(term))):
        return None  # "Medicines to reduce stabbing pain (neuralgia)": the term names what is treated
    if _shortens(term, description):
        return None  # "Infection with Staphylococcus aureus (S aureus)": the short name of the last words
    first = re.split(r"\s(?:and|or)\s", description, maxsplit=1)[0]
    if first != description and not _is_phenotype(term) and (_is_phenotype(first) or _names_disease(first)):
        return None  # "Liver cirrhosis and biliary tract infections (pigmented stones)": conditions of their own
    particle = description.split()[-1].lower() in ("open", "out", "up", "down", "off", "apart")
    if len(words) == 1 and particle and not _is_phenotype(term):
        return None  # "... when the appendix breaks open (ruptures)": a verb said another way
    if _names_a_condition(words[-1]):
        return term, description
    # A lay description of what HPO names, as in "Rounded face with pudgy cheeks (moon face)"; not
    # alternatives ("Dizziness or abnormal feeling of movement (vertigo)": the last is vertigo),
    # nor a list whose first finding is another ("Fever and yellow skin (jaundice)").
    if re.search(r"\bor\b", description) or not _is_phenotype(term):
        return None
    first = re.split(r",|\sand\s", description, maxsplit=1)[0]
    stands = first != description and _is_phenotype(first) and not _same_phenotype(first, term)
    return None if stands else (term, description)


def _same_phenotype(one: str, other: str) -> bool:
    """Whether HPO names both by one term ("Yellow skin", "Jaundice")."""
    ids = [{str(h) for h, _ in hpo_index().get(match_key(n), ())} for n in (one, other)]
    return bool(ids[0] & ids[1])


def _shortens(term: str, description: str) -> bool:
    """Whether a term shortens the description's last words ("S aureus" of "Staphylococcus aureus")."""
    words, tail = term.split(), description.split()[-len(term.split()) :]
    return all(
        t.lower() == w.lower() or (len(w) <= 2 and t.lower().startswith(w.lower().rstrip(".")))
        for w, t in zip(words, tail, strict=True)
    )


def _names_a_condition(word: str) -> bool:
    """ "encephalitis", "petechiae", "Koplik spots" name findings, "gonioscopy" and "pupillary reflex
    response" tests; "ventilator" names a thing.

    >>> _names_a_condition("cyanosis"), _names_a_condition("ventilator")
    (True, False)
    """
    word = word.lower()
    kinds = load_lexicon()["kinds"]
    endings = tuple(load_lexicon()["words"]["medical_name_endings"]) + tuple(kinds["test_suffixes"])
    return (
        word.endswith(endings)
        or (word.endswith("s") and not word.endswith("ss"))
        or word in _words("kinds.test_heads")
        or word.endswith(tuple(kinds["procedure_suffixes"]))
    )


def _substitute(label: str, before: str, synonym: str) -> str:
    """A synonym in the middle of a phrase replaces the words before it:
    "bone marrow (stem cell) transplant" -> "stem cell transplant"."""
    head, label = strip_determiners(before), strip_determiners(label)
    if not head or not label.lower().startswith(head.lower()) or len(label) <= len(head):
        return synonym
    after = label[len(head) :].strip()
    kept = head.split()[: max(0, len(head.split()) - len(synonym.split()))]
    return " ".join([*kept, synonym, after])


def _attaches(example: Term, label: str, labels: list[str], *, last: bool, after: str | None = None) -> bool:
    """Examples go to the conjunct whose head they share a stem with, else to the nearest one: the
    one their parentheses follow ("Pain relievers (acetaminophen or ibuprofen) and rest"), or the last."""

    def stem(word: str) -> str:
        return word.lower()[:5]

    def shares(candidate: str) -> bool:
        head = stem(candidate.split()[-1])
        return any(head in w.lower() for w in example.label.split())

    if len(labels) == 1 or shares(label):
        return True
    if any(shares(other) for other in labels):
        return False
    before = (after or "").lower().rstrip()
    opened = [other for other in labels if before.endswith(other.lower())]
    return label in opened if opened else last


def _first_examples_marker(text: str) -> re.Match[str] | None:
    if not _EXAMPLES.search(text):  # most phrases have none: skip the walk
        return None
    depth = 0
    for i, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth == 0 and (i == 0 or char in ", "):
            match = _EXAMPLES.match(text, i)
            if match:
                return match
    return None


def _split_locations(text: str) -> tuple[str, list[str]]:
    """ "Swollen lymph nodes in the neck, under arms, and groin": the sites are a list of their own."""
    words = text.split()
    for i, word in enumerate(words[1:], start=1):
        tail = " ".join(words[i + 1 :])
        if word.lower() in _LOCATIVE and ("," in tail or " and " in tail or " or " in tail):
            sites = [strip_determiners(re.sub(rf"^(?:{'|'.join(_LOCATIVE)})\s+", "", s)) for s in split_list(tail)]
            if any(s.lower() in _words("anatomy.terms") for s in sites):
                return " ".join(words[:i]), [s for s in sites if s]
    return text, []


def _alt_labels(label: str, parens: list[tuple[str, str]], *, single: bool) -> tuple[str, ...]:
    alts: list[str] = []
    for before, content in parens:
        if _first_examples_marker(content) or not content or re.search(r"\s(?:and|or)\s", content):
            continue
        if _is_acronym(content) and _acronym_alt(before, content):
            label_words = label.split()
            n = sum(1 for c in content if c.isupper())
            if before.endswith(label) or before.split()[-n:] == label_words[-n:]:
                alts.append(content)
            elif " ".join(before.split()[-n:]) in label:
                alts.append(label.replace(" ".join(before.split()[-n:]), content))
        elif single and _is_part(content) and not _is_part(label):
            # "Fracture of the upper arm bone (humerus)": the part's name, where the label says the part
            site = re.match(r"^(.+?\b(?:of|in|on|to)\s+(?:the\s+|your\s+)?)\S", label)
            alts.extend([site.group(1) + strip_determiners(content)] if site else [])
        elif single and len(content.split()) <= 4 and not _NOT_SYNONYM.search(content) and "," not in content:
            alts.append(_substitute(label, before, strip_determiners(content)))
    return tuple(dict.fromkeys(a for a in alts if a and a.lower() != label.lower()))
