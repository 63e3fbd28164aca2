"""The map in a real headless chromium: the SVG draws, circles are links, and the CSP holds."""

from __future__ import annotations

import re

import pytest
from test_web_browser import _shot, base_url, browser, page  # noqa: F401 - reused fixtures

pytestmark = pytest.mark.browser


def test_map_draws_poland_and_circles_without_csp_violations(page) -> None:  # noqa: F811
    csp = []
    page.on("console", lambda m: "Content Security Policy" in m.text and csp.append(m.text))
    page.goto("/map?lang=en")
    svg = page.locator("svg#geomap")
    assert svg.is_visible()
    box = svg.bounding_box()
    assert box["width"] > 300 and box["height"] > 250
    assert page.locator("#geomap path.outline").count() == 1
    lublin = page.locator('#geomap a.spot[data-place="lublin"] circle')
    assert lublin.is_visible()
    # The stylesheet applied: circles are filled by the class rule, not by browser default black.
    assert lublin.evaluate("c => getComputedStyle(c).fill") != "rgb(0, 0, 0)"
    page.get_by_role("link", name=re.compile(r"^Kraków: \d+ projects?$")).first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"place=Krak"))
    assert page.console_errors == [] and csp == []


def test_map_fits_a_phone_screen(page) -> None:  # noqa: F811
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto("/map?lang=uk")
    box = page.locator("svg#geomap").bounding_box()
    assert 0 < box["width"] <= 375
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    _shot(page, "map-geo")
    assert page.console_errors == []
