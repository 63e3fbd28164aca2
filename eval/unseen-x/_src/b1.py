"""Documents x01-x10."""
from lib import F, O, H, P, write

write("x01", "pl", """Strona główna » Aktualności » Projekty

Start projektu „Podkarpacie Otwarte – wsparcie integracji cudzoziemców”

Stowarzyszenie Centrum Wolontariatu w Rzeszowie od 1 lutego 2024 r. do 31 stycznia 2027 r. realizuje projekt „Podkarpacie Otwarte – wsparcie integracji cudzoziemców” współfinansowany ze środków Unii Europejskiej w ramach Funduszu Azylu, Migracji i Integracji.

Wartość projektu: 2 184 560,00 zł
Wkład Unii Europejskiej: 1 966 104,00 zł

Partnerem projektu jest Gmina Miasto Rzeszów – Miejski Ośrodek Pomocy Społecznej w Rzeszowie.

Projekt skierowany jest do obywateli państw trzecich mieszkających w województwie podkarpackim, w szczególności w Rzeszowie, Przemyślu, Jarosławiu i Krośnie. W ramach projektu oferujemy:
– kursy języka polskiego na poziomach A1–B1 (stacjonarne i online),
– indywidualne doradztwo zawodowe i pomoc w poszukiwaniu pracy,
– porady prawne w zakresie legalizacji pobytu i zatrudnienia,
– wsparcie asystentów międzykulturowych w urzędach i szkołach,
– wydarzenia integracyjne dla rodzin z dziećmi.

Biuro projektu mieści się przy ul. Małopolskiej 9/1, 35-025 Rzeszów. Koordynatorka projektu: Katarzyna Wnuk-Pasternak, tel. 17 850 22 41, e-mail: k.wnuk(małpa)cwrzeszow.pl

Rekrutacja trwa przez cały okres realizacji projektu – zapraszamy! Formularz zgłoszeniowy i harmonogram zajęć: www.podkarpacieotwarte.pl

Zdjęcie: uczestnicy zajęć językowych, fot. CW Rzeszów

[Logo: Fundusze Europejskie dla Rozwoju | Rzeczpospolita Polska | Dofinansowane przez Unię Europejską]

Projekt „Podkarpacie Otwarte – wsparcie integracji cudzoziemców” jest współfinansowany ze środków Funduszu Azylu, Migracji i Integracji. Wyłączna odpowiedzialność za wszelkie wyrażone opinie spoczywa na autorach. Komisja Europejska nie ponosi odpowiedzialności za sposób wykorzystania udostępnionych informacji.

Udostępnij: Facebook | X | LinkedIn

Przeczytaj także:
Wolontariat seniorów – nabór 2024
Ruszyły zapisy na Akademię Liderów Lokalnych
""", [P("Podkarpacie Otwarte – wsparcie integracji cudzoziemców", "2024-02-01", "2027-01-31", "ongoing",
        [F("Unia Europejska", "Fundusz Azylu, Migracji i Integracji", 1966104.0, "PLN")],
        [O("Stowarzyszenie Centrum Wolontariatu w Rzeszowie", "lead"),
         O("Gmina Miasto Rzeszów", "partner"),
         O("Unia Europejska", "funder")],
        [H("Katarzyna Wnuk-Pasternak", "coordinator", None, "k.wnuk@cwrzeszow.pl")],
        ["województwo podkarpackie", "Rzeszów", "Przemyśl", "Jarosław", "Krosno"],
        ["www.podkarpacieotwarte.pl"])])

