"""Round 19, contacts: e-mails, addresses and sums (texts in our own wording, not the sets').

- a "rekrutacja@" mailbox that takes sign-ups is a contact; a job offer's (CV, cover letter
  in its sentence) is not, and the job offer's words reach no further than their sentence;
- an imprint line ("Org | ul. X 1, 00-000 Town | mail") gives the publisher's mailbox;
- "Więcej informacji: user.name@host" holds no bare web host;
- "www.x-y.pl" alone on a line is an address, not an image's file name;
- a payer's or programme's site (its words or its initials spelled in the host) is no
  project's address;
- the grant noun inside "migrant" is no grant cue;
- a flattened table whose header names its unit in brackets gives sums in that unit."""

from ngo_atlas.extract.boilerplate import mask
from ngo_atlas.extract.links import find_urls, imprint_line, names_payer, sentence_start
from ngo_atlas.extract.money import find_money, grant_amount
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _people(text: str) -> list:
    ex = extract_document(Document("c.txt", "c.txt", text))
    return [(q.name, q.email) for p in ex.projects for q in p.people]


def _urls(text: str) -> list:
    ex = extract_document(Document("c.txt", "c.txt", text))
    return [u.value for p in ex.projects for u in p.urls]


_PL = ("Projekt „Wspólne Lato” realizuje Stowarzyszenie Nowa Przystań w Kaliszu od czerwca 2024 do "
       "sierpnia 2025 r. W ramach projektu prowadzimy zajęcia dla dzieci z rodzin cudzoziemców.\n\n{}\n")


def test_signup_mailbox_is_a_contact():
    text = _PL.format("Zapisy na zajęcia przyjmujemy pod adresem: rekrutacja@nowaprzystan.org.pl")
    assert (None, "rekrutacja@nowaprzystan.org.pl") in _people(text)


def test_job_offer_mailbox_is_not_but_next_sentence_is():
    from ngo_atlas.extract.people import _site_function

    t = ("CV i list motywacyjny prosimy przesyłać na adres: rekrutacja@nowaprzystan.org.pl. "
         "Pytania o projekt: Zofia Baran, tel. 62 000 00 00, z.baran@nowaprzystan.org.pl")
    assert _site_function(t, t.index("rekrutacja@"), "rekrutacja@nowaprzystan.org.pl")
    assert not _site_function(t, t.index("z.baran@"), "z.baran@nowaprzystan.org.pl")


def test_sentence_start_skips_abbreviations():
    t = "Prosimy o CV. Pytania: Jan Lis, tel. 12 000, jan@x.pl"
    assert t[sentence_start(t, t.index("jan@")):].startswith("Pytania")


def test_imprint_line():
    line = "Fundacja Dobry Dom | ul. Polna 7, 60-101 Poznań | biuro@dobrydom.pl | KRS 0000123456"
    assert imprint_line(line, line.index("biuro@"))
    en = "500 Oak Street, Springfield, USA · office@oakfund.org"
    assert imprint_line(en, en.index("office@"))
    contact = "Tel.: +48 61 000 00 00 | kontakt@dobrydom.pl"
    assert not imprint_line(contact, contact.index("kontakt@"))
    text = _PL.format("Fundacja Dobry Dom | ul. Polna 7, 60-101 Poznań | biuro@dobrydom.pl")
    assert not any(e == "biuro@dobrydom.pl" for _n, e in _people(text))


def test_mailbox_user_is_no_host():
    assert find_urls("Szczegóły: zespol.lato@przystan.org.pl") == []
    assert [u for _a, _b, u in find_urls("Szczegóły: lato.przystan.org.pl")] == ["lato.przystan.org.pl"]


def test_address_alone_on_a_line_is_no_file_name():
    text = "Punkt działa w dni robocze.\nwww.punkt-kalisz.pl\nzdjecie-glowne.jpg\n"
    masked = mask(text)
    assert "www.punkt-kalisz.pl" in masked and "zdjecie-glowne" not in masked


def test_payer_site_is_no_project_url():
    assert names_payer("www.dobresasiedztwo-fundusz.org.pl", ["Fundusz Dobre Sąsiedztwo"], "Wspólne Lato")
    assert names_payer("www.fwr.gov.pl", ["Fundusz Wsparcia Regionów"], "Wspólne Lato")
    # a town in the payer's name is spelled by any local site; the project's own name wins
    assert not names_payer("www.mapa-kalisz.pl", ["Gmina Miasto Kalisz"], "Mapa pomocy")
    assert not names_payer("www.wspolnelato.pl", ["Wspólne Lato Fundusz"], "Wspólne Lato")
    text = _PL.format("Projekt finansuje Fundusz Wsparcia Regionów. Więcej o projekcie: www.fwr.gov.pl/lato")
    assert _urls(text) == []


def test_migrant_is_no_grant_cue():
    t = ("Projekt prowadzi Forum Migrantów. Jego wartość to 500 000 zł, z czego 400 000 zł pochodzi "
         "z Funduszu Dobre Sąsiedztwo.")
    assert grant_amount(t, 0, len(t), []).amount == 400000.0
    ru = "Проект ведёт Совет мигрантов. Стоимость проекта 90 000 злотых, из них 60 000 злотых – от фонда."
    assert grant_amount(ru, 0, len(ru), []).amount == 60000.0


def test_table_unit_in_header():
    t = ("Tabela 2. Budżet zadania (w zł)\n"
         "Pozycja Plan Wykonanie\n"
         "Dotacja 48 500,00 48 120,30\n"
         "Wkład własny 5 000,00 5 000,00\n"
         "Razem 53 500,00 53 120,30 100,00\n\n"
         "Rok 2024 zamknięto.\n")
    got = [(h.amount, h.currency) for h in find_money(t)]
    assert (48500.0, "PLN") in got and (53500.0, "PLN") in got
    assert all(a >= 1000 for a, _c in got)  # no share column, no year
    assert grant_amount(t, 0, len(t), []).amount == 48500.0
    en = "Budget by source (in EUR)\nEU grant 12,500.00 \nOwn funds 1,500.00\n"
    assert [(h.amount, h.currency) for h in find_money(en)] == []  # English grouping: not this shape
    de = "Costs [EUR]\nStaff 12.500\nTravel 1.250\n\n2024: 30 trips\n"
    assert [(h.amount, h.currency) for h in find_money(de)] == [(12500.0, "EUR"), (1250.0, "EUR")]
    scaled = "Koszty (w tys. zł)\nPersonel 12 500\n"
    assert find_money(scaled) == []


def test_ceiling_is_no_grant():
    t = ("Sieć daje członkom mikrogranty (do 6 000 zł). Nasz projekt otrzymał dofinansowanie "
         "o wartości 87 300 euro.")
    assert grant_amount(t, 0, len(t), []).amount == 87300.0
    en = "Members may apply for small grants of up to EUR 2,500."
    assert grant_amount(en, 0, len(en), []) is None
    uk = "Учасники отримають гранти до 20 000 гривень."
    assert grant_amount(uk, 0, len(uk), []) is None
    assert grant_amount("Dotacja: 40 000 zł do końca roku.", 0, 33, []).amount == 40000.0


def test_every_lexicon_code_before_a_figure():
    got = [(h.amount, h.currency) for h in find_money("Budget: JPY 45,000,000 and SEK 120 000")]
    assert got == [(45000000.0, "JPY"), (120000.0, "SEK")]
