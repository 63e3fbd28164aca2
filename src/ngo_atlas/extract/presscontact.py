"""A person named on a press line ("Biuro prasowe: X, media@…", "Media: X (Y)", "Rzecznik prasowy
Urzędu Miasta Z, X, tel. …") is whom journalists write to: a contact, and the press mailbox on her
line is hers. A press mailbox alone ("Kontakt dla mediów: media@…") stays as the site's function
(the gold splits on those), and so does a spokesperson no other rule found."""

from __future__ import annotations

from ngo_atlas.extract.text import CI
from ngo_atlas.model import PersonRef, Span

# a press key closing with a colon, alone before the name on its line: "Biuro prasowe:",
# "Kontakt dla mediów:", "Media:", "Press contact:", "Для ЗМІ:"; "Media partnerships:" or
# "Media and advocacy:" name a task of the team, not the press desk
_PRESS_KEY = CI(r"[^\S\n]*(?:[^\W\d][\w-]*[^\S\n]+){0,2}?(?:biur\w*[^\S\n]+prasow\w*|dla[^\S\n]+medi(?:ów|ow)|"
                r"medi(?:a|ów)|press|prasa|(?:media|press)[^\S\n]+(?:contacts?|enquiries|inquiries|office)|"
                r"для[^\S\n]+(?:змі|сми|преси|прессы)|прес-служб\w*|пресс-служб\w*)[^\S\n]*:[^\S\n]*$")
# a spokesperson's office opening the line, the body's name and a comma, colon or dash before the
# name ("Rzecznik prasowy Urzędu Miasta – Anna Nowak, tel. …")
_SPOKES_LINE = CI(r"[^\S\n]*(?:rzeczni(?:k|czka)\w*[^\S\n]+prasow\w*|spokes(?:person|woman|man)|press[^\S\n]+officer|"
                  r"пресс-секретар\w*|прес-секретар\w*)(?:[^\S\n]+[^\n,:–—]{1,60})?[^\S\n]*(?:[,:]|[^\S\n][–—])[^\S\n]*$")


def on_press_line(text: str, start: int) -> bool:
    """The name at start stands right after a press key or a spokesperson's office on its line."""
    ls = text.rfind("\n", 0, start) + 1
    if start - ls > 90:
        return False
    return bool(_PRESS_KEY.match(text, ls, start) or _SPOKES_LINE.match(text, ls, start))


# what may stand before a name that opens a contact line: a key of a few words and its colon or
# dash ("Rzeczniczka prasowa:", "Press:", "Rzecznik prasowy Urzędu Miasta –"), a list's bullet
_LINE_KEY = CI(r"[^\S\n]*(?:[-–—•*·][^\S\n]*)?(?:[^\W\d][\w.-]*[^\S\n]*){0,5}[:–—-][^\S\n]*$")
_LINE_BULLET = CI(r"[^\S\n]*(?:[-–—•*·][^\S\n]*)?$")


def contact_line(text: str, start: int) -> bool:
    """The name at start opens its line, or only a short key stands before it ("Media: X, …"):
    a contact block's line, not a sentence that mentions her in passing."""
    ls = text.rfind("\n", 0, start) + 1
    return start - ls <= 60 and bool(_LINE_BULLET.match(text, ls, start) or _LINE_KEY.match(text, ls, start))


def press_contacts(text: str, people: list[PersonRef]) -> None:
    """A person found with no specific role (other) on a press line is the page's contact."""
    for p in people:
        if p.name and p.role == "other" and p.span and on_press_line(text, p.span.start):
            p.role = "contact"
            p.span = Span(p.span.start, p.span.end, f"{p.span.rule}+press", p.span.confidence)
