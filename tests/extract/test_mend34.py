"""Round 34 review: over-broad patterns of the round's rules, each with the text that showed it.
Texts in our own wording, not the sets'."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _doc(text: str):
    return extract_document(Document("x.txt", "x.txt", text))


_ROWS = ("\n\n§ 1. Udziela się dotacji z budżetu Powiatu Sieradzkiego na realizację zadań publicznych, "
         "zgodnie z załącznikiem do uchwały.\n\n"
         "Lp. | Oferent | Tytuł zadania | Miejsce realizacji | Kwota dotacji\n"
         "1 | Fundacja Nowy Dom | Polski dla dorosłych cudzoziemców | Sieradz | 24 000,00 zł\n"
         "2 | Stowarzyszenie Sąsiedzi Razem | Festyn sąsiedzki dla rodzin z Ukrainy | Złoczew | 9 500,00 zł\n")


def test_one_tasks_name_after_pn_is_no_call():
    # FUND-Q: "zadania pn. „X”" in the konkurs sentence names one task, not the rows' call
    text = ("UCHWAŁA NR 77/25\nZARZĄDU POWIATU SIERADZKIEGO\n\n"
            "w sprawie rozstrzygnięcia otwartego konkursu ofert na realizację zadań publicznych w 2025 "
            "roku, w tym zadania pn. „Bezpieczny senior” realizowanego przez Fundację Nowy Dom" + _ROWS)
    assert {f.programme for p in _doc(text).projects for f in p.funding} == {None}
