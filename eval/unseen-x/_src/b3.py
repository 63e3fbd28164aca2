"""Documents x21-x30."""
from lib import F, O, H, P, write

write("x21", "pl", """Płock – oficjalny serwis miasta
Aktualności | Urząd | Załatw sprawę | Kultura | Sport

Cudzoziemcy w Płocku mogą liczyć na wsparcie. Rusza „Płocki Punkt Integracji”

opublikowano: 5 lutego 2024, 12:31
autor: Biuro Prasowe

Miasto Płock wspólnie z Fundacją Centrum Aktywności Twórczej i Stowarzyszeniem „Płocka Przystań” realizuje projekt „Płocki Punkt Integracji – informacja, język, praca”. Projekt potrwa od 1 lutego 2024 r. do 31 grudnia 2025 r., a jego wartość to ponad 1,2 mln zł. Na ten cel miasto otrzymało dofinansowanie w wysokości 1 087 350,00 zł z programu Fundusze Europejskie dla Mazowsza 2021–2027 (Europejski Fundusz Społeczny Plus).

W Płocku mieszka dziś ponad 6 tysięcy cudzoziemców – najwięcej z Ukrainy, ale także z Białorusi, Indii, Kolumbii i Filipin. Wielu z nich pracuje w zakładach przemysłowych oraz w budownictwie.

– Chcemy, żeby nowi mieszkańcy Płocka mieli jedno miejsce, w którym dowiedzą się wszystkiego: jak zapisać dziecko do przedszkola, jak przedłużyć pobyt, gdzie szukać lekarza – mówi zastępca prezydenta Płocka Piotr Dyśkiewicz.

Punkt działa w budynku przy ul. Kolegialnej 15, od poniedziałku do piątku w godz. 10.00–18.00, a w czwartki także w Gostyninie i Sierpcu, gdzie dyżury pełnią doradczynie Stowarzyszenia „Płocka Przystań”. W ofercie są m.in. kursy języka polskiego, doradztwo zawodowe i prawne, konsultacje psychologiczne oraz spotkania dla pracodawców.

Kontakt: punkt.integracji@plock.eu, tel. 24 367 14 00.

Koordynatorką projektu z ramienia Urzędu Miasta Płocka jest Ewelina Szczepańska z Wydziału Polityki Społecznej.

Galeria zdjęć (8)

Projekt „Płocki Punkt Integracji – informacja, język, praca” jest współfinansowany ze środków Unii Europejskiej w ramach programu regionalnego Fundusze Europejskie dla Mazowsza 2021–2027.

Zobacz również:
Nabór wniosków do budżetu obywatelskiego na 2025 rok
Zimowe utrzymanie dróg – komunikat
Płocka Rada Seniorów wybrała nowe prezydium
Rekrutacja do żłobków miejskich na rok 2024/2025 – terminy i zasady, wszystko co trzeba wiedzieć przed złożeniem wniosku
""", [P("Płocki Punkt Integracji – informacja, język, praca", "2024-02-01", "2025-12-31", "ongoing",
        [F("Unia Europejska", "Fundusze Europejskie dla Mazowsza 2021–2027", 1087350.0, "PLN")],
        [O("Miasto Płock", "lead"),
         O("Fundacja Centrum Aktywności Twórczej", "partner"),
         O("Stowarzyszenie Płocka Przystań", "partner"),
         O("Unia Europejska", "funder")],
        [H("Ewelina Szczepańska", "coordinator", "Urząd Miasta Płocka"),
         H("Piotr Dyśkiewicz", "other"),
         H(None, "contact", None, "punkt.integracji@plock.eu")],
        ["Płock", "Gostynin", "Sierpc"],
        alts=["Płocki Punkt Integracji"])])

