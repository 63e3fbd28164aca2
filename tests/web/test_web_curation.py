"""Curators: `ngo-atlas user add`, login, CSRF on every POST, corrections, history, revert."""

from __future__ import annotations

import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest
from atlas_data import dev_pairs
from fastapi.testclient import TestClient

from ngo_atlas.store import open_atlas

PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def curated_db(dev_dir: Path, new_atlas_location) -> str:  # noqa: ANN001
    """Its own atlas: these tests change records, the shared one stays as built."""
    path = new_atlas_location("curation")
    with open_atlas(path) as atlas:
        for doc, ex in dev_pairs(dev_dir):
            atlas.save(doc, ex)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ngo_atlas.cli",
            "user",
            "add",
            "ala",
            "--db",
            path,
            "--password-stdin",
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture()
def web(curated_db: str) -> TestClient:
    from ngo_atlas.web.app import create_app

    with TestClient(create_app(curated_db)) as c:
        yield c


def _csrf(client: TestClient, url: str = "/login") -> str:
    return re.search(r'name="csrf" value="([^"]+)"', client.get(url).text).group(1)


def _login(client: TestClient) -> None:
    r = client.post(
        "/login",
        data={"name": "ala", "password": PASSWORD, "csrf": _csrf(client), "next": "/"},
        follow_redirects=False,
    )
    assert r.status_code == 303


def test_user_add_rejects_short_passwords_and_duplicates(curated_db: str) -> None:
    def add(name: str, pw: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "ngo_atlas.cli",
                "user",
                "add",
                name,
                "--db",
                curated_db,
                "--password-stdin",
            ],
            input=pw + "\n",
            capture_output=True,
            text=True,
            timeout=60,
        )

    assert add("bob", "short").returncode == 2
    again = add("ala", PASSWORD)
    assert again.returncode == 1 and "exists" in again.stderr
    with open_atlas(curated_db) as atlas:
        stored = atlas.user_by_name("ala")["password_hash"]
    assert stored.startswith("$argon2") and PASSWORD not in stored


