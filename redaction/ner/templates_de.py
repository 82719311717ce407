"""German support messages. Slot syntax: see generate.py."""

LANG = "de"
LOCALES = ["de_DE", "de_DE", "de_AT", "de_CH"]
JOB_LOCALES = ["de_DE", "de_AT"]
HONORIFICS = {"m": ["Herr", "Herr", "Herr", "Hr.", "Herr Dr.", "Dr.", "Prof. Dr."],
              "f": ["Frau", "Frau", "Frau", "Fr.", "Frau Dr.", "Dr.", "Prof. Dr."]}
JOBS = [
    "Geschäftsführerin", "Geschäftsführer", "Buchhalterin", "Leiter Finanzen", "Leiterin Marketing", "Projektleiter",
    "Projektleiterin", "Personalreferentin", "Datenschutzbeauftragter", "Steuerberaterin", "Rechtsanwalt", "Inhaber",
    "Inhaberin", "Assistenz der Geschäftsführung", "Teamleiterin Kundenservice", "Softwareentwickler",
    "Grafikdesignerin", "Einkaufsleiter", "Vertriebsleiter", "Prokurist", "Sachbearbeiterin Buchhaltung",
    "IT-Administrator", "Systemadministratorin", "Office Managerin", "Bilanzbuchhalter", "Übersetzerin (BDÜ)",
    "Kaufmännische Leitung", "Head of Sales",
]
UNITS = ["Wohnung %", "%. OG", "Postfach %###", "App. %#", "Top %", "Hinterhaus, %. Stock"]
SERVICES = ["Logo-Design", "Übersetzung der Website", "SEO-Analyse", "Buchhaltung", "Lohnbuchhaltung",
            "Excel-Auswertung", "WordPress-Seite", "Logo Design Paket", "Premium-Tarif", "Business-Tarif",
            "Texterstellung", "Lektorat", "Social-Media-Paket", "Steuererklärung", "Marktanalyse", "Newsletter-Vorlage"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DATE_FORMATS = ["{dd}.{mm}.{Y}", "{d}.{m}.{Y}", "{d}. {month} {Y}", "{d}. {month}", "{Y}-{mm}-{dd}"]
AMOUNTS = ["{x},{c} €", "{x} €", "EUR {x},{c}", "€ {x},-", "{x} CHF", "CHF {x}.-"]

GREETINGS = ["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Hallo {first4},", "Liebe{g4:r/} {first4},",
             "Sehr geehrte{g4:r/} {hname4},", "Hallo Taskbridge-Team,", "Moin,", "Servus {first4},", "Guten Morgen,",
             "", "Hi {first4:lower},", "Grüß Gott,", "Guten Tag {hname4},"]
CLOSINGS = ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße", "Freundliche Grüße", "LG", "VG",
            "Danke und Gruß", "Liebe Grüße", "Herzliche Grüße", "MfG", "Schöne Grüße aus {town}"]
SUBJECTS = ["Betreff: Adressänderung", "Betreff: AW: Bestellung {order}", "Betreff: Auskunftsersuchen nach Art. 15 DSGVO",
            "Betreff: Rechnung {invoice} - falscher Firmenname", "Betreff: Beschwerde über {name2}"]
WRAPPERS = [
    "---------- Weitergeleitete Nachricht ---------\nVon: {name} <{email}>\nDatum: {weekday}, {date} um {time}\n"
    "Betreff: {service}\nAn: {name2} <{email2}>",
    "Am {date} um {time} schrieb {name} <{email}>:",
    "-----Ursprüngliche Nachricht-----\nVon: {name2} <{email2}>\nGesendet: {weekday}, {date} {time}\n"
    "An: {name} <{email}>\nBetreff: AW: Rechnung {invoice}",
]

SIGNATURES = [
    "{name}\n?{job}\n?{org}\n?{addrblock}\n?Tel.: {phone}\n?E-Mail: {email}",
    "{org}\n{name} | {job}\n{addrline}\n?Handelsregister: {num}\n?Vertreten durch: {name3}",
    "{first}",
    "{hname}\n{job}\n{org}",
    "--\n{name}\n{org} · {addrline}\n?USt-IdNr.: {num}",
    "{first}\n\nVon meinem iPhone gesendet",
    "{name}, {job}\nMobil: {phone}",
]

