from lib import P, write

write("j01", "pl", """
BEZPIECZNY START – WSPARCIE PRAWNE I PSYCHOLOGICZNE DLA MIGRANTEK Z BIAŁORUSI NA PODLASIU

SAFE START – LEGAL AND PSYCHOLOGICAL SUPPORT FOR BELARUSIAN WOMEN IN PODLASIE

źródło finansowania: Fundusz Feministyczny, program „Siostrzeństwo bez granic”
okres realizacji: marzec 2023 – październik 2024
wysokość grantu : 48 600 zł

 partnerzy:

  • Fundacja Dialog
  • Centrum Białoruskiej Solidarności (Цэнтр беларускай салідарнасці)

o projekcie

Projekt „Bezpieczny start” odpowiada na potrzeby kobiet, które po 2020 roku wyjechały z Białorusi i osiedliły się w Białymstoku, Hajnówce i Bielsku Podlaskim. Wiele z nich samotnie wychowuje dzieci, nie zna procedur legalizacji pobytu i nie ma dostępu do pomocy psychologicznej w języku, którym się posługuje. Dlatego w ramach projektu prowadzimy:

  • bezpłatne konsultacje prawne (legalizacja pobytu, zatrudnienie, sprawy rodzinne) – dwa dyżury w tygodniu w Białymstoku i raz w miesiącu w Hajnówce i Bielsku Podlaskim;
  • grupę wsparcia prowadzoną po białorusku i rosyjsku przez psycholożkę;
  • warsztaty „Moje prawa w pracy” dla kobiet zatrudnionych w rolnictwie i przetwórstwie.

Pod koniec projektu zaplanowano wizytę studyjną w Wilnie, gdzie uczestniczki poznają działania litewskich organizacji pomagających uchodźczyniom z Białorusi. Przygotujemy też poradnik „Pierwsze kroki na Podlasiu” w trzech językach.

Dlaczego ten projekt? Od 2021 roku do naszego biura zgłosiło się ponad 400 kobiet z Białorusi. Najczęściej pytały o karty pobytu, o to, jak zapisać dziecko do przedszkola, i o to, co zrobić, gdy pracodawca nie wypłaca wynagrodzenia. Wiele z nich przeżyło represje, zatrzymania lub rozstanie z bliskimi, którzy zostali w kraju. Chcemy, żeby pierwszy rok w Polsce nie był dla nich samotną walką z urzędami.

koordynatorka: Alena Kowalczyk

Jesteśmy Organizacją Pożytku Publicznego od 2016 roku.
Przekaż nam 1,5% podatku!
KRS 0000587112

Numer rachunku:
14 1020 1332 0000 1502 0318 7744

Wspieraj nas regularnie »

Dołącz do newslettera
logo-ngo-pl
logo-pozytek

Obserwuj nas na Facebooku i Instagramie
""", [P("Bezpieczny start – wsparcie prawne i psychologiczne dla migrantek z Białorusi na Podlasiu",
        "2023-03", "2024-10", None,
        [("Fundusz Feministyczny", "Siostrzeństwo bez granic", 48600, "PLN")],
        [("Fundusz Feministyczny", "funder"), ("Fundacja Dialog", "partner"),
         ("Centrum Białoruskiej Solidarności", "partner")],
        [("Alena Kowalczyk", "coordinator", None, None)],
        ["Białystok", "Hajnówka", "Bielsk Podlaski", "Wilno"],
        alts=["Bezpieczny start"])])

