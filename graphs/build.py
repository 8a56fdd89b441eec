"""Extractions to triples: concepts, schema.org relations, reified evidence.

Each article's triples are rendered as Turtle terms where the article was read (in a worker
process, for large batches); merging them is set arithmetic plus the few decisions that need
every article (which label is preferred, what a concept is grounded to). Nothing here fills an
rdflib store: a thousand articles are 600,000 triples, which rdflib adds at ten microseconds each.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version

from rdflib import RDFS, SKOS, XSD, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV

from extract.ground import ground
from extract.model import Concept, ConceptKind, Extraction, Mention, Relation
from graphs.prefixes import bind_prefixes
from graphs.turtle import TYPE, Pair, Statements, Term, Triple, group, iri, literal, prefixes_of, write_turtle
from ontology import CONCEPT, DKG, EVIDENCE, SCHEMA

try:  # the version pyproject.toml gives, as installed
    __version__ = version("diseasekg")
except PackageNotFoundError:  # pragma: no cover - run from a checkout without installing
    __version__ = "unknown"

#: Relation -> the predicate the graph states it with (schema.org wherever it has one).
PREDICATES: dict[Relation, URIRef] = {
    "cause": SCHEMA.cause,
    "riskFactor": SCHEMA.riskFactor,
    "signOrSymptom": SCHEMA.signOrSymptom,
    "typicalTest": SCHEMA.typicalTest,
    "possibleTreatment": SCHEMA.possibleTreatment,
    "drug": SCHEMA.drug,
    "possibleComplication": SCHEMA.possibleComplication,
    "primaryPrevention": SCHEMA.primaryPrevention,
    "associatedAnatomy": SCHEMA.associatedAnatomy,
    "treatmentFactor": DKG.treatmentFactor,
    "careConcern": DKG.careConcern,
    "supportResource": DKG.supportResource,
    "broader": SKOS.broader,
    "partOf": DKG.partOf,
}

#: Concept kind -> its classes; superclasses are stated too, so no query needs inference.
CLASSES: dict[ConceptKind, tuple[URIRef, ...]] = {
    "disease": (SCHEMA.MedicalCondition,),
    "cause": (SCHEMA.MedicalCause,),
    "risk_factor": (SCHEMA.MedicalRiskFactor,),
    "symptom": (SCHEMA.MedicalSignOrSymptom,),
    "test": (SCHEMA.MedicalTest,),
    "therapy": (SCHEMA.MedicalTherapy,),
    "drug": (SCHEMA.Drug,),
    "drug_class": (SCHEMA.DrugClass,),
    "procedure": (SCHEMA.TherapeuticProcedure, SCHEMA.MedicalProcedure),
    "complication": (DKG.Complication, SCHEMA.MedicalCondition),
    "prevention": (DKG.PreventiveMeasure, SCHEMA.MedicalTherapy),
    "anatomy": (SCHEMA.AnatomicalStructure,),
    "treatment_factor": (DKG.TreatmentFactor,),
    "care_concern": (DKG.CareConcern,),
    "support": (DKG.SupportResource,),
}

#: Text facts -> their predicates.
FACT_PREDICATES = {
    "definition": SKOS.definition,
    "epidemiology": SCHEMA.epidemiology,
    "expectedPrognosis": SCHEMA.expectedPrognosis,
}


#: The same tables, rendered once.
_RELATION_TERMS = {relation: iri(str(predicate)) for relation, predicate in PREDICATES.items()}
_CLASS_TERMS = {kind: tuple(iri(str(c)) for c in classes) for kind, classes in CLASSES.items()}
_FACT_TERMS = {kind: iri(str(predicate)) for kind, predicate in FACT_PREDICATES.items()}
_PREF, _ALT, _LABEL = iri(str(SKOS.prefLabel)), iri(str(SKOS.altLabel)), iri(str(RDFS.label))
_CONCEPT, _ABOUT = iri(str(SKOS.Concept)), iri(str(SCHEMA.about))
_EVIDENCE, _UNGROUNDED = iri(str(DKG.Evidence)), iri(str(DKG.UngroundedConcept))
_EXACT, _CLOSE = iri(str(SKOS.exactMatch)), iri(str(SKOS.closeMatch))
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = (iri(_RDF + n) for n in ("Statement", "subject", "predicate", "object"))
_DERIVED, _SECTION, _TEXT = iri(str(PROV.wasDerivedFrom)), iri(str(DKG.section)), iri(str(DKG.evidenceText))
_START, _END = iri(str(DKG.startOffset)), iri(str(DKG.endOffset))
_NON_NEGATIVE = str(XSD.nonNegativeInteger)
_MEDLINEPLUS = "https://medlineplus.gov/"


def concept_iri(concept: Concept) -> URIRef:
    """Readable and stable: the normalised label (``concept/swollen-lymph-node``)."""
    return CONCEPT[concept.key or "unnamed"]


@dataclass(frozen=True, slots=True)
class ArticleTriples:
    """One article's share of the graph: its page, links, evidence and facts, rendered.

    Concepts are statements that depend on every article (the first label an IRI was seen
    with is its preferred one), so they travel as data, in the order the article names them.
    """

    disease: Concept
    concepts: tuple[Concept, ...]
    statements: Statements
    prefixes: frozenset[str]


def article_triples(extraction: Extraction) -> ArticleTriples:
    """Render one article; pure, so that worker processes can do it beside extraction."""
    source = extraction.article.source
    article = iri(source)
    disease = extraction.disease
    triples = _article_metadata(extraction, article)
    triples.append((article, _ABOUT, iri(str(concept_iri(disease)))))
    concepts = [disease]
    for finding in extraction.findings:
        concepts += (finding.subject, finding.object)
        subject, obj = str(concept_iri(finding.subject)), str(concept_iri(finding.object))
        predicate = str(PREDICATES[finding.relation])
        triples += _evidenced((subject, predicate, obj), iri(obj), finding.evidence, (source, article))
    for fact in extraction.facts:
        subject, predicate = str(concept_iri(fact.subject)), str(FACT_PREDICATES[fact.kind])
        triples += _evidenced(
            (subject, predicate, fact.value), literal(fact.value, lang="en"), fact.evidence, (source, article)
        )
    statements = group(triples)
    terms = {t for subject, pairs in statements.items() for pair in pairs for t in (subject, *pair)}
    return ArticleTriples(disease, tuple(dict.fromkeys(concepts)), statements, frozenset(prefixes_of(terms)))


def _evidenced(values: tuple[str, str, str], obj: Term, evidence: Mention, article: tuple[str, Term]) -> list[Triple]:
    """A triple and, beside it, the rdf:Statement that says where it was read.

    ``article`` is the article's IRI and its rendered term, rendered once per article.
    """
    source, article_term = article
    subject, predicate = iri(values[0]), iri(values[1])
    key = "\x1f".join((*values, source, str(evidence.start), str(evidence.end)))
    node = iri(EVIDENCE[hashlib.sha256(key.encode()).hexdigest()[:20]])
    return [
        (subject, predicate, obj),
        (node, TYPE, _EVIDENCE),
        (node, TYPE, _STATEMENT),
        (node, _SUBJECT, subject),
        (node, _PREDICATE, predicate),
        (node, _OBJECT, obj),
        (node, _DERIVED, article_term),
        (node, _SECTION, literal(evidence.section)),
        (node, _TEXT, literal(evidence.text)),
        (node, _START, literal(str(evidence.start), datatype=_NON_NEGATIVE)),
        (node, _END, literal(str(evidence.end), datatype=_NON_NEGATIVE)),
    ]


def _article_metadata(extraction: Extraction, article: Term) -> list[Triple]:
    meta = extraction.article
    triples = [
        (article, TYPE, iri(str(SCHEMA.MedicalWebPage))),
        (article, iri(str(DCTERMS.title)), literal(meta.title, lang="en")),
        (article, iri(str(SCHEMA.url)), article),
        (article, iri(str(DKG.cleanedText)), literal(meta.text)),
        (article, iri(str(DKG.extractorVersion)), literal(__version__)),
    ]
    if meta.source.startswith(_MEDLINEPLUS):
        triples.append(
            (article, iri(str(DCTERMS.publisher)), literal("MedlinePlus, U.S. National Library of Medicine"))
        )
        rights = "A.D.A.M. content licensed to the U.S. National Library of Medicine"
        triples.append((article, iri(str(DCTERMS.rights)), literal(rights)))
    if meta.review_date:
        triples.append((article, iri(str(SCHEMA.lastReviewed)), literal(meta.review_date, datatype=str(XSD.date))))
    if meta.updated_by:
        triples.append((article, iri(str(DCTERMS.contributor)), literal(meta.updated_by)))
    triples += [(article, iri(str(DCTERMS.bibliographicCitation)), literal(r)) for r in meta.references]
    topic = iri(str(DKG.relatedHealthTopic))
    triples += [(article, topic, literal(t, lang="en")) for t in meta.related_topics]
    return triples


@dataclass(slots=True)
class GraphBuilder:
    """Merges articles, in the order given, into one graph; a concept named in several is one node."""

    statements: dict[Term, set[Pair]] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)
    _preferred: dict[Term, str] = field(default_factory=dict)  #: concept -> its preferred label
    _names: dict[Term, set[str]] = field(default_factory=dict)  #: concept -> all its labels
    _kinds: dict[Term, set[str]] = field(default_factory=dict)  #: concept -> what it was named as
    _diseases: set[Term] = field(default_factory=set)
    _seen: set[tuple[str, ...]] = field(default_factory=set)

    def add(self, part: ArticleTriples) -> None:
        """Add one article's triples and state the concepts it names."""
        for subject, pairs in part.statements.items():
            self.statements.setdefault(subject, set()).update(pairs)
        self.prefixes |= part.prefixes
        self._diseases.add(iri(str(concept_iri(part.disease))))
        for concept in part.concepts:
            key = (concept.label, concept.kind, *concept.alt_labels)
            if key not in self._seen:
                self._seen.add(key)
                self._add_concept(concept)

    def _state(self, subject: Term, pairs: Iterable[Pair]) -> None:
        pairs = set(pairs)
        self.statements.setdefault(subject, set()).update(pairs)
        self.prefixes |= prefixes_of({subject, *(t for pair in pairs for t in pair)})

    def _add_concept(self, concept: Concept) -> None:
        node = iri(str(concept_iri(concept)))
        preferred = self._preferred.setdefault(node, concept.label)
        names = self._names.setdefault(node, set())
        self._kinds.setdefault(node, set()).add(concept.kind)
        if not names:
            label = literal(concept.label, lang="en")
            self._state(node, ((_PREF, label), (_LABEL, label), (TYPE, _CONCEPT)))
        self._state(node, ((TYPE, cls) for cls in _CLASS_TERMS[concept.kind]))
        for name in (concept.label, *concept.alt_labels):
            names.add(name)
            if name != preferred:
                self._state(node, ((_ALT, literal(name, lang="en")),))

    def finish(self) -> BuiltGraph:
        """Ground every concept by its names and kinds; mark those that match nothing."""
        for node, names in self._names.items():
            matches = ground(sorted(names), kinds=self._kinds[node], exact_allowed=node not in self._diseases)
            self._state(node, ((_EXACT if m.exact else _CLOSE, iri(m.iri)) for m in matches))
            if not matches:
                self._state(node, ((TYPE, _UNGROUNDED),))
        return BuiltGraph(self.statements, frozenset(self.prefixes))


