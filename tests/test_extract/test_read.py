"""Reading bytes: encodings are recognised and bad input is refused with a clear reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.errors import BinaryInput, EmptyInput, InputTooLarge, SourceNotFound
from extract.read import decode_text, read_text

ARTICLE = "Gout\nGout is a type of arthritis. It causes pain, and people say “ouch”.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_unicode_encodings_with_or_without_bom_decode(encoding: str) -> None:
    assert decode_text(ARTICLE.encode(encoding), "x") == ARTICLE


def test_windows_1252_falls_back() -> None:
    assert decode_text(ARTICLE.encode("cp1252"), "x") == ARTICLE


def test_empty_binary_missing_and_large_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "big.txt").write_text("x" * 2000)
    with pytest.raises(EmptyInput):
        read_text(tmp_path / "empty.txt")
    with pytest.raises(BinaryInput):
        read_text(tmp_path / "image.png")
    with pytest.raises(SourceNotFound, match="no such file"):
        read_text(tmp_path / "missing.txt")
    with pytest.raises(SourceNotFound, match=r"directory|not a file"):
        read_text(tmp_path)
    with pytest.raises(InputTooLarge, match="limit"):
        read_text(tmp_path / "big.txt", max_bytes=1000)
