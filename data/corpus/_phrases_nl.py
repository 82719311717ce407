# Nederlandse zinnen (NL/BE). Formaat: zie _phrases_en.py.

LOCALES = ["nl_NL", "nl_NL", "nl_NL", "nl_BE"]
EMAIL_DOMAINS = ["ziggo.example", "kpnmail.example", "hetnet.example", "telenet.example",
                 "mailbox.example", "gmail.example", "xs4all.example"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]
DATE_FORMATS = ["{d:02d}-{m:02d}-{y}", "{d} {month} {y}", "{d:02d}-{m:02d}-{y}"]

P = {}

P["greet.casual"] = r"""
Hallo,
Hoi,
Goedemorgen,
Goedemiddag,
Beste Taskbridge,
Hallo Taskbridge-team,
Dag,
Hey,
"""
P["greet.formal"] = r"""
Geachte heer, mevrouw,
Geachte heer/mevrouw,
Geachte functionaris voor gegevensbescherming,
Aan de functionaris voor gegevensbescherming van Taskbridge,
Geacht privacyteam,
"""
P["greet.formal.business"] = r"""
Geachte heer, mevrouw,
Goedemorgen,
Beste Taskbridge-team,
Beste,
"""
P["greet.person"] = r"""
Hoi {to},
Hallo {to},
Beste {to},
Dag {to},
Goedemorgen {to},
"""
P["close.casual"] = r"""
Bedankt!
Groetjes,
Groet,
Alvast bedankt,
Met vriendelijke groet,
Gr.
Fijne dag,
"""
P["close.formal"] = r"""
Met vriendelijke groet,
Hoogachtend,
Met vriendelijke groeten,
In afwachting van uw antwoord, met vriendelijke groet,
"""
P["close.extra"] = r"""
Laat u even weten als het gedaan is?
Als u mijn identiteit moet controleren, hoor ik het graag.
Een snelle reactie wordt op prijs gesteld.
Graag een bevestiging per e-mail.
"""
P["sig.casual"] = r"""
{first}
{name}
{first}
{name}\n{phone}
{name}\nVerzonden vanaf mijn iPhone
{first}\n\nVerstuurd vanaf mijn telefoon
{name}\n{email}
-- \n{name}\nTel. {phone}
"""
P["sig.formal"] = r"""
{name}\n{street}\n{city_line}
{name}\n{street}\n{city_line}\nTel.: {phone}
{name}\n{address}\nE-mail: {email}
{name}\nTelefoon: {phone}\nE-mail: {email}
{name}
"""
P["sig.business"] = r"""
{name}\n{company}\nT {phone}
{name}\nDirecteur | {company}\n{work_email}
{name}\nMarketing, {company}\nM {phone}
{name}\n{company}\n{street}\n{city_line}
"""
P["sig.agent"] = r"""
mr. {name}\nAdvocaat\n{firm}\n{street}\n{city_line}\nT {phone}
mr. {name} | {firm}\n{email}
{name}\n{firm}\n{street}, {city_line}\nTel. {phone}
"""
P["firm"] = r"""
{l1} Advocaten
{l1} & {l2} Advocaten
Advocatenkantoor {l1}
{l1} {l2} Legal
"""
P["ctx.priv"] = r"""
Mijn account is {acc}.
Ik sta geregistreerd met {email}.
Vorig jaar heb ik Taskbridge een paar keer gebruikt, vooral voor vertalingen.
Mijn laatste bestelling was {order}, een logo-ontwerp.
Ik ben al meer dan een jaar niet meer ingelogd.
Het account staat op {email} (ID {acc}).
In {year} heb ik via jullie een tekstschrijver ingehuurd.
Ik ben een oud-klant, accountnummer {acc}.
Ik heb mijn winkel gesloten en heb het platform niet meer nodig.
Ik had me alleen aangemeld voor een offerte en heb nooit iets besteld.
U kunt me bereiken op {phone} als dat nodig is.
"""
P["ctx.ord"] = r"""
We hebben al eerder met jullie gewerkt (order {order}).
Ik ben eigenaar van {company}.
We zijn een klein team uit {city}.
Mijn account: {acc}.
Hopelijk gaat alles goed.
Zoals telefonisch besproken:
Een collega raadde jullie platform aan.
Het gaat om {company}.
"""
P["transition"] = r"""
Daarnaast:
Verder heb ik nog een tweede verzoek.
En nog iets:
Ook verzoek ik het volgende.
Tot slot nog dit.
"""
P["bridge"] = r"""
Iets heel anders, los van het project:
Los van de opdracht nog een privacyvraag.
Nu ik u toch heb:
PS:
Overigens:
En iets wat niets met de bestelling te maken heeft:
"""
P["bridge.task"] = r"""
Verder over mijn lopende project:
En dan de eigenlijke opdracht:
Wat de opdracht betreft:
Ik heb ook een nieuwe opdracht:
"""
P["bridge.end"] = r"""
Nog één ding:
Tot slot nog een verzoek:
Voordat we afsluiten, nog één verzoek:
En als laatste:
"""
P["thread.done"] = r"""
De definitieve bestanden zijn binnen, dank je – alles in orde en de factuur is betaald.
Alles geleverd en goedgekeurd, bedankt voor het werk.
Dank je, voor mij is het project afgerond.
Alles ontvangen, de opdracht kan worden gesloten.
Top, ik heb een review achtergelaten. We zijn klaar.
"""
P["thread.quote"] = r"""
Op {qdate} om {qtime} schreef {qname} <{qemail}>:
Op {qdate} schreef {qname} <{qemail}>:
{qname} schreef op {qdate}:
"""
P["thread.outlook"] = r"""
-----Oorspronkelijk bericht-----\nVan: {qname} <{qemail}>\nVerzonden: {qdate} {qtime}
Van: {qname} <{qemail}>\nDatum: {qdate} om {qtime}
________________________________\nVan: {qname} <{qemail}>\nVerzonden: {qdate} {qtime}
"""
P["thread.re"] = r"""
Re:
RE:
Antw:
"""
P["support.address"] = r"""
support@taskbridge.example
klantenservice@taskbridge.example
"""
P["formal.intro"] = r"""
Hierbij maak ik gebruik van mijn rechten op grond van de Algemene verordening gegevensbescherming (AVG) met betrekking tot mijn account {acc}.
Als geregistreerde gebruiker van uw platform (e-mailadres: {email}) wend ik mij tot u als verwerkingsverantwoordelijke.
Ik schrijf u over de persoonsgegevens die Taskbridge over mij als oud-klant verwerkt.
Als houder van account {acc} dien ik hierbij het volgende verzoek in op grond van de AVG.
Beschouw deze e-mail alstublieft als een formeel verzoek op grond van de AVG.
"""
P["formal.multi"] = r"""
Ik verzoek u daarom:
Concreet verzoek ik:
Graag het volgende:
Mijn verzoeken zijn als volgt:
"""
P["formal.identity"] = r"""
Ter identificatie: {name}, geboren op {dob}, wonende te {address}.
Mijn geregistreerde e-mailadres is {email} en mijn telefoonnummer {phone}.
Mijn klantnummer is {acc}; mijn laatste bestelling was {order}.
Een kopie van mijn identiteitsbewijs (met afgeschermd BSN) kan ik sturen als dat echt nodig is, maar ik mail vanaf mijn geregistreerde adres.
Gegevens ter identificatie: {name}, geb. {dob}, {address}, account {acc}.
"""
P["formal.deadline"] = r"""
Ik verzoek u binnen de wettelijke termijn van één maand te reageren (artikel 12 lid 3 AVG).
Ik zie uw reactie graag zonder onnodige vertraging en in elk geval binnen een maand na ontvangst tegemoet.
Wilt u de ontvangst van dit verzoek bevestigen?
"""
P["formal.threat"] = r"""
Als ik binnen deze termijn geen reactie ontvang, dien ik een klacht in bij de Autoriteit Persoonsgegevens.
Ik behoud mij het recht voor een klacht in te dienen bij de toezichthouder.
Mocht u zich op een uitzondering beroepen, dan verneem ik graag de motivering.
"""
P["formal.header"] = r"""
{name}\n{street}\n{city_line}\n\nTaskbridge\nt.a.v. de functionaris voor gegevensbescherming\n\n{home_city}, {date}\n\nBetreft: {subj}
{name}\n{address}\n{email}\n\n{date}\n\nBetreft: {subj}
Per e-mail aan privacy@taskbridge.example\n\n{date}\n\nOnderwerp: {subj}
"""
P["formal.task_intro"] = r"""
Graag ontvangen wij een offerte voor de volgende opdracht.
Ik wil via uw platform het volgende project uitbesteden.
Wij zoeken een geschikte opdrachtnemer voor het hieronder beschreven project.
Hieronder vindt u de hoofdpunten van een opdracht die we via Taskbridge willen uitzetten.
"""
P["formal.task_close"] = r"""
Kunt u ons de geschatte kosten en levertijd laten weten?
Wij zien uw voorstel graag tegemoet.
Voor vragen ben ik uiteraard bereikbaar.
Kunt u bevestigen of dit binnen de planning haalbaar is?
"""
P["agent.lawyer"] = r"""
Ik sta {client} bij en schrijf u namens <<hem||haar>>; een machtiging is bijgevoegd.
Ons kantoor treedt op voor {client}, oud-klant van uw platform. Wij schrijven u in opdracht van onze cliënt<<||e>>.
Ik sta {client} bij in een geschil met een opdrachtnemer op uw platform en schrijf u in dat verband over <<zijn||haar>> persoonsgegevens.
Wij zijn door {client} gevraagd <<zijn||haar>> rechten op grond van de AVG namens <<hem||haar>> uit te oefenen.
"""
P["agent.parent"] = r"""
Ik ben de [[vader||moeder]] van {client} ({client_age} jaar). <<Hij||Zij>> heeft zich zonder ons medeweten bij u aangemeld.
Mijn <<zoon||dochter>> {client_first} is {client_age} en heeft zich bij Taskbridge aangemeld om bijles te geven, wat wij niet hebben toegestaan. Ik schrijf u als wettelijk vertegenwoordiger.
Ik schrijf u namens mijn <<zoon||dochter>> {client} ({client_age}), die uw platform voor een schoolproject heeft gebruikt.
"""
P["agent.family"] = r"""
Ik schrijf namens mijn <<vader||moeder>>, {client}, voor wie ik een levenstestament met volmacht heb.
Mijn <<man||vrouw>>, {client}, ligt in het ziekenhuis en heeft mij gevraagd dit voor <<hem||haar>> te regelen.
Ik ben de mentor/bewindvoerder van {client} en regel <<zijn||haar>> zaken.
"""
P["agent.auth"] = r"""
De ondertekende machtiging is bijgevoegd.
Bijgaand een kopie van de volmacht en van <<zijn||haar>> identiteitsbewijs.
De schriftelijke machtiging en een kopie van mijn eigen identiteitsbewijs zijn bijgevoegd.
Het bewijs van mijn vertegenwoordigingsbevoegdheid vindt u in de bijlage.
"""
P["agent.client_id"] = r"""
Het account van {client} is geregistreerd op {client_email} ({client_acc}).
Ter identificatie: {client}, geboren op {client_dob}, {client_address}.
Het gaat om account {client_acc}, gekoppeld aan {client_email}.
"""
P["agent.task_intro"] = r"""
Ik schrijf namens {client}, eigenaar van {company}.
Ik ben de assistent van {client} en plaats deze opdracht voor <<hem||haar>>.
Ons bureau beheert de projecten van {company} en wil namens {client} de volgende opdracht uitzetten.
{client} vroeg mij om namens <<hem||haar>> contact met jullie op te nemen.
"""
P["chat.open"] = r"""
hoi
hallo
Hallo, korte vraag
Hallo, is daar iemand?
hoi, ik heb hulp nodig
"""
P["chat.agent_greet"] = r"""
Hoi {first}, bedankt voor je bericht aan Taskbridge. Waarmee kan ik helpen?
Hallo! Je spreekt met {agent}. Wat kan ik voor je doen?
Goedendag, bedankt voor het wachten. Waar gaat het om?
"""
P["chat.agent_ask"] = r"""
Natuurlijk. Kun je het e-mailadres of de account-ID van je account bevestigen?
Ik kijk even mee. Met welk e-mailadres of accountnummer ben je geregistreerd?
Dank je. Om je account te vinden: wat is je account-ID of e-mail?
"""
P["chat.agent_end"] = r"""
Dank je, ik heb dit vastgelegd als ticket {ticket}. Je krijgt een bevestiging per e-mail.
Begrepen, ik zet het door naar het juiste team. Je hoort per e-mail van ons.
Prima, {first}. Ticket {ticket} is aangemaakt, we nemen contact met je op.
Bedankt voor je bericht. We bevestigen per e-mail zodra het is afgehandeld.
"""
P["chat.agent_end_ord"] = r"""
Dank je, ik heb ticket {ticket} aangemaakt.
Helder, ik zet het door en je krijgt snel antwoord.
Oké, doorgestuurd. Je krijgt een update per e-mail.
Dank je {first}, ik pak het op en kom bij je terug.
"""
P["chat.cust_end"] = r"""
dank je
top, bedankt!
oké dank
dankjewel
prima
"""
P["form.labels"] = r"""
title=Contactformulier|name=Naam|email=E-mail|phone=Telefoon|account=Accountnummer|order=Ordernummer|topic=Onderwerp|message=Bericht|sent=Verzonden op
"""
P["form.topic_privacy"] = r"""
Privacy
Gegevensbescherming
Persoonsgegevens
Mijn gegevens
"""
P["form.topic_generic"] = r"""
Algemene vraag
Mijn account
Overig
Feedback
"""
P["form.topic_project"] = r"""
Nieuw project
Vraag over een order
Offerte aanvragen
Opdracht
"""
P["form.topic_support"] = r"""
Account en inloggen
Facturen en betalingen
Technisch probleem
Betalingen
"""
P["subj.generic"] = r"""
Vraag
Mijn account
Verzoek
Account {acc}
Hallo
Korte vraag
Herinnering
Ticket {ticket}
Order {order}
"""
P["subj.formal"] = r"""
Verzoek op grond van de AVG – {name}
AVG-verzoek
Uitoefening van mijn privacyrechten
Verzoek betreffende mijn persoonsgegevens – account {acc}
"""
P["subj.agent"] = r"""
AVG-verzoek namens {client}
Inzake {client_last} – persoonsgegevens
Account van {client}
"""
P["subj.access"] = r"""
Inzageverzoek
Inzageverzoek AVG
Welke gegevens hebben jullie van mij?
Kopie van mijn gegevens
"""
P["subj.deletion"] = r"""
Account verwijderen
Verwijdering van mijn gegevens
Recht op vergetelheid
Gegevens wissen
"""
P["subj.correction"] = r"""
Onjuiste gegevens in mijn account
Correctie persoonsgegevens
Naamswijziging
Adres aanpassen
"""
P["subj.portability"] = r"""
Export van mijn gegevens
Dataportabiliteit
Overdracht van mijn gegevens
"""
P["subj.restriction"] = r"""
Beperking van de verwerking
Gegevens blokkeren
Geschil – verwerking graag opschorten
"""
P["subj.objection"] = r"""
Bezwaar tegen verwerking
Profilering
Gebruik van mijn gegevens voor AI
Bezwaar art. 21 AVG
"""
P["subj.opt_out"] = r"""
Afmelden
Geen reclamemails meer
Nieuwsbrief
Uitschrijven
"""
P["subj.other_privacy"] = r"""
Vraag over mijn gegevens
Datalek?
Wie heeft mijn gegevens?
Privacyvraag
Toestemming
"""
P["subj.writing"] = r"""
Tekstschrijven
Blogartikelen
Websiteteksten
Redactie
"""
P["subj.translation"] = r"""
Vertaalaanvraag
Vertaling naar het {lang2}
Offerte vertaling
Ondertiteling
"""
P["subj.design"] = r"""
Logo-ontwerp
Flyer
Aanpassingen ontwerp
Nieuwe huisstijl
"""
P["subj.software"] = r"""
Bug oplossen
Probleem met de website
Developer gezocht
App-project
"""
P["subj.bookkeeping"] = r"""
Boekhouding
Btw-aangifte
Maandafsluiting
Jaarrekening
"""
P["subj.marketing"] = r"""
Nieuwsbriefcampagne
Google Ads
Social media planning
SEO-audit
"""
P["subj.data_analysis"] = r"""
Data-analyse
Dashboard
Enquête-analyse
Verkooprapport
"""
P["subj.platform_support"] = r"""
Inlogprobleem
Betaalprobleem
Dubbele afschrijving
Vraag over factuur
Uploaden lukt niet
"""
P["subj.chat"] = r"""
Chatgesprek
Livechat – {date}
Chat met {first}
"""
P["subj.form"] = r"""
Nieuw bericht via het contactformulier
Contactverzoek van {name}
"""
P["task.extra"] = r"""
De briefing zit in de bijlage.
Wat zou dat kosten?
Bellen kan ook, als dat makkelijker is.
Kunnen jullie een globale offerte maken?
De bestanden staan in de gedeelde map.
Budget is ongeveer {budget}.
We hebben het {deadline} nodig.
"""
P["deadlines"] = r"""
voor vrijdag
voor het einde van volgende week
voor de 15e
binnen vijf werkdagen
uiterlijk maandagochtend
voor het einde van de maand
zo snel mogelijk
"""
P["budgets"] = r"""
€ 400
€ 1.200
600 euro
€ 250
€ 900
"""
P["lang2"] = r"""
Engels
Duits
Frans
Spaans
Italiaans
Pools
Portugees
"""

