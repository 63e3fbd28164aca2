"""Builds the rNN.json gold records of the unseen-r holdout set (kept beside them for audit)."""
import json
from pathlib import Path

D = Path(__file__).parent

def F(funder, programme=None, amount=None, currency=None):
    return {"funder": funder, "programme": programme, "amount": amount, "currency": currency}

def O(name, role):
    return {"name": name, "role": role}

def P(name, role, org=None, email=None):
    return {"name": name, "role": role, "organization": org, "email": email}

def proj(title, start=None, end=None, status=None, funding=(), orgs=(), people=(), places=(), urls=(), alts=None):
    p = {"title": title, "start": start, "end": end, "status": status, "funding": list(funding),
         "organizations": list(orgs), "people": list(people), "places": list(places), "urls": list(urls)}
    if alts:
        p["title_alternatives"] = alts
    return p

G = {}
GW = "budżet Miasta Gorzowa Wielkopolskiego"
G["r01.txt"] = ("pl", [
    proj("Polski na co dzień – kursy językowe dla dorosłych cudzoziemców", "2025-04-01", "2025-12-15", None,
         [F(GW, None, 38500.0, "PLN")], [O("Stowarzyszenie „Lubuski Dom Otwarty”", "lead"), O(GW, "funder")],
         [], ["Gorzów Wielkopolski"]),
    proj("Punkt Wsparcia Cudzoziemców przy ul. Kosynierów Gdyńskich", "2025-04-01", "2025-12-15", None,
         [F(GW, None, 52000.0, "PLN")], [O("Caritas Diecezji Zielonogórsko-Gorzowskiej", "lead"), O(GW, "funder")],
         [], ["Gorzów Wielkopolski"]),
    proj("Razem przy stole – spotkania sąsiedzkie na Zawarciu", "2025-04-01", "2025-12-15", None,
         [F(GW, None, 12300.0, "PLN")], [O("Fundacja Wspólna Przestrzeń", "lead"), O(GW, "funder")],
         [], ["Gorzów Wielkopolski", "Zawarcie"]),
])
FO = "Fundusz Obywatelski im. Henryka Wujca"
G["r02.txt"] = ("pl", [proj("Wspólna Szkoła w Ełku", "2024-02", "2025-01", "completed",
    [F(FO, None, 45000.0, "PLN")],
    [O("Fundacja Edukacji Międzykulturowej „Mozaika”", "lead"), O("Zespół Szkół nr 3 w Ełku", "partner"), O(FO, "funder")],
    [P("Natalia Gryczko", "coordinator", "Fundacja Edukacji Międzykulturowej „Mozaika”")],
    ["Ełk", "powiat ełcki"], ["mozaika-elk.org.pl/poradnik"])])
LIPA = "Stowarzyszenie Wsparcia Kobiet „Lipa”"
G["r03.txt"] = ("pl", [proj("Sąsiedzi z Opola – aktywizacja migrantek na rynku pracy", "2024-03-01", "2025-02-28", None,
    [F("Fundusze EOG", "Aktywni Obywatele – Fundusz Regionalny", 118640.0, "PLN")],
    [O(LIPA, "lead"), O("Uniwersytet Opolski", "partner"), O("Fundacja Rozwoju Śląska", "other"), O("Fundusze EOG", "funder")],
    [P("Halina Pietrzykowska", "coordinator", LIPA, "h.pietrzykowska@lipa-opole.pl")],
    ["Opole", "Kędzierzyn-Koźle", "województwo opolskie"])])
CS = "Caritas Diecezji Siedleckiej"
G["r04.txt"] = ("pl", [proj("Nowy dom nad Bugiem – integracja obywateli państw trzecich na południowym Podlasiu", "2024-07", "2027-06-30", "ongoing",
    [F("Unia Europejska", "Fundusz Azylu, Migracji i Integracji")],
    [O(CS, "lead"), O("Gmina Miejska Biała Podlaska", "partner"), O("Unia Europejska", "funder")],
    [P("Marek Bujalski", "coordinator"), P("Olena Tkachuk", "contact", None, "integracja@siedlce.caritas.pl")],
    ["powiat bialski", "powiat łosicki", "powiat siedlecki", "Biała Podlaska", "Łosice", "Siedlce", "Międzyrzec Podlaski"],
    alts=["Nowy dom nad Bugiem"])])
G["r05.txt"] = ("pl", [proj("Białystok mówi wieloma językami", "2026-01", "2026-12", "planned",
    [F("Narodowy Instytut Wolności", "NOWE FIO 2025", 148900.0, "PLN")],
    [O("Fundacja Dialog Podlasie", "lead"), O("Stowarzyszenie Wolontariuszy „Ostoja”", "partner"), O("Narodowy Instytut Wolności", "funder")],
    [P("Asia Kulikowska", "contact", "Fundacja Dialog Podlasie", "joanna.kulikowska@dialogpodlasie.org")],
    ["Białystok", "Bojary"])])
