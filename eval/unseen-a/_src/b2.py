from g import P, W

W("a09", "pl", """TU PATRZYMY NA RĘCE
BAZA PROJEKTÓW SPOŁECZNYCH
Szukaj w bazie | Dodaj projekt | Regulamin | Kontakt

redakcja@bazaprojektow.org.pl
Projekt serwisu: Pracownia Kreska

Gdański Punkt Informacyjny dla Migrantów

Opis: Stowarzyszenie Pomorska Inicjatywa Otwarta wspólnie z Fundacją Centrum Edukacji Obywatelskiej Pomorza prowadziło w latach 2011–2012 Gdański Punkt Informacyjny dla Migrantów – pierwsze w Trójmieście miejsce, w którym cudzoziemcy mogli bezpłatnie dowiedzieć się, jak zalegalizować pobyt i pracę, jak zapisać dziecko do szkoły i gdzie szukać lekarza. Punkt działał przy ul. Długie Ogrody w Gdańsku trzy dni w tygodniu, a raz w miesiącu doradcy prowadzili dyżury w Gdyni i Sopocie. Z porad skorzystało ponad 900 osób, głównie z Ukrainy, Białorusi, Rosji (Czeczenii) i Wietnamu. W ramach projektu przygotowano także „Przewodnik po Gdańsku dla cudzoziemców” w sześciu językach oraz przeszkolono 40 urzędników Urzędu Miejskiego w Gdańsku i Pomorskiego Urzędu Wojewódzkiego w zakresie obsługi klienta z innego kręgu kulturowego. Doświadczenia punktu zostały później wykorzystane przy tworzeniu Modelu Integracji Imigrantów w Gdańsku.

www: http://migranci.gda.pl/punkt

Data początku: 01.2011

Data końca: 12.2012

Stan projektu: zrealizowany

Organizacja: Stowarzyszenie Pomorska Inicjatywa Otwarta

Grantodawca: Europejski Fundusz na rzecz Integracji Obywateli Państw Trzecich

Współfinansowanie: budżet państwa

Kwota: 412 300,00 PLN

Podobne projekty:
  • Dom Sąsiedzki Orunia
  • Migrant w urzędzie – szkolenia dla administracji
  • Wolontariat dla integracji

Zgłoś poprawkę do opisu projektu »

Wesprzyj nasze działania – przekaż 1,5% podatku. KRS 0000123456

Strona używa ciasteczek. Więcej w Polityce prywatności. [OK]
""", [P("Gdański Punkt Informacyjny dla Migrantów", "2011-01", "2012-12", "completed",
        funding=[("Europejski Fundusz na rzecz Integracji Obywateli Państw Trzecich", None, 412300.0, "PLN"), ("budżet państwa", None, None, None)],
        orgs=[("Stowarzyszenie Pomorska Inicjatywa Otwarta", "lead"), ("Fundacja Centrum Edukacji Obywatelskiej Pomorza", "partner")],
        places=["Gdańsk", "Gdynia", "Sopot"],
        urls=["http://migranci.gda.pl/punkt"])])