write("x02", "pl", """Przejdź do treści
Ułatwienia dostępu
Aktywni Obywatele – Fundusz Regionalny | Makroregion północno-zachodni

Sąsiedzi z całego świata. Rada migrantów i migrantek w Szczecinie

Grantobiorca: Fundacja Kolektyw Pomorze Zachodnie
Konkurs: 4. konkurs projektów tematycznych
Kwota dotacji: 29 980,00 EUR
Partnerzy: Stowarzyszenie Wspólnota Gruzińska w Szczecinie
Okres realizacji: 1.09.2023 – 30.04.2024
Obszar: miasto Szczecin

Celem projektu jest powołanie przy Radzie Miasta Szczecin konsultacyjnego ciała reprezentującego mieszkańców z doświadczeniem migracji. Przeprowadzimy otwarty nabór do rady, cykl 6 warsztatów rzeczniczych dla jej członków i członkiń oraz dwie debaty z radnymi. Wspólnie z partnerem opracujemy rekomendacje do miejskiej strategii integracji, które przekażemy Prezydentowi Miasta.

Projekt to również działania informacyjne: w trzech językach (polskim, ukraińskim i gruzińskim) przygotujemy przewodnik „Jak działa samorząd?”.

Projekt korzysta z dofinansowania o wartości 29 980,00 EUR z Funduszy EOG w ramach programu Aktywni Obywatele – Fundusz Regionalny.

Wróć do wyszukiwarki projektów
""", [P("Sąsiedzi z całego świata. Rada migrantów i migrantek w Szczecinie", "2023-09-01", "2024-04-30", None,
        [F("Fundusze EOG", "Aktywni Obywatele – Fundusz Regionalny", 29980.0, "EUR")],
        [O("Fundacja Kolektyw Pomorze Zachodnie", "lead"),
         O("Stowarzyszenie Wspólnota Gruzińska w Szczecinie", "partner"),
         O("Fundusze EOG", "funder")],
        [], ["Szczecin"])])

write("x03", "pl", """Podkarpacki Urząd Wojewódzki w Rzeszowie
BIP | Kontakt | Deklaracja dostępności | EN | UA

Strona główna > Media > Komunikaty prasowe

12.03.2019 r.
Wojewoda podpisał umowę na realizację projektu dla cudzoziemców

W poniedziałek, 11 marca, wojewoda podkarpacki Ewa Leniart podpisała umowę o dofinansowanie projektu „Podkarpacki Program Integracji Cudzoziemców II”. Projekt będzie realizowany przez Podkarpacki Urząd Wojewódzki w partnerstwie z Uniwersytetem Rzeszowskim oraz Fundacją Instytut Wspierania Obywateli od kwietnia 2019 r. do końca marca 2022 r.

Całkowity koszt projektu to 3 412 000 złotych. 75 procent kosztów pokrywa Fundusz Azylu, Migracji i Integracji, pozostałe 25 proc. – budżet państwa.

– Na Podkarpaciu legalnie pracuje już ponad 40 tysięcy cudzoziemców, głównie obywateli Ukrainy. Chcemy, by czuli się tu bezpiecznie i wiedzieli, gdzie szukać pomocy – mówiła wojewoda.

W ramach projektu w Rzeszowie, Przemyślu i Krośnie działać będą punkty informacyjne dla cudzoziemców. Uniwersytet Rzeszowski poprowadzi bezpłatne kursy języka polskiego, a Fundacja – dyżury prawników i psychologów. Przewidziano też szkolenia dla urzędników i nauczycieli.

Koordynatorem projektu z ramienia urzędu jest Marek Sołtysik z Wydziału Spraw Obywatelskich i Cudzoziemców.

Zgodnie z danymi urzędu w 2018 roku wojewoda podkarpacki wydał ponad 9 tysięcy zezwoleń na pobyt czasowy, a liczba spraw cudzoziemców rośnie z roku na rok. Dlatego w ramach projektu zwiększona zostanie również liczba stanowisk obsługi klientów w Wydziale Spraw Obywatelskich i Cudzoziemców, a poczekalnia urzędu zostanie wyposażona w system kolejkowy z komunikatami w językach polskim, ukraińskim, rosyjskim i angielskim. Cudzoziemcy będą mogli umówić wizytę przez internet.

Pierwsze kursy językowe ruszą jesienią. Informacje o naborze zostaną opublikowane na stronie internetowej urzędu i w mediach społecznościowych.

Biuro Wojewody – Oddział Prasowy
tel. 17 867 12 10

Drukuj | Powrót
""", [P("Podkarpacki Program Integracji Cudzoziemców II", "2019-04", "2022-03", None,
        [F("Fundusz Azylu, Migracji i Integracji", None, None, None),
         F("budżet państwa", None, None, None)],
        [O("Podkarpacki Urząd Wojewódzki", "lead"),
         O("Uniwersytet Rzeszowski", "partner"),
         O("Fundacja Instytut Wspierania Obywateli", "partner"),
         O("Fundusz Azylu, Migracji i Integracji", "funder"),
         O("budżet państwa", "funder")],
        [H("Marek Sołtysik", "coordinator", "Podkarpacki Urząd Wojewódzki"),
         H("Ewa Leniart", "other", "Podkarpacki Urząd Wojewódzki")],
        ["Rzeszów", "Przemyśl", "Krosno"])])

