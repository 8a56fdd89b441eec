"""The queries behind the explorer's views, run on the server's query workers and shaped as JSON.

Every view is a few SPARQL queries with its values bound as parameters (never pasted into the
text), so the explorer reads the same store, with the same time limit, as ``/sparql``.
"""

from __future__ import annotations

import bisect
import contextlib
import json
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from graphs.convert import KIND_OF_CLASS
from graphs.sparql import NamedQuery, WorkerPool

#: How many neighbours of one relation a view sends at a time.
PAGE = 60
#: How many search results a view sends.
RESULTS = 20

_PREFIXES = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX dkg: <https://w3id.org/diseasekg/vocab#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
_NAMES = (
    _PREFIXES
    + """SELECT ?c ?name WHERE {
  ?c a skos:Concept .
  { ?c skos:prefLabel|skos:altLabel ?n . BIND (STR(?n) AS ?name) }
  UNION { ?c skos:exactMatch|skos:closeMatch ?m . BIND (STR(?m) AS ?name) }
}"""
)
_TYPES = _PREFIXES + "SELECT ?c ?label ?type WHERE { ?c a skos:Concept ; skos:prefLabel ?label ; a ?type }"
_EDGES = _PREFIXES + "SELECT ?s ?p ?o WHERE { ?o a skos:Concept . ?s ?p ?o . ?s a skos:Concept }"
_DETAILS = (
    _PREFIXES
    + """SELECT ?c ?p ?o WHERE {
  ?c ?p ?o .
  VALUES ?p { skos:prefLabel skos:altLabel rdf:type skos:exactMatch skos:closeMatch skos:broadMatch skos:narrowMatch
              skos:definition schema:epidemiology schema:expectedPrognosis }
}"""
)
_PAGES = _PREFIXES + "SELECT ?c ?url ?title WHERE { ?page schema:about ?c ; schema:url ?url ; dcterms:title ?title }"
_ABOUT = _PREFIXES + """SELECT DISTINCT ?d WHERE { ?page schema:about ?d }"""
_EVIDENCE = (
    _PREFIXES
    + """SELECT ?s ?p ?o ?section ?text ?source WHERE {
  ?e rdf:subject ?s ; rdf:object ?o ; rdf:predicate ?p ; a dkg:Evidence ;
     dkg:section ?section ; dkg:evidenceText ?text ; prov:wasDerivedFrom ?source .
} ORDER BY ?source ?section ?text"""
)
_KINDS = {str(cls): kind for cls, kind in KIND_OF_CLASS.items()}


