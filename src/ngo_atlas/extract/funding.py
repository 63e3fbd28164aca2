"""Who pays for a project (funders, programmes) from labels and financing phrases."""

from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.extract.afterproject import drop_after_end_payers
from ngo_atlas.extract.verbfirst import verb_first_payers
from ngo_atlas.extract.camefrom import came_from_payers
from ngo_atlas.extract.channelprog import channel_programmes
from ngo_atlas.extract.cofinancing import cofinancing_payers
from ngo_atlas.extract.handedon import handed_on
from ngo_atlas.extract.donors import private_donors
from ngo_atlas.extract.companygift import company_gifts
from ngo_atlas.extract.townsubject import town_subject_payers
from ngo_atlas.extract.payerlist import payer_list
from ngo_atlas.extract.polishecho import drop_polish_echo
from ngo_atlas.extract.serialnames import join_serial_names
from ngo_atlas.extract.sumpayers import covering_payers, payer_after_sum, rejoin_wrapped
from ngo_atlas.extract.wrapped import hard_wrap, past_class_noun, runs_on
from ngo_atlas.extract.fundshape import shapeless_values
from ngo_atlas.extract.fundspan import no_field_names, trim_funder_tails
from ngo_atlas.extract.programmetail import PROGRAMME_PART, trim_programme_tails
from ngo_atlas.extract.programmeowner import (NOT_A_NAME, PROGRAMME_NAME_HEAD, copula_owners,
                                              owner_out_of_programme)
from ngo_atlas.extract.sourcetable import table_payers
from ngo_atlas.extract.fundadjective import fund_adjectives
from ngo_atlas.extract.money import find_money
from ngo_atlas.extract.regionalprog import regional_programmes
from ngo_atlas.extract.fundunit import drop_unit_payers
from ngo_atlas.extract.funder_mentions import RELATIVE_CLAUSE, programme_position, prose_funders, relative_owner
from ngo_atlas.extract.bracketprog import bracket_programmes
from ngo_atlas.extract.labels import LabelHit
from ngo_atlas.extract.measureprog import measure_programme
from ngo_atlas.extract.names import (
    demonym,
    is_cyrillic,
    nominative,
    split_items,
    split_parenthetical,
    strip_quotes,
)
from ngo_atlas.extract.organisations import (
    INTERMEDIARY_AFTER,
    _cut_at_verb,
    _past_descriptor,
    foreign_name,
    is_acronym,
    is_org_head,
    list_after,
)
from ngo_atlas.extract.text import CI, cue, lowered, sentences_with, words_key
from ngo_atlas.lang import polish, slavic
from ngo_atlas.model import Funding, OrgRef, Span

# an amount as the cue phrases meet it in lowered text: "280 tys. złotych", "pln 145,000", "€400,000"
_AMOUNT_RX = (r"(?:(?:pln|eur|usd|chf|€|\$|£)\s?\d[\d\s,.]*?|\d[\d\s,.]*\s*(?:mln|tys\.?|млн|тыс\.?|тис\.?|"
              r"million|thousand)?\s*(?:zł\w*|pln|eur\w*|usd|chf|злот\w*|євро|евро|грн|гривен\w*|€|\$|£))")
# "at the expense of" in Ukrainian and Russian, alone or with "the funds of": "за рахунок
# (коштів) X", "за счёт (средств) X"
_AT_EXPENSE = r"за\s+(?:рахунок|сч[её]т)"
_AT_EXPENSE_OF = _AT_EXPENSE + r"(?:\s+(?:коштів|средств))?"
FUNDER_INTRO = cue(
    r"(?:współfinansowan\w*|dofinansowan\w*|sfinansowan\w*|finansowan\w*|finansuje|"
    r"współfinansuje|co-?financed|co-?funded|funded|"
    r"financed|sponsored|supported|финансируется|финансирован\w*|профинансирован\w*|"
    r"фінансується|фінансован\w*|співфінансован\w*|співфінансу\w*|софинансиру\w*|udzielon\w*(?:\s+zosta\w+)?|przyznan\w*)"
    r"(?:\s+(?:jest|są|był[aoy]?|zostało|został[aoy]?|is|was|are|were))?"
    # the manner of support between the verb and its agent: "supported financially by X"
    r"(?:\s+(?:financially|finansowo|фінансово|финансово))?"
    r"(?:\s+(?:ze\s+środków|z|ze|przez|by|from|through|от|из\s+средств|"
    # (Ukrainian "коштом X", the instrumental of the means: "фінансується коштом Фонду X")
    + _AT_EXPENSE_OF + r"|за\s+кошти|коштом|з))\s+"
    # the reflexive verb with its source: "Проект финансировался из бюджета города X",
    # "софинансируется из Национальной программы X", "фінансувався з бюджету міста X"
    r"|(?:(?:со)?финансир(?:овал(?:ся|ась|ось|ись)|уется|уются)|"
    r"(?:спів)?фінансу(?:вався|валася|валося|валися|ється|ються))\s+"
    r"(?:из\s+средств|із\s+коштів|з\s+коштів|коштом|из|із|з|от|від)\s+"
    # (the co- prefix too: "софинансируется Европейским союзом из средств X"; its agent must
    # be a name, see _sentence_funders, as "софинансируется правительствами X" names none)
    r"|(?P<co>(?:со)?финансируется|(?:со)?финансировался|(?:со)?финансировалась|(?:спів)?фінансується|"
    r"(?:спів)?фінансувався|(?:спів)?фінансувалася|"
    # the plural and the impersonal passive: "Зустрічі фінансуються X-ою радою", "Встречи
    # финансируются X", "Проєкт профінансовано X-им фондом"
    r"(?:спів)?фінансуються|(?:спів)?фінансувалися|(?:со)?финансируются|(?:со)?финансировались|"
    r"фінансувалось|(?:спів|про)?фінансован(?:ий|а|е|і|о|ого|ому)|(?:со|про)?финансиру?ем(?:ый|ая|ое|ые|ого)|"
    r"профинансированн(?:ый|ая|ое|ые|ого)|"
    # the short passive with its agent in the instrumental: "был софинансирован Городом X"
    r"(?:со|про)?финансирован[аоы]?)\s+(?=[^\W\d_])(?!(?:з|із|за|из|от|в|у|на|при|с|від|по)\s)"
    # "pozostałą część kosztów pokrywa budżet państwa", "the costs are covered by X"; the share
    # may stand between ("75 proc. kosztów (300 000 zł) pokryje Fundacja X")
    r"|(?:koszt\w*|wydatk\w*)\s+(?:\([^()\n]{1,40}\)\s+)?(?:pokrywa|pokrywają|pokrył[aoy]?|pokryje|pokryją)\s+"
    r"|(?:costs?|expenses)\s+(?:are|is|were|was)\s+covered\s+by\s+(?:the\s+)?"
    # a public body's results page: "Na realizację zadań przeznaczono z budżetu Województwa X
    # kwotę …" (a voivodeship's budget, which the money sentences' body names miss; a town's or
    # a county's they read), "przeznaczono w budżecie Miasta Y kwotę …" (the sum set aside in
    # its budget: the body pays); "nie przeznaczono": no sum set aside)
    r"|(?<!(?<![\w])nie\s)przeznacz(?:ono|on[aey])\s+(?:(?:ze\s+środków\s+|z\s+)(?=budżetu\s+województwa\s)|"
    r"w\s+budżecie\s+(?=(?:miast|gmin|powiat|wojew|samorząd)\w*\s))"

    r"|(?:projekt|project|про[еє]кт)\w*\s+(?:(?:także|również|też|dodatkowo|також|тоже|также|also)\s+)?(?:"
    # ("проєкт також підтримує X": the adverb of adding between)
    # every person, number, tense and gender, and the co-/pro- prefixes: "Projekt finansowała X",
    # "projekty sfinansują X i Y", "Проєкт співфінансувало X"
    r"(?:współ|do|s)?finansow(?:ał[aoy]?|ali)|(?:współ|do|s)?finansuj(?:e|ą)|wsparł[aoy]?|wsparli|wesprze|wesprą|"
    r"wspiera(?:ją|ł[aoy]?|li)?|(?:спів|про)?фінансу(?:є|вав|вала|вало|вали)|підтримує|підтрима(?:в|ла|ло|ли)|"
    r"(?:со)?финансирует|поддерживает|поддержал[аои]?|(?:со|про)финансировал[аои]?)\s+"
    r"|(?:finansowanie|funding|финансирование|фінансування)\s+(?:\w+\s+)?(?:zapewnia|zapewniła|zapewnił|"
    r"zapewniło|provides|provided\s+by|is\s+provided\s+by|обеспечивает|забезпечує)\s+"
    r"|(?:средства|кошти)\s+(?:выделил\w*|виділил\w*|надал\w*)\s+"
    # the money, what for, then who gave it: "Środki na realizację projektu przekazała X",
    # "Кошти на проєкт надало місто X", "Средства на проект выделил X"
    r"|(?:środki|pieniądze|средства|деньги|кошти|гроші)(?:\s+[^\s.,;:]+){1,4}?\s+(?:przekazał\w*|przyznał\w*|"
    r"zapewnił\w*|przeznaczył\w*|выделил\w*|предоставил\w*|виділил\w*|виділив|надал\w*|надав)\s+"
    # "Partnerem finansowym projektu jest X", "the financial partner is X", "финансовым партнёром является X"
    r"|partner(?:em|ami)\s+finansow\w+(?:\s+projektu)?\s+(?:jest|są|był[aoy]?|byli)\s+"
    r"|financial\s+partners?(?:\s+of\s+the\s+project)?\s+(?:is|are|was|were)\s+(?:the\s+)?"
    r"|финансов\w+\s+партн[её]р\w*(?:\s+проекта)?\s+(?:является|являются|был[аи]?|стал[аи]?)\s+"
    r"|фінансов\w+\s+партнер\w*(?:\s+про[еє]кту)?\s+(?:є|був|була|стал[аи]?|став)\s+"
    # "Funding for the project was provided by X"
    r"|(?:funding|financing)(?:\s+(?:for|of)\s+(?:the\s+)?[\w-]+)?\s+(?:(?:was|is|were|has\s+been|will\s+be)\s+)?"
    r"provided\s+by\s+(?:the\s+)?"
    # a public task commissioned and paid for by a body: "na zlecenie Miasta X", "zlecone przez
    # Gminę X", "на замовлення Міста X", "по заказу города X", "commissioned by the City of X"
    r"|(?:na\s+zlecenie|zlecon\w*\s+przez|на\s+замовлення|по\s+заказу|commissioned\s+by)\s+(?:the\s+)?"
    # where the money comes from: "Pieniądze pochodzą od X", "The funds come from X",
    # "Средства поступают от X", "Кошти надходять від X"; the sum may stand aside between dashes,
    # brackets or commas ("Pieniądze – 483 200 złotych – pochodzą z X", "Środki (40 tys. zł) pochodzą z X")
    # or what the money is for ("Środki na realizację projektu pochodzą z X", "Funds for the
    # project came from X", "Средства на проект поступили от X")
    r"|(?:zł|pln|złotych|eur|euro|usd|pieniądze|środki|fundusze|finansowanie|dofinansowanie)(?:\s*[)–—,])?"
    r"(?:\s+na\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s+"
    r"(?:pochodzi|pochodzą|pochodziło|pochodziła|pochodziły)\s+(?:ze\s+środków\s+|z\s+|ze\s+|od\s+)"
    r"|(?:money|funds|funding)(?:\s+[–—(][^–—()\n]{1,40}[–—)]|\s+for\s+(?:the\s+|this\s+|our\s+)?[\w-]+)?\s+"
    r"(?:comes?|came)\s+from\s+(?:the\s+)?"
    r"|(?:средства|деньги|кошти|гроші)(?:\s+[–—(][^–—()\n]{1,40}[–—)]|\s+на\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s+"
    r"(?:поступа\w+|поступил\w*|надходять|надходили|надійшли|"
    r"походять)\s+(?:от|из|від|з)\s+"
    # "…, a 310 095,00 zł (stanowi) wkład z budżetu państwa": a second share and its source
    r"|(?:(?<=,\s)a|oraz)\s+\d[\d\s,.]*\s*(?:mln|tys\.?)?\s*(?:zł|pln|eur|euro|usd)\s+"
    r"(?:(?:stanowi\w*|to|wkład\w*|dofinansowani\w*|dotacj\w*|pochodz\w*|jest|są)\s+){0,2}"
    r"(?:ze\s+środków\s+|z\s+|ze\s+)"
    # "thanks to" a money noun in any inflection, up to two words before it, and its giver in
    # the genitive or after "from": "dzięki hojnej dotacji z X", "thanks to a generous subsidy
    # from X", "благодаря субсидии X", "завдяки дотації X", "завдяки коштам X"
    r"|(?:dzięki|thanks\s+to|благодаря|завдяки)\s+(?:(?:a|an|the)\s+)?(?:[^\W\d_]+\s+){0,2}?"
    r"(?:darowi[zź]n|dotacj|grant(?!obior)|dofinansowa|finansowa|środk|pieniądz|pieniędz|subwencj|subsydi|"
    r"donation|funding|funds|subsid|грант(?!оотрим|ополуч|одерж)|дотаці|дотаци|субсиді|субсиди|кошт|"
    r"фінансуванн|финансировани|пожертв|средств|деньг|wsparci|support(?!er)|підтримц|поддержк)\w*\s+"
    r"(?:(?:z|ze|od|from|of|от|из|від|з|із)\s+)?(?:the\s+)?"
    # "at the expense of": "за рахунок коштів X", "за счёт средств X"
    r"|" + _AT_EXPENSE + r"\s+(?:(?:коштів|средств)\s+)?"
    r"|(?:za\s+pomocą\s+środków|dzięki\s+wsparciu|за\s+підтримки|при\s+поддержке|при\s+підтримці|"
    r"благодаря\s+поддержке|завдяки\s+підтримці|"
    r"при\s+финансовой\s+поддержке|за\s+фінансової\s+підтримки|przy\s+wsparciu\s+finansowym|"
    # a footer's "Projekt realizowany przy wsparciu X": the project carried out with a body's
    # support, as "при поддержке", "за підтримки", "with the support of" read; without the verb
    # of carrying out the project ("prowadzone są przy wsparciu Urzędu X", "a także przy
    # wsparciu Kuratorium X") the body's help need not be money
    r"(?<=realizowan[yae]\s)przy\s+wsparciu|"
    r"with\s+financial\s+support\s+(?:of|from)|"
    r"with\s+(?:the\s+)?support\s+(?:of|from)|with\s+funding\s+from)\s+"
    r"|(?:ze\s+środków|dofinansowanie\s+od|dofinansowanie\s+z|dotację\s+od|grant\s+od|"
    r"funding\s+from|grant\s+from|из\s+средств|за\s+кошти)\s+"
    # the receiver's side: "otrzymała 280 tys. zł z X", "received a grant from X", "получила
    # грант от X"; with "od"/"from" and no money noun right after the verb, a money word
    # must follow in the clause ("otrzymało od Fundacji X grant")
    r"|(?:otrzymał\w*|uzyskał\w*|pozyskał\w*|received|obtained|получил\w*|отримал\w*|отримав)\s+"
    r"(?:(?:(?:a|an|the|of|w\s+wysokości|w\s+kwocie|в\s+размере|у\s+розмірі)\s+)?(?:" + _AMOUNT_RX + "|"
    # "otrzymał 15 000 zł wsparcia z X", "received €5,000 in support from X": the genitive of
    # support after a sum ("otrzymali wsparcie z MOPS", help without a sum, stays out)
    r"grant\w*|dotacj\w*|dofinansowani\w*|wsparcia|subwencj\w*|funding|in\s+support|"
    r"грант\w*|дотаци\w*|субсиди\w*|поддержки|підтримки)\s+){1,3}"
    r"(?:od|z|ze|from|от|из|від|з|із)\s+"
    # the sum between the verb and its source: "supported with €212,000 from X", "wsparty kwotą
    # 40 000 zł przez X", "dofinansowanie w wysokości 5 000 zł z X", "грант на суму 20 000 грн від X"
    r"|(?:supported|funded|financed|co-?financed|co-?funded|awarded|wspart\w*|dofinansowan\w*|"
    r"sfinansowan\w*|współfinansowan\w*|finansowan\w*|dotacj\w*|grant\w*|грант\w*|"
    r"профинансирован\w*|профінансован\w*|підтриман\w*|поддержан\w*)\s+"
    r"(?:(?:with|by|of|kwotą|w\s+kwocie|w\s+wysokości|на\s+сумму|на\s+суму|в\s+размере|у\s+розмірі|"
    r"(?:a|an)\s+(?:grant|sum)\s+of)\s+)?" + _AMOUNT_RX + r"\s+"
    r"(?:from|by|przez|z|ze\s+środków|ze|od|от|из|від|з|із)\s+(?:the\s+)?(?=\S)"
    r"|(?:otrzymał\w*|received|получил\w*|отримал\w*|отримав)\s+(?:od|from|от|від)\s+"
    r"(?=[^.\n]{0,80}?(?:grant|dotacj|dofinansow|zł\b|pln|eur|usd|грант|дотаци|злот|грн))"
    # the applicant's side: "Napisaliśmy wniosek do Fundacji X … i dostaliśmy 60 tysięcy złotych",
    # "we applied to X and received …", "подали заявку в Фонд X и получили …": the body applied
    # to pays when the same sentence says the money came
    r"|(?:wniosek|wnioski|aplikację|application|applied|заявку|заявки)\s+(?:(?:o\s+\w+|for\s+\w+)\s+)?"
    r"(?:do|to|в|до)\s+(?:the\s+)?(?=(?:[^.\n]|(?<=\bim)\.|(?<=\bśw)\.|(?<=\bpw)\.|(?<=\bst)\.){0,160}?(?:dosta\w+|otrzyma\w+|przyzna\w+|received|got|"
    r"awarded|получил\w*|получили|отримал\w*|отримали)\s[^.\n]{0,40}?(?:\d|tysi|grant|dotacj|тысяч|тисяч))")
PROGRAMME_INTRO = cue(
    r"(?:w\s+ramach|within|under|in\s+the\s+framework\s+of|в\s+рамках|у\s+рамках|у\s+межах|"
    r"в\s+межах|"
    # "wniosek do Fundacji X, do programu Y": the programme applied to
    r"do(?=\s+(?:programu|konkursu)\s)|to(?=\s+(?:the|its)\s+[\w\s-]{0,30}?(?:programme|program|fund)\b)|"
    # "współfinansowany z programu Aktywni Obywatele – Fundusz Regionalny": money from a programme
    # ("z dotacji programu X", "ze środków programu X", "з коштів програми X": its money noun between)
    r"(?:z|ze|з|із|из)(?:\s+(?:dotacji|grantu|środków|dofinansowania|коштів|средств|гранту))?"
    r"(?=\s+(?:programu|програми|программы)\s)|"
    # "w programie „X”", "w konkursie X", "в программе «X»", "у програмі X": the locative
    # names the programme a grant was given in, as "w ramach" does
    r"(?:w|в|у)(?=\s+(?:programie|konkursie|программе|конкурсе|програмі|конкурсі)\s)|"
    # "funded by X through its „Y” grant programme", "poprzez swój program „Y”": the payer's channel
    r"(?:through|via)\s+(?:its|their|the)(?=\s+(?:[„“\"«]|(?:[\w+-]+\s+){1,4}(?:grant\s+)?program))|"
    r"poprzez(?:\s+(?:swój|własny))?(?=\s+program)|через(?:\s+(?:свою|свою|власну))?(?=\s+програм))\s+")
FINANCED_BY = re.compile(r"\s+(?:financed|funded)\s+(?:by|from)\s+(?:the\s+)?|\s+finansowan\w*\s+(?:przez|ze\s+środków|z|ze)\s+",
                         re.IGNORECASE)
