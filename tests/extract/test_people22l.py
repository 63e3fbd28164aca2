"""PEOPLE-L (round 22): a person's name hard-wrapped over a line break (a PDF or a narrow column
flattened to text) is read as one name; lines that merely stand one under another are not joined."""
from ngo_atlas.extract.people import find_people
from ngo_atlas.extract.wrapnames import join_broken_names


def _names(text: str, lang: str = "pl") -> dict[str, str]:
    return {p.name: p.role for p in find_people(text, 0, len(text), [], lang)}


def _joined(text: str) -> str:
    out = join_broken_names(text, 0, len(text))
    assert len(out) == len(text)  # offsets unchanged
    return out


def test_coordinator_name_wrapped_after_first_name():
    t = ("W ciągu roku odbyło się dwanaście warsztatów dla rodziców w trzech dzielnicach. Pracami kierowała Weronika\n"
         "Sadowska. Wszystkie zajęcia były bezpłatne.")
    assert "Weronika Sadowska" in _names(t)


def test_wrapped_name_after_degree_in_a_list():
    t = ("Zespół badawczy: dr Agnieszka Lis (kierowniczka), dr Halina\n"
         "Zawadzka, Piotr Domański.\n")
    assert "Halina Zawadzka" in _names(t)


def test_wrapped_name_after_an_english_key():
    t = "Legal support: Tomasz Walczak. Outreach and communication: Beata\nKrawczyk.\n\nThe project ended."
    assert "Beata Krawczyk" in _names(t, "en")


def test_break_becomes_a_space_only_inside_the_name():
    t = "Spotkanie poprowadziła Joanna\nWilczyńska z naszego zespołu.\nZapraszamy"
    assert _joined(t) == "Spotkanie poprowadziła Joanna Wilczyńska z naszego zespołu.\nZapraszamy"


def test_heading_or_job_on_the_next_line_is_not_joined():
    for t in ("Z poważaniem\nMagdalena\nKoordynatorka projektu\n",
              "Kontakt: Ewa\nKontakt telefoniczny w dni robocze.\n",
              "Zespół projektu: Anna\nMaria i Zofia prowadzą zajęcia.\n"):
        assert _joined(t) == t


def test_list_one_name_a_line_is_not_joined():
    # surname first, one a line: the first name closes the line's own name
    t = "Uczestnicy szkolenia:\nWiśniewski Adam\nKowalczyk Ewa\nLewandowski Marek\n"
    assert _joined(t) == t
    t = "Trenerzy:\n- Anna\n- Nowicka\n"
    assert _joined(t) == t


def test_body_name_ending_in_a_first_name_is_not_joined():
    t = "Partnerem jest Fundacja Nadzieja\nWarszawa, ul. Długa 5\n"
    assert _joined(t) == t


def test_text_without_a_wrapped_name_is_the_same_string():
    t = "Projekt realizuje Stowarzyszenie Most.\nKoordynatorka: Irena Sowa\n"
    assert join_broken_names(t, 0, len(t)) is t


def test_city_at_a_line_end_is_no_first_name():
    # "Kraków" reads as a first name only in the plural genitive of another name
    for t in ("Centrum Wielokulturowe, ul. Długa 3, 30-001 Kraków\nFollow us on social media\n",
              "Partner: Uniwersytet Pedagogiczny w Kraków\nKrakowski Program Integracji\n"):
        assert _joined(t) == t
