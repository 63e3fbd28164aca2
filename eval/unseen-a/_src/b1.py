from g import P, W

W("a01", "pl", """Przejdź do treści
Menu
Strona główna | O nas | Projekty | Aktualności | Kontakt | BIP

Bezpieczna przystań. Centrum wsparcia cudzoziemców na Warmii i Mazurach

Stowarzyszenie Wspólnota Warmińska z siedzibą w Olsztynie realizuje od 1 lutego 2024 r. do 31 stycznia 2027 r. projekt „Bezpieczna przystań. Centrum wsparcia cudzoziemców na Warmii i Mazurach”, współfinansowany ze środków Unii Europejskiej w ramach programu krajowego Funduszu Azylu, Migracji i Integracji (FAMI).

Wartość projektu: 3 284 116,40 zł
Wkład Funduszy Europejskich: 2 955 704,76 zł

Projekt realizowany jest w partnerstwie z Miejskim Ośrodkiem Pomocy Społecznej w Olsztynie oraz Uniwersytetem Warmińsko-Mazurskim w Olsztynie.

Do kogo skierowane jest wsparcie?
Z oferty mogą skorzystać obywatele państw trzecich legalnie przebywający na terenie województwa warmińsko-mazurskiego, w szczególności mieszkający w Olsztynie, Elblągu, Ełku i Giżycku.

Co oferujemy?
• bezpłatne kursy języka polskiego (A1–B2) w formie stacjonarnej i online,
• indywidualne poradnictwo prawne i zawodowe,
• pomoc psychologiczną w językach ukraińskim, rosyjskim i angielskim,
• asystę międzykulturową przy załatwianiu spraw w urzędach, szkołach i placówkach ochrony zdrowia,
• zajęcia adaptacyjne dla dzieci i młodzieży,
• szkolenia dla pracowników instytucji publicznych z zakresu komunikacji międzykulturowej.

Punkt konsultacyjny działa w Olsztynie przy ul. Partyzantów 14/3 (I piętro), od poniedziałku do piątku w godz. 9:00–17:00. W Elblągu, Ełku i Giżycku raz w tygodniu odbywają się dyżury mobilnego zespołu doradców.

Kontakt w sprawie projektu:
Koordynatorka projektu – Marta Zielińska-Kowal
tel. 89 523 41 70
e-mail: przystan (małpa) wspolnotawarminska.pl

Zapisy na kursy językowe prowadzi Ołena Hryhorenko – kursy@wspolnotawarminska.pl

Aktualne informacje znajdziesz także na stronie projektu: www.przystan-olsztyn.pl

[logo] Dofinansowane przez Unię Europejską | Fundusz Azylu, Migracji i Integracji | Ministerstwo Spraw Wewnętrznych i Administracji
Wyłączna odpowiedzialność za wszelkie wyrażone poglądy i opinie spoczywa na autorach. Nie muszą one odzwierciedlać poglądów Unii Europejskiej lub Europejskiej Agencji Wykonawczej. Ani Unia Europejska, ani organ przyznający pomocy nie ponoszą za nie odpowiedzialności.
""", [P("Bezpieczna przystań. Centrum wsparcia cudzoziemców na Warmii i Mazurach", "2024-02-01", "2027-01-31", "ongoing",
        funding=[("Unia Europejska", "Fundusz Azylu, Migracji i Integracji", 2955704.76, "PLN")],
        orgs=[("Stowarzyszenie Wspólnota Warmińska", "lead"), ("Miejski Ośrodek Pomocy Społecznej w Olsztynie", "partner"), ("Uniwersytet Warmińsko-Mazurski w Olsztynie", "partner")],
        people=[("Marta Zielińska-Kowal", "coordinator", None, "przystan@wspolnotawarminska.pl"), ("Ołena Hryhorenko", "contact", None, "kursy@wspolnotawarminska.pl")],
        places=["województwo warmińsko-mazurskie", "Olsztyn", "Elbląg", "Ełk", "Giżycko"],
        urls=["www.przystan-olsztyn.pl"])], cut=True)

