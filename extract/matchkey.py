"""The keys a concept's name is looked up by in an ontology: the normalisation a curator accepts.

``match_key`` treats as one name what differs only in case, punctuation and hyphens, plural
endings, British spelling, articles and possessives ("the", "your"), the inverted order of
"leukemia, acute", the "pain in the chest" / "chest pain" order of a head and its site, and
"swollen joints" / "joint swelling".
``broader_key`` drops what makes a name narrower than the term it falls under: a degree or time
("severe", "sudden", "long-term") and the people it is said of ("in children"). An ontology term
found only by it is broader than the concept, never the same thing.

Acronyms are never compared with words: callers leave them out (``model.is_acronym``).
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+")
#: Ways to say "inability to" ("Loss of ability to exercise", "Unable to walk"), as HPO says it.
_UNABLE = re.compile(r"^(?:loss of (?:the )?ability to|unable to|not (?:being )?able to|cannot|can't|can not)\s+")
#: British spellings, as word parts, and their American forms (MedlinePlus and HPO are American).
_BRITISH = (
    ("oedema", "edema"),
    ("oesophag", "esophag"),
    ("anaem", "anem"),
    ("haem", "hem"),
    ("leukaem", "leukem"),
    ("paediatr", "pediatr"),
    ("foet", "fet"),
    ("tumour", "tumor"),
    ("colour", "color"),
    ("behaviour", "behavior"),
    ("diarrhoea", "diarrhea"),
    ("oestrogen", "estrogen"),
    ("ischaem", "ischem"),
    ("orthopaed", "orthoped"),
    ("sulph", "sulf"),
)
_DROPPED = frozenset({"the", "a", "an", "your", "their", "his", "her", "its", "one", "s"})
_SITE_LINKS = frozenset({"in", "of", "on", "from"})
_NOT_PLURAL = ("ss", "us", "is", "ics", "ous", "ys")
_SINGULAR_IN_S = frozenset(
    "diabetes measles mumps rabies herpes rickets scabies series species aids shingles tetanus lupus mellitus "
    "diagnosis analysis psoriasis sepsis sinusitis tuberculosis stenosis thrombosis fibrosis cirrhosis "
    "lymphadenopathy tetanus pancreas uterus virus fetus bronchus anus pelvis testis penis iris cornea "
    "hives feces menses biceps triceps ascites rabies".split()
)
#: Words of degree, time and frequency that narrow a finding without changing what it is.
_NARROWING = frozenset(
    "severe mild minor moderate slight extreme intense sudden gradual frequent constant persistent "
    "occasional recurrent repeated long lasting term short new ongoing very general generalized overall "
    "unexplained unusual excessive excess increased decreased worsening painful acute chronic "
    "sharp dull stabbing throbbing shooting crampy nagging multiple several many".split()
)
#: A count that narrows a finding to how many places it is found in: "Pain in 3 or more joints".
_COUNT = re.compile(r"\b(?:\d+|one|two|three|four|five)\s+or\s+more\b", re.I)
_POPULATIONS = frozenset(
    "child children infant infants baby babies newborn newborns adult adults women woman men man people".split()
)


#: Adjectives of the body's parts, as the noun they are of ("abdominal pain", "pain in the abdomen").
_OF_PART = {
    "abdominal": "abdomen",
    "vaginal": "vagina",
    "rectal": "rectum",
    "anal": "anus",
    "nasal": "nose",
    "muscular": "muscle",
    "facial": "face",
    "dental": "tooth",
    "oral": "mouth",
    "urinary": "urine",
    "menstrual": "menstruation",
    "ocular": "eye",
    "gastric": "stomach",
    "cardiac": "heart",
    "renal": "kidney",
    "hepatic": "liver",
    "pulmonary": "lung",
    "cutaneous": "skin",
    "articular": "joint",
    "thoracic": "chest",
    "testicular": "testis",
    "testicle": "testis",
    "breast": "breast",
    "belly": "abdomen",
    "tummy": "abdomen",
}


def _words(name: str) -> list[str]:
    return list(_cached_words(name))


@lru_cache(maxsize=1 << 17)
def _cached_words(name: str) -> tuple[str, ...]:
    text = _UNABLE.sub("inability to ", name.lower().replace("'s ", " "))
    for british, american in _BRITISH:
        if british in text:
            text = text.replace(british, american)
    words = [w for w in _WORD.findall(text) if w not in _DROPPED]
    head, comma, rest = text.partition(",")
    if not comma:  # MedlinePlus's "Cystitis - acute", as "leukemia, acute"
        head, comma, rest = text.partition(" - ")
    rest_words = [w for w in _WORD.findall(rest) if w not in _DROPPED]
    if comma and 1 <= len(rest_words) <= 2 and "," not in rest and " - " not in rest:  # "leukemia, acute"
        words = rest_words + [w for w in _WORD.findall(head) if w not in _DROPPED]
    words = [_OF_PART.get(w, w) for w in (_singular(w) for w in words)]
    if words[-2:] == ["infectious", "disease"]:  # MONDO's "chlamydia infectious disease"
        words[-2:] = ["infection"]
    return tuple(words)


_IRREGULAR = {
    "feet": "foot",
    "teeth": "tooth",
    "children": "child",
    "women": "woman",
    "men": "man",
    "lice": "louse",
    "testes": "testis",
}


def _singular(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or not word.endswith("s") or word.endswith(_NOT_PLURAL) or word in _SINGULAR_IN_S:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")) and not word.endswith("aches"):
        return word[:-2]
    return word[:-1]


def _site_first(words: list[str]) -> list[str]:
    """ "pain in chest" -> "chest pain": a head of one or two words and a site of one or two."""
    for i, word in enumerate(words):
        if word in _SITE_LINKS and 1 <= i <= 2 and 1 <= len(words) - i - 1 <= 2:
            return words[i + 1 :] + words[:i]
    return words


@lru_cache(maxsize=1 << 17)
def match_key(name: str) -> str:
    """The key a name is looked up by.

    >>> match_key("Pain in the chest") == match_key("Chest pains")
    True
    >>> match_key("Leukaemia, acute") == match_key("acute leukemia")
    True
    >>> match_key("Cystitis - acute") == match_key("Acute cystitis")
    True
    >>> match_key("Swelling of your feet") == match_key("feet swelling")
    True
    >>> match_key("Bleeding from the nose") == match_key("Nose bleeding")
    True
    >>> match_key("Pain in the abdomen") == match_key("Abdominal pain")
    True
    >>> match_key("Swollen joints") == match_key("Joint swelling")
    True
    >>> match_key("Light-headedness") == match_key("Lightheadedness")
    True
    >>> match_key("Chlamydia infection") == match_key("chlamydia infectious disease")
    True
    >>> match_key("Loss of ability to exercise") == match_key("Unable to exercise")
    True
    >>> match_key("Unable to exercise") == match_key("Inability to exercise")
    True
    """
    words = _words(name)
    if len(words) == 2 and words[0] == "swollen":  # "Swollen joints" is "Joint swelling"
        words = [words[1], "swelling"]
    return "".join(_site_first(words))  # joined: "clay colored" is "clay-colored"


#: Lay words that say the same of a finding, as one word: "Problems swallowing" and "Difficulty
#: swallowing", "Swollen spleen" and "Large spleen", "Increased thirst" and "Extreme thirst".
_LOOSE = {
    **dict.fromkeys("problem trouble difficult difficulties issue".split(), "difficulty"),
    **dict.fromkeys("swollen large big enlargement".split(), "enlarged"),
    **dict.fromkeys("decreased diminished low lower poor less".split(), "reduced"),
    **dict.fromkeys("excessive extreme excess high elevated more strong heavy".split(), "increased"),
    **dict.fromkeys("change altered abnormality unusual".split(), "abnormal"),
    **dict.fromkeys("rapid quick".split(), "fast"),
    "blurry": "blurred",
    "thirsty": "thirst",
    "hungry": "hunger",
    "eyesight": "vision",
    **dict.fromkeys("painful ache aching achy".split(), "pain"),
    **dict.fromkeys("shaking shakiness shaky trembling tremble".split(), "tremor"),
    **dict.fromkeys("uncontrollable involuntary".split(), "uncontrolled"),
    **dict.fromkeys("bluish blueish".split(), "blue"),
    **dict.fromkeys("reddened reddish redness".split(), "red"),
    **dict.fromkeys("lack losing lost".split(), "loss"),
}
#: Words a lay wording adds without saying more: "Bluish color to the skin" is "Blue skin".
_LOOSE_DROPPED = frozenset(
    "with feeling being having of in on to over when during while very color coloring colour discoloration".split()
)


@lru_cache(maxsize=1 << 17)
def loose_key(name: str) -> str:
    """The key of what a lay wording says, for close matches only: words that say the same of a
    finding are one word, and "with", "feeling", "being" and the site's preposition do not count.

    >>> loose_key("Problems swallowing") == loose_key("Difficulty swallowing")
    True
    >>> loose_key("Swollen spleen") == loose_key("Large spleen")
    True
    """
    return "".join(loose_words(name))


@lru_cache(maxsize=1 << 16)
def loose_words(name: str) -> tuple[str, ...]:
    """The words ``loose_key`` is made of, in its order: a lay wording left with one word
    ("Loss of feeling": "loss") says too little to be looked up by it."""
    words = _site_first(_words(name))
    return tuple(sorted(_LOOSE.get(w, w) for w in words if w not in _LOOSE_DROPPED))


@lru_cache(maxsize=1 << 16)
def broader_key(name: str) -> str:
    """The key of what ``name`` narrows, or "" when nothing narrows it.

    >>> broader_key("Severe headache") == match_key("headache")
    True
    >>> broader_key("Bedwetting in children") == match_key("bedwetting")
    True
    >>> broader_key("Pain in 3 or more joints") == match_key("joint pain")
    True
    >>> broader_key("Headache")
    ''
    """
    words = _words(name)
    narrowed = [w for w in _words(_COUNT.sub(" ", name)) if w not in _NARROWING]
    if len(narrowed) >= 2 and narrowed[-2] in _SITE_LINKS and narrowed[-1] in _POPULATIONS:
        narrowed = narrowed[:-2]
    if not narrowed or narrowed == words:
        return ""
    return "".join(_site_first(narrowed))


#: Words that end the head of a finding's name: what follows says where, when or why.
_HEAD_ENDS = frozenset(
    "in on at to from with without when while during after before because that which who than due caused "
    "especially through by for around under over into called".split()
)
#: Endings of words that modify a noun ("septal", "alcoholic", "depressive"), which a head may drop.
_MODIFIER_ENDINGS = ("al", "ic", "ous", "ive", "ary", "ar", "ful", "less", "ed", "ent", "ant")


@lru_cache(maxsize=1 << 16)
def head_keys(name: str) -> tuple[str, ...]:
    """Keys of what a finding's name is at its head, longest first, for broad matches only:
    the words before what says where, when or why, then fewer of them from the left.

    >>> head_keys("Septal pain when swallowing") == (match_key("septal pain"), match_key("pain"))
    True
    >>> head_keys("Abdominal fat pad aspiration")  # "fat" is no modifier: the head is not "aspiration"
    ('fatpadaspiration',)
    >>> head_keys("Headache"), head_keys("Fever and chills")
    ((), ())
    """
    words = _words(name)
    if {"and", "or", "like"} & set(words):  # "Fever and chills" names two things, neither broader
        return ()
    cut = next((i for i, w in enumerate(words) if w in _HEAD_ENDS), len(words))
    head = [w for w in words[:cut] if w not in _NARROWING]
    keys = []
    for i in range(len(head)):
        keys.append("".join(head[i:]))
        if not (head[i].endswith(_MODIFIER_ENDINGS) or head[i] in _OF_PART.values()):
            break  # "Abdominal fat pad aspiration" is not an aspiration
    whole = match_key(name)
    return tuple(dict.fromkeys(k for k in keys if k and k != whole and not k.isdigit()))


#: Words that open what a finding's name says of where, when or why, its head before them.
_PHRASE_LINKS = _HEAD_ENDS | {"of"}


@lru_cache(maxsize=1 << 16)
def leading_phrases(name: str) -> tuple[str, ...]:
    """What a finding's name says before each phrase of where, when or why, longest first, for
    broad matches only; a part that names two things ("and", "or") is none.

    >>> leading_phrases("Loss of coordination of the fingers")
    ('Loss of coordination', 'Loss')
    >>> leading_phrases("Weakness of the knee or leg"), leading_phrases("Fever and chills in the evening")
    (('Weakness',), ())
    """
    tokens = name.split()
    phrases = []
    for i in range(len(tokens) - 1, 0, -1):
        if tokens[i].lower() in _PHRASE_LINKS:
            words = [t.lower().strip(",;:") for t in tokens[:i]]
            if not {"and", "or"} & set(words):
                phrases.append(" ".join(tokens[:i]).rstrip(",;:"))
    return tuple(phrases)