P["req.access.plain"] = r"""
Kunnen jullie me een kopie sturen van alle persoonsgegevens die jullie van mij hebben?
Welke informatie hebben jullie eigenlijk over mij? Ik wil het allemaal zien.
Ik wil weten wat Taskbridge precies over mij heeft opgeslagen: profiel, bestellingen, berichten, alles.
Stuur me alstublieft alles wat u over mij in uw systemen heeft.
Hoe kom ik aan een kopie van mijn gegevens? Ik wil weten wat jullie bewaren.
Ik wil graag een volledige kopie van mijn gegevens, inclusief de chats met opdrachtnemers en de notities van jullie klantenservice.
Kunt u mij vertellen welke persoonsgegevens u over mij heeft verzameld en waar u die vandaan heeft?
Wat weten jullie allemaal van mij? Stuur maar op wat jullie hebben.
kan ik ff zien wat jullie allemaal van mij opgeslagen hebben? ook mijn oude chats graag
Zou ik een kopie mogen krijgen van al mijn gegevens die bij jullie gekend zijn? Ook de gesprekken met de klantendienst graag.
Ik zou graag inzage krijgen in mijn persoonsgegevens. Wat staat er precies in mijn dossier bij u, en waarvoor gebruikt u het?
Bewaren jullie ook de IP-adressen en inlogmomenten van mijn account? Die wil ik dan ook graag zien, samen met de rest van mijn gegevens.
Graag een kopie van mijn persoonsgegevens.
Twee weken geleden heb ik al gevraagd welke gegevens jullie over mij hebben, maar ik heb nog steeds niets gehoord. Ik wil die kopie nu echt ontvangen.
Wat hebben jullie allemaal over mij in jullie database staan? Ik wil een overzicht.
ik wou eens vragen of ik kan opvragen welke gegevns jullie van mij bijhouden
Ge hebt zeker een heel dossier over mij. Mag ik dat eens zien?
Inzage in mijn gegevens graag.
Kunnen jullie mij laten weten welke persoonlijke info er aan mijn account hangt en waarvoor jullie die gebruiken? Ik heb geen idee wat er allemaal verzameld is.
Ik heb het gevoel dat jullie veel meer van mij weten dan ik ooit heb ingevuld, dus ik wil gewoon zwart op wit zien wat er over mij is vastgelegd, van mijn adres tot de inlogtijden en wat jullie uit mijn gedrag afleiden.
Stuur mij een afschrift van mijn persoonsgegevens, ook de dingen die jullie van derden over mij hebben gekregen.
Al drie mails gestuurd en nog steeds geen overzicht van mijn gegevens ontvangen. Hoe moeilijk kan het zijn?
Is er ergens in mijn account een knop om te bekijken wat jullie van mij hebben vastgelegd? Zo niet, mail het me dan maar.
Welke notities hebben jullie medewerkers over mij gemaakt na mijn klacht vorig jaar? Die wil ik lezen.
Ik ben benieuwd wat Taskbridge precies van me bewaart, kun je dat voor me opzoeken en opsturen?
graag een overzichtje van wat er over mij in jullie systeem zit , thx
"""
P["req.access.formal"] = r"""
Op grond van artikel 15 AVG verzoek ik u mij te laten weten of u persoonsgegevens van mij verwerkt en, zo ja, mij daarvan een kopie te verstrekken.
Hierbij dien ik een inzageverzoek in. Ik verzoek u in het bijzonder om de verwerkingsdoeleinden, de categorieën gegevens, de ontvangers en de bewaartermijn.
Ik verzoek om inzage in al mijn persoonsgegevens, ook die in supporttickets, interne notities en back-ups.
Graag ontvang ik in het kader van mijn recht op inzage een kopie van mijn gegevens in een gangbare elektronische vorm.
Ik verzoek u mij alle persoonsgegevens die u van mij heeft te verstrekken, evenals de herkomst daarvan.
Ik verzoek u mij op grond van artikel 15 lid 3 AVG kosteloos een kopie te verstrekken van alle persoonsgegevens die u over mij verwerkt, met inbegrip van logbestanden, betaalgegevens en correspondentie met uw klantenservice.
Hierbij verzoek ik u, onder verwijzing naar artikel 15 AVG, om een volledig en begrijpelijk overzicht van de persoonsgegevens die u van mij verwerkt, zodat ik de rechtmatigheid van die verwerking kan nagaan.
Ik verzoek om een afschrift van mijn persoonsgegevens als bedoeld in artikel 15 AVG, waaronder ook de gegevens die u via cookies of uit andere bronnen over mij heeft verkregen.
Krachtens artikel 15 lid 1 AVG verzoek ik u mij mede te delen welke persoonsgegevens u over mij verwerkt, met welk doel en uit welke bron zij afkomstig zijn, alsmede mij daarvan een kopie te verstrekken.
Graag ontvang ik van u een volledig overzicht van de gegevens die in mijn klantdossier zijn vastgelegd, met inbegrip van eventuele aantekeningen van uw medewerkers.
Ik doe hierbij een beroep op mijn inzagerecht en verzoek u mij een kopie toe te zenden van alle informatie die aan mijn persoon kan worden gekoppeld, waaronder apparaat- en locatiegegevens.
Aangezien ik geen zicht heb op de gegevens die uw platform over mij bijhoudt, verzoek ik u mij een afschrift van mijn volledige dossier te bezorgen; blijft een antwoord binnen de wettelijke termijn uit, dan wend ik mij tot de Gegevensbeschermingsautoriteit.
Ik verzoek u mij, naast een kopie van mijn gegevens, te informeren of er ten aanzien van mij geautomatiseerde besluitvorming plaatsvindt en zo ja, welke logica daaraan ten grondslag ligt (artikel 15 lid 1 sub h AVG).
Mag ik u verzoeken mij schriftelijk te bevestigen welke persoonsgegevens Taskbridge op dit moment van mij bewaart en mij deze in leesbare vorm te doen toekomen?
"""
P["req.deletion.plain"] = r"""
Verwijder alstublieft mijn account en alle gegevens die u van mij heeft.
Ik gebruik Taskbridge niet meer, kunnen jullie alles over mij wissen?
Verwijder mijn profiel, bestelgeschiedenis en berichten. Er mag niets meer bij jullie staan.
Kunnen jullie al mijn persoonlijke gegevens uit jullie systeem halen? Bedankt.
Ik wil mijn account opzeggen en mijn gegevens definitief laten verwijderen.
Wis mijn gegevens alsjeblieft. Ik heb de registratie nooit afgerond en wil niet dat mijn gegevens in jullie database blijven staan.
account verwijderen aub, met alles erop en eraan
Ik wil volledig van jullie platform verdwijnen: account, profielfoto, reviews, alles.
Zorg ervoor dat alles over mij wordt verwijderd, ook de kopie van mijn ID die ik voor de verificatie heb geüpload.
Gooi alsjeblieft alles weg wat jullie over mij hebben.
Ik wil er helemaal mee stoppen. Kunnen jullie mijn account opheffen en alles wat erbij hoort wissen?
mag mijn account weg? en dan ook echt weg, niet alleen op inactief zetten
Mag ik vragen om mijn account en al mijn gegevens te schrappen? Ik heb er geen nut meer van.
Ik heb in de app op „Account verwijderen” geklikt, maar ik kan nog gewoon inloggen en al mijn gegevens staan er nog. Willen jullie het nu echt verwijderen?
Zou u ervoor willen zorgen dat al mijn persoonsgegevens uit uw bestanden worden verwijderd? Ik maak geen gebruik meer van uw diensten.
Ik heb spijt dat ik me ooit heb aangemeld. Haal mijn profiel en al mijn gegevens alsjeblieft weg.
Ik wil dat mijn account weg is. Vandaag nog, graag.
ik wou eens vragen of jullie mijn profiel en alles wat eraan vastzit kunnen wissen, ik heb het niet meer nodig
Ge moogt al mijn gegevens schrappen, ik gebruik dat platform toch nooit meer.
Wissen die handel. Mijn naam, mijn adres, mijn foto's: ik wil niet dat er nog iets van mij bij jullie rondslingert.
Kan mijn account definitief worden opgeheven? Niet alleen gedeactiveerd, alle gegevens moeten eruit.
Hoe lang duurt het nog? Vorige maand heb ik al gevraagd om mijn account te verwijderen en mijn profiel staat er nog steeds.
Iemand heeft ooit een account op mijn naam aangemaakt met mijn adres en telefoonnummer. Verwijder dat profiel en al die gegevens alsjeblieft.
Verwijder ook mijn oude reviews en de berichten die ik aan opdrachtnemers heb gestuurd, samen met de rest van mijn account.
graag alles van mij verwijderen, acount en gegevens. dank
Ik stop als freelancer en wil dat Taskbridge al mijn persoonsgegevens uit het systeem gooit, inclusief bankgegevens en de scan van mijn paspoort.
Recht op vergetelheid: dat wil ik. Alles over mij mag de prullenbak in.
Zouden jullie mijn account willen opheffen en bevestigen dat al mijn persoonlijke informatie daarna echt gewist is?
"""
P["req.deletion.formal"] = r"""
Ik verzoek u om verwijdering van alle mij betreffende persoonsgegevens op grond van artikel 17 AVG.
Ik maak gebruik van mijn recht op gegevenswissing („recht op vergetelheid”) uit artikel 17 AVG, aangezien de gegevens niet langer nodig zijn voor de doeleinden waarvoor ze zijn verzameld.
Ik verzoek u mijn gegevens zonder onredelijke vertraging te wissen en dit schriftelijk te bevestigen, met vermelding van de gegevens die u wettelijk moet bewaren.
Ik verzoek om verwijdering van mijn klantaccount {acc} en alle daaraan gekoppelde gegevens, en om kennisgeving daarvan aan eventuele ontvangers (artikel 19 AVG).
Ik sommeer u al mijn gegevens definitief te verwijderen, ook bij uw verwerkers.
Met een beroep op mijn recht op gegevenswissing verzoek ik u mijn persoonsgegevens, waaronder mijn profiel, geüploade documenten en berichtgeschiedenis, definitief uit uw systemen en back-ups te verwijderen.
Ik verzoek u krachtens artikel 17 lid 1 sub d AVG mijn persoonsgegevens te wissen, omdat deze naar mijn oordeel onrechtmatig zijn verwerkt, en mij binnen een maand te berichten welke gegevens zijn verwijderd.
Hierbij verzoek ik om opheffing van mijn account en verwijdering van alle persoonsgegevens die Taskbridge over mij heeft vastgelegd; graag ontvang ik een schriftelijke bevestiging zodra de wissing is voltooid.
Ik verzoek u, met toepassing van artikel 17 AVG, alle persoonsgegevens die u in verband met account {acc} verwerkt onherroepelijk te wissen.
Nu de overeenkomst met uw platform is beëindigd en er geen grondslag meer bestaat om mijn gegevens te bewaren, verzoek ik u deze volledig te verwijderen.
Hierbij verzoek ik u mijn persoonsgegevens uit uw administratie te verwijderen en mij na afloop een bevestiging van de verwijdering te sturen.
Ik verzoek om de onmiddellijke en definitieve verwijdering van mijn gebruikersprofiel en van alle gegevens die daarmee samenhangen, met inbegrip van kopieën bij partijen die namens u gegevens verwerken.
Onder verwijzing naar het recht op gegevenswissing verzoek ik u mijn account op te heffen; geeft u niet binnen een maand gevolg aan dit verzoek, dan schakel ik de Autoriteit Persoonsgegevens in.
Ik wens dat alle mij betreffende informatie, inclusief geüploade identiteitsdocumenten en betaalgegevens, conform artikel 17 AVG uit uw databanken wordt verwijderd.
"""
P["req.correction.plain"] = r"""
Mijn achternaam staat verkeerd in mijn profiel: het is {last}, niet {wrong_last}.
Jullie hebben nog mijn oude adres. Ik ben verhuisd, het is nu {address}.
Kunnen jullie mijn geboortedatum aanpassen? Er staat {wrong_dob}, het moet {dob} zijn.
Het telefoonnummer dat jullie van mij hebben klopt niet. Het goede is {phone}.
Op jullie facturen staat mijn naam verkeerd gespeld („{wrong_name}”). Kunnen jullie dat in jullie gegevens corrigeren?
jullie hebben nog mijn oude mail {old_email}, nieuw is {email}, graag aanpassen
Volgens jullie woon ik nog op {old_address}. Dat is al jaren niet meer zo: graag {address} invullen.
De gegevens die jullie van mij hebben kloppen niet: adres en geboortedatum zijn allebei fout.
Ik ben getrouwd en heb de achternaam van mijn partner aangenomen. Kunnen jullie mijn naam in mijn profiel veranderen naar {last}?
mijn huisnummer klopt niet in jullie systeem, er staat een toevoeging bij die er niet hoort. graag aanpassen naar {address}
Bij jullie sta ik nog met mijn oud gsm-nummer. Mijn nieuw nummer is {phone}, kunnen jullie dat aanpassen?
Ik heb al drie keer geprobeerd mijn geboortedatum te wijzigen, maar er blijft {wrong_dob} staan. Willen jullie die handmatig op {dob} zetten?
Zou u de schrijfwijze van mijn voornaam in uw gegevens willen aanpassen? Er ontbreekt een accent, waardoor hij niet overeenkomt met mijn paspoort.
Mijn e-mailadres bij jullie is verouderd, graag wijzigen in {email}.
Jullie schrijven mijn naam als {wrong_name}, maar zo heet ik niet. Graag verbeteren.
ik wou eens vragen of jullie mijn adres kunnen bijwerken, ik woon sinds kort op {address}
Mijn geboortedatum is {dob}. Waarom staat er bij jullie {wrong_dob}? Graag rechtzetten.
Gelieve mijn telefoonnummer te vervangen door {phone}, het oude is al afgesloten.
{wrong_last} is niet mijn achternaam, het is {last}. Dat staat al maanden fout op alles wat ik van jullie krijg, erg slordig.
Kunt u {old_email} in mijn profiel vervangen door {email}? Op het oude adres lees ik niets meer.
Het adres {old_address} is niet meer actueel, ik ben verhuisd. Willen jullie {address} noteren?
mijn geboortedatum klopt niet in mijn profiel, moet {dob} zijn ipv {wrong_dob}
Sinds mijn scheiding gebruik ik weer mijn meisjesnaam {last}. Kunnen jullie dat overal in mijn gegevens aanpassen?
In mijn account staat een verkeerd geslacht en mijn tussenvoegsel ontbreekt. Dat klopt allebei niet, graag verbeteren.
Ge hebt mijn straatnaam fout geschreven. Kunt ge dat aanpassen naar {address}?
Correctie graag: juiste nummer is {phone}.
"""
P["req.correction.formal"] = r"""
Op grond van artikel 16 AVG verzoek ik om rectificatie van onjuiste gegevens: mijn geboortedatum staat geregistreerd als {wrong_dob}, de juiste datum is {dob}.
Ik maak gebruik van mijn recht op rectificatie: het adres in mijn klantgegevens ({old_address}) is onjuist; het juiste adres is {address}.
Ik verzoek u mijn achternaam onverwijld te corrigeren (geregistreerd: {wrong_last}; juist: {last}) en mij dit te bevestigen.
Ik verzoek om correctie van mijn gegevens, omdat de naam in mijn account niet overeenkomt met mijn officiële naam ({name}).
Mijn geregistreerde contactgegevens zijn onjuist; graag corrigeren (e-mail: {email}; telefoon: {phone}) en eventuele ontvangers informeren.
Op grond van artikel 16 AVG verzoek ik u mijn achternaam in uw administratie te wijzigen in {last}, in overeenstemming met mijn gewijzigde burgerlijke staat.
Ik verzoek u de onvolledige persoonsgegevens in mijn klantprofiel aan te vullen, zoals artikel 16 AVG voorschrijft: in het door u geregistreerde adres ontbreken het huisnummer en de postcode.
Met een beroep op mijn recht op rectificatie verzoek ik u het onjuiste telefoonnummer in mijn account te vervangen door {phone} en mij te bevestigen dat de wijziging ook bij uw verwerkers is doorgevoerd.
Ik verzoek u de in uw bestanden opgenomen geboortedatum ({wrong_dob}) conform artikel 16 AVG te rectificeren in {dob}.
Bij controle van mijn gegevens heb ik vastgesteld dat mijn woonadres nog als {old_address} staat vermeld. Ik verzoek u dit te wijzigen in {address}.
Hierbij verzoek ik u mijn volledige naam in uw systemen op te nemen als {name}, zoals vermeld in mijn identiteitsbewijs.
Mijn e-mailadres is gewijzigd; ik verzoek u voortaan {email} als mijn contactadres te registreren in plaats van het verouderde adres in mijn profiel.
Ik wijs u erop dat de achternaam {wrong_last} onjuist is en verzoek u deze zonder uitstel te vervangen door {last}; mocht u dit weigeren, dan overweeg ik een klacht bij de Gegevensbeschermingsautoriteit.
Gelet op mijn recht op rectificatie verzoek ik u het telefoonnummer in mijn dossier te actualiseren naar {phone} en alle ontvangers van de onjuiste gegevens van deze correctie op de hoogte te brengen (artikel 19 AVG).
"""
P["req.portability.plain"] = r"""
Ik stap over naar een ander platform. Kunnen jullie mijn gegevens sturen in een formaat dat ik daar kan importeren, zoals CSV of JSON?
Kan ik mijn projecten en profiel krijgen als machineleesbaar bestand? Ik wil het meenemen.
Exporteer mijn gegevens alstublieft in een gestructureerd formaat, zodat ik ze naar een andere dienst kan overzetten.
Kunnen jullie mijn bestelgeschiedenis en reviews rechtstreeks naar {other_platform} overzetten? Zij kunnen dat importeren.
Ik wil mijn gegevens in JSON om ze bij mijn nieuwe aanbieder te uploaden.
Ik ga naar {other_platform}. Stuur mijn gegevens naar hen door of stuur ze mij in een herbruikbaar formaat.
ik stap over naar {other_platform}, kan ik mijn reviews en projectgeschiedenis in één bestand meenemen? json of csv maakt niet uit
Kunnen jullie mijn gegevens rechtstreeks doorsturen naar {other_platform}? Dan moet ik niet alles opnieuw intikken.
Bieden jullie een export van mijn accountgegevens in een gangbaar bestandsformaat? Ik wil mijn opdrachtgeschiedenis meenemen naar een andere dienst.
In de instellingen kan ik alleen pdf'jes van mijn facturen downloaden. Daar heb ik niets aan: ik wil al mijn gegevens in een machineleesbaar bestand, zodat ik kan overstappen.
Graag een export van mijn profiel en bestellingen als CSV, dan neem ik het zelf mee naar mijn nieuwe platform.
Is het mogelijk om mijn hele account, met berichten en beoordelingen, te krijgen in een formaat dat een ander systeem kan inlezen?
Ik wil mijn spullen meenemen naar {other_platform}. Hoe krijg ik al mijn gegevens in een bestand dat zij kunnen lezen?
ik wou eens vragen of er een export bestaat van mijn profiel en opdrachten, liefst als json, want ik verhuis naar een andere site
Kunnen jullie mijn accountgegevens rechtstreeks klaarzetten voor {other_platform}? Ik heb daar al een account.
Export van mijn data in csv graag, ik ga ergens anders verder.
Waarom kan ik nergens een bestand met al mijn gegevens downloaden? Ik wil overstappen en heb geen zin om alles opnieuw in te vullen.
Ik wil mijn klantgegevens, beoordelingen en projecthistorie in een gestructureerd bestand, zodat ik die in een ander systeem kan laden.
Ge zoudt mijn profiel en opdrachtenlijst toch in een bestand kunnen zetten dat ik bij {other_platform} kan inladen?
Zet mijn gegevens over naar {other_platform}, alsjeblieft. Zij zeggen dat ze een import vanuit Taskbridge kunnen verwerken.
Mijn nieuwe werkgever gebruikt een ander platform en ik wil mijn opdrachtgeschiedenis daarheen verhuizen. Kan ik die krijgen als XML of JSON?
Kan ik een zip krijgen met al mijn gegevens in een open formaat? Ik neem alles mee naar een andere dienst.
Jullie export geeft alleen een onbruikbare pdf. Ik heb een machineleesbaar bestand nodig om naar {other_platform} te gaan, dus graag iets waar een computer mee overweg kan.
data meenemen naar andere aanbieder, kan dat? in een formaat wat ik kan importeren
"""
P["req.portability.formal"] = r"""
Op grond van artikel 20 AVG verzoek ik de persoonsgegevens die ik aan u heb verstrekt te ontvangen in een gestructureerde, gangbare en machineleesbare vorm.
Ik maak gebruik van mijn recht op dataportabiliteit en verzoek u mijn gegevens, waar technisch mogelijk, rechtstreeks aan {other_platform} door te geven.
Graag ontvang ik de gegevens die ik aan Taskbridge heb verstrekt (profiel, bestellingen, berichten, reviews) in een machineleesbaar formaat zoals JSON of CSV.
In het kader van mijn recht op overdraagbaarheid verzoek ik om een export van mijn accountgegevens in een interoperabel formaat.
Op grond van artikel 20 AVG verzoek ik u mij de gegevens die ik in het kader van onze overeenkomst heb verstrekt, waaronder mijn projectbeschrijvingen en beoordelingen, ter beschikking te stellen in een gestructureerd bestandsformaat zoals CSV.
Hierbij oefen ik mijn recht op gegevensoverdraagbaarheid uit en verzoek ik u de export zodanig aan te leveren dat {other_platform} deze zonder belemmering kan inlezen.
Ik verzoek u mijn persoonsgegevens, voor zover verwerkt op basis van de overeenkomst, in een gangbaar en machineleesbaar formaat aan mij te verstrekken, zodat ik deze aan een andere verwerkingsverantwoordelijke kan doorgeven (artikel 20 lid 1 AVG).
Ik verzoek u, met een beroep op artikel 20 AVG, de door mij verstrekte gegevens rechtstreeks over te dragen aan {other_platform}, in een formaat dat door hun systemen kan worden verwerkt.
Hierbij verzoek ik om toezending van mijn accountgegevens en opdrachthistorie in een gestructureerd en algemeen gebruikt bestandsformaat, met het oog op overdracht aan een andere dienstverlener.
Ik verzoek u de persoonsgegevens die ik zelf op uw platform heb ingevoerd te exporteren naar een machineleesbaar bestand en mij dat via een beveiligde downloadlink ter beschikking te stellen.
Graag maak ik gebruik van mijn recht op overdraagbaarheid van gegevens: ik verzoek u mijn profielinformatie, berichten en facturatiegegevens in JSON- of XML-formaat te leveren.
Ik verzoek om de overdracht van mijn gegevens aan {other_platform}; is een rechtstreekse overdracht technisch niet haalbaar, dan verzoek ik u mij de gegevens zelf in een herbruikbaar formaat te verstrekken.
Krachtens het recht op gegevensoverdraagbaarheid verzoek ik u mij een export te verschaffen van alle gegevens die ik bij het gebruik van Taskbridge heb aangeleverd, geschikt voor import bij een andere aanbieder.
"""
P["req.restriction.plain"] = r"""
Doe niets met mijn gegevens tot het geschil over de factuur is opgelost: gewoon bevriezen.
Ik betwist de gegevens in mijn account. Gebruik ze tot die tijd niet, maar verwijder ze ook nog niet.
Kunnen jullie mijn gegevens voorlopig blokkeren? Ik wil niet dat ze verwerkt worden zolang mijn geschil met de opdrachtnemer loopt.
Niets verwijderen, ik heb het nodig voor een juridische procedure, maar gebruik het verder nergens voor.
Tot de kwestie rond order {order} is opgelost, mogen mijn gegevens alleen bewaard worden, niet gebruikt.
Stop voorlopig elke verwerking van mijn gegevens terwijl ik nakijk of jullie gegevens kloppen.
Ik betwijfel of de gegevens die jullie over mij hebben kloppen. Zet het gebruik ervan even stil tot jullie dat hebben nagekeken.
Ik heb een advocaat ingeschakeld vanwege een conflict met een opdrachtnemer. Bewaar mijn gegevens, want die heb ik nodig, maar gebruik ze voorlopig nergens anders voor.
gewoon even alles on hold zetten met mijn gegevens aub, niet wissen, niet gebruiken, tot mijn klacht is behandeld
Mogen jullie mijn gegevens voorlopig bijhouden, maar er niets mee doen? Er loopt nog een betwisting over mijn laatste bestelling.
Zou u de verwerking van mijn gegevens tijdelijk willen stopzetten totdat het geschil over order {order} is beslecht? Verwijderen is uitdrukkelijk niet de bedoeling.
Kunnen jullie mijn gegevens bevriezen zonder ze te verwijderen? Ik heb ze nodig voor een rechtszaak, maar verder mogen jullie er niets mee.
Niet verwijderen, niet gebruiken: laat mijn gegevens gewoon liggen tot de zaak rond {order} is afgerond.
ik wou eens vragen of jullie mijn gegevens even op slot kunnen zetten zolang ik met de opdrachtnemer in conflict ben
Ik twijfel aan de juistheid van wat jullie over mij bijhouden. Zolang dat wordt uitgezocht, wil ik dat mijn gegevens nergens voor worden ingezet.
Pauzeer alstublieft elk gebruik van mijn gegevens. Bewaren mag, want mijn advocaat heeft ze misschien nodig.
Ge moogt mijn gegevens bijhouden, maar tot mijn klacht afgehandeld is moogt ge er niks mee doen.
Even alles stilzetten met mijn gegevens aub, ik zit midden in een rechtszaak en wil niet dat er intussen iets mee gebeurt.
Ik wil niet dat jullie mijn gegevens wissen, ik heb ze nodig als bewijs. Maar gebruik ze ook niet meer voor andere dingen.
Zolang niet duidelijk is wie gelijk heeft in het geschil over {order}, mogen jullie mijn gegevens alleen opslaan.
Kunnen jullie een blokkade op mijn gegevens zetten? Niets wissen, maar er mag tijdelijk ook niets mee gebeuren.
Jullie hebben mijn gegevens eigenlijk niet meer nodig, maar ik wel, voor een procedure tegen een opdrachtnemer. Hou ze dus bij en doe er verder niks mee.
Beperk het gebruik van mijn gegevens tot opslag, graag.
Waarom worden mijn gegevens nog steeds gebruikt terwijl ik gevraagd heb dat stil te leggen tot het conflict over mijn factuur is opgelost? Stop daar nu mee, maar verwijder niks.
"""
P["req.restriction.formal"] = r"""
Ik verzoek om beperking van de verwerking van mijn persoonsgegevens op grond van artikel 18 lid 1 sub a AVG, gedurende de tijd die u nodig heeft om de juistheid te controleren.
In afwachting van de afhandeling van het geschil over order {order} verzoek ik u de verwerking van mijn gegevens te beperken tot opslag (artikel 18 AVG).
Ik maak bezwaar tegen wissing van mijn gegevens, die ik nodig heb voor een rechtsvordering, en verzoek in plaats daarvan om beperking van de verwerking.
Ik verzoek u de verwerking van mijn gegevens te beperken totdat op mijn bezwaar is beslist.
Ik verzoek u mijn gegevens te blokkeren en tot de afronding van deze zaak niets anders te doen dan ze op te slaan.
Op grond van artikel 18 lid 1 sub c AVG verzoek ik u mijn gegevens, ook al heeft u deze voor uw eigen doeleinden niet meer nodig, te bewaren en de verwerking te beperken, aangezien ik ze nodig heb voor de instelling van een rechtsvordering.
Aangezien de verwerking van mijn gegevens naar mijn mening onrechtmatig is, maar ik geen wissing wens, verzoek ik u op grond van artikel 18 lid 1 sub b AVG de verwerking te beperken.
Ik verzoek u mijn persoonsgegevens in uw systemen als beperkt te markeren en deze, met uitzondering van opslag, niet te verwerken zolang de klacht over order {order} niet is afgehandeld (artikel 18 lid 2 AVG).
Ik verzoek u de verwerking van mijn persoonsgegevens op te schorten zolang de juistheid van de door u geregistreerde gegevens ter discussie staat (artikel 18 AVG).
Aangezien ik mijn gegevens nodig heb voor de verdediging van mijn rechten in een procedure betreffende order {order}, verzoek ik u deze niet te wissen maar de verwerking ervan te beperken.
Hierbij verzoek ik u mijn gegevens uitsluitend nog te bewaren en er geen andere verwerkingshandelingen mee te verrichten totdat ik u anders bericht.
Ik verzoek u mijn dossier van een verwerkingsbeperking te voorzien en mij in kennis te stellen voordat u deze beperking opheft, zoals artikel 18 lid 3 AVG bepaalt.
In afwachting van de uitspraak van de geschillencommissie verzoek ik u de verwerking van mijn gegevens tijdelijk te beperken; wissing wens ik uitdrukkelijk niet.
Ik verzoek u de gegevens die verband houden met mijn account niet langer te gebruiken, met uitzondering van opslag, totdat het geschil met de opdrachtnemer definitief is beslecht.
"""
P["req.objection.plain"] = r"""
Ik wil niet dat mijn profiel wordt gebruikt voor jullie AI-matching of welke profilering dan ook. Stop daarmee.
Ik ben het er niet mee eens dat jullie mijn berichten met AI analyseren „om de service te verbeteren”. Stop daar alsjeblieft mee.
Gebruik mijn bestelgeschiedenis niet om een profiel van mij te maken. Dat wil ik niet.
In jullie privacyverklaring staat dat jullie mijn gegevens op basis van „gerechtvaardigd belang” voor analyses gebruiken. Daar maak ik bezwaar tegen.
Stop met het gebruiken van mijn projectbestanden om jullie AI-modellen te trainen.
Ik wil niet beoordeeld of gerangschikt worden op basis van mijn gedrag op de site.
Ik zag dat opdrachtnemers een „betrouwbaarheidsscore” van klanten te zien krijgen. Ik wil niet dat er zo'n score over mij wordt berekend.
mijn chats en ontwerpbestanden horen niet in jullie AI-training, gebruik ze daar alsjeblieft niet meer voor
Ik ben er niet mee akkoord dat jullie mijn klikgedrag op het platform analyseren om mij in een klantsegment in te delen. Gelieve daarmee te stoppen.
Ik begrijp dat u mijn gebruiksgegevens verwerkt omdat u daar een „gerechtvaardigd belang” bij heeft, maar in mijn situatie weegt dat niet op tegen mijn privacy. Ik wil dat u daarmee ophoudt.
Ik wil niet dat een algoritme op basis van mijn profiel bepaalt welke opdrachtnemers ik te zien krijg.
Niet mijn berichten door jullie AI laten lezen, graag.
Ik wil niet dat jullie systeem mij automatisch een risicoscore geeft. Haal mij daaruit.
ik wou eens vragen of ik ergens kan aangeven dat mijn berichten niet door jullie AI geanalyseerd mogen worden, want daar ben ik op tegen
Gebruik mijn ontwerpen en teksten niet om jullie taalmodel te voeden.
Ge moogt mijn zoekgedrag niet gebruiken om mij in een of ander profiel in te delen, daar maak ik bezwaar tegen.
Jullie „gerechtvaardigd belang” vind ik geen goede reden om mijn gebruiksgegevens te analyseren. Hou daarmee op.
Stop met het analyseren van mijn gegevens voor interne statistieken en productontwikkeling, ik wil daar niet aan meedoen.
Ik merk dat ik steeds lager in de zoekresultaten kom te staan door een of andere beoordeling van mijn reactietijd. Ik verzet me tegen dat soort automatische ranking op basis van mijn gegevens.
Geen profilering van mij, bedankt.
Waarom worden mijn chats gescand door een algoritme? Ik ben het daar absoluut niet mee eens en wil dat het stopt.
Mijn gegevens horen niet in jullie trainingsdata. Sluit mij uit van alles wat met machine learning te maken heeft.
Ik wil niet dat jullie uit mijn bestellingen afleiden wat voor klant ik ben en mij op basis daarvan anders behandelen.
Die nieuwe functie die mijn opdrachten automatisch met AI samenvat, wil ik voor mijn account uit: ik maak bezwaar tegen die verwerking.
"""
P["req.objection.formal"] = r"""
Ik maak op grond van artikel 21 AVG bezwaar tegen de verwerking van mijn persoonsgegevens op basis van uw gerechtvaardigd belang, inclusief profilering.
Om redenen die verband houden met mijn specifieke situatie maak ik bezwaar tegen de verwerking van mijn gegevens voor het trainen of evalueren van AI-modellen.
Ik maak bezwaar tegen de geautomatiseerde analyse en profilering van mijn gebruiksgegevens zoals beschreven in uw privacyverklaring en verzoek u daarmee te stoppen.
Hierbij maak ik bezwaar tegen elke verwerking van mijn gegevens die berust op artikel 6 lid 1 sub f AVG.
Ik maak bezwaar tegen het gebruik van mijn berichten en bestanden voor de ontwikkeling van uw AI-functies.
Op grond van artikel 21 lid 1 AVG maak ik bezwaar tegen de toekenning van een klantscore op basis van mijn betaal- en gebruiksgedrag en verzoek ik u deze verwerking te staken.
Ik teken bezwaar aan tegen de analyse van mijn projectbestanden en berichten door uw AI-systemen; tenzij u dwingende gerechtvaardigde gronden kunt aantonen die zwaarder wegen dan mijn belangen, verzoek ik u deze verwerking te beëindigen.
Met verwijzing naar artikel 21 AVG verzet ik mij tegen het opnemen van mijn gegevens in de rangschikkingsalgoritmen van uw platform.
Ik teken bezwaar aan tegen de verwerking van mijn gegevens voor het opstellen van klantprofielen en verzoek u deze verwerking met onmiddellijke ingang te beëindigen.
Op grond van mijn bijzondere situatie verzet ik mij tegen het gebruik van mijn communicatie met opdrachtnemers als trainingsmateriaal voor uw algoritmen (artikel 21 lid 1 AVG).
Ik maak bezwaar tegen de verwerking van mijn persoonsgegevens voor de in uw privacyverklaring genoemde analysedoeleinden, nu deze verwerking uitsluitend op uw gerechtvaardigde belangen steunt.
Hierbij maak ik formeel bezwaar tegen de automatische beoordeling en rangschikking van mijn profiel; ik verzoek u mij te bevestigen dat mijn gegevens hiervoor niet langer worden gebruikt.
Ik verzoek u de analyse van mijn gegevens met behulp van kunstmatige intelligentie te staken; meent u dat uw belangen zwaarder wegen, dan verneem ik graag uw motivering.
Met een beroep op het recht van bezwaar verzet ik mij tegen de verwerking van mijn gegevens in uw fraudescoringsmodel, voor zover die op uw gerechtvaardigd belang berust.
"""
P["req.opt_out.plain"] = r"""
Stuur me alstublieft geen reclamemails meer.
Meld me af voor al jullie nieuwsbrieven.
Haal me van jullie mailinglijst, ik krijg nog steeds aanbiedingen terwijl ik me heb afgemeld.
Geen sms'jes met acties meer, daar heb ik nooit om gevraagd.
Ik wil geen gepersonaliseerde advertenties: deel mijn gegevens niet meer met advertentiepartners.
Geen promotiemails en geen verkoopgesprekken meer, bedankt.
Kunnen jullie de nieuwsbrief „Aanbevolen opdrachtnemers” stopzetten? En de kortingsmails ook.
Verwijder {email} van al jullie marketinglijsten.
uitschrijven voor de nieuwsbrief graag
Ik word gek van jullie mails met „aanbevolen freelancers”. Hoe zet ik dat uit? Liefst gewoon helemaal geen reclame meer.
stop met bellen aub, ik hoef geen verkoopgesprek over jullie premium abonnement
Gelieve mij niet meer te contacteren met promoties, niet per mail en ook niet via sms.
Ik heb destijds toestemming gegeven voor jullie nieuwsbrief, maar die trek ik bij dezen in.
Ik wil niet dat jullie mij op Instagram en Facebook achtervolgen met advertenties nadat ik op jullie site ben geweest. Zet dat voor mij uit.
Sinds ik één offerte heb aangevraagd, krijg ik elke week een kortingsmail. Dat hoeft echt niet meer.
ik wou eens vragen of ik die wekelijkse mail met tips en aanbiedingen kan laten stoppen
Afmelden voor alles wat reclame is, graag.
Elke dag een sms van jullie met een actie. Dat moet nu echt ophouden.
Ge moogt mij geen promotiemails meer sturen, daar heb ik nooit om gevraagd.
Kunnen jullie {email} uit jullie nieuwsbriefbestand halen? De afmeldknop onderaan doet niks.
Hou alsjeblieft op met die telefoontjes over jullie zakelijke abonnement, ik wil niet meer gebeld worden voor verkoop.
Mijn toestemming voor marketing trek ik in. Geen mails, geen sms, geen pushberichten met aanbiedingen meer.
Verkoop of deel mijn gegevens niet met adverteerders, en toon me geen gerichte advertenties meer.
Ik heb me drie keer afgemeld en krijg nog steeds jullie „maandelijkse inspiratie”. Schrap me nu eindelijk van die lijst.
geen reclame meer aub
Zou u mij kunnen uitschrijven voor de partneraanbiedingen? De gewone servicemails over mijn opdrachten mag ik wel blijven ontvangen.
Ik wil geen mails meer over „opdrachtnemers die bij jou passen” en ook niet over kortingsacties. Zet al die commerciële berichten voor mij uit.
"""
P["req.opt_out.formal"] = r"""
Hierbij trek ik mijn toestemming in voor het ontvangen van commerciële berichten per e-mail, sms of telefoon.
Ik verzoek u alle direct marketing aan mij te staken en mijn contactgegevens uit uw marketingbestanden te verwijderen.
Ik verzoek u mijn e-mailadres {email} met onmiddellijke ingang van alle nieuwsbrieven en campagnes af te halen.
Graag gebruikt u mijn contactgegevens niet langer voor reclamedoeleinden; wilt u dit bevestigen?
Ik maak op grond van artikel 21 lid 2 AVG bezwaar tegen het gebruik van mijn gegevens voor direct marketing en verzoek u mij geen reclame meer toe te zenden.
Op grond van artikel 11.7 van de Telecommunicatiewet verzoek ik u geen ongevraagde commerciële elektronische berichten meer aan {email} te sturen.
Ik verzoek u mijn persoonsgegevens niet langer te gebruiken voor gepersonaliseerde advertenties en deze daartoe evenmin met advertentienetwerken te delen.
Ik verzoek u mij met onmiddellijke ingang uit te schrijven voor al uw nieuwsbrieven en commerciële mailings, en mijn adres {email} op uw interne afmeldlijst te plaatsen.
Op grond van artikel 7 lid 3 AVG trek ik mijn toestemming voor het toezenden van marketingberichten in.
Hierbij verzoek ik u mij niet langer telefonisch te benaderen voor commerciële doeleinden en mijn nummer in uw systemen als „niet bellen” te registreren.
Ik verzoek u het verstrekken of verkopen van mijn gegevens aan derden voor commerciële doeleinden te staken en mij niet langer op te nemen in advertentiedoelgroepen.
Graag ontvang ik uw bevestiging dat ik geen promotionele sms-berichten van Taskbridge meer zal ontvangen; mijn eerdere toestemming daarvoor is hierbij ingetrokken.
Ondanks eerdere afmeldingen blijf ik reclame van uw platform ontvangen. Ik verzoek u dit per direct te staken; gebeurt dat niet, dan dien ik een klacht in bij de Gegevensbeschermingsautoriteit.
"""
P["req.other_privacy.plain"] = r"""
Met wie hebben jullie mijn gegevens gedeeld? Sinds mijn aanmelding krijg ik spam.
Ik kreeg een mail over een datalek. Zijn mijn gegevens getroffen?
Waar slaan jullie mijn gegevens op? Staan die buiten de EU?
Gebruiken jullie mijn gegevens om jullie AI te trainen? Hoe werkt dat?
Ik trek mijn toestemming in, wat ik bij de aanmelding ook heb aangevinkt.
Wie is jullie functionaris voor gegevensbescherming en hoe bereik ik die?
Hoe lang bewaren jullie mijn gegevens als ik het platform niet meer gebruik?
Een opdrachtnemer belde me op mijn privénummer. Hoe kwam hij aan mijn nummer?
Ik wil een klacht indienen bij jullie FG over hoe er met mijn gegevens is omgegaan.
Ik kreeg ineens mails van een bedrijf waar ik nooit van gehoord heb, met mijn naam en mijn laatste bestelling erin. Hebben jullie mijn gegevens doorgegeven aan anderen?
Ik las dat jullie met een Amerikaanse cloudprovider werken. Gaan mijn gegevens dan naar de VS, en hoe zijn ze daar beschermd?
Ik las in het nieuws dat er bij jullie is ingebroken in de systemen. Moet ik mij zorgen maken? Is mijn paswoord of zijn mijn betaalgegevens gelekt?
hoe lang houden jullie eigenlijk de kopie van mijn id-kaart bij na de verificatie?
Kan ik de toestemming die ik jullie gegeven heb voor het gebruik van mijn locatiegegevens weer intrekken?
Mijn dochter regelt voortaan mijn privacyzaken bij jullie. Wat hebben jullie nodig om haar als mijn vertegenwoordiger te registreren?
ik wou eens vragen aan welke bedrijven jullie mijn gegevens hebben doorgegeven, ik word ineens gebeld door onbekenden
Is mijn wachtwoord gelekt? Mijn wachtwoordmanager meldt dat mijn Taskbridge-login in een lek voorkomt.
In welk land staan jullie servers eigenlijk? Ik wil niet dat mijn gegevens buiten Europa terechtkomen.
Hoe lang houden jullie mijn gegevens nog bij nu ik mijn account niet meer gebruik? Daar vind ik niks over op de site.
Wie is bij jullie verantwoordelijk voor privacy? Ik zoek het mailadres van de FG.
Ik trek mijn toestemming in voor alles waarvoor jullie die ooit van mij gekregen hebben.
Ik wil een klacht indienen over hoe jullie met mijn gegevens zijn omgesprongen: een opdrachtnemer kende mijn thuisadres, terwijl ik dat nooit met hem heb gedeeld.
Werken jullie met onderaannemers die mijn gegevens kunnen inzien? Zo ja, welke?
Gij hebt een datalek gehad volgens de krant. Zitten mijn gegevens daarbij en wat moet ik nu doen?
Waarom wist de opdrachtnemer mijn volledige naam en telefoonnummer al voordat ik iets had besteld? Wie heeft hem dat gegeven?
bewaren jullie mijn betaalgegevens na een bestelling of worden die meteen weggegooid? en waar staan die dan
Ik kreeg een phishingmail met mijn ordernummer en adres erin. Hoe kan een oplichter dat weten? Zijn jullie gehackt?
"""
P["req.other_privacy.formal"] = r"""
Ik verzoek u mij alle derden en verwerkers te noemen aan wie mijn gegevens sinds {year} zijn verstrekt.
Hierbij trek ik alle aan Taskbridge gegeven toestemmingen in, met ingang van nu (artikel 7 lid 3 AVG).
Ik wil een klacht indienen bij uw functionaris voor gegevensbescherming over het zonder mijn toestemming doorgeven van mijn contactgegevens aan een opdrachtnemer.
Graag verneem ik of mijn gegevens zijn getroffen door het recent bekendgemaakte beveiligingsincident en welke maatregelen u heeft genomen.
Graag verneem ik of mijn gegevens buiten de EER worden doorgegeven en, zo ja, op welke waarborgen uit artikel 46 AVG u zich baseert.
Ik deel u mee dat ik {rep} heb gemachtigd mij te vertegenwoordigen in alle zaken rond de bescherming van mijn gegevens.
Ik verzoek u mij mee te delen hoe lang u mijn persoonsgegevens na beëindiging van mijn account bewaart en op welke grond die termijn is vastgesteld.
Ik verzoek u mij, overeenkomstig artikel 34 AVG, volledig te informeren over het datalek waarover ik via de media heb vernomen, met inbegrip van de waarschijnlijke gevolgen voor mij.
Hierbij trek ik met ingang van heden mijn toestemming in voor de verwerking van mijn gegevens in het kader van uw verificatieprogramma voor klanten; de rechtmatigheid van de verwerking vóór de intrekking laat ik onverlet.
Ik verzoek u mij mee te delen in welke landen buiten de Europese Economische Ruimte mijn gegevens worden opgeslagen of ingezien, en welke passende waarborgen daarbij gelden.
Hierbij dien ik een klacht in over de wijze waarop mijn persoonsgegevens door uw platform zijn behandeld; ik verzoek u mij de contactgegevens van uw functionaris voor gegevensbescherming te verstrekken.
Op grond van artikel 7 lid 3 AVG trek ik de toestemming in die ik bij mijn registratie in {year} heb gegeven voor de verwerking van mijn gegevens.
Ik verzoek u mij te berichten of mijn gegevens betrokken zijn bij een inbreuk in verband met persoonsgegevens en, zo ja, of u daarvan melding heeft gedaan bij de Autoriteit Persoonsgegevens.
Graag ontvang ik een opgave van de bewaartermijnen die u hanteert voor de verschillende categorieën gegevens over uw gebruikers, met de criteria waarop die termijnen zijn gebaseerd.
Ik wens te vernemen aan welke verwerkers en externe partijen u mijn gegevens heeft doorgegeven; zonder bevredigend antwoord dien ik op grond van artikel 77 AVG een klacht in bij de Gegevensbeschermingsautoriteit.
"""
P["combo.access+deletion"] = r"""
Stuur me eerst een kopie van alles wat jullie van mij hebben en verwijder daarna alles.
Ik wil zien wat jullie over mij hebben opgeslagen en dan moet het allemaal weg.
Ik verzoek om inzage in mijn gegevens (art. 15 AVG) en aansluitend om verwijdering ervan (art. 17 AVG).
Ik wil eerst weten wat er over mij is vastgelegd, met een kopie erbij, en daarna mag mijn account met alle gegevens verdwijnen.
Graag ontvang ik een overzicht van mijn persoonsgegevens, waarna ik u verzoek deze volledig te wissen.
"""
P["combo.deletion+opt_out"] = r"""
Haal me van jullie mailinglijsten en verwijder meteen ook mijn account.
Geen nieuwsbrieven meer, en verwijder mijn account en gegevens volledig.
Staak alle reclame aan mij en wis mijn gegevens uit uw systemen.
Uitschrijven voor de nieuwsbrief is niet genoeg: wis ook mijn hele profiel.
Ik wil geen reclame meer van jullie ontvangen en verzoek bovendien om verwijdering van al mijn gegevens.
"""
P["combo.correction+opt_out"] = r"""
Corrigeer mijn achternaam ({last}, niet {wrong_last}) en stop met de reclamemails, graag.
Mijn nieuwe adres is {address}: pas het aan, maar stuur er geen reclame naartoe.
Mijn e-mail is nu {email}; graag bijwerken, maar niet aanmelden voor nieuwsbrieven.
Mijn adres is veranderd naar {address}; pas dat aan, en stuur me vooral geen folders of aanbiedingen meer.
Verbeter mijn achternaam in {last} en schrijf me uit voor alle marketingmails.
"""
P["combo.deletion+portability"] = r"""
Stuur mijn gegevens als JSON zodat ik naar {other_platform} kan, en verwijder daarna mijn account.
Exporteer mijn account in een machineleesbaar formaat en wis daarna al mijn gegevens.
Ik ga naar {other_platform}: eerst mijn gegevens als CSV, dan het profiel verwijderen.
Geef me al mijn gegevens als bestand dat {other_platform} kan inlezen, en gooi daarna mijn account weg.
Ik verzoek om een machineleesbare export van mijn gegevens en vervolgens om volledige verwijdering van mijn account.
"""
P["combo.correction+restriction"] = r"""
Mijn geboortedatum staat verkeerd bij jullie; gebruik mijn gegevens nergens voor tot het is gecorrigeerd.
Corrigeer mijn adres en schort de verwerking van mijn gegevens op tot dat gebeurd is.
De naam in mijn account klopt niet. Beperk het gebruik van mijn gegevens tot die is gerectificeerd.
Jullie hebben een verkeerd telefoonnummer van mij; zet de verwerking van mijn gegevens stil totdat dat is rechtgezet.
Ik verzoek u mijn onjuiste adresgegevens te verbeteren en mijn gegevens tot die tijd alleen te bewaren en niet te gebruiken.
"""
P["combo.objection+restriction"] = r"""
Ik maak bezwaar tegen de profilering en wil dat de verwerking van mijn gegevens stil ligt zolang u mijn bezwaar beoordeelt.
Stop de AI-analyse van mijn account en verwerk mijn gegevens niet meer tot er op mijn bezwaar is beslist.
Ik maak bezwaar tegen het gebruik van mijn gegevens voor analyses en verzoek tot die tijd om beperking van de verwerking.
Ik ben tegen jullie klantscores en wil dat mijn gegevens bevroren worden zolang jullie mijn bezwaar bekijken.
Hierbij verzet ik mij tegen de AI-analyse van mijn berichten en verzoek ik de verwerking van mijn gegevens op te schorten tot over dit bezwaar is beslist.
"""
P["combo.access+other_privacy"] = r"""
Vertel me wat jullie over mij hebben en met wie jullie het hebben gedeeld.
Stuur me een kopie van mijn gegevens en een lijst van alle bedrijven die ze hebben gekregen.
Ik wil weten welke gegevens jullie hebben, waar ze staan en of ze de EU hebben verlaten.
Graag een kopie van mijn gegevens, en zeg er ook bij hoe lang jullie die nog gaan bewaren.
Ik verzoek om inzage in mijn persoonsgegevens en om informatie over een mogelijk datalek waarbij die gegevens betrokken zouden zijn.
"""
P["combo.objection+opt_out"] = r"""
Geen nieuwsbrieven meer, en gebruik mijn gegevens niet meer voor jullie aanbevelingsalgoritme.
Stop met de reclamemails en met het profileren voor „persoonlijke” suggesties.
Ik wil uit jullie marketing én uit jullie AI-profilering.
Stop met me te bestoken met promotiemails en hou op met het scoren van mijn profiel.
Ik maak bezwaar tegen het trainen van uw AI op mijn gegevens en wens daarnaast geen commerciële berichten meer te ontvangen.
"""
P["agent_req.access"] = r"""
Wij verzoeken om inzage in alle persoonsgegevens van {client} en om een kopie daarvan (artikel 15 AVG).
Graag vernemen wij of u gegevens van {client_first} verwerkt en, zo ja, ontvangen wij inzage.
Stuur ons een kopie van alles wat Taskbridge over {client} heeft, inclusief berichten en interne notities.
Graag ontvangen wij een kopie van alle gegevens die aan het account van {client} zijn gekoppeld.
Welke persoonsgegevens van {client_first} heeft Taskbridge vastgelegd? Wij verzoeken om een volledig afschrift.
Ik verzoek u mij inzage te geven in het dossier van {client}, met inbegrip van de verwerkingsdoeleinden en de herkomst van de gegevens.
"""
P["agent_req.deletion"] = r"""
Wij verzoeken u het account van {client} en alle daaraan gekoppelde gegevens te verwijderen.
Wij verzoeken om onverwijlde wissing van alle gegevens van {client_first} (artikel 17 AVG).
Verwijder <<zijn||haar>> profiel, berichten en geüploade documenten definitief.
Sluit het account van {client_first} en bevestig ons schriftelijk de volledige verwijdering.
Wis alstublieft alles wat Taskbridge over {client_first} heeft opgeslagen, ook <<zijn||haar>> betaal- en verificatiegegevens.
Namens {client} verzoek ik om opheffing van het account en definitieve verwijdering van <<zijn||haar>> persoonsgegevens.
{client_first} wil niet langer op uw platform geregistreerd staan; wij verzoeken u het profiel en alle bijbehorende gegevens te verwijderen.
"""
P["agent_req.correction"] = r"""
De bij u geregistreerde geboortedatum van {client_first} is onjuist; de juiste datum is {client_dob}. Graag rectificeren.
Corrigeer het adres van {client} naar {client_address}.
De achternaam van {client_first} staat verkeerd gespeld; graag wijzigen in {client_last}.
In het profiel van {client} staat een verouderd adres; het juiste adres is {client_address}. Wij verzoeken u dit te wijzigen.
Graag de geboortedatum van {client_first} aanpassen naar {client_dob}; wat nu is geregistreerd, klopt niet.
{client_first} draagt sinds kort de achternaam {client_last}. Wij verzoeken u dit in alle gegevens bij te werken.
"""
P["agent_req.portability"] = r"""
Verstrek de gegevens van {client_first} in een gestructureerd, machineleesbaar formaat, zodat ze naar een andere dienst kunnen worden overgezet.
Wij verzoeken om rechtstreekse overdracht van de gegevens van {client} aan {other_platform} in een gangbaar formaat.
Exporteer de door {client_first} verstrekte gegevens (profiel, orders, reviews) als JSON of CSV.
Wij verzoeken u de gegevens van {client} rechtstreeks aan {other_platform} over te dragen, zodat het account daar kan worden voortgezet.
Stuur ons alstublieft een machineleesbare export (CSV of JSON) van de gegevens die {client_first} zelf op Taskbridge heeft ingevoerd.
Namens {client} oefenen wij het recht op gegevensoverdraagbaarheid uit en verzoeken wij om een gestructureerd databestand met profiel en opdrachthistorie.
"""
P["agent_req.restriction"] = r"""
In afwachting van het geschil over order {order} verzoeken wij om beperking van de verwerking van de gegevens van {client}.
{client_first} betwist de juistheid van de gegevens; beperk de verwerking tot dit is gecontroleerd.
Verwijder de gegevens van {client_first} niet, want ze zijn nodig voor een gerechtelijke procedure, maar staak elke andere verwerking.
Zolang de juistheid van de gegevens van {client} wordt onderzocht, verzoeken wij u deze uitsluitend te bewaren.
Wij verzoeken u de gegevens van {client_first} niet te wissen, omdat zij als bewijs dienen in de zaak rond order {order}, en de verwerking voor het overige te staken.
Bevries alstublieft het gebruik van de persoonsgegevens van {client} totdat de lopende klacht is afgehandeld.
"""
P["agent_req.objection"] = r"""
{client_first} maakt bezwaar tegen de profilering van <<zijn||haar>> account en de analyse van <<zijn||haar>> gegevens met AI.
Namens {client_first} maken wij bezwaar tegen elke verwerking van <<zijn||haar>> gegevens op basis van gerechtvaardigd belang.
Gebruik de gegevens van {client} niet langer voor scores, rangschikking of het trainen van AI-modellen.
Wij maken namens {client} bezwaar tegen de verwerking van <<zijn||haar>> berichten en bestanden voor het trainen van uw algoritmen.
{client_first} verzet zich tegen de automatische scoring van <<zijn||haar>> profiel; wij verzoeken u deze verwerking te beëindigen.
Wij maken bezwaar tegen elke vorm van profilering van {client} en verzoeken u dit schriftelijk te bevestigen.
"""
P["agent_req.opt_out"] = r"""
Wij verzoeken u alle reclame aan {client} te staken.
Verwijder {client_email} met onmiddellijke ingang van alle marketinglijsten.
{client_first} wil geen promotiemails of -sms'jes meer ontvangen.
Schrijf {client_email} uit voor alle nieuwsbrieven en commerciële mailings van Taskbridge.
{client_first} heeft nooit om reclame gevraagd; wij verzoeken u elke marketingcommunicatie per sms, telefoon of e-mail aan {client} te beëindigen.
Namens {client} trekken wij de toestemming voor het ontvangen van aanbiedingen en promoties in.
"""
P["agent_req.other_privacy"] = r"""
Laat ons weten aan welke derden de gegevens van {client} zijn verstrekt.
Wij willen weten of de gegevens van {client_first} zijn getroffen door het recente beveiligingsincident.
{client_first} trekt alle aan Taskbridge gegeven toestemmingen in.
Richt alle toekomstige correspondentie over de gegevens van {client} voortaan aan ons kantoor.
Wij verzoeken u ons mee te delen waar de gegevens van {client} worden opgeslagen en of zij buiten de EU worden doorgegeven.
Hoe lang bewaart Taskbridge de gegevens van {client_first} nog nu het account niet meer wordt gebruikt?
Namens {client} dienen wij een klacht in over de wijze waarop uw platform met persoonsgegevens is omgegaan, en verzoeken wij om de contactgegevens van uw functionaris voor gegevensbescherming.
"""

