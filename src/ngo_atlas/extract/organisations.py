"""Organisations taking part in a project and their roles (lead, partner, member, other)."""

from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.extract import bodycolumn, colonlist, helperafter, informalgroup, itemtag, kindnoun, leadwith, listpredicate, mediaoutlet, patronage, relclause, seatclause, slashnames, thankslist, unitparent, venues
from ngo_atlas.extract.labels import LabelHit
from ngo_atlas.extract.lexicon import lexicon
from ngo_atlas.extract.names import (
    _SEATED,
    INFORMAL_GROUP,
    adjective_like,
    capitalised_run,
    case_turn,
    demonym,
    is_branch,
    is_cyrillic,
    nominative,
    prefer_translation,
    split_items,
    split_parenthetical,
    form_stop_end,
    strip_quotes,
)
from ngo_atlas.extract.text import CI, cue, inside_quotes, sentences, sentences_with, word_before
from ngo_atlas.extract.people import TITLES
from ngo_atlas.lang import polish
from ngo_atlas.model import OrgRef, Span

LEAD_VERB = cue(
    r"\b(?:realizuje|realizują|realizowała|realizował|realizowało|realizowali|zrealizowała|"
    r"zrealizował|zrealizowało|prowadzi|prowadziła|prowadził|koordynuje|rozpoczyna realizację|"
    r"zakończyła|zakończył|zakończyło|przygotowuje|przygotowała|przygotował|uruchomiła|uruchomił|"
    r"uruchomiło|rozpoczęło realizację|organizuje|zorganizowała|zorganizował|zorganizowało|"
    # ("The project runs until March", "ran from 2021 to 2023": the project itself runs, intransitive;
    # a body named before it, "funded by UNHCR, the UN Refugee Agency, and runs until", runs nothing)
    r"ran(?!\s+(?:until|till|from|through|to|for|since|between|over|across)\b)|"
    r"is running|has been running|have been running|has been implementing|is implementing|"
    r"is preparing|prepares|launched|organi[sz]es|organi[sz]ed|coordinates|"
    r"начнёт реализацию|начнет реализацию|начал[аои]? реализацию|реализовывал\w*|"
    r"розпочал[аои]? реалізацію|розпочав реалізацію|розпочинає реалізацію|розпочне реалізацію|реалізовувал\w*|"
    r"продолжает реализацию|продолжила реализацию|продовжує реалізацію|kontynuuje realizację|"
    # "X продовжує проєкт", "X kontynuuje projekt", "X приступило к реализации проекта",
    # "X przystąpiła do realizacji projektu": going on with it or setting about it
    r"продовжує\s+про[еє]кт|продолжает\s+проект|kontynuuje\s+projekt|continues\s+the\s+project|"
    r"приступил[аои]?\s+к\s+реализации|приступил[аои]?\s+до\s+реалізації|przystąpił[aoy]?\s+do\s+realizacji|"
    r"завершил[аои]?|завершив|завершила|завершило|завершили|"
    r"continues to implement|continues to run|"
    r"rozpoczęła realizację|rozpoczął realizację|rozpoczęło realizację|implements|implemented|"
    r"is implementing|carries out|carried out|"
    r"runs(?!\s+(?:until|till|from|through|to|for|since|between|over|across)\b)|"
    r"реализует|реализовал\w*|реалізує|"
    # "(has) started a two-year project", "организовали X и Y", "організувала X"
    r"(?:has|have)\s+(?:started|begun|launched)|организовал[аи]?|организуют|организует|"
    # "X leads the project", "Проєкт втілює / здійснює X", "Проект осуществляет X"
    r"(?:leads|led|is\s+leading)\s+the\s+project|втілю(?:є|ють)|втілил[аи]?|втілив|здійсню(?:є|ють)|"
    r"осуществля(?:ет|ют)|осуществил[аи]?|"
    r"організува(?:в|ла|ли|ло)|організовує|організовують|"
    # "Міська управа X запускає проєкт", "запустил проект": the kin of "uruchomiła", "launched"
    r"запуска(?:є|ють|ет|ют)|запусти(?:в|ла|ло|ли|л)|"
    # the kin of "prowadzi"/"koordynuje": "который X проводил вместе с Y", "X координує проєкт"
    r"проводил[аио]?|проводит|проводят|проводив|проводила|проводило|проводить|проводять|"
    r"координирует|координировал[аио]?|координує|координував|координувала|"
    r"реалізувал\w*|реалізував|реалізовував|реалізовувала|реалізовувало|реалізовували)\b")
    # (Ukrainian masculine past ends in -в, not -л)
LEAD_AFTER = cue(
    # a research unit where the project is carried out runs it: "realizowany jest w Instytucie
    # X", "carried out at the Institute of X", "реализуется в Институте X", "на кафедрі X"
    # (the cue runs over the lowered text: the name's capital is checked by the name finder)
    r"(?:(?:realizowan|prowadzon)[yaeo](?:\s+(?:jest|był[aoy]?|będzie))?\s+(?:w|na)(?=\s+(?:instytucie|katedrze|"
    r"zakładzie|wydziale|pracowni|laboratorium|centrum|ośrodku)\s)|(?:carried\s+out|conducted|based)\s+"
    r"(?:at|in)(?=\s+the\s+(?:institute|department|faculty|centre|center|laboratory)\s)(?:\s+the)?|"
    r"(?:реализуется|реализовывался|выполняется|реалізується|реалізовувався|виконується)\s+(?:в|на|у)"
    r"(?=\s+(?:институте|інституті|кафедре|кафедрі|факультете|факультеті)\s)|"
    # "Organizatorem festiwalu / konferencji / projektu jest X": any one word for the event
    # "The host organisation is X", "the applicant organisation was X", "Organizacją goszczącą
    # jest X", "Принимающей организацией является X": the body that hosts and applies runs it
    r"(?:the\s+)?(?:host(?:ing)?|applicant|lead|coordinating|sending)\s+(?:organi[sz]ation|institution)\s+"
    r"(?:is|was)(?:\s+the)?|(?:organizacją|instytucją)\s+(?:goszczącą|wnioskującą|wiodącą|koordynującą)\s+"
    r"(?:jest|był[aoy]?)|(?:принимающей|ведущей)\s+организацией\s+(?:является|была|был|стал[аи]?)|"
    r"(?:приймаючою|провідною)\s+організацією\s+(?:є|була|був|стала)|"
    # ("Koordynatorem sieci jest X": a person after it is left out by the lead phrase's check)
    r"(?:organizatorem|liderem|realizatorem|inicjatorem|wnioskodawcą|beneficjentem|grantobiorcą|koordynatorem)"
    # (a second predicate noun in the instrumental may be joined on: "Liderem projektu i
    # sekretariatem sieci jest X", "Organizatorem i gospodarzem spotkań była Y")
    r"(?:\s+[a-ząćęłńóśźż]+)?(?:\s+(?:i|oraz)\s+[a-ząćęłńóśźż]+(?:em|ą)(?:\s+[^\s,.;:]+)?)?"
    r"\s+(?:jest|był[aoy]?)|"
    # "realizowany jest od … do … przez X"; the words between may not be a participle of paying
    # ("realizowany od marca i finansowany przez Y": Y pays, the agent of the nearer participle)
    r"realizowan[yaeo](?:\s+(?!(?:s|współ|do)?finansowan|wspieran|wspart|dotowan|sponsorowan)"
    r"(?:[^\s.]+|r\.)){0,14}?\s+przez|"
    # ROLE-B: the leading partner is the lead: "Partnerem Wiodącym projektu było X", "The lead
    # partner of the project is X", "Ведущим партнёром проекта является X", "Провідним партнером є X"
    r"partnerem\s+wiodącym(?:\s+[a-ząćęłńóśźż]+){0,2}?\s+(?:jest|był[aoy]?)|"
    r"(?:the\s+)?lead\s+partner(?:\s+(?:of|in)\s+the\s+project)?\s+(?:is|was)(?:\s+the)?|"
    r"(?:ведущим|провідним)\s+партн[её]ром(?:\s+[а-яёіїєґ']+){0,2}?\s+(?:является|являлся|являлась|был[аио]?|є|був|була)|"
    # the passive of any verb of running, in any gender and number, with its agent:
    # "działania prowadzone są przez X", "projekt został przygotowany przez X"
    r"(?:prowadzon|koordynowan|organizowan|zorganizowan|przygotowan|przeprowadzon|zrealizowan|"
    r"realizowan|inicjowan|zainicjowan|uruchomion)(?:ego|[yaeoi])\s+(?:(?:jest|są|był[aoy]?|byli|"
    r"został[aoy]?|zostały|zostali|będzie|będą)\s+)?przez|"
    r"implemented\s+by|run\s+by|led\s+by|(?:carried\s+out|conducted|delivered|organi[sz]ed)\s+by|"
    # "run jointly by", "coordinated by", "managed by"; "Za realizację odpowiada X", "за реалізацію
    # проєкту відповідає X"; "Проект осуществляется Фондом X" (the agent in the instrumental)
    r"(?:run|implemented|carried\s+out|conducted|delivered|organi[sz]ed|coordinated|managed)\s+"
    r"(?:jointly|together|mainly)\s+by|(?:coordinated|managed)\s+by|"
    r"za\s+realizację(?:\s+(?:projektu|zadania|działań))?\s+odpowiada(?:ją|ł[aoy]?)?|"
    r"за\s+реалізацію(?:\s+про[еє]кту)?\s+відповіда(?:є|ють|в|ла)|за\s+реализацию(?:\s+проекта)?\s+"
    r"отвеча(?:ет|ют|л[аи]?)|(?:осуществляется|осуществлялся|здійснюється|здійснювався|втілюється)|"
    # "Wniosek złożony przez X uzyskał dofinansowanie": the applicant runs the project
    r"wnios\w*(?:\s+o\s+dofinansowanie)?\s+(?:został\s+)?złożon\w*\s+przez|"
    r"application\s+(?:was\s+)?submitted\s+by|заявк[аиу],?\s+поданн?\w*|"
    # "was launched on 1 October 2024 by X": a date may stand between the verb and its agent
    r"(?:launched|started|initiated)(?:\s+(?:on|in)(?:\s+[^\s.]+){1,3})?\s+by|"
    r"(?:лидером|лідером)\s+про[еє]кт[ау]\s+(?:является|являлось|был[аои]?|є|був|була|було)|"
    r"руководителем\s+проекта\s+является|"
    r"(?:його|её|его|проект|проєкт)\s+(?:реалізовува\w+|реалізує|реализует|реализовыва\w+|реализовал\w*|реалізува\w+|"
    # "Проект организует группа «X»", "Проєкт проводить фундація X": the object first, then
    # the verb of running, then its subject
    r"организует|организовал[аио]?|организовыва\w+|проводит|проводил[аио]?|координирует|"
    r"організовує|організував|організувала|організувало|проводить|проводив|проводила|координує|"
    r"веде|вела|вів|ведуть|ведёт|вёл|ведут)|"
    r"(?:реализовывался|реализовался|реализуется|реалізовувався|реалізується|realizowany\s+był|"
    r"realizowany\s+jest|realizowana\s+była)|"
    r"лідером\s+проекту\s+є|керівником\s+проекту\s+є|"
    # "Організатором табору був X", "Организатором проекта является X": the Polish form's kin
    r"(?:організатором|организатором|ініціатором|инициатором|реалізатором|грантоотримувачем|"
    r"грантополучателем)(?:\s+[а-яёіїєґ']+)?\s+(?:є|був|була|було|являється|является|являлся|"
    r"являлась|был[аио]?|выступил[аио]?|виступив|виступила|стал[аио]?|став|стала)|"
    # "Festiwal jest projektem Stowarzyszenia X", "is a project of X": whose project it is
    r"(?:jest|był[aoy]?)\s+(?:(?:wspólnym|autorskim|flagowym|kolejnym)\s+)?projektem|"
    r"(?:is|was)\s+(?:a|an|the)\s+(?:joint\s+|flagship\s+)?project\s+(?:of|by)(?:\s+the)?|"
    # "wystartował nowy projekt Stowarzyszenia X", "проєкт Фундації X": a body's genitive
    # right after the word for the project says whose it is
    r"(?<![„“\"«])(?:projekt|projektu|проект|проєкт)(?=\s+(?:fundacji|stowarzyszenia|towarzystwa|związku|"
    r"instytutu|uniwersytetu|parafii|ośrodka|фонда|фонду|фундації|фундации|ассоциации|асоціації|"
    r"общества|товариства|объединения|об['’]єднання)\s)|"
    # "X to projekt regrantingowy Fundacji Y", "is a regranting project of Y": whose project it is
    r"(?<![\w])to\s+(?:[a-ząćęłńóśźż]+\s+)?projekt(?:\s+[a-ząćęłńóśźż]+)?(?=\s+[^\W\d_])|"
    r"(?:is|was)\s+(?:a|an|the)\s+[a-z-]+\s+project\s+(?:of|by)(?:\s+the)?|"
    r"(?:является|являлся|был)\s+проектом|(?:є|був)\s+проєктом)\s+")
# every form of the copula "być" and of "zostać" that links a subject to its predicate noun
_COPULA = r"(?:jest|są|był[aoy]?|byli|będzie|będą|został[aoy]?|zostali|zostanie|zostaną)"
PARTNER_AFTER = cue(
    # The copular clause with "partner" as its predicate, the partners its subject after the
    # verb: "Partnerem projektu będzie także X", "Partnerem lokalnym w Kielcach jest X",
    # "Partnerami Wojewody w projekcie są: X, Y oraz Z". Up to four words say whose or where
    # (not a financial partner, a payer), any form of "być"/"zostać" links, a particle may follow.
    # (a plural generic noun may stand before the list: "partnerami były organizacje: X, Y")
    rf"(?:partner(?:em|ami)(?!\s+wiodąc)(?:\s+(?!{_COPULA}\s|finansow)[\w-]+){{0,4}}?\s+{_COPULA}"
    r"(?:\s+(?:także|również|też|ponadto))?(?:\s+(?:organizacje|instytucje|stowarzyszenia|fundacje))?(?:\s*:)?|"
    # "Grupa współpracowała z X", "we cooperated with X", "співпрацювали з X": the verb of working
    # with someone, in any person and tense (not its participle: "prawniczki współpracujące z")
    # (the past plural of men and mixed groups turns "ł" into "l": "współpracowali(śmy) z";
    # "m.in." or a particle may stand before the preposition, a colon after it)
    r"(?:współpracuj(?:e|ą|emy|ecie)|współpraco(?:wał(?:a|o|y|em|am|yśmy)?|wali(?:śmy|ście)?))"
    r"(?:\s+(?:m\.\s?in\.|między\s+innymi|także|również|też|ściśle|blisko|stale))?\s+z[e]?:?|"
    r"(?:cooperat|collaborat)(?:e|es|ed)\s+(?:closely\s+)?with(?:\s+the)?|"
    # "w tym roku dołączyli do nas X oraz Y", "к нам присоединились X и Y": a verb of joining
    # the page's own body, its subjects after it, are partners
    r"(?:dołączy(?:ł[aoy]?|li)|dołączają)\s+do\s+nas(?:\s+(?:także|również|też))?|"
    r"do\s+nas\s+(?:dołączy(?:ł[aoy]?|li)|dołączają)|"
    r"к\s+нам\s+(?:присоединил(?:ся|ась|ись|ось)|присоединяются)|"
    r"до\s+нас\s+(?:приєднал(?:ся|ася|ися|ося)|приєднуються)|"
    # "Współpraca: X, Y" opening a line or a sentence: the noun of working with as a field's label
    r"(?:(?<![^\n])|(?<=[.!?] ))(?:współpraca|cooperation|collaboration|співпраця|сотрудничество)\s*:|"
    r"сотруднича(?:ет|ют|ем|л[аои]?)\s+с|"
    # "we have been working with the Gdańsk-based X", "partnered closely with X"
    # (not the noun: "support their work with foreigners")
    r"(?:(?:we|they)\s+work|work(?:s|ed|ing)|partner(?:s|ed|ing))\s+(?:closely\s+|together\s+|jointly\s+)?with(?:\s+the)?"
    r"(?:\s+[\w-]+-based)?|"
    r"співпрацю(?:є|ють|ємо|вав|вала|вало|вали)\s+з|"
    # "nasi partnerzy z organizacji X", "our partners from X", "наши партнеры из организации X"
    r"partner(?:zy|ki)\s+z[e]?(?:\s+organizacji)?|our\s+partners\s+(?:from|at)(?:\s+the)?|"
    r"партн[её]ры\s+из(?:\s+организации)?|партнери\s+(?:з|із)(?:\s+організації)?|"
    # "Wspólnie z nami działa X", "merytorycznie wspiera nas X", "разом з нами працює X": the
    # page's own body first, the partner the subject after the verb
    r"(?:wspólnie|razem|wraz)\s+z\s+nami\s+(?:działa|działają|pracuje|pracują|współpracuje|"
    r"realizuje|prowadzi)|merytorycznie\s+(?:wspiera|wspierają|wspierał[aoy]?)(?:\s+nas)?|"
    r"(?:разом|спільно)\s+з\s+нами\s+(?:працює|працюють|діє)|(?:вместе|совместно)\s+с\s+нами\s+"
    r"(?:работает|работают|действует)|working\s+with\s+us\s+(?:is|are)|"
    r"we\s+współpracy\s+z[e]?|w\s+partnerstwie\s+z[e]?|w\s+partnerstwie(?=\s+\w+\s)|wspólnie\s+z[e]?|wraz\s+z[e]?|razem\s+z[e]?|"
    # "together with our Norwegian partner, the X": the partner named in apposition (ORG-N)
    r"(?:together\s+)?with\s+our\s+(?:[A-Za-z]+\s+)?partner,|"
    r"run\s+together\s+with|partnerem\s+(?:merytorycznym\s+)?(?:przedsięwzięcia|projektu)\s+(?:jest|był[aoy]?)|"
    r"партн[её]ром\s+про[еє]кт[уа]\s+(?:бул[аи]|був|є|является|был[аи]?)|партн[её]рами\s+про[еє]кт[уа]\s+(?:є|были|були|являются|стали)(?:\s*:)?|"
    r"partner(?:em|ami)\s+(?:merytoryczn\w+|strategiczn\w+|głównym|głównymi)(?:\s+projektu)?\s+(?:jest|są|był[aoy]?|byli)|"
    # "Partnerem działań / szkoleń jest X": any one word for what the partner shares (before the
    # bare "partnerem", which would match first and leave the noun as the name)
    r"partner(?:em|ami)\s+(?!finansow)[a-ząćęłńóśźż]+\s+(?:jest|są|był[aoy]?|byli)|"
    # "partnerami były organizacje: X, Y i Z": a generic noun may stand before the list
    # "…, a partnerami krajowymi – X, Y oraz Z", "przygotował nasz partner – X", "our partner: X"
    # an adjective may say which partners; a dash or colon opens the names
    r"partnerami\s+[a-ząćęłńóśźż]+(?:ymi|imi)\s*(?:[–—:]|(?:są|były|byli)(?=\s))|"
    r"(?:nasz|naszym|nasi|naszymi|naszego|naszemu|naszych)\s+partner(?:em|zy|ami|a|owi|ów)?\s*[–—:]|our\s+partners?\s*[–—:]|"
    r"(?:наш|наши|наші)\s+партн[её]р(?:ы|и)?\s*[–—:]|"
    # "Партнером міста є X", "Партнёром акции выступил X": any one word for whose partner
    r"партн[её]р(?:ом|ами)\s+[а-яёіїєґ']+\s+(?:є|був|була|були|является|являются|был[аи]?|"
    r"выступил\w*|виступил\w*|виступив|стал[аи]?|став)(?=\s)|"
    # (and the verb of becoming: "partnerami zostali: X, Y oraz Z", "partnerem została X")
    r"partnerami(?:\s+projektu)?(?:\s+(?:są|byli|były|jest|zostali|zostały)(?:\s+(?:organizacje|instytucje|"
    r"stowarzyszenia|fundacje))?\s*:?|\s*[–—:])?|partnerem(?!\s+wiodąc)(?:\s+projektu)?(?:\s+(?:jest|był[aoy]?|został[aoy]?)"
    r"\s*:?|\s*[–—:])?|"
    r"(?:współorganizatorem|współrealizatorem|współorganizatorami|współrealizatorami)(?:\s+[a-ząćęłńóśźż]+)?\s+(?:jest|są|był[aoy]?|byli)|"
    # "Organizatorami festiwalu są: X, Y oraz Z", "The organisers of the fair are X and Y",
    # "Организаторами встречи выступили X и Y": several organisers share the work (the one
    # said to run the project stays its lead)
    r"organizatorami(?:\s+[a-ząćęłńóśźż]+)?\s+(?:są|byli|były)\s*:?|"
    r"(?:the\s+)?(?:co-?)?organi[sz]ers(?:\s+of\s+the\s+[a-z]+)?\s+(?:are|were|include)\s*:?(?:\s+the)?|"
    r"(?:организаторами|організаторами)(?:\s+[а-яёіїєґ']+)?\s+(?:являются|выступили|были|є|були|виступили)\s*:?|"
    r"(?:przy|w)\s+współpracy\s+z[e]?|"
    # "Ścisła współpraca z X pozwoliła …", "dzięki współpracy z X": the noun of working with
    r"(?<!programu\s)(?<!programów\s)współprac(?:a|ę|y|ą)\s+z[e]?|"
    # "Wsparcie merytoryczne zapewnia X", "Opiekę merytoryczną sprawuje X": a partner in substance
    r"(?:wsparci\w+|opiek\w+)\s+merytoryczn\w+\s+(?:zapewnia\w*|zapewnił\w*|udziela\w*|udzielił\w*|"
    r"sprawuje|sprawował\w*)|"
    r"in\s+partnership\s+with|in\s+cooperation\s+with|together\s+with|"
    # "realizowany w konsorcjum z X", "operated by X in (a) consortium with Y", "в консорциуме с X"
    r"w\s+konsorcjum\s+z[e]?|in\s+(?:a\s+)?consortium\s+with(?:\s+the)?|в\s+консорциуме\s+с(?:о)?|"
    r"у\s+консорціумі\s+(?:з|із|зі)|"
    # "liderem konsorcjum, w którym są także X, Y oraz Z", "a consortium which also includes X":
    # the bodies the consortium's relative clause names take part
    r"(?:konsorcj\w+|partnerstw\w+|consortium|partnership|консорциум\w*|консорціум\w*),?\s+(?:w\s+którym|"
    r"w\s+skład\s+którego|in\s+which|which|в\s+котором|в\s+состав\s+которого|у\s+якому|до\s+якого)\s+"
    r"(?:są|jest|wchodzą|wchodzi|należą|także|również|też|also|are|is|includes|include|comprises|"
    r"входят|также|входять|є|також)(?:\s+(?:są|jest|wchodzą|wchodzi|należą|także|również|też|also|are|is|"
    r"includes|include|comprises|входят|также|входять|є|також)){0,2}|"
    # "Our partner in this project is X", "partnerem w projekcie jest X"; "with the participation
    # of X", "z udziałem X", "при участии X", "за участі X"; "zaprosiła do współpracy X";
    # "W projekt zaangażowane są X", "Партнёрами проекта выступили X", "а партнёром — X"
    r"partners?\s+(?:in|for|of)\s+(?:this|the)\s+project\s+(?:is|are|was|were)(?:\s+the)?|"
    # "Our partner in strategic litigation is the X", "our Norwegian partners are X and Y"
    r"our\s+(?:[a-z-]+\s+)?partners?\s+(?:(?:in|for|of)\s+(?:[a-z-]+\s+){1,3}?)?(?:is|are|was|were|will\s+be)(?:\s+the)?|"
    r"partner(?:em|ami)\s+w\s+projekcie\s+(?:jest|są|był[aoy]?|byli)|"
    r"with\s+the\s+participation\s+of(?:\s+the)?|z\s+udziałem|przy\s+udziale|при\s+участии|за\s+участ(?:і|ю)|"
    r"zaprosił\w*\s+do\s+współpracy|zaangażowan\w+\s+(?:są|jest|był[aoy]?|byli|został[aoy]?|zostały)"
    r"(?:\s+(?:także|również|też))?|партн[её]р(?:ом|ами)\s+про[еє]кт[ау]\s+(?:выступил\w*|виступил\w*|"
    r"виступив|стал[аи]?)|партн[её]ром\s*[—–-]|"
    r"(?:project\s+)?partners\s+(?:are|were|include|included|comprise)(?:\s+the)?|"
    r"вместе\s+с\s+\d*\s*партн[её]рами:?|вместе\s+с(?:о)?|совместно\s+с(?:о)?|спільно\s+(?:з|із|зі)|разом\s+(?:з|із|зі)(?!\s+\d*\s*партн[её]р)|партн[её]рами\s+(?:являются|являются:)|в\s+партн[её]рстве\s+с|"
    r"у\s+партн[её]рстві\s+з|у\s+співпраці\s+з|в\s+співпраці\s+з|в\s+сотрудничестве\s+с|"
    r"партнерами\s*[—–-]|партнёрами\s*[—–-]|"
    # "Партнёром выступил Фонд X", "Партнером виступила Фундація X"
    r"партн[её]р(?:ом|ами)\s+(?:выступ[иа]л\w*|виступ[иа]?в\w*|виступ[иа]л\w*|стал\w*|став|стала)|разом\s+з\s+\d*\s*партнерами:?)\s+")
