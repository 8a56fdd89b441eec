"""Issue 11: each reading rule on short sentences of the kinds the encyclopedia writes, negations too.

The sentences are made up in the encyclopedia's style (lead-ins, lists, sentence patterns), not
copied from the gold articles, so that these tests hold the rules, not the answers.
"""

from __future__ import annotations

import pytest

from extract import extract_article, parse_article
from extract.advice import advice_in, advised_treatments, avoided, measures_in
from extract.chunks import names_headed_by
from extract.clean import rejoin_lines, split_leadin, split_spaced_run_on
from extract.findings import part_looks, symptoms_told
from extract.leadins import leadin_relation
from extract.lists import complications_listed as complications_in_list
from extract.lists import item_subject, listed_tests, risks_listed, treatments_listed
from extract.model import Concept, Mention
from extract.outcomes import complications_in, complications_said
from extract.phrases import Term, is_body_part, is_name, parse_term
from extract.risks import risks_in
from extract.subjects import subjectless
from extract.terms import emit
from extract.therapies import _treatments_in, class_members, measures_told
from ontology import load_lexicon


def labels(terms: object) -> list[str]:
    return [t.label for t in terms]  # type: ignore[attr-defined]


# --- lines the text dump ran together ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("Hives MEDICINES", ["Hives", "MEDICINES"]),
        ("LIFESTYLE CHANGESIf you smoke, stop.", ["LIFESTYLE CHANGES", "If you smoke, stop."]),
        ("Bed rest Other treatments may include:", ["Bed rest", "Other treatments may include:"]),
        ("Joint pain Fever is common in children.", ["Joint pain", "Fever is common in children."]),
        ("A CBC and an MRI scan", ["A CBC and an MRI scan"]),  # acronyms are no subheading
        ("People with Lyme disease may have a rash.", ["People with Lyme disease may have a rash."]),
        ("Antibiotics Pain relievers Rest", ["Antibiotics", "Pain relievers", "Rest"]),  # items, one line
        ("Anemia Kidney disease", ["Anemia", "Kidney disease"]),  # a body part before "disease" is no eponym
        ("Arthritis Skin rash (on the cheeks)", ["Arthritis", "Skin rash (on the cheeks)"]),
        ("Parkinson disease", ["Parkinson disease"]),
        ("African American women", ["African American women"]),  # "African" names nothing of its own
        ("Living With Heart Failure", ["Living With Heart Failure"]),  # a title
        (
            "Rest and fluids Physical therapy, speech therapy, and swallowing therapy will begin soon.",
            ["Rest and fluids", "Physical therapy, speech therapy, and swallowing therapy will begin soon."],
        ),  # a sentence whose subject is a list
        (
            "Blurred vision For many other people, these warning signs may come first:",
            ["Blurred vision", "For many other people, these warning signs may come first:"],
        ),  # the sentence's verb comes after an opening phrase
        (
            "Antibiotics given through a vein Rarely, a breathing tube through the nose will be needed.",
            ["Antibiotics given through a vein", "Rarely, a breathing tube through the nose will be needed."],
        ),  # after an opening adverb, a long subject still makes a sentence
        (
            "Medicines to control symptoms such as spasms, fatigue, or mood problems Medicines are best early.",
            [
                "Medicines to control symptoms such as spasms, fatigue, or mood problems",
                "Medicines are best early.",
            ],
        ),  # an item that lists its examples runs longer
        (
            "It occurs in people of Mediterranean origin. To a lesser extent, Chinese, Asians, and Africans are.",
            ["It occurs in people of Mediterranean origin. To a lesser extent, Chinese, Asians, and Africans are."],
        ),  # but not a paragraph of sentences
    ],
)
def test_run_together_blocks_are_split(line: str, parts: list[str]) -> None:
    assert split_spaced_run_on(line) == parts


def test_items_run_together_without_a_space_are_split() -> None:
    assert list(rejoin_lines(["Increased potassiumLow cortisol level"])) == [
        "Increased potassium",
        "Low cortisol level",
    ]
    assert list(rejoin_lines(["McDonald criteria"])) == ["McDonald criteria"]  # a name's own capital


def test_a_leadin_and_its_first_item_are_split_at_the_colon() -> None:
    assert split_leadin("Risk is also higher in: People who smoke") == ["Risk is also higher in:", "People who smoke"]
    assert split_leadin("Grade 1: Cells look almost normal") == ["Grade 1: Cells look almost normal"]


# --- names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Medicines that weaken the immune system", ["Medicines that weaken the immune system"]),
        ("Use of drugs that prevent clotting", ["Use of drugs that prevent clotting"]),
        ("Eating too many foods that contain salt", ["Eating too many foods that contain salt"]),
        ("Infections that spread to the brain", ["Infections"]),  # a name already: the clause explains it
        ("Loss of interest in activities that you enjoyed", ["Loss of interest in activities"]),
        ("Other illness that damages or destroys the liver", []),  # two things: nothing named alone
        ("Avoiding dust and substances that irritate the airways", ["Avoiding dust", "Avoiding substances"]),
        ("Conditions that are present at birth", []),  # says, not names
        ("Antibiotics (usually only if the infection is severe)", ["Antibiotics"]),  # no half parenthesis
        ("Medicines to lower blood pressure, such as diuretics", ["Medicines to lower blood pressure"]),  # a purpose
        ("Antibiotics to treat the infection", ["Antibiotics"]),  # a name already
        ("Pain medicines as needed", ["Pain medicines"]),
    ],
)
def test_a_relative_clause_says_which_after_a_head_that_names_a_kind_only(item: str, expected: list[str]) -> None:
    assert labels(parse_term(item)) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Shallow, rapid breathing", ["Shallow breathing", "Rapid breathing"]),  # adjectives share the head
        ("Mild or complete loss of hearing", ["Mild loss of hearing", "Complete loss of hearing"]),
        ("Sharp, stabbing pain in the side", ["Sharp pain in the side", "Stabbing pain in the side"]),
        ("Pale or gray skin color", ["Pale skin color", "Gray skin color"]),
        (
            "Loss of control of the bladder or bowels",
            ["Loss of control of the bladder", "Loss of control of the bowels"],
        ),
        ("Trouble breathing in and out", ["Trouble breathing in and out"]),  # "out" names nothing
        ("A blood pressure of 140 or higher", ["Blood pressure of 140 or higher"]),
        ("An infection or another trigger", ["Infection"]),  # "another" names nothing alone
        ("Nausea and vomiting", ["Nausea", "Vomiting"]),
        ("Feeling numbness or tingling in the toes", ["Feeling numbness in the toes", "Tingling in the toes"]),
        ("Fever, chills, or pain in the joints", ["Fever", "Chills", "Pain in the joints"]),  # fever is not in a joint
        ("Rib and spine fractures", ["Rib fractures", "Spine fractures"]),  # the sites share the head
        ("Head and neck injuries", ["Head injuries", "Neck injuries"]),
        ("CT or MRI scan", ["CT scan", "MRI scan"]),  # acronyms share the head
        ("Cleft lip or palate", ["Cleft lip", "Cleft palate"]),  # body parts share the finding
        (  # "and" joins what "or" splits
            "Clenching of the jaw and losing control of the urine or bowels",
            ["Clenching of the jaw", "Losing control of the urine", "Losing control of the bowels"],
        ),
        ("EGD or upper endoscopy", ["EGD", "Upper endoscopy"]),  # an acronym that names a test alone
        ("Pain during or after intercourse", ["Pain during or after intercourse"]),  # one object for both
        ("History of diabetes or kidney disease", ["History of diabetes", "History of kidney disease"]),
        (
            "Over-the-counter or prescription pain relievers",
            ["Over-the-counter pain relievers", "Prescription pain relievers"],
        ),
        ("History of physical or sexual abuse", ["History of physical or sexual abuse"]),  # adjectives share "abuse"
        ("Family history of the disorder and being male", ["Family history of the disorder", "Being male"]),
    ],
)
def test_a_coordination_names_each_thing_whole(phrase: str, expected: list[str]) -> None:
    assert labels(parse_term(phrase)) == expected


@pytest.mark.parametrize(
    ("item", "narrower"),
    [
        ("Marfan syndrome (a genetic disorder that affects the eyes, heart, and bones)", []),  # says what it is
        ("Factor replacement (a blood product containing fibrinogen and other clotting factors)", []),
        ("Skin injury (a cut, scrape, or burn)", ["Cut", "Scrape", "Burn"]),  # examples of it
        ("Antibiotics (a medicine such as amoxicillin or penicillin)", ["Amoxicillin", "Penicillin"]),
        ("Nephrotic syndrome (group of symptoms that include swelling and weight gain)", []),  # no article
        ("Chest pain (not caused by angina or a heart attack)", []),
        ("Shoulder weakness, especially when lifting the arm up and away from the body", []),  # when, not what
        ("Cardiac enzymes (to look for heart damage or a heart attack)", []),  # a purpose
        ("Arterial blood gases (measures the acid balance and oxygen level in blood)", []),  # what it measures
        ("Jaundice (yellow discoloration of skin and eyes)", []),  # what it looks like, and where
    ],
)
def test_a_parenthesis_that_defines_a_name_gives_no_examples(item: str, narrower: list[str]) -> None:
    (term,) = parse_term(item)
    assert labels(term.narrower) == narrower


# --- lead-ins ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("leadin", "section", "relation"),
    [
        ("Symptoms may include:", "symptoms", "signOrSymptom"),
        ("Tests that may be done include:", "tests", "typicalTest"),
        ("A physical exam may show:", "tests", "signOrSymptom"),
        ("You may need to stay in the hospital if you:", "treatment", None),
        ("Side effects of these medicines include:", "treatment", "possibleComplication"),
        ("There are three main types of the disease:", "causes", None),
        ("Things that raise your risk include:", "causes", "riskFactor"),
        ("This may happen when:", "causes", "cause"),
        ("The disease can lead to long-term problems, such as:", "prognosis", "possibleComplication"),
        ("To lower your risk:", "prevention", "primaryPrevention"),
        ("The following may relieve symptoms:", "treatment", "possibleTreatment"),
        ("Treatment depends on:", "treatment", "treatmentFactor"),
        ("Stress can trigger an attack. Talk with your provider about:", "treatment", "riskFactor"),
        ("You are more likely to receive these medicines if:", "treatment", None),
        ("The staging system is used to stage the tumor:", "tests", None),  # stages, not tests
        ("The following people should be vaccinated:", "prevention", None),  # who, not how
        ("Blood tests will likely be ordered and may show:", "tests", "signOrSymptom"),  # what tests find
        ("A cleft palate can:", "causes", None),  # what it does, not what brings it on
        ("Tendinitis may be more likely to occur if:", "causes", "riskFactor"),
        ("It can occur due to heat. You are more likely to feel it sooner if:", "causes", "riskFactor"),
        ("Symptoms of the late stage include (call 911 right away):", "symptoms", "signOrSymptom"),
    ],
)
def test_a_leadin_says_what_its_items_are(leadin: str, section: str, relation: str | None) -> None:
    assert leadin_relation(leadin, section) == relation


# --- names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Yellow skin and whites of the eyes (jaundice)", [("Jaundice", ("Yellow skin and whites of the eyes",))]),
        ("Rounded face with pudgy cheeks (moon face)", [("Moon face", ("Rounded face with pudgy cheeks",))]),
        (
            "Dizziness or abnormal feeling of movement (vertigo)",
            [("Dizziness", ()), ("Abnormal feeling of movement", ())],
        ),
        ("Fever and yellow skin (jaundice)", [("Fever", ()), ("Yellow skin", ())]),  # the first is another finding
        (
            "Buildup of fluid between the skull and brain (subdural effusion)",
            [("Subdural effusion", ("Buildup of fluid between the skull and brain",))],
        ),
        (  # what a test looks for, not what the test is
            "A chest x-ray to look for fluid in the lungs (pulmonary edema)",
            [("Chest x-ray", ())],
        ),
        (  # what it leads to is said after it
            "Breathing food into the lungs (aspiration), which can cause pneumonia",
            [("Aspiration", ("Breathing food into the lungs",))],
        ),
    ],
)
def test_a_finding_named_in_parentheses_is_what_its_lay_description_describes(
    item: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(t.label, t.alt_labels) for t in parse_term(item)] == expected


@pytest.mark.parametrize(
    ("label", "named"),
    [
        ("Swollen lymph nodes", True),
        ("Family history of stroke", True),
        ("If medicines", False),
        ("Who have nerve damage from other medical problems", False),
        ("Occur in men between ages 20 to 30", False),
        ("Blood level over 7 mg/dL", False),
        ("Mostly during physical activity", False),
        ("Small", False),  # an adjective alone: "Small, broad hands" split at its comma
        ("Including", False),  # "other problems, including:"
        ("White", True),  # a people: "more common in white people"
        ("Cold", True),  # an exposure, or the common cold
        ("Tired", True),  # a finding said as an adjective
        ("Rarely", False),  # an adverb of "Rarely, a breathing tube ..."
        ("Particularly", False),  # of "nerve damage, particularly in the brain": an adverb made of an adjective
        ("Family", True),  # ends like one, names a thing
        ("Depending on the size of the swelling", False),  # on what something turns
        ("Regardless of how much you drink", False),
        ("Depending on others", True),  # a finding: what the person does
        ("3 times a day", False),  # how often
        ("Repeat 10 times", False),
        ("Repeat sinus infections", True),
        ("Some women have no symptoms", False),  # a statement, and a negation
        ("Used different skin creams", False),  # "They may have used ...": what was done
        ("Itching usually occurs after the bites", False),  # a statement
    ],
)
def test_a_label_is_a_name_not_a_clause(label: str, named: bool) -> None:
    assert is_name(label) is named