_STOP = CI(r"\s(?:w\s+ramach|w\s+programie|w\s+konkursie|в\s+программе|у\s+програмі|"
           r"на|для|poprzez|through|via|within|under|в\s+рамках|у\s+рамках|у\s+межах|в\s+межах|who|który|która|"
                   r"które|dla|for\s+the|w\s+wysokości|in\s+the\s+amount|na\s+kwotę|with)\b|"
                # "z Funduszu X w 75%, a w 25% z budżetu państwa": a share closes the name
                r"\s(?:w|we|в|у|in)\s+\d{1,3}(?:[,.]\d+)?\s?%|"
                # "finansowaniu Fundacji X (około 95 tys. euro) w Lublinie …": a bracketed sum
                # closes the payer's list unless the list goes on ("X (85 tys. zł) oraz Y")
                r"\s\((?=[^()\n]{0,40}\d[^()\n]{0,40}\)(?!\s*(?:[,&]|(?:oraz|i|and|и|та|і|a\s+także)\s)))|"
                r"(?<!\bim)(?<!\bds)(?<!\btys)(?<!\bmln)(?<!\bnr)(?<!\bul)(?<!\bśw)(?<!\bm)(?<!\bm\.st)(?<!\bst)(?<!\b[a-z]\.[a-z])\.(?![a-z]\.)|[;:]|\n\s*\n",
                   )
# a bare head word ("Źródło finansowania: Fundusz" on a page cut short) names no funder
_GENERIC = {"program", "programu", "programme", "projektu", "project", "środków", "ue?",
            "fundusz", "fundacja", "stowarzyszenie", "ministerstwo", "urząd", "fund", "foundation",
            "фонд", "фундація", "фундация",
            # "Miasto przekazało dotację": the bare word points back at a town named elsewhere
            "miasto", "gmina", "powiat", "województwo", "samorząd", "city", "municipality",
            "місто", "город", "гміна", "гмина"}


def find_funding(text: str, s: int, e: int, labels: list[LabelHit], lang: str,
                 operators: list | None = None) -> list[Funding]:
    out: list[Funding] = []
    for h in labels:
        if h.key == "funder" and s <= h.start < e and not _heading_or_clause(text, h):
            out.extend(_from_label(text, h, lang))
        elif h.key == "amount" and s <= h.start < e and "(" in h.value:
            out.extend(_payer_of_sum(text, h, lang))
    # ("Program Migracji i Polityki Rozwojowej" on a line of its own: no key and its value but a
    # name whose head is the programme word, a genitive governed by it; a section, no call)
    prog_labels = [h for h in labels if h.key == "programme" and s <= h.start < e
                   and (h.colon or lang != "pl" or not _head_governs("Program " + h.value + " "))]
    done = [(h.start, h.end) for h in labels if h.key == "funder"]
    cues = (FUNDER_INTRO, VERB_THEN_PROGRAMME, PROGRAMME_QUOTED) + (
        (CAME_FROM_PROGRAMME,) if _came_words(text, s, e) else ())
    for ss, se in sentences_with(text, s, e, cues):
        found = _from_sentence(text, ss, se, lang, operators)
        out.extend(found)
        if any(f.funder and not _PROGRAMME_WORD.match(f.funder) for f in found):
            done.append((ss, se))
    # a money sentence in other words than the cue phrases above still names who pays
    out.extend(prose_funders(text, s, e, lang, done))
    payer_after_sum(out, text, s, e, lang)
    covering_payers(out, text, s, e, lang)
    rejoin_wrapped(out, text, s, e, lang)
    _share_payers(out, text, s, e, lang)
    _noun_genitive_payers(out, text, s, e, lang)
    _state_budget(out, text, s, e)
    _local_government_payer(out, text, s, e, lang)
    town_subject_payers(out, text, s, e)  # (FUNDFP: "місто X додає 1,1 млн", "miasto X dołożyło 10 000 zł")
    _own_contribution(out, text, s, e, lang)
    private_donors(out, text, s, e, lang)
    company_gifts(out, text, s, e)  # (FUND-M: "darowizna firmy X sp. z o.o.", "firma X przekazała")
    verb_first_payers(out, text, s, e, lang)  # ("Wyprawki ufundowała Fundacja X": the subject after its verb)
    came_from_payers(out, text, s, e, lang)  # (FUND-O: "EUR 12,000 came from X")
    if not any(f.programme for f in out):
        _add_named_programme(out, text, s, e, lang)
    _programme_run_by_funder(out, text, s, e, lang)
    _copula_programme(out, text, s, e, lang)  # (PROG-C: "X to program Fundacji Y, finansowany przez Z")
    # (FUNDP: "X jest programem Fundacji Y" and no payer named)
    copula_owners(out, text, s, e, lang)
    _budget_after(out, text, s, e, lang)
    _owner_after_programme(out, lang)
    _programmes_named_as_funders(out, lang)
    _expand_acronyms(out, text, lang)
    _programme_to_owner(out, lang)
    _eu_fund_as_programme(out, text)
    _owners_quoted_programme(out, text, s, e, lang)
    _through_named_fund(out, text, s, e, lang)  # (PROG-A: "through its X Fund")
    bracket_programmes(out, text, s, e, lang)  # (PROG-B: "X (Y Programme)", "X (z programu Y)")
    out = drop_polish_echo(_funds_paid_through(out), text, lang)  # (FUND-K: a Polish footer's payer)
    for h in prog_labels:  # "Konkurs: OPUS 23, Narodowe Centrum Nauki": the call, then its payer
        out.extend(_body_after_call(h, lang))
    if prog_labels and out and all(f.programme is None for f in out):
        # "Program: X, finansowany z Funduszy EOG": the clause after the name is its payer's
        value = _PAID_CLAUSE.split(prog_labels[0].value, 1)[0]
        for f in out:
            f.programme = _programme_name(value, lang)
    _channel_to_named_programme(out, text, s, e, prog_labels, lang)
    channel_programmes(out, text, s, e)  # (FUND-K: "w ramach Funduszy EOG" names no programme)
    measure_programme(out, text, s, e)  # (FUND-K: "poddziałania 19.2 „…” Programu X")
    out = handed_on(out, text, s, e, lang, operators)  # (FUND-H: an operator of another body's money)
    cofinancing_payers(out, text, s, e, lang)  # (a co-financier's share: not the programme's payer)
    out = [f for f in out if not (f.funder and _UNNAMED_BUDGET.fullmatch(f.funder))]
    out = no_field_names(trim_funder_tails(out, lang))  # (FUND-Q: a name's end; "Kwota" is no body)
    out = trim_programme_tails(out)  # (FUND-M: a grant's number, sum or part after its programme)
    # (FUNDP: "„X” Fundacji Y": the owner is no part of the name)
    owner_out_of_programme(out, text, lang)
    out = drop_unit_payers(out, text)  # (FUNDN: "X, Public Diplomacy Section": the body's unit)
    out = table_payers(out, text, s, e, lang)  # (FUND-M: "Źródło | Kwota": a row a payer, its own sum)
    fund_adjectives(out, text, lang)  # (FUND-M: "z Funduszy norweskich": the adjective is the name's)
    out = regional_programmes(out)  # (FUNDP: "Fundusze Europejskie dla X" is a programme)
    out = payer_list(_dedupe(_translated_twice(out, text, lang)), text, s, e, lang)
    out = shapeless_values(out, lang)  # (FUND-S35: a label, a sum, a clause, a panel is no name)
    return drop_after_end_payers(out, text, s, e)  # (a service's payer once the project is over)


_PROGRAMME_KEY = re.compile(r"(?i:program|programme|программ|програм)")


# "funded by X through its Migrant and Refugee Fund", "through the Y Council's Z Fund", "through
# its Human Rights Education for Legal Professionals (HELP) programme": the payer gives through a
# capitalised name whose head is a fund or a programme word (its owner's possessive and its
# acronym may stand between); that name is the grant's programme (SCHEMA.md: "the funder's
# programme, call or fund a grant comes from")
_CAP_WORD = r"[A-Z][\w'’+.-]*\s+(?:(?:for|and|of|in|on|&)\s+)?"
_THROUGH_NAMED_FUND = re.compile(
    r"(?<![\w])(?:through|via)\s+(?:its|their|the)\s+(?:(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*(?:'s|’s)\s+)?"
    r"(?:(?P<f>(?:" + _CAP_WORD + r"){1,7}(?:Fund|Facility)(?:\s[–-]\s[A-Z]\w+)?)(?![\w'’])|"
    r"(?P<p>(?:" + _CAP_WORD + r"){1,8}?)(?:\([A-Z]{2,10}\)\s+)?(?:grant\s+)?[Pp]rogramme\b)")


