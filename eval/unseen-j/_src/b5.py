from lib import P, write

write("j28", "pl", """
Wydarzenia | 03.10.2025

Legalizacja pobytu po zmianach przepisów – spotkanie informacyjne dla cudzoziemców i pracodawców

Spotkanie informacyjne | Olsztyn


21/10/2025
godz. 16.00–18.30
Warmińsko-Mazurski Urząd Wojewódzki, al. Marszałka J. Piłsudskiego 7/9, sala nr 10 (parter)


wprowadzenie

Katarzyna Lewandowska, dyrektorka Wydziału Spraw Obywatelskich i Cudzoziemców W-MUW
mec. Paweł Nowicki, Okręgowa Rada Adwokacka w Olsztynie

prezentacja
Co zmienia nowa ustawa o warunkach dopuszczalności powierzania pracy cudzoziemcom?

pytania i odpowiedzi
tłumaczenie na język ukraiński, rosyjski i angielski

udział bezpłatny, obowiązują zapisy

Organizatorzy:
  • Warmińsko-Mazurski Urząd Wojewódzki w Olsztynie
  • Fundacja Borussia
  • Warmińsko-Mazurski Związek Pracodawców Prywatnych
""", [])

write("j29", "pl", """
Fundacja ORLEN | Dla społeczności | Moje miejsce na Ziemi

GRANTY ROZSTRZYGNIĘTE. BOISKO BEZ GRANIC W PŁOCKU

Boisko bez granic

BOISKO BEZ GRANIC – PIŁKA NOŻNA DLA DZIECI Z PŁOCKA I UKRAINY

Grantobiorca: Stowarzyszenie Sportowe Mazovia Płock
Program grantowy: „Moje miejsce na Ziemi”, edycja 2024
Kwota grantu: 30 000,00 zł
Termin: od kwietnia do listopada 2024 roku

Stowarzyszenie Sportowe Mazovia Płock otrzymało grant Fundacji ORLEN na projekt „Boisko bez granic”. W ramach projektu dwa razy w tygodniu na boisku przy Szkole Podstawowej nr 21 w Płocku odbywały się bezpłatne treningi piłki nożnej dla dzieci w wieku 7–12 lat z Płocka i dzieci, które przyjechały do miasta z Ukrainy. Zajęcia prowadzili trener UEFA B Marcin Górski oraz Denys Tkachuk, który w Charkowie prowadził szkółkę piłkarską. Wspólnie z Miejskim Ośrodkiem Sportu i Rekreacji w Płocku zorganizowano turniej „Płock gra razem”, w którym wystąpiło 16 drużyn mieszanych, a także wyjazd na mecz Wisły Płock.

Projekt został zrealizowany – w zajęciach uczestniczyło regularnie 74 dzieci, w tym 31 z Ukrainy. Dzieci przygotowały również wspólną wystawę zdjęć „Nasza drużyna”, którą można było oglądać w holu Płockiego Ośrodka Kultury i Sztuki.

„Na boisku nie ma znaczenia, w jakim języku mówisz – liczy się, czy podasz piłkę” – mówi prezes stowarzyszenia Tomasz Wrzesiński.

Fundacja ORLEN od lat wspiera lokalne społeczności w miejscach, gdzie działa Grupa ORLEN. W programie „Moje miejsce na Ziemi” w 2024 roku dofinansowano ponad 600 projektów w całej Polsce.

Zobacz także:
› Wyniki programu „Moje miejsce na Ziemi” 2024
› Regulamin programu
› Pytania i odpowiedzi

Fundacja ORLEN, ul. Chemików 7, 09-411 Płock
Polityka prywatności | Ustawienia cookies | Mapa strony
""", [P("Boisko bez granic", "2024-04", "2024-11", "completed",
        [("Fundacja ORLEN", "Moje miejsce na Ziemi", 30000.0, "PLN")],
        [("Stowarzyszenie Sportowe Mazovia Płock", "lead"),
         ("Miejski Ośrodek Sportu i Rekreacji w Płocku", "partner"),
         ("Fundacja ORLEN", "funder")],
        [("Marcin Górski", "other", None, None), ("Denys Tkachuk", "other", None, None)],
        ["Płock"],
        alts=["Boisko bez granic – piłka nożna dla dzieci z Płocka i Ukrainy"])])

