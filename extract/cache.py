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
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from extract.fetch import cache_root

#: Bumped when the shape of any index changes, so that old cached indexes are not read.
INDEX_FORMAT = 6
#: Indexes are keyed by ``matchkey``'s normalisation: a change to it makes them anew.
_KEYS_VERSION = hashlib.sha256(Path(__file__).with_name("matchkey.py").read_bytes()).hexdigest()[:8]


def cached_index(name: str, build: Callable[[], Any]) -> Any:
    """The JSON-shaped index ``name`` (e.g. ``MONDO-v2026-05-05``): from the cache, else built and kept.

    JSON, not pickle or marshal, which would read faster but must never read a file that anyone
    else could have written.
    """
    path = _path(name, "json")
    if path is not None:
        with contextlib.suppress(OSError, ValueError):
            return json.loads(path.read_text(encoding="utf-8"))
    built = build()
    if path is not None:
        _write_quietly(path, json.dumps(built, sort_keys=True).encode("utf-8"))
    return built


def _path(name: str, suffix: str) -> Path | None:
    """Where the index ``name`` is kept, named for its version; None without a cache directory."""
    try:
        return cache_root() / "ontologies" / f"{name}.index{INDEX_FORMAT}-{_KEYS_VERSION}.{suffix}"
    except RuntimeError:  # no home directory to keep a cache in
        return None


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
        _drop_older(path)


def _drop_older(path: Path) -> None:
    """Remove the copies of an index that older versions made."""
    name = path.name.split(".", 1)[0]
    for old in path.parent.glob(f"{glob.escape(name)}.index*"):
        if old != path:
            old.unlink(missing_ok=True)


def cached_table(name: str, build: Callable[[], dict[str, Any]]) -> Mapping[str, Any]:
    """The index ``name`` as a mapping read a key at a time from an SQLite file in the cache, so
    that a build that looks up a hundred names does not decode a whole ontology's index (one that
    looks up thousands reads it in one scan); built (and kept) when the file is missing or damaged,
    and then used as built."""
    path = _path(name, "sqlite")
    if path is not None:
        with contextlib.suppress(OSError, sqlite3.Error):
            return _Table(path)
    built = build()
    if path is not None:
        _write_table_quietly(path, built)
    return built


#: After this many lookups a table is read whole: a corpus build asks for most of its keys, and
#: one scan costs what a few thousand single-key queries do.
READ_WHOLE_AFTER = 3000


_UNREAD, _ABSENT = object(), object()


class _Table(Mapping[str, Any]):
    """A read-only key -> JSON value table; what was read once is kept."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise OSError(f"no table {path}")
        self._db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        self._db.execute("SELECT count(*) FROM entry WHERE key = ''").fetchone()  # fails if damaged
        self._read: dict[str, Any] = {}
        self._raw: dict[str, str] | None = None  # every key's undecoded value, once read whole
        self._lookups = 0

    def __getitem__(self, key: str) -> Any:
        value = self.get(key, _ABSENT)
        if value is _ABSENT:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        """The value, read once; a key found missing is remembered as missing (most asked are)."""
        value = self._read.get(key, _UNREAD)
        if value is _UNREAD:
            raw = self._raw_value(key)
            value = self._read[key] = _ABSENT if raw is None else json.loads(raw)
        return default if value is _ABSENT else value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key, _ABSENT) is not _ABSENT

    def _raw_value(self, key: str) -> str | None:
        if self._raw is None:
            self._lookups += 1
            if self._lookups < READ_WHOLE_AFTER:
                row = self._db.execute("SELECT value FROM entry WHERE key = ?", (key,)).fetchone()
                return None if row is None else row[0]
            self._raw = dict(self._db.execute("SELECT key, value FROM entry"))
        return self._raw.get(key)

    def __iter__(self) -> Iterator[str]:
        return (key for (key,) in self._db.execute("SELECT key FROM entry ORDER BY key"))

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM entry").fetchone()[0])


def _write_table_quietly(path: Path, table: dict[str, Any]) -> None:
    with contextlib.suppress(OSError, sqlite3.Error):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        try:
            db = sqlite3.connect(tmp)
            with db:
                db.execute("CREATE TABLE entry (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
                db.executemany(
                    "INSERT INTO entry VALUES (?, ?)", ((k, json.dumps(v)) for k, v in sorted(table.items()))
                )
            db.close()
            os.replace(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
        _drop_older(path)
