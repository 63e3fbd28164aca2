from lib import *

poz_fund = lambda amt: [F('Miasto Poznań', None, amt, 'PLN')]
poz_org = O('Miasto Poznań', 'funder')
write('z05', 'pl', '''
Poznan.pl – Serwis Urzędu Miasta Poznania
Mieszkańcy | Biznes | Turystyka | Organizacje pozarządowe

Znamy wyniki konkursu na integrację cudzoziemców

12.02.2025

Rozstrzygnięto otwarty konkurs ofert na realizację zadań publicznych Miasta Poznania w obszarze „Działalność na rzecz integracji cudzoziemców” w 2025 roku. Komisja konkursowa oceniła 11 ofert. Miasto Poznań przekaże organizacjom pozarządowym łącznie 298 000 zł. Zadania będą realizowane od 1 marca do 15 grudnia 2025 r. na terenie Poznania.

Dotacje otrzymały następujące oferty:

1. Fundacja Centrum Wsparcia Imigrantów i Imigrantek Poznań – „Poznański Punkt Informacji dla Cudzoziemców” – 120 000,00 zł
2. Stowarzyszenie Kulturalno-Oświatowe „Kałyna” – „Sobotnia szkoła ukraińska przy Jeżycach” – 46 500,00 zł
3. Fundacja Różnorodności Na Wilda – „Sąsiedzka Wilda – wielokulturowe podwórka” – 61 500,00 zł
4. Parafia Ewangelicko-Augsburska Świętego Krzyża w Poznaniu – „Kawiarenka językowa dla dorosłych” – 20 000,00 zł
5. Fundacja Edukacji Międzykulturowej Mosty – „Asystent międzykulturowy w poznańskiej szkole” – 50 000,00 zł

Wyniki konkursu zatwierdził Zarządzeniem nr 112/2025/P Prezydent Miasta Poznania. Oferty nierozpatrzone pozytywnie oraz karty oceny dostępne są w Biuletynie Informacji Publicznej.

Pytania dotyczące konkursu: Wydział Zdrowia i Spraw Społecznych, Oddział ds. Integracji Cudzoziemców, tel. 61 878 44 90, e-mail: integracja_cudzoziemcow@um.poznan.pl

Tagi: cudzoziemcy, konkursy, organizacje pozarządowe

Czy ta strona była pomocna? Tak / Nie
Urząd Miasta Poznania, pl. Kolegiacki 17, 61-841 Poznań

Zobacz także:
Poznańska Rada Działalności Pożytku Publicznego – posiedzenie 20 lutego
Konsultacje programu współpracy z organizacjami pozarządowymi na 2026 rok
Punkt informacyjny dla cudzoziemców – zmiana godzin otwarcia w okresie ferii
Generator ofert Witkac.pl – szkolenie dla organizacji

Redakcja serwisu: Gabinet Prezydenta, Oddział Komunikacji Społecznej | Mapa serwisu | Deklaracja dostępności | Polityka cookies
''', [
    P('Poznański Punkt Informacji dla Cudzoziemców', '2025-03-01', '2025-12-15', None, poz_fund(120000.0),
      [O('Fundacja Centrum Wsparcia Imigrantów i Imigrantek Poznań', 'lead'), poz_org], [], ['Poznań']),
    P('Sobotnia szkoła ukraińska przy Jeżycach', '2025-03-01', '2025-12-15', None, poz_fund(46500.0),
      [O('Stowarzyszenie Kulturalno-Oświatowe Kałyna', 'lead'), poz_org], [], ['Poznań']),
    P('Sąsiedzka Wilda – wielokulturowe podwórka', '2025-03-01', '2025-12-15', None, poz_fund(61500.0),
      [O('Fundacja Różnorodności Na Wilda', 'lead'), poz_org], [], ['Poznań']),
    P('Kawiarenka językowa dla dorosłych', '2025-03-01', '2025-12-15', None, poz_fund(20000.0),
      [O('Parafia Ewangelicko-Augsburska Świętego Krzyża w Poznaniu', 'lead'), poz_org], [], ['Poznań']),
    P('Asystent międzykulturowy w poznańskiej szkole', '2025-03-01', '2025-12-15', None, poz_fund(50000.0),
      [O('Fundacja Edukacji Międzykulturowej Mosty', 'lead'), poz_org], [], ['Poznań']),
], cut=True)

