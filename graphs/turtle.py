"""Terms as Turtle writes them, and a deterministic Turtle writer over them.

A build renders its triples straight to these strings, so that a graph of a thousand articles is
sorted and joined, never held in an rdflib store; rdflib graphs (read from files) are written
through the same functions, so the same graph always gives the same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping
from functools import lru_cache
from typing import TypeAlias

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from graphs.prefixes import PREFIXES

#: A term as Turtle writes it: ``prefix:local``, ``<iri>``, ``"text"@en`` or ``"1"^^xsd:integer``.
Term: TypeAlias = str
#: A triple of rendered terms; the predicate rdf:type is written ``a``.
Triple: TypeAlias = tuple[Term, Term, Term]
#: A predicate and an object, rendered.
Pair: TypeAlias = tuple[Term, Term]
#: Triples grouped by subject.
Statements: TypeAlias = Mapping[Term, Collection[Pair]]

TYPE = "a"
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_\-.]*[A-Za-z0-9_\-])?")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r\t\b\f\x00-\x1f\x7f]')
_UNESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
#: What an IRI cannot hold; percent-encoded if an IRI from outside does.
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`]')
_UNESCAPES = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
#: Longest namespace first, so that ``obo:`` never takes what a longer namespace names.
_NAMESPACES = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda n: -len(n[0]))
_EXPANSIONS = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
_XSD_STRING = str(XSD.string)


def _escape(text: str) -> str:
    return _NEEDS_ESCAPE.sub(lambda m: _ESCAPES.get(m.group(0), f"\\u{ord(m.group(0)):04X}"), text)


@lru_cache(maxsize=1 << 16)
def iri(value: str) -> Term:
    """An IRI, as a prefixed name when a known namespace and a plain local name allow."""
    for namespace, prefix in _NAMESPACES:
        if value.startswith(namespace) and _LOCAL.fullmatch(value[len(namespace) :]):
            return f"{prefix}:{value[len(namespace) :]}"
    return f"<{_NOT_IN_IRI.sub(lambda m: f'%{ord(m.group(0)):02X}', value)}>"


def literal(value: str, *, lang: str | None = None, datatype: str | None = None) -> Term:
    """A literal: plain, language-tagged or typed (``xsd:string`` is written plain)."""
    quoted = f'"{_escape(value)}"'
    if lang:
        return f"{quoted}@{lang}"
    if datatype and datatype != _XSD_STRING:
        return f"{quoted}^^{iri(datatype)}"
    return quoted


def term(node: Node) -> Term:
    """An rdflib term as Turtle."""
    if isinstance(node, URIRef):
        return iri(str(node))
    if isinstance(node, BNode):
        return f"_:{node}"
    if isinstance(node, Literal):
        return literal(str(node), lang=node.language, datatype=str(node.datatype) if node.datatype else None)
    raise TypeError(f"cannot write {node!r} in Turtle")


def value_of(rendered: Term) -> str:
    """The plain value a rendered term stands for: the IRI, or the literal's text."""
    if rendered == TYPE:
        return str(RDF.type)
    if rendered.startswith('"'):
        end = rendered.rindex('"')
        text = rendered[1:end]
        return _UNESCAPE.sub(_unescape_one, text) if "\\" in text else text
    if rendered.startswith("<"):
        return rendered[1:-1]
    prefix, _, local = rendered.partition(":")
    return _EXPANSIONS[prefix] + local if prefix in _EXPANSIONS else rendered


def _unescape_one(match: re.Match[str]) -> str:
    code = match.group(1) or match.group(2)
    if code:
        return chr(int(code, 16))
    return _UNESCAPES.get(match.group(3), match.group(3))


def rdflib_triples(graph: Graph) -> Iterable[Triple]:
    """An rdflib graph's triples, rendered."""
    for s, p, o in graph:
        yield term(s), TYPE if p == RDF.type else term(p), term(o)


def group(triples: Iterable[Triple]) -> Statements:
    """Triples grouped by subject, as the writer and the drawing read them."""
    statements: dict[Term, set[Pair]] = {}
    for s, p, o in triples:
        statements.setdefault(s, set()).add((p, o))
    return statements


def prefixes_of(terms: Iterable[Term]) -> set[str]:
    """The prefixes a set of rendered terms uses (a typed literal uses its datatype's)."""
    used = set()
    for rendered in terms:
        if rendered.startswith('"'):
            tail = rendered[rendered.rindex('"') + 1 :]
            rendered = tail[2:] if tail.startswith("^^") else ""
        if rendered and rendered != TYPE and not rendered.startswith(("<", "_:")):
            used.add(rendered.partition(":")[0])
    return used


def write_turtle(statements: Statements, prefixes: Iterable[str] | None = None) -> bytes:
    """Turtle: subjects, predicates (``a`` first) and objects in sorted order.

    ``prefixes`` are those the terms use, when the caller kept count; otherwise they are found.
    """
    return b"".join(write_turtle_parts(statements, prefixes))


def write_turtle_parts(
    statements: Statements, prefixes: Iterable[str] | None = None, size: int = 1 << 62
) -> Iterator[bytes]:
    r"""The bytes ``write_turtle`` gives, in parts of about ``size`` bytes cut between subjects'
    blocks, so that a reader can take the first while the rest are written.

    >>> list(write_turtle_parts({"a:s": {("a:p", "1")}, "a:t": {("a:p", "2")}}, ["dkg"], size=10))
    [b'@prefix dkg: <https://w3id.org/diseasekg/vocab#> .\n\na:s a:p 1 .\n', b'\na:t a:p 2 .\n']
    """
    if prefixes is None:
        prefixes = prefixes_of({t for s, pairs in statements.items() for pair in pairs for t in (s, *pair)})
    header = "".join(f"@prefix {p}: <{PREFIXES[p]}> .\n" for p in sorted(prefixes))
    chunks, length, separator = [header], len(header), "\n" if header else ""
    for subject in sorted(statements):
        parts, previous = [], None
        for predicate, obj in sorted(statements[subject]):
            if predicate == previous:
                parts.append(f" ,\n        {obj}")
            else:
                parts.append(f" ;\n    {predicate} {obj}" if previous is not None else f"{predicate} {obj}")
                previous = predicate
        block = f"{separator}{subject} {''.join(parts)} .\n"
        separator = "\n"
        chunks.append(block)
        length += len(block)
        if length >= size:
            yield "".join(chunks).encode("utf-8")
            chunks, length = [], 0
    if rest := "".join(chunks):
        yield rest.encode("utf-8")


def serialize_turtle(graph: Graph) -> bytes:
    """An rdflib graph as deterministic Turtle."""
    return write_turtle(group(rdflib_triples(graph)))