@pytest.mark.parametrize("part", ["Rib", "Ribs", "Eyelid", "Eyelids", "Lip", "Finger", "Nail", "Tonsils"])
def test_a_body_part_is_known_singular_or_plural(part: str) -> None:
    """ "Rib" of "Rib and spine fractures", "Eyelid" of a list of sites: body parts, not findings."""
    assert is_body_part(part)


@pytest.mark.parametrize(
    ("item", "label"),
    [
        ("Multiple sclerosis", "Multiple sclerosis"),  # the quantifier is part of the disease's name
        ("Multiple myeloma", "Multiple myeloma"),
        ("Multiple infections", "Infections"),  # a quantifier
        ("Some other genetic conditions", "Genetic conditions"),
    ],
)
def test_a_quantifier_is_dropped_unless_it_is_part_of_the_name(item: str, label: str) -> None:
    assert [t.label for t in parse_term(item)] == [label]


@pytest.mark.parametrize(
    ("item", "names"),
    [
        ("Are overweight or have obesity", ["overweight", "obesity"]),
        ("Smoke cigarettes", ["Smoking cigarettes"]),
        ("Take birth control pills", ["birth control pills"]),
        ("Your immune system is weakened by disease", ["Weakened immune system"]),
        ("Cannot swallow", ["Inability to swallow"]),
    ],
)
def test_items_with_an_unspoken_subject_name_what_they_are_about(item: str, names: list[str]) -> None:
    assert subjectless(item) == names


def test_a_vague_site_is_no_finding() -> None:
    disease = Concept("Widget disease", "disease")
    mention = Mention("Tremor of the hands or other body parts", 0, 39, "Symptoms")
    found = [f.object.label for f in emit(disease, "signOrSymptom", "symptom", parse_term(mention.text), mention)]
    assert found == ["Tremor of the hands", "Hands"]


def test_an_item_said_of_you_names_what_you_are() -> None:
    assert item_subject("You are obese.") == "You are obese."  # not "You"
    assert labels(risks_listed("You are a child or an older adult.")) == ["Child", "Older adult"]


def test_a_second_thing_the_disease_follows_is_a_risk_factor_too() -> None:
    assert labels(risks_listed("Bleeding from a stomach ulcer, or after heart surgery")) == [
        "Bleeding from a stomach ulcer",
        "Heart surgery",
    ]
    assert "Birth" not in labels(risks_listed("Infection of the mother, or after birth"))  # a time of life


def test_an_item_named_then_explained_names_its_head() -> None:
    assert labels(treatments_listed("Bronchoscopy. A tube is passed into the airways.")) == ["Bronchoscopy"]
    assert labels(parse_term("Spirometry -- This test measures breathing")) == ["Spirometry"]


_DASHED = """Widget disease
Widget disease is a disorder of the esophagus.
Treatment
Therapy may involve:
Injection with botulinum toxin -- This may help relax the muscle. The benefit wears off.
Widening (dilation) of the esophagus -- This is done by stretching the muscle with a balloon.
Slow the heartbeat -- These drugs may include beta-blockers and digoxin.
Exams and Tests
The TNM staging system is used to stage the cancer:
T1 -- The cancer grows through the lining, but does not reach the muscle.
Alternative Names
Widgetosis
"""


def test_an_item_named_before_a_dash_is_an_item_and_its_explanation_prose() -> None:
    """Items "Name -- This may ..." name their head, though the explanation says something; a
    purpose before the dash ("Slow the heartbeat --") is no treatment, what the prose names is;
    a staging system's items are stages, not tests."""
    extraction = extract_article(parse_article(_DASHED))
    found = [(f.relation, f.object.label) for f in extraction.findings if f.relation != "associatedAnatomy"]
    assert [label for relation, label in found if relation == "possibleTreatment"] == [
        "Injection with botulinum toxin",
        "Widening of the esophagus",
        "Beta-blockers",
        "Digoxin",
    ]
    assert not [label for relation, label in found if relation == "typicalTest"]


def test_a_finding_described_by_a_clause_is_named_by_its_adjectives() -> None:
    assert labels(parse_term("Heartbeat that feels fast or irregular")) == ["Fast heartbeat", "Irregular heartbeat"]


def test_pain_is_named_by_its_site() -> None:
    assert labels(parse_term("Pain in the back or side")) == ["Back pain", "Side pain"]


# --- risk factors and causes in prose ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The condition tends to run in families.", ["Family history"]),
        ("It is more common in women than in men.", ["Women"]),
        ("Heavy drinking increases your risk.", ["Heavy drinking"]),
        ("People with diabetes are at higher risk.", ["Diabetes"]),
        ("Cold air can trigger an attack.", ["Cold air"]),
        ("You are more likely to get it if you smoke.", ["Smoking"]),
        ("The risk goes up as people get older.", ["Older age"]),
        ("Obesity is the main risk factor for lupus.", ["Obesity"]),
        ("Smoking is one of the biggest risk factors.", ["Smoking"]),
        (
            "Lupus may occur when someone is taking steroids or has a kidney disease.",
            ["Taking steroids", "Kidney disease"],
        ),
        ("Lupus occurs when you have a strong need to rest.", []),  # says what it is, not what brings it
        ("Severe lupus can occur after an infection.", ["Infection"]),  # a kind of the disease
        ("Smoking can lead to less lupus.", []),  # how much of it, not a kind
    ],
)
def test_risk_factors_told_in_prose(sentence: str, found: list[str]) -> None:
    assert [t.label for _, t in risks_in(sentence, ["Lupus"])] == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("You can catch lupus through sharing towels with a person who has it.", ["Sharing towels"]),
        ("Lupus is spread by contact with saliva from the mouth of an infected person.", ["Contact with saliva"]),
        ("Lupus is spread by contact with an infected person.", ["Contact with an infected person"]),
    ],
)
def test_how_a_disease_spreads_is_named_without_whom_from(sentence: str, found: list[str]) -> None:
    assert [t.label for _, t in risks_in(sentence, ["Lupus"])] == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Lupus is not caused by diet.",
        "Lupus does not run in families.",
        "Coffee does not increase your risk.",
        "It is not more common in women.",
        "Coffee is not a risk factor for lupus.",
    ],
)
def test_negated_risk_factors_give_nothing(sentence: str) -> None:
    assert risks_in(sentence, ["Lupus"]) == []


def test_the_most_common_cause_named_first_is_a_cause() -> None:
    sentence = "The most common cause of a perforation is injury during a medical procedure."
    assert [(r, t.label) for r, t in risks_in(sentence, ["Perforation"])] == [
        ("cause", "Injury during a medical procedure")
    ]
    assert risks_in("The most common cause of death is heart failure.", ["Perforation"]) == []  # of another thing


def test_what_the_disease_is_caused_by_is_a_cause() -> None:
    assert risks_in("Lupus is caused by an immune reaction.", ["Lupus"])[0][0] == "cause"
    caused = risks_in("Most cases of lupus are caused by the bacteria Borrelia burgdorferi.", ["Lupus"])
    assert [t.label for _, t in caused] == ["Borrelia burgdorferi"]  # the organism's name, not "Bacteria ..."
    assert risks_in("Smoking is caused by stress.", ["Lupus"]) == []  # not the disease's cause


# --- treatments, tests, prevention, complications and symptoms in prose ----------------------


def test_a_listed_test_is_named_without_what_it_is_for() -> None:
    assert labels(listed_tests("Blood tests to detect antibodies to the parasite")) == ["Blood tests"]
    assert labels(listed_tests("Amylase in order to diagnose diseases of the pancreas")) == ["Amylase"]
    assert labels(listed_tests("Blood chemistries and liver function tests")) == [
        "Blood chemistries",
        "Liver function tests",
    ]
    # a test named only by what it is for keeps it
    assert labels(listed_tests("Tests to diagnose autoimmune illnesses")) == ["Tests to diagnose autoimmune illnesses"]


def test_tests_and_treatments_are_named_by_their_heads() -> None:
    heads = frozenset(load_lexicon()["kinds"]["test_heads"])
    assert labels(names_headed_by("A chest x-ray or CT scan may be done.", heads)) == ["Chest x-ray", "CT scan"]
    assert labels(names_headed_by("It may be found with a colonoscopy.", set(), ("scopy",))) == ["Colonoscopy"]
    assert labels(names_headed_by("EGD or upper endoscopy may be done.", heads)) == ["Upper endoscopy"]  # EGD is one


def test_the_members_of_a_class_of_treatments_are_treatments() -> None:
    found = labels(class_members("Blood thinners include heparin, warfarin, and apixaban."))
    assert found == ["Heparin", "Warfarin", "Apixaban"]
    assert labels(class_members("Pain medicines: These include aspirin and codeine.")) == ["Aspirin", "Codeine"]
    assert class_members("Symptoms include fever and cough.") == []  # not a class of treatments
    assert class_members("Blood thinners do not include aspirin.") == []


def test_advice_keeps_the_object_of_exposure() -> None:
    assert labels(measures_in("Avoid exposure to asbestos.")) == ["Avoid exposure to asbestos"]
    assert labels(measures_in("Wash your hands to prevent infection.")) == ["Wash your hands"]  # a purpose


def test_advice_names_what_it_says_to_take() -> None:
    assert labels(advised_treatments("Take pain relievers such as ibuprofen.")) == ["Pain relievers"]
    assert labels(advised_treatments("Drink plenty of fluids.")) == ["Drink plenty of fluids"]


def test_prevention_told_in_prose() -> None:
    assert labels(measures_told("Adults should get the flu vaccine every year.")) == ["Flu vaccine every year"]
    assert labels(measures_told("Washing your hands helps prevent the spread.")) == ["Washing your hands"]
    assert measures_told("There is no way to prevent the disease.") == []
    assert labels(measures_told("Aspirin is sometimes used to prevent clots after surgery.")) == ["Aspirin"]
    assert labels(measures_told("Drinking enough fluids may help reduce risk.")) == ["Drinking enough fluids"]
    assert labels(measures_told("Blood thinners may be recommended for some people.")) == ["Blood thinners"]
    assert measures_told("These bacteria help protect against infection.") == []  # a pointer names nothing
    assert labels(parse_term("A medicine called palivizumab")) == ["Palivizumab"]
    assert labels(parse_term("Imaging test of the heart called an echocardiogram")) == ["Echocardiogram"]
    assert labels(parse_term("A procedure called angioplasty")) == ["Angioplasty"]


def test_complications_told_in_prose() -> None:
    assert labels(complications_in("Lupus can lead to kidney failure.", ["Lupus"])) == ["Kidney failure"]
    assert labels(complications_in("Heart disease can be caused by lupus.", ["Lupus"])) == ["Heart disease"]
    assert complications_in("Lupus does not lead to cancer.", ["Lupus"]) == []
    assert complications_in("Smoking can lead to cancer.", ["Lupus"]) == []  # not the disease's


def test_symptoms_told_in_prose() -> None:
    assert labels(symptoms_told("Some people have joint pain and fatigue.")) == ["Joint pain", "Fatigue"]
    assert labels(symptoms_told("Fever may occur.")) == ["Fever"]
    assert symptoms_told("Most people do not have symptoms.") == []


# --- rules added 2026-12-02 ------------------------------------------------------------


def test_a_side_effects_leadin_introduces_complications() -> None:
    assert leadin_relation("Radiation harms healthy cells too. This may cause side effects such as:", "treatment") == (
        "possibleComplication"
    )
    assert leadin_relation("Your provider can help you manage side effects such as:", "treatment") is None
    # an earlier sentence about side effects does not decide what a later lead-in introduces
    assert leadin_relation("Side effects are often mild. If you have radiation:", "treatment") == "possibleTreatment"


def test_outcomes_in_an_outlook_are_complications() -> None:
    outlook = {"in_outlook": True}
    assert labels(complications_in("Some people may have long-term hearing loss.", ["Otitis"], **outlook)) == [
        "Long-term hearing loss"
    ]
    assert labels(complications_in("Many people develop anxiety after an attack.", ["Panic"], **outlook)) == ["Anxiety"]
    assert complications_in("Most people do not have lasting problems.", ["Otitis"], **outlook) == []
    assert complications_in("Most people can get better with medicines.", ["Otitis"], **outlook) == []
    assert complications_in("Some people may have hearing loss.", ["Otitis"]) == []  # not in an outlook


