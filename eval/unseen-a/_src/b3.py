from g import P, W

W("a17", "pl", """www.wroclaw.pl
Wiadomości | Rozrywka | Sport | Biznes | Dla mieszkańca | Urząd

Nadodrze dla wszystkich. Nowy punkt wsparcia dla cudzoziemców

Opublikowano: 03.02.2025, 12:45
Aktualizacja: 03.02.2025, 14:10

Na Nadodrzu, przy ul. Jedności Narodowej 81, rusza Punkt Wsparcia dla Migrantów. To część miejskiego projektu „Nadodrze dla wszystkich”, który prowadzi Fundacja Mosty Kultur na zlecenie Gminy Wrocław. Miasto przeznaczyło na ten cel 380 tys. zł na lata 2025–2026.

W punkcie cudzoziemcy – ale też ich polscy pracodawcy i sąsiedzi – uzyskają informacje o legalizacji pobytu i pracy, zapisach do szkół i przedszkoli, meldunku czy ubezpieczeniu zdrowotnym. Porady udzielane będą po polsku, ukraińsku, rosyjsku, angielsku i hiszpańsku, a dwa razy w miesiącu także w języku hindi i nepalskim.

– Co dziesiąty mieszkaniec Wrocławia to dziś osoba z doświadczeniem migracji. Chcemy, żeby pomoc była blisko, w sąsiedztwie, a nie tylko w urzędzie przy Zapolskiej – mówi Jakub Mazur, zastępca prezydenta Wrocławia.

Projekt obejmuje też sąsiedzkie dyżury we Wrocławskim Centrum Rozwoju Społecznego, kawiarenkę językową w Kinie Nowe Horyzonty i program mentoringu, w którym wrocławscy seniorzy pomagają rodzinom cudzoziemców odnaleźć się w mieście.

– Nadodrze od zawsze było dzielnicą przybyszów. Pracujemy tu od ośmiu lat i widzimy, jak bardzo potrzebne jest miejsce, do którego można po prostu przyjść z pytaniem – podkreśla Olha Savchenko, prezeska Fundacji Mosty Kultur.

Punkt czynny jest od poniedziałku do czwartku w godz. 10–18, w piątki 10–14. Wcześniej można umówić się telefonicznie: 71 307 22 41 lub mailowo: punkt@mostykultur.org.

Czytaj także:
Wrocławska Rada ds. Cudzoziemców – nabór członków
Bezpłatne kursy polskiego w bibliotekach miejskich
Ferie w mieście – oferta dla dzieci w wielu językach

Komentarze (12)
Dodaj komentarz

Tomek_z_Nadodrza: Super inicjatywa, sąsiedzi z Ukrainy często pytają mnie o takie rzeczy.
Anka: A czy w punkcie można też dostać pomoc w sprawie karty pobytu dla dziecka?

Redakcja: Urząd Miejski Wrocławia, Wydział Komunikacji Społecznej, pl. Nowy Targ 1-8, 50-141 Wrocław
""", [P("Nadodrze dla wszystkich", "2025", "2026", "ongoing",
        funding=[("Gmina Wrocław", None, 380000.0, "PLN")],
        orgs=[("Fundacja Mosty Kultur", "lead")],
        people=[("Olha Savchenko", "other", "Fundacja Mosty Kultur", None), (None, "contact", None, "punkt@mostykultur.org")],
        places=["Wrocław", "Nadodrze"])], cut=True)

