"""Memoised phrase readers: a corpus names the same phrases again and again.

Across the encyclopedia a third to a half of the calls to the phrase readers repeat one made
before ("Fever", "Nausea and vomiting"); these readers are pure, so each answer is kept (as a
tuple, so that no caller can change what the next one gets) and handed out as a fresh copy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache, wraps
from typing import Any, TypeVar

T = TypeVar("T")

#: Phrases kept per reader; a worker reading half the encyclopedia meets about 15,000.
SIZE = 1 << 14


def memoised_list(read: Callable[[str], Iterable[T]]) -> Callable[[str], list[T]]:
    """``read`` with its answers kept: each call gets a new list."""
    kept = lru_cache(maxsize=SIZE)(lambda text: tuple(read(text)))

    @wraps(read)
    def reader(text: str) -> list[T]:
        return list(kept(text))

    return reader


def memoised_iter(read: Callable[..., Iterable[T]]) -> Callable[..., Iterator[T]]:
    """``read`` (a generator over a text and keyword flags) with its answers kept."""
    kept = lru_cache(maxsize=SIZE)(lambda text, **flags: tuple(read(text, **flags)))

    @wraps(read)
    def reader(text: str, **flags: Any) -> Iterator[T]:
        return iter(kept(text, **flags))

    return reader