def test_the_risk_a_disease_brings_is_a_complication() -> None:
    sentence = "With lupus, you are at risk of developing conditions such as kidney disease or anemia."
    assert labels(complications_in(sentence, ["Lupus"])) == ["Kidney disease", "Anemia"]
    assert complications_in("Lupus does not put you at risk of developing cancer.", ["Lupus"]) == []
    assert labels(complications_in("This condition can lead to hearing loss.", ["Lupus"])) == ["Hearing loss"]
    assert complications_in("This treatment can lead to hair loss.", ["Lupus"]) == []  # not the disease


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rarely, a serious infection may occur.", ["Serious infection"]),
        ("Complications can include hearing loss and scarring.", ["Hearing loss", "Scarring"]),
        ("The skin may develop open sores.", ["Open sores"]),  # what develops, not where
        ("Kidney stones may develop later in life.", ["Kidney stones"]),
        ("These problems can occur after surgery.", []),  # a pointer names nothing
        ("Scarring does not occur.", []),
        ("Irreversible damage may result from the blockage.", ["Irreversible damage"]),
        ("Left untreated, the disease can result in nerve damage.", []),  # the subject is the cause here
        ("Problems that may occur include:", []),  # a lead-in: its items are the list
    ],
)
def test_what_may_occur_in_a_complications_section_is_a_complication(sentence: str, expected: list[str]) -> None:
    assert labels(complications_said(sentence)) == expected


def test_a_treatment_item_said_as_a_sentence_is_read_as_one() -> None:
    assert labels(treatments_listed("Steroid creams taken by mouth or through the skin")) == ["Steroid creams"]
    assert labels(treatments_listed("Ointments that contain zinc oxide or coal tar")) == [
        "Ointments",
        "Zinc oxide",
        "Coal tar",
    ]
    assert labels(treatments_listed("Braces or splints to rest and protect the wrist")) == ["Braces", "Splints"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The knee may feel warm, tender, and stiff after rest.", ["Warm knee", "Tender knee", "Stiff knee"]),
        ("Sometimes many joints become swollen and painful.", ["Swollen joints", "Painful joints"]),
        ("Your skin may turn yellow (jaundice).", ["Yellow skin"]),
        ("The skin is not red.", []),  # a negation names nothing
        ("The foot turns inward at birth.", []),  # a direction, not how the part looks
        ("The jaw may be wired to the teeth.", []),  # something done to the part
        ("The heart is a muscle.", []),  # says what it is
    ],
)
def test_how_a_body_part_looks_or_feels_is_a_finding_of_it(sentence: str, expected: list[str]) -> None:
    assert labels(part_looks(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Heavy drinking should be stopped.", ["Stop heavy drinking"]),
        ("Salty foods should also be avoided.", ["Avoid salty foods"]),
        ("It should be avoided.", []),  # what is avoided is not named
        ("Creams should be used twice a day.", []),  # how to use a treatment, not a measure
    ],
)
def test_advice_said_in_the_passive_is_advice(sentence: str, expected: list[str]) -> None:
    assert labels(advice_in(sentence)) == expected


def test_a_treatment_defined_in_prose_is_named() -> None:
    assert set(labels(_treatments_in("Colchicine is a drug that lowers swelling."))) == {"Colchicine"}
    assert set(labels(_treatments_in("Corticosteroids -- These medicines relieve itching."))) == {"Corticosteroids"}
    assert "Pills" not in labels(_treatments_in("Pills that calm the skin -- These are called systemic drugs."))
    assert set(labels(_treatments_in("Nitroglycerin can relieve the chest pain."))) == {"Nitroglycerin"}
    assert _treatments_in("Other therapies may help ease the pain.") == []  # points to others, names none
    assert labels(_treatments_in("Acamprosate helps reduce cravings for alcohol.")) == ["Acamprosate"]
    assert labels(_treatments_in("Disulfiram should only be used after you stop drinking.")) == ["Disulfiram"]
    sentence = "Duloxetine (Cymbalta) and pregabalin (Lyrica) are medicines that are approved for this disorder."
    assert labels(_treatments_in(sentence)) == ["Duloxetine", "Pregabalin"]
    assert labels(_treatments_in("Using an antibiotic ointment may be helpful.")) == ["Antibiotic ointment"]


def test_drugs_listed_with_commas_are_each_a_drug() -> None:
    found = labels(_treatments_in("Your provider may give you fluconazole, ketoconazole or nystatin."))
    assert {"Fluconazole", "Ketoconazole", "Nystatin"} <= set(found)
    assert not [label for label in found if " " in label]  # not "Fluconazole ketoconazole"


def test_a_listed_treatment_said_as_a_sentence_names_its_subject() -> None:
    assert labels(treatments_listed("Opioid pain relievers may be needed to control severe pain.")) == [
        "Opioid pain relievers"
    ]
    # what a treatment is for, named in parentheses, is no name of the treatment
    assert labels(treatments_listed("Medicines to reduce stabbing pain (neuralgia).")) == [
        "Medicines to reduce stabbing pain"
    ]
    assert labels(treatments_listed("Surgery to remove the spleen (splenectomy)")) == ["Splenectomy"]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Zinc given through a vein (IV)", ["Zinc"]),  # "(IV)" names the way, not the thing
        ("Zinc given through a vein (IV) may help the skin heal.", ["Zinc"]),
        ("Zinc given through a vein (intravenous zinc)", ["Zinc given through a vein"]),  # a kind of zinc
        ("Fluids given by mouth or through a vein (intravenously)", ["Fluids"]),
    ],
)
def test_how_a_treatment_is_given_is_no_part_of_its_name(item: str, expected: list[str]) -> None:
    assert labels(treatments_listed(item)) == expected


def test_a_head_named_again_begins_a_name_of_its_own() -> None:
    assert labels(parse_term("Extra salt in the diet, salt tablets, and fluids")) == [
        "Extra salt in the diet",
        "Salt tablets",
        "Fluids",
    ]
    assert labels(parse_term("Diet low in fruits and vegetables")) == ["Diet low in fruits and vegetables"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In rare cases, your provider may prescribe an antiviral medicine.", ["Antiviral medicine"]),
        ("Your provider may recommend splints if the pain does not go away.", ["Splints"]),
        ("You may be prescribed medicines to lower stomach acid.", ["Medicines to lower stomach acid"]),
        ("Your provider may suggest that you see a specialist.", []),  # a clause, not a thing
        ("Your provider will recommend the right treatment for you.", []),  # names nothing
    ],
)
def test_what_a_provider_suggests_or_prescribes_is_a_treatment(sentence: str, expected: list[str]) -> None:
    assert sorted(set(labels(_treatments_in(sentence)))) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Don't smoke or drink alcohol.", ["Don't smoke", "Don't drink alcohol"]),  # the negation is each one's
        ("Do not share cups, towels, or combs.", ["Do not share cups, towels, or combs"]),  # one verb, its objects
        ("Never swim in dirty water and never drink it.", ["Never swim in dirty water", "Never drink it"]),
    ],
)
def test_a_listed_measure_not_to_do_keeps_its_negation(item: str, expected: list[str]) -> None:
    assert labels(measures_in(item)) == expected


def test_what_advice_says_to_stop_is_not_a_treatment() -> None:
    sentence = "Your provider may ask you to stop taking aspirin and to use acetaminophen instead."
    assert avoided(sentence, Term("Aspirin"))
    assert not avoided("Use acetaminophen, and stop taking aspirin.", Term("Acetaminophen"))
    assert not avoided("To avoid making it worse, wear a brace.", Term("Brace"))


def test_a_listed_class_of_medicines_is_a_risk_factor() -> None:
    assert labels(risks_listed("Some medicines, such as steroids")) == ["Medicines", "Steroids"]
    assert "Medicines" not in labels(risks_listed("Medicines that lower immunity"))  # what they do names them


def test_a_symptoms_section_states_triggers_not_who_has_symptoms() -> None:
    assert labels(t for _, t in risks_in("Cold air and stress can trigger attacks.", ["X"], causal_only=True)) == [
        "Cold air",
        "Stress",
    ]
    assert risks_in("Pain is more common in the morning.", ["X"], causal_only=True) == []
    assert risks_in("Cold air does not trigger attacks.", ["X"], causal_only=True) == []


def test_prevention_told_clause_by_clause() -> None:
    sentence = "You may not be able to prevent migraines, but you may be able to avoid things that trigger them."
    assert labels(measures_told(sentence)) == ["Avoid things that trigger them"]
    assert labels(measures_told("People with asthma should use an inhaler and should not smoke.")) == [
        "Use an inhaler",
        "Do not smoke",
    ]
    assert labels(measures_told("Wearing sunscreen and avoiding midday sun may lower your risk.")) == [
        "Wearing sunscreen",
        "Avoiding midday sun",
    ]
    assert labels(measures_told("Doctors recommend a yearly eye exam for people with diabetes.")) == ["Yearly eye exam"]
    assert measures_told("Those who should not get the vaccine include:") == []


# --- rules added 2026-12-02, fifth session ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Lupus is spread by contact with saliva.", ["Contact with saliva"]),
        ("The virus can be passed from person to person through sexual contact.", ["Sexual contact"]),
        ("It is most often spread by mosquito bites.", ["Mosquito bites"]),
        ("People who are Black or of Asian descent are at a higher risk.", ["Black", "Asian descent"]),
        ("Lupus may be worse in people who have a weak immune system.", ["Weak immune system"]),
        ("More severe cases of lupus may be caused by bacteria.", ["Bacteria"]),
        ("(People who smoke are at higher risk.)", ["Smoking"]),
        (
            "It is more common in people with diabetes, such as people with type 1 diabetes.",
            ["Diabetes", "Type 1 diabetes"],
        ),
    ],
)
def test_how_a_disease_spreads_and_who_gets_it_worse_are_risk_factors(sentence: str, found: list[str]) -> None:
    assert [t.label for _, t in risks_in(sentence, ["Lupus"])] == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Lupus is not spread by casual contact.",
        "Pain is spread by the nerves.",  # not the disease or its germ
        "Symptoms are worse in the morning.",  # when, not who
    ],
)
def test_what_does_not_spread_the_disease_gives_nothing(sentence: str) -> None:
    assert risks_in(sentence, ["Lupus"]) == []


def test_a_title_qualified_by_who_has_it_is_also_named_without_the_qualifier() -> None:
    from extract.model import Concept
    from extract.terms import names_of

    disease = Concept("Urinary tract infection - adults", "disease", ("UTI - adults", "Vision loss - glaucoma"))
    assert names_of(disease)[-2:] == ("Urinary tract infection", "UTI")  # but not "Vision loss"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "contact with droplets from the nose, mouth, or throat of a sick dog",
            ["Contact with droplets from the nose, mouth, or throat of a sick dog"],
        ),
        ("Swelling of the face, lips, or tongue", ["Swelling of the face, lips, or tongue"]),
        ("pets, particularly cats", ["Pets"]),
    ],
)
def test_body_parts_coordinated_after_a_preposition_stay_in_one_name(phrase: str, expected: list[str]) -> None:
    assert labels(parse_term(phrase)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "You should get plenty of rest, drink plenty of fluids, and eat healthy foods.",
            ["Plenty of rest", "Drink plenty of fluids", "Eat healthy foods"],
        ),
        ("Try to exercise regularly.", ["Exercise regularly"]),
        ("Try moist heat on your face.", ["Moist heat on your face"]),
        ("Gargle several times a day with warm salt water.", ["Gargle with warm salt water"]),
        ("Try relaxing activities, such as yoga or tai chi.", ["Relaxing activities"]),
        ("Eat a well-balanced, healthy diet.", ["Eat a well-balanced, healthy diet"]),
    ],
)
def test_advice_after_should_or_try_to_is_read_as_advice(sentence: str, expected: list[str]) -> None:
    assert labels(advised_treatments(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Try not to take cold medicines.",  # what not to do is no treatment
        "You may need to stay in the hospital for a few days.",  # a place of care
        "Be sure to follow up with your provider.",
        "Make sure you take the entire amount.",  # how to take what was named before
    ],
)
def test_advice_that_names_no_treatment_gives_none(sentence: str) -> None:
    assert advised_treatments(sentence) == []


def test_the_examples_of_what_advice_says_to_use_are_treatments_too() -> None:
    (term,) = advised_treatments("Try relaxing activities, such as yoga or tai chi.")
    assert labels(term.narrower) == ["Yoga", "Tai chi"]
    (avoid,) = advised_treatments("Avoid medicines such as aspirin.")
    assert avoid.narrower == ()  # what is avoided is not used


