"""What a list's lead-in says its items are.

A lead-in that ends in a colon introduces items of its section's relation unless it says
otherwise: "You are more likely to need to be admitted to the hospital if you:" introduces
reasons, "Lifestyle changes can increase the risk for a seizure:" risk factors wherever it
stands, "An exam may show:" signs in an Exams section. The rules read the lead-in's words,
never the disease it is about.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.model import Relation
from extract.sections import iter_sentences

#: The relation a section's lists give when their lead-in says nothing else.
SECTION_RELATIONS: dict[str, Relation] = {
    "causes": "riskFactor",
    "symptoms": "signOrSymptom",
    "tests": "typicalTest",
    "treatment": "possibleTreatment",
    "complications": "possibleComplication",
    "prevention": "primaryPrevention",
}

#: A lead-in whose items say who should have a test, vaccine or therapy ("Screening ... is
#: recommended for:", "it may be done if a woman has:"), so they name neither.
_FOR_WHOM = re.compile(
    r"\b(?:is|are)\s+(?:currently\s+|also\s+|now\s+|usually\s+)?recommended\s+for\s*:$|"
    r"\b(?:done|given|recommended|advised|needed|offered)\s+(?:if|when|for)\s+(?:an?\s+|the\s+)?"
    r"(?:woman|women|man|men|person|people|child|children|adults?|you|someone)\b[^:]*:$|"
    r"\b(?:people|persons|children|adults|women|men)\s+(?:who\s+)?should\s+(?:be|get|receive|have)\b[^:]*:$",
    re.I,
)
_NOTHING = re.compile(
    r"\bhow to:?$|\bknow how\b|\badjust\b|"
    r"\bgoals?\b|\breasons?\b|\badmitted\b|\b(?:call|contact) (?:your|a|the|911)\b|\bquestions\b|"
    r"^(?:the\s+|some\s+|other,?\s+)?(?:[\w-]+,?\s+){0,2}(?:types|kinds|forms|stages|grades)\b"
    r"(?: of (?![\w\s-]*\b(?:tests?|medicines?|medications?|drugs?|treatments?|therap(?:y|ies)|surger(?:y|ies)|"
    r"procedures?)\b)[\w\s-]+)? "
    r"(?:are|include):?$|"
    r"^there are [\w\s-]*\b(?:types|kinds|forms|stages|grades)\b(?! of (?:medicines|drugs|treatment))|"
    r"\bwarning\b(?!\s+(?:symptoms|signs)\s+(?:may\s+)?(?:include|are)\b)|"
    r"\b(?:they|these|it) (?:are|is) (?:taken|used|given):?$|\bplan should include|\bdiagnosed (?:if|when)\b|"
    r"\bstag(?:ing|ed)\b|\bto stage\b|"  # "The TNM staging system is used to stage it:" lists stages
    r"\bwatch this video\b|"  # a link to a video, not a list
    # "The pain may get worse:" lists when, not what; "... given when symptoms get worse:" what is given
    r"^(?:[^:]*\.\s+)?(?:(?!\b(?:when|if|as)\b)[^.:])*\b(?:get|gets|be|is|are|become|becomes)\s+worse"
    r"(?:\s+(?:with|if|when|after|during))?:$",
    re.I,
)
#: "... admitted to the hospital if you:": the items are conditions under which something is done.
_CONDITIONS = re.compile(
    r"\b(?:if|when|unless|because|while)(?: you| they| your child| the person| a person| he| she)?:$", re.I
)
#: "These medicines may help if you are:", "Surgery is needed when there is:": in a Treatment section,
#: the state in which a treatment is given; in others the items are what the section lists
#: ("You may have an airway burn if you have:").
_TREATED_IF = re.compile(
    r"\b(?:if|when|unless)(?: you| they| your child| the person| a person| he| she| someone| there)"
    r"(?: are| is| have| has| had| were| get| gets| need| needs| feel| feels)?:$",
    re.I,
)
#: "The following may relieve symptoms:": what acts on symptoms treats them.
_RELIEF = re.compile(r"\b(?:relie|eas|help|treat|manag|control|reduc|improv|sooth|lessen)\w*\b", re.I)
_CAUSE = re.compile(
    r"\b(?:occurs?|happens?|develops?)\s+(?:if|when)\b|\bcaused by\b|\bdue to\b|\bresults? from\b|"
    r"\bcauses (?:include|are)\b",
    re.I,
)
_PREVENTS = re.compile(
    r"\bprevent|\b(?:reduce|lower|decrease|cut) (?:your|the|their) (?:risk|chance|possibility)", re.I
)
_RISK = re.compile(
    r"\b(?:increases?|raises?|higher|greater|increased) (?:your |the |their )?(?:risk|chance)|\brisk factors?\b|"
    r"\bmore likely\b|\bat (?:higher |increased |greater |more )?risk\b|\btrigger|\bmore common in\b|"
    # when the risk goes up ("Your risk for getting athlete's foot increases if you")
    r"\b(?:risk|chances?)\s+(?:for|of)\b[^:]*\b(?:increases?|goes up|go up|is higher|are higher)\s+(?:if|when)\b|"
    # "You may become infected if you:": what one does to come to have it (not "... if: A person sneezes")
    r"^you\s+(?:can|may|might|could)\s+(?:catch|get|become infected|be infected|develop)\b[^:]*\b(?:if|when)\s+you\b",
    re.I,
)
_COMPLICATIONS = re.compile(r"\bcomplications?\b|\b(?:can|may|might|could) lead to\b|\blong-term problems\b", re.I)
#: Lead-ins about symptoms as such ("Symptoms of low blood sugar include:"), not what relieves them.
_SIGNS = re.compile(
    r"^(?:the |other |common |early |main |some |these |possible |more |less )*(?:symptoms?|signs?)\b|"
    r"\b(?:symptoms?|signs?)(?: of [\w\s-]+)? (?:may |can |might |often |usually )*(?:include|are|occur)\b|"
    r"\b(?:symptoms?|signs?):$",
    re.I,
)
#: A lead-in whose subject is the disease itself and whose verb says what it does to the body.
_IT_LEADS_TO = re.compile(
    r"^(?:this|the)\s+(?:condition|disease|disorder|illness)\s+(?:can\s+|may\s+|also\s+|often\s+)*"
    r"(?:affects?|damages?|harms?|leads?\s+to|causes?)\b[^:]*:$",
    re.I,
)
#: A lead-in of the places a disease is found ("Other joint structures affected by arthritis include:",
#: "Commonly affected sites include the:"): where, not what.
_PLACES = re.compile(
    r"^(?![^:]*\b(?:world|countries|country|regions?)\b)(?:the |other |common |commonly |most |some |many )*"
    r"(?:(?!(?:when|if|as|while|because|after)\b)[\w-]+ )?(?:parts?|areas?|sites?|structures?|organs?|nerves?)\b"
    r"[^:]{0,50}\b(?:include|are)\b[^:]*:$|"
    r"\banywhere in the body\b[^:]*:$",
    re.I,
)
#: A lead-in whose subject is the symptoms and whose verb lists them, whatever it says in between.
_SYMPTOMS_INCLUDE = re.compile(
    r"^(?:the |other |common |early |main |some |these |possible |more |less |its |their )*(?:symptoms?|signs?)\b"
    r"(?![^:]*\b(?:risk|chance)\b)[^:]*\b(?:may |can |might |often |usually |also )*(?:include|are):$",
    re.I,
)
_EXAM_FINDS = re.compile(
    r"\b(?:exam|examination|provider|doctor)\b.*\b(?:show|reveal|find|notice|look for|check for)", re.I
)
_TESTS = re.compile(
    r"\b(?:tests?|exams?|studies|scans?|procedures) (?:that )?(?:may|will|can|might|to|are|include)", re.I
)
#: A lead-in that ends in the tests it introduces, whatever it says before ("... may be seen on the
#: following tests:", "... check for scarlet fever by doing a:").
_TESTS_FOLLOW = re.compile(
    r"\b(?:the following|these|other)\s+(?:\w+\s+)?tests\s*:$|\bby (?:doing|ordering|performing)(?: an?)?:$", re.I
)
#: A lead-in whose subject is the tests, whatever they are for ("Tests to determine cause or
#: complications include:"); "Tests may show:" lists what they find.
_TESTS_ARE = re.compile(
    r"^(?:the\s+|other\s+|some\s+|more\s+|further\s+|additional\s+|common\s+)*(?:[\w-]+\s+)?(?:tests?|exams?|studies)"
    r"\b(?![^:]*\b(?:show|reveal|find|detect)s?\b)[^:]*\b(?:include|are)\s*:$",
    re.I,
)
#: In an Exams section, a lead-in whose subject is conditions ("Most common STIs are:", "Other
#: conditions that may cause vitamin B1 deficiency include:") lists neither tests nor signs.
_CONDITIONS_ARE = re.compile(
    r"^(?:the\s+|other\s+|most\s+|some\s+|common\s+)*(?:conditions|diseases|disorders|infections|STIs|STDs)\b"
    r"[^:]*\b(?:include|are)\s*:$",
    re.I,
)
#: Medicines said to be used "to:" a list of what they do ("Help the heart pump harder"), not of
#: treatments; what surgery is done "to:" ("Remove the abnormal brain cells") names the surgery.
_MEDICINES_TO = re.compile(
    r"\b(?:medicines?|medications?|drugs?)\b[^:]*\b(?:used|given|prescribed|needed)\s+to\s*:$|"
    r"\b(?:receive|take|given)\s+(?:\w+\s+)?(?:medicines?|medications?|drugs?)\s+to\s*:$",
    re.I,
)
#: A lead-in whose subject is the treatments, whatever they are for ("Medicines for brain tumor
#: symptoms include:", "The following things can be done to relieve symptoms:").
_TREATMENTS_ARE = re.compile(
    r"^(?:the\s+)?(?:possible\s+|other\s+|common\s+|main\s+)*(?:treatments?|medicines?|medications?|drugs?|therapies)"
    r"(?:\s+(?:for|to)\s[^:]*)?\s+(?:may\s+|can\s+|often\s+)*(?:include|are)\s*:?$|"
    r"^treatment\b[^:]*,?\s+and\s+(?:may|can|will|might|often)\s+(?:also\s+)?include\s*:?$|"
    r"\b(?:can|may|might)\s+be\s+(?:done|used|tried)\s+to\s+(?:relieve|ease|help|reduce)\s+(?:the\s+|your\s+)?"
    r"(?:symptoms|pain)\b",
    re.I,
)
#: In a Treatment section: what is treated, not what treats it ("surgery to treat problems such as:").
_TREATED = re.compile(
    r"\b(?:problems|conditions|complications|disorders|diseases|infections)\b[^:]*\b(?:such as|like|including|include)"
    r"\s*:?$|\bto (?:treat|correct|relieve|control)(?: [a-z]+)?:?$|\bfor:$",
    re.I,
)
#: "This may cause side effects such as:": what a treatment may bring about is a complication of
#: having the disease treated; "possible side effects, such as:" under "call your provider if" is not.
_SIDE_EFFECTS = re.compile(r"\bside effects?\b|\badverse (?:reactions|effects)\b", re.I)
_FACTORS = re.compile(r"depends? on|decided by|based on|\bfactors\b", re.I)
_CONCERNS = re.compile(r"\bmanag\w* (?:side effects|concerns)|\bconcerns?\b", re.I)


@lru_cache(maxsize=4096)
def leadin_relation(leadin: str, section: str) -> Relation | None:
    """The relation a list's items have to the disease, from their lead-in and section: its last
    sentence decides, unless only an earlier one says what the items are ("Lifestyle changes can
    increase the risk for a seizure. Talk with your provider about:").

    >>> leadin_relation("Changes can increase the risk for a seizure. Talk with your provider about:", "treatment")
    'riskFactor'
    >>> leadin_relation("Straining raises your risk for it. To prevent constipation, you should:", "prevention")
    'primaryPrevention'
    """
    sentences = iter_sentences(leadin.strip())
    relation = _relation(sentences[-1][0], section)
    last = sentences[-1][0]
    if relation != SECTION_RELATIONS.get(section) or len(sentences) == 1 or _NAMES_ITEMS.search(last):
        return relation
    if _SAYS_PURPOSE.match(last):
        return relation  # "... raise your risk. To prevent constipation, you should:": what the items are for
    if relation == "riskFactor" and _RISK.search(last):
        return relation  # "... due to heat. You are more likely to feel it sooner if:": the last says what
    earlier = [_relation(text, section) for text, _ in sentences[:-1]]
    crossing = ("riskFactor", "cause", "possibleComplication", "primaryPrevention")
    crossing += ("signOrSymptom",) if section == "tests" else ()  # "An exam may show ... This may include:"
    return next((r for r in reversed(earlier) if r in crossing and r != relation), relation)


#: A last sentence that says what its items are for ("To prevent constipation and hemorrhoids, you should:").
_SAYS_PURPOSE = re.compile(
    r"^(?:to|you can|you may be able to)\s+(?:help\s+)?(?:prevent|avoid|reduce|lower|decrease|treat|relieve|manage|"
    r"ease|control)\b",
    re.I,
)
#: A lead-in that says what its items are ("Symptoms include:"), so earlier sentences do not count.
_NAMES_ITEMS = re.compile(
    r"\b(?:symptoms?|signs?|tests?|exams?|examinations?|studies|treatments?|therapy|therapies|medicines?|medications?|"
    r"drugs?|surgery|surgeries|procedures?|risks?|causes?|complications?|factors?|conditions?|problems?|steps|"
    r"measures|changes|tips|options?|foods?|diets?)\b",
    re.I,
)


def _relation(leadin: str, section: str) -> Relation | None:
    """The relation a list's items have to the disease, from their lead-in and section.

    >>> leadin_relation("Symptoms may include:", "symptoms")
    'signOrSymptom'
    >>> leadin_relation("You are more likely to need to be admitted to the hospital if you:", "treatment")
    >>> leadin_relation("Lifestyle changes can increase the risk for a seizure:", "treatment")
    'riskFactor'
    >>> leadin_relation("An exam may show:", "tests")
    'signOrSymptom'
    >>> leadin_relation("Surgery may be needed to treat problems such as:", "treatment")
    >>> leadin_relation("This may occur if:", "causes")
    'cause'
    >>> leadin_relation("Complications may include:", "prognosis")
    'possibleComplication'
    >>> leadin_relation("Tests to determine cause or complications include:", "tests")
    'typicalTest'
    >>> leadin_relation("Other conditions that may cause vitamin B1 deficiency include:", "tests")
    >>> leadin_relation("Chemotherapy kills normal cells, too. This may cause side effects such as:", "treatment")
    'possibleComplication'
    """
    default = SECTION_RELATIONS.get(section)
    text = re.sub(r"\s*\([^()]*\)(?=:$)", "", leadin.strip())  # "... symptoms (call 911 right away):"
    if not text:
        return default
    last = re.split(r"(?<=[.!?])\s+", text)[-1]
    if section != "symptoms" and _IT_LEADS_TO.match(last) and not re.search(r"\btests?\b", last, re.I):
        return "possibleComplication"  # "This condition affects most body systems and functions, including:"
    if section == "causes" and re.search(r"\b(?:can|may|might|could|will)\s*:$", text):
        return None  # "A cleft lip and palate can:": what it does, not what brings it on
    if section == "causes" and _CAUSE.search(text) and not re.search(r"\bmore likely\b", text, re.I):
        return "cause"
    if _NOTHING.search(text) or _FOR_WHOM.search(text) or _PLACES.search(re.split(r"(?<=[.!?])\s+", text)[-1]):
        return None  # "The vaccine is recommended for:": who should have it, not what it is
    if section == "treatment" and _MEDICINES_TO.search(text):
        return None  # "When there are also other heart defects, medicines may be used to:" what they do
    if section == "treatment" and _TREATMENTS_ARE.search(text):
        return "possibleTreatment"  # "Possible treatments for chloroquine-resistant infections include:"
    if section in ("tests", None) and _TESTS_ARE.search(text):
        return "typicalTest"  # "Tests to determine cause or complications include:"
    if section == "tests" and _CONDITIONS_ARE.search(text):
        return None  # "Most common STIs are:"
    if _SIDE_EFFECTS.search(text):
        # managing them is a care concern; an earlier sentence about them says nothing of the items
        says_nothing = _CONCERNS.search(text) or section == "causes" or not text.endswith(":")
        return None if says_nothing else "possibleComplication"
    if section == "treatment" and _FACTORS.search(text):
        return "treatmentFactor"
    if section == "treatment" and _CONCERNS.search(text):
        return "careConcern"
    if (
        re.search(r"\bcomplications?\b[^:]*\b(?:including|such as|include|are)\s*:?$", text, re.I)
        and section != "causes"
    ):
        return "possibleComplication"  # "... reduce your chances of developing complications, including:"
    if _PREVENTS.search(text):
        # In a Treatment section what "helps prevent" attacks or complications treats the disease.
        return "primaryPrevention" if section in ("prevention", "causes", None) else default
    if re.search(r"\bmore likely to (?:need|receive|be given|be treated|be admitted|require|have surgery)", text, re.I):
        return None  # "You are more likely to receive these drugs if:": when a treatment is given
    if section == "symptoms" and _SYMPTOMS_INCLUDE.search(text):
        return "signOrSymptom"  # "Symptoms are more common in men and may include:": who has them more is said aside
    if _RISK.search(text):
        return "riskFactor"
    if _COMPLICATIONS.search(text) and section != "causes":
        return "possibleComplication"
    if _CONDITIONS.search(text) or (section == "treatment" and _TREATED_IF.search(text)):
        return None
    if section == "tests":
        if _TESTS_FOLLOW.search(text):
            return "typicalTest"  # "Signs of hemothorax may be seen on the following tests:"
        if re.search(r"\b(?:show|reveal|find|detect)s?\s*:$", text, re.I):
            return "signOrSymptom"  # "Blood tests will likely be ordered and may show:": what they find
        if _EXAM_FINDS.search(text) and not re.search(r"\btests\b", text, re.I):
            return "signOrSymptom"
        if _TESTS.search(text):
            return "typicalTest"
        return "signOrSymptom" if _SIGNS.search(text) else default
    if _SIGNS.search(text) and not (section == "treatment" and _RELIEF.search(text)):
        return "signOrSymptom" if section in ("symptoms", "causes", None) else None
    if section == "treatment" and _TREATED.search(text):
        return None
    if default is None and _TESTS.search(text):
        return "typicalTest"
    return default
