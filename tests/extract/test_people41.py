"""Round 41 (people): a publication's writers are its authors; a coordinator's bracketed job.

1. A person found elsewhere (a team list, a trainer's line) as `other` or `expert` whom the page
   names as writing a project's publication becomes its `author`: an author's noun with the
   publication ("Autorzy raportu: X, Y", "Autorką poradnika jest X", "X, która jest autorką
   niniejszego raportu"), a writing verb with a colon or "przez"/"by" after the publication
   ("Przewodnik przygotowali: X i Y", "Звіт підготувала: X", "Policy brief (2023), by X").
   Negatives: a post's writer ("Autorka: X"), a photographer ("autor zdjęć: X"), a bio's earlier
   book ("X – trenerka, autorka podręcznika „Y”", "…, autorka podręczników"), a citation in a
   team's publication list, a coordinator who also wrote the report, a name in the next sentence.
2. "Koordynatorka projektu: X (nauczycielka języka polskiego)": her job in brackets does not
   replace the cue's coordinator; a second name listed after her keeps her bracket's role.
3. A social-media post's writer ("X • 2nd" over a headline) with a managing headline is the
   coordinator where the page names none; not with another headline, nor beside a coordinator.
4. Below a list of one-paragraph grants, a person on a line about the call ("Pytania: X,
   koordynatorka programu") is the page's, not the last grant's; a line without such a word stays.
"""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.pubauthors import publication_authors
from ngo_atlas.model import Document, PersonRef, Span


def _roles(text: str, names: dict[str, str]) -> dict[str, str]:
    people = [PersonRef(n, r) for n, r in names.items()]
    publication_authors(text, 0, len(text), people)
    return {p.name: p.role for p in people}


def _people(text: str) -> dict[str, str]:
    projects = extract_document(Document(source="t.txt", name="t.txt", text=text)).projects
    return {p.name: p.role for pr in projects for p in pr.people if p.name}


def test_author_noun_with_the_publication():
    text = "Zespół: Joanna Berg, Tadeusz Mrozek.\nAutorzy raportu: dr Joanna Berg, Tadeusz Mrozek\n"
    assert _roles(text, {"Joanna Berg": "other", "Tadeusz Mrozek": "expert"}) == \
        {"Joanna Berg": "author", "Tadeusz Mrozek": "author"}
    text = "Warsztaty prowadziły Alicja Sowa i Ewa Kruk. Autorką poradnika „Razem” jest Alicja Sowa."
    assert _roles(text, {"Alicja Sowa": "expert", "Ewa Kruk": "expert"}) == \
        {"Alicja Sowa": "author", "Ewa Kruk": "expert"}  # the trainer of the sentence before: no author
    text = "Spotkanie prowadził dr Leon Wilk, który jest również autorem niniejszego raportu."
    assert _roles(text, {"Leon Wilk": "expert"}) == {"Leon Wilk": "author"}
    text = "The pilot ended in May. Authors\nof the final report: Dr. Ruth Adler and Piotr Gil.\n"
    assert _roles(text, {"Ruth Adler": "expert", "Piotr Gil": "other"}) == \
        {"Ruth Adler": "author", "Piotr Gil": "author"}


def test_writing_verb_after_the_publication():
    text = "Путеводитель подготовили: Ирина Волкова и Олег Седых\n"
    assert _roles(text, {"Ирина Волкова": "other", "Олег Седых": "other"}) == \
        {"Ирина Волкова": "author", "Олег Седых": "author"}
    text = "Звіт підготувала: Марія Бойко\n"
    assert _roles(text, {"Марія Бойко": "other"}) == {"Марія Бойко": "author"}
    text = "Prezentujemy raport przygotowany przez zespół w składzie: dr Hanna Mróz, Igor Lenko.\n"
    assert _roles(text, {"Hanna Mróz": "other", "Igor Lenko": "other"}) == \
        {"Hanna Mróz": "author", "Igor Lenko": "author"}
    text = "• Policy brief: Seasonal workers (2023), by Dr. Ann Reed and Jakub Zając – PDF\n"
    assert _roles(text, {"Ann Reed": "other", "Jakub Zając": "expert"}) == \
        {"Ann Reed": "author", "Jakub Zając": "author"}


