"""Bytes to text: the one place that touches the file system on the way in."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from extract.errors import BinaryInput, EmptyInput, InputTooLarge, SourceNotFound, UndecodableInput

#: Default ceiling on an input file; MedlinePlus articles are 5-100 kB.
MAX_INPUT_BYTES = 20 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def read_bytes(path: Path, *, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """Read a file, refusing what is missing, empty or over ``max_bytes``."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise SourceNotFound(str(path), "not a file")
        if size > max_bytes:
            raise InputTooLarge(str(path), f"{size:,} bytes is over the {max_bytes:,}-byte input limit")
        data = path.read_bytes()
    except FileNotFoundError:
        raise SourceNotFound(str(path), "no such file") from None
    except PermissionError:
        raise SourceNotFound(str(path), "permission denied") from None
    except IsADirectoryError:
        raise SourceNotFound(str(path), "is a directory") from None
    if not data.strip():
        raise EmptyInput(str(path), "the file is empty")
    return data


def decode_text(data: bytes, source: str) -> str:
    """Decode article bytes: a BOM wins, then UTF-8, then Windows-1252; binary is refused.

    >>> decode_text("caf\\u00e9".encode("utf-8"), "x")
    'café'
    >>> decode_text("caf\\u00e9".encode("cp1252"), "x")
    'café'
    """
    text = _decode(data, source)
    if text.count("\x00") or len(_CONTROL.findall(text[:65536])) > max(8, len(text[:65536]) // 100):
        raise BinaryInput(source, "binary data, not article text")
    if not text.strip():
        raise EmptyInput(source, "the file holds only white space")
    return text


def _decode(data: bytes, source: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise UndecodableInput(
                    source, f"starts with a {encoding} byte-order mark but is not {encoding}"
                ) from None
    if b"\x00" in data[:4096]:
        raise BinaryInput(source, "binary data, not article text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise UndecodableInput(source, "not UTF-8, UTF-16 or Windows-1252 text") from None


def read_text(path: Path, *, max_bytes: int = MAX_INPUT_BYTES) -> str:
    """Read a file as article text."""
    return decode_text(read_bytes(path, max_bytes=max_bytes), str(path))
