"""Headless Debian Chromium, driven by Playwright, for the tests that need a real browser."""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

#: Flags that keep Chromium from calling home on a machine with no network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
]
ARTIFACTS = Path(__file__).parent / "artifacts"


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass
class PageLog:
    """What a page did: console messages, uncaught errors, requests and dialogs."""

    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def launch() -> Iterator[Any]:
    """A browser for the session, or a skip (a failure where DISEASEKG_REQUIRE_BROWSER is set)."""
    executable = chromium_path()
    if executable is None:
        if os.environ.get("DISEASEKG_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required (DISEASEKG_REQUIRE_BROWSER) but not installed")
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def watch(page: Any) -> PageLog:
    """Log everything a page does from now on; dialogs are dismissed."""
    log = PageLog()
    page.on("console", lambda m: log.console.append((m.type, m.text)))
    page.on("pageerror", lambda e: log.errors.append(str(e)))
    page.on("request", lambda r: log.requests.append(r.url))

    def on_dialog(dialog: Any) -> None:
        log.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return log


@contextlib.contextmanager
def serving(endpoint: Any) -> Iterator[str]:
    """``diseasekg serve``'s server for ``endpoint`` on a free loopback port, in a thread: its base URL."""
    from graphs.web.server import make_server

    server = make_server(endpoint, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        endpoint.close()


def open_page(browser: Any, path: Path) -> tuple[Any, PageLog]:
    """Open a file and wait until the graph is drawn; log everything the page does."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    log = watch(page)
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=60_000)
    return page, log