MEMBER_INTRO = cue(
    r"(?:bierze\s+udział|biorą\s+udział|przystąpił\w*|należ[ąy]|joined|приєдналися|присоединились|"
    r"w\s+skład\s+\w+\s+wchodz\w+|"
    # (any form of the copula: "Członkami sieci są:", "Członkami Forum zostały:")
    r"członkami\s+\w*\s*(?:są|zostały|zostali|były|byli|będą)|"
    # ("Projekt skupia się na trzech obszarach: …": the reflexive verb focuses, it gathers no one)
    r"członkowie|members\s+are|member\s+organi[sz]ations|входят|входять|tworzą|współtworzą|skupia(?!\w*\s+się\b)|"
    r"zrzesza|is\s+made\s+up\s+of|brings\s+together|объединяет|об'єднує)[^:\n]{0,60}:\s*")
# a network's makers counted, then listed after a colon: "Sieć łączy 6 organizacji ze Słupska,
# które …: X, Y", "Sieć współtworzy 6 organizacji:", "the network brings together 5 groups: X"
MEMBER_COUNTED = cue(
    r"(?:łączy|współtworzy|tworzy|zrzesza|skupia|liczy|brings\s+together|unites|comprises|"
    r"объединяет|включает|об'єднує|об’єднує|включає)\s+(?:\d+|[^\W\d_]+)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:organizacj|instytucj|podmiot|grup|członk|stowarzysz|fundacj|organi[sz]ations|groups|members|"
    r"bodies|организаци|учреждени|групп|організаці|установ|груп)[^:\n.!?]{0,110}:\s*")
# a network's members named with no colon, after what they belong to: "Do koalicji należą m.in.
# X, Y i Z", "В сеть входят X и Y", "До мережі входять зокрема X", "Members of the network are X"
_NETWORK = (r"(?:koalicj\w*|sieci|sieć|federacj\w*|porozumieni\w*|konsorcj\w*|partnerstw\w*|"
            r"network|coalition|alliance|federation|consortium|"
            r"сеть|сети|коалици\w*|федераци\w*|консорциум\w*|мереж[аіу]|коаліці\w*|консорціум\w*)")
MEMBER_BELONG = cue(
    r"(?:do\s+" + _NETWORK + r"(?:\s+[^\s,.;:]+){0,3}?\s+(?:należą|należy|wchodzą|przystąpiły|przystąpili)|"
    r"(?:członkami|członkowie|członkiniami)\s+" + _NETWORK + r"(?:\s+[^\s,.;:]+){0,3}?\s+(?:są|byli|były|to)|"
    r"(?:members|member\s+organi[sz]ations)\s+of\s+the\s+" + _NETWORK + r"(?:\s+[^\s,.;:]+){0,3}?\s+"
    r"(?:are|were|include)|the\s+" + _NETWORK + r"\s+(?:includes|included|is\s+made\s+up\s+of)|"
    r"(?:в|во|у|до)\s+" + _NETWORK + r"(?:\s+[^\s,.;:]+){0,3}?\s+(?:входят|входили|входять|входили|належать))"
    r"(?:\s+(?:m\.\s?in\.|między\s+innymi|obecnie|także|również|among\s+others,?|currently|"
    r"в\s+том\s+числе|среди\s+прочих|зокрема|серед\s+інших))*[,:]?(?:\s+the)?\s+(?=[^\W\d_„«\"])")
# "we współpracy z:" and a bulleted list under it: every item is a partner
# (the clause may end on the noun of partnership or on the participle of taking part: "Projekt
# realizowany jest w partnerstwie:", "W działania zaangażowane są również:", then the list)
PARTNER_LIST = cue(r"(?:we\s+współpracy\s+z[e]?|w\s+partnerstwie(?:\s+z[e]?)?|wspólnie\s+z[e]?|"
                   # ORG-L: a finite verb of cooperating and its "with", any person and tense ("Współpracowaliśmy
                   # z:", "miasto współpracuje z:", "We worked with:", "Співпрацюємо з:", "Мы сотрудничали с:")
                   r"współpracu(?:jemy|je|ją)\s+z[e]?|współpracowa(?:liśmy|łyśmy|ł[aoy]?|li|ły)\s+z[e]?|"
                   r"(?:work|worked|cooperate[sd]?|co-operate[sd]?|collaborate[sd]?)\s+with|"
                   r"співпрацю(?:ємо|є|ють)\s+з|співпрацюва(?:ли|в|ла)\s+з|сотруднича(?:ем|ет|ют|ли|л|ла)\s+с|"
                   r"zaangażowan\w+\s+(?:są|jest|był[aoy]?|byli|będą|będzie|został[aoy]?|zostały|zostali)"
                   r"(?:\s+(?:także|również|też|ponadto))?|"
                   r"partner(?:zy|ami|em)(?:\s+projektu)?(?:\s+(?:są|byli|jest))?|in\s+(?:partnership|"
                   r"cooperation)\s+with|partners(?:\s+are)?|у\s+співпраці\s+з|в\s+сотрудничестве\s+с|"
                   r"у\s+партн[её]рстві\s+з|в\s+партн[её]рстве\s+с|партн[её]р\w*(?:\s+про[еє]кт[ау])?|"
                   # "together with partner organisations:", "z organizacjami partnerskimi:"
                   r"partner\s+(?:organi[sz]ations|institutions)|(?:organizacj|instytucj)\w*\s+partnersk\w+|"
                   r"партнерськ\w+\s+(?:організаці|установ)\w*|партн[её]рск\w+\s+(?:организаци|учреждени)\w*)\s*:[ \t]*\n")
# a consortium and its makers, named right after: "konsorcjum złożone z X, Y i Z"
MEMBER_AFTER = cue(r"(?:konsorcj\w+|consortium|koalicj\w+|coalition|консорциум\w*|консорціум\w*)\s+"
                   r"(?:złożon\w+\s+ze?|w\s+składzie|tworzą|made\s+up\s+of|consisting\s+of|of|"
                   r"в\s+составе|у\s+складі|из|з)\s+")
# "W projekcie uczestniczą X i Y", "udział w projekcie biorą X": bodies that take part
TAKE_PART = cue(r"(?:uczestniczą|uczestniczył\w*|biorą\s+udział|brały\s+udział|brali\s+udział|"
                r"участвуют|участвовали|беруть\s+участь|брали\s+участь)(?:\s+(?:także|również|też|"
                r"w\s+nim|также|також))?\s+(?=\S)")
# "którego operatorem jest X", "operated by X": hands out someone else's money (role other)
# ORG-M (round 22): a role noun of managing or operating as the predicate of a copula, a
# dash or a verb of acting as, in the four languages: its subject is a body that hands on
# someone else's money (role other). The noun may take its object without a preposition
# ("Instytucją Zarządzającą programem FAMI jest X"); the Cyrillic forms name the body in the
# nominative after a dash ("Управляющий орган программы – X", "Керуючий орган Програми – X"),
# in the instrumental with a copula or "выступать/виступати" ("Оператором программы выступал X",
# "Інституцією, відповідальною за реалізацію програми, є X"), or as the doer of the role's
# functions ("Функції проміжного органу виконує X"); English has "the managing authority is X".
_CYR_ROLE_OBJ = r"(?:\s+(?:программы|програми|фонда|фонду|проекта|проєкту|проекту)(?:\s+[^\s,.;:()–—]+){0,4}?)?"
_CYR_ROLE_NOUN = (r"(?:управляющ|руководящ|промежуточн|керуюч|проміжн|посередницьк)\w*\s+орган")
_ROLE_PREDICATE = (
    r"instytucją\s+(?:pośredniczącą|odpowiedzialną|zarządzającą|wdrażającą|delegowaną)\s+"
    r"(?:programem|funduszem|działaniem|osią|komponentem|priorytetem)(?:\s+[^\s,.;:()]+){0,6}?"
    r"(?:\s+(?:jest|był[aoy]?)|\s*[–—])|"
    + _CYR_ROLE_NOUN + _CYR_ROLE_OBJ + r"\s*[–—]|"
    + _CYR_ROLE_NOUN + r"ом" + _CYR_ROLE_OBJ + r"\s+(?:является|являлся|выступа\w+|є|був|виступа\w+)|"
    r"оператором" + _CYR_ROLE_OBJ + r"\s+(?:выступа\w+|виступа\w+|являлся|являлась|был[аои]?|був|була)|"
    r"(?:інституцією|установою|учреждением),?\s+(?:відповідальною|ответственным)\s+за(?:\s+[^\s,.;:()]+){1,8}?,?\s+"
    r"(?:є|був|була|является|являлось|являлся)|"
    r"функци[ия]\s+" + r"(?:управляющ|руководящ|промежуточн|керуюч|проміжн|посередницьк)\w*\s+орган[ау]"
    + _CYR_ROLE_OBJ + r"\s+(?:выполня\w+|викону\w+|викона\w+|выполнил\w*)|"
    r"функції\s+(?:керуюч|проміжн|посередницьк)\w*\s+орган[ау]" + _CYR_ROLE_OBJ + r"\s+(?:викону\w+|викона\w+)|"
    r"(?:managing\s+authority|intermediate\s+body|responsible\s+authority)(?:\s+(?:for|of)(?:\s+[^\s,.;:()]+){1,6}?)?"
    r"\s+(?:is|was)(?:\s+the)?")
OPERATOR_AFTER = cue(r"(?:" + _ROLE_PREDICATE + r")\s*|(?:operatorem(?:\s+(?:programu|funduszu|konkursu)"
                     # "Operatorem Programu Aktywni Obywatele – Fundusz Regionalny jest X": the
                     # programme's own name may stand between the label and the copula
                     r"(?:\s+[^\s,.;:()]+){0,9}?)?"
                     # "Operatorem programu w regionie pomorskim jest X": where it operates between
                     r"(?:\s+(?:w|we|na)(?:\s+[^\s,.;]+){1,3}?)?\s+(?:jest|był[aoy]?)|"
                     # the same copular frame with the EU funds' institution labels as predicate:
                     # "Instytucją Pośredniczącą (dla Działania X) jest Y", "Instytucją
                     # Odpowiedzialną za Program Krajowy jest Y" (a label's instrumental, any case)
                     r"instytucją\s+(?:pośredniczącą|odpowiedzialną|zarządzającą|wdrażającą|delegowaną)"
                     # (a second conjunct leaves the copula out: "…, a Instytucją Zarządzającą – Y")
                     r"(?:\s+(?:za|dla|w)(?:\s+[^\s,.;:()]+){1,9}?)?(?:\s+(?:jest|był[aoy]?)|\s*[–—])|"
                     # the label as the object of "pełnić": "Funkcję instytucji zarządzającej pełni Y"
                     r"funkcję\s+instytucji\s+(?:pośredniczącej|odpowiedzialnej|zarządzającej|wdrażającej|"
                     r"delegowanej)(?:\s+(?:za|dla|w)(?:\s+[^\s,.;:()]+){1,9}?)?\s+pełni(?:ł[ao]?)?|"
                     # a fund's relative clause: "z Funduszu X, którym zarządza Y"
                     r"(?:fundusz\w*|program\w*)(?:\s+(?:[^\s,.;]+|im\.)){0,6}?,\s+(?:którym|którego)\s+"
                     r"(?:zarządza|administruje|operuje)|"
                     r"operated(?:\s+in\s+[^\W\d_]+)?\s+by(?:\s+the)?|"
                     # "under the Erasmus+ programme, managed in Poland by X", "within the RITA
                     # programme, run by X": the participle after the comma of a programme the
                     # project is funded under is the programme's; its agent operates it ("a new
                     # programme, run by X" may be the project itself: no funding preposition)
                     r"(?:under|within|from|through)\s+the\s+(?:[^\s,.;]+\s+){0,8}?(?:programme|program|fund)"
                     r"(?:\s+\([^()\n]{1,20}\))?,\s+(?:managed|administered|run)"
                     r"(?:\s+in\s+[^\W\d_]+)?\s+by(?:\s+the)?|"
                     r"(?:mechanism|programme|program|fund)\s+operator(?:\s+in\s+[^\W\d_]+)?\s+(?:is|was)(?:\s+the)?|оператором\s+\w+\s+(?:является|є)|"
                     # "Оператор програми в регіоні – X": a place may stand before the dash
                     r"оператор\s+(?:программы|програми)(?:\s+(?:в|у)\s+[^\s,.;]+)?\s*[–—-]|"
                     # "z programu „Badania” zarządzanego przez X", "a fund administered by X"
                     # ("Fundusz Obywatelski im. X, zarządzany przez Y": the nominative, and a comma)
                     r"(?:programu|funduszu|programme|program|fund|fundusz)\s+(?:(?:[^\s,.;]+|im\.)\s+){0,6}?"
                     r"(?:[^\s,.;]+,\s+)?(?:zarządzan\w*|administrowan\w*|managed|administered|"
                     # "programu „X” Fundacji Y realizowanego przez Z": the genitive participle
                     # agrees with the programme (the project's would be "realizowany")
                     r"realizowanego|prowadzonego|wdrażanego|реализуемой|реализуемого|реалізованої)"
                     # ("the Erasmus+ programme, managed in Poland by X": where, between)
                     r"(?:\s+in\s+[^\W\d_]+)?\s+(?:przez|by|—|–)(?:\s+the)?|"
                     # the active voice: "Programem w Polsce zarządza X", "the programme is managed by X"
                     r"(?:programem|funduszem|konkursem)(?:\s+[^\s,.;]+){0,3}?\s+(?:zarządza|administruje|"
                     r"operuje|kieruje)|(?:programme|program|fund)\s+is\s+(?:managed|administered|operated)"
                     r"(?:\s+in\s+[^\W\d_]+)?\s+by(?:\s+the)?|"
                     # a programme's national agency hands out the EU's money in a country: "Narodową
                     # Agencją Programu Erasmus+ w Polsce jest X", "through the Polish National Agency
                     # (X)", "Національне агентство програми – X" (not a body named so itself,
                     # "Narodowa Agencja Wymiany Akademickiej": a colon, dash, bracket or verb follows)
                     r"narodow\w+\s+agencj\w+(?:\s+programu(?:\s+[^\s,.;:]+){1,2}?)?(?:\s+w\s+polsce)?"
                     r"\s*(?:jest|był[aoy]?|:|–|—|\()|(?:the\s+)?(?:polish\s+)?national\s+agency(?:\s+(?:of|for)"
                     r"(?:\s+the)?(?:\s+[^\s,.;:()]+){1,2}?)?(?:\s+in\s+poland)?\s*(?:is|was|:|–|—|\()(?:\s+the)?|"
                     r"национальн\w+\s+агентств\w+(?:\s+программы(?:\s+[^\s,.;:]+){1,2}?)?(?:\s+в\s+польше)?"
                     r"\s*(?:является|:|–|—|\()|національн\w+\s+агент(?:ств|ці)\w*(?:\s+програми(?:\s+[^\s,.;:]+)"
                     r"{1,2}?)?(?:\s+в\s+польщі)?\s*(?:є|:|–|—|\())\s*")
# (the EU's disclaimer, "do not necessarily reflect those of the European Union or the X", is
# no cue: the writers of eleven of twelve such pages in eight read sets leave its agency out
# unless the text names it as the programme's operator elsewhere)
_CONSORTIUM = CI(r"(?:konsorcjum|consortium\s+of(?:\s+the)?|консорциум|консорціум)\s+")
# "X, pełniące funkcję Instytucji Pośredniczącej", "X, acting as the programme operator":
# the body named just before hands out the money (role other)
# "finansuje Caritas X ze środków przekazanych przez Y": X passes Y's money on (a cue of its
# own: found at word starts, it costs no scan of every space)
PASSED_ON_AFTER = cue(r"(?:ze\s+środków|with\s+funds|z\s+funduszy|за\s+кошти|из\s+средств)"
                      r",?\s+(?:przekazanych|provided|переданных|предоставленных|переданих|наданих)\s")
_PASSED_WORDS = ("przekazanych", "provided", "переданных", "предоставленных", "переданих", "наданих")
INTERMEDIARY_AFTER = CI(r",\s+(?:"
                        # "X, the Polish National Agency of Erasmus+", "X, Narodowa Agencja Programu
                        # Erasmus+", "X, Национальное агентство …": the programme's operator
                        r"(?:the\s+)?(?:[a-z]+\s+)?national\s+agency|narodow\w+\s+agencj\w+|"
                        r"национальн\w+\s+агентств\w+|національн\w+\s+агентств\w+|"
                        r"(?:pełniąc\w*\s+funkcję|będąc\w*|acting\s+as(?:\s+the)?|"
                         r"выполняющ\w*\s+функци\w+|яке\s+виконує\s+функці\w+)\s+"
                         r"(?:instytucji\s+(?:pośredniczącej|odpowiedzialnej|zarządzającej|wdrażającej|delegowanej)|operatora|intermediate\s+body|"
                         r"(?:programme\s+|fund\s+)?operator|оператора|промежуточного\s+органа)|"
                         r"(?:the\s+)?(?:operator|operatorem)\s+(?:programu|funduszu|konkursu|of\s+the\s+programme)|"
                         r"(?:the\s+)?programme\s+operator|оператор\s+програм\w+)")
# the same with no comma before (a cue of its own, so that the comma's fast scan stays):
# "X pełni funkcję Instytucji Pośredniczącej", "X jako operator programu", "X as the programme
# operator", "z Fundacją X – Narodową Agencją Programu Y" (the agency after a dash)
INTERMEDIARY_BARE = cue(r"(?:pełni(?:ł[ao]?)?\s+funkcję\s+(?:instytucji\s+(?:pośredniczącej|odpowiedzialnej|"
                        r"zarządzającej|wdrażającej|delegowanej)|operatora)|jako\s+operator\w*|as\s+(?:the\s+)?"
                        r"(?:programme\s+|fund\s+)?operator|(?P<agency>narodow\w+\s+agencj\w+|"
                        r"(?:the\s+)?(?:polish\s+)?national\s+agency))\b")
_BARE_WORDS = ("funkcj", "perator", "gencj", "gency")


def _bare_intermediaries(text: str, s: int, e: int) -> list[int]:
    """Where the body before an INTERMEDIARY_BARE phrase ends (a dash before an agency)."""
    out = []
    for m in INTERMEDIARY_BARE.finditer(text, s, e):
        p = m.start()
        while p > s and text[p - 1] in " \t":
            p -= 1
        if m.group("agency"):
            if p == s or text[p - 1] not in "–—":
                continue
            p -= 1
            while p > s and text[p - 1] in " \t":
                p -= 1
        out.append(p)
    return out


# "carried out with the Gdańsk Immigrant Support Centre as a partner", "z X jako partnerem"
# a partner noun in apposition right after a body's name, closed by a comma, a stop or the
# line's end: "Caritas Archidiecezji Przemyskiej, partnera projektu, przeprowadzili …",
# "Zespołu Szkół X – naszego partnera", "the X Centre, our project partner", "…, партнёра
# проекта"; a media or honorary partner is no partner of the work (the label rules say so)
_APPOSED_PARTNER = cue(
    r"(?:partner(?:a|em|owi|ze)?|партн[её]ра|партнером)"
    r"(?:[^\S\n]+(?:projektu|project|проекта|проєкту|программы|програми|programu))?(?=[^\S\n]*(?:[,.;)]|\n|$))")
# (what stands before the partner word: the comma or dash after the name, "our", "project")
_APPOSED_BEFORE = re.compile(
    r"[^\S\n]*(?:,|[–—-])[^\S\n]+(?:(?:naszego|naszej|our|нашего|нашей|нашого|нашої)[^\S\n]+)?"
    r"(?:(?:project|projektu|проекта|проєкту)[^\S\n]+)?$", re.IGNORECASE)


AS_PARTNER = cue(r"(?:as\s+(?:a\s+|its\s+|the\s+)?(?:[a-z-]+\s+)?partners?|jako\s+partner\w*)\b")
_WITH_BEFORE = re.compile(r"\b(?:with|z|ze)\s+(?:the\s+)?", re.IGNORECASE)
# "а Каритас ... участвовала в нём как партнёр", "X uczestniczyła w projekcie jako partner"
PARTNER_AS = cue(r"(?:участвовал\w*|брал\w*\s+участь|uczestniczył\w*|took\s+part|participated|"
                 r"działał\w*|выступал\w*|виступал\w*)(?:\s+[^\s.]+){0,3}?\s+(?:как|як|jako|as)\s+"
                 r"(?:a\s+|the\s+)?(?:партн\w*|partner\w*)")
# no leading \s+: on the long blank runs of masked text that would be quadratic
BECAME_MEMBER = cue(r"(?:została?|zostało|został|became|стал[аи]?)\s+(?:członkiem|a\s+member)")
# Where a Cyrillic name list ends: a clause, a preposition before a date or a common word
# "Агентство ООН у справах біженців", "Управление по делам иностранцев": "in the affairs of"
# belongs to the name, so the preposition before it ends no name
# "у справах", "по делам", and "на користь" (the Polish "na rzecz") stay inside a name
_IN_AFFAIRS = r"(?:справах|делам|вопросам|питаннях|питань|користь|интересах)\b"
_CYR_LIST_END = re.compile(
    # (a dash inside a quoted name, "Фонд «Ты – Я – Мы»", is the name's own; a colon after
    # the name opens what it did: "…университет в Луцке: его преподаватели вели …")
    # ("приход св. Иосифа", "вул. Шевченка": an abbreviation's point is inside the name)
    r"(?<!им)(?<!ім)(?<!\sсв)(?<!\sСв)(?<!\sсвв)(?<!\sул)(?<!\sвул)[.;\n(]|:\s(?![^«„“\n]*[»”])|\s[–—-]\s(?![^«„“\n]*[»”])|\s(?:который|которое|которая|которые|який|яке|яка|які|котрий)\b|"
    # "Фонд «X» совместно с Ассоциацией Y": the partner clause ends the name
    r"\s(?:совместно|вместе|спільно|разом)\s|"
    # ("Асоціація «Мами для мам»": a preposition inside a quoted name is the name's own)
    r"\s(?:з|із|від|с|со|до|за|в|у|во|на|для|при|из|от|по|к|к)\s+(?![^«„“\n]*[»”])(?=\d|[а-яіїєёґ])(?!"
    + _IN_AFFAIRS + ")")
# where a single Cyrillic name read after a cue ends: a line break, or the source of the
# money after it ("з бюджету самоврядування", "из средств", "в рамках"); other lower-case
# phrases may be the name's own ("Міжнародна організація з міграції")
CYR_NAME_END = re.compile(r"\n|\s(?:з|із|зі|из|за)\s+(?=бюджет|кошт|средств|рахун|сч[её]т)|\s(?:в|у)\s+рамках\b|"
                          r"\sчерез\s")
# Public money named without a capital: "budżet państwa", "budżetu miasta".
# "m.st. Warszawy": the capital city's own abbreviation, written in lower case.
_PUBLIC_BUDGET = re.compile(r"budżet\w*\s+(?:państwa|(?:miasta|województwa|gminy|powiatu)"
                            r"(?-i:(?:[^\S\n]+(?:st\.\s+)?[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+){0,3}))|"
                            r"m\.\s?st\.\s?[A-ZŁŚŻ]\w+", re.IGNORECASE)
# donor and partner countries written in English ("Iceland, Liechtenstein and Norway"): each
# is a name of its own in a list, never the tail of the one before
COUNTRIES_EN = {"iceland", "liechtenstein", "norway", "switzerland", "germany", "netherlands", "japan",
                "canada", "sweden", "denmark", "finland", "france", "austria", "belgium", "ireland",
                "luxembourg", "spain", "italy", "czechia", "lithuania", "latvia", "estonia"}
_ADDRESS_PART = re.compile(r"\d{2}-\d{3}\b|(?:ul|al|pl|tel|fax|e-mail|nip|krs|regon)\b\.?", re.IGNORECASE)
# (only before a lower-case word: "Nasz Wybór", "Наш Дім" are names)
_POSSESSIVE = re.compile(r"(?i:nasz\w*|wasz\w*|our|your|наш\w*|ваш\w*)\s+[a-ząćęłńóśźżа-яёіїєґ]")
# "run by UNHCR's implementing partners": the body is named without its possessive ending
_ENGLISH_POSSESSIVE = re.compile(r"(?<=[A-Za-z])[’']s$")
_NOT_ORG = {"brak", "none", "nie dotyczy", "n/a", "-", "нет", "немає"}
# "Organizacja:" may name the runner or just an organisation involved: weaker evidence.
_GENERIC_LABEL = re.compile(r"(?:organizacja|organization|organisation|организация|організація)\b",
                            re.IGNORECASE)
_LABEL_ROLE = {"lead": "lead", "partner": "partner", "member": "member", "operator": "other", "other": "other"}


