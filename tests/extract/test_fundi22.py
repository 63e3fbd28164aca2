"""Round 22, funding (FUND-I): a results page whose introduction names a programme on its own
("… w ramach Programu „X”.") and the payer in another phrase, above a table of granted projects:
every row keeps both, the programme on the payer's item; and the call the rows were granted in
named right after its noun above the table ("Wyniki konkursu grantowego „X”") is their programme,
never an area of tasks ("konkursu ofert w obszarze „Y”"). Texts in our own wording."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _rows(text: str) -> list[list[tuple]]:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [[(f.funder, f.programme, f.amount) for f in p.funding] for p in ex.projects]


_PL = ("Wyniki konkursu dla organizacji pozarządowych\n\n"
       "Burmistrz Miasta Kalisza informuje o wynikach otwartego konkursu ofert na zadania z zakresu "
       "wsparcia cudzoziemców w 2025 r. w ramach Programu „Kalisz Razem”. Na zadania przeznaczono ze "
       "środków budżetu Gminy Miasto Kalisz łącznie 90 000,00 zł.\n\n"
       "Komisja rekomendowała do dofinansowania następujące oferty:\n\n"
       "Lp. | Oferent | Nazwa zadania | Kwota dotacji (zł)\n"
       "1 | Stowarzyszenie Zielony Most | Kawiarenka językowa dla dorosłych cudzoziemców | 50 000,00\n"
       "2 | Fundacja Nowy Dom | Poradnik prawny dla rodzin z Ukrainy | 40 000,00\n")


def test_rows_share_the_intro_programme_with_its_payer():
    rows = _rows(_PL)
    assert len(rows) == 2
    assert rows[0] == [("Gmina Miasto Kalisz", "Kalisz Razem", 50000.0)]
    assert rows[1] == [("Gmina Miasto Kalisz", "Kalisz Razem", 40000.0)]


def test_rows_with_no_programme_in_the_intro_keep_the_payer_alone():
    rows = _rows(_PL.replace(" w ramach Programu „Kalisz Razem”", ""))
    assert rows[0] == [("Gmina Miasto Kalisz", None, 50000.0)]


def test_a_payer_with_its_own_programme_keeps_it():
    text = _PL.replace("Na zadania przeznaczono ze środków budżetu Gminy Miasto Kalisz",
                       "Na zadania przeznaczono ze środków Fundacji Jasny Brzeg w ramach programu "
                       "„Dobry Start”")
    assert _rows(text)[0] == [("Fundacja Jasny Brzeg", "Dobry Start", 50000.0)]


_CALL = ("Wyniki otwartego konkursu ofert „Wspólne Podwórko 2025”\n\n"
         "Starosta Powiatu Leszczyńskiego rozstrzygnął konkurs na zadania z zakresu integracji "
         "cudzoziemców. Zadania są finansowane ze środków budżetu Powiatu Leszczyńskiego.\n\n"
         "Lp. | Oferent | Nazwa zadania | Kwota dotacji (zł)\n"
         "1 | Stowarzyszenie Zielony Most | Kawiarenka językowa dla dorosłych cudzoziemców | 30 000,00\n"
         "2 | Fundacja Nowy Dom | Poradnik prawny dla rodzin z Ukrainy | 20 000,00\n")


def test_rows_take_the_call_named_above_the_table():
    rows = _rows(_CALL)
    assert [(f[1], f[2]) for r in rows for f in r] == [("Wspólne Podwórko 2025", 30000.0),
                                                       ("Wspólne Podwórko 2025", 20000.0)]
    assert all(f[0] for r in rows for f in r)


def test_a_grant_call_with_its_adjective():
    rows = _rows(_CALL.replace("otwartego konkursu ofert", "konkursu grantowego"))
    assert rows[0][0][1] == "Wspólne Podwórko 2025"


def test_an_area_of_tasks_is_no_call_name():
    rows = _rows(_CALL.replace("otwartego konkursu ofert „Wspólne Podwórko 2025”",
                               "konkursu ofert w obszarze „Integracja cudzoziemców”"))
    assert [(f[1], f[2]) for f in rows[0]] == [(None, 30000.0)]
