"""Web addresses and e-mails, including obfuscated ones ("name [at] host [dot] int")."""

from __future__ import annotations

import re
from collections.abc import Callable

from ngo_atlas.extract.rxstart import with_first_char_test
from ngo_atlas.extract.text import CI

# Spelled-out at-signs and dots in any of the four languages, in any brackets ("[at]",
# "(małpa)", "<at>", "(собака)", "[ равлик ]", "/at/"), or bare between spaces ("biuro małpa
# fundacja kropka pl", "olga собака gmail.com"). A bare English "at" is ordinary prose
# ("meet us at the office"), so it needs a spelled dot after it as well.
_AT_WORD = r"(?:at|małpa|malpa|собака|собачка|равлик)"
_DOT_WORD = r"(?:dot|kropka|точка|крапка)"
_OPEN, _CLOSE = r"[\[({<]", r"[\])}>]"
_AT = (rf"(?:@|{_OPEN}\s*(?:{_AT_WORD}|@)\s*{_CLOSE}|/{_AT_WORD}/|\s+(?:małpa|malpa|собака|собачка|равлик)\s+"
       # "anna.lis // caritas.pl": two slashes between spaces, before a dotted host
       r"|\s+//\s+(?=[\w-]+\.[\w-])"
       rf"|\s+at\s+(?=\S+\s+(?:{_DOT_WORD}|{_OPEN}\s*{_DOT_WORD})))")
# "joanna.lis w domenie fundacja.org", "anna in the domain x.org", "olga в домене x.org": the
# user and the domain spelled apart (a site or page "in the domain" is no mailbox); a pattern
# of its own, run only where such words stand, so the common one stays as fast as it was
_IN_DOMAIN = (r"(?<!\bstrona)(?<!\bstronie)(?<!\badres)(?<!\bserwis)(?<!\bportal)(?<!\bsite)(?<!\bpage)"
              r"\s+(?:w\s+domenie|(?:in|at)\s+the\s+domain|в\s+домене|у\s+домені|в\s+домені)\s+")
_DOT = rf"(?:\.|{_OPEN}\s*(?:{_DOT_WORD}|\.)\s*{_CLOSE}|\s+{_DOT_WORD}\s+|\s*/{_DOT_WORD}/\s*)"
# A plain dot inside a host has no space after it: "x@host.pl. Zapewniamy" ends at "pl"
# ("kontakt @ fundacja . pl": a dot between spaces counts only before a lowercase domain part)
_SPELLED_DOT = (rf"(?:{_OPEN}\s*(?:{_DOT_WORD}|\.)\s*{_CLOSE}|\s+{_DOT_WORD}\s+|/{_DOT_WORD}/"
                r"|\s+\.\s+(?=(?-i:[a-z]{2,6})\b))")
_EMAIL = re.compile(
    r"(?P<user>[\w.+-]+)\s*" + _AT
    + r"\s*(?P<host>[\w-]+(?:(?:\.|\s*" + _SPELLED_DOT + r"\s*)[\w-]+)+)",
    re.IGNORECASE)
_EMAIL_IN_DOMAIN = re.compile(r"(?P<user>[\w.+-]+)" + _IN_DOMAIN + r"(?P<host>[\w-]+(?:\.[\w-]+)+)",
                              re.IGNORECASE)
# (behind a test of its first character: re tries the alternatives only where one can start)
_AT_HINT = re.compile(with_first_char_test(r"@|\bat\b|\bma[łl]pa\b|соба[кч]|равлик|\s//\s",
                                           re.IGNORECASE), re.IGNORECASE)