W("a18", "pl", """Stowarzyszenie Kultury Wietnamskiej „Sen Vàng”
Hội Văn hóa Việt Nam tại Ba Lan

Mosty pokoleń – projekt zakończony

Projekt „Mosty pokoleń. Język polski i wietnamski w rodzinach migranckich” realizowany był w okresie od 1 marca 2022 r. do 28 lutego 2023 r. Zajęcia odbywały się w Warszawie (na Woli i na Ursynowie) oraz w Wólce Kosowskiej w gminie Lesznowola, gdzie mieszka i pracuje duża część społeczności wietnamskiej.

Dzieci uczyły się języka wietnamskiego i kaligrafii, a ich rodzice i dziadkowie – języka polskiego. Raz w miesiącu organizowaliśmy wspólne niedzielne spotkania rodzinne z opowieściami, grami i gotowaniem. Na koniec projektu wydaliśmy dwujęzyczny śpiewnik „Piosenki naszych babć / Bài hát của bà”.

Projekt był współfinansowany ze środków m.st. Warszawy (dotacja 46 200 zł) oraz Gminy Lesznowola (12 000 zł).

Za projekt odpowiadały: Nguyễn Thị Lan (koordynatorka) i Ewa Dąbrowska-Trần (lektorka języka polskiego).

Kontakt: senvang.stowarzyszenie@wp.pl
Facebook: /senvang.pl
""", [P("Mosty pokoleń. Język polski i wietnamski w rodzinach migranckich", "2022-03-01", "2023-02-28", "completed",
        funding=[("m.st. Warszawa", None, 46200.0, "PLN"), ("Gmina Lesznowola", None, 12000.0, "PLN")],
        orgs=[("Stowarzyszenie Kultury Wietnamskiej Sen Vàng", "lead")],
        people=[("Nguyễn Thị Lan", "coordinator", None, None), ("Ewa Dąbrowska-Trần", "other", None, None)],
        places=["Warszawa", "Wola", "Ursynów", "Wólka Kosowska", "gmina Lesznowola"],
        alts=["Mosty pokoleń"])])

W("a19", "pl", """Fundacja Nadwarciański Dom
Gorzów Wielkopolski

O nas | Zespół | Statut | Sprawozdania | Wesprzyj | Kontakt

O fundacji

Fundacja Nadwarciański Dom powstała w 2016 roku z inicjatywy grupy gorzowskich nauczycielek i prawniczek, które pomagały pierwszym rodzinom z Ukrainy osiedlającym się w naszym mieście. Dziś jesteśmy jedną z największych organizacji wspierających cudzoziemców w województwie lubuskim.

Naszą misją jest budowanie otwartej wspólnoty lokalnej, w której każdy – niezależnie od pochodzenia – może żyć godnie i bezpiecznie. Prowadzimy poradnictwo prawne i zawodowe, lekcje języka polskiego, zajęcia dla dzieci i działania edukacyjne w szkołach. Współpracujemy z Urzędem Miasta Gorzowa Wielkopolskiego, Lubuskim Urzędem Wojewódzkim, powiatowymi urzędami pracy oraz parafiami różnych wyznań.

Od 2019 r. posiadamy status organizacji pożytku publicznego. Jesteśmy członkiem Ogólnopolskiej Sieci Organizacji Pomocowych dla Migrantów.

Zarząd:
Dorota Kwiecińska – prezeska
Serhij Bondarenko – wiceprezes

Nasze działania wspierali m.in.: Miasto Gorzów Wielkopolski, Fundusz Obywatelski, UNHCR, Fundacja Orange i darczyńcy indywidualni. Dziękujemy!

Dane organizacji:
Fundacja Nadwarciański Dom, ul. Sikorskiego 44/2, 66-400 Gorzów Wielkopolski
KRS 0000612345 | NIP 599-32-11-874
kontakt: biuro [małpa] nadwarcianskidom [kropka] org

Wesprzyj nas – przekaż 1,5% podatku!
""", [])

