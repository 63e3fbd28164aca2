from lib import *

write('z13', 'pl', '''
Uniwersytet Łódzki
Aktualności | Nauka | Granty

Dzieci w drodze. Socjolożki z UŁ zbadają, jak szkoły przyjmują uczniów z doświadczeniem migracji

Opublikowano: 9 stycznia 2024

Zespół z Wydziału Ekonomiczno-Socjologicznego Uniwersytetu Łódzkiego otrzymał finansowanie z Narodowego Centrum Nauki w konkursie OPUS 25 na projekt badawczy „Dzieci w drodze. Edukacja uczniów z doświadczeniem migracji w szkołach województwa łódzkiego”. Kierowniczką projektu jest prof. dr hab. Beata Kowalczyk z Katedry Socjologii Edukacji, a w zespole znaleźli się także dr Paweł Zięba i mgr Alina Morozowa. Wysokość grantu to 1 245 600 zł.

Badania potrwają 36 miesięcy, od lutego 2024 do stycznia 2027 roku. Naukowczynie przeprowadzą wywiady z uczniami, rodzicami, nauczycielami i dyrektorami w 20 szkołach – w Łodzi, Piotrkowie Trybunalskim, Skierniewicach, Sieradzu oraz w kilku gminach wiejskich regionu. Zbadają, jak działają oddziały przygotowawcze, jak wygląda ocenianie uczniów, którzy dopiero uczą się języka polskiego, i co decyduje o tym, że młodzi migranci zostają w szkole lub z niej wypadają.

– W łódzkich szkołach uczy się dziś kilka tysięcy dzieci z Ukrainy, ale też z Białorusi, Indii czy Turcji. Wiemy dużo o tym, jak wyglądał pierwszy rok po 2022 roku, wiemy znacznie mniej o tym, co dzieje się potem – mówi prof. Kowalczyk.

Partnerem projektu jest Łódzkie Centrum Doskonalenia Nauczycieli, które pomoże w rekrutacji szkół i w upowszechnianiu wyników. Efektem będą artykuły naukowe, raport dla samorządów oraz zestaw materiałów dla rad pedagogicznych.

Więcej o projekcie: www.dziecidrodze.uni.lodz.pl

Zobacz też:
– Granty NCN dla naukowców UŁ – pełna lista
– Rekrutacja na studia podyplomowe „Edukacja międzykulturowa”
– Dzień Otwarty Wydziału Ekonomiczno-Socjologicznego – zapraszamy maturzystów

Uniwersytet Łódzki, ul. Narutowicza 68, 90-136 Łódź | Centrala: 42 635 40 00 | Deklaracja dostępności | RODO | Ustawienia cookies
''', [P('Dzieci w drodze. Edukacja uczniów z doświadczeniem migracji w szkołach województwa łódzkiego', '2024-02', '2027-01', None,
        [F('Narodowe Centrum Nauki', 'OPUS 25', 1245600.0, 'PLN')],
        [O('Uniwersytet Łódzki', 'lead'), O('Łódzkie Centrum Doskonalenia Nauczycieli', 'partner'), O('Narodowe Centrum Nauki', 'funder')],
        [Pe('Beata Kowalczyk', 'coordinator', 'Uniwersytet Łódzki'), Pe('Paweł Zięba', 'other', 'Uniwersytet Łódzki'), Pe('Alina Morozowa', 'other', 'Uniwersytet Łódzki')],
        ['województwo łódzkie', 'Łódź', 'Piotrków Trybunalski', 'Skierniewice', 'Sieradz'], ['www.dziecidrodze.uni.lodz.pl'])], cut=True)

write('z14', 'pl', '''
Menu
O nas | Projekty | Wolontariat | Kontakt

Borders to Bridges – wymiana młodzieży w Przemyślu

Za nami dziesięć intensywnych dni! Od 12 do 21 lipca 2024 r. w Przemyślu i Krasiczynie gościliśmy 36 młodych osób z Polski, Ukrainy, Gruzji i Litwy w ramach międzynarodowej wymiany młodzieży „Borders to Bridges”. Wymianę zorganizowało Stowarzyszenie Młodzieżowe „Pogranicze” wspólnie z partnerami: ГО «Молодь Самбора» z Sambora, Youth Center Batumi z Gruzji i Jaunimo klubas „Tiltas” z Kowna.

Uczestnicy rozmawiali o tym, czym jest granica – ta na mapie i ta w głowie. Odwiedzili przejście graniczne w Medyce, gdzie wiosną 2022 r. wielu z nich było wolontariuszami, spotkali się z pracownikami Straży Granicznej i z osobami, które po 24 lutego zostały w Przemyślu na stałe. Powstała wystawa fotograficzna „Moja granica” i krótki film, który pokażemy jesienią w Przemyskim Centrum Kultury i Nauki ZAMEK.

Projekt „Borders to Bridges” został zrealizowany dzięki dofinansowaniu Unii Europejskiej w ramach programu Erasmus+ (Akcja 1 – Mobilność edukacyjna, sektor Młodzież). Kwota dofinansowania: 41 286 EUR. Narodową Agencją Programu Erasmus+ w Polsce jest Fundacja Rozwoju Systemu Edukacji.

Liderka wymiany: Zofia Maciąg, zofia.maciag@pogranicze.org.pl

Finansowane przez Unię Europejską. Poglądy i opinie wyrażone w tej publikacji są jedynie opiniami autora lub autorów i niekoniecznie odzwierciedlają poglądy i opinie Unii Europejskiej lub Europejskiej Agencji Wykonawczej ds. Edukacji i Kultury (EACEA). Unia Europejska ani EACEA nie ponoszą za nie odpowiedzialności.

logo Erasmus+ | logo FRSE | logo Pogranicze

Zobacz też:
Wolontariat Europejski w Przemyślu – szukamy rodzin goszczących
Podsumowanie roku 2023 – sprawozdanie merytoryczne
Warsztaty „Historia mówiona pogranicza” dla szkół ponadpodstawowych

Stowarzyszenie Młodzieżowe „Pogranicze” | ul. Franciszkańska 18, 37-700 Przemyśl | KRS 0000287340
Copyright © 2024 | Polityka prywatności
''', [P('Borders to Bridges', '2024-07-12', '2024-07-21', 'completed',
        [F('Unia Europejska', 'Erasmus+', 41286.0, 'EUR')],
        [O('Stowarzyszenie Młodzieżowe Pogranicze', 'lead'), O('ГО «Молодь Самбора»', 'partner'), O('Youth Center Batumi', 'partner'), O('Jaunimo klubas Tiltas', 'partner'),
         O('Unia Europejska', 'funder'), O('Fundacja Rozwoju Systemu Edukacji', 'other')],
        [Pe('Zofia Maciąg', 'coordinator', 'Stowarzyszenie Młodzieżowe Pogranicze', 'zofia.maciag@pogranicze.org.pl')],
        ['Przemyśl', 'Krasiczyn', 'Medyka'])], cut=True)