W("a10", "pl", """PRAWNICY BEZ GRANIC: POLSKO-UKRAIŃSKA WYMIANA DOŚWIADCZEŃ W POMOCY UCHODŹCOM

LAWYERS WITHOUT BORDERS: POLISH-UKRAINIAN EXCHANGE IN REFUGEE ASSISTANCE

grantodawca: Fundacja im. Stefana Batorego, program „Dla Ukrainy”
termin realizacji: marzec – grudzień 2023
kwota dotacji: 148 600 zł

partnerzy:

  • Правозахисний центр ZMINA (Kijów) [Centrum Praw Człowieka ZMINA]
  • Klinika Prawa Wydziału Prawa i Administracji UMCS w Lublinie

krótki opis projektu

Celem projektu „Prawnicy bez granic” jest wzmocnienie współpracy prawników i doradców z Polski i Ukrainy, którzy na co dzień udzielają pomocy osobom uciekającym przed wojną. Chcemy, by ukraińscy prawnicy lepiej znali polskie przepisy o ochronie czasowej i legalizacji pobytu, a polscy – ukraińskie regulacje dotyczące dokumentów, opieki nad dziećmi i spraw spadkowych, z którymi zgłaszają się do nas uchodźcy.

W ramach projektu odbędą się dwie wizyty studyjne – w Lublinie i we Lwowie – oraz cykl sześciu webinariów. Przygotujemy także dwujęzyczny poradnik „Sprawy rodzinne uchodźców z Ukrainy w Polsce” (w językach polskim i ukraińskim) i zorganizujemy dyżury konsultacyjne w Chełmie i Zamościu.

koordynatorki: Natalia Rybak, Halyna Tkachuk

Pomóż nam pomagać – 1,5% podatku dla OPP
KRS 0000410233
Darowizny: 12 1240 1503 1111 0010 4477 2918
Wpłać online (PayU / BLIK) »

Znajdź nas na Facebooku
logo-facebook
""", [P("Prawnicy bez granic: polsko-ukraińska wymiana doświadczeń w pomocy uchodźcom", "2023-03", "2023-12", None,
        funding=[("Fundacja im. Stefana Batorego", "Dla Ukrainy", 148600.0, "PLN")],
        orgs=[("Centrum Praw Człowieka ZMINA", "partner"), ("Klinika Prawa Wydziału Prawa i Administracji UMCS w Lublinie", "partner")],
        people=[("Natalia Rybak", "coordinator", None, None), ("Halyna Tkachuk", "coordinator", None, None)],
        places=["Lublin", "Lwów", "Chełm", "Zamość"],
        alts=["Prawnicy bez granic"])])

W("a11", "pl", """Caritas Archidiecezji Katowickiej
Pomagam | Potrzebuję pomocy | Placówki | Wolontariat | Aktualności | Przekaż 1,5%

Centrum Integracji Cudzoziemców „Śląski Dom”

Od 1 stycznia 2024 roku Caritas Archidiecezji Katowickiej prowadzi projekt „Śląski Dom – Centrum Integracji Cudzoziemców w Katowicach”. Projekt współfinansowany jest przez Unię Europejską ze środków Funduszu Azylu, Migracji i Integracji. Potrwa do 31 grudnia 2026 roku. Partnerem projektu jest Miasto Katowice.

Całkowity koszt projektu: 2.874.300,00 zł, w tym dofinansowanie z UE: 2.586.870,00 zł.

Komu pomagamy?
Obywatelom państw trzecich (spoza Unii Europejskiej), którzy legalnie przebywają w Polsce i mieszkają w Katowicach, Chorzowie, Sosnowcu, Mysłowicach i Tychach. Wsparcie jest bezpłatne.

Co możesz u nas otrzymać?
– porady prawne dotyczące pobytu, pracy i łączenia rodzin,
– pomoc w wypełnieniu wniosków o kartę pobytu,
– lekcje języka polskiego dla dorosłych i dzieci,
– wsparcie psychologa (również w języku ukraińskim i rosyjskim),
– pomoc doradcy zawodowego i warsztaty „Pierwsza praca na Śląsku”,
– zajęcia integracyjne dla rodzin w soboty.

Gdzie nas znaleźć?
Katowice, ul. Wita Stwosza 17 (wejście od podwórza), tel. 32 251 74 90
Poniedziałek – piątek: 8:00 – 16:00, wtorek do 18:00

Kontakt e-mail: cic (at) katowice.caritas.pl

Kierowniczka Centrum: Beata Sobieraj
Koordynator projektu: Tomasz Kubica – t.kubica [at] katowice [dot] caritas [dot] pl

Ogłoszenia:
Poszukujemy wolontariuszy do prowadzenia zajęć z dziećmi w soboty oraz tłumaczy języka ukraińskiego, dari i hindi. Zgłoszenia przyjmuje Centrum Wolontariatu Caritas.

Dofinansowane przez Unię Europejską. Fundusz Azylu, Migracji i Integracji. Poglądy i opinie wyrażone w niniejszym materiale są wyłącznie poglądami autora i niekoniecznie odzwierciedlają poglądy Unii Europejskiej lub Komisji Europejskiej. Ani Unia Europejska, ani organ przyznający pomoc nie mogą ponosić za nie odpowiedzialności.

Caritas Archidiecezji Katowickiej, ul. Wita Stwosza 17a, 40-042 Katowice | NIP 634-10-88-432 | KRS 0000198669
""", [P("Śląski Dom – Centrum Integracji Cudzoziemców w Katowicach", "2024-01-01", "2026-12-31", "ongoing",
        funding=[("Unia Europejska", "Fundusz Azylu, Migracji i Integracji", 2586870.0, "PLN")],
        orgs=[("Caritas Archidiecezji Katowickiej", "lead"), ("Miasto Katowice", "partner")],
        people=[("Beata Sobieraj", "other", None, None), ("Tomasz Kubica", "coordinator", None, "t.kubica@katowice.caritas.pl"), (None, "contact", None, "cic@katowice.caritas.pl")],
        places=["Katowice", "Chorzów", "Sosnowiec", "Mysłowice", "Tychy"],
        alts=["Centrum Integracji Cudzoziemców „Śląski Dom”"])], cut=True)

