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
was habt ihr alles über mich gespeichert? würd ich gern mal sehen
Kurze Frage: Kann ich irgendwo eine Übersicht bekommen, welche persönlichen Angaben zu mir bei Taskbridge liegen?
Ich möchte gerne Einsicht in sämtliche Personendaten, die Sie über mich bearbeiten. Können Sie mir diese zustellen?
Mich würde interessieren, was da über die Jahre alles über mich zusammengekommen ist – Logins, IP-Adressen, Zahlungsinfos. Könnten Sie mir das bitte zusammenstellen?
In meinem Profil sehe ich nur einen Bruchteil. Bitte schicken Sie mir eine vollständige Kopie dessen, was Sie intern zu meiner Person gespeichert haben.
Ich habe das Gefühl, ihr wisst mehr über mich, als ich euch je erzählt habe. Zeigt mir bitte, was ihr da alles über mich habt.
ich wollte mal fragen ob ich irgendwie einsehen kann welche infos ihr zu meiner person so gespeichert habt
Auskunft über meine Daten, bitte.
Ich hätte gerne gewusst, welche Angaben Taskbridge über mich führt. Könnten Sie mir dazu eine Zusammenstellung senden?
Jetzt schreib ich euch schon zum dritten Mal: Ich will endlich wissen, welche Daten ihr über mich habt! Schickt mir das jetzt bitte.
Gibt es bei euch so etwas wie einen Datenauszug, auf dem steht, was alles zu mir gespeichert ist? Den hätte ich gern.
koennt ihr mir mal zeigen was fuer daten ueber mich bei euch liegen? danke
Sie speichern ja sicher mehr als nur meinen Namen und die E-Mail. Welche Angaben sind das genau, und darf ich eine Abschrift davon haben?
Mich interessiert, welche Informationen aus meinen Aufträgen, Zahlungen und Supportanfragen bei Ihnen zu meiner Person abgelegt sind – lassen Sie mir bitte eine Kopie zukommen.
Darf ich fragen, was Taskbridge über mich weiß? Ich meine nicht nur das Profil, sondern auch das, was im Hintergrund mitprotokolliert wird.
Ich hätte gern eine Aufstellung, was bei Ihnen alles über mich aufliegt, und ersuche um Zusendung einer Kopie.
Welche Daten über mich habt ihr gesammelt, inklusive Geräteinfos und Login-Zeiten? Das möcht ich schwarz auf weiß sehen.
könnt ihr mir mal auflisten was ihr über mich wisst also adresse zahlungsdaten logins und so weiter ich hab da echt den überblick verloren und würd das gern nachlesen
"""
P["req.access.formal"] = r"""
Gemäß Art. 15 DSGVO bitte ich um Auskunft darüber, ob Sie mich betreffende personenbezogene Daten verarbeiten, und gegebenenfalls um eine Kopie dieser Daten.
Hiermit mache ich meinen Auskunftsanspruch nach Art. 15 DSGVO geltend. Bitte teilen Sie mir insbesondere die Verarbeitungszwecke, die Kategorien der Daten, die Empfänger und die geplante Speicherdauer mit.
Ich beantrage eine Datenauskunft nach Art. 15 DSGVO einschließlich einer Kopie sämtlicher zu meiner Person gespeicherten Daten (Art. 15 Abs. 3 DSGVO).
Bitte erteilen Sie mir vollständige Auskunft über alle zu meiner Person gespeicherten Daten, auch in Support-Tickets, internen Vermerken und Backups.
Ich verlange Auskunft über die zu meiner Person gespeicherten Daten sowie deren Herkunft und die Logik etwaiger automatisierter Entscheidungen.
Bitte stellen Sie mir eine Kopie meiner personenbezogenen Daten in einem gängigen elektronischen Format zur Verfügung.
Bitte bestätigen Sie mir schriftlich, ob Taskbridge Daten über mich verarbeitet; falls ja, verlange ich nach Art. 15 Abs. 1 DSGVO Auskunft über sämtliche gespeicherten Datenkategorien, von den Stammdaten bis zu den Nutzungsprotokollen.
Ich mache hiermit mein Recht auf Auskunft und auf Erhalt einer Datenkopie gemäß Art. 15 Abs. 3 DSGVO geltend; dies umfasst ausdrücklich auch Protokolldaten und den Inhalt meiner Kommunikation über die Plattform.
Als betroffene Person im Sinne des Art. 4 Nr. 1 DSGVO verlange ich eine unentgeltliche Kopie aller mich betreffenden personenbezogenen Daten, die Gegenstand der Verarbeitung sind.
Unter Berufung auf Art. 15 Abs. 1 DSGVO ersuche ich um Bekanntgabe, welche personenbezogenen Daten Taskbridge zu meiner Person verarbeitet, sowie um Übermittlung einer Datenkopie.
Eine Beschränkung nach § 34 BDSG ist in meinem Fall nicht ersichtlich; ich bitte daher um vollständige Auskunft über sämtliche mich betreffenden Daten und um Überlassung einer Kopie.
Ohne auf einzelne Vorschriften einzugehen, bitte ich Sie, mir schriftlich darzulegen, welche Informationen über mich in Ihren Systemen vorhanden sind, und mir diese in Kopie zu überlassen.
Gestützt auf Art. 25 des schweizerischen Datenschutzgesetzes sowie Art. 15 DSGVO verlange ich Auskunft darüber, welche Personendaten Sie über mich bearbeiten, und ersuche um eine Kopie dieser Daten.
Ich ersuche um Zusendung einer vollständigen Aufstellung sämtlicher mich betreffender Daten, die seit Beginn der Geschäftsbeziehung erhoben wurden; die erste Kopie ist nach Art. 15 Abs. 3 Satz 1 DSGVO kostenfrei zur Verfügung zu stellen.
Bitte legen Sie mir offen, welche Kategorien personenbezogener Daten zu meinem Nutzerkonto vorliegen, und fügen Sie eine Kopie der Daten selbst bei; eine bloße Zusammenfassung genügt mir nicht.
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
Ich will hier raus. Bitte Konto zumachen und alles löschen, was ihr über mich gespeichert habt.
Würden Sie bitte sämtliche persönlichen Daten, die Sie von mir haben, löschen? Ich brauche das Konto wirklich nicht mehr.
Warum ist mein Profil eigentlich immer noch online? Ich habe doch schon vor Monaten gekündigt. Bitte löschen Sie das endlich, samt allen Daten.
kann man sein profil komplett löschen lassen? also wirklich alles weg, nicht nur deaktiviert
Ich habe heuer nichts mehr über Taskbridge bestellt und ersuche Sie, mein Benutzerkonto samt meinen Daten zu löschen.
Mein Konto bei Ihnen war ein Versehen – bitte entfernen Sie es und alle Angaben zu meiner Person aus Ihren Systemen, auch aus den Sicherungen, sobald das geht.
bitte alles über mich löschen, danke.
Ich möchte mich von Taskbridge komplett verabschieden – können Sie meinen Account samt aller hinterlegten Angaben entfernen?
wie krieg ich mein konto endgültig weg? in den einstellungen gibts nur deaktivieren, ich will aber dass wirklich alles geloescht wird
Ich wollte mal fragen, ob ihr mein Benutzerkonto und meine gespeicherten Infos für immer vernichten könnt. Brauch das nicht mehr.
Seit Wochen warte ich auf die Löschung meines Accounts. Langsam reicht's – radiert das Ding und alles über mich endlich aus!
Mein altes Kundenkonto soll verschwinden, inklusive Telefonnummer, Adresse und Zahlungsinfos. Geht das?
Bitte tilgen Sie meine Daten, ich habe an der Plattform kein Interesse mehr.
Ich hab mir damals nur zum Testen ein Profil angelegt, das kann jetzt bitte restlos weg mitsamt meinen Angaben, auch die hochgeladenen Fotos und alles was sonst noch dranhängt
Ich möchte, dass Sie mein Benutzerkonto schliessen und alle meine Personendaten vernichten.
Loeschen Sie bitte meinen Account, und zwar richtig, nicht bloß gesperrt.
Wäre es möglich, meine Registrierung rückgängig zu machen und die Daten zu entfernen, die ich dabei angegeben habe?
Mein Zugang bei euch kann gelöscht werden, und zwar mit allen Daten, die ihr zu mir habt – ich bin mit der Plattform fertig.
"""
P["req.deletion.formal"] = r"""
Hiermit verlange ich die Löschung sämtlicher mich betreffender personenbezogener Daten gemäß Art. 17 DSGVO.
Ich mache mein Recht auf Löschung („Recht auf Vergessenwerden“) nach Art. 17 Abs. 1 DSGVO geltend, da die Daten für die Zwecke, für die sie erhoben wurden, nicht mehr notwendig sind.
Bitte löschen Sie meine personenbezogenen Daten unverzüglich und bestätigen Sie mir die Löschung schriftlich. Sollten Sie Daten aufgrund gesetzlicher Aufbewahrungspflichten nicht löschen dürfen, teilen Sie mir bitte mit, welche und wie lange.
Ich beantrage die Löschung meines Kundenkontos {acc} samt aller damit verbundenen personenbezogenen Daten sowie die Unterrichtung etwaiger Empfänger gemäß Art. 19 DSGVO.
Ich fordere Sie auf, alle zu meiner Person gespeicherten Daten, auch bei Ihren Auftragsverarbeitern, dauerhaft zu löschen.
Ich verlange gemäß Art. 17 Abs. 1 lit. d DSGVO die unverzügliche Löschung aller mich betreffenden Daten, da diese aus meiner Sicht ohne Rechtsgrundlage verarbeitet werden.
Das Vertragsverhältnis zu meinem Konto {acc} ist beendet; ich fordere Sie daher auf, sämtliche zu meiner Person gespeicherten Daten nach Art. 17 DSGVO zu löschen, soweit keine gesetzlichen Aufbewahrungsfristen entgegenstehen.
Bitte löschen Sie meine personenbezogenen Daten gemäß Art. 17 DSGVO auch in Sicherungskopien, sobald dies technisch möglich ist, und teilen Sie mir den Zeitpunkt der Löschung mit.
Ich beantrage gemäß Art. 17 DSGVO die Löschung aller zu meinem Kundenkonto {acc} gespeicherten personenbezogenen Daten, ausdrücklich einschließlich der Einträge in Ihrem CRM- und Ticketsystem.
Unter Hinweis auf § 35 BDSG, der meinen Löschanspruch nur in eng begrenzten Ausnahmefällen einschränkt, fordere ich Sie auf, sämtliche Daten zu meiner Person zu entfernen.
Ich ersuche Sie, meine Daten gemäß Art. 17 DSGVO zu löschen und mir mitzuteilen, welche Datensätze Sie allenfalls wegen unternehmensrechtlicher Aufbewahrungspflichten noch behalten müssen.
Bitte veranlassen Sie die endgültige Entfernung meines Benutzerkontos sowie aller damit verknüpften Profil-, Auftrags- und Kommunikationsdaten und bestätigen Sie mir den Abschluss schriftlich.
Gestützt auf mein Recht auf Löschung fordere ich Sie auf, auch die im Rahmen der Identitätsprüfung erhobenen Ausweisdaten restlos zu vernichten.
Nachdem ich Taskbridge nicht mehr nutze, ist der Zweck der Datenverarbeitung entfallen; ich verlange daher die vollständige Löschung meiner Daten ohne schuldhaftes Zögern.
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
hab mich bei der anmeldung vertippt, mein nachname ist {last} und nicht {wrong_last}. könnt ihr das ändern?
Beim Verifizieren wurde mein Ausweis abgelehnt, weil das Geburtsdatum im Profil nicht passt. Dort steht {wrong_dob}, richtig ist {dob} – bitte anpassen.
Meine Natelnummer hat geändert, neu ist es {phone}. Können Sie das bei sich bitte nachführen?
Ich bin übersiedelt. Meine neue Wohnadresse lautet {address}, bitte bei Ihnen richtigstellen.
Warum steht bei mir eigentlich immer noch {wrong_name}? Ich habe das schon zweimal gemeldet. Bitte schreiben Sie meinen Namen endlich richtig.
Nach meiner Scheidung trage ich wieder meinen früheren Namen {last}. Würden Sie das in meinem Konto bitte entsprechend berichtigen?
Das Geburtsdatum bei euch ist falsch, ihr habt {wrong_dob} eingetragen, stimmt aber nich – richtig is {dob}.
meine handynummer ist nicht mehr aktuell, bitte {phone} eintragen
Könnten Sie bitte meine hinterlegte E-Mail-Adresse berichtigen? Die {old_email} gibt es nicht mehr, aktuell ist {email}.
Als Rechnungsadresse steht bei mir im Konto noch {old_address}, ich wohne aber längst in {address}. Bitte richtigstellen.
{wrong_last} – so heiße ich nicht! Der Name ist {last}, bitte endlich korrekt schreiben.
Seit der Eintragung meiner Partnerschaft führe ich den Namen {last}; bei Ihnen steht noch {old_last}. Bitte anpassen.
Wohnadresse geändert, jetzt {address}. Bitte übernehmen.
Ich bin an eine neue Adresse gezügelt: {address}. Könnten Sie die alte Anschrift bei sich ersetzen?
eure daten zu mir sind veraltet, telefon und mail stimmen beide nicht mehr. richtig ist {phone} bzw {email}
In Ihrer Kundendatei bin ich als {wrong_name} geführt. Das ist ein Tippfehler, korrekt wäre {name}. Danke fürs Ausbessern!
Warum schickt ihr Post immer noch an {old_address}? Ich hab die neue Adresse {address} schon vor Monaten gemeldet, aber intern ist bei euch wohl noch die alte gespeichert, bitte ändert das endlich überall.
Mein Vor- und Nachname sind in Ihrem System vertauscht, bitte richtig erfassen: {name}.
"""
P["req.correction.formal"] = r"""
Gemäß Art. 16 DSGVO verlange ich die Berichtigung unrichtiger personenbezogener Daten: Mein Geburtsdatum ist bei Ihnen mit {wrong_dob} erfasst, korrekt ist der {dob}.
Hiermit mache ich mein Recht auf Berichtigung geltend. Die in meinem Kundenkonto hinterlegte Anschrift ({old_address}) ist unrichtig und lautet korrekt: {address}.
Bitte berichtigen Sie unverzüglich meinen Nachnamen (erfasst: {wrong_last}, richtig: {last}) und bestätigen Sie mir die Änderung.
Ich beantrage die Berichtigung meiner Daten nach Art. 16 DSGVO, da der Name in meinem Konto nicht meinem amtlichen Namen ({name}) entspricht.
Die bei Ihnen gespeicherten Kontaktdaten sind unzutreffend. Bitte korrigieren Sie diese (E-Mail: {email}, Telefon: {phone}) und unterrichten Sie etwaige Empfänger.
Nach Art. 16 Satz 1 DSGVO verlange ich die unverzügliche Berichtigung meiner bei Ihnen gespeicherten Telefonnummer; die korrekte Nummer lautet {phone}.
Gemäß Art. 16 Satz 2 DSGVO ersuche ich um Vervollständigung meiner unvollständigen Stammdaten: Es fehlt die aktuelle Anschrift {address}.
Ich beantrage die Berichtigung meines im Kundenkonto erfassten Namens, der infolge meiner Eheschließung nunmehr {name} lautet, und bitte um Mitteilung an alle Empfänger gemäß Art. 19 DSGVO.
Gestützt auf Art. 16 DSGVO ersuche ich um Richtigstellung meiner Telefonnummer; die in Ihrem System erfasste Nummer ist nicht mehr aktuell, zutreffend ist {phone}.
Meine bei Taskbridge hinterlegte E-Mail-Adresse ist veraltet. Ich fordere Sie auf, an ihrer Stelle {email} zu speichern und mir die Berichtigung schriftlich zu bestätigen.
Mein Familienname wurde behördlich geändert und lautet nunmehr {last}; unter Vorlage der Urkunde ersuche ich um entsprechende Berichtigung meiner Stammdaten gemäß Art. 16 DSGVO.
Bei der Erfassung meines Geburtsdatums ist Ihnen ein Fehler unterlaufen ({wrong_dob} statt {dob}); ich verlange unter Hinweis auf mein Berichtigungsrecht die unverzügliche Korrektur.
Meine aktuelle Meldeadresse lautet {address}. Ich ersuche Sie, Ihre Kundendaten entsprechend richtigzustellen und die überholte Anschrift {old_address} zu ersetzen.
Die Schreibweise meines Nachnamens in Ihren Unterlagen ({wrong_last}) weicht von meinem amtlichen Lichtbildausweis ab; bitte nehmen Sie die Berichtigung auf {last} vor.
"""
P["req.portability.plain"] = r"""
Ich wechsle zu einer anderen Plattform. Können Sie mir meine Daten in einem Format schicken, das ich dort importieren kann, z. B. CSV oder JSON?
Kann ich alle meine Projektdaten und mein Profil als maschinenlesbare Datei bekommen? Ich möchte das mitnehmen.
Bitte exportieren Sie meine Daten in einem strukturierten Format, damit ich sie zu einem anderen Dienst umziehen kann.
Können Sie meine Bestellhistorie und Bewertungen direkt an {other_platform} übertragen? Die sagen, sie können das importieren.
Ich hätte meine Daten gern als JSON, um sie bei meinem neuen Anbieter hochzuladen.
Ich ziehe zu {other_platform} um. Bitte gebt meine Daten direkt dorthin weiter oder schickt sie mir maschinenlesbar.
Gibt es eine Möglichkeit, mein komplettes Konto (Profil, Aufträge, Bewertungen) als Datei zu bekommen, die ich woanders importieren kann?
Gibt's bei euch einen Export für alle meine Daten? Ich brauch das als CSV, weil ich zu {other_platform} wechsle.
Wenn ich gehe, möchte ich meine Auftragshistorie und die Bewertungen mitnehmen. Geht das als JSON-Datei?
Könnt ihr meine Profildaten direkt an {other_platform} rüberschieben? Dann muss ich nicht alles neu eintippen.
Ich habe bei Ihnen über Jahre Aufträge und Referenzen gesammelt. Die hätte ich gern zusammen mit meinen Profilangaben in einer maschinenlesbaren Datei, um sie anderswo zu importieren.
Mit dem PDF, das Sie mir geschickt haben, kann ich nichts anfangen. Ich brauche meine Kontodaten in einem Format, das sich woanders einlesen lässt – CSV oder JSON.
Wäre es möglich, mir meine Daten als strukturierte Datei zukommen zu lassen? Ich möchte sie in ein anderes Portal übernehmen.
Gibt's einen Knopf, mit dem ich meine ganzen Daten als Datei ziehen kann, um sie bei {other_platform} einzuspielen?
datenexport als json bitte, ich wechsel den anbieter
Ich hätte gerne meine Aufträge und Kundenbewertungen in einer CSV-Datei, damit ich mein Portfolio auf einer anderen Plattform neu aufbauen kann.
Können Sie meine Profilinfos und die Liste meiner abgeschlossenen Projekte direkt zu {other_platform} rüberschicken? Die meinen, das klappt über eine Schnittstelle.
Ich wollte mal fragen ob man bei euch seine Daten irgendwie in einem Standardformat runterladen kann, damit man sie bei nem anderen Anbieter wieder hochladen kann
Mein neuer Dienst kann XML und CSV einlesen. Bitte stellt mir meine Kontodaten in einem der beiden Formate bereit.
Ich gehe zu {other_platform}. Wie bekomme ich meine Bewertungen und meine Auftragshistorie dorthin, ohne alles abzutippen?
Die ZIP-Datei von euch enthält nur Bilder meiner Profilseiten, damit kann kein anderes System was anfangen. Ich brauche meine Daten strukturiert, damit ich sie mitnehmen kann.
Wäre super, wenn ihr meine Daten in einer Form rausgeben könntet, die {other_platform} automatisch übernehmen kann.
Ich möchte meine Personendaten in einem gängigen elektronischen Format herausverlangen, um sie einem anderen Anbieter zu übergeben.
Bitte direkt übertragen: mein Profil, meine Referenzen und Auftragsdaten an {other_platform}. Danke!
Kann ich meine Daten bei Ihnen in einem Format bekommen, das sich auf meinem neuen Freelancer-Marktplatz importieren lässt? Am liebsten JSON.
"""
P["req.portability.formal"] = r"""
Gemäß Art. 20 DSGVO beantrage ich, die mich betreffenden Daten, die ich Ihnen bereitgestellt habe, in einem strukturierten, gängigen und maschinenlesbaren Format zu erhalten.
Ich mache mein Recht auf Datenübertragbarkeit geltend und bitte darum, meine Daten, soweit technisch machbar, direkt an {other_platform} zu übermitteln (Art. 20 Abs. 2 DSGVO).
Bitte stellen Sie mir meine bereitgestellten Daten (Profil, Aufträge, Nachrichten, Bewertungen) in einem maschinenlesbaren Format wie JSON oder CSV zur Verfügung.
Im Rahmen meines Rechts auf Datenübertragbarkeit bitte ich um einen Export meiner Kontodaten in einem interoperablen Format.
Bitte übermitteln Sie mir die Daten, die ich Ihnen im Rahmen unseres Vertragsverhältnisses bereitgestellt habe, gemäß Art. 20 DSGVO als CSV-Datei an meine registrierte E-Mail-Adresse.
Gemäß Art. 20 Abs. 2 DSGVO ersuche ich um direkte Übermittlung meiner Profil- und Auftragsdaten an {other_platform}; deren Importschnittstelle akzeptiert JSON.
Ich mache meinen Anspruch aus Art. 20 DSGVO geltend und bitte um Bereitstellung meiner Nutzungs- und Vertragsdaten als maschinenlesbaren Export, damit ich diese einem anderen Verantwortlichen übermitteln kann.
Unter Berufung auf mein Recht auf Datenübertragbarkeit (Art. 20 Abs. 1 DSGVO) ersuche ich um Aushändigung der von mir bereitgestellten Daten als strukturierte Datei, etwa im CSV- oder XML-Format.
Ich ersuche Sie, die von mir bereitgestellten Daten unmittelbar an {other_platform} zu übermitteln; bitte stimmen Sie die technischen Einzelheiten direkt mit dem Empfänger ab.
Bitte händigen Sie mir sämtliche von mir eingegebenen Profil- und Projektdaten in einem gängigen, maschinenlesbaren Format aus, damit ich sie ohne Behinderung durch Sie einem anderen Verantwortlichen übermitteln kann.
Gestützt auf Art. 28 des schweizerischen Datenschutzgesetzes verlange ich die Herausgabe meiner Personendaten in einem gängigen elektronischen Format sowie deren Übertragung an {other_platform}.
Ich mache den Anspruch auf Datenübertragbarkeit geltend und bitte, mir den Export meiner Daten als JSON-Datei über einen gesicherten Download-Link bereitzustellen.
Für den beabsichtigten Anbieterwechsel benötige ich die von mir zur Verfügung gestellten Daten in einem offenen, weit verbreiteten Dateiformat und bitte um Übermittlung binnen der Frist des Art. 12 Abs. 3 in Verbindung mit Art. 20 DSGVO.
"""
P["req.restriction.plain"] = r"""
Bitte machen Sie mit meinen Daten nichts, bis der Streit um die Rechnung geklärt ist – einfach einfrieren.
Ich bestreite die Angaben in meinem Konto. Bis das geklärt ist, nutzen Sie meine Daten bitte nicht, aber löschen Sie sie auch noch nicht.
Können Sie meine Daten vorerst sperren? Ich möchte nicht, dass sie verarbeitet werden, solange mein Streit mit dem Anbieter läuft.
Bitte nicht löschen – ich brauche die Daten für ein rechtliches Verfahren –, aber auch nicht weiter verwenden.
Bis der Ärger um Auftrag {order} erledigt ist, sollen meine Daten nur gespeichert und nicht genutzt werden.
Bitte stoppen Sie vorerst jede Verarbeitung meiner Daten, während ich prüfe, ob Ihre Angaben stimmen.
Ich finde, Sie hätten meine Daten so gar nicht verwenden dürfen. Löschen will ich sie trotzdem nicht – bitte legen Sie sie einfach still, bis ich rechtlichen Rat eingeholt habe.
Bitte nicht löschen, nur sperren – mein Anwalt braucht die Chatverläufe noch für die Klage gegen den Anbieter.
ich will nicht dass meine daten gelöscht werden, aber nutzen dürft ihr sie bis {order} geklärt ist auch nicht
Bis die Causa mit dem Anbieter erledigt ist, ersuche ich Sie, meine Daten nur aufzubewahren und sonst nichts damit zu machen.
Kann man die Verarbeitung meiner Daten vorübergehend anhalten, ohne dass gleich alles gelöscht wird? Ich bin mir nicht sicher, ob die hinterlegten Angaben überhaupt stimmen, und will das erst prüfen.
Meine Daten bitte auf Eis legen: speichern ja, verwenden nein. Es läuft noch eine Beschwerde von mir wegen Auftrag {order}.
Bitte meine Daten einfrieren, nicht löschen. Es gibt noch Streit wegen {order}.
ich bestreite, dass die angaben in meinem profil stimmen. bis das geklaert ist bitte nix damit machen, aber auch nichts wegwerfen
Können Sie meine Daten in eine Art Quarantäne stecken? Aufbewahren ja, benutzen nein – wenigstens bis mein Anwalt sich die Sache mit {order} angesehen hat.
Ich wollte mal fragen, ob man die Nutzung meiner Daten pausieren kann, ohne das Konto zu löschen. Ich brauche die Chats noch als Beweis.
Stopp! Nichts mehr mit meinen Daten machen, bis die Reklamation geklärt ist – und wehe, ihr löscht sie in der Zwischenzeit.
Die Beweise für meinen Rechtsstreit liegen bei euch im Nachrichtenverlauf. Bitte sichert das und verarbeitet sonst nichts mehr von mir.
Bitte sperren Sie meine Personendaten, bis das Schlichtungsverfahren wegen {order} abgeschlossen ist; gelöscht werden darf vorerst nichts.
Bis das Bezirksgericht über meine Klage gegen den Anbieter entschieden hat, dürfen meine Daten bei Ihnen bitte nur liegen bleiben – keine Verwendung, keine Löschung.
Kurz: Verarbeitung meiner Daten bitte aussetzen, Löschung NICHT gewünscht.
Ihr verarbeitet meine Daten meiner Meinung nach ohne Grundlage, aber löschen will ich sie nicht, weil ich sie eventuell für Schadenersatzforderungen brauche – also bitte nur noch speichern.
geht das dass ihr mein konto quasi auf nur lesen stellt, also daten bleiben da aber werden nicht weiter verwendet? bis {order} durch ist
Ich habe Zweifel, ob die Zahlungsdaten in meinem Konto korrekt sind. Während ich das prüfe, sollen sie bitte von niemandem genutzt werden.
"""
P["req.restriction.formal"] = r"""
Ich verlange die Einschränkung der Verarbeitung meiner personenbezogenen Daten gemäß Art. 18 Abs. 1 lit. a DSGVO für die Dauer der Überprüfung ihrer Richtigkeit.
Bis zur Klärung der Streitigkeit zu Auftrag {order} beantrage ich die Einschränkung der Verarbeitung meiner Daten nach Art. 18 DSGVO; die Daten sollen lediglich gespeichert werden.
Eine Löschung lehne ich ab, da ich die Daten zur Geltendmachung von Rechtsansprüchen benötige; ich verlange stattdessen die Einschränkung der Verarbeitung nach Art. 18 Abs. 1 lit. c DSGVO.
Bitte schränken Sie die Verarbeitung meiner Daten ein, bis über meinen Widerspruch entschieden ist (Art. 18 Abs. 1 lit. d DSGVO).
Ich ersuche Sie, meine Daten zu sperren und sie bis zur Klärung ausschließlich zu speichern.
Da die Verarbeitung meiner Daten unrechtmäßig ist, ich die Löschung jedoch ablehne, verlange ich gemäß Art. 18 Abs. 1 lit. b DSGVO die Einschränkung ihrer Nutzung.
Ich beantrage, meine Daten bis zum rechtskräftigen Abschluss des Verfahrens um Auftrag {order} lediglich aufzubewahren, da ich sie zur Verteidigung von Rechtsansprüchen benötige (Art. 18 Abs. 1 lit. c DSGVO).
Bitte markieren Sie meine gespeicherten Daten als eingeschränkt im Sinne des Art. 4 Nr. 3 DSGVO und unterrichten Sie mich gemäß Art. 18 Abs. 3 DSGVO, bevor die Einschränkung aufgehoben wird.
Sie haben angekündigt, meine Daten nach Ablauf der Frist zu löschen; da ich diese jedoch zur Geltendmachung von Schadenersatzansprüchen benötige, ersuche ich um Einschränkung statt Löschung (Art. 18 Abs. 1 lit. c DSGVO).
Ich bestreite die Richtigkeit der in meinem Konto gespeicherten Zahlungs- und Adressdaten und verlange, dass Sie diese bis zum Abschluss Ihrer Prüfung ausschließlich speichern.
Bitte setzen Sie jede Verarbeitung meiner personenbezogenen Daten mit Ausnahme der Speicherung aus, bis die Auseinandersetzung zu Auftrag {order} beigelegt ist.
Im Hinblick auf das beim zuständigen Gericht anhängige Verfahren beantrage ich, meine Daten zu sperren; eine Verwendung zu anderen Zwecken als der Aufbewahrung ist bis auf Weiteres zu unterlassen.
Ich beantrage die vorläufige Einschränkung der Verarbeitung meiner Daten nach Art. 18 DSGVO und ersuche, mich über das Ergebnis Ihrer Richtigkeitsprüfung zu informieren, bevor Sie die Sperre aufheben.
Ich verlange, die mich betreffenden Daten bis zur rechtskräftigen Klärung meiner Forderungen gegen den Anbieter lediglich zu archivieren und von jeder weiteren Nutzung auszunehmen.
"""
P["req.objection.plain"] = r"""
Ich will nicht, dass mein Profil für euer KI-Matching oder sonstiges Profiling benutzt wird. Bitte lasst das.
Ich bin dagegen, dass Sie meine Nachrichten mit KI auswerten, um „den Service zu verbessern“. Bitte hören Sie damit auf.
Bitte benutzen Sie meine Bestellhistorie nicht, um ein Profil von mir zu erstellen. Das will ich nicht.
In Ihrer Datenschutzerklärung steht, dass Sie meine Daten aus „berechtigtem Interesse“ für Analysen nutzen. Dem widerspreche ich.
Bitte keine Projektdateien von mir mehr in eure Machine-Learning-Modelle stecken.
Ich möchte nicht, dass Sie mich anhand meines Verhaltens auf der Seite bewerten oder ranken.
Bitte nehmen Sie meine Daten aus Ihren Analysen und dem Kunden-Scoring heraus.
Mir passt nicht, dass euer System Kunden wie mich mit einer Art Zuverlässigkeits-Score versieht. Nehmt mich da bitte raus.
Bitte verwendet meine Chatnachrichten nicht zum Trainieren eurer KI.
ich will nicht in irgendwelchen auswertungen auftauchen. bitte mein klickverhalten nicht analysieren
Dürfen Sie meine hochgeladenen Entwürfe eigentlich für Ihre KI-Funktionen nutzen? Falls ja: Ich möchte das nicht, bitte nehmen Sie meine Dateien da raus.
Ich bin nicht einverstanden, dass Sie aus meinen Bestellungen Rückschlüsse auf meine Vorlieben ziehen und mir danach Anbieter vorreihen. Bitte unterlassen Sie das.
Ich möchte nicht, dass mein Profil automatisch bewertet und in den Suchresultaten höher oder tiefer eingestuft wird.
Nehmt mich bitte aus eurem automatischen Anbieter-Matching raus, ich such mir selber aus, wen ich beauftrage.
ich hab gelesen dass ihr kundendaten fuer ki-training nehmt. meine bitte nicht!!
Ich möchte nicht, dass Ihre Software aus meinen Aufträgen eine Art Persönlichkeitsprofil bastelt. Hören Sie bitte auf damit.
Ich wollte mal fragen, ob ich dem „Qualitäts-Score“ widersprechen kann, den ihr Kunden gebt. Wenn ja, dann widerspreche ich hiermit.
Meine Texte und Entwürfe sind nicht dazu da, euren Chatbot schlauer zu machen. Bitte schließt meine Inhalte vom Training aus.
Ich bin nicht einverstanden, dass Sie meine Personendaten für Auswertungen aus berechtigtem Interesse bearbeiten. Bitte unterlassen Sie das.
Bitte erstellt keine Auswertungen darüber, zu welchen Uhrzeiten ich online bin und wie lange ich auf Anbieterprofilen verweile.
Warum berechnet euer System eigentlich einen Risikowert für mich? Damit bin ich nicht einverstanden, stellt das ein.
Das ist echt übergriffig: Ihr lasst eine KI über meine Nachrichten laufen, um Stimmungen zu erkennen? Ich widerspreche dem ausdrücklich.
Kein Profiling mit meinen Daten, bitte.
Bitte verwenden Sie mein Profilbild und meine Portfolio-Bilder nicht, um Ihre Bild-KI zu trainieren.
also ich find das nicht ok dass ihr aus meinen suchanfragen und bestellungen irgendwelche segmente bildet und mich da einsortiert, bitte lasst mich da raus und macht das mit meinen daten nicht mehr
"""
P["req.objection.formal"] = r"""
Ich widerspreche gemäß Art. 21 Abs. 1 DSGVO der Verarbeitung meiner personenbezogenen Daten auf Grundlage Ihrer berechtigten Interessen, einschließlich Profiling.
Aus Gründen, die sich aus meiner besonderen Situation ergeben, widerspreche ich der Verarbeitung meiner Daten zum Training oder zur Auswertung von KI-Modellen.
Ich widerspreche der in Ihrer Datenschutzerklärung beschriebenen automatisierten Auswertung und Profilbildung meiner Nutzungsdaten und fordere Sie auf, diese einzustellen.
Hiermit lege ich Widerspruch gegen jede auf Art. 6 Abs. 1 lit. f DSGVO gestützte Verarbeitung meiner Daten ein.
Ich widerspreche der Nutzung meiner Nachrichten und Projektdateien für die Entwicklung Ihrer KI-Funktionen.
Gemäß Art. 21 Abs. 1 DSGVO lege ich Widerspruch gegen die Bildung von Nutzerprofilen und die Berechnung von Zuverlässigkeits- oder Bonitätswerten zu meiner Person ein.
Ich widerspreche der Auswertung meiner Kommunikationsinhalte, insbesondere meiner Nachrichten an Anbieter, durch Systeme künstlicher Intelligenz; zwingende schutzwürdige Gründe für diese Verarbeitung sind nicht ersichtlich.
Mit Verweis auf Art. 21 DSGVO widerspreche ich der Auswertung meiner Nutzungsdaten für das Ranking meines Profils in den Suchergebnissen und fordere Sie auf, diese einzustellen.
Ich widerspreche der Einstufung meines Kundenkontos in Risikoklassen durch Ihr Betrugspräventionssystem, soweit diese auf Art. 6 Abs. 1 lit. f DSGVO gestützt wird.
Meine Einwände richten sich gegen die Weiterverwendung der von mir hochgeladenen Dokumente und Bilder als Trainingsmaterial für maschinelles Lernen; ich ersuche, diese Verarbeitung mit sofortiger Wirkung zu beenden.
Unter Berufung auf meine besondere Situation – ich bin beruflich auf Diskretion angewiesen – widerspreche ich der Verarbeitung meiner Nutzungsdaten zu statistischen und analytischen Zwecken.
Ich erhebe Widerspruch gegen das Profiling meiner Person und verlange, keiner ausschließlich automatisierten Entscheidung, etwa einer Kontosperre aufgrund eines algorithmischen Scores, unterworfen zu werden (Art. 21 Abs. 1 und Art. 22 DSGVO).
Ich untersage Ihnen, meine Kommunikation mit Auftragnehmern inhaltlich auszuwerten, um daraus Erkenntnisse für Ihre Produktentwicklung zu gewinnen.
Ich widerspreche der Zusammenführung meiner Nutzungsdaten aus App und Website zu einem einheitlichen Nutzerprofil, die Sie auf Ihr berechtigtes Interesse stützen.
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
Ich krieg jeden Tag eure Mails mit Rabattcodes. Bitte hört damit auf.
Ruft mich bitte nicht mehr wegen irgendwelcher Angebote an.
Ich möchte keine auf mich zugeschnittene Werbung mehr sehen, weder bei Ihnen noch auf Instagram oder Facebook. Bitte stellen Sie das ab.
Ich ersuche Sie, mir keine Aussendungen mehr zu schicken. Angemeldet habe ich mich dafür nie.
wie melde ich mich von den werbe-sms ab? der link in der nachricht geht nicht
Der Abmeldelink in Ihrem Newsletter führt ins Leere, und ich bekomme die Mails weiterhin. Bitte tragen Sie {email} von Hand aus.
Hört bitte auf, mir Gutscheine und Aktionen per Mail zu schicken.
abmelden bitte. keine newsletter, keine sms, nix
Ich wollte mal fragen, ob ihr mich aus dem Werbeverteiler nehmen könnt, die „Top-Anbieter der Woche“-Mails brauch ich echt nicht.
Zum x-ten Mal: Ich will KEINE Werbung! Meine Adresse {email} hat in Ihrem Marketing nichts verloren.
Gestern hat mich schon wieder jemand von euch angerufen, um mir ein Upgrade anzudrehen. Solche Werbeanrufe will ich nicht mehr.
Bitte keine Werbe-SMS mehr auf mein Natel, merci.
Ich hab mich beim Registrieren offenbar für Werbung angemeldet, das war ein Versehen – bitte streichen Sie mich da raus.
Meine Daten bitte nicht an Partner verkaufen oder für Werbezwecke teilen.
kann man irgendwo einstellen dass man keine werbung mehr kriegt? ich finds nicht, bitte macht das fuer mich
Meine Einwilligung zu euren Werbemails nehme ich hiermit zurück.
Könnt ihr aufhören, mir auf anderen Websites eure Anzeigen hinterherzuschicken? Ich will kein Retargeting.
Ich wurde ungefragt in euren Newsletter eingetragen und bekomme seit Wochen Rabattaktionen obwohl ich nie was bestellt hab, tragt mich sofort aus und schickt mir auch keine Erinnerungsmails mit Angeboten mehr
"""
P["req.opt_out.formal"] = r"""
Hiermit widerrufe ich meine Einwilligung in den Erhalt von Werbung per E-Mail, SMS und Telefon.
Bitte stellen Sie jegliche Direktwerbung an mich ein und entfernen Sie meine Kontaktdaten aus Ihren Marketing-Verteilern.
Ich bitte darum, meine E-Mail-Adresse {email} mit sofortiger Wirkung aus allen Newslettern und Werbekampagnen zu entfernen.
Bitte verwenden Sie meine Kontaktdaten nicht länger für Werbezwecke und bestätigen Sie mir die Änderung.
Ich widerrufe mit Wirkung für die Zukunft meine Einwilligung in die Nutzung meiner Daten für personalisierte Werbung und Werbe-Tracking.
Gemäß Art. 21 Abs. 2 DSGVO widerspreche ich der Verarbeitung meiner personenbezogenen Daten zum Zwecke der Direktwerbung.
Ich untersage jede weitere Kontaktaufnahme zu Werbezwecken per E-Mail, SMS oder Telefon und bitte Sie, meine Adresse {email} auf Ihre interne Werbesperrliste zu setzen.
Ich widerrufe hiermit gemäß Art. 7 Abs. 3 DSGVO meine Einwilligung in die Zusendung des Taskbridge-Newsletters sowie sonstiger werblicher Nachrichten.
Ich untersage Ihnen die Verwendung meiner Telefonnummer für Werbeanrufe und Werbe-SMS; eine entsprechende Einwilligung habe ich nie erteilt.
Ich widerspreche ausdrücklich jeder Verarbeitung meiner Daten für Direktwerbung und ersuche um Bestätigung, dass {email} aus sämtlichen Werbeverteilern entfernt wurde (Art. 21 Abs. 3 DSGVO).
Bitte unterlassen Sie die Weitergabe meiner Kontaktdaten an Werbepartner sowie deren Nutzung für interessenbasierte Werbung auf Drittplattformen.
Unter Hinweis auf § 174 TKG 2021 ersuche ich Sie, mir künftig keine elektronische Post zu Werbezwecken mehr zuzusenden.
Ich ersuche um Abmeldung von sämtlichen Marketing-Kanälen Ihres Unternehmens, einschließlich personalisierter Produktempfehlungen per E-Mail, und um schriftliche Bestätigung.
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
nutzt ihr für zahlungen oder den mailversand externe dienstleister, die an meine daten rankommen? welche sind das?
Ich habe in den Nachrichten gelesen, dass bei einem Zahlungsdienstleister Daten abgeflossen sind. Arbeitet ihr mit dem auch, und bin ich betroffen?
Wie lange heben Sie eigentlich die Ausweiskopie auf, die ich zur Verifizierung hochgeladen habe?
Werden meine Personendaten ins Ausland bekanntgegeben? Falls ja, in welche Länder?
Ich möchte alle Einwilligungen zurückziehen, die ich Ihnen irgendwann gegeben habe. Bitte bestätigen Sie mir, dass sie nicht mehr gelten.
Ich bin ein halbes Jahr im Ausland. Kann {rep} in der Zeit meine Datenschutzangelegenheiten bei Ihnen regeln, und was brauchen Sie dafür?
Mit welchen Firmen teilt ihr eigentlich meine Daten? Nur mal so gefragt.
Ich hab eine Warnung bekommen, dass meine Taskbridge-Zugangsdaten in einem Leak aufgetaucht sind. Ist bei euch was passiert?
Welchen Cloud-Anbieter nutzt ihr, und in welchem Land stehen die Server mit meinen Daten?
wie lange bleiben meine alten rechnungen und chats eigentlich bei euch gespeichert?
Bitte vermerkt, dass ich meine Zustimmung zur Anzeige meines Profilfotos in der Anbietersuche zurückziehe.
Gibt es bei euch einen Datenschutzbeauftragten?
Ich möchte mich beschweren: Ein Anbieter hat meinen vollen Namen und meine Adresse in seinem öffentlichen Portfolio gezeigt. Wie gehen Sie damit um?
Wurden meine Personendaten an Dritte bekanntgegeben, zum Beispiel an Inkassobüros oder Auskunfteien?
Da war doch letzte Woche dieser Hackerangriff in den News – hat's euch erwischt? Ich mach mir Sorgen um meine Zahlungsdaten.
Kann {rep} künftig in meinem Namen bei euch nachfragen, was mit meinen Daten passiert? Ich bin selbst nicht so fit am Computer.
Können Ihre Support-Mitarbeiter eigentlich meine privaten Nachrichten lesen? Wer intern alles Zugriff hat, würde ich gern wissen.
seit ich mich bei euch angemeldet hab krieg ich anrufe von fremden firmen die meinen namen kennen, ich will wissen ob ihr meine daten weitergebt oder irgendwo ein leck habt, das ist doch kein zufall
"""
P["req.other_privacy.formal"] = r"""
Bitte nennen Sie mir alle Dritten und Dienstleister, an die meine personenbezogenen Daten seit {year} übermittelt wurden.
Hiermit widerrufe ich sämtliche Einwilligungen, die ich Taskbridge erteilt habe, mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO).
Ich möchte mich bei Ihrem Datenschutzbeauftragten darüber beschweren, dass meine Kontaktdaten ohne mein Wissen an einen Anbieter weitergegeben wurden.
Bitte teilen Sie mir mit, ob meine Daten von dem kürzlich bekannt gewordenen Sicherheitsvorfall betroffen sind und welche Maßnahmen Sie ergriffen haben.
Bitte teilen Sie mir mit, ob meine Daten in Drittländer außerhalb des EWR übermittelt werden und auf welche Garantien nach Art. 46 DSGVO Sie sich stützen.
Ich teile Ihnen mit, dass ich {rep} bevollmächtigt habe, mich in allen datenschutzrechtlichen Angelegenheiten zu meinem Konto zu vertreten.
Bitte teilen Sie mir mit, für welchen Zeitraum die zu meiner Person gespeicherten Daten aufbewahrt werden und nach welchen Kriterien sich diese Frist bestimmt.
Ich ersuche um Mitteilung der Kontaktdaten Ihres Datenschutzbeauftragten (Art. 37 Abs. 7 DSGVO), da ich ein Anliegen zur Verarbeitung meiner Daten mit ihm erörtern möchte.
Bitte teilen Sie mir mit, ob meine personenbezogenen Daten von einer Verletzung des Schutzes personenbezogener Daten im Sinne des Art. 4 Nr. 12 DSGVO betroffen sind; ich erhalte seit einiger Zeit Phishing-Mails mit Bezug auf mein Konto.
Ich widerrufe gemäß Art. 7 Abs. 3 DSGVO meine Einwilligung in die Verarbeitung meiner Standort- und Gerätedaten durch Ihre mobile Anwendung.
Bitte nennen Sie mir die Speicherorte meiner personenbezogenen Daten, einschließlich der Standorte der Rechenzentren Ihrer Hosting- und Backup-Dienstleister.
Ich kündige hiermit an, wegen des Umgangs mit meinen Daten Beschwerde bei der österreichischen Datenschutzbehörde (§ 24 DSG, Art. 77 DSGVO) einzulegen, und gebe Ihnen zuvor Gelegenheit zur Stellungnahme.
Ich ersuche um Mitteilung, wie lange Sie die seit {year} zu meinem Konto angefallenen Kommunikationsdaten aufbewahren, sowie um Nennung des nach § 38 BDSG benannten Datenschutzbeauftragten.
Sollte es in Ihrem Verantwortungsbereich zu einer Verletzung des Schutzes meiner Daten gekommen sein, ersuche ich um Benachrichtigung nach Art. 34 DSGVO und um Angabe der betroffenen Datenkategorien.
Ich bitte um eine Aufstellung aller Empfänger, denen Taskbridge meine Kontakt- und Zahlungsdaten offengelegt hat, einschließlich Konzerngesellschaften und Zahlungsdienstleistern.
"""
P["combo.access+deletion"] = r"""
Bitte schicken Sie mir zuerst eine Kopie von allem, was Sie über mich haben, und löschen Sie danach alles.
Ich will sehen, was ihr über mich gespeichert habt, und dann soll alles gelöscht werden.
Ich beantrage Auskunft nach Art. 15 DSGVO und im Anschluss die Löschung aller Daten nach Art. 17 DSGVO.
Bevor ihr meinen Account löscht, hätte ich gern noch eine Aufstellung, was ihr alles über mich gespeichert hattet.
Ich ersuche um Übermittlung einer Kopie meiner Daten; nach deren Erhalt beantrage ich die Löschung meines Kontos samt aller Angaben.
"""
P["combo.deletion+opt_out"] = r"""
Nehmen Sie mich aus allen Verteilern und löschen Sie bei der Gelegenheit gleich mein Konto.
Keine Newsletter mehr und bitte mein Konto samt Daten komplett löschen.
Bitte stellen Sie jede Werbung an mich ein und löschen Sie meine Daten aus Ihren Systemen.
Schluss mit den Werbemails, und das Konto bitte gleich mit allen Daten entfernen.
Ich möchte weder weitere Newsletter noch ein Konto bei euch – bitte austragen und alles über mich löschen.
"""
P["combo.correction+opt_out"] = r"""
Bitte korrigieren Sie meinen Nachnamen ({last}, nicht {wrong_last}) und schicken Sie mir keine Werbung mehr.
Meine Adresse ist jetzt {address} – bitte ändern, und bitte keine Werbepost mehr dorthin.
Meine E-Mail lautet jetzt {email}; bitte aktualisieren, aber keinen Newsletter an die neue Adresse schicken.
Bitte ändern Sie die Schreibweise meines Namens von {wrong_last} auf {last} und streichen Sie mich gleichzeitig aus dem Newsletter.
Bitte ersetzen Sie meine veraltete Anschrift durch {address} und rufen Sie mich nicht mehr zu Werbezwecken an.
"""
P["combo.deletion+portability"] = r"""
Schicken Sie mir meine Daten als JSON-Export, damit ich zu {other_platform} wechseln kann, und löschen Sie danach mein Konto.
Bitte exportieren Sie mein Konto maschinenlesbar und löschen Sie anschließend alle meine Daten.
Ich wechsle zu {other_platform}: erst meine Daten als CSV, dann das Profil löschen.
Bitte erst alle meine Projektdaten als JSON an {other_platform} übertragen, danach kann mein Account hier gelöscht werden.
Ich hätte meine Daten gern als CSV-Export zum Mitnehmen; anschließend bitte ich um vollständige Löschung meines Kontos.
"""
P["combo.correction+restriction"] = r"""
Mein Geburtsdatum ist bei Ihnen falsch – bis das korrigiert ist, nutzen Sie meine Daten bitte für gar nichts.
Bitte korrigieren Sie meine Adresse und setzen Sie die Verarbeitung meiner Daten aus, bis das erledigt ist.
Der Name in meinem Konto stimmt nicht. Schränken Sie die Nutzung meiner Daten ein, bis er berichtigt ist.
Meine Telefonnummer bei Ihnen ist falsch; solange sie nicht berichtigt ist, verwenden Sie meine Daten bitte überhaupt nicht.
Bitte korrigieren Sie meinen falsch erfassten Nachnamen und frieren Sie bis dahin jede Verarbeitung meiner Daten ein.
"""
P["combo.objection+restriction"] = r"""
Ich widerspreche dem Profiling und möchte, dass die Verarbeitung meiner Daten ruht, bis Sie meinen Widerspruch geprüft haben.
Bitte stoppen Sie die KI-Auswertung meines Kontos; bis über meinen Widerspruch entschieden ist, sollen meine Daten gar nicht verarbeitet werden.
Ich widerspreche der Nutzung meiner Daten für Analysen und verlange bis zur Klärung die Einschränkung der Verarbeitung.
Ich widerspreche dem Scoring meines Kontos; solange Sie meinen Einwand prüfen, bitte meine Daten nur speichern und sonst nichts damit tun.
Gegen die KI-Auswertung meiner Nachrichten lege ich Widerspruch ein und beantrage für die Dauer der Prüfung die Einschränkung der Verarbeitung nach Art. 18 Abs. 1 lit. d DSGVO.
"""
P["combo.access+other_privacy"] = r"""
Sagen Sie mir bitte, was Sie über mich speichern und an wen Sie es weitergegeben haben.
Bitte schicken Sie mir eine Kopie meiner Daten und eine Liste aller Firmen, die sie bekommen haben.
Ich möchte wissen, welche Daten Sie über mich haben, wo sie gespeichert sind und ob sie die EU verlassen haben.
Was speichert ihr über mich, und wie lange behaltet ihr das noch?
Bitte senden Sie mir eine Kopie meiner Daten und sagen Sie mir, ob diese von dem Datenleck im Frühjahr betroffen waren.
"""
P["combo.objection+opt_out"] = r"""
Keine Newsletter mehr und bitte nutzen Sie meine Daten nicht mehr für euren Empfehlungsalgorithmus.
Bitte keine Werbe-Mails mehr und kein Profiling für „personalisierte“ Vorschläge.
Ich will raus aus eurem Marketing und raus aus eurem KI-Profiling.
Kein Profiling für eure Anbieter-Empfehlungen und auch keine Rabatt-SMS mehr, bitte.
Ich widerspreche der Auswertung meiner Daten für das Ranking und möchte keine Werbe-E-Mails mehr erhalten.
"""

P["agent_req.access"] = r"""
Wir bitten um Auskunft über sämtliche zu {client} gespeicherten personenbezogenen Daten sowie um eine Kopie dieser Daten (Art. 15 DSGVO).
Bitte bestätigen Sie, ob Sie Daten von {client_first} verarbeiten, und erteilen Sie gegebenenfalls vollständige Auskunft.
Bitte übersenden Sie uns eine Kopie aller Daten, die Taskbridge über {client} gespeichert hat, einschließlich Nachrichten und interner Vermerke.
Namens {client_first} verlange ich Auskunft über die gespeicherten Daten, deren Herkunft und die Empfänger.
Im Auftrag von {client} ersuchen wir um eine vollständige Aufstellung sämtlicher Daten, die Taskbridge zu dieser Person führt, nebst Kopie.
Ich möchte für {client_first} in Erfahrung bringen, welche persönlichen Angaben bei Ihnen gespeichert sind, und bitte um Zusendung einer Kopie.
Bitte gewähren Sie Einsicht in alle Datensätze, die zu {client} in Ihren Systemen existieren, einschließlich Login-Protokollen und Supportverläufen.
"""
P["agent_req.deletion"] = r"""
Bitte löschen Sie das Konto von {client} und alle damit verbundenen personenbezogenen Daten.
Wir verlangen die unverzügliche Löschung aller {client} betreffenden Daten gemäß Art. 17 DSGVO.
Bitte entfernen Sie <<sein||ihr>> Profil, die Nachrichten und alle hochgeladenen Dokumente dauerhaft.
Bitte schließen Sie das Konto von {client_first} und bestätigen Sie uns schriftlich die vollständige Löschung.
Wir fordern Sie auf, den Account von {client_first} aufzulösen und <<seine||ihre>> personenbezogenen Daten aus sämtlichen Systemen zu entfernen.
Da {client} der Registrierung nie wirksam zugestimmt hat, bitte ich, das Konto samt allen Angaben restlos zu löschen.
Bitte tilgen Sie alle Daten zu {client}, einschließlich der hochgeladenen Fotos und Bewertungen, und bestätigen Sie uns den Vollzug.
"""
P["agent_req.correction"] = r"""
Das bei Ihnen gespeicherte Geburtsdatum von {client_first} ist falsch; richtig ist der {client_dob}. Bitte berichtigen Sie dies.
Bitte berichtigen Sie die Anschrift von {client} auf {client_address}.
Der Nachname von {client_first} ist bei Ihnen falsch geschrieben. Bitte korrigieren Sie ihn auf {client_last}.
Wir verlangen die Berichtigung der unrichtigen Daten zu {client} und bitten um Bestätigung.
{client_first} ist umgezogen, die neue Anschrift lautet {client_address}; bitte ersetzen Sie die veraltete Angabe in Ihren Stammdaten.
In Ihrem System ist {client} mit einem unzutreffenden Geburtsdatum erfasst. Korrekt ist der {client_dob}; wir ersuchen um Richtigstellung gemäß Art. 16 DSGVO.
Bitte vervollständigen Sie den Datensatz von {client_first}: Der Familienname lautet {client_last}, der Eintrag bei Ihnen ist unvollständig.
"""
P["agent_req.portability"] = r"""
Bitte stellen Sie die Daten von {client_first} in einem strukturierten, maschinenlesbaren Format bereit, damit sie zu einem anderen Anbieter übertragen werden können.
Wir beantragen die direkte Übermittlung der Daten von {client} an {other_platform} in einem gängigen Format (Art. 20 Abs. 2 DSGVO).
Bitte exportieren Sie die von {client_first} bereitgestellten Daten (Profil, Aufträge, Bewertungen) als JSON oder CSV.
Namens {client} beantragen wir die Herausgabe der bereitgestellten Profil- und Auftragsdaten als CSV-Datei, damit sie bei einem anderen Dienst eingespielt werden können.
{client_first} wechselt zu {other_platform}; bitte übertragen Sie die Daten aus dem Konto direkt dorthin.
Bitte stellen Sie uns für {client_first} einen maschinenlesbaren Export aller selbst eingegebenen Daten zur Verfügung, damit wir diesen an einen neuen Anbieter weitergeben können.
"""
P["agent_req.restriction"] = r"""
Bis zur Klärung der Streitigkeit zu Auftrag {order} verlangen wir die Einschränkung der Verarbeitung der Daten von {client}.
{client_first} bestreitet die Richtigkeit der gespeicherten Daten; bitte schränken Sie die Verarbeitung bis zur Überprüfung ein.
Bitte löschen Sie die Daten von {client_first} nicht, da sie für ein Gerichtsverfahren benötigt werden, stellen Sie aber jede sonstige Verarbeitung ein.
Bis die Auseinandersetzung um {order} beendet ist, darf mit den Daten von {client} nichts anderes geschehen als ihre Aufbewahrung.
Namens {client_first} ersuchen wir um Sperre der gespeicherten Daten; eine Löschung ist ausdrücklich nicht gewünscht, da die Unterlagen als Beweismittel benötigt werden.
Da die im Konto von {client} gespeicherten Zahlungsangaben bestritten werden, ist die Verarbeitung bis zur Klärung auf die bloße Speicherung zu beschränken (Art. 18 DSGVO).
"""
P["agent_req.objection"] = r"""
{client_first} widerspricht dem Profiling <<seines||ihres>> Kontos und der KI-gestützten Auswertung <<seiner||ihrer>> Daten.
Namens {client_first} legen wir Widerspruch gegen jede auf berechtigte Interessen gestützte Verarbeitung <<seiner||ihrer>> Daten ein.
Bitte verwenden Sie die Daten von {client} nicht mehr für Scoring, Ranking oder das Training von KI-Modellen.
Wir widersprechen im Namen von {client} der automatischen Einstufung <<seines||ihres>> Kontos durch Ihr Risikobewertungssystem.
{client_first} ist nicht damit einverstanden, dass Ihre Plattform <<sein||ihr>> Nutzungsverhalten analysiert, um <<ihn||sie>> einem Kundensegment zuzuordnen; bitte stellen Sie dies ein.
Bitte nehmen Sie die Beiträge und hochgeladenen Arbeiten von {client_first} aus jeglicher KI-Auswertung heraus; einer solchen Verarbeitung wird hiermit widersprochen.
"""
P["agent_req.opt_out"] = r"""
Bitte stellen Sie jegliche Werbung an {client} ein.
Bitte entfernen Sie {client_email} mit sofortiger Wirkung aus allen Marketing-Verteilern.
{client_first} wünscht keine Werbe-E-Mails und keine Werbe-SMS mehr.
{client_first} möchte keine Newsletter und Rabattaktionen mehr erhalten; bitte tragen Sie {client_email} aus.
Bitte unterlassen Sie künftig Werbeanrufe bei {client}; eine Einwilligung dazu besteht nicht.
Namens {client} widerrufen wir die Einwilligung in Marketing-Nachrichten und untersagen die Weitergabe der Kontaktdaten zu Werbezwecken.
"""
P["agent_req.other_privacy"] = r"""
Bitte teilen Sie uns mit, an welche Dritten die Daten von {client} weitergegeben wurden.
Wir möchten wissen, ob die Daten von {client_first} von dem jüngsten Sicherheitsvorfall betroffen sind.
{client_first} widerruft sämtliche gegenüber Taskbridge erteilten Einwilligungen.
Bitte richten Sie künftige Korrespondenz in Datenschutzangelegenheiten von {client} ausschließlich an uns.
Wir ersuchen um Mitteilung, in welchen Ländern die Daten von {client} gespeichert werden und ob Übermittlungen außerhalb der EU stattfinden.
Bitte nennen Sie uns die Kontaktdaten Ihres Datenschutzbeauftragten; wir möchten im Namen von {client_first} eine Beschwerde über die Weitergabe von Kontaktdaten an einen Anbieter vorbringen.
Bitte teilen Sie uns mit, wie lange die Daten von {client} nach Schließung des Kontos noch aufbewahrt werden.
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
Wir suchen jemanden, der unsere Speisekarte sprachlich aufpeppt – 30 Gerichte, kurze, appetitliche Beschreibungen.
Könnten Sie für unseren Handwerksbetrieb in {city} fünf kurze Kundenstorys für die Website schreiben?
Ich brauche ein Lektorat für meinen Fantasyroman, ca. 320 Seiten, Schwerpunkt Stil und Dialoge.
Für unser Hotel in {city} suchen wir jemanden, der die Zimmerbeschreibungen auf der Website neu schreibt, {deadline}.
Ich brauche einen Ghostwriter für meinen LinkedIn-Auftritt: Profiltext und fünf Beiträge.
Bitte kürzen Sie unseren Jahresbericht für Spender auf vier Seiten und machen Sie ihn lesbarer.
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
Bitte übersetzen Sie unsere Speisekarte ins {lang2}, etwa 60 Gerichte und Getränke.
Wir brauchen die Produktdatenblätter für drei Maschinen ins {lang2}, {deadline}.
Können Sie ein Kinderbuch mit 32 Seiten ins {lang2} übertragen? Die Reime sollten möglichst erhalten bleiben.
Wir brauchen unsere Pressemappe zur Messe ins {lang2}, {deadline}.
Können Sie die Bedienungsanleitung für unsere Kaffeemaschine ins {lang2} übersetzen? Rund 4.000 Wörter.
Bitte übersetzen Sie die Website unseres Weinguts ins {lang2}, etwa 15 Seiten.
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
Wir brauchen ein Roll-up-Banner für eine Messe, 85 × 200 cm, {deadline}.
Können Sie unsere Speisekarte neu layouten? Zwei Seiten, passend zum bestehenden Logo.
Bitte entwerfen Sie ein Maskottchen für unsere Lern-App für Kinder – freundlich und einfach zu animieren.
Wir brauchen eine Einladungskarte für unser Firmenjubiläum, edel und schlicht, {deadline}.
Können Sie für unseren Podcast ein Cover-Artwork in 3000 × 3000 Pixeln gestalten?
Bitte entwerfen Sie ein Etikett für unser neues Craft-Bier, in drei Farbvarianten.
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
Wir brauchen ein Plugin, das in WooCommerce automatisch Versandetiketten bei DHL erzeugt.
Kann jemand unsere React-App auf die aktuelle Version heben und die veralteten Pakete aktualisieren?
Bitte schreiben Sie Unit-Tests für unser Zahlungsmodul, die Testabdeckung liegt aktuell unter 30 %.
Wir brauchen eine kleine Web-App, mit der unsere Mitarbeiter Urlaubsanträge stellen können.
Bitte binden Sie Stripe als Zahlungsmethode in unseren Shop ein.
Können Sie unser Excel-Makro für die Angebotserstellung nach Python portieren?
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
Bitte buchen Sie die Belege unserer Ferienwohnung für 2025 und bereiten Sie die Anlage V vor.
Wir suchen jemanden, der die offenen Posten abgleicht und die Mahnläufe vorbereitet.
Können Sie die Reisekostenabrechnungen unserer Außendienstler prüfen und verbuchen?
Bitte erstellen Sie die Zusammenfassende Meldung für unsere EU-Lieferungen im Oktober.
Wir brauchen Unterstützung bei der Inventur und der Bewertung des Lagerbestands zum Jahresende.
Könnten Sie die Anlagenbuchhaltung für unsere neuen Maschinen einrichten und die Abschreibungen berechnen?
"""
P["task.marketing"] = r"""
Wir möchten eine Google-Ads-Kampagne für unser Yogastudio schalten, Budget {budget} im Monat.
Können Sie einen Social-Media-Redaktionsplan für Dezember erstellen (Instagram und TikTok)?
Wir brauchen eine Newsletter-Vorlage und die ersten zwei Kampagnen in Mailchimp.
Wir suchen ein SEO-Audit für unseren Onlineshop mit einer Liste schneller Verbesserungen.
Bitte richten Sie Conversion-Tracking und Retargeting bei Meta für unseren Produktlaunch ein.
Wir brauchen einen Plan für Influencer-Kooperationen für unsere neue Hautpflegelinie.
Bitte betreuen Sie drei Monate lang unseren Instagram-Kanal – vier Posts pro Woche plus Storys.
Für unseren Tag der offenen Tür brauchen wir eine lokale Kampagne auf Instagram und Facebook, Budget {budget}.
Könnten Sie unser Google-Unternehmensprofil optimieren und eine Strategie für mehr Bewertungen entwickeln?
Bitte erstellen Sie einen Content-Plan für unseren LinkedIn-Auftritt im B2B-Bereich, zwei Beiträge pro Woche.
Wir suchen jemanden für eine Pinterest-Kampagne für unsere Möbelmarke, Budget {budget}.
Bitte schreiben Sie fünf Varianten der Betreffzeile für unser Black-Friday-Mailing und testen Sie sie gegeneinander.
Können Sie eine Wettbewerbsanalyse unserer drei größten Konkurrenten auf Instagram machen?
"""
P["task.data_analysis"] = r"""
Können Sie unsere Verkaufsdaten der letzten zwei Jahre auswerten und saisonale Muster finden?
Wir brauchen ein Power-BI-Dashboard für unser Ticketaufkommen im Support.
Bitte bereinigen Sie unsere Umfrageergebnisse (ca. 1.500 Antworten) und machen Sie eine einfache Segmentierung.
Ich brauche eine Regressionsanalyse für die Daten meiner Abschlussarbeit, in R oder SPSS.
Könnte jemand aus unseren Abodaten ein Kündigungsmodell bauen?
Wir möchten den A/B-Test auf unserer Preisseite auswerten lassen.
Wir haben drei Jahre Shop-Bestellungen und wollen wissen, welche Produkte zusammen gekauft werden.
Können Sie aus unseren Lagerdaten eine Bedarfsprognose für das Weihnachtsgeschäft erstellen?
Wir möchten wissen, welche Marketingkanäle die meisten zahlenden Kunden bringen – bitte eine Attributionsanalyse mit unseren GA4-Daten.
Bitte visualisieren Sie die Energieverbrauchsdaten unserer drei Standorte in einem Excel-Dashboard.
Bitte werten Sie unsere Mitarbeiterbefragung aus und erstellen Sie eine Präsentation mit den Kernaussagen.
Können Sie aus unseren Webshop-Daten den Customer Lifetime Value pro Kanal berechnen?
Wir brauchen eine Prognose der Besucherzahlen unseres Freibads auf Basis historischer Wetterdaten.
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
Wie kann ich einen Auftrag stornieren, bevor der Anbieter mit der Arbeit angefangen hat?
Der Anbieter hat für {order} geliefert, aber ich kann den Meilenstein nicht freigeben – der Button ist ausgegraut.
Können Firmenkunden auch per Überweisung statt mit Kreditkarte bezahlen?
Kann ich für {order} nachträglich eine Rechnung mit unserer USt-IdNr. bekommen?
Der Anbieter möchte die Frist für {order} um eine Woche verlängern. Wo kann ich das bestätigen?
Die Rechnung {inv} wurde mir in Dollar statt in Euro ausgestellt – wie kann ich das ändern lassen?
"""
P["hard.writing"] = r"""
Können Sie eine Datenschutzerklärung für meinen Onlineshop schreiben? Wir sitzen in Deutschland, sie muss also DSGVO-konform sein.
Bitte den zweiten Absatz löschen und die Tippfehler in der Einleitung korrigieren.
Wir brauchen einen Blogartikel, der Kleinunternehmern das Recht auf Vergessenwerden erklärt.
Könnten Sie Musterantworten für Auskunftsersuchen schreiben, die wir von unseren eigenen Kunden bekommen?
Bitte schreiben Sie den Abschnitt „Ihre Daten, Ihre Rechte“ in unseren FAQ verständlicher.
Im Entwurf steht noch unsere alte Büroadresse im Impressum. Bitte aktualisieren und die alte Telefonnummer entfernen.
Ich suche einen DSGVO-Berater, der unseren Auftragsverarbeitungsvertrag mit Lieferanten überarbeitet.
Wir brauchen eine kurze, verständliche Einwilligungserklärung für Fotos auf unserer Vereinswebsite, DSGVO-tauglich und ohne Juristendeutsch.
Bitte im Newsletter-Entwurf alle Stellen löschen, die noch auf die alte Rabattaktion verweisen, und die Anrede durchgehend korrigieren.
Können Sie einen Ratgeber schreiben: „Datenleck – was jetzt?“, eine Checkliste für kleine Arztpraxen, ca. 1.000 Wörter?
Bitte lektorieren Sie unser Whitepaper zur Datenschutz-Folgenabschätzung – nur Sprache und Stil, fachlich ist es abgenommen.
In Kapitel drei meiner Memoiren bitte die persönlichen Details über meinen früheren Chef streichen, das ist mir für das Buch zu privat.
Bitte schreiben Sie für unsere Kita einen Elternbrief, der erklärt, wie wir Fotos der Kinder DSGVO-konform verwenden.
Im Blogartikel bitte den Abschnitt über Cookies löschen und die Quellenangaben korrigieren, der Rest passt.
Schreiben Sie bitte einen LinkedIn-Beitrag darüber, warum unser Start-up Kundendaten nur in Europa speichert, ca. 200 Wörter.
Können Sie den Abmelde-Hinweis im Footer unseres Newsletters freundlicher formulieren? Aktuell klingt er wie eine Drohung.
Ich schreibe einen Krimi über einen Datendiebstahl – bitte das Manuskript lektorieren und die Szenen mit Fachbegriffen auf Plausibilität prüfen.
"""
P["hard.translation"] = r"""
Bitte übersetzen Sie unsere Datenschutzhinweise ins {lang2}.
Wir brauchen unseren Auftragsverarbeitungsvertrag nach DSGVO übersetzt ins {lang2}, juristischer Stil.
Übersetzen Sie bitte den Hilfeartikel „So löschen Sie Ihr Konto“ ins {lang2}.
Können Sie ein Urteil zum Auskunftsrecht nach Art. 15 DSGVO ins {lang2} übersetzen?
Bitte korrigieren Sie die Fehler in der Übersetzung unserer Datenschutzerklärung ins {lang2}; unser Anwalt hat einiges angemerkt.
Wir brauchen die Texte „Abmelden“ und „Einstellungen verwalten“ unseres Newsletters übersetzt ins {lang2}.
Übersetzen Sie bitte das Einwilligungsformular zur Datenverarbeitung für unsere Zahnarztpraxis ins {lang2}, eine Seite.
Wir brauchen die Texte unseres Cookie-Banners (Akzeptieren, Ablehnen, Einstellungen, ca. 150 Wörter) übersetzt ins {lang2}.
Für unser Glossar brauchen wir die DSGVO-Fachbegriffe (Auskunftsrecht, Löschung, Widerspruch, Einwilligung usw.) einheitlich übersetzt ins {lang2}, rund 80 Einträge.
Können Sie unsere Antwortvorlagen für Auskunfts- und Löschanfragen unserer Kunden ins {lang2} übertragen? Es sind sechs kurze E-Mails.
Bitte entfernen Sie vor der Übersetzung ins {lang2} die veralteten Einträge aus unserem Translation Memory, sonst tauchen die alten Produktnamen wieder auf.
Übersetzen Sie bitte unser Formular „Antrag auf Auskunft über gespeicherte Daten“ ins {lang2}, damit ausländische Kunden es ausfüllen können.
Wir brauchen die E-Mail-Vorlage „Ihr Konto wurde gelöscht“ unserer App ins {lang2} übersetzt, ca. 120 Wörter.
Bitte übertragen Sie die Widerrufsbelehrung unseres Onlineshops ins {lang2} und korrigieren Sie bei der Gelegenheit die Tippfehler im deutschen Original.
Können Sie das Schulungsvideo „Datenschutz am Arbeitsplatz“ für unsere Belegschaft ins {lang2} untertiteln?
Bitte exportieren Sie die Übersetzung ins {lang2} am Ende als XLIFF-Datei und löschen Sie vorher die internen Kommentare aus dem Dokument.
"""
P["hard.design"] = r"""
Bitte das alte Logo aus dem Entwurf löschen und das neue verwenden.
Entfernen Sie bitte das Wasserzeichen von den Produktfotos.
Ich widerspreche der Designänderung in Version 3 – bitte zurück zum blauen Header.
Können Sie ein DSGVO-Einwilligungs-Pop-up gestalten, das nicht abschreckend wirkt?
Bitte den Hintergrund bei diesen 30 Porträtfotos entfernen.
Bitte die Adresse im Briefpapier-Entwurf ändern, wir sind umgezogen nach {address}.
Wir brauchen Icons für „Meine Daten herunterladen“, „Konto löschen“ und „Datenschutz-Einstellungen“ in unserer App.
Gestalten Sie bitte ein A3-Plakat „Ihre Rechte nach der DSGVO“ für das Wartezimmer unserer Praxis – freundlich, nicht nach Behörde.
Bitte die Telefonnummer der alten Filiale aus dem Flyer entfernen und die Öffnungszeiten korrigieren.
Bitte die Ebenen mit dem Logo in der Figma-Datei sperren, damit das Team sie nicht aus Versehen verschiebt.
Auf den Teamfotos für die Website bitte die Gesichter der zwei Kolleginnen verpixeln, die nicht online erscheinen möchten.
Die Seite „Konto löschen“ in unserer App wirkt völlig unübersichtlich – können Sie sie neu gestalten, mit einer klaren Warnung vor dem letzten Schritt?
Bitte entfernen Sie die Autokennzeichen auf den Fotos für unseren Firmenprospekt.
Wir brauchen ein Hinweisschild „Videoüberwachung – Informationen nach DSGVO“ für den Eingangsbereich unseres Ladens, passend zu unserem Corporate Design.
Bitte gestalten Sie das Datenschutz-Einstellungsmenü unserer App übersichtlicher; die Schalter für Tracking und Newsletter findet keiner.
Exportieren Sie bitte das Logo in allen Größen und löschen Sie die alten Varianten aus dem gemeinsamen Ordner, damit niemand mehr die falsche Version nimmt.
Bitte gestalten Sie eine Infografik zum Thema „Wie schütze ich meine Daten online?“ für die Website unserer Volkshochschule.
"""
P["hard.software"] = r"""
Bauen Sie bitte einen Button „Meine Daten exportieren“ in unser Kundenportal ein, damit unsere Nutzer ihre Daten als CSV herunterladen können.
Unsere Nutzer können ihr Konto in der App, die Sie für uns gebaut haben, nicht löschen – der Button wirft einen 500-Fehler.
Bitte bauen Sie im Anmeldeformular eine Checkbox für die Werbe-Einwilligung mit Opt-out ein.
Ich komme nicht mehr auf den Staging-Server, mein SSH-Key wird abgelehnt.
Wir müssen den Zugriff auf das Admin-Panel auf unsere Büro-IP beschränken.
Schreiben Sie ein Skript, das die personenbezogenen Daten in unserer Testdatenbank anonymisiert.
Unser Cookie-Banner blockiert Google Analytics nicht vor der Einwilligung. Können Sie das beheben?
Bauen Sie in unseren Onlineshop bitte eine Funktion ein, mit der Kunden ihr Konto selbst löschen können, inklusive Bestätigungsmail.
Wir brauchen einen Cronjob, der Bewerberdaten nach sechs Monaten automatisch aus unserer Datenbank löscht.
Implementieren Sie bitte einen API-Endpunkt, über den unsere Nutzer eine Auskunft über ihre gespeicherten Daten als JSON abrufen können.
Nach dem letzten Deployment ist mein Admin-Konto im CMS gesperrt – können Sie mich wieder freischalten und die Rollen prüfen?
Bitte ziehen Sie unsere Kundendatenbank von der US-Cloud auf einen Server in Frankfurt um; unser Datenschutzberater sieht den Drittlandtransfer kritisch.
Unser Kontaktformular speichert die Anfragen unverschlüsselt in der Datenbank – bitte auf verschlüsselte Speicherung umbauen und die Altdaten bereinigen.
Bitte bauen Sie einen Self-Service-Bereich, in dem Mitglieder unserer Vereins-App ihre Adresse selbst korrigieren können.
Ich kann mich seit dem Update nicht mehr im WordPress-Backend anmelden, angeblich fehlen mir die Zugriffsrechte.
Bitte implementieren Sie eine Double-Opt-in-Strecke für unseren Newsletter und eine Abmeldefunktion mit einem Klick, beides im Laravel-Backend.
Können Sie die Git-Historie bereinigen? Ein Kollege hat versehentlich API-Schlüssel und Passwörter eingecheckt, die müssen komplett raus.
"""
P["hard.bookkeeping"] = r"""
Bitte löschen Sie die doppelten Buchungen zu Rechnung {inv}.
Korrigieren Sie bitte die Umsatzsteuer bei den Oktober-Buchungen – Sie haben 19 % statt 7 % gebucht.
Ich habe keinen Zugriff auf den geteilten Buchhaltungsordner, der Link sagt „Zugriff verweigert“.
Bitte die Adresse in der Rechnungsvorlage auf unser neues Büro ändern.
Können Sie das Hauptbuch als CSV für unseren Steuerberater exportieren?
Bitte beschränken Sie den Zugriff auf den Lohnordner auf die Geschäftsführung und Sie.
Bitte stornieren Sie die Fehlbuchung zu {inv} und korrigieren Sie das Gegenkonto.
Welche Belege dürfen wir nach Ablauf der Aufbewahrungsfrist vernichten? Wir wollen das Archiv aufräumen und die alten Scans löschen.
Ein Großkunde ist umgezogen – bitte die Anschrift in den Debitorenstammdaten korrigieren, damit die Mahnungen richtig ankommen.
Können Sie für die Betriebsprüfung einen Datenexport nach GoBD vorbereiten? Der Prüfer will die Buchungsdaten 2023 bis 2025.
Sperren Sie bitte die Buchungsperiode Januar bis März in DATEV, damit niemand mehr nachträglich etwas ändert.
Bitte löschen Sie den Entwurf der Gutschrift zu {inv}, der Kunde hat doch bezahlt.
Können Sie die Stammdaten unserer Lieferanten bereinigen? Da sind veraltete Bankverbindungen drin, die korrigiert werden müssen.
Wir brauchen eine Kopie des Journals für 2025 als PDF und Excel für die Bank.
Für die Lohnbuchhaltung brauchen wir einen sicheren Weg, um Gehaltsdaten auszutauschen – E-Mail ist unserem Datenschutzbeauftragten zu unsicher. Was schlagen Sie vor?
Der Einspruch gegen den Steuerbescheid muss vorbereitet werden; bitte stellen Sie die Belege für die gestrichenen Betriebsausgaben zusammen und korrigieren Sie die Aufstellung.
"""
P["hard.marketing"] = r"""
Der Abmelde-Button im Newsletter, den Sie für uns bauen, funktioniert nicht – bitte vor dem Versand am Donnerstag reparieren.
Bitte entfernen Sie alle Bounces aus unserer Verteilerliste und räumen Sie die Segmente auf.
Wir brauchen eine Reaktivierungskampagne, damit unsere Abonnenten ihre Einwilligung bestätigen (Double-Opt-in).
Können Sie Mailchimp so einrichten, dass Abmelder automatisch aus der Ads-Zielgruppe entfernt werden?
Stoppen Sie die Facebook-Kampagne, die verbrennt nur Budget – bitte alle Anzeigen bis Montag pausieren.
Bitte löschen Sie die alten Landingpages aus dem Google-Ads-Konto und korrigieren Sie die Tracking-Parameter.
Bitte bereinigen Sie unsere Mailingliste: Alle Kontakte ohne dokumentierte Einwilligung fliegen raus, bevor die Frühjahrskampagne verschickt wird.
Richten Sie bitte vor dem Start unserer Google-Ads-Kampagne den Consent Mode ein, damit das Tracking DSGVO-konform läuft.
Die Abmelderate beim letzten Newsletter lag bei 4 % – können Sie herausfinden, woran das liegt, und die Betreffzeilen überarbeiten?
Bitte entfernen Sie die Retargeting-Pixel von unserer Karriereseite und schließen Sie Bewerber aus allen Zielgruppen aus.
Wir möchten Bestandskunden per SMS zur Neueröffnung einladen. Können Sie die Kampagne aufsetzen und prüfen, ob unsere Einwilligungen dafür reichen?
Bitte richten Sie in Brevo ein Abmeldeformular ein, bei dem Leser auswählen können, welche Newsletter-Themen sie nicht mehr wollen.
Können Sie uns eine datenschutzfreundliche Alternative zu Google Analytics für unsere Kampagnenmessung empfehlen und einrichten?
Löschen Sie bitte die alten Instagram-Posts aus 2022 mit den falschen Preisen und korrigieren Sie die Bio.
Wir wollen für unsere Kanzlei eine LinkedIn-Kampagne zum Thema „DSGVO-Bußgelder vermeiden“ starten – Budget steht, Texte fehlen.
Bitte exportieren Sie die Kampagnenergebnisse aus Meta Ads als CSV und entfernen Sie die Testanzeigen aus dem Bericht.
"""
P["hard.data_analysis"] = r"""
Exportieren Sie die Tabelle bitte als CSV und löschen Sie vorher die Testzeilen.
Werten Sie die Umfrage aus, aber anonymisieren Sie die Teilnehmer vorher – keine Namen im Bericht.
Bitte korrigieren Sie die Zahlen im Q3-Bericht, die Summen stimmen nicht.
Können Sie das Dashboard so einschränken, dass nur die Finanzabteilung die Gehaltsdaten sieht?
Wir möchten auswerten, wie viele Kunden sich letztes Jahr vom Newsletter abgemeldet haben.
Bitte entfernen Sie die personenbezogenen Merkmale aus dem Datensatz und rechnen Sie die Clusteranalyse neu.
Bitte in der Kundentabelle alle Dubletten löschen und Datensätze mit gleicher E-Mail-Adresse zusammenführen.
Können Sie auswerten, wie viele Auskunftsanfragen und Löschanträge unsere Firma 2025 bekommen hat, aufgeschlüsselt nach Monat und Bearbeitungsdauer?
Korrigieren Sie bitte die falsch formatierten Geburtsdaten in unserer Mitgliederliste, bevor Sie die Altersstruktur auswerten.
Pseudonymisieren Sie bitte die Patientendaten vor der Auswertung; Klarnamen dürfen unser Praxisnetz nicht verlassen.
Exportieren Sie die Ergebnisse der Warenkorbanalyse bitte als JSON, damit wir sie direkt in unser BI-Tool laden können.
Bitte prüfen Sie unseren Datensatz darauf, ob Rückschlüsse auf einzelne Personen möglich sind, bevor wir ihn als Open Data veröffentlichen.
Können Sie die Zugriffszahlen auf unsere Hilfeseite „Konto löschen“ auswerten? Wir wollen wissen, warum so viele Nutzer dort landen.
Bitte korrigieren Sie die fehlerhaften Postleitzahlen in der Filialtabelle und exportieren Sie das Ergebnis nach Excel.
Im Power-BI-Bericht sollen Teamleiter nur die Daten ihres eigenen Teams sehen – bitte den Zugriff per Zeilenebenen-Sicherheit einschränken.
Wir brauchen eine Auswertung, wie oft Kunden in unserem Checkout der Datenweitergabe an Partner zustimmen oder widersprechen, aufgeschlüsselt nach Gerätetyp.
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
Mein Konto ist seit heute früh gesperrt, angeblich wegen verdächtiger Anmeldungen. Wie bekomme ich es wieder freigeschaltet? Ich muss morgen eine Lieferung abnehmen.
Kann ich beim Rechnungsexport auch eine CSV-Datei für DATEV ziehen, oder gibt es nur PDFs?
Eine Kollegin hat unsere Firma verlassen. Wie entferne ich sie aus dem Firmenkonto und sperre ihren Zugang?
Kann ich eine abgegebene Bewertung nachträglich korrigieren? Ich habe {provider} aus Versehen zwei statt fünf Sterne gegeben.
Für unsere DSGVO-Dokumentation brauchen wir den Auftragsverarbeitungsvertrag mit Taskbridge. Wo finde ich den im Firmenkonto zum Download?
Wie lade ich die Lieferdateien von {provider} gesammelt als ZIP herunter? Einzeln dauert das ewig.
Ich habe versehentlich eine Nachricht mit einem falschen Angebot an {provider} geschickt. Kann ich die löschen oder zurückziehen?
Wie stelle ich ein, dass nur die Admins von {company} die Rechnungen sehen und herunterladen dürfen?
Ich hab mich mit dem Google-Login angemeldet und komme nach dem Wechsel auf ein neues Handy nicht mehr ins Konto. Wie krieg ich den Zugang zurück?
Kann ich mich von den Benachrichtigungen abmelden? Ich bekomme für jede Nachricht im Projektchat eine Mail, eine tägliche Zusammenfassung würde reichen.
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