def test_authorship_negatives():
    # a post's writer, a photographer, a text's author: no publication written for the project
    assert _roles("Dodano: 3 maja 2024 · Autorka: Ewa Kruk\nRaport z projektu wkrótce.",
                  {"Ewa Kruk": "other"}) == {"Ewa Kruk": "other"}
    assert _roles("Autor zdjęć: Piotr Gil. Raport z badań pobierzesz poniżej.",
                  {"Piotr Gil": "other"}) == {"Piotr Gil": "other"}
    # a trainer's bio with an earlier titled book stays her expertise
    assert _roles("Alicja Sowa – trenerka, pedagożka, współautorka podręcznika „Inny w klasie”.",
                  {"Alicja Sowa": "expert"}) == {"Alicja Sowa": "expert"}
    # a citation in a team's publication list: her part in the team stands
    assert _roles("Mazur K., Lis T. (2024), Raport z badań, Lublin.\n",
                  {"Kinga Mazur": "other"}) == {"Kinga Mazur": "other"}
    # a trainer's bio: "autorka podręczników" is her earlier work, no project publication
    assert _roles("Szkolenia poprowadzi dr Alicja Sowa z UJ, autorka podręczników do nauki polskiego.",
                  {"Alicja Sowa": "expert"}) == {"Alicja Sowa": "expert"}
    # a coordinator who also wrote the report keeps coordinating
    assert _roles("Autorzy raportu: Joanna Berg, Tadeusz Mrozek\n",
                  {"Joanna Berg": "coordinator", "Tadeusz Mrozek": "other"}) == \
        {"Joanna Berg": "coordinator", "Tadeusz Mrozek": "author"}
    # meals prepared by someone: no publication
    assert _roles("Posiłki przygotowali: Ewa Kruk i Jan Sowa\n",
                  {"Ewa Kruk": "other", "Jan Sowa": "other"}) == {"Ewa Kruk": "other", "Jan Sowa": "other"}
    # the authors' line stops at its end: the next line's team is no author
    assert _roles("Autorzy raportu: Joanna Berg\nZespół: Tadeusz Mrozek, Ewa Kruk\n",
                  {"Tadeusz Mrozek": "other", "Ewa Kruk": "other"}) == \
        {"Tadeusz Mrozek": "other", "Ewa Kruk": "other"}


def test_coordinator_cue_beats_her_bracketed_job():
    text = ("Projekt „Mosty w klasie” realizuje Szkoła Podstawowa nr 4 w Zamościu w ramach programu "
            "Erasmus+.\n\nSzkolna koordynatorka projektu: Barbara Nowicka (nauczycielka języka "
            "angielskiego), e-mail: b.nowicka@sp4.zamosc.pl\n")
    assert _people(text).get("Barbara Nowicka") == "coordinator"


def test_coordinator_cue_second_name_keeps_its_bracket():
    from ngo_atlas.extract.people import _from_span

    text = "Koordynatorki: Barbara Nowicka (nauczycielka), Olga Zań (psycholożka)\n"
    found = _from_span(text, len("Koordynatorki: "), len(text) - 1, "coordinator", "coordinator_phrase", 0.75, "pl")
    roles = {p.name: p.role for p in found}
    assert roles["Barbara Nowicka"] == "coordinator"
    assert roles.get("Olga Zań") != "coordinator"


# 3. a social-media post's writer with a managing headline, where no one else coordinates
_POST = ("Ewa Grabowska • 2nd\n{headline}\n2w • Edited • 🌐\n\n"
         "After a year, our project \"Open Kitchen Lublin\" has come to an end! Together with the "
         "Lublin Social Welfare Centre we ran 40 cooking workshops for 300 newcomers from Ukraine "
         "and Belarus. {extra}The project was funded by the Lublin City Council.\n\n"
         "👍 120 · 14 comments\n")


def test_post_writer_with_a_managing_headline_coordinates():
    text = _POST.format(headline="Programme Manager at Fundacja Wspólny Stół | Migration", extra="")
    assert _people(text).get("Ewa Grabowska") == "coordinator"