write("x22", "ru", """Caritas Архиепархии Гданьской
Главная | О нас | Помощь мигрантам | Контакты | PL | UA | RU

Проект «Гданьский центр поддержки мигрантов» завершён

С января 2020 года по декабрь 2022 года Caritas Архиепархии Гданьской реализовывал проект «Гданьский центр поддержки мигрантов». Проект софинансировался из средств Фонда убежища, миграции и интеграции (FAMI) и государственного бюджета. Общая стоимость проекта составила 2 360 800 злотых.

Партнёрами проекта были Гданьский университет и Фонд «Морской мост» из Гдыни.

За три года работы центра помощь получили более 3 500 иностранцев из Украины, Беларуси, Грузии, Казахстана и других стран. Центр работал в Гданьске, а также проводил выездные консультации в Гдыне, Вейхерове и Тчеве.

В рамках проекта мы предлагали:
— информацию и консультации по вопросам легализации пребывания и работы;
— бесплатные курсы польского языка;
— помощь психолога и социального работника;
— сопровождение в учреждениях;
— культурные мероприятия для всей семьи.

«Мы благодарим всех, кто был с нами эти три года, — говорит координатор проекта Томаш Ковальски. — Центр продолжает работу, хотя уже в другой форме».

Сегодня консультации проводятся в рамках нового проекта. Подробности по телефону +48 58 301 22 15 или по электронной почте migranci@gdansk.caritas.pl.

Фото: архив Caritas
Поделиться: Facebook | Telegram | Viber

Проект софинансируется из средств Фонда убежища, миграции и интеграции. Ответственность за содержание несёт исключительно автор. Европейская комиссия и Министерство внутренних дел и администрации не несут ответственности за использование предоставленной информации.

Последние новости:
Бесплатные курсы польского языка: запись на весенний семестр 2023 года открыта до конца февраля
Юридические консультации для иностранцев в Гдыне — новый график работы
""", [P("Гданьский центр поддержки мигрантов", "2020-01", "2022-12", "completed",
        [F("Фонд убежища, миграции и интеграции"), F("государственный бюджет")],
        [O("Caritas Архиепархии Гданьской", "lead"),
         O("Гданьский университет", "partner"),
         O("Фонд Морской мост", "partner"),
         O("Фонд убежища, миграции и интеграции", "funder"),
         O("государственный бюджет", "funder")],
        [H("Томаш Ковальски", "coordinator")],
        ["Гданьск", "Гдыня", "Вейхерово", "Тчев"])])

write("x23", "uk", """Про проєкт

Нижньосілезький центр інтеграції іноземців
Проєкт співфінансується з Фонду притулку, міграції та інтеграції (FAMI) та державного бюджету

Бенефіціар

Wojewoda Dolnośląski

Партнери Проєкту

Uniwersytet Wrocławski
Fundacja Ukraina

Термін реалізації

01.01.2021 – 31.12.2023

Місце реалізації

Вроцлав, Легниця, Валбжих, Єленя Гура

Загальна вартість проєкту: 4 118 652,40 зл.

Основною метою проєкту є підтримка громадян третіх країн, які легально перебувають на території Нижньосілезького воєводства, у процесі інтеграції з польським суспільством. У рамках проєкту діють інформаційні пункти в Нижньосілезькому воєводському управлінні у Вроцлаві та в його відділах у Легниці, Валбжиху та Єленій Гурі.

Учасники проєкту можуть безкоштовно скористатися:
— курсами польської мови,
— юридичними консультаціями,
— послугами перекладача,
— психологічною підтримкою,
— культурно-освітніми заходами.

Контакт: integracja [at] duw.pl
""", [P("Нижньосілезький центр інтеграції іноземців", "2021-01-01", "2023-12-31", None,
        [F("Фонд притулку, міграції та інтеграції", None, None, None),
         F("державний бюджет", None, None, None)],
        [O("Wojewoda Dolnośląski", "lead"),
         O("Uniwersytet Wrocławski", "partner"),
         O("Fundacja Ukraina", "partner"),
         O("Фонд притулку, міграції та інтеграції", "funder"),
         O("державний бюджет", "funder")],
        [H(None, "contact", None, "integracja@duw.pl")],
        ["Вроцлав", "Легниця", "Валбжих", "Єленя Гура", "Нижньосілезьке воєводство"])])