BODIES = [
    "ich bin umgezogen und möchte meine Rechnungsadresse ändern. Die neue Anschrift lautet:\n\n{addrblock}\n\n"
    "Bitte passen Sie auch die Rechnung {invoice} an.",
    "leider hat der Anbieter {name2} seit {weekday} nicht mehr auf meine Nachrichten reagiert (Auftrag {order}).",
    "hiermit bitte ich um Löschung meines Kontos gemäß Art. 17 DSGVO. Meine hinterlegte Adresse war {addrline}.",
    "unsere Firma heißt ab sofort {org2} (vormals {org}). Bitte stellen Sie künftige Rechnungen entsprechend aus.",
    "bitte fügen Sie {name2} als weitere{g2:n/} Nutzer{g2:/in} hinzu. {g2:Er/Sie} ist bei uns {job2}.",
    "ich bin bis {date} in {town} und daher nur per E-Mail erreichbar, nicht unter {phone}.",
    "wie mit {first2} telefonisch besprochen, sende ich Ihnen anbei das unterschriebene Formular.",
    "die letzte Rechnung ging an {hname2}, {g2:der/die} seit {month} nicht mehr bei uns arbeitet. "
    "Bitte adressieren Sie Rechnungen künftig an mich.",
    "danke für die schnelle Hilfe beim letzten Mal. Leider ist der Download-Link für Auftrag {order} wieder abgelaufen.",
    "bitte senden Sie die Originalrechnung per Post an:\n{name}\n?{org}\n{addrblock}",
    # People named by one name only, companies and places in running text.
    "{hon2} {last2} aus Ihrer Buchhaltung hat mir letzte Woche eine Gutschrift versprochen, seitdem höre ich nichts.",
    "Bitte leiten Sie das an {first2} weiter, {g2:er/sie} betreut unser Konto.",
    "Laut {last3} wurde die Rechnung am {date} bezahlt. Auf unserem Konto sehen wir davon nichts.",
    "Wir haben früher mit {org2} zusammengearbeitet und wechseln jetzt ganz zu Taskbridge.",
    "Unser Team in {town} prüft den Entwurf, die Freigabe kommt von {last2}.",
]

MESSAGES = [
    "Neue Adresse: {addrline}\n{name}",
    "Lieferadresse: {addrline}\n{name}\nTel. {phone}",
    "bitte meine adresse ändern auf {addrline}",
    "Hallo, ich bin nach {town} gezogen. Wo kann ich den Standort in meinem Profil ändern?",
    "Mein Name ist {name}, bitte löschen Sie mein Konto ({email}) gemäß Art. 17 DSGVO.",
    "Vorname: {first}\nNachname: {last}\nStraße und Hausnummer: {street}\nPLZ: {zip}\nOrt: {city}\n"
    "?Bundesland: {region}\nLand: {country}\nAnliegen: Adressänderung",
    "Anrede: {hon}\nName: {name}\nFirma: {org}\nPosition: {job}\nAnschrift: {addr}\nTelefon: {phone}",
    "[{time}] {first:lower}: hallo, ich brauche eine neue rechnung\n[{time}] Taskbridge Support: Gerne! Auf welche Adresse?\n"
    "[{time}] {first:lower}: {addrline}\n[{time}] Taskbridge Support: Erledigt.",
    "{org}\n{addrblock}\n\nTaskbridge Support\n\n{town}, den {date}\n\nAuskunftsersuchen nach Art. 15 DSGVO\n\n"
    "Sehr geehrte Damen und Herren,\n\nim Namen {g2:unseres Mandanten/unserer Mandantin} {hname2} bitten wir um "
    "Auskunft über alle gespeicherten personenbezogenen Daten.\n\nMit freundlichen Grüßen\n\n{name}\n{job}",
    "Lieferadresse:\n{name}\n{addrblock}\n\nRechnungsadresse:\n{org}\nz. Hd. {hname2}\n{addrblock2}",
    "RECHNUNG Nr. {invoice}\nDatum: {date}\n\nRechnungsempfänger:\n{name}\n?{org}\n{addrblock}\n\n"
    "Leistung: {service}\nBetrag: {amount}\nIBAN: {iban}",
    "{g2:Mein Kollege/Meine Kollegin} {name2} ({job2}) übernimmt ab nächster Woche das Projekt.",
    "Können Sie die Rechnung auf {org}, {addrline} ausstellen? Ansprechpartner{g2:/in} ist {hname2}.",
    "Der Anbieter {first2} {last2} von {org2} hat die Dateien zwei Wochen zu spät geliefert. Ich möchte eine Teilerstattung.",
    "hi, {first:lower} aus {town:lower} hier. bestellung {order} hängt seit tagen",
    "Unser Büro in der {street} ist bis {date} geschlossen, Post bitte an {hname2} senden.",
    "Die PLZ ist {zip}, nicht die auf der Rechnung.",
    "Lebenslauf\n\n{name}\n{addrline} · {phone} · {email}\n\nBerufserfahrung\nseit {year}  {job}, {org}, {town}\n"
    "{year}-{year}  {job2}, {org2}, {town2}",
    "Wir sind ein kleines Team aus {land} und suchen Unterstützung bei {service}. Firma: {org}.",
    "Ich habe {n} Jahre als {job} bei {org} in {town} gearbeitet. Kann ich das im Profil angeben?",
    "Telefonnotiz {date}: {hname} ({org}) bittet um Rückruf durch {first2} wegen Auftrag {order}.",
    "Wer ist {name2}? Diese Person hat mich wegen meiner Bestellung angeschrieben.",
    "{time} | {first}: Mein Paket ging an {street}, ich wohne aber in der {street2}.\n"
    "{time} | Agent {first2}: Danke, ich prüfe das.",
    "NAME: {name:upper}\nFIRMA: {org:upper}\nADRESSE: {addr:upper}",
    "Ich komme aus {land} und wohne jetzt in {town}. Welche Umsatzsteuer gilt für mich?",
    "Bitte leiten Sie das an Ihr Büro in {town} weiter, nicht nach {town2}.",
    "Grüße aus {town:upper}! Gibt es den Business-Tarif auch in {land}?",
]