def _through_named_fund(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """A payer with no programme takes the fund or programme its sentence says it gives through
    (English; the nearest payer named before the phrase in that sentence)."""
    if lang != "en" or not any(f.funder and f.programme is None and f.span for f in out):
        return
    if text.find("through", s, e) < 0 and text.find("via", s, e) < 0:
        return
    for m in _THROUGH_NAMED_FUND.finditer(text, s, e):
        name = (m.group("f") or m.group("p")).strip()
        line_start = max(text.rfind(".", s, m.start()), text.rfind("\n", s, m.start()))
        before = [f for f in out if f.funder and f.span and line_start < f.span.end <= m.start()]
        if before:
            last = max(before, key=lambda f: f.span.end)
            if last.programme is None:
                last.programme = name


def _channel_to_named_programme(out: list[Funding], text: str, s: int, e: int, prog_labels: list[LabelHit],
                                lang: str) -> None:
    """"w ramach Funduszy EOG", "under the EEA Grants": the funds the money came through, read as
    the programme only where the page names no programme of its own; where it does, in a
    "Program:" field or a "w ramach Programu X" phrase, that name is the programme."""
    channels = [f for f in out if f.programme and _FUNDS_CHANNEL.fullmatch(f.programme)]
    if not channels:
        return
    # (a call's field or phrase, "Nabór: 4. konkurs …", "w konkursie „X”", names an edition, no programme)
    names = (_programme_name(_PAID_CLAUSE.split(h.value, 1)[0], lang) for h in prog_labels
             if _PROGRAMME_KEY.match(text, h.label_start))
    name = next((n for n in names if n and not _FUNDS_CHANNEL.fullmatch(n)), None)
    if name is None:
        found = (_programme_after(text, m.start() - 1, e, lang) for m in _NAMED_PROGRAMME.finditer(text, s, e)
                 if _PROGRAMME_KEY.search(m.group()))
        name = next((n for n in found if n and not _FUNDS_CHANNEL.fullmatch(n)), None)
    if name is None:
        name = _programme_paid_by_channel(out, channels)
    for f in channels if name else ():
        f.programme = name


def _programme_paid_by_channel(out: list[Funding], channels: list[Funding]) -> str | None:
    """(FUND-K) "Program X, finansowany z Funduszy EOG", "Fundusze EOG, program X": where the
    page gives the channel as the payer of a named programme, money received "w ramach" that
    channel came through that programme (the channel is a funder by SCHEMA.md, not a programme)."""
    keys = {words_key(f.programme) for f in channels}
    return next((f.programme for f in out if f.funder and f.programme and f not in channels
                 and words_key(f.funder) in keys and not _FUNDS_CHANNEL.fullmatch(f.programme)), None)


# "Program grantowy Fundacji X „Y”", "конкурс Фонда X «Y»": a programme word, maybe its kind,
# its owner in the genitive, then the quoted name
_OWNERS_PROGRAMME = re.compile(
    r"(?<![\w])(?i:program\w*|konkurs\w*|программ\w*|програм\w*|конкурс\w*)\s+"
    r"(?:[a-ząćęłńóśźżа-яёіїєґ]+\s+)?(?P<o>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^„“\"«\n.;:,()]{1,60}?)\s+"
    r"[„“\"«](?P<n>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^„“”\"«»\n]{1,120})[”\"»“]")


def _owners_quoted_programme(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """A payer found with no programme gets the one a sentence names as its own: the owner
    before the quoted name is that payer in the genitive (read as its nominative)."""
    bare = [f for f in out if f.funder and f.programme is None]
    seg = text[s:e].lower() if bare else ""
    # (substring tests first: the case-blind scan is the costly part, and most pages name no programme)
    if not any(w in seg for w in ("program", "konkurs", "програм", "конкурс")):
        return
    for m in _OWNERS_PROGRAMME.finditer(text, s, e):
        owner = words_key(nominative(m.group("o"), lang))
        for f in bare:
            if words_key(f.funder) == owner:
                f.programme = m.group("n").strip()


# "z budżetu miasta", "з бюджету міста", "from the city budget": a town's budget that names no
# town pays no one we can name (the state budget, which is one, is not of this form)
_UNNAMED_BUDGET = re.compile(r"(?:budżet|бюджет|budget)\s+(?:miasta|gminy|міста|громади|города|"
                             r"of\s+the\s+(?:city|town|municipality))|(?:the\s+)?(?:city|municipal)\s+budget",
                             re.IGNORECASE)


def _translated_twice(items: list[Funding], text: str, lang: str) -> list[Funding]:
    """"Проєкт співфінансується Гміною Місто Краків / Projekt współfinansuje Gmina Miejska
    Kraków": a line given in two languages names its payer twice; the half in the other
    script than the document's is a translation of a payer named in the document's script."""
    if len(items) < 2 or " / " not in text:
        return items
    cyr_doc = lang in ("ru", "uk")
    mine = {k for g in items if g.funder and is_cyrillic(g.funder) == cyr_doc
            for k in (_translit_key(g.funder),) if len(k) >= 3}
    out = []
    for f in items:
        if f.span and f.funder and is_cyrillic(f.funder) != cyr_doc and _translit_key(f.funder) in mine:
            ls = text.rfind("\n", 0, f.span.start) + 1
            cut = text.find(" / ", ls, f.span.start)
            if cut != -1 and "\n" not in text[cut:f.span.start] and is_cyrillic(text[ls:cut]) == cyr_doc:
                continue
        out.append(f)
    return out


def _translit_key(name: str) -> str:
    """A payer's proper name (its last word) as a consonant skeleton in Latin letters:
    "Гміна Місто Краків" and "Gmina Miejska Kraków" both give "krkv", "Місто Люблін" and
    "Miasto Lublin" "lbln" (transliteration changes the vowels, not the consonants)."""
    from unidecode import unidecode

    words = unidecode(name).casefold().split()
    return _VOWELS.sub("", words[-1].replace("w", "v")) if words else ""


_VOWELS = re.compile(r"[aeiouyj'\W]")


_PROJECT_CLAUSE = re.compile(r"(?i:projekt|project|zadanie|task|проект|проєкт)\w*\s")


def _heading_or_clause(text: str, h: LabelHit) -> bool:
    """A funder label that is no key–value pair: a capitalised heading with the label's word
    in it and no colon ("WSPARCIE PRAWNE DLA CUDZOZIEMCÓW"), or a value that is a sentence
    about the project ("Finansowanie: Projekt współfinansowany przez X …"), which the
    sentence reader takes instead."""
    line = text[h.label_start:h.end]
    if not h.colon and line.isupper() and "\n" not in line:  # ("DARCZYŃCA" over "UNICEF": a key)
        return True
    return bool(_PROJECT_CLAUSE.match(h.value) and FUNDER_INTRO.search(h.value))


_PAID_CLAUSE = re.compile(r",\s+(?:(?:współ|do)?finansowan\w*|funded\s|financed\s|co-financed\s|"
                          r"финансируем\w*|фінансован\w*|співфінансован\w*)")


# "OPUS 24", "SONATA BIS 13 call", "konkurs PRELUDIUM 22": a call and its edition; the call
# word around it is no part of the programme's name
_CALL_EDITION = re.compile(r"(?:(?:konkurs|nabór|call|competition|конкурс)\s+)?"
                           r"(?P<p>[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)?\s+\d{1,4})"
                           r"(?:\s+(?:call|competition|konkurs|konkursu|конкурс))?", re.IGNORECASE)


# "Finansowanie: Gmina X (12 000 zł). Partner: Y": the sentence end before the next
# "Key:" of an inline card ends this label's value
_NEXT_LABEL = re.compile(r"[.;]\s+[^\W\d_][^\W\d_ ]*(?:\s[^\W\d_]+){0,3}:\s")


def _body_after_call(h: LabelHit, lang: str) -> list[Funding]:
    """A programme label's value whose item after a comma is a body: the body pays for the call."""
    if "," not in h.value:
        return []
    head, _, tail = h.value.partition(",")
    words = tail.split()
    if not words or not words[0][:1].isupper() or not any(is_org_head(w) for w in words):
        return []
    f = clean_funder(tail, lang)
    return [Funding(f, _programme_name(head, lang), None, None,
                    Span(h.end - len(tail.lstrip()), h.end, "label:programme_payer", 0.8))] if f else []


# the programme word after a quoted name ("the “Y” programme") or opening a later item
_PROGRAMME_NEXT = re.compile(r"\s+(?:grant\s+)?(?i:programme|program|programu)\b")
_TAIL_PROGRAMME = re.compile(r",\s*(?i:programme|program|programu|программа|програма)\s+(?=[^\W\d_])")


def _from_label(text: str, h: LabelHit, lang: str) -> list[Funding]:
    value = h.value
    if ":" in value:
        nxt = _NEXT_LABEL.search(value)
        value = value[:nxt.start()] if nxt else value
    m = FINANCED_BY.search(value)
    if m:  # "Active Citizens – National Fund financed by the EEA Financial Mechanism"
        funder = clean_funder(value[m.end():], lang)
        return [Funding(funder, _programme_name(value[:m.start()], lang), None, None,
                        Span(h.start, h.end, "label:funder", 0.9))] if funder else []
    value = re.sub(r"^(?:the)\s+", "", value)
    owned = _owner_in_brackets(_to_owner_bracket(value), lang)
    if owned:
        return [Funding(f, owned[0], None, None, Span(h.start, h.end, "label:programme_owner", 0.85))
                for f in owned[1]]
    pi = PROGRAMME_INTRO.search(value)
    label_programme = None
    if pi:  # "Исландия ... в рамках Фондов ЕЭЗ, программа «X»", "the EU under the AMIF"
        rest = value[pi.end():]
        pm2 = re.search(r",\s*(?:program|programme|programu|программа|програма)\s+", rest, re.IGNORECASE)
        label_programme = _programme_name(rest[pm2.end():] if pm2 else rest, lang)
        value = value[:pi.start()]
    elif " – " in value and not _DASH_IN_QUOTES.search(value):
        # "The City of Warsaw – Biuro Pomocy ...": the body, then its unit (a dash inside a
        # quoted call name, "konkurs „Szansa – Rozwój”", is the name's own)
        label_programme, value = _dash_tail(value, lang)
    pm = re.search(r",\s*(?:program|programme|programu|konkurs|программа|програма)\s+", value, re.IGNORECASE)
    programme = label_programme
    if pm:
        # "…, konkurs nr 2/2023 „Szansa – Rozwój”": the quoted name, past the call's number
        q = _QUOTED_PROGRAMME.match(value[pm.end():])
        rest = value[pm.end():]
        # "konkurs OPUS 22; 1 184 000 PLN", "…, nr umowy …": a sum or an agreement's number after
        # the name ends it here as in a sentence (_programme_name)
        end = None if q else _NAME_ENDS.search(rest)
        rest = rest[:end.start()] if end and end.start() > 0 else rest
        programme = q.group(1).strip() if q and q.group(1)[:1].isupper() else strip_quotes(rest)
        # "konkurs OPUS 24 (nr 2022/47/B/HS6/01834)": the grant's number is no part of the name
        if "(" in programme:
            programme = _GRANT_NUMBER.sub("", programme)
        value = value[:pm.start()]
    funders = []
    # "Europejski Program na rzecz Integracji i Migracji": "i" starts a new funder only
    # before an organisation's head word or an acronym
    for a, b in join_serial_names(value, _quotes_whole(value, split_items(
            value, 0, len(value), conj_ok=None if is_cyrillic(value) else _new_funder))):
        if funders and _NAMED_PART.fullmatch(value[a:b].strip()) and not any(
                is_org_head(w) for w in _QUOTE_OPEN.split(value[a:b])[0].split()):
            continue  # 'Horizon Europe, Cluster 2 "Culture, …"': the programme's named strand
        call = _CALL_EDITION.fullmatch(value[a:b].strip()) if funders else None
        if call and call.group("p")[0].isupper() and not _sum_split_at_comma(call.group("p"), value, b):
            # "National Science Centre (NCN), OPUS 21": a call and its edition, not a body
            funders[-1].programme = funders[-1].programme or call.group("p")
            continue
        f = clean_funder(value[a:b], lang)
        if f and funders and _SEAT_COUNTRY.fullmatch(f) and any(
                is_org_head(w) for w in (funders[-1].funder or "").split()):
            continue  # "National Science Centre, Poland": the body's country, not a second payer
        if f and funders and _UNIT.match(funders[-1].funder or "") and _PARENT.search(f) \
                and value[funders[-1].span.end - h.start:a].strip() == ",":
            continue  # "Bureau of Population …, U.S. Department of State": the unit's parent body
        mark = _BRACKET_END.search(value, a, b)
        if f and mark and _REGRANT_MARK.fullmatch(mark.group(1).strip()):
            # "Fundusz X (regrantowy)": a scheme handing on others' money is the programme
            funders.append(Funding(None, f, None, None, Span(h.start + a, h.start + b, "label:scheme", 0.8)))
        elif f:
            funders.append(Funding(f, programme, None, None, Span(h.start + a, h.start + b,
                                                                   "label:funder", 0.9)))
    return funders


# (FUND-B) "Fundusz X (Fundusze EOG), 47 300 EUR", "Fund X (EEA Grants), operator: Y": after the
# bracket of a fund's owners comes its sum or the card's next key, not a part of the fund's name
_BRACKET_THEN = re.compile(r"\)\s*[,;]\s*(?:(?i:" + _AMOUNT_RX + r")\s*(?:[,;.]|$)|"
                           r"[a-ząćęłńóśźżа-яёіїєґ][^\W\d_]*(?:\s[^\W\d_]+){0,2}:\s)")


def _to_owner_bracket(value: str) -> str:
    """The value up to a bracket that a sum or a lower-case next key follows (FUND-B), else the
    value itself: "X (Y), 47 300 EUR" is read as "X (Y)"."""
    m = _BRACKET_THEN.search(value)
    return value[:m.start() + 1] if m else value


def _sum_split_at_comma(item: str, value: str, end: int) -> bool:
    """(FUND-K) "Funding: X, USD 21,775", "X, PLN 5,8 million": the item split off at the comma
    inside a figure is a currency code and the figure's first digits, a sum, not a call's
    edition ("OPUS 24")."""
    from ngo_atlas.extract.lexicon import lexicon

    code = item.split()[0]
    return code.upper() in lexicon()["currencies"] and value[end:end + 2][:1] == "," and \
        value[end + 1:end + 2].isdigit()


def _dash_tail(value: str, lang: str) -> tuple[str | None, str]:
    """A label's value with a dash: the programme the part after its last dash names (a
    call, a quoted or a named programme, a fund's strand), or None; and the value cut at
    the dash where the body's name ends there."""
    label_programme = None
    tail = value.rsplit(" – ", 1)[1].strip()
    call = _CALL_EDITION.fullmatch(tail)
    quoted = _QUOTED_PROGRAMME.match(tail)
    strand = _TAIL_PROGRAMME.search(tail)
    if call and call.group("p")[0].isupper():  # "National Science Centre (NCN) – OPUS 24": its call
        label_programme = call.group("p")
    elif quoted and quoted.group(1)[:1].isupper() and (
            _PROGRAMME_WORD.match(quoted.group(0).lstrip()) or _PROGRAMME_NEXT.match(tail, quoted.end())):
        # "Fundacja X – program „Y”", "X Foundation – “Y” programme": the body's own programme
        label_programme = quoted.group(1).strip()
    elif strand and not _dash_continued(value.split(",")[0]):
        # "European Union – European Social Fund Plus, programme X 2021–2027" (a body named
        # on both sides of its dash keeps it, and its programme is read below)
        label_programme = _programme_name(tail[strand.end():], lang)
    elif _PROGRAMME_WORD.match(tail.split(",")[0] + " ") and tail[:1].isupper():
        # "Fundusz X – Program Krajowy, współfinansowanie z …": the fund's own programme,
        # named with the fund as written; the fund pays
        label_programme = (value.split(" – ")[0] + " – " + tail.split(",")[0]).strip()
    # "Grantodawca: Narodowy Instytut Wolności – Centrum Rozwoju …, Program X": the body's
    # name goes on past its dash (up to the comma that opens the next item)
    head = value.split(",")[0]
    if label_programme or " – " not in head or _UNIT.match(head.split(" – ", 1)[1]) or not _dash_continued(head):
        value = _acronym_dash(value) or value.split(" – ")[0]
    return label_programme, value


# "Fundusz dla Organizacji Pozarządowych (Mechanizm Finansowy EOG i …)", "Active Citizens
# Fund – National (EEA Grants)": a fund or programme named with its owners in brackets
_FUND_THEN_OWNER = re.compile(r"(?P<a>[^()]{3,120}?)\s*\((?P<b>[^()\d]{3,120})\)\s*$")
_FUND_WORD = re.compile(r"(?i:\b(?:fundusz\w*|fund|funds|programm?e?|program\w*|фонд\w*|програм\w*|"
                        r"программ\w*)\b)")


# a fund or programme head word alone, and the capitalised name of whom it is for after it
_FUND_HEAD = re.compile(r"(?:Fundusz\w*|Program\w*)")
_FUND_FOR = re.compile(r"\s+(?:dla|na\s+rzecz)(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*)+")
_DONOR_CHANNEL = re.compile(r"(?i:\bgrants\b|\bcontribution\b|\bmechani[sz]\w*|механізм\w*|механизм\w*)")


def _payer_like(name: str) -> bool:
    """A body, an acronym, the Union, a donors' channel or a country: a name that can pay."""
    from ngo_atlas.extract.organisations import org_starts

    words = name.split()
    return bool(words) and (any(is_org_head(w) for w in words) or org_starts(words[0])
                            or any(w.isupper() and len(w) > 1 for w in words) or bool(EU_NAME.search(name))
                            or bool(_DONOR_CHANNEL.search(name)) or (len(words) == 1 and polish.is_geo(words[0])))


# a name's strand after a dash, then a bracket: "Active Citizens Fund – Regional (EEA Grants)"
_STRAND_BRACKET = re.compile(r"(?:\s+[–-]\s+[^\W\d_][\w-]*)?\s*\([^()\n]{3,120}\)")


def _owner_in_brackets(value: str, lang: str) -> tuple[str, list[str]] | None:
    """A label's fund or programme with its payers in brackets: (programme, payers).
    The bracket names payers only where it holds a name of two words or more that is not
    the fund's own acronym spelt out, nor a seat, nor a programme itself."""
    if not value.rstrip().endswith(")"):
        return None
    m = _FUND_THEN_OWNER.fullmatch(value.strip())
    if not m or not _FUND_WORD.search(m.group("a")):
        return None
    inner = m.group("b").strip()
    if (not inner[:1].isupper() or len(inner.split()) < 2 or _PROGRAMME_WORD.match(inner + " ")
            or _REGRANT_MARK.search(inner) or _acronym_pair(inner, m.group("a"))):
        return None
    items = split_items(inner, 0, len(inner), conj_ok=None if is_cyrillic(inner) else _new_funder)
    words = inner.split()
    if len(items) == 1 and polish.is_geo(words[-1]) and not any(is_org_head(w) for w in words):
        return None  # "Fundusz Lokalny (Nowy Sącz)": the fund's seat, no payer
    if is_cyrillic(inner) != is_cyrillic(m.group("a")) or not all(
            _payer_like(inner[a:b].strip(" ,")) for a, b in items):
        return None  # "Фонд Гражданского Общества (Fundusz Obywatelski)": the name translated
    payers = [clean_funder(inner[a:b], lang) for a, b in items]
    programme = _programme_name(m.group("a"), lang)
    if not programme or not all(payers):
        return None
    return programme, [p for p in payers if p]


# a unit of a ministry or an office, and the body it belongs to named after it with a comma
_UNIT = re.compile(r"(?i:bureau|office|biuro|wydział|departament|department|directorate|division|бюро|"
                   r"управлін|управлен|отдел|відділ|департамент)\w*\b")
_PARENT = re.compile(r"(?i:department\s+of\s+state|state\s+department|ministry|ministerstw\w*|government|"
                     r"rząd\w*|urząd\w*|міністерств\w*|министерств\w*|госдепартамент\w*|держдепартамент\w*)")
_BRACKET_END = re.compile(r"\(([^()]{1,30})\)\s*$")
# the bracketed word that marks a name as a regranting scheme ("(regrantowy)", "(re-granting)")
_REGRANT_MARK = re.compile(r"(?i:re-?grant\w*|регрант\w*)")


# "Dofinansowanie: UNICEF (35 000 USD)": a grant label whose value is a body with its sum
# in brackets names the body that gave it
_NAME_THEN_SUM = re.compile(r"\s*(?P<n>[^\W\d_][^()\n]{1,80}?)\s*\((?=[^()\n]{0,30}\d)[^()\n]{1,40}\)")


def _payer_of_sum(text: str, h: LabelHit, lang: str) -> list[Funding]:
    from ngo_atlas.extract.money import find_money
    from ngo_atlas.extract.organisations import org_starts

    m = _NAME_THEN_SUM.match(h.value)
    if not m or not find_money(m.group(0)):
        return []
    name = m.group("n")
    if not (name[:1].isupper() and (org_starts(name.split()[0]) or name.split()[0].isupper())):
        return []  # "Dofinansowanie: kwota (w zł)": a body's head word or an acronym only
    f = clean_funder(name, lang)
    return [Funding(f, None, None, None, Span(h.start, h.start + m.end(), "label:amount_payer",
                                             0.85))] if f else []


_QUOTE_OPEN = re.compile(r"[„“\"«]")
# a unit word, maybe its number, then a quoted name: 'Cluster 2 "Culture, Creativity …"'
_NAMED_PART = re.compile(r"[^„“\"«,]{0,40}[„“\"«][^„”\"«»]+[”\"»“](?:\s*\([^()]*\))?")


def _quotes_whole(value: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """List items joined again where a comma inside a quoted name split them."""
    out: list[tuple[int, int]] = []
    for a, b in items:
        if out and _open_quote(value[out[-1][0]:out[-1][1]]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _open_quote(item: str) -> bool:
    straight = item.count('"') % 2 == 1
    return straight or item.count("„") + item.count("«") > item.count("”") + item.count("»") + item.count("“")


# a bracket after a programme's name that holds the grant's or agreement's number
_GRANT_NUMBER = re.compile(r"\s*\((?:(?i:nr|no|№|numer|umowa|umowy|agreement|grant|project|projekt)\b\.?[^()]*"
                           r"|[^()]*\d+/\d+/[^()]*)\)\s*$")
_DASH_IN_QUOTES = re.compile(r"[„“\"«][^„”\"«»]*\s–\s[^„”\"«»]*[”\"»“]")
_SEAT_COUNTRY = re.compile(r"Poland|Polska|Польша|Польща")


def _new_funder(word: str) -> bool:
    """After "i"/"and" in a funder list: an organisation, an acronym or a country starts."""
    from ngo_atlas.extract.organisations import org_starts
    from ngo_atlas.lang import polish

    w = word.strip(",.;:")
    return org_starts(w) or polish.is_geo(w)


# "Program Aktywni Obywatele – Fundusz Regionalny jest finansowany z Funduszy EOG": the
# sentence's subject is the programme its funders pay for
_PROGRAMME_SUBJECT = re.compile(
    r"\s*(?:(?:Program|Programme|The\s+programme|Программа|Програма)\s+(?P<p>[^.\n]{2,120}?)|"
    # "The Active Citizens Fund – National is financed by X": a fund the sentence is about
    r"(?:The\s+)?(?P<f>(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w+-]*\s+){0,5}(?:Fund|Fundusz|Фонд)(?!\w)[^.\n,]{0,60}?))\s+"
    r"(?:jest\s+|is\s+|был\s+|є\s+)?(?:współ|co-?)?(?:finansowan\w*|funded|financed|"
    r"финансируется|фінансується)\b")


def _from_sentence(text: str, s: int, e: int, lang: str, operators: list | None = None) -> list[Funding]:
    out = _sentence_funders(text, s, e, lang, operators)
    # "Program Aktywni Obywatele jest finansowany z Funduszy EOG w ramach Mechanizmu …": the
    # programme the sentence is about is the project's, the mechanism behind it is not
    sm = _PROGRAMME_SUBJECT.match(text, s, e) if out else None
    subject = _programme_name(sm.group("p") or sm.group("f"), lang) if sm else None
    programme = subject or next((f.programme for f in out if f.programme and not (
        f.span and f.span.rule == "funder_bracket_programme")), None)
    if programme is None and out:
        pm = PROGRAMME_INTRO.search(text, s, e)
        programme = _programme_after(text, pm.start() - 1, e, lang) if pm else None
    pm = PROGRAMME_INTRO.search(text, s, e) if programme and len(out) > 1 else None
    for f in out:  # a payer named after the programme phrase pays outside it, as the state does
        if not (f.span and f.span.rule == "funder_after_programme") and not _is_state_budget(f.funder) \
                and not (pm and f.programme is None and _joined_after(text, pm.end(), f)):
            f.programme = subject or f.programme or programme
    out = _handed_on(text, out, operators)
    _programme_to_relative_owner(text, s, e, out)
    for f in out:
        if f.funder is None and f.programme:
            f.funder = _fund_in_programme(f.programme, lang)
    # "ze środków UE w ramach Funduszu X oraz budżetu państwa": the state co-finances
    sb = _AND_STATE_BUDGET.search(text, s, e)
    if out and sb and not any((f.funder or "").lower().startswith(("budżet państwa", "state budget"))
                              for f in out):
        # "and by the Polish state budget": the English name as written, "Polish" kept
        name = "budżet państwa" if sb.group(1) is None else text[sb.start(1):sb.end(1)]
        out.append(Funding(name, None, None, None, Span(sb.start(), sb.end(), "state_budget", 0.75)))
    return out


def _joined_after(text: str, pos: int, f: Funding) -> bool:
    """"X w ramach Programu P oraz ze środków Y": Y, joined by its own "and from" after the
    programme phrase, pays outside P."""
    if not f.span or f.span.start <= pos:
        return False
    return bool(_JOINED.search(text, pos, f.span.start))


_JOINED = re.compile(r"\s(?:oraz|i|and|а\s+также|та|а\s+також)\s+(?:ze\s+środków\s+|z\s+|ze\s+|od\s+|"
                     r"from\s+(?:the\s+)?|из\s+|от\s+|з\s+|від\s+)$")


def _programme_to_relative_owner(text: str, s: int, e: int, out: list[Funding]) -> None:
    """"przez Gminę X oraz Fundację Y, która przyznała … w konkursie „Z”": Z is Y's alone, so
    the other payers lose it."""
    spans = sorted((f.span.start, f.span.end) for f in out if f.span and f.funder) if len(out) > 1 else []
    pos = programme_position(text, s, e) if any(RELATIVE_CLAUSE.match(text, b) for _a, b in spans) else -1
    rel = relative_owner(text, spans, pos) if pos >= 0 else None
    for f in out if rel else ():
        if f.funder and f.span and (f.span.start, f.span.end) != rel:
            f.programme = None


# "фінансується МОМ у Польщі за кошти Бюро X", "funded by IOM Poland with funds from the
# Bureau X": the first body hands on the second one's money (Polish "ze środków" is read by
# _FUNDS_OF_OTHER, where it names a programme as often as a body)
_HANDED_ON = re.compile(r"[^.;\n]{0,60}?\s(?:за\s+кошти|" + _AT_EXPENSE_OF + r"|из\s+средств|із\s+коштів|"
                        r"з\s+коштів|with\s+funds\s+(?:from|of)|from\s+the\s+funds\s+of)\s+(?:the\s+)?$",
                        re.IGNORECASE)


# "из средств X в рамках программы «P» и из средств Y": a second source joined by a
# conjunction pays beside the first, it does not hand the first one's money on
_COORD_MONEY = re.compile(r"\s(?:и|і|та|й|and|oraz|i|а\s+также|а\s+також|as\s+well\s+as)\s+"
                          r"(?:за|из|із|з|with|from)\s", re.IGNORECASE)


def _handed_on(text: str, out: list[Funding], operators: list | None = None) -> list[Funding]:
    """Payers that pass on the money of the payer named right after them drop out; by
    SCHEMA.md they are operators, organisations with role `other` (kept in `operators`)."""
    starts = {f.span.start for f in out if f.funder and f.span}
    if len(starts) < 2:
        return out
    kept = []
    for f in out:
        if f.funder and f.span and any(a > f.span.end and _HANDED_ON.fullmatch(text, f.span.end, a)
                                       and not _COORD_MONEY.search(text, f.span.end, a) for a in starts):
            if operators is not None:
                operators.append(OrgRef(f.funder, "other", Span(f.span.start, f.span.end, "funds_handed_on", 0.75)))
        else:
            kept.append(f)
    return kept


def is_payer(out: list[Funding], name: str, alike: bool = False) -> bool:
    """A payer of that name is read already (case aside; with `alike`, also one that names the
    same body in another form: "Fundacja X" / "Fundacji X (FX)")."""
    from ngo_atlas.extract.organisations import same_org

    key = name.casefold()
    return any(f.funder and (f.funder.casefold() == key or alike and same_org(f.funder, name)) for f in out)


def _own_share(f: Funding) -> bool:
    """A payer read as bringing the project's own contribution (rule own_contribution)."""
    return f.span is not None and f.span.rule == "own_contribution"


def _is_state_budget(funder: str | None) -> bool:
    """The state budget co-finances beside a programme; it gives through none."""
    return (funder or "").lower() in ("budżet państwa", "state budget", "polish state budget",
                                      "державний бюджет", "государственный бюджет")


# The state budget in any case and language, as the records name it ("budżetu państwa" ->
# "budżet państwa"); the locative ("o budżecie państwa") talks about it, it does not pay.
_STATE_BUDGET = cue(r"(?:(?P<pl>[bB]udżet(?:u|em|owi)?\s+[pP]aństwa)|(?P<en>state\s+budget)|"
                    r"(?P<uk>державн(?:ий|ого|ому|им)\s+бюджет(?:у|ом|ові)?)|"
                    r"(?P<ru>государственн(?:ый|ого|ому|ым)\s+бюджет(?:а|у|ом)?))(?![\w])")
_STATE_NAMES = {"pl": "budżet państwa", "uk": "державний бюджет", "ru": "государственный бюджет"}
# a sentence about money: an amount, a share, or a word of paying or covering costs
_MONEY_CONTEXT = CI(r"\d\s*(?:zł|pln|eur|euro|usd|%|proc|mln|tys|млн|тис|тыс|зл|євро|евро)|"
                    r"(?:[€$]|pln|eur|usd)\s*\d|(?<![\w])(?:koszt|wydatk|finans|współfinans|dofinans|"
                    r"dotacj|środk|wkład|pochodz|pokry|przeznacz|cost|fund|financ|cover|come|came|"
                    r"кошт|покрива|покри|фінанс|співфінанс|средств|покрыв|финанс|софинанс|выдел|виділ)")

# "umożliwiła im wnioskowanie o środki z budżetu państwa": money sought later, not this project's
_SEEKING = CI(r"(?<![\w])(?:wniosk\w*|wnioskow\w*|ubiega\w*|aplikow\w*|starać\s+się|o\s+środki|"
              r"apply\w*|applie\w*|seek\w*|заявк\w*|подава\w*|претендува\w*|претендова\w*|"
              # ("potrzebujemy wsparcia z budżetu państwa", "we need money from the state budget",
              # "потрібна допомога з державного бюджету"): a verb or predicative of needing wants
              # the money, nobody has paid it yet
              r"potrzebuj\w*|potrzebn\w*|needs?|needed|потребу\w*|потрібн\w*|нужда\w*|нуждаю\w*|нужн\w*)")

# "Курси фінансує місто Люблін", "finansowany przez gminę Kobylnica", "funded by the city of
# Opole": a city or commune named in lower case after a verb of paying; the name finders
# want a capital, so the common noun is read here and kept as written
_LOCAL_PAYER = cue(
    r"(?:finansuje|współfinansuje|dofinansowuje|sfinansował[aoy]?|współfinansował[aoy]?|dofinansował[aoy]?|"
    r"ufundował[aoy]?|(?:współ|do|s)?finansowan\w*\s+(?:(?:jest|są|był[aoy]?|został[aoy]?|zostały)\s+)?przez|"
    r"выделил[аио]?|предоставил[аио]?|виділил[аио]?|виділив|надал[аио]?|надав|"
    r"(?:co-?)?(?:funded|financed)\s+by|paid\s+for\s+by|"
    r"фінансує|співфінансує|профінансува\w*|(?:спів)?фінансується|(?:спів|про)?фінансован\w*|"
    r"финансирует|софинансирует|профинансировал\w*|(?:со)?финансируется|(?:со|про)?финансирован\w*|"
    # the plain past tense too ("Проєкт фінансувало Місто X", "проект финансировал город X")
    r"фінансувал[аио]|фінансував|финансировал[аио]?|finansował[aoy]?)\s+"
    # the object between the verb and its subject ("Фінансує проєкт місто X", "finansuje go miasto X"),
    # or the second payer of a list the verb opens ("финансируется Фондом X и городом Y")
    r"(?:(?:проєкт|проект|projekt|його|его|go)\s+|[^.;:!?\n]{2,80}?\s(?P<conj>і|и|та|й|oraz|i|and)\s+)??"
    r"(?:the\s+)?(?P<noun>miast(?:o|a|u|em)|gmin(?:a|ę|y|ą)|powiat(?:u|em)?|city\s+of|municipality\s+of|"
    r"міст(?:о|а|ом|у)|город(?:а|ом|у)?)\s+"
    r"(?P<town>[^\W\d_][\w-]+(?:\s+[^\W\d_][\w-]+)?)")

# the agent's cases of the nouns above: nominative and instrumental ("Фондом X и городом Y")
_AGENT_ENDINGS = ("miasto", "miastem", "gmina", "gminą", "місто", "містом", "город", "городом", "city of",
                  "municipality of")
_LOCAL_NOUNS = ("miast", "gmin", "powiat", "city", "municipality", "міст", "город")


def _local_government_payer(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """A city or commune paying, written with a lower-case common noun, is a funder; its
    noun and town go to the nominative and the noun keeps the case it was written in."""
    low = text[s:e].lower()
    if not any(w in low for w in _LOCAL_NOUNS):  # most pages name no such body: skip the scan
        return
    for m in _LOCAL_PAYER.finditer(text, s, e):  # matched on lowered text: the capitals are read here
        words = text[m.start("town"):m.end("town")].split()
        if not words[0][0].isupper():
            continue
        town = " ".join(words if words[-1][0].isupper() else words[:1])
        noun = text[m.start("noun"):m.end("noun")]
        if noun.lower().startswith(("city", "municipality")):
            name = noun + " " + town  # English: as written, the article left out
        else:
            name = clean_funder(noun.capitalize() + " " + town, lang) or ""
            name = name[:1].lower() + name[1:] if name and noun[0].islower() else name
        if m.group("conj") and not noun.lower().endswith(_AGENT_ENDINGS):
            continue  # (a list's later item is the verb's agent: "dla mieszkańców X i gminy Y" names none)
        if m.group("conj"):  # a list read as one name ("Фонд X и городом Y"): its head keeps the first
            tail = " " + text[m.start("conj"):m.start("town") + len(town)]
            for f in out:
                if f.funder and f.funder.endswith(tail) and len(f.funder) > len(tail) + 3:
                    f.funder = f.funder[:-len(tail)].rstrip(" ,")
        if name and not is_payer(out, name):
            out.append(Funding(name, None, None, None,
                               Span(m.start("noun"), m.start("town") + len(town), "local_payer", 0.7)))


# "a 215 tys. zł to wkład własny Miasta X", "Wkład własny zapewnia Samorząd Województwa X",
# "own contribution from X", "власний внесок Громади X": the body paying its own share pays too
_OWN_SHARE = re.compile(
    # ("Wkład własny – budżet Miasta X: 374 053 zł": a card's line sets the payer beside it after a dash)
    r"(?i:wkład\w*\s+własn\w*|own\s+contribution|власн\w+\s+внес\w*|собственн\w+\s+вклад\w*)\s+"
    r"(?:[–—-]\s+(?=(?i:budżet|budget|бюджет)\w*\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])))?"
    r"(?:(?i:zapewni\w*|wnosi\w*|wnies\w*|pokryw\w*|pokry\w*|(?:is|was)\s+(?:provided|made|covered)\s+by|"
    r"(?:came|comes)\s+from|from|of|by|забезпечу\w*|обеспечива\w*)\s+)?(?:the\s+)?"
    r"(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]|(?i:budżet|budget|бюджет)\w*\s)")
_OWN_WORDS = ("własn", "own contribution", "власн", "собственн")
_PUBLIC_HEADS = {"samorząd", "miasto", "gmina", "powiat", "województwo", "city", "municipality", "county",
                 "місто", "гміна", "громада", "город", "гмина", "самоврядування", "самоуправление"}


def _own_contribution(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """A body named as bringing the project's own contribution pays a share of it."""
    low = lowered(text)
    if not any(low.find(w, s, e) >= 0 for w in _OWN_WORDS):
        return
    for m in _OWN_SHARE.finditer(text, s, e):
        found = (_cyrillic_items if is_cyrillic(text[m.end():m.end() + 20]) else list_after)(text, m.end(), e)[:1]
        f = clean_funder(text[found[0][0]:found[0][1]], lang) if found else None
        # (a public body only: an NGO bringing its own share is the project's runner, not a payer)
        if f and f.split()[0].casefold() in _PUBLIC_HEADS and not is_payer(out, f):
            out.append(Funding(f, None, None, None, Span(found[0][0], found[0][1], "own_contribution", 0.7)))


# a share and its payer: "z czego 90 procent pokrywa Unia Europejska", "80% (of it) is covered
# by X", "90% покриває Європейський Союз". Read from the share word on (a scan from every
# digit, as a branch of FUNDER_INTRO, cost ~2 % of the extraction)
_SHARE = CI(r"(?:%|proc\.?|procent\w*|відсот\w*|процент\w*)(?:\s+(?:kosztów|wydatków|wartości|of\s+(?:it|the\s+costs?)|"
            r"витрат|расходов|вартості|стоимости))?\s+(?:pokrywa|pokrywają|pokrył[aoy]?|pokryje|finansuje|"
            r"sfinansował[aoy]?|(?:is|was|are|were)\s+(?:covered|paid|funded)\s+by(?:\s+the)?|покриває|покрива[ею]т|"
            # "of which 75% came from the X Fund", "из которых 75% покрывает X"
            r"(?:came|comes)\s+from(?:\s+the)?|покрыва(?:ет|ют)|"
            r"финансирует|фінансує)\s+")
_DIGIT_BEFORE = re.compile(r"\d\s?$")


def _share_payers(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    for m in _SHARE.finditer(text, s, e):
        if not _DIGIT_BEFORE.search(text, max(s, m.start() - 2), m.start()):
            continue
        stop = _STOP.search(text, m.end(), e)
        ce = stop.start() if stop else e
        items = _cyrillic_items(text, m.end(), ce) if is_cyrillic(text[m.end():ce]) else list_after(text, m.end(), ce)
        for a, b in items[:1]:
            f = clean_funder(text[a:b], lang)
            if f and not is_payer(out, f):
                out.append(Funding(f, None, None, None, Span(a, b, "share_payer", 0.75)))


# a money noun and its payer in the genitive, no preposition between: "dofinansowanie UE (75%):
# 1 608 975 PLN", "Dotacja Fundacji Orlen wyniosła 20 000 zł", "wkład Unii Europejskiej"
# (a cue on the lowered text, which the engine skips through to its three first letters; the
# payer's capital is checked in the original)
_NOUN_PAYER = cue(r"(?:dofinansowanie|współfinansowanie|dotacja|wkład|grant)\s+")


def _noun_genitive_payers(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    if lang != "pl":
        return
    for m in _NOUN_PAYER.finditer(text, s, e):
        if not text[m.end():m.end() + 1].isupper():
            continue
        le = text.find("\n", m.end(), e)
        for a, b in list_after(text, m.end(), e if le == -1 else le)[:1]:
            f = clean_funder(text[a:b], lang)
            if f and (is_acronym(f) or f != text[a:b] or len(f.split()) > 1) and not is_payer(out, f):
                out.append(Funding(f, None, None, None, Span(a, b, "money_noun_payer", 0.7)))


# an abbreviation's point ends no sentence: "…, a 15 proc. budżet państwa", "ok. 20 tys. zł"
_ABBREV_POINT = re.compile(r"(?<![\w])(?:proc|tys|mln|ok|r|nr|św|im|gr)\.$")


def _sentence_start(text: str, s: int, pos: int) -> int:
    """Where the sentence holding pos starts: after the last full stop or line break before it."""
    end = pos
    while True:
        dot, nl = text.rfind(". ", s, end), text.rfind("\n", s, end)
        if dot <= nl:
            return max(nl, s)
        if not _ABBREV_POINT.search(text, max(s, dot - 5), dot + 1):
            return dot
        end = dot


def _state_budget(out: list[Funding], text: str, s: int, e: int) -> None:
    """The state budget named as a source in a money sentence pays ("Pozostałe 15 proc.
    kosztów pochodzi z budżetu państwa", "the rest comes from the state budget")."""
    seg = text[s:e]
    if ("udżet" not in seg and "budget" not in seg and "бюджет" not in seg) or any(
            (f.funder or "").lower() in ("budżet państwa", "state budget", "polish state budget",
                                         "державний бюджет", "государственный бюджет") for f in out):
        return
    for m in _STATE_BUDGET.finditer(text, s, e):
        ls = _sentence_start(text, s, m.start())
        le = min((x for x in (text.find(". ", m.end(), e), text.find("\n", m.end(), e)) if x >= 0), default=e)
        if not _MONEY_CONTEXT.search(text, ls, le) or _SEEKING.search(text, ls, m.start()):
            continue
        name = _STATE_NAMES.get(m.lastgroup or "", "")
        if m.group("en"):  # "the Polish state budget": the English name as written, "Polish" kept
            name = ("Polish " if text[max(s, m.start() - 7):m.start()] == "Polish " else "") + "state budget"
        out.append(Funding(name, None, None, None, Span(m.start(), m.end(), "state_budget_source", 0.7)))
        return


_AND_STATE_BUDGET = CI(r"(?<![\w])(?:oraz|i|a\s+także)\s+(?:ze?\s+)?(?:środków\s+)?budżetu\s+państwa|"
                       r"(?<![\w])and\s+(?:from\s+|by\s+)?the\s+((?:\w+\s+)?state\s+budget)")


# "Projekt realizowany jest w ramach programu Erasmus+", "under the Erasmus+ programme": the
# programme word itself says a funding programme is named, even with no money word about
_NAMED_PROGRAMME = cue(r"(?:w\s+ramach|within|under|в\s+рамках|у\s+рамках)\s+(?:(?:programu|programme|"
                       r"программы|програми)\s|the\s+(?:[^\s.,;]+\s+){1,6}?programme\b|"
                       # "under the “Local Development, Roma Inclusion” programme": a quoted name of any length
                       r"the\s+[„“\"«][^„”\"«»\n]{2,120}[”\"»“]\s+programme\b)|"
                       # "przyznano nam w konkursie „X”", "грант у конкурсі «X»": the call a grant was won in
                       r"(?:w|в|у)\s+(?:programie|konkursie|программе|конкурсе|програмі|конкурсі)\s+(?=[„“\"«])|"
                       # "Projekt jest częścią programu „X”", "is part of the “X” programme", "є частиною
                       # програми «X»": the programme the project belongs to
                       r"(?:częścią|part\s+of|частиною|частью)\s+(?:(?:programu|the|програми|программы)\s+)?(?=[„“\"«]|programu\s|програми\s|программы\s)")
# a locative call needs the grant in its sentence ("wygrał w konkursie „X”" may be a prize)
_GRANT_WORD = CI(r"grant|dotacj|dofinans|finans|środk|zł|pln|eur|грант|дотац|фінанс|финанс|кошт|средств")
_LOCATIVE_CALLS = {"programie", "konkursie", "программе", "конкурсе", "програмі", "конкурсі"}
# "… programme of the Norway Grants", "programme of the X Foundation": its owner after it
_PROGRAMME_OF = re.compile(r"\s*programme\s+of\s+(?:the\s+)?")


def _add_named_programme(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """A programme named in a sentence of its own: the payers found elsewhere give within it,
    or, with none, it stands alone (funder null, as the records write a programme only)."""
    for ss, se in sentences_with(text, s, e, (_NAMED_PROGRAMME,)):
        m = _NAMED_PROGRAMME.search(text, ss, se)
        words = m.group(0).split() if m else []  # ("częścią „X”": one word before the quote)
        if len(words) > 1 and words[1].lower() in _LOCATIVE_CALLS and not _GRANT_WORD.search(text, ss, se):
            continue
        programme = _programme_after(text, m.start() - 1, se, lang) if m else None
        if m and programme is None and m.group(0).split()[0].lower() in _PART_OF:
            programme = _part_of_programme(text[m.end():se], lang)
        if programme:
            for f in out:
                # (the state budget and a body paying the own contribution give within no programme)
                f.programme = None if _is_state_budget(f.funder) or _own_share(f) else programme
            if not any(f.programme for f in out):
                # "w ramach Programu Krajowego Funduszu X": the fund that owns it pays;
                # "under the “X” programme of the Norway Grants": the owner named after it
                # (a name with no programme word, "Добрые Соседи Фонда Сороса", is split from
                # its owner later)
                fund = _fund_in_programme(programme, lang) if _PROGRAMME_WORD.match(programme) else None
                out.append(Funding(fund or _owner_of(text, m.end(), se, lang),
                                   programme, None, None, Span(m.start(), m.end(), "programme_named", 0.6)))
            return


_PART_OF = {"częścią", "part", "частиною", "частью"}


def _part_of_programme(rest: str, lang: str) -> str | None:
    """"programu „X”" / "“X” programme": the quoted name of the programme a project is part of."""
    q = re.match(r"\s*(?:(?:programu|програми|программы)\s+)?[„“\"«]([^„“”\"«»\n]{2,120})[”\"»“]"
                 r"(?:\s+programme)?", rest)
    return q.group(1).strip() if q and q.group(1)[:1].isupper() else None


def _owner_of(text: str, pos: int, e: int, lang: str) -> str | None:
    """The body after "programme of (the)" at pos, if one is named there."""
    q = text.find("programme", pos - 10, min(e, pos + 130)) if lang == "en" else -1
    of = _PROGRAMME_OF.match(text, q) if q >= 0 else None
    found = list_after(text, of.end(), e)[:1] if of else []
    return clean_funder(text[found[0][0]:found[0][1]], lang) if found else None


# "Program grantowy „X” jest realizowany przez Fundację Y": the programme its owner runs
_PROGRAMME_BY = CI(r"(?<![\w])(?:program\w*|programme|программа|програма|konkurs)\s+(?:[a-ząćęłńóśźż]+\s+)?"
                   r"[„“\"«](?P<p>[^„“”\"«»\n]{2,80})[”“\"»]\s+(?:jest\s+|is\s+|был\s+|є\s+)?"
                   r"(?:realizowan\w*|prowadzon\w*|run|operated|реализуется|реалізується)\s+(?:przez|by)\s+")


# "Program Aktywni Obywatele – Fundusz Krajowy jest prowadzony przez Fundację X", "The Active
# Citizens Fund is operated by X": a sentence about who runs a programme names it, unquoted
_PROGRAMME_OPERATED = re.compile(
    r"(?:^|(?<=[.\n]\s)|(?<=\n))(?:Program|Programme|The\s+programme|Программа|Програма)\s+"
    r"(?P<p>[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^.\n]{2,80}?)\s+(?:jest|is|был|є|was)\s+"
    r"(?:prowadzon\w*|realizowan\w*|operowan\w*|run|operated|administered|managed|реализуется|реалізується)\s")
# a name in apposition with an operator clause after it is a programme (operators run
# programmes, not payers): "…, Active Citizens Fund – Regional, operated in Poland by X",
# "…, Fundusz Y, operowany przez Fundację Z"
_OPERATED_NAME = re.compile(r",\s+(?P<p>[A-ZĄĆĘŁŃÓŚŹŻ][^,.;\n()]{2,80}?),\s+(?:(?:operated|administered)"
                            r"(?:\s+in\s+[A-Z]\w+)?\s+by|operowan\w*(?:\s+w\s+Polsce)?\s+przez)\s")
# the funds a payer gives through, read as a programme only for want of a named one
_FUNDS_CHANNEL = re.compile(r"(?i:fundusz\w*\s+(?:eog|norwesk\w*)|eea\s+(?:and\s+norway\s+)?grants|norway\s+grants|"
                            r"фонд\w*\s+(?:єез|еэз))")


def _programme_run_by_funder(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """A funder with no programme takes the one a sentence says it runs."""
    from ngo_atlas.extract.organisations import same_org

    channel = [f for f in out if f.funder and f.programme and _FUNDS_CHANNEL.fullmatch(f.programme)]
    if channel and ("rogram" in text[s:e] or "рограм" in text[s:e]):
        m = _PROGRAMME_OPERATED.search(text, s, e)
        name = _programme_name(m.group("p"), lang) if m else None
        for f in channel if name else ():
            f.programme = name
    bare = [f for f in out if f.funder and f.programme is None]
    run = _OPERATED_NAME.search(text, s, e) if bare and ("oper" in text[s:e] or "administered" in text[s:e]) else None
    name = _programme_name(run.group("p"), lang) if run else None
    for f in bare if name and not any(words_key(f.funder) == words_key(name) for f in bare) else ():
        f.programme = name  # "…, Active Citizens Fund – Regional, operated in Poland by X"
    bare = [f for f in out if f.funder and f.programme is None]
    for m in _PROGRAMME_BY.finditer(text, s, e) if bare else ():
        owner = list_after(text, m.end(), e)[:1]
        name = clean_funder(text[owner[0][0]:owner[0][1]], lang) if owner else None
        for f in bare:
            if name and same_org(f.funder, name):
                f.programme = text[m.start("p"):m.end("p")].strip()


# "Pomorskie Mosty to program regrantingowy Fundacji X, finansowany przez Y", "Program „X” jest
# programem Fundacji Y", "«X» – это программа …", "X is a grant programme of …": a sentence that
# opens on a capitalised or quoted name and says it is a programme names the programme of the
# payers it goes on to name (PROG-C)
_COPULA_PROGRAMME = re.compile(
    PROGRAMME_NAME_HEAD
    + r"[^\S\n]+(?:to|jest|–[^\S\n]+to|—[^\S\n]+это|–[^\S\n]+это|–[^\S\n]+це|це|is|is\s+an?)"
    r"[^\S\n]+"
    r"(?:[a-ząćęłńóśźżа-яёіїєґ-]+[^\S\n]+){0,2}(?:program(?:em)?|programme|программа|програма)\b")


def _copula_programme(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """Payers with no programme, named in a sentence that says the name opening it is a
    programme, take that name."""
    bare = [f for f in out if f.funder and f.programme is None and f.span]
    if not bare or not _PROGRAMME_KEY.search(text, s, e):
        return
    for m in _COPULA_PROGRAMME.finditer(text, s, e):
        name = (m.group("q") or m.group("n")).strip()
        if m.group("n") and name.split()[0].lower() in NOT_A_NAME:
            continue  # "Projekt to program …", "This is a programme …": no name opens it
        stop = min(text.find(". ", m.end(), e) % (e + 1), text.find("\n", m.end(), e) % (e + 1))
        for f in bare:
            if m.start() <= f.span.start < stop and f.programme is None and words_key(name) != words_key(f.funder):
                f.programme = name


def _owner_after_programme(items: list[Funding], lang: str) -> None:
    """"z programu NOWE FIO 2025 Narodowego Instytutu Wolności", "программы Соседи Фонда
    Сороса": an unquoted programme name runs on into its owner, a body in the genitive;
    the owner pays and the programme ends before it (a nominative body after a dash,
    "Aktywni Obywatele – Fundusz Regionalny", is the name's own)."""
    from ngo_atlas.extract.organisations import cyrillic_mentions, mentions

    for f in items:
        p = f.programme
        union = _EU_OWNER.search(p or "")
        if union and union.start() > 0 and (f.funder is None or EU_NAME.fullmatch(f.funder)):
            # "programu Erasmus+ Unii Europejskiej": the Union owns the programme and pays
            f.funder = f.funder or _EU_NOMINATIVE.get(lang, "Unia Europejska")
            f.programme = p[:union.start()].rstrip(" ,–-")
            continue
        if f.funder is not None or not p:
            continue
        found = (cyrillic_mentions if is_cyrillic(p) else mentions)(p, 0, len(p))
        if not found or found[-1][0] == 0 or p[:found[-1][0]].rstrip().endswith(("–", "-", "—")):
            continue
        a, b = found[-1]
        owner = p[a:b].rstrip("!?.,;: ")
        nom = nominative(owner, lang)
        if nom == owner or len(p[:a].split()) < 1:
            continue  # a nominative body: part of the programme's name
        f.funder, f.programme = nom, p[:a].rstrip(" ,–-") or None


# the Union after a programme's name, in the genitive as written or already put in the
# nominative with the name ("Erasmus+ Unii Europejskiej", "Erasmus+ of the European Union")
_EU_OWNER = re.compile(r"\s+(?:(?:Uni[ia]|Unię)\s+Europejsk\w+|of\s+the\s+European\s+Union|"
                       r"Европейск\w+\s+[Сс]оюза?|Європейськ\w+\s+[Сс]оюзу?)$")
_EU_NOMINATIVE = {"pl": "Unia Europejska", "en": "European Union", "ru": "Европейский союз",
                  "uk": "Європейський Союз"}


def _fund_in_programme(programme: str, lang: str) -> str | None:
    """"національна програма Фонду притулку ...": the fund that owns the programme pays."""
    # "Aktywni Obywatele – Fundusz Regionalny": a fund after a dash is part of the name, no owner
    m = re.search(r"(?<![–—-])\s((?:Funduszu|Fundusz|Fund|Фонду|Фонда|Фонд)\s.+)$", programme)
    # ("Program Krajowy Funduszu X na lata 2021–2027": the programme's period is not the fund's)
    return nominative(_PERIOD_TAIL.sub("", m.group(1)), lang) if m else None


_PERIOD_TAIL = re.compile(r"\s+(?:na\s+lata|for|на\s+(?:период|роки|годы))?\s*(?:19|20)\d\d\s*[–—/-]\s*(?:19|20)?\d\d\s*$")


VERB_THEN_PROGRAMME = cue(
    r"(?:(?:współ|do)?finansowan\w*|funded|financed|финансируется|фінансується|фінансувався)"
    r"(?:\s+(?:jest|są|był[aoy]?|is|was))?\s+(?=(?:w\s+ramach|within|under|в\s+рамках|у\s+рамках)\s)")
# "dofinansowanie … pochodziło z programu X", "the grant came from the X programme": found
# from the programme word (rarer than the verbs' first letters, so the scan stays cheap)
CAME_FROM_PROGRAMME = cue(r"(?:z|ze|from|з|із|из)\s+(?:the\s+)?(?:programu|programme|програми|программы)\s")
def _came_words(text: str, s: int, e: int) -> bool:
    """Whether a verb of coming from stands in the span (a C-level look: the verbs are rare,
    and the cue, found from its common preposition, is scanned only where one is)."""
    low = lowered(text)
    return any(low.find(w, s, e) >= 0 for w in _CAME_WORDS)


_CAME_WORDS = ("pochodz", "came ", "comes ", "походил", "походить", "поступил")
_CAME = re.compile(r"(?:pochodz\w*|came|comes|походить|походило|походили|поступил\w*)\s+$", re.IGNORECASE)


PROGRAMME_QUOTED = cue(r"(?:z|ze|w\s+ramach|from|under|в\s+рамках|у\s+рамках|из)\s+"
                       r"(?:programu|program|the\s+programme|programme|программы|програми)\s+"
                       r"[„“\"«](?P<p>[^„“”\"«»\n]{2,120})[”“\"»]")


def _owned_programmes(text: str, s: int, e: int, lang: str) -> list[Funding]:
    """'z programu „Działaj Lokalnie” Polsko-Amerykańskiej Fundacji Wolności': the
    programme, and its owner named right after it pays."""
    from ngo_atlas.extract.organisations import cyrillic_mentions, mentions

    out = []
    for m in PROGRAMME_QUOTED.finditer(text, s, e):
        pos = m.end()
        while pos < e and text[pos] in " \t":
            pos += 1
        found = (cyrillic_mentions if is_cyrillic(text[pos:pos + 20]) else mentions)(text, pos, e)
        funder = None
        if found and found[0][0] == pos:
            funder = clean_funder(text[found[0][0]:found[0][1]], lang)
        out.append(Funding(funder, strip_quotes(text[m.start("p"):m.end("p")]), None, None,
                           Span(m.start("p"), found[0][1] if funder else m.end(), "programme_owner", 0.75)))
    return out


_CHANNEL = CI(r"(?<![\w])(?:poprzez|through|via|за\s+допомогою|посредством)\s")


def _sentence_funders(text: str, s: int, e: int, lang: str, operators: list | None = None) -> list[Funding]:
    out = _owned_programmes(text, s, e, lang)
    for m in VERB_THEN_PROGRAMME.finditer(text, s, e):
        programme = _programme_after(text, m.end() - 1, e, lang)
        if programme:
            out.append(Funding(None, programme, None, None, Span(m.start(), m.end(), "programme_phrase", 0.6)))
    for m in CAME_FROM_PROGRAMME.finditer(text, s, e) if _came_words(text, s, e) else ():
        programme = _programme_after(text, m.start() - 1, e, lang) if _CAME.search(
            text, max(s, m.start() - 16), m.start()) else None
        if programme:
            out.append(Funding(None, programme, None, None, Span(m.start(), m.end(), "programme_phrase", 0.6)))
    consumed = s
    for m in FUNDER_INTRO.finditer(text, s, e):
        if m.start() < consumed:
            continue  # the fund a payer gave from, already read as its programme
        co = (m.group("co") or "").lower()
        if co.startswith(("со", "спів")) and co.endswith(("ся", "сь")) and not text[m.end():m.end() + 1].isupper():
            continue  # "софинансируется правительствами X через Фонд Y": a common-noun agent
        eu = _EU_REGIONAL.match(text, m.end(), e)
        if eu:  # "z Funduszy Europejskich dla Lubelskiego 2021-2027": a programme, its payer unnamed
            # "z programu Fundusze Europejskie dla X": the programme word is no part of the name
            name = re.sub(r"^(?:programu|program)\s+", "", text[eu.start():eu.end()])
            out.append(Funding(None, nominative(name, lang), None, None,
                               Span(eu.start(), eu.end(), "eu_programme", 0.75)))
            continue
        # "dzięki wsparciu partnerskiej organizacji X": what kind of body it is comes first
        start = past_class_noun(text, _past_descriptor(text, m.end(), e), e) \
            if text[m.end():m.end() + 1].islower() else m.end()
        stop = _STOP.search(text, start, e)
        ce = stop.start() if stop else e
        items = _cyrillic_items(text, start, ce) if is_cyrillic(text[start:ce]) else \
            _coordination(text, _line_items(text, start, ce)) if lang == "pl" else _line_items(text, start, ce)
        items = [(a, _foreign_tail(text, b, ce)) for a, b in items] if lang == "pl" else items
        items = [(a, _before_unopened(text, a, b)) for a, b in items]
        programme = _programme_after(text, ce, e, lang)
        # "z programu X, finansowanego przez Y w ramach Z": the participle agrees with the
        # programme before it; Y pays into X, and X is the project's programme
        owned = _PROGRAMME_BEFORE.search(text, max(s, m.start() - 120), m.start()) \
            if _GENITIVE_PARTICIPLE.match(text, m.start()) else None
        programme = (_programme_name(owned.group(1), lang) or programme) if owned else programme
        channel = bool(out) and _CHANNEL.search(text, max(s, m.start() - 30), m.start() + 1)
        for i, (a, b) in enumerate(items):
            if i and is_acronym(text[items[i - 1][0]:items[i - 1][1]].strip(" ,")) and \
                    _APPOSITION.fullmatch(text, items[i - 1][1], a):
                continue  # "funding from UNHCR, the UN Refugee Agency": the acronym's body again
            named_for = _FUND_FOR.match(text, b, e) if _FUND_HEAD.fullmatch(text, a, b) else None
            b = named_for.end() if named_for else b  # "z Funduszu dla Organizacji Pozarządowych"
            tail = _STRAND_BRACKET.match(text, b, e)
            owned_by = _owner_in_brackets(text[a:tail.end()], lang) if tail else None
            if owned_by:  # "z Funduszu X (Mechanizm Finansowy EOG)": the fund, its payers in brackets
                out.extend(Funding(p, owned_by[0], None, None, Span(a, b, "programme_owner", 0.8))
                           for p in owned_by[1])
                continue
            fund = _CYR_FROM_FUND.search(text, a, b) if is_cyrillic(text[a:b]) else None
            if fund:  # "Європейським Союзом з Фонду притулку …": the payer, then its fund
                b = fund.start()
                programme = programme or _programme_name(text[fund.end():items[-1][1]], lang)
            own = None if fund else _CYR_FROM_FUNDS.match(text, b, e) if is_cyrillic(text[a:b]) \
                else _FROM_FUND.match(text, b, e)
            named = list_after(text, own.end(1), e)[:1] if own else []
            if named:  # "przez Unię Europejską ze środków Funduszu X": the payer, then its fund
                programme = programme or _programme_name(text[named[0][0]:named[0][1]], lang)
                consumed = named[0][1]
            f = clean_funder(text[a:b], lang)
            via = _PASSED_ON.match(text, b, e)
            source = list_after(text, via.end(), e)[:1] if via else []
            if source:  # "finansuje X ze środków przekazanych przez Y": Y pays, X passes it on
                f = clean_funder(text[source[0][0]:source[0][1]], lang)
                a, b = source[0]
            other = _FUNDS_OF_OTHER.match(text, b, e) if f and not own else None
            # ("przez NIW ze środków Rządowego Programu X": the payer's own programme, no other body)
            if other and not _PROGRAMME_WORD.match(text[other.end():other.end() + 40]) and _is_body(text[a:b], lang):
                # "przez Fundację X w ramach programu „Y” ze środków Z": X hands on Z's money
                payer = list_after(text, other.end(), e)[:1]
                z = clean_funder(text[payer[0][0]:payer[0][1]], lang) if payer else None
                if z:
                    out.append(Funding(z, programme, None, None, Span(*payer[0], "funds_handed_on", 0.75)))
                    if operators is not None:  # X is an operator by SCHEMA.md: role `other`
                        operators.append(OrgRef(f, "other", Span(a, b, "funds_handed_on", 0.75)))
                continue
            if f and INTERMEDIARY_AFTER.match(text, b):
                continue  # "awarded by X, the National Agency of Erasmus+": X operates, Y pays
            # (read on the text as written: cleaning drops the ’ of "Union’s")
            owner = _POSSESSIVE.match(text[a:b].strip()) if f and lang == "en" else None
            if owner:  # "the European Union's Horizon Europe programme": the payer owns the programme
                f, programme = owner.group(1), programme or owner.group(2)
            # "przez Islandię, Liechtenstein i Norwegię poprzez dofinansowanie ze środków
            # Mechanizmu ...": after the payers, the mechanism is the channel, not a funder
            # "oraz Kuratora Oświaty (program „Bezpieczna szkoła”)": a programme in brackets
            # right after a payer is that payer's own
            br = _BRACKET_PROGRAMME.match(text, b + (text[b:b + 1] == " ")) if f else None
            if f and not (channel and not f.lower().startswith(("budżet", "state budget"))):
                out.append(Funding(f, br.group(1).strip() if br else programme, None, None,
                                   Span(a, b, "funder_bracket_programme" if br else "funder_phrase", 0.8)))
        # (a reflexive or passive verb with its agent in the instrumental, "фінансується Гміною X",
        # is an agent's phrase as "przez X" is)
        agent = _AGENT_END.search(m.group(0)) is not None or m.group("co") is not None
        if items and programme:
            out.extend(_second_source(text, ce, e, lang, agent))
        elif items and agent:
            out.extend(_agent_after_quote(text, items[-1][1], ce, e, lang))
        if not items:  # "współfinansowanego z programu X": only a programme named
            programme = programme or _programme_after(text, m.start(), e, lang)
        if not items and programme:
            out.append(Funding(None, programme, None, None, Span(m.start(), ce, "programme_phrase", 0.6)))
    return out


# a body's money named after the payer, past the programme it gave in: "sfinansowany przez
# Fundację X ze środków Y", "przez Fundację X w ramach programu „Z” ze środków Y", "by X from
# the funds of Y", "X из средств Y": X hands out Y's money (an operator), Y pays
_FUNDS_OF_OTHER = re.compile(
    r"(?:\s+(?:w\s+ramach|within|under|в\s+рамках|у\s+рамках)\s+(?:(?:programu|programme|the|программы|"
    r"програми)\s+)?[„“\"«][^„”\"«»\n]{2,120}[”\"»“](?:\s+programme)?)?,?\s+(?:ze\s+środków|"
    r"from\s+(?:the\s+)?funds\s+of|with\s+funds\s+(?:from|of)|из\s+средств|за\s+кошти|з\s+коштів)\s+"
    r"(?:the\s+)?(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")
def _is_body(name: str, lang: str) -> bool:
    """An organisation's name, its head word in any case ("Fundację X", "Фондом X", "the X
    Foundation"), not a country or a union of them."""
    words = name.split()
    return any(is_org_head(w) for w in words) or (
        bool(words) and is_org_head(nominative(words[0], lang).split()[0] if nominative(words[0], lang) else ""))


_APPOSITION = re.compile(r",\s+the\s+")
_GENITIVE_PARTICIPLE = re.compile(r"(?:współ|do|s)?finansowan(?:ego|ej)\s", re.IGNORECASE)
_PROGRAMME_BEFORE = re.compile(r"\b(?:programu|konkursu|funduszu)\s+([^,;.\n]{3,80}),\s*$", re.IGNORECASE)
# the money a payer named first has from someone else: "Caritas X ze środków przekazanych przez
# Y", "X with funds provided by Y", "X за кошти, надані Y", "X из средств, переданных Y"
_PASSED_ON = CI(r"\s+(?:ze\s+środków|z\s+funduszy|with\s+(?:funds|money)|from\s+funds|за\s+кошти|"
                r"из\s+средств|з\s+коштів),?\s+(?:przekazanych|otrzymanych|provided|received|given|granted|"
                r"переданных|предоставленных|полученных|переданих|наданих|отриманих)\s+"
                r"(?:przez|od|by|from|от|від)?\s*(?:the\s+)?")
_POSSESSIVE = re.compile(r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s+([A-Z][\w+-]*(?:\s+(?:[A-Z0-9][\w+-]*))*)")


# the 2021-2027 programmes "Fundusze Europejskie dla Pomorza", "… dla Warmii i Mazur",
# "… dla Rozwoju Społecznego" are programmes (the EU fund behind them is named apart)
_EU_REGIONAL = re.compile(r"(?:(?:programu|program)\s+)?Fundusz(?:y|e|ów|ami|om)\s+Europejski\w*\s+(?:dla|na)\s+"
                          r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s+(?:i\s+)?[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*)*(?:\s+\d{4}\s*[–-]\s*\d{4})?")
# "od Caritas Polska w ramach programu „X” oraz z Urzędu Y": after the programme, a second payer
# ("… (grant 890 000 zł) oraz przez Fundację Y", "… (EUR 40,000) and by Y": the first payer's
# bracketed sum before the conjunction, and the agent's own "przez"/"by" repeated)
_AND_FROM = re.compile(r"[”\"»\w)],?\s+(?:oraz|and|а\s+также|та|а\s+також)\s+"
                       # "and co-funding of EUR 12,000 from the Embassy": its own share between
                       r"(?:(?:co-?funding|funding|a\s+grant|grant|dotację|dofinansowanie|wkład)\s+"
                       r"(?:(?:of|w\s+wysokości)\s+)?(?:" + _AMOUNT_RX + r"\s+)?)?"
                       r"(?:ze\s+środków\s+|z|ze|od|from|przez|by|из|от|з|від)\s+"
                       r"(?:the\s+)?(?=(?-i:[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]))", re.IGNORECASE)


# (found from the budget word, which lets the engine skip ahead; the conjunction is read before it)
_AND_BUDGET = re.compile(r"(?:budżet|бюджет)\w*\s+(?i:miasta|gminy|województwa|powiatu|міста|города|гміни|гмины)"
                         # "Miasta Zielona Góra": a town of two or three words
                         r"\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w-]+(?:\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w-]+){0,2}")
_CONJ_BEFORE = re.compile(r"[”\"»)\w.],?\s+(?:oraz|i|та|і|и|а\s+також|а\s+также)\s+(?:z\s+|з\s+|из\s+)?$")


def _budget_after(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """"z Funduszu X w ramach konkursu „Y” (100 000 zł) oraz budżetu Miasta Z (25 000 zł)": a
    city's or region's budget joined to a sentence that already named a payer pays too."""
    for b in _AND_BUDGET.finditer(text, s, e) if out else ():
        conj = _CONJ_BEFORE.search(text, max(s, b.start() - 24), b.start())
        if conj is None:
            continue
        ls = max(text.rfind(". ", s, conj.start()), text.rfind("\n", s, conj.start()))
        if not any(f.funder and f.span and ls < f.span.start < conj.start() for f in out):
            continue
        words = b.group().split()
        # (a body's head word after the town starts the next name: "budżetu Miasta Ełk Fundacja X")
        cut = next((i for i in range(3, len(words)) if is_org_head(words[i])), len(words))
        f = clean_funder(" ".join(words[:cut]), lang)
        end = b.start() + len(" ".join(text[b.start():b.end()].split()[:cut]))
        if f and not is_payer(out, f):
            out.append(Funding(f, None, None, None, Span(b.start(), end, "budget_after_payer", 0.7)))


# "finansowany przez X w ramach programu „Y” i Z": a second agent after the programme's
# quoted name, joined with no preposition of its own, shares the first one's "przez"/"by"
# ("…, a także przez Y", "as well as by Y": the agent's preposition may come again)
_AND_AGENT = re.compile(r"[”\"»](?:\s+program(?:me)?)?(?:\s*\([^()\n]{1,60}\))?,?\s+(?:i|oraz|and|та|і|и|a\s+także|"
                        r"a\s+również|as\s+well\s+as|а\s+також|а\s+также)\s+(?:(?:przez|by)\s+)?(?:the\s+)?"
                        r"(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")
_AGENT_END = re.compile(r"(?:przez|by)\s+$", re.IGNORECASE)


def _second_source(text: str, ce: int, e: int, lang: str, agent: bool = False) -> list[Funding]:
    """A payer named after the first payer's programme phrase, with its own "and from" (or,
    after an agent's "przez"/"by", with "and" alone)."""
    m = _AND_FROM.search(text, ce, e)
    if not m and agent:
        q = _QUOTE_OPEN.search(text, ce, e)
        m = _AND_AGENT.search(text, q.end(), e) if q and q.start() - ce < 60 else None
        m = m if m and "." not in text[ce:m.start()] else None
    nxt = text.find(" ", m.end(), e) if m else -1  # (the word after an adjective: "the Polish state budget")
    if not m or _STATE_BUDGET.match(text, m.end(), e) or (nxt > 0 and _STATE_BUDGET.match(text, nxt + 1, e)):
        return []  # "and by the Polish state budget": the state budget's own rule names it
    found = _next_payer(text, m.end(), e)
    out = []
    for a, b in found:
        f = clean_funder(text[a:b], lang)
        if f:
            out.append(Funding(f, None, None, None, Span(a, b, "funder_after_programme", 0.7)))
    return out


# "by X (EUR 120,000) and by the Y", "przez X (35 000 zł) oraz przez Y": the agent's
# preposition repeated after the first one's bracketed sum, or after a relative clause on the
# first one ("przez X, który przyznał nam grant …, a także przez Y")
_AGENT_AGAIN = re.compile(r"(?:\)|,\s+(?:któr\w+|which|who)\s[^.;()\n]{1,120}?)\s*,?\s+"
                          r"(?:oraz|i|and|a\s+także|as\s+well\s+as)\s+(?:przez|by)\s+(?:the\s+)?(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


def _agent_after_quote(text: str, b: int, ce: int, e: int, lang: str) -> list[Funding]:
    """"przez X ze środków programu „Y” (48 200 zł) oraz Gminę Z (12 000 zł)": a second agent
    joined after the first one's quoted fund and its sum, inside the stretch the payer list
    ran to (which stopped at Z's own sum), shares the first one's "przez"/"by"; or one that
    repeats it after the first one's sum ("by X (EUR 120,000) and by Y")."""
    m = _AND_AGENT.search(text, b, ce) or _AGENT_AGAIN.search(text, b, e)
    if not m or "." in text[b:m.start()]:
        return []
    found = _next_payer(text, m.end(), e)
    f = clean_funder(text[found[0][0]:found[0][1]], lang) if found else None
    return [Funding(f, None, None, None, Span(*found[0], "funder_after_programme", 0.7))] if f else []


def _next_payer(text: str, pos: int, e: int) -> list[tuple[int, int]]:
    """The name that starts the list at pos (at most one); a Cyrillic name loses the town it
    comes from ("та Фундацією «X» з Кракова")."""
    if not is_cyrillic(text[pos:pos + 20]):
        return list_after(text, pos, e)[:1]
    found = _cyrillic_items(text, pos, e)[:1]
    town = _FROM_TOWN.search(text, found[0][0], found[0][1]) if found else None
    return [(found[0][0], town.start())] if town else found


_FROM_TOWN = re.compile(r"\s+(?:з|із|зі|из|от|від)\s+[А-ЯЁІЇЄҐ][\w-]+$")


def _line_items(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Names listed after a cue; a name ends with its line ("ze środków Unii Europejskiej" over
    a logo caption "Fundusz Azylu, Migracji i Integracji" is one payer, not a longer name)."""
    out = []
    for a, b in list_after(text, s, e):
        nl = text.find("\n", a, b)
        while nl > a and hard_wrap(text, nl):
            nl = text.find("\n", nl + 1, b)  # a name the text's line width broke in two
        b = nl if nl > a else b
        if text[a:b].strip():
            out.append((a, len(text[:b].rstrip())))
    return join_serial_names(text, out)  # ("Fundację „Pamięć, Odpowiedzialność i Przyszłość”")


_AND = re.compile(r"\s+(?:i|oraz)\s+")


def _cases(word: str) -> set[str]:
    """The cases a Polish word may be in (empty for a word Morfeusz does not know)."""
    return polish.word_cases(word) | polish.word_cases(word.lower())


def _phrase_cases(words: list[str]) -> set[str]:
    sets = [c for c in (_cases(w) for w in words) if c]
    return set.intersection(*sets) if sets else set()


def _coordination(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Funders joined by "i" told apart by case. "przez Federację Stowarzyszeń Czerwonego
    Krzyża i Czerwonego Półksiężyca": a genitive conjunct after a name whose head is in
    another case continues that name's genitive, one body. "wsparciu Caritas Internationalis
    i Catholic Relief Services": two foreign names, each of capitalised words Polish does
    not inflect, are two bodies."""
    out: list[tuple[int, int]] = []
    for a, b in items:
        prev = out[-1] if out else None
        if prev and _AND.fullmatch(text, prev[1], a) and _continues_genitive(text[prev[0]:prev[1]], text[a:b]):
            out[-1] = (prev[0], b)
            continue
        out.extend(_foreign_pair(text, a, b))
    return out


def _continues_genitive(left: str, right: str) -> bool:
    lw, rw = left.split(), right.split()
    if len(lw) < 3 or not rw or not all(w[:1].isupper() for w in rw):
        return False
    rc = _phrase_cases(rw)
    head = _phrase_cases(lw[:2])
    return bool(rc and "gen" in rc and "gen" in _cases(lw[-1]) and head and not head & rc)


def _foreign_pair(text: str, a: int, b: int) -> list[tuple[int, int]]:
    m = _AND.search(text, a, b)
    if not m or _AND.search(text, m.end(), b):
        return [(a, b)]
    left, right = text[a:m.start()].split(), text[m.end():b].split()
    names = (left, right)
    if not all(len(n) >= 2 and all(w[:1].isupper() for w in n) for n in names):
        return [(a, b)]
    if not all(any(not _cases(w) for w in n) for n in names):
        return [(a, b)]  # a Polish word on either side: "Fundusz Azylu, Migracji i Integracji"
    return [(a, m.start()), (m.end(), b)]


_LOWER_TAIL = re.compile(r" ([a-zà-ÿ]{3,})(?=[,.;:)]|\s+\(|\s*$)")


def _before_unopened(text: str, a: int, b: int) -> int:
    """"(zadanie realizowane ze środków Gminy X), 86 500 zł": a name read inside a bracket ends
    at the bracket that closes it; a ")" the name did not open is none of its letters."""
    while b > a and text[b - 1] in ")] " and text.count(")", a, b) + text.count("]", a, b) > \
            text.count("(", a, b) + text.count("[", a, b):
        b -= 1
    return b


def _foreign_tail(text: str, b: int, end: int) -> int:
    """"niemiecka organizacja Caritas international, która …": a foreign name's last word
    written in lower case, a word Polish does not know, is still the name's."""
    m = _LOWER_TAIL.match(text, b, end)
    if m and all(a[2] == "ign" for a in polish.analyse(m.group(1))):
        return m.end()
    return b


_FROM_FUND = CI(r"\s+(?:ze\s+środków|z|ze|from|out\s+of)\s+(?:the\s+)?((?=funduszu\s|fund\s|asylum))")
_CYR_FROM_FUND = re.compile(r"\s(?:з|із|из)\s+(?=(?:Фонд|Програм|Программ|Європейськ|Европейск))")
# "Европейским союзом из средств Фонда X", "Міністерством з коштів Програми Y": after a payer in
# the instrumental, "from the funds of" names the fund it pays from (the money noun marks it)
_CYR_FROM_FUNDS = re.compile(r"\s+(?:з|із|из)\s+(?:коштів|средств)\s+((?=[А-ЯЁІЇЄҐ]))")


_DASH_NEXT = re.compile(r"\s+[–—]\s+([А-ЯЁІЇЄҐ][^\W\d_]+)")


def _dash_apposition(text: str, a: int, b: int, e: int) -> tuple[int, int]:
    """A name cut at a dash goes on when the noun after it is in the name's own case
    ("Национальным институтом свободы – Центром развития …"): up to where that name ends."""
    from ngo_atlas.extract.organisations import list_after

    m = _DASH_NEXT.match(text, b, e)
    if not m or not _apposed_noun(text[a:b].split()[0], m.group(1)):
        return a, b
    nxt = list_after(text, m.start(1), e)[:1]
    return (a, nxt[0][1]) if nxt and nxt[0][0] == m.start(1) else (a, b)


# a bracket holding a figure: the payer's share when find_money reads a sum in it or it gives a
# percentage ("(40 000 злотих)", "(75%)"; not "(Horizon 2020)", "(2023)")
_SUM_BRACKET = re.compile(r"\s\((?=[^()\n]{0,40}\d[^()\n]{0,40}\))")


def _sum_bracket(text: str, a: int, b: int) -> int | None:
    """Where the first bracketed share in text[a:b] opens, or None."""
    for m in _SUM_BRACKET.finditer(text, a, b):
        close = text.find(")", m.end())
        if "%" in text[m.end():close] or find_money(text, m.end(), close):
            return m.start()
    return None


def _cyrillic_items(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Funders listed after a Cyrillic cue; a long item runs on into the clause after
    the name ("Агентства ООН … (UNHCR) і триватиме до …"), so it ends where the name does."""
    from ngo_atlas.extract.organisations import CYR_NAME_END, list_after

    items = split_items(text, s, e)
    if len(items) == 1 and len(text[items[0][0]:items[0][1]].split()) > 10:
        return [_dash_apposition(text, a, b, e) for a, b in list_after(text, s, e)[:1]]
    # "фінансує Підкарпатське воєводство з бюджету самоврядування\n🤝 Партнер: …": a name ends
    # at a line break and before the source of the money, as in a list
    out = []
    for a, b in items:
        cut = CYR_NAME_END.search(text, a, b)
        b = cut.start() if cut and cut.start() > a else b
        # "Фундації X (40 000 злотих) та підтримці Y": the payer's bracketed sum ends its name
        # (the payer after it is read by sumpayers.payer_after_sum)
        cut_at = _sum_bracket(text, a, b)
        b = cut_at if cut_at is not None and cut_at > a else b
        # "ЮНІСЕФ і триватиме до …": a conjunction and a verb after the name go on with the
        # clause (the "і" is dropped by clean_funder)
        cut_b = _cut_at_verb(text, a, b)[1] if b - a > 12 and _CYR_CONJ.search(text, a, b) else b
        b = cut_b if _TRAILING_CONJ.search(text, a, cut_b) else b
        b = _before_donors(text, a, b)
        if b > a:
            out.append((a, b))
    return out


def _before_donors(text: str, a: int, b: int) -> int:
    """"коштом Фонду X та приватних донорів": a lower-case donor noun after a conjunction is a
    payer of its own (read by donors.private_donors), not the end of the name before it."""
    from ngo_atlas.extract.donors import _DONOR_STEMS

    for m in _CYR_CONJ.finditer(text, a, b):
        rest = text[m.end():b]
        if rest[:1].islower() and any(w in rest.lower() for w in _DONOR_STEMS):
            return m.start()
    return b


# where a programme's name after its cue ends:
# "Active Citizens Fund – National, operated in Poland by X": its operator follows
# ("Fundusz Obywatelski im. Henryka Wujca": an abbreviation's point is inside the name)
_PROGRAMME_END = re.compile(r"(?<!\bim)(?<!\bśw)(?<!\bpw)(?<!\bst)\.|[;(\n]|,\s+(?:finansowan|który|która|które|którego|of\s+which|operated|administered|"
                           # "…na lata 2021-2027, a instytucją pośredniczącą jest X", "…, i dostałyśmy":
                           # a new clause
                           r"a\s|а\s|i\s|oraz\s|and\s|и\s|і\s|та\s|while\s|whereas\s|"
                           r"managed|run\s+by)|\s[–-]\s*$|\s[–-]\s+\d|"
                           # "Aktywni Obywatele – Fundusz Regionalny finansowanego z Funduszy EOG",
                           # "Erasmus+, akcja 1 – mobilność", "Erasmus+ Key Action 2": the name ends there
                           r"\s(?:finansowan|współfinansowan|dofinansowan|funded\s|financed\s|co-financed\s)|"
                           r",\s+(?i:akcj[aię]|action|key\s+action|sektor|(?:pod)?działani[ea]|priorytet\w*|oś|priority|measure)\b|\s(?:Key\s+Action|KA\d)|"
                           r"\s(?:oraz|i|a\s+także)\s+(?:ze?\s+)?(?:środków\s+)?budżetu\s+państwa|"
                           r"\s(?:oraz|and|а\s+также|та|а\s+також)\s+(?:z|ze|od|from|из|от|з|від)\s|"
                           r"\sand\s+(?:from\s+|by\s+)?the\s+(?:[A-Z]\w+\s+)?state\s+budget|"
                           r"\s(?:kwotą|w\s+kwocie|w\s+wysokości|with|на\s+сумму|на\s+суму)\s|"
                           # "z Programu X w 75%, a w 25% z …": the programme's share closes its name
                           r"\s(?:w|we|в|у|in)\s+\d{1,3}(?:[,.]\d+)?\s?%")


def _programme_end(text: str, a: int, e: int) -> re.Match | None:
    """Where the programme's name that starts at a ends (offsets from a): its first stop, past a
    line break inside a running sentence of a text laid out line by line ("w ramach Programu
    Fundusz\nInicjatyw Obywatelskich NOWEFIO", "в межах програми «Wsparcie dla\nuczniów z Ukrainy»")."""
    seg = text[a:e]
    stop = _PROGRAMME_END.search(seg)
    while stop and stop.group() == "\n" and runs_on(text, a + stop.start()):
        stop = _PROGRAMME_END.search(seg, stop.end())
    return stop


def _programme_after(text: str, pos: int, e: int, lang: str) -> str | None:
    m = PROGRAMME_INTRO.match(text, pos + (1 if text[pos:pos + 1] == " " else 0))
    if not m:
        m = PROGRAMME_INTRO.search(text, pos, min(e, pos + 40))
    if not m:
        return None
    stop = _programme_end(text, m.end(), e)
    # (a line break the text's fixed width made stands for a space inside the name)
    raw = (text[m.end():m.end() + stop.start()] if stop else text[m.end():e]).replace("\n", " ")
    inside = _BRACKET_PROGRAMME.match(text, m.end() + stop.start()) if stop else None
    if inside:  # "в рамках Второго швейцарского взноса (Программа «X»)": the fund's named programme
        return inside.group(1).strip()
    # "w ramach Funduszy norweskich, z programu „Badania”": the named programme inside the fund
    inner = _INNER_PROGRAMME.search(raw)
    return _programme_name(raw[inner.end():] if inner else raw, lang)


_BRACKET_PROGRAMME = re.compile(r"\(\s*(?i:program|programme|программа|програма)\s+[„“\"«]([^„“”\"«»\n]{2,120})[”\"»“]\s*\)")
# "w ramach Funduszy EOG, program Aktywni Obywatele – Fundusz Regionalny": the fund is the
# channel, the programme named after it (quoted, or capitalised after "program") is the one
_INNER_PROGRAMME = re.compile(r",\s+(?:(?:z|ze|from|из|з|із)\s+(?:the\s+)?(?:programu|programme|программы|програми)\s+"
                              r"(?=[„“\"«])|(?:program|programme|программа|програма)\s+(?=[„“\"«A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]))")


_NAMED_PROGRAMME_HEAD = re.compile(
    r"^Program(?:u|ie|em)?\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w*(?:ego|ej|ych|y|a|e)\s+[A-ZĄĆĘŁŃÓŚŹŻ]|"
    # "Programu Krajowego na lata 2021–2027": an adjective agreeing with a capitalised
    # programme word is the name's own, "Program Krajowy", though no capital follows
    r"^Program(?:u|ie|em)?\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w*(?:ow|n)(?:ego|ym|y)\b")


# "w ramach programu „Razem Lepiej” oraz z Urzędu X": a quoted name ends at its closing quote
# and keeps the form the quotes give it (a quoted title is not declined: "Razem", not "Raz")
_QUOTED_PROGRAMME = re.compile(r"^\s*(?:(?:otwart|открыт|відкрит)\w*\s+(?=konkurs|конкурс))?"
                               r"(?:(?:programu|programie|program|programme|the|its|their|konkursu|konkursie|konkurs|"
                               r"конкурса|конкурсу|конкурсе|конкурсі|программе|програмі|"
                               r"программы|програми|программу|програму)\s+){0,2}"
                               # "otwartego konkursu ofert „X”", "відкритого конкурсу пропозицій «X»": the
                               # public call for proposals, its kind before its name
                               r"(?:(?:ofert|propozycji|пропозицій|предложений|заявок)\s+)?"
                               # "program grantowy „X”": a kind of programme before its name
                               r"(?:[a-ząćęłńóśźż]+(?:ow|n|sk)(?:y|a|e|ego|ej)\s+|[а-яёіїєґ]+(?:ов|н|ск)(?:ый|ий|ая|а|ое|е|ую|у|ої|ой)\s+)?"
                               # "konkurs nr 2/2023 „X”", "call No. 5 „X”": the call's number before its name
                               r"(?:(?:nr|no\.?|№)\s*[\w/.-]+\s+)?"
                               r"[„“\"«]([^„“”\"«»]{2,120})[”\"»“](?!\w)", re.IGNORECASE)


# where an unquoted programme name has ended: a participle clause about who runs or pays for
# it ("Małopolska Lokalnie, prowadzonego przez X", "Obywatele dla Demokracji finansowany z Y"),
# an action or measure of it ("Erasmus+ Akcja 2: …", "Erasmus+ KA220-YOU – …", "Działanie 8.10"),
# a second fund joined to it ("Fundusze EOG oraz Funduszy Norweskich") or the sum of an agreement
_NAME_ENDS = re.compile(
    r",?\s+(?:(?:współ|do|s)?finansowan\w*|prowadzon\w*|realizowan\w*|zarządzan\w*|administrowan\w*|"
    r"operowan\w*|ogłoszon\w*|(?:co-?)?(?:funded|financed)\s+(?:by|from|through)|(?:run|operated|managed|"
    r"administered)\s+by|финансируем\w*|реализуем\w*|проводим\w*|фінансован\w*|співфінансован\w*|"
    r"реалізован\w*|який|яка|яку|що|который|которая|которую)\s|"
    r"\s+(?:(?i:akcj[aię]|key\s+action|działani[ea]|priorytet\w*|oś\s+priorytetow\w+|"
    r"(?:ключов\w+\s+)?дія|(?:ключев\w+\s+)?действие)\s+\d|KA\d{1,3})|"
    r"\s+(?:oraz|i|and|та|і|и)\s+(?=(?:Fundusz|Program|Fund|Фонд|Програм|Программ)\w*\s)|"
    r"\s+(?:o\s+wartości|w\s+kwocie|w\s+wysokości|worth|на\s+сумму|на\s+суму)\s|"
    # "w konkursie OPUS 25 na projekt badawczy „X”": what the money is for follows the name
    r"\s+(?:na|for(?:\s+(?:the|a|its|their))?|на|для)\s+(?i:projekt|project|realizacj|реализаци|реалізаці|проект|проєкт)\w*\s|"
    # "ze środków Programu X, w ramach mikrodotacji …": a new phrase after a comma
    r",\s+(?:w\s+ramach|under|в\s+рамках|у\s+рамках)\s|"
    # "z programu X ze środków Y": the payer's money after the name
    r"\s+(?:ze\s+środków|from\s+the\s+funds\s+of|из\s+средств|за\s+кошти|з\s+коштів)\s|"
    # "из Фонда X, а также из государственного бюджета", "z Funduszu X oraz z budżetu państwa":
    # a conjunction and a second "from" start the next source
    r",?\s+(?:oraz|i|and|та|і|и|а\s+также|а\s+також|as\s+well\s+as)\s+(?:ze?|from|из|з|із|від|от)\s|"
    # "OPUS 24, nr umowy 2022/…", "X; grant agreement no. …", "X – przyznana kwota to USD …",
    # "X; 1 184 000 PLN": the agreement's number or the sum after the name is no part of it
    r"[,;]?\s+(?:[–—-]\s+)?(?i:(?:nr|no\.?|numer|number|№)\s+(?:umowy|grantu|agreement|grant|договору|договора)|"
    r"(?:grant\s+)?(?:umowa|agreement|договір|договор)\s+(?:nr|no\.?|№)|(?:przyznan\w+\s+)?kwot[aąy]|"
    r"(?:awarded\s+)?amount|сум[аи])(?![\w])|"
    r";\s*(?=(?i:pln|eur|usd|chf|gbp|€|\$|£)?\s?\d)")


def _common_noun(word: str) -> bool:
    """A lower-case Polish noun (every reading a common noun's): "mikrodotacji", "grantu"."""
    readings = polish.analyse(word)
    return bool(readings) and all(a[2].startswith(("subst", "ger")) for a in readings)


# a name that starts with the project word or a finite verb names no programme
_NOT_A_PROGRAMME = re.compile(r"(?i:projekt\w*|project\w*|проект\w*|проєкт\w*|zadani[ea])\b|"
                              # "under grant agreement No 101…", "umowy nr 12/2024": a contract
                              r"(?i:(?:grant\s+)?agreement|contract|umow[aiy]|договор\w*|угод[аи])\b|"
                              r"(?:jest|są|był[aoy]?|is|was|are|were|является|є|был[аио]?)\s|"
                              # "w ramach komponentu „Wsparcie …”", "under Priority 4": a numbered or
                              # named part of a programme, not the programme
                              r"(?i:" + PROGRAMME_PART + r")\w*\s")


def _programme_name(raw: str, lang: str) -> str | None:
    q = _QUOTED_PROGRAMME.match(raw)
    if q and q.group(1)[:1].isupper():
        return q.group(1).strip()
    scheme = _SCHEME_QUOTED.match(raw) if lang == "pl" else None
    if scheme and _scheme_noun(scheme.group("h"), scheme.group("a")):
        return scheme.group("n").strip()
    inside = _BRACKET_PROGRAMME.search(raw)
    if inside:  # "Second Swiss Contribution (Programme “X”)": the programme named inside the fund
        return inside.group(1).strip()
    end = _NAME_ENDS.search(raw)
    raw = raw[:end.start()] if end and end.start() > 0 else raw
    name, _inner = split_parenthetical(raw)
    # "Program:" over "• sobota – spacer …": a list marker is no part of a name, and what
    # follows it is checked as an item of the event's schedule below
    name = strip_quotes(_LIST_MARK.sub("", name) if name[:1] in _LIST_MARKS else name)
    # "Programu Krajowego Funduszu …": a capitalised programme word before a capitalised
    # adjective is the head of the name and stays; "programu Aktywni Obywatele" drops it
    full = name
    if not _NAMED_PROGRAMME_HEAD.match(name) and not (lang == "pl" and _head_governs(name)):
        # "programu regionalnego Fundusze Europejskie dla X": the kind of programme goes too
        name = re.sub(r"^(?:(?:programu|programie|program|programme|the|konkursu|konkursie|конкурса|конкурсе|"
                      r"конкурсі|программы|программе|програми|програмі)\s+){1,2}"
                      r"(?:(?-i:[a-ząćęłńóśźż]+(?:ego|ej|ym|y|a|e))\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ]))?",
                      "", name, flags=re.IGNORECASE)
        owned = _kind_of_owners_programme(full, name) if lang == "pl" and name != full else None
        if owned:
            return owned
    name = _before_verb(name) if lang == "pl" else name
    if lang == "pl" and name[:1].islower() and not _PROGRAMME_WORD.match(full + " ") and not _BILATERAL.match(name) \
            and _common_noun(name.split()[0]):
        return None  # "w ramach mikrodotacji udzielonej przez X": a kind of grant, no programme's name
    if _NOT_A_PROGRAMME.match(name):
        return None  # "w ramach projektu „X”", "w ramach programu jest „X”": a project, a verb
    if lang == "pl" and name and _governed(name.split()[0]):
        return None  # "programu krajowego na lata 2021–2027": only the period is left, no name
    # "the Home Affairs programme, it received …": the English name ends at its head word
    name = re.sub(r"\s+(?:programme|program)\b.*$", "", name) if lang == "en" else name
    # "Program" over "10:00 Otwarcie …" or "piątek 10.10 – 18:00 koncert": an event's
    # schedule, not a funding programme
    if not name or len(name.split()) > 14 or re.match(r"\d{1,2}[:.]\d{2}\b", name) or _SCHEDULE_DAY.match(name):
        return None
    # "Nabór 2022 – ścieżka wsparcia podstawowa", "Call 3/2021": an edition of a call, no programme
    # ("5th call – interventions", "II nabór", "3. edycja": the edition's number first)
    if re.match(r"(?:(?:\d+(?:st|nd|rd|th|\.)?|[IVX]+)\s+)?(?:nabór|naboru|konkurs|call|edycja|edition|набор|конкурс)"
                r"(?:\s+\d|\s*[–-]|$)", name, re.IGNORECASE) and not re.match(r"(?i:konkurs|call)\s+[„“\"«]", name):
        return None
    # "otwarty konkurs ofert", "a grant scheme": a kind of call names no programme
    if not any(w[:1].isupper() or w[:1].isdigit() for w in name.split()):
        # "в рамках Программы интеграции": a capitalised programme word is the name's head;
        # "szwajcarsko-polskiego programu współpracy": a bilateral programme is named in lower case
        if full[:1].isupper() and len(full.split()) >= 2 and _PROGRAMME_WORD.match(full):
            name = full
        elif not _BILATERAL.match(name):
            return None
    described = _DESCRIBED.match(full) if lang == "pl" else None
    if described and _common_noun(described.group(1)) and "gen" in _cases(described.group(1)):
        # "programu wsparcia samorządów przyjmujących uchodźców z Ukrainy": a programme named by
        # what it does; only "program" takes the nominative, the words it governs stay as written
        # ("Programu integracji społecznej Romów": a capitalised head keeps its capital)
        return full[0] + "rogram " + _before_verb(full[described.start(1):])
    described = _CYR_DESCRIBED.match(full) if is_cyrillic(full) else None
    russian = bool(described) and "мм" in described.group("h")
    if described and slavic.is_genitive_noun(described.group("w"), "ru" if russian else "uk"):
        # "у межах програми підтримки освіти", "в рамках программы помощи …": as in Polish, only
        # the programme word takes the nominative, the words it governs stay as written
        head = "рограмма" if russian else "рограма"
        return full[0] + head + " " + full[described.start("w"):].rstrip(" .,;")
    if is_cyrillic(name) or lang == "pl":
        return nominative(name, lang)
    return name


_CYR_DESCRIBED = re.compile(r"(?P<h>[Пп]рограм(?:и|і|у|а|ою|ам)|[Пп]рограмм(?:ы|е|у|а|ой|ам))\s+(?P<w>[а-яёіїєґ'’]+)\s")


# "programu krajowego Funduszu X", "programu regionalnego Urzędu Y": a programme word, the kind
# of programme (the class of _PROGRAMME_WORD's adjectives), then a capitalised owner in the
# genitive; the kind and the owner together name it ("program krajowy Funduszu X", SCHEMA.md's
# names as written, put in the nominative: the programme's words, the owner's genitive kept).
# A nominative after the kind ("programu regionalnego Fundusze Europejskie dla X") is the name
# itself, in apposition, and the programme words go as before.
_KIND_OF_PROGRAMME = re.compile(r"(?i:programu|programie|program)\s+(?P<a>(?:krajow|regionaln|operacyjn|wieloletni|"
                                r"rządow)(?:ego|ym|y))\s+$")


def _kind_of_owners_programme(full: str, rest: str) -> str | None:
    m = _KIND_OF_PROGRAMME.fullmatch(full[:len(full) - len(rest)])
    owner = rest.split(None, 1)[0] if m and rest else ""
    if not owner[:1].isupper() or owner.isupper():
        return None
    cases = _cases(owner.rstrip(",."))
    if "gen" not in cases or "nom" in cases:
        return None
    return nominative(full[:m.end("a")], "pl").lower() + " " + _before_verb(rest)


# "(w ramach) apelu ACT Alliance „X”", "zbiórki publicznej Caritas „X”": a scheme named by a
# common noun, maybe its adjective and its owner, then its quoted name
_SCHEME_QUOTED = re.compile(r"^\s*(?P<h>[a-ząćęłńóśźż]+)\s+(?:(?P<a>[a-ząćęłńóśźż]+)\s+)?"
                            r"(?:[A-ZĄĆĘŁŃÓŚŹŻ][\w.&-]*\s+){0,4}[„“\"«](?P<n>[A-ZĄĆĘŁŃÓŚŹŻ][^„“”\"«»\n]{1,120})[”\"»“](?!\w)")


def _scheme_noun(head: str, adj: str | None) -> bool:
    """The head is a noun in the genitive (governed by "w ramach") that names no project or
    task, and the word after it, if any, an adjective agreeing with it (Morfeusz)."""
    if _NOT_A_PROGRAMME.match(head + " "):
        return False
    tags = [t[2] for t in polish.analyse(head)]
    if not any(t.startswith("subst") and "gen" in polish.tag_cases(t) for t in tags):
        return False
    return adj is None or any(t[2].startswith("adj") for t in polish.analyse(adj))


_DESCRIBED = re.compile(r"[Pp]rogram(?:u|ie)?\s+([a-ząćęłńóśźż]+)\s")
_CAPITAL_PROGRAMME = re.compile(r"Program(?:u|ie|em)?\s+([A-ZĄĆĘŁŃÓŚŹŻ][^\W\d_]+)\s")


def _head_governs(name: str) -> bool:
    """"Program Rozwoju Organizacji Obywatelskich": a capitalised programme word followed by
    a noun that can only be its genitive complement is the head of the name and stays
    ("Programu Aktywni Obywatele", an apposition in the nominative, drops it)."""
    m = _CAPITAL_PROGRAMME.match(name)
    if not m:
        return False
    cases = _cases(m.group(1))
    return "gen" in cases and "nom" not in cases


_LIST_MARKS = "•·▪◦‣∙*-–—"
_LIST_MARK = re.compile(r"^[•·▪◦‣∙*\-–—]+\s*")
_SCHEDULE_DAY = re.compile(r"(?i:poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|monday|tuesday|"
                           r"wednesday|thursday|friday|saturday|sunday|понедельник|вторник|среда|четверг|пятница|"
                           r"суббота|воскресенье|понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя)\b|"
                           r"\d{1,2}\.\d{1,2}\.?\s")


_BILATERAL = re.compile(r"[a-ząćęłńóśźż]+o-[a-ząćęłńóśźż]+\s+(?:program\w*|fundusz\w*)\b")


_VERB_TAGS = ("fin:", "praet:", "impt:", "inf", "bedzie:", "imps")


def _before_verb(name: str) -> str:
    """"Kanadyjskiego Funduszu Inicjatyw Lokalnych przekazała na ten cel …": a name ends
    before the first lower-case verb (a programme's name holds no finite verb)."""
    words = name.split()
    # "Do konkursu wpłynęło 19 ofert": a finite verb right after the call noun names no call
    # (every reading of the word a verb's, so "lata", "stali" stay names' words)
    first = polish.analyse(words[0]) if words and words[0][:1].islower() else ()
    if first and all(t[2].startswith(_VERB_TAGS) for t in first):
        return ""
    for i, w in enumerate(words[1:], 1):
        # "… NOWEFIO na lata 2021–2030": a preposition governs a noun, so the word after it
        # ("lata", also a form of "latać") is no verb
        if w[:1].islower() and not _governed(words[i - 1]) and \
                any(t[2].startswith(_VERB_TAGS) for t in polish.analyse(w)):
            return " ".join(words[:i]).rstrip(",;:")
    return name


def _governed(prev: str) -> bool:
    """The word before is a preposition only (Morfeusz reads no other part of speech)."""
    tags = polish.analyse(prev) if prev[:1].islower() and len(prev) <= 5 else ()
    return bool(tags) and all(t[2].startswith(("prep", "interj", "part")) for t in tags) and \
        any(t[2].startswith("prep") for t in tags)


def _acronym_dash(value: str) -> str | None:
    """"UNHCR – Wysoki Komisarz Narodów Zjednoczonych ds. Uchodźców": the acronym, then
    the full name, which is the one to keep."""
    left, right = value.split(" – ", 1)
    if re.fullmatch(r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯІЇЄҐ]{2,10}", left.strip()) and len(right.split()) >= 2 \
            and right.strip()[:1].isupper():
        return right.strip()
    return None


def _dash_continued(name: str) -> str | None:
    """"Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego": a body's
    official name may go on after a dash with a second head word; it stays whole."""
    from ngo_atlas.extract.organisations import is_org_head

    left, right = name.split(" – ", 1)
    words = right.split()
    if len(words) >= 2 and is_org_head(words[0]) and any(is_org_head(w) for w in left.split()) \
            and all(w[:1].isupper() for w in words if len(w) > 3):
        return name.strip()
    if len(words) >= 2 and left.split() and is_cyrillic(name) and _apposed_noun(left.split()[0], words[0]):
        return name.strip()
    return None


def _apposed_noun(first: str, word: str) -> bool:
    """"Национальным институтом свободы – Центром развития …": the capitalised noun after the
    dash stands in the case of the name before it (the agent's instrumental, a label's
    nominative), so it is the same body's second name, not a new clause."""
    from ngo_atlas.lang import slavic

    if not word[:1].isupper():
        return False
    lang = slavic.cyrillic_lang(first + word)
    left = {p.tag.case for p in slavic.analyzer(lang).parse(first) if p.tag.case}
    right = {p.tag.case for p in slavic.analyzer(lang).parse(word) if p.tag.POS == "NOUN" and p.tag.case}
    return bool(left & right)


def clean_funder(raw: str, lang: str) -> str | None:
    # "Програма фінансується ЮНІСЕФ і діятиме …": a name never ends with a conjunction;
    # "Wakacje z Caritas 2025": nor a body's with the year of an event
    raw = _TRAILING_CONJ.sub("", raw)
    raw = _TRAILING_YEAR.sub("", raw) if raw.rstrip()[-1:].isdigit() else raw
    name, inner = split_parenthetical(raw)  # ("X (dotacja 20 000 zł)": the sum is X's share)
    if _sum_shaped(name):  # "Grant: CHF 310,000", "Kwota Udział %": a sum or a table's head, no payer
        # "ze środków EFS 1 015 266,00 zł": the payer, then its share
        name = "" if _SUM_START.match(name) else _TRAILING_SUM.sub("", _DASH_SHARE.sub("", name))
        if not name or _sum_shaped(name):
            return None
    full = [i for i in inner if len(i.split()) >= 3 and i[:1].isupper()]
    if full and all(w.isupper() for w in name.split()):
        name = full[0]  # "УВКБ ООН (Управлением Верховного комиссара ...)": the full name
    name = strip_quotes(name)
    if lang == "en" and name[-2:] in ("'s", "’s"):
        name = name[:-2]  # "the European Union's humanitarian aid": the owner of what was given pays
    if " – " in name:
        name = _acronym_dash(name) or _dash_continued(name) or name.split(" – ")[0].strip()
        if " – " in name and is_cyrillic(name):  # each of a body's two names takes its own case
            return " – ".join(nominative(part, lang) for part in name.split(" – ", 1))
    name = re.sub(r"^(?:the\s+)?(?:środków\s+)?", "", name, flags=re.IGNORECASE) if name.lower(
    ).startswith("środków") else name
    if not name or name.lower() in _GENERIC or len(name.split()) > 10 or name[:1].isdigit() or demonym(name):
        return None
    if " " not in name and nominative(name, lang).lower() in _GENERIC:
        return None  # "ze środków własnych Stowarzyszenia": the bare head word, in any case
    public = name.lower().startswith(("budżet", "fundusze", "государственн", "державн", "бюджет",
                                      "state budget", "m.st.", "m. st.", "город", "міст")) and len(name.split()) <= 5 and not any(
        ch.isdigit() for ch in name)
    if not (name[:1].isupper() or public):
        return None
    body = _CITY_BUDGET.match(name)
    if body:  # "бюджет Гміни Місто Щецин": a Cyrillic body takes its own case rules
        return nominative(body.group(1), lang) if is_cyrillic(name) else _city_body(body.group(1), lang)
    if foreign_name(name):
        return name  # "Diakonie Katastrophenhilfe": a foreign name takes no Polish case
    # "z Miasta Torunia": the town in the nominative too ("Miasto Toruń")
    return _city_body(name, lang) if _CITY_NAME.match(name) else nominative(name, lang)


# a sum written as a number: digits in groups of three or with decimals ("1 015 266,00",
# "310,000", "85 tys"), or a currency code or sign right before a figure ("PLN 85", "€ 79")
_TRAILING_SUM = re.compile(r"\s+(?:[$€£]\s?)?\d{1,3}(?:[ \xa0\u202f.,]\d{3})*(?:,\d{1,2}|\.\d{2})?"
                           r"(?:\s*(?:tys|mln|zł|PLN|EUR|USD|CHF)\.?)?\s*$")
# "Фінансування: X (МОМ) — 320 000 злотих", "X – 45 000 złotych": the payer, a dash, then its
# share, the currency written as a word in any of the four languages
_DASH_SHARE = re.compile(r"\s+[—–-]\s+(?:[$€£]\s?)?\d{1,3}(?:[ \xa0\u202f.,]\d{3})*(?:,\d{1,2}|\.\d{2})?"
                         r"(?:\s*(?:tys|mln|zł|PLN|EUR|USD|CHF|UAH|złotych|euro|тис|тыс|млн|зл|злотих|злотых|"
                         r"євро|евро|грн|гривень|гривен|доларів|долларов)\.?){0,2}\s*$")
_SUM_START = re.compile(r"^\s*(?:[$€£]|(?:PLN|EUR|USD|CHF|GBP|UAH|CAD|NOK|SEK|JPY)\b)\s?\d")
_SUM_IN = re.compile(r"\d[ \xa0\u202f.,]\d{3}\b|%")


def _sum_shaped(raw: str) -> bool:
    """A value that reads as an amount (or a table's header with its % column), not a name."""
    return bool(_SUM_START.match(raw) or _SUM_IN.search(raw))


_TRAILING_YEAR = re.compile(r"(?<=[^\W\d])\s+(?:19|20)\d\d\s*$")
_TRAILING_CONJ = re.compile(r"\s+(?:і|и|та|й|i|oraz|and|a|а)\s*$")
_CYR_CONJ = re.compile(r"\s(?:і|и|та|й)\s")
# "budżetu Gminy Miasto Szczecin", "z budżetu Miasta Łodzi": the city (its council) pays, so
# the funder is the body itself; a voivodeship's budget is written as such in the records
_CITY_BUDGET = re.compile(r"(?:budżet|бюджет)\w*\s+((?-i:Miast[aoy]|Gmin[ayie]|Miejskiej|Gminy|Гмін[аиі]|Гмин[аыуе]|"
                          r"Міст[аоу]|Город\w*)\s.+)$", re.IGNORECASE)


_CITY_NAME = re.compile(r"(?:Miast[aoy]|Gmin[ayie]|Miasto|Gmina)(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+){1,3}$")
# "Gmina Miejska Kraków", "Gmina Miasto Szczecin", "Gmina Miasta Toruń" (its official name):
# the kind of commune before the town, kept as written
_COMMUNE_KIND = {"Miejska", "Miasto", "Miasta", "Wiejska", "Miejsko-Wiejska"}


def _city_body(name: str, lang: str) -> str:
    """The city body in the nominative, its town too, however many words the town has
    ("Miasta Łodzi" -> "Miasto Łódź", "Miasta Gorzowa Wielkopolskiego" -> "Miasto Gorzów
    Wielkopolski": the body's noun and the town each take their own nominative)."""
    written = name.split()
    if len(written) > 2 and written[0].startswith("Gmin") and written[1] == "Miasta":
        # "Gmina Miasta Gdyni": the town is governed by "Miasta", not by the sentence, so
        # it keeps the genitive (or the form) it was written in; only "Gmina" changes case
        return " ".join(["Gmina", "Miasta"] + written[2:])
    words = nominative(name, lang).split()
    if len(words) < 2 or words[0] not in ("Miasto", "Gmina"):
        return " ".join(words)
    k = 2 if words[1] in _COMMUNE_KIND and len(words) > 2 else 1
    town = words[k:]
    if len(town) == 1:
        town = [polish.geo_nominative(town[0]) or town[0]]
    elif all(w[:1].isupper() for w in town):
        town = polish.nominative(" ".join(town), geo=True).split()
    return " ".join(words[:k] + town)


# "Programu X", and a public scheme's "Rządowy Program X" / "National Programme X" (a
# government's, a region's or an operational programme; "Europejski Program na rzecz …"
# is a funders' body and keeps its place)
_PROGRAMME_WORD = re.compile(r"^(?:(?:rządow|krajow|regionaln|operacyjn|wieloletni|government|national|"
                             r"regional|operational|государственн|национальн|державн|національн)\w*\s+)?"
                             r"(?:programu|program|programme|programm?a|программ[аы]|програм[аи])\s+",
                             re.IGNORECASE)


# the EU's own programmes, named without a programme word ("funded by Horizon Europe")
_EU_PROGRAMME_NAME = re.compile(r"Erasmus\+|Horizon\s+(?:Europe|2020)|Horyzont\s+(?:Europa|2020)|Creative\s+Europe|"
                                r"Kreatywna\s+Europa|Europe\s+for\s+Citizens|Europa\s+dla\s+Obywateli|CERV|"
                                r"Interreg(?:\s+[\w-]+){0,3}|Еразмус\+|Эразмус\+|Горизонт\s+Європа|Горизонт\s+Европа")
_EN_PROGRAMME = re.compile(r"((?:[A-Z][\w+-]*\s+)+)(?:[a-z]+\s+)*program(?:me)?$")
# ("Citizens, Equality, Rights and Values Programme": a series of nouns before the head)
_NAMED_EN_PROGRAMME = re.compile(r"(?:[A-Z][\w+-]*(?:,?\s+|\s+(?:and|&)\s+(?=[A-Z])))+Program(?:me)?")
# "X Programme of the Y": the programme named first, its owner (who pays) after "of"
_OWNED_EN_PROGRAMME = re.compile(r"(?P<p>[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*)*)\s+Program(?:me)?\s+of\s+(?:the\s+)?"
                                 r"(?P<o>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and))*)")


# the Union's names (EU_NAME and EU_FUND are read by regionalprog too)
EU_NAME = re.compile(r"(?i:unia\s+europejska|european\s+union|европейский\s+союз|європейський\s+союз|евросоюз|"
                     r"євросоюз)|UE|EU|ЕС|ЄС")
# the Union's own funds (not the regional programmes, which have programme names of their own)
EU_FUND = re.compile(r"(?i:fundusz\w*\s+azylu|asylum,?\s+migration|фонд\w*\s+убежища|фонд\w*\s+притулку|"
                     r"europejski\w*\s+fundusz\w*\s+(?:społeczn|rozwoju\s+regionalnego)|european\s+social\s+fund|"
                     r"fundusz\w*\s+bezpieczeństwa\s+wewnętrznego|internal\s+security\s+fund)|FAMI|AMIF|EFS\+?|ESF\+?")


# the Union's money by another name ("Fundusze Europejskie", "European Funds"): the Union pays
_EU_ALIAS = re.compile(r"(?i:fundusze\s+europejskie|european\s+funds|fundusze\s+unijne|środki\s+unijne|"
                       r"європейські\s+фонди|европейские\s+фонды)")


# the Union's emblem caption standing alone ("[logo: Dofinansowane przez Unię Europejską]",
# "| Co-funded by the European Union |", a line of its own), not a sentence about the project
_EU_CAPTION_BEFORE = re.compile(r"(?:^|\n|[\[|]|logo:)\s*(?:(?:współ|do|s)?finansowane\s+przez|"
                                r"(?:co-)?funded\s+by(?:\s+the)?|співфінансовано|фінансується|"
                                r"софинансировано|финансируется)\s*$", re.IGNORECASE)
_EU_CAPTION_AFTER = re.compile(r"[ \t]*(?:[.\]|\n]|$)")


def _eu_caption(text: str, eu: Funding) -> bool:
    """The Union named only by its emblem's caption, no sentence around it."""
    sp = eu.span
    return sp is not None and bool(_EU_CAPTION_BEFORE.search(text, max(0, sp.start - 40), sp.start)) \
        and bool(_EU_CAPTION_AFTER.match(text, sp.end))


def _eu_fund_as_programme(items: list[Funding], text: str) -> None:
    """"90 procent pokrywa Unia Europejska" beside "z Funduszu Azylu, Migracji i Integracji",
    "софинансировался Европейским союзом из Фонда убежища": where the text names the Union
    as the payer, the Union's fund is the programme it pays through, one record."""
    eu = next((f for f in items if f.funder and EU_NAME.fullmatch(f.funder)), None)
    for f in [x for x in items if eu is not None and x is not eu and x.funder and _EU_ALIAS.fullmatch(x.funder)]:
        if eu.amount is None:  # "Wkład Funduszy Europejskich | 3 598 571,25 zł": the Union's money
            eu.amount, eu.currency = f.amount, f.currency
        items.remove(f)
    if eu is not None and eu.programme is not None:
        # "ze środków Unii Europejskiej w ramach Programu Krajowego Funduszu X" beside a footer's
        # "z Programu Krajowego Funduszu X": the Union's fund, read as a payer of the very
        # programme the Union pays through, is the Union's own money, no second payer
        for f in [x for x in items if x is not eu and x.funder and x.amount is None
                  and x.programme == eu.programme and EU_FUND.match(x.funder)]:
            items.remove(f)
        return
    funds = [f for f in items if f is not eu and f.funder and EU_FUND.match(f.funder)]
    # a fund a "Źródło finansowania:" label names is the funder the page states
    if eu is None or any(f.span and f.span.rule.startswith("label") for f in funds):
        return
    if any(f.programme for f in funds) and _eu_caption(text, eu):
        # the emblem's caption beside a Union fund paying through its own programme ("EFS+,
        # Fundusze Europejskie dla X"): the Union owns that fund, no payer of its own
        items.remove(eu)
        return
    if funds and eu.span and eu.span.rule == "money_noun_payer":
        items.remove(eu)  # "w tym dofinansowanie UE:" beside the fund named as payer: the fund's owner
        return
    for f in funds:
        if f.span and eu.span and 0 <= eu.span.start - f.span.end <= 12:
            items.remove(eu)  # "Фонда убежища … (FAMI) Европейского союза": the fund's owner, its name's part
            return
        if f.programme is None:
            eu.programme = f.funder
            if eu.amount is None:
                eu.amount, eu.currency = f.amount, f.currency
            items.remove(f)
            return


def _funds_paid_through(items: list[Funding]) -> list[Funding]:
    """"Źródło finansowania: Fundusz X" beside "finansowany przez UE ze środków Funduszu X":
    the fund a named payer gives through is its programme, not a second funder."""
    # ("projects supported by the X Fund" beside "the X Fund – National is financed by Y": the
    # fund's name before its strand's dash is the same programme)
    given = {words_key(n) for f in items if f.funder and f.programme for n in (f.programme, f.programme.split(" – ")[0])}
    return [f for f in items if not (f.funder and f.programme is None and f.amount is None
                                     and words_key(f.funder) in given)]


# "Szwajcarsko-Polski Program Współpracy": capitalised relational adjectives (-ski, -cki, -dzki,
# hyphenated compounds too) before the programme word, a capitalised genitive after it, names a
# programme; "Europejski Program na rzecz Integracji" (a purpose, "na rzecz", "dla") names a
# funders' collaborative and stays a payer (PROG-C)
_ADJ_PROGRAMME = re.compile(r"(?:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]*(?:-[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]*)*(?:s|c|dz)ki\s+)+"
                            r"Program\s+[A-ZĄĆĘŁŃÓŚŹŻ]")


def _programmes_named_as_funders(items: list[Funding], lang: str) -> None:
    """"dofinansowanie z Programu X": a programme, not a funder (its owner may follow).
    "dofinansowany przez Instytut X ze środków Programu Y": the funder just before it in the
    same sentence takes the programme, one record."""
    for f in list(items):
        owned = _OWNED_EN_PROGRAMME.fullmatch(f.funder or "")
        if owned:  # "Erasmus+ Programme of the European Union": the Union pays, Erasmus+ its programme
            f.funder, f.programme = owned.group("o"), f.programme or owned.group("p")
            continue
        en = _EN_PROGRAMME.match(f.funder or "")
        if f.funder and _EU_PROGRAMME_NAME.fullmatch(f.funder) or _NAMED_EN_PROGRAMME.fullmatch(f.funder or ""):
            # "European Union, Horizon Europe": the EU's programme; "Basic Research Programme":
            # a capitalised programme word is the name's own head
            en = re.match(r"(.+)", f.funder)
        if f.funder and (_PROGRAMME_WORD.match(f.funder) or en or _ADJ_PROGRAMME.match(f.funder)):
            # "Horizon Europe research and innovation programme": the name is its capitalised part
            f.programme = f.programme or (en.group(1).strip() if en else _programme_name(f.funder, lang))
            # "z Programu Krajowego Funduszu X": the fund that owns the programme pays
            f.funder = _fund_in_programme(f.programme, lang) if f.programme else None
            payer = next((g for g in items if g.funder and g.programme is None and g.span and f.span
                          and 0 <= f.span.start - g.span.end <= 40), None)
            if payer is not None:
                payer.programme = f.programme
                items.remove(f)


_NAME_WORD = re.compile(r"[^\W\d_][\w.'’-]*")


def glossed_name(text: str, acronym: str) -> tuple[int, int] | None:
    """Where the text spells an acronym out: "Funduszu Azylu, Migracji i Integracji (FAMI)"
    gives the span of the words whose capitals make "FAMI" (small words between skipped)."""
    pos = text.find("(" + acronym + ")")
    while pos != -1:
        base = max(0, pos - 150)
        initials = ""
        for w in reversed(list(_NAME_WORD.finditer(text, base, pos))):
            if w.group()[:1].isupper():
                initials = w.group()[0] + initials
            if initials == acronym:
                return w.start(), len(text[:pos].rstrip())
            if not acronym.endswith(initials):
                break
        pos = text.find("(" + acronym + ")", pos + 1)
    return None


# between a spelt-out name's words: a comma, spaces, one line break
_SPELT_GAP = re.compile(r",?[^\S\n]*\n?[^\S\n]*")


def spelt_out(text: str, acronym: str) -> tuple[int, int] | None:
    """The first run of capitalised words anywhere in the text whose initials spell the
    acronym, small lower-case words between them skipped ("Fundusz Azylu, Migracji i
    Integracji" spells FAMI, "Asylum, Migration and Integration Fund" AMIF): the page defines
    it where it gives both. Three letters at least (two match any pair of words); words in
    capitals (a heading, another acronym) spell nothing, and a run that goes on with a
    capitalised word after the last letter is a longer name, not this one."""
    if len(acronym) < 3:
        return None
    for m in re.finditer(r"(?<![\w])" + acronym[0] + r"[^\W\d_A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]", text):
        pos, i, small = m.start(), 0, 0
        end = None
        while True:
            w = _NAME_WORD.match(text, pos)
            if not w:
                break
            word = w.group().rstrip(".")
            if word[:1].isupper() and not word.isupper():
                if i == len(acronym):
                    end = None  # the name goes on: longer than the acronym
                    break
                if word[0] != acronym[i]:
                    break
                i, small, end = i + 1, 0, w.start() + len(word)
            elif word.islower() and len(word) <= 5 and small < 2 and i < len(acronym):
                small += 1
            else:
                break
            pos = _SPELT_GAP.match(text, w.end()).end()
        if end is not None and i == len(acronym):
            return m.start(), end
    return None


def _expand_acronyms(items: list[Funding], text: str, lang: str) -> None:
    """"dofinansowanie z FAMI" where the text has spelt FAMI out: the funder by its full
    name, in the nominative, as the records name bodies ("an acronym given beside a full
    name is not a second organisation")."""
    from ngo_atlas.extract.organisations import is_acronym

    for f in items:
        if f.funder and is_acronym(f.funder):
            span = glossed_name(text, f.funder) or spelt_out(text, f.funder)
            if span:
                f.funder = nominative(" ".join(text[span[0]:span[1]].split()), lang)
            else:
                f.funder = _bracketed_after(items, text, f.funder) or f.funder


def _bracketed_after(items: list[Funding], text: str, acronym: str) -> str | None:
    """Another funder found right before the acronym in brackets ("dzięki wsparciu Wysokiego
    Komisarza NZ ds. Uchodźców (UNHCR)"): the page glosses the acronym with that funder, whose
    initials need not spell it (a body's acronym from another language)."""
    for g in items:
        if g.funder and g.span and not is_acronym(g.funder) and \
                re.match(r"[^\S\n]*\(" + re.escape(acronym) + r"\)", text[g.span.end:g.span.end + 40]):
            return g.funder
    return None


def _programme_to_owner(items: list[Funding], lang: str) -> None:
    """"z Programu Krajowego Funduszu X … dofinansowanie z Funduszu X": the fund named as
    funder owns the programme named alone, so the two are one record."""
    from ngo_atlas.extract.organisations import same_org

    for f in [x for x in items if x.funder is None and x.programme]:
        owner = _fund_in_programme(f.programme, lang)
        payer = next((g for g in items if g.funder and g.programme is None and owner
                      and same_org(g.funder, owner)), None)
        if payer is not None:
            payer.programme = f.programme
            items.remove(f)


def _inside(inner: Span | None, outer: Span | None) -> bool:
    return bool(inner and outer) and outer.rule == "programme_phrase" and \
        outer.start <= inner.start and inner.end <= outer.end


def _dedupe(items: list[Funding]) -> list[Funding]:
    from ngo_atlas.extract.organisations import same_org

    items = _budget_into_body(items)
    out: list[Funding] = []
    for f in items:
        key = (f.funder or "").casefold()
        same = next((x for x in out if (x.funder or "").casefold() == key or (
            f.funder and x.funder and (same_org(x.funder, f.funder) or _acronym_pair(x.funder, f.funder)
                                        or _acronym_pair(f.funder, x.funder)))), None)
        if same is None and _merge_inflected(f, out):
            continue
        if same is None:
            out.append(f)
        else:
            _merge_same(same, f)
    if any(f.funder for f in out):
        # (a footer's shorter form of the same programme, "Programu X na lata …" beside
        # "Rządowego Programu X na lata …", is the same one)
        # (nor is a programme read over a stretch whose payers were found inside it: "z programu
        # X, finansowanego przez Y w ramach Z" gives Y with X; Z is the payers' channel)
        # (nor a footer's bare core of it, "ze środków Programu X" beside "w ramach Rządowego
        # Programu Y X na lata …": all its words stand in the longer name, and it adds no sum)
        out = [f for f in out if f.funder or not any(
            g.funder and (g.programme == f.programme or g.programme and f.programme and (
                same_org(g.programme, f.programme) or _sub_name(f, g)) or _inside(g.span, f.span))
            for g in out)]
    for f in [x for x in out if x.funder is None and x.programme]:
        # "Źródło finansowania: Program Fundusz Inicjatyw Obywatelskich NOWEFIO na lata …"
        # beside a footer's "ze środków NIW w ramach Programu NOWEFIO": the payer's bare core
        # of the programme named in full is that programme; one record, the full name
        g = next((g for g in out if g.funder and g.programme and g.programme != f.programme
                  and _sub_name(g, f)), None)
        if g is not None:
            g.programme = f.programme
            g.amount, g.currency = g.amount or f.amount, g.currency or f.currency
            out.remove(f)
    payers = [f.funder for f in out if f.funder]
    for f in out:  # "dofinansowanie z EFS+" beside "Europejskiego Funduszu Społecznego Plus"
        if f.programme and f.programme not in payers and _acronym_of_payer(f.programme, payers):
            f.programme = None
    return out


_BUDGET_WORD = re.compile(r"(?i:budżet|бюджет|budget)\w*\s")


def _same_town(a: str, b: str) -> bool:
    """Whether two inflected forms name one town ("Гданьска"/"Гданьск", "Krakowa"/"Kraków"):
    the same stem, the endings aside."""
    n = max(4, min(len(a), len(b)) - 2)
    return a[:1].isupper() and a[:n].casefold() == b[:n].casefold()


def _budget_into_body(items: list[Funding]) -> list[Funding]:
    """"из бюджета города X" beside "по заказу города X", "бюджет міста X" beside "Гміна Місто
    X": a town's budget is the money of the town's body named as payer too; one payer, the
    body, with the budget's programme and sum."""
    bodies = [f for f in items if f.funder and not _BUDGET_WORD.match(f.funder)
              and len(f.funder.split()) >= 2]
    out = []
    for f in items:
        words = (f.funder or "").split()
        body = next((g for g in bodies if _BUDGET_WORD.match(f.funder + " ") and len(words) >= 3
                     and _same_town(words[-1], g.funder.split()[-1])
                     and words[-2].casefold()[:3] in {w.casefold()[:3] for w in g.funder.split()}),
                    None) if words else None
        if body is None:
            out.append(f)
            continue
        body.programme = body.programme or f.programme
        if body.amount is None:
            body.amount, body.currency = f.amount, f.currency
    return out


def _acronym_of_payer(programme: str, payers: list[str]) -> bool:
    """A programme that is only the acronym of a payer in the same list names that payer again."""
    from ngo_atlas.extract.organisations import same_org, is_acronym

    core = programme.rstrip("+")  # "EFS+" is "Europejski Fundusz Społeczny Plus"
    return len(core) > 1 and is_acronym(core) and any(
        same_org(_PLUS_WORD.sub("", p) if core != programme else p, core) for p in payers)


_PLUS_WORD = re.compile(r"\s+(?:Plus|Плюс|Плус)$")


def _merge_inflected(f: Funding, out: list[Funding]) -> bool:
    """"при поддержке города Гданьска" beside "из бюджета Гмины города Гданьск": one body in
    other cases, named by its fuller name, with the sum either mention gives. False where no
    record in out names it so."""
    if not f.funder:
        return False
    inflected = next((x for x in out if x.funder and _same_stems(x.funder, f.funder)), None)
    if inflected is None or inflected.funder is None:
        return False
    if len(f.funder.split()) > len(inflected.funder.split()):
        inflected.funder, inflected.span = f.funder, f.span
    if inflected.amount is None:
        inflected.amount, inflected.currency = f.amount, f.currency
    inflected.programme = inflected.programme or f.programme
    return True


def _merge_same(same: Funding, f: Funding) -> None:
    """f names the payer of same again: the full name wins over its acronym, and same takes
    the sum and programme it lacks."""
    from ngo_atlas.extract.organisations import is_acronym

    if f.funder and same.funder and (is_acronym(same.funder) or _acronym_pair(same.funder, f.funder)) \
            and not is_acronym(f.funder) and not _acronym_pair(f.funder, same.funder):
        same.funder = f.funder  # the full name beside its acronym
    if same.amount is None and _acronym_pair(same.funder or "", f.funder or "") | _acronym_pair(
            f.funder or "", same.funder or ""):
        # "dofinansowanie z EFS+: X zł" beside "ze środków Europejskiego Funduszu Społecznego Plus"
        same.amount, same.currency = f.amount, f.currency
    if same.programme is None:
        same.programme = f.programme


def _acronym_pair(short: str, full: str) -> bool:
    """"EFS+" and "Europejski Fundusz Społeczny Plus": a fund's acronym with its plus sign
    names the payer its initials spell (the plain initials are matched by same_org)."""
    return short.endswith("+") and full != short and _acronym_of_payer(short, [full])


@lru_cache(maxsize=4096)
def _stems(name: str) -> frozenset[str]:
    return frozenset(w[:5] for w in re.split(r"[^\w]+", name.casefold()) if len(w) >= 3)


def _same_stems(a: str, b: str) -> bool:
    """Two names of one body in other cases or with its kind before it ("город Гданьск",
    "Гмина города Гданьск"): every word of the shorter, two at least, begins a word of the longer."""
    small, big = sorted((_stems(a), _stems(b)), key=len)
    return len(small) >= 2 and small <= big


def _sub_name(short: Funding, long: Funding) -> bool:
    """Every word of the shorter programme name stands in the longer one, and no sum of its own."""
    words = (short.programme or "").casefold().split()
    return bool(words) and short.amount in (None, long.amount) and \
        set(words) <= set((long.programme or "").casefold().split())


# a scheme that hands grants on: "program regrantingowy", "projekt regrantowy", "regranting
# programme", "програма регрантингу", "small grants programme", "mikrogranty"
_SCHEME = re.compile(r"(?i:\bre-?grant\w*|\bmikrogrant\w*|\bmicro-?grants?\b|\bsmall\s+grants?\s+(?:programme|scheme|fund)|"
                     r"\bрегрант\w*|\bмікрогрант\w*|\bмикрогрант\w*)")


def scheme_programme(text: str, projects: list, spans: list[tuple[int, int]]) -> None:
    """A page about a scheme that hands on grants ("X to program regrantingowy Fundacji Y")
    and then the initiatives it funded: each initiative's grant is given under the scheme,
    so the scheme is its programme; the scheme's own record has no programme of its own name
    (who pays each initiative is left as the text says: writers differ on the scheme's payer)."""
    if len(projects) < 2 or not projects[0].title or not spans:
        return
    s, e = spans[0]
    if not _SCHEME.search(text, s, e):
        return
    scheme = projects[0]
    for f in scheme.funding:  # "Program „X”": the scheme is the project, not its own programme
        if f.programme and words_key(f.programme) == words_key(scheme.title):
            f.programme = None
    for p in projects[1:]:
        if any(f.programme for f in p.funding) or words_key(p.title or "") == words_key(scheme.title):
            continue
        span = Span(scheme.spans["title"].start, scheme.spans["title"].end, "scheme_programme", 0.6) \
            if scheme.spans.get("title") else None
        if p.funding:
            p.funding[0].programme = scheme.title
        else:
            p.funding.append(Funding(None, scheme.title, span=span))
