from g import P, W

W("a27", "en", """Skip to content
Fundacja Siostrzeństwo
About | What we do | Projects | Get help | Donate | PL

SAFE WITH HER – support for migrant and refugee women affected by gender-based violence

Since March 2024 the Sisterhood Foundation (Fundacja Siostrzeństwo) has been implementing the project “Safe with Her – support for migrant and refugee women affected by gender-based violence”. The project runs until 31 March 2025 and benefits from a €74,800 grant from Iceland, Liechtenstein and Norway through the EEA and Norway Grants, Active Citizens Fund – National, operated in Poland by the Stefan Batory Foundation and the Foundation for Social Diversity.

Why this project?
Migrant women in Poland who experience domestic or sexual violence often do not know their rights, do not speak Polish well enough to report violence, and fear that contacting the police will affect their residence status. Many live in small towns where there are no services in their language.

What do we do?
• we run a helpline in Ukrainian, Russian, English and Spanish, open every weekday from 10:00 to 20:00;
• our lawyers represent women in proceedings concerning the “Blue Card”, protection orders, alimony and residence permits;
• we organise support groups in Warsaw, Lublin and Rzeszów, led by a psychologist and a peer mentor;
• together with our partner, the Feminist Legal Clinic of the University of Warsaw, we train police officers, social workers and staff of the Office for Foreigners;
• we publish a guide “Your rights in Poland” in five languages.

Project team
Project coordinator: Karolina Nowicka
Legal coordinator: Oksana Demchenko
Contact: safewithher [at] siostrzenstwo [dot] org

If you need help now, call the helpline: +48 22 299 41 00. In an emergency, call 112.

Working together for a green, competitive and inclusive Europe. The project is co-financed by Iceland, Liechtenstein and Norway through the EEA and Norway Grants.

Donate | Newsletter | Privacy policy | © 2024 Fundacja Siostrzeństwo
We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies. [Accept] [Settings]
""", [P("SAFE WITH HER – support for migrant and refugee women affected by gender-based violence", "2024-03", "2025-03-31", "ongoing",
        funding=[(None, None, 74800.0, "EUR"), ("Iceland", "Active Citizens Fund – National", None, None), ("Liechtenstein", "Active Citizens Fund – National", None, None), ("Norway", "Active Citizens Fund – National", None, None)],
        orgs=[("Fundacja Siostrzeństwo", "lead"), ("Feminist Legal Clinic of the University of Warsaw", "partner"), ("Stefan Batory Foundation", "other"), ("Foundation for Social Diversity", "other")],
        people=[("Karolina Nowicka", "coordinator", None, None), ("Oksana Demchenko", "coordinator", None, None)],
        places=["Warsaw", "Lublin", "Rzeszów"],
        alts=["Safe with Her"])], cut=True)

W("a28", "en", """Pomorskie Centrum Migracyjne
Pomeranian Migration Centre

Home » Projects » Current projects

Welcome to Gdynia 2025

Pomorskie Centrum Migracyjne

Grantor: City of Gdynia – Social Welfare Centre
Project duration: 01.02.2025 – 31.12.2025
Grant: PLN 96,000

Short description:
A one-stop information desk for foreigners at the Gdynia Social Innovation Laboratory (Laboratorium Innowacji Społecznych). Newcomers receive information on residence procedures, schooling, housing and health insurance, and can join weekly Polish conversation clubs and city walks. Information is available in Polish, English, Ukrainian, Russian and Tagalog.

Coordinator: Marek Olszewski

Work Ready Pomerania

Funding: European Union – European Social Fund Plus, programme European Funds for Pomerania 2021–2027
Project duration: 1 Sept 2024 – 31 Aug 2026
Total value: PLN 1,980,400.00, EU co-financing: PLN 1,683,340.00
Partners: Gdańsk University of Technology, Pomeranian Employers (Pracodawcy Pomorza)

Short description:
The project helps 180 third-country nationals living in Gdańsk, Gdynia, Słupsk and Tczew to find jobs that match their qualifications. Participants receive career counselling, vocational Polish courses, help with the recognition of diplomas and paid internships with Pomeranian employers.

Coordinator: Anna Wieczorek, anna.wieczorek(at)pcm.org.pl

Neighbours in Słupsk

Grantor: Polish-American Freedom Foundation – “Działaj Lokalnie” programme, Local Action Centre: Słupsk Centre for Volunteering
Project duration: June – November 2025
Grant: PLN 6,000

Short description:
Three neighbourhood picnics and a cooking club in which Ukrainian, Filipino and Polish families living in the Zatorze district of Słupsk cook and share recipes. The recipes will be collected in a small bilingual cookbook, which will be printed in 300 copies and distributed free of charge in the Zatorze community centre and local libraries. The project is run by a group of volunteers from the Filipino community in Słupsk together with the Parents’ Council of Primary School No. 5 and the district council of Zatorze. Volunteers will also organise a Christmas meeting for
""", [P("Welcome to Gdynia 2025", "2025-02-01", "2025-12-31", None,
        funding=[("City of Gdynia", None, 96000.0, "PLN")],
        orgs=[("Pomorskie Centrum Migracyjne", "lead")],
        people=[("Marek Olszewski", "coordinator", None, None)],
        places=["Gdynia"]),
      P("Work Ready Pomerania", "2024-09-01", "2026-08-31", None,
        funding=[("European Union", "European Funds for Pomerania 2021–2027", 1683340.0, "PLN")],
        orgs=[("Gdańsk University of Technology", "partner"), ("Pomeranian Employers", "partner")],
        people=[("Anna Wieczorek", "coordinator", None, "anna.wieczorek@pcm.org.pl")],
        places=["Gdańsk", "Gdynia", "Słupsk", "Tczew"]),
      P("Neighbours in Słupsk", "2025-06", "2025-11", None,
        funding=[("Polish-American Freedom Foundation", "Działaj Lokalnie", 6000.0, "PLN")],
        orgs=[("Słupsk Centre for Volunteering", "other")],
        places=["Słupsk", "Zatorze"])], cut=True)

