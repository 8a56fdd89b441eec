"""Indexes of the shipped ontologies, kept between runs in the user's cache directory.

Building an index costs a fraction of a second to a second; reading it back costs a few
milliseconds. Each file is named by the release it was made from, so a new release is indexed
anew. A cache that is missing, damaged or cannot be written is never an error: the index is
built in memory instead.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from extract.fetch import cache_root

#: Bumped when the shape of any index changes, so that old cached indexes are not read.
INDEX_FORMAT = 3
#: Indexes are keyed by ``matchkey``'s normalisation: a change to it makes them anew.
_KEYS_VERSION = hashlib.sha256(Path(__file__).with_name("matchkey.py").read_bytes()).hexdigest()[:8]


def cached_index(name: str, build: Callable[[], Any]) -> Any:
    """The JSON-shaped index ``name`` (e.g. ``MONDO-v2026-05-05``): from the cache, else built and kept.

    JSON, not pickle or marshal, which would read faster but must never read a file that anyone
    else could have written.
    """
    try:
        path: Path | None = cache_root() / "ontologies" / f"{name}.index{INDEX_FORMAT}-{_KEYS_VERSION}.json"
    except RuntimeError:  # no home directory to keep a cache in
        path = None
    if path is not None:
        with contextlib.suppress(OSError, ValueError):
            return json.loads(path.read_text(encoding="utf-8"))
    built = build()
    if path is not None:
        _write_quietly(path, json.dumps(built, sort_keys=True).encode("utf-8"))
    return built


def _write_quietly(path: Path, data: bytes) -> None:
    """Keep an index for next time if the cache directory can be written, and drop the copies
    older versions made of it; never fail a build."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
        name = path.name.split(".", 1)[0]
        for old in path.parent.glob(f"{glob.escape(name)}.index*"):
            if old != path:
                old.unlink(missing_ok=True)
