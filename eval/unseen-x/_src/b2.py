"""Documents x11-x20."""
from lib import F, O, H, P, write

write("x11", "en", """Centre for Migration Studies | University of Łódź
Home  Research  Projects  Publications  Team  Contact

Projects

Welcoming Cities? Local integration policies in mid-sized Polish towns

Duration: 1 September 2020 – 30 April 2024
Principal investigator: Dr Marta Kaczorowska
Funding: Norway Grants, Basic Research Programme (GRIEG), grant no. 2019/34/H/HS6/00412
Budget: PLN 4,212,300
Partners: Norwegian Institute for Urban and Regional Research (NIBR), Oslo Metropolitan University

The project examines how mid-sized towns in Poland respond to the growing number of foreign residents, most of them workers from Ukraine, Belarus, Georgia and South Asia. We carry out case studies in six towns: Piotrków Trybunalski, Kutno, Radom, Stalowa Wola, Leszno and Ełk. In each town the team interviews local officials, employers, teachers and migrants themselves, and analyses local strategies and budgets.

The Norwegian partners contribute a comparative perspective from Norwegian municipalities with a long tradition of settlement programmes for refugees.

Project results will be published in an open-access monograph and a policy brief for local governments, prepared together with the Association of Polish Cities (Związek Miast Polskich).

Team: Dr Marta Kaczorowska, Dr Paweł Nowicki, Julia Stępień, MA, Oleksandr Bondar, MA

Contact: m.kaczorowska@uni.lodz.pl
Project website: https://welcomingcities.uni.lodz.pl/

Keywords: local integration, mid-sized towns, labour migration, municipal policy

Logo: Norway grants | Narodowe Centrum Nauki

Related news:
14.02.2023 – Field research in Ełk completed
02.11.2022 – Project workshop in Oslo: comparing Polish and Norwegian municipalities
18.05.2022 – Call for participants: interviews with employers in Radom and Kutno
21.01.2021 – Kick-off meeting of the project team

Centre for Migration Studies, Faculty of Economics and Sociology, University of Łódź, ul. Rewolucji 1905 r. nr 41/43, 90-214 Łódź. Privacy policy | Accessibility statement | Cookie settings
""", [P("Welcoming Cities? Local integration policies in mid-sized Polish towns", "2020-09-01", "2024-04-30", None,
        [F("Norway Grants", "Basic Research Programme (GRIEG)", 4212300.0, "PLN")],
        [O("Centre for Migration Studies", "lead"),
         O("Norwegian Institute for Urban and Regional Research", "partner"),
         O("Oslo Metropolitan University", "partner"),
         O("Association of Polish Cities", "partner"),
         O("Norway Grants", "funder")],
        [H("Marta Kaczorowska", "coordinator", None, "m.kaczorowska@uni.lodz.pl"),
         H("Paweł Nowicki", "other"), H("Julia Stępień", "other"), H("Oleksandr Bondar", "other")],
        ["Piotrków Trybunalski", "Kutno", "Radom", "Stalowa Wola", "Leszno", "Ełk"],
        ["https://welcomingcities.uni.lodz.pl/"])])

write("x12", "en", """News

Language cafés for newcomers open in three Gdańsk districts

March 3, 2025 | Integration

Starting this month, Fundacja Port Integracji runs "Talk Over Coffee", a project bringing together foreign residents and long-time Gdańsk inhabitants for informal Polish conversation. The meetings take place every week in neighbourhood libraries in Zaspa, Przymorze and Orunia.

"Many of our participants work long hours in the shipyard or in logistics and never have a chance to speak Polish outside work," says Agnieszka Rudnicka, who coordinates the project. "A library on a Tuesday evening is the perfect neutral place."

The project is funded by the Energa Foundation with a grant of PLN 38,000 and carried out in partnership with the Gdańsk Library (Biblioteka Gdańska). Volunteer hosts include students of the University of Gdańsk.

Talk Over Coffee will continue until December 2025. To join, write to kawa AT portintegracji DOT pl.

Photo: Fundacja Port Integracji
Share this article
""", [P("Talk Over Coffee", "2025-03", "2025-12", "ongoing",
        [F("Energa Foundation", None, 38000.0, "PLN")],
        [O("Fundacja Port Integracji", "lead"), O("Biblioteka Gdańska", "partner"),
         O("Energa Foundation", "funder")],
        [H("Agnieszka Rudnicka", "coordinator"),
         H(None, "contact", None, "kawa@portintegracji.pl")],
        ["Gdańsk", "Zaspa", "Przymorze", "Orunia"])])

