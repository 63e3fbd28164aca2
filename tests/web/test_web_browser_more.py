"""Browser tests of the other pages: entity, network, a curator's edit and revert, axe audit."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from atlas_data import dev_pairs
from server import running_server
from test_web_browser import (  # noqa: F401
    _shot,  # noqa: F401 - fixtures below reuse the browser fixture
    browser,
    page,
)

from ngo_atlas.store import open_atlas

pytestmark = pytest.mark.browser
PASSWORD = "long enough password"


@pytest.fixture(scope="module")
def base_url(dev_dir: Path, new_atlas_location) -> Iterator[str]:  # noqa: ANN001
    """A server over its own atlas with one curator, since these tests change records."""
    path = new_atlas_location("browser-curation")
    with open_atlas(path) as atlas:
        for doc, ex in dev_pairs(dev_dir):
            atlas.save(doc, ex)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "ngo_atlas.cli",
            "user",
            "add",
            "ola",
            "--db",
            path,
            "--password-stdin",
        ],
        input=PASSWORD + "\n",
        check=True,
        timeout=60,
        capture_output=True,
        text=True,
    )
    with running_server(path) as base:
        yield base


def test_entity_page_and_network(page) -> None:  # noqa: ANN001, F811
    page.goto("/entities?kind=organization")
    first = page.locator("ol.entities a").first
    name = first.inner_text()
    first.click()
    page.wait_for_url(re.compile(r"/entities/\d+"))
    assert page.get_by_role("heading", level=1).inner_text() == name
    assert page.locator("ol.timeline a").count() >= 1
    _shot(page, "entity")
    page.goto("/network")
    page.wait_for_selector("#network[data-drawn]")
    drawn = page.locator("#network").get_attribute("data-drawn")
    assert drawn.isdigit() and int(drawn) > 1
    assert page.locator("#network a circle").count() == int(drawn)
    _shot(page, "network")
    assert page.console_errors == []


def test_coverage_and_charts_screens(page) -> None:  # noqa: ANN001, F811
    page.goto("/coverage")
    assert page.get_by_role("heading", level=1).inner_text() == "Where help is missing"
    _shot(page, "coverage")
    page.goto("/charts")
    assert page.locator("svg.bar").count() > 0
    _shot(page, "charts")
    page.goto("/map")
    page.locator("#geomap a.spot").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"place="))
    page.goto("/map")
    _shot(page, "map")
    assert page.console_errors == []


def test_curator_edits_a_field_and_reverts_it(page) -> None:  # noqa: ANN001, F811
    page.goto("/projects/1")
    original = page.locator("h1").inner_text()
    page.get_by_role("link", name="Curator login").click()
    page.get_by_label("User name").fill("ola")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(re.compile(r"/projects/1$"))
    page.locator(".curation a", has_text="Title").first.click()
    page.get_by_label("New value", exact=True).fill("Sieć współpracy (poprawione)")
    page.get_by_role("button", name="Save correction").click()
    page.wait_for_url(re.compile(r"/projects/1#history"))
    assert page.locator("h1").inner_text() == "Sieć współpracy (poprawione)"
    history = page.locator("#history li").last
    assert "ola" in history.inner_text()
    _shot(page, "project-history")
    history.get_by_role("button", name="Revert").click()
    page.wait_for_url(re.compile(r"/projects/1#history"))
    assert page.locator("h1").inner_text() == original
    assert "reverted" in page.locator("#history li").last.inner_text()
    assert page.console_errors == []


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?q=Lublin&place=Lublin",
        "/projects/1",
        "/entities",
        "/network",
        "/login",
        "/?lang=uk",
        "/?q=zzqxv",
        "/coverage",
        "/charts",
        "/entities/1",
        "/map",
    ],
)
def test_accessibility_audit_finds_no_violations(page, path: str) -> None:  # noqa: ANN001, F811
    axe = pytest.importorskip("axe_playwright_python.sync_playwright")
    page.goto(path)
    for width in (1280, 375):
        page.set_viewport_size({"width": width, "height": 900})
        result = axe.Axe().run(page)
        problems = [
            f"{v['id']} ({v['impact']}): {v['help']} — "
            + "; ".join(n["target"][0] for n in v["nodes"][:3])
            for v in result.response["violations"]
        ]
        assert problems == [], f"{path} at {width}px:\n" + "\n".join(problems)