write("j02", "pl", """
Stowarzyszenie „Przystań” dołączyło do Koalicji Warmińsko-Mazurskiej na rzecz Integracji Cudzoziemców - Przystań Olsztyn - pomoc dla migrantów i uchodźców

Stowarzyszenie „Przystań” dołączyło do Koalicji Warmińsko-Mazurskiej na rzecz Integracji Cudzoziemców

Aktualności | 14 marca 2024

Z radością informujemy, że od marca nasze stowarzyszenie jest członkiem Koalicji Warmińsko-Mazurskiej na rzecz Integracji Cudzoziemców. Działania Koalicji są finansowane z Funduszy EOG w ramach programu Aktywni Obywatele – Fundusz Regionalny, którego operatorem jest Fundacja Edukacja dla Demokracji.

O projekcie Koalicji:

Koalicja to porozumienie 7 organizacji i instytucji, które pracują z cudzoziemcami w regionie. Projekt przewiduje 8 spotkań roboczych (w Olsztynie, Elblągu i Ełku), szkolenia dla pracowników ośrodków pomocy społecznej oraz przygotowanie wspólnego stanowiska w sprawie regionalnego programu integracji.

Cele Koalicji:

  • wymiana informacji o pomocy dostępnej dla migrantów w województwie warmińsko-mazurskim;
  • wspólne rzecznictwo wobec samorządów i urzędów;
  • wzmacnianie organizacji migranckich, które dopiero powstają.

Członkowie Koalicji:

Stowarzyszenie Przystań (Olsztyn), Fundacja Borussia, Elbląskie Stowarzyszenie Wspierania Inicjatyw Pozarządowych, Caritas Archidiecezji Warmińskiej, Związek Ukraińców w Polsce – Oddział Olsztyn, Ełckie Centrum Integracji Społecznej oraz Uniwersytet Warmińsko-Mazurski w Olsztynie.

Udostępnij.
""", [P("Koalicja Warmińsko-Mazurska na rzecz Integracji Cudzoziemców", None, None, None,
        [("Fundusze EOG", "Aktywni Obywatele – Fundusz Regionalny", None, None)],
        [("Fundusze EOG", "funder"), ("Fundacja Edukacja dla Demokracji", "other"),
         ("Stowarzyszenie Przystań", "member"), ("Fundacja Borussia", "member"),
         ("Elbląskie Stowarzyszenie Wspierania Inicjatyw Pozarządowych", "member"),
         ("Caritas Archidiecezji Warmińskiej", "member"),
         ("Związek Ukraińców w Polsce – Oddział Olsztyn", "member"),
         ("Ełckie Centrum Integracji Społecznej", "member"),
         ("Uniwersytet Warmińsko-Mazurski w Olsztynie", "member")],
        [], ["Olsztyn", "Elbląg", "Ełk", "województwo warmińsko-mazurskie"])])

