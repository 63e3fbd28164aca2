from lib import *

write('z09', 'pl', '''
Mama, tata i szkoła – wsparcie rodziców z doświadczeniem migracji

Data
rozpoczęcia
15 października 2019 r. (projekt zakończył się 30 czerwca 2021 r.)
Obszar Kraków i powiat krakowski
Cele Celem projektu było zwiększenie udziału rodziców-cudzoziemców w życiu szkół, do których uczęszczają ich dzieci, oraz przygotowanie rad pedagogicznych do współpracy z rodzinami wielojęzycznymi. Organizatorzy chcieli też przełamać izolację matek, które w Polsce nie pracują zawodowo i mają niewiele kontaktów poza rodziną.
Jak działa? W 6 szkołach podstawowych Krakowa, Skawiny i Wieliczki działały kluby rodziców, prowadzone w parze przez nauczyciela i rodzica-cudzoziemca. Na spotkaniach omawiano zasady oceniania, dziennik elektroniczny, rolę wychowawcy i świetlicy. Powstał też dwujęzyczny (polsko-ukraiński i polsko-wietnamski) słowniczek „Szkoła od A do Z”.
Rezultaty ● W klubach uczestniczyło 87 rodziców z 11 krajów. 
● Przeszkolono 64 nauczycieli i pedagogów szkolnych. 
● Dwie szkoły wpisały współpracę z rodzicami-cudzoziemcami do swoich programów wychowawczo-profilaktycznych.
Ewaluacja Rodzice docenili przede wszystkim możliwość zadawania pytań we własnym języku. Największą trudnością okazało się przejście na formę zdalną w czasie pandemii – część klubów zawiesiła działalność wiosną 2020 r.
Finansowanie Projekt sfinansowano ze środków Gminy Miejskiej Kraków oraz Małopolskiego Kuratora Oświaty (program „Bezpieczna i przyjazna szkoła”).
Koordynatorka Marta Pilch (Centrum Wielokulturowe w Krakowie): m.pilch (at) cwk (kropka) krakow (kropka) pl
www Informacje o projekcie: https://www.cwk.krakow.pl/projekty/mama-tata-szkola

 

 

 

 

 

 

 

Opublikowano w numerze: 71 / Październik 2021 | Kategoria: Dobre praktyki integracji
''', [P('Mama, tata i szkoła – wsparcie rodziców z doświadczeniem migracji', '2019-10-15', '2021-06-30', 'completed',
        [F('Gmina Miejska Kraków', None, None, None), F('Małopolski Kurator Oświaty', 'Bezpieczna i przyjazna szkoła', None, None)],
        [O('Centrum Wielokulturowe w Krakowie', 'lead'), O('Gmina Miejska Kraków', 'funder'), O('Małopolski Kurator Oświaty', 'funder')],
        [Pe('Marta Pilch', 'coordinator', 'Centrum Wielokulturowe w Krakowie', 'm.pilch@cwk.krakow.pl')],
        ['Kraków', 'powiat krakowski', 'Skawina', 'Wieliczka'], ['https://www.cwk.krakow.pl/projekty/mama-tata-szkola'])])

write('z10', 'pl', '''
TORUŃSKA SZKOŁA LIDERÓW MIGRANCKICH

TORUŃ SCHOOL OF MIGRANT LEADERS

grantodawca: Fundacja im. Stefana Batorego, program Wsparcie Społeczności Migranckich
termin realizacji: marzec 2022 – luty 2023
kwota dotacji: 48 300 zł

 partnerzy:

  • Uniwersytet Mikołaja Kopernika w Toruniu – Wydział Nauk o Polityce i Bezpieczeństwie
  • Stowarzyszenie Ukraińców Kujaw i Pomorza „Wyszywanka”

krótki opis projektu

Projekt pt. „Toruńska Szkoła Liderek i Liderów Migranckich” odpowiada na potrzebę wzmocnienia osób, które w swoich społecznościach – ukraińskiej, białoruskiej, indyjskiej i wietnamskiej – już dziś pełnią rolę nieformalnych doradców i organizatorów. Uczestnicy i uczestniczki przejdą cykl 8 zjazdów weekendowych w Toruniu i Bydgoszczy: z zakładania i prowadzenia organizacji, pozyskiwania grantów, prawa pobytowego, komunikacji z mediami i samorządem. Każda osoba przygotuje pod okiem mentora własną mikroinicjatywę dla swojej społeczności, a najlepsze z nich otrzymają wsparcie finansowe w wysokości do 2 000 zł.

Zwieńczeniem szkoły będzie wizyta studyjna w Wilnie, gdzie uczestnicy poznają doświadczenia litewskich organizacji mniejszości.

 

koordynatorka: Ewa Nowicka-Szulc
kontakt: e.nowicka-szulc(at)fundacja-horyzonty.org

Fundacja Horyzonty jest Organizacją Pożytku Publicznego.
Przekaż 1,5% podatku!
KRS 0000512877

Nr konta:
12 1140 2004 0000 3402 7765 1123

Wesprzyj nas
dowolną kwotą online »

Jesteśmy organizacją przyjazną wolontariuszom:
logo-dobrywolontariat
''', [P('Toruńska Szkoła Liderów Migranckich', '2022-03', '2023-02', None,
        [F('Fundacja im. Stefana Batorego', 'Wsparcie Społeczności Migranckich', 48300.0, 'PLN')],
        [O('Fundacja im. Stefana Batorego', 'funder'), O('Uniwersytet Mikołaja Kopernika w Toruniu', 'partner'), O('Stowarzyszenie Ukraińców Kujaw i Pomorza Wyszywanka', 'partner')],
        [Pe('Ewa Nowicka-Szulc', 'coordinator', None, 'e.nowicka-szulc@fundacja-horyzonty.org')],
        ['Toruń', 'Bydgoszcz', 'Wilno'], [], alts=['Toruńska Szkoła Liderek i Liderów Migranckich'])])

