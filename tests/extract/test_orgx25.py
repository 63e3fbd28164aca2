"""ORG-X (round 25): bodies missed in running prose: the body whose people do the work, the body
thanked for its help, the patron."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(t):
    ex = extract_document(Document("x", "x.txt", normalize_text(t)))
    return {o.name: o.role for p in ex.projects for o in p.organizations}


_HEAD_PL = "Projekt „Razem w szkole”\n\nProjekt „Razem w szkole” realizuje Fundacja Alfa od marca 2024 r. "
_HEAD_EN = "Project “Together at School”\n\nThe project “Together at School” is run by the Alfa Foundation since March 2024. "
_HEAD_RU = "Проект «Вместе в школе»\n\nПроект «Вместе в школе» реализует Фонд «Альфа» с марта 2024 года. "


# the body whose people do the work: any body head (lexicon, any case), not only the few
# heads the fallback knew; the staff noun in its Polish plural too ("eksperci", "adwokaci")
def test_staff_of_a_body_polish():
    o = _orgs(_HEAD_PL + "Porad prawnych udzielają raz w tygodniu adwokaci z Okręgowej Rady Adwokackiej w Rzeszowie.")
    assert o.get("Okręgowa Rada Adwokacka") == "partner"
    o = _orgs(_HEAD_PL + "Zajęcia z dziećmi prowadzą wolontariusze z I Liceum Ogólnokształcącego im. Mikołaja Kopernika.")
    assert o.get("I Liceum Ogólnokształcące im. Mikołaja Kopernika") == "partner"
    o = _orgs(_HEAD_PL + "Wsparcia udzielają nam eksperci Związku Miast Polskich.")
    assert o.get("Związek Miast Polskich") == "partner"


def test_staff_of_a_body_en_ru():
    o = _orgs(_HEAD_EN + "Advisers from the Kraków Municipal Labour Office hold weekly consultations.")
    assert o.get("Kraków Municipal Labour Office") == "partner"
    o = _orgs(_HEAD_RU + "Занятия вели эксперты Поморской торгово-промышленной палаты.")
    assert o.get("Поморская торгово-промышленная палата") == "partner"


def test_people_served_or_thanked_are_no_staff():
    # "dla adwokatów z X": the lawyers are taught; "wolontariuszom z X" (dative): they are thanked
    o = _orgs(_HEAD_PL + "Zorganizowaliśmy seminarium dla adwokatów z Okręgowej Rady Adwokackiej w Rzeszowie.")
    assert not any(n.startswith("Okręgowa Rada") for n in o)
    o = _orgs(_HEAD_PL + "Pani Anna dziękowała szczególnie wolontariuszom z Zespołu Szkół nr 2.")
    assert "Zespół Szkół nr 2" not in o


# a body thanked for help other than a part in the work: `other`
def test_thanked_for_help_polish():
    o = _orgs(_HEAD_PL + "Dziękujemy Miejskiej Bibliotece Publicznej w Zgierzu za udostępnienie sali.")
    assert o.get("Miejska Biblioteka Publiczna w Zgierzu") == "other"
    o = _orgs(_HEAD_PL + "Za wsparcie merytoryczne dziękujemy Ośrodkowi Monitorowania Zachowań Rasistowskich.")
    assert o.get("Ośrodek Monitorowania Zachowań Rasistowskich") == "other"


def test_thanked_for_help_en_ru():
    o = _orgs(_HEAD_EN + "We thank the Warsaw Family Support Centre for lending us a hall.")
    assert o.get("Warsaw Family Support Centre") == "other"
    o = _orgs(_HEAD_RU + "Благодарим Подляское воеводское управление за ускорение рассмотрения документов.")
    assert o.get("Подляское воеводское управление") == "other"


def test_thanks_that_name_no_body_of_the_project():
    # help with the application, before the project; the body of the people thanked (genitive)
    o = _orgs(_HEAD_PL + "Dziękujemy Urzędowi Miasta Białegostoku za list poparcia do wniosku.")
    assert not any(n.startswith("Urząd Miasta") for n in o)
    o = _orgs(_HEAD_PL + "Dziękujemy uczniom i nauczycielom Zespołu Szkół nr 3 za zbiórkę paczek!")
    assert "Zespół Szkół nr 3" not in o


# the patron: `other`, the name in the nominative
def test_patron_polish():
    o = _orgs(_HEAD_PL + "Projekt objęty był honorowym patronatem Mazowieckiego Kuratora Oświaty, "
                         "a patronat medialny sprawowała „Gazeta Legionowska”.")
    assert o.get("Mazowiecki Kurator Oświaty") == "other"
    assert o.get("Gazeta Legionowska") == "other"
    o = _orgs(_HEAD_PL + "Patronat honorowy nad projektem objął Rzecznik Praw Obywatelskich.")
    assert o.get("Rzecznik Praw Obywatelskich") == "other"


def test_patron_en_uk():
    o = _orgs(_HEAD_EN + "The festival is held under the patronage of the Mayor of Gdańsk.")
    assert o.get("Mayor of Gdańsk") == "other"
    uk = ("Проєкт «Разом у школі»\n\nПроєкт «Разом у школі» реалізує Фонд «Альфа» з березня 2024 року. "
          "Проєкт відбувається під патронатом Генерального консульства України в Любліні.")
    assert _orgs(uk).get("Генеральне консульство України в Любліні") == "other"


def test_person_as_patron_is_no_body():
    o = _orgs(_HEAD_PL + "Wydarzenie odbyło się pod patronatem Jana Kowalskiego.")
    assert "Jan Kowalski" not in o
    o = _orgs(_HEAD_PL + "Odbyło się pod patronatem prezydenta miasta.")
    assert len(o) == 1


# a partner noun in apposition right after the body
def test_apposed_partner():
    o = _orgs(_HEAD_PL + "Pracownicy socjalni Caritas Archidiecezji Przemyskiej, partnera projektu, "
                         "przeprowadzili 1 300 wizyt domowych.")
    assert o.get("Caritas Archidiecezji Przemyskiej") == "partner"
    o = _orgs(_HEAD_PL + "Zajęcia odbywają się w kuchni Zespołu Szkół Gastronomicznych w Łodzi – naszego partnera.")
    assert o.get("Zespół Szkół Gastronomicznych w Łodzi") == "partner"
    o = _orgs(_HEAD_EN + "Classes are held at the Warsaw Family Support Centre, our project partner.")
    assert o.get("Warsaw Family Support Centre") == "partner"


def test_media_partner_is_not_apposed():
    o = _orgs(_HEAD_PL + "Spoty emituje Radio Poznań, partner medialny kampanii.")
    assert o.get("Radio Poznań") != "partner"


def test_patron_in_a_menu_bar_is_no_statement():
    o = _orgs(_HEAD_PL + "\nOrganizatorzy | Partnerzy | Patronat medialny: Radio 5, ełk.info\n")
    assert "Radio 5" not in o


# a lender of premises in the future tense or as the agent of the passive: `other`
def test_lender_future_and_passive():
    o = _orgs(_HEAD_PL + "Miejsce na zajęcia udostępni Miejski Ośrodek Kultury w Łańcucie.")
    assert o.get("Miejski Ośrodek Kultury w Łańcucie") == "other"
    o = _orgs(_HEAD_PL + "Spotkania odbywają się w sali udostępnionej przez Parafię św. Michała Archanioła.")
    assert o.get("Parafia św. Michała Archanioła") == "other"
    # no premises, no lender
    o = _orgs(_HEAD_PL + "Dane udostępni Główny Urząd Statystyczny.")
    assert "Główny Urząd Statystyczny" not in o


# English partner predicates: "Our partner in X is the Y", "Y (ACR) was a strategic partner"
def test_english_partner_predicates():
    o = _orgs(_HEAD_EN + "Our partner in strategic litigation is the Helsinki Foundation for Human Rights.")
    assert o.get("Helsinki Foundation for Human Rights") == "partner"
    o = _orgs(_HEAD_EN + "The Commissioner for Human Rights (RPO) was a strategic partner of the project.")
    assert o.get("Commissioner for Human Rights") == "partner"
    # "a partner" said of a person is no body
    o = _orgs(_HEAD_EN + "Anna Smith was a great partner in the workshops.")
    assert "Anna Smith" not in o


def test_passive_lending_of_no_premises():
    o = _orgs(_HEAD_PL + "Badanie obejmuje analizę danych udostępnionych przez Ministerstwo Edukacji Narodowej.")
    assert "Ministerstwo Edukacji Narodowej" not in o


def test_staff_of_a_generic_unit_names_no_body():
    # "Poradnia Rodzinna": a head and one common adjective name a kind of unit, not one body
    o = _orgs(_HEAD_PL + "Wsparcia psychologicznego udzielały psycholożki z Poradni Rodzinnej przy ul. Sokoła.")
    assert not any(n.startswith("Poradnia") for n in o)
    o = _orgs(_HEAD_PL + "Wsparcia psychologicznego udzielały psycholożki z Poradni Rodzinnej „Bliżej”.")
    assert any(n.startswith("Poradnia Rodzinna") for n in o)