W("a02", "pl", """Ułatwienia dostępu
Wersja kontrastowa  A A A

Sąsiedzi zza Sanu – poradnictwo i integracja w Przemyślu

Grantobiorca: Stowarzyszenie Społeczno-Kulturalne „Pogranicze” w Przemyślu
Nabór: 4. konkurs tematyczny – wsparcie dla osób uchodźczych
Kwota dotacji: 18 960,00 EUR
Partner: Parafia Greckokatolicka pw. Narodzenia św. Jana Chrzciciela w Przemyślu
Okres realizacji: 01.09.2022 – 31.08.2023
Obszar działania: powiat przemyski, miasto Przemyśl

Po 24 lutego 2022 r. Przemyśl stał się jednym z głównych punktów przyjmowania osób uciekających przed wojną. Dzięki projektowi prowadzimy punkt informacyjny dla osób z Ukrainy, w którym można uzyskać bezpłatną pomoc w sprawach legalizacji pobytu, nadania numeru PESEL, świadczeń rodzinnych i zatrudnienia. Raz w tygodniu nasza doradczyni pełni dyżur w Medyce i Żurawicy. Organizujemy również spotkania sąsiedzkie, podczas których mieszkańcy Przemyśla i nowo przybyłe rodziny wspólnie gotują, śpiewają i poznają historię miasta. Dla dzieci prowadzimy zajęcia świetlicowe w sali parafialnej przy ul. Basztowej.

Projekt zakończył się – rezultaty:
– 640 porad indywidualnych,
– 24 spotkania sąsiedzkie,
– 3 wydania informatora „Przemyśl krok po kroku” w języku ukraińskim.

Projekt „Sąsiedzi zza Sanu” korzysta z dofinansowania o wartości 18 960 EUR otrzymanego od Islandii, Liechtensteinu i Norwegii w ramach Funduszy EOG.
""", [P("Sąsiedzi zza Sanu – poradnictwo i integracja w Przemyślu", "2022-09-01", "2023-08-31", "completed",
        funding=[(None, None, 18960.0, "EUR"), ("Islandia", "Fundusze EOG", None, None), ("Liechtenstein", "Fundusze EOG", None, None), ("Norwegia", "Fundusze EOG", None, None)],
        orgs=[("Stowarzyszenie Społeczno-Kulturalne Pogranicze w Przemyślu", "lead"), ("Parafia Greckokatolicka pw. Narodzenia św. Jana Chrzciciela w Przemyślu", "partner")],
        places=["powiat przemyski", "Przemyśl", "Medyka", "Żurawica"],
        alts=["Sąsiedzi zza Sanu"])])

