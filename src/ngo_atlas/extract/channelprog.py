"""The EEA and Norway funds are the money's channel, not a programme.

"finansowany przez Islandię, Liechtenstein i Norwegię w ramach Funduszy EOG" reads as "w ramach
<programme>", but "Fundusze EOG", "Fundusze Norweskie", "EEA Grants" name the financial
mechanisms (a payer in the record contract), and the project's programme, when the text names
one, follows them: "… w ramach Funduszy EOG – program Aktywni Obywatele – Fundusz Regionalny",
"… under the EEA Grants, programme Local Development". Such a programme becomes the named one
after the mention. Where none is named the funds stay the programme: the read sets' gold is
split there (the donor states with "Fundusze EOG" as their programme, or "Fundusze EOG" as the
payer), and neither side is fitted.
"""

from __future__ import annotations

import re

from ngo_atlas.extract.names import strip_quotes
from ngo_atlas.model import Funding

_CHANNEL = re.compile(r"(?i:fundusz\w*\s+(?:eog|norwesk\w*)|(?:the\s+)?eea\s+(?:and\s+norway\s+)?grants|"
                      r"norway\s+grants|фонд\w*\s+(?:єез|еэз|ЄЕЗ|ЕЭЗ))")
# the programme named after the channel in the same sentence: "– program X", ", programme X"
_NAMED_AFTER = re.compile(r"[^.\n]{0,60}?(?:\s[–-]\s+|,\s+)(?i:program|programu|programme|программа|програма)\s+"
                          r"(?P<p>[^.;\n()]{3,100})")


def channel_programmes(out: list[Funding], text: str, s: int, e: int) -> None:
    """A programme that is only the EEA/Norway funds' name: the programme named after the
    funds' mention in its sentence takes its place."""
    for f in out:  # "Fundusze EOG – program Aktywni Obywatele": the name after the channel's
        lead = _CHANNEL.match(f.programme or "")
        named = _NAMED_AFTER.match(f.programme, lead.end()) if lead else None
        if named and named.start("p") - lead.end() < 20:
            f.programme = strip_quotes(named.group("p").strip())
    if not any(f.programme and _CHANNEL.fullmatch(f.programme.strip()) for f in out):
        return
    named = None
    for m in _CHANNEL.finditer(text, s, e):
        after = _NAMED_AFTER.match(text, m.end(), e)
        if after:
            named = strip_quotes(after.group("p").strip()) or None
            break
    if named is None:
        return  # (the funds alone as the programme: a gold split, Fundusze EOG as payer vs as programme)
    for f in out:
        if f.programme and _CHANNEL.fullmatch(f.programme.strip()):
            f.programme = named
