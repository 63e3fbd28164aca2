"""HTML pages over a real atlas: search states, facet links, evidence, languages, headers."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient


def _project_id(client: TestClient, q: str) -> int:
    return client.get("/api/v1/search", params={"q": q}).json()["hits"][0]["id"]


def test_search_page_lists_results_with_facets(client: TestClient) -> None:
    html = client.get("/?q=Krakowie", headers={"accept-language": "en"}).text
    assert 'lang="en"' in html and "projects found" in html
    assert 'class="hit"' in html and 'data-facet="place"' in html
    assert 'value="Krakowie"' in html  # the box keeps what was typed


def test_facet_links_toggle_and_keep_the_state(client: TestClient) -> None:
    html = client.get("/?q=migrant%C3%B3w&sort=title").text
    links = re.findall(r'class="facet-value[^"]*" href="([^"]+)"', html)
    assert links and all(
        "q=migrant%C3%B3w" in unescape(u) and "sort=title" in unescape(u) for u in links
    )
    on = unescape(links[0])
    html_on = client.get(on).text
    assert 'aria-current="true"' in html_on
    off = unescape(re.search(r'class="facet-value selected" href="([^"]+)"', html_on).group(1))
    assert off == "/?q=migrant%C3%B3w&sort=title"


def test_no_result_state_offers_to_remove_each_filter(client: TestClient) -> None:
    html = client.get("/?q=zzqxv&place=Lublin&lang=en").text
    assert "No projects match" in html
    assert "Remove: Place = Lublin" in html and 'href="/?q=zzqxv"' in html


def test_empty_search_explains_the_atlas(client: TestClient) -> None:
    html = client.get("/?lang=pl").text
    assert "Atlas zawiera" in html and "dokumentów" in html


def test_pagination_links(client: TestClient) -> None:
    html = unescape(client.get("/?per_page=5&page=2").text)
    assert (
        'rel="prev" href="/?per_page=5"' in html and 'rel="next" href="/?per_page=5&page=3"' in html
    )
    assert 'aria-current="page"' in html


def test_bad_page_parameter_is_a_clear_400(client: TestClient) -> None:
    r = client.get("/?page=abc&lang=en")
    assert r.status_code == 400 and "page: not a whole number" in r.text


def test_project_page_shows_fields_with_highlighted_evidence(client: TestClient) -> None:
    pid = _project_id(client, "Polsko-rosyjska sieć")
    html = client.get(f"/projects/{pid}?lang=en").text
    assert "Polsko-rosyjska sieć współpracy" in html
    assert "$21,775.00" in html  # money formatted for English
    assert "June 2012" in html and "February 2013" in html
    # the partner without verbatim evidence must not borrow another's span
    row = re.search(
        r'<tr class="field-organization">\s*<th[^>]*>[^<]*</th>\s*<td>(<a [^>]*>)?'
        r"Centrum Praw Człowieka Memoriał.*?</tr>",
        html,
        re.S,
    ).group(0)
    assert "no evidence recorded" in row
    row = re.search(r'<tr class="field-person">.*?Witold Klaus.*?</tr>', html, re.S).group(0)
    anchor = re.search(r'href="#(ev-\d+)"', row).group(1)
    assert re.search(rf'<mark id="{anchor}"[^>]*>Witold Klaus</mark>', html)
    assert "<mark>Witold Klaus</mark>" in row  # the sentence it came from


def test_project_page_in_polish_and_ukrainian(client: TestClient) -> None:
    pid = _project_id(client, "Polsko-rosyjska sieć")
    pl = client.get(f"/projects/{pid}", headers={"accept-language": "pl"}).text
    assert "czerwiec 2012" in pl and "21\xa0775,00\xa0USD" in pl and "Gdzie to napisano" in pl
    uk = client.get(f"/projects/{pid}?lang=uk").text
    assert "червень 2012" in uk and "Де це сказано" in uk and 'lang="uk"' in uk


def test_lang_parameter_sets_a_cookie_that_later_pages_follow(client: TestClient) -> None:
    r = client.get("/?lang=uk", headers={"accept-language": "en"})
    assert r.cookies.get("lang") == "uk"
    again = client.get("/", headers={"accept-language": "en"})
    assert 'lang="uk"' in again.text


def test_hostile_document_is_shown_as_text(client: TestClient) -> None:
    pid = _project_id(client, "Bezpieczny Dom")
    html = client.get(f"/projects/{pid}").text
    assert "<script>window" not in html and "<img" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "onerror=&#34;window.__pwned = 2&#34;" in html
    search = client.get("/?q=Bezpieczny").text
    assert "<script>window" not in search
    assert re.findall(r"<script[^>]*>", search) == [
        '<script type="application/json" id="i18n-data">',
        '<script src="/static/search.js" defer>',
    ]


def test_security_headers_on_pages_api_and_errors(client: TestClient) -> None:
    for url in ("/", "/api/v1/stats", "/projects/999999", "/static/atlas.css"):
        h = client.get(url).headers
        csp = h["content-security-policy"]
        assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert "script-src 'self'" in csp and "style-src 'self'" in csp
        assert h["x-content-type-options"] == "nosniff" and h["referrer-policy"]


def test_pages_have_no_inline_styles_or_handlers(client: TestClient) -> None:
    pid = _project_id(client, "Polsko-rosyjska sieć")
    for url in ("/", "/?q=Lublin", f"/projects/{pid}", "/api/v1/", "/projects/999999"):
        html = client.get(url).text
        # inside tags only: escaped source text may well contain the words "onerror="
        assert not re.search(r"<[^>]*\s(style|on[a-z]+)=|<style", html), url


def test_unknown_project_is_a_translated_404(client: TestClient) -> None:
    r = client.get("/projects/999999?lang=uk")
    assert r.status_code == 404 and "Такої сторінки не існує" in r.text


@pytest.mark.sqlite_only("a SQLite file with its pages overwritten")
def test_a_broken_atlas_file_gives_a_translated_500_with_the_headers(
    atlas_path: str, tmp_path
) -> None:  # noqa: ANN001
    import shutil

    from ngo_atlas.web.app import create_app

    broken = tmp_path / "broken.sqlite"
    shutil.copy(atlas_path, broken)
    with open(broken, "r+b") as f:  # a disk that lost its pages: everything past the header
        f.seek(100)
        f.write(b"\xff" * (broken.stat().st_size - 100))
    with TestClient(create_app(str(broken)), raise_server_exceptions=False) as c:
        page = c.get("/?lang=uk")
        assert page.status_code == 500 and "Атлас не зміг відповісти" in page.text
        assert "malformed" not in page.text and "Traceback" not in page.text
        assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
        api = c.get("/api/v1/search")
        assert api.status_code == 500 and api.json() == {"detail": "internal error"}


def test_long_facets_fold_the_rest_and_keep_chosen_values_visible(client: TestClient) -> None:
    from ngo_atlas.web.pages import FACET_VISIBLE

    places = client.get("/api/v1/search").json()["facets"]["place"]
    assert len(places) > FACET_VISIBLE
    html = client.get("/?lang=en").text
    section = re.search(r'data-facet="place".*?</section>', html, re.S).group(0)
    top, rest = section.split('<details class="more"')
    assert top.count("facet-value") == FACET_VISIBLE
    assert f"{len(places) - FACET_VISIBLE} more" in rest
    rare = places[-1]["value"]
    chosen = client.get("/", params={"place": rare}).text
    top = re.search(r'data-facet="place".*?<ul class="top"[^>]*>(.*?)</ul>', chosen, re.S).group(1)
    assert re.search(r'class="facet-value selected".*?<span class="label">' + re.escape(rare), top)