write("x04", "pl", """Koalicja na rzecz Dzieci z Doświadczeniem Migracji
Fundacja Przestrzeń Dialogu
Edukacja i prawa dziecka
2020
Wielkopolska

Koalicja to sieć 7 organizacji i szkół z Wielkopolski, które pracują z dziećmi cudzoziemskimi w polskim systemie edukacji. Projekt zakładał wypracowanie wspólnego standardu przyjmowania ucznia z doświadczeniem migracji oraz zorganizowanie 8 spotkań członków koalicji w Poznaniu, Kaliszu i Lesznie. Do koalicji należą m.in. Fundacja Przestrzeń Dialogu, Stowarzyszenie Edukacji Obywatelskiej „Most”, Szkoła Podstawowa nr 88 w Poznaniu i Centrum Inicjatyw Międzykulturowych z Kalisza.

Dotacja: 12 000 zł
""", [P("Koalicja na rzecz Dzieci z Doświadczeniem Migracji", "2020", None, None,
        [F(None, None, 12000.0, "PLN")],
        [O("Fundacja Przestrzeń Dialogu", "lead"),
         O("Stowarzyszenie Edukacji Obywatelskiej Most", "member"),
         O("Szkoła Podstawowa nr 88 w Poznaniu", "member"),
         O("Centrum Inicjatyw Międzykulturowych", "member")],
        [], ["Wielkopolska", "Poznań", "Kalisz", "Leszno"])])

