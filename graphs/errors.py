"""Errors of reading, checking and writing graphs (see ``extract.errors`` for the whole tree)."""

from __future__ import annotations

from dataclasses import dataclass

from extract.errors import DiseaseKGError


class GraphError(DiseaseKGError):
    """Something went wrong with a graph rather than with an article."""

    exit_code = 5


@dataclass
class GraphReadError(GraphError, ValueError):
    """A graph file is missing or is not valid RDF in the format its name says."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class UnknownFormat(GraphError, ValueError):
    """An export or input format diseasekg does not know."""

    name: str
    known: tuple[str, ...]

    def __str__(self) -> str:
        return f"unknown format {self.name!r}; choose one of {', '.join(self.known)}"


@dataclass
class OutputError(GraphError):
    """An output file could not be written."""

    target: str
    reason: str

    def __str__(self) -> str:
        return f"cannot write {self.target}: {self.reason}"


class QueryError(GraphError, ValueError):
    """A SPARQL query that cannot or may not be run."""

    exit_code = 6


@dataclass
class QuerySyntaxError(QueryError):
    """The query does not parse; ``position`` is "line:column" when the parser gave one."""

    message: str
    position: str = ""

    def __str__(self) -> str:
        where = f" at line {self.position.replace(':', ', column ')}" if self.position else ""
        return f"SPARQL syntax error{where}: {self.message}"


@dataclass
class QueryRefused(QueryError):
    """The query asks for something refused by default (an update, SERVICE, LOAD)."""

    what: str
    how_to_allow: str

    def __str__(self) -> str:
        return f"refused: {self.what} ({self.how_to_allow})"


@dataclass
class QueryTimeout(QueryError):
    """The query ran past its time limit and was stopped."""

    seconds: float
    exit_code = 7

    def __str__(self) -> str:
        return f"the query was stopped after {self.seconds:g} s (raise --timeout to give it longer)"


@dataclass
class UnknownQuery(QueryError):
    """A named query that does not exist, or one of its parameters missing or unknown."""

    message: str

    def __str__(self) -> str:
        return self.message


@dataclass
class QueryFailed(QueryError):
    """The query parsed but could not be evaluated."""

    message: str

    def __str__(self) -> str:
        return f"the query failed: {self.message}"


@dataclass
class FewerFindings(GraphError):
    """A rebuild would replace an output with one that holds fewer links."""

    target: str
    before: int
    after: int
    exit_code = 8

    def __str__(self) -> str:
        return (
            f"{self.target} holds {self.before:,} links with evidence and this build finds {self.after:,}; "
            "pass --force to replace it"
        )