class Views:
    """The explorer's views over one served graph."""

    def __init__(self, workers: WorkerPool, timeout: float) -> None:
        self.workers, self.timeout = workers, timeout
        self._diseases: set[str] | None = None
        self._search_index: _Index | None = None
        self._lock = threading.Lock()

    def _select(self, text: str, **values: str | ox.NamedNode) -> list[dict[str, str]]:
        """Run a view's query with ``values`` bound by a VALUES block: Oxigraph plans a query with
        its values inside (0.4 s to under 1 ms for one link's evidence), where it applies
        substitutions after planning. The values are pyoxigraph terms, so an IRI or text can only
        ever be a term: ``NamedNode`` refuses what is not an IRI, and both serialise escaped."""
        if values:
            terms = " ".join(str(v if isinstance(v, ox.NamedNode) else ox.Literal(v)) for v in values.values())
            block = f"VALUES ({' '.join('?' + name for name in values)}) {{ ({terms}) }}"
            head, brace, rest = text.partition("WHERE {")
            text = f"{head}{brace} {block}{rest}"
        output = self.workers.run(text, "SELECT", timeout=self.timeout, result_format="json")
        rows = json.loads(output.data)["results"]["bindings"]
        return [{k: v["value"] for k, v in row.items()} for row in rows]

    def diseases(self) -> set[str]:
        if self._diseases is None:
            self._diseases = {row["d"] for row in self._select(_ABOUT)}
        return self._diseases

    def prepare(self) -> None:
        """Read what search needs now, so that the first search does not wait for it."""
        with contextlib.suppress(Exception):  # a failure here shows at the first search instead
            self._index()

    def search(self, query: str) -> list[dict[str, Any]]:
        """Concepts whose label, alternative label or identifier holds ``query``, best first:
        a name that is the query, then one that starts with it, then one that holds it; shorter
        labels first. Searched in memory: the names are read from the store once."""
        wanted = " ".join(query.casefold().split())
        if len(wanted) < 2:
            return []
        needle = wanted.replace(":", "_") if _looks_like_curie(wanted) else wanted
        index = self._index()
        found: dict[str, tuple[int, str]] = {}
        for name, iri in index.holding(needle):
            rank = 0 if name == needle or name.endswith("/" + needle) else 1 if name.startswith(needle) else 2
            if iri not in found or rank < found[iri][0]:
                found[iri] = (rank, name)
        ordered = sorted(found, key=lambda i: (found[i][0], -index.degree.get(i, 0), index.labels[i].casefold()))
        return [
            {
                "iri": iri,
                "label": index.labels[iri],
                "matched": found[iri][1],
                "kind": index.kinds[iri],
                "links": index.degree.get(iri, 0),
            }
            for iri in ordered[:RESULTS]
        ]

    def top(self, count: int = 40) -> list[dict[str, Any]]:
        """The most connected concepts: where a graph of a thousand diseases opens."""
        index = self._index()
        ordered = sorted(index.labels, key=lambda i: (-index.degree.get(i, 0), index.labels[i].casefold()))
        return [
            {"iri": i, "label": index.labels[i], "kind": index.kinds[i], "links": index.degree.get(i, 0)}
            for i in ordered[:count]
        ]

    def _index(self) -> _Index:
        with self._lock:
            return self._read_index()

    def _read_index(self) -> _Index:
        if self._search_index is None:
            labels: dict[str, str] = {}
            types: dict[str, set[str]] = defaultdict(set)
            for row in self._select(_TYPES):
                labels[row["c"]] = row["label"]
                types[row["c"]].add(row["type"])
            diseases = self.diseases()
            kinds = {iri: _kind(iri, types[iri], diseases) for iri in labels}
            names = sorted({(row["name"].casefold(), row["c"]) for row in self._select(_NAMES) if row["c"] in labels})
            degree: Counter[str] = Counter()
            links: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
            for row in self._select(_EDGES):
                degree[row["s"]] += 1
                degree[row["o"]] += 1
                relation = _local(row["p"])
                links[row["s"]].append((row["o"], relation, "out"))
                links[row["o"]].append((row["s"], relation, "in"))
            self._search_index = _Index.of(tuple(names), labels, kinds, degree, dict(links))
        return self._search_index

    def _details(self, iri: str) -> dict[str, Any]:
        fields: dict[str, list[str]] = defaultdict(list)
        for row in self._select(_DETAILS, c=ox.NamedNode(iri)):
            fields[row["p"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]].append(row["o"])
        types = sorted(fields.get("type", []))
        kind = _kind(iri, set(types), self.diseases())
        return {
            "iri": iri,
            "label": (fields.get("prefLabel") or [iri.rsplit("/", 1)[-1]])[0],
            "alt_labels": sorted(fields.get("altLabel", [])),
            "types": types,
            "kind": kind,
            "exact": sorted(fields.get("exactMatch", [])),
            "close": sorted(fields.get("closeMatch", [])),
            "broad": sorted(fields.get("broadMatch", [])),
            "narrow": sorted(fields.get("narrowMatch", [])),
            "definition": sorted(fields.get("definition", [])),
            "prognosis": sorted(fields.get("expectedPrognosis", [])),
        }

    def concept(self, iri: str, group: str = "", offset: int = 0) -> dict[str, Any]:
        """A concept, and its links grouped by direction and relation, a page of each at a time:
        the details from the store, the links from those read at start-up."""
        view = self._details(iri)
        view["pages"] = [{"url": r["url"], "title": r["title"]} for r in self._select(_PAGES, c=ox.NamedNode(iri))]
        index = self._index()
        groups: dict[str, set[str]] = defaultdict(set)
        for neighbour, relation, direction in index.links.get(iri, ()):
            groups[f"{direction}:{relation}"].add(neighbour)
        view["groups"] = []
        for key, members in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])):
            start = offset if key == group else 0
            ordered = sorted(members, key=lambda n: (index.labels[n].casefold(), n))
            direction, relation = key.split(":", 1)
            page = [{"iri": n, "label": index.labels[n], "kind": index.kinds[n]} for n in ordered[start : start + PAGE]]
            view["groups"].append(
                {
                    "key": key,
                    "direction": direction,
                    "relation": relation,
                    "count": len(ordered),
                    "offset": start,
                    "nodes": page,
                }
            )
        return view

    def paths(self, start: str, end: str, *, most: int = 5, longest: int = 4) -> dict[str, Any]:
        """The shortest paths between two concepts, up to ``most`` of them and ``longest`` links
        long, each step with its relation and direction (the page fetches each step's evidence).
        Found breadth-first from both ends over the links read for search, so no query runs."""
        index = self._index()
        if start not in index.labels or end not in index.labels:
            raise ValueError("both ends must be concepts of the graph")
        paths = _shortest_paths(index.links, start, end, most=most, longest=longest)

        def node(iri: str) -> dict[str, str]:
            return {"iri": iri, "label": index.labels[iri], "kind": index.kinds[iri]}

        return {
            "from": node(start),
            "to": node(end),
            "paths": [
                [
                    {"from": node(a), "to": node(b), "relation": relation, "direction": direction}
                    for a, b, relation, direction in path
                ]
                for path in paths
            ],
        }

    def compare(self, iris: list[str]) -> dict[str, Any]:
        """What two to five concepts (diseases, mostly) link to, per relation: what all of them
        share, what several do, and what only one has. From the links read for search."""
        index = self._index()
        iris = list(dict.fromkeys(iris))
        if not 2 <= len(iris) <= 5 or any(i not in index.labels for i in iris):
            raise ValueError("compare two to five concepts of the graph")

        def node(iri: str) -> dict[str, str]:
            return {"iri": iri, "label": index.labels[iri], "kind": index.kinds[iri]}

        by_relation: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for iri in iris:
            for neighbour, relation, direction in index.links.get(iri, ()):
                if direction == "out":
                    by_relation[relation][neighbour].add(iri)
        relations = []
        for relation, holders in sorted(by_relation.items()):
            ordered = sorted(holders, key=lambda n: index.labels.get(n, n).casefold())
            relations.append(
                {
                    "relation": relation,
                    "all": [node(n) for n in ordered if len(holders[n]) == len(iris)],
                    "several": [
                        {**node(n), "of": sorted(holders[n])} for n in ordered if 1 < len(holders[n]) < len(iris)
                    ],
                    "only": {i: [node(n) for n in ordered if holders[n] == {i}] for i in iris},
                }
            )
        return {"concepts": [node(i) for i in iris], "relations": relations}

    def examples(self, queries: Iterable[NamedQuery]) -> list[dict[str, str]]:
        """The named queries as examples for the SPARQL page, each parameter bound in a VALUES
        block to a value this graph has (the most linked disease, its most linked sign)."""
        index = self._index()
        diseases = sorted(self.diseases() & set(index.labels), key=lambda d: (-index.degree[d], d))
        disease = index.labels[diseases[0]] if diseases else "asthma"
        findings = [i for i in index.labels if index.kinds[i] == "finding"]
        finding = index.labels[max(findings, key=lambda f: (index.degree[f], f))] if findings else "fever"
        values = {"disease": disease, "subject": disease, "symptom": finding, "object": finding, "concept": finding}
        values |= {"factor": "smoking", "id": "HP:0001945"}
        examples = []
        for query in queries:
            text = query.text
            if query.params:
                names = [name for name, _ in query.params]
                terms = " ".join(json.dumps(values.get(name, "")) for name in names)
                block = (
                    f"VALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }}  # change the value to ask of another"
                )
                head, brace, rest = text.partition("WHERE {")
                text = f"{head}{brace}\n  {block}{rest}" if brace else text
            examples.append({"name": query.name, "description": query.description, "text": text})
        return examples

    def evidence(self, subject: str, predicate: str, obj: str) -> list[dict[str, str]]:
        """The passages behind one link."""
        rows = self._select(_EVIDENCE, s=ox.NamedNode(subject), p=ox.NamedNode(predicate), o=ox.NamedNode(obj))
        return [{"section": r["section"], "text": r["text"], "source": r["source"]} for r in rows]


