# Deutsche Textbausteine (DE/AT). Format wie _phrases_en.py.

LOCALES = ["de_DE", "de_DE", "de_DE", "de_DE", "de_AT"]
EMAIL_DOMAINS = ["web.example", "gmx.example", "posteo.example", "t-online.example",
                 "mailbox.example", "freenet.example", "aon.example"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
DATE_FORMATS = ["{d:02d}.{m:02d}.{y}", "{d}. {month} {y}", "{d:02d}.{m:02d}.{y}"]

P = {}

P["greet.casual"] = r"""
Hallo,
Hallo zusammen,
Hi,
Guten Tag,
Liebes Taskbridge-Team,
Hallo Taskbridge-Team,
Moin,
Servus,
Guten Morgen,
Hallo liebes Support-Team,
"""
P["greet.formal"] = r"""
Sehr geehrte Damen und Herren,
Sehr geehrte Datenschutzbeauftragte, sehr geehrter Datenschutzbeauftragter,
Sehr geehrtes Datenschutz-Team,
Sehr geehrte Damen und Herren der Taskbridge,
"""
P["greet.formal.business"] = r"""
Sehr geehrte Damen und Herren,
Guten Tag,
Sehr geehrtes Taskbridge-Team,
Liebes Taskbridge-Team,
"""
P["greet.person"] = r"""
Hallo {to},
Hi {to},
Guten Morgen {to},
Hallo {to}!
Moin {to},
"""
P["close.casual"] = r"""
Danke!
Viele Grüße
Liebe Grüße
Beste Grüße
Danke und Gruß
VG
Gruß
Danke schon mal,
Schöne Grüße
"""
P["close.formal"] = r"""
Mit freundlichen Grüßen
Freundliche Grüße
Mit besten Grüßen
Hochachtungsvoll
"""
P["close.extra"] = r"""
Danke im Voraus.
Bitte bestätigen Sie mir kurz, wenn das erledigt ist.
Falls Sie noch etwas zur Identifizierung brauchen, melden Sie sich.
Eine kurze Rückmeldung wäre nett.
Bitte um Bestätigung per E-Mail.
"""
P["sig.casual"] = r"""
{first}
{name}
{first}
{name}\n{phone}
{name}\nVon meinem iPhone gesendet
{first}\n\nVon unterwegs gesendet
{name}\n{email}
-- \n{name}\nTel. {phone}
{first} {last}
"""
P["sig.formal"] = r"""
{name}\n{street}\n{city_line}
{name}\n{street}\n{city_line}\nTel.: {phone}
{name}\n{address}\nE-Mail: {email}
{name}\nTelefon: {phone}\nE-Mail: {email}
{name}
{name}\n{street}, {city_line}
"""
P["sig.business"] = r"""
{name}\n{company}\nTel. {phone}
{name}\nGeschäftsführung | {company}\n{work_email}
{name}\nMarketing, {company}\nMobil: {phone}
{name}\n{company}\n{street}\n{city_line}
{name}\nAssistenz der Geschäftsführung\n{company}
"""
P["sig.agent"] = r"""
{name}\nRechtsanwalt\n{firm}\n{street}\n{city_line}\nTel. {phone}
{name}\nRechtsanwältin | {firm}\n{email}
{name}\n{firm}\n{street}, {city_line}\nTelefon {phone}
"""
P["firm"] = r"""
{l1} & {l2} Rechtsanwälte
Kanzlei {l1}
{l1} {l2} Rechtsanwälte PartG mbB
Rechtsanwaltskanzlei {l1} & Kollegen
"""
P["ctx.priv"] = r"""
Mein Konto läuft unter {acc}.
Ich bin mit {email} registriert.
Ich habe Taskbridge letztes Jahr ein paarmal für Übersetzungen genutzt.
Meine letzte Bestellung war {order} (Logo-Design).
Ich habe mich seit über einem Jahr nicht mehr eingeloggt.
Das Konto ist auf {email} registriert (Kundennummer {acc}).
Ich habe {year} über Sie einen Texter beauftragt.
Ich bin ehemaliger Kunde, Kundenkonto {acc}.
Ich habe meinen Laden geschlossen und brauche die Plattform nicht mehr.
Ich hatte mich nur für ein Angebot angemeldet und nie etwas bestellt.
Für Rückfragen bin ich unter {phone} erreichbar.
Meine Buchhaltung lief eine Zeit lang über einen Ihrer Anbieter.
"""
P["ctx.ord"] = r"""
Wir haben schon einmal mit Ihnen gearbeitet (Auftrag {order}).
Ich bin Inhaber von {company}.
Wir sind ein kleines Team aus {city}.
Mein Konto: {acc}.
Ich hoffe, es geht Ihnen gut.
Wie am Telefon besprochen:
Ein Kollege hat Sie mir empfohlen.
Es geht um {company}.
Wir sind ein Start-up und bestellen zum ersten Mal über Taskbridge.
"""
P["transition"] = r"""
Außerdem:
Zweitens:
Und noch etwas:
Darüber hinaus:
Zusätzlich:
Noch ein zweites Anliegen:
"""
P["bridge"] = r"""
Ganz anderes Thema:
Unabhängig vom Projekt:
Noch etwas, das nichts mit dem Auftrag zu tun hat:
Und noch eine Datenschutzfrage:
PS:
Übrigens:
Wo ich Sie gerade dran habe:
"""
P["bridge.task"] = r"""
Außerdem zum aktuellen Projekt:
Und jetzt noch der eigentliche Auftrag:
Zweitens, zum Auftrag:
Dann noch ein neuer Auftrag:
"""
P["bridge.end"] = r"""
Noch eine letzte Sache:
Zum Abschluss noch:
Eine Bitte noch:
Und dann noch:
"""
P["thread.done"] = r"""
Die finalen Dateien sind da, danke – alles gut, die Rechnung ist bezahlt.
Alles geliefert und abgenommen, vielen Dank für die Arbeit.
Danke, damit ist das Projekt für mich abgeschlossen.
Alles erhalten, der Auftrag kann geschlossen werden.
Super, die Bewertung ist abgegeben. Damit sind wir durch.
"""
P["thread.quote"] = r"""
Am {qdate} um {qtime} schrieb {qname} <{qemail}>:
Am {qdate} schrieb {qname} <{qemail}>:
{qname} schrieb am {qdate}:
"""
P["thread.outlook"] = r"""
-----Ursprüngliche Nachricht-----\nVon: {qname} <{qemail}>\nGesendet: {qdate} {qtime}
Von: {qname} <{qemail}>\nDatum: {qdate} um {qtime}
________________________________\nVon: {qname} <{qemail}>\nGesendet: {qdate} {qtime}
"""
P["thread.re"] = r"""
AW:
Re:
AW:
"""
P["support.address"] = r"""
support@taskbridge.example
hilfe@taskbridge.example
"""
P["formal.intro"] = r"""
hiermit mache ich meine Rechte nach der Datenschutz-Grundverordnung (DSGVO) bezüglich meines Kontos {acc} geltend.
ich bin registrierte[[r||]] Nutzer[[||in]] Ihrer Plattform (E-Mail-Adresse: {email}) und wende mich an Sie als Verantwortlichen im Sinne des Art. 4 Nr. 7 DSGVO.
ich schreibe Ihnen bezüglich der personenbezogenen Daten, die Taskbridge über mich als ehemalige[[n||]] Kund[[en||in]] verarbeitet.
als Inhaber[[||in]] des Kundenkontos {acc} wende ich mich in einer datenschutzrechtlichen Angelegenheit an Sie.
bitte betrachten Sie diese E-Mail als förmlichen Antrag nach der DSGVO.
"""
P["formal.multi"] = r"""
Ich beantrage hiermit:
Im Einzelnen verlange ich:
Bitte veranlassen Sie Folgendes:
Mein Anliegen im Einzelnen:
"""
P["formal.identity"] = r"""
Zu meiner Identifizierung: {name}, geboren am {dob}, wohnhaft {address}.
Zur Zuordnung: Meine registrierte E-Mail-Adresse lautet {email}, meine Telefonnummer {phone}.
Mein Kundenkonto hat die Nummer {acc}, die letzte Bestellung lief unter {order}.
Eine Ausweiskopie reiche ich nur nach, falls sie tatsächlich erforderlich ist; ich schreibe von meiner registrierten E-Mail-Adresse.
Angaben zur Person: {name}, geb. {dob}, {address}, Konto {acc}.
"""
P["formal.deadline"] = r"""
Bitte antworten Sie innerhalb der Frist von einem Monat gemäß Art. 12 Abs. 3 DSGVO.
Ich erwarte Ihre Antwort unverzüglich, spätestens jedoch innerhalb eines Monats nach Eingang dieses Schreibens.
Bitte bestätigen Sie mir den Eingang dieses Antrags.
Für Ihre Antwort habe ich mir den {date} notiert.
"""
P["formal.threat"] = r"""
Sollte ich innerhalb der Frist keine Antwort erhalten, werde ich mich an die zuständige Datenschutzaufsichtsbehörde wenden.
Ich behalte mir vor, Beschwerde bei der Aufsichtsbehörde einzulegen.
Falls Sie sich auf eine Ausnahme berufen, begründen Sie dies bitte.
"""
P["formal.header"] = r"""
{name}\n{street}\n{city_line}\n\nTaskbridge\nz. Hd. Datenschutzbeauftragte/r\n\n{date}\n\nBetreff: {subj}
{name}\n{address}\n{email}\n\n{date}\n\n{subj}
Per E-Mail an privacy@taskbridge.example\n\n{date}\n\nBetreff: {subj}
"""
P["formal.task_intro"] = r"""
wir möchten Sie um ein Angebot für folgenden Auftrag bitten.
ich möchte über Ihre Plattform folgendes Projekt vergeben.
wir suchen einen passenden Dienstleister für das unten beschriebene Projekt.
anbei die Eckdaten eines Auftrags, den wir über Taskbridge vergeben möchten.
"""
P["formal.task_close"] = r"""
Bitte teilen Sie uns die voraussichtlichen Kosten und die Bearbeitungszeit mit.
Wir freuen uns auf Ihr Angebot.
Für Rückfragen stehe ich gern zur Verfügung.
Bitte geben Sie uns kurz Bescheid, ob das im Zeitrahmen machbar ist.
"""
P["agent.lawyer"] = r"""
wir zeigen an, dass wir {client} anwaltlich vertreten. Eine auf uns lautende Vollmacht liegt bei.
in der oben genannten Angelegenheit vertreten wir die Interessen von {client}. Namens und im Auftrag <<unseres Mandanten||unserer Mandantin>> wenden wir uns an Sie.
ich vertrete {client} in einer Auseinandersetzung mit einem Anbieter Ihrer Plattform und schreibe Ihnen in diesem Zusammenhang wegen der dort gespeicherten personenbezogenen Daten.
unsere Kanzlei ist von {client} mit der Wahrnehmung <<seiner||ihrer>> datenschutzrechtlichen Interessen beauftragt worden.
"""
P["agent.parent"] = r"""
ich bin [[der Vater||die Mutter]] von {client} ({client_age} Jahre). <<Er||Sie>> hat sich ohne unser Wissen bei Ihnen registriert.
mein<<||e>> <<Sohn||Tochter>> {client_first} ist {client_age} und hat sich bei Taskbridge als Nachhilfe-Anbieter<<||in>> angemeldet, was wir nicht erlaubt haben. Ich schreibe Ihnen als Erziehungsberechtigte[[r||]].
ich wende mich im Namen meine<<s Sohnes||r Tochter>> {client} ({client_age}) an Sie, <<der||die>> Ihre Plattform für ein Schulprojekt genutzt hat.
"""
P["agent.family"] = r"""
ich schreibe im Namen meine<<s Vaters||r Mutter>> {client}, für <<den||die>> ich eine Vorsorgevollmacht habe.
mein<<||e>> <<Mann||Frau>> {client} liegt derzeit im Krankenhaus und hat mich gebeten, das für <<ihn||sie>> zu erledigen.
ich bin gesetzliche[[r||]] Betreuer[[||in]] von {client} und kümmere mich um <<seine||ihre>> Angelegenheiten.
"""
P["agent.auth"] = r"""
Eine Vollmacht ist beigefügt.
Anbei erhalten Sie eine Kopie der Vollmacht sowie <<seines||ihres>> Ausweises.
Die schriftliche Vollmacht und eine Kopie meines Ausweises liegen dieser E-Mail bei.
Den Nachweis meiner Vertretungsbefugnis finden Sie im Anhang.
"""
P["agent.client_id"] = r"""
Das Konto von {client} ist unter {client_email} ({client_acc}) registriert.
Zur Identifizierung: {client}, geb. {client_dob}, {client_address}.
Es handelt sich um das Kundenkonto {client_acc}, registriert auf {client_email}.
"""
P["agent.task_intro"] = r"""
ich schreibe im Auftrag von {client}, <<Inhaber||Inhaberin>> von {company}.
ich bin die Assistenz von {client} und gebe diesen Auftrag für <<ihn||sie>> auf.
unsere Agentur betreut {company} und möchte im Namen von {client} folgenden Auftrag vergeben.
{client} hat mich gebeten, mich in <<seinem||ihrem>> Namen bei Ihnen zu melden.
"""
P["chat.open"] = r"""
hallo
hi
Hallo, kurze Frage
Guten Tag, ist da jemand?
hallo, ich brauche Hilfe
Hi, ich hätte ein Anliegen
"""
P["chat.agent_greet"] = r"""
Hallo {first}, danke für Ihre Nachricht an Taskbridge. Wie kann ich helfen?
Hallo! Hier ist {agent}. Was kann ich für Sie tun?
Guten Tag, danke fürs Warten. Worum geht es?
Hi {first}, schön, dass Sie sich melden. Wobei darf ich helfen?
"""
P["chat.agent_ask"] = r"""
Gern. Können Sie mir die E-Mail-Adresse oder Kundennummer Ihres Kontos nennen?
Ich schaue nach. Unter welcher E-Mail-Adresse oder Kontonummer sind Sie registriert?
Danke. Damit ich Ihr Konto finde: Wie lautet Ihre Konto-ID oder E-Mail?
"""
P["chat.agent_end"] = r"""
Danke, ich habe das als Ticket {ticket} erfasst. Sie bekommen eine Bestätigung per E-Mail.
Verstanden, ich habe es an das zuständige Team weitergeleitet. Sie hören per E-Mail von uns.
Alles klar, {first}. Ticket {ticket} ist angelegt, wir melden uns.
Danke für den Hinweis. Wir bestätigen Ihnen per E-Mail, sobald es erledigt ist.
"""
P["chat.agent_end_ord"] = r"""
Danke, ich habe Ticket {ticket} angelegt.
Alles klar, ich gebe das weiter, Sie bekommen zeitnah eine Rückmeldung.
Okay, ist weitergeleitet. Sie erhalten ein Update per E-Mail.
Danke {first}, ich kümmere mich darum und melde mich.
"""
P["chat.cust_end"] = r"""
danke
super, danke!
ok danke
Danke schön
passt
"""
P["form.labels"] = r"""
title=Kontaktformular|name=Name|email=E-Mail|phone=Telefon|account=Kundennummer|order=Auftragsnummer|topic=Anliegen|message=Nachricht|sent=Gesendet am
"""
P["form.topic_privacy"] = r"""
Datenschutz
Datenschutz / persönliche Daten
Meine Daten
Datenschutzanfrage
"""
P["form.topic_generic"] = r"""
Allgemeine Anfrage
Mein Konto
Sonstiges
Feedback
"""
P["form.topic_project"] = r"""
Neues Projekt
Frage zu einem Auftrag
Angebot anfragen
Auftrag
"""
P["form.topic_support"] = r"""
Konto & Login
Rechnung & Zahlung
Technisches Problem
Zahlungen
"""
P["subj.generic"] = r"""
Frage
Mein Konto
Anfrage
Konto {acc}
Hallo
Kurze Frage
Nachfrage
Ticket {ticket}
Auftrag {order}
"""
P["subj.formal"] = r"""
Datenschutzrechtlicher Antrag – {name}
Antrag nach der DSGVO
Geltendmachung meiner Betroffenenrechte
Betroffenenanfrage – Konto {acc}
Ihr Zeichen: Kundenkonto {acc}
"""
P["subj.agent"] = r"""
Mandat {client_last} ./. Taskbridge – Datenschutz
Datenschutzanfrage für {client}
Konto von {client}
In Sachen {client} ./. Taskbridge
"""
P["subj.access"] = r"""
Auskunftsersuchen
Auskunft nach Art. 15 DSGVO
Welche Daten haben Sie über mich?
Kopie meiner Daten
Datenauskunft
"""
P["subj.deletion"] = r"""
Konto löschen
Bitte meine Daten löschen
Löschung meiner Daten
Kündigung und Löschung
Löschantrag
"""
P["subj.correction"] = r"""
Falsche Daten im Konto
Berichtigung meiner Daten
Namensänderung
Adresse aktualisieren
"""
P["subj.portability"] = r"""
Datenexport
Umzug meiner Daten
Datenübertragbarkeit
Export meiner Kontodaten
"""
P["subj.restriction"] = r"""
Einschränkung der Verarbeitung
Bitte Daten sperren
Verarbeitung aussetzen
Streitfall – Daten bitte einfrieren
"""
P["subj.objection"] = r"""
Widerspruch
Widerspruch gegen Profiling
Nutzung meiner Daten für KI
Widerspruch nach Art. 21 DSGVO
"""
P["subj.opt_out"] = r"""
Newsletter abbestellen
Keine Werbung mehr
Werbe-E-Mails
Abmeldung
Zu viele Mails
"""
P["subj.other_privacy"] = r"""
Frage zu meinen Daten
Datenleck?
Wer hat meine Daten?
Datenschutzfrage
Einwilligung
"""
P["subj.writing"] = r"""
Texterstellung
Blogartikel
Website-Texte
Lektorat
Korrektorat gesucht
Entwurf – Feedback
"""
P["subj.translation"] = r"""
Übersetzungsanfrage
Übersetzung ins {lang2}
Angebot Übersetzung
Lokalisierung
Untertitel
"""
P["subj.design"] = r"""
Logo-Design
Flyer
Korrekturen am Entwurf
Neues Corporate Design
Landingpage-Entwurf
"""
P["subj.software"] = r"""
Bugfix gesucht
Problem mit der Website
Entwickler gesucht
App-Projekt
Skript
"""
P["subj.bookkeeping"] = r"""
Buchhaltung
Umsatzsteuervoranmeldung
Monatsabschluss
Jahresabschluss
Korrekturbuchungen
"""
P["subj.marketing"] = r"""
Newsletter-Kampagne
Google Ads
Social-Media-Planung
SEO-Audit
Kampagnenstart
"""
P["subj.data_analysis"] = r"""
Datenanalyse
Dashboard
Umfrageauswertung
Verkaufsauswertung
Q3-Bericht
"""
P["subj.platform_support"] = r"""
Login-Problem
Zahlungsproblem
Doppelte Abbuchung
Frage zur Rechnung
Upload funktioniert nicht
"""
P["subj.chat"] = r"""
Chatverlauf
Live-Chat – {date}
Chat mit {first}
"""
P["subj.form"] = r"""
Neue Nachricht über das Kontaktformular
Kontaktanfrage von {name}
Webformular: neue Anfrage
"""
P["task.extra"] = r"""
Das Briefing hängt an.
Was würde das kosten?
Gern auch kurz telefonieren.
Können Sie mir ein grobes Angebot machen?
Die Dateien liegen im geteilten Ordner.
Budget liegt bei etwa {budget}.
Wir bräuchten das {deadline}.
Danke vorab!
"""
P["deadlines"] = r"""
bis Freitag
bis Ende nächster Woche
bis zum 15.
innerhalb von fünf Werktagen
bis Montag früh
bis Monatsende
so schnell wie möglich
"""
P["budgets"] = r"""
400 €
1.200 €
600 Euro
250 €
900 €
"""
P["lang2"] = r"""
Englische
Französische
Spanische
Italienische
Niederländische
Polnische
Türkische
"""

# ------------------------------------------------------------------ Betroffenenrechte (core)
P["req.access.plain"] = r"""
Können Sie mir bitte eine Kopie aller Daten schicken, die Sie über mich gespeichert haben?
Welche Daten habt ihr eigentlich über mich? Ich möchte das alles sehen.
Ich möchte wissen, was Taskbridge genau über mich gespeichert hat – Profil, Bestellungen, Nachrichten, alles.
Bitte schicken Sie mir alles, was Sie zu meiner Person gespeichert haben.
Wie komme ich an eine Kopie meiner Daten? Ich will wissen, was Sie über mich speichern.
Ich hätte gern eine vollständige Kopie meiner Daten, inklusive der Chats mit Anbietern und der Notizen Ihres Supports zu mir.
Können Sie mir sagen, welche persönlichen Daten Sie über mich erhoben haben und woher Sie die haben?
Bitte teilen Sie mir mit, welche Daten Sie von mir verarbeiten, und schicken Sie mir eine Kopie.
Was wisst ihr über mich? Schickt mir bitte, was ihr habt.
Ich möchte einmal sehen, was bei Ihnen alles über mich gespeichert ist.
"""
P["req.access.formal"] = r"""
Gemäß Art. 15 DSGVO bitte ich um Auskunft darüber, ob Sie mich betreffende personenbezogene Daten verarbeiten, und gegebenenfalls um eine Kopie dieser Daten.
Hiermit mache ich meinen Auskunftsanspruch nach Art. 15 DSGVO geltend. Bitte teilen Sie mir insbesondere die Verarbeitungszwecke, die Kategorien der Daten, die Empfänger und die geplante Speicherdauer mit.
Ich beantrage eine Datenauskunft nach Art. 15 DSGVO einschließlich einer Kopie sämtlicher zu meiner Person gespeicherten Daten (Art. 15 Abs. 3 DSGVO).
Bitte erteilen Sie mir vollständige Auskunft über alle zu meiner Person gespeicherten Daten, auch in Support-Tickets, internen Vermerken und Backups.
Ich verlange Auskunft über die zu meiner Person gespeicherten Daten sowie deren Herkunft und die Logik etwaiger automatisierter Entscheidungen.
Bitte stellen Sie mir eine Kopie meiner personenbezogenen Daten in einem gängigen elektronischen Format zur Verfügung.
"""
P["req.deletion.plain"] = r"""
Bitte löschen Sie mein Konto und alle Daten, die Sie über mich haben.
Ich nutze Taskbridge nicht mehr – könnt ihr bitte alles über mich löschen?
Bitte mein Profil, meine Bestellhistorie und Nachrichten komplett löschen. Es soll nichts mehr bei Ihnen liegen.
Können Sie meine persönlichen Daten aus Ihrem System entfernen? Danke.
Ich möchte mein Konto schließen und meine Daten endgültig löschen lassen.
Bitte meine Daten löschen. Ich habe die Registrierung nie abgeschlossen und will nicht, dass meine Angaben bei Ihnen herumliegen.
konto bitte löschen, mit allem was dranhängt
Bitte entfernen Sie mich vollständig von Ihrer Plattform – Konto, Profilfoto, Bewertungen, einfach alles.
Bitte sorgen Sie dafür, dass alles über mich gelöscht wird, auch die Ausweiskopie, die ich zur Verifizierung hochgeladen habe.
Weg mit meinen Daten, bitte. Alles. Und kurz bestätigen, wenn es erledigt ist.
Ich möchte, dass mein Name und meine Adresse bei Ihnen nirgends mehr gespeichert sind.
"""
P["req.deletion.formal"] = r"""
Hiermit verlange ich die Löschung sämtlicher mich betreffender personenbezogener Daten gemäß Art. 17 DSGVO.
Ich mache mein Recht auf Löschung („Recht auf Vergessenwerden“) nach Art. 17 Abs. 1 DSGVO geltend, da die Daten für die Zwecke, für die sie erhoben wurden, nicht mehr notwendig sind.
Bitte löschen Sie meine personenbezogenen Daten unverzüglich und bestätigen Sie mir die Löschung schriftlich. Sollten Sie Daten aufgrund gesetzlicher Aufbewahrungspflichten nicht löschen dürfen, teilen Sie mir bitte mit, welche und wie lange.
Ich beantrage die Löschung meines Kundenkontos {acc} samt aller damit verbundenen personenbezogenen Daten sowie die Unterrichtung etwaiger Empfänger gemäß Art. 19 DSGVO.
Ich fordere Sie auf, alle zu meiner Person gespeicherten Daten, auch bei Ihren Auftragsverarbeitern, dauerhaft zu löschen.
"""
P["req.correction.plain"] = r"""
Mein Nachname ist in meinem Profil falsch geschrieben – richtig ist {last}, nicht {wrong_last}.
Sie haben noch meine alte Adresse. Ich bin umgezogen, neu ist: {address}.
Können Sie mein Geburtsdatum korrigieren? Bei Ihnen steht {wrong_dob}, richtig ist {dob}.
Bitte meinen Namen im Konto ändern – ich habe geheiratet und heiße jetzt {name}.
Die Telefonnummer, die Sie von mir haben, stimmt nicht. Richtig ist {phone}.
In meinem Profil steht immer noch mein Geburtsname {old_last}. Bitte auf {last} korrigieren.
Auf Ihren Rechnungen ist mein Name falsch geschrieben ({wrong_name}). Können Sie das in Ihren Daten berichtigen?
Ihre Daten zu mir stimmen nicht: sowohl Adresse als auch Geburtsdatum sind falsch.
bei euch steht noch meine alte mail {old_email}, neu ist {email}, bitte ändern
Laut Ihren Unterlagen wohne ich noch in {old_address}. Das ist lange her, bitte ändern Sie es auf {address}.
"""
P["req.correction.formal"] = r"""
Gemäß Art. 16 DSGVO verlange ich die Berichtigung unrichtiger personenbezogener Daten: Mein Geburtsdatum ist bei Ihnen mit {wrong_dob} erfasst, korrekt ist der {dob}.
Hiermit mache ich mein Recht auf Berichtigung geltend. Die in meinem Kundenkonto hinterlegte Anschrift ({old_address}) ist unrichtig und lautet korrekt: {address}.
Bitte berichtigen Sie unverzüglich meinen Nachnamen (erfasst: {wrong_last}, richtig: {last}) und bestätigen Sie mir die Änderung.
Ich beantrage die Berichtigung meiner Daten nach Art. 16 DSGVO, da der Name in meinem Konto nicht meinem amtlichen Namen ({name}) entspricht.
Die bei Ihnen gespeicherten Kontaktdaten sind unzutreffend. Bitte korrigieren Sie diese (E-Mail: {email}, Telefon: {phone}) und unterrichten Sie etwaige Empfänger.
"""
P["req.portability.plain"] = r"""
Ich wechsle zu einer anderen Plattform. Können Sie mir meine Daten in einem Format schicken, das ich dort importieren kann, z. B. CSV oder JSON?
Kann ich alle meine Projektdaten und mein Profil als maschinenlesbare Datei bekommen? Ich möchte das mitnehmen.
Bitte exportieren Sie meine Daten in einem strukturierten Format, damit ich sie zu einem anderen Dienst umziehen kann.
Können Sie meine Bestellhistorie und Bewertungen direkt an {other_platform} übertragen? Die sagen, sie können das importieren.
Ich hätte meine Daten gern als JSON, um sie bei meinem neuen Anbieter hochzuladen.
Ich ziehe zu {other_platform} um. Bitte gebt meine Daten direkt dorthin weiter oder schickt sie mir maschinenlesbar.
Gibt es eine Möglichkeit, mein komplettes Konto (Profil, Aufträge, Bewertungen) als Datei zu bekommen, die ich woanders importieren kann?
"""
P["req.portability.formal"] = r"""
Gemäß Art. 20 DSGVO beantrage ich, die mich betreffenden Daten, die ich Ihnen bereitgestellt habe, in einem strukturierten, gängigen und maschinenlesbaren Format zu erhalten.
Ich mache mein Recht auf Datenübertragbarkeit geltend und bitte darum, meine Daten, soweit technisch machbar, direkt an {other_platform} zu übermitteln (Art. 20 Abs. 2 DSGVO).
Bitte stellen Sie mir meine bereitgestellten Daten (Profil, Aufträge, Nachrichten, Bewertungen) in einem maschinenlesbaren Format wie JSON oder CSV zur Verfügung.
Im Rahmen meines Rechts auf Datenübertragbarkeit bitte ich um einen Export meiner Kontodaten in einem interoperablen Format.
"""
P["req.restriction.plain"] = r"""
Bitte machen Sie mit meinen Daten nichts, bis der Streit um die Rechnung geklärt ist – einfach einfrieren.
Ich bestreite die Angaben in meinem Konto. Bis das geklärt ist, nutzen Sie meine Daten bitte nicht, aber löschen Sie sie auch noch nicht.
Können Sie meine Daten vorerst sperren? Ich möchte nicht, dass sie verarbeitet werden, solange mein Streit mit dem Anbieter läuft.
Bitte nicht löschen – ich brauche die Daten für ein rechtliches Verfahren –, aber auch nicht weiter verwenden.
Bis der Ärger um Auftrag {order} erledigt ist, sollen meine Daten nur gespeichert und nicht genutzt werden.
Bitte stoppen Sie vorerst jede Verarbeitung meiner Daten, während ich prüfe, ob Ihre Angaben stimmen.
"""
P["req.restriction.formal"] = r"""
Ich verlange die Einschränkung der Verarbeitung meiner personenbezogenen Daten gemäß Art. 18 Abs. 1 lit. a DSGVO für die Dauer der Überprüfung ihrer Richtigkeit.
Bis zur Klärung der Streitigkeit zu Auftrag {order} beantrage ich die Einschränkung der Verarbeitung meiner Daten nach Art. 18 DSGVO; die Daten sollen lediglich gespeichert werden.
Eine Löschung lehne ich ab, da ich die Daten zur Geltendmachung von Rechtsansprüchen benötige; ich verlange stattdessen die Einschränkung der Verarbeitung nach Art. 18 Abs. 1 lit. c DSGVO.
Bitte schränken Sie die Verarbeitung meiner Daten ein, bis über meinen Widerspruch entschieden ist (Art. 18 Abs. 1 lit. d DSGVO).
Ich ersuche Sie, meine Daten zu sperren und sie bis zur Klärung ausschließlich zu speichern.
"""
P["req.objection.plain"] = r"""
Ich will nicht, dass mein Profil für euer KI-Matching oder sonstiges Profiling benutzt wird. Bitte lasst das.
Ich bin dagegen, dass Sie meine Nachrichten mit KI auswerten, um „den Service zu verbessern“. Bitte hören Sie damit auf.
Bitte benutzen Sie meine Bestellhistorie nicht, um ein Profil von mir zu erstellen. Das will ich nicht.
In Ihrer Datenschutzerklärung steht, dass Sie meine Daten aus „berechtigtem Interesse“ für Analysen nutzen. Dem widerspreche ich.
Bitte keine Projektdateien von mir mehr in eure Machine-Learning-Modelle stecken.
Ich möchte nicht, dass Sie mich anhand meines Verhaltens auf der Seite bewerten oder ranken.
Bitte nehmen Sie meine Daten aus Ihren Analysen und dem Kunden-Scoring heraus.
"""
P["req.objection.formal"] = r"""
Ich widerspreche gemäß Art. 21 Abs. 1 DSGVO der Verarbeitung meiner personenbezogenen Daten auf Grundlage Ihrer berechtigten Interessen, einschließlich Profiling.
Aus Gründen, die sich aus meiner besonderen Situation ergeben, widerspreche ich der Verarbeitung meiner Daten zum Training oder zur Auswertung von KI-Modellen.
Ich widerspreche der in Ihrer Datenschutzerklärung beschriebenen automatisierten Auswertung und Profilbildung meiner Nutzungsdaten und fordere Sie auf, diese einzustellen.
Hiermit lege ich Widerspruch gegen jede auf Art. 6 Abs. 1 lit. f DSGVO gestützte Verarbeitung meiner Daten ein.
Ich widerspreche der Nutzung meiner Nachrichten und Projektdateien für die Entwicklung Ihrer KI-Funktionen.
"""
P["req.opt_out.plain"] = r"""
Bitte schicken Sie mir keine Werbe-Mails mehr.
Bitte meldet mich von allen Newslettern ab.
Nehmen Sie mich bitte aus dem Verteiler, ich bekomme trotz Abmeldung immer noch Angebote.
Bitte keine SMS mit Angeboten mehr, die habe ich nie bestellt.
Ich möchte keine personalisierte Werbung – bitte geben Sie meine Daten nicht an Werbepartner weiter.
Keine Werbung mehr, weder per Mail noch per Telefon, danke.
Können Sie den Newsletter „Empfohlene Anbieter“ abstellen? Und die Rabatt-Mails gleich mit.
Bitte {email} aus allen Marketing-Verteilern streichen.
newsletter abbestellen bitte
"""
P["req.opt_out.formal"] = r"""
Hiermit widerrufe ich meine Einwilligung in den Erhalt von Werbung per E-Mail, SMS und Telefon.
Bitte stellen Sie jegliche Direktwerbung an mich ein und entfernen Sie meine Kontaktdaten aus Ihren Marketing-Verteilern.
Ich bitte darum, meine E-Mail-Adresse {email} mit sofortiger Wirkung aus allen Newslettern und Werbekampagnen zu entfernen.
Bitte verwenden Sie meine Kontaktdaten nicht länger für Werbezwecke und bestätigen Sie mir die Änderung.
"""
P["req.other_privacy.plain"] = r"""
An wen haben Sie meine Daten weitergegeben? Seit meiner Anmeldung bekomme ich Spam.
Ich habe eine Mail wegen eines Datenlecks bekommen. Sind meine Daten betroffen?
Wo speichern Sie meine Daten eigentlich? Liegen die außerhalb der EU?
Werden meine Daten zum Trainieren eurer KI verwendet? Wie läuft das?
Ich widerrufe meine Einwilligung – was auch immer ich bei der Anmeldung angeklickt habe.
Wer ist Ihr Datenschutzbeauftragter und wie erreiche ich ihn?
Wie lange speichern Sie meine Daten, wenn ich die Plattform nicht mehr nutze?
Ein Anbieter hat mich privat auf dem Handy angerufen. Woher hat der meine Nummer?
Ich möchte mich bei Ihrem Datenschutzbeauftragten über den Umgang mit meinen Daten beschweren.
Mein[[e Frau|| Mann]] {rep} soll sich künftig für mich um Datenschutzfragen zu meinem Konto kümmern. Was brauchen Sie dafür?
"""
P["req.other_privacy.formal"] = r"""
Bitte nennen Sie mir alle Dritten und Dienstleister, an die meine personenbezogenen Daten seit {year} übermittelt wurden.
Hiermit widerrufe ich sämtliche Einwilligungen, die ich Taskbridge erteilt habe, mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO).
Ich möchte mich bei Ihrem Datenschutzbeauftragten darüber beschweren, dass meine Kontaktdaten ohne mein Wissen an einen Anbieter weitergegeben wurden.
Bitte teilen Sie mir mit, ob meine Daten von dem kürzlich bekannt gewordenen Sicherheitsvorfall betroffen sind und welche Maßnahmen Sie ergriffen haben.
Bitte teilen Sie mir mit, ob meine Daten in Drittländer außerhalb des EWR übermittelt werden und auf welche Garantien nach Art. 46 DSGVO Sie sich stützen.
Ich teile Ihnen mit, dass ich {rep} bevollmächtigt habe, mich in allen datenschutzrechtlichen Angelegenheiten zu meinem Konto zu vertreten.
"""
P["combo.access+deletion"] = r"""
Bitte schicken Sie mir zuerst eine Kopie von allem, was Sie über mich haben, und löschen Sie danach alles.
Ich will sehen, was ihr über mich gespeichert habt, und dann soll alles gelöscht werden.
Ich beantrage Auskunft nach Art. 15 DSGVO und im Anschluss die Löschung aller Daten nach Art. 17 DSGVO.
"""
P["combo.deletion+opt_out"] = r"""
Nehmen Sie mich aus allen Verteilern und löschen Sie bei der Gelegenheit gleich mein Konto.
Keine Newsletter mehr und bitte mein Konto samt Daten komplett löschen.
Bitte stellen Sie jede Werbung an mich ein und löschen Sie meine Daten aus Ihren Systemen.
"""
P["combo.correction+opt_out"] = r"""
Bitte korrigieren Sie meinen Nachnamen ({last}, nicht {wrong_last}) und schicken Sie mir keine Werbung mehr.
Meine Adresse ist jetzt {address} – bitte ändern, und bitte keine Werbepost mehr dorthin.
Meine E-Mail lautet jetzt {email}; bitte aktualisieren, aber keinen Newsletter an die neue Adresse schicken.
"""
P["combo.deletion+portability"] = r"""
Schicken Sie mir meine Daten als JSON-Export, damit ich zu {other_platform} wechseln kann, und löschen Sie danach mein Konto.
Bitte exportieren Sie mein Konto maschinenlesbar und löschen Sie anschließend alle meine Daten.
Ich wechsle zu {other_platform}: erst meine Daten als CSV, dann das Profil löschen.
"""
P["combo.correction+restriction"] = r"""
Mein Geburtsdatum ist bei Ihnen falsch – bis das korrigiert ist, nutzen Sie meine Daten bitte für gar nichts.
Bitte korrigieren Sie meine Adresse und setzen Sie die Verarbeitung meiner Daten aus, bis das erledigt ist.
Der Name in meinem Konto stimmt nicht. Schränken Sie die Nutzung meiner Daten ein, bis er berichtigt ist.
"""
P["combo.objection+restriction"] = r"""
Ich widerspreche dem Profiling und möchte, dass die Verarbeitung meiner Daten ruht, bis Sie meinen Widerspruch geprüft haben.
Bitte stoppen Sie die KI-Auswertung meines Kontos; bis über meinen Widerspruch entschieden ist, sollen meine Daten gar nicht verarbeitet werden.
Ich widerspreche der Nutzung meiner Daten für Analysen und verlange bis zur Klärung die Einschränkung der Verarbeitung.
"""
P["combo.access+other_privacy"] = r"""
Sagen Sie mir bitte, was Sie über mich speichern und an wen Sie es weitergegeben haben.
Bitte schicken Sie mir eine Kopie meiner Daten und eine Liste aller Firmen, die sie bekommen haben.
Ich möchte wissen, welche Daten Sie über mich haben, wo sie gespeichert sind und ob sie die EU verlassen haben.
"""
P["combo.objection+opt_out"] = r"""
Keine Newsletter mehr und bitte nutzen Sie meine Daten nicht mehr für euren Empfehlungsalgorithmus.
Bitte keine Werbe-Mails mehr und kein Profiling für „personalisierte“ Vorschläge.
Ich will raus aus eurem Marketing und raus aus eurem KI-Profiling.
"""

P["agent_req.access"] = r"""
Wir bitten um Auskunft über sämtliche zu {client} gespeicherten personenbezogenen Daten sowie um eine Kopie dieser Daten (Art. 15 DSGVO).
Bitte bestätigen Sie, ob Sie Daten von {client_first} verarbeiten, und erteilen Sie gegebenenfalls vollständige Auskunft.
Bitte übersenden Sie uns eine Kopie aller Daten, die Taskbridge über {client} gespeichert hat, einschließlich Nachrichten und interner Vermerke.
Namens {client_first} verlange ich Auskunft über die gespeicherten Daten, deren Herkunft und die Empfänger.
"""
P["agent_req.deletion"] = r"""
Bitte löschen Sie das Konto von {client} und alle damit verbundenen personenbezogenen Daten.
Wir verlangen die unverzügliche Löschung aller {client} betreffenden Daten gemäß Art. 17 DSGVO.
Bitte entfernen Sie <<sein||ihr>> Profil, die Nachrichten und alle hochgeladenen Dokumente dauerhaft.
Bitte schließen Sie das Konto von {client_first} und bestätigen Sie uns schriftlich die vollständige Löschung.
"""
P["agent_req.correction"] = r"""
Das bei Ihnen gespeicherte Geburtsdatum von {client_first} ist falsch; richtig ist der {client_dob}. Bitte berichtigen Sie dies.
Bitte berichtigen Sie die Anschrift von {client} auf {client_address}.
Der Nachname von {client_first} ist bei Ihnen falsch geschrieben. Bitte korrigieren Sie ihn auf {client_last}.
Wir verlangen die Berichtigung der unrichtigen Daten zu {client} und bitten um Bestätigung.
"""
P["agent_req.portability"] = r"""
Bitte stellen Sie die Daten von {client_first} in einem strukturierten, maschinenlesbaren Format bereit, damit sie zu einem anderen Anbieter übertragen werden können.
Wir beantragen die direkte Übermittlung der Daten von {client} an {other_platform} in einem gängigen Format (Art. 20 Abs. 2 DSGVO).
Bitte exportieren Sie die von {client_first} bereitgestellten Daten (Profil, Aufträge, Bewertungen) als JSON oder CSV.
"""
P["agent_req.restriction"] = r"""
Bis zur Klärung der Streitigkeit zu Auftrag {order} verlangen wir die Einschränkung der Verarbeitung der Daten von {client}.
{client_first} bestreitet die Richtigkeit der gespeicherten Daten; bitte schränken Sie die Verarbeitung bis zur Überprüfung ein.
Bitte löschen Sie die Daten von {client_first} nicht, da sie für ein Gerichtsverfahren benötigt werden, stellen Sie aber jede sonstige Verarbeitung ein.
"""
P["agent_req.objection"] = r"""
{client_first} widerspricht dem Profiling <<seines||ihres>> Kontos und der KI-gestützten Auswertung <<seiner||ihrer>> Daten.
Namens {client_first} legen wir Widerspruch gegen jede auf berechtigte Interessen gestützte Verarbeitung <<seiner||ihrer>> Daten ein.
Bitte verwenden Sie die Daten von {client} nicht mehr für Scoring, Ranking oder das Training von KI-Modellen.
"""
P["agent_req.opt_out"] = r"""
Bitte stellen Sie jegliche Werbung an {client} ein.
Bitte entfernen Sie {client_email} mit sofortiger Wirkung aus allen Marketing-Verteilern.
{client_first} wünscht keine Werbe-E-Mails und keine Werbe-SMS mehr.
"""
P["agent_req.other_privacy"] = r"""
Bitte teilen Sie uns mit, an welche Dritten die Daten von {client} weitergegeben wurden.
Wir möchten wissen, ob die Daten von {client_first} von dem jüngsten Sicherheitsvorfall betroffen sind.
{client_first} widerruft sämtliche gegenüber Taskbridge erteilten Einwilligungen.
Bitte richten Sie künftige Korrespondenz in Datenschutzangelegenheiten von {client} ausschließlich an uns.
"""

# ------------------------------------------------------------------ Aufträge (core)
P["task.writing"] = r"""
Wir brauchen einen Blogartikel (ca. 1.200 Wörter) zum Thema Onboarding im Homeoffice, SEO-optimiert, {deadline}.
Könnte jemand 40 Produktbeschreibungen für unseren Onlineshop schreiben? Ton: locker und kurz.
Ich suche einen Texter, der die „Über uns“-Seite unserer Website neu schreibt.
Bitte lektorieren Sie meine Masterarbeit (ca. 80 Seiten) auf Rechtschreibung und Stil.
Wir brauchen eine Pressemitteilung zur Eröffnung unseres neuen Büros in {city}.
Ich brauche ein Anschreiben und einen überarbeiteten Lebenslauf für eine Stelle als Projektleiter[[||in]].
Wir suchen jemanden für das Skript zu einem 90-Sekunden-Erklärvideo über unsere App.
Könnten Sie eine Hochzeitsrede für meine Schwester schreiben? Etwa fünf Minuten, lustig, aber nicht peinlich.
Wir brauchen die Texte für eine Willkommens-Mailstrecke mit fünf E-Mails.
"""
P["task.translation"] = r"""
Bitte übersetzen Sie unser 12-seitiges Benutzerhandbuch ins {lang2}, {deadline}.
Ich brauche eine beglaubigte Übersetzung meiner Geburtsurkunde ins {lang2} für ein Visum.
Können Sie den angehängten Vertrag (ca. 3.500 Wörter) ins {lang2} übersetzen? Die Fachbegriffe müssen sitzen.
Wir möchten unsere Website (ca. 20 Seiten) ins {lang2} lokalisieren lassen, inklusive Checkout.
Bitte untertiteln Sie unser 8-minütiges Produktvideo ins {lang2}.
Kleiner Auftrag: eine E-Mail an einen Lieferanten (300 Wörter) ins {lang2} übersetzen.
Wir suchen Muttersprachler, die die maschinelle Übersetzung unserer App-Texte ins {lang2} prüfen.
Ich brauche meine Zeugnisse übersetzt ins {lang2} für eine Bewerbung im Ausland.
"""
P["task.design"] = r"""
Wir brauchen ein neues Logo für unsere Bäckerei – warm, handgezeichnet, zunächst drei Entwürfe.
Bitte gestalten Sie einen Flyer für unseren Sommerschlussverkauf, A5, druckfertiges PDF.
Können Sie eine Landingpage für unser neues Produkt in Figma entwerfen?
Ich brauche Visitenkarten für zwei Mitarbeiter, Vorder- und Rückseite, {deadline}.
Wir suchen jemanden für 10 Social-Media-Vorlagen in unseren Markenfarben.
Bitte gestalten Sie das Cover meines E-Books neu, das aktuelle wirkt altbacken.
Wir brauchen rund 25 Icons im Linienstil für unsere App.
Können Sie Verpackungen für unsere neue Teesorte entwerfen? Drei Sorten, gleiches Layout.
"""
P["task.software"] = r"""
Unsere WordPress-Seite lädt mobil sehr langsam – kann jemand das analysieren und die größten Bremsen beheben?
Wir brauchen ein kleines Python-Skript, das unsere wöchentlichen CSV-Exporte zu einer Excel-Datei zusammenführt.
Bitte beheben Sie den Fehler im Shopify-Checkout, bei dem der Rabattcode nicht greift.
Wir suchen einen Entwickler für ein einfaches Buchungsformular mit Bestätigungsmail.
Können Sie unsere Datenbank von MySQL 5.7 auf 8.0 migrieren, ohne Ausfallzeit?
Wir brauchen eine Schnittstelle zwischen unserem CRM und dem Rechnungsprogramm.
Die iOS-App stürzt seit dem letzten Update beim Start ab – bitte die Crash-Logs ansehen.
Bitte richten Sie eine CI-Pipeline mit GitHub Actions für unser Node-Projekt ein.
"""
P["task.bookkeeping"] = r"""
Ich brauche Hilfe bei der Umsatzsteuervoranmeldung für das dritte Quartal – Belege liegen im geteilten Ordner.
Könnte jemand unsere Kontoauszüge für September und Oktober abstimmen?
Wir suchen eine Buchhaltungskraft für etwa 10 Stunden im Monat.
Bitte erstellen Sie die Einnahmenüberschussrechnung für mein Einzelunternehmen.
Können Sie unseren Kontenrahmen (SKR 03) in DATEV anlegen und die Eröffnungsbilanz übernehmen?
Bitte die Lohnabrechnung für drei Mitarbeiter für November erstellen.
Bitte die Ausgaben des letzten Quartals kontieren und Auffälligkeiten markieren.
Ich brauche eine Liquiditätsplanung für die nächsten 12 Monate für einen Kreditantrag.
"""
P["task.marketing"] = r"""
Wir möchten eine Google-Ads-Kampagne für unser Yogastudio schalten, Budget {budget} im Monat.
Können Sie einen Social-Media-Redaktionsplan für Dezember erstellen (Instagram und TikTok)?
Wir brauchen eine Newsletter-Vorlage und die ersten zwei Kampagnen in Mailchimp.
Wir suchen ein SEO-Audit für unseren Onlineshop mit einer Liste schneller Verbesserungen.
Bitte richten Sie Conversion-Tracking und Retargeting bei Meta für unseren Produktlaunch ein.
Wir brauchen einen Plan für Influencer-Kooperationen für unsere neue Hautpflegelinie.
Bitte betreuen Sie drei Monate lang unseren Instagram-Kanal – vier Posts pro Woche plus Storys.
"""
P["task.data_analysis"] = r"""
Können Sie unsere Verkaufsdaten der letzten zwei Jahre auswerten und saisonale Muster finden?
Wir brauchen ein Power-BI-Dashboard für unser Ticketaufkommen im Support.
Bitte bereinigen Sie unsere Umfrageergebnisse (ca. 1.500 Antworten) und machen Sie eine einfache Segmentierung.
Ich brauche eine Regressionsanalyse für die Daten meiner Abschlussarbeit, in R oder SPSS.
Könnte jemand aus unseren Abodaten ein Kündigungsmodell bauen?
Wir möchten den A/B-Test auf unserer Preisseite auswerten lassen.
Wir haben drei Jahre Shop-Bestellungen und wollen wissen, welche Produkte zusammen gekauft werden.
"""
P["task.platform_support"] = r"""
Mir wurde Auftrag {order} zweimal abgebucht. Können Sie die doppelte Zahlung erstatten?
Beim Bezahlen mit Karte kommt immer eine Fehlermeldung.
Ich kann keine Dateien über 20 MB in den Projektchat hochladen. Gibt es da ein Limit?
Wie füge ich unserem Firmenkonto einen zweiten Nutzer hinzu?
Auf Rechnung {inv} steht der falsche Mehrwertsteuersatz, können Sie sie neu ausstellen?
Der Anbieter meldet sich seit fünf Tagen nicht, die Frist ist abgelaufen. Was kann ich tun?
Ich möchte von monatlicher auf jährliche Abrechnung wechseln.
Die Meilensteinzahlung für {order} hängt seit einer Woche auf „ausstehend“.
Wo kann ich alle Rechnungen vom letzten Jahr herunterladen?
"""
P["hard.writing"] = r"""
Können Sie eine Datenschutzerklärung für meinen Onlineshop schreiben? Wir sitzen in Deutschland, sie muss also DSGVO-konform sein.
Bitte den zweiten Absatz löschen und die Tippfehler in der Einleitung korrigieren.
Wir brauchen einen Blogartikel, der Kleinunternehmern das Recht auf Vergessenwerden erklärt.
Könnten Sie Musterantworten für Auskunftsersuchen schreiben, die wir von unseren eigenen Kunden bekommen?
Bitte schreiben Sie den Abschnitt „Ihre Daten, Ihre Rechte“ in unseren FAQ verständlicher.
Im Entwurf steht noch unsere alte Büroadresse im Impressum. Bitte aktualisieren und die alte Telefonnummer entfernen.
Ich suche einen DSGVO-Berater, der unseren Auftragsverarbeitungsvertrag mit Lieferanten überarbeitet.
"""
P["hard.translation"] = r"""
Bitte übersetzen Sie unsere Datenschutzhinweise ins {lang2}.
Wir brauchen unseren Auftragsverarbeitungsvertrag nach DSGVO übersetzt ins {lang2}, juristischer Stil.
Übersetzen Sie bitte den Hilfeartikel „So löschen Sie Ihr Konto“ ins {lang2}.
Können Sie ein Urteil zum Auskunftsrecht nach Art. 15 DSGVO ins {lang2} übersetzen?
Bitte korrigieren Sie die Fehler in der Übersetzung unserer Datenschutzerklärung ins {lang2}; unser Anwalt hat einiges angemerkt.
Wir brauchen die Texte „Abmelden“ und „Einstellungen verwalten“ unseres Newsletters übersetzt ins {lang2}.
"""
P["hard.design"] = r"""
Bitte das alte Logo aus dem Entwurf löschen und das neue verwenden.
Entfernen Sie bitte das Wasserzeichen von den Produktfotos.
Ich widerspreche der Designänderung in Version 3 – bitte zurück zum blauen Header.
Können Sie ein DSGVO-Einwilligungs-Pop-up gestalten, das nicht abschreckend wirkt?
Bitte den Hintergrund bei diesen 30 Porträtfotos entfernen.
Bitte die Adresse im Briefpapier-Entwurf ändern, wir sind umgezogen nach {address}.
Wir brauchen Icons für „Meine Daten herunterladen“, „Konto löschen“ und „Datenschutz-Einstellungen“ in unserer App.
"""
P["hard.software"] = r"""
Bauen Sie bitte einen Button „Meine Daten exportieren“ in unser Kundenportal ein, damit unsere Nutzer ihre Daten als CSV herunterladen können.
Unsere Nutzer können ihr Konto in der App, die Sie für uns gebaut haben, nicht löschen – der Button wirft einen 500-Fehler.
Bitte bauen Sie im Anmeldeformular eine Checkbox für die Werbe-Einwilligung mit Opt-out ein.
Ich komme nicht mehr auf den Staging-Server, mein SSH-Key wird abgelehnt.
Wir müssen den Zugriff auf das Admin-Panel auf unsere Büro-IP beschränken.
Schreiben Sie ein Skript, das die personenbezogenen Daten in unserer Testdatenbank anonymisiert.
Unser Cookie-Banner blockiert Google Analytics nicht vor der Einwilligung. Können Sie das beheben?
"""
P["hard.bookkeeping"] = r"""
Bitte löschen Sie die doppelten Buchungen zu Rechnung {inv}.
Korrigieren Sie bitte die Umsatzsteuer bei den Oktober-Buchungen – Sie haben 19 % statt 7 % gebucht.
Ich habe keinen Zugriff auf den geteilten Buchhaltungsordner, der Link sagt „Zugriff verweigert“.
Bitte die Adresse in der Rechnungsvorlage auf unser neues Büro ändern.
Können Sie das Hauptbuch als CSV für unseren Steuerberater exportieren?
Bitte beschränken Sie den Zugriff auf den Lohnordner auf die Geschäftsführung und Sie.
"""
P["hard.marketing"] = r"""
Der Abmelde-Button im Newsletter, den Sie für uns bauen, funktioniert nicht – bitte vor dem Versand am Donnerstag reparieren.
Bitte entfernen Sie alle Bounces aus unserer Verteilerliste und räumen Sie die Segmente auf.
Wir brauchen eine Reaktivierungskampagne, damit unsere Abonnenten ihre Einwilligung bestätigen (Double-Opt-in).
Können Sie Mailchimp so einrichten, dass Abmelder automatisch aus der Ads-Zielgruppe entfernt werden?
Stoppen Sie die Facebook-Kampagne, die verbrennt nur Budget – bitte alle Anzeigen bis Montag pausieren.
Bitte löschen Sie die alten Landingpages aus dem Google-Ads-Konto und korrigieren Sie die Tracking-Parameter.
"""
P["hard.data_analysis"] = r"""
Exportieren Sie die Tabelle bitte als CSV und löschen Sie vorher die Testzeilen.
Werten Sie die Umfrage aus, aber anonymisieren Sie die Teilnehmer vorher – keine Namen im Bericht.
Bitte korrigieren Sie die Zahlen im Q3-Bericht, die Summen stimmen nicht.
Können Sie das Dashboard so einschränken, dass nur die Finanzabteilung die Gehaltsdaten sieht?
Wir möchten auswerten, wie viele Kunden sich letztes Jahr vom Newsletter abgemeldet haben.
Bitte entfernen Sie die personenbezogenen Merkmale aus dem Datensatz und rechnen Sie die Clusteranalyse neu.
"""
P["hard.platform_support"] = r"""
Ich komme nicht mehr in mein Konto – die Mail zum Zurücksetzen des Passworts kommt nie an.
Wie lösche ich einen Projektentwurf, den ich versehentlich angelegt habe?
Meine Zwei-Faktor-Codes werden abgelehnt, ich bin ausgesperrt.
Bitte entfernen Sie {provider} aus meinem Projektteam, der Teil ist erledigt.
Können Sie den Zugriff auf den geteilten Ordner so einschränken, dass nur ich ihn sehe?
Der Button „Rechnungen exportieren“ liefert eine leere Datei.
Bitte korrigieren Sie den Firmennamen auf meinen Rechnungen, richtig ist {company}.
Ich habe keinen Zugriff auf die Auftragsseite, da steht nur „Zugriff verweigert“.
"""
P["followup.writing"] = r"""
Danke für den Entwurf! Könnten Sie die Einleitung kürzen und am Ende einen Call-to-Action ergänzen?
Sieht gut aus. Bitte etwa 200 Wörter kürzen und den Ton etwas förmlicher.
Eine Änderung noch: Abschnitt zwei und drei tauschen und Zwischenüberschriften einfügen.
Können Sie die finale Version als Word-Datei mit Änderungsverfolgung schicken?
"""
P["followup.translation"] = r"""
Danke! Könnten Sie auch die zwei Bildunterschriften übersetzen, die ich vergessen hatte?
Der Kunde möchte durchgehend „Kunde“ statt „Klient“. Könnten Sie das anpassen?
Können Sie die Übersetzung als zweisprachige Tabelle schicken, damit unser Prüfer gegenlesen kann?
Wir haben dem Handbuch noch eine Seite hinzugefügt. Können Sie die mitnehmen?
"""
P["followup.design"] = r"""
Variante B gefällt mir. Können Sie sie in Dunkelgrün probieren und die Schrift etwas fetter machen?
Bitte die finalen Dateien als SVG und PNG schicken, plus eine Version für dunkle Hintergründe.
Bitte die Überschrift größer und das Logo nach oben rechts.
Können wir noch eine Variante mit der Illustration links sehen?
"""
P["followup.software"] = r"""
Auf Staging getestet, läuft. Können Sie heute Abend auf Produktion deployen?
Auf dem Desktop klappt der Fix, auf Android ist der Button aber immer noch verdeckt. Können Sie nachsehen?
Können Sie noch eine kurze README ergänzen, damit unser Team es lokal starten kann?
Noch etwas: Könnte der Export auch das Bestelldatum enthalten?
"""
P["followup.bookkeeping"] = r"""
Danke. Ich habe die fehlenden Belege für August hochgeladen – können Sie die noch buchen?
Könnten Sie mir die Voranmeldung vor dem Absenden als Entwurf schicken?
Bitte buchen Sie auch die zwei Lieferantenrechnungen, die ich gestern weitergeleitet habe.
Können Sie eine kurze Übersicht der größten Kostenblöcke ergänzen?
"""
P["followup.marketing"] = r"""
Die erste Kampagne sieht gut aus. Können wir eine zweite Betreffzeile testen?
Bitte den Launch auf nächsten Dienstag verschieben und den Plan anpassen.
Könnten Sie montags einen Wochenbericht zur Performance schicken?
Lasst uns das Tagesbudget fürs Wochenende um 20 % erhöhen.
"""
P["followup.data_analysis"] = r"""
Tolle Arbeit. Könnten Sie die Ergebnisse zusätzlich nach Regionen aufschlüsseln?
Können Sie im Dashboard noch ein Diagramm mit dem Monatsverlauf ergänzen?
Bitte die Rohzahlen im Anhang mit aufnehmen.
Könnten Sie das Modell ohne die Daten von 2020 noch einmal rechnen?
"""
P["followup.platform_support"] = r"""
Danke, aber beim Bezahlen kommt immer noch derselbe Fehler.
Habe ich probiert, geht trotzdem nicht. Haben Sie noch eine Idee?
Die Erstattung ist angekommen, aber auf der Rechnung steht noch der alte Betrag.
Danke. Könnten Sie mir auch eine korrigierte Rechnung schicken?
"""
P["provider.writing"] = r"""
Anbei der erste Entwurf. Sagen Sie mir gern, wie Ihnen der Ton gefällt.
Ich habe Version 2 mit Ihren Anmerkungen angehängt.
Kurze Frage vorab: Wer ist die Zielgruppe?
Der finale Text liegt im geteilten Ordner. Kleine Anpassungen mache ich gern noch.
"""
P["provider.translation"] = r"""
Anbei die Übersetzung. Die Produktnamen habe ich wie besprochen auf Englisch gelassen.
Die erste Hälfte ist fertig, der Rest folgt morgen.
Können Sie bestätigen, ob Sie Sie- oder Du-Form bevorzugen?
Hier die finale Fassung, von einer zweiten Übersetzerin Korrektur gelesen.
"""
P["provider.design"] = r"""
Hier drei erste Logo-Entwürfe. Welche Richtung gefällt Ihnen?
Ich habe den überarbeiteten Flyer mit den neuen Fotos hochgeladen.
Anbei die finalen Dateien in allen Formaten.
Bevor ich weitermache: Gibt es ein Styleguide oder eine Farbpalette?
"""
P["provider.software"] = r"""
Den Fix habe ich in einen Branch gepusht und auf Staging deployt, zum Testen.
Ursache gefunden – ein Caching-Problem im Checkout-Plugin. Der Fix ist fertig.
Könnten Sie mir Lesezugriff aufs Repository geben?
Erledigt. Das Skript hängt an, die Anleitung steht oben im Kommentar.
"""
P["provider.bookkeeping"] = r"""
September ist abgestimmt; drei Zahlungen konnte ich nicht zuordnen.
Der Entwurf der Voranmeldung hängt zur Durchsicht an.
Könnten Sie mir die Kontoauszüge als PDF schicken?
Alle Buchungen bis Ende Oktober sind erfasst.
"""
P["provider.marketing"] = r"""
Die Kampagne ist angelegt und wartet auf Ihre Freigabe.
Anbei der Redaktionsplan für Dezember.
Ergebnisse der ersten Woche: CTR 2,1 %, Kosten pro Klick unter Ziel.
Könnten Sie mir Zugriff auf Ihr Werbekonto geben?
"""
P["provider.data_analysis"] = r"""
Anbei die erste Version des Dashboards.
Im März fehlen einige Daten; ich habe das im Bericht markiert.
Hier die Ergebnisse der Segmentierung, insgesamt fünf Cluster.
Könnten Sie mir das Datenwörterbuch zum Export schicken?
"""
P["provider.platform_support"] = r"""
Danke für Ihre Nachricht. Wir haben die Zahlungssitzung zurückgesetzt. Könnten Sie es noch einmal versuchen?
Die doppelte Abbuchung haben wir erstattet; das Geld sollte in 5–7 Werktagen da sein.
Könnten Sie uns einen Screenshot der Fehlermeldung schicken?
Wir haben das an unsere Technik weitergegeben und melden uns in Kürze.
"""