write("x13", "en", """Skip to content
EN | PL | UA

Open meeting: migrant parents and Kraków schools

Are you a parent whose child attends a school in Kraków, and did you come to Poland from another country? Do you find it hard to communicate with teachers, understand the grading system or the rules of school trips? Come and talk with us!

On Saturday, 8 November 2025, from 11:00 to 13:30, we invite migrant parents to an open meeting at the Intercultural Centre, ul. Św. Wawrzyńca 12. Teachers and school psychologists from several Kraków primary schools will answer your questions, and our volunteers will interpret into Ukrainian, Russian and English. Childcare will be available on site.

We would like to:
  • hear what works and what does not in the cooperation between families and schools,
  • share practical information about the Polish school system,
  • collect ideas for future activities.

Participation is free. Please register by e-mail (see the contact page) or by phone.

Back to top
""", [])

write("x14", "pl", """Urząd Miasta Lublin
Mieszkańcy | Biznes | Turystyka | Urząd | BIP

Rozstrzygnięcie otwartego konkursu ofert w zakresie integracji cudzoziemców na 2025 rok

Prezydent Miasta Lublin rozstrzygnął otwarty konkurs ofert na realizację w 2025 roku zadań publicznych z zakresu działalności na rzecz integracji cudzoziemców. Na konkurs wpłynęło 9 ofert, dotacje otrzymały trzy organizacje. Łączna kwota przyznanych dotacji wynosi 150 000 zł.

Dotacje otrzymali:

1. Stowarzyszenie Dialog Międzykulturowy – „Lubelski Punkt Informacji dla Cudzoziemców” – 70 000 zł; termin realizacji: 1 marca – 15 grudnia 2025 r.

2. Fundacja Rozwoju Kompetencji „Krok” – „Polski na start – kurs językowy dla dorosłych” – 45 000 zł; termin realizacji: kwiecień – listopad 2025 r.

3. Parafia Ewangelicko-Augsburska Świętej Trójcy w Lublinie – „Świetlica Międzykulturowa Mozaika” – 35 000 zł; termin realizacji: 1.04.2025 – 31.12.2025.

Zadania finansowane są ze środków Gminy Lublin i realizowane będą na terenie miasta.

Informacji udziela Wydział Inicjatyw i Programów Społecznych, tel. 81 466 36 00.

Zarządzenie nr 120/3/2025 Prezydenta Miasta Lublin (PDF)

Data publikacji: 24.02.2025
""", [
    P("Lubelski Punkt Informacji dla Cudzoziemców", "2025-03-01", "2025-12-15", None,
      [F("Gmina Lublin", None, 70000.0, "PLN")],
      [O("Stowarzyszenie Dialog Międzykulturowy", "lead"), O("Gmina Lublin", "funder")],
      [], ["Lublin"]),
    P("Polski na start – kurs językowy dla dorosłych", "2025-04", "2025-11", None,
      [F("Gmina Lublin", None, 45000.0, "PLN")],
      [O("Fundacja Rozwoju Kompetencji Krok", "lead"), O("Gmina Lublin", "funder")],
      [], ["Lublin"]),
    P("Świetlica Międzykulturowa Mozaika", "2025-04-01", "2025-12-31", None,
      [F("Gmina Lublin", None, 35000.0, "PLN")],
      [O("Parafia Ewangelicko-Augsburska Świętej Trójcy w Lublinie", "lead"), O("Gmina Lublin", "funder")],
      [], ["Lublin"]),
])

write("x15", "pl", """Stowarzyszenie na rzecz Osób Niepełnosprawnych „Razem” – Białystok

Projekty > PFRON

„Bez granic – wsparcie cudzoziemców z niepełnosprawnościami i ich rodzin”

Nazwa zadania: Bez granic – wsparcie cudzoziemców z niepełnosprawnościami i ich rodzin
Źródło finansowania: Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych
Konkurs: „Kierunek – AKTYWNOŚĆ” (nr 2/2023)
Wartość dofinansowania: 312 450,00 zł
Okres realizacji zadania: 01.04.2023 r. – 31.03.2025 r.
Miejsce realizacji: Białystok, Sokółka, Bielsk Podlaski

Zadanie jest realizowane przez Stowarzyszenie na rzecz Osób Niepełnosprawnych „Razem” we współpracy z Fundacją Dom Otwarty. Jego adresatami są osoby z niepełnosprawnościami, które przybyły do Polski z Ukrainy i Białorusi, oraz ich opiekunowie. Zapewniamy rehabilitację ruchową, wsparcie asystenta osobistego, pomoc w uzyskaniu orzeczenia o niepełnosprawności oraz tłumacza podczas wizyt u lekarzy.

Osoba do kontaktu: Anna Ostaszewska, asystentka koordynatora
e-mail: a.ostaszewska@razem-bialystok.pl
tel. 85 744 21 90

[logo PFRON] Dofinansowano ze środków Państwowego Funduszu Rehabilitacji Osób Niepełnosprawnych
""", [P("Bez granic – wsparcie cudzoziemców z niepełnosprawnościami i ich rodzin", "2023-04-01", "2025-03-31", "ongoing",
        [F("Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych", "Kierunek – AKTYWNOŚĆ", 312450.0, "PLN")],
        [O("Stowarzyszenie na rzecz Osób Niepełnosprawnych Razem", "lead"),
         O("Fundacja Dom Otwarty", "partner"),
         O("Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych", "funder")],
        [H("Anna Ostaszewska", "contact", "Stowarzyszenie na rzecz Osób Niepełnosprawnych Razem",
           "a.ostaszewska@razem-bialystok.pl")],
        ["Białystok", "Sokółka", "Bielsk Podlaski"])])