P["task.writing"] = r"""
We zoeken een blogartikel van ongeveer 1200 woorden over onboarding op afstand, SEO-vriendelijk, {deadline}.
Kan iemand 40 productteksten schrijven voor onze webshop? Luchtige toon, kort.
Ik zoek een tekstschrijver die de „Over ons”-pagina van onze website herschrijft.
Kunnen jullie mijn masterscriptie (ongeveer 80 pagina's) nakijken op spelling en stijl?
We hebben een persbericht nodig over de opening van ons nieuwe kantoor in {city}.
Ik heb een motivatiebrief en een opgepoetst cv nodig voor een functie als projectleider.
We zoeken iemand voor het script van een uitlegvideo van 90 seconden over onze app.
Kunnen jullie een speech schrijven voor de bruiloft van mijn zus? Vijf minuten, grappig maar niet gênant.
Ik heb een tekstschrijver nodig voor onze nieuwe menukaart: korte, smakelijke beschrijvingen van ongeveer 30 gerechten.
We zoeken iemand die vijf klantcases uitschrijft op basis van interviews die wij aanleveren, {deadline}.
Wij zoeken hulp bij het schrijven van een subsidieaanvraag voor een cultureel project; het projectplan is al klaar.
We zoeken iemand die elke maand een nieuwsbriefartikel van ongeveer 600 woorden schrijft over duurzaam wonen.
Kunnen jullie de teksten voor onze vacaturepagina herschrijven zodat ze uitnodigender klinken, {deadline}?
Ik zoek een ghostwriter voor een boek over de geschiedenis van ons familiebedrijf in {city}.
"""
P["task.translation"] = r"""
Graag onze gebruikershandleiding van 12 pagina's vertalen naar het {lang2}, {deadline}.
Ik heb een beëdigde vertaling van mijn geboorteakte naar het {lang2} nodig voor een visum.
Kunnen jullie het bijgevoegde contract (ongeveer 3500 woorden) naar het {lang2} vertalen? De juridische terminologie moet kloppen.
We willen onze website (zo'n 20 pagina's) laten lokaliseren naar het {lang2}, inclusief de checkout.
Graag onze productvideo van 8 minuten ondertitelen in het {lang2}.
Klein klusje: een mail van 300 woorden aan een leverancier vertalen naar het {lang2}.
We zoeken een moedertaalspreker die de machinevertaling van onze app naar het {lang2} controleert.
Graag de menukaart van ons restaurant vertalen naar het {lang2}, ongeveer 60 gerechten.
Kunnen jullie de samenvatting van ons jaarverslag (4 pagina's) {deadline} naar het {lang2} vertalen?
We willen de transcripties van onze podcast laten vertalen naar het {lang2}, zo'n tien afleveringen van een halfuur.
Graag een vertaling van onze productcatalogus (48 pagina's) naar het {lang2}, {deadline}.
We zoeken een vertaler die onze beurspresentatie van 25 dia's naar het {lang2} omzet.
Kunnen jullie de etiketten van onze cosmeticalijn naar het {lang2} vertalen? Het gaat om korte teksten.
"""
P["task.design"] = r"""
We hebben een nieuw logo nodig voor onze bakkerij, iets warms en handgetekends; om te beginnen drie schetsen.
Graag een A5-flyer voor onze zomeruitverkoop, drukklare pdf.
Kunnen jullie in Figma een landingspagina ontwerpen voor ons nieuwe product?
Ik heb visitekaartjes nodig voor twee medewerkers, voor- en achterkant, {deadline}.
We zoeken een ontwerper voor 10 social-mediatemplates in onze huisstijlkleuren.
Ontwerp alsjeblieft een nieuwe cover voor mijn e-book, de huidige ziet er gedateerd uit.
We hebben ongeveer 25 lijniconen nodig voor onze app.
Ontwerp alsjeblieft een etiket voor ons nieuwe speciaalbier; het moet op een flesje van 33 cl passen.
We hebben een infographic nodig over onze CO₂-reductie voor het jaarverslag, {deadline}.
Kan iemand een uitnodiging en bijpassende tafelkaartjes ontwerpen voor ons jubileumfeest?
Graag een nieuw ontwerp voor de belettering van onze bedrijfsbus, {deadline}.
Kunnen jullie een huisstijl maken voor mijn nieuwe fysiotherapiepraktijk: logo, kleuren en briefpapier?
We zoeken een illustrator voor een kinderboek van 24 pagina's.
"""
P["task.software"] = r"""
Onze WordPress-site is erg traag op mobiel; kan iemand dat analyseren en de grootste problemen oplossen?
We zoeken een klein Python-script dat onze wekelijkse CSV-exports samenvoegt tot één Excel-bestand.
Graag de bug in onze Shopify-checkout oplossen: de kortingscode wordt niet toegepast.
We zoeken een developer voor een eenvoudig boekingsformulier met bevestigingsmail.
Kunnen jullie onze database migreren van MySQL 5.7 naar 8.0 zonder downtime?
We hebben een API-koppeling nodig tussen ons CRM en ons facturatiepakket.
De iOS-app crasht bij het opstarten sinds de laatste update; iemand moet naar de logs kijken.
De mails van ons contactformulier belanden in de spam; kan iemand SPF en DKIM goed instellen?
We zoeken iemand die onze Excel-macro's omzet naar een kleine webapplicatie.
Kunnen jullie een WooCommerce-plugin schrijven die de verzendkosten berekent op basis van gewicht en bestemming?
Kunnen jullie een eenvoudige Android-app bouwen waarmee onze monteurs werkbonnen kunnen invullen?
Onze website moet meertalig worden; we gebruiken Drupal en willen een taalkeuzemenu.
We zoeken iemand die de laadtijd van onze React-webshop onder de twee seconden krijgt.
"""
P["task.bookkeeping"] = r"""
Ik heb hulp nodig bij de btw-aangifte over het derde kwartaal; de bonnen staan in de gedeelde map.
Kan iemand onze bankafschriften van september en oktober afletteren?
We zoeken een boekhouder voor ongeveer 10 uur per maand.
Graag de jaarrekening voor mijn eenmanszaak opstellen.
Kunnen jullie ons rekeningschema in het boekhoudpakket inrichten en de beginbalans invoeren?
De loonstroken van drie medewerkers voor november moeten worden gemaakt.
Graag de uitgaven van het afgelopen kwartaal boeken en opvallende posten markeren.
Kunnen jullie de kilometeradministratie van mijn zakelijke auto over het afgelopen jaar op orde brengen?
We zoeken iemand die onze inkoopfacturen wekelijks inboekt en de openstaande crediteuren bewaakt.
Ik heb hulp nodig bij mijn aangifte inkomstenbelasting als zzp'er, inclusief de zelfstandigenaftrek.
Kunnen jullie de btw-aangifte voor onze vzw opmaken?
We zoeken hulp bij het opstellen van een begroting voor volgend jaar.
Graag de kas- en bankboekingen van het eerste kwartaal controleren voordat de accountant komt.
"""
P["task.marketing"] = r"""
We willen een Google Ads-campagne voor onze yogastudio, budget {budget} per maand.
Kunnen jullie een contentkalender voor december maken (Instagram en TikTok)?
We hebben een nieuwsbrieftemplate nodig en de eerste twee campagnes in Mailchimp.
We zoeken een SEO-audit van onze webshop met een lijst quick wins.
Graag conversietracking en retargeting op Meta inrichten voor onze lancering.
We hebben een plan nodig voor samenwerkingen met influencers voor onze nieuwe huidverzorgingslijn.
We willen meer klanten uit de buurt voor onze kapsalon; kunnen jullie ons Google-bedrijfsprofiel optimaliseren en meer reviews binnenhalen?
Graag een LinkedIn-campagne voor onze technische vacatures, budget {budget}.
Kunnen jullie een lanceringsplan maken voor onze nieuwe app, inclusief persbenadering en posts voor social media?
Kunnen jullie een Instagram-strategie maken voor onze nieuwe ijssalon, met een budget van {budget}?
We willen een reeks van drie welkomstmails voor nieuwe klanten van onze webshop.
Graag advies over onze positionering ten opzichte van de concurrentie in de regio.
"""
P["task.data_analysis"] = r"""
Kunnen jullie onze verkoopcijfers van de afgelopen twee jaar analyseren en seizoenspatronen vinden?
We hebben een Power BI-dashboard nodig voor het aantal supporttickets.
Graag onze enquêteresultaten (ongeveer 1500 reacties) opschonen en een eenvoudige segmentatie maken.
Ik heb een regressieanalyse nodig voor de data van mijn scriptie, in R of SPSS.
Kan iemand een churnmodel bouwen op basis van onze abonnementsdata?
We willen de A/B-test op onze prijspagina laten evalueren.
We willen weten welke producten vaak samen worden gekocht; kunnen jullie een mandanalyse op onze orderdata doen?
Graag een prognose van onze voorraadbehoefte voor het komende halfjaar, op basis van de verkoop van de afgelopen jaren.
Kan iemand de resultaten van ons medewerkerstevredenheidsonderzoek verwerken tot een overzichtelijk rapport met grafieken?
Kunnen jullie onze websitebezoekers per kanaal analyseren en een maandrapport in Looker Studio opzetten?
We willen weten welke factoren de levertijd van onze bestellingen het meest beïnvloeden.
Graag een analyse van de energieverbruiksdata van onze drie vestigingen.
"""
P["task.platform_support"] = r"""
Order {order} is twee keer afgeschreven. Kunnen jullie de dubbele betaling terugstorten?
Bij het betalen met mijn creditcard krijg ik steeds een foutmelding.
Ik kan geen bestanden groter dan 20 MB in de projectchat uploaden. Is er een limiet?
Hoe voeg ik een tweede gebruiker toe aan ons bedrijfsaccount?
Op factuur {inv} staat het verkeerde btw-tarief, kunnen jullie die opnieuw uitreiken?
De opdrachtnemer reageert al vijf dagen niet en de deadline is verstreken. Wat kan ik doen?
Ik wil overstappen van maandelijkse naar jaarlijkse facturering.
De mijlpaalbetaling voor {order} staat al een week op „in behandeling”.
Hoe kan ik de deadline van een opdracht verlengen als de opdrachtnemer meer tijd nodig heeft?
Ik heb een kortingscode gekregen, maar bij order {order} is die niet verrekend.
Waar kan ik een geschil openen over een levering die niet aan de afspraken voldoet?
Ik heb per ongeluk de verkeerde opdrachtnemer geselecteerd voor {order}. Kan dat nog worden teruggedraaid?
Factuur {inv} is niet als pdf te downloaden, ik krijg alleen een wit scherm.
Hoe wijzig ik de betaalmethode voor mijn abonnement van iDEAL naar automatische incasso?
"""
P["hard.writing"] = r"""
Kunnen jullie een privacyverklaring voor mijn webshop schrijven? We zitten in Nederland, dus hij moet AVG-proof zijn.
Graag de tweede alinea verwijderen en de tikfouten in de inleiding corrigeren.
We zoeken een blog die het recht op vergetelheid uitlegt aan kleine ondernemers.
Kunnen jullie standaardantwoorden schrijven voor inzageverzoeken die wij van onze eigen klanten krijgen?
Herschrijf het onderdeel „Jouw gegevens, jouw rechten” in onze FAQ in begrijpelijke taal.
In het concept staat nog ons oude adres in de colofon. Graag bijwerken en het oude telefoonnummer weghalen.
Ik zoek een AVG-consultant die onze verwerkersovereenkomst met leveranciers herziet.
Schrijf een korte, vriendelijke e-mail aan onze klanten waarin we uitleggen hoe ze zich kunnen afmelden voor onze nieuwsbrief en hun voorkeuren kunnen aanpassen.
Kunnen jullie een cookiebannertekst en een korte toestemmingsverklaring voor het contactformulier op onze website schrijven?
In het manuscript moeten alle echte namen van cliënten worden weggehaald of vervangen door fictieve namen voordat het naar de uitgever gaat.
Ik zoek iemand die een bezwaarschrift schrijft tegen de WOZ-beschikking die wij van de gemeente hebben gekregen.
Graag een whitepaper van ongeveer 2000 woorden over datalekken bij mkb-bedrijven en wanneer je die moet melden bij de Autoriteit Persoonsgegevens.
Kunnen jullie een nieuwsbriefartikel schrijven over hoe ouders de privacy-instellingen van sociale media voor hun kinderen kunnen aanpassen?
Graag de verouderde paragraaf over ons oude kantoor uit het jaarverslag verwijderen en de cijfers in de tabel corrigeren.
Wij zoeken een tekstschrijver voor de pagina „Zo gaan wij om met jouw gegevens” op onze website, helder en zonder juridisch jargon.
Schrijf een interne handleiding voor onze medewerkers over wat ze moeten doen als een klant vraagt om zijn gegevens te wissen.
Kunnen jullie een e-book van 30 pagina's schrijven over de AVG voor zzp'ers, met praktijkvoorbeelden?
"""
P["hard.translation"] = r"""
Graag onze privacyverklaring vertalen naar het {lang2}.
We hebben onze verwerkersovereenkomst (AVG) nodig in het {lang2}, juridisch register.
Vertaal alsjeblieft het helpartikel „Zo verwijder je je account” naar het {lang2}.
Kunnen jullie een uitspraak over het inzagerecht naar het {lang2} vertalen?
Graag de fouten corrigeren in de {lang2} vertaling van onze privacyverklaring; onze jurist heeft er een paar gevonden.
De teksten „Afmelden” en „Voorkeuren beheren” van onze nieuwsbrief moeten naar het {lang2}.
We hebben de cookieverklaring en het toestemmingsformulier van onze fysiotherapiepraktijk nodig in het {lang2}.
We kregen een inzageverzoek van een klant in het {lang2}. Kunnen jullie dat naar het Nederlands vertalen, zodat we weten wat er precies gevraagd wordt?
In de versie van onze app in het {lang2} is de knop „Account verwijderen” fout vertaald. Kunnen jullie alle accountinstellingen nog eens nalopen?
Graag de e-mailtemplates voor wachtwoordherstel en accountbevestiging vertalen naar het {lang2}; het zijn er zes.
Onze juriste heeft een bezwaarschrift tegen een boete opgesteld, dat moet naar het {lang2} voor ons moederbedrijf.
Vertaal de AVG-paragraaf uit onze algemene voorwaarden naar het {lang2}, onze buitenlandse vestiging heeft die nodig.
Graag de afmeldpagina en de bevestigingsmail van onze webshop vertalen naar het {lang2}.
In de ondertitels in het {lang2} bij onze video zitten fouten; graag corrigeren en de overbodige regels aan het einde wissen.
Buitenlandse gebruikers begrijpen de privacy-instellingen in onze app niet; kunnen jullie die schermteksten naar het {lang2} vertalen?
Kunnen jullie het registratieformulier voor toegang tot ons kantoorgebouw in het {lang2} zetten?
"""
P["hard.design"] = r"""
Verwijder het oude logo uit het ontwerp en gebruik het nieuwe.
Haal het watermerk van de productfoto's, alsjeblieft.
Ik maak bezwaar tegen de ontwerpwijziging in versie 3: graag terug naar de blauwe header.
Kunnen jullie een AVG-toestemmingspop-up ontwerpen die niet afschrikt?
Graag de achtergrond van deze 30 portretfoto's wissen.
Pas het adres op het briefpapier aan, we zijn verhuisd naar {address}.
Maak de gezichten van voorbijgangers op onze straatfoto's onherkenbaar; de foto's komen in de nieuwe brochure.
Kunnen jullie een icoon ontwerpen voor „Mijn gegevens downloaden” en een voor „Account verwijderen”, in dezelfde stijl als onze andere iconen?
Het telefoonnummer en e-mailadres van een oud-collega staan nog in het sjabloon voor de visitekaartjes. Graag wissen en het algemene nummer invullen.
Ontwerp een overzichtelijk privacyscherm voor onze app waar gebruikers hun toestemmingen kunnen beheren.
Corrigeer de spelfout in de bedrijfsnaam op de proef van de gevelreclame en haal het oude adres weg uit de footer van de huisstijlbestanden.
Wis de oude slogan van de banner en zet de nieuwe tekst in ons huisstijllettertype.
Kunnen jullie een poster ontwerpen voor onze workshop „Privacy op de werkvloer”?
Haal de foto's van ons personeel van de teampagina en vervang ze door illustraties in dezelfde stijl.
Graag een kopie van het ontwerpbestand in Illustrator-formaat, en corrigeer de kleurcode van het logo.
Ontwerp een duidelijke knop en pop-up voor „Afmelden nieuwsbrief” op onze website, passend bij de huisstijl.
"""
P["hard.software"] = r"""
Bouw een knop „Mijn gegevens exporteren” in ons klantportaal, zodat onze gebruikers hun gegevens als CSV kunnen downloaden.
Onze gebruikers kunnen hun account niet verwijderen in de app die jullie voor ons bouwden: de knop geeft een 500-fout.
Graag een opt-out-vinkje voor marketingtoestemming in ons aanmeldformulier.
Ik kan niet meer bij de stagingserver, mijn SSH-sleutel wordt geweigerd.
We moeten de toegang tot het beheerpaneel beperken tot het IP-adres van ons kantoor.
Schrijf een script dat de persoonsgegevens in onze testdatabase anonimiseert.
De afmeldlink in de transactionele mails van onze webshop leidt naar een 404-pagina; kunnen jullie dat repareren?
We willen dat klantaccounts die twee jaar niet zijn gebruikt automatisch worden verwijderd. Kunnen jullie daar een cronjob voor schrijven?
Sinds de vorige developer weg is, kunnen we niet meer bij onze GitHub-organisatie. Kunnen jullie de toegang herstellen en zijn account blokkeren?
Implementeer een cookie-consentbanner die Google Analytics pas laadt nadat de bezoeker toestemming heeft gegeven.
Maak een API-endpoint waarmee onze klantenservice inzageverzoeken van klanten kan afhandelen: alle gegevens van één klant als JSON exporteren.
Na de laatste update kunnen onze klanten hun profielgegevens niet meer wijzigen in de app; de opslaanknop doet niets.
Bouw een beheerscherm waarin onze supportmedewerkers een klantaccount kunnen blokkeren of verwijderen.
De export naar Excel in ons CRM breekt af bij meer dan 10.000 regels; kunnen jullie dat fixen?
Wij willen de toegangsrechten in onze Laravel-app herzien zodat stagiairs geen klantgegevens meer kunnen zien.
Kunnen jullie onze webshop AVG-conform maken door logbestanden met IP-adressen na 30 dagen automatisch te wissen?
"""
P["hard.bookkeeping"] = r"""
Graag de dubbele boekingen voor factuur {inv} verwijderen.
Corrigeer de btw op de boekingen van oktober: er is 21% geboekt in plaats van 9%.
Ik heb geen toegang tot de gedeelde boekhoudmap, de link zegt „toegang geweigerd”.
Graag het adres op het factuursjabloon aanpassen naar ons nieuwe kantoor.
Kunnen jullie het grootboek als CSV exporteren voor onze accountant?
Beperk de toegang tot de salarismap tot de directie en jullie.
Wis de testadministratie die we vorige maand in ons boekhoudpakket hebben aangemaakt; die mag niet meetellen in de jaarcijfers.
Op factuur {inv} staat het adres van de klant verkeerd. Graag een creditnota en een gecorrigeerde factuur maken.
Hoe lang moeten we onze boekhouding en facturen wettelijk bewaren? En mogen de oude administraties van het vorige bedrijf dan weg?
Kunnen jullie de debiteurenlijst als Excel exporteren en de klanten die al jaren niets meer kopen eruit halen?
Blokkeer de bankkoppeling in het boekhoudprogramma tot we de dubbele transacties hebben uitgezocht.
Kunnen jullie een kopie van factuur {inv} maken met het juiste ordernummer erop?
Verwijder de privé-uitgaven uit de zakelijke administratie en boek ze op de rekening-courant van de directeur.
Ik kan niet meer bij het portaal van onze boekhouder; kunnen jullie de exportbestanden van het tweede kwartaal opnieuw sturen?
Er staat een creditnota verkeerd in de boeken; graag corrigeren en de openstaande posten opnieuw afstemmen.
Kunnen jullie uitzoeken of we bezwaar moeten maken tegen de naheffingsaanslag van de Belastingdienst, en dat bezwaar zo nodig opstellen?
"""
P["hard.marketing"] = r"""
De afmeldlink werkt niet in de nieuwsbrief die jullie voor ons bouwen; graag repareren voor de verzending van donderdag.
Haal alle bounces uit onze mailinglijst en ruim de segmenten op.
We willen een campagne waarmee onze abonnees hun toestemming opnieuw bevestigen.
Kunnen jullie Mailchimp zo instellen dat afmelders automatisch uit de advertentiedoelgroep gaan?
Stop de Facebook-campagne, die verbrandt alleen budget: zet alle advertenties tot maandag op pauze.
Kunnen jullie onze nieuwsbrieflijst opschonen? Iedereen die al een jaar niets heeft geopend moet eruit, en de dubbele adressen ook.
Ons inschrijfformulier voor de nieuwsbrief moet AVG-proof worden: dubbele opt-in, een duidelijk vinkje en een link naar de privacyverklaring.
Sluit in onze Google Ads-campagnes de lijst met afgemelde klanten uit als doelgroep; dat ging bij de vorige campagne mis.
Verwijder de oude posts van vóór de rebranding van ons Instagram-account en zet de nieuwe bio erin.
Schrijf en plan een sms-campagne voor onze klantendag, alleen naar klanten die daarvoor toestemming hebben gegeven.
Maak een landingspagina voor onze actie met een inschrijfformulier dat AVG-proof is, inclusief een vinkje voor toestemming.
Verwijder de verlopen kortingscodes uit onze e-mailflows en pas de afzendernaam aan.
Onze klanten klagen dat ze na het afmelden nog mails krijgen; kunnen jullie de koppeling tussen de webshop en Klaviyo nakijken?
Exporteer de resultaten van de laatste drie campagnes naar een overzicht voor de directie.
Zet de automatische verjaardagsmail naar onze klanten stop tot de nieuwe vormgeving klaar is.
"""
P["hard.data_analysis"] = r"""
Exporteer het sheet als CSV en verwijder de testregels voordat je het stuurt.
Analyseer de enquête, maar anonimiseer eerst de respondenten: geen namen in het rapport.
Graag de cijfers in het Q3-rapport corrigeren, de totalen kloppen niet.
Kunnen jullie het dashboard afschermen zodat alleen finance de salarisgegevens ziet?
We willen weten hoeveel klanten zich vorig jaar hebben afgemeld voor onze mails.
Verwijder de dubbele klantrecords uit onze CRM-export en voeg de rest samen per e-mailadres.
Kunnen jullie uitzoeken hoeveel inzage- en verwijderverzoeken we dit jaar van klanten hebben gekregen, per maand?
Pseudonimiseer de patiëntgegevens in de dataset voordat de analyse begint; onze FG wil dat namen en geboortedata eruit zijn.
Het dashboard toont foute omzetcijfers voor juni. Corrigeer de bronquery en exporteer de verbeterde data naar CSV.
Analyseer waarom zoveel gebruikers hun account in de eerste maand opzeggen; de exportbestanden staan klaar.
Graag de persoonsgegevens uit de klantenbestanden halen voordat we de dataset met het onderzoeksbureau delen.
Kunnen jullie de toegang tot onze BigQuery-tabellen per afdeling regelen? Marketing mag geen ruwe klantgegevens zien.
Onderzoek hoe lang onze klanten gemiddeld actief blijven en bij welke stap ze hun account opzeggen.
Er zitten foutieve postcodes in de leadlijst; corrigeer die en koppel de regio's opnieuw.
Maak een analyse van de privacyklachten die onze klantenservice heeft ontvangen, gegroepeerd per thema, op basis van de geanonimiseerde tickets.
"""
P["hard.platform_support"] = r"""
Ik kom niet meer in mijn account: de mail om mijn wachtwoord te resetten komt nooit aan.
Hoe verwijder ik een conceptproject dat ik per ongeluk heb aangemaakt?
Mijn tweestapsverificatiecodes worden geweigerd, ik ben buitengesloten.
Haal {provider} uit mijn projectteam, dat deel is klaar.
Kunnen jullie de toegang tot de gedeelde map beperken zodat alleen ik hem zie?
De knop „Facturen exporteren” geeft een leeg bestand.
Graag de bedrijfsnaam op mijn facturen corrigeren: het moet {company} zijn.
Ik kan niet inloggen op mijn account: na het invoeren van mijn wachtwoord blijft de pagina eindeloos laden.
Waar vind ik de knop om al mijn facturen van vorig jaar in één keer te exporteren voor mijn boekhouder?
Mijn account is geblokkeerd na te veel inlogpogingen. Hoe krijg ik weer toegang?
Hoe kan ik een opdrachtnemer blokkeren die me steeds berichten stuurt over een andere opdracht?
Een collega is uit dienst; hoe halen we zijn toegang tot het bedrijfsaccount van {company} weg?
Ik kan de bijlage die {provider} in de chat heeft gestuurd niet openen; er staat „geen toegang”.
Hoe kan ik een oude opdracht uit mijn overzicht verwijderen? Hij staat nog steeds op „actief”.
Ik krijg bij elk berichtje in de projectchat een pushmelding. Waar kan ik dat in de app uitzetten?
Mijn collega heeft geen toegang meer tot het bedrijfsaccount van {company} sinds we van abonnement zijn gewisseld.
Waarom is mijn account tijdelijk geblokkeerd? Ik heb gisteren alleen mijn betaalmethode aangepast.
"""
P["followup.writing"] = r"""
Dank voor het concept! Kun je de inleiding inkorten en aan het eind een call-to-action toevoegen?
Ziet er goed uit. Kun je er zo'n 200 woorden uit halen en de toon iets formeler maken?
Eén wijziging: hoofdstuk twee en drie omwisselen en tussenkopjes toevoegen.
Kun je de definitieve versie als Word-bestand met wijzigingen bijhouden sturen?
"""
P["followup.translation"] = r"""
Dank je! Kun je ook de twee bijschriften vertalen die ik was vergeten?
De klant wil overal „klant” in plaats van „cliënt”. Kun je dat aanpassen?
Kun je de vertaling als tweetalige tabel sturen, zodat onze reviewer kan meelezen?
We hebben nog een pagina aan de handleiding toegevoegd. Kun je die meenemen?
"""
P["followup.design"] = r"""
Optie B vind ik mooi. Kun je die in donkergroen proberen met een iets vetter lettertype?
Stuur de definitieve bestanden als SVG en PNG, plus een versie voor donkere achtergronden.
Graag de kop groter en het logo rechtsboven.
Kunnen we nog een variant zien met de illustratie links?
"""
P["followup.software"] = r"""
Getest op staging, werkt. Kun je vanavond naar productie deployen?
De fix werkt op desktop, maar op Android zit de knop nog steeds verstopt. Kun je kijken?
Kun je een korte README toevoegen zodat ons team het lokaal kan draaien?
Nog iets: kan de export ook de besteldatum bevatten?
"""
P["followup.bookkeeping"] = r"""
Dank je. Ik heb de ontbrekende bonnen van augustus geüpload, kun je die nog boeken?
Kun je de btw-aangifte eerst als concept sturen voordat je hem indient?
Boek ook de twee leveranciersfacturen die ik gisteren heb doorgestuurd.
Kun je een kort overzicht toevoegen van de grootste kostenposten?
"""
P["followup.marketing"] = r"""
De eerste campagne ziet er goed uit. Kunnen we een tweede onderwerpregel testen?
Schuif de lancering op naar volgende week dinsdag en pas de planning aan.
Kun je elke maandag een prestatierapport sturen?
Laten we het dagbudget voor het weekend met 20% verhogen.
"""
P["followup.data_analysis"] = r"""
Mooi werk. Kun je de resultaten ook per regio uitsplitsen?
Kun je een grafiek met het maandverloop aan het dashboard toevoegen?
Graag de ruwe cijfers in een bijlage.
Kun je het model nog eens draaien zonder de data van 2020?
"""
P["followup.platform_support"] = r"""
Bedankt, maar bij het betalen krijg ik nog steeds dezelfde fout.
Geprobeerd, werkt nog steeds niet. Nog andere ideeën?
De terugbetaling is binnen, maar op de factuur staat nog het oude bedrag.
Bedankt. Kunnen jullie ook een gecorrigeerde factuur sturen?
"""
P["provider.writing"] = r"""
Hierbij een eerste opzet. Laat me weten wat je van de toon vindt.
Ik heb versie 2 bijgevoegd, met je opmerkingen verwerkt.
Korte vraag vooraf: wie is de doelgroep?
De definitieve tekst staat in de gedeelde map. Kleine aanpassingen doe ik graag nog.
"""
P["provider.translation"] = r"""
Bijgaand de vertaling. De productnamen heb ik zoals afgesproken in het Engels gelaten.
De eerste helft is klaar, de rest volgt morgen.
Kun je bevestigen of je u of je wilt gebruiken?
Hier de definitieve versie, nagelezen door een tweede vertaler.
"""
P["provider.design"] = r"""
Hier drie eerste logoschetsen. Welke richting spreekt je aan?
Ik heb de aangepaste flyer met de nieuwe foto's geüpload.
Bijgaand de definitieve bestanden in alle formaten.
Voordat ik verder ga: hebben jullie een huisstijlhandboek of kleurenpalet?
"""
P["provider.software"] = r"""
Ik heb de fix in een branch gezet en naar staging gedeployd om te testen.
Oorzaak gevonden: een cacheprobleem in de checkout-plugin. De fix staat klaar.
Kun je me leestoegang geven tot de repository?
Klaar. Het script zit in de bijlage, met uitleg bovenaan.
"""
P["provider.bookkeeping"] = r"""
September is afgeletterd; drie betalingen kon ik niet matchen.
Het concept van de btw-aangifte zit in de bijlage ter controle.
Kun je me de bankafschriften als pdf sturen?
Alles is geboekt tot eind oktober.
"""
P["provider.marketing"] = r"""
De campagne staat klaar en wacht op je akkoord.
Hier de contentkalender voor december.
Resultaten eerste week: CTR 2,1%, kosten per klik onder het doel.
Kun je me toegang geven tot jullie advertentieaccount?
"""
P["provider.data_analysis"] = r"""
Bijgaand de eerste versie van het dashboard.
In maart ontbreekt wat data; dat heb ik in het rapport aangegeven.
Hier de resultaten van de segmentatie, vijf clusters in totaal.
Kun je me het datawoordenboek van de export sturen?
"""
P["provider.platform_support"] = r"""
Bedankt voor je bericht. We hebben de betaalsessie gereset. Kun je het nog eens proberen?
We hebben de dubbele afschrijving teruggestort; die zie je binnen 5–7 werkdagen.
Kun je ons een screenshot van de foutmelding sturen?
We hebben dit doorgezet naar ons technische team en laten snel iets weten.
"""


