"""Round 36, organisations branch (orgs). Texts in our own wording, not the sets'.

CREDIT-B: a project's credits block names its patrons under a label of their own ("Patroni
medialni: X, Y", "Media partners: X", "PATRONAT HONOROWY" over a line of names, "Partner
medialny: X"). A patron lends its name, not work or money: the golds keep it as `other`.
The names of such a block are often set apart by middle dots ("X · Y · Z"), which split a
list like commas do."""
from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.names import split_items
from ngo_atlas.extract.organisations import find_organisations


def _roles(text, lang="pl"):
    return {(o.name, o.role) for o in find_organisations(text, 0, len(text), find_labels(text), lang)}


def test_media_patrons_label_on_its_line():
    t = ("Koncert odbędzie się 3 maja w amfiteatrze.\n\n"
         "Organizator: Fundacja Dobre Sąsiedztwo\n"
         "Patroni medialni: Radio Mazury, Gazeta Ełcka\n")
    roles = _roles(t)
    assert {("Radio Mazury", "other"), ("Gazeta Ełcka", "other")} <= roles
    assert ("Radio Mazury", "partner") not in roles


def test_english_media_partners_and_honorary_patronage():
    t = ("The conference takes place on 12 March in Poznań.\n\n"
         "Media partners: Radio Warta, Poznań Weekly\n"
         "Honorary patronage: Marshal of the Greater Poland Voivodeship\n")
    roles = _roles(t, "en")
    assert {("Radio Warta", "other"), ("Poznań Weekly", "other"),
            ("Marshal of the Greater Poland Voivodeship", "other")} <= roles


def test_patron_headings_over_middle_dot_lists():
    t = ("Festiwal potrwa trzy dni.\n\n"
         "PATRONAT HONOROWY\n"
         "Rzecznik Praw Dziecka · Podlaski Kurator Oświaty\n\n"
         "PATRONI MEDIALNI\n"
         "Radio Narew · Tygodnik Podlaski · TVP3 Łomża\n")
    roles = _roles(t)
    assert {("Rzecznik Praw Dziecka", "other"), ("Podlaski Kurator Oświaty", "other"),
            ("Radio Narew", "other"), ("Tygodnik Podlaski", "other"), ("TVP3 Łomża", "other")} <= roles
    assert not any("·" in name for name, _ in roles)


def test_a_person_as_patron_is_no_body():
    t = "Wystawa czynna do 30 czerwca.\n\nPatronat honorowy: Jan Nowicki\n"
    assert not any(name.startswith("Jan") for name, _ in _roles(t))


def test_a_menu_of_labels_and_prose_about_media_partners_name_nobody():
    t = ("Start | Organizatorzy | Partnerzy | Patroni medialni | Kontakt\n\n"
         "Szukamy partnerów medialnych dla festiwalu. Napisz do nas.\n")
    assert not _roles(t)


def test_middle_dots_split_a_list_like_commas():
    t = "Fundacja Wspólny Stół · Kino Zorza · Dom Kultury Ochota"
    assert [t[a:b] for a, b in split_items(t, 0, len(t))] == [
        "Fundacja Wspólny Stół", "Kino Zorza", "Dom Kultury Ochota"]
    # a dot inside a word ("Kino·Teka") or without spaces splits nothing
    t = "Stowarzyszenie Kino·Teka"
    assert [t[a:b] for a, b in split_items(t, 0, len(t))] == [t]


def test_patron_label_after_a_bar_of_labels_is_read_as_a_menu():
    t = ("Wydarzenie odbędzie się w sobotę.\n\n"
         "Organizatorzy | Partnerzy | Patronat medialny: Radio Warmia, olsztyn.info\n")
    assert ("Radio Warmia", "other") not in _roles(t)