# ------------------------------------------------------------------ training only
# Core lines written on 2026-11-28, after the held-out wordings were fixed: build_corpus.py
# puts them in the train split only. Written from knowledge of the language, without sight
# of this bank's validation or test lines, the sample inbox or any evaluation data; a line
# that read like a held-out line of its pool (difflib ratio above 0.6) was left out.
P_TRAIN = {}
P_TRAIN["req.access.plain"] = r"""
Woher habt ihr eigentlich meine Handynummer? Die hab ich euch nie gegeben. Und was habt ihr sonst noch so über mich?
Sagen Sie mal, wofür verwenden Sie meine Angaben eigentlich alles? Ich hätte gern eine Aufstellung, was Sie über mich haben und warum.
Grüezi, ich möchte gerne Einsicht in alles, was Sie über mich führen, auch in die Notizen, die Ihr Support zu meinen Tickets gemacht hat.
Ich bin seit Jahren Kunde[[||in]] bei euch und hab keine Ahnung, was da inzwischen alles über mich rumliegt. Schickt mir doch bitte mal einen Auszug.
Seit drei Wochen warte ich auf eine Antwort: Ich will endlich wissen, welche Daten Sie über mich speichern und wozu. Bitte schicken Sie mir das jetzt zu.
"""
P_TRAIN["req.access.formal"] = r"""
Unter Bezugnahme auf Art. 15 Abs. 1 lit. g DSGVO bitte ich um Mitteilung, aus welcher Quelle Sie meine Telefonnummer erhalten haben, sowie um Auskunft über alle weiteren zu meiner Person gespeicherten Daten.
Ich ersuche um Auskunft über die Verarbeitungszwecke und die Kategorien der zu meinem Konto {acc} gespeicherten Daten sowie um Übermittlung einer Kopie gemäß Art. 15 Abs. 3 DSGVO.
Ich bitte um eine vollständige Aufstellung der Angaben, die Sie im Zusammenhang mit meinen Aufträgen, Bewertungen und Zahlungen zu meiner Person gespeichert haben; bitte fügen Sie eine Kopie dieser Daten bei.
"""
P_TRAIN["req.deletion.plain"] = r"""
Ich brauche Taskbridge nicht mehr. Könnt ihr meinen Account bitte komplett entfernen, inklusive Portfolio und aller Uploads?
bitte meinen account loeschen, ich nutz das eh nicht mehr
Ich möchte, dass von mir bei euch nichts mehr übrig bleibt – kein Profil, keine Bewertungen, keine Chatverläufe. Bitte alles weg.
Servus, ich hab mich nur für ein einziges Projekt angemeldet und das ist jetzt fertig. Bitte schmeißt mein Konto samt allen Angaben raus.
Ich habe schon zweimal darum gebeten, mein Profil zu entfernen, und es ist immer noch online. Bitte löschen Sie jetzt endlich alles, was mit mir zu tun hat.
Könnten Sie bitte dafür sorgen, dass mein Name und meine Kontaktdaten bei Ihnen nirgends mehr auftauchen? Auch nicht in alten Aufträgen.
"""
P_TRAIN["req.deletion.formal"] = r"""
Gemäß Art. 17 DSGVO fordere ich Sie auf, mein Nutzerkonto {acc} einschließlich Portfolio, Bewertungen und Nachrichtenverläufen zu löschen und mir die Löschung schriftlich zu bestätigen.
Ich ersuche Sie, sämtliche mich betreffenden personenbezogenen Daten, die keiner gesetzlichen Aufbewahrungspflicht unterliegen, unverzüglich zu löschen und die übrigen Daten nach Ablauf der jeweiligen Frist zu entfernen.
Da ich das Kundenverhältnis zum Monatsende gekündigt habe, beantrage ich die Löschung meines Kontos sowie aller damit verknüpften Angaben zu meiner Person.
"""
P_TRAIN["req.correction.plain"] = r"""
Hallo, ich hab geheiratet und heiße jetzt {last}. Könnt ihr das im Profil und auf den Rechnungen bitte ändern? Ich find die Stelle in den Einstellungen nicht.
Meine Handynummer ist bei Ihnen falsch hinterlegt, da sind zwei Ziffern vertauscht. Richtig ist {phone}.
mein nachname ist {last}, nicht {wrong_last}!! steht seit monaten falsch in meinem profil
Bei mir steht als Geburtsdatum {wrong_dob}, das stimmt nicht – ich bin am {dob} geboren. Bitte ändern, sonst scheitert die Identitätsprüfung.
Wir sind im Frühjahr umgezogen, die Post von Ihnen geht aber immer noch an die alte Adresse. Neu ist {address}.
In meiner Mailadresse bei euch ist ein Tippfehler, deshalb bekomm ich keine Auftragsbestätigungen. Die richtige ist {email}.
"""
P_TRAIN["req.correction.formal"] = r"""
Die zu meinem Konto {acc} gespeicherte Telefonnummer ist unzutreffend. Ich bitte, sie durch {phone} zu ersetzen und mir die Änderung kurz zu bestätigen.
Ihre Unterlagen enthalten eine unrichtige Wohnanschrift; unter Berufung auf Art. 16 DSGVO verlange ich deren Berichtigung auf {address}.
"""
P_TRAIN["req.portability.plain"] = r"""
Kann ich meine ganzen Auftragsdaten und Bewertungen irgendwie als Datei rausziehen? Ich will die in mein eigenes CRM importieren.
Ich zieh mit meinem Übersetzungsbüro zu {other_platform} um. Könnt ihr meine Kundenbewertungen und Projekte direkt dorthin rüberschicken?
gibts nen json export von meinem profil? will zu {other_platform}
Ich brauche meine Auftragsliste mit Datum, Betrag und Bewertung in einer Excel-tauglichen Datei, weil ich zu einer anderen Plattform wechsle.
Mein Portfolio und die ganzen Referenzen hab ich mir bei euch über Jahre aufgebaut. Wenn ich jetzt gehe, will ich das in einem Format mitnehmen, das ein anderes System auch lesen kann.
Ist es möglich, meine Profildaten und Rechnungen gesammelt in einem maschinenlesbaren Format zu bekommen? {other_platform} bietet einen Import dafür an.
"""
P_TRAIN["req.portability.formal"] = r"""
Ich ersuche um Übermittlung meiner Kontodaten zu {acc} im XML-Format, damit ich sie in die Systeme eines anderen Anbieters übernehmen kann.
Bitte stellen Sie die Daten, die ich Ihnen im Rahmen meiner Tätigkeit als Anbieter[[||in]] zur Verfügung gestellt habe, für eine Übernahme durch {other_platform} bereit; eine Datei im JSON- oder CSV-Format ist ausreichend.
"""
P_TRAIN["req.restriction.plain"] = r"""
Solange der Streit um {order} nicht geklärt ist, sollen meine Chatverläufe und Dateien bitte bleiben, wo sie sind – aber macht bitte nichts anderes mehr damit.
Ich will mein Konto nicht löschen, nur auf Eis legen. Meine Daten bitte aufheben, aber nirgends mehr verwenden, bis ich weiß, ob ich rechtlich gegen den Anbieter vorgehe.
Die Adresse, die bei euch steht, ist meiner Meinung nach falsch, ihr sagt aber, sie stimmt. Bis das geklärt ist, benutzt meine Daten bitte für nichts.
Ihr wollt mein Konto wegen Inaktivität löschen – bitte nicht! Ich brauche die Rechnungen und Nachrichten noch für ein Verfahren vorm Arbeitsgericht. Nur aufbewahren, sonst nichts damit machen.
Ich prüfe gerade mit meiner Rechtsschutzversicherung, ob ich gegen {provider} vorgehe. Bis dahin bitte meine Daten zu dem Auftrag nur aufheben und nicht weiter nutzen.
Ich möchte, dass Sie meine Daten einfrieren. Kein Löschen, kein Auswerten, einfach liegen lassen, bis die Reklamation zu {order} durch ist.
"""
P_TRAIN["req.restriction.formal"] = r"""
Da die Verarbeitung meiner Daten aus meiner Sicht unrechtmäßig erfolgt, ich eine Löschung jedoch ablehne, verlange ich gemäß Art. 18 Abs. 1 lit. b DSGVO die Einschränkung der Verarbeitung.
Ich ersuche Sie, die zu meinem Konto gespeicherten Nachrichten und Dateien bis zum Abschluss des gerichtlichen Verfahrens gegen {provider} ausschließlich zu speichern und für keine anderen Zwecke zu verwenden.
Für die Dauer der Prüfung meines Einwands gegen die Richtigkeit meiner Stammdaten bitte ich, diese zu sperren und mich vor einer Aufhebung der Sperre zu benachrichtigen.
"""
P_TRAIN["req.objection.plain"] = r"""
Ich hab gesehen, dass eure KI meine Chatnachrichten mit den Anbietern auswertet. Das will ich nicht – bitte sofort abstellen.
als anbieter will ich nicht dass euer algorithmus mich nach antwortzeiten und stornoquote bewertet und runterstuft. bitte nehmt mich aus dem scoring raus
Eure neue Funktion „Smarte Angebotsvorschläge“ liest offenbar meine alten Aufträge mit. Das möchte ich nicht, bitte lasst meine Aufträge da außen vor.
Ich finde es übergriffig, dass ihr anhand meiner Login-Zeiten und Zahlungen einschätzt, wie „zahlungsfreudig“ ich bin. Hört bitte auf, mich so auszuwerten.
Laut Datenschutzerklärung nutzt ihr meine Bewertungstexte für eine Zufriedenheitsanalyse. Da mach ich nicht mit, lasst meine Texte bitte raus.
Ich möchte nicht, dass mein Profil automatisch mit öffentlich verfügbaren Infos aus sozialen Netzwerken angereichert wird. Bitte stoppen Sie das.
"""
P_TRAIN["req.objection.formal"] = r"""
Ich lege gemäß Art. 21 Abs. 1 DSGVO Widerspruch gegen die Bewertung meines Anbieterprofils durch Ihr automatisiertes Ranking-Verfahren ein.
Der Auswertung meiner Nachrichtenverläufe mit Auftraggebern zu Zwecken der Qualitätssicherung und Produktentwicklung widerspreche ich hiermit ausdrücklich.
Ich widerspreche der Verwendung meiner hochgeladenen Dateien und Projektbeschreibungen zum Training Ihres KI-Matchings; ein überwiegendes berechtigtes Interesse Ihrerseits vermag ich nicht zu erkennen.
"""
P_TRAIN["req.opt_out.plain"] = r"""
Hört bitte auf, mir jeden zweiten Tag „Angebote, die dich interessieren könnten“ zu schicken. Ich will das nicht.
Ich möchte nicht, dass Sie meine Daten an Werbepartner verkaufen oder weitergeben. Bitte vermerken Sie das in meinem Konto.
Könnt ihr die personalisierte Werbung abstellen? Seit ich bei euch ein Logo bestellt habe, verfolgen mich eure Anzeigen auf jeder Website.
Ich habe nur eine Übersetzung bei Ihnen beauftragt und kein Newsletter-Abo abgeschlossen. Bitte nehmen Sie {email} aus Ihrem Verteiler.
newsletter abbestellen bitte, und die push-nachrichten mit rabattcodes auch abschalten
"""
P_TRAIN["req.opt_out.formal"] = r"""
Hiermit widerspreche ich der Nutzung meiner Daten für personalisierte Werbung auf Drittplattformen sowie jeder Weitergabe an Werbenetzwerke.
Unter Berufung auf Art. 7 Abs. 3 DSGVO widerrufe ich die bei der Registrierung erteilte Einwilligung in telefonische Werbung; meine Rufnummer {phone} ist aus sämtlichen Kontaktlisten zu entfernen.
"""
P_TRAIN["req.other_privacy.plain"] = r"""
Stehen eure Server eigentlich in Europa? Ich will nicht, dass meine Projektdateien in den USA landen.
Ich hab eine Phishing-Mail bekommen, in der meine Auftragsnummer {order} stand. Wie kommen die da ran? Gab es bei euch ein Datenleck?
sieht der anbieter eigentlich meine privatadresse? und wer bekommt die sonst noch zu sehen?
Wie lange bewahrt ihr die Chatverläufe mit den Anbietern auf, nachdem ein Auftrag abgeschlossen ist?
Bei wem kann ich mich über euren Umgang mit meinen Daten beschweren? Intern komm ich bei euch nicht weiter, dann geh ich halt zur Datenschutzbehörde.
Ich habe damals zugestimmt, dass ihr meinen Standort nutzt, um mir Anbieter in der Nähe anzuzeigen. Das ziehe ich hiermit zurück.
"""
P_TRAIN["req.other_privacy.formal"] = r"""
Bitte teilen Sie mir mit, ob meine Daten an Auftragsverarbeiter in Drittländern übermittelt werden und welche Garantien, etwa Standardvertragsklauseln, hierfür bestehen.
Ich beabsichtige, bei der zuständigen Aufsichtsbehörde Beschwerde einzulegen, und gebe Ihnen zuvor Gelegenheit zur Stellungnahme, weshalb meine Datenschutzanfrage vom Anfang des Monats bislang unbeantwortet geblieben ist.
Bitte teilen Sie mir die Speicherfristen für Rechnungsdaten, Chatverläufe und Login-Protokolle mit, die Sie nach Schließung eines Kontos anwenden.
"""
P_TRAIN["agent_req.access"] = r"""
Wir vertreten {client} und ersuchen um Auskunft, welche Daten Taskbridge zu <<seiner||ihrer>> Person verarbeitet, aus welcher Quelle sie stammen und zu welchen Zwecken; eine Kopie bitten wir beizufügen.
<<Mein Vater||Meine Mutter>> {client_first} hat mich gebeten nachzufragen, was Sie alles über <<ihn||sie>> gespeichert haben. Könnten Sie uns das zuschicken? Eine Vollmacht liegt bei.
"""
P_TRAIN["agent_req.deletion"] = r"""
<<Unser Sohn||Unsere Tochter>> {client_first} hat sich mit 15 ohne unser Wissen bei Ihnen registriert. Bitte löschen Sie das Konto und alles, was <<er||sie>> dort angegeben hat.
Im Auftrag von {client} fordern wir Sie auf, sämtliche personenbezogenen Daten <<unseres Mandanten||unserer Mandantin>> gemäß Art. 17 DSGVO zu löschen; die Vollmacht fügen wir bei.
"""
P_TRAIN["agent_req.correction"] = r"""
{client_first} heißt seit der Hochzeit {client_last}. Könnten Sie den Namen in <<seinem||ihrem>> Konto bitte anpassen? <<Er||Sie>> hat mich gebeten, das für <<ihn||sie>> zu erledigen.
Die bei Ihnen für {client} gespeicherte E-Mail-Adresse ist veraltet; bitte ersetzen Sie sie durch {client_email} und bestätigen Sie uns die Berichtigung.
"""
P_TRAIN["agent_req.portability"] = r"""
Wir begleiten {client} beim Wechsel zu {other_platform} und bitten, die Profil- und Auftragsdaten <<unseres Mandanten||unserer Mandantin>> als JSON-Datei bereitzustellen.
<<Mein Bruder||Meine Schwester>> {client_first} möchte <<seine||ihre>> Bewertungen und Aufträge mitnehmen – können Sie die als CSV exportieren, damit wir sie woanders hochladen können?
"""
P_TRAIN["agent_req.restriction"] = r"""
{client_first} bestreitet die Richtigkeit der in <<seinem||ihrem>> Konto gespeicherten Bankverbindung. Bis zur Klärung sollen die Daten nur gespeichert, aber nicht verwendet werden.
<<Mein Vater||Meine Mutter>> {client_first} braucht die Chatverläufe mit dem Anbieter noch für die Anzeige bei der Polizei. Bitte nichts löschen, aber auch nichts mehr damit machen.
"""
P_TRAIN["agent_req.objection"] = r"""
Wir widersprechen namens {client} der Verwendung <<seiner||ihrer>> Bewertungen und Chatnachrichten für Ihre KI-gestützte Stimmungsanalyse.
{client_first} möchte nicht, dass <<sein||ihr>> Anbieterprofil von Ihrem Algorithmus nach Antwortzeit und Stornoquote eingestuft wird; bitte nehmen Sie <<ihn||sie>> aus diesem Scoring heraus.
"""
P_TRAIN["agent_req.opt_out"] = r"""
<<Mein Großvater||Meine Großmutter>> {client_first} bekommt ständig Werbeanrufe von Ihnen und ist damit überfordert. Bitte streichen Sie <<seine||ihre>> Nummer sofort aus allen Listen.
"""
P_TRAIN["agent_req.other_privacy"] = r"""
Wir möchten im Auftrag von {client} wissen, an welche Anbieter und Zahlungsdienstleister <<seine||ihre>> Daten übermittelt wurden.
"""
P_TRAIN["combo.access+deletion"] = r"""
Schickt mir bitte erst eine Übersicht über alles, was ihr zu mir gespeichert habt, und danach kann das Konto weg – komplett.
Ich möchte eine Kopie meiner Daten erhalten und bitte Sie, diese anschließend einschließlich meines Profils dauerhaft zu löschen.
"""
P_TRAIN["combo.deletion+opt_out"] = r"""
Ich bekomme trotz Abmeldung immer noch eure Rabatt-Mails. Jetzt reicht's: keine Werbung mehr und mein Konto bitte komplett löschen.
Bitte entfernen Sie {email} aus Ihren Werbeverteilern und löschen Sie zugleich mein Kundenkonto mit allen gespeicherten Angaben.
"""
P_TRAIN["combo.correction+opt_out"] = r"""
Meine Telefonnummer hat sich geändert, neu ist {phone} – bitte eintragen, aber nur für Rückfragen zu Aufträgen nutzen, keine Werbeanrufe.
Ihr schreibt mich im Newsletter immer mit {wrong_last} an. Richtig heißt es {last} – bitte im Konto korrigieren und mich gleich vom Newsletter abmelden.
"""
P_TRAIN["combo.deletion+portability"] = r"""
Bevor ich meinen Account schließe, hätte ich gern meine Portfolio- und Auftragsdaten als JSON. Danach bitte alles löschen.
Ich ersuche um Übermittlung meiner Daten in einem maschinenlesbaren Format an {other_platform} und im Anschluss um die Löschung meines Kontos.
"""
P_TRAIN["combo.correction+restriction"] = r"""
Bei mir steht {wrong_dob} als Geburtsdatum, richtig ist {dob}. Bitte berichtigen – und bis das erledigt ist, meine Daten bitte nicht verwenden.
"""
P_TRAIN["combo.objection+restriction"] = r"""
Gegen die Verwendung meiner Projektdateien für Ihr KI-Training lege ich Widerspruch ein; bis zur Entscheidung darüber verlange ich, dass die Daten lediglich gespeichert werden.
"""
P_TRAIN["combo.access+other_privacy"] = r"""
Ich bitte um eine Kopie meiner gespeicherten Daten sowie um die Kontaktdaten Ihres Datenschutzbeauftragten, an den ich mich bei Rückfragen wenden kann.
"""
P_TRAIN["combo.objection+opt_out"] = r"""
Keine Push-Nachrichten mit Angeboten mehr, und eure KI soll bitte auch nicht mehr meine Aufträge auswerten, um mir Anbieter vorzuschlagen.
"""
P_TRAIN["hard.writing"] = r"""
Wir brauchen für unseren Onlineshop eine neue Datenschutzerklärung in verständlicher Sprache, inklusive eines Abschnitts zu Auskunft, Löschung und Widerspruch.
Im dritten Kapitel meines Romans bitte die Szene mit dem Nachbarn streichen und die Namen der Nebenfiguren durchgehend korrigieren.
"""
P_TRAIN["hard.translation"] = r"""
Bitte übersetzen Sie unser Cookie-Banner und die zugehörigen Einstellungstexte ins {lang2}, kurz und verständlich.
Wir brauchen unseren Auftragsverarbeitungsvertrag ins {lang2} übersetzt, am besten von jemandem mit juristischem Hintergrund.
In der Übersetzung der Broschüre ins {lang2} stehen noch die Kommentare aus dem Lektorat. Bitte entfernen und die falsche Firmenanschrift auf der Rückseite korrigieren.
"""
P_TRAIN["hard.design"] = r"""
Gegen die neue Schriftart im Briefkopf habe ich Einwände – bitte wieder die alte verwenden und nur die Farben anpassen.
Können Sie ein Cookie-Banner für unsere Website gestalten, das zum Corporate Design passt und „Ablehnen“ genauso sichtbar macht wie „Akzeptieren“?
"""
P_TRAIN["hard.software"] = r"""
Der Link zum Zurücksetzen des Passworts in unserem Onlineshop führt seit dem Update ins Leere. Bitte beheben, {deadline}.
Unser Kundenportal braucht eine Seite „Meine Daten“, auf der Nutzer ihre Adresse selbst korrigieren und ihre Daten als JSON herunterladen können.
"""
P_TRAIN["hard.bookkeeping"] = r"""
Auf unserer Rechnungsvorlage steht noch die alte Adresse, und in der Steuernummer ist ein Zahlendreher – bitte korrigieren.
Bitte löschen Sie die doppelt erfassten Belege vom März aus der Buchhaltung und exportieren Sie das Journal anschließend als CSV.
Wir brauchen Unterstützung bei der Frage, wie lange wir die Lohnunterlagen ehemaliger Mitarbeiter aufbewahren müssen und ab wann wir sie vernichten dürfen.
"""
P_TRAIN["hard.marketing"] = r"""
Bitte bereinigen Sie unsere Newsletter-Liste: Alle, die sich abgemeldet haben, müssen raus, bevor die Frühjahrskampagne startet.
Wir brauchen ein Konzept, wie wir unsere Zielgruppe ohne Drittanbieter-Cookies erreichen, weil immer mehr Besucher das Tracking ablehnen.
Können Sie uns einen DSGVO-Berater vermitteln, der die E-Mail-Marketing-Prozesse unserer Agentur prüft?
"""
P_TRAIN["hard.data_analysis"] = r"""
Bitte anonymisieren Sie die Umfragedaten, bevor Sie die Auswertung an den Vorstand schicken – keine Namen, keine E-Mail-Adressen.
Bitte werten Sie unsere Support-Tickets aus: Wie viele Anfragen zu Datenauskunft und Kontolöschung hatten wir pro Monat?
Unsere Kundendatenbank soll pseudonymisiert werden, damit das Data-Science-Team damit arbeiten darf. Können Sie das Skript dafür schreiben und die Churn-Analyse darauf aufsetzen?
"""
P_TRAIN["hard.platform_support"] = r"""
Ich komme nicht mehr in mein Konto, der Code für die Zwei-Faktor-Anmeldung kommt nicht an. Können Sie mir helfen?
Wie kann ich einen Anbieter blockieren, damit er meine Ausschreibungen nicht mehr sieht und mir keine Nachrichten mehr schickt?
Wie lösche ich eine Ausschreibung, die ich aus Versehen doppelt angelegt habe?
"""
P_TRAIN["task.writing"] = r"""
Wir brauchen zehn Produktbeschreibungen für unsere neuen Gartenmöbel, je etwa 150 Wörter, {deadline}.
"""
P_TRAIN["task.translation"] = r"""
Bitte übersetzen Sie unseren Geschäftsbericht ins {lang2}, etwa 40 Seiten mit Tabellen.
Ich brauche eine beglaubigte Übersetzung meines Abiturzeugnisses ins {lang2}.
"""
P_TRAIN["task.design"] = r"""
Wir suchen jemanden, der für unsere Bäckerei ein neues Logo und passende Brötchentüten entwirft.
Bitte gestalten Sie eine Infografik zu unseren Nachhaltigkeitszielen für den Jahresbericht.
"""
P_TRAIN["task.software"] = r"""
Wir brauchen ein WordPress-Plugin, das die Termine aus unserem Veranstaltungskalender auf der Website anzeigt.
Können Sie unsere Flutter-App um einen Dark Mode erweitern?
"""
P_TRAIN["task.bookkeeping"] = r"""
Bitte übernehmen Sie ab Januar die laufende Buchhaltung für unsere GmbH, etwa 150 Belege im Monat.
"""
P_TRAIN["task.marketing"] = r"""
Wir möchten für unseren Onlineshop eine TikTok-Strategie mit Ideen für die ersten zehn Videos.
Bitte machen Sie eine Keyword-Recherche für die Website unserer Zahnarztpraxis in {city}.
"""
P_TRAIN["task.data_analysis"] = r"""
Wir brauchen ein Regressionsmodell, das den Einfluss unserer Preisaktionen auf den Absatz schätzt.
"""
P_TRAIN["task.platform_support"] = r"""
Wie kann ich einem Anbieter nach Abschluss des Auftrags ein Trinkgeld geben?
Kann ich die Frist für {order} verlängern, ohne den Auftrag neu anzulegen?
"""