@dataclass(frozen=True, slots=True)
class _Index:
    """What search reads: (name in lower case, concept) pairs, and each concept's label, kind, links."""

    names: tuple[tuple[str, str], ...]
    labels: dict[str, str]
    kinds: dict[str, str]
    degree: Counter[str]
    links: dict[str, list[tuple[str, str, str]]]  #: concept -> (neighbour, relation, "out" or "in")
    text: str = ""  #: every name, one a line, to be searched in one pass
    starts: tuple[int, ...] = ()  #: where each name's line starts in ``text``

    @classmethod
    def of(cls, names: tuple[tuple[str, str], ...], *parts: Any) -> _Index:
        text = "\n".join(name.replace("\n", " ") for name, _ in names)
        starts, at = [], 0
        for name, _ in names:
            starts.append(at)
            at += len(name) + 1
        return cls(names, *parts, text=text, starts=tuple(starts))

    def holding(self, needle: str) -> Iterator[tuple[str, str]]:
        """The (name, concept) pairs whose name holds ``needle``: one scan of the joined names."""
        seen = -1
        at = self.text.find(needle)
        while at >= 0:
            line = bisect.bisect_right(self.starts, at) - 1
            if line != seen:
                seen = line
                yield self.names[line]
            at = self.text.find(needle, at + 1)


