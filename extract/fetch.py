"""Fetch an article by URL: politely (an honest User-Agent, one request a second per host),
with a local cache so that a page is fetched once, and a clear error when offline."""

from __future__ import annotations

import hashlib
import os
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from extract.errors import InputError

USER_AGENT = "diseasekg/0.1 (knowledge-graph builder for disease articles)"
#: Seconds between two requests to one host.
POLITENESS = 1.0
_last_request: dict[str, float] = {}
_lock = threading.Lock()


class FetchError(InputError):
    """A URL could not be fetched."""


def is_url(source: str) -> bool:
    """Whether a source names a web page rather than a file."""
    return source.startswith(("http://", "https://"))


def cache_root() -> Path:
    """Where diseasekg keeps what it can make again: ``$DISEASEKG_CACHE``, else ~/.cache/diseasekg."""
    if os.environ.get("DISEASEKG_CACHE"):
        return Path(os.environ["DISEASEKG_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "diseasekg"


def cache_dir() -> Path:
    """Where fetched pages are kept."""
    return cache_root() / "pages"


def fetch_url(url: str, *, max_bytes: int, timeout: float = 30.0, cache: Path | None = None) -> bytes:
    """The page's bytes, from the cache if it holds them, else from the web (then cached)."""
    if not is_url(url) or not urlsplit(url).hostname:
        raise FetchError(url, "only http:// and https:// URLs can be fetched")
    cache = cache or cache_dir()
    cached = cache / (hashlib.sha256(url.encode()).hexdigest()[:32] + ".page")
    if cached.is_file():
        return cached.read_bytes()
    _wait_turn(urlsplit(url).hostname or "")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain"})  # noqa: S310 - scheme checked
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as error:
        error.close()
        raise FetchError(url, f"the server answered HTTP {error.code} {error.reason}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise FetchError(url, f"cannot fetch ({reason}); offline? save the page and build from the file") from None
    if len(data) > max_bytes:
        raise FetchError(url, f"the page is over the {max_bytes:,}-byte input limit")
    cache.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.tmp")
    partial.write_bytes(data)
    os.replace(partial, cached)
    return data


def _wait_turn(host: str) -> None:
    with _lock:
        wait = _last_request.get(host, 0.0) + POLITENESS - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        _last_request[host] = time.monotonic()