write("x05", "pl", """Caritas Diecezji Kieleckiej
Aktualności | Placówki | Wolontariat | Przekaż 1,5% | Wesprzyj nas

„Dom z dala od domu” – kolejny rok wsparcia

27 stycznia 2025

Od stycznia ubiegłego roku Caritas Diecezji Kieleckiej prowadzi projekt „Dom z dala od domu”, skierowany do uchodźców z Ukrainy mieszkających w Kielcach, Busku-Zdroju, Jędrzejowie i Skarżysku-Kamiennej. Projekt jest realizowany do grudnia 2025 r. dzięki wsparciu Caritas Internationalis i Catholic Relief Services (CRS).

W minionym roku z pomocy skorzystało 1 240 osób. Prowadzimy punkt konsultacyjny, w którym można otrzymać informację o świadczeniach, pomoc w wypełnianiu wniosków oraz wsparcie psychologa. Dla dzieci działa świetlica, a dla dorosłych – kurs języka polskiego i klub pracy.

„Wiele rodzin jest z nami od początku wojny. Widzimy, jak bardzo zmieniają się ich potrzeby – dziś najczęściej pytają o pracę i mieszkanie” – mówi koordynatorka projektu Iryna Demczenko.

Zapraszamy od poniedziałku do piątku w godz. 9:00–15:00, ul. Jana Pawła II 3, Kielce. Kontakt: domzdalaoddomu [at] kielce.caritas [dot] pl

Fot. archiwum Caritas

Tagi: uchodźcy, Ukraina, pomoc

Zobacz także:
Zbiórka „Tornister pełen uśmiechów” – dziękujemy za ponad 2 tysiące wyprawek!
Wigilia dla samotnych i potrzebujących w Kielcach – zaproszenie
Jałmużna Wielkopostna 2025: dzielmy się z potrzebującymi
Kolonie letnie Caritas – zapisy na turnusy nad morzem i w górach już od marca

Caritas Diecezji Kieleckiej, ul. Jana Pawła II 3, 25-013 Kielce, NIP 657-10-47-291, KRS 0000217654. Numer konta: PKO BP 08 1020 2629 0000 9102 0040 5521. Administratorem danych osobowych jest Caritas Diecezji Kieleckiej. Szczegóły w polityce prywatności. Strona używa plików cookies w celach statystycznych i funkcjonalnych. Możesz zmienić ustawienia w swojej przeglądarce.
""", [P("Dom z dala od domu", "2024-01", "2025-12", "ongoing",
        [F("Caritas Internationalis"), F("Catholic Relief Services")],
        [O("Caritas Diecezji Kieleckiej", "lead"),
         O("Caritas Internationalis", "funder"),
         O("Catholic Relief Services", "funder")],
        [H("Iryna Demczenko", "coordinator", None),
         H(None, "contact", None, "domzdalaoddomu@kielce.caritas.pl")],
        ["Kielce", "Busko-Zdrój", "Jędrzejów", "Skarżysko-Kamienna"])])

write("x06", "pl", """Raport „Gdańsk dla wszystkich? Dostęp cudzoziemców do usług miejskich” – podsumowanie projektu

okladka_raport_web.jpg

Raport pt. „Gdańsk dla wszystkich? Dostęp cudzoziemców do usług miejskich” autorstwa dr Joanny Pietrzak-Lis i Tomasza Gawęckiego z Instytutu Badań nad Migracjami Uniwersytetu Gdańskiego powstał w ramach projektu „Miasto bez barier językowych”. Projekt realizowany był przez Stowarzyszenie Nadbałtyckie Forum Integracji od marca 2021 do lutego 2022 roku.

Badaniem objęto 14 jednostek miejskich: urzędy dzielnicowe, Miejski Ośrodek Pomocy Rodzinie, przychodnie i szkoły w Gdańsku, a także – dla porównania – urzędy w Sopocie i Gdyni. Autorzy przeprowadzili 62 wywiady z cudzoziemcami i 30 z pracownikami instytucji.

Najważniejsze wnioski:
• tylko co trzecia jednostka udostępnia informacje w języku innym niż polski,
• cudzoziemcy najczęściej korzystają z pomocy znajomych jako tłumaczy,
• pracownicy deklarują potrzebę szkoleń z komunikacji międzykulturowej.

Projekt został sfinansowany ze środków Gminy Miasta Gdańska w ramach otwartego konkursu ofert „Model Integracji Imigrantów”. Kwota dotacji wyniosła 48 500 zł.

Rekomendacje autorów dotyczą m.in. tłumaczenia najważniejszych formularzy i stron internetowych na język ukraiński, angielski i rosyjski, zatrudnienia asystentów międzykulturowych w urzędach dzielnicowych oraz stworzenia jednego miejskiego punktu informacji dla cudzoziemców. Raport trafił do Zespołu ds. Imigrantów i Imigrantek przy Prezydencie Miasta Gdańska oraz do radnych miejskich.

Pobierz raport (PDF, 2,3 MB)

Tagi: badania, raporty, Gdańsk, usługi publiczne, dostępność, język

Stowarzyszenie Nadbałtyckie Forum Integracji | ul. Długie Ogrody 8/3, 80-765 Gdańsk | biuro@nfi.org.pl | Polityka prywatności
""", [P("Miasto bez barier językowych", "2021-03", "2022-02", "completed",
        [F("Gmina Miasta Gdańska", "Model Integracji Imigrantów", 48500.0, "PLN")],
        [O("Stowarzyszenie Nadbałtyckie Forum Integracji", "lead"),
         O("Gmina Miasta Gdańska", "funder")],
        [H("Joanna Pietrzak-Lis", "author", "Instytut Badań nad Migracjami Uniwersytetu Gdańskiego"),
         H("Tomasz Gawęcki", "author", "Instytut Badań nad Migracjami Uniwersytetu Gdańskiego")],
        ["Gdańsk", "Sopot", "Gdynia"])])