@lru_cache(maxsize=1)
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    lx = lexicon()
    return frozenset(lx["org_heads_pl"]), frozenset(lx["org_heads_other"])


@lru_cache(maxsize=50_000)  # ~35 calls a document over a few thousand distinct words
def is_org_head(word: str) -> bool:
    w = word.strip("„”\"'(),.;:")
    if not w or not w[:1].isupper():
        return False
    pl, other = _heads()
    return w.lower() in other or w.lower() in pl or bool(polish.lemmas_of(w) & pl)


def org_starts(word: str) -> bool:
    """After "i"/"and" in a list, a new organisation starts with a head word or an acronym."""
    w = word.strip("„”\"'(),.;:")
    # (a Cyrillic head may be in lower case: "Ягеллонский университет … и гмина Величка")
    return is_org_head(w) or (len(w) >= 2 and w.isupper()) or (w[:1].islower() and is_cyrillic(w[:1]) and _cyr_head(w))


def clean_org(raw: str, lang: str) -> tuple[str, str | None] | None:
    """An organisation name as a record wants it (nominative, no quotes) and its acronym."""
    named = informalgroup.group_name(raw) if "grup" in raw or "group" in raw else None
    if named:  # "grupa nieformalna „X” (pod patronatem Y)", "grupa nieformalna Mamy z Z": kept as written
        return named, None
    group = INFORMAL_GROUP.fullmatch(raw.strip(" •*-–●\t\n.,;"))
    if group:  # "nieformalna grupa „Sąsiadki”": the group's name is the quoted part
        raw = group.group(1)
    outlet = mediaoutlet.without_kind(raw) if raw.lstrip()[:1].islower() else raw
    bare = outlet.strip(" •*-–●\t\n.,;")
    if mediaoutlet.is_address(bare) and (outlet is not raw or bare[:1].isupper()):
        return bare, None  # "portal trojmiasto.info.pl", "OKO.press": an outlet's address is its name
    if outlet is not raw and mediaoutlet.names_another(outlet):
        return None  # "portal X i serwis Y": two outlets, no one name
    raw = outlet  # "portal Migrant Info", "the newspaper „Gazeta Wyborcza”": the name after its kind
    name, inner = split_parenthetical(raw.strip(" •*-–●\t\n"))
    name = slashnames.one_side(name, lang)
    if " | " in name:
        return None  # "Fundusze Europejskie | Rzeczpospolita Polska | Unia Europejska": a logo bar
    if name.rstrip(".,;").endswith(")") and name.count(")") > name.count("("):
        # "(Miejski Ośrodek … w Gdyni)" read from inside its bracket (a sentence's stop may follow)
        name = name.rstrip(".,;")[:-1].rstrip()
    name = strip_quotes(prefer_translation(name, inner, lang))
    name = _ENGLISH_POSSESSIVE.sub("", seatclause.without_seat(_strip_tail_marks(name)))
    acronym = next((i for i in inner if re.fullmatch(r"[A-ZĄĆĘŁŃÓŚŹŻ]{2,10}", i)), None)
    # ("CESIE (Palermo, Włochy)": a bracket of places gives the body's seat, not its full name)
    full = next((i for i in inner if len(i.split()) >= 2 and i[:1].isupper() and not _seat_only(i)), None)
    if full and is_acronym(name.strip()):  # "UNHCR (Agencja ONZ ds. Uchodźców)": the full name
        name, acronym = full, name.strip()
    # "Фонд «Ты – Я – Мы»": a dash inside the quoted part belongs to the name
    if (" – " in name or " - " in name) and not _QUOTED_DASH.search(raw):
        left, right = re.split(r"\s[–-]\s", name, maxsplit=1)
        if re.fullmatch(r"[A-ZĄĆĘŁŃÓŚŹŻ]{2,10}", left.strip()):
            # ("NOAS – the Norwegian Organisation for Asylum Seekers": the gloss's article goes)
            acronym, name = left.strip(), re.sub(r"^the\s+", "", right.strip())
        elif len(right.split()) >= 2 and right[:1].isupper() and not _unit_of(left, right):
            name = left.strip()
    if not name or name.lower() in _NOT_ORG or len(name.split()) > 12 or len(name) < 2:
        return None
    if demonym(name):  # "together with Polish partners": a people's adjective, no body
        return None
    if _POSSESSIVE.match(name):  # "Nasza fundacja", "Наша фундація": the page's own body, unnamed
        return None
    if _ADDRESS_PART.match(name):  # "20-001 Lublin", "tel. 81 …": the body's address, not a body
        return None
    if _TITLED.match(name) and not any(is_org_head(w) for w in name.split()[1:]):
        return None  # "led by Dr Marta Nowicka": a titled person, not a body
    if _owned_thing(name):
        return None  # "Blog Fundacji", "Aktualności Stowarzyszenia": a page of a body, not one
    if not group and (_only_places(name) or _cyrillic_town(name, lang)):  # "we współpracy z Kielcami": a town is where, not who
        return None
    name = _before_next_body(name)
    if not group and _verb_inside(name, raw):
        return None  # "Stowarzyszenie X dołączyło do Y": a headline, no name
    if group:
        return name, acronym  # a quoted name is written in the nominative whatever governs it
    if not (name[:1].isupper() or name[:1].isdigit()):
        # "z fundacją „Ocalenie”", "с фондом «Инна Пшестшень»": a lower-case head word
        # before a quoted name is the body's name, written with its head capitalised
        first = raw.strip().split()[0] if raw.strip() else ""
        cap = first[:1].upper() + first[1:]
        if not ((is_org_head(cap) or (is_cyrillic(cap) and _cyr_head(cap))) and (
                re.search(r"^\S+\s+[„“\"«]", raw.strip()) or _LOWER_PATRON.match(raw.strip()))):
            return None
        name = name[:1].upper() + name[1:]
    if lang == "en" and not polish_head(name) or foreign_name(name):
        return name, acronym  # "University of Poznań", "Diakonie Katastrophenhilfe": no Polish case
    if not is_cyrillic(name) and _CITY_BODY.match(name):
        from ngo_atlas.extract.funding import _city_body

        return _city_body(name, lang), acronym  # "Miasta Poznania" -> "Miasto Poznań", as its funder
    return nominative(name, lang), acronym


def _seat_only(part: str) -> bool:
    """"Palermo, Włochy", "Göteborg, Sweden", "Belgium": a bracket holding a town and its
    country (the country known, the town any capitalised word), or a known place alone."""
    words = [w.strip(",;") for w in part.split()]
    # (several words name a seat only split by a comma: "Polski Czerwony Krzyż" ends in a town's name)
    if not words or not 1 <= len(words) <= 4 or (len(words) > 1 and "," not in part) or any(
            not w[:1].isupper() or is_org_head(w) for w in words):
        return False
    last = words[-1]
    return polish.is_geo(last) or last.lower() in COUNTRIES_EN or last.lower() in _lexicon_countries()


# a consortium line's tail after its name: the partner's country and its role in the project
# ("Mareena – Slovakia", "Uniwersytet X – Polska – lider", "Фонд Y – Україна")
_TAIL_MARK = re.compile(r"\s[–—-]\s+([^–—\n]{2,30})$")
_ROLE_MARKS = {"coordinator", "lead", "lead partner", "leader", "partner", "koordynator", "lider", "partner wiodący",
               "координатор", "лидер", "лідер", "партнер"}
# countries a partner comes from, in English, beside the lexicon's list
_MORE_COUNTRIES_EN = {"poland", "slovakia", "hungary", "czech republic", "greece", "portugal", "romania",
                      "bulgaria", "croatia", "slovenia", "cyprus", "malta", "ukraine", "moldova", "georgia",
                      "belarus", "united kingdom", "the netherlands", "türkiye", "turkey", "armenia"}


def _strip_tail_marks(name: str) -> str:
    """"Charles University – Czech Republic – coordinator" -> "Charles University": a country
    or a role after a dash is said about the body, not part of its name."""
    if "–" not in name and "—" not in name and " - " not in name:
        return name  # (most names: no dash, no regex pass)
    for _ in range(2):
        m = _TAIL_MARK.search(name)
        if not m or not m.start():
            return name
        tail = m.group(1).strip(" .,;").lower()
        if tail not in _ROLE_MARKS and tail not in COUNTRIES_EN and tail not in _MORE_COUNTRIES_EN and \
                tail not in _lexicon_countries():
            return name
        name = name[:m.start()].rstrip(" ,")
    return name


@lru_cache(maxsize=1)
def _lexicon_countries() -> frozenset[str]:
    return frozenset(c.lower() for c in lexicon()["countries"])


_CITY_BODY = re.compile(r"(?:Miast[aoy]|Gmin[ayie]|Miasto|Gmina)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+$")


_QUOTED_DASH = re.compile(r"[„“\"«][^„”\"«»]*\s[–-]\s[^„”\"«»]*[”\"»“]")


@lru_cache(maxsize=4096)  # the same names are cleaned by several finders of one page
def foreign_name(name: str) -> bool:
    """"Diakonie Katastrophenhilfe", "Kommune Ringsaker", "Associazione Arci": a Latin-script
    name with no Polish head word and a word Polish does not know is written in its own
    language and takes no Polish case ending ("Diakonie" is no locative of "diakon" here)."""
    words = name.split()
    if len(words) < 2 or is_cyrillic(name) or re.search(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]", name):
        return False
    heads = [w for w in words if is_org_head(w)]
    if heads:
        # ORG-L: "Central European University", "Danube Policy Institute" in a Polish list: an
        # English name, its head an English word, takes no Polish case ("Central" is no "Centrala")
        return all(_english_head(w) for w in heads)
    return any(w[:1].isupper() and not w.isupper() and all(t[2] == "ign" for t in polish.analyse(w))
               for w in words)


@lru_cache(maxsize=4096)
def _owned_thing(name: str) -> bool:
    """Two Polish nouns, the second a body's head that is no nominative singular and the
    first no head: a thing belonging to an unnamed body ("Blog Fundacji")."""
    words = name.split()
    if len(words) != 2 or is_cyrillic(name) or is_org_head(words[0]) or not is_org_head(words[1]):
        return False
    first, second = polish.analyse(words[0]), polish.analyse(words[1])
    return bool(first and second) and all(t[2].startswith("subst") for t in first) and \
        any(t[2].startswith("subst") for t in second) and \
        not any(re.match(r"subst:sg:[a-z.]*nom", t[2]) for t in second)


def _only_places(name: str) -> bool:
    words = name.split()
    return 1 <= len(words) <= 2 and not any(is_org_head(w) for w in words) and \
        all(polish.is_geo(w) and not is_acronym(w) for w in words) and not is_cyrillic(name) and \
        not mediaoutlet.is_address(name)  # "Trójmiasto.pl", "OKO.press": an outlet's address, no town


# a dash-set aside inside an item ("Szczecin oraz – od 2023 r. – Piła") and the words that join
# the items of one list in pl/ru/uk/en
_DASH_ASIDE = re.compile(r"\s[–—]\s[^–—]*\s[–—]\s")
_LIST_JOINER = re.compile(r"\s*(?:,|\b(?:i|oraz|and|и|і|та|й)\b)\s*")


def places_joined(name: str, lang: str) -> bool:
    """ORGP (round 27): "Kutno i Mielec", "Germany, Greece and Italy", "Києві та Львові": two or
    more towns or countries joined by a list's words are places, whichever reader took them (the
    pipeline keeps such a pair as a funder: "Islandia, Liechtenstein i Norwegia" give the money)."""
    parts = [p for p in _LIST_JOINER.split(_DASH_ASIDE.sub(" i ", " " + name + " ")) if p and p.strip()]
    return len(parts) >= 2 and all(_one_place(p.strip(" .,;:"), lang) for p in parts)


def _one_place(name: str, lang: str) -> bool:
    return bool(name) and (_only_places(name) or _cyrillic_town(name, lang) or name in lexicon()["en_places"] or
                           name.lower() in _lexicon_countries() or name.lower() in COUNTRIES_EN or
                           name.lower() in _MORE_COUNTRIES_EN)


def listed_no_body(item: str, lang: str) -> bool:
    """ORG-M (round 27): an item listed under a heading of bodies that names none: one the place
    and person readers know as a town, a country or a person ("Kraków", "Warsaw", "Norway", "Anna
    Nowak": the list says where or who), or a phrase opened by a finite verb ("Dziękujemy
    wszystkim", "Zapraszamy do współpracy": the line says something)."""
    name = item.strip(" .,;:")
    first = polish.analyse(name.split(maxsplit=1)[0]) if name and not is_cyrillic(name[:1]) else ()
    return place_named(name, lang) or _person_named(name, lang) or \
        bool(first) and all(r[2].startswith(_FINITE) for r in first)


def place_named(name: str, lang: str) -> bool:
    """A town or a country the place readers know ("Kraków", "Warsaw", "Norway", "Кельцях")."""
    return _only_places(name) or _cyrillic_town(name, lang) or name in lexicon()["en_places"] or \
        name.lower() in _lexicon_countries() or name.lower() in COUNTRIES_EN


_TITLED = re.compile(r"(?:Dr|dr|Prof|prof|Mgr|mgr|Mr|Mrs|Ms|Ks|ks)\.?\s+(?:hab\.\s+)?[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+\s")


def _cyrillic_town(name: str, lang: str) -> bool:
    """"спільно з Карітасами в Кельцях, Ополе та Ельблонзі": one Cyrillic word that spells
    a Polish town is a place in a list, not a body."""
    from ngo_atlas.extract.cyrtowns import polish_town

    w = name.strip()
    return len(w.split()) == 1 and is_cyrillic(w) and not w.isupper() and not is_org_head(w) \
        and polish_town(w, lang if lang in ("ru", "uk") else "uk") is not None


# a lower-case word of four letters or more outside quotes: the only place a verb can hide in a name
_LOWER_WORD = re.compile(r"(?<![\w„“\"«-])[a-ząćęłńóśźż]{4,}(?![\w”\"»-])")
_FINITE = ("fin:", "praet:", "bedzie:")


_QUOTED_PART = re.compile(r"[„“\"«][^„”\"«»\n]*[”\"»“]")


def _verb_inside(name: str, raw: str) -> bool:
    """"Stowarzyszenie „Przystań” dołączyło do Koalicji X": a lower-case word Morfeusz reads
    only as a finite or past verb makes a headline, no name; the words of a name ("na rzecz",
    "do spraw", "przeciwko") are no such verbs, and a quoted part of the raw name may hold
    any word ("Stowarzyszenie „Razem możemy”")."""
    if is_cyrillic(name) or " " not in name:
        return False
    for m in _LOWER_WORD.finditer(_QUOTED_PART.sub(" ", raw)):
        readings = polish.analyse(m.group())
        if name.find(" " + m.group()) > 0 and readings and all(r[2].startswith(_FINITE) for r in readings):
            return True
    return False


def _english_head(word: str) -> bool:
    """"University", "Institute": a head word of the English ones that is no Polish word's form."""
    w = word.strip("„”\"'(),.;:")
    return w.isascii() and w.lower() in _heads()[1] and not polish.lemmas_of(w) & _heads()[0]


def polish_head(name: str) -> bool:
    """"Fundacji Ocalenie" in an English text: a Polish name, which is put in the nominative."""
    words = name.split()
    return bool(words) and bool(polish.lemmas_of(words[0]) & _heads()[0])


_AFTER_SEAT = re.compile(r"\s(?:w|we|in)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+\s+(?=([A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)\s+[A-ZĄĆĘŁŃÓŚŹŻ])")


def _before_next_body(name: str) -> str:
    """"Centrum Integracji Cudzoziemców w Rzeszowie Caritas Diecezji Rzeszowskiej": after a
    body's seat, a second head word starts the next body (here its parent), run together
    on a page without punctuation; the name ends at the seat."""
    m = _AFTER_SEAT.search(name)
    if m and is_org_head(m.group(1)) and any(is_org_head(w) for w in name[:m.start()].split()):
        return name[:m.end()].rstrip()
    return name


def _unit_of(left: str, right: str) -> bool:
    """"Narodowy Instytut Wolności – Centrum Rozwoju …": a head word on both sides of the dash
    names a body and its unit, one official name."""
    words = right.split()
    # the unit's head may follow its adjectives ("Powiat Nowosądecki – Powiatowe Centrum Pomocy
    # Rodzinie w X"): up to two words that Morfeusz reads as adjectives only
    i = next((k for k, w in enumerate(words[:2]) if not adjective_like(w)), min(2, len(words) - 1))
    return (is_org_head(words[i]) and any(is_org_head(w) for w in left.split())
            or is_branch(words[0]))  # "Polski Czerwony Krzyż – Oddział Rejonowy w X"


def _org(text: str, s: int, e: int, role: str, rule: str, conf: float, lang: str) -> OrgRef | None:
    e = form_stop_end(text, e)  # "… Sp. z o.o.": a legal form keeps its stop
    raw = text[s:e]
    if not raw.strip():
        return None  # a cue with no words after it ("вместе с партнёрами помогало"): no name
    if _COUNTED.match(raw):
        return None  # "biorą udział 4 szkoły z Opola", "беруть участь 11 шкіл Любліна": a count of bodies
    c = clean_org(raw, lang)
    if c is None and raw[:1].islower() and is_cyrillic(raw[:1]) and _cyr_head(raw.split()[0]):
        # "та містом Люблін", "и гминой Величка": a body's head in lower case, its name capitalised
        c = clean_org(raw[:1].upper() + raw[1:], lang)
        c = (c[0][:1].lower() + c[0][1:], c[1]) if c else None
    elif c is None and _LOCAL_UNIT.fullmatch(raw.split(maxsplit=1)[0]):
        # "jest gmina Drammen", "z miastem Kowno": a local authority named by its unit in lower
        # case and its town, kept as written (a foreign town's name gives no Polish head)
        c = clean_org(raw[:1].upper() + raw[1:], lang)
        c = (c[0][:1].lower() + c[0][1:], c[1]) if c else None
    if c is None:
        return None
    if role != "lead":  # "Uniwersytet X – Wydział Y" as a partner: the university (a lead keeps its unit)
        c = (unitparent.university_part(c[0]), c[1])
    return OrgRef(c[0], role, Span(s, e, rule, conf), acronym=c[1])


# a numeral and a lower-case noun: bodies counted by their kind, not named
_COUNTED = re.compile(r"\s*\d+(?:[\s\u00a0]\d{3})*[^\S\n]+[a-ząćęłńóśźżа-яёіїєґ]")


# the units of Polish local government, in every case, as the head of a local authority's name
_LOCAL_UNIT = re.compile(r"gmin(?:a|y|ie|ę|ą|o)|miast(?:o|a|u|em)|mieście|powiat(?:u|owi|em|ie)?|"
                         r"województw(?:o|a|u|em|ie)")
