"""Exports from the UI and API: every format downloads, and a filtered search exports exactly it."""

from __future__ import annotations

import csv
import io
import json
import re
from html import unescape

from fastapi.testclient import TestClient


def test_every_format_downloads(client: TestClient) -> None:
    for fmt in ("csv", "jsonl", "ftm", "gexf", "graphml", "360giving"):
        r = client.get(f"/api/v1/export?format={fmt}&place=Lublin")
        assert r.status_code == 200 and r.content, fmt
        assert "attachment" in r.headers["content-disposition"]


def test_a_filtered_export_holds_exactly_the_search(client: TestClient) -> None:
    search = client.get("/api/v1/search?q=migrant%C3%B3w&place=Warszawa&per_page=100").json()
    lines = client.get("/api/v1/export?format=jsonl&q=migrant%C3%B3w&place=Warszawa").text
    exported = [json.loads(line) for line in lines.splitlines() if line.strip()]
    assert [p["id"] for p in exported] == [h["id"] for h in search["hits"]]
    rows = list(
        csv.DictReader(
            io.StringIO(
                client.get("/api/v1/export?format=csv&q=migrant%C3%B3w&place=Warszawa").text
            )
        )
    )
    assert len(rows) == search["total"]


def test_search_page_links_its_exports_with_its_state(client: TestClient) -> None:
    html = client.get("/?q=Lublin&place=Lublin&page=1&sort=title").text
    links = [unescape(u) for u in re.findall(r'href="(/api/v1/export[^"]+)"', html)]
    assert len(links) == 6
    assert all(u.endswith("&q=Lublin&place=Lublin&sort=title") for u in links)


def test_bad_format_is_refused(client: TestClient) -> None:
    r = client.get("/api/v1/export?format=xls")
    assert r.status_code == 422, r.text
    (error,) = r.json()["detail"]
    assert error["loc"] == ["query", "format"] and error["input"] == "xls"
    assert "csv" in error["msg"]  # the message lists what is accepted
