"""Round 20b, funding (FUND-B): private or individual donors named as paying for the project are
a funder in the nominative plural ("darczyńcy indywidualni", "private donors", "приватні донори");
counted crowds, thanks and donors of a fund are not. Texts in our own wording, not the sets'."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str) -> dict:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return {f.funder: f.amount for p in ex.projects for f in p.funding}


_HEAD = ("Projekt „Zielona Świetlica”\n\nStowarzyszenie Dobry Sąsiad realizuje projekt „Zielona "
         "Świetlica” w Kaliszu w 2024 roku. ")
_HEAD_EN = ("Project \"Open Kitchen\"\n\nThe Neighbours Association runs the project \"Open Kitchen\" in "
            "Gdynia in 2024. ")
_HEAD_UK = ("Проєкт «Відкрита кухня»\n\nАсоціація Сусіди реалізує проєкт «Відкрита кухня» у Гдині в "
            "2024 році. ")


@pytest.mark.parametrize("text, donors", [
    (_HEAD + "Zajęcia finansuje Fundacja Jasny Dom oraz darczyńcy prywatni.\n", "darczyńcy prywatni"),
    (_HEAD + "Wyjazd dzieci został sfinansowany przez indywidualnych darczyńców z naszej zbiórki.\n",
     "indywidualni darczyńcy"),
    (_HEAD_EN + "The kitchen is funded by the Blue Sea Foundation and by private donors.\n",
     "private donors"),
    (_HEAD_UK + "Проєкт фінансується коштом Фонду Добра та приватних донорів.\n", "приватні донори"),
])
def test_donors_paying(text, donors):
    assert donors in _funding(text)


def test_donors_with_their_own_sum():
    text = (_HEAD + "Projekt finansuje Fundacja Jasny Dom kwotą 30 000 zł. Resztę kosztów (4 250 zł) "
            "pokryją darczyńcy indywidualni z jesiennej zbiórki.\n")
    got = _funding(text)
    assert got.get("darczyńcy indywidualni") == 4250.0 and got.get("Fundacja Jasny Dom") == 30000.0


@pytest.mark.parametrize("text", [
    _HEAD + "Zajęcia finansuje Fundacja Jasny Dom. Dziękujemy wszystkim darczyńcom prywatnym!\n",
    _HEAD + "Zajęcia finansuje Fundacja Jasny Dom, a setki prywatnych darczyńców wspierają nas od lat.\n",
    _HEAD_EN + "The kitchen is funded by the Blue Sea Foundation, and thousands of individual donors "
    "funded our work.\n",
    _HEAD + "Grant przyznał Fundusz Sąsiedzki, program finansowany przez darczyńców indywidualnych.\n",
])
def test_donors_not_paying(text):
    assert not any(f and ("darczy" in f or "donor" in f) for f in _funding(text))


@pytest.mark.parametrize("raw, want", [
    ("konkursu SONATA 9, nr umowy 2021/41/N/HS5/00007", "SONATA 9"),
    ("Safe Routes Initiative – przyznana kwota to EUR 40,000", "Safe Routes Initiative"),
    ("programu Lokalne Mosty, umowa nr 12/2023", "Lokalne Mosty"),
])
def test_programme_name_ends_before_agreement_or_sum(raw, want):
    from ngo_atlas.extract.funding import _programme_name
    assert _programme_name(raw, "pl") == want