write("x24", "en", """Menu

Current projects

Migrant Women's Voice

Association "Kobiety Bez Granic"

Grantor: Active Citizens Fund – National (EEA Grants)
Project timeframe: 01.10.2022 – 31.03.2024
Grant amount: 49 800 EUR
Partners: Foundation for Migrant Women "Sisters" (Kraków), Municipal Family Support Centre in Nowa Huta

Short description of the project:

The project supports migrant women living in Kraków and the Małopolska region in taking part in public life. We run a leadership school for 30 women, a mentoring programme with local councillors and a series of podcasts in Ukrainian, Russian and English. The programme is operated by the Stefan Batory Foundation in partnership with the Polish Children and Youth Foundation.

Project coordinator: Halyna Martyniuk

Welcome to Tarnów

Grantor: Tarnów City Council
Project timeframe: 02.01.2023 – 20.12.2023
Grant amount: 22 000 PLN

Short description of the project:

A local information campaign and a series of 10 open days in Tarnów public institutions (city hall, labour office, health centre) for newly arrived foreign residents. Leaflets were prepared in four languages.

Project coordinator: Oksana Lewicka, e-mail: o.lewicka (at) kbg.org.pl

Back to all projects
""", [
    P("Migrant Women's Voice", "2022-10-01", "2024-03-31", None,
      [F("EEA Grants", "Active Citizens Fund – National", 49800.0, "EUR")],
      [O("Association Kobiety Bez Granic", "lead"),
       O("Foundation for Migrant Women Sisters", "partner"),
       O("Municipal Family Support Centre in Nowa Huta", "partner"),
       O("Stefan Batory Foundation", "other"),
       O("Polish Children and Youth Foundation", "other"),
       O("EEA Grants", "funder")],
      [H("Halyna Martyniuk", "coordinator")],
      ["Kraków", "Małopolska"]),
    P("Welcome to Tarnów", "2023-01-02", "2023-12-20", None,
      [F("Tarnów City Council", None, 22000.0, "PLN")],
      [O("Association Kobiety Bez Granic", "lead"), O("Tarnów City Council", "funder")],
      [H("Oksana Lewicka", "coordinator", None, "o.lewicka@kbg.org.pl")],
      ["Tarnów"]),
])

write("x25", "pl", """Portal Organizacji Pozarządowych Północnego Mazowsza
Wiadomości | Ogłoszenia | Szkolenia | Baza organizacji | Dodaj informację

Ostrołęka: „Nowi sąsiedzi na Kurpiach” – pierwsze podsumowania

2024-06-14 | Wiadomości | Powiat ostrołęcki

Ponad 80 cudzoziemców z terenu powiatu ostrołęckiego skorzystało w pierwszym półroczu z bezpłatnych zajęć i porad w ramach projektu „Nowi sąsiedzi na Kurpiach”. Projekt prowadzi Stowarzyszenie Kurpiowska Inicjatywa Rozwoju z Kadzidła, a współfinansują go Powiat Ostrołęcki oraz Fundacja PZU, która przyznała na ten cel 40 tys. złotych w konkursie „Razem Bezpieczniej”.

Zajęcia odbywają się w Ostrołęce, Kadzidle, Myszyńcu i Czerwinie. Najwięcej uczestników to pracownicy zakładów przetwórstwa mięsnego i ich rodziny, którzy przyjechali z Ukrainy, Białorusi, Uzbekistanu i Nepalu.

– Zaczynaliśmy od kursu polskiego, ale szybko okazało się, że ludzie potrzebują przede wszystkim pomocy w sprawach urzędowych. Dlatego od marca w każdą sobotę dyżuruje u nas doradca – mówi Krystyna Dąbkowska, prezeska stowarzyszenia i koordynatorka projektu.

Partnerem projektu jest Gminny Ośrodek Kultury w Kadzidle, który udostępnia sale i organizuje spotkania kulinarne „Kuchnie świata na Kurpiach”. Na jesień zaplanowano warsztaty wycinankarskie dla dzieci polskich i cudzoziemskich oraz wspólny udział w Miodobraniu Kurpiowskim.

Projekt realizowany jest od stycznia do grudnia 2024 roku. Informacje: tel. 29 761 80 12 lub sekretariat@kir-kadzidlo.pl.

Tekst: Marek Olszewski
Zdjęcia: KIR Kadzidło

Komentarze (0)

Dodaj komentarz
Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *

Czytaj też:
„Działaj Lokalnie” 2024 – wyniki konkursu w powiecie makowskim
Bezpłatne szkolenie z księgowości dla małych stowarzyszeń – Przasnysz, 20 czerwca
Wolontariusze z Różana nagrodzeni przez marszałka województwa
""", [P("Nowi sąsiedzi na Kurpiach", "2024-01", "2024-12", "ongoing",
        [F("Powiat Ostrołęcki"), F("Fundacja PZU", "Razem Bezpieczniej", 40000.0, "PLN")],
        [O("Stowarzyszenie Kurpiowska Inicjatywa Rozwoju", "lead"),
         O("Gminny Ośrodek Kultury w Kadzidle", "partner"),
         O("Powiat Ostrołęcki", "funder"),
         O("Fundacja PZU", "funder")],
        [H("Krystyna Dąbkowska", "coordinator", "Stowarzyszenie Kurpiowska Inicjatywa Rozwoju"),
         H(None, "contact", None, "sekretariat@kir-kadzidlo.pl")],
        ["powiat ostrołęcki", "Ostrołęka", "Kadzidło", "Myszyniec", "Czerwin"])])

