"""A second payer coordinated after the first payer's own sum (round 21, FUND-F).

"sfinansowane przez Gminę X (kwota 212 000 zł) oraz Fundację Y (60 000 zł)", "ze środków
Gminy X w kwocie 180 000 zł oraz przez Samorząd Y (45 000 zł)", "funded by X (EUR 40,000) and
the Y Trust (EUR 10,000)": the first payer's sum (in brackets, or after a measure phrase)
closes its share, and the conjunction after it opens the next payer's, in the same case frame.
With no preposition of its own the second name must carry its own bracketed sum (so that
"przez X (N) oraz Stowarzyszenie Y", a partner, stays out); with the first payer's preposition
repeated ("oraz przez", "and by", "oraz ze środków", "а також від") the conjunction alone does.
"""

from __future__ import annotations

import re

from ngo_atlas.extract.money import _currency_hint, find_money
from ngo_atlas.model import Funding, Span

_CAP = r"(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])"
# the first payer's share: a bracket holding a sum, or a measure phrase and a sum (a bracket
# after a payer is also its own note: "pokrywa Urząd X (15 000 zł z budżetu miasta)")
_BRACKET = re.compile(r"\s*\([^()\n]{1,60}\)")
# ("\s*(?:,\s*)?", not "\s*,?\s*": two free runs of spaces backtrack quadratically over a page's
# blank padding, 5 ms on one dev page)
_MEASURE = re.compile(r"\s*(?:,\s*)?(?:w\s+kwocie|w\s+wysokości|kwotą|na\s+kwotę|in\s+the\s+amount\s+of|"
                      # "by X with a grant of EUR 42,000 and by Y": the English measure of a share
                      r"with(?:\s+(?:a|an)\s+(?:grant|contribution|donation|award))?(?:\s+of)?|"
                      r"в\s+размере|в\s+сумме|на\s+сумму|у\s+розмірі|у\s+сумі|на\s+суму|в\s+розмірі)\s+",
                      re.IGNORECASE)
_CONJ = re.compile(r"(?:\s*,)?\s+(?:oraz|i|and|та|і|и|а\s+також|а\s+также)\s+"
                   # (the kind of money after the preposition first: "oraz z grantu Fundacji Y (N)")
                   r"(?P<prep>(?:(?:z|ze|od)\s+(?:grantu|dotacji|darowizny)|przez|by|ze\s+środków|z|ze|od|from|через|від|от|з|із|из|коштом|за\s+счёт|"
                   # the support noun repeated for the second payer ("dzięki dofinansowaniu X w
                   # wysokości N oraz wsparciu Y", "завдяки підтримці X (N) та підтримці Y",
                   # "thanks to a grant from X (N) and support from Y")
                   r"wsparci(?:u|a|em)|dofinansowani(?:u|a|em)|dotacji|grant(?:u|owi)|"
                   r"підтримці|підтримки|коштами|поддержке|поддержки|средствами|"
                   r"(?:support|funding|a\s+grant)\s+from)\s+)?"
                   r"(?:the\s+)?" + _CAP, re.IGNORECASE)
