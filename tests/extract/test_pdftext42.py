"""Round 42 (pdftext): an activity report turned from PDF is no job offer for its staff section."""
from ngo_atlas.extract.pipeline import extract_document, is_job_offer
from ngo_atlas.extract.reportowner import opens_as_report
from ngo_atlas.model import Document

_REPORT = """Fundacja Przystań Nad Wartą
ul. Długa 7, 60-101 Poznań
KRS 0000123456 | NIP 778-000-11-22

SPRAWOZDANIE MERYTORYCZNE
Z DZIAŁALNOŚCI FUNDACJI
ZA ROK 2024

1. PROJEKTY REALIZOWANE W 2024 R.

1.1. „Sąsiedzi bez granic”
Okres realizacji: 01.03.2024 – 30.11.2024
Źródło finansowania: Miasto Poznań
Wysokość dotacji: 36 000,00 zł
Koordynatorka: Helena Wróbel

W ramach projektu prowadziliśmy kursy języka polskiego i warsztaty pisania CV dla
cudzoziemców mieszkających w Poznaniu.

2. ZATRUDNIENIE
Fundacja zatrudniała na podstawie umowy o pracę 3 osoby. Łączne wynagrodzenie
wypłacone w 2024 r. wyniosło 142 000 zł.
"""

_OFFER = """Fundacja Przystań Nad Wartą poszukuje osoby na stanowisko asystentki międzykulturowej.
Oferujemy umowę o pracę i wynagrodzenie 5200 zł brutto.
CV i list motywacyjny prosimy przesyłać do 15 maja.
"""


def _doc(text: str) -> Document:
    return Document(source="t", name="t.txt", text=text, language="pl", content_hash="x",
                    format="text", encoding="utf-8", fetched_at="2026-01-01")


def test_report_cover_is_a_report():
    assert opens_as_report(_REPORT)
    assert opens_as_report("Raport roczny 2023\nStowarzyszenie Most\n")
    assert opens_as_report("Annual report 2022\nBridge Foundation\n")


def test_report_with_staff_section_is_no_job_offer():
    assert not is_job_offer(_REPORT)
    projects = extract_document(_doc(_REPORT)).projects
    assert projects and any(p.start == "2024-03-01" for p in projects)


def test_job_offer_still_an_offer():
    assert not opens_as_report(_OFFER)
    assert is_job_offer(_OFFER)
    # a notice headed "Informacja" is no report's cover
    assert not opens_as_report("Informacja o naborze\n" + _OFFER)
    assert is_job_offer("Informacja o naborze\n" + _OFFER)


def test_report_noun_deep_in_text_is_no_cover():
    body = "\n".join(f"linia {i}" for i in range(12))
    assert not opens_as_report(body + "\nSprawozdanie z realizacji zadania\n")