FAMI = "Fundusz Azylu, Migracji i Integracji"
PKF = "Program Krajowy Funduszu Azylu, Migracji i Integracji"
G["r06.txt"] = ("pl", [proj("Podkarpackie Centrum Integracji Cudzoziemców II", "2021-01-01", "2023-12-31", "completed",
    [F(FAMI, PKF), F("budżet państwa")],
    [O("Wojewoda Podkarpacki", "lead"), O("Uniwersytet Rzeszowski", "partner"), O("Fundacja Instytut Studiów Wschodnich", "partner"),
     O(FAMI, "funder"), O("budżet państwa", "funder")],
    [P("Anna Pelc-Kordas", "other", "Wydział Spraw Obywatelskich i Cudzoziemców")],
    ["Rzeszów", "Przemyśl", "Jarosław", "Krosno"])])
G["r07.txt"] = ("pl", [proj("Many Roots, One Lake", "2025-07-07", "2025-07-16", "completed",
    [F("Unia Europejska", "Erasmus+ Młodzież", 31280.0, "EUR")],
    [O("Stowarzyszenie Młodzieżowe „Warmia Bez Granic”", "lead"), O("Youth Bridge Georgia", "partner"),
     O("Genç Adımlar Derneği", "partner"), O("Associação Juvenil Ponte", "partner"), O("Unia Europejska", "funder")],
    [P("Weronika Szostak", "coordinator")],
    ["Mrągowo"], alts=["Wiele korzeni, jedno jezioro"])])
PFRON = "Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych"
G["r08.txt"] = ("pl", [proj("Asystent bez barier", "2024-04-01", "2026-03-31", "ongoing",
    [F(PFRON, "Wsparcie osób z niepełnosprawnościami z Ukrainy", 684215.4, "PLN")],
    [O("Fundacja Aktywizacja", "lead"), O(PFRON, "funder")],
    [P("Iryna Bondar", "contact", None, "kielce@aktywizacja.org.pl")],
    ["Kielce", "Ostrowiec Świętokrzyski", "Sandomierz"],
    alts=["Asystent bez barier – wsparcie osób z niepełnosprawnościami z Ukrainy"])])
NIW = "Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego"
G["r09.txt"] = ("pl", [proj("Koszalin – miasto wielu kultur", "2022-06-01", "2023-05-31", "completed",
    [F(NIW, "Program Fundusz Inicjatyw Obywatelskich NOWEFIO na lata 2021–2030", 89900.0, "PLN")],
    [O("Stowarzyszenie „Tęczowe Pobrzeże”", "lead"), O(NIW, "funder")],
    [P("Agnieszka Wilczyńska", "expert", "Uniwersytet Gdański"), P("Paweł Jastrzębski", "coordinator")],
    ["Koszalin", "Sianów"])])
KK = "Fundacja Kalejdoskop Kultur"
G["r10.html"] = ("pl", [proj("Łódź Bliżej. Kompleksowe wsparcie integracji obywateli państw trzecich w województwie łódzkim",
    "2024-07-01", "2027-06-30", "ongoing",
    [F("Unia Europejska", FAMI, 3598571.25, "PLN")],
    [O(KK, "lead"), O("Miasto Łódź", "partner"), O("Uniwersytet Łódzki", "partner"), O("Unia Europejska", "funder")],
    [P("Michał Wawrzyniak", "coordinator", None, "lodzblizej@kalejdoskop.org.pl")],
    ["województwo łódzkie", "Łódź", "Zgierz", "Pabianice", "Piotrków Trybunalski"], alts=["Łódź Bliżej"])])
G["r11.txt"] = ("pl", [proj("LOKALNE SIECI INTEGRACJI W MAŁOPOLSCE ZACHODNIEJ", "2023-01-01", "2025-12-31", "ongoing",
    [F("UE", PKF, 1608975.0, "PLN"), F("budżet państwa", None, 536325.0, "PLN")],
    [O("Fundacja Instytut na rzecz Państwa Prawa", "lead"), O("Powiatowy Urząd Pracy w Chrzanowie", "partner"),
     O("UE", "funder"), O("budżet państwa", "funder")],
    [P("Joanna Rzepecka", "coordinator", None, "j.rzepecka@panstwoprawa.org"), P("Tomasz Olech", "other")],
    ["Chrzanów", "Oświęcim", "Olkusz", "Trzebinia"])])