def test_a_treatment_named_with_its_route_is_a_treatment() -> None:
    sentence = "At the hospital, you will receive fluids and antibiotics through a vein."
    assert labels(_treatments_in(sentence)) == ["Fluids through a vein", "Antibiotics through a vein", "Antibiotics"]
    assert "Medicine given through a vein" in labels(
        _treatments_in("You may be given pills and medicine given through a vein.")
    )
    assert labels(parse_term("a breathing tube through the nose or mouth")) == [
        "Breathing tube through the nose or mouth"
    ]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Skin, hair, and nail changes", ["Skin changes", "Hair changes", "Nail changes"]),
        ("Heart and kidney defects", ["Heart defects", "Kidney defects"]),
        ("Anxiety and mood changes", ["Anxiety", "Mood changes"]),  # a finding of its own modifies nothing
        ("Heart attack or heart surgery", ["Heart attack", "Heart surgery"]),
        ("Nausea and belly pain", ["Nausea", "Belly pain"]),
    ],
)
def test_a_shared_head_is_shared_by_modifiers_only(phrase: str, expected: list[str]) -> None:
    assert labels(parse_term(phrase)) == expected


def test_a_list_item_said_as_a_sentence_about_a_test_is_prose() -> None:
    from extract.terms import looks_like_statement

    assert looks_like_statement("Blood tests are also ordered to measure your thyroid hormones TSH, T3, and T4.")
    assert not looks_like_statement("Blood tests to check for other conditions that cause the same symptoms.")


def test_a_verb_opens_no_name_in_prose() -> None:
    assert labels(names_headed_by("Oxygen may be given to deliver fluids to the lungs.", {"fluids"})) == []
    assert labels(names_headed_by("Most people respond to hormone therapy.", {"therapy"})) == ["Hormone therapy"]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Conditions that affect self-care (such as dementia and delirium)", ["Conditions that affect self-care"]),
        (
            "Kidney stones, a narrow urethra, or anything that blocks the flow of urine",
            ["Kidney stones", "Narrow urethra", "Anything that blocks the flow of urine"],
        ),
        ("Insulin, a hormone that lowers blood sugar", ["Insulin"]),  # an apposition explains the name
    ],
)
def test_a_relative_clause_says_which_the_last_vague_conjunct_is(item: str, expected: list[str]) -> None:
    assert labels(parse_term(item)) == expected


def test_a_parenthesised_sentence_of_risk_is_read() -> None:
    assert [t.label for _, t in risks_in("(People who smoke are at a higher risk.)", ["X"])] == ["Smoking"]


def test_what_a_listed_complication_can_cause_is_one_too() -> None:
    assert labels(complications_in_list("Bleeding in the brain, which can lead to a stroke")) == [
        "Bleeding in the brain",
        "Stroke",
    ]
    assert labels(complications_in_list("Side effects of medicines used to treat the disorder")) == [
        "Side effects of medicines"
    ]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Changes in hearing or taste", ["Changes in hearing", "Changes in taste"]),
        (
            "Loss of balance or coordination, or trouble walking",
            ["Loss of balance", "Loss of coordination", "Trouble walking"],
        ),
        ("Feelings of guilt or shame", ["Feelings of guilt", "Feelings of shame"]),
        ("Loss of consciousness or coma", ["Loss of consciousness", "Coma"]),  # a finding of its own
        ("Shortness of breath and anxiety", ["Shortness of breath", "Anxiety"]),
        ("A diet low in fruits and vegetables", ["Diet low in fruits and vegetables"]),
    ],
)
def test_a_finding_noun_takes_each_object_coordinated_after_it(phrase: str, expected: list[str]) -> None:
    assert labels(parse_term(phrase)) == expected


def test_prevention_told_as_measures_to_avoid_or_as_a_gerund_that_prevents() -> None:
    sentence = "Measures to avoid contact with blood and saliva can help prevent the spread of the virus."
    assert labels(measures_told(sentence)) == ["Avoid contact with blood", "Avoid contact with saliva"]
    assert labels(measures_in("Eat a diet rich in fiber and low in fat.")) == [
        "Eat a diet rich in fiber",
        "Eat a diet low in fat",
    ]


def test_a_pulse_described_by_adjectives_is_each_kind_of_pulse() -> None:
    assert labels(parse_term("Pulse that feels rapid, pounding, or too slow")) == [
        "Rapid pulse",
        "Pounding pulse",
        "Slow pulse",
    ]


def test_an_item_run_into_a_leadin_opened_by_a_clause_is_split() -> None:
    line = "Need to urinate often If the infection spreads to your kidneys, symptoms may include:"
    assert split_spaced_run_on(line) == [
        "Need to urinate often",
        "If the infection spreads to your kidneys, symptoms may include:",
    ]


def test_even_is_no_part_of_a_name() -> None:
    assert labels(parse_term("even death")) == ["Death"]
    assert not is_name("Right after the bladder has been emptied")


def test_a_semicolon_separates_items_and_not_being_able_is_an_inability() -> None:
    assert labels(parse_term("Nausea and vomiting; inability to eat")) == ["Nausea", "Vomiting", "Inability to eat"]
    assert labels(parse_term("Not being able to empty the bladder")) == ["Inability to empty the bladder"]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Lupus often occurs after a viral infection.", ["Viral infection"]),
        ("The condition may also occur after infection with a coxsackie virus.", ["Infection with a coxsackie virus"]),
        ("Lupus does not usually occur after age 5.", []),  # negated, and an age is no risk
        ("Symptoms often appear after the first year of life.", []),  # said of the symptoms
    ],
)
def test_what_a_disease_occurs_after_is_a_risk_factor(sentence: str, found: list[str]) -> None:
    assert [t.label for _, t in risks_in(sentence, ["Lupus"])] == found


def test_what_a_warning_about_medicines_goes_on_to_name_is_no_treatment() -> None:
    from extract.model import Block, Concept, Section
    from extract.therapies import read_treatment

    text = "Check with your provider before taking any medicines. This includes medicines such as aspirin."
    section = Section("Treatment", "treatment", (Block("paragraph", text, 0, len(text)),))
    found = {f.object.label for f in read_treatment(section, Concept("Lupus", "disease"))}
    assert "Aspirin" not in found


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Chronic hepatitis C or B infection", ["Chronic hepatitis C infection", "Chronic hepatitis B infection"]),
        ("North and South America", ["North America", "South America"]),
        ("Upper and lower back pain", ["Upper back pain", "Lower back pain"]),
        ("Surgery, followed by radiation", ["Surgery", "Radiation"]),
        ("Eat a low-salt and low-fat diet", ["Eat a low-salt diet", "Eat a low-fat diet"]),
        ("COPD, sometimes called emphysema or chronic bronchitis", ["COPD"]),  # neither is COPD
        ("Infection with Staphylococcus aureus (S aureus)", ["Infection with Staphylococcus aureus"]),
    ],
)
def test_names_a_coordination_or_an_aside_shares(phrase: str, expected: list[str]) -> None:
    assert labels(parse_term(phrase)) == expected


def test_a_treatment_named_by_what_it_is_called() -> None:
    sentence = "Pills that affect the immune system -- These are called systemic treatments."
    assert "Systemic treatments" in labels(_treatments_in(sentence))
    assert "Biologics" in labels(_treatments_in("Newer medicines, called biologics, are more commonly used."))
    assert labels(parse_term("Dandruff shampoos (over-the-counter or prescription)")) == ["Dandruff shampoos"]


def test_items_said_to_you_under_a_risk_leadin_are_conditions() -> None:
    from extract.findings import read_causes
    from extract.model import Block, Concept, Finding, Section

    leadin = "You are more likely to get lupus if:"
    items = ["You are older than age 60", "You had measles before age 1"]
    blocks = [Block("leadin", leadin, 0, len(leadin))]
    blocks += [Block("item", t, 100 * (i + 1), 100 * (i + 1) + len(t), leadin) for i, t in enumerate(items)]
    section = Section("Causes", "causes", tuple(blocks))
    found = {f.object.label for f in read_causes(section, Concept("Lupus", "disease")) if isinstance(f, Finding)}
    assert {"Older than age 60", "Measles before age 1"} <= found
    assert leadin_relation("You are more likely to get colon cancer if you:", "causes") == "riskFactor"


def test_a_finding_name_used_as_a_verb_or_as_a_trigger_is_no_symptom() -> None:
    from extract.terms import phenotypes_in

    assert "Falls" not in [p.title() for p in phenotypes_in("Symptoms appear when blood sugar falls below 70.")]
    assert "fever" in phenotypes_in("There may be a fever.")


def test_a_sign_of_something_names_the_sign_not_what_it_signals() -> None:
    from extract.terms import phenotypes_in

    assert "heart attack" not in phenotypes_in("Chest pain, which may be a sign of a heart attack.")
    assert "dehydration" in phenotypes_in("There may be signs of dehydration.")


def test_what_a_listed_sign_has_and_what_comes_before_it_are_signs() -> None:
    from extract.lists import signs_listed

    assert labels(signs_listed("Sore throat that may have white patches")) == ["Sore throat", "White patches"]
    told = symptoms_told("Children may have a mild fever for a few days before having a barking cough.")
    assert "Barking cough" in labels(told)


def test_what_is_said_to_be_the_most_common_cause_is_a_cause() -> None:
    found = risks_in("Diabetes and high blood pressure are the 2 most common causes.", ["Lupus"])
    assert [(r, t.label) for r, t in found] == [("cause", "Diabetes"), ("cause", "High blood pressure")]
    assert risks_in("Lupus is the most common cause of blindness.", ["Lupus"]) == []  # an outcome of it


@pytest.mark.parametrize(
    ("leadin", "section"),
    [
        ("Screening for lupus in people who have no symptoms is recommended for:", "tests"),
        ("The vaccine is recommended for:", "prevention"),
        ("But, it may be done if a woman has:", "tests"),
    ],
)
def test_a_leadin_of_who_should_have_something_names_nothing(leadin: str, section: str) -> None:
    assert leadin_relation(leadin, section) is None


def test_what_is_hard_to_do_names_no_finding_of_its_own() -> None:
    term = next(parse_term("Difficulty with basic tasks, such as preparing meals or driving"))
    assert (term.label, labels(term.narrower)) == ("Difficulty with basic tasks", [])
    kept = next(parse_term("Repetitive activities, such as running"))  # activities that bring it about
    assert labels(kept.narrower) == ["Running"]


def test_a_modifier_says_its_word_of_every_faculty_coordinated_after_it() -> None:
    assert labels(parse_term("Slow thinking or speech")) == ["Slow thinking", "Slow speech"]
    assert labels(parse_term("Poor memory or judgment")) == ["Poor memory", "Poor judgment"]


def test_a_describing_adjective_alone_is_no_finding() -> None:
    assert labels(parse_term("Smooth, red patches")) == ["Smooth patches", "Red patches"]
    disease = Concept("Widget disease", "disease")
    mention = Mention("Swollen, red tongue or bleeding gums", 0, 36, "Symptoms")
    found = [f.object.label for f in emit(disease, "signOrSymptom", "symptom", parse_term(mention.text), mention)]
    assert "Swollen" not in found and {"Red tongue", "Bleeding gums"} <= set(found)


@pytest.mark.parametrize("leadin", ["The pain may get worse:", "They may get worse with:", "Symptoms can be worse if:"])
def test_a_leadin_of_when_symptoms_worsen_lists_no_symptoms(leadin: str) -> None:
    assert leadin_relation(leadin, "symptoms") is None
    assert leadin_relation("Symptoms that may occur when kidney function has gotten worse include:", "symptoms")
    assert leadin_relation("The following drugs may be prescribed when symptoms get worse:", "treatment")


def test_a_modifier_says_its_word_of_every_vital_sign_after_it() -> None:
    assert labels(parse_term("Increased heart rate and blood pressure")) == [
        "Increased heart rate",
        "Increased blood pressure",
    ]
    assert labels(parse_term("Too much running")) == ["Too much running"]


def test_where_jaundice_shows_is_no_example_of_it() -> None:
    term = next(parse_term("Jaundice (yellowing of the skin and whites of the eyes)"))
    assert (term.label, labels(term.narrower)) == ("Jaundice", [])


def test_a_name_ending_in_its_letter_takes_no_head_from_the_next() -> None:
    assert labels(parse_term("Vitamin K or blood products")) == ["Vitamin K", "Blood products"]
    hepatitis = ["Hepatitis B infection", "Hepatitis C infection"]
    assert labels(parse_term("Hepatitis B or hepatitis C infection")) == hepatitis
    assert labels(parse_term("Protein C and protein S levels")) == ["Protein C levels", "Protein S levels"]


def test_a_gerund_shares_its_modifier_only_with_a_lone_gerund() -> None:
    assert labels(parse_term("Easy bruising and abnormal bleeding")) == ["Easy bruising", "Abnormal bleeding"]
    assert labels(parse_term("Small, red spider-like blood vessels on the skin"))[0] == (
        "Small spider-like blood vessels on the skin"
    )


def test_a_heading_run_into_a_quoted_item_is_its_own_line() -> None:
    lines = list(rejoin_lines(['MEDICINES FROM YOUR DOCTOR"Water pills" (diuretics) to get rid of fluid']))
    assert lines == ["MEDICINES FROM YOUR DOCTOR", '"Water pills" (diuretics) to get rid of fluid']


def test_the_medicines_you_tell_your_provider_about_are_no_treatment() -> None:
    item = "Talk to your provider about all medicines you take, including herbs and supplements."
    assert not {"Herbs", "Supplements"} & set(labels(treatments_listed(item)))


