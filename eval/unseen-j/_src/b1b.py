from lib import P, write

write("j07", "pl", """
Cudzoziemcy w małych miastach Wielkopolski - raport z badań

okladka_raport_male_miasta.png

Raport pt. „Nowi sąsiedzi. Cudzoziemcy w małych miastach Wielkopolski” autorstwa dr Marty Pietrzak, Tomasza Kubiaka oraz koordynatorki projektu Iryny Sokołowej z Fundacji Centrum Inicjatyw Międzykulturowych podsumowuje projekt „Migranci w małych miastach Wielkopolski”. Projekt realizowany był od marca 2019 do lutego 2020 roku we Wrześni, Gnieźnie i Słupcy – miastach, do których w ostatnich latach przyjechało najwięcej pracowników z Ukrainy zatrudnionych w zakładach produkcyjnych.

Badacze przeprowadzili 64 wywiady z cudzoziemcami, pracodawcami i urzędnikami oraz warsztaty z udziałem mieszkańców. Raport zawiera rekomendacje dla gmin i powiatów.

Projekt był finansowany przez Samorząd Województwa Wielkopolskiego oraz Fundację im. Stefana Batorego. Partnerem merytorycznym był Wydział Socjologii Uniwersytetu im. Adama Mickiewicza w Poznaniu.

Czytaj więcej o projekcie >>>

 

2020-03-16

Pobierz raport (PDF, 2,4 MB)
""", [P("Migranci w małych miastach Wielkopolski", "2019-03", "2020-02", "completed",
        [("Samorząd Województwa Wielkopolskiego", None, None, None),
         ("Fundacja im. Stefana Batorego", None, None, None)],
        [("Fundacja Centrum Inicjatyw Międzykulturowych", "lead"),
         ("Wydział Socjologii Uniwersytetu im. Adama Mickiewicza w Poznaniu", "partner"),
         ("Samorząd Województwa Wielkopolskiego", "funder"),
         ("Fundacja im. Stefana Batorego", "funder")],
        [("Marta Pietrzak", "author", None, None), ("Tomasz Kubiak", "author", None, None),
         ("Iryna Sokołowa", "coordinator", "Fundacja Centrum Inicjatyw Międzykulturowych", None)],
        ["Września", "Gniezno", "Słupca"])])

write("j08", "pl", """
PUNKTY INFORMACYJNE DLA CUDZOZIEMCÓW TAKŻE W LEGNICY I WAŁBRZYCHU
2024-02-19
Wojewoda Dolnośląski rozpoczął realizację projektu „Dolnośląskie Centrum Informacji dla Cudzoziemców II”. Od 1 marca cudzoziemcy mieszkający w regionie będą mogli bezpłatnie uzyskać informacje i porady nie tylko we Wrocławiu, ale także w punktach w Legnicy, Wałbrzychu i Jeleniej Górze.

Projekt potrwa do 31 grudnia 2026 r. Partnerem Wojewody jest Fundacja Ekonomistów Dolnośląskich, która zapewni doradców mówiących po ukraińsku, rosyjsku, angielsku i hindi.

W punktach informacyjnych można uzyskać pomoc:

- w wypełnieniu wniosków o zezwolenie na pobyt czasowy i stały,

- w sprawach zatrudnienia i ubezpieczenia zdrowotnego,

- w kontaktach z urzędami i szkołami.

Punkty działają od poniedziałku do piątku w godz. 8.00–16.00 (we Wrocławiu: pl. Powstańców Warszawy 1, sala 0.12). Kontakt: cudzoziemcy.info[at]duw.pl.

Projekt jest współfinansowany ze środków Funduszu Azylu, Migracji i Integracji – dofinansowanie wynosi 4 638 000 zł – oraz z budżetu państwa w kwocie 1 546 000 zł.

– Co trzeci wniosek pobytowy w naszym urzędzie składa osoba, która pierwszy raz ma kontakt z polską administracją. Dobrze przygotowany wniosek to krótsza procedura – podkreśla dyrektor Wydziału Spraw Obywatelskich i Cudzoziemców DUW.

Więcej informacji na stronie projektu: www.duw.pl/dcic

W ubiegłym roku Dolnośląski Urząd Wojewódzki przyjął ponad 62 tys. wniosków o udzielenie zezwolenia na pobyt, najwięcej w historii urzędu. Pierwsza edycja projektu, realizowana w latach 2020–2023, pozwoliła obsłużyć ponad 30 tys. osób. Punkty informacyjne w Legnicy i Wałbrzychu mieszczą się w delegaturach urzędu, a w Jeleniej Górze – w siedzibie Fundacji przy ul. 1 Maja 12. Harmonogram dyżurów doradców w poszczególnych językach znajduje się na stronie projektu. Wojewoda zachęca pracodawców zatrudniających cudzoziemców do informowania pracowników o nowych punktach – ulotki w pięciu językach można pobrać ze strony urzędu lub odebrać w kancelarii ogólnej.
""", [P("Dolnośląskie Centrum Informacji dla Cudzoziemców II", None, "2026-12-31",
        "ongoing",
        [("Fundusz Azylu, Migracji i Integracji", None, 4638000.0, "PLN"),
         ("budżet państwa", None, 1546000.0, "PLN")],
        [("Wojewoda Dolnośląski", "lead"), ("Fundacja Ekonomistów Dolnośląskich", "partner"),
         ("Fundusz Azylu, Migracji i Integracji", "funder"), ("budżet państwa", "funder")],
        [(None, "contact", None, "cudzoziemcy.info@duw.pl")],
        ["Wrocław", "Legnica", "Wałbrzych", "Jelenia Góra"],
        ["www.duw.pl/dcic"])], cut=2000)