write("x26", "pl", """Polski Czerwony Krzyż
Oddział Rejonowy w Zamościu
Strona główna / Działalność / Pomoc uchodźcom

Projekt „Bezpieczna przystań – Zamojszczyzna” został zrealizowany

W okresie od 15 marca 2022 r. do 30 września 2023 r. Polski Czerwony Krzyż Oddział Rejonowy w Zamościu realizował projekt „Bezpieczna przystań – Zamojszczyzna”, finansowany przez Międzynarodową Federację Stowarzyszeń Czerwonego Krzyża i Czerwonego Półksiężyca (IFRC) oraz Duński Czerwony Krzyż.

W ramach projektu pomoc otrzymało 2 870 osób, które uciekły przed wojną w Ukrainie i zamieszkały w Zamościu, Hrubieszowie, Tomaszowie Lubelskim oraz w gminach powiatu zamojskiego. Wsparcie obejmowało:
• karty przedpłacone na zakup żywności i środków higienicznych,
• pomoc przedmedyczną i opiekę pielęgniarską,
• wsparcie psychospołeczne dla dzieci i dorosłych,
• kursy pierwszej pomocy w języku ukraińskim.

Przy projekcie pracowało 14 pracowników i ponad 60 wolontariuszy, w tym 11 osób z Ukrainy. Koordynatorką projektu była Renata Bartoszewska.

Dziękujemy wszystkim darczyńcom i wolontariuszom!

Kontakt z oddziałem:
ul. Partyzantów 18, 22-400 Zamość
e-mail: zamosc@pck.org.pl
tel. 84 638 41 20

Wesprzyj PCK – przekaż darowiznę: 40 1240 2063 1111 0000 1234 5678

Polityka prywatności | Deklaracja dostępności | Mapa strony

Polski Czerwony Krzyż jest częścią Międzynarodowego Ruchu Czerwonego Krzyża i Czerwonego Półksiężyca, działającego w 191 krajach świata. Kierujemy się zasadami humanitaryzmu, bezstronności, neutralności, niezależności, wolontariatu, jedności i powszechności. Dołącz do nas jako wolontariusz lub członek PCK – zgłoś się do biura oddziału.
""", [P("Bezpieczna przystań – Zamojszczyzna", "2022-03-15", "2023-09-30", "completed",
        [F("Międzynarodowa Federacja Stowarzyszeń Czerwonego Krzyża i Czerwonego Półksiężyca"),
         F("Duński Czerwony Krzyż")],
        [O("Polski Czerwony Krzyż Oddział Rejonowy w Zamościu", "lead"),
         O("Międzynarodowa Federacja Stowarzyszeń Czerwonego Krzyża i Czerwonego Półksiężyca", "funder"),
         O("Duński Czerwony Krzyż", "funder")],
        [H("Renata Bartoszewska", "coordinator")],
        ["Zamość", "Hrubieszów", "Tomaszów Lubelski", "powiat zamojski"])])

