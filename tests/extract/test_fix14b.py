"""Round 14 fixes: Cyrillic Polish towns, news lists at the foot, the editors' mailbox."""

from ngo_atlas.extract.cyrtowns import ukrainian_masculine_i
from ngo_atlas.extract.places import _cyr_town


def test_masculine_town_in_ukrainian_locative_keeps_its_stem() -> None:
    # towns (Sandomierz-like, Luboń-like, -dz) the guesser would make neuter or feminine
    assert ukrainian_masculine_i("Бжезомирі", "Бжезомиро") == "Бжезомир"
    assert ukrainian_masculine_i("Стшалконі", "Стшалконя") == "Стшалконь"
    assert ukrainian_masculine_i("Ґрудзендзі", "Ґрудзендзя") == "Ґрудзендз"


def test_neuter_and_feminine_guesses_stay() -> None:
    # a cluster before the ending is a neuter's ("-tno"), a feminine -а is left alone
    assert ukrainian_masculine_i("Бжестні", "Бжестно") == "Бжестно"
    assert ukrainian_masculine_i("Вольці", "Волька") == "Волька"


def test_cyr_town_uses_it_for_unknown_towns() -> None:
    assert _cyr_town("Сандомирі", "uk") == "Сандомир"
    assert _cyr_town("Гнєзні", "uk") == "Гнєзно"


def test_news_list_at_the_foot_is_furniture() -> None:
    from ngo_atlas.extract.boilerplate import mask

    body = "Projekt prowadzimy w Chełmie od marca 2024 roku i obejmuje on kursy językowe. " * 4
    text = body + "\n\nNajnowsze wpisy:\nPiknik rodzinny w Kazimierzu Dolnym\n"
    masked = mask(text)
    assert "Kazimierzu" not in masked and "Chełmie" in masked
    uk = body + "\n\nНовини центру:\nКонцерт у Любліні – дякуємо!\n"
    assert "Любліні" not in mask(uk)


def test_sentence_opening_with_news_stays() -> None:
    from ngo_atlas.extract.boilerplate import mask

    text = "Wstęp o projekcie. " * 10 + "\nAktualności: kurs w Radomiu rusza w maju.\n"
    assert "Radomiu" in mask(text)


def test_editors_mailbox_after_a_contact_cue_is_no_contact() -> None:
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    body = ("Projekt „Sąsiedzka kuchnia” prowadzi Stowarzyszenie Dom Otwarty w Radomiu od 2024 roku. "
            "Koordynatorka projektu: Ewa Lis, e.lis@domotwarty.pl.\n"
            "Błędy w opisach zgłaszaj przez kontakt z redakcją portalu – serwis@katalog-ngo.pl.\n")
    emails = [p.email for rec in extract_document(Document("t.txt", "t.txt", body)).projects for p in rec.people]
    assert "serwis@katalog-ngo.pl" not in emails and "e.lis@domotwarty.pl" in emails
