"""Session and CSRF cookies: HttpOnly and SameSite always, Secure over https and when the
operator says a TLS proxy is in front (NGO_ATLAS_SECURE_COOKIES=1)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from atlas_data import dev_pairs
from fastapi.testclient import TestClient

from ngo_atlas.store import open_atlas
from ngo_atlas.web.auth import CSRF_COOKIE, SESSION_COOKIE, hash_password
from ngo_atlas.web.settings import Settings

PASSWORD = "ciasteczko-123"


@pytest.fixture(scope="module")
def db(dev_dir: Path, new_atlas_location) -> str:  # noqa: ANN001
    path = new_atlas_location("cookies")
    with open_atlas(path) as atlas:
        for doc, ex in dev_pairs(dev_dir)[:2]:
            atlas.save(doc, ex)
        atlas.add_user("ewa", hash_password(PASSWORD))
    return path


def _cookies(response) -> dict[str, list[str]]:
    """Set-Cookie headers by cookie name, each as its lower-cased attribute list."""
    out = {}
    for header in response.headers.get_list("set-cookie"):
        name = header.split("=", 1)[0]
        out[name] = [a.strip().lower() for a in header.split(";")[1:]]
    return out


def _login_cookies(db: str, base_url: str, settings: Settings) -> dict[str, list[str]]:
    """The cookies of a visit to /login (CSRF) and of a successful login (session)."""
    from ngo_atlas.web.app import create_app

    with TestClient(create_app(db, settings), base_url=base_url) as c:
        page = c.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        # Sent by hand: behind a TLS proxy the browser returns a Secure cookie, while the
        # app (and this client) speak plain http.
        c.cookies.clear()
        done = c.post(
            "/login",
            data={"name": "ewa", "password": PASSWORD, "csrf": csrf, "next": "/"},
            headers={"cookie": f"{CSRF_COOKIE}={csrf}"},
            follow_redirects=False,
        )
        assert done.status_code == 303
        return {**_cookies(page), **_cookies(done)}


def test_cookies_over_https_are_secure_httponly_samesite(db: str) -> None:
    got = _login_cookies(db, "https://testserver", Settings())
    assert {"secure", "httponly", "samesite=lax"} <= set(got[SESSION_COOKIE])
    assert {"secure", "httponly", "samesite=strict"} <= set(got[CSRF_COOKIE])


def test_cookies_over_plain_http_are_not_secure_by_default(db: str) -> None:
    # A Secure cookie would never come back over http: local use must still log in.
    got = _login_cookies(db, "http://testserver", Settings())
    assert "secure" not in got[SESSION_COOKIE] and "secure" not in got[CSRF_COOKIE]
    assert {"httponly", "samesite=lax"} <= set(got[SESSION_COOKIE])


def test_secure_cookies_setting_forces_secure_behind_a_tls_proxy(db: str) -> None:
    got = _login_cookies(db, "http://testserver", Settings(secure_cookies=True))
    assert "secure" in got[SESSION_COOKIE] and "secure" in got[CSRF_COOKIE]
    assert {"httponly", "samesite=lax"} <= set(got[SESSION_COOKIE])


def test_logout_clears_the_session_cookie_with_the_same_attributes(db: str) -> None:
    from ngo_atlas.web.app import create_app

    app = create_app(db, Settings(secure_cookies=True))
    with TestClient(app, base_url="https://testserver") as c:
        csrf = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)
        c.post(
            "/login",
            data={"name": "ewa", "password": PASSWORD, "csrf": csrf, "next": "/"},
            follow_redirects=False,
        )
        out = c.post("/logout", data={"csrf": csrf}, follow_redirects=False)
    attrs = _cookies(out)[SESSION_COOKIE]
    assert "max-age=0" in attrs and {"secure", "httponly", "samesite=lax"} <= set(attrs)
