from lib import P, write

write("j11", "pl", """
Przejdź do treści
Ułatwienia dostępu

Sąsiedzka świetlica na Zasaniu

Realizator projektu: Stowarzyszenie Przemyska Inicjatywa Społeczna
Nabór: 5. nabór – Fundusz Regionalny, ścieżka B
Kwota grantu: 23 780,00 EUR
Partnerzy: Parafia Greckokatolicka pw. Narodzenia Przenajświętszej Bogurodzicy w Przemyślu
Okres realizacji: 01.09.2023–31.12.2024

Na przemyskim Zasaniu mieszka dziś kilkaset rodzin, które przyjechały z Ukrainy po lutym 2022 r. Prowadzimy dla nich i dla polskich sąsiadów świetlicę otwartą pięć dni w tygodniu: odrabianie lekcji, zajęcia plastyczne i sportowe, konsultacje z pedagożką i psycholożką. W soboty odbywają się spotkania rodziców i warsztaty kulinarne. Raz w miesiącu organizujemy wyjazdowe zajęcia dla dzieci mieszkających w punkcie zbiorowego zakwaterowania w Medyce. Młodzież z Ukrainy i z Polski przygotowuje wspólnie gazetkę „Nasze Zasanie”, która trafia do sklepów i przychodni w dzielnicy. Na zakończenie projektu planujemy festyn sąsiedzki i wystawę prac dzieci w Bibliotece Publicznej Miasta Przemyśla.
""", [P("Sąsiedzka świetlica na Zasaniu", "2023-09-01", "2024-12-31", None,
        [(None, None, 23780.0, "EUR")],
        [("Stowarzyszenie Przemyska Inicjatywa Społeczna", "lead"),
         ("Parafia Greckokatolicka pw. Narodzenia Przenajświętszej Bogurodzicy w Przemyślu", "partner")],
        [], ["Przemyśl", "Medyka"])])

write("j12", "pl", """
• pl
 • ua
 • en

Zdrowie, Migracja, Wsparcie

Tłumacz w przychodni

Projekt „Tłumacz w przychodni” realizowany był od 1 lutego do 31 października 2023 r. w ramach programu grantowego „Razem zdrowiej”, finansowanego przez Fundację PZU.

Przez dziewięć miesięcy trwania projektu w sześciu przychodniach podstawowej opieki zdrowotnej w Szczecinie, Policach i Stargardzie dyżurowali tłumacze i tłumaczki języka ukraińskiego i rosyjskiego, a w dwóch z nich – także języka arabskiego. Z pomocy skorzystało 1 870 pacjentów i pacjentek, w tym ok. 600 dzieci. Tłumacze towarzyszyli pacjentom podczas wizyt u lekarzy rodzinnych i pediatrów, pomagali w rejestracji, wyjaśniali zalecenia lekarskie i zasady korzystania z Narodowego Funduszu Zdrowia. Dla personelu przychodni przygotowano dwa szkolenia z komunikacji międzykulturowej oraz słowniczek najczęściej używanych zwrotów medycznych w trzech językach. Koordynatorką projektu była Halyna Bondar z Fundacji Pro Migrantis.

Dzięki wsparciu projektu „Tłumacz w przychodni” nawiązaliśmy stałą współpracę z Zachodniopomorskim Oddziałem Wojewódzkim NFZ, który rozpowszechnia nasze materiały informacyjne, a dwie przychodnie w Policach zatrudniły tłumaczki na stałe po zakończeniu projektu. Wnioski z projektu przedstawiliśmy na konferencji „Zdrowie migrantów w województwie zachodniopomorskim” w październiku 2023 r. Pacjenci najczęściej prosili o pomoc przy wizytach pediatrycznych, szczepieniach dzieci oraz przy wypełnianiu deklaracji wyboru lekarza POZ. Wiele osób nie wiedziało, że jako uchodźcy z Ukrainy mają prawo do bezpłatnego leczenia na takich samych zasadach jak obywatele Polski. Przygotowaliśmy dla nich ulotki i krótkie filmy instruktażowe, które nadal są dostępne na naszym kanale w serwisie YouTube.

 

Projekt finansowany ze środków Fundacji PZU w ramach programu grantowego „Razem zdrowiej”.

Fundacja Pro Migrantis | ul. Jagiellońska 67/2, 70-382 Szczecin | KRS 0000791245
""", [P("Tłumacz w przychodni", "2023-02-01", "2023-10-31", "completed",
        [("Fundacja PZU", "Razem zdrowiej", None, None)],
        [("Fundacja Pro Migrantis", "lead"), ("Fundacja PZU", "funder")],
        [("Halyna Bondar", "coordinator", "Fundacja Pro Migrantis", None)],
        ["Szczecin", "Police", "Stargard"])], cut=2000)

