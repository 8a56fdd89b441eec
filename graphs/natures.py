"""What a concept is, as opposed to the role it plays for one disease.

An article names "Ibuprofen" as a treatment in one place and a cause in another; the link says
which (schema:possibleTreatment, schema:cause), and the node says what the thing is: a drug. A
node's nature comes from its grounding where an ontology's branch says it (MONDO: a condition,
HPO: a finding, ChEBI: a substance, Uberon and CL: anatomy) and otherwise from the roles it was
named in, counted over the articles, a role that says what a thing is (treated with a drug,
tested by a test) outvoting one that does not (a risk factor can be anything).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Literal, TypeAlias

from rdflib import URIRef

from ontology import DKG, SCHEMA

Nature: TypeAlias = Literal[
    "condition",
    "finding",
    "test",
    "procedure",
    "therapy",
    "drug",
    "drug_class",
    "substance",
    "anatomy",
    "organism",
    "exposure",
    "lifestyle",
    "treatment_factor",
    "care_concern",
    "support",
]

#: Nature -> its class and the superclasses stated with it, so that no query needs inference.
CLASSES: dict[Nature, tuple[URIRef, ...]] = {
    "condition": (SCHEMA.MedicalCondition,),
    "finding": (SCHEMA.MedicalSignOrSymptom,),
    "test": (SCHEMA.MedicalTest,),
    "procedure": (SCHEMA.TherapeuticProcedure, SCHEMA.MedicalProcedure),
    "therapy": (SCHEMA.MedicalTherapy, SCHEMA.TherapeuticProcedure, SCHEMA.MedicalProcedure),
    "drug": (SCHEMA.Drug, SCHEMA.Substance),
    "drug_class": (SCHEMA.DrugClass,),
    "substance": (SCHEMA.Substance,),
    "anatomy": (SCHEMA.AnatomicalStructure,),
    "organism": (DKG.Organism,),
    "exposure": (DKG.Exposure,),
    "lifestyle": (SCHEMA.LifestyleModification,),
    "treatment_factor": (DKG.TreatmentFactor,),
    "care_concern": (DKG.CareConcern,),
    "support": (DKG.SupportResource,),
}

#: The nature a role names, where it names one.
OF_KIND: dict[str, Nature] = {
    "disease": "condition",
    "complication": "condition",
    "symptom": "finding",
    "test": "test",
    "procedure": "procedure",
    "therapy": "therapy",
    "drug": "drug",
    "drug_class": "drug_class",
    "anatomy": "anatomy",
    "risk_factor": "exposure",
    "cause": "exposure",
    "prevention": "lifestyle",
    "treatment_factor": "treatment_factor",
    "care_concern": "care_concern",
    "support": "support",
}
#: Natures a role gives only for want of a better one: a risk factor, a cause, advice.
WEAK: frozenset[Nature] = frozenset({"exposure", "lifestyle", "treatment_factor", "care_concern", "support"})
#: The nature an ontology's terms have.
OF_ONTOLOGY: dict[str, Nature] = {
    "MONDO": "condition",
    "HP": "finding",
    "CHEBI": "substance",
    "UBERON": "anatomy",
    "CL": "anatomy",
}
#: Where a nature's identity is looked for, best first.
IDENTITY_SOURCES: dict[Nature, tuple[str, ...]] = {
    "condition": ("MONDO", "HP"),
    "finding": ("HP", "MONDO"),
    "drug": ("CHEBI",),
    "drug_class": ("CHEBI",),
    "substance": ("CHEBI",),
    "therapy": ("CHEBI",),
    "anatomy": ("UBERON", "CL"),
    "exposure": ("MONDO", "HP", "CHEBI"),
    "lifestyle": ("CHEBI",),
}
_ORDER: tuple[Nature, ...] = tuple(CLASSES)
_PRIORITY = ("drug", "drug_class", "anatomy", "test", "procedure", "therapy", "condition", "finding", "substance")
_RANK = {nature: i for i, nature in enumerate(_PRIORITY + tuple(n for n in _ORDER if n not in _PRIORITY))}


def by_roles(kinds: Mapping[str, int]) -> Nature:
    """The nature the roles a node was named in say, counted over articles: a role that says
    what a thing is outvotes those that do not, unless it is a stray reading among many ("Bacteria",
    a cause in fifty articles, misread once as a symptom, is not a finding).

    >>> by_roles({"risk_factor": 3, "therapy": 1})
    'therapy'
    >>> by_roles({"symptom": 5, "complication": 2})
    'finding'
    >>> by_roles({"cause": 40, "symptom": 2})
    'exposure'
    """
    votes = _votes(kinds)
    strong = {n: c for n, c in votes.items() if n not in WEAK}
    if sum(strong.values()) * STRAY_SHARE < sum(votes.values()):
        strong = {}
    return _most(strong or votes)


#: A role that says what a thing is counts unless it is under one vote in this many.
STRAY_SHARE = 5


def nature_of(
    kinds: Mapping[str, int],
    prefixes: tuple[str, ...],
    is_disease: bool,
    *,
    identified: bool = False,
    organism: bool = False,
) -> Nature:
    """A node's nature: an article's disease is a condition. Otherwise, of the natures its roles
    name, the one its grounding agrees with (``prefixes``: the ontologies it is grounded in, its
    identity's first), else the roles' own; a role that says nothing of what a thing is gives way
    to what the grounding says, and any role gives way to the term the node is (``identified``):
    "Cocaine", ChEBI's cocaine, is a substance wherever an article misreads it as a symptom, and a
    chemical given as a treatment is a drug. A node whose name names an organism (``organism``:
    "Staphylococcus aureus") is one unless its roles say it is a test, a treatment or anatomy.

    >>> nature_of({"symptom": 1, "complication": 1}, ("HP",), False)
    'finding'
    >>> nature_of({"risk_factor": 2}, ("CHEBI",), False)
    'substance'
    >>> nature_of({"drug": 1}, ("CHEBI",), False)
    'drug'
    >>> nature_of({"risk_factor": 4, "symptom": 1}, ("CHEBI",), False, identified=True)
    'substance'
    >>> nature_of({"cause": 3}, (), False, organism=True)
    'organism'
    """
    if is_disease:
        return "condition"
    agreed = {n: c for n, c in _votes(kinds).items() if any(n in _AGREES.get(p, ()) for p in prefixes)}
    if agreed:
        return _most(agreed)
    if identified and prefixes and prefixes[0] in OF_ONTOLOGY:
        treated = prefixes[0] == "CHEBI" and _votes(kinds)["therapy"] > 0
        return "drug" if treated else OF_ONTOLOGY[prefixes[0]]
    nature = by_roles(kinds)
    if organism and (nature in WEAK or nature in ("finding", "condition")):
        return "organism"
    if nature in ("exposure", "lifestyle"):
        nature = next((OF_ONTOLOGY[p] for p in prefixes if p in OF_ONTOLOGY), nature)
    return nature


def _votes(kinds: Mapping[str, int]) -> Counter[Nature]:
    """Nature -> how many articles named the node in a role of that nature."""
    votes: Counter[Nature] = Counter()
    for kind, count in kinds.items():
        votes[OF_KIND[kind]] += count
    return votes


def _most(votes: Mapping[Nature, int]) -> Nature:
    """The nature with most votes; of equals, the one that says most of what a thing is."""
    return min(votes, key=lambda n: (-votes[n], _RANK[n]))


#: Ontology -> the natures its terms can have.
_AGREES: dict[str, frozenset[Nature]] = {
    "MONDO": frozenset({"condition"}),
    "HP": frozenset({"finding"}),
    "CHEBI": frozenset({"substance", "drug", "drug_class"}),
    "UBERON": frozenset({"anatomy"}),
    "CL": frozenset({"anatomy"}),
}
