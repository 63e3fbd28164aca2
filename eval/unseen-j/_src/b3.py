from lib import P, write

write("j21", "ru", """
Новости Центра помощи мигрантам

Завершился проект «Вместе в Силезии»

30 ноября 2024 года завершился проект «Вместе в Силезии», который Каритас Архиепархии Катовице реализовывал с декабря 2022 года при финансовой поддержке Управления Верховного комиссара ООН по делам беженцев (УВКБ ООН).

За два года в Центре помощи мигрантам в Катовице и в пунктах консультаций в Гливице и Сосновце помощь получили более 3 200 человек из Украины. Беженцы могли бесплатно проконсультироваться с юристом, получить помощь психолога, записать детей на курсы польского языка и на летние лагеря. Для пожилых людей и людей с инвалидностью работала служба сопровождения в учреждения.

«Мы видим, как за это время изменились потребности людей: сначала это были продукты и жильё, а сейчас — работа, школа и легализация пребывания», — говорит координатор проекта Марина Ковальчук.

Партнером проекта была Фундация «Силезский Центр Волонтариата». Центр помощи мигрантам продолжит работу в 2025 году.

Контакт: migranci@katowice.caritas.pl
""", [P("Вместе в Силезии", "2022-12", "2024-11-30", "completed",
        [("Управление Верховного комиссара ООН по делам беженцев", None, None, None)],
        [("Каритас Архиепархии Катовице", "lead"),
         ("Фундация «Силезский Центр Волонтариата»", "partner"),
         ("Управление Верховного комиссара ООН по делам беженцев", "funder")],
        [("Марина Ковальчук", "coordinator", None, None),
         (None, "contact", None, "migranci@katowice.caritas.pl")],
        ["Катовице", "Гливице", "Сосновец"])])

write("j22", "uk", """
Головна / Новини / Для іноземців

У Ряшеві відкрили Пункт інформації для іноземців

05.02.2024

Міська рада Ряшева разом із Фундацією «Відкрите Підкарпаття» розпочала реалізацію проекту «Ряшів — місто для всіх». У межах проекту в центрі міста, на вул. Ґрюнвальдській 15, працює Пункт інформації для іноземців. Тут можна безкоштовно отримати консультацію щодо карти побуту, працевлаштування, реєстрації місця проживання та навчання дітей у ряшівських школах.

Консультанти розмовляють українською, російською, англійською та польською мовами. Пункт працює з понеділка по п'ятницю з 9:00 до 17:00, у четвер — до 19:00.

Проект триває до 31 грудня 2025 року і фінансується з бюджету міста Ряшева та Фонду ООН у галузі народонаселення (UNFPA).

Координаторка проекту — Ольга Мацюк (olha.maciuk@erzeszow.pl).

Раніше, у 2022–2023 роках, місто Ряшів разом із партнерами підтримувало понад 20 тисяч біженців з України у пунктах тимчасового проживання. Тепер, як підкреслює міська рада, завдання полягає в тому, щоб допомогти тим, хто залишився, стати повноправними мешканцями міста.

Поділитися: Facebook | X | E-mail
""", [P("Ряшів — місто для всіх", None, "2025-12-31", "ongoing",
        [("бюджет міста Ряшева", None, None, None),
         ("Фонд ООН у галузі народонаселення", None, None, None)],
        [("Міська рада Ряшева", "lead"), ("Фундація «Відкрите Підкарпаття»", "partner"),
         ("бюджет міста Ряшева", "funder"),
         ("Фонд ООН у галузі народонаселення", "funder")],
        [("Ольга Мацюк", "coordinator", None, "olha.maciuk@erzeszow.pl")],
        ["Ряшів"])])

