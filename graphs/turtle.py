"""A deterministic Turtle writer: sorted, grouped by subject, prefixed; several times faster
than rdflib's serializer on large graphs, and byte-identical for the same graph."""

from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef
from rdflib.term import Node

from graphs.prefixes import PREFIXES

_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_\-.]*[A-Za-z0-9_\-])?")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r\t\b\f\x00-\x1f\x7f]')


def _escape(text: str) -> str:
    return _NEEDS_ESCAPE.sub(lambda m: _ESCAPES.get(m.group(0), f"\\u{ord(m.group(0)):04X}"), text)


class _Terms:
    """Turtle for terms, each rendered once; remembers which prefixes it used."""

    def __init__(self) -> None:
        self._namespaces = sorted(((str(ns), p) for p, ns in PREFIXES.items()), key=lambda n: -len(n[0]))
        self._cache: dict[Node, str] = {}
        self.used: set[str] = set()

    def render(self, term: Node) -> str:
        text = self._cache.get(term)
        if text is None:
            text = self._cache[term] = self._render(term)
        return text

    def _iri(self, iri: str) -> str:
        for namespace, prefix in self._namespaces:
            if iri.startswith(namespace) and _LOCAL.fullmatch(iri[len(namespace) :]):
                self.used.add(prefix)
                return f"{prefix}:{iri[len(namespace) :]}"
        return f"<{iri}>"

    def _render(self, term: Node) -> str:
        if isinstance(term, URIRef):
            return self._iri(str(term))
        if isinstance(term, BNode):
            return f"_:{term}"
        if isinstance(term, Literal):
            quoted = f'"{_escape(str(term))}"'
            if term.language:
                return f"{quoted}@{term.language}"
            if term.datatype and term.datatype != XSD.string:
                return f"{quoted}^^{self._iri(str(term.datatype))}"
            return quoted
        raise TypeError(f"cannot write {term!r} in Turtle")


def serialize_turtle(graph: Graph | Iterable[tuple[Node, Node, Node]]) -> bytes:
    """The graph as Turtle: subjects, predicates (rdf:type first) and objects in sorted order."""
    terms = _Terms()
    rows = sorted((terms.render(s), "a" if p == RDF.type else terms.render(p), terms.render(o)) for s, p, o in graph)
    lines: list[str] = []
    previous_subject = previous_predicate = None
    for subject, predicate, obj in rows:
        if subject != previous_subject:
            if previous_subject is not None:
                lines.append(" .\n\n")
            lines.append(f"{subject} {predicate} {obj}")
        elif predicate != previous_predicate:
            lines.append(f" ;\n    {predicate} {obj}")
        else:
            lines.append(f" ,\n        {obj}")
        previous_subject, previous_predicate = subject, predicate
    if rows:
        lines.append(" .\n")
    header = "".join(f"@prefix {p}: <{PREFIXES[p]}> .\n" for p in sorted(terms.used))
    return (header + ("\n" if header else "") + "".join(lines)).encode("utf-8")
