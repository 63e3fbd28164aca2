"""The body whose public task a competition's grants carry out ("konkurs ofert na realizację
zadań publicznych Miasta Poznania", "Województwa Dolnośląskiego"): in Polish law an open call's
grants are given by the self-government whose tasks they are, so the heading or introduction of
a results table names the grant-maker of every row there, in the genitive."""

from __future__ import annotations

import re

from ngo_atlas.model import Funding, Span

# "zadań publicznych Gminy Lublin", "zadania publicznego Województwa Małopolskiego" (a line
# may break between the words): a self-government's head noun in the genitive, then its name's
# capitalised words ("Gminy Miejskiej Kraków", "Miasta Stołecznego Warszawy")
_TASK_OWNER = re.compile(
    r"(?<![\w])zada(?:ń|nia)\s+publiczn(?:ych|ego)\s+"
    r"(?P<name>(?:Gminy|Miasta|Województwa|Powiatu|Samorządu)"
    r"\s+(?:(?:Miasta|Miejskiej)[^\S\n]+)?[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?)")


def public_task_owner(text: str, end: int, lang: str) -> Funding | None:
    """The first self-government named above `end` as the owner of the public tasks that a
    competition's grants pay for, in the nominative; None when the text names none."""
    if lang != "pl" or text.find("publiczn", 0, end) < 0:
        return None
    from ngo_atlas.extract.funding import _clean_funder

    m = _TASK_OWNER.search(text, 0, end)
    if m is None:
        return None
    name = _clean_funder(" ".join(m.group("name").split()), lang)
    return Funding(name, None, None, None, Span(m.start("name"), m.end("name"), "public_task_owner", 0.7)) \
        if name else None