W("a29", "en", """Menu

Housing for refugees: what works in Polish cities? – open webinar

Who has found a flat and who is still living in a collective accommodation centre? What can municipalities do when rents keep rising? On 14 November 2024, from 11:00 to 13:00 CET, we invite representatives of local governments, NGOs, social housing agencies and refugees themselves to an open online discussion about access to housing for people who fled the war in Ukraine and for other forced migrants in Poland.

Speakers:
• Dr Marta Pachocka, Centre of Migration Research, University of Warsaw
• Ihor Shevchuk, Ukrainian House in Warsaw
• Agnieszka Bąk, Social Housing Agency in Gliwice
• Representative of the Metropolis GZM

Moderator: Tomasz Sawicki, Habitat for Humanity Poland

The webinar will be held in English with simultaneous interpretation into Polish and Ukrainian. Participation is free of charge; registration via the form on our website is required by 12 November. The recording will be available on our YouTube channel.

Organisers: Habitat for Humanity Poland and the Union of Polish Metropolises.

Questions: events@habitat.pl

Scroll to top
""", [])

W("a30", "en", """01 Sep 2022 - 31 Aug 2025
Education, migration and diversity

INCLUDE-ED: Pathways to inclusion of migrant children in European schools

INCLUDE-ED examines how schools in six European countries respond to the arrival of migrant and refugee children, with a special focus on pupils who arrived from Ukraine after February 2022. The consortium studies school admission procedures, preparatory classes, the work of intercultural assistants and cooperation between schools and families, and develops a toolkit for teachers and local education authorities.

In Poland, fieldwork is carried out in primary and secondary schools in Poznań, Leszno and Piła (Greater Poland Voivodeship), where the team conducts classroom observations and interviews with pupils, parents, teachers and school principals.

Project coordinator: KU Leuven (Belgium)

Polish partner: Adam Mickiewicz University in Poznań, Faculty of Educational Studies – principal investigator Prof. Ewa Brzezińska-Nowak

Other partners: University of Bologna, Technische Universität Dortmund, University of Ljubljana, Stockholm University.

This project has received funding from the European Union’s Horizon Europe research and innovation programme under grant agreement No 101061187.
""", [P("INCLUDE-ED: Pathways to inclusion of migrant children in European schools", "2022-09-01", "2025-08-31", None,
        funding=[("European Union", "Horizon Europe", None, None)],
        orgs=[("KU Leuven", "lead"), ("Adam Mickiewicz University in Poznań", "partner"), ("University of Bologna", "partner"), ("Technische Universität Dortmund", "partner"), ("University of Ljubljana", "partner"), ("Stockholm University", "partner")],
        people=[("Ewa Brzezińska-Nowak", "coordinator", "Adam Mickiewicz University in Poznań", None)],
        places=["Poland", "Poznań", "Leszno", "Piła", "Greater Poland Voivodeship"],
        alts=["INCLUDE-ED"])])
