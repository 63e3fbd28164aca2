"""Search snippets mark the query's words (inflected and folded forms too), always escaped."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from ngo_atlas.web.snippet_marks import marked, word_spans


def _marked_words(snippet: str, spans: list[list[int]]) -> list[str]:
    return [snippet[s:e] for s, e in spans]


def test_word_spans_follow_inflection_and_folding() -> None:
    text = "Pomoc dla migrantów i migrantek; migranci w Krakowie, uchodźcy z Ukrainy."
    assert _marked_words(text, word_spans(text, "migrant", "pl")) == ["migrantów", "migranci"]
    assert _marked_words(text, word_spans(text, "uchodźcą Krakow", "pl")) == [
        "Krakowie",
        "uchodźcy",
    ]
    assert word_spans(text, "", "pl") == [] and word_spans("", "migrant", "pl") == []


def test_marked_escapes_every_piece() -> None:
    text = 'Dom <script>alert(1)</script> & "bezpieczny" dom'
    html = str(marked(text, word_spans(text, "dom", "pl")))
    assert html == (
        "<mark>Dom</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; "
        "&#34;bezpieczny&#34; <mark>dom</mark>"
    )
    # spans that do not fit the text are skipped, not trusted
    assert str(marked("<b>", [[0, 99], [2, 1]])) == "&lt;b&gt;"


def test_api_hits_carry_highlights_and_the_page_marks_them(client: TestClient) -> None:
    hits = client.get("/api/v1/search", params={"q": "uchodźców"}).json()["hits"]
    assert hits
    for h in hits:
        words = [h["snippet"][s:e].lower() for s, e in h["highlights"]]
        assert words and all(w.startswith(("uchodź", "uchodz")) for w in words), words
    html = client.get("/", params={"q": "uchodźców"}).text
    assert re.search(r'<p class="snippet">[^<]*(?:<mark>[^<]+</mark>[^<]*)+</p>', html)


def test_a_hostile_snippet_is_marked_but_stays_text(client: TestClient) -> None:
    html = client.get("/", params={"q": "Bezpieczny"}).text
    snippet = re.search(r'<p class="snippet">(.*?)</p>', html, re.DOTALL).group(1)
    assert "<mark>Bezpieczny</mark>" in snippet
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in snippet
    assert "<script" not in snippet and "<img" not in snippet
