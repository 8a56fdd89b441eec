"""One node per thing: which of the label-named nodes of a build are the same concept.

Extraction names concepts by their wording; two wordings of one thing ("Paleness", "Pale skin")
are one node when both are the same ontology term, and a concept that is the disease of an
article (by its name, an alternative name or the same MONDO term) is that article's node. The
node then takes the ontology's label (the article's wordings become alternative labels), and its
nature from the ontology's branch or its roles (``natures``). Ungrounded concepts keep label
identity. A broader MONDO term present in the graph is linked from its narrower diseases by
skos:broader, never merged with them.

Identifiers never contradict: a node states at most one exact term of each ontology (its
identity), and no term is the exact match of two nodes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from extract import shipped
from extract.ground import Match, ground
from extract.model import concept_key
from extract.organisms import names_an_organism
from graphs.natures import IDENTITY_SOURCES, Nature, nature_of
from graphs.turtle import Term, iri
from ontology import CONCEPT


@dataclass(slots=True)
class Named:
    """What the articles said of one label-named node."""

    label: str  #: the first label it was named with
    kinds: Counter[str] = field(default_factory=Counter)  #: role -> articles that named it so
    labels: set[str] = field(default_factory=set)
    alt_labels: set[str] = field(default_factory=set)  #: "(petechiae)", "also called ..."
    disease: bool = False  #: the disease an article is about (its alternative names are its own)
    articles: set[Term] = field(default_factory=set)  #: the diseases of the articles that name it


@dataclass(frozen=True, slots=True)
class Node:
    """A node of the built graph, once identity is settled."""

    label: str
    alt_labels: tuple[str, ...]
    nature: Nature
    matches: tuple[Match, ...]
    identity: str = ""  #: the CURIE it is, or ""


@dataclass(frozen=True, slots=True)
class Resolution:
    """Old node -> the node it is now; the nodes; narrower -> broader links from MONDO."""

    renamed: Mapping[Term, Term]
    nodes: Mapping[Term, Node]
    broader: tuple[Broader, ...]


@dataclass(frozen=True, slots=True)
class Broader:
    """A narrower node, the broader node MONDO places it under, and the two terms that say so."""

    narrower: Term
    broader: Term
    narrower_term: str
    broader_term: str


@dataclass(slots=True)
class _Grounded:
    matches: dict[str, Match]
    nature: Nature
    identity: str
    kept_alts: tuple[str, ...]


def resolve(named: Mapping[Term, Named]) -> Resolution:
    """Settle identity over every node a build named; pure, deterministic in the input's order."""
    grounded = {node: _ground(info) for node, info in named.items()}
    groups = _groups(named, grounded)
    renamed: dict[Term, Term] = {}
    nodes: dict[Term, Node] = {}
    taken = set(named)
    for head, members in groups.items():
        target, node = _merge(head, members, named, grounded, taken)
        taken.add(target)
        nodes[target] = node
        for member in members:
            if member != target:
                renamed[member] = target
    nodes = _without_contradictions(nodes)
    return Resolution(renamed, nodes, _broader(nodes))


def _ground(info: Named) -> _Grounded:
    labels = sorted(info.labels) or [info.label]
    kinds = set(info.kinds)
    found = {m.iri: m for m in ground(labels, kinds=kinds, exact_allowed=not info.disease)}
    if info.disease and not _identity(found.values(), "condition"):
        # Only when its title names no term: an article's alternative names also list its kinds
        # ("Diabetes": "Type 1 diabetes; Gestational diabetes"), which are not the disease itself.
        names = labels + sorted(info.alt_labels)
        found = {m.iri: m for m in ground(names, kinds=kinds, exact_allowed=False)}
        if not _identity(found.values(), "condition"):
            found.update((m.iri, m) for m in ground(_disease_variants(labels, names), kinds=kinds, exact_allowed=False))
    alts = sorted(info.alt_labels) if not info.disease else []
    alt_found = {a: ground([a], kinds=kinds) for a in alts}
    if not any(m.curie and m.grounds for m in found.values()):
        for matches in alt_found.values():  # "Pinpoint red spots on the skin (petechiae)"
            for m in matches:
                found.setdefault(m.iri, m)
    organism = any(names_an_organism(label) for label in labels)
    nature = nature_of(info.kinds, _prefixes(found.values()), info.disease, organism=organism)
    if nature == "organism":  # a term found for it names its infection ("Hepatitis D virus"), not it
        found, alt_found = {}, {a: () for a in alts}
    identity = _identity(found.values(), nature)
    if info.disease:  # an article's own alternative names are names of its disease
        kept = tuple(sorted(info.alt_labels))
    else:  # another wording's: only if it names nothing else
        kept = tuple(
            a for a in alts if identity in {m.curie for m in alt_found[a]} or not any(m.curie for m in alt_found[a])
        )
    if identity:
        nature = nature_of(info.kinds, (identity.split(":", 1)[0],), info.disease, identified=True)
    return _Grounded(found, nature, identity, kept)