write("x27", "pl", """Sieć wsparcia migrantów Pomorza Środkowego
Stowarzyszenie Słupski Ośrodek Wolontariatu
Wsparcie uchodźców i migrantów
2023
Słupsk, Ustka, Lębork

Sieć łączy 6 organizacji i instytucji ze Słupska, Ustki i Lęborka, które pomagają cudzoziemcom w regionie: Stowarzyszenie Słupski Ośrodek Wolontariatu, Fundacja Pomorska Szkoła Języków, Caritas Diecezji Koszalińsko-Kołobrzeskiej, Miejski Ośrodek Pomocy Społecznej w Ustce, Parafia Greckokatolicka w Słupsku oraz Grupa Nieformalna „Nasz Lębork”. Projekt zakłada 6 spotkań sieciujących, wspólną mapę usług dla migrantów i dwa szkolenia dla pracowników pierwszego kontaktu.

Dotacja: 18 000 zł
""", [P("Sieć wsparcia migrantów Pomorza Środkowego", "2023", None, None,
        [F(None, None, 18000.0, "PLN")],
        [O("Stowarzyszenie Słupski Ośrodek Wolontariatu", "lead"),
         O("Fundacja Pomorska Szkoła Języków", "member"),
         O("Caritas Diecezji Koszalińsko-Kołobrzeskiej", "member"),
         O("Miejski Ośrodek Pomocy Społecznej w Ustce", "member"),
         O("Parafia Greckokatolicka w Słupsku", "member"),
         O("Grupa Nieformalna Nasz Lębork", "member")],
        [], ["Słupsk", "Ustka", "Lębork"])])

write("x28", "pl", """Koszalińska Biblioteka Publiczna
Aktualności  Wydarzenia  Katalog  Filie  Kontakt

III Festiwal „Koszalin Wielu Kultur”

19–21 września 2025 r.
Amfiteatr im. Kaliny Jędrusik i Centrum Kultury 105, Koszalin

Festiwal „Koszalin Wielu Kultur” to trzy dni muzyki, kuchni, warsztatów i rozmów z mieszkańcami Koszalina, którzy przyjechali tu z różnych stron świata. W tym roku gościmy m.in. zespół ukraińskiej muzyki ludowej „Dnipro”, chór gruziński z Gdańska i wykonawców z Nigerii oraz Indonezji.

Festiwal jest częścią projektu „Sąsiedzi z daleka – spotkania międzykulturowe 2025”, realizowanego przez Koszalińską Bibliotekę Publiczną i Fundację Horyzont Kultur przy wsparciu finansowym Gminy Miasto Koszalin oraz Ministra Kultury i Dziedzictwa Narodowego.

Program:
piątek, 19.09 – koncert otwarcia, godz. 18.00
sobota, 20.09 – jarmark smaków świata, warsztaty dla dzieci, potańcówka
niedziela, 21.09 – spotkanie „Moja droga do Koszalina”, pokaz filmów

Wstęp wolny. Informacje: Marta Kuligowska, tel. 94 348 15 30, festiwal(małpa)biblioteka.koszalin.pl

Organizatorzy: Koszalińska Biblioteka Publiczna, Fundacja Horyzont Kultur
Partner medialny: Radio Koszalin
""", [
    P("Koszalin Wielu Kultur", "2025-09-19", "2025-09-21", None,
      [F("Gmina Miasto Koszalin"), F("Minister Kultury i Dziedzictwa Narodowego")],
      [O("Koszalińska Biblioteka Publiczna", "lead"), O("Fundacja Horyzont Kultur", "lead"),
       O("Gmina Miasto Koszalin", "funder"), O("Minister Kultury i Dziedzictwa Narodowego", "funder")],
      [H("Marta Kuligowska", "contact", None, "festiwal@biblioteka.koszalin.pl")],
      ["Koszalin"],
      alts=["III Festiwal Koszalin Wielu Kultur"]),
    P("Sąsiedzi z daleka – spotkania międzykulturowe 2025", None, None, None,
      [F("Gmina Miasto Koszalin"), F("Minister Kultury i Dziedzictwa Narodowego")],
      [O("Koszalińska Biblioteka Publiczna", "lead"), O("Fundacja Horyzont Kultur", "lead"),
       O("Gmina Miasto Koszalin", "funder"), O("Minister Kultury i Dziedzictwa Narodowego", "funder")],
      [], ["Koszalin"]),
])

