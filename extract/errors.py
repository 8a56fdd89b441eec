"""The one exception hierarchy of diseasekg.

    DiseaseKGError
    ├── InputError (ValueError)          the source cannot be read as text
    │   ├── SourceNotFound
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── InputTooLarge
    │   └── UndecodableInput
    ├── ArticleFormatError (ValueError)  the text is not a disease article
    └── graphs.errors.GraphError         reading or writing graphs (GraphReadError, UnknownFormat, OutputError)

The CLI catches ``DiseaseKGError`` once and prints ``str(error)`` on one line; each
class carries the exit code the README documents.
"""

from __future__ import annotations

from dataclasses import dataclass


class DiseaseKGError(Exception):
    """Base of every error diseasekg raises on purpose."""

    exit_code: int = 1


@dataclass
class InputError(DiseaseKGError, ValueError):
    """The source cannot be read as article text."""

    source: str
    reason: str = "cannot be read"
    exit_code = 3

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class SourceNotFound(InputError):
    """The path does not exist or is not a readable file."""


class EmptyInput(InputError):
    """The file holds no text."""


class BinaryInput(InputError):
    """The file holds binary data, not text."""


class InputTooLarge(InputError):
    """The file is larger than the configured input limit."""


class UndecodableInput(InputError):
    """The bytes are in no text encoding diseasekg can recognise."""


@dataclass
class ArticleFormatError(DiseaseKGError, ValueError):
    """The text reads, but it is not a MedlinePlus disease article."""

    source: str
    reason: str
    exit_code = 4

    def __str__(self) -> str:
        return f"{self.source}: not a disease article ({self.reason})"
