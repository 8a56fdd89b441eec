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

from extract import shipped
from extract.model import Concept, Extraction, Mention, Relation
from graphs.identity import Broader, Named, resolve
from graphs.natures import CLASSES as NATURE_CLASSES
from graphs.prefixes import bind_prefixes
from graphs.turtle import (
    TYPE,
    Pair,
    Statements,
    Term,
    Triple,
    group,
    iri,
    literal,
    prefixes_of,
    write_turtle,
    write_turtle_parts,
)
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


#: Text facts -> their predicates.
FACT_PREDICATES = {
    "definition": SKOS.definition,
    "epidemiology": SCHEMA.epidemiology,
    "expectedPrognosis": SCHEMA.expectedPrognosis,
}


#: The same tables, rendered once.
_RELATION_TERMS = {relation: iri(str(predicate)) for relation, predicate in PREDICATES.items()}
_NATURE_TERMS = {nature: tuple(iri(str(c)) for c in classes) for nature, classes in NATURE_CLASSES.items()}
_FACT_TERMS = {kind: iri(str(predicate)) for kind, predicate in FACT_PREDICATES.items()}
_PREF, _ALT, _LABEL = iri(str(SKOS.prefLabel)), iri(str(SKOS.altLabel)), iri(str(RDFS.label))
_CONCEPT, _ABOUT = iri(str(SKOS.Concept)), iri(str(SCHEMA.about))
_EVIDENCE, _UNGROUNDED = iri(str(DKG.Evidence)), iri(str(DKG.UngroundedConcept))
_MATCH_TERMS = {
    "exact": iri(str(SKOS.exactMatch)),
    "close": iri(str(SKOS.closeMatch)),
    "broad": iri(str(SKOS.broadMatch)),
    "narrow": iri(str(SKOS.narrowMatch)),
}
_BROADER = iri(str(SKOS.broader))
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
    """Merges articles, in the order given, into one graph: one node per thing (``identity``)."""

    statements: dict[Term, set[Pair]] = field(default_factory=dict)
    prefixes: set[str] = field(default_factory=set)
    _named: dict[Term, Named] = field(default_factory=dict)

    def add(self, part: ArticleTriples) -> None:
        """Add one article's triples and what it names each concept as."""
        for subject, pairs in part.statements.items():
            self.statements.setdefault(subject, set()).update(pairs)
        self.prefixes |= part.prefixes
        disease = iri(str(concept_iri(part.disease)))
        for concept in part.concepts:
            node = iri(str(concept_iri(concept)))
            named = self._named.get(node)
            if named is None:
                named = self._named[node] = Named(concept.label)
            named.kinds[concept.kind] += 1
            named.labels.add(concept.label)
            named.alt_labels.update(concept.alt_labels)
            named.articles.add(disease)
        self._named[disease].disease = True

    def finish(self) -> BuiltGraph:
        """Settle identity and grounding over every article, then state each node once."""
        resolution = resolve(self._named)
        statements = _renamed(self.statements, resolution.renamed) if resolution.renamed else self.statements
        prefixes = set(self.prefixes)
        for node, data in resolution.nodes.items():
            label = literal(data.label, lang="en")
            pairs = {(_PREF, label), (_LABEL, label), (TYPE, _CONCEPT)}
            pairs.update((TYPE, cls) for cls in _NATURE_TERMS[data.nature])
            pairs.update((_ALT, literal(name, lang="en")) for name in data.alt_labels)
            pairs.update((_MATCH_TERMS[m.strength], iri(m.iri)) for m in data.matches)
            if not data.matches:
                pairs.add((TYPE, _UNGROUNDED))
            statements.setdefault(node, set()).update(pairs)
            prefixes |= prefixes_of({node, *(t for pair in pairs for t in pair)})
        for subject, pairs in _ontology_broader(resolution.broader).items():
            statements.setdefault(subject, set()).update(pairs)
            prefixes |= prefixes_of({subject, *(t for pair in pairs for t in pair)})
        return BuiltGraph(statements, frozenset(prefixes))


def _ontology_broader(links: Iterable[Broader]) -> dict[Term, set[Pair]]:
    """skos:broader from MONDO's hierarchy, each with evidence that names the release and the terms."""
    links = list(links)
    if not links:
        return {}
    release = shipped.releases().get("MONDO", "")
    dataset = iri(f"http://purl.obolibrary.org/obo/mondo/releases/{release.removeprefix('v')}/mondo.owl")
    labels = shipped.labels("MONDO")
    statements: dict[Term, set[Pair]] = {
        dataset: {
            (TYPE, iri(str(SCHEMA.Dataset))),
            (iri(str(DCTERMS.title)), literal(f"Mondo Disease Ontology {release}", lang="en")),
        }
    }
    for link in links:
        text = f"{link.narrower_term} {labels.get(link.narrower_term, '')} is a {link.broader_term} "
        text += f"{labels.get(link.broader_term, '')} (MONDO {release})"
        key = "\x1f".join((link.narrower, link.broader, link.narrower_term, link.broader_term))
        node = iri(EVIDENCE[hashlib.sha256(key.encode()).hexdigest()[:20]])
        statements.setdefault(link.narrower, set()).add((_BROADER, link.broader))
        statements[node] = {
            (TYPE, _EVIDENCE),
            (TYPE, _STATEMENT),
            (_SUBJECT, link.narrower),
            (_PREDICATE, _BROADER),
            (_OBJECT, link.broader),
            (_DERIVED, dataset),
            (_SECTION, literal("MONDO")),
            (_TEXT, literal(text)),
        }
    return statements


def _renamed(statements: Mapping[Term, set[Pair]], renamed: Mapping[Term, Term]) -> dict[Term, set[Pair]]:
    """Every statement with merged nodes under their new names. A link that merging turns into a
    link of a node to itself ("Diabetes" a complication of the diabetes it names) is dropped with
    its evidence: it said only that two wordings are one thing."""
    relations = frozenset(_RELATION_TERMS.values())
    out: dict[Term, set[Pair]] = {}
    for subject, pairs in statements.items():
        new_subject = renamed.get(subject, subject)
        if subject not in renamed and not any(o in renamed for _, o in pairs):
            out.setdefault(new_subject, set()).update(pairs)
            continue
        moved = {(p, renamed.get(o, o)) for p, o in pairs}
        if subject.startswith("evidence:") and _is_loop(moved, relations):
            continue
        out.setdefault(new_subject, set()).update((p, o) for p, o in moved if not (o == new_subject and p in relations))
    return out


def _is_loop(pairs: set[Pair], relations: frozenset[Term]) -> bool:
    fields = dict(pairs)
    return fields.get(_SUBJECT) == fields.get(_OBJECT) and fields.get(_PREDICATE) in relations


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

    def turtle_parts(self, size: int) -> Iterator[bytes]:
        """``turtle()`` in parts of about ``size`` bytes, cut between subjects."""
        return write_turtle_parts(self.statements, self.prefixes, size)

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