W("a03", "pl", """Podlaski Urząd Wojewódzki w Białymstoku
Strona główna > Aktualności > Komunikaty

Wojewoda podpisał umowę partnerską w projekcie „Podlaskie dla cudzoziemców”
14.03.2024

W środę 13 marca 2024 roku w Podlaskim Urzędzie Wojewódzkim w Białymstoku wojewoda podlaski Jacek Brzozowski podpisał umowę partnerską dotyczącą realizacji projektu „Podlaskie dla cudzoziemców – kompleksowe wsparcie integracji obywateli państw trzecich”. Liderem projektu jest Wojewoda Podlaski, a partnerami zostały: Fundacja Dialog z Białegostoku, Stowarzyszenie Centrum Wolontariatu w Suwałkach oraz Caritas Archidiecezji Białostockiej.

Projekt będzie realizowany od 1 kwietnia 2024 r. do 31 marca 2027 r. Jego całkowita wartość to blisko 6,2 mln zł, z czego 90% stanowi dofinansowanie z Funduszu Azylu, Migracji i Integracji, a 10% – środki budżetu państwa.

– Województwo podlaskie jest regionem granicznym. Coraz więcej cudzoziemców wybiera Białystok, Suwałki czy Łomżę jako miejsce do życia i pracy. Chcemy, żeby wiedzieli, gdzie szukać pomocy, a urzędy i szkoły były na nich przygotowane – mówił wojewoda.

W ramach projektu powstaną trzy punkty informacyjne dla cudzoziemców: w Białymstoku, Suwałkach i Łomży. Zaplanowano m.in. kursy języka polskiego, poradnictwo prawne i zawodowe, warsztaty adaptacyjne, pomoc psychologiczną, a także szkolenia dla kadr administracji publicznej, nauczycieli i pracowników socjalnych. Caritas Archidiecezji Białostockiej poprowadzi świetlice integracyjne dla dzieci.

Koordynatorem projektu po stronie urzędu jest Wydział Spraw Obywatelskich i Cudzoziemców. Szczegółowe informacje: Anna Sidorczuk, tel. 85 743 93 21, e-mail: asidorczuk@bialystok.uw.gov.pl.

Rzecznik prasowy Wojewody Podlaskiego
tel. 85 743 92 00

Udostępnij: Facebook | X | E-mail
Drukuj
Metryczka
Wytworzył: Biuro Wojewody
Opublikował: Piotr Nowacki
Data publikacji: 14.03.2024 10:22

Zobacz także:
• Nabór wniosków o zezwolenie na pobyt czasowy – zmiany w obsłudze klientów
• Wojewoda wręczył odznaczenia zasłużonym mieszkańcom regionu
• Komunikat w sprawie sytuacji na granicy polsko-białoruskiej
• Ogłoszenie o naborze na stanowisko w Wydziale Spraw Obywatelskich i Cudzoziemców
""", [P("Podlaskie dla cudzoziemców – kompleksowe wsparcie integracji obywateli państw trzecich", "2024-04-01", "2027-03-31", "planned",
        funding=[("Fundusz Azylu, Migracji i Integracji", None, None, None), ("budżet państwa", None, None, None)],
        orgs=[("Wojewoda Podlaski", "lead"), ("Fundacja Dialog", "partner"), ("Stowarzyszenie Centrum Wolontariatu w Suwałkach", "partner"), ("Caritas Archidiecezji Białostockiej", "partner")],
        people=[("Jacek Brzozowski", "other", None, None), ("Anna Sidorczuk", "contact", None, "asidorczuk@bialystok.uw.gov.pl")],
        places=["województwo podlaskie", "Białystok", "Suwałki", "Łomża"],
        alts=["Podlaskie dla cudzoziemców"])], cut=True)

W("a04", "pl", """Poznan.pl – Oficjalny serwis Miasta Poznania
Mieszkańcy > Organizacje pozarządowe > Konkursy

Rozstrzygnięcie otwartego konkursu ofert nr 12/2025 na wsparcie integracji cudzoziemców

Prezydent Miasta Poznania rozstrzygnął otwarty konkurs ofert na realizację zadań publicznych w obszarze „Działalność na rzecz integracji cudzoziemców” w 2025 roku. Na realizację zadań przeznaczono łącznie 420 000 zł z budżetu Miasta Poznania. Złożono 9 ofert, dotacje otrzymały trzy organizacje:

1. Fundacja Migrant Info Point – „Poznań Welcome Point 2025” – punkt informacyjno-doradczy dla cudzoziemców, dyżury prawników i doradców zawodowych w pięciu językach.
Termin realizacji: 01.03.2025–31.12.2025
Przyznana kwota: 240 000,00 zł

2. Stowarzyszenie Edukacji Międzykulturowej „Kalejdoskop” – „Szkoła dla wszystkich. Asystenci międzykulturowi w poznańskich szkołach podstawowych”
Termin realizacji: 01.03.2025–30.11.2025
Przyznana kwota: 115 000,00 zł

3. Fundacja Ukraiński Dom w Poznaniu – „Razem na Jeżycach” – cykl spotkań sąsiedzkich, warsztatów kulinarnych i zajęć dla seniorów z udziałem mieszkańców i migrantów z osiedla Jeżyce.
Termin realizacji: 01.04.2025–15.12.2025
Przyznana kwota: 65 000,00 zł

Pozostałe oferty nie uzyskały minimalnej liczby punktów lub zostały odrzucone z przyczyn formalnych. Szczegółowe wyniki znajdują się w zarządzeniu Prezydenta Miasta Poznania nr 188/2025/P z dnia 20 lutego 2025 r.

Kontakt: Oddział Aktywności Obywatelskiej, Wydział Zdrowia i Spraw Społecznych, tel. 61 878 54 20, e-mail: wzss-ngo[at]um.poznan.pl

Data publikacji: 21.02.2025
Autor: Wydział Zdrowia i Spraw Społecznych
""", [P("Poznań Welcome Point 2025", "2025-03-01", "2025-12-31", None,
        funding=[("budżet Miasta Poznania", None, 240000.0, "PLN")],
        orgs=[("Fundacja Migrant Info Point", "lead")], places=["Poznań"]),
      P("Szkoła dla wszystkich. Asystenci międzykulturowi w poznańskich szkołach podstawowych", "2025-03-01", "2025-11-30", None,
        funding=[("budżet Miasta Poznania", None, 115000.0, "PLN")],
        orgs=[("Stowarzyszenie Edukacji Międzykulturowej Kalejdoskop", "lead")], places=["Poznań"]),
      P("Razem na Jeżycach", "2025-04-01", "2025-12-15", None,
        funding=[("budżet Miasta Poznania", None, 65000.0, "PLN")],
        orgs=[("Fundacja Ukraiński Dom w Poznaniu", "lead")], places=["Poznań", "Jeżyce"])])