W("a12", "pl", """Uniwersytet Rzeszowski
Nauka > Projekty badawcze > Projekty NCN

Nowi pracownicy, stare bariery? Cudzoziemcy na rynku pracy Podkarpacia

Kierownik projektu: dr hab. Joanna Lis, prof. UR (Instytut Socjologii)
Źródło finansowania: Narodowe Centrum Nauki
Konkurs: OPUS 24
Numer umowy: 2022/47/B/HS6/01834
Kwota finansowania: 1 214 600 zł
Data rozpoczęcia: 1 października 2023 r.
Okres realizacji: 36 miesięcy

Opis projektu
W ostatniej dekadzie Podkarpacie z regionu emigracji stało się regionem, do którego przyjeżdżają pracownicy z zagranicy – najpierw z Ukrainy, a coraz częściej z Azji Środkowej, Indii, Nepalu i Filipin. Projekt bada, jak cudzoziemcy wchodzą na lokalne rynki pracy w Rzeszowie, Mielcu i Stalowej Woli, jaką rolę odgrywają agencje pośrednictwa pracy i jak pracodawcy oraz mieszkańcy oceniają zmiany w swoich miejscowościach.

Badania obejmą ankietę wśród 1200 pracowników cudzoziemskich, 60 wywiadów z pracodawcami i urzędnikami powiatowych urzędów pracy oraz studia przypadków trzech zakładów przemysłowych. W zespole badawczym pracują: dr Paweł Kud, mgr Anastasiia Bondar i mgr Krzysztof Ryba.

Kontakt: jlis@ur.edu.pl
""", [P("Nowi pracownicy, stare bariery? Cudzoziemcy na rynku pracy Podkarpacia", "2023-10-01", None, None,
        funding=[("Narodowe Centrum Nauki", "OPUS 24", 1214600.0, "PLN")],
        orgs=[("Uniwersytet Rzeszowski", "lead")],
        people=[("Joanna Lis", "coordinator", "Uniwersytet Rzeszowski", "jlis@ur.edu.pl"), ("Paweł Kud", "other", None, None), ("Anastasiia Bondar", "other", None, None), ("Krzysztof Ryba", "other", None, None)],
        places=["Podkarpacie", "Rzeszów", "Mielec", "Stalowa Wola"])])