def _disease_variants(titles: list[str], names: list[str]) -> list[str]:
    """Other ways to say an article's disease: a name without the one word its parenthesis adds
    ("Benign prostatic hyperplasia (hypertrophy)", not "Cancer - thyroid (medullary carcinoma)",
    whose parenthesis says which), and a title that names a germ as its infection ("Chlamydia":
    chlamydia infection)."""
    plain = [re.sub(r"\s*\(\w+\)", "", n).strip() for n in names]
    infections = [f"{t} infection" for t in titles if t and " " not in t]
    return sorted({*plain, *infections} - set(names))


def _prefixes(matches: Iterable[Match]) -> tuple[str, ...]:
    return tuple(sorted({m.curie.split(":", 1)[0] for m in matches if m.curie and m.grounds}))


def _identity(matches: Iterable[Match], nature: Nature) -> str:
    """The one term a node is: an exact match of the ontology its nature looks in first, the only
    one there. MONDO's file gives synonyms without their scope, so a synonym naming one MONDO
    term only is taken as that term (and stated as a close match)."""
    for prefix in IDENTITY_SOURCES.get(nature, ()):
        candidates = [m for m in matches if m.curie.startswith(prefix + ":")]
        exact = {m.curie for m in candidates if m.exact}
        if len(exact) == 1:
            return exact.pop()
        close = {m.curie for m in candidates if m.strength == "close"}
        if not exact and prefix == "MONDO" and len(close) == 1:
            return close.pop()
    return ""


def _groups(named: Mapping[Term, Named], grounded: Mapping[Term, _Grounded]) -> dict[Term, list[Term]]:
    """Head -> members: diseases first, each with what names it; then one group per term."""
    diseases = [node for node, info in named.items() if info.disease]
    by_name: dict[str, set[Term]] = {}
    by_term: dict[str, set[Term]] = {}
    for node in diseases:
        for name in (named[node].label, *named[node].labels, *named[node].alt_labels):
            by_name.setdefault(concept_key(name), set()).add(node)
        if grounded[node].identity:
            by_term.setdefault(grounded[node].identity, set()).add(node)
    groups: dict[Term, list[Term]] = {node: [node] for node in diseases}
    term_groups: dict[str, list[Term]] = {}
    for node, info in named.items():
        if info.disease:
            continue
        identity = grounded[node].identity
        # An article that names a concept beside its disease says they are two things ("Tophi"
        # is one of gout's alternative names, and a symptom in gout's article).
        owners = by_name.get(concept_key(info.label), set()) - info.articles
        if not owners and identity:
            owners = by_term.get(identity, set()) - info.articles
        if owners and len(owners) == 1:
            groups[next(iter(owners))].append(node)
        elif identity:
            term_groups.setdefault(identity, []).append(node)
        else:
            groups[node] = [node]
    for _term, members in sorted(term_groups.items()):
        groups[members[0]] = members
    return groups


