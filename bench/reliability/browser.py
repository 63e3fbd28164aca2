"""Debian's headless chromium under Playwright, launched the one way this project's tests and
runners use it: no browser download, no background traffic on a closed network."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def available() -> bool:
    return Path(CHROMIUM).exists()


@contextmanager
def launched_chromium() -> Iterator[object]:
    """A running browser, closed afterwards (Playwright's sync API)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()