W("a13", "pl", """Fundacja Lubuska Przystań
Start O fundacji Projekty Aktualności Raporty Kontakt
Szukaj...

Asystent bez granic – wsparcie dla uchodźców z Ukrainy z niepełnosprawnościami

Projekt „Asystent bez granic” jest realizowany od 1 lipca 2023 r. do 30 czerwca 2024 r. przez Fundację Lubuska Przystań w ramach programu „Pomoc obywatelom Ukrainy z niepełnosprawnością” finansowanego ze środków Państwowego Funduszu Rehabilitacji Osób Niepełnosprawnych (PFRON). Kwota dofinansowania wynosi 312 450,00 zł.

Wsparciem obejmujemy 45 osób z niepełnosprawnościami, które przyjechały do Polski po 24 lutego 2022 r. i mieszkają w Zielonej Górze, Nowej Soli i Świebodzinie. Każdy uczestnik otrzymuje pomoc asystenta osobistego mówiącego po ukraińsku, który pomaga w dotarciu do lekarzy i rehabilitantów, w załatwianiu spraw w powiatowych zespołach ds. orzekania o niepełnosprawności i w codziennym funkcjonowaniu. Zapewniamy też dofinansowanie do zakupu sprzętu rehabilitacyjnego oraz konsultacje fizjoterapeutyczne.

Partnerem projektu jest Lubuski Sejmik Osób Niepełnosprawnych.

Zgłoszenia: Oksana Melnyk, tel. 690 441 205, e-mail: asystent.bezgranic@lubuskaprzystan.org.pl

logo PFRON
Sfinansowano ze środków PFRON

© 2024 Fundacja Lubuska Przystań. Wszelkie prawa zastrzeżone. | Polityka prywatności | Deklaracja dostępności
""", [P("Asystent bez granic – wsparcie dla uchodźców z Ukrainy z niepełnosprawnościami", "2023-07-01", "2024-06-30", "ongoing",
        funding=[("Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych", "Pomoc obywatelom Ukrainy z niepełnosprawnością", 312450.0, "PLN")],
        orgs=[("Fundacja Lubuska Przystań", "lead"), ("Lubuski Sejmik Osób Niepełnosprawnych", "partner")],
        people=[("Oksana Melnyk", "contact", None, "asystent.bezgranic@lubuskaprzystan.org.pl")],
        places=["Zielona Góra", "Nowa Sól", "Świebodzin"],
        alts=["Asystent bez granic"])])

W("a14", "pl", """Stowarzyszenie Inicjatyw Lokalnych „Zagroda”
Biłgoraj

🌻 Rozpoczęliśmy realizację projektu „Biłgoraj – nasz wspólny dom”! 🌻

Z radością informujemy, że nasze Stowarzyszenie otrzymało dofinansowanie w wysokości 98 tys. zł na realizację projektu „Biłgoraj – nasz wspólny dom”. Projekt potrwa od 1 czerwca do 31 grudnia 2024 r.

Do Biłgoraja i okolicznych gmin – Tarnogrodu, Frampola i Księżpola – przyjechało w ostatnich latach kilkaset rodzin z Ukrainy, a także pracownicy z Kolumbii i Uzbekistanu zatrudnieni w miejscowych zakładach. Chcemy, żeby poczuli się tu jak u siebie, a mieszkańcy mogli ich lepiej poznać. Zaplanowaliśmy:
✅ bezpłatny kurs języka polskiego (dwie grupy, wieczorami),
✅ „Kuchnię sąsiedzką” – 6 spotkań kulinarnych w Biłgorajskim Centrum Kultury,
✅ wycieczki po Roztoczu dla rodzin,
✅ dyżury doradcy, który pomoże w sprawach urzędowych.

Partnerem projektu jest Gmina Miasto Biłgoraj. Zapisy i informacje: Magdalena Szponar, tel. 84 686 22 10 lub zagroda.bilgoraj@gmail.com

logo NIW-CRSO    logo NOWEFIO
Projekt dofinansowany przez Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego ze środków Rządowego Programu Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021–2030.

#Biłgoraj #Roztocze #integracja #NOWEFIO
""", [P("Biłgoraj – nasz wspólny dom", "2024-06-01", "2024-12-31", "ongoing",
        funding=[("Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego", "Rządowy Program Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021–2030", 98000.0, "PLN")],
        orgs=[("Stowarzyszenie Inicjatyw Lokalnych Zagroda", "lead"), ("Gmina Miasto Biłgoraj", "partner")],
        people=[("Magdalena Szponar", "contact", None, "zagroda.bilgoraj@gmail.com")],
        places=["Biłgoraj", "Roztocze"])])