W("a20", "pl", """Biuletyn Informacji Publicznej
Powiat Kwidzyński

Menu przedmiotowe > Projekty realizowane przez Powiat > Fundusze Norweskie i EOG

Kwidzyn – powiat otwarty. Lokalny system wsparcia cudzoziemców

Beneficjent: Powiat Kwidzyński
Realizator: Powiatowe Centrum Pomocy Rodzinie w Kwidzynie
Partnerzy: Gmina Miejska Kwidzyn, Stowarzyszenie Żuławska Sieć Pomocy, KS Norsk Folkehjelp (Norwegia)
Program: Rozwój Lokalny
Źródło finansowania: Mechanizm Finansowy Europejskiego Obszaru Gospodarczego 2014–2021 oraz Norweski Mechanizm Finansowy 2014–2021
Wartość projektu: 1 846 220,00 zł
Kwota dofinansowania: 1 569 287,00 zł
Okres realizacji: od 1 października 2022 r. do 30 kwietnia 2024 r.

Opis projektu:
W ostatnich latach w powiecie kwidzyńskim znacząco wzrosła liczba cudzoziemców, głównie pracowników z Ukrainy, Białorusi i Mołdawii zatrudnionych w zakładach przemysłowych Kwidzyna i Prabut. Celem projektu jest stworzenie lokalnego systemu wsparcia cudzoziemców i ich rodzin oraz wzmocnienie współpracy instytucji publicznych z organizacjami pozarządowymi.

Zakres projektu obejmuje:
1) utworzenie Punktu Informacji dla Cudzoziemców w siedzibie PCPR,
2) szkolenia dla 120 pracowników urzędów, szkół i placówek ochrony zdrowia,
3) kursy języka polskiego w Kwidzynie, Prabutach i Sadlinkach,
4) wizytę studyjną w Norwegii dotyczącą modelu integracji w małych gminach,
5) opracowanie „Powiatowego programu integracji cudzoziemców na lata 2024–2028”.

Osoba do kontaktu: Renata Brzezińska, PCPR w Kwidzynie, tel. 55 279 30 10, r.brzezinska@pcpr.kwidzyn.pl

Dzięki Funduszom EOG i Funduszom norweskim Islandia, Liechtenstein i Norwegia przyczyniają się do zmniejszenia różnic społecznych i ekonomicznych oraz do wzmocnienia relacji dwustronnych z państwami beneficjentami w Europie.

Wytworzył: PCPR Kwidzyn | Wprowadził: Administrator | Data wprowadzenia: 2022-10-12
Rejestr zmian | Drukuj | Pobierz PDF
Deklaracja dostępności | Instrukcja obsługi BIP | Redakcja biuletynu
Starostwo Powiatowe w Kwidzynie, ul. Warszawska 22, 82-500 Kwidzyn, tel. 55 646 58 00
Liczba odwiedzin: 1284
""", [P("Kwidzyn – powiat otwarty. Lokalny system wsparcia cudzoziemców", "2022-10-01", "2024-04-30", None,
        funding=[(None, None, 1569287.0, "PLN"), ("Mechanizm Finansowy Europejskiego Obszaru Gospodarczego 2014–2021", "Rozwój Lokalny", None, None), ("Norweski Mechanizm Finansowy 2014–2021", "Rozwój Lokalny", None, None)],
        orgs=[("Powiat Kwidzyński", "lead"), ("Powiatowe Centrum Pomocy Rodzinie w Kwidzynie", "lead"), ("Gmina Miejska Kwidzyn", "partner"), ("Stowarzyszenie Żuławska Sieć Pomocy", "partner"), ("KS Norsk Folkehjelp", "partner")],
        people=[("Renata Brzezińska", "contact", "Powiatowe Centrum Pomocy Rodzinie w Kwidzynie", "r.brzezinska@pcpr.kwidzyn.pl")],
        places=["powiat kwidzyński", "Kwidzyn", "Prabuty", "Sadlinki", "Norwegia"])], cut=True)

