"""The personal-data option: with NGO_ATLAS_HIDE_CONTACTS on, no page, API answer or export
shows the dev set's e-mails and phone numbers to anonymous visitors; curators still see them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from atlas_data import dev_pairs
from fastapi.testclient import TestClient

from ngo_atlas.store import open_atlas
from ngo_atlas.web.auth import hash_password
from ngo_atlas.web.contacts import MASK, mask_text
from ngo_atlas.web.settings import Settings, SettingsError

PASSWORD = "hasło-kuratora-1"


@pytest.fixture(scope="module")
def db(dev_dir: Path, new_atlas_location) -> str:  # noqa: ANN001
    path = new_atlas_location("contacts")
    with open_atlas(path) as atlas:
        for doc, ex in dev_pairs(dev_dir):
            atlas.save(doc, ex)
        atlas.add_user("ola", hash_password(PASSWORD))
    return path


@pytest.fixture(scope="module")
def secrets(dev_dir: Path) -> list[str]:
    """Every gold e-mail, plus the forms the source texts write them and a phone in them."""
    found = {
        p["email"]
        for gold in dev_dir.glob("*.json")
        for proj in json.loads(gold.read_text(encoding="utf-8"))["projects"]
        for p in proj["people"]
        if p.get("email")
    }
    assert len(found) >= 3, found  # d03, d04 and 004 carry e-mails
    return sorted(found | {"jowczarek [at] iom [dot] int", "796 130 965", "556 44 66"})


def _client(db: str, hide: bool) -> TestClient:
    from ngo_atlas.web.app import create_app

    return TestClient(create_app(db, Settings(hide_contacts=hide)))


def _every_view(c: TestClient) -> str:
    """Bodies of every route that can carry a contact: API, pages, source text, exports."""
    bodies = []
    hits = c.get("/api/v1/search?per_page=100").json()["hits"]
    assert len(hits) >= 20
    for h in hits:
        bodies += [c.get(f"/api/v1/projects/{h['id']}").text, c.get(f"/projects/{h['id']}").text]
        bodies.append(c.get(f"/api/v1/documents/{h['document_id']}").text)
    for q in ("Żulewska", "Owczarek", "hfhr", "uchodźców"):  # snippets around the contacts
        bodies += [c.get("/", params={"q": q}).text, c.get("/api/v1/search", params={"q": q}).text]
    people = c.get("/api/v1/entities?kind=person&limit=500").json()
    for e in people:
        bodies += [c.get(f"/api/v1/entities/{e['id']}").text, c.get(f"/entities/{e['id']}").text]
    bodies += [c.get(f"/api/v1/export?format={f}").text for f in ("csv", "jsonl", "ftm")]
    bodies.append(c.get("/api/v1/network").text)
    return "\n".join(bodies)


def _login(c: TestClient) -> None:
    csrf = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text).group(1)
    r = c.post(
        "/login",
        data={"name": "ola", "password": PASSWORD, "csrf": csrf, "next": "/"},
        follow_redirects=False,
    )
    assert r.status_code == 303


def test_hidden_contacts_appear_nowhere_for_anonymous_visitors(db: str, secrets: list[str]) -> None:
    with _client(db, hide=True) as c:
        seen = _every_view(c)
    leaked = [s for s in secrets if s in seen]
    assert not leaked, leaked
    assert MASK in seen  # masked in place, not cut: the source text keeps its length


def test_contacts_show_when_the_option_is_off(db: str, secrets: list[str]) -> None:
    with _client(db, hide=False) as c:
        seen = _every_view(c)
    assert [s for s in secrets if s not in seen] == []


def test_curators_still_see_contacts(db: str, secrets: list[str]) -> None:
    with _client(db, hide=True) as c:
        _login(c)
        seen = _every_view(c)
    assert [s for s in secrets if s not in seen] == []


def test_masked_source_keeps_its_evidence_marks(db: str) -> None:
    with _client(db, hide=True) as c:
        pid = c.get("/api/v1/search", params={"q": "Żulewska"}).json()["hits"][0]["id"]
        rec = c.get(f"/api/v1/projects/{pid}").json()
        html = c.get(f"/projects/{pid}").text
    text = rec["document"]["text"]
    assert "sylwia.zulewska@emic.com.pl" not in text and MASK * 27 in text
    person = next(p for p in rec["people"] if p["name"] == "Sylwia Żulewska")
    assert person["email"] is None
    # the name's span still points at the name: the mask kept every offset
    assert re.search(r'<mark[^>]*class="ev"[^>]*>Sylwia Żulewska</mark>', html)


def test_export_parameter_hides_contacts_even_when_the_option_is_off(
    db: str, secrets: list[str]
) -> None:
    with _client(db, hide=False) as c:
        body = c.get("/api/v1/export?format=jsonl&hide_contacts=true").text
    assert body and not [s for s in secrets if "@" in s and s in body]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("pisz: jowczarek [at] iom [dot] int.", "pisz: " + MASK * 28 + "."),
        ("(refugees@hfhr.org.pl)", "(" + MASK * 20 + ")"),
        ("tel: 796 130 965)", "tel: " + MASK * 11 + ")"),
        ("telefonicznie – (48 22) 556 44 66,", "telefonicznie – " + MASK * 17 + ","),
        ("+48 600 100 200", MASK * 15),
        ("Kwota 999 750 000 PLN", "Kwota 999 750 000 PLN"),  # money is no phone
        ("w latach 2019-2020-2021, KRS 0000123456", "w latach 2019-2020-2021, KRS 0000123456"),
    ],
)
def test_mask_text(text: str, masked: str) -> None:
    assert mask_text(text) == masked
    assert len(mask_text(text)) == len(text)


def test_settings_from_prefixed_environment() -> None:
    assert Settings.from_env({}) == Settings(False, False)
    env = {"NGO_ATLAS_HIDE_CONTACTS": "1", "NGO_ATLAS_SECURE_COOKIES": "true"}
    assert Settings.from_env(env) == Settings(hide_contacts=True, secure_cookies=True)
    assert Settings.from_env({"HIDE_CONTACTS": "1"}).hide_contacts is False  # prefix needed
    with pytest.raises(SettingsError, match="NGO_ATLAS_HIDE_CONTACTS.*yes"):
        Settings.from_env({"NGO_ATLAS_HIDE_CONTACTS": "yes"})


def test_serve_refuses_a_bad_setting(monkeypatch: pytest.MonkeyPatch, db: str, capsys) -> None:
    from ngo_atlas.web.app import serve

    monkeypatch.setenv("NGO_ATLAS_SECURE_COOKIES", "maybe")
    assert serve(db, port=1) == 2
    assert "NGO_ATLAS_SECURE_COOKIES" in capsys.readouterr().err