write("j30", "pl", """
Zespół Szkół Ponadpodstawowych nr 2 im. Mikołaja Reja w Chełmie
Start » Projekty » Erasmus+

RAZEM W KLASIE – EDUKACJA WŁĄCZAJĄCA UCZNIÓW Z DOŚWIADCZENIEM MIGRACJI

Numer projektu: 2023-1-PL01-KA210-SCH-000154228
Program: Erasmus+ Akcja 2 – Partnerstwa na rzecz współpracy (partnerstwa na małą skalę)
Okres realizacji: 1.09.2023 – 31.08.2025
Kwota dofinansowania: 60 000 EUR
Koordynator: Zespół Szkół Ponadpodstawowych nr 2 im. Mikołaja Reja w Chełmie
Partnerzy: Kauno Vytauto Didžiojo gimnazija (Litwa), Istituto Comprensivo „Giovanni Pascoli” w Bolonii (Włochy)

W naszej szkole uczy się obecnie 47 uczniów z Ukrainy i 6 z Białorusi. Projekt „Razem w klasie” powstał, aby nauczyciele mogli lepiej wspierać uczniów z doświadczeniem migracji i uczyć się od szkół, które mają w tym większe doświadczenie. W ramach projektu:
• nauczyciele wezmą udział w wizytach studyjnych w Kownie i Bolonii;
• uczniowie z trzech krajów przygotują wspólny e-book „Moja droga do szkoły” w czterech językach;
• powstanie szkolny program mentoringu rówieśniczego, w którym starsi uczniowie pomagają nowo przybyłym;
• zorganizujemy dzień otwarty dla rodziców z tłumaczeniem na język ukraiński;
• nauczyciele przygotują zestaw scenariuszy lekcji wychowawczych o wielokulturowości, dostępny dla innych szkół z regionu.

Szkolny koordynator projektu: mgr Ewa Kowalczuk (e.kowalczuk@zsp2.chelm.pl)

Projekt jest realizowany przy wsparciu finansowym Unii Europejskiej. Sfinansowane przez Unię Europejską. Poglądy i opinie wyrażone są jednak wyłącznie opiniami autora lub autorów i niekoniecznie odzwierciedlają poglądy i opinie Unii Europejskiej lub Europejskiej Agencji Wykonawczej ds. Edukacji i Kultury (EACEA). Ani Unia Europejska, ani EACEA nie ponoszą za nie odpowiedzialności.

Galeria | Relacje z mobilności | Rezultaty projektu

© 2025 ZSP nr 2 w Chełmie | Deklaracja dostępności | Polityka cookies
""", [P("Razem w klasie – edukacja włączająca uczniów z doświadczeniem migracji",
        "2023-09-01", "2025-08-31", "ongoing",
        [("Unia Europejska", "Erasmus+", 60000, "EUR")],
        [("Zespół Szkół Ponadpodstawowych nr 2 im. Mikołaja Reja w Chełmie", "lead"),
         ("Kauno Vytauto Didžiojo gimnazija", "partner"),
         ("Istituto Comprensivo Giovanni Pascoli", "partner"),
         ("Unia Europejska", "funder")],
        [("Ewa Kowalczuk", "coordinator", "Zespół Szkół Ponadpodstawowych nr 2 im. Mikołaja Reja w Chełmie", "e.kowalczuk@zsp2.chelm.pl")],
        ["Chełm", "Kowno", "Bolonia"],
        alts=["Razem w klasie"])], cut=2000)
