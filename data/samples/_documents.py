"""Loose uploaded documents for inbox/uploads/ (hand-written; all personal data invented).

Each dict: filename, kind (pdf|docx|txt|csv|html), lang, doc_type, source, pii.
Source conventions (see build_samples.py):
  pdf/docx  one paragraph per line; a line starting with "# " is a heading (the marker is not part of the text)
  html      "= " line -> <title>, "# " -> <h2>, "| a | b |" -> table row (one cell per visible block),
            other non-empty lines -> <p>.  Label text = visible blocks joined with "\\n", which equals
            BeautifulSoup(html).get_text("\\n", strip=True).
  txt/csv   exact file content (UTF-8).
PDF sources must be latin-1 (fpdf2 core fonts).
"""

DOCUMENTS = [
    dict(
        filename="cv_candidate_2026.pdf", kind="pdf", lang="en", doc_type="cv", title="Curriculum Vitae",
        source="""
# Amelia Hartley
Senior UX Designer
12 Rosebery Avenue, Flat 4, London EC1R 4SX
+44 7700 900561 | amelia.hartley@webmail.example | Dribbble: @ameliahux
Date of birth: 3 May 1990

# Profile
UX designer with nine years' experience in health and mobility products. I turn messy research into simple flows, and I like working closely with engineers and clinicians.

# Experience
Senior UX Designer - Northwind Health, London (2021 - present)
- Led the redesign of the patient booking app (1.2M users); booking completion up 18%.
- Built and maintain the design system used by six product teams.
UX Designer - Loop Mobility, Bristol (2017 - 2021)
- Designed the journey planner and ticketing flows for the Bristol and Cardiff launches.
- Ran fortnightly usability sessions with commuters and wheelchair users.

# Education
MA Interaction Design, Goldsmiths, University of London (2017)
BA Graphic Design, University of Leeds (2012)

# Skills
Figma, user research, usability testing, accessibility (WCAG 2.2), prototyping, HTML/CSS

# References
Dr Priyanka Shah, Head of Design, Northwind Health - +44 20 7946 0832 - p.shah@northwind-health.example
Further references available on request.
""",
        pii=[("PERSON", "Amelia Hartley"), ("STREET_ADDRESS", "12 Rosebery Avenue, Flat 4, London EC1R 4SX"),
             ("PHONE_NUMBER", "+44 7700 900561"), ("EMAIL_ADDRESS", "amelia.hartley@webmail.example"),
             ("USERNAME", "@ameliahux"), ("DATE_OF_BIRTH", "3 May 1990"), ("PERSON", "Priyanka Shah"),
             ("PHONE_NUMBER", "+44 20 7946 0832"), ("EMAIL_ADDRESS", "p.shah@northwind-health.example")],
    ),
    dict(
        filename="invoice_oct_2026.pdf", kind="pdf", lang="de", doc_type="invoice", title="Rechnung",
        source="""
# Rechnung
Johanna Richter - Fachübersetzungen DE/EN/FR
Gneisenaustraße 67, 10961 Berlin
Telefon: 030 6981 2254 - E-Mail: j.richter@uebersetzungen-mail.example

An:
Herr Tobias Schneider
Am Kirchberg 5
79102 Freiburg im Breisgau
Kundennummer: ACC-318845

Rechnungsnummer: INV-2026-05871
Auftrag: ORD-2026-131442 (über Taskbridge)
Rechnungsdatum: 31.10.2026
Leistungszeitraum: 01.10.2026 - 28.10.2026

Pos. 1 - Fachübersetzung EN > DE, Bedienungsanleitung Laborzentrifuge, 6.400 Wörter à 0,12 EUR: 768,00 EUR
Pos. 2 - Terminologieliste DE/EN, 120 Einträge (pauschal): 80,00 EUR
Gesamtbetrag: 848,00 EUR
Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerregelung).

Bitte überweisen Sie den Betrag bis zum 14.11.2026 auf folgendes Konto:
Kontoinhaberin: Johanna Richter
IBAN: DE44 5001 0517 5407 3249 31
BIC: INGDDEFFXXX

Vielen Dank für Ihren Auftrag!
""",
        pii=[("PERSON", "Johanna Richter"), ("STREET_ADDRESS", "Gneisenaustraße 67, 10961 Berlin"),
             ("PHONE_NUMBER", "030 6981 2254"), ("EMAIL_ADDRESS", "j.richter@uebersetzungen-mail.example"),
             ("PERSON", "Tobias Schneider"), ("STREET_ADDRESS", "Am Kirchberg 5"),
             ("STREET_ADDRESS", "79102 Freiburg im Breisgau"), ("ACCOUNT_ID", "ACC-318845"),
             ("ACCOUNT_ID", "INV-2026-05871"), ("ACCOUNT_ID", "ORD-2026-131442"),
             ("IBAN_CODE", "DE44 5001 0517 5407 3249 31")],
    ),
    dict(
        filename="rental_agreement_es.pdf", kind="pdf", lang="es", doc_type="contract",
        title="Contrato de arrendamiento",
        source="""
# CONTRATO DE ARRENDAMIENTO DE VIVIENDA
En Valencia, a 1 de septiembre de 2026.

REUNIDOS
De una parte, D. Vicente Llorens Martí, mayor de edad, con DNI 50327741S y domicilio en Calle de Cirilo Amorós 58, 3.º, 46004 Valencia, en adelante el ARRENDADOR.
De otra parte, D.ª Laura Martínez Soler, nacida el 14/02/1994, con DNI 29384756W, teléfono 611 23 45 98 y correo electrónico laura.martinez.soler@correo-web.example, en adelante la ARRENDATARIA.

CLÁUSULAS
Primera. Objeto. El ARRENDADOR cede en arrendamiento a la ARRENDATARIA la vivienda situada en Calle del Doctor Sumsi 31, puerta 9, 46005 Valencia, que esta destinará a su residencia habitual.
Segunda. Duración. El contrato tendrá una duración de un año, prorrogable conforme a la Ley 29/1994 de Arrendamientos Urbanos.
Tercera. Renta. La renta mensual es de 950 euros, pagaderos dentro de los cinco primeros días de cada mes mediante transferencia a la cuenta del ARRENDADOR con IBAN ES57 0081 1234 5600 0123 4567.
Cuarta. Fianza. La ARRENDATARIA entrega en este acto 950 euros en concepto de fianza legal.

Y en prueba de conformidad, firman ambas partes por duplicado en el lugar y la fecha indicados.
EL ARRENDADOR: Vicente Llorens Martí
LA ARRENDATARIA: Laura Martínez Soler
""",
        pii=[("PERSON", "Vicente Llorens Martí"), ("NATIONAL_ID", "50327741S"),
             ("STREET_ADDRESS", "Calle de Cirilo Amorós 58, 3.º, 46004 Valencia"),
             ("PERSON", "Laura Martínez Soler"), ("DATE_OF_BIRTH", "14/02/1994"), ("NATIONAL_ID", "29384756W"),
             ("PHONE_NUMBER", "611 23 45 98"), ("EMAIL_ADDRESS", "laura.martinez.soler@correo-web.example"),
             ("STREET_ADDRESS", "Calle del Doctor Sumsi 31, puerta 9, 46005 Valencia"),
             ("IBAN_CODE", "ES57 0081 1234 5600 0123 4567")],
    ),
    dict(
        filename="contract_services_2026.docx", kind="docx", lang="en", doc_type="contract",
        title="Independent Contractor Agreement",
        source="""
# Independent Contractor Agreement
This Independent Contractor Agreement ("Agreement") is made on October 19, 2026 between Redwood Analytics LLC, 455 Market Street, Suite 1200, San Francisco, CA 94105 ("Client"), and Carlos Mendoza, 3912 Mission Street, Apt 5, San Francisco, CA 94112 ("Contractor"), in connection with Taskbridge order ORD-2026-120871.
# 1. Services
Contractor will build a customer churn model and a monthly reporting dashboard as described in Exhibit A, and will deliver documented source code and a handover session.
# 2. Compensation
Client will pay Contractor USD 9,600 in three milestones of USD 3,200 through the Taskbridge platform, each payable on acceptance of the corresponding deliverable.
# 3. Independent Contractor Status
Contractor is an independent contractor and not an employee of Client. Contractor is responsible for all taxes on amounts paid under this Agreement. For IRS Form 1099 reporting, Contractor's taxpayer identification number (SSN) is 518-42-7730.
# 4. Confidentiality
Contractor will keep Client's customer data confidential, use it only to perform the Services, and delete all copies within 30 days after the final milestone.
# 5. Term and Termination
This Agreement ends on January 31, 2027 unless terminated earlier by either party with 14 days' written notice.
# 6. Notices
Notices to Client: Diane Holloway, VP Operations, diane.holloway@redwood-analytics.example, (415) 555-0139.
Notices to Contractor: carlos.mendoza.data@webmail.example, (415) 555-0172.
# Signatures
Client: Diane Holloway, VP Operations, Redwood Analytics LLC - Date: October 19, 2026
Contractor: Carlos Mendoza - Date: October 19, 2026
Contractor Taskbridge account: ACC-662419
""",
        pii=[("STREET_ADDRESS", "455 Market Street, Suite 1200, San Francisco, CA 94105"),
             ("PERSON", "Carlos Mendoza"), ("STREET_ADDRESS", "3912 Mission Street, Apt 5, San Francisco, CA 94112"),
             ("ACCOUNT_ID", "ORD-2026-120871"), ("NATIONAL_ID", "518-42-7730"), ("PERSON", "Diane Holloway"),
             ("EMAIL_ADDRESS", "diane.holloway@redwood-analytics.example"), ("PHONE_NUMBER", "(415) 555-0139"),
             ("EMAIL_ADDRESS", "carlos.mendoza.data@webmail.example"), ("PHONE_NUMBER", "(415) 555-0172"),
             ("ACCOUNT_ID", "ACC-662419")],
    ),
    dict(
        filename="meeting_notes_kickoff.docx", kind="docx", lang="nl", doc_type="meeting_notes",
        title="Notulen kick-off",
        source="""
# Notulen kick-off websiteproject Bakkerij Het Korenaar
Datum: 4 november 2026, 10:00-11:00 (videocall)
Opdracht: ORD-2026-136980
Aanwezig: Marloes de Groot (eigenaar bakkerij), Jeroen Kok (webdeveloper via Taskbridge), Anouk Peeters (fotograaf)
# Contactgegevens
Marloes de Groot - marloes@korenaar-bakkerij.example - 06-23456781
Jeroen Kok - jeroen.kok.dev@webmail.example - 06-34567812
Anouk Peeters - anouk@studio-lichtval.example - +32 470 12 34 56
Adres fotoshoot (bakkerij): Voorstraat 212, 3311 ER Dordrecht
# Besluiten
Website in WordPress, tweetalig (NL/EN), met online bestellen voor afhalen.
Fotoshoot op 18 november om 06:30 in de bakkerij, tijdens het bakken.
Het oude klantenbestand wordt niet gebruikt voor de nieuwe nieuwsbrief; alleen nieuwe aanmeldingen via de website.
# Actiepunten
Jeroen: staging-omgeving opzetten en toegang delen met Marloes (voor 11 november).
Anouk: shotlist sturen naar Marloes.
Marloes: teksten en prijslijst aanleveren.
# Volgend overleg
11 november 2026, 10:00
""",
        pii=[("ACCOUNT_ID", "ORD-2026-136980"), ("PERSON", "Marloes de Groot"), ("PERSON", "Jeroen Kok"),
             ("PERSON", "Anouk Peeters"), ("EMAIL_ADDRESS", "marloes@korenaar-bakkerij.example"),
             ("PHONE_NUMBER", "06-23456781"), ("EMAIL_ADDRESS", "jeroen.kok.dev@webmail.example"),
             ("PHONE_NUMBER", "06-34567812"), ("EMAIL_ADDRESS", "anouk@studio-lichtval.example"),
             ("PHONE_NUMBER", "+32 470 12 34 56"), ("STREET_ADDRESS", "Voorstraat 212, 3311 ER Dordrecht"),
             ("PERSON", "Jeroen"), ("PERSON", "Marloes"), ("PERSON", "Anouk")],
    ),
    dict(
        filename="customer_records_export.csv", kind="csv", lang="en", doc_type="customer_records",
        source="""
customer_id,full_name,email,phone,address,country,date_of_birth,taskbridge_account
C-1001,Ingrid Solberg,ingrid.solberg@webmail.example,+47 412 55 078,"Bygdøy allé 23, 0262 Oslo",NO,1979-05-14,ACC-401177
C-1002,Wolfgang Brenner,w.brenner@gmx.example,+49 171 3348220,"Kastanienallee 41, 10435 Berlin",DE,1965-11-02,ACC-401203
C-1003,Amélie Rousseau,amelie.rousseau@orange-mail.example,+33 6 24 71 88 05,"22 rue Sainte-Catherine, 33000 Bordeaux",FR,1988-02-29,ACC-401256
C-1004,Diego Hernández Ruiz,d.hernandez@correo-web.example,+34 622 41 09 87,"Calle de Alcalá 155, 4.º D, 28009 Madrid",ES,1992-07-19,ACC-401318
C-1005,Valentina Greco,valentina.greco@postaweb.example,+39 340 557 2190,"Corso Buenos Aires 77, 20124 Milano",IT,1990-12-05,ACC-401342
C-1006,Pieter de Boer,pieter.deboer@kpnmail.example,+31 6 47382910,"Nassaukade 120-3, 1052 EG Amsterdam",NL,1983-09-23,ACC-401377
C-1007,Joana Ribeiro,joana.ribeiro@sapo-mail.example,+351 917 204 633,"Avenida da Liberdade 190, 1250-147 Lisboa",PT,1995-03-08,ACC-401409
C-1008,Connor Byrne,connor.byrne@eirmail.example,+353 85 731 4420,"14 Leeson Park, Dublin 6, D06 H3K2",IE,1987-01-30,ACC-401455
C-1009,Emma Lindgren,emma.lindgren@webmail.example,+46 70 318 24 56,"Götgatan 48, 118 26 Stockholm",SE,1999-06-11,ACC-401481
C-1010,Kwame Mensah,kwame.mensah@mailbox.example,+44 7700 900908,"55 Wilmslow Road, Manchester M14 5TB",GB,1976-10-17,ACC-401502
""",
        pii=[("PERSON", "Ingrid Solberg"), ("EMAIL_ADDRESS", "ingrid.solberg@webmail.example"),
             ("PHONE_NUMBER", "+47 412 55 078"), ("STREET_ADDRESS", "Bygdøy allé 23, 0262 Oslo"),
             ("DATE_OF_BIRTH", "1979-05-14"), ("ACCOUNT_ID", "ACC-401177"),
             ("PERSON", "Wolfgang Brenner"), ("EMAIL_ADDRESS", "w.brenner@gmx.example"),
             ("PHONE_NUMBER", "+49 171 3348220"), ("STREET_ADDRESS", "Kastanienallee 41, 10435 Berlin"),
             ("DATE_OF_BIRTH", "1965-11-02"), ("ACCOUNT_ID", "ACC-401203"),
             ("PERSON", "Amélie Rousseau"), ("EMAIL_ADDRESS", "amelie.rousseau@orange-mail.example"),
             ("PHONE_NUMBER", "+33 6 24 71 88 05"), ("STREET_ADDRESS", "22 rue Sainte-Catherine, 33000 Bordeaux"),
             ("DATE_OF_BIRTH", "1988-02-29"), ("ACCOUNT_ID", "ACC-401256"),
             ("PERSON", "Diego Hernández Ruiz"), ("EMAIL_ADDRESS", "d.hernandez@correo-web.example"),
             ("PHONE_NUMBER", "+34 622 41 09 87"), ("STREET_ADDRESS", "Calle de Alcalá 155, 4.º D, 28009 Madrid"),
             ("DATE_OF_BIRTH", "1992-07-19"), ("ACCOUNT_ID", "ACC-401318"),
             ("PERSON", "Valentina Greco"), ("EMAIL_ADDRESS", "valentina.greco@postaweb.example"),
             ("PHONE_NUMBER", "+39 340 557 2190"), ("STREET_ADDRESS", "Corso Buenos Aires 77, 20124 Milano"),
             ("DATE_OF_BIRTH", "1990-12-05"), ("ACCOUNT_ID", "ACC-401342"),
             ("PERSON", "Pieter de Boer"), ("EMAIL_ADDRESS", "pieter.deboer@kpnmail.example"),
             ("PHONE_NUMBER", "+31 6 47382910"), ("STREET_ADDRESS", "Nassaukade 120-3, 1052 EG Amsterdam"),
             ("DATE_OF_BIRTH", "1983-09-23"), ("ACCOUNT_ID", "ACC-401377"),
             ("PERSON", "Joana Ribeiro"), ("EMAIL_ADDRESS", "joana.ribeiro@sapo-mail.example"),
             ("PHONE_NUMBER", "+351 917 204 633"), ("STREET_ADDRESS", "Avenida da Liberdade 190, 1250-147 Lisboa"),
             ("DATE_OF_BIRTH", "1995-03-08"), ("ACCOUNT_ID", "ACC-401409"),
             ("PERSON", "Connor Byrne"), ("EMAIL_ADDRESS", "connor.byrne@eirmail.example"),
             ("PHONE_NUMBER", "+353 85 731 4420"), ("STREET_ADDRESS", "14 Leeson Park, Dublin 6, D06 H3K2"),
             ("DATE_OF_BIRTH", "1987-01-30"), ("ACCOUNT_ID", "ACC-401455"),
             ("PERSON", "Emma Lindgren"), ("EMAIL_ADDRESS", "emma.lindgren@webmail.example"),
             ("PHONE_NUMBER", "+46 70 318 24 56"), ("STREET_ADDRESS", "Götgatan 48, 118 26 Stockholm"),
             ("DATE_OF_BIRTH", "1999-06-11"), ("ACCOUNT_ID", "ACC-401481"),
             ("PERSON", "Kwame Mensah"), ("EMAIL_ADDRESS", "kwame.mensah@mailbox.example"),
             ("PHONE_NUMBER", "+44 7700 900908"), ("STREET_ADDRESS", "55 Wilmslow Road, Manchester M14 5TB"),
             ("DATE_OF_BIRTH", "1976-10-17"), ("ACCOUNT_ID", "ACC-401502")],
    ),
    dict(
        filename="scanned_letter_ocr.txt", kind="txt", lang="en", doc_type="letter",
        source="""
Dorothy Fenwick
27 Ashgrove Crescent
Scarborough YO12 5HQ
Tel. 01723 360 218

                                        3rd Novernber 2026

Taskbridge
Custorner Services

Dear Sir or Madarn,

Account nurnber: ACC-712094

l am writing because l do not use a cornputer very rnuch and your telephone line only
gives rne a recorded rnessage. My grandson Callurn set up this account for rne last year
so that sorneone could type up rny late husband's war diaries. That order was can-
celled in Septernber but l have been charged again on l4 October.

The charge was on rny card 4024 0071 8264 3055 . Please refund it to the sarne card.

l would also like you to stop telephoning rne about "new offers". l arn 8l and l do
not want these calls. lf you need to speak to sorneone, please ring rny daughter, Mrs
Susan Whitaker, on 07700 900463, or write to rne at the address above.

Yours faithfully,

   D. Fenwick ~

(Mrs) Dorothy Fenwick
                                                              - l -
""",
        pii=[("PERSON", "Dorothy Fenwick"), ("STREET_ADDRESS", "27 Ashgrove Crescent"),
             ("STREET_ADDRESS", "Scarborough YO12 5HQ"), ("PHONE_NUMBER", "01723 360 218"),
             ("ACCOUNT_ID", "ACC-712094"), ("PERSON", "Callurn"), ("CREDIT_CARD", "4024 0071 8264 3055"),
             ("PERSON", "Susan Whitaker"), ("PHONE_NUMBER", "07700 900463"), ("PERSON", "D. Fenwick")],
    ),
    dict(
        filename="signup_log_extract.txt", kind="txt", lang="en", doc_type="system_log",
        source="""
2026-10-14T08:12:44.118Z INFO  auth.signup        account=ACC-520331 email=marco.bellini@postaweb.example username=@marcobellini_design ip=203.0.113.87 country=IT
2026-10-14T08:13:02.540Z INFO  auth.verify_email  account=ACC-520331 ip=203.0.113.87
2026-10-14T08:15:37.902Z WARN  auth.login_failed  email=marco.bellini@postaweb.example ip=198.51.100.142 reason=bad_password attempts=3
2026-10-14T08:15:41.007Z WARN  risk.velocity      account=ACC-520331 ip=198.51.100.142 note="3 failed logins from new network"
2026-10-14T09:02:11.330Z INFO  auth.signup        account=ACC-520346 email=k.nowak@webmail.example username=@knowak_translates ip=2001:db8:4f2a::17 country=PL
2026-10-14T09:05:48.774Z INFO  profile.update     account=ACC-520346 field=display_name old="Katarzyna N." new="Katarzyna Nowak"
2026-10-14T09:06:20.015Z INFO  profile.update     account=ACC-520346 field=phone new="+48 601 234 567"
2026-10-14T10:44:59.201Z ERROR payout.iban_check  account=ACC-498812 iban="DE44 5001 0517 5407 3249 31" result=name_mismatch holder="J. Richter"
2026-10-14T10:45:03.876Z INFO  support.ticket     account=ACC-498812 ticket=HD-10198 channel=email
""",
        pii=[("ACCOUNT_ID", "ACC-520331"), ("EMAIL_ADDRESS", "marco.bellini@postaweb.example"),
             ("USERNAME", "@marcobellini_design"), ("IP_ADDRESS", "203.0.113.87"), ("IP_ADDRESS", "198.51.100.142"),
             ("ACCOUNT_ID", "ACC-520346"), ("EMAIL_ADDRESS", "k.nowak@webmail.example"),
             ("USERNAME", "@knowak_translates"), ("IP_ADDRESS", "2001:db8:4f2a::17"), ("PERSON", "Katarzyna N."),
             ("PERSON", "Katarzyna Nowak"), ("PHONE_NUMBER", "+48 601 234 567"), ("ACCOUNT_ID", "ACC-498812"),
             ("IBAN_CODE", "DE44 5001 0517 5407 3249 31"), ("PERSON", "J. Richter")],
    ),
    dict(
        filename="order_confirmation.html", kind="html", lang="fr", doc_type="order_confirmation",
        source="""
= Confirmation de commande - Taskbridge
# Merci pour votre commande, Margaux !
Votre commande ORD-2026-137456 a bien été enregistrée le 5 novembre 2026 à 14:32.
# Récapitulatif
| Prestation | Traduction FR > EN d'un site vitrine (4 200 mots) |
| Prestataire | Oliver Hughes (@ohughes_translates) |
| Montant | 504,00 EUR TTC |
| Livraison prévue | 12 novembre 2026 |
# Adresse de facturation
Margaux Petit
17 boulevard Gambetta
38000 Grenoble
# Vos coordonnées
E-mail : margaux.petit@orange-mail.example
Téléphone : +33 6 59 03 27 14
Compte client : ACC-611284
Facture : INV-2026-06117
Une question ? Répondez simplement à cet e-mail ou écrivez à support@taskbridge.example.
""",
        pii=[("PERSON", "Margaux"), ("PERSON", "Margaux Petit"), ("ACCOUNT_ID", "ORD-2026-137456"),
             ("PERSON", "Oliver Hughes"), ("USERNAME", "@ohughes_translates"),
             ("STREET_ADDRESS", "17 boulevard Gambetta"), ("STREET_ADDRESS", "38000 Grenoble"),
             ("EMAIL_ADDRESS", "margaux.petit@orange-mail.example"), ("PHONE_NUMBER", "+33 6 59 03 27 14"),
             ("ACCOUNT_ID", "ACC-611284"), ("ACCOUNT_ID", "INV-2026-06117")],
    ),
]