write("j13", "pl", """
Pierwsza praca w Polsce – wsparcie zawodowe dla uchodźczyń z Ukrainy w Tarnowie i okolicach

Od stycznia 2023 r. do czerwca 2024 r. Fundacja Dobrej Woli realizowała projekt “Pierwsza
praca w Polsce – wsparcie zawodowe dla uchodźczyń z Ukrainy w Tarnowie i okolicach”,
finansowany ze środków Fundacji Citi Handlowy im. Leopolda Kronenberga. Celem projektu
było ułatwienie kobietom, które uciekły przed wojną, znalezienia pracy zgodnej z ich
kwalifikacjami.

Projekt skupiał się na trzech obszarach: doradztwie zawodowym, nauce języka polskiego
w kontekście zawodowym oraz kontaktach z pracodawcami z Tarnowa, Dębicy i Brzeska.
Uczestniczki mogły skorzystać z indywidualnych konsultacji z doradczynią zawodową,
warsztatów pisania CV i przygotowania do rozmowy kwalifikacyjnej, a także z pomocy
w nostryfikacji dyplomów i uznawaniu kwalifikacji zawodowych – szczególnie w zawodach
medycznych i nauczycielskich. Dla dzieci uczestniczek zorganizowano opiekę podczas
zajęć. Partnerem projektu była Tarnowska Izba Gospodarcza, która pomogła nawiązać
kontakt z ponad 40 firmami z regionu. Ważnym elementem były także spotkania
mentoringowe z kobietami z Ukrainy, które wcześniej z powodzeniem odnalazły się na
polskim rynku pracy.

Przez 18 miesięcy trwania projektu wsparcie otrzymało 146 kobiet, z których 71
podjęło zatrudnienie, a 12 założyło własną działalność gospodarczą. Przygotowaliśmy
też poradnik „Pracuję w Polsce” w języku ukraińskim, dostępny bezpłatnie na naszej
stronie oraz w Powiatowym Urzędzie Pracy w Tarnowie. Doświadczenia z projektu
wykorzystujemy obecnie w kolejnych działaniach fundacji skierowanych do osób
z doświadczeniem migracji, w tym w programie staży zawodowych dla młodzieży. Dziękujemy wszystkim uczestniczkom, trenerkom, doradczyniom
oraz pracodawcom, którzy zaufali nam i otworzyli swoje firmy dla nowych pracownic.
Szczególne podziękowania kierujemy do wolontariuszek, które opiekowały się dziećmi.
""", [P("Pierwsza praca w Polsce – wsparcie zawodowe dla uchodźczyń z Ukrainy w Tarnowie i okolicach",
        "2023-01", "2024-06", "completed",
        [("Fundacja Citi Handlowy im. Leopolda Kronenberga", None, None, None)],
        [("Fundacja Dobrej Woli", "lead"), ("Tarnowska Izba Gospodarcza", "partner"),
         ("Fundacja Citi Handlowy im. Leopolda Kronenberga", "funder")],
        [], ["Tarnów", "Dębica", "Brzesko"])], cut=2000)

write("j14", "pl", """
Fot. Michał Rudnicki / Ośrodek Badań nad Migracjami UW

Projekt badawczy „Szkoła po przyjeździe. Uczniowie z Ukrainy w polskim systemie edukacji”

14 listopada, 2024 | Badania
Udostępnij artykuł

W latach 2022–2024 zespół Ośrodka Badań nad Migracjami Uniwersytetu Warszawskiego prowadził badania nad sytuacją uczniów i uczennic z Ukrainy, którzy po 24 lutego 2022 r. trafili do polskich szkół. Badania prowadzono w szkołach podstawowych i ponadpodstawowych w Warszawie, Poznaniu i Rzeszowie. Projekt finansowało Narodowe Centrum Nauki w ramach konkursu OPUS.

Od wybuchu pełnoskalowej wojny do polskich szkół zapisano ponad 190 tysięcy dzieci z Ukrainy. Część z nich równolegle uczestniczyła w zdalnych lekcjach ukraińskiej szkoły, część po kilku miesiącach wyjechała dalej lub wróciła do Ukrainy. Badacze i badaczki pytali, jak uczniowie radzą sobie z nauką w języku polskim, jakie mają relacje z rówieśnikami i czego potrzebują nauczyciele, którzy z dnia na dzień zaczęli pracować w klasach wielojęzycznych.

– Widzimy ogromne zaangażowanie nauczycieli, ale też ich zmęczenie. Oddziały przygotowawcze działały bardzo różnie w różnych gminach – mówi kierowniczka projektu dr hab. Joanna Sadowska.

Z raportu końcowego wynika, że najważniejszymi czynnikami sprzyjającymi dobrej adaptacji były: obecność asystenta międzykulturowego, dodatkowe lekcje języka polskiego oraz kontakt szkoły z rodzicami w ich języku. Największe trudności zgłaszali uczniowie szkół ponadpodstawowych, zwłaszcza w przygotowaniu do egzaminów zewnętrznych, oraz dzieci, które trafiły do szkół w mniejszych miejscowościach bez oddziałów przygotowawczych. Badacze zwracają też uwagę na zmęczenie rodziców, którzy często pracują w kilku miejscach i nie mają czasu na kontakt ze szkołą.

Rekomendacje zespołu zostały przekazane Ministerstwu Edukacji Narodowej oraz kuratoriom oświaty, a w styczniu 2025 r. zostaną zaprezentowane na konferencji w Warszawie.
""", [P("Szkoła po przyjeździe. Uczniowie z Ukrainy w polskim systemie edukacji",
        "2022", "2024", None,
        [("Narodowe Centrum Nauki", "OPUS", None, None)],
        [("Ośrodek Badań nad Migracjami Uniwersytetu Warszawskiego", "lead"),
         ("Narodowe Centrum Nauki", "funder")],
        [("Joanna Sadowska", "coordinator", None, None)],
        ["Warszawa", "Poznań", "Rzeszów"])], cut=2000)

