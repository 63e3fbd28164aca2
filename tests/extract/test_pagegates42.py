"""Page gates weigh structure: a job offer is the page's block of offer cues, not three words
pages apart in a report; a coalition's "O koalicji" page presents the alliance, no project."""
import pytest

from ngo_atlas.extract.pipeline import extract_document, is_job_offer
from ngo_atlas.extract.title import is_profile_page
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


_FILLER = ("W ramach zadania prowadziliśmy dyżury informacyjne dla cudzoziemców, spotkania grup "
           "wsparcia i zajęcia dla dzieci w świetlicy przy ulicy Długiej w Opolu.\n")


def _report() -> str:
    return ("Stowarzyszenie Most Kultur\n\nSPRAWOZDANIE MERYTORYCZNE ZA ROK 2024\n\n"
            "1. Projekt „Sąsiedzkie Opole – integracja w dzielnicy”\n"
            "Okres realizacji: 01.03.2024 – 31.12.2024\n"
            "Źródło finansowania: Fundusz Azylu, Migracji i Integracji\n"
            "Uczestnicy korzystali z doradztwa zawodowego i warsztatów pisania CV.\n"
            + _FILLER * 8 +
            "2. Rzecznictwo\nStowarzyszenie współtworzyło stanowisko w sprawie dostępu do kursów języka.\n"
            + _FILLER * 8 +
            "3. Zatrudnienie\nStowarzyszenie zatrudniało na podstawie umowy o pracę 4 osoby.\n")


def test_report_with_offer_words_pages_apart_is_no_job_offer():
    page = _report()
    assert not is_job_offer(page)
    assert "Sąsiedzkie Opole – integracja w dzielnicy" in _titles(page)


def test_offer_block_is_a_job_offer():
    page = ("Oferty pracy\n\nKoordynator/ka punktu informacyjnego\n\n"
            "Fundacja Otwarte Miasto poszukuje osoby na stanowisko koordynatora punktu.\n"
            "Oferujemy: umowę o pracę, wynagrodzenie 7 000 zł brutto.\n"
            "CV prosimy przesyłać do 10 maja 2025 r.\n")
    assert is_job_offer(page)
    assert _titles(page) == []


def test_offer_block_at_the_end_of_a_long_page_is_still_an_offer():
    page = ("Aktualności\n\n" + _FILLER * 12 +
            "\nPraca: poszukujemy osoby na stanowisko asystenta. Oferujemy umowę o pracę. Prześlij CV.\n")
    assert is_job_offer(page)


@pytest.mark.parametrize("head", ["O KOALICJI", "O koalicji", "About the Coalition", "О коалиции"])
def test_coalition_heading_presents_the_alliance(head):
    page = ("Koalicja Otwarte Podlasie\n\nStart | O koalicji | Członkowie | Kontakt\n\n"
            f"{head}\n\nKoalicja to nieformalna sieć organizacji wspierających cudzoziemców. "
            "Nie jesteśmy projektem i nie mamy stałego finansowania.\n")
    assert is_profile_page(page)


def test_coalition_about_page_gives_no_record():
    page = ("Koalicja Otwarte Podlasie\n\nStart | O koalicji | Członkowie | Kontakt\n\nO KOALICJI\n\n"
            "Koalicja Otwarte Podlasie to nieformalne porozumienie organizacji pozarządowych z Białegostoku "
            "i Suwałk. Powstała w 2019 r. Spotykamy się co miesiąc i wspólnie przygotowujemy stanowiska.\n\n"
            "Nie jesteśmy projektem i nie mamy stałego finansowania.\n\n"
            "Członkowie Koalicji (stan na styczeń 2025):\nFundacja Dialog\nStowarzyszenie Wspólny Dom\n\n"
            "Spotkania w 2024 r. odbywały się dzięki wsparciu Fundacji im. Stefana Batorego.\n")
    assert _titles(page) == []


def test_network_and_project_headings_are_no_profile():
    # a network's "O sieci" page and a project's "O projekcie" page present a project
    for head in ("O sieci", "O projekcie", "Koalicja na rzecz uchodźców – sprawozdanie"):
        page = f"Sieć Wsparcia\n\nStart | {head} | Kontakt\n\n{head}\n\nSieć to projekt finansowany z FAMI.\n"
        assert not is_profile_page(page)


_OFFER = ("Oferty pracy\n\nAsystent/ka międzykulturowy/a\n\n"
          "Fundacja Otwarte Miasto poszukuje osoby na stanowisko asystenta w projekcie „Szkoła bez granic”, "
          "finansowanym ze środków Funduszu Azylu, Migracji i Integracji. {sentence}\n\n"
          "Oferujemy: umowę o pracę, wynagrodzenie 6 500 zł brutto.\nCV prosimy przesyłać do 20 lutego 2025 r.\n")


def test_offer_for_a_project_whose_end_is_given_describes_the_project():
    from ngo_atlas.extract.pipeline import _posts_in_dated_project

    page = _OFFER.format(sentence="Projekt realizujemy z Politechniką Opolską; trwa on do 31.12.2026 r.")
    assert is_job_offer(page) and _posts_in_dated_project(page)


def test_offer_whose_contract_ends_with_the_project_describes_the_post():
    from ngo_atlas.extract.pipeline import _posts_in_dated_project

    page = _OFFER.format(sentence="Zatrudnienie na umowę o pracę na czas realizacji projektu, do 31.12.2026 r.")
    assert is_job_offer(page) and not _posts_in_dated_project(page)


def test_coalition_page_that_presents_a_named_project_keeps_its_record():
    page = ("Koalicja Razem\n\nStart | O koalicji | Kontakt\n\nO KOALICJI\n\n"
            "Projekt „Razem dla sąsiadów” realizowany jest w latach 2023–2025 przez koalicję pięciu "
            "organizacji z Lublina. Projekt jest finansowany z Funduszu Azylu, Migracji i Integracji. "
            "Liderem projektu jest Fundacja Dialog.\n")
    assert _titles(page) == ["Razem dla sąsiadów"]