NEGATIVES = [
    "Hallo, ich habe am {weekday} das Logo Design Paket bestellt, aber noch keine Dateien erhalten. Auftrag {order}.",
    "Wann ist das Excel-Dashboard fertig? Wir brauchen es im {month}.",
    "Bitte schicken Sie mir die Rechnung als PDF. Premium-Tarif, monatliche Abrechnung.",
    "Wie ändere ich mein Passwort bei Taskbridge?",
    "Vielen Dank, das Problem mit WordPress ist gelöst!",
    "Gilt die Widerrufsfrist von 14 Tagen auch für digitale Leistungen? Bestellung {order}.",
    "Sehr geehrte Damen und Herren,\n\nbitte kündigen Sie mein Abo zum Ende des Monats {month}.\n\nMit freundlichen Grüßen",
    "Die Zahlung über {amount} ist seit {weekday} ausstehend. Ticket {ticket}.",
    "[Hallo|Guten Tag|Moin], gibt es einen Rabatt für Studierende?",
    "Die {tool}-Datei hat die falschen [Schriften|Farben|Spaltenbreiten]. Können Sie das prüfen?",
    "Kann ich per PayPal bezahlen oder nur mit Karte?",
    "Auftrag {order} steht auf Geliefert, aber es wurde nichts hochgeladen.",
    "Die Rechnung {invoice} ist noch offen. Bitte um kurze Rückmeldung.",
]

CORNERS = ["Ecke {a}/{b}", "Ecke {a} und {b}", "Ecke {a} / {b}", "Kreuzung {a}/{b}"]
MESSAGES += [
    "Ich wohne an der {corner}, der Kurier findet das Haus nie.",
    "Können wir uns am {weekday} an der {corner} treffen?",
    "Ich arbeite bei {org2} und brauche eine Rechnung auf die Firma.",
    "{org2} hat mich gestern wegen meiner Bestellung angerufen. Gehören die zu Ihnen?",
    "Wir vergleichen gerade Angebote von {org2} und {org3}.",
    "{first2} sagt, die Dateien sind fertig.",
]
# Nouns are capitalised in German, and sentences and headings start with one: none is a name.
NEGATIVES += [
    "Rechnungen, Mahnungen und Gutschriften bitte ab sofort nur noch per E-Mail.",
    "Zahlung erfolgt innerhalb von 14 Tagen nach Lieferung. Skonto gibt es keins.",
    "Korrekturlauf Nummer zwei: Zeilenabstand und Schriftgröße passen jetzt.",
    "Lieferung, Abnahme und Gewährleistung regelt Abschnitt 4 des Vertrags.",
    "VERTRAGSENTWURF\nLeistungsbeschreibung\nVergütung\nLaufzeit und Kündigung",
]