write("j03", "pl", """
OBSERWATORIUM
INTEGRACJI
BAZA DOBRYCH PRAKTYK

kontakt@obserwatorium-integracji.pl
UL. KRAKOWSKA 41/3
45-075 OPOLE
PROJEKT STRONY: STUDIO KROPKA

Szkoła Wielu Kultur

Opis: Fundacja Edukacyjna Horyzonty (Opole) wspólnie z Uniwersytetem Opolskim i Kuratorium Oświaty w Opolu zrealizowała projekt pn. „Szkoła Wielu Kultur – wsparcie uczniów cudzoziemskich w szkołach Opolszczyzny”. W ciągu dwóch lat szkolnych nauczyciele z 18 szkół podstawowych i gimnazjów z Opola, Kędzierzyna-Koźla i Nysy przeszli szkolenia z edukacji międzykulturowej i nauczania języka polskiego jako obcego. W szkołach pracowali asystenci międzykulturowi mówiący po ukraińsku, rosyjsku i wietnamsku, a rodzice uczniów mogli korzystać z dyżurów informacyjnych. Powstał pakiet materiałów dydaktycznych „Witaj w klasie” oraz raport z rekomendacjami dla samorządów województwa opolskiego. Projekt był odpowiedzią na rosnącą liczbę dzieci cudzoziemskich w opolskich szkołach – w roku szkolnym 2012/2013 było ich ponad trzysta, a większość placówek nie miała doświadczenia w pracy z uczniami, którzy nie mówią po polsku. Dyrektorzy szkół wskazywali, że brakuje im przede wszystkim wiedzy o przepisach (np. o prawie do dodatkowych lekcji języka polskiego) oraz kontaktu z rodzicami. W ramach projektu przeprowadzono też cykl spotkań dla rodziców polskich uczniów, które miały przeciwdziałać uprzedzeniom.

www: http://szkolawielukultur.opole.pl

Rozpoczęcie: 2013

Zakończenie: 2015

Status: zakończony

Realizator: Fundacja Edukacyjna Horyzonty

Finansowanie: Europejski Fundusz na rzecz Integracji Obywateli Państw Trzecich, budżet państwa

Zobacz też:
  • Raport „Integracja w regionach 2016”
  • Mapa organizacji migranckich
  • Kalendarz szkoleń
Zapisz się na newsletter Obserwatorium!

Wspieraj bazę dobrych praktyk.

Strona korzysta z plików cookies. Polityka prywatności
""", [P("Szkoła Wielu Kultur", "2013", "2015", "completed",
        [("Europejski Fundusz na rzecz Integracji Obywateli Państw Trzecich", None, None, None),
         ("budżet państwa", None, None, None)],
        [("Fundacja Edukacyjna Horyzonty", "lead"), ("Uniwersytet Opolski", "partner"),
         ("Kuratorium Oświaty w Opolu", "partner"),
         ("Europejski Fundusz na rzecz Integracji Obywateli Państw Trzecich", "funder"),
         ("budżet państwa", "funder")],
        [], ["Opole", "Kędzierzyn-Koźle", "Nysa", "województwo opolskie"],
        ["http://szkolawielukultur.opole.pl"],
        alts=["Szkoła Wielu Kultur – wsparcie uczniów cudzoziemskich w szkołach Opolszczyzny"])])

write("j04", "pl", """
Orunia dla Wszystkich!FESTYN!

Festyn sąsiedzki dla mieszkańców i mieszkanek Oruni – Polaków, Ukraińców, Białorusinów i wszystkich, którzy tu zamieszkali
ORGANIZATORZY

Projekt „Sąsiedzkie Centrum Integracji Orunia” jest finansowany ze środków Gminy Miasta Gdańska w ramach Gdańskiego Modelu Integracji Imigrantów.

Gdzie

Gdańsk, Orunia – park Oruński, ul. Podmiejska.

festyn-orunia-2024
festyn-orunia-2024
festyn-orunia-2024
festyn-orunia-2024
festyn-orunia-2024
festyn-orunia-2024
festyn-orunia-2024
festyn-orunia-2024
festyn_foto_AK
festyn_foto_AK
festyn_foto_AK
festyn_foto_AK
festyn_foto_AK
festyn_foto_AK
festyn_foto_AK
festyn_foto_AK

O CENTRUM

Od września 2023 roku przy ul. Małomiejskiej działa Sąsiedzkie Centrum Integracji Orunia, prowadzone przez Centrum Wsparcia Imigrantów i Imigrantek wspólnie z Fundacją Gdańską. Codziennie odbywają się tu zajęcia języka polskiego, dyżury doradczyni integracyjnej, świetlica dla dzieci i wieczory planszówek. Centrum powstało, bo na Oruni mieszka dziś kilka tysięcy osób z Ukrainy i Białorusi, a dzielnica nie miała miejsca, w którym sąsiedzi mogliby się poznać.

Orunia dla Wszystkich!

Festyn był pierwszym dużym wydarzeniem Centrum. 8 czerwca 2024 roku w parku Oruńskim spotkało się ponad 600 osób. Na scenie wystąpiły zespoły z Gdańskiego Domu Kultury Ukraińskiej i chór szkoły podstawowej nr 20, odbyły się warsztaty kulinarne, gra miejska po Oruni i turniej piłki nożnej drużyn mieszanych. Festyn przygotowali wolontariusze i wolontariuszki – mieszkańcy dzielnicy, w tym wiele osób, które przyjechały do Gdańska po 2022 roku.

Dziękujemy Radzie Dzielnicy Orunia-Św. Wojciech-Lipce za pomoc w organizacji!

CO DALEJ?

Po wakacjach ruszamy z kolejnymi zajęciami: klubem rozmów po polsku dla dorosłych (wtorki i czwartki, 18.00), zajęciami teatralnymi dla dzieci polskich i ukraińskich oraz dyżurami prawnika w każdy pierwszy poniedziałek miesiąca. Szukamy wolontariuszy, którzy chcieliby poprowadzić korepetycje z matematyki i języka angielskiego dla młodzieży. Zgłoszenia przyjmujemy osobiście w Centrum albo przez formularz na stronie.
""", [P("Sąsiedzkie Centrum Integracji Orunia", "2023-09", None, None,
        [("Gmina Miasta Gdańska", "Gdański Model Integracji Imigrantów", None, None)],
        [("Centrum Wsparcia Imigrantów i Imigrantek", "lead"), ("Fundacja Gdańska", "partner"),
         ("Gmina Miasta Gdańska", "funder")],
        [], ["Gdańsk"]),
      P("Orunia dla Wszystkich!", "2024-06-08", "2024-06-08", None,
        [("Gmina Miasta Gdańska", "Gdański Model Integracji Imigrantów", None, None)],
        [("Centrum Wsparcia Imigrantów i Imigrantek", "lead"), ("Fundacja Gdańska", "partner"),
         ("Rada Dzielnicy Orunia-Św. Wojciech-Lipce", "other"),
         ("Gmina Miasta Gdańska", "funder")],
        [], ["Gdańsk"])])