# "mariam dot haddad at host dot org": the user's own dots spelled out before the at-sign
# (or in brackets: "justyna.wolska (kropka) haddad (małpa) host.org")
_USER_DOT = re.compile(rf"([\w.+-]+)(?:\s+{_DOT_WORD}\s+|\s*{_OPEN}\s*{_DOT_WORD}\s*{_CLOSE}\s*)$", re.IGNORECASE)
# "Pytania: klubpolskiego na mbp.gorlice.pl": Polish "na" for the at-sign, between a user that
# is no word of the language and a host with its top-level domain
_NA_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:pl|com|org|eu|net|info|ua|edu|gov)(?![\w.]|\.\w)")
_NA_USER = re.compile(r"(?<![\w.@/])[a-z0-9][a-z0-9._+-]{2,}$")
# "w domenie", "in the domain", "в домене": looked for apart, on the lowered text, where
# the engine skips ahead to the literal (few pages have one)
_DOMAIN_HINT = CI(r"(?<![\w])(?:w\s+domenie|(?:in|at)\s+the\s+domain|[ву]\s+домен)")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'»”)\]]+[^\s<>\"'»”)\].,;:!?]", re.IGNORECASE)
# "Szczegółowe informacje o projekcie: powroty.hfhr." - a bare host the text gives for the project
_BARE = CI(r"(?<![\w])(?:informacj\w*|więcej|stron[aie]|website|site|page|more|details|"
                   r"сайт\w*|страниц\w*|сторінк\w*|подробн\w*|детальн\w*|докладн\w*)[^:\n]{0,40}:\s*"
                   r"(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[^\s]*)?)")
_TLD = r"(?:pl|org|com|eu|net|info|ua|ru|gov|edu|int)"  # the top-level domains a bare host may end in
# "na stronie przystan.gdynia.pl", "dostępna pod adresem: mapa.x.pl", "на сайті x.org.ua": a bare
# host right after a noun of pages or addresses, a colon or none between (the host's own TLD
# tells it from a word; a sub-site, three labels at least: a bare "opole.pl" is a body's portal)
_PAGE_HOST = CI(r"(?<![\w])(?:stron\w*|witryn\w*|adres\w*|website|site|page|сайт\w*|сторінц\w*|сторінк\w*|"
                rf"страниц\w*|адрес\w*)[^\S\n]*:?[^\S\n]*(?P<host>(?:[a-z0-9-]+\.){{2,}}{_TLD})(?![\w@/-]|\.\w)")
# "Mapa: mapapomocy.podlasie.pl": a bare host alone as a label's value at its line's end
_LABEL_HOST = re.compile(rf"^[^\S\n]*[^\W\d][^:\n]{{0,30}}:[^\S\n]*(?P<host>(?:[a-z0-9-]+\.){{2,}}{_TLD})[^\S\n]*$",
                         re.MULTILINE | re.IGNORECASE)

# "isp.org.pl/mieszkac-w-polsce", "facebook.com/mamywwarszawie": a host with a path needs no
# scheme or label to be an address (a bare host alone may be a name, so it needs one)
_HOST_PATH = re.compile(r"(?<![\w@./-])(?:[a-z0-9-]+\.)+" + _TLD +
                        r"/[^\s<>\"'»”)\]]*[^\s<>\"'»”)\].,;:!?]", re.IGNORECASE)

_TLD_SLASH = re.compile(r"\." + _TLD + "/", re.IGNORECASE)


# "biuro // razem.poznan.pl (zamień „//” na „@”)", "(replace # with @)": the text says which
# sign stands for the at-sign
_REPLACE_AT = re.compile(r"(?:zamień|zastąp|zamieniając|replace|замените|замініть|заменив|замінивши)\s+"
                         r"[„“\"«']?(?P<tok>[^\s\w„“”\"«»']{1,4})[”“\"»']?\s+(?:na|with|by|на)\s+[„“\"«']?@",
                         re.IGNORECASE)