@dataclass(frozen=True, slots=True)
class BuiltGraph:
    """A built graph as rendered triples grouped by subject: written as Turtle, loaded, drawn."""

    statements: Mapping[Term, Collection[Pair]]
    prefixes: frozenset[str]

    def __iter__(self) -> Iterator[Triple]:
        for subject, pairs in self.statements.items():
            for predicate, obj in pairs:
                yield subject, predicate, obj

    def __len__(self) -> int:
        return sum(len(pairs) for pairs in self.statements.values())

    def turtle(self) -> bytes:
        """Deterministic Turtle: the same articles give the same bytes."""
        return write_turtle(self.statements, self.prefixes)

    def instances(self, cls: URIRef) -> int:
        """How many subjects have the class ``cls``."""
        wanted = (TYPE, iri(str(cls)))
        return sum(1 for pairs in self.statements.values() if wanted in pairs)

    def relation_counts(self) -> dict[str, int]:
        """How many links of each relation the graph states."""
        names = {term: name for name, term in _RELATION_TERMS.items()}
        counts = Counter(names[p] for _, p, _ in self if p in names)
        return {name: counts[name] for name in PREDICATES if counts[name]}

    def rdflib(self) -> Graph:
        """The graph in rdflib, for its API (parsed from the Turtle, so it is the very same graph)."""
        return bind_prefixes(Graph()).parse(data=self.turtle(), format="turtle")


def merge(parts: Iterable[ArticleTriples]) -> BuiltGraph:
    """One graph of many articles' triples."""
    builder = GraphBuilder()
    for part in parts:
        builder.add(part)
    return builder.finish()


def build_graph(extractions: Iterable[Extraction]) -> Graph:
    """One rdflib graph for any number of articles; a concept named in several is one node."""
    return merge(article_triples(e) for e in extractions).rdflib()
