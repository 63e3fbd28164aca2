from lib import *

write('z01', 'pl', '''
Aktualności

Ruszył projekt „Podlaskie Okno na Świat – wsparcie integracji cudzoziemców”

opublikowano: 14 marca 2024 | autor: redakcja

Z radością informujemy, że Fundacja Dialog w partnerstwie z Gminą Miasto Białystok i Podlaskim Centrum Rozwoju Społecznego od 1 lutego 2024 r. realizuje projekt „Podlaskie Okno na Świat – wsparcie integracji cudzoziemców”. Projekt potrwa do 31 stycznia 2027 r.

Projekt jest współfinansowany ze środków Unii Europejskiej w ramach Programu Krajowego Funduszu Azylu, Migracji i Integracji.
Wartość projektu: 3 187 450,00 zł
Wkład Funduszy Europejskich: 2 868 705,00 zł

Do kogo skierowany jest projekt?
Wsparciem obejmiemy obywatelki i obywateli państw trzecich legalnie przebywających na terenie województwa podlaskiego – przede wszystkim w Białymstoku, Łomży, Suwałkach i Bielsku Podlaskim. Pierwszeństwo mają osoby, które przebywają w Polsce krócej niż 3 lata.

W ramach projektu oferujemy:
- bezpłatne kursy języka polskiego (A1–B1), także w trybie wieczorowym i online,
- doradztwo prawne w sprawach pobytowych i zatrudnienia (dyżury prawników w Białymstoku i wyjazdowe w Suwałkach),
- asystę międzykulturową w urzędach, przychodniach i szkołach,
- wsparcie psychologiczne w językach ukraińskim, rosyjskim i białoruskim,
- warsztaty adaptacyjne „Pierwsze kroki w Polsce”,
- szkolenia dla pracowników urzędów i nauczycieli z obsługi klienta cudzoziemskiego,
- Dni Sąsiedzkie – spotkania integracyjne z mieszkańcami.

Chcesz skorzystać ze wsparcia? Zgłoś się do biura projektu: ul. Warszawska 37 lok. 3, 15-062 Białystok, tel. 85 744 21 09, e-mail: okno(małpa)fundacjadialog.pl. Biuro czynne pn.–pt. w godz. 9:00–17:00, w czwartki do 19:00.

Koordynatorka projektu: Anna Siemieniuk
Asystentka koordynatorki: Daria Kovalenko

#integracja #FAMI #Białystok #cudzoziemcy

Fundusze Europejskie
Rzeczpospolita Polska
Dofinansowane przez Unię Europejską

Udostępnij: Facebook | X | LinkedIn

Zobacz także:
Spotkanie informacyjne dla rodziców dzieci z doświadczeniem migracji – 22 marca
Nabór wolontariuszy do świetlicy „Kolorowe Podwórko” trwa!
Sprawozdanie merytoryczne za rok 2023 już dostępne

Fundacja Dialog | KRS 0000312345 | ul. Warszawska 37 lok. 3, Białystok
Polityka prywatności | Deklaracja dostępności | Mapa strony
''', [P('Podlaskie Okno na Świat – wsparcie integracji cudzoziemców', '2024-02-01', '2027-01-31', 'ongoing',
        [F('Unia Europejska', 'Program Krajowy Funduszu Azylu, Migracji i Integracji', 2868705.0, 'PLN')],
        [O('Fundacja Dialog', 'lead'), O('Gmina Miasto Białystok', 'partner'), O('Podlaskie Centrum Rozwoju Społecznego', 'partner'), O('Unia Europejska', 'funder')],
        [Pe('Anna Siemieniuk', 'coordinator', None, None), Pe('Daria Kovalenko', 'other', None, None), Pe(None, 'contact', None, 'okno@fundacjadialog.pl')],
        ['województwo podlaskie', 'Białystok', 'Łomża', 'Suwałki', 'Bielsko Podlaskie'])], cut=True)

