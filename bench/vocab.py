"""Curated word tables of the sector for the synthetic corpus: names with their Polish case forms.

Each inflected entry is (nominative, genitive, locative, instrumental). The forms are
written out by hand (checked against Morfeusz 2's generator) rather than generated at
run time, so the corpus stays byte-identical whatever dictionary version is installed.
"""

from __future__ import annotations

# Cases used by the templates, in the order of the tuples below.
NOM, GEN, LOC, INST = 0, 1, 2, 3

CITIES: list[tuple[str, str, str, str]] = [
    ("Kraków", "Krakowa", "Krakowie", "Krakowem"),
    ("Warszawa", "Warszawy", "Warszawie", "Warszawą"),
    ("Lublin", "Lublina", "Lublinie", "Lublinem"),
    ("Wrocław", "Wrocławia", "Wrocławiu", "Wrocławiem"),
    ("Gdańsk", "Gdańska", "Gdańsku", "Gdańskiem"),
    ("Poznań", "Poznania", "Poznaniu", "Poznaniem"),
    ("Białystok", "Białegostoku", "Białymstoku", "Białymstokiem"),
    ("Łódź", "Łodzi", "Łodzi", "Łodzią"),
    ("Rzeszów", "Rzeszowa", "Rzeszowie", "Rzeszowem"),
    ("Przemyśl", "Przemyśla", "Przemyślu", "Przemyślem"),
    ("Chełm", "Chełma", "Chełmie", "Chełmem"),
    ("Katowice", "Katowic", "Katowicach", "Katowicami"),
    ("Olsztyn", "Olsztyna", "Olsztynie", "Olsztynem"),
    ("Szczecin", "Szczecina", "Szczecinie", "Szczecinem"),
    ("Toruń", "Torunia", "Toruniu", "Toruniem"),
    ("Opole", "Opola", "Opolu", "Opolem"),
]

REGIONS: list[tuple[str, str, str, str]] = [
    ("województwo lubelskie", "województwa lubelskiego", "województwie lubelskim",
     "województwem lubelskim"),
    ("województwo podlaskie", "województwa podlaskiego", "województwie podlaskim",
     "województwem podlaskim"),
    ("województwo małopolskie", "województwa małopolskiego", "województwie małopolskim",
     "województwem małopolskim"),
    ("województwo mazowieckie", "województwa mazowieckiego", "województwie mazowieckim",
     "województwem mazowieckim"),
    ("województwo podkarpackie", "województwa podkarpackiego", "województwie podkarpackim",
     "województwem podkarpackim"),
    ("Dolny Śląsk", "Dolnego Śląska", "Dolnym Śląsku", "Dolnym Śląskiem"),
]

COUNTRIES: list[tuple[str, str, str, str]] = [
    ("Polska", "Polski", "Polsce", "Polską"),
    ("Ukraina", "Ukrainy", "Ukrainie", "Ukrainą"),
    ("Białoruś", "Białorusi", "Białorusi", "Białorusią"),
    ("Gruzja", "Gruzji", "Gruzji", "Gruzją"),
    ("Mołdawia", "Mołdawii", "Mołdawii", "Mołdawią"),
]

# Organisation kinds: the inflected head word; the proper part after it never inflects.
ORG_HEADS: list[tuple[str, str, str, str]] = [
    ("Fundacja", "Fundacji", "Fundacji", "Fundacją"),
    ("Stowarzyszenie", "Stowarzyszenia", "Stowarzyszeniu", "Stowarzyszeniem"),
    ("Centrum", "Centrum", "Centrum", "Centrum"),
    ("Instytut", "Instytutu", "Instytucie", "Instytutem"),
    ("Towarzystwo", "Towarzystwa", "Towarzystwie", "Towarzystwem"),
    ("Związek", "Związku", "Związku", "Związkiem"),
]