write("x07", "pl", """18.04.2023

Migracje na Śląsku Opolskim – wczoraj i dziś

Migracje na Śląsku Opolskim – wczoraj i dziś | seminarium otwarte

25/04/2023
godz. 10.00–14.30
Uniwersytet Opolski, Collegium Maius, pl. Kopernika 11a, sala 104

otwarcie
dr hab. Bartosz Wróblewski, prof. UO, Instytut Socjologii

panel I
Od emigracji zarobkowej do imigracji – przemiany regionu
Aleksandra Zięba, Stowarzyszenie Społeczno-Kulturalne Mniejszości Niemieckiej
Andrij Kowalczuk, Fundacja Ukraińskie Opole

panel II
Szkoła, urząd, pracodawca – praktyka integracji

wstęp wolny, obowiązują zapisy

Organizatorzy:
  • Instytut Socjologii Uniwersytetu Opolskiego
  • Opolskie Centrum Wspierania Cudzoziemców
  • Urząd Marszałkowski Województwa Opolskiego (patronat)
""", [])

write("x08", "pl", """Zrealizowane projekty

Fundacja Wspólny Świat – Olsztyn

2022
„Nowy start na Warmii”
Grantodawca: Polsko-Amerykańska Fundacja Wolności, program „Działaj Lokalnie”
Termin realizacji: 01.04.2022 – 31.12.2022
Kwota dotacji: 6 000 zł
Krótki opis: zajęcia adaptacyjne i opieka wolontariuszy dla rodzin z Ukrainy w Olsztynie i Dobrym Mieście.

2021
„Olsztyn mówi po polsku”
Grantodawca: Gmina Olsztyn
Termin realizacji: maj – listopad 2021
Kwota dotacji: 15 200 zł
Partnerzy: Biblioteka Multimedialna Planeta 11
Krótki opis: bezpłatny kurs języka polskiego dla 40 cudzoziemców, zakończony egzaminem próbnym.

2019–2020
„Kobiety w drodze”
Grantodawca: Fundacja Orlen
Termin realizacji: 1 września 2019 r. – 30 czerwca 2020 r.
Kwota dotacji: 24 900,00 PLN
Partnerzy: Stowarzyszenie Emigrantek Wschód–Zachód
Krótki opis: grupy wsparcia i warsztaty zawodowe dla migrantek z Białorusi, Ukrainy i Azji Centralnej mieszkających w województwie warmińsko-mazurskim.

Zobacz też: Projekty bieżące | Sprawozdania
""", [
    P("Nowy start na Warmii", "2022-04-01", "2022-12-31", "completed",
      [F("Polsko-Amerykańska Fundacja Wolności", "Działaj Lokalnie", 6000.0, "PLN")],
      [O("Fundacja Wspólny Świat", "lead"), O("Polsko-Amerykańska Fundacja Wolności", "funder")],
      [], ["Olsztyn", "Dobre Miasto"]),
    P("Olsztyn mówi po polsku", "2021-05", "2021-11", "completed",
      [F("Gmina Olsztyn", None, 15200.0, "PLN")],
      [O("Fundacja Wspólny Świat", "lead"), O("Biblioteka Multimedialna Planeta 11", "partner"),
       O("Gmina Olsztyn", "funder")],
      [], ["Olsztyn"]),
    P("Kobiety w drodze", "2019-09-01", "2020-06-30", "completed",
      [F("Fundacja Orlen", None, 24900.0, "PLN")],
      [O("Fundacja Wspólny Świat", "lead"), O("Stowarzyszenie Emigrantek Wschód–Zachód", "partner"),
       O("Fundacja Orlen", "funder")],
      [], ["województwo warmińsko-mazurskie"]),
])