def test_one_of_the_most_common_causes_is_a_cause() -> None:
    sentence = "Yeast infections are one of the most common causes of vulvovaginitis in women."
    found = risks_in(sentence, ["Vulvovaginitis"])
    assert [(r, t.label) for r, t in found] == [("cause", "Yeast infections")]
    assert risks_in("Yeast infections are not one of the causes of vulvovaginitis.", ["Vulvovaginitis"]) == []


def test_findings_coordinated_before_a_body_part_share_it() -> None:
    assert labels(parse_term("Tenderness and dryness of the vagina")) == [
        "Tenderness of the vagina",
        "Dryness of the vagina",
    ]
    assert labels(parse_term("Pain or loss of feeling")) == ["Pain", "Loss of feeling"]  # no part
    assert labels(parse_term("Fever, chills, or swelling of the legs"))[:2] == ["Fever", "Chills"]


def test_a_modifier_says_its_word_of_both_directions_and_how_much_is_no_example() -> None:
    term = list(parse_term("Excessive weight gain or loss (more than 10 pounds or 4.5 kilograms)"))
    assert labels(term) == ["Excessive weight gain", "Excessive weight loss"]
    assert all(not t.narrower for t in term)


def test_when_and_how_a_treatment_is_done_is_no_part_of_its_name() -> None:
    assert labels(treatments_listed("Surgery, if the cause of the bleeding is a polyp or fibroid")) == ["Surgery"]
    assert labels(listed_tests("Hysteroscopy, performed in your provider's office to look into the uterus")) == [
        "Hysteroscopy"
    ]
    assert labels(treatments_listed("Surgical procedure to destroy or remove the lining of the uterus")) == [
        "Surgical procedure"
    ]
    assert "Go" not in labels(treatments_listed("Go to bed and wake up at the same time each day"))


def test_a_body_part_in_parentheses_names_the_part_not_the_finding() -> None:
    term = next(parse_term("Fracture of the upper arm bone (humerus)"))
    assert (term.label, term.alt_labels) == ("Fracture of the upper arm bone", ("Fracture of the humerus",))
    assert next(
        parse_term("Build-up of fluid in the space between the lungs and chest cavity (pleural effusion)")
    ).label == ("Pleural effusion")


def test_findings_after_a_finding_of_a_part_are_their_own() -> None:
    found = labels(parse_term("Deformity of the arm, shoulder contracture, or frozen shoulder"))
    assert found == ["Deformity of the arm", "Shoulder contracture", "Frozen shoulder"]
    assert labels(parse_term("Prompt treatment of infections, tumors, and injuries")) == [
        "Prompt treatment of infections, tumors, and injuries"
    ]


def test_what_makes_one_more_likely_to_get_the_disease_is_a_risk_factor() -> None:
    sentence = "A birth defect called intestinal malrotation can make an infant more likely to develop a volvulus."
    assert [t.label for _, t in risks_in(sentence, ["Volvulus"])] == ["Intestinal malrotation"]
    assert risks_in("A low white cell count makes you more likely to get infections.", ["Volvulus"]) == []
    assert risks_in("Surgery does not make you more likely to get a volvulus.", ["Volvulus"]) == []


def test_the_prose_names_the_disease_without_its_population() -> None:
    from extract.terms import names_of

    assert "volvulus" in names_of(Concept("Volvulus childhood", "disease", ("Childhood volvulus",)))


def test_a_name_ending_in_its_letter_run_into_the_next_line_is_split() -> None:
    assert list(rejoin_lines(["Hepatitis CLichen planus mostly affects adults"])) == [
        "Hepatitis C",
        "Lichen planus mostly affects adults",
    ]
    assert list(rejoin_lines(["Type 2 diabetes"])) == ["Type 2 diabetes"]


def test_a_label_that_says_what_something_affects_is_no_name() -> None:
    assert not is_name("Brachial plexus palsy most often affects only the upper arm")


def test_what_the_outlook_says_one_is_at_highest_risk_of_is_a_complication() -> None:
    sentence = "The risk for a second stroke is highest during the weeks or months after the first stroke."
    assert labels(complications_in(sentence, ["Stroke"], in_outlook=True)) == ["Second stroke"]
    assert complications_in(sentence, ["Stroke"]) == []  # outside the outlook, said of something else
    assert complications_in("The risk for a second stroke is not high.", ["Stroke"], in_outlook=True) == []


def test_adjectives_after_eating_a_share_the_noun() -> None:
    assert labels(parse_term("Eating a low-fiber and high-fat diet")) == [
        "Eating a low-fiber diet",
        "Eating a high-fat diet",
    ]
    assert labels(parse_term("Eating honey or corn syrup"))[0] != "Eating honey syrup"


def test_parts_after_of_share_the_head_after_the_last() -> None:
    assert labels(parse_term("Loss of bladder or bowel control")) == [
        "Loss of bladder control",
        "Loss of bowel control",
    ]
    assert labels(parse_term("Complication of neck or chest surgery")) == [
        "Complication of neck surgery",
        "Complication of chest surgery",
    ]


def test_a_treatment_is_the_subject_after_an_opening_clause() -> None:
    sentence = "In tumors that cannot be removed completely with surgery alone, radiation therapy is used."
    assert set(labels(_treatments_in(sentence))) == {"Radiation therapy"}
    assert set(labels(_treatments_in("Stereotactic radiosurgery is performed at some medical centers."))) == {
        "Stereotactic radiosurgery"
    }


def test_what_a_thing_appears_or_becomes_is_named_by_its_state() -> None:
    assert labels(parse_term("Urine appears dark")) == ["Dark urine"]
    assert labels(parse_term("Menstruation becomes irregular")) == ["Irregular menstruation"]
    assert not is_name("Abnormal heart muscle becomes evident by age 10")


def test_a_spaced_dash_before_an_article_begins_what_the_name_is() -> None:
    assert labels(treatments_listed("Albuterol - a drug used for people with asthma")) == ["Albuterol"]
    assert labels(treatments_listed("Assisted ventilation (used during the day or night)")) == ["Assisted ventilation"]


@pytest.mark.parametrize(
    ("leadin", "relation"),
    [
        ("Tests done for milder forms of this infection include:", "typicalTest"),
        ("Blood tests used to diagnose some common types of anemia may include:", "typicalTest"),
        ("Types of leukemia include:", None),
        ("Other, more common types of inflammatory arthritis include:", None),
    ],
)
def test_a_leadin_names_types_only_when_its_subject_is_the_types(leadin: str, relation: str | None) -> None:
    assert leadin_relation(leadin, "tests") == relation


def test_an_opening_sometimes_is_no_part_of_a_treatment() -> None:
    assert set(labels(_treatments_in("Sometimes surgery is needed to remove the infected part of the lung."))) == {
        "Surgery"
    }


@pytest.mark.parametrize(
    ("leadin", "section", "relation"),
    [
        ("Your risk for getting athlete's foot increases if you:", "causes", "riskFactor"),
        ("Your chances of getting preeclampsia increase when:", "causes", "riskFactor"),
        ("You are at more risk for chronic constipation and fecal impaction if:", "causes", "riskFactor"),
        ("You may become infected if you:", "causes", "riskFactor"),
        ("You can catch a cold if:", "causes", None),  # what others do
        ("Types of clotting tests may include:", "tests", "typicalTest"),
        ("Types of long-term control medicines include:", "treatment", "possibleTreatment"),
    ],
)
def test_a_leadin_that_says_when_the_risk_rises_lists_risk_factors(leadin: str, section: str, relation: str) -> None:
    assert leadin_relation(leadin, section) == relation


@pytest.mark.parametrize(
    ("leadin", "section", "relation"),
    [
        ("Warning symptoms include:", "symptoms", "signOrSymptom"),
        ("Warning signs that an adult may be abusing a child:", "symptoms", None),
        ("Possible treatments for chloroquine-resistant infections include:", "treatment", "possibleTreatment"),
        ("Medicines for brain tumor symptoms include:", "treatment", "possibleTreatment"),
        ("The following things can be done to relieve symptoms:", "treatment", "possibleTreatment"),
        ("Radiation, with or without chemotherapy, may be used to treat:", "treatment", None),
    ],
)
def test_a_leadin_whose_subject_is_the_treatments_lists_them(leadin: str, section: str, relation: str) -> None:
    assert leadin_relation(leadin, section) == relation


def test_a_therapy_named_by_a_verb_is_a_name() -> None:
    assert is_name("Talk therapy")
    assert not is_name("Talk to your doctor")
    assert set(
        labels(_treatments_in("Treatment for PTSD involves talk therapy (counseling), medicines, or both."))
    ) >= {"Talk therapy"}


def test_what_treatment_may_include_after_what_it_is_based_on_are_treatments() -> None:
    leadin = "Treatment is based on the person's signs and symptoms, and may include:"
    assert leadin_relation(leadin, "treatment") == "possibleTreatment"
    sentence = "In some cases, a transfusion of platelets may be required to stop or prevent bleeding."
    assert set(labels(_treatments_in(sentence))) == {"Transfusion of platelets"}


@pytest.mark.parametrize(
    "leadin",
    [
        "Your health care provider may check for scarlet fever by doing a:",
        "Signs or findings of hemothorax may be seen on the following tests:",
    ],
)
def test_a_leadin_ending_in_the_tests_lists_tests(leadin: str) -> None:
    assert leadin_relation(leadin, "tests") == "typicalTest"


def test_an_evaluation_or_assessment_is_a_test() -> None:
    from extract.terms import is_test_term

    assert is_test_term(Term("Psychological evaluation")) and is_test_term(Term("Mental health assessment"))


@pytest.mark.parametrize(
    ("leadin", "relation"),
    [
        ("When there are also other heart defects, medicines may be used to:", None),
        ("They may receive medicines to:", None),
        ("In this case, your provider may recommend surgery to:", "possibleTreatment"),
    ],
)
def test_what_medicines_are_used_to_do_is_no_treatment(leadin: str, relation: str | None) -> None:
    assert leadin_relation(leadin, "treatment") == relation


def test_a_verb_after_a_purpose_continues_the_purpose() -> None:
    assert labels(parse_term("Medicines to keep the airways open and reduce mucus")) == [
        "Medicines to keep the airways open"
    ]
    assert labels(parse_term("Eat less salt and drink more water")) == ["Eat less salt", "Drink more water"]


def test_steps_and_studies_name_no_prevention() -> None:
    assert not is_name("Studies have shown")
    from extract.phrases import is_generic

    assert is_generic("Take steps") and is_generic("Taking the following steps")


def test_a_degree_is_said_of_each_coordinated_function_but_not_of_findings() -> None:
    assert labels(parse_term("Increased thirst and urination")) == ["Increased thirst", "Increased urination"]
    assert "Decreased coma" not in labels(parse_term("Decreased alertness and coma"))


def test_a_plural_body_part_alone_is_no_finding() -> None:
    disease = Concept("Widget disease", "disease")
    mention = Mention("Stretch marks on the thighs, upper arms, and breasts", 0, 52, "Symptoms")
    findings = emit(disease, "signOrSymptom", "symptom", parse_term(mention.text), mention)
    found = [f.object.label for f in findings if f.relation == "signOrSymptom"]
    assert not {"Upper arms", "Breasts", "Thighs"} & set(found)


def test_a_treatment_with_named_drugs_is_the_kind_and_its_drugs() -> None:
    sentence = "You may need antifungal treatment with amphotericin B, fluconazole, or itraconazole."
    found = _treatments_in(sentence)
    kind = next(t for t in found if t.label == "Antifungal treatment")
    assert labels(kind.narrower) == ["Amphotericin B", "Fluconazole", "Itraconazole"]
    assert labels(treatments_listed("Treatment with antiviral medicines")) == ["Antiviral medicines"]
    assert labels(treatments_listed("Long-term treatment with antifungal drugs")) == ["Antifungal drugs"]


def test_a_video_link_lists_nothing_and_two_modifiers_share_an_examples_head() -> None:
    assert leadin_relation("Watch this video about:", "causes") is None
    term = next(parse_term("Movement changes, such as involuntary or slowed movements"))
    assert labels(term.narrower) == ["Involuntary movements", "Slowed movements"]


def test_therapy_with_a_person_is_the_therapy() -> None:
    from extract.lists import with_members

    assert labels(with_members([Term("Talk therapy with a mental health provider")])) == ["Talk therapy"]


def test_a_sentence_run_into_a_list_of_skills_still_names_its_treatment() -> None:
    from pathlib import Path

    from extract import read_article

    article = Path(__file__).parents[1] / "resources" / "gold" / "000926.txt"  # bipolar disorder
    found = {(f.relation, f.object.label) for f in extract_article(read_article(article)).findings}
    assert ("possibleTreatment", "Talk therapy") in found
    assert ("possibleTreatment", "Mental health provider") not in found


def test_a_gerund_with_its_object_shares_no_head_with_the_name_before_it() -> None:
    text = "Esophagogastroduodenoscopy (EGD), removing a piece of tissue from the food pipe for examination (biopsy)"
    assert labels(parse_term(text))[0] == "Esophagogastroduodenoscopy"


