"""Round 20c, funding (FUND-C): a list of payers under an intro line ("Projekt sfinansowali:",
"Our main donors were:", "Фінансування:"), one payer a bulleted line with its own sum, gives one
funding entry an item; an item with no sum (a partner in a list of "partners and donors") is not
a payer; an item naming no body keeps its sum with funder null. Texts in our own wording."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str) -> dict:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return {f.funder: (f.amount, f.programme) for p in ex.projects for f in p.funding}


_HEAD = ("Projekt „Zielona Świetlica”\n\nStowarzyszenie Dobry Sąsiad prowadziło projekt „Zielona "
         "Świetlica” w Kaliszu od marca do czerwca 2024 roku.\n\n")
_HEAD_EN = ("Project \"Open Kitchen\"\n\nThe Neighbours Association ran the project \"Open Kitchen\" in "
            "Gdynia in 2023.\n\n")
_HEAD_UK = ("Проєкт «Відкрита кухня»\n\nАсоціація Сусіди реалізувала проєкт «Відкрита кухня» у Гдині в "
            "2023 році.\n\n")


def test_polish_list_of_payers_with_sums_and_a_programme():
    text = _HEAD + ("Zajęcia sfinansowali:\n"
                    "• Miasto Kalisz – z budżetu miasta (12 500 zł),\n"
                    "• Fundacja Jasny Dom – w ramach programu „Bliżej siebie” (40 000 zł),\n"
                    "• Bank Spółdzielczy w Kaliszu – 3 000 zł na materiały plastyczne.\n")
    got = _funding(text)
    assert got.get("Miasto Kalisz") == (12500.0, None)
    assert got.get("Fundacja Jasny Dom") == (40000.0, "Bliżej siebie")
    assert got.get("Bank Spółdzielczy w Kaliszu") == (3000.0, None)
    assert None not in got


def test_english_donors_list_with_a_counted_crowd():
    text = _HEAD_EN + ("Our largest donors were:\n"
                       "- Northern Light Foundation (Norway) – EUR 60,000 for food and rent,\n"
                       "- Harbour City Council – EUR 15,000 for the venue,\n"
                       "- more than 500 people who gave EUR 8,200 in our online collection.\n")
    got = _funding(text)
    assert got.get("Northern Light Foundation") == (60000.0, None)
    assert got.get("Harbour City Council") == (15000.0, None)
    assert got.get(None) == (8200.0, None)


def test_ukrainian_label_list():
    text = _HEAD_UK + ("Фінансування:\n"
                       "• Фонд Добра – 20 000 євро,\n"
                       "• Місто Гдиня – 5 000 євро.\n")
    got = _funding(text)
    assert got.get("Фонд Добра") == (20000.0, None)
    assert got.get("Місто Гдиня") == (5000.0, None)


def test_partners_without_a_sum_are_not_payers():
    text = _HEAD + ("Projekt nie udałby się bez naszych partnerów i sponsorów:\n"
                    "– Szkoła Podstawowa nr 3, która użyczyła sal,\n"
                    "– Fundacja Jasny Dom, która przekazała 9 000 zł na posiłki,\n"
                    "– Firma Piekarnia Kłos, która opłaciła wycieczkę – 2 400 zł,\n"
                    "– Parafia św. Józefa, która zorganizowała zbiórkę ubrań.\n")
    got = _funding(text)
    assert got.get("Fundacja Jasny Dom", (None,))[0] == 9000.0
    assert "Szkoła Podstawowa nr 3" not in got and "Parafia św. Józefa" not in got


def test_an_impersonal_verb_lists_what_was_bought_not_who_paid():
    text = _HEAD + ("W ramach projektu sfinansowano:\n"
                    "• Zajęcia plastyczne – 4 000 zł,\n"
                    "• Wycieczki – 6 000 zł.\n")
    got = _funding(text)
    assert "Zajęcia plastyczne" not in got and "Wycieczki" not in got


def test_label_programme_ends_before_a_sum_or_an_agreement_number():
    # a funding label's "Body, konkurs NAME" value: the call's name ends before the sum or the
    # agreement's number that follows it, as it does in a sentence
    for tail in ("; 245 000 PLN", ", nr umowy 2023/51/D/HS5/00777", ", umowa nr 12/2023"):
        text = _HEAD + "Finansowanie: Narodowe Centrum Nauki, konkurs SONATA 19" + tail + "\n"
        ex = extract_document(Document("f.txt", "f.txt", text))
        progs = [f.programme for p in ex.projects for f in p.funding]
        assert progs == ["SONATA 19"], (tail, progs)