write("x09", "ru", """Главная / Новости

Стартовал проект «Вроцлав — наш общий город»

С 1 октября 2024 года Фонд «Открытый Восток» начал реализацию проекта «Вроцлав — наш общий город». Проект финансируется городом Вроцлав в рамках программы «Вроцлавская программа поддержки иностранцев» и продлится до 30 сентября 2025 года.

В рамках проекта мы предлагаем:
— бесплатные консультации юриста по вопросам легализации пребывания и работы (по вторникам и четвергам);
— курсы польского языка для взрослых на уровнях А1 и А2;
— встречи «Кофе с соседями» в районах Кшики и Новы Двур;
— помощь в контактах с ведомствами и школами.

Партнёром проекта является Ассоциация «Кооперация Женщин» из Вроцлава.

Координатор проекта — Наталья Гурская. Вопросы можно присылать по адресу: info (собака) otwartywschod.org или звонить по телефону +48 71 300 44 12.

Следите за нашими новостями в Facebook и Telegram!
""", [P("Вроцлав — наш общий город", "2024-10-01", "2025-09-30", "ongoing",
        [F("город Вроцлав", "Вроцлавская программа поддержки иностранцев")],
        [O("Фонд Открытый Восток", "lead"), O("Ассоциация Кооперация Женщин", "partner"),
         O("город Вроцлав", "funder")],
        [H("Наталья Гурская", "coordinator", None),
         H(None, "contact", None, "info@otwartywschod.org")],
        ["Вроцлав", "Кшики", "Новы Двур"])])

write("x10", "uk", """Головна | Про нас | Проєкти | Контакти | PL | UA

Проєкт «Разом у Познані»

Фундація «Українці в Великопольщі» з 1 березня 2023 року по 29 лютого 2024 року реалізує проєкт «Разом у Познані», який фінансується Управлінням Верховного комісара ООН у справах біженців (УВКБ ООН).

Мета проєкту — допомогти біженцям з України, які проживають у Познані та Познанському повіті, знайти роботу, житло та доступ до освіти для дітей.

Що ми пропонуємо:
• консультації з працевлаштування та складання резюме;
• курси польської мови для дорослих;
• групи підтримки для матерів з дітьми;
• юридичні консультації щосереди.

Партнер проєкту: Poznańskie Centrum Świadczeń.

Координаторка проєкту: Олена Мельник
Ел. пошта: razem(at)ukrwlkp(dot)org

Консультації відбуваються за адресою: вул. Ратайчака 44, Познань.

Ми працюємо від понеділка до п'ятниці з 10:00 до 18:00. Запис на консультацію за телефоном або через форму на сайті. Консультації безкоштовні та конфіденційні. Для дітей під час занять батьків працює ігрова кімната з вихователькою.

Читайте також:
Як отримати номер PESEL зі статусом UKR — покрокова інструкція
Безкоштовні курси польської мови у Познані: розклад на весну

© 2023 Фундація «Українці в Великопольщі»
""", [P("Разом у Познані", "2023-03-01", "2024-02-29", "ongoing",
        [F("Управління Верховного комісара ООН у справах біженців")],
        [O("Фундація Українці в Великопольщі", "lead"), O("Poznańskie Centrum Świadczeń", "partner"),
         O("Управління Верховного комісара ООН у справах біженців", "funder")],
        [H("Олена Мельник", "coordinator", None, "razem@ukrwlkp.org")],
        ["Познань", "Познанський повіт"])])