write("x16", "pl", """Stowarzyszenie Ziemi Sanockiej „Wspólna Sprawa”

O nas   Projekty   Aktualności   Galeria   Kontakt

Sanok – dom dla wielu kultur

Projekt „Sanok – dom dla wielu kultur” był realizowany przez nasze stowarzyszenie w okresie od 1 czerwca 2022 roku do 31 grudnia 2023 roku. Zadanie zostało dofinansowane przez Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego ze środków Programu Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021–2030, w kwocie 148 700 zł.

W ciągu półtora roku zorganizowaliśmy:
– 24 spotkania „Herbatka sąsiedzka” dla mieszkanek Sanoka i kobiet z Ukrainy,
– warsztaty rękodzieła łemkowskiego i ukraińskiego,
– wycieczki po ziemi sanockiej, m.in. do Zagórza i Leska,
– festyn rodzinny „Pod jednym niebem” na sanockich Błoniach.

W działania włączyli się wolontariusze z I Liceum Ogólnokształcącego im. Kazimierza Wielkiego w Sanoku oraz Miejska Biblioteka Publiczna w Sanoku.

Koordynatorem projektu był Józef Hnatyszyn.

Projekt zakończył się, ale nasze spotkania odbywają się nadal w każdą środę!

Dziękujemy wszystkim uczestniczkom, wolontariuszom i partnerom. Szczególne podziękowania kierujemy do pań z Koła Gospodyń Wiejskich, które przez wszystkie miesiące piekły ciasta na nasze spotkania, oraz do dyrekcji szkół, które pomogły w dotarciu do rodzin z Ukrainy. Relacje ze wszystkich spotkań znajdziecie w zakładce Galeria.

Sprawozdanie merytoryczne i finansowe z realizacji projektu dostępne jest w biurze stowarzyszenia do wglądu.

[logotypy: NIW-CRSO | NOWEFIO | Rzeczpospolita Polska]
""", [P("Sanok – dom dla wielu kultur", "2022-06-01", "2023-12-31", "completed",
        [F("Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego",
           "Fundusz Inicjatyw Obywatelskich NOWEFIO", 148700.0, "PLN")],
        [O("Stowarzyszenie Ziemi Sanockiej Wspólna Sprawa", "lead"),
         O("I Liceum Ogólnokształcące im. Kazimierza Wielkiego w Sanoku", "partner"),
         O("Miejska Biblioteka Publiczna w Sanoku", "partner"),
         O("Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego", "funder")],
        [H("Józef Hnatyszyn", "coordinator")],
        ["Sanok", "Zagórz", "Lesko"])])