# --- fourth session: acronyms in capitals, outcomes, tests as subject, judging words ---


def _article_of(section: str, lines: list[str]) -> str:
    return "\n".join(["Made-up disease", "Causes", "Unknown.", section, *lines, "Treatment", "Rest."])


def test_an_acronym_in_capitals_after_a_leadin_is_an_item_a_word_is_a_subheading() -> None:
    text = _article_of(
        "Causes",
        ["Infections can occur in people with weakened immune systems due to:", "HIV/AIDS", "Chemotherapy", "AIDS"],
    )
    article = parse_article(text)
    blocks = [b for s in article.sections for b in s.blocks]
    assert [b.kind for b in blocks if b.text in ("HIV/AIDS", "AIDS")] == ["item", "item"]
    words = parse_article(_article_of("Treatment", ["Treatment may include:", "SURGERY", "Surgery may be done."]))
    assert [b.kind for s in words.sections for b in s.blocks if b.text == "SURGERY"] == ["subheading"]


def test_a_listed_sentence_about_what_a_thing_leads_to_names_no_item() -> None:
    assert item_subject("More severe infections can result in bleeding in the bowel.") == ""
    assert item_subject("Abnormal movements may lead to falls.") == ""
    assert item_subject("Nerve function study is less often used.") == "Nerve function study"


@pytest.mark.parametrize(
    ("leadin", "relation"),
    [
        ("Tests to determine cause or complications include:", "typicalTest"),
        ("Other tests that may be done include:", "typicalTest"),
        ("Blood tests may show:", "signOrSymptom"),  # what they find
        ("Most common STIs are:", None),
        ("Other conditions that may cause low vitamin levels include:", None),
    ],
)
def test_a_leadin_in_exams_whose_subject_is_tests_or_conditions(leadin: str, relation: str | None) -> None:
    assert leadin_relation(leadin, "tests") == relation


@pytest.mark.parametrize(
    ("label", "generic"),
    [
        ("Very accurate tests", True),
        ("Similar medicines", True),
        ("Newer treatments", True),
        ("Good hygiene", False),  # a practice, named
        ("Blood tests", False),
        ("Imaging tests", False),
    ],
)
def test_a_word_that_judges_a_thing_does_not_name_it(label: str, generic: bool) -> None:
    from extract.phrases import is_generic

    assert is_generic(label) is generic


def test_exam_and_tests_is_the_exams_heading() -> None:
    article = parse_article(_article_of("Exam and Tests", ["Tests that may be done include:", "Urine culture"]))
    assert [s.kind for s in article.sections if s.heading == "Exam and Tests"] == ["tests"]


def test_a_heading_run_onto_the_line_before_it_opens_its_section() -> None:
    text = _article_of(
        "Exams and Tests",
        [
            "Tests include:",
            "Urine pHTreatment",
            "Sodium bicarbonate may be given.",
            "In severe cases a transplant might be needed. Outlook (Prognosis)",
            "Kidney failure may develop.",
        ],
    )
    article = parse_article(text.replace("\nTreatment\nRest.", ""))
    kinds = [s.kind for s in article.sections]
    assert kinds[-3:] == ["tests", "treatment", "prognosis"]
    assert [b.text for s in article.sections if s.kind == "tests" for b in s.blocks][-1] == "Urine pH"
    # a page that has the heading on its own line keeps a line that ends in its words
    kept = parse_article(_article_of("Exams and Tests", ["Tests include:", "Urine pHTreatment"]))
    assert "Urine pHTreatment" in [b.text for s in kept.sections for b in s.blocks]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Zanotide (Zanex) is a new medicine approved for use in children.", ["Zanotide"]),
        ("Follow-up exams to check the size of the lump may be the only treatment needed.", ["Follow-up exams"]),
        ("Botulism immune globulin is the main treatment for this condition.", ["Botulism immune globulin"]),
        ("These medicines are a treatment option for some people.", []),  # points back, names nothing
        ("Fever is a side effect of the medicine.", []),
    ],
)
def test_a_subject_the_sentence_calls_a_treatment_is_one_whatever_its_name(sentence: str, expected: list[str]) -> None:
    found = labels(_treatments_in(sentence))
    assert set(expected) <= set(found) if expected else found == []


def test_a_listed_name_said_to_be_needed_is_its_subject_without_a_full_stop() -> None:
    assert item_subject("Heart CT may be needed in older children") == "Heart CT"
    assert item_subject("Echocardiography is the most common test to diagnose this") == "Echocardiography"
    assert item_subject("Swelling that may come and go") == "Swelling that may come and go"
    assert item_subject("Your body's sugar is used up too quickly") == "Your body's sugar is used up too quickly"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Sharp chest or shoulder pain, made worse by a deep breath or a cough", ["Sharp chest pain", "Shoulder pain"]),
        ("Swelling of the legs if the heart is involved", ["Swelling of the legs"]),
        ("Feeling as if the room is spinning", ["Feeling as if the room is spinning"]),  # "as if" says what
    ],
)
def test_a_condition_or_what_worsens_a_finding_is_not_part_of_its_name(item: str, expected: list[str]) -> None:
    from extract.lists import signs_listed

    assert labels(signs_listed(item)) == expected


def test_people_have_findings_but_are_none() -> None:
    disease = Concept("Made-up disease", "disease")
    mention = Mention("The child may cry.", 0, 18, "symptoms")
    found = emit(disease, "signOrSymptom", "symptom", [Term("Child"), Term("Crying")], mention)
    assert [f.object.label for f in found] == ["Crying"]


@pytest.mark.parametrize(
    ("relation", "kind", "items", "expected"),
    [
        ("signOrSymptom", "symptom", ["Armpit", "Pubic hair", "Rash"], ["Rash"]),  # "Armpit or pubic hair"
        ("signOrSymptom", "symptom", ["Pus", "Mucous membranes"], ["Pus"]),  # what the body makes may be a sign
        ("typicalTest", "test", ["Urine", "Blood culture"], ["Blood culture"]),  # the sample, not the test
        ("riskFactor", "risk_factor", ["Saliva", "Forearms", "Adults"], ["Saliva", "Adults"]),  # contact with it
        ("possibleTreatment", "therapy", ["Heart pacemaker"], ["Heart pacemaker"]),  # a device, not the node
    ],
)
def test_a_part_of_the_body_on_its_own_is_where_a_finding_is_not_a_finding(
    relation: str, kind: str, items: list[str], expected: list[str]
) -> None:
    disease = Concept("Made-up disease", "disease")
    found = emit(disease, relation, kind, [Term(i) for i in items], Mention(", ".join(items), 0, 9, "symptoms"))  # type: ignore[arg-type]
    assert [f.object.label for f in found if f.relation == relation] == expected


@pytest.mark.parametrize(
    ("sentence", "items", "tests"),
    [
        (  # a disease a test rules out is not a test
            "Blood tests to rule out other types of arthritis, such as gout.",
            ["Gout", "Uric acid test", "Joint x-ray"],
            ["Uric acid test", "Joint x-ray"],
        ),
        (  # the provider's exam is a physical exam, and a bare scan no test
            "Your provider will do an exam. Thyroid uptake and scan.",
            ["Exam", "Thyroid uptake", "Scan"],
            ["Physical exam", "Thyroid uptake"],
        ),
    ],
)
def test_what_an_exams_section_names_is_a_test_only_when_it_is_one(
    sentence: str, items: list[str], tests: list[str]
) -> None:
    disease = Concept("Made-up disease", "disease")
    mention = Mention(sentence, 0, len(sentence), "tests")
    found = emit(disease, "typicalTest", "test", [Term(i) for i in items], mention)
    assert [f.object.label for f in found] == tests


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("High", "High fever"),
        ("Worse", "Worsening pain"),
        ("Feel", "Feeling faint"),
        ("Night", "Night sweats"),
        ("Excessive", "Excessive thirst"),
        ("Area", "Numb area of skin"),
        ("Behavior", "Odd behavior"),  # "Behavior that is odd or out of character", cut at "that"
        ("Color", "Unusual skin color"),
        ("Slowly over years", "Slow growth over years"),
    ],
)
def test_a_word_of_degree_time_or_place_alone_is_no_name(word: str, name: str) -> None:
    assert not is_name(word)
    assert is_name(name)


@pytest.mark.parametrize(
    ("leadin", "section", "relation"),
    [
        (
            "Sitting too long raises your risk for it. To prevent constipation, you should:",
            "prevention",
            "primaryPrevention",
        ),
        ("Stress can increase the risk of an attack. To help reduce stress, try:", "treatment", "possibleTreatment"),
        ("Some changes can increase the risk for a seizure. Talk with your provider about:", "treatment", "riskFactor"),
    ],
)
def test_a_last_sentence_that_says_what_the_items_are_for_decides(leadin: str, section: str, relation: str) -> None:
    assert leadin_relation(leadin, section) == relation


def test_having_many_of_a_thing_is_the_risk_not_the_thing() -> None:
    assert labels(risks_listed("Having many sexual partners")) == ["Having many sexual partners"]
    assert labels(risks_listed("Have more than one sexual partner")) == ["Having more than one sexual partner"]
    assert labels(risks_listed("Have diabetes")) == ["Diabetes"]


def test_items_run_together_at_a_quote_are_split_on_the_right_side_of_it() -> None:
    lines = ['Certain sounds, such as "s" or "th"More difficulty understanding people', 'Knee swelling"Sloppy" kneecap']
    assert list(rejoin_lines(lines)) == [
        'Certain sounds, such as "s" or "th"',
        "More difficulty understanding people",
        "Knee swelling",
        '"Sloppy" kneecap',
    ]


def test_an_item_run_into_advice_after_it_is_split() -> None:
    line = "Ringing in the ears Talk to your health care provider if you have any of these symptoms."
    assert split_spaced_run_on(line) == ["Ringing in the ears", line.removeprefix("Ringing in the ears ")]
    assert split_spaced_run_on("Stop smoking programs") == ["Stop smoking programs"]


def test_what_is_quoted_is_one_expression_and_a_broken_code_no_name() -> None:
    term = next(parse_term('Abnormal sensations, such as "pins and needles"'))
    assert labels(term.narrower) == ["Pins and needles"]
    disease = Concept("Made-up disease", "disease")
    found = emit(disease, "riskFactor", "risk", [Term("Ig"), Term("HIV")], Mention("Ig HIV", 0, 6, "causes"))
    assert [f.object.label for f in found] == ["HIV"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Genes and hormones may play a role.", ["Genes", "Hormones"]),
        ("Experts believe that a defect in a gene may play a role.", ["Defect in a gene"]),
        ("Certain genes may play a role in made-up disease.", ["Genes"]),
        ("Hormones play a big role in a woman's menstrual cycle.", []),  # a role in something else
        ("These targets play a role in how cancer cells grow.", []),
    ],
)
def test_what_plays_a_role_in_the_disease_is_a_risk_factor(sentence: str, expected: list[str]) -> None:
    assert [t.label for _, t in risks_in(sentence, ["Made-up disease"])] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("High or low blood pressure", ["High blood pressure", "Low blood pressure"]),
        ("Temporary or permanent kidney failure", ["Temporary kidney failure", "Permanent kidney failure"]),
        ("Pelvic or lower abdominal pain", ["Pelvic pain", "Lower abdominal pain"]),  # which part, not how
        ("Pancreatic or biliary tract cancer", ["Pancreatic cancer", "Biliary tract cancer"]),
        ("Blood or skin culture", ["Blood culture", "Skin culture"]),
        ("Gram stain or throat culture", ["Gram stain", "Throat culture"]),  # a test's name needs no head
        ("Electromyography and nerve conduction studies", ["Electromyography", "Nerve conduction studies"]),
        ("Heart or lung conditions", ["Heart conditions", "Lung conditions"]),  # parts share the kind
        ("Down syndrome or some other genetic conditions", ["Down syndrome", "Genetic conditions"]),
    ],
)
def test_coordinated_modifiers_share_the_whole_head_they_modify(phrase: str, expected: list[str]) -> None:
    assert labels(parse_term(phrase)) == expected


def test_examples_in_parentheses_belong_to_the_name_they_follow() -> None:
    first, rest = parse_term("Pain relievers (acetaminophen or ibuprofen) and rest")
    assert (first.label, labels(first.narrower), rest.label, labels(rest.narrower)) == (
        "Pain relievers",
        ["Acetaminophen", "Ibuprofen"],
        "Rest",
        [],
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "Toxicology (poison and drug) screening",  # a gloss inside the name
        "Jaundice (a yellow color in the skin, mucous membranes, or white part of the eyes)",  # what it looks like
        "Laryngoscopy (looking inside the throat using a mirror or flexible tube)",  # how it is done
    ],
)
def test_a_parenthesis_that_glosses_or_describes_a_name_gives_no_examples(phrase: str) -> None:
    (term,) = parse_term(phrase)
    assert term.narrower == () and term.parts == ()