W("a21", "pl", """Zdjęcie: Fundacja Radomskie Centrum Pomocy / materiały prasowe

„Zdrowie bez barier” – podsumowanie projektu i raport

27 maja 2024 | Aktualności, Zdrowie
Udostępnij

Przez piętnaście miesięcy – od lutego 2023 do kwietnia 2024 roku – Fundacja Radomskie Centrum Pomocy prowadziła projekt „Zdrowie bez barier”, którego celem było ułatwienie uchodźcom z Ukrainy i innym cudzoziemcom mieszkającym w Radomiu i powiecie radomskim dostępu do opieki zdrowotnej. W przychodniach w Radomiu, Pionkach i Jedlińsku dyżurowali asystenci zdrowotni mówiący po ukraińsku i rosyjsku, a na oddziałach położniczych Radomskiego Szpitala Specjalistycznego – tłumaczki.

Projekt został zrealizowany dzięki wsparciu UNICEF, we współpracy z Gminą Miasta Radomia i Mazowieckim Oddziałem Wojewódzkim NFZ. Łącznie asystenci towarzyszyli pacjentom podczas ponad 3 400 wizyt, a infolinia zdrowotna odebrała 5 100 połączeń.

Podsumowaniem działań jest raport „Zdrowie bez barier. Doświadczenia pacjentów z Ukrainy w radomskich placówkach medycznych”, którego autorkami są Halina Wrona i Yuliia Kravets. Raport zawiera rekomendacje dla samorządów i placówek ochrony zdrowia, m.in. stałe finansowanie asystentów zdrowotnych oraz tłumaczenia dokumentów medycznych.

Pobierz raport (PDF)
""", [P("Zdrowie bez barier", "2023-02", "2024-04", "completed",
        funding=[("UNICEF", None, None, None)],
        orgs=[("Fundacja Radomskie Centrum Pomocy", "lead"), ("Gmina Miasta Radomia", "partner"), ("Mazowiecki Oddział Wojewódzki NFZ", "partner")],
        people=[("Halina Wrona", "author", None, None), ("Yuliia Kravets", "author", None, None)],
        places=["Radom", "powiat radomski", "Pionki", "Jedlińsk"])])

W("a22", "pl", """Koalicja Otwarta Małopolska – sieć organizacji wspierających migrantów

Koalicja Otwarta Małopolska

0

Koalicja Otwarta Małopolska otrzymała dofinansowanie z Funduszu Obywatelskiego im. Henryka Wujca na dwuletni projekt „Razem mocniejsi – rozwój Koalicji Otwarta Małopolska”, realizowany od 1 lipca 2024 r. do 30 czerwca 2026 r.

O co chodzi w projekcie?

Od 2022 roku osiem organizacji z Krakowa, Tarnowa, Nowego Sącza i Nowego Targu spotyka się regularnie, by wymieniać się informacjami o sytuacji migrantów i migrantek w Małopolsce. Dzięki grantowi współpraca nabierze stałej formy: w planach jest przygotowanie wspólnej strategii rzeczniczej wobec samorządu województwa, cykl 6 spotkań sieciujących, szkolenia dla liderów z doświadczeniem migracji oraz kampanię społeczną „Małopolska – tu mieszkamy” przeciwko mowie nienawiści. Liderem projektu jest Stowarzyszenie Interkulturalni PL.

Cele koalicji:
  • wymiana wiedzy i wzajemne wsparcie organizacji członkowskich;
  • wspólne działania rzecznicze na poziomie lokalnym i regionalnym;
  • wzmacnianie organizacji tworzonych przez samych migrantów.

W pracach Koalicji biorą udział:

Stowarzyszenie Interkulturalni PL, Fundacja Internationaler Bund Polska, Fundacja Zustricz, Stowarzyszenie Willa Decjusza, Caritas Diecezji Tarnowskiej, Fundacja Sądecka, Podhalańskie Stowarzyszenie Otwarte Ręce (Nowy Targ) i Ukraiński Dom w Krakowie.

Fundusz Obywatelski im. Henryka Wujca jest prowadzony przez Fundację im. Stefana Batorego.

Share.
""", [P("Razem mocniejsi – rozwój Koalicji Otwarta Małopolska", "2024-07-01", "2026-06-30", None,
        funding=[("Fundusz Obywatelski im. Henryka Wujca", None, None, None)],
        orgs=[("Stowarzyszenie Interkulturalni PL", "lead"), 
              ("Fundacja Internationaler Bund Polska", "member"), ("Fundacja Zustricz", "member"), ("Stowarzyszenie Willa Decjusza", "member"),
              ("Caritas Diecezji Tarnowskiej", "member"), ("Fundacja Sądecka", "member"), ("Podhalańskie Stowarzyszenie Otwarte Ręce", "member"),
              ("Ukraiński Dom w Krakowie", "member"), ("Fundacja im. Stefana Batorego", "other")],
        places=["Małopolska", "Kraków", "Tarnów", "Nowy Sącz", "Nowy Targ"])])
