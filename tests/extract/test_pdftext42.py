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


# --- words broken by a hyphen at a line's end (a PDF's hard-wrapped text) ---
from ngo_atlas.ingest.text import normalize_text  # noqa: E402


def test_cyrillic_break_joined_when_dictionary_knows_word():
    assert normalize_text("Фонд убежища, ми-\nграции и интеграции") == "Фонд убежища, миграции\nи интеграции"
    assert normalize_text("разом з Това-\nриством «Надія»") == "разом з Товариством\n«Надія»"
    assert normalize_text("у Вро-\nцлаві.") == "у Вроцлаві."


def test_cyrillic_name_syllable_break_joined():
    # a name no dictionary knows, broken after a syllable that is no compound's first part
    assert normalize_text("Ассоциация «Ин-\nтерКультура». Далее") == "Ассоциация «ИнтерКультура».\nДалее"


def test_cyrillic_compound_keeps_its_hyphen():
    assert normalize_text("на російсько-\nукраїнському кордоні") == "на російсько-українському\nкордоні"
    assert normalize_text("северо-\nзападный округ") == "северо-западный\nокруг"
    assert normalize_text("україн-\n-польський") == "україн-польський"


def test_capitalised_name_compound_joined_with_hyphen():
    assert normalize_text("w Bielsko-\nBiała i okolicach") == "w Bielsko-Biała\ni okolicach"
    assert normalize_text("(Friedrich-\nEbert-Stiftung, biuro)") == "(Friedrich-Ebert-Stiftung,\nbiuro)"


def test_no_join_for_codes_or_columns():
    # a grant number, an acronym, a lower-case first part before a capital (table columns run together)
    assert normalize_text("UMO-\n2020/37/B") == "UMO-\n2020/37/B"
    assert normalize_text("PL-\nUA") == "PL-\nUA"
    assert normalize_text("asystenci międzykul-\nPoznań turowi") == "asystenci międzykul-\nPoznań turowi"
    # a dash set off by a space is no break
    assert normalize_text("Kraków -\nWarszawa") == "Kraków -\nWarszawa"


# --- a hard-wrapped line is no card's heading ---
from ngo_atlas.extract.wrappedline import continued_below, continues_line_above  # noqa: E402

_CARDS = """SPRAWOZDANIE Z DZIAŁALNOŚCI ZA 2024 ROK

1. „Most nad Odrą”

Zamawiający: Województwo Opolskie (otwarty konkurs
ofert na zadania z zakresu integracji)
Kwota dotacji: 52 000,00 zł
Okres realizacji: 01.03.2024 – 30.11.2024

Zajęcia prowadziliśmy w Opolu i w Kędzierzynie, gdzie współpracowaliśmy
z tamtejszym domem kultury, a także
wyjazd integracyjny do Głuchołaz dla 20 rodzin. Projekt
zakończył się festynem w parku.

2. „Kuchnia sąsiadów”

Grantodawca: Fundacja Smaki Świata
Kwota dotacji: 14 000,00 zł
Okres realizacji: kwiecień – październik 2024
"""


def _line_at(text: str, words: str) -> tuple[int, int]:
    s = text.index(words)
    return s, text.index("\\n", s) if False else text.find("\n", s)


def test_wrapped_value_continues_line_above():
    s, _e = _line_at(_CARDS, "ofert na zadania")
    assert continues_line_above(_CARDS, s)
    s, _e = _line_at(_CARDS, "wyjazd integracyjny")
    assert continues_line_above(_CARDS, s)
    # a line opening in lower case under a closed sentence, or under a blank line, is its own
    assert not continues_line_above("Koniec zdania.\nrealizator: X", len("Koniec zdania.\n"))
    assert not continues_line_above("\n\nmama w Gdańsku", 2)


def test_wrapped_prose_line_continued_below():
    s, e = _line_at(_CARDS, "Zajęcia prowadziliśmy")
    assert continued_below(_CARDS, s, e)
    # a quoted or numbered title that wraps, and a name over a lower-case label, stay headings
    t = "„Sąsiedzi bez granic – wsparcie dla rodzin i dzieci z\nUkrainy”"
    assert not continued_below(t, 0, t.index("\n"))
    t = "Sąsiedzi bez granic wsparcie dla rodzin i dzieci\nrealizator: Fundacja X"
    assert not continued_below(t, 0, t.index("\n"))


_REPORT_CARDS = """SPRAWOZDANIE MERYTORYCZNE
z działalności Fundacji Most nad Odrą
za okres 01.01.2024 – 31.12.2024

III. PROJEKTY ZREALIZOWANE W 2024 R.

W 2024 r. Fundacja realizowała trzy projekty finansowane ze źródeł
zewnętrznych.

1. „Most nad Odrą”

Zleceniodawca: Samorząd Województwa Opolskiego (otwarty konkurs
ofert na zadania z zakresu integracji)
Kwota dotacji: 52 000,00 zł
Okres realizacji: 01.03.2024 – 30.11.2024

Projekt zrealizowano w pełnym zakresie. Zajęcia prowadziliśmy w Opolu.
Punkt konsultacyjny działał cztery dni w tygodniu w siedzibie Fundacji.
Udzielono łącznie 940 porad, głównie w sprawach legalizacji pobytu,
zatrudnienia, zasiłków rodzinnych i dostępu do opieki zdrowotnej. Porady
prowadzili doradcy mówiący po polsku, ukraińsku, rosyjsku i angielsku.
Dodatkowo przygotowaliśmy broszurę informacyjną w trzech językach, którą
rozesłaliśmy do urzędów gmin, szkół i ośrodków pomocy społecznej w regionie.

2. „Kuchnia sąsiadów”

Grantodawca: Fundacja Smaki Świata
Kwota dotacji: 14 000,00 zł
Okres realizacji: kwiecień – październik 2024

Zajęcia prowadziliśmy w Opolu i w Kędzierzynie, gdzie współpracowaliśmy
z tamtejszym domem kultury, a także
wyjazd integracyjny do Głuchołaz dla 20 rodzin. Projekt
zakończył się festynem w parku.

3. „Szkoła dla wszystkich”

Grantodawca: UNICEF
Kwota: 120 000,00 zł
Okres realizacji: 01.01.2024 – 30.06.2025
"""


def test_report_cards_keep_their_numbered_names():
    # the label blocks' cards: a wrapped label value ("…(otwarty konkurs\nofert na …)") and a
    # wrapped sentence ("…, a także\nwyjazd …") over the labels are no card's name
    from ngo_atlas.extract import segment
    from ngo_atlas.extract.boilerplate import mask
    from ngo_atlas.extract.labels import find_labels
    text = mask(_REPORT_CARDS)
    titles = [sg.title for sg in segment.split(text, find_labels(text), _REPORT_CARDS)]
    assert titles == ["1. „Most nad Odrą”", "2. „Kuchnia sąsiadów”", "3. „Szkoła dla wszystkich”"], titles