write("j09", "pl", """
Mamy prawo! Rzecznictwo na rzecz pracowników migrujących na Sądecczyźnie

03/05/2022

Projekt adresowany jest do cudzoziemców pracujących w powiecie nowosądeckim i w Nowym Sączu, głównie w przetwórstwie owoców, budownictwie i hotelarstwie, a także do ich pracodawców. Celem projektu jest wzmocnienie ochrony praw pracowniczych migrantów i migrantek oraz zwiększenie wiedzy lokalnych instytucji o sytuacji cudzoziemców na rynku pracy.

Planujemy 5 działań: punkt porad prawnych (stacjonarnie i telefonicznie), monitoring ogłoszeń o pracy skierowanych do cudzoziemców, szkolenia dla pracodawców, kampanię informacyjną w języku ukraińskim, gruzińskim i uzbeckim oraz spotkania z radnymi powiatu. Szczególną grupą będą pracownicy sezonowi zatrudniani w gospodarstwach sadowniczych w okolicach Łącka. Projekt realizujemy w partnerstwie z Powiatowym Urzędem Pracy w Nowym Sączu. Termin realizacji: 01.06.2022 – 31.08.2024.

Koordynator projektu: Oleh Marczenko (o.marczenko [at] szansa-ns.org.pl, tel. 512 408 771)

Projekt korzysta z dofinansowania o wartości 58 900 euro z Funduszy EOG w ramach programu Aktywni Obywatele – Fundusz Regionalny.

 

Logo Aktywni Obywatele Fundusz Regionalny

Wesprzyj nas

Drodzy Darczyńcy,

Stowarzyszenie Szansa dla Wszystkich od 2009 roku pomaga osobom w trudnej sytuacji życiowej na Sądecczyźnie. Twoja darowizna pozwoli nam prowadzić poradnictwo także po zakończeniu projektów. Możesz wpłacić dowolną kwotę na konto stowarzyszenia lub przekazać 1,5% podatku – wystarczy wpisać w zeznaniu nasz numer KRS. Dziękujemy!
""", [P("Mamy prawo! Rzecznictwo na rzecz pracowników migrujących na Sądecczyźnie",
        "2022-06-01", "2024-08-31", None,
        [("Fundusze EOG", "Aktywni Obywatele – Fundusz Regionalny", 58900, "EUR")],
        [("Stowarzyszenie Szansa dla Wszystkich", "lead"),
         ("Powiatowy Urząd Pracy w Nowym Sączu", "partner"), ("Fundusze EOG", "funder")],
        [("Oleh Marczenko", "coordinator", None, "o.marczenko@szansa-ns.org.pl")],
        ["powiat nowosądecki", "Nowy Sącz", "Łącko"])], cut=2000)

write("j10", "pl", """
Akademia Liderek Migranckich w Łodzi
Stowarzyszenie Ukraińska Sieć Kobiet
Aktywność obywatelska migrantów
2024
województwo łódzkie

Ukraińska Sieć Kobiet to grupa założona w 2022 roku przez kobiety, które przyjechały do Łodzi po wybuchu pełnoskalowej wojny. Projekt zakłada 10-miesięczny cykl szkoleń dla 20 liderek z Łodzi, Zgierza i Pabianic: z zakładania i prowadzenia organizacji, rzecznictwa lokalnego, pisania wniosków i pracy z mediami. Uczestniczki przygotują i przeprowadzą własne małe inicjatywy sąsiedzkie, a najlepsze z nich otrzymają mikrogranty po 1500 zł.

Wysokość przyznanej dotacji: 25 000 zł
""", [P("Akademia Liderek Migranckich w Łodzi", "2024", None, None,
        [(None, None, 25000, "PLN")],
        [("Stowarzyszenie Ukraińska Sieć Kobiet", "lead")],
        [], ["województwo łódzkie", "Łódź", "Zgierz", "Pabianice"])])