W("a05", "pl", """okladka_raport_web.png

„Nowi mieszkańcy Opolszczyzny” – raport z badań już dostępny

Raport zatytułowany „Nowi mieszkańcy Opolszczyzny. Potrzeby i bariery integracyjne cudzoziemców w małych gminach” przygotowały Katarzyna Wolny-Dudek i Iryna Marchuk we współpracy z dr. Tomaszem Szczepańskim z Uniwersytetu Opolskiego. Publikacja podsumowuje projekt o tym samym tytule, który Caritas Diecezji Opolskiej realizowała od stycznia 2023 do czerwca 2024 roku w gminach Głuchołazy, Prudnik, Kędzierzyn-Koźle i Namysłów.

Badacze przeprowadzili 212 ankiet i 38 wywiadów pogłębionych z cudzoziemcami – głównie z Ukrainy, Białorusi, Kolumbii i Filipin – oraz z pracownikami ośrodków pomocy społecznej i szkół. Z raportu wynika, że największą barierą jest nie tyle język, co brak informacji o tym, do kogo zwrócić się po pomoc.

Projekt został dofinansowany przez Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego ze środków Programu Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021–2030. Partnerem projektu był Uniwersytet Opolski.

Pobierz raport (PDF, 3,4 MB)

Opublikowano: 18.09.2024 | Kategoria: Migranci, Publikacje
Udostępnij  Tweetnij
""", [P("Nowi mieszkańcy Opolszczyzny. Potrzeby i bariery integracyjne cudzoziemców w małych gminach", "2023-01", "2024-06", "completed",
        funding=[("Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego", "Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021–2030", None, None)],
        orgs=[("Caritas Diecezji Opolskiej", "lead"), ("Uniwersytet Opolski", "partner")],
        people=[("Katarzyna Wolny-Dudek", "author", None, None), ("Iryna Marchuk", "author", None, None), ("Tomasz Szczepański", "author", "Uniwersytet Opolski", None)],
        places=["Głuchołazy", "Prudnik", "Kędzierzyn-Koźle", "Namysłów"],
        alts=["Nowi mieszkańcy Opolszczyzny"])])

W("a06", "pl", """Mamy swój głos – samorzecznictwo migrantek w Szczecinie
Ukraińskie Stowarzyszenie Kobiet „Berehynia”
Partycypacja i samoorganizacja migrantów
2023–2024
Szczecin

Berehynia to grupa kobiet z Ukrainy, Białorusi i Gruzji, które mieszkają w Szczecinie i Policach. W ramach projektu przeszkolono 15 liderek w zakresie samorzecznictwa, przygotowano wspólne stanowisko do Rady Miasta Szczecin w sprawie dostępu do żłobków i przedszkoli oraz zorganizowano 4 otwarte spotkania z radnymi i urzędnikami. Liderki prowadziły też dyżury informacyjne w Centrum Inicjatyw Lokalnych przy ul. Wojska Polskiego.

Przekazaliśmy wsparcie finansowe 24 500 zł oraz wsparcie instytucjonalne w ramach Szkoły Rzecznictwa.
""", [P("Mamy swój głos – samorzecznictwo migrantek w Szczecinie", "2023", "2024", None,
        funding=[(None, None, 24500.0, "PLN")],
        orgs=[("Ukraińskie Stowarzyszenie Kobiet Berehynia", "lead")],
        places=["Szczecin"])])