# ------------------------------------------------------------------ training only
# Core lines written on 2026-11-28, after the held-out wordings were fixed: build_corpus.py
# puts them in the train split only. Written from knowledge of the language, without sight
# of this bank's validation or test lines, the sample inbox or any evaluation data; a line
# that read like a held-out line of its pool (difflib ratio above 0.6) was left out.
P_TRAIN = {}
P_TRAIN["req.access.plain"] = r"""
Wat hebben jullie allemaal van me opgeslagen? Een lijstje is al goed.
hoi, ik wil graag wete wat jullie allemaal van mij hebben opgeslagen sinds ik klant ben en waarvoor dat gebruikt word
Ik had graag geweten welke gegevens er bij jullie over mij gekend zijn en van waar jullie die hebben, want ik heb me nooit zelf ingeschreven.
Kun je me een kopie sturen van alles wat aan mijn account hangt, ook de beoordelingen die opdrachtnemers over mij hebben gegeven? Ik wil gewoon weten wat er bewaard wordt.
Sinds ik één offerte heb aangevraagd, krijg ik op jullie site allerlei „aanbevolen” opdrachtnemers te zien. Wat weten jullie eigenlijk over mij, en waarvoor gebruiken jullie dat?
Jullie klantenservice zei aan de telefoon dat er „bijna niks” over mij bewaard wordt. Dat wil ik dan wel zwart op wit zien: stuur me een kopie van alles, ook van de gespreksnotities.
"""
P_TRAIN["req.access.formal"] = r"""
Op grond van artikel 15 AVG verzoek ik u mij te bevestigen of Taskbridge persoonsgegevens over mij verwerkt en, zo ja, mij daarvan een kopie te verstrekken, met vermelding van de verwerkingsdoeleinden en de bron van de gegevens.
Graag ontvang ik een afschrift van de gegevens die u over mij hebt vastgelegd in verband met de opdrachten die ik als opdrachtgever heb geplaatst, inclusief beoordelingen, chattranscripten en aantekeningen van uw medewerkers.
Ik dien hierbij een inzageverzoek in (art. 15 AVG) en wens in het bijzonder te vernemen welke gegevens u gebruikt om mij aan opdrachtnemers te koppelen en op welke wijze u die gegevens hebt verkregen.
"""
P_TRAIN["req.deletion.plain"] = r"""
ik gebruik jullie site niet meer, haal me er maar helemaal af
Mijn bedrijfje is gestopt. Willen jullie mijn account sluiten en mijn gegevens, inclusief profielfoto en oude chatgesprekken, definitief wissen?
Als ik mijn naam google, kom ik nog steeds uit bij mijn oude profiel op jullie platform. Dat moet eruit, samen met alles wat erbij hoort.
Ik wil door jullie vergeten worden. Geen account meer, geen gegevens meer, niks.
Ik heb twee jaar geleden één keer iets besteld en sta nog steeds bij jullie geregistreerd. Waarom eigenlijk? Haal dat account en mijn gegevens er nu maar uit.
Zoudt ge zo vriendelijk willen zijn om mijn account en al mijn gegevens te schrappen? Ik ben niet van plan om nog iets te bestellen. Alvast bedankt!
"""
P_TRAIN["req.deletion.formal"] = r"""
Op grond van artikel 17 lid 1 sub a AVG verzoek ik u al mijn persoonsgegevens te wissen, aangezien deze niet langer nodig zijn voor de doeleinden waarvoor zij zijn verzameld.
Ik verzoek u mijn gebruikersaccount te beëindigen en alle daaraan gekoppelde persoonsgegevens, waaronder mijn reviews en portfolioafbeeldingen, te vernietigen, en de ontvangers van die gegevens van de wissing in kennis te stellen.
Ik verzoek u vriendelijk doch dringend mijn klantprofiel en alle daarbij behorende gegevens uit uw bestanden te verwijderen en mij de datum van verwijdering schriftelijk mee te delen.
"""
P_TRAIN["req.correction.plain"] = r"""
Ik ben getrouwd en heet nu {last}. Kunnen jullie dat in mijn account aanpassen? Er staat nog steeds {wrong_last}.
mijn geboortedatum klopt niet in mijn profiel, is {dob} ipv {wrong_dob}
In mijn gegevens staat nog {old_address}, maar ik woon al een half jaar op {address}. Graag aanpassen, anders blijven de facturen naar het verkeerde adres gaan.
Jullie hebben mijn voornaam en achternaam omgedraaid in mijn account, waardoor opdrachtnemers me steeds verkeerd aanspreken. Kan dat rechtgezet worden?
Het mailadres in mijn account heeft een tikfout, daardoor krijg ik geen meldingen. Het juiste adres is {email}.
Het gsm-nummer in jullie bestand is niet meer van mij, iemand anders krijgt nu mijn verificatiecodes. Zet er alstublieft {phone} in.
"""
P_TRAIN["req.correction.formal"] = r"""
Ik verzoek u, met toepassing van artikel 16 AVG, mijn e-mailadres in uw klantenbestand te wijzigen van {old_email} in {email}.
De in mijn account vermelde achternaam {wrong_last} is onjuist; ik verzoek u deze te vervangen door {last} en mij te bevestigen dat de wijziging ook is doorgevoerd in de gegevens die aan opdrachtnemers worden getoond.
Ik verzoek om verbetering van mijn geregistreerde woonadres, dat nog steeds mijn vorige adres vermeldt; mijn huidige adres luidt {address}.
"""
P_TRAIN["req.portability.plain"] = r"""
Hoe krijg ik al mijn opdrachten, berichten en reviews in één bestand dat ik bij {other_platform} kan inladen?
kan ik mn data downloaden als json of csv? wil naar een ander platform
Als opdrachtnemer heb ik hier jaren aan reviews en een portfolio opgebouwd. Die wil ik meenemen als ik vertrek: graag een bestand dat een ander platform kan lezen, geen screenshots.
Zetten jullie mijn profielgegevens en ordergeschiedenis rechtstreeks over naar {other_platform}? Dat scheelt mij een hoop overtikken.
Ik vind het echt belachelijk dat ik alles handmatig moet overkopiëren. Geef me gewoon mijn gegevens in een CSV-bestand, dan regel ik de rest zelf.
Ons team stapt over op {other_platform} en ik wil mijn projecthistorie van hier meenemen. Kunnen jullie die in een bestand zetten dat hun systeem kan importeren?
"""
P_TRAIN["req.portability.formal"] = r"""
Ik verzoek u op grond van artikel 20 lid 2 AVG mijn profiel-, bestel- en beoordelingsgegevens in XML- of JSON-formaat aan {other_platform} te bezorgen en mij te laten weten wanneer de overdracht heeft plaatsgevonden.
Graag ontvang ik mijn portfolio, reviews en transactiegegevens als gestructureerd bestand dat ik zonder belemmeringen in een ander systeem kan inlezen.
Ik maak aanspraak op het recht op overdraagbaarheid van gegevens en verzoek u mij alle door mij aangeleverde gegevens, inclusief opdrachtomschrijvingen en geüploade bestanden, via een beveiligd kanaal ter beschikking te stellen in een formaat dat ik elders kan hergebruiken.
"""
P_TRAIN["req.restriction.plain"] = r"""
Er staat een adres in mijn profiel waarvan ik niet weet waar het vandaan komt. Tot jullie dat hebben uitgezocht: er niks mee doen, maar ook niet weggooien.
Ik heb een advocaat ingeschakeld omdat een opdrachtnemer mijn ontwerp heeft gestolen. Mijn chatgeschiedenis is mijn bewijs, dus wissen mag niet, maar verder wil ik dat jullie mijn gegevens nergens meer voor gebruiken.
Pauzeer aub alles wat jullie met mijn gegevens doen zolang mijn klacht bij de ombudsman loopt. Niet verwijderen!
kunnen jullie mijn gegevens op slot zetten? dus bewaren mag maar niet gebruiken, ik wil eerst weten hoe het zit
Ik vertrouw de gegevens die jullie van mij hebben niet, volgens mij zijn ze deels van iemand anders. Leg ze even stil tot het gecontroleerd is; verwijderen hoeft niet.
Ik wil dat mijn dossier bevroren wordt. Niet wissen, niet aanpassen, niet gebruiken, alleen bewaren tot de betwisting over mijn factuur rond is.
"""
P_TRAIN["req.restriction.formal"] = r"""
Ik verzoek u de persoonsgegevens die betrekking hebben op order {order} te bewaren en niet anderszins te verwerken, aangezien ik deze nodig heb voor de verdediging van mijn rechten in een lopende procedure (artikel 18 lid 1 sub c AVG).
Zolang ik de juistheid van de in uw systeem vastgelegde beoordelingsgegevens over mij betwist, verzoek ik u deze gegevens af te schermen en voor geen ander doel dan opslag te gebruiken.
Ik verzoek u mijn account voorlopig als „beperkt” te markeren, zodat mijn gegevens wel worden bewaard maar niet worden gebruikt, totdat uw onderzoek naar mijn klacht is afgerond.
"""
P_TRAIN["req.objection.plain"] = r"""
Dat jullie mij een „betrouwbaarheidsscore” geven op basis van hoe snel ik betaal, vind ik echt niet oké. Stop daarmee.
haal mijn projecten uit de trainingsdata van jullie AI aub
Waarom wordt mijn profiel lager gerangschikt omdat ik een paar keer een opdracht heb geannuleerd? Ik wil niet dat jullie systeem mij zo beoordeelt.
Ik ben opdrachtnemer en zie dat jullie chatgesprekken automatisch door een AI laten samenvatten. Voor mijn gesprekken wil ik dat niet, zet dat voor mij uit.
Ik heb er bezwaar tegen dat jullie mijn gegevens gebruiken om te voorspellen welke opdrachten ik nog zal plaatsen.
Jullie mogen mijn account gebruiken om mijn bestellingen af te handelen, meer niet. Geen analyses, geen profielen, geen voorspellingen.
"""
P_TRAIN["req.objection.formal"] = r"""
Op grond van artikel 21 lid 1 AVG maak ik bezwaar tegen de verwerking van mijn persoonsgegevens voor het opstellen van risicoprofielen en betalingsscores.
Ik verzet mij tegen het gebruik van mijn opdrachtomschrijvingen en opgeleverde bestanden voor de verbetering van uw matchingalgoritme en verzoek u deze verwerking te staken.
Met verwijzing naar artikel 21 AVG teken ik bezwaar aan tegen de geautomatiseerde rangschikking van mijn profiel in de zoekresultaten, voor zover die berust op uw gerechtvaardigde belangen.
"""
P_TRAIN["req.opt_out.plain"] = r"""
Vandaag alweer een mail met „deals van de week”. Ik wil van dat soort dingen echt niks meer ontvangen.
Jullie bellen me steeds op om mijn abonnement te upgraden. Zet mijn nummer alsjeblieft op een niet-bellen-lijst.
Ik wil niet dat mijn gegevens worden doorverkocht of gedeeld met adverteerders. Zet dat voor mij uit.
Sinds ik hier iets bestelde, zie ik overal op Instagram advertenties van Taskbridge. Gebruik mijn gegevens daar niet meer voor, ik wil geen gerichte advertenties.
Graag mijn vinkje voor de nieuwsbrief en de tips van partners uitzetten, ik kan het zelf niet vinden in de app.
"""
P_TRAIN["req.opt_out.formal"] = r"""
Ik verzoek u mijn telefoonnummer {phone} niet langer te gebruiken voor telemarketing en het op te nemen in uw interne lijst van personen die niet gebeld wensen te worden.
"""
P_TRAIN["req.other_privacy.plain"] = r"""
Ik kreeg een phishingmail waar mijn ordernummer {order} in stond. Zijn jullie gehackt of zo?
Krijgen opdrachtnemers die ik uiteindelijk niet kies ook mijn gegevens te zien? En wat gebeurt daar dan mee?
Werken jullie met Amerikaanse cloudbedrijven? Dan wil ik weten of mijn bestanden daar terechtkomen.
Ik wil een klacht indienen over hoe jullie met mijn gegevens omgaan. Bij wie moet ik zijn, of kan ik beter meteen naar de Autoriteit Persoonsgegevens stappen?
hoe lang blijven mijn chatgesprekken met opdrachtnemers bewaard nadat een opdracht is afgerond?
Ik heb bij het aanmelden overal „ja” aangeklikt zonder goed te lezen. Kan ik die toestemmingen nog terugdraaien?
"""
P_TRAIN["req.other_privacy.formal"] = r"""
Hierbij dien ik een klacht in over de wijze waarop Taskbridge mijn persoonsgegevens heeft verwerkt; ik verzoek u deze voor te leggen aan uw functionaris voor gegevensbescherming en mij te informeren over de verdere behandeling.
Ik verzoek u mij te bevestigen of mijn persoonsgegevens betrokken waren bij het beveiligingsincident waarover u uw gebruikers onlangs per e-mail hebt geïnformeerd, en welke maatregelen u sindsdien hebt genomen.
Graag verneem ik op welke grondslag en met welke waarborgen in de zin van artikel 46 AVG u persoonsgegevens van uw gebruikers doorgeeft aan dienstverleners buiten de EER.
"""
P_TRAIN["agent_req.access"] = r"""
Als advocaat van {client} verzoek ik u mij een overzicht te sturen van alle gegevens die uw platform over <<mijn cliënt||mijn cliënte>> heeft verzameld, met vermelding van de bronnen waaruit die afkomstig zijn.
Mijn <<vader||moeder>> {client_first} is niet zo handig met de computer en wil weten wat Taskbridge allemaal over <<hem||haar>> bewaart. Kunnen jullie mij daar een kopie van sturen? De machtiging zit in de bijlage.
"""
P_TRAIN["agent_req.deletion"] = r"""
Mijn <<zoon||dochter>> {client_first} heeft zonder onze toestemming een account bij jullie aangemaakt en is pas vijftien. Verwijder dat account en alle gegevens van <<hem||haar>> alstublieft.
{client} heeft ons gemachtigd <<zijn||haar>> rechten uit te oefenen; wij verzoeken u alle persoonsgegevens van <<hem||haar>> te wissen, ook uit uw back-ups, en dit binnen een maand te bevestigen.
"""
P_TRAIN["agent_req.correction"] = r"""
De achternaam van mijn <<man||vrouw>> staat fout in <<zijn||haar>> account; het moet {client_last} zijn. Kunnen jullie dat aanpassen? {client_first} zit zelf voor een paar weken in het buitenland.
Wij verzoeken u het e-mailadres van {client} te wijzigen in {client_email}; het adres dat u nu gebruikt, is niet meer van <<hem||haar>>.
"""
P_TRAIN["agent_req.portability"] = r"""
Mijn <<broer||zus>> {client_first} stapt over naar {other_platform} en heeft mij gevraagd <<zijn||haar>> gegevens bij jullie op te vragen in een bestand dat daar kan worden ingelezen.
Namens {client} verzoek ik u de door <<hem||haar>> verstrekte gegevens op grond van artikel 20 AVG in JSON-formaat aan ons kantoor te bezorgen.
"""
P_TRAIN["agent_req.restriction"] = r"""
Mijn <<vader||moeder>> {client_first} heeft een geschil met een opdrachtnemer. Tot dat is opgelost, wil <<hij||zij>> dat jullie <<zijn||haar>> gegevens niet verwijderen, maar er ook niets anders mee doen.
"""
P_TRAIN["agent_req.objection"] = r"""
Mijn <<zoon||dochter>> {client_first} wil niet dat <<zijn||haar>> chatberichten door jullie AI worden geanalyseerd voor aanbevelingen. Kunnen jullie dat voor <<zijn||haar>> account uitzetten?
Op grond van artikel 21 AVG maken wij namens {client} bezwaar tegen het gebruik van <<zijn||haar>> bestelgegevens voor het berekenen van risico- of betrouwbaarheidsscores.
"""
P_TRAIN["agent_req.opt_out"] = r"""
Mijn <<vader||moeder>> {client_first} wordt bijna elke week door jullie verkopers gebeld. Willen jullie daarmee stoppen? <<Hij||Zij>> heeft daar echt geen behoefte aan.
Wij verzoeken u {client} uit te schrijven voor alle nieuwsbrieven en <<zijn||haar>> gegevens niet langer te gebruiken voor gerichte advertenties.
"""
P_TRAIN["agent_req.other_privacy"] = r"""
Namens {client} verzoek ik u mij mee te delen aan welke derden <<zijn||haar>> gegevens zijn verstrekt.
{client_first} maakt zich zorgen dat de kopie van <<zijn||haar>> paspoort bij het datalek is buitgemaakt. Kunnen jullie ons laten weten of dat zo is?
"""
P_TRAIN["combo.access+deletion"] = r"""
Voor ik vertrek wil ik nog zien wat jullie allemaal van mij hebben; stuur me dat, en verwijder daarna mijn account met alles erop en eraan.
Ik verzoek u mij eerst een kopie te verstrekken van de persoonsgegevens die u over mij bewaart en deze, zodra ik de ontvangst heb bevestigd, uit al uw systemen te verwijderen.
"""
P_TRAIN["combo.deletion+opt_out"] = r"""
Ik trek mijn toestemming voor marketing-sms'jes in en verzoek u tevens mijn account met alle bijbehorende gegevens te verwijderen.
"""
P_TRAIN["combo.correction+opt_out"] = r"""
Mijn telefoonnummer is veranderd in {phone}; zet dat goed, maar gebruik het niet voor jullie belacties.
Jullie nieuwsbrief komt nog steeds binnen op naam van {wrong_last}. Mijn naam is {last}: pas dat aan, en eigenlijk hoef ik die nieuwsbrief ook helemaal niet meer.
"""
P_TRAIN["combo.deletion+portability"] = r"""
Voordat mijn account wordt opgeheven, wil ik mijn reviews en opdrachtgeschiedenis nog als JSON-bestand hebben. Daarna mag alles weg.
Ik verzoek u mijn gegevens rechtstreeks aan {other_platform} over te dragen en ze daarna bij Taskbridge volledig te wissen.
"""
P_TRAIN["combo.correction+restriction"] = r"""
Ik verzoek u mijn onjuist geregistreerde e-mailadres te verbeteren in {email} en de verwerking van mijn gegevens te beperken totdat de correctie is doorgevoerd.
"""
P_TRAIN["combo.objection+restriction"] = r"""
Ik wil niet dat jullie mijn profiel scoren voor de matching, en tot jullie over dat bezwaar hebben beslist, blijven mijn gegevens gewoon liggen: bewaren mag, gebruiken niet.
Ik maak bezwaar tegen de rangschikking van mijn profiel op basis van klantbeoordelingen (art. 21 AVG) en verzoek om beperking van de verwerking (art. 18 lid 1 sub d AVG) zolang u dit bezwaar beoordeelt.
"""
P_TRAIN["combo.access+other_privacy"] = r"""
Welke gegevens hebben jullie over mij en hoe lang blijven die nog bewaard? Stuur me graag een kopie.
Ik verzoek om inzage in mijn persoonsgegevens en wens tevens te vernemen of deze betrokken zijn geweest bij het datalek dat u onlangs hebt gemeld.
"""
P_TRAIN["combo.objection+opt_out"] = r"""
Geen sms-acties meer graag, en ik wil ook niet dat jullie AI mijn bestellingen analyseert om me van alles aan te raden.
Ik maak bezwaar tegen profilering op basis van mijn gebruik van het platform en trek mijn toestemming voor nieuwsbrieven in.
"""
P_TRAIN["hard.writing"] = r"""
Kunnen jullie voor de website van ons advocatenkantoor een blog van ongeveer 1200 woorden schrijven over het recht om vergeten te worden?
Schrijf de tekst voor de cookiemelding van onze webwinkel: kort, vriendelijk en zonder juridisch jargon.
In het concept van de jaarbrief moet de passage over onze vorige directeur eruit, en de namen van de donateurs moeten worden weggehaald.
"""
P_TRAIN["hard.translation"] = r"""
Graag onze verwerkersovereenkomst (12 pagina's) vertalen naar het {lang2}, {deadline}.
In de vertaalde handleiding staan nog onze oude bedrijfsnaam en ons vorige adres; kunnen jullie dat overal corrigeren in de versie in het {lang2}?
Onze klant maakt bezwaar tegen de terminologie in de vertaling. Kunnen jullie de vaktermen overal vervangen door die uit hun glossarium?
"""
P_TRAIN["hard.design"] = r"""
Ontwerp een cookiebanner die bij onze huisstijl past, met een even opvallende knop „Alles weigeren”.
Op het visitekaartje staat nog mijn oude telefoonnummer; graag vervangen door {phone} en opnieuw een drukproef sturen.
"""
P_TRAIN["hard.software"] = r"""
Bouw in onze Laravel-app een knop waarmee gebruikers zich met één klik voor alle e-mails afmelden, en sla die voorkeur op in de database.
Na de laatste update kunnen onze medewerkers niet meer inloggen met tweestapsverificatie in de app die jullie voor ons hebben gebouwd. Kunnen jullie dat vandaag nog bekijken?
"""
P_TRAIN["hard.bookkeeping"] = r"""
Het adres van onze klant klopt niet meer op de facturen; graag aanpassen in de factuurtemplate en de openstaande facturen opnieuw versturen.
Verwijder de dubbele boekingen uit de administratie van maart en stuur me daarna de kolommenbalans.
Kunnen jullie nagaan hoe lang we facturen en de loonadministratie wettelijk moeten bewaren, en de oude mappen opruimen die al weg mogen?
"""
P_TRAIN["hard.marketing"] = r"""
We willen een AVG-proof aanmeldformulier voor onze nieuwsbrief met double opt-in. Kunnen jullie dat in Mailchimp opzetten?
Stop de retargetingcampagne op Google tot de nieuwe landingspagina live staat.
Schrijf een mail aan onze klanten waarin we uitleggen dat ze zich voortaan met één klik kunnen afmelden en hun voorkeuren zelf kunnen beheren.
"""
P_TRAIN["hard.data_analysis"] = r"""
Anonimiseer de antwoorden uit onze klantenenquête voordat jullie aan de analyse beginnen; van de postcode mogen alleen de eerste twee cijfers blijven staan.
Kunnen jullie de toegang tot het dashboard zo instellen dat alleen het managementteam de omzet per medewerker ziet?
Exporteer de resultaten van de regressieanalyse als CSV en als JSON, zodat ons ontwikkelteam ze kan inlezen.
"""
P_TRAIN["hard.platform_support"] = r"""
Ik heb een nieuwe telefoon en nu werkt de authenticator-app niet meer. Hoe kom ik weer in mijn account?
De link om mijn wachtwoord te resetten is telkens verlopen als ik erop klik.
Hoe verwijder ik een bijlage uit de projectchat? Ik heb per ongeluk het verkeerde bestand naar de opdrachtnemer gestuurd.
"""
P_TRAIN["task.writing"] = r"""
Graag een speech van vijf minuten voor het jubileum van onze voetbalclub.
"""
P_TRAIN["task.translation"] = r"""
Kunnen jullie onze LinkedIn-posts van deze maand in het {lang2} zetten? Het gaat om acht korte berichten.
"""
P_TRAIN["task.software"] = r"""
Onze Shopify-webshop is traag op mobiel; kan iemand de laadtijd verbeteren?
We zoeken een ontwikkelaar voor een eenvoudige app waarmee klanten een afspraak bij onze kapsalon kunnen inplannen.
"""
P_TRAIN["task.bookkeeping"] = r"""
Kunnen jullie mijn aangifte inkomstenbelasting over {year} invullen? Ik ben zzp'er.
Graag de aankoopfacturen van februari inboeken en afpunten met de bankuittreksels.
"""
P_TRAIN["task.marketing"] = r"""
We willen meer klanten in onze fietsenwinkel; kunnen jullie een lokale Google Ads-campagne opzetten met een budget van {budget}?
Graag een merkverhaal en een tone-of-voice-gids voor ons nieuwe koffiemerk.
"""
P_TRAIN["task.data_analysis"] = r"""
Graag een Power BI-dashboard met de voorraadniveaus per filiaal.
"""
P_TRAIN["task.platform_support"] = r"""
De opdrachtnemer heeft order {order} als opgeleverd gemarkeerd, maar ik heb nog niets ontvangen. Wat moet ik doen?
"""