def _kind(iri: str, types: set[str], diseases: set[str]) -> str:
    """The nature the views colour a node by (``graphs.convert.KIND_OF_CLASS``); an article's disease first."""
    if iri in diseases:
        return "disease"
    return next((kind for cls, kind in _KINDS.items() if cls in types), "other")


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _shortest_paths(
    links: dict[str, list[tuple[str, str, str]]], start: str, end: str, *, most: int, longest: int
) -> list[list[tuple[str, str, str, str]]]:
    """Up to ``most`` shortest paths as steps (from, to, relation, direction), in a stable order.

    >>> links = {"a": [("b", "r", "out")], "b": [("a", "r", "in"), ("c", "s", "out")], "c": [("b", "s", "in")]}
    >>> _shortest_paths(links, "a", "c", most=5, longest=4)
    [[('a', 'b', 'r', 'out'), ('b', 'c', 's', 'out')]]
    """
    if start == end:
        return []
    parents: dict[str, list[tuple[str, str, str]]] = {start: []}
    frontier = [start]
    for _ in range(longest):
        reached: dict[str, list[tuple[str, str, str]]] = {}
        for node in frontier:
            for neighbour, relation, direction in sorted(links.get(node, ())):
                if neighbour not in parents:
                    reached.setdefault(neighbour, []).append((node, relation, direction))
        if not reached:
            return []
        parents.update(reached)
        if end in reached:
            break
        frontier = sorted(reached)
    else:
        if end not in parents:
            return []

    def back(node: str) -> list[list[tuple[str, str, str, str]]]:
        if node == start:
            return [[]]
        found = []
        for parent, relation, direction in parents[node]:
            for path in back(parent):
                found.append([*path, (parent, node, relation, direction)])
                if len(found) >= most:
                    return found
        return found

    return back(end)[:most] if end in parents else []


def _looks_like_curie(text: str) -> bool:
    prefix, _, local = text.partition(":")
    return bool(prefix) and prefix.isalpha() and local.isdigit()