W("a07", "pl", """Muzeum Miasta Łodzi
Wydarzenia | Wystawy | Edukacja | Odwiedź nas | Sklep

12.10.2024, sobota, godz. 16:00
Pałac Poznańskiego, Sala Balowa, ul. Ogrodowa 15

Łódź – miasto przybyszów. Dawniej i dziś

Spotkanie z cyklu „Rozmowy o mieście”

Łódź zawsze była miastem migrantów. Dziś na ulicach Bałut i Widzewa znów słychać wiele języków: ukraiński, białoruski, hindi, wietnamski. Czy łódzkie doświadczenie „ziemi obiecanej” może nam coś powiedzieć o współczesnej migracji? Jak miasto przyjmuje nowych mieszkańców?

Rozmawiają:
dr hab. Agnieszka Rosiak, Instytut Socjologii Uniwersytetu Łódzkiego
Wiktoria Pasichnyk, Fundacja Ukraina–Łódź
Michał Wójcik, Biuro ds. Partycypacji Społecznej Urzędu Miasta Łodzi

Prowadzenie: Paweł Kępiński (Radio Łódź)

Wstęp wolny, obowiązują zapisy: edukacja@muzeum-lodz.pl

Spotkanie tłumaczone na język ukraiński i polski język migowy.

Organizatorzy:
• Muzeum Miasta Łodzi
• Fundacja Ukraina–Łódź
Patronat medialny: Radio Łódź, Dziennik Łódzki

Ta strona używa plików cookies. Korzystając z niej, wyrażasz zgodę na ich użycie. [Akceptuję]
""", [])

W("a08", "pl", """Aktualności

Wielki Piknik Sąsiedzki „Kielce wielu kultur” już w najbliższą sobotę!

Zapraszamy mieszkańców Kielc – tych, którzy mieszkają tu od pokoleń, i tych, którzy przyjechali niedawno – na Wielki Piknik Sąsiedzki „Kielce wielu kultur”. Piknik odbędzie się 7 września 2024 r. w godz. 12:00–19:00 na Placu Artystów. W programie: koncerty zespołów z Ukrainy, Gruzji i Indii, kuchnie świata, warsztaty tańca, malowanie twarzy i kącik czytelniczy dla dzieci z książkami w siedmiu językach.

Piknik jest częścią projektu „Świętokrzyskie Mosty – integracja cudzoziemców w Kielcach i powiecie kieleckim”, realizowanego przez Fundację Świętokrzyskie Centrum Wolontariatu we współpracy z Miejskim Ośrodkiem Pomocy Rodzinie w Kielcach. Projekt trwa od marca 2024 r. do lutego 2025 r. i jest dofinansowany ze środków Województwa Świętokrzyskiego oraz Fundacji PZU.

Partnerami pikniku są Kieleckie Centrum Kultury i Parafia Rzymskokatolicka pw. św. Józefa Robotnika.

Więcej informacji: Justyna Mazur, koordynatorka projektu, tel. 501 222 318, justyna.mazur@scw.kielce.pl

#Kielce #integracja #piknik
""", [P("Świętokrzyskie Mosty – integracja cudzoziemców w Kielcach i powiecie kieleckim", "2024-03", "2025-02", "ongoing",
        funding=[("Województwo Świętokrzyskie", None, None, None), ("Fundacja PZU", None, None, None)],
        orgs=[("Fundacja Świętokrzyskie Centrum Wolontariatu", "lead"), ("Miejski Ośrodek Pomocy Rodzinie w Kielcach", "partner")],
        people=[("Justyna Mazur", "coordinator", None, "justyna.mazur@scw.kielce.pl")],
        places=["Kielce", "powiat kielecki"]),
      P("Kielce wielu kultur", "2024-09-07", "2024-09-07", None,
        funding=[("Województwo Świętokrzyskie", None, None, None), ("Fundacja PZU", None, None, None)],
        orgs=[("Fundacja Świętokrzyskie Centrum Wolontariatu", "lead"), ("Kieleckie Centrum Kultury", "partner"), ("Parafia Rzymskokatolicka pw. św. Józefa Robotnika", "partner")],
        places=["Kielce"],
        alts=["Wielki Piknik Sąsiedzki „Kielce wielu kultur”"])])
