from lib import P, write

write("j18", "en", """
Our projects / Current

Poznań Migrant Help Desk 2025

Migrant Info Point Foundation

Grantor: City of Poznań – Department of Social Policy
Implementation period: 02.01.2025 – 31.12.2025
Grant: PLN 180,000

About the project:

The Help Desk is a walk-in and phone information service for foreigners living in Poznań and the Poznań county. Consultants speaking Ukrainian, Russian, English, Spanish and Georgian help with residence and work permit applications, registration of address, enrolling children in school and access to health care. The desk is open four days a week at ul. Gołębia 1. Once a month a consultant is on duty in the Municipal Family Support Centre in Swarzędz.

Contact person: Natalia Rybak (natalia.rybak at migrant.poznan.pl)

Workers' Rights Academy

Grantor: Active Citizens – Regional Fund, financed by the EEA and Norway Grants
Fund Operator: Foundation for Education for Democracy
Implementation period: 01.10.2022 – 31.03.2024
Grant: EUR 39,800
Partners: Greater Poland Trade Union Centre, Kalisz Migrant Association.

About the project:

The project was carried out to strengthen the knowledge of migrant workers about their labour rights. We trained 24 “rights ambassadors” among migrant workers employed in warehouses and factories in Poznań, Kalisz and Gniezno, who then ran information meetings in their workplaces and hostels. A multilingual hotline and a guide on employment contracts were also prepared.

Multilingual Library Corner

Grantor: Raczyński Library in Poznań
Implementation period: 2024 – 2025

About the project:

Together with the Raczyński Library we are building a collection of books for children in Ukrainian, Georgian and Arabic and organising reading meetings with volunteers. Meetings take place every Saturday in the library's branch at Os. Stare Żegrze and in the Main Library at pl. Wolności, and are led by volunteers from the Ukrainian, Georgian and Syrian communities of Poznań. Families can borrow books free of charge with a library card, which can be issued on the basis of any identity document.
""", [P("Poznań Migrant Help Desk 2025", "2025-01-02", "2025-12-31", None,
        [("City of Poznań", None, 180000, "PLN")],
        [("Migrant Info Point Foundation", "lead"), ("City of Poznań", "funder")],
        [("Natalia Rybak", "contact", None, "natalia.rybak@migrant.poznan.pl")],
        ["Poznań", "Poznań county", "Swarzędz"]),
      P("Workers' Rights Academy", "2022-10-01", "2024-03-31", "completed",
        [("EEA and Norway Grants", "Active Citizens – Regional Fund", 39800, "EUR")],
        [("Greater Poland Trade Union Centre", "partner"),
         ("Kalisz Migrant Association", "partner"),
         ("Foundation for Education for Democracy", "other"),
         ("EEA and Norway Grants", "funder")],
        [], ["Poznań", "Kalisz", "Gniezno"]),
      P("Multilingual Library Corner", "2024", "2025", None,
        [("Raczyński Library in Poznań", None, None, None)],
        [("Raczyński Library in Poznań", "funder")],
        [], ["Poznań"])], cut=2000)

write("j19", "en", """
03 Jan 2022 - 30 Jun 2023
Migration, local government, public policy

Welcoming cities? Local integration policies in medium-sized Polish cities

Since 2022 medium-sized cities in Poland have become home to a large number of migrants, both refugees from Ukraine and labour migrants from Asia and Latin America. The project examines how city governments in Bydgoszcz, Kielce, Rzeszów and Olsztyn respond to this change: which offices are responsible for integration, how cooperation with NGOs is organised and whether migrants themselves are consulted.


Project activities:

  1. Desk research of local strategies and council resolutions concerning migrants.
  2. Interviews with municipal officials, NGO workers and migrant leaders in the four cities.
  3. Four local workshops presenting the findings and a national conference in Warsaw.


Project leader: Institute of Public Affairs (Instytut Spraw Publicznych)

Project partner: Związek Miast Polskich (Association of Polish Cities)

The project is financed by the Robert Bosch Stiftung.
""", [P("Welcoming cities? Local integration policies in medium-sized Polish cities",
        "2022-01-03", "2023-06-30", None,
        [("Robert Bosch Stiftung", None, None, None)],
        [("Institute of Public Affairs", "lead"), ("Związek Miast Polskich", "partner"),
         ("Robert Bosch Stiftung", "funder")],
        [], ["Bydgoszcz", "Kielce", "Rzeszów", "Olsztyn", "Warsaw"])])

write("j20", "en", """
Skip to content
Menu

Migrant Women's Circle in Katowice: open meeting

Did you come to Silesia from Ukraine, Belarus, Colombia, India or anywhere else? Do you want to meet other women who are building their lives here, share your experience and maybe start something together? We invite you to an open meeting of the Migrant Women's Circle on Saturday, 12 April 2025, from 11:00 to 14:00, at the Katowice City Library, ul. Francuska 12 (Reading Room, 1st floor).

The Circle is an informal group which started meeting last autumn. Some of us are students at the University of Silesia, some work in IT companies in Katowice, some came with children and are looking for their place in a new city. We meet once a month to talk, cook, exchange advice about offices, schools and doctors, and support each other.

During the meeting:

  • short introductions and a coffee,
  • a talk by a psychologist on stress and adaptation (in English and Ukrainian),
  • workshop: how to start a small initiative in your neighbourhood,
  • open discussion about the topics of the next meetings.

Childcare will be provided on site – please let us know in advance. Participation is free of charge. To register, fill in the form or write to:

The meeting will be held in English with translation into Ukrainian and Polish. 

Back to top
""", [])
