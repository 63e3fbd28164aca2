from lib import *

write('z17', 'pl', '''
Stowarzyszenie Edukacyjne „Kompas” Polkowice

Start » Projekty » Polski na start

POLSKI NA START – kursy językowe dla rodzin pracowników z zagranicy

Nazwa zadania: Polski na start
Realizator: Stowarzyszenie Edukacyjne „Kompas”
Darczyńca: Fundacja KGHM Polska Miedź
Wartość darowizny: 35 000,00 zł
Okres realizacji: 02.01.2024 r. – 20.12.2024 r.
Miejsce: Polkowice, Chocianów, Grębocice

W Zagłębiu Miedziowym pracuje coraz więcej osób z Ukrainy, Filipin, Indii i Nepalu – zarówno w zakładach górniczych i ich spółkach zależnych, jak i w firmach podwykonawczych. Ich żony, mężowie i dzieci często nie znają języka polskiego, co utrudnia im załatwianie codziennych spraw, znalezienie pracy czy kontakt ze szkołą. Dlatego przygotowaliśmy bezpłatne kursy języka polskiego dla całych rodzin – z zajęciami dla dorosłych wieczorami i w soboty, a dla dzieci w formie półkolonii językowych w ferie i wakacje.

Zajęcia prowadzą lektorki z certyfikatem nauczania języka polskiego jako obcego. Uczestnicy dostają podręczniki, a osoby z najmniejszych miejscowości – zwrot kosztów dojazdu. Kurs kończy się egzaminem wewnętrznym na poziomie A1 lub A2 i wręczeniem zaświadczeń podczas pikniku rodzinnego w Parku Miejskim w Polkowicach.

Jak się zapisać?
Formularz zgłoszeniowy dostępny jest w sekretariacie stowarzyszenia (ul. Kolejowa 3, Polkowice) oraz do pobrania poniżej. Wypełniony formularz prosimy przesłać na adres: kursy // kompas-polkowice.pl (zamień // na @) albo przynieść osobiście.

Koordynator kursów: Tomasz Grzelak, tel. 76 724 55 18

Pliki do pobrania:
formularz_zgloszeniowy_PL_UA_EN.pdf
regulamin_rekrutacji.pdf

Projekt „Polski na start” realizowany jest dzięki wsparciu Fundacji KGHM Polska Miedź.

logo Fundacja KGHM Polska Miedź
logo Stowarzyszenie Kompas

Nasze inne projekty:
Świetlica „Miedziaki” – zajęcia pozalekcyjne dla dzieci z Polkowic
Akademia Seniora 60+
Warsztaty robotyki dla młodzieży

Stowarzyszenie Edukacyjne „Kompas” | ul. Kolejowa 3, 59-100 Polkowice | KRS 0000398112 | NIP 692-25-11-883
© 2024 Wszystkie prawa zastrzeżone | Polityka prywatności | Obsługa plików cookie
''', [P('Polski na start', '2024-01-02', '2024-12-20', 'ongoing',
        [F('Fundacja KGHM Polska Miedź', None, 35000.0, 'PLN')],
        [O('Stowarzyszenie Edukacyjne Kompas', 'lead'), O('Fundacja KGHM Polska Miedź', 'funder')],
        [Pe('Tomasz Grzelak', 'coordinator', 'Stowarzyszenie Edukacyjne Kompas'), Pe(None, 'contact', None, 'kursy@kompas-polkowice.pl')],
        ['Polkowice', 'Chocianów', 'Grębocice'], [], alts=['POLSKI NA START – kursy językowe dla rodzin pracowników z zagranicy'])], cut=True)

write('z18', 'pl', '''
Fundacja Sądeckie Inicjatywy Społeczne

PROJEKT ZREALIZOWANY

„Sądecczyzna gościnna – lokalne centrum wsparcia cudzoziemców”

Tytuł projektu: Sądecczyzna gościnna – lokalne centrum wsparcia cudzoziemców
Numer umowy: FIO/2022/0417
Beneficjent: Fundacja Sądeckie Inicjatywy Społeczne
Partner: Powiat Nowosądecki – Powiatowe Centrum Pomocy Rodzinie w Nowym Sączu
Źródło finansowania: Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego, Program Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021–2030
Kwota dofinansowania: 139.800,00 PLN
Termin realizacji: od 01.06.2022 do 31.12.2023

Projekt został zrealizowany w odpowiedzi na napływ uchodźców z Ukrainy do Nowego Sącza i gmin powiatu nowosądeckiego – Starego Sącza, Krynicy-Zdroju i Grybowa. W lokalnym centrum wsparcia działał punkt informacyjny, prowadzone były lekcje języka polskiego i zajęcia adaptacyjne dla dzieci, a wolontariusze z Sądecczyzny pomagali rodzinom w poszukiwaniu mieszkań i pracy. Łącznie ze wsparcia skorzystało 412 osób.

Osoba do kontaktu: Małgorzata Wnęk, tel. 18 443 27 10, e-mail: m.wnek[at]sadeckieinicjatywy.pl

Projekt dofinansowany ze środków Programu Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021–2030.

logo NOWEFIO | logo NIW | logo Sądeckie Inicjatywy
''', [P('Sądecczyzna gościnna – lokalne centrum wsparcia cudzoziemców', '2022-06-01', '2023-12-31', 'completed',
        [F('Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego', 'Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021–2030', 139800.0, 'PLN')],
        [O('Fundacja Sądeckie Inicjatywy Społeczne', 'lead'), O('Powiat Nowosądecki – Powiatowe Centrum Pomocy Rodzinie w Nowym Sączu', 'partner'),
         O('Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego', 'funder')],
        [Pe('Małgorzata Wnęk', 'contact', None, 'm.wnek@sadeckieinicjatywy.pl')],
        ['Nowy Sącz', 'powiat nowosądecki', 'Stary Sącz', 'Krynica-Zdrój', 'Grybów'])])