write('z06', 'pl', '''
Kielce i region | Wiadomości | Społeczeństwo

Caritas pomoże uchodźcom z niepełnosprawnościami. Na projekt trafi prawie pół miliona złotych

Aktualizacja: 03.10.2023, 15:42 | Autor: Katarzyna Pękala

Caritas Diecezji Kieleckiej rozpoczyna realizację projektu „Razem mimo barier”, skierowanego do obywateli Ukrainy z niepełnosprawnościami, którzy schronili się w województwie świętokrzyskim. Pieniądze – 483 200 złotych – pochodzą z Państwowego Funduszu Rehabilitacji Osób Niepełnosprawnych, w ramach programu „Pomoc obywatelom Ukrainy z niepełnosprawnością”.

– Wśród osób, które przyjechały do nas po 24 lutego 2022 roku, jest wiele rodzin z dziećmi z niepełnosprawnościami i starszych osób po udarach. Ci ludzie potrzebują rehabilitacji, sprzętu, ale też zwykłej pomocy w załatwieniu orzeczenia – mówi ks. Marek Wójtowicz, dyrektor kieleckiej Caritas.

Projekt potrwa od października 2023 do września 2024 roku. W jego ramach działać będą dwa punkty wsparcia – w Kielcach przy ul. Jana Pawła II oraz w Busku-Zdroju. Uczestnicy otrzymają pomoc fizjoterapeutów, psychologa, a także asystentów, którzy pomogą w kontaktach z powiatowymi zespołami do spraw orzekania o niepełnosprawności. Przewidziano też wypożyczalnię sprzętu rehabilitacyjnego i dowóz na zajęcia z gmin powiatu buskiego i kieleckiego.

Koordynatorką projektu została Iryna Bondar, fizjoterapeutka, która sama przyjechała do Kielc z Charkowa. Zgłoszenia przyjmowane są pod numerem telefonu 41 344 58 20 lub mailowo: razemmimobarier@kielce.caritas.pl.

Czytaj także:
Nowy oddział pediatryczny w szpitalu w Starachowicach otwarty
Ukraińskie dzieci w świętokrzyskich szkołach. Ilu jest uczniów?

REKLAMA

Komentarze (4)
gość_kielce: Brawo Caritas, dobra robota
Anonim: a nasi niepełnosprawni to co? czekają latami na turnus
Ola: Moja sąsiadka korzysta z pomocy Caritas, bardzo dobre wsparcie, polecam
gość: ile z tego pójdzie na etaty?

Zaloguj się, aby dodać komentarz. Regulamin komentarzy | Polityka prywatności | Ustawienia plików cookie
''', [P('Razem mimo barier', '2023-10', '2024-09', 'ongoing',
        [F('Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych', 'Pomoc obywatelom Ukrainy z niepełnosprawnością', 483200.0, 'PLN')],
        [O('Caritas Diecezji Kieleckiej', 'lead'), O('Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych', 'funder')],
        [Pe('Marek Wójtowicz', 'other', 'Caritas Diecezji Kieleckiej', None), Pe('Iryna Bondar', 'coordinator'), Pe(None, 'contact', None, 'razemmimobarier@kielce.caritas.pl')],
        ['województwo świętokrzyskie', 'Kielce', 'Busko-Zdrój', 'powiat buski', 'powiat kielecki'])], cut=True)

