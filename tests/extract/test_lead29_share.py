"""A share button's address is never the project's page; a name that holds the word "share"
("Shared Futures", "shared kitchen") is not a share button (round 29)."""
import pytest

from ngo_atlas.extract.links import find_urls, is_project_url, share_or_policy


@pytest.mark.parametrize("url,is_button", [
    ("https://www.facebook.com/sharer/sharer.php?u=https://x.pl", True),
    ("https://twitter.com/share?url=https://x.pl", True),
    ("https://www.linkedin.com/shareArticle?mini=true&url=x", True),
    ("https://example.org/post?share=facebook", True),
    ("https://www.sharedfutures.eu/projekt", False),
    ("https://wspolnasprawa.pl/shared-kitchen", False),
    ("https://fundacja.pl/polityka-prywatnosci", True),
])
def test_a_share_button_is_the_word_share_not_a_name_that_holds_it(url, is_button):
    assert share_or_policy(url) is is_button


@pytest.mark.parametrize("line,lang_note,ok", [
    ("Strona projektu: www.sharedfutures.eu", "pl", True),
    ("Project website: https://shared-kitchen.org.pl", "en", True),
    ("Сайт проекта: www.sharedhome.org.pl", "ru", True),
    ("Сайт проєкту: www.sharedhome.org.pl", "uk", True),
    ("Udostępnij: www.facebook.com/sharer/sharer.php?u=x", "pl", False),
    ("Share: https://twitter.com/share?url=x", "en", False),
])
def test_a_project_page_whose_name_holds_share_is_kept(line, lang_note, ok):
    a, _b, url = find_urls(line)[0]
    assert is_project_url(line, a, url) is ok
