"""Organisation type from its names (and, for cues names lack, its documents' text)."""

from __future__ import annotations

import re

from ngo_atlas.resolve.text import fold

ORG_TYPES = ("ngo", "migrant_led", "public", "international", "research", "religious",
             "network", "business")

# Patterns over folded text (lower case, Latin, no diacritics). Cyrillic is romanised by
# fold() with the Polish system (х→ch, ш→sz, в→w), so Cyrillic stems are spelled that way.
_RULES: tuple[tuple[str, str], ...] = (
    ("business", r"\bsp\.? ?z ?o\.? ?o\b|\bspolk|\bs\.a\.|\bltd\b|\bgmbh\b|\binc\b|\bllc\b"
                 r"|\bcompany\b|\bfirma\b|\bkancelaria\b|\bbank\b"),
    ("international", r"\biom\b|\bunhcr\b|\bunicef\b|\bunfpa\b|\bwho\b|\bosce\b|\bobwe\b"
                      r"|\bicmpd\b|united nations|narodow zjednoczonych|\bonz\b|\boon\b|\bun\b"
                      r"|international organi[sz]ation|miedzynarodowa organizacja"
                      r"|miezdunarodn\w* organizac|miznarodn\w* organizac|\bmom\b"
                      r"|council of europe|rada europy|european commission|komisja europejska"
                      r"|amnesty international|lekarze bez granic|medecins sans frontieres"
                      r"|save the children|international rescue committee|refugee council"
                      r"|\bjrs\b|jesuit refugee"),
    ("religious", r"\bcaritas\b|\bkaritas\b|kosciol|kosciel|\bchurch\b|cerkw|cerkiew|parafi"
                  r"|\bparish|diecez|diocese|archidiecez|zakon|zgromadzeni\w* (siostr|braci|ojcow)"
                  r"|diakoni|ewangelick|prawoslawn|katolick|catholic|muzulman|muslim|islamsk"
                  r"|gmina zydowsk|jewish|jezuic|salezja|sant.?egidio|bractwo|\bdiaconia"),
    ("public", r"ministerstw|\bministry\b|minister\w*|urzad|urzedu|\boffice for foreigners\b"
               r"|\budsc\b|\bmswia\b|wojewod|voivode|starostw|\bgmin[aey]\b|\bmiasto\b|\bmiasta\b"
               r"|city hall|municipal|city of|prezydent miasta|ratusz|marszalk|sejmik"
               r"|straz graniczna|border guard|policj|\bpolice\b|\bsad\b|\bcourt\b"
               r"|rzecznik praw|ombudsman|kuratori|\bmops\b|\bmopr\b|\bgops\b|\bpcpr\b|\brops\b"
               r"|osrodek pomocy spolecznej|centrum pomocy rodzinie|szkola podstawowa"
               r"|publiczn\w* szkol|upraw\w* po delam|uprawlinn"),
    ("research", r"uniwersytet|university|uniwiersitiet|uniwersytet|akademi|academy|politechnik"
                 r"|szkola glowna|szkola wyzsza|\bcollege\b|osrodek badan|research|badan nad"
                 r"|centre for migration|instytut badan|institute of|\bcmr\b|\bpan\b"
                 r"|polska akademia nauk"),
    ("migrant_led", r"ukraincow|bialorusinow|wietnamczykow|czeczenow|gruzinow|afganczykow"
                    r"|syryjczykow|ormian|czeczensk\w* (dom|wspolnot)|diaspor|migrant.led"
                    r"|organizacja migrancka|organizacje migranckie"
                    r"|zalozon\w* przez (migrant|uchodz)"
                    r"|prowadzon\w* przez (migrant|uchodz)|founded by (migrants|refugees)"
                    r"|(ukrainski|bialoruski|wietnamski|gruzinski) dom|dom (ukrainski|bialoruski)"
                    r"|spolecznosc\w* (ukrainsk|bialorusk|wietnamsk|czeczensk)"),
    ("network", r"koalicj|coalition|\bsiec\b|\bsieci\b|network|konsorcj|consortium"
                r"|grupa granica|\bgrupa\b|\bgroup\b|nieformaln|informal|inicjatyw|initiative"
                r"|platforma|platform|porozumieni|federacj|federation|ogolnopolsk\w* sie"),
    ("ngo", r"fundacj|foundation|stowarzyszen|association|towarzystw|\bklub\b|\bzwiazek\b"
            r"|\bfond\b|fundacij|fundacija|assocjac|asociac|czerwony krzyz|red cross"
            r"|akcja humanitarna|\bngo\b|organizacja pozarzadowa"),
)
_COMPILED = tuple((t, re.compile(p)) for t, p in _RULES)
# Cues of these types are trusted in the surrounding text; the others only in names, as
# a document naming a ministry says nothing about the organisation it describes.
_CONTEXT_TYPES = {"migrant_led"}


def infer_org_type(names: list[str], context: str = "") -> str | None:
    """One of ORG_TYPES, or None when neither the names nor the context give a cue.

    The first rule that fires on any of the names wins, in the order business,
    international, religious, public, research, migrant-led, network, ngo: a foundation
    run by a church is religious, a university's foundation is research.
    """
    text = " | ".join(fold(n) for n in names if n)
    found = [t for t, rx in _COMPILED if rx.search(text)]
    lead = re.match(r"\s*(fundacj|stowarzyszen|foundation|association)", text)
    if lead and found and found[0] in ("research", "public"):
        # "Fundacja Instytut na rzecz Państwa Prawa": the legal form says what it is.
        found = [t for t in found if t not in ("research", "public")]
    if context and "migrant_led" not in found:
        ctx = fold(context)
        found += [t for t, rx in _COMPILED if t in _CONTEXT_TYPES and rx.search(ctx)]
        found.sort(key=ORG_TYPES.index)
    if "migrant_led" in found and found[0] in ("ngo", "network", "migrant_led"):
        return "migrant_led"  # a migrants' own association is more than "an NGO"
    return found[0] if found else None