write('z15', 'pl', '''
Diakonia Kościoła Ewangelicko-Augsburskiego w RP
Aktualności › Pomoc dla Ukrainy

Wspólny stół w Ustroniu – podsumowanie projektu

Dobiegł końca projekt „Wspólny stół – integracja uchodźców z Ukrainy w Beskidach”, który Diakonia Kościoła Ewangelicko-Augsburskiego w RP realizowała od 1 kwietnia 2022 do 31 marca 2023 roku w Ustroniu, Wiśle i Cieszynie. Projekt finansowała Diakonie Katastrophenhilfe ze środków zebranych przez niemieckie parafie ewangelickie; całkowita kwota wsparcia wyniosła 186 tys. euro.

Przez dwanaście miesięcy w domach parafialnych i Domu Opieki „Emaus” w Wiśle schronienie znalazło łącznie 142 osoby, w tym 61 dzieci. Prowadziliśmy lekcje języka polskiego, opiekę psychologiczną i zajęcia dla dzieci, a w soboty – tytułowy „wspólny stół”: obiady, które uchodźczynie przygotowywały razem z mieszkańcami. Parafie w Ustroniu i Wiśle udostępniły salki na świetlicę, a Parafia Ewangelicko-Augsburska w Cieszynie prowadziła punkt wydawania żywności i odzieży.

– To był rok, w którym nauczyliśmy się od siebie nawzajem bardzo wiele – podsumowuje ks. Dawid Sikora, koordynator projektu z ramienia Diakonii.

Pomoc Diakonii dla osób z Ukrainy trwa nadal – zapraszamy do kontaktu: ukraina@diakonia.pl

Wesprzyj Diakonię:
Nr konta: 23 1240 4142 1111 0000 4861 3330 z dopiskiem „Ukraina”
Przekaż 1,5% – KRS 0000081457

Diakonia Kościoła Ewangelicko-Augsburskiego w RP | ul. Kopernika 9, 43-430 Bielsko-Biała
''', [P('Wspólny stół – integracja uchodźców z Ukrainy w Beskidach', '2022-04-01', '2023-03-31', 'completed',
        [F('Diakonie Katastrophenhilfe', None, 186000.0, 'EUR')],
        [O('Diakonia Kościoła Ewangelicko-Augsburskiego w RP', 'lead'), O('Diakonie Katastrophenhilfe', 'funder'),
         O('Parafia Ewangelicko-Augsburska w Cieszynie', 'partner')],
        [Pe('Dawid Sikora', 'coordinator', 'Diakonia Kościoła Ewangelicko-Augsburskiego w RP')],
        ['Ustroń', 'Wisła', 'Cieszyn'], [], alts=['Wspólny stół'])])

write('z16', 'pl', '''
Fundacja Nasz Dim / Фундація Наш Дім

Головна | Проєкти | Про нас | Kontakt

„Mamy razem” – grupa wsparcia dla matek z Ukrainy we Wrocławiu

Od lutego do listopada 2025 roku Fundacja Nasz Dim prowadzi projekt „Mamy razem”. Co drugą środę spotykamy się w Centrum Aktywności Lokalnej na Nadodrzu, przy ul. Łokietka 5, aby rozmawiać o wychowaniu dzieci w dwóch kulturach, o stresie, powrotach i decyzjach o pozostaniu. Spotkania prowadzi psycholożka Wiktoria Łysenko, a w tym czasie dzieci mają zajęcia plastyczne z animatorką.

Projekt jest dofinansowany ze środków Gminy Wrocław w ramach konkursu „Wrocław otwarty na różnorodność 2025”. Kwota dotacji: 18.000 zł.

Zapisy / Записатися: mamyrazem@nasz-dim.pl lub Telegram @nasz_dim_wro

Фундація «Наш Дім» – організація, заснована українками у Вроцлаві у 2022 році.
Підтримати фундацію | Wesprzyj fundację
''', [P('Mamy razem', '2025-02', '2025-11', 'ongoing',
        [F('Gmina Wrocław', 'Wrocław otwarty na różnorodność 2025', 18000.0, 'PLN')],
        [O('Fundacja Nasz Dim', 'lead'), O('Gmina Wrocław', 'funder')],
        [Pe('Wiktoria Łysenko', 'expert'), Pe(None, 'contact', None, 'mamyrazem@nasz-dim.pl')],
        ['Wrocław'], [], alts=['Mamy razem – grupa wsparcia dla matek z Ukrainy we Wrocławiu'])])