def test_post_writer_negatives():
    from ngo_atlas.extract.postwriter import post_writer_coordinator

    # another headline: the board's president writing about the project keeps her role
    text = _POST.format(headline="President of the Board at Fundacja Wspólny Stół", extra="")
    people = [PersonRef("Ewa Grabowska", "other", span=Span(0, 13, "body_name", 0.45))]
    post_writer_coordinator(text, people)
    assert people[0].role == "other"
    # the post names the project's coordinator: the writer is not her
    text = _POST.format(headline="Programme Manager at Fundacja Wspólny Stół",
                        extra="Thanks to our project coordinator Olga Marek! ")
    people = [PersonRef("Ewa Grabowska", "other", span=Span(0, 13, "body_name", 0.45)),
              PersonRef("Olga Marek", "coordinator", span=Span(300, 310, "coordinator_phrase", 0.75))]
    post_writer_coordinator(text, people)
    assert people[0].role == "other"
    # no header at the top (a news page quoting a manager): nothing changes
    text = "Aktualności\n\nEwa Grabowska, Programme Manager, opowiada o projekcie.\n"
    people = [PersonRef("Ewa Grabowska", "other", span=Span(13, 26, "body_name", 0.45))]
    post_writer_coordinator(text, people)
    assert people[0].role == "other"


# 4. a grant list's closing line about the call: its person is the page's, not the last grant's
_GRANTS = ("Wyniki konkursu grantowego „Sąsiedzi” 2024\n\n"
           "Komisja wybrała do dofinansowania następujące projekty:\n\n"
           "1. Stowarzyszenie Most z Chełma – „Kuchnia bez granic” – 12 000 zł. Koordynatorka: Anna Lis.\n"
           "2. Fundacja Dom z Zamościa – „Wspólne podwórko” – 10 000 zł. Koordynator: Jan Kruk.\n"
           "3. Klub Sportowy Orlik z Hrubieszowa – „Gramy razem” – 9 500 zł. Koordynatorka: Ewa Sowa.\n\n"
           "Gratulujemy! Umowy podpiszemy do 30 maja. {tail}\n")


def _tail_people(tail: str) -> set[str]:
    """The last item's people after the page pass, on a list of one-paragraph items."""
    from ngo_atlas.extract.pipeline import _page_contact_off_last_item
    from ngo_atlas.extract.segment import Segment
    from ngo_atlas.model import Project

    items = ["1. Stowarzyszenie Most – „Kuchnia bez granic” – 12 000 zł. Koordynatorka: Anna Lis.\n",
             "2. Klub Orlik – „Gramy razem” – 9 500 zł. Koordynatorka: Ewa Sowa.\n"]
    text = items[0] + items[1] + "\n" + tail + "\n"
    b = len(items[0])
    segs = [Segment(0, b), Segment(b, len(text))]
    at = text.index("Olga")
    projects = [Project(people=[PersonRef("Anna Lis", "coordinator", span=Span(70, 78, "label", 0.9))]),
                Project(people=[PersonRef("Ewa Sowa", "coordinator", span=Span(b + 60, b + 68, "label", 0.9)),
                                PersonRef("Olga Marek", "coordinator", span=Span(at, at + 10, "label", 0.9))])]
    _page_contact_off_last_item(text, projects, segs)
    return {p.name for p in projects[-1].people}


def test_call_contact_below_a_grant_list_leaves_the_last_grant():
    assert _tail_people("Gratulujemy! Pytania: Olga Marek, koordynatorka programu, granty@most.org.pl.") == {"Ewa Sowa"}
    assert _tail_people("Kontakt w sprawie konkursu: Olga Marek, tel. 84 696 11 22") == {"Ewa Sowa"}


def test_a_grant_own_helper_below_the_list_stays():
    # no word of the call on her line: the tail may go on about the last grant
    assert _tail_people("Więcej informacji: Olga Marek, instruktorka klubu, tel. 84 696 11 22.") == \
        {"Ewa Sowa", "Olga Marek"}
