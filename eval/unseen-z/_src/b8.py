from lib import *

write('z27', 'en', '''
Skip to content
EN | PL | UA

Migrant Voices Poznań: open networking meeting of migrant-led groups

Do you run a migrant community group, a Sunday school, a choir, a sports team or a Telegram channel for newcomers in Wielkopolska? Join us! On Saturday, 8 March 2025, from 11:00 to 15:00, the Centre for Migrant Support Poznań invites leaders and members of migrant-led organisations and informal groups to an open networking meeting at Centrum Inicjatyw Lokalnych, ul. Mielżyńskiego 27/29, Poznań.

During the meeting we will:
  • get to know each other and map who does what in the city,
  • talk about the challenges you face – premises, funding, volunteers, registration of an association,
  • hear from the Poznań City Hall's Office for Foreigners' Integration about the 2025 grant calendar,
  • plan the next steps: do we want a permanent forum of migrant organisations in Poznań?

The meeting will be held in Polish and English, with whispered interpretation into Ukrainian and Russian if needed. Childcare is available on site – please let us know in the registration form.

Registration: until 5 March via the form or by e-mail: voices [at] migrantsupport [dot] poznan [dot] pl

Lunch provided. The venue is accessible for wheelchair users.

We use cookies to make this website work. Accept all | Settings
© Centre for Migrant Support Poznań
''', [])

active = F('EEA Financial Mechanism', 'Active Citizens – National Fund', 41200.0, 'EUR')
write('z28', 'en', '''
Our projects
Current projects

Fundacja Interkulturalia | Kraków

Home Language Clubs

Grantor: Active Citizens – National Fund, financed from the EEA Financial Mechanism
Programme Operator: Stefan Batory Foundation in partnership with the Polish Children and Youth Foundation
Project duration: 1 April 2023 – 31 March 2025
Grant: EUR 41,200
Partners: Parafia Greckokatolicka Podwyższenia Krzyża Świętego w Krakowie, Kraków Pedagogical University

Home Language Clubs bring together children who speak Ukrainian, Belarusian, Georgian and Vietnamese at home. Twice a week, after school, children read, play and learn in their home languages in 5 clubs across Kraków and Wieliczka. Parents take part in workshops on bilingual upbringing, and teachers from partner schools join monthly meetings on supporting multilingual pupils in the classroom. In the second year the clubs prepared a bilingual theatre performance shown at the Kraków Pedagogical University and a small library of children's books in nine languages, which is now lent to schools and local libraries free of charge.

Project coordinator: Halyna Wróbel, h.wrobel@interkulturalia.org

Kraków for Newcomers – Information Desk

Grantor: Municipality of Kraków
Project duration: 02.01.2025 – 31.12.2025
Grant amount: PLN 95,000

An information desk for foreigners at the Multicultural Centre, open six days a week, with advice in English, Ukrainian, Russian and Spanish on residence, work, health insurance and schools. The desk also runs monthly information meetings in district cultural centres and publishes a newsletter with changes in migration law and city services for foreign residents. In 2025 the desk extended its opening hours on Saturdays and started online consultations for people living outside the city centre.

Project coordinator: Marek Szwed

Safe Start for Refugee Women

Donor: UNHCR Poland
Project timeframe: 01.07.2024 – 30.06.2025

Psychosocial support groups and individual case management for refugee women from Ukraine living in Kraków and Nowa Huta, in cooperation with the Kraków Crisis Intervention Centre.

Back to top
''', [
    P('Home Language Clubs', '2023-04-01', '2025-03-31', None, [active],
      [O('Fundacja Interkulturalia', 'lead'), O('Parafia Greckokatolicka Podwyższenia Krzyża Świętego w Krakowie', 'partner'), O('Kraków Pedagogical University', 'partner'),
       O('Stefan Batory Foundation', 'other'), O('Polish Children and Youth Foundation', 'other'), O('EEA Financial Mechanism', 'funder')],
      [Pe('Halyna Wróbel', 'coordinator', None, 'h.wrobel@interkulturalia.org')], ['Kraków', 'Wieliczka']),
    P('Kraków for Newcomers – Information Desk', '2025-01-02', '2025-12-31', None, [F('Municipality of Kraków', None, 95000.0, 'PLN')],
      [O('Fundacja Interkulturalia', 'lead'), O('Municipality of Kraków', 'funder')],
      [Pe('Marek Szwed', 'coordinator')], ['Kraków']),
    P('Safe Start for Refugee Women', '2024-07-01', '2025-06-30', None, [F('UNHCR Poland', None, None, None)],
      [O('Fundacja Interkulturalia', 'lead'), O('UNHCR Poland', 'funder')],
      [], []),
], cut=True)