# a sum set off by dashes, and what may stand between the payer and its sum (a programme's
# quoted name may wrap at a report's line width, once: "в межах програми «X dla\nY» (N)";
# a blank line ends it)
_DASHED = re.compile(r"\s+[–—]\s[^–—()\n]{1,60}\s[–—](?=\s)")
_PROGRAMME_ASIDE = re.compile(r"\s+(?:w\s+ramach|under|в\s+рамках|у\s+рамках|в\s+межах|у\s+межах)\s+(?:programu|konkursu|(?:the|its)\s+|"
                              r"программы|програми|конкурсу)?\s*[„“\"«](?=[^„”\"«»]{2,80}[”\"»“])[^„”\"«»\n]+(?:\n[^„”\"«»\n]+)?[”\"»“](?:\s+programme)?",
                              re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def _names_money(text: str, a: int, b: int) -> bool:
    """A figure and a currency word in text[a:b] (before the range's money scan is read)."""
    return bool(_DIGIT.search(text, a, b)) and _currency_hint().search(text, a, b) is not None


def _within(hits: list, a: int, b: int) -> list:
    """The range's sums (read once for the whole range, as the share rules read it) in [a, b)."""
    return [h for h in hits if a <= h.start and h.end <= b]


def _sum_end(text: str, s: int, pos: int, e: int) -> int | None:
    """Where a sum standing right at pos as the payer's share ends: in a bracket, after a
    measure phrase, or between dashes ("X – grant w wysokości USD 148,300 – oraz Y")."""
    m = _BRACKET.match(text, pos, e) or _DASHED.match(text, pos, e)
    if m and _names_money(text, m.start(), m.end()) and _within(find_money(text, s, e), m.start(), m.end()):
        return m.end()
    m = _MEASURE.match(text, pos, e)
    if m and _names_money(text, m.end(), min(e, m.end() + 40)):
        hit = next((h for h in find_money(text, s, e) if h.start == m.end()), None)
        if hit is not None:
            return hit.end
    return None


def _share_end(text: str, s: int, pos: int, e: int) -> int | None:
    """Where the payer's own sum after pos ends, or None (the range's sums are read only when a
    bracket or a measure phrase follows the payer). Before the sum the payer may carry a gloss
    in brackets ("X (International Rescue Committee, IRC) – grant … –") or the programme it
    gave in ("Гміною X в рамках програми «Y» (N)", "X w ramach programu „Y” (N)")."""
    for tries_left in (2, 1, 0):
        end = _sum_end(text, s, pos, e)
        if end is not None or not tries_left:
            return end
        aside = _gloss(text, pos, e) or _PROGRAMME_ASIDE.match(text, pos, e)
        if aside is None:
            return None
        pos = aside.end()
    return None


def _gloss(text: str, pos: int, e: int) -> re.Match[str] | None:
    """A bracket with no figure in it at pos: the payer's gloss, not its sum."""
    m = _BRACKET.match(text, pos, e)
    return m if m and not _DIGIT.search(m.group()) else None


def payer_after_sum(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """Add the second payer of "X (N) oraz [przez] Y (M)" after a payer X the rules found."""
    from ngo_atlas.extract.funding import clean_funder, is_payer
    from ngo_atlas.extract.organisations import list_after

    for f in [f for f in out if f.funder and f.span and s <= f.span.end <= e]:
        end = _share_end(text, s, f.span.end, e)
        conj = _CONJ.match(text, end, e) if end is not None else None
        if conj is None:
            continue
        found = list_after(text, conj.end(), min(e, conj.end() + 160))[:1]
        if not found:
            continue
        a, b = found[0]
        own = _BRACKET.match(text, b, e)
        sums = _within(find_money(text, s, e), own.start(), own.end()) if own and _names_money(text, own.start(), own.end()) else []
        if not conj.group("prep") and len(sums) != 1:
            continue  # a bare conjunction: the name must carry its own sum
        name = clean_funder(text[a:b], lang)
        if not name or is_payer(out, name):
            continue
        if any(g.span and a <= g.span.start < b for g in out):
            continue  # another rule read a payer there already
        # (its bracketed sum is its own: the share rules' bracket search reaches back to the first payer)
        amount, currency = (sums[0].amount, sums[0].currency) if len(sums) == 1 else (None, None)
        out.append(Funding(name, None, amount, currency, Span(a, b, "payer_after_sum", 0.7)))


# The verb of covering a cost with its subject after it (the Polish, Ukrainian and Russian
# order when the costs or the sum come first): "w całości pokrywa go Fundusz X", "pozostałe
# 84 700 CHF pokryje budżet Powiatu Y", "część kosztów wizyty pokrywa Urząd Miasta Z",
# "решту покриває Фундація X", "остальное покрывает Фонд Y". Every person, number, tense and
# aspect of the third person; a clitic or adverb may stand between. The subject is a name (a
# capital) or a public budget; a lower-case word after the verb is its object ("pokrywa koszty").
_COVER_VERB = re.compile(
    r"(?<![\w])(?:pokrywa(?:ją)?|pokrył[aoy]?|pokryli|pokryje|pokryją|pokrywał[aoy]?|pokrywali|"
    r"покриває|покривають|покривал[аои]?|покрив|покрила|покрило|покрили|покриє|покриють|"
    r"покрывает|покрывают|покрывал[аои]?|покрыл[аои]?|покроет|покроют)"
    r"(?:\s+(?:go|je|ją|ich|ten|tę|to|także|również|też|w\s+całości|częściowo|його|її|їх|також|"
    r"его|её|их|также|полностью|повністю|частково|частично)){0,2}\s+"
    r"(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]|budżet\w*\s+(?i:miasta|gminy|powiatu|województwa)\s+[A-ZĄĆĘŁŃÓŚŹŻ])")
_COVER_HINT = ("pokry", "покри", "покры")
# between the sum and the verb that covers it: a few lower-case words, no clause boundary
_OBJECT_GAP = re.compile(r"(?:\s+[a-ząćęłńóśźżа-яёіїєґ]+){0,3}\s+")


def covering_payers(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """Add the subject of a verb of covering costs that follows its verb."""
    from ngo_atlas.extract.funding import clean_funder, _cyrillic_items, is_payer
    from ngo_atlas.extract.organisations import list_after
    from ngo_atlas.extract.text import lowered

    low = lowered(text)
    if not any(low.find(w, s, e) >= 0 for w in _COVER_HINT):
        return
    for m in _COVER_VERB.finditer(text, s, e):
        cyr = "\u0400" <= text[m.end():m.end() + 1] <= "\u04ff"
        found = (_cyrillic_items(text, m.end(), min(e, m.end() + 160)) if cyr
                 else list_after(text, m.end(), min(e, m.end() + 160)))[:1]
        if not found or found[0][0] != m.end():
            continue  # the name must stand right after the verb
        a, b = found[0]
        name = clean_funder(text[a:b], lang)
        if not name or is_payer(out, name):
            continue
        if any(g.span and g.span.start < b and a < g.span.end for g in out):
            continue
        hits = find_money(text, s, e)
        own = _BRACKET.match(text, b, e)  # "pokrywa Urząd X (15 000 zł z budżetu miasta)"
        sums = _within(hits, own.start(), own.end()) if own else []
        if not sums:  # "pozostałe 84 700 CHF pokryje X": the verb's object is the sum before it
            before = _within(hits, max(s, m.start() - 60), m.start())
            sums = before[-1:] if before and _OBJECT_GAP.fullmatch(text, before[-1].end, m.start()) else []
        amount, currency = (sums[0].amount, sums[0].currency) if len(sums) == 1 else (None, None)
        out.append(Funding(name, None, amount, currency, Span(a, b, "covering_payer", 0.7)))


# A payer's name broken by a hard line wrap (text taken from a PDF or a narrow column) right
# after its leading adjective: "ze środków Rządowego\nFunduszu X", "dzięki grantowi
# Międzynarodowej\nOrganizacji Y". The rules end a payer with its line (a logo's caption below
# is another name), which leaves an adjective in an oblique case alone, never a name by itself;
# the name runs on into the next line.
_OBLIQUE_ADJECTIVE = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+(?:ego|ej|ych|ich|emu|ym|im|ymi|imi)")
_WRAP = re.compile(r"[^\S\n]*\n[^\S\n]*(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


def rejoin_wrapped(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    from ngo_atlas.extract.funding import clean_funder
    from ngo_atlas.extract.organisations import list_after

    for f in out:
        if not (f.funder and f.span and " " not in f.funder):
            continue
        a, b = f.span.start, f.span.end
        wrap = _WRAP.match(text, b, e)
        if wrap is None or not _OBLIQUE_ADJECTIVE.fullmatch(text, a, b):
            continue
        joined = text[a:b] + " " + text[wrap.end():min(e, wrap.end() + 160)]
        found = list_after(joined, 0, len(joined))[:1]
        if not found or found[0][1] <= b - a + 1:
            continue
        name = clean_funder(joined[:found[0][1]], lang)
        if name and name != f.funder:
            f.funder = name
            f.span = Span(a, wrap.end() + found[0][1] - (b - a + 1), f.span.rule, f.span.confidence)
