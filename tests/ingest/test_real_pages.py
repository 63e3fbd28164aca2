"""The ten real Polish pages of ../shared/eval/html read with the right text and title."""

from __future__ import annotations

import re

import pytest
from conftest_paths import HTML_DIR

from ngo_atlas.ingest.readers import read_path

PAGES = sorted(HTML_DIR.glob("pl*.html"))
MOJIBAKE = re.compile("[ÄĹÅĂ][\u0080-\u02ff]|Ã[\u0080-\u00ff]|\ufffd{2}|[ą-ż]\u00b9")
# Words from each page's main text: if the decoding or the extraction is wrong they vanish.
EXPECTED = {
    "pl01.html": ["zgłosił się", "Mężczyzna"], "pl02.html": ["niemożności"],
    "pl03.html": ["Wyrównana sezonowo", "bezrobocia"], "pl04.html": ["przeciętna godzina"],
    "pl05.html": ["przywłaszczyć", "gazociągu"], "pl06.html": ["sprzeciwiają się"],
    "pl07.html": ["To jest moment fundamentalny", "kłótnie"], "pl08.html": ["Składniki", "łyżki"],
    "pl09.html": ["pozostawiła złudzeń"], "pl10.html": ["towarzyszącej", "okrętów"],
}


def test_the_ten_pages_are_there() -> None:
    if not PAGES:
        pytest.skip("../shared/eval/html is not present")
    assert [p.name for p in PAGES] == sorted(EXPECTED)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_real_page_text(path) -> None:
    doc = read_path(path)
    assert doc.format == "html" and doc.name == path.name
    assert doc.encoding == ("cp1250" if path.name == "pl07.html" else "utf-8")
    for phrase in EXPECTED[path.name]:
        assert phrase in doc.text
    assert not MOJIBAKE.search(doc.text), MOJIBAKE.search(doc.text)
    assert len(set(doc.text) & set("ąćęłńóśźż")) >= 5
    assert doc.language == "pl"
    assert doc.title and not MOJIBAKE.search(doc.title)
    # Boilerplate of these pages (cookie consent, navigation) is not main text.
    assert "cookie" not in doc.text.lower()[:300]
    assert len(doc.content_hash) == 64 and doc.fetched_at


def test_pl07_title_decoded_from_cp1250() -> None:
    doc = read_path(HTML_DIR / "pl07.html")
    assert doc.title.startswith("Unijne fundusze coraz bliżej. Sejm zagłosował")


@pytest.mark.parametrize("name,headline", [
    ("pl01.html", "Angus Barbieri. Nie jadł przez 382 dni"),
    ("pl03.html", "Polska z najniższym bezrobociem w całej UE"),
    ("pl07.html", 'Unijne fundusze coraz bliżej. Sejm zagłosował "za"'),
    ("pl10.html", "„Królowa Elżbieta” wypływa w świat. Sygnał dla Chin i Rosji"),
])
def test_headline_leads_the_text(name: str, headline: str) -> None:
    # trafilatura leaves these <h1> headlines out; on a project page it is the name.
    assert read_path(HTML_DIR / name).text.splitlines()[0] == headline