write('z29', 'en', '''
Sep 2022 - Aug 2025
Migration, integration, local government

Welcoming Mid-sized Cities: local integration governance in Poland and Norway

The project examines how mid-sized cities organise the reception and integration of newcomers, comparing Wrocław, Opole and Wałbrzych in Poland with Drammen and Fredrikstad in Norway. The research team maps local integration strategies, interviews municipal officials, NGO workers and migrants, and runs participatory workshops in which cities test new tools for coordination between municipal departments.

Objectives:
  1. To describe the models of local integration governance in Polish and Norwegian mid-sized cities.
  2. To identify the conditions under which cooperation between municipalities and civil society organisations works well.
  3. To develop, together with city officials, a toolkit for local integration planning.

The project "Welcoming Mid-sized Cities" (WELCITY) benefits from a EUR 1,187,000 grant from Norway through the Norway Grants in the framework of the GRIEG programme, operated by the National Science Centre.

Principal investigator: Dr. Katarzyna Wolska (University of Wrocław)
Project partners: Norwegian Institute for Urban and Regional Research (NIBR) at Oslo Metropolitan University; Opole University
''', [P('Welcoming Mid-sized Cities: local integration governance in Poland and Norway', '2022-09', '2025-08', None,
        [F('Norway', 'GRIEG', 1187000.0, 'EUR')],
        [O('University of Wrocław', 'lead'), O('Norwegian Institute for Urban and Regional Research', 'partner'), O('Opole University', 'partner'),
         O('Norway', 'funder'), O('National Science Centre', 'other')],
        [Pe('Katarzyna Wolska', 'coordinator', 'University of Wrocław')],
        ['Poland', 'Norway', 'Wrocław', 'Opole', 'Wałbrzych', 'Drammen', 'Fredrikstad'], [], alts=['Welcoming Mid-sized Cities', 'WELCITY'])])

write('z30', 'en', '''
News | 14 June 2023

Safe spaces for refugee families open in Chełm and Hrubieszów

Two community centres for refugees from Ukraine opened this week in Chełm and Hrubieszów, near the Polish-Ukrainian border. The centres are part of the project "Neighbours Close to the Border", which the Chełm Volunteer Centre Foundation is implementing together with the Hrubieszów Municipal Social Welfare Centre. The project is funded by the International Rescue Committee with support from the European Union's humanitarian aid (ECHO).

"Many families who fled in 2022 stayed here, close to home. They need a place where children can play, parents can get advice and everyone can just have a cup of tea," said Olga Demczuk, the project manager.

The project runs from May 2023 until April 2024. The centres offer Polish language classes, legal information, psychological support, and afternoon activities for children. A mobile team will also visit refugee families in villages of Chełm and Hrubieszów districts.

For more information contact: centres@cwchelm.org.pl

Photo: opening of the centre in Hrubieszów, 12 June 2023.
''', [P('Neighbours Close to the Border', '2023-05', '2024-04', 'ongoing',
        [F('International Rescue Committee', None, None, None), F('European Union', None, None, None)],
        [O('Chełm Volunteer Centre Foundation', 'lead'), O('Hrubieszów Municipal Social Welfare Centre', 'partner'),
         O('International Rescue Committee', 'funder'), O('European Union', 'funder')],
        [Pe('Olga Demczuk', 'coordinator', 'Chełm Volunteer Centre Foundation'), Pe(None, 'contact', None, 'centres@cwchelm.org.pl')],
        ['Chełm', 'Hrubieszów'])])
