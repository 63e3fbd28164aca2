from lib import *

write('z19', 'pl', '''
Miejski Ośrodek Pomocy Rodzinie w Koszalinie
BIP | Deklaracja dostępności | Kontrast | A A+ A++

Strona główna / Projekty / Koszalin bez barier – integracja cudzoziemców

KOSZALIN BEZ BARIER – INTEGRACJA CUDZOZIEMCÓW

Miejski Ośrodek Pomocy Rodzinie w Koszalinie informuje, że w okresie od 1 lipca 2024 roku do 30 czerwca 2026 roku realizuje projekt pn. „Koszalin bez barier – integracja cudzoziemców” współfinansowany z Programu Krajowego Funduszu Azylu, Migracji i Integracji na lata 2021–2027.

Wartość projektu: 1 496 212,40 zł
Kwota dofinansowania z UE (75%): 1 122 159,30 zł
Wkład własny – budżet Miasta Koszalin: 374 053,10 zł

Celem projektu jest wsparcie integracji społecznej i zawodowej obywateli państw trzecich mieszkających w Koszalinie oraz przygotowanie kadr miejskich instytucji do pracy z klientem cudzoziemskim.

W ramach projektu przewidziano:
• Punkt Informacyjny dla Cudzoziemców w siedzibie MOPR przy ul. Zwycięstwa 140,
• kursy języka polskiego z opieką nad dziećmi,
• zajęcia wyrównawcze dla uczniów w szkołach podstawowych nr 3, 7 i 21,
• szkolenia dla pracowników socjalnych, urzędników i policjantów,
• festyn integracyjny „Koszalin łączy” w Amfiteatrze.

Partnerem projektu jest Koszalińska Agencja Rozwoju Regionalnego S.A.

Osoba do kontaktu: Joanna Baran, kierownik Działu Projektów, tel. 94 347 55 19, e-mail: projekty(at)mopr.koszalin.pl

Projekt współfinansowany z Programu Krajowego Funduszu Azylu, Migracji i Integracji.
Bezpieczna przystań i wspólne wartości

logo Fundusze Europejskie | flaga Rzeczypospolitej Polskiej | logo Dofinansowane przez Unię Europejską | herb Koszalina

Miejski Ośrodek Pomocy Rodzinie w Koszalinie, ul. Zwycięstwa 140, 75-613 Koszalin
Godziny pracy: pn.–pt. 7:30–15:30 | Redakcja strony | Polityka cookies
Ostatnia aktualizacja: 12.08.2024, Wytworzył: Dział Projektów MOPR, Opublikował: administrator
Liczba odwiedzin: 1 284
''', [P('Koszalin bez barier – integracja cudzoziemców', '2024-07-01', '2026-06-30', 'ongoing',
        [F('UE', 'Program Krajowy Funduszu Azylu, Migracji i Integracji na lata 2021–2027', 1122159.30, 'PLN'), F('budżet Miasta Koszalin', None, 374053.10, 'PLN')],
        [O('Miejski Ośrodek Pomocy Rodzinie w Koszalinie', 'lead'), O('Koszalińska Agencja Rozwoju Regionalnego S.A.', 'partner'),
         O('UE', 'funder'), O('budżet Miasta Koszalin', 'funder')],
        [Pe('Joanna Baran', 'contact', 'Miejski Ośrodek Pomocy Rodzinie w Koszalinie', 'projekty@mopr.koszalin.pl')],
        ['Koszalin'])], cut=True)

write('z20', 'pl', '''
Stowarzyszenie „Dom Otwarty” Radom

O nas

Jesteśmy stowarzyszeniem założonym w 2016 roku w Radomiu przez grupę nauczycieli, pracowników socjalnych i cudzoziemców, którzy sami przeszli przez trudną drogę legalizacji pobytu w Polsce. Działamy na rzecz migrantów i migrantek z terenu miasta Radomia i powiatów radomskiego, szydłowieckiego i zwoleńskiego.

Co robimy?
– prowadzimy bezpłatne poradnictwo w sprawach pobytowych i pracowniczych,
– organizujemy kursy języka polskiego i zajęcia dla dzieci,
– wspieramy szkoły i urzędy w pracy z osobami z doświadczeniem migracji,
– angażujemy się w rzecznictwo na rzecz dobrych lokalnych polityk integracyjnych.

Nasze działania finansujemy z dotacji samorządowych, grantów fundacji i darowizn osób prywatnych. Jesteśmy członkiem Ogólnopolskiej Sieci Organizacji Migranckich oraz Mazowieckiej Rady Działalności Pożytku Publicznego.

Zarząd:
Prezeska – Agnieszka Lewandowska
Wiceprezes – Sergiy Tkachuk
Skarbniczka – Halina Mróz

Komisja Rewizyjna: Paweł Kucharski, Anna Dziedzic, Nadia Ahmed

Dane organizacji:
Stowarzyszenie „Dom Otwarty”
ul. Żeromskiego 51/4, 26-600 Radom
KRS: 0000612458 | NIP: 796-29-84-112 | REGON: 364411278
Nr konta: PKO BP 71 1020 3352 0000 1102 0301 5577

Sprawozdania finansowe i merytoryczne znajdziesz w zakładce Dokumenty.

Facebook | Instagram | Newsletter
''', [])

