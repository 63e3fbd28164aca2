"""Round 42 (grant-giver): a results page's heading names the scheme unquoted (headingcall), and a
public body's results page names the budget its sum was set aside in (funding.FUNDER_INTRO)."""

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.headingcall import heading_call_name
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _heading(line: str) -> str | None:
    text = line + "\n\nTekst.\n"
    return heading_call_name(text, len(line) + 1)


def test_scheme_named_before_the_results_words():
    assert _heading("Kwiatowski Fundusz Inicjatyw 2025 – poznajcie nagrodzone inicjatywy!") == \
        "Kwiatowski Fundusz Inicjatyw 2025"
    assert _heading("Program Lokalnych Mostów 2024 – wyniki naboru") == "Program Lokalnych Mostów 2024"
    # the last breadcrumb segment; the call's noun after the results words names no scheme noun
    assert _heading("Start › Granty › Bliżej Siebie 2024 – wyniki konkursu") == "Bliżej Siebie 2024"
    assert _heading("WYNIKI KONKURSU RAZEM W DZIELNICY 2024 – LISTA DOFINANSOWANYCH INICJATYW") == \
        "RAZEM W DZIELNICY 2024"


def test_no_scheme_in_other_headings():
    for line in ("Projekt Nowy Dom – wyniki ankiety",             # a survey's results
                 "Program Integracji Cudzoziemców – wyniki badania",  # a study's, under a scheme noun
                 "Fundusz Młodzieżowy – wyniki rekrutacji",
                 "Festyn Rodzinny 2024 – wyniki konkursu na ciasto",  # a contest, not a call
                 "Wyniki konkursu plastycznego",                  # lower case: no name
                 "Wyniki konkursu Fundacji Zielony Most",        # the giver, not its scheme
                 "WYNIKI NABORU WNIOSKÓW",                        # the call's own nouns
                 "Wyniki naboru 2024",                            # a year is no name
                 "Zakończyliśmy program. Dalej – wyniki",         # a sentence, no heading
                 "Fundacja Zielony Most – aktualności"):
        assert _heading(line) is None, line


_RESULTS = ("Fundacja Zielony Most\n\n"
            "Kwiatowski Fundusz Inicjatyw 2025 – poznajcie nagrodzone inicjatywy!\n\n"
            "Komisja grantowa wybrała trzy inicjatywy. Pieniądze pochodzą z budżetu Gminy Kwiatowo.\n\n"
            "1. „Ogród sąsiadów” – Stowarzyszenie Zielone Podwórko\n"
            "Wspólny ogród dla sąsiadów z Polski i Ukrainy. Dofinansowanie: 9 000 zł.\n\n"
            "2. „Kuchnia świata” – Fundacja Smaki Ziemi\n"
            "Spotkania kulinarne w klubie osiedlowym. Dofinansowanie: 7 500 zł.\n\n"
            "3. „Liga podwórkowa” – Klub Sportowy Orzeł\n"
            "Turniej piłkarski dla dzieci z osiedla. Dofinansowanie: 6 000 zł.\n")


def test_each_granted_item_takes_the_headings_scheme():
    ex = extract_document(Document("r.txt", "r.txt", _RESULTS))
    progs = [[f.programme for f in p.funding if f.programme] for p in ex.projects]
    assert len(ex.projects) == 3
    assert all(ps == ["Kwiatowski Fundusz Inicjatyw 2025"] for ps in progs), progs


def test_a_list_with_no_grants_takes_no_scheme():
    # the same heading over a news list with no sums nor payers: no grants, no programme
    page = ("Kwiatowski Fundusz Inicjatyw 2025 – poznajcie nagrodzone inicjatywy!\n\n"
            "1. „Ogród sąsiadów” – Stowarzyszenie Zielone Podwórko\nWspólny ogród dla sąsiadów.\n\n"
            "2. „Kuchnia świata” – Fundacja Smaki Ziemi\nSpotkania kulinarne w klubie osiedlowym.\n")
    ex = extract_document(Document("n.txt", "n.txt", page))
    assert not [f.programme for p in ex.projects for f in p.funding if f.programme]


def _payers(t: str) -> list[str]:
    return [f.funder for f in find_funding(t, 0, len(t), [], "pl") if f.funder]


def test_sum_set_aside_in_a_public_budget():
    assert _payers("Na realizację zadań przeznaczono z budżetu Województwa Opolskiego kwotę 200 000 zł.") == \
        ["budżet Województwa Opolskiego"]
    assert _payers("Na realizację zadań przeznaczono w budżecie Miasta Rybnika kwotę 80 000 zł.") == ["Miasto Rybnik"]
    assert _payers("Na zadanie przeznaczono w budżecie Powiatu Kłodzkiego 20 000 zł.") == ["Powiat Kłodzki"]


def test_no_payer_in_other_set_asides():
    for t in ("Kwotę przeznaczono w budżecie projektu na materiały.",
              "Na to przeznaczono w budżecie organizacji 2 000 zł.",
              "Na zadanie przeznaczono w budżecie miasta 20 000 zł.",
              "Środki przeznaczone z myślą o rodzinach z Ukrainy.",
              "Nie przeznaczono w budżecie Miasta Rybnika środków na ten cel."):
        assert _payers(t) == [], t