ORG_PROPER: list[str] = [
    "„Nowy Dom”", "„Wspólna Droga”", "„Otwarte Drzwi”", "„Most”", "„Przystań”",
    "„Dialog”", "„Sąsiedzi”", "„Horyzont”", "„Kompas”", "„Mozaika”", "„Azyl”",
    "„Razem”", "„Promyk”", "„Ziarno”", "„Brama”", "„Latarnia”", "„Korzenie”",
    "„Skrzydła”", "„Wiatrak”", "„Pomost”", "Pomocy Migrantom", "Praw Cudzoziemców",
    "Edukacji Międzykulturowej", "Wsparcia Uchodźców", "Dialogu Społecznego",
    "Integracji Obywatelskiej", "Wielokulturowości", "Rozwoju Lokalnego",
]

# Well-known organisations of the sector, fully inflected.
ORGS_KNOWN: list[tuple[str, str, str, str]] = [
    ("Fundacja Ocalenie", "Fundacji Ocalenie", "Fundacji Ocalenie", "Fundacją Ocalenie"),
    ("Stowarzyszenie Interwencji Prawnej", "Stowarzyszenia Interwencji Prawnej",
     "Stowarzyszeniu Interwencji Prawnej", "Stowarzyszeniem Interwencji Prawnej"),
    ("Helsińska Fundacja Praw Człowieka", "Helsińskiej Fundacji Praw Człowieka",
     "Helsińskiej Fundacji Praw Człowieka", "Helsińską Fundacją Praw Człowieka"),
    ("Polska Akcja Humanitarna", "Polskiej Akcji Humanitarnej",
     "Polskiej Akcji Humanitarnej", "Polską Akcją Humanitarną"),
    ("Stowarzyszenie Homo Faber", "Stowarzyszenia Homo Faber",
     "Stowarzyszeniu Homo Faber", "Stowarzyszeniem Homo Faber"),
    ("Fundacja Instytut na rzecz Państwa Prawa", "Fundacji Instytut na rzecz Państwa Prawa",
     "Fundacji Instytut na rzecz Państwa Prawa", "Fundacją Instytut na rzecz Państwa Prawa"),
    ("Caritas Polska", "Caritas Polska", "Caritas Polska", "Caritas Polska"),
    ("Polskie Forum Migracyjne", "Polskiego Forum Migracyjnego",
     "Polskim Forum Migracyjnym", "Polskim Forum Migracyjnym"),
]

# Funders: (nominative, genitive, locative, instrumental), and the programmes they run.
FUNDERS: list[tuple[tuple[str, str, str, str], list[str]]] = [
    (("Fundusz Azylu, Migracji i Integracji", "Funduszu Azylu, Migracji i Integracji",
      "Funduszu Azylu, Migracji i Integracji", "Funduszem Azylu, Migracji i Integracji"), []),
    (("Fundacja im. Stefana Batorego", "Fundacji im. Stefana Batorego",
      "Fundacji im. Stefana Batorego", "Fundacją im. Stefana Batorego"),
     ["Wschód-Wschód", "Demokracja w Działaniu"]),
    (("Unia Europejska", "Unii Europejskiej", "Unii Europejskiej", "Unią Europejską"),
     ["Fundusze Europejskie dla Rozwoju Społecznego"]),
    (("Szwajcaria", "Szwajcarii", "Szwajcarii", "Szwajcarią"), ["Fundusz dla Organizacji Pozarządowych"]),
    (("Ministerstwo Spraw Wewnętrznych i Administracji",
      "Ministerstwa Spraw Wewnętrznych i Administracji",
      "Ministerstwie Spraw Wewnętrznych i Administracji",
      "Ministerstwem Spraw Wewnętrznych i Administracji"), []),
    (("Narodowy Instytut Wolności", "Narodowego Instytutu Wolności",
      "Narodowym Instytucie Wolności", "Narodowym Instytutem Wolności"),
     ["Fundusz Inicjatyw Obywatelskich", "NOWEFIO"]),
    (("Fundacja Stocznia", "Fundacji Stocznia", "Fundacji Stocznia", "Fundacją Stocznia"),
     ["Aktywni Obywatele – Fundusz Regionalny"]),
    (("Urząd Miasta Krakowa", "Urzędu Miasta Krakowa", "Urzędzie Miasta Krakowa",
      "Urzędem Miasta Krakowa"), []),
    (("UNHCR", "UNHCR", "UNHCR", "UNHCR"), []),
]