def _merge(
    head: Term, members: list[Term], named: Mapping[Term, Named], grounded: Mapping[Term, _Grounded], taken: set[Term]
) -> tuple[Term, Node]:
    info, ground_head = named[head], grounded[head]
    matches: dict[str, Match] = {}
    kinds: Counter[str] = Counter()
    labels: list[str] = []
    alts: list[str] = []
    for member in members:
        kinds.update(named[member].kinds)
        labels += [named[member].label, *sorted(named[member].labels)]
        alts += grounded[member].kept_alts
        for m in grounded[member].matches.values():
            old = matches.get(m.iri)
            if old is None or (m.exact and not old.exact):
                matches[m.iri] = m
    identity = ground_head.identity
    target, label = head, info.label
    if info.disease:
        nature = ground_head.nature
    else:
        prefixes = (identity.split(":", 1)[0],) if identity else _prefixes(matches.values())
        nature = (
            nature_of(kinds, prefixes, False, identified=bool(identity), organism=any(map(names_an_organism, labels)))
            if len(members) > 1
            else ground_head.nature
        )
        if identity:
            label = _ontology_label(identity, matches.values()) or info.label
            target = iri(str(CONCEPT[concept_key(label) or "unnamed"]))
            if target in taken and target not in members:  # another node's name, or another term's
                target = head
    alt_labels = tuple(sorted({n for n in (*labels, *alts) if n != label}))
    return target, Node(label, alt_labels, nature, _settled(matches, identity), identity)


def _ontology_label(identity: str, matches: Iterable[Match]) -> str:
    label = next((m.label for m in matches if m.curie == identity and m.label), "")
    if identity.startswith("CHEBI:"):
        label = label.removesuffix(" atom")
    return label[:1].upper() + label[1:] if label[:1].islower() else label


def _settled(matches: Mapping[str, Match], identity: str) -> tuple[Match, ...]:
    """At most one exact term of each ontology, the identity: any rival is a close match."""
    settled = []
    for m in sorted(matches.values(), key=lambda m: m.iri):
        if m.exact and m.curie and m.curie != identity:
            prefix = m.curie.split(":", 1)[0] + ":"
            exact_there = sum(1 for o in matches.values() if o.exact and o.curie.startswith(prefix))
            if identity.startswith(prefix) or exact_there > 1:
                m = replace(m, strength="close")
        settled.append(m)
    return tuple(settled)


def _without_contradictions(nodes: dict[Term, Node]) -> dict[Term, Node]:
    """A term stated as the exact match of two nodes stays exact only on the one it is the identity of."""
    holders: dict[str, list[Term]] = {}
    for node, data in nodes.items():
        for m in data.matches:
            if m.exact:
                holders.setdefault(m.iri, []).append(node)
    shared = {i: held for i, held in holders.items() if len(held) > 1}
    if not shared:
        return nodes
    keeper: dict[str, Term] = {}  # the one node a shared term stays exact on, if any
    for term_iri, held in shared.items():
        own = [n for n in held if any(m.iri == term_iri and m.curie == nodes[n].identity for m in nodes[n].matches)]
        named = [n for n in own if any(m.iri == term_iri and _same_name(m, nodes[n].label) for m in nodes[n].matches)]
        if len(own) == 1:
            keeper[term_iri] = own[0]
        elif len(named) == 1:
            keeper[term_iri] = named[0]
    settled = {}
    for node, data in nodes.items():
        if any(m.iri in shared for m in data.matches):
            matches = tuple(
                replace(m, strength="close") if m.exact and m.iri in shared and keeper.get(m.iri) != node else m
                for m in data.matches
            )
            data = replace(data, matches=matches)
        settled[node] = data
    return settled


def _same_name(match: Match, label: str) -> bool:
    return bool(match.label) and concept_key(match.label) == concept_key(label)


def _broader(nodes: Mapping[Term, Node]) -> tuple[Broader, ...]:
    """Narrower -> the nearest broader MONDO terms that are nodes of this graph."""
    present: dict[str, Term] = {}
    for node, data in nodes.items():
        if data.identity.startswith("MONDO:"):
            present.setdefault(data.identity, node)
    if len(present) < 2:
        return ()
    ancestors = shipped.ancestors("MONDO")
    links = []
    for curie, node in sorted(present.items()):
        above = [a for a in ancestors.get(curie, {}) if a in present and present[a] != node]
        nearest = [a for a in above if not any(a in ancestors.get(b, {}) for b in above if b != a)]
        links += [Broader(node, present[a], curie, a) for a in sorted(nearest)]
    return tuple(links)