write("j05", "pl", """
Mentor na start – cudzoziemcy na podkarpackim rynku pracy

Okres
realizacji
od 1 października 2015 r. (projekt trwał do 30 czerwca 2017 r.)
Zasięg Podkarpacie (Rzeszów, Przemyśl, Krosno)
Cel Celem projektu było ułatwienie obywatelom Ukrainy i Białorusi wejścia na legalny rynek pracy w województwie podkarpackim oraz przygotowanie pracodawców do zatrudniania cudzoziemców. Projekt miał też zbudować sieć wolontariuszy-mentorów, którzy pomagają nowo przybyłym w pierwszych miesiącach.
Działania Uczestnicy projektu korzystali z indywidualnych spotkań z doradcą zawodowym, kursów języka polskiego na poziomie A2 i B1 oraz pomocy mentora – najczęściej osoby, która sama kilka lat wcześniej przyjechała z Ukrainy. Dla pracodawców przygotowano cykl śniadań informacyjnych z udziałem inspektorów Państwowej Inspekcji Pracy. Mentorzy spotykali się z podopiecznymi co najmniej raz w tygodniu przez trzy miesiące, pomagali im założyć konto w banku, znaleźć mieszkanie i zapisać dzieci do szkoły.
Efekty ● Wsparcie otrzymało 214 osób, z których 121 podjęło legalne zatrudnienie. 
● Przeszkolono 36 mentorów i mentorek; część z nich działa dziś jako wolontariusze Polskiego Czerwonego Krzyża.
Wnioski Największym wyzwaniem okazała się długość procedur w urzędzie wojewódzkim – część uczestników czekała na decyzję ponad pół roku. Realizatorzy rekomendują, by w kolejnych projektach przewidzieć pomoc prawną
- nie tylko doradztwo zawodowe. Model mentoringu został przejęty przez Miejski Ośrodek Pomocy Rodzinie w Rzeszowie.
Kontakt Katarzyna Ruda (PCK Oddział Okręgowy w Rzeszowie): k.ruda(małpa)rzeszow.pck.org.pl
www Opis projektu i materiały: http://rzeszow.pck.org.pl/mentor-na-start

 

 

 

 

 

 

 

 

 

 

 

 

 

 

Opublikowano w numerze: 61 / Wrzesień 2017 | Kategoria: Rynek pracy
""", [P("Mentor na start – cudzoziemcy na podkarpackim rynku pracy", "2015-10-01", "2017-06-30",
        "completed", [],
        [("PCK Oddział Okręgowy w Rzeszowie", "lead")],
        [("Katarzyna Ruda", "contact", "PCK Oddział Okręgowy w Rzeszowie", "k.ruda@rzeszow.pck.org.pl")],
        ["Podkarpacie", "Rzeszów", "Przemyśl", "Krosno", "województwo podkarpackie"],
        ["http://rzeszow.pck.org.pl/mentor-na-start"])])