write('z11', 'pl', '''
18.04.2024

Śląsk wielu języków. Kto dziś mieszka w naszych miastach?

Śląsk wielu języków | debata w ramach cyklu „Rozmowy o mieście”


25/04/2024
godz. 18.00–20.30
Muzeum Śląskie, ul. T. Dobrowolskiego 1, Katowice, sala audytoryjna C


powitanie

dr hab. Tomasz Gwóźdź, Instytut Socjologii, Uniwersytet Śląski w Katowicach
Olena Szewczenko, Fundacja Dom Ukraiński na Śląsku

panel dyskusyjny
Praca, szkoła, mieszkanie – codzienność cudzoziemców w Metropolii

projekcja filmu dokumentalnego „Przystanek Chorzów” i rozmowa z reżyserką

wstęp wolny, obowiązują zapisy: rozmowy@muzeumslaskie.pl

Organizatorzy:
  • Muzeum Śląskie w Katowicach
  • Fundacja Dom Ukraiński na Śląsku
  • Górnośląsko-Zagłębiowska Metropolia
Patronat medialny: Radio Katowice
''', [])

fund12 = [F('Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego', 'Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2024–2030', None, None), F('Gmina Miasto Szczecin', None, None, None)]
orgs12 = [O('Stowarzyszenie Społeczno-Kulturalne Mosty Kultur', 'lead'), O('Fundacja Dzieciaki z Pogodna', 'partner'),
          O('Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego', 'funder'), O('Gmina Miasto Szczecin', 'funder')]
write('z12', 'pl', '''
Strona główna » Wydarzenia » Festiwal Sąsiedzi z Pomorza Zachodniego

Festiwal „Sąsiedzi z Pomorza Zachodniego” – 7–8 września 2024

Zapraszamy na Jasne Błonia! W sobotę i niedzielę, 7 i 8 września 2024 r., w godz. 12:00–20:00 odbędzie się druga edycja festiwalu „Sąsiedzi z Pomorza Zachodniego”. Na scenie wystąpią zespoły z Ukrainy, Gruzji, Nigerii, Kolumbii i Polski, a w strefie kulinarnej spróbujecie chinkali, pierogów, arepas i barszczu. Dla dzieci przygotowaliśmy warsztaty plastyczne i grę terenową „Paszport sąsiada”.

Festiwal jest częścią projektu „Szczecin – miasto dla wszystkich”, który Stowarzyszenie Społeczno-Kulturalne „Mosty Kultur” realizuje od stycznia 2024 r. w partnerstwie z Fundacją „Dzieciaki z Pogodna”. W ramach projektu przez cały rok działają też kluby konwersacyjne, grupa teatralna dla nastolatków i dyżury doradcze w Centrum Sąsiedzkim na Pogodnie. Projekt potrwa do 30 czerwca 2025 r.

Projekt dofinansowany ze środków Narodowego Instytutu Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego w ramach Rządowego Programu Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2024–2030 oraz ze środków Gminy Miasto Szczecin.

logo NIW-CRSO | logo NOWEFIO | herb Szczecina | logo Mosty Kultur

Kontakt dla mediów: Natalia Kruk, tel. 600 412 389, natalia.kruk [małpa] mostykultur.org

Udostępnij wydarzenie
Mosty Kultur © 2024 | Polityka cookies
''', [
    P('Sąsiedzi z Pomorza Zachodniego', '2024-09-07', '2024-09-08', None, fund12, orgs12,
      [Pe('Natalia Kruk', 'contact', None, 'natalia.kruk@mostykultur.org')], ['Szczecin'], [],
      alts=['Festiwal Sąsiedzi z Pomorza Zachodniego']),
    P('Szczecin – miasto dla wszystkich', '2024-01', '2025-06-30', 'ongoing', fund12, orgs12,
      [Pe('Natalia Kruk', 'contact', None, 'natalia.kruk@mostykultur.org')], ['Szczecin']),
])