write('z02', 'pl', '''
Przejdź do treści
Ułatwienia dostępu
Zmień kontrast | Powiększ tekst

Aktywni Obywatele – Fundusz Regionalny
Baza projektów

Sąsiedzi spod Góry Świętej Anny. Integracja rodzin migranckich w powiecie strzeleckim

Grantobiorca: Stowarzyszenie Aktywni dla Regionu z Leśnicy
Konkurs: 2. konkurs – ścieżka wzmocnienie
Region: Polska zachodnia
Dofinansowanie ze środków Programu: 29 870,00 EUR
Partnerzy: Zespół Szkolno-Przedszkolny w Zdzieszowicach
Czas realizacji: 01.09.2023 – 31.08.2024

W gminach Leśnica, Zdzieszowice i Strzelce Opolskie mieszka coraz więcej rodzin z Ukrainy, Białorusi i Kolumbii, które przyjechały do pracy w zakładach przemysłowych regionu. Projekt ma pomóc im zakorzenić się w lokalnych społecznościach. Organizujemy sobotnie kluby sąsiedzkie dla rodziców i dzieci, lekcje języka polskiego prowadzone przez wolontariuszki – emerytowane nauczycielki, a także wspólne wyprawy na Górę Świętej Anny i do Muzeum Czynu Powstańczego. Przeszkolimy 20 osób z samorządów i szkół w zakresie komunikacji międzykulturowej. Rodzice dzieci cudzoziemskich wezmą udział w cyklu spotkań z pedagogiem i psycholożką. Na zakończenie projektu przygotujemy wspólnie z uczestnikami dwujęzyczną książkę kucharską „Smaki naszej ulicy”.

Kontakt do grantobiorcy: biuro [at] aktywnidlaregionu [dot] org [dot] pl

Program Aktywni Obywatele – Fundusz Regionalny jest finansowany z Funduszy EOG. Operatorem Programu w regionie zachodnim jest Fundacja Rozwoju Społeczeństwa Obywatelskiego w partnerstwie z regionalnymi organizacjami.

Wróć do listy projektów
''', [P('Sąsiedzi spod Góry Świętej Anny. Integracja rodzin migranckich w powiecie strzeleckim', '2023-09-01', '2024-08-31', None,
        [F('Fundusze EOG', 'Aktywni Obywatele – Fundusz Regionalny', 29870.0, 'EUR')],
        [O('Stowarzyszenie Aktywni dla Regionu', 'lead'), O('Zespół Szkolno-Przedszkolny w Zdzieszowicach', 'partner'), O('Fundusze EOG', 'funder'), O('Fundacja Rozwoju Społeczeństwa Obywatelskiego', 'other')],
        [Pe(None, 'contact', None, 'biuro@aktywnidlaregionu.org.pl')],
        ['Leśnica', 'Zdzieszowice', 'Strzelce Opolskie', 'powiat strzelecki'])])

write('z03', 'pl', '''
Punkt Wsparcia Migrantek w Gdańsku
Fundacja Kobiety Wędrujące
Wsparcie uchodźców i migrantów
2022
Gdańsk, województwo pomorskie

Punkt to miejsce, w którym migrantki – głównie z Ukrainy, Białorusi i Gruzji – mogą w jednym miejscu uzyskać informację o swoich prawach, skonsultować umowę o pracę czy najmu, a także po prostu porozmawiać przy herbacie z kobietami, które same kiedyś przyjechały do Polski. Dyżury prowadzą mentorki z doświadczeniem migracji, przeszkolone przez prawniczki współpracujące z fundacją. Dzięki grantowi fundacja mogła wynająć lokal w Gdańsku-Wrzeszczu na cały rok, opłacić dyżury prawne i stworzyć grupę wsparcia dla kobiet doświadczających przemocy.

Przekazaliśmy wsparcie finansowe 24 500 zł.
''', [P('Punkt Wsparcia Migrantek w Gdańsku', '2022', None, None,
        [F(None, None, 24500.0, 'PLN')],
        [O('Fundacja Kobiety Wędrujące', 'lead')], [],
        ['Gdańsk', 'województwo pomorskie'])])