write("j06", "pl", """
Caritas Diecezji Kieleckiej od 1 października 2024 r. do 30 września 2027 r. realizuje projekt „Świętokrzyskie Centrum Integracji Cudzoziemców” współfinansowany ze środków Unii Europejskiej w ramach Funduszu Azylu, Migracji i Integracji.
Wartość projektu ogółem: 3 812 450,00 zł
Wkład Unii Europejskiej: 3 431 205,00 zł
Celem projektu „Świętokrzyskie Centrum Integracji Cudzoziemców” jest:
- poprawa dostępu obywateli państw trzecich do informacji i usług publicznych w województwie świętokrzyskim;
- wzmacnianie samodzielności ekonomicznej cudzoziemców i ich rodzin;
- budowanie otwartości społeczności lokalnych, szczególnie w mniejszych miejscowościach regionu.
Projekt realizowany jest w partnerstwie z Miejskim Ośrodkiem Pomocy Rodzinie w Kielcach oraz Politechniką Świętokrzyską.
Co oferujemy:
- kursy języka polskiego (A1–B2) w Kielcach, Ostrowcu Świętokrzyskim, Starachowicach i Sandomierzu, także w formie wieczorowej dla osób pracujących;
- bezpłatne porady prawne dotyczące pobytu, pracy i spraw rodzinnych;
- asystę międzykulturową przy wizytach w urzędach, przychodniach i szkołach;
- doradztwo zawodowe i pomoc w uznawaniu kwalifikacji;
- zajęcia adaptacyjne dla dzieci i młodzieży oraz półkolonie integracyjne;
- wsparcie psychologiczne, w tym grupy wsparcia dla kobiet;
- szkolenia dla pracowników instytucji publicznych z komunikacji międzykulturowej;
- lokalne wydarzenia integracyjne – pikniki, wspólne gotowanie, dni kultury ukraińskiej, gruzińskiej i indyjskiej.
Z pomocy mogą skorzystać obywatele państw trzecich legalnie przebywający na terenie Polski, mieszkający w województwie świętokrzyskim. Zapraszamy do punktu konsultacyjnego przy ul. Jana Pawła II 3 w Kielcach od poniedziałku do piątku w godz. 9.00–17.00 oraz na dyżury wyjazdowe, których harmonogram publikujemy co miesiąc na stronie i na Facebooku.
Koordynatorem projektu jest ks. Paweł Zieliński, wicedyrektor Caritas. Zgłoszenia prosimy kierować na adres: integracja@kielce.caritas.pl lub telefonicznie: 41 344 55 80.
Projekt jest kontynuacją działań prowadzonych przez Caritas od 2022 roku w odpowiedzi na przyjazd osób z Ukrainy. W ramach poprzednich działań pomocą objęliśmy ponad 4 tys. osób.
""", [P("Świętokrzyskie Centrum Integracji Cudzoziemców", "2024-10-01", "2027-09-30", "ongoing",
        [("Unia Europejska", "Fundusz Azylu, Migracji i Integracji", 3431205.0, "PLN")],
        [("Caritas Diecezji Kieleckiej", "lead"),
         ("Miejski Ośrodek Pomocy Rodzinie w Kielcach", "partner"),
         ("Politechnika Świętokrzyska", "partner"), ("Unia Europejska", "funder")],
        [("Paweł Zieliński", "coordinator", "Caritas Diecezji Kieleckiej", None)], ["województwo świętokrzyskie", "Kielce", "Ostrowiec Świętokrzyski",
             "Starachowice", "Sandomierz"])], cut=2000)
