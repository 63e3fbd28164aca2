from lib import P, write

write("j25", "pl", """
Aktualności
Opole wspiera rodziny z Ukrainy. Rusza Centrum Integracji Międzykulturowej
Opublikowano: 8 kwietnia 2024 | Wydział Polityki Społecznej

Miasto Opole rozpoczyna realizację projektu „Opolskie Centrum Integracji Międzykulturowej”. Od 15 kwietnia przy ul. Kośnego 18 działać będzie miejsce, w którym rodziny z Ukrainy i innych krajów uzyskają pomoc w załatwianiu spraw urzędowych, znajdą zajęcia dla dzieci i kursy języka polskiego. Projekt potrwa do 31 marca 2026 roku.

Projekt jest finansowany ze środków Funduszu Pomocy. Wartość dofinansowania to 2 350 000 złotych. Partnerem miasta jest Miejski Ośrodek Pomocy Rodzinie w Opolu, a część zajęć poprowadzi Fundacja Jestem Tu z Opola.

– W Opolu mieszka dziś ponad 9 tysięcy osób z Ukrainy, z czego prawie jedna trzecia to dzieci. Chcemy, żeby czuły się tu bezpiecznie, jak najszybciej odnalazły się w szkołach i miały z kim porozmawiać po lekcjach – mówi zastępca prezydenta Opola Przemysław Zając.

Koordynatorką projektu z ramienia ratusza jest Oksana Melnyk, która sama przyjechała do Opola w 2015 roku i od lat współpracuje z organizacjami wspierającymi cudzoziemców.

W ofercie Centrum znajdą się m.in.:
– dyżury konsultantów mówiących po ukraińsku i rosyjsku,
– pomoc psychologiczna dla dzieci i dorosłych,
– kursy języka polskiego na trzech poziomach,
– zajęcia popołudniowe dla dzieci i młodzieży, w tym sportowe i artystyczne,
– spotkania integracyjne dla mieszkańców Opola.

Centrum będzie czynne od poniedziałku do piątku w godz. 8.00–18.00, a w soboty w godz. 9.00–13.00. Szczegółowy harmonogram zajęć zostanie opublikowany na stronie opole.pl oraz na profilu miasta na Facebooku. Zapisy na kursy językowe przyjmowane są osobiście lub mailowo: centrum.integracji(at)um.opole.pl.

Galeria zdjęć (12)

Przeczytaj także:
Nowe trasy autobusów MZK od maja
Budżet obywatelski 2025 – głosowanie rozpoczęte
""", [P("Opolskie Centrum Integracji Międzykulturowej", None, "2026-03-31", "ongoing",
        [("Fundusz Pomocy", None, 2350000.0, "PLN")],
        [("Miasto Opole", "lead"), ("Miejski Ośrodek Pomocy Rodzinie w Opolu", "partner"),
         ("Fundacja Jestem Tu", "partner"), ("Fundusz Pomocy", "funder")],
        [("Oksana Melnyk", "coordinator", None, None),
         (None, "contact", None, "centrum.integracji@um.opole.pl")],
        ["Opole"])], cut=2000)

write("j26", "pl", """
Caritas Diecezji Zielonogórsko-Gorzowskiej
Strona główna > Pomoc migrantom > Dom Otwartych Drzwi

Dom Otwartych Drzwi

Od października 2024 r. Caritas Diecezji Zielonogórsko-Gorzowskiej prowadzi projekt „Dom Otwartych Drzwi”, finansowany przez Caritas Niemcy (Deutscher Caritasverband). Projekt trwa do końca maja 2026 r.

W Gorzowie Wielkopolskim, Zielonej Górze i Słubicach działają punkty, w których osoby uchodźcze i migranci mogą otrzymać wsparcie socjalne, pomoc w znalezieniu mieszkania, porady prawne oraz bony na żywność i leki w sytuacjach kryzysowych. W każdym punkcie dyżuruje asystentka mówiąca po ukraińsku. W Słubicach, we współpracy z parafią pw. Najświętszego Serca Pana Jezusa, prowadzimy także klub dla seniorów z Ukrainy.

Osoba do kontaktu: Iwona Krzyżanowska, tel. 68 327 11 49, e-mail: i.krzyzanowska@zg.caritas.pl

Przekaż darowiznę na pomoc migrantom: 82 1020 5402 0000 0102 0333 4521
""", [P("Dom Otwartych Drzwi", "2024-10", "2026-05", "ongoing",
        [("Caritas Niemcy", None, None, None)],
        [("Caritas Diecezji Zielonogórsko-Gorzowskiej", "lead"),
         ("parafia pw. Najświętszego Serca Pana Jezusa", "partner"),
         ("Caritas Niemcy", "funder")],
        [("Iwona Krzyżanowska", "contact", None, "i.krzyzanowska@zg.caritas.pl")],
        ["Gorzów Wielkopolski", "Zielona Góra", "Słubice"])])

write("j27", "pl", """
Stowarzyszenie Gruzinów w Łodzi „Sakartvelo” | საქართველო
O nas | Projekty | Aktualności | Kontakt

Gruzińskie Łódzkie Spotkania – aktywność migrantów z Gruzji w Łodzi

Nazwa zadania: Gruzińskie Łódzkie Spotkania – aktywność migrantów z Gruzji w Łodzi
Realizator: Stowarzyszenie Gruzinów w Łodzi „Sakartvelo”
Program: Fundusz Inicjatyw Obywatelskich NOWEFIO
Priorytet: 2 – Aktywne społeczeństwo
Okres realizacji: 01.06.2024 r. – 31.12.2025 r.
Kwota dofinansowania: 98 400,00 zł
Całkowita wartość zadania: 104 900,00 zł

Cel: zwiększenie aktywności społecznej i obywatelskiej osób z Gruzji mieszkających w Łodzi i powiecie łódzkim wschodnim oraz wzmocnienie naszego stowarzyszenia jako organizacji migranckiej.

W ramach zadania odbywają się comiesięczne spotkania społeczności, warsztaty „Jak działa samorząd”, dyżury informacyjne w języku gruzińskim i rosyjskim, a także wakacyjny wyjazd integracyjny w Bieszczady dla rodzin. Wspólnie z Teatrem Nowym w Łodzi przygotowujemy wieczór poezji gruzińskiej.

Kontakt w sprawie projektu: kontakt (at) sakartvelo-lodz (dot) pl

logo NIW-CRSO
logo NOWEFIO

Projekt dofinansowany przez Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego ze środków Programu Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021–2030.
""", [P("Gruzińskie Łódzkie Spotkania – aktywność migrantów z Gruzji w Łodzi",
        "2024-06-01", "2025-12-31", None,
        [("Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego",
          "Fundusz Inicjatyw Obywatelskich NOWEFIO", 98400.0, "PLN")],
        [("Stowarzyszenie Gruzinów w Łodzi Sakartvelo", "lead"),
         ("Teatr Nowy w Łodzi", "partner"),
         ("Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego", "funder")],
        [(None, "contact", None, "kontakt@sakartvelo-lodz.pl")],
        ["Łódź", "powiat łódzki wschodni", "Bieszczady"])])