write('z04', 'pl', '''
Podkarpacki Urząd Wojewódzki w Rzeszowie
Strona główna > Aktualności > Komunikaty prasowe

Wojewoda podpisał umowę partnerską. Centrum Integracji Cudzoziemców zacznie działać w Rzeszowie i Przemyślu
2024-05-27

W poniedziałek, 27 maja br., w Podkarpackim Urzędzie Wojewódzkim w Rzeszowie wojewoda podkarpacki Marta Żurawska podpisała umowę partnerską na realizację projektu „Podkarpackie Centrum Integracji Cudzoziemców”. Liderem projektu jest Wojewoda Podkarpacki, a partnerami zostali: Gmina Miasto Rzeszów, Gmina Miejska Przemyśl, Uniwersytet Rzeszowski oraz Caritas Archidiecezji Przemyskiej.

Projekt będzie realizowany od 1 czerwca 2024 r. do 31 maja 2027 r. na terenie całego województwa podkarpackiego, a jego budżet wynosi 7,2 mln zł. Projekt jest współfinansowany z Programu Krajowego Funduszu Azylu, Migracji i Integracji (FAMI) na lata 2021–2027 (6,48 mln zł) oraz ze środków budżetu państwa (0,72 mln zł).

– Podkarpacie jest dziś domem dla kilkudziesięciu tysięcy cudzoziemców, a Przemyśl od pierwszych dni wojny w Ukrainie był miastem, przez które przechodziły setki tysięcy osób. Chcemy, żeby osoby, które zdecydowały się zostać u nas, mogły w jednym miejscu uzyskać pomoc – mówiła wojewoda.

W ramach Centrum cudzoziemcy skorzystają z porad prawnych i obywatelskich, kursów języka polskiego, doradztwa zawodowego oraz pomocy asystentów międzykulturowych. Uniwersytet Rzeszowski przygotuje program szkoleń dla kadr administracji i szkół, a Caritas Archidiecezji Przemyskiej poprowadzi punkty informacyjne w Przemyślu, Jarosławiu i Krośnie.

Więcej informacji udziela Biuro Wojewody – Zespół Prasowy, tel. 17 867 12 05, e-mail: rzecznik@rzeszow.uw.gov.pl

Drukuj | Powrót

Zobacz również:
2024-05-24 Wojewoda wręczył promesy na usuwanie skutków nawałnic w powiecie jasielskim
2024-05-21 Uroczyste ślubowanie nowych funkcjonariuszy Straży Granicznej w Przemyślu
2024-05-17 Posiedzenie Wojewódzkiego Zespołu Zarządzania Kryzysowego
2024-05-15 Nabór wniosków do Rządowego Programu Odbudowy Zabytków – przypomnienie

Podkarpacki Urząd Wojewódzki w Rzeszowie, ul. Grunwaldzka 15, 35-959 Rzeszów | tel. 17 867 10 00 | Elektroniczna Skrzynka Podawcza | Deklaracja dostępności | Informacja o przetwarzaniu danych osobowych
''', [P('Podkarpackie Centrum Integracji Cudzoziemców', '2024-06-01', '2027-05-31', None,
        [F(None, 'Program Krajowy Funduszu Azylu, Migracji i Integracji (FAMI) na lata 2021–2027', 6480000.0, 'PLN'), F('budżet państwa', None, 720000.0, 'PLN')],
        [O('Wojewoda Podkarpacki', 'lead'), O('Gmina Miasto Rzeszów', 'partner'), O('Gmina Miejska Przemyśl', 'partner'), O('Uniwersytet Rzeszowski', 'partner'), O('Caritas Archidiecezji Przemyskiej', 'partner'), O('budżet państwa', 'funder')],
        [Pe('Marta Żurawska', 'other', 'Podkarpacki Urząd Wojewódzki w Rzeszowie', None)],
        ['województwo podkarpackie', 'Rzeszów', 'Przemyśl', 'Jarosław', 'Krosno'])], cut=True)