W("a15", "pl", """Fundacja Edukacja bez Barier
Toruń
PL | EN

Projekty międzynarodowe / Erasmus+

MIND THE GAP – Migrant Inclusion through Non-formal Digital Training

Numer projektu: 2023-1-IT02-KA220-ADU-000154321
Akcja: KA220-ADU Partnerstwa współpracy w obszarze edukacji dorosłych
Okres realizacji: 01/11/2023 – 31/10/2025
Budżet: 250 000,00 EUR

Koordynator: Cooperativa Sociale Il Ponte (Palermo, Włochy)
Partnerzy: Fundacja Edukacja bez Barier (Toruń, Polska), KMOP – Social Action and Innovation Centre (Saloniki, Grecja), Asociación Valencia Acoge (Walencja, Hiszpania)

O projekcie
Projekt MIND THE GAP odpowiada na potrzeby dorosłych migrantów, którzy nie mają podstawowych umiejętności cyfrowych, a przez to trudniej im znaleźć pracę, załatwić sprawy w e-urzędzie czy wspierać dzieci w nauce zdalnej. Partnerzy opracują otwarty kurs kompetencji cyfrowych w sześciu językach, przewodnik dla edukatorów dorosłych oraz zestaw ćwiczeń do wykorzystania w organizacjach pomocowych. Kurs zostanie przetestowany z udziałem grup migrantów w Toruniu, Palermo, Salonikach i Walencji.

Spotkania partnerskie: Palermo (listopad 2023), Toruń (maj 2024), Saloniki (marzec 2025), Walencja (październik 2025).

Kontakt w Polsce: Aleksandra Górecka – a.gorecka@edukacjabezbarier.pl

Finansowane przez Unię Europejską. Wyrażone poglądy i opinie są jedynie opiniami autora lub autorów i niekoniecznie odzwierciedlają poglądy i opinie Unii Europejskiej lub Europejskiej Agencji Wykonawczej ds. Edukacji i Kultury (EACEA). Unia Europejska ani EACEA nie ponoszą za nie odpowiedzialności.
[logo: Co-funded by the European Union] [logo: Erasmus+ Fundacja Rozwoju Systemu Edukacji]

Zapisz się do newslettera – raz w miesiącu informacje o kursach, szkoleniach i naborach do projektów.
Nasze inne projekty: Cyfrowy Senior | Edukacja bez Barier dla Ukrainy | Szkoła Dialogu
Fundacja Edukacja bez Barier, ul. Szeroka 12, 87-100 Toruń | KRS 0000554120 | Polityka prywatności
""", [P("MIND THE GAP – Migrant Inclusion through Non-formal Digital Training", "2023-11-01", "2025-10-31", None,
        funding=[("Unia Europejska", "Erasmus+", 250000.0, "EUR")],
        orgs=[("Cooperativa Sociale Il Ponte", "lead"), ("Fundacja Edukacja bez Barier", "partner"), ("KMOP – Social Action and Innovation Centre", "partner"), ("Asociación Valencia Acoge", "partner"), ("Fundacja Rozwoju Systemu Edukacji", "other")],
        people=[("Aleksandra Górecka", "contact", "Fundacja Edukacja bez Barier", "a.gorecka@edukacjabezbarier.pl")],
        places=["Toruń", "Palermo", "Saloniki", "Walencja"],
        alts=["MIND THE GAP"])], cut=True)

W("a16", "pl", """Aktualności

Klub Małego Sąsiada – podsumowanie

Grudzień 2023

Zakończyliśmy projekt „Klub Małego Sąsiada”, który Stowarzyszenie Sądeczanie Razem realizowało od kwietnia do listopada 2023 r. w Nowym Sączu. Przez osiem miesięcy w świetlicy przy Szkole Podstawowej nr 11 spotykały się dzieci z polskich i ukraińskich rodzin – razem odrabiały lekcje, grały w planszówki, piekły pierniki i uczyły się nawzajem swoich języków. W zajęciach wzięło udział 38 dzieci w wieku 7–12 lat. Na zakończenie zorganizowaliśmy wycieczkę do Sądeckiego Parku Etnograficznego 😊

Projekt otrzymał grant w wysokości 15 tys. zł w programie grantowym „Moje miejsce na Ziemi” Fundacji Orlen. Dziękujemy dyrekcji SP 11 za udostępnienie sali oraz naszym wolontariuszkom: Kindze, Oli i Nataliji!

Zdjęcia z zajęć znajdziecie w galerii.

Tagi: dzieci, Ukraina, świetlica, Nowy Sącz
""", [P("Klub Małego Sąsiada", "2023-04", "2023-11", "completed",
        funding=[("Fundacja Orlen", "Moje miejsce na Ziemi", 15000.0, "PLN")],
        orgs=[("Stowarzyszenie Sądeczanie Razem", "lead")],
        places=["Nowy Sącz"])])