fo21 = [O('Fundusz Obywatelski', 'funder')]
members21 = ['Stowarzyszenie Emigrantów Polskich w Gdyni', 'Fundacja Przystań', 'Fundacja Wspólna Przestrzeń', 'Caritas Archidiecezji Gdańskiej',
             'Stowarzyszenie Społeczności Wietnamskiej Pomorza', 'Fundacja Kaszubska Ostoja', 'Stowarzyszenie Słupskie Forum Cudzoziemców']
write('z21', 'pl', '''
Stowarzyszenie Słupskie Forum Cudzoziemców dołączyło do Pomorskiej Sieci Wsparcia Migrantów – Forum Cudzoziemców Słupsk

Stowarzyszenie Słupskie Forum Cudzoziemców dołączyło do Pomorskiej Sieci Wsparcia Migrantów

Komentarze: 0

W październiku nasze stowarzyszenie zostało przyjęte do Pomorskiej Sieci Wsparcia Migrantów. Sieć od 2023 roku otrzymuje dofinansowanie z Funduszu Obywatelskiego im. Henryka Wujca, co pozwala jej prowadzić wspólne działania członków na terenie całego województwa pomorskiego.

Czym jest Sieć?

Pomorska Sieć Wsparcia Migrantów to nieformalne porozumienie 7 organizacji, które pomagają cudzoziemcom w Gdańsku, Gdyni, Słupsku, Wejherowie i Kościerzynie. W ramach projektu sieć organizuje kwartalne spotkania członków, wspólną bazę wiedzy prawnej oraz szkolenia dla nowych wolontariuszy. W 2024 roku członkowie przygotowali wspólne stanowisko w sprawie zmian w pracy Pomorskiego Urzędu Wojewódzkiego, które trafiło do wojewody.

Najważniejsze cele Sieci:
  • wymiana wiedzy i doświadczeń między organizacjami;
  • wspólne rzecznictwo wobec urzędów i samorządów;
  • wsparcie organizacji w małych miejscowościach regionu.

Członkami Sieci są:

Stowarzyszenie Emigrantów Polskich w Gdyni, Fundacja „Przystań” (Gdańsk), Fundacja Wspólna Przestrzeń, Caritas Archidiecezji Gdańskiej, Stowarzyszenie Społeczności Wietnamskiej Pomorza, Fundacja „Kaszubska Ostoja” (Kościerzyna) oraz – od teraz – Stowarzyszenie Słupskie Forum Cudzoziemców.

Udostępnij.

Podobne wpisy:
Dyżury prawne dla cudzoziemców w Słupsku – nowy harmonogram na listopad
Kurs języka polskiego dla dorosłych – ruszają zapisy na semestr zimowy
Spotkanie z Rzecznikiem Praw Obywatelskich w Gdańsku – relacja

Zostaw komentarz
''', [P('Pomorska Sieć Wsparcia Migrantów', '2023', None, None,
        [F('Fundusz Obywatelski im. Henryka Wujca', None, None, None)],
        [O('Fundusz Obywatelski im. Henryka Wujca', 'funder')] + [O(m, 'member') for m in members21], [],
        ['województwo pomorskie', 'Gdańsk', 'Gdynia', 'Słupsk', 'Wejherowo', 'Kościerzyna'])], cut=True)

write('z22', 'pl', '''
Łódź.pl – Miasto Łódź
Dla mieszkańców | Urząd | Biznes | Kultura

Łódź na czele europejskiej sieci miast przyjaznych migrantom

22 listopada 2023 r.

Łódź będzie liderem nowej sieci URBACT „Welcoming Neighbourhoods”, w której pięć europejskich miast przez dwa i pół roku będzie wspólnie wypracowywać sposoby na włączanie nowych mieszkańców w życie osiedli. Obok Łodzi w sieci znalazły się: Lipsk, Bergamo, Tampere i Braga. Sieć rozpocznie pracę 1 stycznia 2024 r., a zakończy ją 30 czerwca 2026 r.

– Co dziesiąty nowy mieszkaniec Łodzi przyjechał do nas z zagranicy. Chcemy, żeby nowi łodzianie czuli się tu u siebie, a do tego potrzebujemy dobrych narzędzi na poziomie osiedla – powiedziała wiceprezydentka Łodzi Joanna Skrzydlewska-Nowak.

W Łodzi działania sieci skupią się na Starym Polesiu i Bałutach. Powstanie Lokalna Grupa URBACT, w której zasiądą urzędnicy, radni osiedlowi, organizacje pozarządowe i sami migranci. Jej zadaniem będzie przygotowanie Zintegrowanego Planu Działań, który miasto będzie mogło potem sfinansować z funduszy europejskich. Koordynatorem sieci z ramienia Biura ds. Partycypacji Społecznej UMŁ jest Michał Wieczorek.

Program URBACT IV jest współfinansowany przez Unię Europejską z Europejskiego Funduszu Rozwoju Regionalnego.

Tagi: migranci, URBACT, sąsiedztwo, Stare Polesie
''', [P('Welcoming Neighbourhoods', '2024-01-01', '2026-06-30', 'planned',
        [F('Europejski Fundusz Rozwoju Regionalnego', 'URBACT IV', None, None)],
        [O('Łódź', 'lead'), O('Lipsk', 'partner'), O('Bergamo', 'partner'), O('Tampere', 'partner'), O('Braga', 'partner'), O('Europejski Fundusz Rozwoju Regionalnego', 'funder')],
        [Pe('Joanna Skrzydlewska-Nowak', 'other', None), Pe('Michał Wieczorek', 'coordinator', 'Biuro ds. Partycypacji Społecznej UMŁ')],
        ['Łódź', 'Stare Polesie', 'Bałuty'])])
