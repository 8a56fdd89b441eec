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