@pytest.mark.parametrize(
    ("sentence", "previous", "expected"),
    [
        ("A physical exam may show a fever, rash, and arthritis.", "", ["Fever", "Rash", "Arthritis"]),
        ("During a pelvic exam, the provider may find an enlarged uterus.", "", ["Enlarged uterus"]),
        (
            "This may reveal swelling of the abdomen.",
            "The provider will do a physical exam.",
            ["Swelling of the abdomen"],
        ),
        ("This may reveal swelling of the abdomen.", "Blood tests are done.", []),  # "This" is no exam
        ("A physical exam may show that you have trouble moving your head.", "", []),  # a clause, not a sign
        ("An eye exam may show damage to the optic nerve, often without symptoms.", "", ["Damage to the optic nerve"]),
    ],
)
def test_what_an_exam_shows_is_a_sign(sentence: str, previous: str, expected: list[str]) -> None:
    from extract.exams import exam_finds

    assert labels(exam_finds(sentence, previous)) == expected


def test_thought_is_a_faculty_a_modifier_shares() -> None:
    assert labels(parse_term("Disorganized thought and speech")) == ["Disorganized thought", "Disorganized speech"]


def test_a_hedge_is_no_part_of_a_name_and_a_sign_of_the_disease_is_no_finding() -> None:
    assert labels(parse_term("Lack of appetite and possible weight loss")) == ["Lack of appetite", "Weight loss"]
    from extract.exams import _SIGNS_OF

    assert _SIGNS_OF.search("There may be signs of a swollen spleen.")
    assert not _SIGNS_OF.search("A high white blood cell count is a possible sign of an abscess.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Special shots of a medicine called erythropoietin are given.", ["Erythropoietin"]),
        ("A prescription medicine called colchicine helps reduce pain.", ["Colchicine"]),
        ("A procedure called plasmapheresis may be used.", ["Plasmapheresis"]),
        ("Blood pressure control will slow further kidney damage.", ["Blood pressure control"]),
        ("Stress management may help.", ["Stress management"]),
        ("Keeping good control of your blood sugar can help prevent low blood sugar.", []),  # no treatment named
    ],
)
def test_a_treatment_called_by_its_name_and_a_measure_kept_under_control(sentence: str, expected: list[str]) -> None:
    assert sorted(set(labels(_treatments_in(sentence)))) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Clots that break off and travel to the brain can cause a stroke.", ["Stroke"]),
        ("Heart problems may lead to early death.", ["Early death"]),
        ("Early treatment results in a good outcome.", []),  # a good outcome is none
        ("Removal of the tumor may lead to full recovery.", []),
        ("Sticking to the diet can lead to normal adult intelligence.", []),
        ("Untreated, it can lead to serious complications.", []),  # names none
    ],
)
def test_what_anything_in_an_outlook_leads_to_is_an_outcome_unless_a_good_one(
    sentence: str, expected: list[str]
) -> None:
    assert labels(complications_in(sentence, ["Made-up disease"], in_outlook=True)) == expected
    assert complications_in("Clots can cause a stroke.", ["Made-up disease"]) == []  # elsewhere, said of it only


@pytest.mark.parametrize(
    ("item", "label", "alts"),
    [
        ("Cutting the growth out and using stitches to close the skin (called excision)", "Excision", 1),
        ("Inserting a needle into the belly to remove fluid (called a paracentesis)", "Paracentesis", 1),
        ("Noninvasive positive-pressure ventilation (called CPAP or BiPAP)", "CPAP", 2),  # two names of one
    ],
)
def test_what_a_description_is_called_in_parentheses_is_its_name(item: str, label: str, alts: int) -> None:
    (term,) = parse_term(item)
    assert (term.label, len(term.alt_labels)) == (label, alts)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Liver cirrhosis and bile duct infections (pigmented stones)", ["Liver cirrhosis", "Bile duct infections"]),
        ("Dry eyes and mouth (Sjogren syndrome)", ["Dry eyes", "Dry mouth"]),  # findings of their own
        ("Yellow skin and whites of the eyes (jaundice)", ["Jaundice"]),  # one finding, described
        ("Malnutrition and weight loss (in severe cases)", ["Malnutrition", "Weight loss"]),
    ],
)
def test_a_name_in_parentheses_after_conditions_of_their_own_names_none_of_them(item: str, expected: list[str]) -> None:
    assert labels(parse_term(item)) == expected


@pytest.mark.parametrize(
    ("label", "named"),
    [
        ("Around the lips", False),  # where, said of the finding before
        ("Called striae", False),
        ("Followed by a period of sleep", False),
        ("Near the pituitary gland", False),
        ("Near fainting", True),
    ],
)
def test_a_phrase_that_says_where_or_what_a_thing_is_called_is_no_name(label: str, named: bool) -> None:
    assert is_name(label) is named


def test_a_hedging_adverb_is_no_part_of_a_name() -> None:
    assert labels(parse_term("Sometimes surgery")) == ["Surgery"]
    assert labels(parse_term("Nausea and vomiting, possibly vomiting blood")) == [
        "Nausea",
        "Vomiting",
        "Vomiting blood",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Growth hormone may help a child grow taller.", ["Growth hormone"]),
        ("A splint may help protect your teeth from the pressure of grinding.", ["Splint"]),
        ("Bone marrow transplant may improve symptoms.", ["Bone marrow transplant"]),
        ("Friends may help you feel better.", []),  # names no treatment
    ],
)
def test_what_can_help_or_improves_symptoms_in_a_treatment_section_treats(sentence: str, expected: list[str]) -> None:
    assert sorted(set(labels(_treatments_in(sentence)))) == expected


def test_not_doing_a_thing_is_a_name_and_then_no_part_of_one() -> None:
    assert is_name("Not getting enough sleep") and is_name("Not smoking")
    assert not is_name("Not in the joints")
    assert labels(parse_term("heat exhaustion and then heat stroke")) == ["Heat exhaustion", "Heat stroke"]


def test_prepositions_joined_share_their_object() -> None:
    assert labels(parse_term("Swelling under or around the eye")) == ["Swelling under or around the eye"]
    assert labels(parse_term("Numbness or burning in or around the mouth")) == [
        "Numbness in or around the mouth",
        "Burning in or around the mouth",
    ]


def test_an_item_run_into_a_sentence_with_a_verb_of_its_own_is_split() -> None:
    line = "Shoulder injury Entrapment creates pressure on the nerve where it passes through a narrow structure."
    assert split_spaced_run_on(line)[0] == "Shoulder injury"
    assert item_subject("Muscle problems lead to changes in the spine.") == ""  # what it leads to


def test_a_drug_named_after_its_kind_is_the_drug_and_an_opening_adverb_starts_a_sentence() -> None:
    disease = Concept("Made-up disease", "disease")
    mention = Mention("The drug hydroxychloroquine can cause it.", 0, 41, "causes")
    found = emit(disease, "cause", "risk", [Term("Drug hydroxychloroquine"), Term("Antibiotic drugs")], mention)
    assert [f.object.label for f in found] == ["Hydroxychloroquine", "Antibiotic drugs"]
    line = "Pain during intercourse Often, you can have fibroids and not have any symptoms."
    assert split_spaced_run_on(line)[0] == "Pain during intercourse"
    assert not is_name("Cause of hives") and not is_name("However")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It commonly affects people over 60 years of age.", ["Age over 60"]),
        ("The disease mainly affects older adults.", ["Older adults"]),
        ("It most often occurs in children and young adults.", ["Children", "Young adults"]),
        ("It rarely affects children.", []),  # rarely is no risk
    ],
)
def test_who_the_disease_mostly_affects_is_a_risk_factor(sentence: str, expected: list[str]) -> None:
    assert [t.label for _, t in risks_in(sentence, ["Made-up disease"])] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The most common surgery to correct myopia is LASIK.", ["LASIK", "Surgery"]),
        ("The main treatment for this condition is antibiotics.", ["Antibiotics"]),
        ("The first surgery is done shortly after birth.", ["First surgery", "Surgery"]),  # not "Done shortly"
        ("Wearing eyeglasses or contact lenses can help.", ["Contact lenses", "Wearing eyeglasses"]),
    ],
)
def test_the_treatment_a_sentence_says_is_the_most_common_and_lenses(sentence: str, expected: list[str]) -> None:
    assert sorted(set(labels(_treatments_in(sentence)))) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sometimes, made-up disease may occur during pregnancy.", ["Pregnancy"]),
        ("It often begins during the teen years.", []),  # a time of life, not a risk
        ("It may occur during sleep.", []),
        ("Other disorders linked to this condition include leukemia and lymphoma.", ["Leukemia", "Lymphoma"]),
    ],
)
def test_what_the_disease_occurs_during_or_disorders_linked_to_it_are_risk_factors(
    sentence: str, expected: list[str]
) -> None:
    from extract.findings import read_listed_in_prose

    said = [t.label for _, t in risks_in(sentence, ["Made-up disease"])]
    article = parse_article(_article_of("Causes", [sentence]).replace("Causes\nUnknown.\n", "", 1))
    section = next(s for s in article.sections if s.kind == "causes")
    listed = [f.object.label for f in read_listed_in_prose(section, Concept("Made-up disease", "disease"))]
    assert sorted(set(said + listed)) == expected


def test_a_line_broken_after_a_direction_is_one_line_and_an_exam_by_someone_shows_signs() -> None:
    lines = ["It affects about 1 in every 2,500 people of northern", "European heritage."]
    assert list(rejoin_lines(lines)) == ["It affects about 1 in every 2,500 people of northern European heritage."]
    from extract.exams import exam_finds

    assert labels(exam_finds("An exam by your health care provider may show an enlarged spleen.")) == [
        "Enlarged spleen"
    ]


def test_a_verb_said_another_way_in_parentheses_and_a_place_inside_are_no_names() -> None:
    assert labels(parse_term("Large belly that sticks out (protrudes)")) == ["Large belly"]
    assert labels(parse_term("Difficulty breathing when lying down (orthopnea)")) == ["Orthopnea"]
    assert not is_name("Inside the spinal cord")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lifestyle changes may help relieve symptoms.", ["Lifestyle changes"]),
        ("Diet changes are needed to prevent stomach problems.", ["Diet changes"]),
        ("Farsightedness is easily corrected with glasses.", ["Glasses"]),
        ("Some cases can also be improved with weight loss surgery.", ["Weight loss surgery"]),
        ("Changes in the brain may help explain it.", []),  # no way of living changed
    ],
)
def test_changing_how_one_lives_and_what_a_disease_is_corrected_with_treat(sentence: str, expected: list[str]) -> None:
    assert sorted(set(labels(_treatments_in(sentence)))) == expected


def test_an_opening_adverb_is_no_part_of_a_treatment_subject() -> None:
    assert labels(_treatments_in("Today, HIV treatment is recommended for all people with HIV.")) == ["HIV treatment"]
    assert labels(_treatments_in("However, other drug treatments are usually recommended instead.")) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Genetic counseling is recommended for couples with a family history of it.", ["Genetic counseling"]),
        ("Genetic counseling may benefit people who want to have children.", ["Genetic counseling"]),
        ("The rubella vaccine is recommended for all children.", ["Rubella vaccine"]),
        ("Finding the cancer early is important for successful treatment.", []),  # finding it is no prevention
        ("It is not recommended.", []),
    ],
)
def test_a_measure_the_prevention_section_recommends_is_one(sentence: str, expected: list[str]) -> None:
    from extract.therapies import _advised_measures

    assert labels(_advised_measures(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Avoid unwashed foods, do not eat uncooked foods while traveling, and always wash fruits well.",
            ["Avoid unwashed foods", "Do not eat uncooked foods while traveling", "Wash fruits well"],
        ),
        (
            "Wash your hands often, avoid crowds, and get plenty of rest.",
            ["Wash your hands often", "Avoid crowds", "Get plenty of rest"],
        ),
        ("Reduce or avoid alcohol.", ["Reduce or avoid alcohol"]),  # two verbs, one object
        ("Check and change batteries regularly.", ["Check and change batteries regularly"]),
    ],
)
def test_each_imperative_of_a_sentence_is_a_measure_of_its_own(sentence: str, expected: list[str]) -> None:
    assert labels(advice_in(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It appears as a red, swollen bump.", ["Red bump", "Swollen bump"]),
        ("The rash begins as a single spot.", ["Single spot"]),
        ("Symptoms may start as early as 3 months.", []),  # when, not what
        ("May appear as flat areas (macules).", []),  # an item's name, read as the item
    ],
)
def test_what_the_disease_first_appears_as_is_a_sign(sentence: str, expected: list[str]) -> None:
    assert [label for label in labels(symptoms_told(sentence)) if is_name(label)] == expected


def test_a_test_called_by_its_name_is_that_test() -> None:
    from extract.exams import _tests_called

    sentence = "Your provider will collect a sample for a test called nucleic acid amplification."
    assert labels(_tests_called(sentence)) == ["Nucleic acid amplification"]
    assert labels(_tests_called("Dysplasia seen on a Pap test is called a lesion.")) == []  # what the test sees