write("x29", "pl", """Diakonia Parafii Ewangelicko-Augsburskiej w Cieszynie

Aktualności › Projekty › Razem na pograniczu

Razem na pograniczu – integracja rodzin cudzoziemskich w powiecie cieszyńskim

Data rozpoczęcia: 1 lipca 2014 r. (projekt zakończył się 30 czerwca 2016 r.)
Obszar: powiat cieszyński
Cele: Celem projektu było ułatwienie rodzinom cudzoziemców – głównie pracowników przygranicznych zakładów z Ukrainy, Mołdawii i Wietnamu – odnalezienia się w lokalnej społeczności Cieszyna, Skoczowa i Ustronia.
Jak działa? W ramach projektu działał punkt doradczy przy ul. Śrubarskiej, prowadzono zajęcia z języka polskiego dla dorosłych, półkolonie dla dzieci oraz spotkania dla rodziców w szkołach. Wolontariusze Diakonii towarzyszyli rodzinom w urzędach i u lekarzy.
Finansowanie: Projekt współfinansowany przez Szwajcarię w ramach szwajcarskiego programu współpracy z nowymi krajami członkowskimi Unii Europejskiej. Wartość dofinansowania: 214 300 CHF.
Partnerzy: Gmina Cieszyn, Stowarzyszenie Wiosna Beskidzka
Kontakt: diakonia(at)cieszyn-ewangelicy(dot)pl
Efekty: Z doradztwa skorzystało 312 rodzin, 146 osób ukończyło kurs języka polskiego, a w półkoloniach uczestniczyło 90 dzieci. Przygotowano dwujęzyczny informator „Pierwsze kroki w Cieszynie” (polsko-ukraiński i polsko-wietnamski), który do dziś jest dostępny w urzędzie miejskim i w parafii.
Co dalej? Po zakończeniu finansowania punkt doradczy działa nadal dzięki ofiarności parafian i wsparciu Gminy Cieszyn, choć w ograniczonym zakresie – dyżury odbywają się w każdy wtorek od 15.00 do 18.00.

Dodano: 12.07.2016 | Kategoria: Integracja i pomoc
""", [P("Razem na pograniczu – integracja rodzin cudzoziemskich w powiecie cieszyńskim", "2014-07-01", "2016-06-30", "completed",
        [F("Szwajcaria", "szwajcarski program współpracy z nowymi krajami członkowskimi Unii Europejskiej", 214300.0, "CHF")],
        [O("Diakonia Parafii Ewangelicko-Augsburskiej w Cieszynie", "lead"),
         O("Gmina Cieszyn", "partner"), O("Stowarzyszenie Wiosna Beskidzka", "partner"),
         O("Szwajcaria", "funder")],
        [H(None, "contact", None, "diakonia@cieszyn-ewangelicy.pl")],
        ["powiat cieszyński", "Cieszyn", "Skoczów", "Ustroń"],
        alts=["Razem na pograniczu"])], cut=False)

write("x30", "pl", """Uniwersytet Zielonogórski
Instytut Socjologii › Badania › Projekty badawcze

Pracownicy z Azji na Ziemi Lubuskiej. Doświadczenia migracji zarobkowej i strategie lokalnych pracodawców

Kierownik projektu: dr hab. Tomasz Wicherek, prof. UZ
Źródło finansowania: Narodowe Centrum Nauki, konkurs OPUS 24
Numer umowy: UMO-2022/47/B/HS6/01234
Kwota finansowania: 986 540 zł
Okres realizacji: 24 miesiące, 2023-10-01 – 2025-09-30

Projekt dotyczy rosnącej grupy pracowników z Indii, Nepalu, Filipin i Bangladeszu zatrudnianych w zakładach przemysłowych województwa lubuskiego. Badania terenowe prowadzone są w Zielonej Górze, Gorzowie Wielkopolskim, Nowej Soli i Żarach. Planujemy 80 wywiadów pogłębionych z pracownikami, 25 wywiadów z pracodawcami i agencjami pracy oraz ankietę wśród 500 mieszkańców.

Zespół: dr Anna Kulesza-Pyrek, mgr Rajesh Kumar (doktorant), mgr Zofia Michalak

Kontakt: t.wicherek@is.uz.zgora.pl
""", [P("Pracownicy z Azji na Ziemi Lubuskiej. Doświadczenia migracji zarobkowej i strategie lokalnych pracodawców",
        "2023-10-01", "2025-09-30", None,
        [F("Narodowe Centrum Nauki", "OPUS 24", 986540.0, "PLN")],
        [O("Uniwersytet Zielonogórski", "lead"), O("Narodowe Centrum Nauki", "funder")],
        [H("Tomasz Wicherek", "coordinator", None, "t.wicherek@is.uz.zgora.pl"),
         H("Anna Kulesza-Pyrek", "other"), H("Rajesh Kumar", "other"), H("Zofia Michalak", "other")],
        ["województwo lubuskie", "Zielona Góra", "Gorzów Wielkopolski", "Nowa Sól", "Żary"])])