FIRST_NAMES = ["Anna", "Katarzyna", "Maria", "Agnieszka", "Magdalena", "Joanna", "Olena",
               "Iryna", "Oksana", "Piotr", "Tomasz", "Marcin", "Witold", "Adam", "Paweł",
               "Andrij", "Mykoła", "Jakub", "Ewa", "Natalia"]
LAST_NAMES = ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski",
              "Zielińska", "Szymański", "Klaus", "Chmura", "Bondarenko", "Kowalenko",
              "Ostrowska", "Pawlak", "Melnyk", "Dąbrowski", "Krawczyk", "Sikora"]
EMAIL_DOMAINS = ["fundacja.org.pl", "ngo.pl", "migranci.org", "pomoc.pl", "iom.int"]

TITLE_HEADS = ["Razem w", "Wspólny", "Integracja bez granic –", "Nowy start w",
               "Dom z dala od domu –", "Sąsiedzi z", "Otwarte", "Mosty porozumienia –",
               "Kompas integracji –", "Lokalne wsparcie –", "Witamy w"]
TITLE_TOPICS = ["wsparcie prawne dla cudzoziemców", "edukacja dzieci z doświadczeniem migracji",
                "kursy języka polskiego dla dorosłych", "poradnictwo dla uchodźców z Ukrainy",
                "aktywizacja zawodowa migrantek", "asystenci międzykulturowi w szkołach",
                "przeciwdziałanie dyskryminacji", "integracja społeczności lokalnej",
                "pomoc psychologiczna dla osób z doświadczeniem wojny",
                "wolontariat międzykulturowy"]

ACTIVITY_LINES = ["{n} spotkań integracyjnych", "{n} warsztatów antydyskryminacyjnych",
                  "{n} godzin kursu języka polskiego", "{n} konsultacji prawnych",
                  "{n} szkoleń dla nauczycieli", "{n} wizyt studyjnych",
                  "{n} seminariów eksperckich", "{n} dyżurów psychologa"]

MONTHS_PL_NOM = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec",
                 "sierpień", "wrzesień", "październik", "listopad", "grudzień"]
MONTHS_PL_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                 "sierpnia", "września", "października", "listopada", "grudnia"]
MONTHS_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]
MONTHS_UK_GEN = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
                 "серпня", "вересня", "жовтня", "листопада", "грудня"]

# Russian / Ukrainian / English renderings of a few cities (nominative, locative).
CITIES_RU = [("Варшава", "Варшаве"), ("Краков", "Кракове"), ("Люблин", "Люблине"),
             ("Вроцлав", "Вроцлаве"), ("Гданьск", "Гданьске")]
CITIES_UK = [("Варшава", "Варшаві"), ("Краків", "Кракові"), ("Люблін", "Любліні"),
             ("Вроцлав", "Вроцлаві"), ("Гданськ", "Гданську")]
CITIES_EN = ["Warsaw", "Kraków", "Lublin", "Wrocław", "Gdańsk"]

TITLES_RU = ["Вместе в Польше", "Правовая помощь мигрантам", "Новый дом",
             "Школа для всех", "Открытые двери"]
TITLES_UK = ["Разом у Польщі", "Правова допомога біженцям", "Новий дім",
             "Школа для всіх", "Відкриті двері"]
TITLES_EN = ["Together in Poland", "Legal Aid for Migrants", "A New Home",
             "School for Everyone", "Open Doors"]
