"""A page's publishing record: who entered, published or photographed the page, not who works
in the project.

A content management system signs what it shows with fields of its own: a public information
bulletin's record ("Metryczka: Wytworzył: Wydział X | Wprowadził: Anna Y | Data: …", "Osoba
wprowadzająca: Anna Y", "Pierwsza publikacja: 15.01.2024 10:30 Anna Y (Biuro Komunikacji)",
"Odpowiedzialny za treść: …"), a blog's ("Dodane przez Anna Y", "Posted by Anna Y", "Written by
…", "Опубліковано: … Анна Y"), a photo's credit ("fot. Anna Y", "Zdjęcia: Anna Y", "Фото: …").
The name is the field's value: the field's key, then a colon (or "przez"/"by"), at most a date
and a time, then the name, on one line. A news post's byline "Autor: Anna Y" / "autorka: Anna Y"
is such a field only where the post's date stands with it (on its line, or on a metadata line
right above or below it): a report's "Autorzy: X, Y" over its ISBN names its authors and stays.
"""
from __future__ import annotations

import re

from ngo_atlas.extract.pagemeta import DATE
from ngo_atlas.extract.text import line_at

# the fields' keys (Polish, English, Ukrainian, Russian): past-tense verbs in both genders and
# nouns, whose value follows a colon (a quote's "– dodała Anna Y" has none) ...
_KEY_COLON = (r"(?:(?:informacj[eę]|dokument|treść|stron[eę])[^\S\n]+)?"
              r"(?:wprowadzi[łl](?:a|\(a\))?|opublikowa[łl](?:a|\(a\))?|udostępni[łl](?:a|\(a\))?|"
              r"zatwierdzi[łl](?:a|\(a\))?|wytworzy[łl](?:a|\(a\))?|zmodyfikowa[łl](?:a|\(a\))?|"
              r"zaktualizowa[łl](?:a|\(a\))?|doda[łl](?:a|\(a\))?|"
              r"osoba[^\S\n]+(?:wprowadzająca|publikująca|udostępniająca|zatwierdzająca|"
              r"odpowiedzialna[^\S\n]+za[^\S\n]+(?:treść|informację|publikację))|"
              r"odpowiedzialn[ya][^\S\n]+za[^\S\n]+(?:treść|informację|publikację)|"
              r"pierwsza[^\S\n]+publikacja|ostatnia[^\S\n]+(?:modyfikacja|aktualizacja|zmiana)|"
              r"опублікува(?:в|ла)|опубликова(?:л|ла)|дода(?:в|ла)|добавил(?:а)?|"
              r"fotografi[ae]|zdjęci[ae]|photos?|photo[^\S\n]+credit|credit|фото)")
# ... and those whose value may follow with no colon ("Dodane przez X", "Posted by X", "fot. X",
# "Опубліковано 12.03.2024 Анна Y")
_KEY_FREE = (r"(?:(?:dodan[ye]|opublikowan[ye]|wprowadzon[ye])[^\S\n]+przez|opublikowano|dodano|"
             r"(?:posted|written|published|uploaded|edited)[^\S\n]+by|photos?[^\S\n]+by|"
             r"опубліковано|опубликовано|додано|добавлено|fot\.)")
_TIME = r"(?:(?:godz\.?|o)[^\S\n]*)?\d{1,2}:\d{2}"
_FILL = rf"(?:[^\S\n]*[,|·•–-]?[^\S\n]*(?:{DATE}|{_TIME}))*[^\S\n]*[,|·•–-]?"
_TITLE = r"(?:(?:red\.|pani|pan|mgr|dr|mec\.|adw\.)[^\S\n]+)*"
_FIELD = re.compile(rf"(?<![\w.])(?:(?i:{_KEY_COLON})[^\S\n]*:|(?i:{_KEY_FREE})[^\S\n]*:?){_FILL}"
                    rf"[^\S\n]*{_TITLE}$")
_HINTS = ("wprowadz", "opublik", "udostępni", "zatwierdz", "wytworz", "zmodyfik", "zaktualiz", "dodan",
          "dodał", "dodal", "osoba", "odpowiedzialn", "publikac", "dodano", "zmiana", "modyfik",
          "aktualiz", " by", "опублік", "опублик", "дода", "добавл", "добавил", "fot",
          "zdjęc", "photo", "credit", "фото")

# a post's byline: the singular "Autor:" / "Autorka:" / "Author:" / "Автор:" / "Авторка:" right
# before the name (a report's plural "Autorzy:" and "Autorka raportu:" are not it)
_BYLINE_KEY = re.compile(rf"(?<![\w.])(?i:autor|autorka|author|автор|авторка)[^\S\n]*:[^\S\n]*{_TITLE}$")
# the post's date, or its other metadata fields, on the line or beside it
_POSTED = re.compile(rf"(?<![\w.]){DATE}(?![\w])|(?i:opublikowano|dodano|data[^\S\n]+publikacji|published|"
                     r"posted|опубліковано|опубликовано|kategori[ae]|категорі[яї]|категори[яи]|tagi|tags|"
                     r"czas[^\S\n]+czytania|reading[^\S\n]+time)")


def in_publishing_record(text: str, a: int, b: int) -> bool:
    """The name at text[a:b] is the value of a field of the page's publishing record (see the
    module's note)."""
    ls, le = line_at(text, a)
    before = text[ls:a]
    low = before.lower()
    if any(h in low for h in _HINTS) and _FIELD.search(before):
        return True
    if not _BYLINE_KEY.search(before):
        return False
    if _POSTED.search(text, ls, le):
        return True
    for j in (ls - 1, le + 1):  # the dated metadata line right above or below the byline
        if 0 <= j < len(text):
            ns, ne = line_at(text, j)
            if ne > ns and _POSTED.search(text, ns, ne) and len(text[ns:ne]) <= 160:
                return True
    return False
