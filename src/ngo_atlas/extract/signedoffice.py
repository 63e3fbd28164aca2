"""An official who signs a project's agreement for another side.

people.py keeps a quoted official (a mayor, a voivode, a minister) who signs the project's
agreement: her office then takes a part in the project. That holds where her office runs the
project (a city's deputy mayor signing for the city that leads it); where the project is led by a
foundation, an association or an international organisation, the official who signs with it
signs for the side that pays or oversees it, and the read golds leave her out (three writers of
four). So once the project's lead is known, the signing official stays only if the lead is no
such non-governmental body.
"""
from __future__ import annotations

import re

from ngo_atlas.extract.people import signing_official

# the kinds of non-governmental and international bodies, by the head words of their names
_NON_GOVERNMENTAL = re.compile(
    r"(?i:fundacj\w*|stowarzysz\w*|związ\w*|towarzystw\w*|caritas|federacj\w*|koalicj\w*|spółdzielni\w*|"
    r"foundation|association|organi[sz]ation|stiftung|фонд\w*|фундаці\w*|асоціаці\w*|ассоциаци\w*|"
    r"товариств\w*|объединени\w*)|\b(?:IOM|UNHCR|UNICEF|PCK)\b")


def officials_of_other_sides(text: str, people: list, organizations: list) -> list:
    """people less the signing officials (people.signing_official) of a project whose every
    lead is a non-governmental or international body; where no lead is known, all stay."""
    leads = [o.name for o in organizations if o.role == "lead" and o.name]
    if not leads or not all(_NON_GOVERNMENTAL.search(n) for n in leads):
        return people
    return [p for p in people if not (p.span and p.name and signing_official(text, p))]