def _replaced_at(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    out = []
    for r in _REPLACE_AT.finditer(text, s, e):
        tok = re.escape(r.group("tok"))
        ls = text.rfind("\n", s, r.start()) + 1
        for m in re.finditer(rf"(?P<user>[\w.+-]+)\s*{tok}\s*(?P<host>[\w-]+(?:\.[\w-]+)+)", text[ls:r.start()]):
            out.append((ls + m.start(), ls + m.end(), f"{m.group('user')}@{m.group('host').lower()}"))
    return out


def find_emails(text: str, s: int = 0, e: int | None = None) -> list[tuple[int, int, str]]:
    e = len(text) if e is None else e
    out: list[tuple[int, int, str]] = []
    if ("zamie" in text or "zastąp" in text or "eplace" in text or "замен" in text or "замін" in text) \
            and _REPLACE_AT.search(text, s, e):
        out = _replaced_at(text, s, e)
    if " na " in text:
        out += _na_emails(text, s, e)
    if " at " in text:
        out += _bare_at_emails(text, s, e)
    if not _AT_HINT.search(text, s, e) and not (  # the full pattern is slow; most texts have no e-mail
            ("domen" in text or "domain" in text or "домен" in text) and _DOMAIN_HINT.search(text, s, e)):
        return out
    for m in _email_matches(text, s, e):
        if any(a <= m.start() < b for a, b, _x in out):
            continue
        host = re.sub(r"\s*" + _DOT + r"\s*", ".", m.group("host"), flags=re.IGNORECASE)
        host = host.strip(".").lower()
        if "." not in host:
            continue
        start, user = m.start(), m.group("user")
        if text[start - 1:start] == "/":
            continue  # "https://x.pl // y.pl": an address's path, no mailbox
        while (d := _USER_DOT.search(text, max(s, start - 40), start)) is not None:
            start, user = d.start(), f"{d.group(1)}.{user}"
        out.append((start, m.end(), f"{user}@{host}"))
    return sorted(out)


# "natalia.rybak at migrant.poznan.pl": a bare English "at" between a user with a dot, an
# underscore or a digit in it (no word of prose: "more at www.x.pl") and a host with its
# top-level domain that no path follows
_AT_USER = re.compile(r"(?<![\w.@/])[a-z0-9][a-z0-9+-]*[._\d][a-z0-9._+-]*$", re.IGNORECASE)
_AT_HOST = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:pl|com|org|eu|net|info|ua|edu|gov|int)(?![\w/-]|\.\w)")