write("x17", "pl", """Szkoła Podstawowa nr 4 im. Marii Konopnickiej w Świdnicy
Aktualności | Dla rodziców | Erasmus+ | Rekrutacja | Kontakt

Erasmus+ „Moja szkoła – nasza szkoła”

Z radością informujemy, że nasza szkoła otrzymała dofinansowanie w ramach programu Erasmus+, sektor Edukacja szkolna, Akcja 1 – Mobilność edukacyjna. Projekt nr 2024-1-PL01-KA122-SCH-000198765 „Moja szkoła – nasza szkoła. Włączanie uczniów z doświadczeniem migracji” będzie realizowany od 1 września 2024 r. do 31 sierpnia 2025 r. Kwota dofinansowania: 41 820 euro.

W naszej szkole uczy się obecnie 63 uczniów z Ukrainy, Białorusi, Gruzji i Wietnamu. Dlatego 12 nauczycieli weźmie udział w kursach i job shadowingu w szkołach w Lizbonie (Portugalia) i Malmö (Szwecja), które mają wieloletnie doświadczenie w pracy z dziećmi cudzoziemskimi. Zdobytą wiedzę wykorzystamy do przygotowania szkolnego programu adaptacyjnego.

Koordynatorka projektu: Beata Lewandowska-Kuś, nauczycielka języka angielskiego.

Projekt finansowany przez Unię Europejską. Poglądy i opinie wyrażone w tej publikacji są jedynie opiniami autora lub autorów i nie muszą odzwierciedlać poglądów Unii Europejskiej lub Fundacji Rozwoju Systemu Edukacji.
""", [P("Moja szkoła – nasza szkoła. Włączanie uczniów z doświadczeniem migracji", "2024-09-01", "2025-08-31", None,
        [F("Unia Europejska", "Erasmus+", 41820.0, "EUR")],
        [O("Szkoła Podstawowa nr 4 im. Marii Konopnickiej w Świdnicy", "lead"),
         O("Unia Europejska", "funder")],
        [H("Beata Lewandowska-Kuś", "coordinator",
           "Szkoła Podstawowa nr 4 im. Marii Konopnickiej w Świdnicy")],
        ["Świdnica", "Lizbona", "Malmö"],
        alts=["Moja szkoła – nasza szkoła"])])

write("x18", "pl", """PROJEKT ARCHIWALNY

WIELOKULTUROWY TORUŃ – EDUKACJA ANTYDYSKRYMINACYJNA W SZKOŁACH

grantodawca: Fundusz dla Organizacji Pozarządowych (Mechanizm Finansowy EOG i Norweski Mechanizm Finansowy)
termin realizacji: październik 2009 – wrzesień 2011
kwota dofinansowania: 186 400 zł
partner: Kujawsko-Pomorskie Centrum Edukacji Nauczycieli we Włocławku

krótki opis projektu

Projekt „Wielokulturowy Toruń” realizowany był przez Fundację Inicjatyw Obywatelskich „Kopernik” w 18 szkołach gimnazjalnych i ponadgimnazjalnych Torunia i Włocławka. Jego celem było przeciwdziałanie dyskryminacji ze względu na pochodzenie etniczne i narodowe poprzez warsztaty dla uczniów, szkolenia dla nauczycieli i spotkania z cudzoziemcami mieszkającymi w regionie – studentami z Czeczenii, Wietnamu i Nigerii.

W ramach projektu wydano poradnik „Inny – czyli kto?” dla nauczycieli (nakład 1500 egz.) i przeprowadzono konkurs fotograficzny „Moi sąsiedzi”.

Koordynator projektu: Piotr Zawadzki (p.zawadzki (at) fio-kopernik.org.pl)

rezultaty

W warsztatach wzięło udział 1 120 uczniów, a w szkoleniach – 74 nauczycieli i pedagogów szkolnych. Ewaluacja przeprowadzona na zakończenie projektu wykazała, że odsetek uczniów deklarujących niechęć wobec cudzoziemców spadł w szkołach objętych projektem o kilkanaście punktów procentowych. Część szkół włączyła scenariusze zajęć do programów wychowawczych.

Materiały do pobrania:
Poradnik „Inny – czyli kto?” (PDF)
Scenariusze warsztatów (ZIP)
Galeria prac konkursowych

Podziękowania dla wolontariuszy: Agnieszce, Kamilowi, Oli i Mateuszowi.
logo-eog-norwegia
""", [P("Wielokulturowy Toruń – edukacja antydyskryminacyjna w szkołach", "2009-10", "2011-09", "completed",
        [F("Mechanizm Finansowy EOG", "Fundusz dla Organizacji Pozarządowych", None, None),
         F("Norweski Mechanizm Finansowy", "Fundusz dla Organizacji Pozarządowych", None, None),
         F(None, None, 186400.0, "PLN")],
        [O("Fundacja Inicjatyw Obywatelskich Kopernik", "lead"),
         O("Kujawsko-Pomorskie Centrum Edukacji Nauczycieli we Włocławku", "partner"),
         O("Mechanizm Finansowy EOG", "funder"),
         O("Norweski Mechanizm Finansowy", "funder")],
        [H("Piotr Zawadzki", "coordinator", None, "p.zawadzki@fio-kopernik.org.pl")],
        ["Toruń", "Włocławek"],
        alts=["WIELOKULTUROWY TORUŃ – EDUKACJA ANTYDYSKRYMINACYJNA W SZKOŁACH", "Wielokulturowy Toruń"])],
      cut=False)

