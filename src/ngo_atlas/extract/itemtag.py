"""A body's own role tag beats the role of the list or cue that found it (round 25, ROLE-B).

A list's heading gives its items one role ("Partnerzy:", "Konsorcjum:", "Organizatorzy:",
"Consortium:"), but an item may say its own role right after its name, and the item's word is
the one the page means for that body:

- in a bracket: "Uniwersytet Łódzki (lider)", "X (Wydział Y, lider konsorcjum)",
  "X (partner zagraniczny, bez finansowania)", "X (partner krajowy)", "X (patronat)",
  "Институт Y (ведущий партнёр)", "X (партнёр проекта)", "X (lead partner)";
- after a dash that ends the item's line: "• X (Gdańsk) – lider", "• X – project leader",
  "• X (NIBR), Oslo – partner for fieldwork", "• X – Poland – coordinator", "X — партнер";
- in an apposition after a comma: "Caritas X, partnera projektu, przeprowadzili", "X (Y), партнёр
  по курсам.";
- in a relative clause of patronage: "X, który objął projekt patronatem" (other);
- in an apposition of role right after the name: "Gmina Lublin, jako Lider, realizuje",
  "Caritas X jako Partner projektu realizuje", "przez X jako lidera", "X as the lead
  partner", "X as implementing partner", "X в роли ведущего партнёра", "X w roli partnera".

The role words: lead (lider, koordynator, partner wiodący, wnioskodawca, lead, leader,
coordinator, лидер/лідер, координатор, ведущий/провідний партнер), partner (partner, партнёр,
партнер, not qualified as media/leading), other (patronat, patron, partner medialny, media
partner, operator, evaluator, медиа-партнёр, інформаційний партнер): SCHEMA's roles of a
project's runner, its partners, and the bodies that only lend their name or hand out money.
A funder found as one keeps its role (payers are read by their own rules).
"""

from __future__ import annotations

import re

# a role word at the start of a tag; order matters: "partner wiodący" is lead, "partner medialny"
# other, before the bare "partner"
_LEAD = (r"lider\w*|koordynator\w*|partner\w*[^\S\n]+wiodąc\w*|wnioskodawc\w*|"
         r"(?:project[^\S\n]+)?lead(?:er)?(?:[^\S\n]+(?:partner|organi[sz]ation|applicant|institution))?|"
         r"coordinat(?:or|ing[^\S\n]+(?:partner|organi[sz]ation|institution))|"
         r"лидер\w*|лідер\w*|координатор\w*|(?:ведущ|провідн|головн)\w+[^\S\n]+(?:партн|организац|організац)\w*")
_OTHER = (r"patron\w*|partner\w*[^\S\n]+medialn\w*|media[^\S\n]+partner\w*|operator\w*[^\S\n]+(?:program\w*|fundusz\w*|funduszu|konkurs\w*|grant\w*|fund)|ewaluator\w*|"
          r"evaluat(?:or|ion[^\S\n]+partner)\w*|патронат\w*|(?:медиа|медіа)-?[^\S\n]*партн\w*|"
          r"(?:информационн|інформаційн)\w+[^\S\n]+партн\w*|оператор\w*[^\S\n]+(?:программ|програм|фонд|конкурс)\w*")
# (a partner, not a partnership: "partnerstwo", "partnerskie" are no role of a body)
# an English or Cyrillic qualifier may stand before the noun: "as implementing partner",
# "(research partner)", "(стратегический партнёр)", "(ключовий партнер)"
_PARTNER = (r"(?:(?:implementing|local|national|international|foreign|research|academic|strategic|key|main|"
            r"associated|associate|project|technical|scientific|expert|co-?)[^\S\n]*)?"
            r"partner(?:a|em|zy|ami|ów|owi|ka|ki|s)?|(?:[а-яёіїєґ]+(?:ый|ий|ой|ій|ая|а)[^\S\n]+)?"
            r"партн[её]р(?:а|ом|ы|и|ів|ами|ам|у|ка)?")
_ROLE = re.compile(r"(?:(?P<lead>" + _LEAD + r")|(?P<other>" + _OTHER + r")|(?P<partner>" + _PARTNER + r"))(?!\w)",
                   re.IGNORECASE)