def _bare_at_emails(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    return _word_at_emails(text, s, e, " at ", _AT_HOST, _AT_USER,
                           lambda _user, host: not host.startswith("www."))


def _na_emails(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    from ngo_atlas.lang import polish

    return _word_at_emails(text, s, e, " na ", _NA_HOST, _NA_USER,
                           lambda user, _host: not polish.is_known(user))


def _word_at_emails(text: str, s: int, e: int, word: str, host_rx: re.Pattern[str],
                    user_rx: re.Pattern[str], keep: Callable[[str, str], bool]) -> list[tuple[int, int, str]]:
    """Addresses whose at-sign is a word (" at ", " na "): a user ending right before it and
    a host right after it, where keep(user, host) holds."""
    out = []
    i = text.find(word, s, e)
    while i >= 0:
        host = host_rx.match(text, i + len(word), e)
        user = user_rx.search(text, max(s, i - 64), i) if host else None
        if host and user and keep(user.group(), host.group()):
            out.append((user.start(), host.end(), f"{user.group()}@{host.group()}"))
        i = text.find(word, i + len(word), e)
    return out


def _email_matches(text: str, s: int, e: int) -> list[re.Match[str]]:
    """Run the (slow) e-mail pattern only in windows around at-signs."""
    out: list[re.Match[str]] = []
    hints = [(h, _EMAIL) for h in _AT_HINT.finditer(text, s, e)]
    if "domen" in text or "domain" in text or "домен" in text:
        hints = sorted(hints + [(h, _EMAIL_IN_DOMAIN) for h in _DOMAIN_HINT.finditer(text, s, e)],
                       key=lambda x: x[0].start())
    for h, rx in hints:
        if out and h.start() < out[-1].end():
            continue
        ws = _word_start(text, h.start(), max(s, h.start() - 64))
        m = rx.search(text, ws, min(e, h.end() + 120))
        if m and m.start() <= h.start() < m.end():
            out.append(m)
    return out


def _word_start(text: str, at: int, floor: int) -> int:
    """Start of the user part before an at-sign (or its spelled form)."""
    i = at
    while i > floor and text[i - 1] in " [({</":  # "/" for "ewa/at/host.pl"
        i -= 1
    while i > floor and (text[i - 1].isalnum() or text[i - 1] in "._+-"):
        i -= 1
    return i


def find_urls(text: str, s: int = 0, e: int | None = None) -> list[tuple[int, int, str]]:
    e = len(text) if e is None else e
    out = [(m.start(), m.end(), m.group()) for m in _URL.finditer(text, s, e)]
    for m in _BARE.finditer(text, s, e):  # on the lowered text: read the host from the original
        host = text[m.start("host"):m.end("host")].rstrip(".")
        if text[m.start("host") + len(host):m.start("host") + len(host) + 1] == "@":
            continue  # "Więcej informacji: projekty.fami@udsc.gov.pl": a mailbox's user, no host
        if "@" not in host and not any(a <= m.start("host") < b for a, b, _u in out):
            out.append((m.start("host"), m.start("host") + len(host), host))
    if "." in text[s:e]:
        for m in [*_PAGE_HOST.finditer(text, s, e), *_LABEL_HOST.finditer(text, s, e)]:
            if not any(a <= m.start("host") < b for a, b, _u in out):
                out.append((m.start("host"), m.end("host"), text[m.start("host"):m.end("host")]))
    # the full pattern is slow to try at every position: look for its ".tld/" literal first
    for m in _HOST_PATH.finditer(text, s, e) if _TLD_SLASH.search(text, s, e) else ():
        if not any(a <= m.start() < b for a, b, _u in out):
            out.append((m.start(), m.end(), m.group()))
    return out


# Words before an address that say it is the project's own page, a page about it, or where
# to sign up or download its results, in the four languages: found on the address's line
# or on the line above it ("Strona projektu:\nwww.x.pl")
_PROJECT_URL_CUE = re.compile(
    r"www|projek|project|про[еє]кт|stron|website|\bsite|\bpage|сайт|сторінк|страниц|portal|"
    r"platform|платформ|informacj|informat|more|więcej|szczeg|details|подробн|детальн|докладн|"
    r"zobacz|see\s+also|visit|odwiedź|посетите|відвідайте|pobra|download|скача|завантаж|"
    r"доступ|available|dostępn|facebook|instagram|link|посилан|ссылк|rejestrac|registr|"
    r"register|zapis|zgłosze|реєстрац|регистрац|apply|formularz|form\b|анкет|форм[аиу]|"
    # where its report or results are read ("Pełny raport: www…", "Full report: …")
    r"raport|report|publikacj|publication|звіт|отч[её]т|rezultat|results|результат",
    re.IGNORECASE)
# share buttons, the site's own policies and newsletter: never the project's page. "share" as
# a word of its own ("/sharer.php", "?share=", "Share:", LinkedIn's "shareArticle"), not inside
# a name that holds it ("www.sharedfutures.eu", "a shared kitchen")
_NOT_PROJECT_URL = re.compile(r"(?<![a-z])shar(?:e|er)(?![a-z])|sharearticle|udostępnij|поделит|поділит|tweet|intent/|"
                              r"cookie|prywatno|privacy|newsletter|rodo\b|gdpr", re.IGNORECASE)


def share_or_policy(url: str) -> bool:
    """The address is a share button's or a site policy's (cookies, privacy, newsletter)."""
    return bool(_NOT_PROJECT_URL.search(url))


def is_project_url(text: str, a: int, url: str, title: str | None = None) -> bool:
    """The address at a names the project's page: a cue on its line or the line above, or
    the project's name spelled in the address; and neither the address nor its line is a
    share button or a site policy."""
    line_s = text.rfind("\n", 0, a) + 1
    line_e = text.find("\n", a)
    line = text[line_s:line_e if line_e >= 0 else len(text)]
    if _NOT_PROJECT_URL.search(url) or _NOT_PROJECT_URL.search(line):
        return False
    before = text[line_s:a]
    if not before.strip():  # the address alone on its line: the label is the line above
        prev_e = line_s - 1
        while prev_e > 0 and text[prev_e - 1] == "\n":
            prev_e -= 1
        before = text[text.rfind("\n", 0, max(prev_e, 0)) + 1:max(prev_e, 0)]
    if _ABOUT_OTHER.search(before) or _OTHER_PROJECTS.search(before):
        return False
    return bool(_PROJECT_URL_CUE.search(before)) or bool(title and spells_name(url, title)) \
        or spells_quoted_name(before, url)


def _fold(s: str) -> str:
    from unidecode import unidecode

    return re.sub(r"[^a-z0-9]", "", unidecode(s).lower())


def spells_name(url: str, title: str, one_word: bool = True) -> bool:
    """"mapapomocy.podlasie.pl" for "Mapa Pomocy Podlasie", "facebook.com/mamywwarszawie"
    for "Mamy w Warszawie", "…/festiwal" for "Festiwal Kultur Sąsiedzkich": the address
    spells the project's name (two of its words' beginnings in order, or one long word)."""
    u = _fold(url.split("://", 1)[-1])
    words = [_fold(w) for w in title.split()]
    words = [w for w in words if len(w) >= 4]
    if one_word and any(len(w) >= 7 and w[:7] in u for w in words):
        return True
    for i in range(len(words) - 1):
        a, b = words[i][:4], words[i + 1][:4]
        j = u.find(a)
        if j >= 0 and u.find(b, j + len(a)) >= 0 and u.find(b, j + len(a)) - j <= 12:
            return True
    return False


# a name in quotes: „Mapa wsparcia”, «Первые шаги», "Safe Cities"
_QUOTED = re.compile(r'[„"«“](?P<name>[^„"«»”“\n]{3,80})[”"»“]')


def spells_quoted_name(before: str, url: str) -> bool:
    """"„Mapa wsparcia” – katalog usług: www.mapawsparcia.pomorze.pl", "Wesprzyj zbiórkę „Klucz
    do domu” → zrzutka.pl/kluczdodomu": the address spells a name quoted before it on its line
    (two of its words in order), the name of a thing the project made, not of a body
    ("Fundacja „Mosty Kultur”, www.mostykultur.org" is the body's own site)."""
    from ngo_atlas.extract.organisations import is_org_head

    for m in _QUOTED.finditer(before):
        head = before[:m.start()].split()[-1:]
        if not (head and is_org_head(head[0])) and spells_name(url, m.group("name"), one_word=False):
            return True
    return False


# "Więcej o działaniach miasta: …", "More about our foundation: …", "Подробнее о фонде: …":
# a page about something other than the project
# "Наступні проєкти Фундації шукайте на сторінці x.org/projekty", "Our other projects: …":
# the address lists the body's projects in the plural, not this one's page
_OTHER_PROJECTS = re.compile(r"(?<![\w])(?:inne|pozostałe|kolejne|następne|wszystkie|other|next|all|upcoming|"
                             r"наступні|інші|усі|всі|другие|следующие|все)\s+(?:[^\W\d]+\s+)?"
                             r"(?:projekty|projects|проєкти|проекти|проекты)(?![\w])", re.IGNORECASE)
_ABOUT_OTHER = re.compile(r"(?:więcej|informacje|more|подробнее|детальніше|докладніше)\s+"
                          r"(?:o|about|on|о|об|про)\s+(?!(?:the\s+|this\s+|tym\s+|naszym\s+|our\s+|этом\s+|цьому\s+)?"
                          r"(?:projek|project|проект|проєкт|program|wydarzen|event|festiwal|festival|konferenc|"
                          r"conferenc|warsztat|workshop|kurs|course))", re.IGNORECASE)


# "Stowarzyszenie X | ul. Długa 5, 00-001 Miasto | biuro@x.pl | KRS …": an imprint line, the
# publisher's fields set side by side, one of them its postal address or its register number
_IMPRINT_SEP = re.compile(r"[^\S\n]+[|·•][^\S\n]+")
_POSTAL = re.compile(r"(?<![\d-])\d{2}-\d{3}(?![\d-])|(?<![\w])(?:ul\.|al\.|ulica|aleja|plac|os\.|"
                     r"street|st\.|avenue|ave\.|road|rd\.|square|вул\.|вулиця|ул\.|улица|просп\.|пр-т)"
                     r"(?![\w])|\d+[^\S\n]+[A-Z]\w+[^\S\n]+(?:Street|Avenue|Road|Square)\b|"
                     r"(?<![\w])(?:KRS|NIP|REGON|ЄДРПОУ|ИНН)(?![\w])", re.IGNORECASE)


def imprint_line(text: str, a: int) -> bool:
    """The address at a is one field of an imprint line: fields set apart by "|", "·" or
    "•", another of which is a postal address or a register number (the publisher's own
    mailbox, printed in a header or a footer, not a project's contact)."""
    ls = text.rfind("\n", 0, a) + 1
    le = text.find("\n", a)
    line = text[ls:le if le >= 0 else len(text)]
    if "|" not in line and "·" not in line and "•" not in line:
        return False
    own = a - ls
    pos, fields = 0, []
    for m in [*_IMPRINT_SEP.finditer(line), None]:
        end = m.start() if m else len(line)
        if not pos <= own < end:
            fields.append(line[pos:end])
        pos = m.end() if m else pos
    return any(_POSTAL.search(f) for f in fields)


# a sentence ends at ". ", "! " or "? " before a capital ("… osobami. Pytania: X, tel. 17 …")
_SENTENCE_END = re.compile(r"[.!?…][^\S\n]+(?=[\"„«(]?[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")


def sentence_start(text: str, a: int) -> int:
    """Where the sentence holding position a starts, within its line."""
    ls = text.rfind("\n", 0, a) + 1
    start = ls
    for m in _SENTENCE_END.finditer(text, ls, a):
        start = m.end()
    return start


_GENERIC_LABELS = {"www", "gov", "org", "com", "net", "edu", "info", "int"}


def names_payer(url: str, payers: list[str], title: str | None = None) -> bool:
    """"www.aktywniobywatele-regionalny.org.pl" under "programu Aktywni Obywatele",
    "www.fami.gov.pl" beside the "Fundusz Azylu, Migracji i Integracji": the address is the
    site of a payer or its programme (two of its words spelled in order, or a label that is
    the payer's acronym or its initials), not the project's, unless it spells the project's
    own name as well."""
    if not payers or (title and spells_name(url, title)):
        return False
    labels = set(re.split(r"[./-]", url.split("://", 1)[-1].split("/", 1)[0].lower())) - _GENERIC_LABELS
    for name in payers:
        # (two of its words: one may be the town a payer's name holds, "Gmina Miasto Szczecin",
        # which any local site spells)
        if spells_name(url, name, one_word=False):
            return True
        words = re.findall(r"[^\W\d_]+", name)
        initials = "".join(w[0] for w in words).lower()  # "Fundusz Azylu, Migracji i Integracji": fami
        if any(len(w) >= 3 and w.isupper() and w.lower() in labels for w in words) \
                or any(len(x) >= 3 and x.isalpha() and x in initials for x in labels):
            return True
    return False
