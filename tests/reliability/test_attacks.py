"""Attacks on the served web app: stored and reflected XSS in the real browser, SQL
injection through search text and every filter, CSRF and sessions on every state change.

The hostile page is ingested by the real pipeline (an HTML file), not saved by hand, so
what reaches the browser is what the readers and the extractor let through.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from bench.reliability.browser import available, launched_chromium
from bench.reliability.server import serving
from ngo_atlas.pipeline import ingest_paths
from ngo_atlas.store import open_atlas
from ngo_atlas.store.base import FACETS

MARK = "Zatoka"  # a word only the hostile page holds, to find it by search
HOSTILE_HTML = f"""<!doctype html><html><head><meta charset="utf-8">
<title>Projekt {MARK} <script>window.__pwned='title'</script></title></head>
<body onload="window.__pwned='onload'"><article>
<h1>Projekt „{MARK} &lt;script&gt;window.__pwned=1&lt;/script&gt;” w Lublinie</h1>
<p>Projekt „{MARK} integracji” realizuje Fundacja &lt;img src=x onerror="window.__pwned=2"&gt;
w Lublinie w latach 2019–2020. <script>window.__pwned = 'script';alert('inline')</script></p>
<p>Koordynator: Anna Nowak. Strona projektu: javascript:alert(document.cookie)
<a href="javascript:window.__pwned='href'">kliknij</a>
<img src="x" onerror="window.__pwned='img'"> <svg onload="window.__pwned='svg'"></svg></p>
<p>Grantodawca: Fundacja &lt;svg/onload=alert(1)&gt; Batorego. Kwota: 10 000 zł.
Miejsce: &quot;&gt;&lt;img src=x onerror=alert(2)&gt;</p>
<p>Partnerzy: Stowarzyszenie {MARK} &lt;iframe src=javascript:alert(3)&gt;.</p>
</article></body></html>"""
INJECTIONS = ["' OR '1'='1", "'; DROP TABLE projects; --", "1 UNION SELECT name, sql FROM "
              "sqlite_master --", "* NEAR(a b) OR x:*", "\\'; SELECT pg_sleep(5); --",
              "' || (SELECT password_hash FROM users) || '", "\x00'"]
XSS_QUERY = "<script>window.__pwned='q'</script>\"><img src=x onerror=window.__pwned='q2'>"


@pytest.fixture(scope="module")
def atlas_db(dev_dir: Path, tmp_path_factory: pytest.TempPathFactory,
             new_atlas_location) -> str:  # noqa: ANN001
    tmp = tmp_path_factory.mktemp("attack")
    page = tmp / "hostile.html"
    page.write_text(HOSTILE_HTML, encoding="utf-8")
    db = new_atlas_location("attack")
    with open_atlas(db) as atlas:
        summary = ingest_paths([dev_dir, page], atlas, progress=False)
    assert not summary.failed, summary.failed
    proc = subprocess.run([sys.executable, "-m", "ngo_atlas.cli", "user", "add", "kurator",
                           "--db", db, "--password-stdin"], input="dobre-haslo-123\n",
                          text=True, capture_output=True)
    assert proc.returncode == 0, proc.stderr
    return db


@pytest.fixture(scope="module")
def base(atlas_db: str) -> Iterator[str]:
    with serving(atlas_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    pytest.importorskip("playwright.sync_api")
    if not available():
        pytest.skip("Debian chromium is not installed")
    with launched_chromium() as b:
        yield b


def _visit_and_check(browser, url: str) -> list[str]:  # noqa: ANN001
    """Open url, wait for its scripts, return what ran that should not have."""
    ctx = browser.new_context()
    page = ctx.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    # Click every javascript: link the page might hold: none may run.
    for link in page.locator("a[href^='javascript:' i]").all():
        dialogs.append(f"javascript: link present: {link.get_attribute('href')}")
    pwned = page.evaluate("window.__pwned")
    ctx.close()
    return dialogs + ([f"window.__pwned = {pwned!r}"] if pwned is not None else [])


def test_stored_xss_in_search_results_and_project_page(browser, base: str) -> None:  # noqa: ANN001
    hits = httpx.get(f"{base}/api/v1/search", params={"q": MARK}).json()["hits"]
    assert hits, "the hostile page was not ingested as a project"
    urls = [f"{base}/?q={MARK}", f"{base}/projects/{hits[0]['id']}",
            f"{base}/api/v1/projects/{hits[0]['id']}"]
    ent = httpx.get(f"{base}/api/v1/entities", params={"q": MARK}).json()
    items = ent if isinstance(ent, list) else (ent.get("items") or ent.get("entities") or [])
    for item in items[:3]:
        urls.append(f"{base}/entities/{item['id']}")
    for url in urls:
        assert _visit_and_check(browser, url) == [], url


def test_reflected_xss_through_the_query_string(browser, base: str) -> None:  # noqa: ANN001
    q = quote(XSS_QUERY)
    urls = [f"{base}/?q={q}", f"{base}/?q=x&lang={q}", f"{base}/?page={q}",
            f"{base}/login?next={q}", f"{base}/entities?q={q}", f"{base}/projects/{q}",
            f"{base}/{q}"] + [f"{base}/?{facet}={q}" for facet in FACETS]
    for url in urls:
        assert _visit_and_check(browser, url) == [], url


def test_sql_injection_through_search_and_every_filter(base: str, atlas_db: str) -> None:
    with open_atlas(atlas_db) as atlas:
        before = atlas.stats()

    def total(params: dict) -> int:
        return httpx.get(f"{base}/api/v1/search", params=params, timeout=30).json()["total"]

    for payload in INJECTIONS:
        # The payload's punctuation must not matter: it finds what its words find as text.
        words = re.sub(r"[^\w]+", " ", payload).strip()
        assert total({"q": payload}) == total({"q": words}), payload
        for params in [{"q": payload}, *({f: payload} for f in FACETS),
                       {"q": "projekt", "place": payload}, {"sort": payload},
                       {"year_from": payload}, {"page": payload}]:
            paths = ("/api/v1/search", "/", "/api/v1/entities", "/api/v1/network",
                     "/api/v1/export") if params.keys() == {"q"} else ("/api/v1/search", "/")
            for path in paths:
                r = httpx.get(f"{base}{path}", params=params, timeout=30)
                assert r.status_code < 500, (path, params, r.status_code)
            if set(params) <= set(FACETS):  # no facet value equals the payload: no rows
                r = httpx.get(f"{base}/api/v1/search", params=params, timeout=30)
                assert r.status_code == 422 or r.json()["total"] == 0, (params, r.text[:200])
    with open_atlas(atlas_db) as atlas:
        assert atlas.stats() == before  # every table still there, nothing added or removed
        if not atlas_db.startswith("postgresql"):  # SQLite's own check of its file
            assert atlas._one("PRAGMA integrity_check")[0] == "ok"


def test_every_post_needs_csrf_token_and_curator(base: str) -> None:
    posts = ["/projects/1/corrections", "/corrections/1/revert", "/entities/1/merge",
             "/entities/1/split", "/judgements/1/undo", "/logout", "/login"]
    with httpx.Client(base_url=base) as c:
        c.get("/login")  # gets the CSRF cookie, but the forms below do not carry it
        for path in posts:
            r = c.post(path, data={"field": "title", "value": "x", "project_id": "1",
                                   "other_id": "2", "alias": "x", "entity_id": "1", "name": "kurator",
                                   "password": "dobre-haslo-123"})
            assert r.status_code in (403, 422), (path, r.status_code)
        token = c.cookies.get("atlas_csrf")
        assert token
        for path in posts[:-2]:  # with the token but anonymous: refused
            r = c.post(path, data={"field": "title", "value": "x", "project_id": "1",
                                   "other_id": "2", "alias": "x", "entity_id": "1",
                                   "csrf": token})
            assert r.status_code in (401, 403), (path, r.status_code)


def test_session_cookie_flags_and_expired_sessions(base: str, atlas_db: str) -> None:
    with httpx.Client(base_url=base) as c:
        c.get("/login")
        r = c.post("/login", data={"name": "kurator", "password": "dobre-haslo-123",
                                   "csrf": c.cookies.get("atlas_csrf"), "next": "/"})
        assert r.status_code == 303
        cookie = next(h for h in r.headers.get_list("set-cookie")
                      if h.startswith("atlas_session="))
        flags = cookie.lower()
        assert "httponly" in flags and "samesite=" in flags, cookie
        assert c.get("/projects/1/edit").status_code == 200
        with open_atlas(atlas_db) as atlas:  # the session runs out
            past = (datetime.now(timezone.utc) - timedelta(minutes=1)).isoformat()
            atlas._q("UPDATE sessions SET expires_at = ?", (past,))
        assert c.get("/projects/1/edit").status_code == 401
        r = c.post("/projects/1/corrections", data={"field": "title", "value": "x",
                                                    "csrf": c.cookies.get("atlas_csrf")})
        assert r.status_code == 401


def test_login_is_rate_limited(base: str) -> None:
    with httpx.Client(base_url=base) as c:
        c.get("/login")
        codes = [c.post("/login", data={"name": "kurator", "password": f"zle-haslo-{i}",
                                        "csrf": c.cookies.get("atlas_csrf")}).status_code
                 for i in range(12)]
        assert codes[0] == 401
        assert 429 in codes or "throttled" in str(codes), codes
        # Once blocked, even the right password is refused for a while.
        r = c.post("/login", data={"name": "kurator", "password": "dobre-haslo-123",
                                   "csrf": c.cookies.get("atlas_csrf")})
        assert r.status_code != 303, r.status_code


def test_security_headers_on_every_kind_of_response(base: str) -> None:
    for path in ("/", "/projects/1", "/api/v1/search", "/api/v1/openapi.json", "/nope",
                 "/static/atlas.css", "/login", "/api/v1/projects/999999"):
        h = httpx.get(f"{base}{path}").headers
        csp = h.get("content-security-policy", "")
        assert csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp, path
        assert "frame-ancestors 'none'" in csp or h.get("x-frame-options") == "DENY", path
        assert h.get("x-content-type-options") == "nosniff", path
        assert h.get("referrer-policy"), path