BS = "Fundacja Bezpieczny Start"
G["r12.txt"] = ("en", [proj("Safe Start Pomerania", "2023-09-01", "2025-04-30", "ongoing",
    [F("Norway Grants", "Local Development and Social Inclusion", 212000.0, "EUR")],
    [O(BS, "lead"), O("Norsk Flyktningeråd Vest", "partner"), O("Norway Grants", "funder")],
    [P("Katarzyna Leśniewska", "contact", BS, "k.lesniewska@bezpiecznystart.org.pl"),
     P("Ingrid Solberg", "contact", "Norsk Flyktningeråd Vest")],
    ["Gdańsk", "Gdynia", "Słupsk", "Pomerania"], ["bezpiecznystart.org.pl/safe-start"],
    alts=["Bezpieczny Start na Pomorzu"])])
G["r13.txt"] = ("en", [proj("Borderlands of Care: Migrant Women in Elderly Care in Lower Silesia", None, "2027-01", "ongoing",
    [F("National Science Centre", "OPUS 27", 1174560.0, "PLN")],
    [O("University of Wrocław", "lead"), O("Caritas of the Archdiocese of Wrocław", "partner"),
     O("Foundation Ukraina", "partner"), O("National Science Centre", "funder")],
    [P("Marta Zielińska-Kowal", "coordinator", "University of Wrocław")],
    ["Wrocław", "Wałbrzych", "Legnica", "Lower Silesia"], alts=["Borderlands of Care"])])
G["r14.txt"] = ("en", [proj("Chef's Table Without Borders", None, None, "completed",
    [F("ORLEN Foundation", "Moje miejsce na Ziemi", 60000.0, "PLN")],
    [O("Stowarzyszenie „Kuchnia Otwarta”", "lead"), O("Vocational School Complex No. 2 in Płock", "partner"), O("ORLEN Foundation", "funder")],
    [P("Anna Mroczkowska", "other", "Stowarzyszenie „Kuchnia Otwarta”")],
    ["Płock", "Włocławek"])])
HZ = "Fundacja Inicjatyw Lokalnych „Horyzont”"
G["r15.txt"] = ("pl", [
    proj("Zamojska Akademia Języka Polskiego", "2019", "2020", "completed",
         [F("Urząd Miasta Zamość", None, 24000.0, "PLN")],
         [O(HZ, "lead"), O("Szkoła Podstawowa nr 6 w Zamościu", "partner"), O("Urząd Miasta Zamość", "funder")], [], ["Zamość"]),
    proj("Pierwsza Pomoc – Punkt Recepcyjny Hrebenne", "2022-03", "2022-06", "completed",
         [F("Polska Akcja Humanitarna")],
         [O(HZ, "lead"), O("Polska Akcja Humanitarna", "funder")],
         [P("Beata Sawicka", "coordinator")], ["Hrebenne", "Tomaszów Lubelski"]),
    proj("Szwalnia Solidarności", "2023-09-01", "2024-06-30", "completed",
         [F(None, "Fundusz Inicjatyw Obywatelskich Lubelszczyzny", 9800.0, "PLN")],
         [O(HZ, "lead"), O("Koło Gospodyń Wiejskich w Szczebrzeszynie", "partner")], [], ["Szczebrzeszyn"]),
])
G["r16.txt"] = ("ru", [proj("Адаптация без стресса", "2024-03-01", "2025-02", "ongoing",
    [F("город Вроцлав", "Wrocław – miasto otwarte", 72500.0, "PLN")],
    [O("Фонд «Свободная Беларусь – Вроцлав»", "lead"), O("Центр социальной помощи Вроцлава", "partner"), O("город Вроцлав", "funder")],
    [P("Алесь Кравченко", "coordinator"), P(None, "contact", None, "adaptacja@freebelarus-wroclaw.pl")],
    ["Вроцлав", "Ополе"])])
GC = "Гданьский центр иммиграционной поддержки"
FU_RU = "Фонд убежища, миграции и интеграции"
G["r17.txt"] = ("ru", [
    proj("Гданьск для всех", "2025-01", "2026-12", "ongoing",
         [F(FU_RU)], [O(GC, "lead"), O(FU_RU, "funder")],
         [P("Мария Шевчук", "coordinator")], ["Гданьск", "Сопот", "Гдыня"]),
    proj("Балтийский день мигранта", None, None, "completed", [],
         [O(GC, "lead"), O("Ассоциация «Дом Культур»", "partner"), O("мэрия Гданьска", "other")],
         [], ["Гданьск"]),
])
G["r18.txt"] = ("ru", [proj("Силезский мост", "2021-10-01", "2023-09-30", "completed",
    [F("Европейский союз", FU_RU), F("государственный бюджет Польши")],
    [O("Caritas Архиепархии Катовицкой", "lead"), O("Силезский университет в Катовице", "partner"),
     O("Европейский союз", "funder"), O("государственный бюджет Польши", "funder")],
    [P("Томаш Гаврон", "coordinator"), P(None, "contact", None, "most@caritas.katowice.pl")],
    ["Катовице", "Гливице", "Тыхы", "Бескиды"], alts=["Центр помощи иностранцам «Силезский мост»"])])