write("x19", "pl", """STRONĘ PROWADZI
FUNDACJA ŁÓDZKIE FORUM
INICJATYW SPOŁECZNYCH

kontakt@lfis.org.pl
UL. PIOTRKOWSKA 102A
90-004 ŁÓDŹ

Łódź Wielu Głosów – migranci w radach osiedli

Opis: Fundacja Łódzkie Forum Inicjatyw Społecznych we współpracy ze Stowarzyszeniem Migrantów z Azji Środkowej „Jol” oraz Centrum Aktywności Lokalnej z Pabianic realizuje projekt „Łódź Wielu Głosów – migranci w radach osiedli”. Od stycznia 2026 r. w sześciu osiedlach Łodzi (m.in. Bałuty-Centrum, Widzew-Wschód, Retkinia) oraz w Pabianicach prowadzimy spotkania informacyjne o tym, jak działa samorząd pomocniczy i jak cudzoziemcy mogą się w niego angażować. Projekt potrwa do końca października 2026 r.

Finansowanie: projekt jest dofinansowany przez Fundusz Obywatelski im. Henryka Wujca, zarządzany przez Fundację im. Stefana Batorego, kwotą 60 000 zł.

Osoby kontaktowe: Dilnoza Karimova (Stowarzyszenie „Jol”), Bartłomiej Wrona (LFIS) – e-mail: glosy[at]lfis[.]org[.]pl

Dlaczego to ważne? W Łodzi mieszka już kilkadziesiąt tysięcy cudzoziemców, a w radach osiedli nie zasiada prawie nikt z nich. Tymczasem to właśnie rady decydują o drobnych, ale ważnych sprawach: ławkach, placach zabaw, festynach i remontach chodników. Chcemy, żeby nowi mieszkańcy wiedzieli, że mogą przychodzić na posiedzenia, zgłaszać wnioski i – jeśli mają prawo wybieralności – kandydować. Przygotujemy też krótkie filmy instruktażowe w językach rosyjskim, ukraińskim, uzbeckim i angielskim.

Tagi: partycypacja, samorząd, migranci, Łódź

Ta strona używa ciasteczek. Polityka prywatności
""", [P("Łódź Wielu Głosów – migranci w radach osiedli", "2026-01", "2026-10", "ongoing",
        [F("Fundusz Obywatelski im. Henryka Wujca", None, 60000.0, "PLN")],
        [O("Fundacja Łódzkie Forum Inicjatyw Społecznych", "lead"),
         O("Stowarzyszenie Migrantów z Azji Środkowej Jol", "partner"),
         O("Centrum Aktywności Lokalnej", "partner"),
         O("Fundusz Obywatelski im. Henryka Wujca", "funder"),
         O("Fundacja im. Stefana Batorego", "other")],
        [H("Dilnoza Karimova", "contact", "Stowarzyszenie Migrantów z Azji Środkowej Jol"),
         H("Bartłomiej Wrona", "contact", "Fundacja Łódzkie Forum Inicjatyw Społecznych",
           "glosy@lfis.org.pl")],
        ["Łódź", "Bałuty-Centrum", "Widzew-Wschód", "Retkinia", "Pabianice"])], cut=False)

write("x20", "pl", """Fundacja Nowy Dom – Bydgoszcz
Start | O fundacji | Co robimy | Zespół | Sprawozdania | Kontakt | Wesprzyj

O fundacji

Fundacja Nowy Dom powstała w 2016 roku z inicjatywy grupy bydgoskich prawników, nauczycielek i osób, które same kiedyś przyjechały do Polski. Od początku wspieramy cudzoziemców mieszkających w Bydgoszczy i województwie kujawsko-pomorskim w sprawach pobytowych, zawodowych i codziennych.

Nasza misja: każdy, kto wybrał Bydgoszcz na swój dom, powinien mieć równe szanse na godne życie, pracę i udział w życiu miasta.

Czym się zajmujemy:
• bezpłatnym poradnictwem prawnym i informacyjnym,
• nauką języka polskiego dla dorosłych i dzieci,
• edukacją międzykulturową w szkołach,
• rzecznictwem na rzecz lepszych rozwiązań w urzędach.

Zarząd: Magdalena Czerwińska (prezeska), Ahmad Al-Sayed (wiceprezes).

Fundacja jest wpisana do KRS pod numerem 0000623481 i posiada status organizacji pożytku publicznego. Przekaż nam 1,5% podatku!

Dane do przelewu: 12 1020 1462 0000 7202 0345 6789

© Fundacja Nowy Dom 2016–2025 | Polityka prywatności | Ta strona używa plików cookies.
""", [])