write("j23", "en", """
University of Łódź | Faculty of Educational Sciences
EN | PL

Inclusive Classrooms for Newcomers (INCLASS)

Project number: 2023-1-PL01-KA220-SCH-000159873
Programme: Erasmus+, Key Action 2 – Cooperation partnerships in school education
Duration: 1 November 2023 – 31 October 2025
EU grant: EUR 250,000

Coordinator: University of Łódź (Poland)
Partners: Universidad de Granada (Spain), Linnaeus University (Sweden), Szkoła Podstawowa nr 12 im. Marii Konopnickiej w Zgierzu (Poland), IES Alhambra (Spain)

INCLASS develops and tests methods that help teachers include pupils with migration experience in mainstream classes. The partnership prepares a training course for teachers, a toolkit for multilingual classrooms and guidelines for school heads. The materials are piloted in primary schools in Łódź and Zgierz, in Granada and in Växjö. 

Project manager: dr Agnieszka Wolska, agnieszka.wolska(at)uni.lodz.pl

Co-funded by the European Union. Views and opinions expressed are however those of the author(s) only and do not necessarily reflect those of the European Union or the Foundation for the Development of the Education System. Neither the European Union nor the granting authority can be held responsible for them.

Cookies: This website uses cookies to improve your experience. Accept | Settings
""", [P("Inclusive Classrooms for Newcomers", "2023-11-01", "2025-10-31", None,
        [("European Union", "Erasmus+", 250000, "EUR")],
        [("University of Łódź", "lead"), ("Universidad de Granada", "partner"),
         ("Linnaeus University", "partner"),
         ("Szkoła Podstawowa nr 12 im. Marii Konopnickiej w Zgierzu", "partner"),
         ("IES Alhambra", "partner"), ("European Union", "funder")],
        [("Agnieszka Wolska", "coordinator", None, "agnieszka.wolska@uni.lodz.pl")],
        ["Łódź", "Zgierz", "Granada", "Växjö"],
        alts=["INCLASS"])])

write("j24", "pl", """
Strona główna » Aktualności » Organizacje pozarządowe

Wyniki otwartego konkursu ofert na integrację cudzoziemców w 2025 roku

Data publikacji: 17.02.2025

Prezydent Miasta Gdyni ogłasza wyniki otwartego konkursu ofert na realizację zadań publicznych w zakresie działalności na rzecz integracji cudzoziemców mieszkających w Gdyni. Gmina Miasta Gdyni przyznała dotacje na realizację trzech zadań w łącznej kwocie 210 000 zł. Zadania będą realizowane od 1 marca do 15 grudnia 2025 r.

Lp. | Oferent | Tytuł zadania | Kwota dotacji
1 | Fundacja Nauki Języków Obcych Linguae Mundi | Polski na co dzień – kursy językowe dla dorosłych cudzoziemców | 90 000,00 zł
2 | Stowarzyszenie Morze Kultur | Gdyński Klub Rodzica Migranta | 65 000,00 zł
3 | Gdyńskie Centrum Organizacji Pozarządowych wspólnie z Fundacją Wsparcia Migrantów „Nowy Dom” | Punkt konsultacyjny dla cudzoziemców w Gdyni | 55 000,00 zł

Oferty, które nie uzyskały dofinansowania: 2 (oceny formalnej nie przeszły oferty złożone po terminie).

Komisja konkursowa oceniła 5 ofert. Podpisanie umów nastąpi do 28 lutego 2025 r. Organizacje proszone są o kontakt z Referatem ds. Integracji Społecznej Urzędu Miasta Gdyni: integracja@gdynia.pl, tel. 58 668 80 00.

Zarządzenie Prezydenta Miasta Gdyni nr 1234/25/IX/S (PDF, 180 KB)

Drukuj | Udostępnij
""", [P("Polski na co dzień – kursy językowe dla dorosłych cudzoziemców", "2025-03-01", "2025-12-15", "planned",
        [("Gmina Miasta Gdyni", None, 90000.0, "PLN")],
        [("Fundacja Nauki Języków Obcych Linguae Mundi", "lead"), ("Gmina Miasta Gdyni", "funder")],
        [], ["Gdynia"]),
      P("Gdyński Klub Rodzica Migranta", "2025-03-01", "2025-12-15", "planned",
        [("Gmina Miasta Gdyni", None, 65000.0, "PLN")],
        [("Stowarzyszenie Morze Kultur", "lead"), ("Gmina Miasta Gdyni", "funder")],
        [], ["Gdynia"]),
      P("Punkt konsultacyjny dla cudzoziemców w Gdyni", "2025-03-01", "2025-12-15", "planned",
        [("Gmina Miasta Gdyni", None, 55000.0, "PLN")],
        [("Gdyńskie Centrum Organizacji Pozarządowych", "lead"),
         ("Fundacja Wsparcia Migrantów Nowy Dom", "partner"), ("Gmina Miasta Gdyni", "funder")],
        [], ["Gdynia"])])
