"""Real headless chromium (Debian's, driven by Playwright) against the real server."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from server import running_server

from bench.reliability.browser import available, launched_chromium

pytestmark = pytest.mark.browser
playwright_api = pytest.importorskip("playwright.sync_api")

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def base_url(atlas_path: str) -> Iterator[str]:
    with running_server(atlas_path) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not available():
        pytest.skip("Debian chromium is not installed (make system-deps)")
    with launched_chromium() as b:
        yield b


@pytest.fixture()
def page(browser, base_url: str) -> Iterator[object]:  # noqa: ANN001
    ctx = browser.new_context(
        base_url=base_url, locale="en-GB", extra_http_headers={"Accept-Language": "en"}
    )
    pg = ctx.new_page()
    pg.console_errors = []
    pg.on("console", lambda m: m.type == "error" and pg.console_errors.append(m.text))
    pg.on("pageerror", lambda e: pg.console_errors.append(str(e)))
    yield pg
    ctx.close()


def _shot(page, name: str) -> None:  # noqa: ANN001
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, f"{name} scrolls sideways at {width}px ({overflow}px wide)"
    page.set_viewport_size({"width": 1280, "height": 900})


def test_live_search_then_facet_then_project_page(page) -> None:  # noqa: ANN001
    page.goto("/")
    total = page.locator("#hits > li").count()
    page.get_by_label("Search words").fill("Krakowie")
    page.wait_for_url(re.compile(r"q=Krakowie"))  # the live search updated the shareable URL
    page.wait_for_function("document.querySelector('#result-count').textContent.includes('found')")
    found = page.locator("#hits > li").count()
    assert 0 < found < total
    _shot(page, "search-results")

    place = page.locator('.facet[data-facet="place"] a.facet-value').first
    value = place.locator(".label").inner_text()
    place.click()
    page.wait_for_url(re.compile(r"place="))
    assert (
        page.locator('.facet[data-facet="place"] a[aria-current="true"] .label').inner_text()
        == value
    )
    for hit in page.locator("#hits > li").all():
        assert value in hit.inner_text()

    page.locator("#hits > li h3 a").first.click()
    page.wait_for_url(re.compile(r"/projects/\d+"))
    marks = page.locator(".source-text mark")
    assert marks.count() > 0
    jump = page.locator("a.jump").first
    target = jump.get_attribute("href")
    jump.click()
    assert page.evaluate("location.hash") == target
    assert page.locator(f".source-text mark{target}").is_visible()
    _shot(page, "project")
    assert page.console_errors == []


def test_search_works_without_javascript(browser, base_url: str) -> None:  # noqa: ANN001
    ctx = browser.new_context(
        base_url=base_url, java_script_enabled=False, extra_http_headers={"Accept-Language": "en"}
    )
    pg = ctx.new_page()
    pg.goto("/")
    pg.get_by_label("Search words").fill("Lublin")
    pg.get_by_role("button", name="Search", exact=True).click()
    pg.wait_for_url(re.compile(r"q=Lublin"))
    assert pg.locator("#hits > li").count() > 0
    ctx.close()


def test_language_switch_is_remembered(page) -> None:  # noqa: ANN001
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator('.langs a[data-lang="uk"]').click()
    page.wait_for_url(re.compile(r"lang=uk"))
    assert page.locator("html").get_attribute("lang") == "uk"
    assert page.get_by_role("heading", name="Пошук проєктів").is_visible()
    _shot(page, "search-uk")
    page.locator("#hits > li h3 a").first.click()
    page.wait_for_url(re.compile(r"/projects/\d+"))
    assert page.locator("html").get_attribute("lang") == "uk"  # the cookie carried the choice
    assert page.get_by_text("Що знає атлас").is_visible()
    page.locator('.langs a[data-lang="pl"]').click()
    assert page.get_by_text("Co wie atlas").is_visible()


def test_hostile_document_runs_no_script(page) -> None:  # noqa: ANN001
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto("/?q=Bezpieczny")
    page.locator("#hits > li h3 a").first.click()
    page.wait_for_url(re.compile(r"/projects/\d+"))
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0
    assert "<script>window.__pwned = 1</script>" in page.locator(".source-text").inner_text()
    assert page.locator(".source-text mark").count() >= 1
    page.get_by_label("Search words", exact=False).count()  # the page is fully usable
    assert dialogs == [] and page.console_errors == []


def test_keyboard_focus_is_visible_and_skip_link_works(page) -> None:  # noqa: ANN001
    page.goto("/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    for landmark in ("banner", "main", "contentinfo", "search"):
        assert page.get_by_role(landmark).count() >= 1, landmark
    unlabeled = page.evaluate("""[...document.querySelectorAll('input:not([type=hidden]),select')]
        .filter(e => !(e.labels && e.labels.length)).map(e => e.id)""")
    assert unlabeled == []


def test_live_search_keeps_long_facets_folded(page) -> None:  # noqa: ANN001
    page.goto("/")
    page.get_by_label("Search words").fill("Polska")
    page.wait_for_url(re.compile(r"q=Polska"))
    page.wait_for_function("document.querySelector('#result-count').textContent.includes('found')")
    for sec in page.locator(".facet:not([hidden])").all():
        assert sec.locator("ul.top > li").count() <= 8
    more = page.locator('.facet[data-facet="place"] details.more')
    if more.is_visible():
        more.locator("summary").click()
        assert more.locator("li").first.is_visible()
    assert page.console_errors == []


def test_live_search_marks_query_words_in_snippets_as_text(page) -> None:  # noqa: ANN001
    page.goto("/")
    page.get_by_label("Search words").fill("bezpieczny")
    page.wait_for_url(re.compile(r"q=bezpieczny"))
    page.wait_for_function("document.querySelector('#result-count').textContent.includes('found')")
    snippet = page.locator("#hits > li .snippet").first
    # The live (script-drawn) snippet marks the word, and the page's source stays text.
    assert snippet.locator("mark").first.inner_text() == "Bezpieczny"
    assert "<script>window.__pwned = 1</script>" in snippet.inner_text()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.console_errors == []