# a lower-case unit before its capitalised town, where a list of bodies goes on ("oraz norweska
# gmina Drammen"): the country's or region's adjective before it is no part of the name
_LOWER_LOCAL = re.compile(rf"(?:[a-ząćęłńóśźż]{{2,}}(?:sk|ck|dzk)(?:a|ą|i|ie|iej|im|iego|o|ie|iem)[^\S\n]+)?"
                          rf"((?:{_LOCAL_UNIT.pattern}))[^\S\n]+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


def mentions(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Organisation names in a Latin-script span, found by their head words."""
    return list(_mentions(text, s, e))


def cyrillic_mentions(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cyrillic organisation names: a head word ("Фонд", "Асоціація") with a «quoted»
    name or the few words after it ("Асоціації вчителів Підкарпаття")."""
    return list(_cyrillic_mentions(text, s, e))


# the role finders, the fallback and the learnt model read the same sentences: find once
@lru_cache(maxsize=1024)
def _mentions(text: str, s: int, e: int) -> tuple[tuple[int, int], ...]:
    out = []
    for m in re.finditer(r"\S+", text[s:e]):
        if m.group()[0].islower():
            continue  # (no head, no branch word: both open with a capital; most words end here)
        a = s + m.start()
        if out and a < out[-1][1]:
            continue
        if not is_org_head(m.group()):
            body = _body_before_branch(text, a, s) if is_branch(m.group()) else None
            if body is not None:  # "Polski Czerwony Krzyż Oddział Rejonowy w X": the branch's body
                out.append((body, capitalised_run(text, a, e)[1]))
            continue
        # English names put adjectives first ("Polish Migration Forum"); a Polish head in
        # ASCII ("Fundacji") must not swallow the sentence's first word ("Prawniczki Fundacji")
        english = m.group().isascii() and m.group().strip("„”\"'(),.;:").lower() in _heads()[1]
        start = _extend_left_en(text, a, s) if english else _extend_left(text, a, s)
        _a, end = capitalised_run(text, a, e)
        out.extend(_quoted_then_body(text, start, end))
    return tuple(out)


def _body_before_branch(text: str, a: int, floor: int) -> int | None:
    """Where the body named right before a branch word starts: two to four capitalised nouns
    and adjectives with no head word among the known ones ("Polski Czerwony Krzyż Oddział")."""
    start, n = a, 0
    while n < 4:
        m = word_before(text, floor, start, newline=False)
        word = m[1] if m else ""
        if not (word[:1].isupper() and word.isalpha() and any(
                o[2].startswith(("adj", "subst")) for o in polish.analyse(word))):
            break
        start, n = m[0], n + 1
    return start if n >= 2 else None


_CLOSE_THEN = re.compile(r"[”\"»]\s+(?=(\S+))")


def _quoted_then_body(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """"w konkursie „Inicjatywy Lokalne” Fundacji PZU": a quoted name (a call, a programme)
    and the body after it are two names, not one."""
    m = _CLOSE_THEN.search(text, a + 1, b)
    if not (m and is_org_head(m.group(1))):
        return [(a, b)]
    # the quoted part stays a name of its own only if the run opened with its quote
    return ([(a, m.start() + 1)] if text[a] in "„“\"«" else []) + [(m.end(), b)]


_CYR_STOP_WORDS = {"з", "із", "від", "с", "со", "до", "за", "в", "у", "во", "на", "для", "при", "из",
                   "от", "по", "и", "і", "та", "который", "которая", "которое", "який", "яка",
                   "–", "—", "-", "разом", "вместе", "спільно", "совместно"}


@lru_cache(maxsize=1024)
def _cyrillic_mentions(text: str, s: int, e: int) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    toks = list(re.finditer(r"[«»\"“”„]|[^\s«»\"“”„,.;:()]+", text[s:e]))
    i = 0
    while i < len(toks):
        t = toks[i].group()
        quoted_next = i + 1 < len(toks) and toks[i + 1].group() in "«\"“„"
        first = _cyr_adjectives_before(text, s, toks, i) if i > 0 and t[:1].islower() else None
        if first is None and i > 0 and t[:1].isupper() and _cyr_head(t) and \
                _cyr_adjective_before(text, s, toks, i):
            first = i - 1  # "Європейський Союз": a capitalised adjective before a capitalised head
        adj_first = first is not None
        # "в партнерстве с фондом «Инна Пшестшень»": a lower-case head before a quoted name
        # "Caritas Архиепархии Катовицкой": a Latin head keeps its brand, its genitive is Cyrillic
        latin = (t[:1].isupper() and not is_cyrillic(t) and i + 1 < len(toks) and is_cyrillic(toks[i + 1].group())
                 and toks[i + 1].group()[:1].isupper() and is_org_head(t))
        if not latin and not ((t[:1].isupper() or quoted_next or adj_first) and is_cyrillic(t) and _cyr_head(t)):
            i += 1
            continue
        # "Международная организация по миграции": a capitalised adjective opens the name
        a, b, j = s + toks[first if adj_first else i].start(), s + toks[i].end(), i + 1
        if j < len(toks) and toks[j].group() in "«\"“„":
            while j < len(toks) and toks[j].group() not in "»\"”":
                j += 1
            b = s + toks[min(j, len(toks) - 1)].end()
            j += 1
        else:
            n = 0
            while j < len(toks) and n < 6 and toks[j].group().lower() not in _CYR_STOP_WORDS \
                    and _cyr_joined(text[s + toks[j - 1].end():s + toks[j].start()],
                                    toks[j - 1].group(), toks[j].group()) \
                    or _affairs_next(toks, j) or (j == i + 1 and _matter_next(toks, j)) \
                    or _link_spelt(text, a, s, e, toks, j):
                b, j, n = s + toks[j].end(), j + 1, n + 1
            if _cyr_seat(toks, i, j):  # "Белорусский Дом в Белостоке": a house, a school by its town
                b, j = s + toks[j + 1].end(), j + 2
        out.append((a, b))
        i = j
    return tuple(out)


def _link_spelt(text: str, a: int, s: int, e: int, toks: list[re.Match[str]], j: int) -> bool:
    """"Міжнародна організація з міграції (МОМ)": a link word the acronym spells past."""
    return j < len(toks) and toks[j].group() in _NAME_LINKS and \
        _spelt_past(text, a, s + toks[j].start(), s + toks[j].end(), e) is not None


# Cyrillic heads named with their seat, as Polish "Dom X w Y", "Szkoła … w Y" are
_CYR_SEAT_HEADS = ("дом", "дім", "домі", "школ", "библиотек", "бібліотек", "музе", "парафи", "приход",
                   "консульств", "посольств", "лице", "ліце", "отделени", "відділенн", "филиал", "філі")


def _cyr_seat(toks: list[re.Match[str]], i: int, j: int) -> bool:
    return (j + 1 < len(toks) and toks[j].group() in ("в", "у", "во") and toks[j + 1].group()[:1].isupper()
            and is_cyrillic(toks[j + 1].group()) and toks[i].group().lower().startswith(_CYR_SEAT_HEADS))


def _matter_next(toks: list[re.Match[str]], j: int) -> bool:
    """"организация по миграции", "комитет по защите": right after the head word, "по" and
    a lower-case noun say what the body is for, inside its name."""
    return (j + 1 < len(toks) and toks[j].group() == "по" and toks[j + 1].group()[:1].islower()
            and is_cyrillic(toks[j + 1].group()))


def _cyr_adjectives_before(text: str, s: int, toks: list[re.Match[str]], i: int) -> int | None:
    """The token that opens a lower-case head's name: a capitalised adjective right before
    it, or one before up to two lower-case adjectives ("Польський міграційний форум")."""
    k = i
    for _ in range(3):
        if k == 0:
            return None
        cap = toks[k - 1].group()[:1].isupper()
        if not _cyr_adjective_before(text, s, toks, k, capital=cap):
            return None
        if cap:
            return k - 1
        k -= 1
    return None


def _cyr_adjective_before(text: str, s: int, toks: list[re.Match[str]], i: int, capital: bool = True) -> bool:
    """The word before a lower-case head is an adjective (capitalised, unless `capital` is
    False) joined to it by a space."""
    prev = toks[i - 1].group()
    if not (prev[:1].isupper() == capital and is_cyrillic(prev)) or \
            text[s + toks[i - 1].end():s + toks[i].start()] != " ":
        return False
    from ngo_atlas.lang.slavic import word_parses

    # a word may hold no letter only one of the two languages has: ask both dictionaries
    return any(bool(p) and p[0].tag.POS == "ADJF" for p in (word_parses(prev.lower(), lg) for lg in ("uk", "ru")))


def _affairs_next(toks: list[re.Match[str]], j: int) -> bool:
    """"у справах біженців": a preposition that opens the "in the affairs of" part of a name."""
    return (j + 2 < len(toks) and toks[j].group().lower() in ("у", "в", "по", "з", "на")
            and re.match(_IN_AFFAIRS, toks[j + 1].group().lower()) is not None)


def _cyr_joined(gap: str, prev: str, word: str) -> bool:
    """Words of one name are joined by spaces; "им. Галины Нець" (named after) joins
    across its abbreviation's full stop."""
    if gap.strip() == "":
        return True
    return gap.strip() == "." and prev.lower() in ("им", "ім", "імені", "св") and word[:1].isupper()


@lru_cache(maxsize=1)
def _cyr_head_stems() -> tuple[str, ...]:
    """The Cyrillic head words' stems (a case ending cut off), built once: the test runs
    for every capitalised Cyrillic word, and scanning every head each time was ~3 % of
    an ingest's CPU."""
    return tuple(h[:max(4, len(h) - 2)] for h in _heads()[1] if is_cyrillic(h))


def _cyr_head(word: str) -> bool:
    return word.lower().startswith(_cyr_head_stems())


def _extend_left_en(text: str, a: int, floor: int) -> int:
    """English names put the head last: "Polish-Ukrainian Cultural Society"."""
    while True:
        m = word_before(text, floor, a)
        if not m or not m[1][:1].isupper() or m[1].lower() in ("the", "a") or m[1][-1:] in ".,;:":
            return a
        a = m[0]


def _extend_left(text: str, a: int, floor: int) -> int:
    """Include capitalised adjectives before the head ("Helsińska Fundacja")."""
    while True:
        m = word_before(text, floor, a)
        if not m:
            return a
        word = m[1]
        if word[:1].isupper() and any(o[2].startswith("adj") for o in polish.analyse(
                word.split("-")[-1])):
            a = m[0]
            continue
        # "the Polish Migration Forum Foundation": English words before a head both languages share
        if word[:1].isupper() and word.isascii() and word.isalpha() and word != "The" \
                and not polish.is_known(word):
            a = m[0]
            continue
        return a


def _cut_at_verb(text: str, a: int, b: int) -> tuple[int, int]:
    """"Нижнесилезская палата ремесла помогает ...": a Cyrillic name ends before a verb."""
    lang = "uk" if re.search("[іїєґ]", text[a:b]) else "ru"
    # (a whole lower-case word: the tail of "Павла" is no verb "авла")
    for m in re.finditer(r"(?<![\w'’])[а-яёіїєґ'’]+", text[a:b]):
        if _is_verb(lang, m.group()):
            return a, a + m.start()
    return a, b


def _is_verb(lang: str, word: str) -> bool:
    # slavic.word_parses caches the pymorphy3 parse (~0.6 ms) for every finder that asks
    from ngo_atlas.lang.slavic import word_parses

    parses = word_parses(word, lang)
    return bool(parses) and parses[0].tag.POS in ("VERB", "INFN")


_ACRONYM_AFTER = re.compile(r"[^\S\n]*\(([A-ZА-ЯЁІЇЄҐ]{2,7})\)")
_NAME_LINKS = frozenset("з із зі від с со до за в у во на для при из от по к и і та й".split())


def _acronym_runs_on(text: str, pos: int, stop: re.Match, end: int) -> int | None:
    """Where to look on when a preposition that would end a name is inside it."""
    if stop.group().strip() not in _NAME_LINKS:
        return None
    return _spelt_past(text, pos, stop.start(), stop.end(), end)


def _spelt_past(text: str, a: int, link: int, after: int, end: int) -> int | None:
    """The "(" of a bracketed acronym that spells the words on both sides of the link word
    at link..after, so the link is inside the name ("організація з міграції (МОМ)"); else None."""
    paren = text.find("(", after, min(end, after + 60))
    acr = _ACRONYM_AFTER.match(text, paren - 1) if paren > 0 else None
    if acr is None or "\n" in text[after:paren]:
        return None
    words = [m for m in re.finditer(r"[\w'’-]+", text[a:paren]) if m.group().lower() not in _NAME_LINKS]
    letters = acr.group(1)
    if len(words) < len(letters):
        return None
    spelt = words[-len(letters):]
    initials = "".join(m.group()[0].upper() for m in spelt)
    return paren if initials == letters and a + spelt[0].start() < link else None


# "з X та з Y", "с X и с Y": the preposition repeated after the conjunction opens a second
# governed name (its own case frame), so the list splits there whatever the next word's case
_CYR_PREP_AGAIN = re.compile(r"[^\S\n]+(?:та|і|й|и|а\s+также|а\s+також)[^\S\n]+"
                             r"(?:з|із|зі|зо|с|со|від|от|для|при|у|в)[^\S\n]+(?=[«„“\"А-ЯЁІЇЄҐ])")


def _cyr_coordinated(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """A Cyrillic list's items, split first where a conjunction repeats the preposition."""
    out, a = [], pos
    for m in _CYR_PREP_AGAIN.finditer(text, pos, end):
        out += split_items(text, a, m.start(), conj_ok=_cyr_item_start)
        a = m.end()
    return out + split_items(text, a, end, conj_ok=_cyr_item_start)


def list_after(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """Names listed from pos on: "X (Lublin) oraz Y (Kraków)", stopping at the first non-name."""
    if is_cyrillic(text[pos:pos + 30]):
        return _cyr_list(text, pos, end)
    out, p, joined = [], pos, False
    while p < end:
        if not joined:  # (after "Kultury i Sztuki" was joined, the list's separator comes next)
            while p < end and text[p] in " \t":
                p += 1
            if text.startswith("the ", p) and text[p + 4:p + 5].isupper():
                p += 4  # "financed by the Municipality of Kraków"
            p = _class_descriptor_end(text, p, end)  # "z norweskim związkiem zawodowym X" (ORG-N)
            kind, p = p, mediaoutlet.name_start(text, p, end)  # "i portal OKO.press": an outlet after its kind
            seat = _SEAT_ADJECTIVE.match(text, p, end)
            if seat and is_org_head(text[seat.end():seat.end() + 30].split(maxsplit=1)[0]):
                p = seat.end()  # "z giżycką Fundacją X": the seat's adjective is no part of the name
            pub = _PUBLIC_BUDGET.match(text, p, end)
            low = None if pub or not text[p:p + 1].islower() else _LOWER_PATRON.match(text, p, end)
            local = None if pub or low or not text[p:p + 1].islower() else _LOWER_LOCAL.match(text, p, end)
            if low and is_org_head(low.group(1)[:1].upper() + low.group(1)[1:]):
                # "we współpracy z parafią pw. św. Józefa": a lower-case head before its patron
                a, b = p, capitalised_run(text, low.end(), end)[1]
            elif local:
                a, b = local.start(1), capitalised_run(text, local.end(), end)[1]
            else:
                a, b = (p, pub.end()) if pub else capitalised_run(text, p, end)
            if b <= a and (web := mediaoutlet.address_at(text, p, end)):
                a, b = kind, web  # "the news portal trojmiasto.info.pl": a lower-case address, its kind kept to say so
            if b <= a:
                break
            b = _through_comma_name(text, a, b, end)
            b = _acronym_gloss(text, a, b, end)
            b = _unit_at(text, b, end)
            if (low_seat := _LOWER_SEAT.match(text, b, end)):
                b = low_seat.end()
            k = b - (text[b - 1:b] == ".")
            if text[k - 3:k] in (" Sp", " sp") and (co := _LTD.match(text, k, end)):
                b = co.end()  # "X Sp. z o.o.": the company's form is part of its name
            out.extend(_two_countries(text, a, b))
            office = _LOCAL_OFFICE.match(text, b, end)
            p = office.end() if office else b  # "X, Representation in Poland": X's office, no new body
            if (glossed := _GLOSS_THEN_SEAT.match(text, p, end)):
                p = glossed.end()  # "X (DeZIM) z Berlina oraz Y": the bracket is X's, its seat follows
            home = _FROM_TOWN.match(text, p, end)
            if home and polish.is_geo(home.group(1)):
                p = home.end()  # "Fundacja Dialog z Białegostoku, Stowarzyszenie X": where it is from
        joined = False
        # "z Fundacją X, która pomogła w rekrutacji, oraz z Urzędem Y": a relative clause about
        # X, then the conjunction and the list's preposition again, go on to the next body
        rel = relclause.next_after_clause(text, p, end, _opens_body)
        if rel is not None:
            p = rel
            continue
        # "z Fundacją X oraz ze Stowarzyszeniem Y": the preposition may be repeated
        # "Stowarzyszenie Emigrant in Piotrków Trybunalski, X": a seat in English text is passed over
        # ("Asociación Mundus from Valencia (Spain) and …": its seat and country, too)
        m = re.match(r"(?:\s+(?:(?:based\s+)?in|from)\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:\s+[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*)*"
                     r"(?=\s*(?:\([^)\n]*\)\s*)?(?:,|and\s)))?"
                     r"\s*(?:\([^)]*\))?\s*(?:,(?:\s*(?:oraz|and)\b)?|\boraz\b|\bi\b|\band\b|&|\ba także\b)\s*"
                     r"(?:(?:z|ze|with|przez|by)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ„\"]|[a-ząćęłńóśźż]+(?:sk|ck|dzk)\w{1,3}\s+[A-ZĄĆĘŁŃÓŚŹŻ]|"
                     r"the\s+[A-Z]))?",  # "… (who advised) and with the X": the article, too
                     text[p:end])
        if not m:
            break
        conj = m.group().strip(" ,()")
        gloss = _appositive(text, a, b, p + m.end(), end) if not conj else None
        if gloss:  # "UNHCR, the UN Refugee Agency, implemented": the acronym's gloss
            p = gloss
            m = re.match(r"\s*,?\s*(?:\band\b|\boraz\b|\bi\b)?\s*", text[p:end])
            if not text[p:end].lstrip(" ,").startswith(("and ", "oraz ", "i ")):
                break
        nxt2 = text[p + m.end():p + m.end() + 60].split()[:3]
        if nxt2[:1] == ["the"] and len(nxt2) > 1 and nxt2[1][:1].isupper():
            nxt2 = nxt2[1:]  # "and the University of Łódź": a new body after the article
            if conj in ("and", "&"):
                p += m.end() + 4
                continue
        nxt2 = nxt2[:2]
        nxt = nxt2[0] if nxt2 else ""
        # "Funduszy Norweskich i EOG": two modifiers of one plural head, one name
        shared = conj in ("i", "and") and _PLURAL_FUNDS.match(text, out[-1][0]) and (
            is_acronym(nxt.strip(",.")) or adjective_like(nxt)) and not is_org_head(nxt2[-1] if nxt2 else "")
        # "Polskie Forum Migracyjne": the head may be the second word of the next body
        # (a name closed by its seat, "Urzędem Miejskim w Przemyślu", is followed by a new body)
        if conj in ("i", "and", "&") and not _SEATED.search(text, out[-1][0], out[-1][1]) and not (
                conj == "i" and case_turn(text[out[-1][0]:out[-1][1]].split(), nxt)) and (
                shared or not (org_starts(nxt) or polish.is_geo(nxt.strip(",.")) or
                               _class_descriptor_end(text, p + m.end(), end) > p + m.end() or
                               mediaoutlet.name_start(text, p + m.end(), end) > p + m.end() or
                                               nxt.strip(",.").lower() in COUNTRIES_EN or (
                len(nxt2) == 2 and nxt[:1].isupper() and adjective_like(nxt) and is_org_head(nxt2[1])))):
            # "Minister Kultury i Dziedzictwa Narodowego": one name
            _a, b = capitalised_run(text, p + m.end(), end)
            if b <= _a:  # "X i dofinansowane ...": the list ends, the clause goes on
                break
            a0, _b0 = out.pop()
            out.append((a0, b))
            a, p, joined = a0, b, True
            continue
        p += m.end()
    return [(a, b) for a, b in out if text[a:b].strip()]


def _cyr_list_end(text: str, pos: int, end: int) -> tuple[int, int | None]:
    """Where a Cyrillic list read from pos ends, and where it goes on past a bracket (or None)."""
    stop = _CYR_LIST_END.search(text, pos, end)
    while stop is not None and (resume := _acronym_runs_on(text, pos, stop, end) or _matter_at(text, pos, stop)):
        stop = _CYR_LIST_END.search(text, resume, end)
    if stop is None:
        return end, None
    if stop.group() == "(":
        on = _CYR_BRACKET_THEN_NEXT.match(text, stop.start(), end)
        if on:
            return text.index(")", stop.start()) + 1, on.end()
    # "X (…), который …, и Y": a relative clause about X, then the next body of the list
    at = stop.start() if stop.group() == "(" else stop.start() - 1
    rel = _CYR_REL_THEN_NEXT.match(text, at, end) if stop.group() == "(" or text.startswith(",", at) else None
    if rel and _cyr_body_opens(text[rel.end():rel.end() + 80].split()[:3]):
        return rel.start(1), rel.end()
    return stop.start(), None


def _cyr_body_opens(words: list[str]) -> bool:
    """A head word, or one or two adjectives and a head word, open the words: a body's name
    ("Фонд …", "Окружная инспекция …", "Белорусский культурный центр …")."""
    w = [x.strip("«„“\"") for x in words]
    if not (w and is_cyrillic(w[0]) and w[0][:1].isupper()):
        return False
    for i, x in enumerate(w):
        if _cyr_head(x):
            return True
        if i == 2 or not (adjective_like(x) or _CYR_ADJ_CASED.search(x.lower())):
            return False
    return False


# an adjective's ending in any case ("Кельцеським", "Окружной", "Белорусским"): after a repeated
# preposition the next body stands in the preposition's case
_CYR_ADJ_CASED = re.compile(r"(?:[иіы]м|[иіы]й|ой|ою|ей|ої|[оеє]го|ую|юю|[иіы]х|ая|яя|[оеє]е)$")


def _cyr_list(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """A Cyrillic list's names. A bracket after a name (its Polish form, its acronym) and the
    name's seat may stand between two names: "с Фондом X (Fundacja X) из Варшавы и
    Ассоциацией Y" goes on to Y, the bracket staying the first name's own."""
    out: list[tuple[int, int]] = []
    while True:
        ce, on = _cyr_list_end(text, pos, end)
        out += [_cut_at_verb(text, *_seat_off(text, a, b)) for a, b in _cyr_coordinated(text, pos, ce)]
        if on is None or len(out) > 12:
            return out
        pos = on


# a closing quote, then the body's seat: "Ассоциацией «X» из Белостока", "Асоціацією «Y» із Гдині"
_QUOTED_SEAT = re.compile(r"[»”“\"][^\S\n]+(?:из|з|із|зі)[^\S\n]+[А-ЯЁІЇЄҐ][\w-]*$")


def _seat_off(text: str, a: int, b: int) -> tuple[int, int]:
    """A quoted name is whole at its closing quote: the seat after it is where the body is."""
    m = _QUOTED_SEAT.search(text, a, b)
    return (a, m.start() + 1) if m and m.end() == b else (a, b)


def _matter_at(text: str, pos: int, stop: re.Match[str]) -> int | None:
    """"с фондом по правам человека": "по" and a lower-case noun right after a head word say
    what the body is for, inside its name (as _matter_next reads it in a mention)."""
    if stop.group().strip() != "по":
        return None
    prev = word_before(text, pos, stop.start() + 1, newline=False)
    return stop.end() if prev and _cyr_head(prev[1]) else None


# a bracket closed on its line after a Cyrillic name, the name's seat ("из Варшавы", "з Гданська")
# and a comma or a conjunction before the next capitalised (or quoted) name
_CYR_BRACKET_THEN_NEXT = re.compile(
    r"\([^()\n]{1,120}\)(?:[^\S\n]+(?:из|з|із|зі|с|со)[^\S\n]+[А-ЯЁІЇЄҐ][\w-]*)?"
    r"[^\S\n]*(?:,[^\S\n]*(?:(?:и|і|та|й|а\s+также|а\s+також)[^\S\n]+)?|[^\S\n]+(?:и|і|та|й|а\s+также|а\s+також)[^\S\n]+)"
    r"(?:(?:с|со|з|із|зі)[^\S\n]+)?(?=[«„“\"А-ЯЁІЇЄҐ])")
# a name's bracket, if any, then a relative clause about it closed by a comma and a conjunction
# (the pronoun may follow the noun it governs, "студенты которого", "працівники якої"; the list's
# preposition may be repeated after the conjunction, "…, а також з Y", "…, а также с Y")
_CYR_REL_THEN_NEXT = re.compile(
    r"(?:\([^()\n]{1,120}\))?(,)[^\S\n]*(?:[а-яёіїєґ'-]+[^\S\n]+)?(?:котор|котр|як)\w*\b[^.;:()\n«»]{1,160}?,"
    r"[^\S\n]*(?:и|і|та|й|а\s+также|а\s+також)[^\S\n]+(?:(?:с|со|з|із|зі)[^\S\n]+)?(?=[«„“\"А-ЯЁІЇЄҐ])")


def _opens_body(words: list[str]) -> bool:
    """"Fundacja …", "UNHCR", "Miejski Ośrodek …", "Northern Youth Foundation": words that open
    a body's name (capitalised words up to a head word)."""
    if org_starts(words[0]):
        return True
    for w in words[1:]:
        if is_org_head(w):
            return True
        if not w[:1].isupper() or w.endswith((",", ".")):
            return False
    return False


# a body's bracket (its acronym, its name in another language) with its seat after it: "X (DeZIM)
# z Berlina oraz Y", "X (Stowarzyszenie X) based in Oświęcim and Y"; the seat is read next
_GLOSS_THEN_SEAT = re.compile(r"[^\S\n]*\([^()\n]{1,120}\)(?=[^\S\n]+(?:z|ze|w|we|in|from|based[^\S\n]+in)[^\S\n]+"
                              r"[A-ZĄĆĘŁŃÓŚŹŻ])")
# a Polish body's home town after its name, before the list goes on: "X z Białegostoku, Y",
# "X w Gołdapi oraz Y"
_FROM_TOWN = re.compile(r"[^\S\n]+(?:z|ze|w|we)[^\S\n]+([A-ZĄĆĘŁŃÓŚŹŻ][\w-]+)(?=[^\S\n]*(?:,|i\s|oraz\s))")
# ORG-P (round 23): a seat named by a lower-case administrative unit and its adjective ("Rada
# Wojewódzka X w województwie śląskim, oraz Y") ends the name; the list goes on after it
_LOWER_SEAT = re.compile(r"[^\S\n]+w[^\S\n]+(?:województwie|powiecie|gminie)[^\S\n]+[a-ząćęłńóśźż-]+(?:im|ym)"
                         r"(?=[^\S\n]*(?:,|i\s|oraz\s))")


# a lower-case head and the patron a church body or school is named after ("parafią pw. św. Anny",
# "parafia św. Jakuba", "szkołą im. Marii Konopnickiej")
_LOWER_PATRON = re.compile(r"([a-ząćęłńóśźż]+)[^\S\n]+(?:(?:pw\.|pod\s+wezwaniem)(?:[^\S\n]+św\.)?|św\.|im\.)"
                           r"[^\S\n]+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


# a body's local office after a comma: "Friedrich-Ebert-Stiftung, Representation in Poland",
# "Fundacja X, Przedstawicielstwo w Polsce", "Фонд X, Представительство в Польше"
_LOCAL_OFFICE = re.compile(r",\s+(?:Representation|Office|Przedstawicielstwo|Biuro|Представительство|"
                           r"Представництво|Бюро)\s+(?:in|w|we|в|у)\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w-]+")
_LTD = re.compile(r"\.[^\S\n]+z[^\S\n]+o\.[^\S\n]?o\.")
# "z norweskim związkiem zawodowym X", "i firmą szkoleniową Y", "z pracownią krawiecką Z": a
# lower-case phrase in the singular instrumental (the comitative's case) that says what kind of
# body follows: a common noun that is not personal, with adjectives agreeing around it; the name
# after it is the body's own (a foreign or nominative name, never a genitive: "z całym zespołem
# Fundacji X" is X's team, not X)
_LOWER_RUN = re.compile(r"((?:[a-ząćęłńóśźż]{2,}[^\S\n]+){1,3})(?=[A-ZĄĆĘŁŃÓŚŹŻ„\"])")


def _class_descriptor_end(text: str, p: int, end: int) -> int:
    if not text[p:p + 1].islower():
        return p
    m = _LOWER_RUN.match(text, p, end)
    if m is None:
        return p
    noun = False
    for w in m.group(1).split():
        reads = polish.analyse(w)
        if any(t[2].startswith("subst:sg:inst:") and ":m1" not in t[2] and "nazwa_pospolita" in t[3]
               and not any(r[2].startswith("adj:") for r in reads) for t in reads):
            noun = True
        elif not any(t[2].startswith("adj:sg:inst:") for t in reads):
            return p
    first = text[m.end():end].split(maxsplit=1)[0].strip("„\"") if m.end() < end else ""
    reads = polish.analyse(first) if first else ()
    if not noun or any(t[0] == first and (":gen:" in t[2] or t[2].startswith("subst:sg:inst:")) for t in reads):
        return p  # (a name in the instrumental, "norweskim Uniwersytetem X", is read as it was)
    return m.end()


# a town's adjective before a body's head, in any case ("giżycką", "olsztyńskim", "lubelskiej")
_SEAT_ADJECTIVE = re.compile(r"[a-ząćęłńóśźż]{2,}(?:sk|ck|dzk)(?:a|ą|i|ie|iej|im|iego|imi|ich)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
_PLURAL_FUNDS = re.compile(r"(?:Fundusz[ey]|Funduszy|Funduszach|Funduszami|Mechanizm(?:y|ów|ami))\s")
_GLOSS = re.compile(r"\s*(?:[–-]\s+(?:the\s+)?|\()(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


def _acronym_gloss(text: str, a: int, b: int, end: int) -> int:
    """"PAH – Polska Akcja Humanitarna", "UNHCR (Agencja ONZ ds. Uchodźców)": an acronym's
    full name right after it is part of the item (clean_org keeps the full name)."""
    if not is_acronym(text[a:b].strip()):
        return b
    m = _GLOSS.match(text, b, end)
    if not m:
        return b
    if text[m.start():m.end()].strip() == "(":
        close = text.find(")", m.end(), min(end, m.end() + 120))
        return close + 1 if close != -1 and len(text[m.end():close].split()) >= 2 else b
    ga, gb = capitalised_run(text, m.end(), end)
    return gb if len(text[ga:gb].split()) >= 2 else b


_AT_THE = re.compile(r"\s+at\s+the\s+(?=[A-Z])")


def _unit_at(text: str, b: int, end: int) -> int:
    """"the Centre of Migration Research at the University of Warsaw": a unit's name runs on
    through "at the" to the body it belongs to."""
    m = _AT_THE.match(text, b, end)
    if not m:
        return b
    ua, ub = capitalised_run(text, m.end(), end)
    return ub if ub > ua and any(is_org_head(w) for w in text[ua:ub].split()) else b


_AND_LAST = re.compile(r"\s(?:and|i|oraz)\s+([^\W\d_]+)$")


def _two_countries(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """"Liechtenstein and Norway": a name run joins two countries; they are two items."""
    m = _AND_LAST.search(text, a, b)
    if m and " " not in text[a:m.start()].strip() and all(
            w.lower() in COUNTRIES_EN or polish.is_geo(w) for w in (text[a:m.start()].strip(), m.group(1))):
        return [(a, m.start()), (m.start(1), b)]
    return [(a, b)]


def _appositive(text: str, a: int, b: int, pos: int, end: int) -> int | None:
    """End of ", the UN Refugee Agency," after an acronym: a gloss, not another body."""
    if not (is_acronym(text[a:b].strip()) and text.startswith("the ", pos)):
        return None
    ga, gb = capitalised_run(text, pos + 4, end)
    return gb if gb > ga and text[gb:gb + 1] == "," else None


def _through_comma_name(text: str, a: int, b: int, end: int) -> int:
    """A name cut at its own comma ("Funduszu Azylu, Migracji i Integracji") runs on."""
    from ngo_atlas.extract.lexicon import comma_names_regex

    for m in comma_names_regex().finditer(text, a, min(end, b + 80)):
        if m.start() < b < m.end():
            return m.end()
    return b


_SEATED_VALUE = re.compile(r"[^\S\n]*([^\W\d_][^()\n,;]*?)[^\S\n]*\(([^()\n]+)\)")


def _body_value(text: str, h: LabelHit) -> bool:
    """"Coordinator | University of Bologna": a coordinator label whose value is a body (its
    first word or, in English, any word before a comma is a body's head) names the lead."""
    first = re.split(r"[,;]", text[h.start:h.end], maxsplit=1)[0].split()
    # ("Koordynator: Cooperativa Sociale Il Ponte (Palermo, Włochy)", "Coordinator: KU Leuven
    # (Belgium)": no head word, but a name given with its seat in brackets is a body's, not a person's)
    seated = _SEATED_VALUE.match(text, h.start, h.end)
    return bool(first) and (is_org_head(first[0]) or (first[0].isascii() and any(
        w.lower() in _heads()[1] for w in first)) or (seated is not None and _seat_only(seated.group(2))
                                                       and not _person_named(seated.group(1), "pl")))


def _body_label_role(text: str, h: LabelHit) -> str | None:
    """A people's label whose value is a body: "Coordinator | University of Bologna" names the
    lead; "Zespół badawczy: Pracownia Badań X s.c." / "Research team: X Institute" names the
    contractor who does the study for the project, `other` (a team of persons stays people's)."""
    if h.key == "coordinator" and _body_value(text, h):
        return "lead"
    # (only a research team's key with its colon: "Zespół Szkół nr 2" is a school's name, no
    # "Zespół" label, and a project's own team is its runner's staff)
    if h.key == "team" and h.colon and _RESEARCH_KEY.search(text, h.label_start, h.start) \
            and _body_value(text, h):
        return "other"
    return None


_RESEARCH_KEY = re.compile(r"(?i:badawcz|research|дослідн|исследоват)")


def _is_label_word(value: str) -> bool:
    """A value that is itself a label of the lexicon ("Partnerzy", "Sponsors")."""
    from ngo_atlas.extract.lexicon import lexicon

    v = value.strip(" |:•").lower()
    return len(v) < 30 and any(v in words for words in lexicon()["labels"].values())


def _in_prose(text: str, label_start: int) -> bool:
    """"… in 2023. Project partner – X. The project …": a label after a sentence on its line."""
    return bool(text[text.rfind("\n", 0, label_start) + 1:label_start].strip(" \t•*-–"))


def find_organisations(text: str, s: int, e: int, labels: list[LabelHit], lang: str) -> list[OrgRef]:
    """Organisations with roles from labels, role phrases and list introductions."""
    orgs: list[OrgRef] = []
    for h in labels:
        role = _LABEL_ROLE.get(h.key) or _body_label_role(text, h)
        if role and s <= h.start < e:
            if h.key == "other" and _person_named(TITLES.sub("", re.split(r"[,(;]", h.value)[0].strip()), lang):
                continue  # "Ewaluator: dr X, Uniwersytet Y": a person evaluates; their employer takes no part
            conf = 0.6 if _GENERIC_LABEL.match(text, h.label_start) else 0.9
            # "Realizator: Fundacja X (oddział Kraków) we współpracy z Y": the value's partner
            # clause is read by the partner cue; the labelled body ends before it
            pc = PARTNER_AFTER.search(text, h.start, h.end) if role != "partner" else None
            if pc and role == "other":
                # "Operator programu: Fundacja X w partnerstwie z Fundacją Y": Y operates with X
                orgs.extend(o for a, b in list_after(text, pc.end(), h.end)
                            if (o := _org(text, a, b, "other", "operator_partner", 0.8, lang)))
            # (a Cyrillic value's next item may open with any capital: "… и Город Гнезно"; a value
            # in prose, "Партнёры проекта – X и Y. В Гнезно …", ends with its sentence)
            conj = _cyr_item_start if is_cyrillic(text[h.start:h.start + 20]) else org_starts
            ve = pc.start() if pc else h.end
            if (conj is _cyr_item_start or _in_prose(text, h.label_start)) and ". " in text[h.start:ve]:
                ve = min(ve, sentences(text, h.start, ve)[0][1])
            # ORGN: "KONSORCJUM\n\nKażdy z członków odpowiada za swoją część:\n\nFundacja X (Wrocław)
            # \nProwadzi …": a heading's one-line value that introduces cards names no body itself
            cards = _cards_after_intro(text, h, e) if role in ("partner", "member") else []
            lines = [] if cards else bodycolumn.column_lines(text, h.start, ve)  # ORG-L: one name a line
            listed = len(lines) > 1 or bodycolumn.plural_heading(text[h.label_start:h.start])
            items = [it for ls, le in lines for it in split_items(text, ls, le, conj_ok=conj)
                     if len(lines) == 1 or bodycolumn.listed_name(text[it[0]:it[1]])]
            for i, (a, b) in enumerate(_slash_split(text, _seats_joined(text, _bullet_seats_cut(
                    text, _units_joined(text, items))))):
                a, b = _gloss_cut(text, a, b)  # a value's column: "– X – what X does" under the label
                if listed and listed_no_body(text[a:b], lang):
                    continue  # "Partnerzy:\nKraków\nLublin", "Partners\nPoland, Norway": where, not who
                if i and place_named(text[a:b].strip(" .,;"), lang):
                    continue  # "Coordinated by: UNIVERSITY X, Poland", "Lead applicant: X, Warsaw, Poland": the body's seat
                if role == "lead" and (_person_named(re.split(r"\s[—–-]\s|,", text[a:b])[0], lang)
                                       or _MAIL_SPELLED.search(text, a, b)):
                    continue  # "Руководитель проекта: Томаш Гаврон": a leader who is a person
                if _is_label_word(text[a:b]):
                    continue  # "Organizatorzy | Partnerzy | Patronat": a menu of labels
                o = _org(text, a, b, role, f"label:{h.key}", conf, lang)
                if o:
                    orgs.append(o)
            if role in ("lead", "partner") and _PLURAL_LABEL.match(text, h.label_start):
                orgs.extend(_lines_under(text, h.end, e, lang))
            if role in ("partner", "member") and "\n" in text[h.label_start:h.start]:
                orgs.extend(o for a, b in cards or card_names(text, text.rfind("\n", 0, h.start), e)
                            if (o := _org(text, a, b, role, f"label_cards:{h.key}", 0.8, lang)))
    for ss, se in sentences_with(text, s, e, (LEAD_AFTER, LEAD_VERB, PARTNER_AFTER, BECAME_MEMBER,
                                              OPERATOR_AFTER, MEMBER_AFTER, TAKE_PART, _RECEIVED,
                                              THANKS, *_EVALUATION_CUE[:"alua" in text[s:e]])):
        orgs.extend(_sentence_roles(text, ss, se, lang))
    # ORG-U/ORG-W: a prose list after a colon ("uczestniczą również: X, Y", "w trzech szkołach: X, Y"),
    # read in every sentence with a colon before a capital, whatever other cue it holds
    labelled = frozenset(h.start for h in labels)  # ("Donor project partner: X": a label's, read above)
    for ss, se in sentences_with(text, s, e, (colonlist.TRIGGER,)):
        orgs.extend(colonlist.colon_lists(text, ss, se, lang, labelled))
    if "артн" in text[s:e]:
        orgs.extend(_cyr_partner_copula(text, s, e, lang))
    for ss, se in sentences_with(text, s, e, (_Z_CAP,) if lang == "pl" else (_DONE_WITH_EN,) if lang == "en" else ()):
        orgs.extend(_done_with(text, ss, se, lang))  # "Projekt przygotowaliśmy z Urzędem X"
    if lang == "pl":
        for ss, se in sentences_with(text, s, e, (_REL_CUE,)):
            orgs.extend(_relative_doers(text, ss, se, mentions(text, ss, se), lang))
    if lang in ("pl", "uk", "ru"):
        for ss, se in sentences_with(text, s, e, (helperafter.CUE,)):
            orgs.extend(_helpers_after(text, ss, se, lang))  # "Wsparcia udzieli nam Fundacja X"
    for ss, se in venues.lender_sentences(text, s, e):  # a body that lends its rooms or hosts: `other`
        ms = mentions(text, ss, se) + cyrillic_mentions(text, ss, se)
        orgs.extend(venues.premises_lenders(text, ss, se, ms, lambda a, b: _org(
            text, a, b, "other", "premises_lender", 0.5, lang)))
    for a, b, role in thankslist.thanked_items(text, s, e, lambda t, a, b: (
            cyrillic_mentions if is_cyrillic(t[a:b]) else mentions)(t, a, b)):
        o = _org(text, a, b, role, "thanked_item", 0.5, lang)  # "Dziękujemy:\n– Gminie X za …"
        if o:
            orgs.append(o)
    for at in patronage.patron_starts(text, s, e):  # "pod patronatem X": a patron, `other`
        orgs.extend(o for a, b in list_after(text, at, e)  # (a person may be the patron)
                    if not _person_named(text[a:b].rstrip(" .,;"), lang)
                    and (o := _org(text, a, b, "other", "patron", 0.6, lang)))
    if lang == "en":  # "by X as the project promoter, with Y and Z as partners"
        for at in leadwith.partner_list_starts(text, s, e):
            items = list_after(text, at, e)
            if not items or not leadwith.tags_partners(text, items[-1][1]):
                continue  # "with Y as its funder", "with Y and Z providing funding": other roles
            role = leadwith.list_role(text, items[-1][1])
            orgs.extend(o for a, b in items if leadwith.names_a_body(text, b)
                        and not _person_named(text[a:b].strip(" .,;"), lang)  # ("with Anna Nowak as expert")
                        and not place_named(text[a:b].strip(" .,;"), lang) and not places_joined(text[a:b], lang)
                        and (o := _org(text, a, b, role, "lead_with", 0.7, lang)))
    for m in AS_PARTNER.finditer(text, s, e):
        w = [x for x in _WITH_BEFORE.finditer(text, max(s, m.start() - 90), m.start())]
        for a, b in list_after(text, w[-1].end(), m.start()) if w else []:
            o = _org(text, a, b, "partner", "as_partner", 0.8, lang)
            if o:
                orgs.append(o)
    for m in PARTNER_AS.finditer(text, s, e):
        find = cyrillic_mentions if is_cyrillic(text[max(s, m.start() - 30):m.start()]) else mentions
        ms = [x for x in find(text, max(s, m.start() - 120), m.start()) if x[1] >= m.start() - 2]
        if ms:
            o = _org(text, ms[-1][0], ms[-1][1], "partner", "partner_as", 0.75, lang)
            if o:
                orgs.append(o)
    if "artner" in text[s:e] or "артн" in text[s:e]:
        for w in _APPOSED_PARTNER.finditer(text, s, e):  # "Caritas X, partnera projektu, …"
            m = _APPOSED_BEFORE.search(text, max(s, w.start() - 30), w.start())
            if m is None:
                continue
            find = cyrillic_mentions if is_cyrillic(text[max(s, m.start() - 30):m.start()]) else mentions
            ms = [x for x in find(text, max(s, m.start() - 150), m.start()) if x[1] >= m.start() - 1]
            if ms and (o := _org(text, ms[-1][0], ms[-1][1], "partner", "partner_apposed", 0.7, lang)):
                orgs.append(o)
    orgs.extend(_partners_by_predicate(text, s, e, lang))
    orgs.extend(_paid_to(text, s, e, lang))
    passed = PASSED_ON_AFTER.finditer(text, s, e) if any(w in text for w in _PASSED_WORDS) else ()
    seg = text[s:e]
    bare = _bare_intermediaries(text, s, e) if any(w in seg for w in _BARE_WORDS) else []
    for at in [*(m.start() for m in INTERMEDIARY_AFTER.finditer(text, s, e)), *(m.start() for m in passed), *bare]:
        ms = [x for x in mentions(text, max(s, at - 200), at) if x[1] >= at - 1]
        if ms:
            o = _org(text, ms[-1][0], ms[-1][1], "other", "intermediary_phrase", 0.8, lang)
            if o:
                orgs.append(o)
    orgs.extend(_money_via(text, s, e, lang))
    for m in PARTNER_LIST.finditer(text, s, e):
        for a, b in _list_block(text, m.end(), e, lang):
            o = _org(text, a, b, "partner", "partner_list", 0.75, lang)
            if o:
                orgs.append(o)
    for m in [*MEMBER_INTRO.finditer(text, s, e), *MEMBER_COUNTED.finditer(text, s, e)]:
        for a, b in _list_block(text, m.end(), e, lang):
            o = _org(text, a, b, "member", "member_list", 0.75, lang)
            if o:
                orgs.append(o)
    for at, role, column in listpredicate.list_cues(text, s, e):  # "Członkami Sieci zostały:\n• X"
        orgs.extend(o for a, b in (_list_block(text, at, e, lang) if column else list_after(text, at, e))
                    if (o := _org(text, a, b, role, "list_predicate", 0.75, lang)))
    for m in MEMBER_BELONG.finditer(text, s, e):  # run on in its sentence: up to the first non-name
        orgs.extend(o for a, b in list_after(text, m.end(), e)
                    if (o := _org(text, a, b, "member", "member_belong", 0.75, lang)))
    for m in _CONSORTIUM_LIST.finditer(text, s, e):
        for a, b in _list_block(text, m.end(), e, lang):
            o = _org(text, a, b, "partner", "consortium_list", 0.75, lang)
            if o:
                orgs.append(o)
    _card_verbs_listed(text, orgs)
    _joint_operators(text, orgs)
    for o in orgs:  # "X (lider), Y i Z": the marked member of a list leads
        # ROLE-B: the item's own tag ("(partner zagraniczny)", "– project leader", "(patronat)",
        # "jako Partner projektu") beats the role its list heading or cue gave it
        own = itemtag.own_role(text, o.span.start, o.span.end) if o.span and o.role != "funder" else None
        if own and own != o.role:
            o.role, o.span = own, Span(o.span.start, o.span.end, "own_role", max(o.span.confidence, 0.95))
        # "…, oraz Fundacja X, która pełni funkcję organizacji wiodącej": its relative clause says so
        elif o.role in ("member", "partner") and o.span and _LEAD_CLAUSE.match(text, o.span.end):
            o.role = "lead"
    return orgs


# ROLE-B: the body an operator works with on its programme ("Operatorem programu był Fundusz X
# w konsorcjum z Y", "Оператором программы выступал Фонд X в консорциуме с Y", "Operator
# programu w regionie: X we współpracy z Y") operates it too: role other, not the project's partner
_CO_OPERATOR_GAP = re.compile(
    r"(?:[^\S\n]*\([^()\n]{1,80}\))*,?[^\S\n]+(?:we[^\S\n]+współpracy|w[^\S\n]+partnerstwie|w[^\S\n]+konsorcjum|"
    r"wspólnie|in[^\S\n]+(?:partnership|consortium|cooperation)|в[^\S\n]+(?:консорциуме|партн[её]рстве|"
    r"сотрудничестве)|у[^\S\n]+(?:консорціумі|партнерстві|співпраці))[^\S\n]+(?:z|ze|with|с|со|з|із)"
    r"(?:[^\S\n]+the)?[^\S\n]+", re.IGNORECASE)


def _joint_operators(text: str, orgs: list[OrgRef]) -> None:
    ops = [o.span.end for o in orgs if o.role == "other" and o.span and o.span.rule in ("operator_phrase", "label:operator")]
    if not ops:
        return
    for o in orgs:
        if o.role == "partner" and o.span and any(
                0 <= o.span.start - e <= 90 and (g := _CO_OPERATOR_GAP.match(text, e)) and g.end() == o.span.start
                for e in ops):
            o.role, o.span = "other", Span(o.span.start, o.span.end, "co_operator", max(o.span.confidence, 0.9))


# "University of Warsaw, Centre of Migration Research", "Uniwersytet Łódzki, Wydział Filologiczny":
# a university, then its unit after a comma, is one body; so is the unit first, "Faculty of X,
# University of Y", named by its kind (ORGROLE: seven read golds keep the whole designation,
# n28's the university alone)
_UNIVERSITY = re.compile(r"(?i:universit|uniwersytet|akademi|academy|politechni|университет|університет|академи|академі)")
_UNIT = re.compile(r"(?:Institute|Faculty|Department|Centre|Center|School|Chair|Laboratory|Wydział|Instytut|Katedra|"
                   r"Zakład|Centrum|Pracownia|Институт|Факультет|Кафедра|Центр|Інститут|Лабораторія)\b")


def _units_joined(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    # a unit first and its university after a comma is one designation only where the list
    # does not itself part its items by commas alone ("…; Centre X, University Y; …", a line
    # each, "X and Centre Y, University Z"), or the pair closes it ("Partner: GUS, Centre X,
    # University Y"): "Partnerzy: Instytut Socjologii, Uniwersytet Warszawski, Fundacja
    # Batorego" names three bodies (MEND, round 33)
    gaps = [text[x[1]:y[0]] for x, y in zip(items, items[1:])]
    comma_list = sum(re.fullmatch(r",[^\S\n]*", g) is not None for g in gaps) > 1 \
        and not any(";" in g or "\n" in g for g in gaps)
    for i, (a, b) in enumerate(items):
        comma = bool(out) and re.fullmatch(r",[^\S\n]*", text[out[-1][1]:a]) is not None
        # (a unit that names its own university, "Instytut X Uniwersytetu Y w Taszkencie", is
        # that one's, not the one before the comma: ROLE-B, fb14)
        if comma and _UNIT.match(text, a) and \
                _UNIVERSITY.search(text, out[-1][0], out[-1][1]) and not _UNIVERSITY.search(text, a, b):
            out[-1] = (out[-1][0], b)
            continue
        if comma and (not comma_list or i == len(items) - 1) \
                and _academic_unit(text[out[-1][0]:out[-1][1]]) and _UNIVERSITY.search(text, a, b):
            # ORGROLE: "Partners: Centre of Migration Research, University of Warsaw; …": the
            # unit first, its university after the comma, is one designation, not two bodies
            out[-1] = (out[-1][0], b)
            continue
        out.append((a, b))
    return out


# a research or teaching unit named by its kind, with no university in its own name; an
# institute only with its discipline after it ("Instytut Socjologii", "Institute of Sociology",
# "Институт социологии"): "Instytut Spraw Publicznych" is a body of its own
_DISCIPLINE = (r"(?:Instytut[^\S\n]+(?:[^\W\d]+(?:logii|grafii|nomii|zofii|yki|iki|ctwa|stwa|ii)"
               r"|Prawa)"
               r"|Institute[^\S\n]+(?:of|for)[^\S\n]+[^\n,;]*?(?:ology|ics|Law|History|Studies|"
               r"Research|Sciences?|Philology|Philosophy|Education)"
               r"|(?:Институт|Інститут)[^\S\n]+[а-яёіїєґ]+"
               r"(?:логии|логії|фии|фії|ики|іки|ии|ії|ва))\b")
_ACADEMIC_UNIT = re.compile(
    r"(?:Faculty|Department|Chair|Laboratory|Wydział|Katedra|Zakład|Pracownia|Факультет|Кафедра|"
    r"Лабораторія|Лаборатория)\b|" + _DISCIPLINE
    + r"|(?:Centre|Center|Centrum|Центр)\b.*\b(?:Research|Studies|Badań|Studiów|исследований|"
    r"досліджень)\b")


def _academic_unit(name: str) -> bool:
    """"Centre of Migration Research", "Faculty of Law", "Instytut Socjologii": a university's unit
    named alone (not "Centrum Wolontariatu w Lublinie", a body of its own)."""
    return _ACADEMIC_UNIT.match(name.strip()) is not None and not _UNIVERSITY.search(name)


# "realizowany przez konsorcjum: X (lider), Y i Z", "delivered by a consortium of X (lead), Y"
# ORGC (round 26): "partnerstwo pięciu instytucji:", "a partnership of four organisations:" opens such a list
_CONSORTIUM_LIST = cue(r"(?:(?:konsorcjum|consortium|консорциум|консорціум)(?:\s+(?:złożone\s+z|of(?:\s+the)?|"
                       r"в\s+составе|у\s+складі))?|(?:partnerstw[oa]|partnership|партн[её]рство|партнерство)"
                       r"(?:\s+(?:of|z|из|з))?(?:\s+[\w-]+)?\s+(?:instytucji|organizacji|podmiotów|partnerów|"
                       r"organi[sz]ations|institutions|partners|организаций|учреждений|організацій|установ))\s*:\s*")


# "przekazała 410 000 euro za pośrednictwem Caritas Polska", "mikrodotacja udzielona za
# pośrednictwem Federacji X", "granted through the intermediary of X": the body money passes
# through on its way to the project hands it out (role other); only where money is spoken of
_VIA = cue(r"(?:za\s+pośrednictwem|przy\s+pośrednictwie|through\s+the\s+intermediary\s+of|"
           r"при\s+посредничестве|через\s+посредство|за\s+посередництвом|через\s+посередництво)\s+")
_VIA_WORDS = ("pośredni", "intermediary", "посредн", "посередн")
_MONEY_BEFORE = CI(r"dotacj|grant|środk|przekaza|finans|\d\s?(?:zł|euro|eur|pln|usd)\b|funds?\b|funded|"
                   r"средств|финанс|грант|кошт|фінанс")


def _money_via(text: str, s: int, e: int, lang: str) -> list[OrgRef]:
    """The bodies named after "za pośrednictwem" in a sentence about money: role other."""
    out: list[OrgRef] = []
    if not any(text.find(w, s, e) >= 0 for w in _VIA_WORDS):
        return out
    for m in _VIA.finditer(text, s, e):
        ss = max(s, text.rfind(".", s, m.start()) + 1)  # the sentence so far speaks of money
        if not _MONEY_BEFORE.search(text, ss, m.start()):
            continue
        out.extend(o for a, b in list_after(text, m.end(), e)[:2]
                   if (o := _org(text, a, b, "other", "money_via", 0.75, lang)))
    return out


# the relative clause after a listed body that makes it the lead: "X, która pełni funkcję organizacji
# wiodącej", "X, który jest liderem", "X, which acts as the lead partner", "X, которая выступает в
# роли ведущей организации", "X, яка виконує функцію лідера"
_LEAD_CLAUSE = re.compile(
    r"[”\"»]?,?\s+(?:któr[yaeą]|which|who|котор(?:ый|ая|ое)|як(?:ий|а|е))\s+(?:pełni\w*\s+(?:funkcję|rolę)|"
    r"jest|był[ao]?|acts\s+as|acted\s+as|serves\s+as|is|was|выступает\s+в\s+роли|является|был[ао]?|"
    r"виконує\s+(?:функцію|роль)|виступає\s+в\s+ролі|є|була|був)\s+(?:the\s+|its\s+)?"
    r"(?:lider\w*|organizacj\w+\s+wiodąc\w+|partner\w*\s+wiodąc\w+|koordynator\w*|lead(?:er)?\b|"
    r"lead\s+(?:partner|organi[sz]ation)|coordinator|ведущ\w+|лидер\w*|лідер\w*|провідн\w+|координатор\w*)",
    re.IGNORECASE)


# "X and Y are cooperating partners", "X i Y są partnerami projektu", "X и Y являются
# партнёрами": the names stand before the predicate, as its subject
# (found from the partner word, which lets the scan skip ahead; the verb is read before it)
PARTNER_PREDICATE = cue(r"partners?\b|partner(?:ami|em)\b|партн[её]р(?:ами|ом)\b")
_PREDICATE_VERB = re.compile(r"(?:(?:are|were|is|was|act\s+as|acts\s+as|serve\s+as|serves\s+as)\s+(?:the\s+|its\s+|our\s+|an?\s+)?"
                             r"(?:[a-z-]+\s+)?(?:project\s+)?|(?:są|byli|były|jest|był[aoy]?)\s+(?:[a-ząćęłńóśźż]+\s+)?|"
                             r"(?:являются|являлись|были|был[аи]?|є|були|був|була)\s+(?:[а-яёіїєґ]+\s+)?)$")
_PLURAL_VERB = re.compile(r"(?:are|were|są|byli|były|являются|являлись|были|є|були)\s")
# the relative pronoun after a name's comma, right before the predicate's verb
_RELATIVE = re.compile(r",\s+(?:któr[yaeą]|którzy|which|who|котор(?:ый|ая|ое|ые)|як(?:ий|а|е|і))\s+$")
_SUBJECT_TAIL = re.compile(r"(?:\s+(?:in|w|we|в|у)\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w-]+)?(?:\s*\([A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]{2,8}\))?\s*,?\s*$")


def _partners_by_predicate(text: str, s: int, e: int, lang: str) -> list[OrgRef]:
    """The subject list of a "… are partners" predicate: it opens the sentence and runs up
    to the verb (a seat, "in Wrocław", may close it)."""
    out: list[OrgRef] = []
    for m in PARTNER_PREDICATE.finditer(text, s, e):
        v = _PREDICATE_VERB.search(text, max(s, m.start() - 40), m.start())
        if v is None:
            continue
        rel = _RELATIVE.search(text, max(s, v.start() - 30), v.start())
        if rel:
            # "w Bibliotece Miejskiej, która jest partnerem projektu": the relative pronoun's
            # antecedent, the name right before its comma, is the partner
            find = cyrillic_mentions if is_cyrillic(text[rel.start():v.start()]) else mentions
            near = find(text, max(s, rel.start() - 150), rel.start())
            ms = [x for x in near if x[1] >= rel.start() - 1]
            if ms and _PLURAL_VERB.match(v.group()):
                # "zaprosiliśmy Szkołę X i Szkołę Y, które są partnerami": a plural verb's antecedent
                # is every name joined to the last by "i"/"oraz"/"and"
                while (k := near.index(ms[0])) > 0 and _JOINED.search(text, near[k - 1][1], ms[0][0]):
                    ms.insert(0, near[k - 1])
            for a, b in ms:
                o = _org(text, a, b, "partner", "partner_relative", 0.75, lang)
                if o:
                    out.append(o)
            continue
        ss = next((a for a, b in sentences_with(text, s, e, (PARTNER_PREDICATE,)) if a <= m.start() < b), None)
        if ss is None:
            continue
        while ss < v.start() and text[ss] in " \t\n":
            ss += 1
        ss += 4 if text.startswith("The ", ss) else 0  # the sentence's article is no part of a name
        items = list_after(text, ss, v.start())
        if not items or not _SUBJECT_TAIL.match(text, items[-1][1], v.start()) or text[ss:items[0][0]].strip():
            continue
        for a, b in items:
            o = _org(text, a, b, "partner", "partner_predicate", 0.75, lang)
            if o:
                out.append(o)
    return out


# an e-mail address, written or spelled out ("write to anna dot nowak at fundacja dot org")
_MAIL_SPELLED = re.compile(r"@|\bat\b.{1,60}\bdot\b|\[at\]|\(at\)")


def _cyr_item_start(word: str) -> bool:
    """A Cyrillic list item after "и"/"та" opens with a capital, a quote, or a body's head
    in lower case ("Ягеллонский университет и гмина Величка"); a numeral opens a count of
    bodies ("та двадцятьма школами"), the next item and no part of the name before it."""
    return word[:1].isupper() or word[:1] in "«„“\"" or (is_cyrillic(word) and (
        _cyr_head(word) or bool(_CYR_COUNT.match(word))))


# cardinal numerals (ru, uk) in any case: "двадцятьма", "трьома", "пятью", "кількома"
_CYR_COUNT = re.compile(r"(?:дв[аоіеу]|дві|двох|двом|двадцят|тр[иеьо]|чотир|четыр|п[’'ʼ]?ят|шест|шіст|сем[иь]?|сім|"
                        r"вос[еь]м|вісім|дев[’'ʼ]?ят|десят|сорок|сто|кільк|декільк|нескольк|багатьм|многим)\w*$",
                        re.IGNORECASE)



def _person_named(value: str, lang: str) -> bool:
    """A value of two or three capitalised words with no body's head, opening with a first
    name ("Anna Kowal", "Томаш Гаврон"): a person, not an organisation."""
    words = value.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or any(
            is_org_head(w) or _cyr_head(w) for w in words):
        return False
    if is_cyrillic(words[0]):
        from ngo_atlas.lang import slavic

        return slavic.is_first_name(words[0], "uk" if lang == "uk" else "ru")
    return polish.is_first_name(words[0])


# a line that opens with a capitalised label of up to four words and its colon ("Termin:",
# "Źródło finansowania:", "Kierownik zespołu UŁ:"): a card's next field, no item of a list above it
_LABEL_LINE = re.compile(r"\n[^\S\n]*[A-ZĄĆĘŁŃÓŚŹŻ][\w-]*(?:[^\S\n]+[\w-]+){0,3}:[^\S\n]")


def _list_block(text: str, pos: int, end: int, lang: str) -> list[tuple[int, int]]:
    """The items of the paragraph or bullet list right after a list introduction."""
    if cards := card_names(text, pos, end):
        return cards
    while pos < end and text[pos] in " \t\n":
        pos += 1
    para_end = text.find("\n\n", pos, end)
    para_end = end if para_end == -1 else para_end
    if (lab := _LABEL_LINE.search(text, pos, para_end)) is not None:
        para_end = lab.start()  # "…, Centrum X\nTermin: 2024–2025\nFinansowanie: Y": a card's next field
    column = "\n" in text[pos:para_end].strip()
    if not column:
        # a list run on in its sentence ends with it: "… i Centrum X. Koalicja prowadzi …"
        from ngo_atlas.extract.text import sentences

        first = sentences(text, pos, para_end)[:1]
        para_end = first[0][1] if first else para_end
    items = _seats_joined(text, split_items(text, pos, para_end, conj_ok=org_starts))
    # ORG-M: an item that runs over the lines of a column is several lines glued ("Warszawa\nKraków
    # \nGdańsk", "Anna Nowak\nJan Kowalski"), no name (a wrapped name's tail "…\nw Nysie" stays one
    # line); an item that is a town, a country, a person or a phrase names no body ("…: Poland, Norway")
    items = [(a, b) for a, b in items if len(bodycolumn.column_lines(text, a, b)) == 1
             and not listed_no_body(text[a:b], lang)]
    return [_gloss_cut(text, a, b) for a, b in items] if column else items


# a column of cards under a list's introduction or label: each card a body's name alone on its
# line (a bullet before it, its seat in brackets after it), a line or paragraph under it saying
# what the body does, and a blank line before the next card ("Organizacje członkowskie:\n\n▪
# Fundacja X (Lublin)\nProwadzi szkołę sobotnią …\n\n▪ Stowarzyszenie Y\nOrganizuje …"); two cards
# at least, read up to the first paragraph that is no card ("Działania projektu:\n– …")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_CARD_BULLET = re.compile(r"[^\S\n]*(?:[•·▪◦‣∙*●►▶→]|[-–—](?=\s)|\d{1,2}[.)](?=\s))?[^\S\n]*")
_CARD_SEAT = re.compile(r"[^\S\n]*\([^()\n]{2,40}\)[^\S\n]*$")


def _cards_after_intro(text: str, h: LabelHit, end: int) -> list[tuple[int, int]]:
    """The cards under a heading of bodies whose value is one line introducing them, closed by a
    colon or a full stop ("KONSORCJUM\n\nKażdy z członków odpowiada za swoją część:\n\nFundacja X
    (Wrocław)\nProwadzi …", "Partners\n\nThree organisations share the work.\n\nY Foundation\n
    Runs …"): the heading's role reaches the cards past its introduction; [] for any other value."""
    le = text.find("\n", h.start)
    le = len(text) if le == -1 else le
    if le < h.end or text[h.end:le].strip() not in ("", ":", ".") or text[h.start:le].rstrip()[-1:] not in ":." \
            or " " not in h.value.strip() or "\n" not in text[h.label_start:h.start]:
        return []
    return card_names(text, le, end)


def card_names(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The names heading a column of cards right after `pos` (see above), or []."""
    i = pos
    while i < end and text[i] in " \t\n":
        i += 1
    if "\n" not in text[pos:i] and text[pos - 1:pos] != "\n":
        return []  # the list goes on in the introduction's line: no column of cards
    out: list[tuple[int, int]] = []
    while i < end:
        gap = _BLANK_LINE.search(text, i, end)
        para_end = gap.start() if gap else end
        first_end = text.find("\n", i, para_end)
        if first_end == -1:
            break  # a card has a line under its name
        a = _CARD_BULLET.match(text, i, first_end).end()
        seat = _CARD_SEAT.search(text, a, first_end)
        b = seat.start() if seat else first_end
        while b > a and text[b - 1] in " \t":
            b -= 1
        line = text[a:b]
        if not line or len(line) > 110 or line[-1] in ".:;,!?" or ". " in line or not (
                line[0].isupper() or line[0] in "„\"«"):
            break
        ms = mentions(text, a, b)
        # (a card whose line is no body's name, "Kolektyw X", is passed over, the column goes on;
        # "Fundacja X w Drodze": a seat's words may follow the name the line opens with)
        body = bool(ms) and ms[0][0] == a and len(text[ms[0][1]:b].split()) <= 3
        nxt = text.find("\n", first_end + 1, para_end)
        below = text[first_end + 1:nxt if nxt != -1 else para_end]
        if _CARD_BULLET.match(below).group().strip():
            break  # a bulleted or numbered line under it: a list, no card
        bs = len(below) - len(below.lstrip())
        bm = mentions(text, first_end + 1 + bs, first_end + 1 + len(below.rstrip()))
        if bm and bm[0][0] == first_end + 1 + bs and bm[0][1] >= first_end + 1 + len(below.rstrip()) - 1:
            break  # a name under a name: a plain column, read as one
        if body:
            out.append((a, b))
        if gap is None:
            break
        i = gap.end()
    return out if len(out) >= 2 else []


def _card_verbs_listed(text: str, orgs: list[OrgRef]) -> None:
    """"▪ Fundacja X (Kraków)\nProwadzi sekretariat sieci …": a card's line under its name says
    what the listed body does for the network or project; its verb does not make it the project's
    lead (the list's role stands)."""
    listed = {o.span.start: o.role for o in orgs if o.span and o.span.rule.startswith(
        ("label_cards", "member_list", "partner_list", "consortium_list")) and o.role in ("member", "partner")}
    for o in orgs:
        if o.role == "lead" and o.span and o.span.rule == "lead_verb" and o.span.start in listed:
            rest = text[o.span.end:_line_end_at(text, o.span.end)]
            if not _CARD_SEAT.sub("", rest).strip():
                o.role = listed[o.span.start]


def _line_end_at(text: str, pos: int) -> int:
    e = text.find("\n", pos)
    return len(text) if e == -1 else e


# a column item's dash (an item that opens its line) and a lower-case word after it: what the body does in the project, not its
# name ("Uniwersytet X (Instytut Y) – monitoring i ewaluacja", "Fundacja X — warsztaty dla
# dzieci", "University X – research"); a capital after the dash is a unit or a seat and stays
_DASH_GLOSS = re.compile(r"[^\S\n]+[–—-][^\S\n]+(?=[a-ząćęłńóśźżа-яёіїєґ])")


# (the item opens its line, or its line opens with a bullet: "• X (XY), Oslo – wymiana wiedzy")
_ITEM_OPENS_LINE = re.compile(r"[^\S\n]*(?:(?:[•*●▪◦·›→►–—-]|\d{1,2}[.)])[^\S\n]|$)")


def _gloss_cut(text: str, a: int, b: int) -> tuple[int, int]:
    m = _DASH_GLOSS.search(text, a, b)
    if m is None or not _ITEM_OPENS_LINE.match(text, text.rfind("\n", 0, a) + 1, a):
        return a, b
    e = m.start()
    while e > a and text[e - 1] in " \t,;":
        e -= 1
    return (a, e) if e > a else (a, b)


# a plural label whose value is a column of names, one a line ("Organizatorzy:\nA\nB")
# ("Partnerzy projektu" on a line of its own, "Партнери Проєкту": a heading over the column)
_PLURAL_LABEL = re.compile(r"[^\S\n]*(?:organizatorzy|organizers|organisers|организаторы|організатори|"
                           r"partnerzy|partners|партнеры|партнёры|партнери)(?:\s+(?:projektu|project|"
                           r"проекта|проєкту|проекту))?(?:\s*:|[^\S\n]*\n)", re.IGNORECASE)


def _lines_under(text: str, pos: int, e: int, lang: str) -> list[OrgRef]:
    """The names on the lines right under a plural label's first value, up to a blank line
    or a line that is no body's name alone: they share the work (partners)."""
    out = []
    if text.find("\n", pos, pos + 3) == -1:
        return out  # the value goes on in its line: the label's list is read already
    ls = text.find("\n", pos) + 1
    while 0 < ls < e:
        le = text.find("\n", ls)
        le = e if le == -1 or le > e else le
        line = text[ls:le].strip()
        ms = mentions(text, ls, le) if line else []
        if not line or ":" in line or len(ms) != 1 or text[ms[0][0]:ms[0][1]].strip() != line \
                or not _body_start(line):
            break
        o = _org(text, ms[0][0], ms[0][1], "partner", "label_list", 0.8, lang)
        if o:
            out.append(o)
        ls = le + 1
    return out


def _slash_split(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Partner: Gmina Legnica / Legnickie Centrum Kultury": two bodies on either side of a
    spaced slash (not a name and its translation: "Fundacja Most / Bridge Foundation")."""
    out: list[tuple[int, int]] = []
    for a, b in items:
        cut = text.find(" / ", a, b)
        left, right = (text[a:cut], text[cut + 3:b]) if cut != -1 else ("", "")
        if cut != -1 and _body_start(left) and _body_start(right) and left.isascii() == right.isascii():
            out += [(a, cut), (cut + 3, b)]
        else:
            out.append((a, b))
    return out


def _body_start(name: str) -> bool:
    words = name.split()[:2]
    return bool(words) and (is_org_head(words[0]) or len(words) == 2 and adjective_like(words[0])
                            and is_org_head(words[1]))


_LONE_TOWN = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][\w-]+(?:\s*\([^()\n]*\))?")
_LINE_TAIL = re.compile(r"[\s.,;]*(?:\n|$)")


def _seats_joined(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"– Berufskolleg am Haspel, Wuppertal (Niemcy)": one word with no head after a body's
    comma, ending the list's line, is the body's seat (a town, or a word with its country in
    brackets), not a second body: it is dropped."""
    out: list[tuple[int, int]] = []
    for a, b in items:
        word = text[a:b].split()[0]
        if out and re.fullmatch(r",[^\S\n]*", text[out[-1][1]:a]) and _LONE_TOWN.fullmatch(text, a, b) \
                and _LINE_TAIL.match(text, b) and not is_org_head(word) and not is_acronym(word) \
                and ("(" in text[a:b] or polish.is_geo(word)) and not _seated_item(text, a, b):
            continue
        out.append((a, b))
    return out


_BULLET_OPEN = re.compile(r"[^\S\n]*[•*▪●◦–-][^\S\n]*")


def _bullet_seats_cut(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"• Northern Aid Council, Riga, Latvia": on a bulleted line of one body each, the one or two
    lone capitalised words after the body's commas that end the line are its town and country
    (no head word, no acronym), not more bodies: they are dropped."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(items):
        a, b = items[i]
        out.append((a, b))
        ls = text.rfind("\n", 0, a) + 1
        j = i + 1
        if _BULLET_OPEN.fullmatch(text, ls, a):
            le = text.find("\n", b)
            le = len(text) if le < 0 else le
            tail = [(x, y) for x, y in items[i + 1:i + 3] if y <= le]
            if tail and _LINE_TAIL.match(text, tail[-1][1]) and all(
                    re.fullmatch(r",[^\S\n]*", text[p:x]) and _LONE_TOWN.fullmatch(text, x, y)
                    and not is_org_head(text[x:y].split()[0]) and not is_acronym(text[x:y].split()[0])
                    for (x, y), p in zip(tail, [b] + [y for _, y in tail])):
                j += len(tail)
        i = j
    return out


def _seated_item(text: str, a: int, b: int) -> bool:
    """"Folkuniversitetet (Göteborg, Szwecja)": a word with its town and country in brackets is a
    body given with its seat (a seat itself would carry its country alone: "Wuppertal (Niemcy)")."""
    bracket = re.search(r"\(([^()]*)\)", text[a:b])
    return bracket is not None and "," in bracket.group(1) and _seat_only(bracket.group(1))


# The verb's object stands before it, so the organisation after it is the subject:
# "Projekt realizuje X", "projektu „Y”, który prowadzi X", "проєкт, який реалізує X"
# "…, який упродовж 2023–2024 навчальних років реалізувало X": adverbials in lower case or
# figures may stand between the pronoun and its verb; a capitalised word there is a subject
_PROJECT_BEFORE = re.compile(r"(?:(?i:projekt|project|про[еє]кт|zadanie)\w*|[,\s](?:któr[yaeą]|którego|"
                             r"который|которую|которое|який|яку|яке)(?:\s+[a-ząćęłńóśźżа-яёіїєґ0-9–-]+){0,8})"
                             r"\s+$")


# a quoted programme and a relative clause whose verb follows: "programu „X”, który realizuje",
# "програми «X», яку в нашому регіоні реалізує", "программы «X», которую проводит"
_PROGRAMME_RELATIVE = re.compile(
    r"(?i:program\w*|програм\w*|программ\w*)\s+[„“\"«][^„“”\"«»]{1,80}[”\"»],?\s+"
    r"(?:któr[yaeą]|которы[йе]|которую|которая|який|яку|яка|яке)(?:\s+[^\s,.;:]+){0,6}\s+$")


# an English participle right after a plural noun that is not the project's: a reduced relative
# clause about that noun ("centres run by X", "shelters operated by Y"), not about the project
_PARTICIPLE_OF_NOUN = re.compile(r"\b(?!(?:activities|projects|actions|initiatives|partners)\s)[a-z]{3,}[^s\W]s\s$")
_PARTICIPLE_BY = re.compile(r"(?:run|led|operated|managed|coordinated|organi[sz]ed|conducted|delivered|"
                            r"carried\s+out)\s+by\b")


_EU_COMMISSION = re.compile(r"(?i:komisja\s+europejska|(?:the\s+)?european\s+commission|"
                            r"европейская\s+комиссия|європейська\s+комісія)")


def _bare_head(name: str) -> bool:
    """A body's head word alone ("Fundacja", "Центр"), which names no body (Caritas is a name)."""
    return " " not in name and is_org_head(name) and name.casefold() not in ("caritas", "каритас", "карітас")


# The evaluation's own frame: its noun as the object before the verb in Polish ("Ewaluację
# zewnętrzną projektu przeprowadzi X"), as the passive subject in English ("An external evaluation
# was conducted by X"). The body that evaluates a project neither runs nor joins it (role other),
# though "conducted by" alone would name a lead; a lower-case noun for a firm or a team may stand
# before its name ("firma X sp. z o.o.", "zespół Instytutu X").
EVALUATOR_AFTER = cue(r"(?:ewaluacj[ęa]|evaluation)(?:\s+(?:zewnętrzn\w+|wewnętrzn\w+|końcow\w+|"
                      r"śródokresow\w+|niezależn\w+|projektu|programu|działań|of\s+the\s+(?:project|programme))){0,3}"
                      r"\s+(?:(?:prze)?prowadzi\w*|(?:prze)?prowadził\w*|wykona\w*|zrealizuje|zrealizował\w*|"
                      r"(?:was|is|will\s+be|has\s+been|had\s+been)\s+(?:conducted|carried\s+out|performed|"
                      r"done|run|prepared|led)\s+by(?:\s+the)?)\s+(?:(?:firm[aę]|spółk[aę]|zesp[óo]ł\w*|"
                      r"company|firm|team\s+(?:of|from)(?:\s+the)?)\s+)?")

_EVALUATION_CUE = (EVALUATOR_AFTER,)  # scanned only where "evaluation"/"ewaluacja" is written


def _evaluators(text: str, s: int, e: int, lang: str) -> tuple[list[OrgRef], list[tuple[int, int]]]:
    """The bodies an evaluation frame names (role other), and the frames' spans."""
    out, spans = [], []
    for m in EVALUATOR_AFTER.finditer(text, s, e):
        spans.append((m.start(), m.end()))
        if not text[m.end():m.end() + 1].isupper():
            continue  # (the cue runs on the lowered text: the name's capital is read here)
        for a, b in list_after(text, m.end(), e):
            if _person_named(text[a:b].rstrip("."), lang):
                break  # "Ewaluację przeprowadziła Anna Nowak z Uniwersytetu X": a person evaluates
            o = _org(text, a, b, "other", "evaluator_phrase", 0.85, lang)
            if o:
                out.append(o)
    return out, spans


def _sentence_roles(text: str, s: int, e: int, lang: str) -> list[OrgRef]:
    out: list[OrgRef] = []
    evaluated, frames = _evaluators(text, s, e, lang) if "alua" in text[s:e] else ([], [])
    out.extend(evaluated)
    op_spans = []  # (where an operator frame stands: its agent runs no project, below)
    for m in OPERATOR_AFTER.finditer(text, s, e):
        op_spans.append((m.start(), m.end()))
        # ("a fund managed by the European Commission": the EU's own executive, no body that
        # hands the money on)
        out.extend(o for o in _operators(text, m.end(), e, lang, "operator_phrase")
                   if not _EU_COMMISSION.fullmatch(o.name))
    cyr = is_cyrillic(text[s:e])
    # (a Cyrillic sentence may name a Polish body in its own script: "Обмін організувала
    # польська організація Stowarzyszenie Młodzież Pogranicza з Перемишля")
    ms = sorted({*cyrillic_mentions(text, s, e), *(x for x in mentions(text, s, e) if not is_cyrillic(text[x[0]:x[1]]))}
                ) if cyr else mentions(text, s, e)
    pm = PARTNER_AFTER.search(text, s, e)
    for m in LEAD_AFTER.finditer(text, s, e):
        if frames and any(a <= m.start() < b for a, b in frames):
            continue  # "the evaluation was conducted by X": X evaluates, it runs nothing
        if lang == "en" and any(a <= m.start() < b for a, b in op_spans):
            continue  # "under the RITA programme, run by X": X operates the programme (read above)
        if _PROGRAMME_SUBJECT.match(text, s, m.start()) or _PROGRAMME_NAMED.fullmatch(text, s, m.start()):
            # "Program „X” jest realizowany przez Y", "Program Aktywni Obywatele – Fundusz
            # Krajowy jest prowadzony przez Y we współpracy z Z": Y (and Z) run the programme,
            # not the project (a runner the funding names as payer stays its funder)
            out.extend(_operators(text, m.end(), e, lang, "programme_operator"))
            continue
        if _PARTICIPLE_OF_NOUN.search(text, max(s, m.start() - 30), m.start()) and \
                _PARTICIPLE_BY.match(text, m.start()):
            continue  # "reception centres run by the Office for Foreigners": Y runs the centres
        for a, b in _agents(text, m, list_after(text, _past_descriptor(text, m.end(), e), e)):
            if _person_named(text[a:b].rstrip("."), lang):
                continue  # "coordinated by Ewa Mrozek": a person runs it, no body
            if text.startswith(("koordynator", "Koordynator"), m.start()) and not any(
                    is_org_head(w) or is_acronym(w) for w in text[a:b].split()):
                continue  # "Koordynatorem punktu był Andrij Melnyk": a coordinator is mostly a person
            o = _org(text, a, b, "lead", "lead_phrase", 0.85, lang)
            if o:
                out.append(o)
    out.extend(_grantee(text, s, e, ms, lang))
    out.extend(_thanked(text, s, e, ms, lang))
    vm = LEAD_VERB.search(text, s, e)
    if vm and _PROGRAMME_RELATIVE.search(text, max(s, vm.start() - 160), vm.start()):
        # "w ramach programu „X”, który w regionie realizuje Y": Y runs the programme, not the project
        for a, b in [x for x in ms if 0 <= x[0] - vm.end() <= 2][:1]:
            o = _org(text, a, b, "other", "programme_operator_verb", 0.7, lang)
            if o:
                out.append(o)
        vm = None
    if vm and _FUND_SUBJECT.fullmatch(text, s, vm.start()):
        # "Fundusz prowadzi Fundacja X", "The Fund is run by X": the fund named before, bare,
        # is the verb's object; the body after the verb operates it and runs no project
        for a, b in [x for x in ms if x[0] >= vm.end()][:1] or _named_after(text, vm.end(), e)[:1]:
            o = _org(text, a, b, "other", "fund_operator_verb", 0.7, lang)
            if o:
                out.append(o)
        vm = None
    if vm and (ms or lang in ("en", "pl")):
        # a Cyrillic name runs up to its verb ("Гміна Місто Краків реалізує проєкт")
        ms = [(a, b) if not (cyr and a < vm.start() < b) else (a, len(text[:vm.start()].rstrip()))
              for a, b in ms]
        # "Projekt „Dom Kultur” prowadzi X": a quoted name is the project's title, not its subject
        # (a name found again from its own head word, "Association (Stowarzyszenie …)" inside
        # "the Pomeranian Migrant Hub Association (…)", is the outer name's part)
        before = [x for x in ms if x[1] <= vm.start() and not inside_quotes(text, s, x[0])
                  and not _after_preposition(text, s, x[0]) and not any(y[0] < x[0] < y[1] for y in ms)
                  and not _DEMONSTRATIVE.match(text, x[0]) and not _bracket_gloss(text, x, ms)]
        if pm and pm.start() < vm.start():
            before = [x for x in before if x[1] <= pm.start()]
        # (a word for what kind of body may stand between: "організувала польська організація X")
        desc = _past_descriptor(text, vm.end() + 1, e)
        after = [x for x in ms if x[0] >= vm.end() and (x[0] - vm.end() <= 2 or _adjectives_only(text, vm.end(), x[0])
                                                        or x[0] == desc > vm.end() + 1)]
        pron = _OBJECT_PRONOUN.match(text, vm.end())
        if not before and pron:
            # "…, a prowadził go X", "реалізувала його X": the project is the pronoun, the
            # body after it the subject
            before = [x for x in ms if 0 <= x[0] - pron.end() <= 1][:1]
        if not before and lang == "pl" and not after and _object_first(text, s, vm.start()):
            after = _named_after(text, vm.end(), e)  # "Projekt realizuje Polska Akcja Humanitarna"
        if not before and after and (_PROJECT_BEFORE.search(text, max(s, vm.start() - 90), vm.start())
                                     or _quoted_before(text, s, vm.start())
                                     or lang in ("pl", "uk", "ru") and _object_first(text, s, vm.start())):
            # "Projekt realizuje Miejska Biblioteka", "Działania koordynuje X": a short object
            # opens the sentence and the subject follows the verb
            before = after[:1]
        if not before and lang == "en":
            before = _acronym_subject(text, s, vm.start())
        if before and cyr and _PRONOUN_SUBJECT.search(text, before[-1][0], vm.start()):
            before = []  # "Для вчителів Сілезького воєводства ми організували": "we" ran it, no body
        if before:
            # ("Центр работал в Гданьске, а также проводил …": the name ends at its own verb, and
            # a bare head then left, "Центр", "Fundacja", points back to a body, naming none)
            a, b = _cut_at_verb(text, *before[-1]) if cyr else before[-1]
            o = _org(text, a, b, "lead", "lead_verb", 0.8, lang)
            if o and _bare_head(o.name):
                # "Klub prowadził Szczeciński Instytut X": the bare head is the object, the
                # body after the verb its subject
                o = _org(text, *after[0], "lead", "lead_verb", 0.8, lang) if after else None
            if o:
                out.append(o)
    # (a programme run by its operator "we współpracy z" another is no subject working with partners)
    operated = any(o.span and o.span.rule in ("programme_operator", "operator_phrase") for o in out)
    if pm and not vm and not operated and not any(o.role == "lead" for o in out) and ms and ms[0][1] <= pm.start() \
            and not any(_PREDICATE_VERB.search(text, max(s, x.start() - 40), x.start())
                        for x in PARTNER_PREDICATE.finditer(text, s, e)) \
            and not text[max(s, text.rfind("\n", 0, ms[0][0]) + 1):ms[0][0]].strip():
        # "Фонд «Горизонт» вместе с ... помогает": the subject works with the partners
        a, b = ms[0]
        o = _org(text, a, b, "lead", "subject_with_partner", 0.65, lang)
        if o:
            out.append(o)
    elif pm and not vm and not operated and lang == "pl" and not any(o.role == "lead" for o in out):
        subj = _subject_before_partner(text, s, pm.start(), ms)
        o = _org(text, subj[0], subj[1], "lead", "subject_with_partner", 0.65, lang) if subj else None
        if o:
            out.append(o)
    # every partner cue of the sentence governs its own names ("Wspólnie z nami działa X, a
    # merytorycznie wspiera nas Y")
    for pm in PARTNER_AFTER.finditer(text, s, e) if pm else ():
        if inside_quotes(text, s, pm.start()):
            continue  # programu „Razem z Ukrainą”: a cue inside a quoted name governs nothing
        for a, b in list_after(text, _past_descriptor(text, pm.end(), e), e):
            o = _org(text, a, b, "partner", "partner_phrase", 0.8, lang)
            if o:
                out.append(o)
    out.extend(_members_after(text, s, e, lang))
    bm = BECAME_MEMBER.search(text, s, e)
    if bm and ms and ms[0][1] <= bm.start():
        a, b = ms[0]
        o = _org(text, a, b, "member", "became_member", 0.7, lang)
        if o:
            out.append(o)
    return out


def _bracket_gloss(text: str, x: tuple[int, int], ms: list[tuple[int, int]]) -> bool:
    """"Fundacja Nowy Start (New Start Foundation) realizuje": a name inside a bracket that
    opens right after another name is that body's gloss in another language, not the subject
    (the body is named as it calls itself, before the bracket)."""
    return any(y[1] <= x[0] and _GLOSS_OPEN.fullmatch(text, y[1], x[0]) for y in ms)


_GLOSS_OPEN = re.compile(r"[^\S\n]*\([^()\n]{0,40}")
_JOINED = re.compile(r"\s+(?:oraz|i|and|и|і|та)\s+(?:the\s+)?$")  # ("X and the Y": an article may follow)
# a personal pronoun right before the verb is its subject: the name before it is none
_PRONOUN_SUBJECT = re.compile(r"\s(?:ми|мы|я|вони|они|він|вона|он|она)\s*$", re.IGNORECASE)
_AGENT_CUE = re.compile(r"(?:przez|by)\s*$")
_AND_BETWEEN = re.compile(r"\s+(?:i|oraz|and)\s+")


def _agents(text: str, cue: re.Match[str], items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runners a lead cue names: the first item, and after a passive's agent ("realizowany
    przez X i Y", "run by X and Y") the co-runners joined to it by "and" (a comma may join a
    unit to its body: "the Centre X, University of Y")."""
    out = items[:1]
    if _AGENT_CUE.search(cue.group()):
        for a, b in items[1:]:
            if not _AND_BETWEEN.fullmatch(text, out[-1][1], a):
                break
            out.append((a, b))
    return out
# "To „Klub Polskiego” – projekt, który …": a demonstrative before a quoted name (the project's)
_DEMONSTRATIVE = re.compile(r"(?:To|Это|Це|This\s+is)\s+[„“\"«]")
# a preposition right before a name (an English one may have "the" and capitalised modifiers
# between: "at our desk in the Katowice City Library"): the name is its object, no subject
_PREPOSITION_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:in|at|with|to|from|for|of|on|by|into|near)\s+(?:the\s+|our\s+)?(?:[A-Z][\w-]*\s+){0,3}|"
    # (a Polish or Cyrillic one right before the name: "W Krakowie Fundacja X realizuje" keeps
    # its subject)
    r"(?:z|ze|w|we|do|od|dla|przy|na|o|po|u|з|із|зі|с|со|в|у|во|до|від|от|для|при|на|о|об|по)\s+)$")


def _after_preposition(text: str, s: int, a: int) -> bool:
    return _PREPOSITION_BEFORE.search(text, max(s, a - 60), a) is not None


def _subject_before_partner(text: str, s: int, pm: int, ms: list[tuple[int, int]]) -> tuple[int, int] | None:
    """"… – dlatego Stowarzyszenie X wspólnie z Fundacją Y zaczęło": a body in the nominative,
    right before the partner cue and governed by no preposition, is the clause's subject."""
    ab = next((m for m in ms if m[1] <= pm and not text[m[1]:pm].strip(" ”\"»")), None)
    if ab is None:
        return None
    prev = text[max(s, ab[0] - 12):ab[0]].split()
    if prev and (prev[-1].lower() in _GOVERNING or not prev[-1][-1:].isalpha() and prev[-1][-1:] not in ",–—"):
        return None
    name = text[ab[0]:ab[1]]
    return ab if polish.nominative(name) == name else None


# prepositions (and a few verbs) after which a body is no sentence's subject
_GOVERNING = frozenset("z ze dla przez w we do od u przy dzięki o na po za nad pod przed między "
                       "wobec oraz i a także jak niż".split())


def _operators(text: str, pos: int, e: int, lang: str, rule: str) -> list[OrgRef]:
    """The bodies named after an operator cue (role other), and those it works with."""
    out = []
    # "Operatorem jest konsorcjum Fundacji X i Fundacji Y": each member of it operates
    c = _CONSORTIUM.match(text, pos, e)
    # ("Operatorem programu była agencja X": a lower-case word for a body is no part of its name)
    items = list_after(text, c.end(), e) if c else _co_operators(text, _operator_noun(text, pos, e), e)
    for a, b in items:
        # "Ministerstwo X – Departament Y": the body, not its unit named after the dash
        u = _UNIT_AFTER_DASH.search(text, a, b)
        o = _org(text, a, u.start() if u else b, "other", rule, 0.8, lang)
        if o:
            out.append(o)
    # "operatorem jest Fundacja X w partnerstwie z Fundacją Y": Y operates with X
    pw = PARTNER_AFTER.match(text, items[-1][1] + 1, e) if items else None
    for a, b in list_after(text, pw.end(), e) if pw else []:
        o = _org(text, a, b, "other", "operator_partner", 0.8, lang)
        if o:
            out.append(o)
    return out


_UNIT_AFTER_DASH = re.compile(r"\s+[–—-]\s+(?=(?:Departament|Wydział|Biuro|Oddział|Zespół|Department|Office|Unit)\s)")
# the common nouns for a body that an operator's name may follow in lower case
_OPERATOR_NOUN = re.compile(r"(?:agencj[aię]|fundacj[aię]|ministerstw[oa]|instytucj[aię]|urząd|organizacj[aię]|"
                            r"agency|foundation|ministry|institution|organi[sz]ation)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


def _operator_noun(text: str, pos: int, e: int) -> int:
    m = _OPERATOR_NOUN.match(text, pos, e)
    return m.end() if m else pos


def _co_operators(text: str, pos: int, e: int) -> list[tuple[int, int]]:
    """The operator named after the cue, and a second one joined by "oraz"/"and" ("realizowanego
    przez Akademię X oraz Fundację Y"); a list after a comma is something else."""
    items = list_after(text, pos, e)[:2]
    if len(items) == 2 and not _JOINED.search(text, items[0][1], items[1][0]):
        items = items[:1]
    return items


_DESCRIPTOR = re.compile(r"([a-ząćęłńóśźżа-яёіїєґ-]+)\s+([a-ząćęłńóśźżа-яёіїєґ-]+)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])")


def _past_descriptor(text: str, pos: int, e: int) -> int:
    """"Partnerem był norweski samorząd Kommune Ringsaker": an adjective and a common noun
    saying what kind of body follows are not its name; the name starts after them."""
    m = _DESCRIPTOR.match(text, pos, e)
    if m and adjective_like(m.group(1)) and not adjective_like(m.group(2)):
        return m.end()
    # "naszego partnera – organizację NOAS (…)": the bare word for a body before its name
    m = _EN_DESCRIPTOR.match(text, pos, e) or _CYR_DESCRIPTOR.match(text, pos, e) or _GENERIC_NOUN.match(text, pos, e)
    # "by the Płock-based association Stowarzyszenie X", "неформальная группа мигрантов «X»"
    # ("związek zawodowy Fellesforbundet": a Polish kind of body before a foreign name)
    return m.end() if m else kindnoun.kind_words_end(text, pos, e, is_org_head)


# lower-case words saying what kind of group a quoted Cyrillic name is ("неформальна група «X»")
_GENERIC_NOUN = re.compile(r"(?:organizacj\w*|instytucj\w*|(?:the\s+)?(?:organi[sz]ation|institution)|организаци\w*|"
                           r"організаці\w*|установ\w*|учреждени\w*)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ„«\"])")
_CYR_DESCRIPTOR = re.compile(r"(?:[а-яёіїєґ'’-]+\s+){1,4}(?=«[А-ЯЁІЇЄҐ])")
_EN_DESCRIPTOR = re.compile(r"(?:the\s+)?(?:[\w-]+-based\s+|local\s+|Polish\s+|Ukrainian\s+|Norwegian\s+)?"
                            r"(?:association|foundation|NGO|organi[sz]ation|charity|non-?profit|trade\s+union|union|"
                            r"network|coalition|initiative|group|cooperative|society|institute|museum|library|school)\s+"
                            r"(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


# a sentence whose subject is a programme or a call ("Program grantowy „X” jest …")
# a sentence opening with the bare word for a fund or call already named ("Fundusz prowadzi
# X", "Konkurs ten realizuje X") before its verb (not "Program", which
# may be the project's own programme of work)
_FUND_SUBJECT = re.compile(r"\s*(?:Fundusz|Konkurs|Конкурс)(?:\s+(?:ten|этот|цей))?\s*")
# an object pronoun right after a verb of running ("prowadził go", "realizuje je", "реалізує його")
_OBJECT_PRONOUN = re.compile(r"\s*(?:go|ją|je|его|её|ее|його|її|it)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ„«\"])")
_PROGRAMME_SUBJECT = re.compile(r"\s*(?:(?:The\s+)?(?:[A-Z]\w+\s+)?(?:Program|Programme|Konkurs|Программа|Програма|Конкурс)"
                                r"(?:\s+[a-ząćęłńóśźż]+)?\s+[„“\"«])")
# the same programme named without quotes, from the sentence's start up to the passive verb
# ("Program Aktywni Obywatele – Fundusz Krajowy jest ", "Програма «X» в Україні є ")
_PROGRAMME_NAMED = re.compile(r"\s*(?:The\s+)?(?:Program|Programme|Konkurs|Программа|Програма|Конкурс)"
                              r"(?:\s+(?:[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ0-9][\w+.'’-]*|[–—-]|na|rzecz|dla|i|w|of|for|and|"
                              r"для|і|и|та|в|у)){1,10}\s+(?:jest|był[aoy]?|będzie|is|was|є|був|була|является|был[аи]?)?\s*")


# "Dziękujemy X za współpracę, a Y za wsparcie": the bodies thanked for their part in it
THANKS = cue(r"(?:dziękujemy|podziękowania\s+(?:składamy|kierujemy)|we\s+thank|we\s+are\s+grateful\s+to|"
             r"благодарим|дякуємо)\s")
_FOR_PART = CI(r"\s+(?:za|for|за)\s+(?:\w+\s+){0,2}?(?:współprac|wsparci|pomoc|partnerst|cooperation|support|"
               r"partnership|help|сотрудничеств|поддержк|помощ|співпрац|підтримк|допомог)")


# a reason for the thanks other than a part in the work ("za udostępnienie sali", "за
# предоставление зала", "for lending us a hall"), after the body (a bracketed gloss between) or
# opening the sentence ("Za wsparcie merytoryczne dziękujemy X"): a body that helped from
# outside the project, `other` (SCHEMA: it takes part without running or partnering)
_FOR_OTHER = CI(r"[^\S\n]*(?:\([^()\n]{2,60}\)[^\S\n]*)?(?:za|for|за)[^\S\n]+[^\W\d]")
_REASON_FIRST = CI(r"\s*(?:za|for|за)\s+[^\W\d]")


# help with the grant application ("za konsultacje wniosku", "za list poparcia do wniosku"):
# given before the project, by no body in it
_APPLICATION = CI(r"wnios(?:ek|ku|kiem)|application|заявк|заявц")


def _thanked_case(text: str, after: int, a: int) -> bool:
    """Polish thanks take the dative ("dziękujemy Radzie X", "Caritas"); a name in the genitive
    only ("uczniom i nauczycielom Zespołu Szkół") is the body of the people thanked. After
    "podziękowania kierujemy do" the body is in the genitive."""
    if text[max(after, a - 3):a].rstrip() == "do" or text[max(after, a - 3):a].endswith("do "):
        return True
    cases = polish.word_cases(text[a:a + 40].split()[0].strip("„”\"«"))
    return not ("gen" in cases and "dat" not in cases)


def _thanked(text: str, s: int, e: int, ms: list[tuple[int, int]], lang: str) -> list[OrgRef]:
    t = THANKS.search(text, s, e)
    out = []
    first = bool(t) and bool(_REASON_FIRST.match(text, s)) and s < t.start()
    for a, b in [x for x in ms if t and x[0] >= t.end()]:
        if _FOR_PART.match(text, b):
            o = _org(text, a, b, "partner", "thanked_for_part", 0.6, lang)
            if o:
                out.append(o)
        elif (first or _FOR_OTHER.match(text, b)) and not _APPLICATION.search(text, s, e) \
                and (lang != "pl" or _thanked_case(text, t.end(), a)):
            o = _org(text, a, b, "other", "thanked_for_help", 0.45, lang)
            if o:
                out.append(o)
    return out


# "Projekt przygotowaliśmy z Urzędem X", "zadanie zrealizowano z Fundacją Y", "the survey was
# carried out with the Z Centre": a verb of carrying out the work, then the comitative "z"/"with"
# and a body, who does the work with the runner (a partner). Polish "z" with the genitive says
# where from ("z budżetu Miasta", "z Ukrainy"), so the body's head must be in the instrumental;
# a personal noun (a person, a demonym) is no body.
_DONE_LEMMAS = frozenset((
    "realizować", "zrealizować", "prowadzić", "poprowadzić", "przeprowadzić", "przygotować",
    "przygotowywać", "organizować", "zorganizować", "współorganizować", "opracować", "opracowywać",
    "tworzyć", "stworzyć", "współtworzyć", "wdrażać", "wdrożyć"))
# (the comitative "z"/"ze" before a capital, found in one scan; the verb is read back from it)
_Z_CAP = re.compile(r"(?<![\w-])(?:z|ze)[^\S\n]+(?=[A-ZĄĆĘŁŃÓŚŹŻ„\"])")
_DONE_WITH_EN = re.compile(r"\b(?:carried\s+out|implemented|run|conducted|delivered|developed|prepared|organi[sz]ed|"
                           r"co-?(?:produced|created|organi[sz]ed|designed|developed|run))\s+with\s+(?:the\s+)?(?=[A-Z])")


def _instrumental_body(word: str) -> bool:
    """"Fundacją", "Urzędem", "Kołem": a singular common noun in the instrumental, not personal."""
    return any(t[2].startswith("subst:sg:inst:") and ":m1" not in t[2] and "nazwa_pospolita" in t[3]
               for t in polish.analyse(word.strip("„”\"")))


def _instrumental_head(raw: str) -> bool:
    words = raw.split()[:2]
    if not words or any(":gen:" in t[2] for t in polish.analyse(words[0].strip("„”\""))):
        return False  # "z Budżetu", "z Ukrainy": whence, not with whom
    return _instrumental_body(words[0]) or (len(words) == 2 and adjective_like(words[0])
                                             and _instrumental_body(words[1]))


def _done_with(text: str, s: int, e: int, lang: str) -> list[OrgRef]:
    out = []
    for m in (_Z_CAP.finditer(text, s, e) if lang == "pl" else ()):
        # the verb: one of the (up to four) lower-case words right before "z" on its line
        before = []
        for w in reversed(text[max(s, text.rfind("\n", 0, m.start()) + 1, m.start() - 60):m.start()].split()[-4:]):
            if not (w.isalpha() and w.islower()):
                break
            before.append(w)
        if not before or any(w.startswith(("współprac", "partnerst", "razem", "wspólnie", "wraz")) for w in before):
            continue  # "realizujemy we współpracy z X": the partner cue reads it
        if not any(t[1] in _DONE_LEMMAS for w in before for t in polish.analyse(w)):
            continue
        for a, b in list_after(text, m.end(), e):
            if not _instrumental_head(text[a:b]) or _person_named(text[a:b], lang):
                break
            o = _org(text, a, b, "partner", "done_with", 0.6, lang)
            if o:
                out.append(o)
    for m in (_DONE_WITH_EN.finditer(text, s, e) if lang == "en" else ()):
        for a, b in list_after(text, m.end(), e):
            if not any(is_org_head(w) for w in text[a:b].split()) or _person_named(text[a:b], lang):
                break
            o = _org(text, a, b, "partner", "done_with", 0.6, lang)
            if o:
                out.append(o)
    return out


# "Dziękujemy Ośrodkowi X, który udostępnił salę", "– Gmina Y, która zapewniła transport":
# a body named inside the sentence (not its subject) whose relative clause says, with a finite
# verb, what it did in the project is one who works on it (a partner); a clause of money or of
# being is not that ("która przekazała 850 000 €", "która jest")
_REL_CUE = re.compile(r",\s+któr[yae]\s")
_REL_DOER = re.compile(r"\s*(?:\([^()\n]{1,40}\))?,\s+któr[yae]\s+([^,.;:\n]*)")
_MONEY_LEMMA = re.compile(r"(?:współ|do|s)?finans|przyzna|przekaz|dotow|fund|sponsor|płac|opłac|pokry")
_MONEY_CLAUSE = re.compile(r"\d[\d\s.,]*(?:zł|pln|eur|euro|usd|chf|€|\$|tys|mln)", re.IGNORECASE)
_BULLET_PREFIX = frozenset(("", "–", "—", "-", "•", "*", "·"))


def _nominative_body(name: str, lang: str) -> bool:
    """A body's name in the nominative: its head (or an adjective and its head) a Polish noun that
    may be nominative, or a Cyrillic body's head word."""
    words = name.split()[:2]
    if lang != "pl":
        head = next((w for w in words if _cyr_head(w)), None)
        return head is not None and _cyr_nominative(head.strip("«»„”\""), lang)
    head = words[0] if words and is_org_head(words[0]) else words[1] if len(words) == 2 and \
        adjective_like(words[0]) and is_org_head(words[1]) else None
    return head is not None and "nom" in polish.word_cases(head.strip("„”\""))


def _cyr_nominative(word: str, lang: str) -> bool:
    """The likeliest reading of a Cyrillic word is nominative (_cyr_head compares a stem only)."""
    from ngo_atlas.lang import slavic

    parses = slavic.word_parses(word.lower(), "uk" if lang == "uk" else "ru")
    return bool(parses) and "nomn" in parses[0].tag


def _helpers_after(text: str, s: int, e: int, lang: str) -> list[OrgRef]:
    """The bodies named after a fronted help and its verb (helperafter), each in the nominative,
    with the role the verb gives; the list stops at the first name that is not a body's."""
    out = []
    for at, role in helperafter.helper_starts(text, s, e, lang):
        for a, b in list_after(text, at, e):
            if _person_named(text[a:b].rstrip(" .,;"), lang) or not _nominative_body(text[a:b], lang):
                break
            # (0.5: a relative clause saying what the body does, read before, keeps its role)
            o = _org(text, a, b, role, "helper_after", 0.5, lang)
            if o:
                out.append(o)
    return out


def _relative_doers(text: str, s: int, e: int, ms: list[tuple[int, int]], lang: str) -> list[OrgRef]:
    out = []
    for a, b in ms:
        m = _REL_DOER.match(text, b, e)
        if m is None or _MONEY_CLAUSE.search(m.group(1)):
            continue
        if not re.search(r"\w", text[s:a]) and text[text.rfind("\n", 0, a) + 1:a].strip() not in _BULLET_PREFIX - {""}:
            continue  # the sentence's subject, described ("Fundacja X, która od lat pomaga …, prowadzi")
        # the clause's verb: the first finite or past form among its first three words
        # ("który co tydzień dowoził"); one of being or of money makes no deed
        reads = next((r for r in (polish.analyse(w) for w in m.group(1).split()[:3] if w.islower() and w.isalpha())
                      if any(t[2].startswith(("fin:", "praet:")) for t in r)), None)
        if reads is None or any(polish.base_lemma(t[1]) in ("być", "zostać", "mieć")
                                or _MONEY_LEMMA.match(t[1]) for t in reads):
            continue
        quoted = text[s:a + 1]  # (a mention may start at its opening quote)
        if quoted.count("„") > quoted.count("”") or _REL_NOT_DOER_BEFORE.search(text, max(s, a - 40), a):
            continue  # inside a quoted title; a person's body ("pani X ze Szkoły Y, która"); a body made
        o = _org(text, a, b, venues.relative_role(text, s, a, m.group(1)), "relative_doer", 0.5, lang)
        if o and not _bare_head(o.name) and _pronoun_agrees(o.name, text[m.start():m.start(1)]):
            out.append(o)
    return out


# "ze Szkoły X, która pomogła" (a person's body: the clause is the person's), "powołano Forum X,
# które wypracowało" (a body the project made: its product, not a partner)
# which runs nothing there yet ("w nowym przedsięwzięciu – Centrum X, które od marca działa": a
# dash inside the sentence puts the name in apposition to the noun before it)
_REL_NOT_DOER_BEFORE = re.compile(r"(?:[A-ZĄĆĘŁŃÓŚŹŻ]\w+\s+[A-ZĄĆĘŁŃÓŚŹŻ]\w+\s+(?:z|ze)|\b(?:powoł|utworz|założ|stworz)\w*(?:\s+\w+)?|"
                                  r"\w\s+[–—])\s+$")
_PRONOUN_GENDERS = {"y": ("m1", "m2", "m3"), "a": ("f",), "e": ("n", "pl")}


def _pronoun_agrees(name: str, rel: str) -> bool:
    """"Urząd X, który" but not "stanowisko w sprawie Urzędu X, które": the relative pronoun's
    gender (który/która/które) agrees with the body's head noun, when Morfeusz knows it."""
    g = re.search(r"któr([yae])", rel)
    # the head: the first word read as a noun and not as an adjective ("Pomorski Urząd X")
    interps = next((r for r in map(polish.analyse, name.split()[:3])
                    if any(t[2].startswith("subst:") for t in r) and not any(t[2].startswith("adj:") for t in r)), ())
    reads = [t[2] for t in interps if t[2].startswith("subst:")]
    if g is None or not reads or any(q != "nazwa_pospolita" for t in interps for q in t[3]):
        # (a head that is itself a name, "Caritas", takes the gender its users give it)
        return True
    want = _PRONOUN_GENDERS[g.group(1)]
    return any(any(x in tag.split(":")[3].split(".") for x in want) or ("pl" in want and ":pl:" in tag)
               for tag in reads if tag.count(":") >= 3)


_RECEIVED = cue(r"(?:otrzymał\w*|uzyskał\w*|pozyskał\w*|received|has\s+received|was\s+awarded|"
               r"получил\w*|отримал\w*|отримав)\s")


# "z budżetu Miasta X do Fundacji Y", "from the budget of X to the Y", "з бюджету X до Y":
# money going from a source to a body; the body it reaches is the grantee, who runs the work
_SOURCE = cue(r"(?:budżetu|środków|budget|бюджету|бюджета|коштів|средств)\s")
_SOURCE_FROM = re.compile(r"(?:^|\s)(?:z|ze|from(?:\s+the)?|з|із|из)\s+$", re.IGNORECASE)
_TO_BODY = re.compile(r"[^.;!?\n]{1,80}?\s(?:do|to(?:\s+the)?|до)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ„«\"])")


def _paid_to(text: str, s: int, e: int, lang: str) -> list[OrgRef]:
    out: list[OrgRef] = []
    for m in _SOURCE.finditer(text, s, e):
        if not _SOURCE_FROM.search(text, max(s, m.start() - 10), m.start()):
            continue
        t = _TO_BODY.match(text, m.end())
        if t is None:
            continue
        find = cyrillic_mentions if is_cyrillic(text[t.end():t.end() + 3]) else mentions
        ms = find(text, t.end(), min(e, t.end() + 120))
        if ms and ms[0][0] == t.end():
            o = _org(text, ms[0][0], ms[0][1], "lead", "paid_to", 0.7, lang)
            out.extend([o] if o else [])
    return out


def _grantee(text: str, s: int, e: int, ms: list[tuple[int, int]], lang: str) -> list[OrgRef]:
    """"Stowarzyszenie X otrzymało od Fundacji Y grant na projekt Z": the body that opens the
    sentence and receives the money runs the project."""
    from ngo_atlas.extract.funder_mentions import MONEY_WORD

    if not ms or text[s:ms[0][0]].strip() not in ("", "The"):
        return []
    a, b = _cut_at_verb(text, *ms[0]) if is_cyrillic(text[ms[0][0]:ms[0][1]]) else ms[0]
    rv = _RECEIVED.match(text, b + len(text[b:b + 3]) - len(text[b:b + 3].lstrip()))
    if not rv or not MONEY_WORD.search(text, rv.end(), e):
        return []
    o = _org(text, a, b, "lead", "grantee", 0.7, lang)
    return [o] if o else []


def _adjectives_only(text: str, a: int, b: int) -> bool:
    """"реализовала гданьская Фундация X": one or two lower-case adjectives before the name
    describe it (its town, its kind); the name still follows the verb."""
    words = text[a:b].split()
    return 1 <= len(words) <= 2 and all(w[:1].islower() and adjective_like(w) for w in words)


def _object_first(text: str, s: int, verb: int) -> bool:
    """One or two lower-case or common words before the verb and nothing else: the fronted
    object of a Polish verb-second sentence ("Działania koordynuje …", "Zajęcia prowadzi …")."""
    words = text[s:verb].split()
    return 1 <= len(words) <= 2 and not any(is_org_head(w) or polish.is_geo(w) for w in words) \
        and all(w.isalpha() for w in words)


def _named_after(text: str, pos: int, e: int) -> list[tuple[int, int]]:
    """A name by its form right after the verb: two or more capitalised words, not a person's."""
    while pos < e and text[pos] == " ":
        pos += 1
    a, b = capitalised_run(text, pos, e)
    words = text[a:b].split()
    if len(words) < 2 or polish.is_first_name(words[0]) or all(polish.is_geo(w) for w in words):
        return []
    return [(a, b)]


def _quoted_before(text: str, s: int, verb: int) -> bool:
    """"Projekt „X” prowadzi Y", "«День мигранта» организовали Y": the verb follows the
    project's quoted name (or a sentence that is only a quoted name, with a word or two for
    what it is), its subject follows."""
    return re.search(r"(?:projekt|project|про[еє]кт)\w*\s+[„“\"«][^„“”\"«»]{1,120}[”\"»]\s*$",
                     text[s:verb], re.IGNORECASE) is not None or _QUOTED_ONLY.match(text, s, verb) is not None


_QUOTED_ONLY = re.compile(r"\s*(?:[^\s„“\"«]+\s+){0,2}[„“\"«][^„“”\"«»]{1,120}[”\"»]\s*$")


def _members_after(text: str, s: int, e: int, lang: str) -> list[OrgRef]:
    """"konsorcjum złożone z X, Y i Z", "W projekcie uczestniczą X i Y": the bodies listed."""
    out = []
    for role, rx in (("member", MEMBER_AFTER), ("partner", TAKE_PART)):
        for m in rx.finditer(text, s, e):
            for a, b in list_after(text, m.end(), e):
                o = _org(text, a, b, role, f"{role}_after", 0.7, lang)
                if o:
                    out.append(o)
    return out


_EN_VERB = re.compile(r"\s(?:is|was|has|have|supports|helps|works|runs|provides|offers|assists|"
                      r"operates|brings|acts)\b")


def own_organisation(text: str, lang: str, limit: int = 2000) -> tuple[str, str | None, int, int] | None:
    """The body a page speaks as: the first sentence near its top that opens with a body's
    name followed by a verb ("Fundacja X od 2015 roku wspiera migrantów"). Its name, acronym
    and span, or None."""
    from ngo_atlas.extract.text import sentences

    for ss, se in sentences(text, 0, min(len(text), limit)):
        a0 = ss + len(text[ss:se]) - len(text[ss:se].lstrip())
        cyr = is_cyrillic(text[a0:a0 + 30])
        ms = (cyrillic_mentions if cyr else mentions)(text, a0, se)
        if ms and text[a0:ms[0][0]] in ("", "The "):
            a, b = _cut_at_verb(text, *ms[0]) if cyr else ms[0]
            c = clean_org(text[a:b], lang) if _verb_follows(text, b, se, lang, cyr) else None
            if c and not (" " not in c[0] and is_org_head(c[0])):  # ("Program jest …": a bare head names no body)
                return c[0], c[1], a, b
        d = _DEFINED.match(text, a0, se)
        c = clean_org(d.group(1), lang) if d else None
        if c:  # "Белорусский дом – организация, созданная …": it says what it is
            return c[0], c[1], a0, d.end(1)
    return None


# a list line's grantee before its task: "3. Fundacja X – zadanie „T”", "• Parafia Y – „T” – 5 000 zł"
_GRANTEE_LINE = re.compile(r"[^\S\n]*(?:\d{1,2}[.)][^\S\n]+|[•*●–-][^\S\n]+)?(?P<body>[^\n]+?)[^\S\n]+[–—-][^\S\n]+"
                           r"(?:(?:zadanie|zadania|projekt|project|task|завдання|задание|проект|проєкт)"
                           r"(?:[^\S\n]+(?:pt\.|pn\.|pod\s+nazwą))?[^\S\n]+)?[„“\"«]?")


# a list item's label before its title, and the numbered line above it with a body alone
_TITLE_LABEL = re.compile(r"[^\S\n]*(?:tytuł|nazwa|title|name|назва|название)(?:[^\S\n]+(?:zadania|projektu|"
                          r"of\s+the\s+project|project|task|проєкту|проекту|проекта|завдання|задания))?"
                          r"[^\S\n]*:[^\S\n]*[„“\"«]?", re.IGNORECASE)
_NUMBERED_BODY = re.compile(r"[^\S\n]*(?:\d{1,2}[.)]|[•*●])[^\S\n]+(?P<body>[^\n]+?)[^\S\n]*")


def grantee_before_title(text: str, title_start: int, lang: str) -> OrgRef | None:
    """"3. Podkarpackie Forum X – zadanie „Asystent rodziny”": on a list line the body named
    before the dash and the project's name is the one that carries it out (its grantee)."""
    line_s = text.rfind("\n", 0, title_start) + 1
    m = _GRANTEE_LINE.fullmatch(text, line_s, title_start)
    if m is None and _TITLE_LABEL.fullmatch(text, line_s, title_start):
        # "1. Fundacja X\nTytuł zadania: „T”": the item's numbered first line names its grantee
        prev_e = text.rfind("\n", 0, max(0, line_s - 1))
        m = _NUMBERED_BODY.fullmatch(text, prev_e + 1, max(0, line_s - 1))
    if m is None or not any(is_org_head(w) for w in m.group("body").split()[:4]):
        return None
    a, b = m.span("body")
    # the whole of it one name (a sentence before the dash, "Umowę podpisało Stowarzyszenie
    # X z Y – …", is no list line's grantee)
    ms = (cyrillic_mentions if is_cyrillic(text[a:b]) else mentions)(text, a, b)
    if not ms or ms[0][0] != a or ms[0][1] < b - 1:
        return None
    c = clean_org(text[a:b], lang)
    return OrgRef(c[0], "lead", Span(a, b, "grantee_line", 0.6), acronym=c[1]) if c else None


# "© 2025 Fundacja X", "Stowarzyszenie X © 2025", "Copyright 2024 X": the site's owner
# ("Administratorem danych osobowych jest X", "The data controller is X": the privacy clause)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|[Cc]opyright)\s*(?:\d{4}(?:\s*[–-]\s*\d{4})?\s*)?(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ„«])|"
                        r"(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^\n©]{3,90}?\s©)|"
                        r"[Aa]dministratorem\s+(?:(?:Twoich|Pani/Pana|Państwa)\s+)?danych(?:\s+osobowych)?\s+jest\s+|"
                        r"[Tt]he\s+(?:personal\s+)?data\s+controller\s+is\s+(?:the\s+)?|"
                        # the footer's address: "Fundacja X | ul. Y 5, 00-001 Z", "Stowarzyszenie X, ul. Y",
                        # "Fundacja X · ul. Y", or the name on a line of its own above the street's
                        # ("Фонд «X», ул. Y, 6", "Товариство «X» · вул. Y 12": the street in Cyrillic)
                        r"(?<=\n)(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^\n|,·]{3,90}?(?:,|\s[|·]|[^\S\n]*\n)\s*"
                        r"(?:ul|al|pl|вул|ул)\.\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ0-9])")


_OWNER_MARKS = ("©", "opyright", "dministratorem", "controller", "ul. ", "al. ", "pl. ", "ул. ")


def copyright_owner(text: str, lang: str) -> tuple[str, str | None, int, int] | None:
    """The body a page's copyright line names (in its last lines): its name, acronym and span."""
    tail = max(0, len(text) - 1500)
    for m in _COPYRIGHT.finditer(text, tail) if any(w in text[tail:] for w in _OWNER_MARKS) else ():
        line_end = text.find("\n", m.end())
        end = len(text) if line_end == -1 else line_end
        find = cyrillic_mentions if is_cyrillic(text[m.end():m.end() + 20]) else mentions
        ms = [x for x in find(text, m.end(), end) if x[0] == m.end()]
        c = clean_org(text[ms[0][0]:ms[0][1]], lang) if ms else None
        if c:
            return c[0], c[1], ms[0][0], ms[0][1]
    return None


# a heading saying the listed projects are the page's own or were carried out (by whom the
# header says): "Nasze projekty", "Our projects", "Projekty zrealizowane", "Projects run by X";
# a bare "Current projects" says neither, and the header's body is no runner by it alone
_DONE_HEADING = re.compile(
    r"(?i:nasze|our|наші|наши)\s+(?i:projekty|projects|про[еє]кти|проекты)\b|"
    r"(?i:z?realizowane|prowadzone)\s+projekty\b|(?i:projekty)\s+(?:z?realizowane|prowadzone)\b|"
    r"(?i:projects)\s+(?:run|implemented|carried\s+out|led)\s+by\b|"
    r"(?i:реалізовані|реализованные)\s+(?:про[еє]кти|проекты)\b")
_HEADER_LINES = 6  # the lines of a page's header read for its owner's name


def header_owner(text: str, end: int, lang: str) -> tuple[str, str | None, int, int] | None:
    """The body a page listing its projects names in its header ("Zrealizowane projekty" over
    "Fundacja X – Olsztyn", "Projects run by Fundacja Y"): it ran the projects listed below,
    which name no other runner. Its name, acronym and span, or None. Only the header before
    end (the second project's title) is read."""
    from ngo_atlas.extract.text import lines

    top = [(ls, line) for ls, le, line in lines(text) if le <= end and line.strip()][:_HEADER_LINES]
    done = [(ls, line) for ls, line in top if len(line.split()) <= 8 and _DONE_HEADING.search(line)]
    if not done:
        return None
    for ls, line in top:
        if ":" in line or len(line.split()) > 12:
            break  # the first project's facts or prose: the header has ended
        # a name line, its seat after a dash or bar ("Fundacja X – Olsztyn", "Fundacja Y | Kraków")
        head = re.split(r"\s[–|›»>-]\s", line.strip())[0]
        a = ls + line.index(head[:1]) if head else ls
        if 1 <= len(head.split()) <= 8 and _body_start(head) and not head.endswith("."):
            c = clean_org(head, lang)
            if c:
                return c[0], c[1], a, a + len(head)
        if (ls, line) in done:  # "Projects run by Fundacja Port": the heading names its runner
            ms = (cyrillic_mentions if is_cyrillic(line) else mentions)(text, ls, ls + len(line))
            c = clean_org(text[ms[0][0]:ms[0][1]], lang) if ms else None
            if c:
                return c[0], c[1], ms[0][0], ms[0][1]
    return None


# a name with no head word, then what kind of body it is: "Dom Kultur – organizacja, która",
# "X to stowarzyszenie", "X is a foundation", "X – організація"
_DEFINED = re.compile(
    r"((?:[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ„«\"][^\s–—.,:;]*\s+){0,4}[^\s–—.,:;]+)\s+(?:[–—-]|to|це|это|is\s+an?)\s+"
    r"(?:[^\W\d_]+\s+)?(?:organizacj|stowarzyszeni|fundacj|organi[sz]ation|association|foundation|charity|"
    r"организаци|організаці|ассоциаци|асоціаці|объединени|об'єднанн|об’єднанн)")


def _verb_follows(text: str, b: int, se: int, lang: str, cyr: bool) -> bool:
    """A finite verb among the next few lower-case words: the name is the sentence's subject."""
    words = re.findall(r"[^\W\d_]+", text[b:se])[:6]
    if cyr:
        return any(w.islower() and _is_verb("uk" if lang == "uk" else "ru", w.lower()) for w in words)
    if lang == "en" or text[b:se].isascii():
        return _EN_VERB.match(text, b) is not None
    return any(w.islower() and any(t[2].startswith(("fin:", "praet:")) for t in polish.analyse(w))
               for w in words)


def _acronym_subject(text: str, s: int, verb: int) -> list[tuple[int, int]]:
    """"IOM Poland is implementing …", "UNHCR runs …": a sentence opening with capitalised
    words that hold an acronym and end at the lead verb names the body that runs it."""
    a = s + len(text[s:verb]) - len(text[s:verb].lstrip())
    words = text[a:verb].split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return []
    if not any(re.fullmatch(r"[A-Z]{2,6}", w) for w in words):
        return []
    return [(a, a + len(text[a:verb].rstrip()))]


def merge_orgs(orgs: list[OrgRef]) -> list[OrgRef]:
    """One entry per organisation: a name contained in a longer one is the same body
    ("INTERKULTURALNI PL" in "Stowarzyszenie ... Interkulturalni PL"); the first
    role found with the highest confidence wins, the longer name is kept."""
    out: list[OrgRef] = []
    for o in orgs:
        same = next((x for x in out if same_org(x.name, o.name)), None)
        if same is None:
            out.append(o)
            continue
        conf_new = o.span.confidence if o.span else 0
        conf_old = same.span.confidence if same.span else 0
        stronger = same.role == "funder" or conf_new > conf_old + 0.05
        if o.role != "funder" and stronger or o.role == "lead" and same.role == "member":
            # a network's member said to run the project is its lead (the project's role
            # outranks the membership a list gives it)
            same.role, same.span = o.role, o.span
        elif o.role == "funder" and (same.role == "partner" or same.span and same.span.rule in (
                "programme_operator", "helper_after")):
            # works with it and pays, runs the programme that pays, or supports it ("Działania
            # wspiera Fundacja X", helperafter) and pays: its funder
            same.role, same.span = "funder", o.span
        if len(o.name) > len(same.name) and (o.role != "funder" or is_acronym(same.name)):
            same.name = o.name
        same.acronym = same.acronym or o.acronym
    return out


def is_acronym(name: str) -> bool:
    return 2 <= len(name) <= 8 and name.isupper() and name.isalpha()


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s,]+", name) if w[:1].isupper())


# a town as a body: "City of Olsztyn", "Municipality of Olsztyn", "Miasto Kielce", "Gmina Miasto Kielce"
_TOWN_BODY = re.compile(r"(?:(?:the\s+)?(?:City|Municipality|Town)\s+of|Miasto|Gmina(?:\s+Miasto|\s+Miejska)?)\s+(.+)")


def same_org(a: str, b: str) -> bool:
    ta_, tb_ = _TOWN_BODY.fullmatch(a.strip()), _TOWN_BODY.fullmatch(b.strip())
    if ta_ and tb_ and ta_.group(1).casefold() == tb_.group(1).casefold():
        return True  # the city and its municipality are one body
    # "FAMI" and "Fundusz Azylu, Migracji i Integracji": an acronym of the capitalised words
    for x, y in ((a, b), (b, a)):
        # "MOPS" and "Miejski Ośrodek Pomocy Społecznej w Katowicach": the seat has no letter
        if is_acronym(x) and not is_acronym(y) and x in (
                _initials(y), _initials(re.sub(r"\s+(?:w|we|in|в|у)\s+\S.*$", "", y))):
            return True
    # "Caritas" alone after "Caritas Diecezji Kieleckiej": the body named by its head word
    for x, y in ((a, b), (b, a)):
        if " " not in x.strip() and is_org_head(x) and y.split()[0].casefold() == x.strip().casefold():
            return True
    ta, tb = _toks(a), _toks(b)
    if not ta or not tb:
        return False
    small, big = sorted((ta, tb), key=len)
    return small <= big and (len(small) >= 2 or len(big) <= 2 or small == big)


def _toks(s: str) -> set[str]:
    return {t for t in re.split(r"[^\w]+", s.casefold()) if t}


# right after a person's name: "(Body)" or "z/ze/from/of/з/из Body", on the same line
_AFFILIATED = re.compile(r"[^\S\n]*(?:(\()|,?[^\S\n]+(?:z|ze|from|of|из|з|із|зі)[^\S\n]+(?:the[^\S\n]+)?)")


def affiliation(text: str, pos: int, lang: str) -> tuple[str, str | None, int, int] | None:
    """The body a person is introduced with right after their name ("Marta Pilch (Centrum
    Wielokulturowe w Krakowie)", "Anną Gąsiorowską z Fundacji X", "Dr Anna Wolska (University
    of Wrocław)"), in the nominative, with its acronym and span; None when there is none."""
    m = _AFFILIATED.match(text, pos)
    if not m:
        return None
    if m.group(1):  # the whole bracket is the body: it must have a body's head, branch or acronym
        close = text.find(")", m.end(), m.end() + 120)
        a, b = m.end(), close
        words = text[a:b].split() if close > 0 and "\n" not in text[a:b] else []
        if not any(is_org_head(w) or is_branch(w) or is_acronym(w.strip(",.;")) for w in words):
            return None
    else:  # the name after the preposition must start where it does
        find = cyrillic_mentions if is_cyrillic(text[m.end():m.end() + 1]) else mentions
        found = [x for x in find(text, m.end(), min(len(text), m.end() + 150)) if x[0] == m.end()]
        if not found:
            return None
        a, b = found[0]
    c = clean_org(text[a:b], lang)
    if c and is_acronym(c[0]):  # "Agata Nowak (PAH)": the full name the page spells elsewhere
        full = _spelt_out(text, c[0], lang)
        c = (full, c[0]) if full else c
    return (c[0], c[1], a, b) if c else None


_CAP_WORD = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż-]+")


def _spelt_out(text: str, acronym: str, lang: str) -> str | None:
    """The run of capitalised words whose initials spell an acronym ("Polską Akcję
    Humanitarną" for "PAH"), in the nominative; None when the page has none."""
    n = len(acronym)
    if not 2 <= n <= 6 or not acronym.isalpha():
        return None
    words = list(_CAP_WORD.finditer(text))
    for i in range(len(words) - n + 1):
        run = words[i:i + n]
        if "".join(w.group()[0] for w in run) == acronym and \
                all(re.fullmatch(r"[^\S\n]+", text[x.end():y.start()]) for x, y in zip(run, run[1:])):
            c = clean_org(text[run[0].start():run[-1].end()], lang)
            if c:
                return c[0]
    return None


def staff_lead(text: str, people: list, lang: str) -> list[OrgRef]:
    """The body the project's coordinator (or, failing one, its contact person) is introduced
    with runs the project: in the read sets' gold it is the lead in 136 of 137 projects that
    name no other lead. (A press desk's person speaks for whoever she works for: "Media: X (Y)".)"""
    for role in ("coordinator", "contact"):
        for person in people:
            if person.role == role and person.span and "+press" not in person.span.rule \
                    and (c := affiliation(text, person.span.end, lang)):
                return [OrgRef(c[0], "lead", Span(c[2], c[3], "staff_body", 0.6), acronym=c[1])]
    return []


# The Russian and Ukrainian copular frame "[Adj-INS] партнёр-INS [complement] COPULA [also] NAME-NOM":
# the role noun stands in the instrumental before a linking verb, and the body, in the nominative,
# is the subject after it ("Партнером проєкту є також X", "Партнёром проекта выступает X",
# "а партнером була X", "Науковим партнером є X"). The linking verbs are the class's own: "бути"
# and "являться" in every tense, "виступати/выступать" and "ставати/становиться" (present and
# past). The complement is up to two lower-case words (whose partner: "проєкту", "цієї ініціативи").
_CYR_COPULA = (r"(?:є|был[аои]?|бул[аои]|був|буде|будут|будуть|будет|явля(?:ется|ются|лся|лась|лись|лось)|"
               r"выступа(?:ет|ют|л|ла|ли|ло)|выступил[аио]?|виступа(?:є|ють|в|ла|ли|ло)|виступил[аио]?|"
               r"виступив|стал[аио]?|став|ста(?:є|ють)|станов(?:ится|ятся|ился|илась|ились))")
_CYR_PARTNER_COPULA = re.compile(
    r"(?<![\w-])[Пп]артн[её]р(?:ом|ами)"
    r"(?:\s+[а-яёіїєґ']+){0,2}\s+" + _CYR_COPULA +
    r"(?:\s+(?:також|также|тоже|теж|ж|же|и|і|ещё|еще|ще))?\s+(?=[«\"A-ZА-ЯЁІЇЄҐ])")


def _cyr_partner_copula(text: str, s: int, e: int, lang: str) -> list[OrgRef]:
    """The partners a Cyrillic copular sentence names after its verb (see _CYR_PARTNER_COPULA);
    a cue the partner phrases already read is left to them. The frame says the role outright,
    so it outranks a subject guessed from a later verb ("…, фахівці якого проводять …")."""
    out: list[OrgRef] = []
    for m in _CYR_PARTNER_COPULA.finditer(text, s, e):
        read = PARTNER_AFTER.match(text, m.start())
        if read and read.end() == m.end():
            continue  # the same cue, read whole by the partner phrases
        for a, b in list_after(text, m.end(), e):
            o = _org(text, a, b, "partner", "partner_copula", 0.86, lang)
            if o:
                out.append(o)
    return out