def test_symptoms_a_causes_section_says_the_disease_has_are_signs() -> None:
    from extract.findings import read_symptoms_said

    text = _article_of("Causes", ["A crash follows. Other symptoms include fatigue, anxiety, and irritability."])
    article = parse_article(text.replace("Causes\nUnknown.\n", "", 1))
    section = next(s for s in article.sections if s.kind == "causes")
    found = [f.object.label for f in read_symptoms_said(section, Concept("Made-up disease", "disease"))]
    assert found == ["Fatigue", "Anxiety", "Irritability"]
    assert labels(parse_term("Vivid and unpleasant dreams")) == ["Vivid dreams", "Unpleasant dreams"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Little or no urine", ["Little or no urine"]),  # one amount
        ("Pain with sitting or walking", ["Pain with sitting", "Pain with walking"]),
        (
            "Difficulty or discomfort when biting or chewing",
            ["Difficulty when biting", "Difficulty when chewing", "discomfort when biting", "discomfort when chewing"],
        ),
        ("Jaw tenderness or pain, worse with biting or chewing", ["Jaw tenderness", "Jaw pain"]),  # what worsens it
        (
            "Leg or calf pain after sitting or standing",
            [
                "Leg pain after sitting",
                "Leg pain after standing",
                "calf pain after sitting",
                "calf pain after standing",
            ],
        ),
        (
            "Clicking when opening or closing the mouth",
            ["Clicking when opening the mouth", "Clicking when closing the mouth"],
        ),
        ("Fever, chills, or pain when urinating", ["Fever", "chills", "pain when urinating"]),  # findings of their own
        ("Pain during or after intercourse", ["Pain during or after intercourse"]),
    ],
)
def test_gerunds_after_when_or_with_are_what_a_finding_comes_with(phrase: str, expected: list[str]) -> None:
    """Issue 11: "Chewing" of "pain when biting or chewing" is no symptom, nor "Little" of "little or no urine"."""
    from extract.phrases import expand_coordination

    assert expand_coordination(phrase) == expected


@pytest.mark.parametrize(
    ("leadin", "section", "expected"),
    [
        ("These medicines may help if you are:", "treatment", None),  # the state it is given in
        ("Surgery may be recommended when there is:", "treatment", None),
        ("You may have an airway burn if you have:", "symptoms", "signOrSymptom"),  # what the section lists
        ("You can get abdominal abscesses because you have:", "causes", "riskFactor"),
        ("Treatment may include:", "treatment", "possibleTreatment"),
    ],
)
def test_a_treatment_lead_in_ending_in_if_you_are_lists_when_it_is_given(leadin: str, section: str, expected) -> None:
    """Issue 11: "Nervous or anxious most of the time" under "These medicines may help if you are:" is no treatment."""
    assert leadin_relation(leadin, section) == expected


@pytest.mark.parametrize(
    ("sentence", "absent", "present"),
    [
        ("Some medicines, such as paroxetine (Paxil), may make symptoms worse.", "Paroxetine", None),
        ("Inactivity (such as bed rest) can make the muscle disease worse.", "Bed rest", None),
        ("Excessive use of lozenges may make a sore throat worse.", "Lozenges", None),
        ("Oxygen therapy may help a few people, but may worsen night symptoms.", None, "Oxygen therapy"),  # helps first
        ("A bone marrow transplant may stop worsening of the condition.", None, "Bone marrow transplant"),
    ],
)
def test_what_a_sentence_says_makes_the_disease_worse_is_no_treatment(sentence: str, absent, present) -> None:
    """Issue 11: "SSRIs such as paroxetine may make symptoms worse" names no treatment."""
    from extract.therapies import _treatments_in

    found = labels(_treatments_in(sentence))
    assert absent not in found
    assert present is None or present in found


def test_a_label_never_ends_in_a_relative_pronoun() -> None:
    from extract.phrases import tidy

    assert tidy("Avoid certain drugs that") == "Avoid certain drugs"
    assert tidy("Wear clothing that") == "Wear clothing"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Blood pressure that drops when you stand up", ["Blood pressure that drops when you stand up"]),
        ("Posture that gets worse", ["Posture that gets worse"]),
        ("Periods that may last longer than normal", []),  # says, does not name: and "Periods" is no finding
        ("Sores that do not heal", ["Sores"]),  # a finding of its own: the clause says more of it
    ],
)
def test_a_clause_says_what_is_wrong_with_what_the_body_has_or_does(phrase: str, expected: list[str]) -> None:
    """Issue 11: "Blood pressure" of "Blood pressure that drops when you stand up" is no symptom."""
    assert [label for label in labels(parse_term(phrase)) if is_name(label)] == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Losing or gaining weight", ["Losing weight", "gaining weight"]),
        ("Identifying and treating the cause", ["Identifying the cause", "treating the cause"]),
        ("Vandalizing or destroying property", ["Vandalizing property", "destroying property"]),
        ("Bleeding or spotting from the vagina", ["Bleeding", "spotting from the vagina"]),  # a finding of its own
        ("Wheezing or coughing up mucus", ["Wheezing", "coughing up mucus"]),
        ("Eating or being fed when not upright", ["Eating when not upright", "being fed when not upright"]),
    ],
)
def test_bare_gerunds_share_the_object_of_the_last(phrase: str, expected: list[str]) -> None:
    """Issue 11: "Losing" of "Losing or gaining weight" names nothing."""
    from extract.phrases import expand_coordination

    assert expand_coordination(phrase) == expected


def test_what_a_symptoms_sentence_opens_with_as_its_condition_is_no_sign() -> None:
    """Issue 11: "If you have pancreatitis, symptoms include: ..." does not make pancreatitis a sign."""
    text = _article_of(
        "Symptoms",
        [
            "If an allergy is causing the breathing problem, they might have a rash or swelling of the face.",
            "When you have pneumonia, you are more likely to have a high fever.",
        ],
    )
    found = {f.object.label for f in extract_article(parse_article(text)).findings if f.relation == "signOrSymptom"}
    assert {"Allergy", "Pneumonia"}.isdisjoint(found)
    assert "Rash" in found


@pytest.mark.parametrize(
    ("leadin", "expected"),
    [
        ("Symptoms are more common in men and may include:", "signOrSymptom"),  # who has them more, said aside
        ("Signs that increase your risk are:", "riskFactor"),
        ("Symptoms are more likely if you:", "riskFactor"),
    ],
)
def test_a_lead_in_whose_subject_is_the_symptoms_lists_them(leadin: str, expected: str) -> None:
    assert leadin_relation(leadin, "symptoms") == expected


@pytest.mark.parametrize(
    ("leadin", "expected"),
    [
        ("Other joint structures affected by arthritis include:", None),  # where, not what
        ("Commonly affected sites include the:", None),
        ("Other areas of the body that are affected include:", None),
        ("When nerves in your heart and blood vessels are damaged, you may:", "signOrSymptom"),
        ("Areas of the world where it is common include:", "signOrSymptom"),
    ],
)
def test_a_lead_in_of_the_parts_a_disease_affects_lists_places(leadin: str, expected) -> None:
    assert leadin_relation(leadin, "symptoms") == expected


def test_a_tests_section_names_what_it_says_to_check_and_whom_to_visit() -> None:
    """Issue 11: monitoring advice in a Tests section ("Check the skin and bones on your feet",
    "checking levels of urine albumin and serum creatinine", "Visit your eye doctor") names its tests."""
    from extract.exams import _levels_checked, _visits

    assert labels(listed_tests("Check the skin and bones on your feet and legs.")) == [
        "Check the skin and bones on your feet and legs"
    ]
    assert labels(listed_tests("Check if your feet are getting numb.")) == []  # a question, no test
    sentence = "These tests include checking levels of urine albumin (microalbuminuria) and serum creatinine."
    assert labels(_levels_checked(sentence)) == ["Urine albumin", "Serum creatinine"]
    assert labels(_visits("Visit your eye doctor at least once a year.")) == ["Eye exam"]
    assert labels(_visits("See your dentist every 6 months for a cleaning.")) == ["Dental exam"]
    assert labels(_visits("Your eye doctor may see changes.")) == []


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("How to recognize and treat low blood sugar (hypoglycemia)", []),  # a skill; what it treats is no treatment
        ("How to use an inhaler", ["Inhaler"]),
        ("How to give insulin injections", ["Insulin injections"]),
        ("Treat minor infections, such as athlete's foot, right away.", ["Treat minor infections"]),
    ],
)
def test_a_skill_or_what_advice_treats_is_no_treatment(item: str, expected: list[str]) -> None:
    assert [t.label for t in treatments_listed(item) if is_name(t.label)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Swelling makes it hard to breathe or swallow.", ["Difficulty breathing", "Difficulty swallowing"]),
        ("Nerve damage can make it harder for men to have an erection.", ["Difficulty having an erection"]),
        ("All of these symptoms make it hard to sleep.", ["Difficulty sleeping"]),
        ("This makes it hard to know what caused it.", []),  # no function of the body or mind
    ],
)
def test_what_a_disease_makes_hard_to_do_is_a_difficulty(sentence: str, expected: list[str]) -> None:
    from extract.outcomes import made_hard

    assert labels(made_hard(sentence)) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("PHOTOTHERAPY", ["Phototherapy"]),
        ("FOOT CARE", ["Foot care"]),
        ("SUPPORT PROGRAMS AND TALK THERAPY", ["Talk therapy"]),
        ("SECONDARY GLAUCOMA", []),  # what the part is about
        ("TREATING PAIN", []),
        ("OTHER TREATMENTS", []),
        ("SYSTEMIC (BODY-WIDE) TREATMENTS", []),  # a class of treatments
    ],
)
def test_a_treatment_subheading_in_capitals_names_its_treatment(heading: str, expected: list[str]) -> None:
    from extract.therapies import subheading_treatments

    assert labels(subheading_treatments(heading)) == expected


@pytest.mark.parametrize(
    ("leadin", "section", "expected"),
    [
        ("This condition affects most body systems and functions, including:", "causes", "possibleComplication"),
        ("The disorder may lead to:", "causes", "possibleComplication"),
        ("This condition may also lead to:", "symptoms", "signOrSymptom"),  # in Symptoms, its signs
    ],
)
def test_a_lead_in_of_what_the_disease_itself_does_lists_complications(leadin: str, section: str, expected) -> None:
    assert leadin_relation(leadin, section) == expected
    # what it does to test results names no complication
    tests_leadin = "This disease may also affect the results of these tests:"
    assert leadin_relation(tests_leadin, "causes") != "possibleComplication"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("pain and cancer medicines", ["Pain medicines", "Cancer medicines"]),  # what they treat
        ("Some medicines, such as antibiotics, and pain and cancer medicines", ["Pain medicines", "Cancer medicines"]),
        ("Fludrocortisone or similar medicines", ["Fludrocortisone"]),  # "similar" says nothing treated
        ("Aspirin and statin medicines", ["Aspirin", "Statin medicines"]),
    ],
)
def test_medicines_named_by_what_they_treat_share_their_head(phrase: str, expected: list[str]) -> None:
    found = [t.label for term in parse_term(phrase) for t in (term, *term.narrower)]
    assert all(label in found for label in expected) and "Pain" not in found, found


def test_a_statement_of_what_a_thing_does_or_a_cut_even_is_no_name() -> None:
    from extract.phrases import tidy

    assert not is_name("Corticosteroid medicine relieves inflammation")
    assert not is_name("Cognitive behavioral therapy helps you change the thoughts")
    assert is_name("Medicines that lower blood pressure") and is_name("Nerve blocks")  # a relative clause; a noun
    assert tidy("Drink plenty of fluids every day, even") == "Drink plenty of fluids every day"


def test_when_a_finding_is_worst_is_no_finding_of_its_own() -> None:
    """Issue 11: "Cold foods" of "Tooth pain, particularly after sweet or hot or cold foods" is no symptom."""
    phrase = "Tooth pain or achy feeling, particularly after sweet or hot or cold foods and drinks"
    assert labels(parse_term(phrase)) == ["Tooth pain", "Achy feeling"]
    assert labels(parse_term("Red, scaly skin rash, usually when skin is exposed to sunlight"))[-1] == "Scaly skin rash"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "Proper diet, and staying away from alcohol and illegal drugs",
            ["Proper diet", "staying away from alcohol", "staying away from illegal drugs"],
        ),
        ("Poisoning with copper or manganese", ["Poisoning with copper", "Poisoning with manganese"]),
        ("Staying away from sick or dead animals", ["Staying away from sick or dead animals"]),  # adjectives
    ],
)
def test_a_gerund_and_what_it_is_from_is_shared_by_the_names_after_it(phrase: str, expected: list[str]) -> None:
    from extract.phrases import expand_coordination

    assert expand_coordination(phrase) == expected


def test_what_a_disease_does_to_its_sites_in_parentheses_names_no_examples() -> None:
    terms = list(parse_term("Granulomatous disease (inflammation of the lymph nodes, lungs, skin, or other tissues)"))
    assert [(t.label, t.alt_labels, labels(t.narrower)) for t in terms] == [("Granulomatous disease", (), [])]