def test_wrong_password_and_open_redirect_are_refused(web: TestClient) -> None:
    r = web.post("/login", data={"name": "ala", "password": "nope nope nope", "csrf": _csrf(web)})
    assert r.status_code == 401 and "atlas_session" not in r.cookies
    r = web.post(
        "/login",
        data={"name": "ala", "password": PASSWORD, "csrf": _csrf(web), "next": "//evil.example/"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == "/"


def test_posts_need_the_csrf_token_and_a_curator(web: TestClient) -> None:
    data = {"field": "title", "value": "Hijacked"}
    assert web.post("/projects/1/corrections", data=data).status_code == 403
    assert web.post("/projects/1/corrections", data={**data, "csrf": "forged"}).status_code == 403
    r = web.post("/projects/1/corrections", data={**data, "csrf": _csrf(web)})
    assert r.status_code == 401  # a valid token is not enough: anonymous visitors only read
    _login(web)
    assert web.post("/projects/1/corrections", data=data).status_code == 403
    assert web.get("/api/v1/projects/1").json()["title"] != "Hijacked"


def test_correct_a_field_see_history_and_revert(web: TestClient) -> None:
    _login(web)
    before = web.get("/api/v1/projects/1").json()
    token = _csrf(web, "/projects/1/edit?field=places")
    edit = web.get("/projects/1/edit?field=places").text
    assert unescape(
        re.search(r"<textarea[^>]*>(.*?)</textarea>", edit, re.S).group(1)
    ) == "\n".join(before["places"])
    r = web.post(
        "/projects/1/corrections",
        follow_redirects=False,
        data={"field": "places", "value": "Polska\nBiałystok\n", "csrf": token},
    )
    assert r.status_code == 303
    after = web.get("/api/v1/projects/1").json()
    assert after["places"] == ["Polska", "Białystok"]
    hist = after["corrections"][-1]
    assert hist["user"] == "ala" and hist["old_value"] == before["places"] and not hist["reverted"]
    page = web.get("/projects/1?lang=en").text
    assert "Białystok" in page and "Revert" in page and "ala" in page
    # the search index follows the correction
    assert web.get("/api/v1/search", params={"place": "Białystok"}).json()["total"] == 1

    r = web.post(
        f"/corrections/{hist['id']}/revert",
        follow_redirects=False,
        data={"project_id": "1", "csrf": token},
    )
    assert r.status_code == 303
    reverted = web.get("/api/v1/projects/1").json()
    assert reverted["places"] == before["places"] and reverted["corrections"][-1]["reverted"]
    assert "reverted" in web.get("/projects/1?lang=en").text


def test_bad_values_are_explained(web: TestClient) -> None:
    _login(web)
    token = _csrf(web, "/")
    r = web.post("/projects/1/corrections", data={"field": "start", "value": "June", "csrf": token})
    assert r.status_code == 400 and "YYYY-MM" in r.text
    r = web.post(
        "/projects/1/corrections",
        data={"field": "organizations", "value": '[{"role": "lead"}]', "csrf": token},
    )
    assert r.status_code == 400 and "no &#39;name&#39;" in r.text


def test_mark_wrong_and_logout(web: TestClient) -> None:
    _login(web)
    token = _csrf(web, "/")
    web.post("/projects/1/corrections", data={"field": "status", "wrong": "1", "csrf": token})
    assert web.get("/api/v1/projects/1").json()["status"] is None
    assert web.post("/logout", data={"csrf": token}, follow_redirects=False).status_code == 303
    web.cookies.clear()
    assert web.get("/projects/1/edit?field=title").status_code == 401


def _entity(client: TestClient, kind: str, name: str) -> dict:
    items = client.get("/api/v1/entities", params={"kind": kind, "q": name}).json()
    eid = next(e["id"] for e in items if e["name"] == name)
    return client.get(f"/api/v1/entities/{eid}").json()


def test_merge_split_and_undo_entities(web: TestClient) -> None:
    a = _entity(web, "organization", "Helsińska Fundacja Praw Człowieka")
    b = _entity(web, "organization", "Stowarzyszenie Interwencji Prawnej")
    anon = web.post(f"/entities/{a['id']}/merge", data={"other_id": b["id"], "csrf": _csrf(web)})
    assert anon.status_code == 401
    _login(web)
    token = _csrf(web, f"/entities/{a['id']}")
    page = web.get(f"/entities/{a['id']}?lang=en").text
    assert "Merge into this entry" in page
    r = web.post(
        f"/entities/{a['id']}/merge",
        data={"other_id": b["id"], "csrf": token},
        follow_redirects=False,
    )
    assert r.status_code == 303
    merged = web.get(f"/api/v1/entities/{a['id']}").json()
    assert "Stowarzyszenie Interwencji Prawnej" in merged["aliases"]
    assert {p["id"] for p in b["projects"]} <= {p["id"] for p in merged["projects"]}
    assert web.get(f"/api/v1/entities/{b['id']}").json()["id"] == a["id"]  # b now points to a
    judgement = merged["judgements"][-1]
    assert judgement["action"] == "merge" and judgement["user"] == "ala"

    r = web.post(
        f"/judgements/{judgement['id']}/undo",
        data={"entity_id": a["id"], "csrf": token},
        follow_redirects=False,
    )
    assert r.status_code == 303
    back = web.get(f"/api/v1/entities/{a['id']}").json()
    assert "Stowarzyszenie Interwencji Prawnej" not in back["aliases"]
    assert "reverted" in web.get(f"/entities/{a['id']}?lang=en").text

    r = web.post(f"/entities/{a['id']}/merge", data={"other_id": a["id"], "csrf": token})
    assert r.status_code == 400  # an entity cannot be merged into itself


def test_split_a_name_off_an_entity(web: TestClient) -> None:
    _login(web)
    a = _entity(web, "organization", "Polskie Forum Migracyjne")
    b = _entity(web, "organization", "Stowarzyszenie Nomada")
    token = _csrf(web, f"/entities/{a['id']}")
    web.post(f"/entities/{a['id']}/merge", data={"other_id": b["id"], "csrf": token})
    assert (
        'aria-label="Split off: Stowarzyszenie Nomada"'
        in web.get(f"/entities/{a['id']}?lang=en").text
    )
    r = web.post(
        f"/entities/{a['id']}/split",
        follow_redirects=False,
        data={"alias": "Stowarzyszenie Nomada", "csrf": token},
    )
    assert r.status_code == 303
    after = web.get(f"/api/v1/entities/{a['id']}").json()
    assert "Stowarzyszenie Nomada" not in after["aliases"]
    assert [j["action"] for j in after["judgements"]][-2:] == ["merge", "split"]
    r = web.post(f"/entities/{a['id']}/split", data={"alias": "Nie Ma Takiej", "csrf": token})
    assert r.status_code == 400


def test_password_guessing_is_throttled(curated_db: str) -> None:
    from ngo_atlas.web.app import create_app

    with TestClient(create_app(curated_db)) as c:
        for _ in range(5):
            r = c.post("/login", data={"name": "ala", "password": "guess guess", "csrf": _csrf(c)})
            assert r.status_code == 401
        # the right password no longer helps until the window passes
        r = c.post("/login", data={"name": "ala", "password": PASSWORD, "csrf": _csrf(c)})
        assert r.status_code == 429 and "atlas_session" not in r.cookies