# brackets that say where or what the body is before its tag: "(Gdańsk)", "(CMR)", "(Fundacja dla Somalii)"
_BRACKETS = re.compile(r"(?:[^\S\n]*[(\[][^()\[\]\n]{1,90}[)\]])*")
_BRACKET = re.compile(r"[^\S\n]*[(\[]([^()\[\]\n]{2,90})[)\]]")
_TRAILING = re.compile(r"(?:[^\S\n]*[(\[][^()\[\]\n]{1,90}[)\]])+$")
_PART_SPLIT = re.compile(r"[,;]|[^\S\n][–—-][^\S\n]")
# the line's tail after a dash: an optional country or town between dashes, then the role
_DASH = re.compile(r"[^\S\n]*,?[^\S\n]+[–—-][^\S\n]+(?:[A-ZÀ-ŽА-ЯЁІЇЄҐ][\w.]*(?:[^\S\n]+[\w.]+)?[^\S\n]+[–—-][^\S\n]+)?")
_LINE_END = re.compile(r"[^\n]{0,60}?[.;,]?[^\S\n]*(?=\n|$)")
_SHORT_END = re.compile(r"(?:[^\S\n]+[^\W\d][\w-]*){0,2}[^\S\n]*(?=[,;]|\n|$)")
# an apposition of role: "jako Lider", "as the lead partner", "в роли ведущего партнёра"
_AS = re.compile(r",?[^\S\n]+(?:jako|w[^\S\n]+roli|w[^\S\n]+charakterze|as(?:[^\S\n]+(?:the|a|an|its))?|"
                 r"in[^\S\n]+the[^\S\n]+role[^\S\n]+of(?:[^\S\n]+(?:the|a))?|в[^\S\n]+роли|у[^\S\n]+ролі|"
                 r"в[^\S\n]+ролі|в[^\S\n]+качестве|у[^\S\n]+якості|як|как)[^\S\n]+", re.IGNORECASE)
# an apposition of role after a comma, in lower case, up to three words and its own stop
_APPOS = re.compile(r",[^\S\n]+(?=[a-ząćęłńóśźżа-яёіїєґ])")
_APPOS_END = re.compile(r"(?:[^\S\n]+[^\W\d][\w-]*){0,3}[^\S\n]*(?:[,.;)]|\n|$)")
# a relative clause of patronage right after the name: "X, który objął projekt patronatem",
# "X, która objęła honorowy patronat nad festiwalem" (patronage.py reads the other frames)
_PATRON_REL = re.compile(r",?[^\S\n]+(?:któr\w+|which|who)[^\S\n]+(?:[^\s,.;]+[^\S\n]+){0,3}?"
                         r"(?:obj(?:ął|ęła|ęło|ęli|ęły|muje|mują)|sprawuj\w+|sprawował\w*|granted|gave)[^\S\n]+"
                         r"(?:[^\s,.;]+[^\S\n]+){0,3}?patrona(?:t|ge)\w*", re.IGNORECASE)
# a line that holds one body: only a bullet or a number before it
_LINE_HEAD = re.compile(r"[^\S\n]*(?:[•·▪◦‣∙*●►▶→]|[-–—](?=\s)|\d{1,2}[.)])?[^\S\n]*")
# after the brackets, on a line of one body: ", Town" / ", Oslo Metropolitan University" before the dash
_COMMA_TAIL = re.compile(r",[^\S\n]*[^,\n()–—]{2,60}?(?=[^\S\n]+[–—-][^\S\n])")
_ROLE_CHARS = ("lid", "lead", "koord", "coord", "partn", "патр", "партн", "лид", "лід", "коорд", "патрон",
               "patron", "operat", "опер", "ведущ", "провід", "голов", "wniosk", "media", "медиа", "медіа",
               "ewalu", "evalu", "інформ", "информ")


def _role(m: re.Match[str]) -> str:
    return next(k for k in ("lead", "other", "partner") if m.group(k))


def own_role(text: str, start: int, end: int) -> str | None:
    """The role the body named at text[start:end] gives itself right after its name, if any."""
    near = text[max(start, end - 100):end + 160].lower()
    if not any(w in near for w in _ROLE_CHARS):
        return None  # (most names: no role word near, no regex pass)
    if text[end - 1:end] in ")]":  # a span that took its brackets in: "X (lider)"
        inner = _TRAILING.search(text, start, end)
        end = inner.start() if inner and inner.start() > start else end
    pos = _BRACKETS.match(text, end).end()
    # a bracket: the last of the brackets right after the name, any of its parts opening with a role
    for b in _BRACKET.finditer(text, end, pos):
        for part in _PART_SPLIT.split(b.group(1)):
            m = _ROLE.match(part.strip())
            # ("Kursy w Lublinie (partner: Fundacja Y)": a label in the bracket names another body)
            if m and m.end() >= len(part.strip()) - 40 and not part.strip()[m.end():].lstrip().startswith(":"):
                return _role(m)
    m = _AS.match(text, pos)
    if m and (r := _ROLE.match(text, m.end())):
        return _role(r)
    # an apposition: "X, partner projektu, …", "Caritas X, partnera projektu, przeprowadzili",
    # "Вроцлавский университет (…), партнёр по курсам."
    ap = _APPOS.match(text, pos)
    if ap and (r := _ROLE.match(text, ap.end())) and _APPOS_END.match(text, r.end()):
        return _role(r)
    if _PATRON_REL.match(text, pos):
        return "other"
    ls = text.rfind("\n", 0, start) + 1
    one_line = _LINE_HEAD.fullmatch(text, ls, start) is not None
    if one_line and (c := _COMMA_TAIL.match(text, pos)):
        pos = c.end()
    d = _DASH.match(text, pos)
    if d and (r := _ROLE.match(text, d.end())):
        tail = _LINE_END if one_line else _SHORT_END
        if tail.match(text, r.end()):
            return _role(r)
    return None