write('z07', 'pl', '''
Publikacje

Nowe sąsiadki w małych miastach – raport z badań

okladka_raport_nowe_sasiadki.png

Raport „Nowe sąsiadki w małych miastach. Uchodźczynie z Ukrainy na rynku pracy w Wielkopolsce południowej” autorstwa dr Joanny Mazur, Oksany Hnatiuk i Piotra Lisa powstał w ramach projektu „Praca bez granic”. Projekt realizowany był od kwietnia 2022 do grudnia 2023 roku w Kaliszu, Ostrowie Wielkopolskim i Krotoszynie przez Stowarzyszenie Inicjatyw Lokalnych „Prosna” we współpracy z Akademią Kaliską im. Prezydenta Stanisława Wojciechowskiego.

Badanie objęło 214 kobiet, które po lutym 2022 r. przyjechały z Ukrainy i podjęły pracę lub jej szukały. Autorzy opisują bariery – brak opieki nad dziećmi, nieuznawanie dyplomów, dojazdy – oraz dobre praktyki pracodawców z regionu.

Projekt „Praca bez granic” korzystał z dofinansowania o wartości 42 000 euro od Islandii, Liechtensteinu i Norwegii w ramach Funduszy EOG.

Pobierz raport (PDF, 2,4 MB)

2024-02-15
''', [P('Praca bez granic', '2022-04', '2023-12', 'completed',
        [F('Islandia', 'Fundusze EOG', 42000.0, 'EUR'), F('Liechtenstein', 'Fundusze EOG', None, None), F('Norwegia', 'Fundusze EOG', None, None)],
        [O('Stowarzyszenie Inicjatyw Lokalnych Prosna', 'lead'), O('Akademia Kaliska im. Prezydenta Stanisława Wojciechowskiego', 'partner'),
         O('Islandia', 'funder'), O('Liechtenstein', 'funder'), O('Norwegia', 'funder')],
        [Pe('Joanna Mazur', 'author'), Pe('Oksana Hnatiuk', 'author'), Pe('Piotr Lis', 'author')],
        ['Kalisz', 'Ostrów Wielkopolski', 'Krotoszyn'])])

write('z08', 'pl', '''
MAPA INICJATYW MIGRACYJNYCH
prowadzi: Forum Inicjatyw Pozarządowych Warmii i Mazur
kontakt@mapainicjatyw.pl
ul. Kołobrzeska 11, 10-434 Olsztyn

Warmińsko-Mazurska Sieć Doradców dla Cudzoziemców

Opis: Stowarzyszenie Pomocy Prawnej „Lex Humana” z Olsztyna wraz z Elbląskim Stowarzyszeniem Wspierania Inicjatyw Pozarządowych prowadzi sieć punktów doradczych dla cudzoziemców w regionie. Dyżury odbywają się w Olsztynie, Elblągu i Ełku, a raz w miesiącu doradcy dojeżdżają do Giżycka i Ostródy. Cudzoziemcy mogą uzyskać pomoc w sprawach legalizacji pobytu i pracy, zameldowania, uznania kwalifikacji oraz świadczeń rodzinnych. W projekcie działa także telefoniczna linia wsparcia w językach ukraińskim, rosyjskim i angielskim. Drugim filarem jest szkolenie doradców: 16 osób z organizacji i ośrodków pomocy społecznej z województwa warmińsko-mazurskiego przejdzie cykl warsztatów z prawa migracyjnego.

www: https://doradcy-warmia.org.pl

Data początku: 2023

Data końca: 2025

Stan projektu: w trakcie realizacji

Organizacja: Stowarzyszenie Pomocy Prawnej Lex Humana

Grantodawca: Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego

Program: Program Rozwoju Organizacji Obywatelskich na lata 2018–2030 PROO

Dodaj swoją inicjatywę do mapy!
Zapisz się na newsletter.
Strona używa plików cookies. Polityka prywatności
''', [P('Warmińsko-Mazurska Sieć Doradców dla Cudzoziemców', '2023', '2025', 'ongoing',
        [F('Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego', 'Program Rozwoju Organizacji Obywatelskich na lata 2018–2030 PROO', None, None)],
        [O('Stowarzyszenie Pomocy Prawnej Lex Humana', 'lead'), O('Elbląskie Stowarzyszenie Wspierania Inicjatyw Pozarządowych', 'partner'),
         O('Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego', 'funder')],
        [], ['Olsztyn', 'Elbląg', 'Ełk', 'Giżycko', 'Ostróda', 'województwo warmińsko-mazurskie'], ['https://doradcy-warmia.org.pl'])])