write("j15", "pl", """
12.03.2025

Łódź wielu kultur? Rozmowa o integracji w mieście

Łódź wielu kultur? Rozmowa o integracji w mieście | debata w Domu Literatury


20/03/2025
godz. 18.00–20.30
Dom Literatury, ul. Roosevelta 17, sala kameralna


powitanie

Marta Kowalik, pełnomocniczka Prezydenta Miasta Łodzi ds. wielokulturowości
dr Olha Tkachenko, Instytut Socjologii, Uniwersytet Łódzki
Aliaksandr Hrynevich, Stowarzyszenie Białorusinów w Łodzi

rozmowa
Nowi łodzianie – kim są i czego potrzebują?

pytania z sali
Jak miasto może lepiej wspierać cudzoziemców?

wstęp wolny, tłumaczenie na język ukraiński

Organizatorzy:
  • Urząd Miasta Łodzi
  • Fundacja Ukraiński Dom w Łodzi
  • Dom Literatury w Łodzi
  • Fundusze Europejskie dla Łódzkiego | Unia Europejska
""", [])

write("j16", "ru", """
Старт проекта
С 1 июля 2023 года Фонд «Сила разнообразия» начал реализацию проекта «Работа без границ: консультации для мигрантов в Поморье», цель которого — помочь иностранцам, живущим в Поморском воеводстве, легально трудоустроиться и защитить свои трудовые права.
Партнерами проекта являются Гданьский университет и Объединение «Наш дом» из Слупска. Проект финансируется Поморским воеводством в рамках программы «Поморье открыто для всех».
Бесплатные консультации юриста и карьерного консультанта будут доступны в Гданьске, Гдыне и Слупске, а также онлайн. Консультации проводятся на русском, украинском и польском языках. Проект будет реализован до 30 июня 2025 года.
Контакт: praca.bez.granic (собака) silarozn.org
""", [P("Работа без границ: консультации для мигрантов в Поморье", "2023-07-01", "2025-06-30",
        "ongoing",
        [("Поморское воеводство", "Поморье открыто для всех", None, None)],
        [("Фонд «Сила разнообразия»", "lead"), ("Гданьский университет", "partner"),
         ("Объединение «Наш дом»", "partner"), ("Поморское воеводство", "funder")],
        [(None, "contact", None, "praca.bez.granic@silarozn.org")],
        ["Поморское воеводство", "Гданьск", "Гдыня", "Слупск"])])

write("j17", "uk", """
Про проект

Сувальщина — простір для всіх
(пол. Suwalszczyzna – przestrzeń dla wszystkich)
Проект співфінансується Європейським Союзом у рамках Фонду притулку, міграції та інтеграції

Лідер Проекту

Powiat Suwalski

Партнер Проекту

Fundacja Wschodnie Pogranicze

Термін реалізації

01.01.2025 – 31.12.2026

Мета проекту — підтримати громадян третіх країн, які живуть і працюють у Сувальському повіті та в місті Сувалки, у процесі адаптації до життя в Польщі. У рамках проекту діє пункт інформації для іноземців у Сувалках, де можна отримати консультацію щодо легалізації перебування, працевлаштування, медичного страхування та навчання дітей.

Для учасників проекту передбачено:
— безкоштовні курси польської мови (рівні A1–B1) у Сувалках, Рачках та Філіпуві;
— консультації юриста та кар'єрного радника;
— допомогу асистента-перекладача під час візитів до установ;
— зустрічі інтеграційні для іноземців і жителів повіту.

Проект також передбачає навчання працівників гмін і шкіл з питань роботи з іноземцями. Координатор проекту: Тетяна Левченко, tel. 87 565 22 10, e-mail: t.lewczenko@powiat.suwalski.pl

Фонд притулку, міграції та інтеграції — фінансовий інструмент Європейського Союзу, завданням якого є підтримка ефективного управління міграційними потоками та розвиток спільної політики ЄС щодо притулку та імміграції. У Польщі відповідальним органом за реалізацію Фонду є Міністерство внутрішніх справ і адміністрації.
""", [P("Сувальщина — простір для всіх", "2025-01-01", "2026-12-31", None,
        [("Європейський Союз", "Фонд притулку, міграції та інтеграції", None, None)],
        [("Powiat Suwalski", "lead"), ("Fundacja Wschodnie Pogranicze", "partner"),
         ("Європейський Союз", "funder")],
        [("Тетяна Левченко", "coordinator", None, "t.lewczenko@powiat.suwalski.pl")],
        ["Сувальський повіт", "Сувалки", "Рачки", "Філіпув"],
        alts=["Suwalszczyzna – przestrzeń dla wszystkich"])], cut=2000)
