"""German, French, Spanish, Italian, Dutch and Portuguese sample messages (hand-written; all personal data invented).

Same schema as _messages_en.py.
"""

PRIVACY_TO = "Taskbridge Privacy <privacy@taskbridge.example>"
CHAT = "chat_export_2026-11.jsonl"
WEBFORMS = "webform_export_2026-10.jsonl"

MESSAGES = [
    # ================================================================== GERMAN
    dict(
        fmt="eml", slug="auskunft_und_loeschung", channel="email", lang="de",
        charset="iso-8859-15", cte="quoted-printable",
        privacy=["access", "deletion"], category=None, style=["legal"], to=PRIVACY_TO,
        date=("2026-10-05 09:31", "Europe/Berlin"), mailer="Posteo Webmail",
        **{"from": ("Jürgen Weiß", "j.weiss@posteo.example")},
        subject="Auskunft nach Art. 15 DSGVO und Löschung nach Art. 17 DSGVO",
        body="""
Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Recht auf Auskunft gemäß Art. 15 DSGVO Gebrauch. Bitte teilen Sie mir mit, ob und welche personenbezogenen Daten Sie über mich verarbeiten, zu welchen Zwecken, an welche Empfänger (insbesondere an Auftragnehmer außerhalb der EU) sie übermittelt wurden und wie lange sie gespeichert werden. Bitte stellen Sie mir außerdem eine Kopie dieser Daten zur Verfügung.

Nach Erteilung der Auskunft verlange ich gemäß Art. 17 Abs. 1 DSGVO die unverzügliche Löschung sämtlicher mich betreffender Daten, soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen. Mein Kundenkonto (ACC-774120) kann vollständig geschlossen werden.

Zur Identifizierung:
Jürgen Weiß
Lindenstraße 14
10969 Berlin
Tel. 030 61287754
E-Mail: j.weiss@posteo.example

Ich erwarte Ihre Antwort innerhalb der Frist von einem Monat (Art. 12 Abs. 3 DSGVO). Sollte ich bis zum 05.11.2026 nichts von Ihnen hören, werde ich mich an die zuständige Datenschutzaufsichtsbehörde wenden.

Mit freundlichen Grüßen
Jürgen Weiß
""",
        pii=[("PERSON", "Jürgen Weiß"), ("EMAIL_ADDRESS", "j.weiss@posteo.example"), ("ACCOUNT_ID", "ACC-774120"),
             ("STREET_ADDRESS", "Lindenstraße 14"), ("STREET_ADDRESS", "10969 Berlin"),
             ("PHONE_NUMBER", "030 61287754")],
    ),
    dict(
        fmt="eml", slug="newsletter_abbestellen", channel="email", lang="de", html=True,
        privacy=["opt_out"], category=None, style=["oneliner"], mailer="iPhone Mail (22B91)",
        date=("2026-10-10 07:18", "Europe/Berlin"),
        **{"from": ("Katrin Hoffmann", "katrin.hoffmann@gmx.example")},
        subject="Newsletter abbestellen",
        body="""
Hallo,

bitte tragt mich aus eurem Newsletter und allen Werbe-Mails aus. Der Abmeldelink unten in der Mail führt bei mir nur auf eine leere Seite. Bestellbestätigungen und Rechnungen möchte ich natürlich weiterhin bekommen.

Danke und viele Grüße
Katrin Hoffmann

Von meinem iPhone gesendet
""",
        pii=[("PERSON", "Katrin Hoffmann"), ("EMAIL_ADDRESS", "katrin.hoffmann@gmx.example")],
    ),
    dict(
        fmt="eml", slug="uebersetzung_datenschutzerklaerung", cte="8bit", channel="email", lang="de",
        privacy=[], category="translation", hn=True,
        date=("2026-10-12 11:02", "Europe/Berlin"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Sabine Krüger", "s.krueger@nordlicht-kaffee.example")},
        subject="Übersetzung Datenschutzerklärung + AGB ins Englische und Französische",
        body="""
Guten Tag,

wir möchten unsere Datenschutzerklärung (ca. 3.800 Wörter) und unsere AGB (ca. 2.500 Wörter) für den Onlineshop ins Englische und Französische übersetzen lassen. Die Texte sind von unserer Anwältin bereits freigegeben – es geht also nur um die Übersetzung, nicht um eine rechtliche Prüfung.

Wichtig:
- Fachbegriffe wie „Auftragsverarbeitung“, „berechtigtes Interesse“ oder „Recht auf Löschung“ bitte einheitlich nach der offiziellen DSGVO-Terminologie der jeweiligen Sprachfassung übersetzen.
- Die Abschnitte zu Cookies und zum Widerspruchsrecht ändern sich eventuell noch – diese bitte zuletzt bearbeiten.
- Liefertermin: 20. November.

Können Sie uns passende Übersetzer mit Erfahrung in juristischen Texten vorschlagen? Die DOCX-Dateien schicke ich dann gern direkt an den Übersetzer.

Freundliche Grüße
Sabine Krüger
Leitung E-Commerce
Kaffeerösterei Nordlicht GmbH
Speicherstraße 8, 28217 Bremen
Tel. 0421 6958 2210
""",
        pii=[("PERSON", "Sabine Krüger"), ("EMAIL_ADDRESS", "s.krueger@nordlicht-kaffee.example"),
             ("STREET_ADDRESS", "Speicherstraße 8, 28217 Bremen"), ("PHONE_NUMBER", "0421 6958 2210")],
    ),
    dict(
        fmt="eml", slug="buchhaltung_oktober", channel="email", lang="de",
        privacy=[], category="bookkeeping", hn=True,
        date=("2026-11-03 15:26", "Europe/Berlin"), mailer="Mozilla Thunderbird 140.3",
        **{"from": ("Thomas Becker", "t.becker@studio-kranich.example")},
        subject="Buchhaltung Oktober – doppelte Buchung löschen, Rechnung korrigieren",
        body="""
Hallo zusammen,

ich habe über Taskbridge eine Buchhalterin für meine laufende Buchhaltung beauftragt (Elif Yilmaz, Auftrag ORD-2026-128816). Im Auftragschat kann ich seit gestern keine Nachrichten mehr senden („Fehler 500“), deshalb schicke ich die Infos hierher – könnt ihr das bitte an Frau Yilmaz weitergeben?

1. Für die Umsatzsteuer-Voranmeldung Oktober: meine Steuer-ID ist 86 572 039 485, die Steuernummer steht auf den Rechnungen.
2. Die Adobe-Abbuchung vom 12.10. (59,49 €) ist doppelt im Export – bitte die zweite Buchung löschen.
3. Geschäftskonto für die Zuordnung der Zahlungseingänge: DE19 1005 0000 1234 5678 91
4. Die Ausgangsrechnung an die Agentur Blauwal bitte korrigieren: Die Rechnungsnummer muss 2026-044 lauten, nicht 2026-004.

Danke!
Thomas Becker
Studio Kranich – Illustration & Grafik
Wiesenstraße 31, 04177 Leipzig
0341 9962 4410
""",
        pii=[("PERSON", "Thomas Becker"), ("EMAIL_ADDRESS", "t.becker@studio-kranich.example"),
             ("PERSON", "Elif Yilmaz"), ("PERSON", "Yilmaz"), ("ACCOUNT_ID", "ORD-2026-128816"),
             ("NATIONAL_ID", "86 572 039 485"), ("IBAN_CODE", "DE19 1005 0000 1234 5678 91"),
             ("STREET_ADDRESS", "Wiesenstraße 31, 04177 Leipzig"), ("PHONE_NUMBER", "0341 9962 4410")],
    ),
    dict(
        fmt="eml", slug="kampagne_und_widerspruch", channel="email", lang="de",
        privacy=["objection"], category="marketing",
        date=("2026-10-19 20:47", "Europe/Berlin"), mailer="Apple Mail (3826.300)",
        **{"from": ("Carina Lehmann", "carina@prana-yoga-hamburg.example")},
        subject="Auftrag Social-Media-Kampagne + Widerspruch Fallstudie",
        body="""
Hallo Taskbridge-Team,

wir möchten über Taskbridge eine Social-Media-Kampagne für die Eröffnung unseres zweiten Yogastudios in Hamburg-Ottensen beauftragen (Instagram + Meta Ads, Laufzeit Dezember bis Februar, Budget für die Betreuung ca. 2.000 €). Gern Freelancer mit Erfahrung im Bereich Fitness/Wellness – bitte schicken Sie mir passende Profile.

Zweiter Punkt: In Ihrem letzten Newsletter an Auftraggeber wurde unser letztes Projekt als „Erfolgsgeschichte“ mit meinem Namen, Foto und einem Zitat gezeigt. Dem habe ich nie zugestimmt. Ich widerspreche hiermit nach Art. 21 DSGVO der Verwendung meiner Daten für Ihre Fallstudien und Werbematerialien. Bitte entfernen Sie den Beitrag und nutzen Sie meine Daten künftig nicht mehr dafür.

Viele Grüße
Carina Lehmann
Studio Prana Yoga
Bahrenfelder Straße 112, 22765 Hamburg
040 3344 8817
""",
        pii=[("PERSON", "Carina Lehmann"), ("EMAIL_ADDRESS", "carina@prana-yoga-hamburg.example"),
             ("STREET_ADDRESS", "Bahrenfelder Straße 112, 22765 Hamburg"), ("PHONE_NUMBER", "040 3344 8817")],
    ),
    dict(
        fmt="eml", slug="einschraenkung_statt_loeschung", channel="email", lang="de", reply=True,
        privacy=["restriction"], category=None, style=["legal", "chain"], to=PRIVACY_TO,
        date=("2026-10-28 08:12", "Europe/Berlin"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Markus Engel", "markus.engel@m-engel.example")},
        subject="AW: AW: Kontoschließung ACC-681254 – Einschränkung statt Löschung",
        body="""
Sehr geehrte Frau Köhler,

vielen Dank für die Rückmeldung. Mit der Schließung meines Anbieterkontos bin ich einverstanden, ich möchte aber ausdrücklich NICHT, dass die Daten zum Auftrag ORD-2026-117395 gelöscht werden.

Der Auftraggeber, Herr Ralf Dietrich, hat die Schlussrechnung INV-2026-03872 über 3.480 € bis heute nicht bezahlt, und mein Anwalt bereitet eine Klage vor. Dafür brauche ich den vollständigen Chatverlauf, die Abnahme-Nachricht vom 02.09. und alle Dateiversionen.

Ich verlange daher gemäß Art. 18 Abs. 1 lit. c DSGVO die Einschränkung der Verarbeitung statt der Löschung: Bitte sperren Sie diese Daten, bewahren Sie sie aber auf, bis das Verfahren abgeschlossen ist. Ich melde mich, sobald das der Fall ist.

Mit freundlichen Grüßen

Markus Engel
Nordwind IT-Services – Inhaber
Hafenstraße 9, 24103 Kiel
Tel.: 0431 2298 7710
Mobil: 0160 9123 4475

-----Ursprüngliche Nachricht-----
Von: Jana Köhler <jana.koehler@taskbridge.example>
Gesendet: Montag, 26. Oktober 2026 14:12
An: Markus Engel <markus.engel@m-engel.example>
Betreff: AW: Kontoschließung ACC-681254

Hallo Herr Engel,

wie gewünscht schließen wir Ihr Anbieterkonto ACC-681254 zum 31.10.2026. Gemäß unseren Nutzungsbedingungen werden die zugehörigen Auftragsdaten, Nachrichten und Dateien 30 Tage nach der Schließung gelöscht, soweit keine gesetzlichen Aufbewahrungspflichten bestehen.

Falls Sie noch Daten benötigen, laden Sie diese bitte vorher herunter.

Freundliche Grüße
Jana Köhler
Kundenservice | Taskbridge
Tel.: +49 30 5557 3310

-----Ursprüngliche Nachricht-----
Von: Markus Engel <markus.engel@m-engel.example>
Gesendet: Freitag, 23. Oktober 2026 18:40
An: support@taskbridge.example
Betreff: Kontoschließung ACC-681254

Hallo,

ich möchte mein Anbieterkonto zum Monatsende schließen, da ich künftig nur noch direkt für Stammkunden arbeite. Offen ist nur noch die Zahlung von Herrn Dietrich zu ORD-2026-117395 – dazu schreibe ich separat.

Gruß
Markus Engel
""",
        pii=[("PERSON", "Markus Engel"), ("PERSON", "Engel"), ("EMAIL_ADDRESS", "markus.engel@m-engel.example"),
             ("PERSON", "Köhler"), ("PERSON", "Jana Köhler"), ("ACCOUNT_ID", "ORD-2026-117395"),
             ("PERSON", "Ralf Dietrich"), ("PERSON", "Dietrich"), ("ACCOUNT_ID", "INV-2026-03872"),
             ("STREET_ADDRESS", "Hafenstraße 9, 24103 Kiel"), ("PHONE_NUMBER", "0431 2298 7710"),
             ("PHONE_NUMBER", "0160 9123 4475"), ("EMAIL_ADDRESS", "jana.koehler@taskbridge.example"),
             ("ACCOUNT_ID", "ACC-681254"), ("PHONE_NUMBER", "+49 30 5557 3310")],
    ),
    dict(
        fmt="eml", slug="freelancer_zugriff_einschraenken", channel="email", lang="de",
        privacy=[], category="software", hn=True,
        date=("2026-11-10 13:35", "Europe/Berlin"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Stefanie Albrecht", "praxis@physio-rosenpark.example")},
        subject="Freelancer-Zugriff auf Projektordner einschränken + Nachbesserung",
        body="""
Hallo,

unser Entwickler aus dem Auftrag ORD-2026-135507 (WordPress-Plugin für Terminbuchungen) ist fertig. Zwei Fragen:

1. Wie kann ich über Taskbridge den Zugriff des Freelancers auf den geteilten Projektordner einschränken? Er soll die Dateien noch sehen, aber nichts mehr hochladen oder löschen können.
2. Im Plugin fehlt noch der Button „Termin stornieren“. Wo kann ich eine Nachbesserung anfordern, ohne den Auftrag neu zu eröffnen?

Danke und Gruß
Stefanie Albrecht
Physio am Rosenpark
Rosenstraße 3, 90402 Nürnberg
0911 2387 6650
""",
        pii=[("PERSON", "Stefanie Albrecht"), ("EMAIL_ADDRESS", "praxis@physio-rosenpark.example"),
             ("ACCOUNT_ID", "ORD-2026-135507"), ("STREET_ADDRESS", "Rosenstraße 3, 90402 Nürnberg"),
             ("PHONE_NUMBER", "0911 2387 6650")],
    ),
    dict(
        fmt="json", id="HD-10233", channel="webform", lang="de",
        privacy=["correction"], category=None,
        date=("2026-10-11 17:05", "Europe/Berlin"),
        **{"from": ("Miriam Schulz", "miriam.schulz@webmail.example")},
        subject="Datenschutzanfrage: Berichtigung meiner Daten",
        body="""
Anfrageart: Berichtigung (Art. 16 DSGVO)

Nachricht: Ich habe im September geheiratet und heiße jetzt Miriam Schulz (vorher Miriam Neumann). Bitte ändern Sie meinen Nachnamen in meinem Kundenkonto und auf künftigen Rechnungen. Außerdem ist meine Telefonnummer veraltet – richtig ist 0176 4432 9180, die alte Nummer 0151 2230 7745 bitte ersetzen.

Name: Miriam Schulz
E-Mail: miriam.schulz@webmail.example
Kundennummer: ACC-209457
""",
        pii=[("PERSON", "Miriam Schulz"), ("PERSON", "Miriam Neumann"), ("EMAIL_ADDRESS", "miriam.schulz@webmail.example"),
             ("PHONE_NUMBER", "0176 4432 9180"), ("PHONE_NUMBER", "0151 2230 7745"), ("ACCOUNT_ID", "ACC-209457")],
    ),
    dict(
        fmt="jsonl", jsonl=CHAT, id="HD-10248", channel="chat", lang="de",
        privacy=[], category="platform_support", hn=True,
        date=("2026-11-02 08:51", "Europe/Berlin"),
        **{"from": ("Felix Wagner", "felix.wagner@webmail.example")},
        subject="Live-Chat",
        body="""
[08:51] Felix Wagner: Hallo, ich komme seit heute früh nicht mehr in mein Konto. Es kommt immer „Zu viele Anmeldeversuche“
[08:52] Taskbridge (Jana): Guten Morgen Felix! Das ist eine vorübergehende Sperre nach mehreren falschen Passworteingaben. Ich kann sie aufheben – mit welcher E-Mail-Adresse bist du registriert?
[08:52] Felix Wagner: felix.wagner@webmail.example
[08:53] Felix Wagner: bin im Büro, liegt es vielleicht an der IP? Laut Fehlerseite 192.0.2.77
[08:54] Taskbridge (Jana): Die Sperre hängt am Konto, nicht an der IP. Ich habe sie gerade aufgehoben – bitte setz zur Sicherheit dein Passwort über „Passwort vergessen“ zurück.
[08:56] Felix Wagner: hat geklappt, danke!
""",
        pii=[("PERSON", "Felix Wagner"), ("PERSON", "Felix"), ("EMAIL_ADDRESS", "felix.wagner@webmail.example"),
             ("IP_ADDRESS", "192.0.2.77"), ("PERSON", "Jana")],
    ),
    dict(
        fmt="jsonl", jsonl=CHAT, id="HD-10252", channel="chat", lang="de",
        privacy=[], category="design",
        date=("2026-11-03 13:05", "Europe/Berlin"),
        **{"from": ("Lukas Meier", "lukas.meier@gmx.example")},
        subject="Live-Chat",
        body="""
[13:05] Lukas Meier: Hi, ich suche jemanden, der mir Visitenkarten und einen Briefbogen im Stil meines bestehenden Logos gestaltet. Geht das hier?
[13:06] Taskbridge (Jana): Hallo Lukas, klar – das ist eine typische Design-Anfrage. Hast du das Logo als Vektordatei (AI, EPS oder SVG)?
[13:07] Lukas Meier: Nur als PNG leider
[13:08] Taskbridge (Jana): Kein Problem, viele Designer vektorisieren das Logo gegen einen kleinen Aufpreis. Ich lege dir einen Entwurf für die Ausschreibung an – welches Budget hast du dir vorgestellt?
[13:09] Lukas Meier: so 150–200 €
""",
        pii=[("PERSON", "Lukas Meier"), ("PERSON", "Lukas"), ("EMAIL_ADDRESS", "lukas.meier@gmx.example"),
             ("PERSON", "Jana")],
    ),
    # ================================================================== FRENCH
    dict(
        fmt="eml", slug="demande_acces_rgpd", channel="email", lang="fr",
        charset="windows-1252", cte="quoted-printable",
        privacy=["access"], category=None, style=["legal"], to=PRIVACY_TO,
        date=("2026-10-07 10:20", "Europe/Paris"), mailer="Orange Mail",
        **{"from": ("Camille Durand", "camille.durand@orange-mail.example")},
        subject="Demande d’accès à mes données personnelles (article 15 du RGPD)",
        body="""
Madame, Monsieur,

En application de l’article 15 du Règlement général sur la protection des données (RGPD), je vous prie de bien vouloir me communiquer l’ensemble des données à caractère personnel me concernant que vous détenez, ainsi que les informations suivantes : les finalités du traitement, les catégories de données, les destinataires (y compris les prestataires auxquels mes commandes ont été confiées), la durée de conservation et l’origine des données lorsqu’elles n’ont pas été collectées auprès de moi.

Mon compte client est enregistré sous l’adresse camille.durand@orange-mail.example (identifiant ACC-512683). Pour faciliter mon identification :

Camille Durand
12 rue des Lilas
69003 Lyon
Tél. : 06 12 34 56 78

Je vous rappelle que vous disposez d’un délai d’un mois à compter de la réception de cette demande pour y répondre. À défaut, je me réserve le droit de saisir la CNIL.

Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.

Camille Durand
""",
        pii=[("PERSON", "Camille Durand"), ("EMAIL_ADDRESS", "camille.durand@orange-mail.example"),
             ("ACCOUNT_ID", "ACC-512683"), ("STREET_ADDRESS", "12 rue des Lilas"), ("STREET_ADDRESS", "69003 Lyon"),
             ("PHONE_NUMBER", "06 12 34 56 78")],
    ),
    dict(
        fmt="eml", slug="portabilite_profil_prestataire", channel="email", lang="fr", html=True,
        privacy=["portability"], category=None, style=["legal"], to=PRIVACY_TO,
        date=("2026-10-15 17:44", "Europe/Paris"), mailer="Mozilla Thunderbird 140.3",
        **{"from": ("Julien Moreau", "julien.moreau@laposte-mail.example")},
        subject="Portabilité de mes données – export de mon profil prestataire",
        body="""
Bonjour,

Je suis traducteur indépendant (anglais/allemand > français) sur Taskbridge depuis 2022, compte ACC-834129, profil public @jmoreau_traduction. Je souhaite exercer mon droit à la portabilité des données (article 20 du RGPD).

Merci de me transmettre, dans un format structuré, couramment utilisé et lisible par machine (CSV ou JSON) :
- les informations de mon profil et mes tarifs ;
- l’historique de mes missions terminées ;
- les évaluations laissées par mes clients (environ 140) ;
- mes factures et relevés de paiement.

Si c’est techniquement possible, j’aimerais que les évaluations soient transmises directement à la plateforme que je vous indiquerai.

Bien cordialement,
Julien Moreau
Traducteur assermenté près la cour d’appel de Rennes
7 allée des Tanneurs, 35000 Rennes
+33 6 48 21 90 37
""",
        pii=[("PERSON", "Julien Moreau"), ("EMAIL_ADDRESS", "julien.moreau@laposte-mail.example"),
             ("ACCOUNT_ID", "ACC-834129"), ("USERNAME", "@jmoreau_traduction"),
             ("STREET_ADDRESS", "7 allée des Tanneurs, 35000 Rennes"), ("PHONE_NUMBER", "+33 6 48 21 90 37")],
    ),
    dict(
        fmt="eml", slug="corrections_article_blog", channel="email", lang="fr",
        privacy=[], category="writing", hn=True,
        date=("2026-10-22 14:10", "Europe/Paris"), mailer="Webmail 9.4",
        **{"from": ("Élodie Martin", "elodie.martin@isolavie.example")},
        subject="Corrections de l’article de blog – commande ORD-2026-124903",
        body="""
Bonjour,

J’ai bien reçu l’article sur la rénovation énergétique, merci ! Quelques retouches avant publication :

- corriger les fautes dans l’introduction (« isolations » au lieu de « isolation », et deux accords) ;
- supprimer le deuxième paragraphe, il répète le premier ;
- effacer la mention de notre ancien partenaire, nous ne travaillons plus avec eux ;
- ajouter un lien vers notre page « Aides 2027 ».

Pouvez-vous transmettre ces consignes au rédacteur ? Je n’arrive pas à joindre de fichier dans la messagerie de la commande.

Merci d’avance,
Élodie Martin
Responsable communication, Isolavie
04 78 62 15 90
""",
        pii=[("PERSON", "Élodie Martin"), ("EMAIL_ADDRESS", "elodie.martin@isolavie.example"),
             ("ACCOUNT_ID", "ORD-2026-124903"), ("PHONE_NUMBER", "04 78 62 15 90")],
    ),
    dict(
        fmt="eml", slug="traduction_acte_naissance", channel="email", lang="fr",
        privacy=[], category="translation",
        date=("2026-10-30 11:52", "Europe/Paris"), mailer="Webmail 9.4",
        **{"from": ("Aurélie Girard", "aurelie.girard@laposte-mail.example")},
        subject="Traduction assermentée d’un acte de naissance (FR > ES)",
        body="""
Bonjour,

J’ai besoin d’une traduction assermentée de mon acte de naissance du français vers l’espagnol pour un dossier de mariage à Valence (Espagne). Je joins une transcription de l’acte ainsi que la fiche demandée par le consulat, au format PDF ; l’original sera présenté sur place.

Délai souhaité : avant le 27 novembre. Pouvez-vous m’indiquer le tarif et les traducteurs disponibles ?

Cordialement,
Aurélie Girard
+33 6 73 08 44 21
""",
        attachments=[dict(filename="acte_naissance_transcription.pdf", kind="pdf", source="""
# Extrait d'acte de naissance avec filiation (transcription)
République française - Mairie du 11e arrondissement de Paris
Acte n° 1187
Le quatorze juin mil neuf cent quatre-vingt-six, à 6 h 40, est née à Paris 11e Aurélie Marie Girard, de sexe féminin,
fille de Philippe Girard, né le 03/02/1958, et de Catherine Roussel, son épouse, née le 21/11/1960,
domiciliés 48 rue Oberkampf, 75011 Paris.
Mentions marginales : néant.
Délivré le 2 octobre 2026.

# Fiche demandeur (pour le consulat)
Nom : Girard - Prénoms : Aurélie Marie
Date de naissance : 14/06/1986
Numéro de sécurité sociale (NIR) : 2 86 06 75 111 021 09
Adresse actuelle : 9 rue Paul Bert, 69003 Lyon
Téléphone : +33 6 73 08 44 21
""")],
        pii=[("PERSON", "Aurélie Girard"), ("EMAIL_ADDRESS", "aurelie.girard@laposte-mail.example"),
             ("PHONE_NUMBER", "+33 6 73 08 44 21"),
             ("DATE_OF_BIRTH", "quatorze juin mil neuf cent quatre-vingt-six"), ("PERSON", "Aurélie Marie Girard"),
             ("PERSON", "Philippe Girard"), ("DATE_OF_BIRTH", "03/02/1958"), ("PERSON", "Catherine Roussel"),
             ("DATE_OF_BIRTH", "21/11/1960"), ("STREET_ADDRESS", "48 rue Oberkampf, 75011 Paris"),
             ("PERSON", "Girard"), ("PERSON", "Aurélie Marie"), ("DATE_OF_BIRTH", "14/06/1986"),
             ("NATIONAL_ID", "2 86 06 75 111 021 09"), ("STREET_ADDRESS", "9 rue Paul Bert, 69003 Lyon")],
    ),
    dict(
        fmt="eml", slug="analyse_ventes_et_desinscription", channel="email", lang="fr",
        privacy=["opt_out"], category="data_analysis",
        date=("2026-11-06 09:05", "Europe/Paris"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Bastien Fournier", "bastien@maison-theiere.example")},
        subject="Analyse des ventes 2025-2026 + désinscription des e-mails promotionnels",
        body="""
Bonjour,

Je cherche un(e) data analyst pour analyser les ventes de notre boutique en ligne (export Shopify, environ 18 000 commandes sur 2025-2026) : saisonnalité, panier moyen par canal d’acquisition, et un tableau de bord Looker Studio que nous pourrons mettre à jour nous-mêmes. Budget : 800 à 1 200 €. Pouvez-vous me proposer des prestataires ?

Autre chose : je reçois trois e-mails promotionnels par semaine de votre part (« Offres de la semaine », « Nouveaux talents »). Merci de me désinscrire de toutes vos communications marketing – je ne veux recevoir que les e-mails liés à mes commandes.

Bonne journée,
Bastien Fournier
Maison Théière
5 place du Commerce, 44000 Nantes
02 40 12 87 33
""",
        pii=[("PERSON", "Bastien Fournier"), ("EMAIL_ADDRESS", "bastien@maison-theiere.example"),
             ("STREET_ADDRESS", "5 place du Commerce, 44000 Nantes"), ("PHONE_NUMBER", "02 40 12 87 33")],
    ),
    dict(
        fmt="json", id="HD-10234", channel="webform", lang="fr",
        privacy=["other_privacy"], category=None,
        date=("2026-10-13 22:18", "Europe/Paris"),
        **{"from": ("Nathalie Roux", "nathalie.roux@webmail.example")},
        subject="Demande RGPD : retrait du consentement (IA)",
        body="""
Type de demande : Autre question sur la protection des données

Message : Bonjour, lors de mon inscription j’ai coché la case autorisant l’utilisation de mes fichiers pour « améliorer vos outils d’IA ». Je retire ce consentement avec effet immédiat. Merci de me confirmer que mes documents (traductions de contrats, qui contiennent des données de mes propres clients) ne seront plus utilisés pour entraîner ou évaluer vos modèles, et de m’indiquer s’ils ont déjà été utilisés et avec quels sous-traitants ils ont été partagés.

Nom : Nathalie Roux
E-mail : nathalie.roux@webmail.example
Téléphone : +33 7 81 45 62 09
""",
        pii=[("PERSON", "Nathalie Roux"), ("EMAIL_ADDRESS", "nathalie.roux@webmail.example"),
             ("PHONE_NUMBER", "+33 7 81 45 62 09")],
    ),
    dict(
        fmt="jsonl", jsonl=CHAT, id="HD-10253", channel="chat", lang="fr",
        privacy=[], category="platform_support",
        date=("2026-11-03 20:11", "Europe/Paris"),
        **{"from": ("Hugo Lefèvre", "hugo.lefevre@free-mail.example")},
        subject="Chat en direct",
        body="""
[20:11] Hugo Lefèvre: bonsoir, mon paiement est refusé pour la 3e fois pour la commande de logo
[20:12] Taskbridge (Inès): Bonsoir Hugo ! Désolée pour ce souci. Quel message d’erreur s’affiche ?
[20:13] Hugo Lefèvre: « carte refusée ». c’est la carte 4916 3820 5517 2099, exp 09/28
[20:13] Taskbridge (Inès): Merci, mais pour votre sécurité ne partagez jamais le numéro complet de votre carte dans le chat. Le refus vient généralement de la banque (validation 3-D Secure). Pouvez-vous vérifier l’application de votre banque ?
[20:16] Hugo Lefèvre: ah oui il y avait une validation en attente. c’est passé, merci
""",
        pii=[("PERSON", "Hugo Lefèvre"), ("PERSON", "Hugo"), ("EMAIL_ADDRESS", "hugo.lefevre@free-mail.example"),
             ("PERSON", "Inès"), ("CREDIT_CARD", "4916 3820 5517 2099")],
    ),
    # ================================================================== SPANISH
    dict(
        fmt="eml", slug="derecho_de_supresion", channel="email", lang="es",
        charset="iso-8859-1", cte="base64",
        privacy=["deletion"], category=None, style=["legal"], to=PRIVACY_TO,
        date=("2026-11-09 12:30", "Europe/Madrid"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Lucía Fernández García", "lucia.fernandez@correo-web.example")},
        subject="Ejercicio del derecho de supresión (art. 17 RGPD)",
        body="""
Estimados señores:

Por medio del presente escrito ejercito el derecho de supresión previsto en el artículo 17 del Reglamento (UE) 2016/679 (RGPD) y en el artículo 15 de la Ley Orgánica 3/2018 (LOPDGDD).

Solicito que se supriman todos mis datos personales tratados por Taskbridge, incluida mi cuenta de cliente ACC-463051, el historial de pedidos y los mensajes intercambiados con los profesionales, salvo aquellos que deban conservarse por obligación legal, en cuyo caso les ruego que me indiquen cuáles y durante cuánto tiempo.

Datos identificativos:
Nombre: Lucía Fernández García
DNI: 48392716A
Domicilio: Calle de Argumosa 23, 3.º B, 28012 Madrid
Teléfono: 612 34 56 78

Asimismo, les pido que comuniquen la supresión a los profesionales y encargados del tratamiento a quienes hayan facilitado mis datos (art. 19 RGPD).

Quedo a la espera de su respuesta en el plazo de un mes.

Atentamente,
Lucía Fernández García
Madrid, 9 de noviembre de 2026
""",
        pii=[("PERSON", "Lucía Fernández García"), ("EMAIL_ADDRESS", "lucia.fernandez@correo-web.example"),
             ("ACCOUNT_ID", "ACC-463051"), ("NATIONAL_ID", "48392716A"),
             ("STREET_ADDRESS", "Calle de Argumosa 23, 3.º B, 28012 Madrid"), ("PHONE_NUMBER", "612 34 56 78")],
    ),
    dict(
        fmt="eml", slug="oposicion_perfilado", channel="email", lang="es", html=True,
        privacy=["objection"], category=None, style=["legal"], to=PRIVACY_TO,
        date=("2026-10-20 18:26", "Europe/Madrid"), mailer="Apple Mail (3826.300)",
        **{"from": ("Javier Ruiz Ortega", "javier.ruiz@correo-web.example")},
        subject="Oposición al tratamiento de mis datos para perfiles comerciales",
        body="""
Hola,

Me he dado cuenta de que Taskbridge utiliza mi historial de pedidos y mi navegación en la web para crear un "perfil de intereses" y mostrarme anuncios y recomendaciones de profesionales. Según vuestra política de privacidad, la base jurídica es el interés legítimo.

Me opongo a este tratamiento conforme al artículo 21 del RGPD. Mi situación particular: uso la cuenta para encargar traducciones jurídicas confidenciales y no quiero que ese historial se analice con fines comerciales.

Mi cuenta es ACC-295846. Os agradecería una confirmación por escrito.

Un saludo,
Javier Ruiz Ortega
Abogado
Calle Colón 14, 2.ª planta, 46004 Valencia
963 55 21 08
""",
        pii=[("PERSON", "Javier Ruiz Ortega"), ("EMAIL_ADDRESS", "javier.ruiz@correo-web.example"),
             ("ACCOUNT_ID", "ACC-295846"), ("STREET_ADDRESS", "Calle Colón 14, 2.ª planta, 46004 Valencia"),
             ("PHONE_NUMBER", "963 55 21 08")],
    ),
    dict(
        fmt="eml", slug="consultor_banner_cookies", channel="email", lang="es",
        privacy=[], category="software", hn=True,
        date=("2026-10-26 10:48", "Europe/Madrid"), mailer="Webmail 9.4",
        **{"from": ("Marta Giménez", "marta@olivardelasierra.example")},
        subject="Busco consultor para el banner de cookies de la tienda online",
        body="""
Hola equipo de Taskbridge:

Tenemos una tienda online de aceite de oliva (WooCommerce) y necesito a alguien que:

- configure bien el banner de cookies (ahora Google Analytics se carga antes de que el usuario acepte),
- añada la opción de rechazar todas las cookies en la primera capa,
- y revise que el formulario de contacto tenga la casilla de aceptación de la política de privacidad.

¿Es mejor buscar un desarrollador o un consultor de protección de datos? Tengo unos 400 € de presupuesto.

Gracias,
Marta Giménez
Olivar de la Sierra S.L.
Tel. 953 21 44 67
""",
        pii=[("PERSON", "Marta Giménez"), ("EMAIL_ADDRESS", "marta@olivardelasierra.example"),
             ("PHONE_NUMBER", "953 21 44 67")],
    ),
    dict(
        fmt="eml", slug="cambio_direccion_borrar_telefono", channel="email", lang="es",
        privacy=["correction", "deletion"], category=None,
        date=("2026-11-04 19:37", "Europe/Madrid"), mailer="Gmail-style webmail",
        **{"from": ("Rocío Delgado Pérez", "rocio.delgado@correo-web.example")},
        subject="Cambiar mi dirección y borrar mi teléfono antiguo",
        body="""
Hola:

Me he mudado y en mi cuenta sigue apareciendo la dirección antigua (Avenida de la Constitución 41, 4.º A, 18012 Granada). Por favor, cambiadla por la nueva:

Calle Mármoles 12, 1.º C
29007 Málaga

Además, en mi perfil sigue apareciendo un número de teléfono que ya no uso (658 44 12 07). Quiero que lo eliminéis por completo, no solo que lo ocultéis; de momento no voy a añadir otro.

Cuenta: ACC-738265

Muchas gracias,
Rocío
""",
        pii=[("PERSON", "Rocío Delgado Pérez"), ("PERSON", "Rocío"), ("EMAIL_ADDRESS", "rocio.delgado@correo-web.example"),
             ("STREET_ADDRESS", "Avenida de la Constitución 41, 4.º A, 18012 Granada"),
             ("STREET_ADDRESS", "Calle Mármoles 12, 1.º C"), ("STREET_ADDRESS", "29007 Málaga"),
             ("PHONE_NUMBER", "658 44 12 07"), ("ACCOUNT_ID", "ACC-738265")],
    ),
    dict(
        fmt="json", id="HD-10235", channel="webform", lang="es",
        privacy=[], category="bookkeeping",
        date=("2026-10-16 12:14", "Europe/Madrid"),
        **{"from": ("Pablo Serrano", "pablo.serrano.diseno@correo-web.example")},
        subject="Nueva solicitud: Contabilidad trimestral de autónomo (Contabilidad)",
        body="""
Hola, soy diseñador gráfico autónomo en Sevilla y busco un gestor o contable que me lleve la contabilidad trimestral y presente los modelos 303 y 130 del 4.º trimestre. Emito unas 15 facturas al trimestre, casi todas a clientes de la UE.

Datos para el presupuesto:
Nombre: Pablo Serrano Vidal
NIF: 71234598X
Dirección fiscal: Calle Feria 87, 41003 Sevilla
Cuenta para domiciliar los impuestos: ES22 1465 0100 9117 1234 5678
Teléfono: 654 98 12 30

Gracias.
""",
        pii=[("PERSON", "Pablo Serrano"), ("PERSON", "Pablo Serrano Vidal"),
             ("EMAIL_ADDRESS", "pablo.serrano.diseno@correo-web.example"), ("NATIONAL_ID", "71234598X"),
             ("STREET_ADDRESS", "Calle Feria 87, 41003 Sevilla"), ("IBAN_CODE", "ES22 1465 0100 9117 1234 5678"),
             ("PHONE_NUMBER", "654 98 12 30")],
    ),
    dict(
        fmt="jsonl", jsonl=CHAT, id="HD-10256", channel="chat", lang="es",
        privacy=["access"], category=None,
        date=("2026-11-05 17:30", "Europe/Madrid"),
        **{"from": ("Carmen Navarro", "carmen.navarro@correo-web.example")},
        subject="Chat en vivo",
        body="""
[17:30] Carmen Navarro: hola, quiero saber qué datos personales tenéis de mí y de dónde los habéis sacado
[17:31] Taskbridge (Diego): ¡Hola Carmen! Puedes pedir una copia de tus datos; lo tramitamos como solicitud de acceso. ¿Me confirmas el correo de tu cuenta?
[17:31] Carmen Navarro: carmen.navarro@correo-web.example
[17:32] Carmen Navarro: y también quién os dio mi teléfono, me llamó un "asesor" de vuestra parte al 622 18 90 45
[17:33] Taskbridge (Diego): Apuntado. Registro la solicitud de acceso; en la respuesta incluiremos el origen de los datos y a quién se han comunicado. Te llegará un correo de confirmación.
""",
        pii=[("PERSON", "Carmen Navarro"), ("PERSON", "Carmen"), ("EMAIL_ADDRESS", "carmen.navarro@correo-web.example"),
             ("PERSON", "Diego"), ("PHONE_NUMBER", "622 18 90 45")],
    ),
    dict(
        fmt="jsonl", jsonl=WEBFORMS, id="HD-10239", channel="webform", lang="es",
        privacy=[], category="data_analysis", hn=True,
        date=("2026-10-23 13:02", "Europe/Madrid"),
        **{"from": ("Andrés Molina", "andres@babelidiomas.example")},
        subject="Nueva solicitud: Limpieza de base de datos de alumnos (Análisis de datos)",
        body="""
Tengo un Excel con unos 6.000 contactos de alumnos de mi academia de idiomas, con muchos duplicados y teléfonos en formatos distintos. Necesito: eliminar los duplicados, normalizar los teléfonos al formato +34, borrar las filas de prueba y exportar la hoja limpia como CSV para importarla en el CRM. También un pequeño informe de cuántos alumnos tenemos por ciudad. Presupuesto: 200 €.

Andrés Molina
Academia Babel Idiomas
675 33 21 09
""",
        pii=[("PERSON", "Andrés Molina"), ("EMAIL_ADDRESS", "andres@babelidiomas.example"),
             ("PHONE_NUMBER", "675 33 21 09")],
    ),
    # ================================================================== ITALIAN
    dict(
        fmt="eml", slug="limitazione_trattamento", channel="email", lang="it",
        charset="iso-8859-1", cte="quoted-printable",
        privacy=["restriction"], category=None, style=["legal"], to=PRIVACY_TO,
        date=("2026-10-21 10:15", "Europe/Rome"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Francesca Moretti", "francesca.moretti@postaweb.example")},
        subject="Richiesta di limitazione del trattamento (art. 18 GDPR)",
        body="""
Spett.le Taskbridge,

con la presente la sottoscritta Francesca Moretti, nata a Torino il 22/03/1986, codice fiscale MRTFNC86C62L219Z, residente in Via Po 18, 10123 Torino, titolare dell'account ACC-627903,

CHIEDE

ai sensi dell'art. 18, par. 1, lett. a) del Regolamento (UE) 2016/679, la limitazione del trattamento dei dati relativi alla valutazione negativa pubblicata sul mio profilo il 14/10/2026 e al relativo "punteggio di affidabilità", di cui contesto l'esattezza. La valutazione si riferisce a un ordine (ORD-2026-129654) che ho annullato prima dell'inizio del lavoro e che non mi è stato addebitato.

Chiedo che, per il periodo necessario alla verifica, tali dati non siano mostrati ad altri utenti né utilizzati per il posizionamento del mio profilo nei risultati di ricerca.

Distinti saluti,
Francesca Moretti
Tel. 011 562 3398
Cell. 347 120 8856
""",
        pii=[("PERSON", "Francesca Moretti"), ("EMAIL_ADDRESS", "francesca.moretti@postaweb.example"),
             ("DATE_OF_BIRTH", "22/03/1986"), ("NATIONAL_ID", "MRTFNC86C62L219Z"),
             ("STREET_ADDRESS", "Via Po 18, 10123 Torino"), ("ACCOUNT_ID", "ACC-627903"),
             ("ACCOUNT_ID", "ORD-2026-129654"), ("PHONE_NUMBER", "011 562 3398"), ("PHONE_NUMBER", "347 120 8856")],
    ),
    dict(
        fmt="eml", slug="violazione_dati_contatto_dpo", channel="email", lang="it",
        privacy=["other_privacy"], category=None,
        date=("2026-11-07 09:58", "Europe/Rome"), mailer="Webmail 9.4",
        **{"from": ("Giorgio Ferraresi", "giorgio.ferraresi@postaweb.example")},
        subject="Possibile violazione dei dati? E contatto del DPO",
        body="""
Buongiorno,

negli ultimi giorni ho ricevuto tre email di phishing che riportano il mio nome, il numero del mio ultimo ordine su Taskbridge (ORD-2026-138201) e l'importo esatto che ho pagato. Queste informazioni le conoscono solo Taskbridge e il grafico che ha fatto il lavoro.

Vorrei sapere:
1) se c'è stata una violazione dei dati personali che riguarda il mio account e, in tal caso, quali dati sono coinvolti;
2) chi è il vostro Responsabile della protezione dei dati (DPO) e come posso contattarlo direttamente;
3) se avete notificato la violazione al Garante per la protezione dei dati personali.

Resto in attesa di un vostro riscontro.

Cordiali saluti,
Giorgio Ferraresi
Via Mazzini 41, 40137 Bologna
+39 349 781 2203
""",
        pii=[("PERSON", "Giorgio Ferraresi"), ("EMAIL_ADDRESS", "giorgio.ferraresi@postaweb.example"),
             ("ACCOUNT_ID", "ORD-2026-138201"), ("STREET_ADDRESS", "Via Mazzini 41, 40137 Bologna"),
             ("PHONE_NUMBER", "+39 349 781 2203")],
    ),
    dict(
        fmt="eml", slug="modifiche_menu_logo", cte="8bit", channel="email", lang="it",
        privacy=[], category="design", hn=True,
        date=("2026-10-17 16:40", "Europe/Rome"), mailer="Apple Mail (3826.300)",
        **{"from": ("Chiara Esposito", "chiara@pasticceria-dolcevita.example")},
        subject="Modifiche al menu e al logo – ordine ORD-2026-132470",
        body="""
Buongiorno,

grazie per le bozze del nuovo menu. Vi chiedo di girare al designer queste modifiche, perché dalla chat dell'ordine non riesco a caricare allegati:

- rimuovere il vecchio logo dal retro del menu e usare solo quello nuovo;
- eliminare la seconda bozza, andiamo avanti con la prima;
- correggere i refusi: "sfogliatella" (non "sfogliatela") e "cannolo" al singolare nella sezione dolci;
- nascondere i prezzi delle torte su ordinazione, li comunichiamo a voce.

Grazie mille!
Chiara Esposito
Pasticceria Dolce Vita
Via dei Tribunali 112, 80138 Napoli
081 552 4417
""",
        pii=[("PERSON", "Chiara Esposito"), ("EMAIL_ADDRESS", "chiara@pasticceria-dolcevita.example"),
             ("ACCOUNT_ID", "ORD-2026-132470"), ("STREET_ADDRESS", "Via dei Tribunali 112, 80138 Napoli"),
             ("PHONE_NUMBER", "081 552 4417")],
    ),
    dict(
        fmt="eml", slug="traduzione_contratto_cancellazione", channel="email", lang="it", reply=True,
        privacy=["deletion"], category="translation", style=["chain"],
        date=("2026-11-05 08:44", "Europe/Rome"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Alessandro Rinaldi", "a.rinaldi@postaweb.example")},
        subject="R: Traduzione contratto di locazione IT>EN – ORD-2026-134118",
        body="""
Buongiorno,

la traduttrice ha consegnato la traduzione e va benissimo: potete chiudere l'ordine ORD-2026-134118.

Una richiesta: il contratto che ho caricato (ve lo rimando in allegato, solo l'estratto, per riferimento) contiene i dati personali miei e della proprietaria dell'appartamento. Ora che il lavoro è finito, vi chiedo di cancellare definitivamente dai vostri server il file originale e la traduzione, e di chiedere alla traduttrice di fare lo stesso. Non voglio che ne restino copie in giro.

Grazie,
Alessandro Rinaldi
+39 333 904 1172

-----Messaggio originale-----
Da: Emily Walsh <emily.walsh.translations@webmail.example>
Inviato: martedì 3 novembre 2026 18:05
A: Alessandro Rinaldi <a.rinaldi@postaweb.example>
Oggetto: Traduzione contratto di locazione IT>EN – ORD-2026-134118

Dear Alessandro,

please find attached the English translation of your lease agreement. I kept the Italian legal terms in brackets where there is no exact English equivalent (e.g. "cedolare secca"). The landlord's and tenant's details are reproduced exactly as in the original, as the letting agency in Dublin requested.

Let me know if anything needs changing.

Kind regards,
Emily Walsh
Legal Translator (IT/ES > EN)
27 Harcourt Terrace, Dublin 2, D02 WK52
+353 87 615 2290

-----Messaggio originale-----
Da: Alessandro Rinaldi <a.rinaldi@postaweb.example>
Inviato: venerdì 30 ottobre 2026 11:32
A: Emily Walsh <emily.walsh.translations@webmail.example>
Oggetto: Contratto da tradurre

Buongiorno Emily,

le allego l'estratto del contratto da tradurre (il file completo è nella cartella dell'ordine). Mi serve entro il 5 novembre per l'agenzia di Dublino.

Grazie,
Alessandro
""",
        attachments=[dict(filename="contratto_locazione_estratto.txt", kind="txt", source="""
CONTRATTO DI LOCAZIONE AD USO ABITATIVO (estratto)

Tra la Sig.ra Luisa Conti, nata a Roma il 12/08/1978, codice fiscale CNTLSU78M52H501S, residente in Via Appia Nuova 210, 00183 Roma (di seguito "locatrice")

e

il Sig. Alessandro Rinaldi, nato a Bologna il 05/04/1990, codice fiscale RNLLSN90D05A944G, residente in Via Saragozza 66, 40123 Bologna (di seguito "conduttore")

si conviene e si stipula quanto segue:

Art. 1 - Oggetto. La locatrice concede in locazione al conduttore l'unità immobiliare sita in Via Ostiense 95, int. 7, 00154 Roma.
Art. 3 - Canone. Il canone annuo è convenuto in euro 10.200, da corrispondersi in rate mensili anticipate di euro 850 mediante bonifico sul conto intestato alla locatrice, IBAN IT36 R030 6909 6061 0000 0063 482.
Art. 4 - Regime fiscale. La locatrice opta per il regime della cedolare secca.

Roma, 1 settembre 2025
La locatrice: Luisa Conti        Il conduttore: Alessandro Rinaldi
"""),
        ],
        pii=[("PERSON", "Alessandro Rinaldi"), ("PERSON", "Alessandro"), ("EMAIL_ADDRESS", "a.rinaldi@postaweb.example"),
             ("ACCOUNT_ID", "ORD-2026-134118"), ("PHONE_NUMBER", "+39 333 904 1172"), ("PERSON", "Emily Walsh"),
             ("PERSON", "Emily"), ("EMAIL_ADDRESS", "emily.walsh.translations@webmail.example"),
             ("STREET_ADDRESS", "27 Harcourt Terrace, Dublin 2, D02 WK52"), ("PHONE_NUMBER", "+353 87 615 2290"),
             ("PERSON", "Luisa Conti"), ("DATE_OF_BIRTH", "12/08/1978"), ("NATIONAL_ID", "CNTLSU78M52H501S"),
             ("STREET_ADDRESS", "Via Appia Nuova 210, 00183 Roma"), ("DATE_OF_BIRTH", "05/04/1990"),
             ("NATIONAL_ID", "RNLLSN90D05A944G"), ("STREET_ADDRESS", "Via Saragozza 66, 40123 Bologna"),
             ("STREET_ADDRESS", "Via Ostiense 95, int. 7, 00154 Roma"),
             ("IBAN_CODE", "IT36 R030 6909 6061 0000 0063 482")],
    ),
    dict(
        fmt="json", id="HD-10237", channel="webform", lang="it",
        privacy=[], category="writing",
        date=("2026-10-19 15:21", "Europe/Rome"),
        **{"from": ("Matteo Galli", "matteo.galli@rebike-milano.example")},
        subject="Nuova richiesta: Testi prodotto per e-commerce (Scrittura)",
        body="""
Ciao! Vendiamo biciclette elettriche ricondizionate e ci servono 40 descrizioni prodotto in italiano (circa 150 parole l'una), ottimizzate SEO, più i testi per la pagina "Chi siamo". Abbiamo un file Excel con le schede tecniche. Tono: tecnico ma amichevole. Scadenza: fine novembre.

Matteo Galli
ReBike Milano
matteo.galli@rebike-milano.example
+39 02 8723 4410
""",
        pii=[("PERSON", "Matteo Galli"), ("EMAIL_ADDRESS", "matteo.galli@rebike-milano.example"),
             ("PHONE_NUMBER", "+39 02 8723 4410")],
    ),
    dict(
        fmt="jsonl", jsonl=CHAT, id="HD-10257", channel="chat", lang="it",
        privacy=[], category="platform_support", hn=True,
        date=("2026-11-06 09:40", "Europe/Rome"),
        **{"from": ("Sara Colombo", "sara.colombo@postaweb.example")},
        subject="Chat dal vivo",
        body="""
[09:40] Sara Colombo: buongiorno, non riesco ad accedere al mio account, mi dice "email non verificata" ma l'ho verificata ieri
[09:41] Taskbridge (Giulia): Buongiorno Sara! A volte il link di verifica scade dopo 24 ore. Le invio un nuovo link: a quale indirizzo?
[09:41] Sara Colombo: sara.colombo@postaweb.example
[09:43] Taskbridge (Giulia): Fatto, controlli anche nello spam. Dopo la verifica potrà accedere normalmente.
[09:46] Sara Colombo: perfetto, ora funziona. grazie!
""",
        pii=[("PERSON", "Sara Colombo"), ("PERSON", "Sara"), ("EMAIL_ADDRESS", "sara.colombo@postaweb.example"),
             ("PERSON", "Giulia")],
    ),
    # ================================================================== DUTCH
    dict(
        fmt="eml", slug="verzoek_verwijdering_avg", channel="email", lang="nl", cte="quoted-printable",
        privacy=["deletion"], category=None, style=["legal"], to=PRIVACY_TO,
        date=("2026-10-09 14:22", "Europe/Amsterdam"), mailer="KPN Webmail",
        **{"from": ("Sanne de Vries", "sanne.devries@kpnmail.example")},
        subject="Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
        body="""
Geachte heer/mevrouw,

Hierbij verzoek ik u op grond van artikel 17 van de Algemene verordening gegevensbescherming (AVG) om alle persoonsgegevens die Taskbridge over mij verwerkt te wissen en mijn account (ACC-356712) op te heffen.

Ik heb in 2025 via uw platform een vertaling en een logo besteld; beide opdrachten zijn afgerond en betaald. Er staat niets meer open.

Mijn gegevens ter identificatie:
Sanne de Vries
Van Ostadestraat 147-2
1073 TK Amsterdam
06-41827365

Graag ontvang ik binnen een maand een bevestiging dat de gegevens zijn verwijderd, of anders een toelichting welke gegevens u op grond van een wettelijke plicht moet bewaren en hoe lang.

Met vriendelijke groet,
Sanne de Vries
""",
        pii=[("PERSON", "Sanne de Vries"), ("EMAIL_ADDRESS", "sanne.devries@kpnmail.example"),
             ("ACCOUNT_ID", "ACC-356712"), ("STREET_ADDRESS", "Van Ostadestraat 147-2"),
             ("STREET_ADDRESS", "1073 TK Amsterdam"), ("PHONE_NUMBER", "06-41827365")],
    ),
    dict(
        fmt="eml", slug="afmelden_en_bezwaar", channel="email", lang="nl",
        privacy=["opt_out", "objection"], category=None,
        date=("2026-10-24 21:03", "Europe/Amsterdam"), mailer="Gmail-style webmail",
        **{"from": ("Bram Jansen", "bram.jansen@kpnmail.example")},
        subject="Afmelden nieuwsbrief + geen profilering",
        body="""
Hoi,

Sinds ik één keer een vertaling heb besteld, krijg ik elke week jullie nieuwsbrief én sms'jes met aanbiedingen op 06-28394715. Graag afmelden voor alles wat marketing is.

Daarnaast maak ik bezwaar tegen het gebruik van mijn bestelgeschiedenis voor 'gepersonaliseerde aanbevelingen' (art. 21 AVG). Ik wil gewoon af en toe iets bestellen zonder dat er een profiel van me wordt gemaakt.

Groet,
Bram Jansen
Utrecht
""",
        pii=[("PERSON", "Bram Jansen"), ("EMAIL_ADDRESS", "bram.jansen@kpnmail.example"),
             ("PHONE_NUMBER", "06-28394715")],
    ),
    dict(
        fmt="eml", slug="kerstcampagne_klantenlijst", channel="email", lang="nl",
        privacy=[], category="marketing", hn=True,
        date=("2026-11-11 10:17", "Europe/Amsterdam"), mailer="Microsoft Outlook 16.0",
        **{"from": ("Eva Bakker", "eva@bloemenatelier-tulp.example")},
        subject="Kerstcampagne: oude klantenlijst verwijderen + afmeldlink aanpassen",
        body="""
Hallo Taskbridge,

Via jullie platform werkt Daan Visser (ORD-2026-137742) aan onze kerstcampagne in Mailchimp. Kunnen jullie hem laten weten dat:

- de oude klantenlijst uit 2022 uit de campagne verwijderd moet worden; we mailen alleen naar de nieuwe lijst met mensen die zich recent hebben aangemeld;
- de afmeldlink in de footer van de template nog naar de oude webshop verwijst en aangepast moet worden;
- de kortingscode KERST15 pas vanaf 1 december geldig is.

Hij reageert niet in de chat van de opdracht. Alvast bedankt!

Eva Bakker
Bloemenatelier Tulp
Oudegracht 178, 3511 NR Utrecht
030 231 8847
""",
        pii=[("PERSON", "Eva Bakker"), ("EMAIL_ADDRESS", "eva@bloemenatelier-tulp.example"),
             ("PERSON", "Daan Visser"), ("ACCOUNT_ID", "ORD-2026-137742"),
             ("STREET_ADDRESS", "Oudegracht 178, 3511 NR Utrecht"), ("PHONE_NUMBER", "030 231 8847")],
    ),
    dict(
        fmt="json", id="HD-10241", channel="email", lang="nl",
        privacy=[], category="bookkeeping",
        date=("2026-10-27 15:36", "Europe/Amsterdam"),
        **{"from": ("Joost van Dijk", "joost@fietsenmakerij-despaak.example")},
        subject="Loonadministratie oktober – gegevens nieuwe medewerkers",
        body="""
Goedemiddag,

Voor de lopende opdracht loonadministratie (ORD-2026-126390) stuur ik hierbij de gegevens van onze drie nieuwe medewerkers voor de salarisrun van oktober. Kunnen jullie dit doorzetten naar Femke Smit? Het bestand kon ik niet uploaden in de opdracht.

Let op: Mehmet begint per 15 oktober, dus dat wordt een gebroken maand.

Met vriendelijke groet,
Joost van Dijk
Eigenaar, Fietsenmakerij De Spaak
Lange Nieuwstraat 45, 3512 PH Utrecht
030 274 1190
""",
        attachments=[dict(filename="nieuwe_medewerkers_oktober.csv", kind="csv", source="""
naam,geboortedatum,bsn,adres,iban,startdatum,uren_per_week
Lotte Mulder,12-04-1998,735190240,"Biltstraat 56, 3572 BE Utrecht",NL85 INGB 0006 5412 37,01-10-2026,32
Mehmet Yıldız,03-11-1991,602183479,"Kanaalweg 12 bis, 3526 KL Utrecht",NL44 RABO 0123 4567 89,15-10-2026,40
Noor El Amrani,27-07-2003,391827467,"Amsterdamsestraatweg 311, 3551 CG Utrecht",NL66 ABNA 0582 7164 93,01-10-2026,16
""")],
        pii=[("PERSON", "Joost van Dijk"), ("EMAIL_ADDRESS", "joost@fietsenmakerij-despaak.example"),
             ("ACCOUNT_ID", "ORD-2026-126390"), ("PERSON", "Femke Smit"), ("PERSON", "Mehmet"),
             ("STREET_ADDRESS", "Lange Nieuwstraat 45, 3512 PH Utrecht"), ("PHONE_NUMBER", "030 274 1190"),
             ("PERSON", "Lotte Mulder"), ("DATE_OF_BIRTH", "12-04-1998"), ("NATIONAL_ID", "735190240"),
             ("STREET_ADDRESS", "Biltstraat 56, 3572 BE Utrecht"), ("IBAN_CODE", "NL85 INGB 0006 5412 37"),
             ("PERSON", "Mehmet Yıldız"), ("DATE_OF_BIRTH", "03-11-1991"), ("NATIONAL_ID", "602183479"),
             ("STREET_ADDRESS", "Kanaalweg 12 bis, 3526 KL Utrecht"), ("IBAN_CODE", "NL44 RABO 0123 4567 89"),
             ("PERSON", "Noor El Amrani"), ("DATE_OF_BIRTH", "27-07-2003"), ("NATIONAL_ID", "391827467"),
             ("STREET_ADDRESS", "Amsterdamsestraatweg 311, 3551 CG Utrecht"),
             ("IBAN_CODE", "NL66 ABNA 0582 7164 93")],
    ),
    dict(
        fmt="jsonl", jsonl=CHAT, id="HD-10258", channel="chat", lang="nl",
        privacy=["access", "portability"], category=None,
        date=("2026-11-09 14:20", "Europe/Amsterdam"),
        **{"from": ("Lieke Vermeulen", "lieke.vermeulen@kpnmail.example")},
        subject="Livechat",
        body="""
[14:20] Lieke Vermeulen: Hallo, ik wil graag inzage in alle gegevens die jullie van mij hebben
[14:21] Taskbridge (Ruben): Hoi Lieke! Dat kan, ik zet een inzageverzoek voor je in. Om welk account gaat het?
[14:21] Lieke Vermeulen: lieke.vermeulen@kpnmail.example, klantnummer ACC-493618
[14:22] Lieke Vermeulen: en kan ik mijn projecten en facturen ook als bestand krijgen om mee te nemen naar een ander platform? csv of zo
[14:23] Taskbridge (Ruben): Ja, dat valt onder dataportabiliteit. Ik voeg het toe aan je verzoek; je krijgt binnen een maand een downloadlink.
[14:23] Lieke Vermeulen: top, dank je
""",
        pii=[("PERSON", "Lieke Vermeulen"), ("PERSON", "Lieke"), ("EMAIL_ADDRESS", "lieke.vermeulen@kpnmail.example"),
             ("PERSON", "Ruben"), ("ACCOUNT_ID", "ACC-493618")],
    ),
    dict(
        fmt="jsonl", jsonl=WEBFORMS, id="HD-10246", channel="webform", lang="nl",
        privacy=[], category="software", hn=True,
        date=("2026-10-29 11:48", "Europe/Amsterdam"),
        **{"from": ("Thijs Hendriks", "thijs@hendriks-webshop.example")},
        subject="Nieuwe aanvraag: Toegangsrechten en back-ups (Software)",
        body="""
We hebben via Taskbridge een developer ingehuurd voor onze Laravel-webshop. Nu het project af is, zoek ik iemand die de toegang van de vorige freelancer tot de server en de repository beperkt en daarna intrekt, de oude testaccounts uit de database verwijdert en automatische back-ups instelt. Liefst nog deze maand.

Thijs Hendriks
06-19283746
""",
        pii=[("PERSON", "Thijs Hendriks"), ("EMAIL_ADDRESS", "thijs@hendriks-webshop.example"),
             ("PHONE_NUMBER", "06-19283746")],
    ),
    # ================================================================== PORTUGUESE (pt-PT)
    dict(
        fmt="eml", slug="pedido_portabilidade", channel="email", lang="pt", cte="base64",
        privacy=["portability"], category=None, style=["legal"], to=PRIVACY_TO,
        date=("2026-10-08 15:09", "Europe/Lisbon"), mailer="SAPO Mail",
        **{"from": ("Inês Carvalho", "ines.carvalho@sapo-mail.example")},
        subject="Pedido de portabilidade dos dados (artigo 20.º do RGPD)",
        body="""
Exmos. Senhores,

Ao abrigo do artigo 20.º do Regulamento Geral sobre a Proteção de Dados, venho solicitar a portabilidade dos dados pessoais que forneci à Taskbridge enquanto prestadora de serviços de design (conta ACC-846250).

Solicito que me sejam enviados, num formato estruturado, de uso corrente e de leitura automática (CSV ou JSON):
- os dados do meu perfil e portefólio;
- o histórico de encomendas concluídas;
- as avaliações dos clientes;
- as faturas emitidas através da plataforma.

Caso seja tecnicamente possível, peço ainda a transmissão direta destes dados para outro responsável pelo tratamento, que indicarei oportunamente.

Com os melhores cumprimentos,
Inês Carvalho
Rua de Cedofeita 214, 2.º Esq., 4050-174 Porto
+351 913 482 067
""",
        pii=[("PERSON", "Inês Carvalho"), ("EMAIL_ADDRESS", "ines.carvalho@sapo-mail.example"),
             ("ACCOUNT_ID", "ACC-846250"), ("STREET_ADDRESS", "Rua de Cedofeita 214, 2.º Esq., 4050-174 Porto"),
             ("PHONE_NUMBER", "+351 913 482 067")],
    ),
    dict(
        fmt="eml", slug="com_quem_partilharam_dados", channel="email", lang="pt", html=True,
        privacy=["other_privacy"], category=None,
        date=("2026-10-31 19:22", "Europe/Lisbon"), mailer="Gmail-style webmail",
        **{"from": ("Rui Almeida", "rui.almeida@sapo-mail.example")},
        subject="Com quem partilharam os meus dados?",
        body="""
Olá,

Desde que publiquei um pedido de contabilidade na Taskbridge, em outubro, comecei a receber chamadas de gabinetes de contabilidade e de uma seguradora para o meu telemóvel (936 271 404). Nunca dei este número a ninguém fora da plataforma.

Gostava de saber:
- com que entidades partilharam os meus dados (parceiros, prestadores, empresas de marketing);
- se os meus dados foram vendidos ou cedidos a "parceiros de referência";
- qual é o contacto do vosso encarregado de proteção de dados.

Cumprimentos,
Rui Almeida
Lisboa
""",
        pii=[("PERSON", "Rui Almeida"), ("EMAIL_ADDRESS", "rui.almeida@sapo-mail.example"),
             ("PHONE_NUMBER", "936 271 404")],
    ),
    dict(
        fmt="eml", slug="revisao_texto_sobre_nos", cte="8bit", channel="email", lang="pt",
        privacy=[], category="writing", hn=True,
        date=("2026-11-10 15:33", "Europe/Lisbon"), mailer="Webmail 9.4",
        **{"from": ("Beatriz Sousa", "reservas@casadolimoeiro.example")},
        subject="Revisão do texto \"Sobre nós\" – pequenas alterações",
        body="""
Boa tarde,

Recebi a revisão do texto da página "Sobre nós" (encomenda ORD-2026-139925). Está quase perfeito, só faltam umas alterações que não consigo enviar pelo chat da encomenda:

1. corrigir as gralhas no segundo parágrafo ("excelênte", "a nível de");
2. apagar o último parágrafo, sobre a antiga sócia – já não faz sentido;
3. substituir "clientes" por "hóspedes" em todo o texto (somos um alojamento local).

Obrigada,
Beatriz Sousa
Casa do Limoeiro – Alojamento Local
Rua do Sol 27, 8600-553 Lagos
282 761 330
""",
        pii=[("PERSON", "Beatriz Sousa"), ("EMAIL_ADDRESS", "reservas@casadolimoeiro.example"),
             ("ACCOUNT_ID", "ORD-2026-139925"), ("STREET_ADDRESS", "Rua do Sol 27, 8600-553 Lagos"),
             ("PHONE_NUMBER", "282 761 330")],
    ),
    dict(
        fmt="json", id="HD-10242", channel="email", lang="pt",
        privacy=[], category="platform_support",
        date=("2026-10-30 10:02", "Europe/Lisbon"),
        **{"from": ("Tiago Ferreira", "tiago.ferreira.trad@sapo-mail.example")},
        subject="Pagamento da fatura INV-2026-05930 não recebido",
        body="""
Bom dia,

O pagamento referente à fatura INV-2026-05930 (encomenda ORD-2026-133057, tradução de um manual técnico) aparece como "enviado" desde 26 de outubro, mas ainda não chegou à minha conta.

IBAN registado: PT50 0002 0123 1234 5678 9015 4
Titular: Tiago Ferreira

Podem verificar se houve algum problema com a transferência? Os pagamentos anteriores chegaram em dois dias úteis.

Obrigado,
Tiago Ferreira
+351 965 114 287
""",
        pii=[("PERSON", "Tiago Ferreira"), ("EMAIL_ADDRESS", "tiago.ferreira.trad@sapo-mail.example"),
             ("ACCOUNT_ID", "INV-2026-05930"), ("ACCOUNT_ID", "ORD-2026-133057"),
             ("IBAN_CODE", "PT50 0002 0123 1234 5678 9015 4"), ("PHONE_NUMBER", "+351 965 114 287")],
    ),
    dict(
        fmt="jsonl", jsonl=CHAT, id="HD-10259", channel="chat", lang="pt",
        privacy=["deletion"], category=None,
        date=("2026-11-10 21:02", "Europe/Lisbon"),
        **{"from": ("Mariana Lopes", "mariana.lopes@sapo-mail.example")},
        subject="Chat ao vivo",
        body="""
[21:02] Mariana Lopes: boa noite, quero apagar a minha conta e todos os meus dados
[21:03] Taskbridge (Joana): Boa noite Mariana! Posso registar já um pedido de eliminação dos dados. Confirma o email da conta?
[21:03] Mariana Lopes: mariana.lopes@sapo-mail.example
[21:04] Taskbridge (Joana): Obrigada. Vai receber um email para confirmar o pedido; depois eliminamos a conta e os dados que não tenhamos obrigação legal de manter.
[21:04] Mariana Lopes: ok obrigada
""",
        pii=[("PERSON", "Mariana Lopes"), ("PERSON", "Mariana"), ("EMAIL_ADDRESS", "mariana.lopes@sapo-mail.example"),
             ("PERSON", "Joana")],
    ),
    dict(
        fmt="jsonl", jsonl=WEBFORMS, id="HD-10247", channel="webform", lang="pt",
        privacy=[], category="data_analysis", hn=True,
        date=("2026-10-30 17:26", "Europe/Lisbon"),
        **{"from": ("Ricardo Pinto", "ricardo.pinto@azulejo-store.example")},
        subject="Novo pedido: Dashboard de vendas (Análise de dados)",
        body="""
Preciso de ajuda com o nosso dashboard de vendas em Power BI: exportar as tabelas mensais em CSV, apagar as linhas de teste que ficaram na base de dados e corrigir o cálculo da margem, que está a contar as devoluções duas vezes. Orçamento até 300 €.

Ricardo Pinto
+351 926 530 118
""",
        pii=[("PERSON", "Ricardo Pinto"), ("EMAIL_ADDRESS", "ricardo.pinto@azulejo-store.example"),
             ("PHONE_NUMBER", "+351 926 530 118")],
    ),
]