G["r19.txt"] = ("uk", [proj("Люблін – крок за кроком", "2025-01-01", "2026-12-31", "ongoing",
    [F("Європейський Союз", "Фонд притулку, міграції та інтеграції", 780000.0, "PLN")],
    [O("Фундація «Гомо Хоміні»", "lead"), O("Люблінський католицький університет Івана Павла ІІ", "partner"), O("Європейський Союз", "funder")],
    [P("Оксана Мельник", "coordinator"), P(None, "contact", None, "krok@homohomini.lublin.pl")],
    ["Люблін", "Свідник"])])
G["r20.txt"] = ("uk", [proj("Професійна польська", "2026-01-15", "2026-06-30", None,
    [F("Підкарпатське воєводство")],
    [O("Stowarzyszenie «Razem-Разом»", "lead"), O("Ряшівський університет", "partner"), O("Підкарпатське воєводство", "funder")],
    [], ["Ряшів"], ["razem.rzeszow.pl/medyk"])])
G["r21.txt"] = ("uk", [proj("Інтеграційний помічник", "2023", "2027", "ongoing",
    [F("Місто Познань", None, 1500000.0, "PLN")],
    [O("Фундація «Межі»", "lead"), O("Місто Познань", "funder")],
    [P(None, "contact", None, "asystent@granice.org.pl")],
    ["Познань", "Сваджендз", "Луботонь"])])
IK = "Stowarzyszenie Interkulturalni PL"
G["r22.txt"] = ("pl", [
    proj("Kraków Wielu Głosów", "2025-10-10", "2025-10-12", None, [],
         [O(IK, "lead"), O("Nowohuckie Centrum Kultury", "partner")],
         [P("Jakub Nowicki", "other", "Fundacja Internationaler Bund Polska"), P("Ewa Dziedzic", "contact", None, "festiwal@interkulturalni.pl")],
         ["Kraków", "Nowa Huta"], alts=["Kraków Wielu Głosów 2025"]),
    proj("Małopolska Otwarta 2025", None, None, "ongoing",
         [F("Gmina Miejska Kraków"), F("Województwo Małopolskie")],
         [O(IK, "lead"), O("Gmina Miejska Kraków", "funder"), O("Województwo Małopolskie", "funder")],
         [], ["Kraków"]),
])
KOAL = "Koalicja „Migranci na Rynku Pracy”"
G["r23.txt"] = ("pl", [proj("Uczciwa Praca – Fair Work Poland", "2024", "2026", "ongoing",
    [F("Fundacja Open Society", None, 180000.0, "USD")],
    [O("Polskie Forum Migracyjne", "lead"), O(KOAL, "partner"), O("Fundacja Ukraina", "member"),
     O("Stowarzyszenie Praw Pracowniczych „Solidarni”", "member"), O("Centrum Wsparcia Imigrantów i Imigrantek", "member"),
     O("Fundacja Emic", "member"), O("Fundacja Open Society", "funder")],
    [P("Magdalena Ostrowska", "contact", KOAL, "sekretariat@fairwork-koalicja.pl")],
    ["Łódź", "Poznań", "Katowice", "Wrocław"])])
G["r24.html"] = ("pl", [proj("Opole dla wszystkich", "2026-01", None, "ongoing",
    [F(FAMI, None, 2900000.0, "PLN")],
    [O("Gmina Opole", "lead"), O("Fundacja Opolskie Forum Migracyjne", "partner"), O("Caritas Diecezji Opolskiej", "partner"), O(FAMI, "funder")],
    [P(None, "contact", None, "centrum.integracji@um.opole.pl")],
    ["Opole"])])
UNHCR = "Wysoki Komisarz Narodów Zjednoczonych do spraw Uchodźców"
G["r25.html"] = ("pl", [proj("Toruń Bez Barier", "2025-09", "2026-08", "ongoing",
    [F(UNHCR)],
    [O("Stowarzyszenie Wiatrak Kultur", "lead"), O("Miejski Ośrodek Pomocy Rodzinie w Toruniu", "partner"),
     O("Uniwersytet Mikołaja Kopernika w Toruniu", "partner"), O(UNHCR, "funder")],
    [P("Dorota Lewandowska", "contact", "Stowarzyszenie Wiatrak Kultur", "dorota.lewandowska@wiatrakkultur.pl")],
    ["Toruń", "Chełmża"])])
for d in ("r26.txt", "r27.txt", "r28.txt", "r29.html", "r30.txt"):
    G[d] = ("pl", [])

for doc, (lang, projects) in G.items():
    assert (D / doc).exists(), doc
    rec = {"doc": doc, "language": lang, "projects": projects}
    (D / (doc.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(rec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(G), "gold records written")
