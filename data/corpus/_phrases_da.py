# Danske fraser (mindre sæt: casual, formal_letter, form, chat). Format: _phrases_en.py.

LOCALES = ["da_DK"]
EMAIL_DOMAINS = ["mail.example", "jubii.example", "gmail.example", "hotmail.example", "stofanet.example"]
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
          "oktober", "november", "december"]
DATE_FORMATS = ["{d}.{m}.{y}", "{d}. {month} {y}", "{d:02d}-{m:02d}-{y}"]

P = {}

P["greet.casual"] = r"""
Hej,
Hej!
Hej Taskbridge,
Goddag,
Hejsa,
"""
P["greet.formal"] = r"""
Til databeskyttelsesrådgiveren hos Taskbridge
Kære Taskbridge,
Til rette vedkommende
Kære databeskyttelsesrådgiver,
"""
P["greet.formal.business"] = r"""
Hej,
Goddag,
Kære Taskbridge-team,
"""
P["greet.person"] = r"""
Hej {to},
Kære {to},
Hej {to}!
"""
P["close.casual"] = r"""
Tak!
Hilsen
Mvh.
På forhånd tak,
Venlig hilsen
"""
P["close.formal"] = r"""
Med venlig hilsen
Venlig hilsen
Med venlige hilsner
"""
P["close.extra"] = r"""
Bekræft gerne, når det er gjort.
Sig til, hvis I skal bekræfte min identitet.
Jeg ser frem til et hurtigt svar.
"""
P["sig.casual"] = r"""
{first}
{name}
{name}\n{phone}
{name}\nSendt fra min iPhone
{name}\n{email}
"""
P["sig.formal"] = r"""
{name}\n{street}\n{city_line}
{name}\n{street}\n{city_line}\nTlf. {phone}
{name}\n{address}\nE-mail: {email}
{name}
"""
P["sig.business"] = r"""
{name}\n{company}\nTlf. {phone}
{name}\nDirektør | {company}\n{work_email}
{name}\n{company}\n{street}\n{city_line}
"""
P["ctx.priv"] = r"""
Min konto er {acc}.
Jeg er registreret med {email}.
Jeg brugte Taskbridge et par gange sidste år, mest til oversættelser.
Min seneste ordre var {order}.
Jeg har ikke logget ind i over et år.
Jeg oprettede kun kontoen for at få et tilbud og har aldrig bestilt noget.
I kan fange mig på {phone}, hvis det er nødvendigt.
"""
P["ctx.ord"] = r"""
Vi har arbejdet med jer før (ordre {order}).
Jeg ejer {company}.
Vi er et lille team i {city}.
Min konto: {acc}.
Det drejer sig om {company}.
"""
P["transition"] = r"""
Derudover har jeg en anmodning mere.
Jeg anmoder også om følgende.
Og en ting til.
"""
P["bridge"] = r"""
Noget helt andet, som ikke har med projektet at gøre.
Apropos mine oplysninger, et separat spørgsmål.
PS:
Og en ting, der ikke vedrører ordren.
"""
P["bridge.task"] = r"""
Og så angående projektet:
Derudover har jeg en ny opgave:
Hvad angår selve opgaven:
"""
P["formal.intro"] = r"""
Jeg gør hermed mine rettigheder efter databeskyttelsesforordningen (GDPR) gældende vedrørende min konto {acc}.
Som registreret bruger af jeres platform (e-mail: {email}) henvender jeg mig til jer som dataansvarlig.
Jeg skriver angående de personoplysninger, som Taskbridge behandler om mig som tidligere kunde.
Betragt venligst denne e-mail som en formel anmodning efter GDPR.
"""
P["formal.multi"] = r"""
Jeg anmoder derfor om følgende:
Konkret anmoder jeg om:
Mine anmodninger er:
"""
P["formal.identity"] = r"""
Til identifikation: {name}, født {dob}, adresse {address}.
Min registrerede e-mailadresse er {email} og mit telefonnummer {phone}.
Mit kundenummer er {acc}; min seneste ordre var {order}.
"""
P["formal.deadline"] = r"""
Jeg beder om svar inden for en måned, jf. artikel 12, stk. 3, i databeskyttelsesforordningen.
Jeg forventer svar uden unødig forsinkelse og senest inden for en måned.
Bekræft venligst modtagelsen af min anmodning.
"""
P["formal.threat"] = r"""
Hvis jeg ikke får svar inden for fristen, vil jeg klage til Datatilsynet.
Jeg forbeholder mig retten til at klage til Datatilsynet.
"""
P["formal.header"] = r"""
{name}\n{street}\n{city_line}\n\nTaskbridge\nAtt.: Databeskyttelsesrådgiveren\n\n{home_city}, den {date}\n\nVedr.: {subj}
{name}\n{address}\n{email}\n\n{date}\n\nVedr.: {subj}
"""
P["formal.task_intro"] = r"""
Vi vil gerne have et tilbud på følgende opgave.
Jeg vil gerne udbyde følgende projekt via jeres platform.
Vi søger en egnet leverandør til projektet nedenfor.
"""
P["formal.task_close"] = r"""
Oplys gerne forventet pris og leveringstid.
Vi ser frem til jeres tilbud.
Skriv endelig, hvis I har spørgsmål.
"""
P["chat.open"] = r"""
hej
hejsa
Hej, et hurtigt spørgsmål
hej, er der nogen?
"""
P["chat.agent_greet"] = r"""
Hej {first}, tak fordi du kontakter Taskbridge. Hvad kan jeg hjælpe med?
Hej! Du taler med {agent}. Hvad kan jeg gøre for dig?
Hej, tak fordi du ventede. Hvad drejer det sig om?
"""
P["chat.agent_ask"] = r"""
Selvfølgelig. Kan du bekræfte e-mailadressen eller konto-id'et?
Jeg kigger på det. Hvilken e-mail eller hvilket kontonummer er du registreret med?
Tak. Hvad er dit konto-id eller din e-mail, så jeg kan finde kontoen?
"""
P["chat.agent_end"] = r"""
Tak, jeg har registreret det som sag {ticket}. Du får en bekræftelse på e-mail.
Forstået, jeg sender det videre til det rette team. Du får svar på e-mail.
Fint, {first}. Sag {ticket} er oprettet, vi vender tilbage.
"""
P["chat.agent_end_ord"] = r"""
Tak, jeg har oprettet sag {ticket}.
Forstået, jeg sender det videre, og du får svar snart.
Tak {first}, jeg kigger på det og vender tilbage.
"""
P["chat.cust_end"] = r"""
tak
super, tak!
ok tak
"""
P["form.labels"] = r"""
title=Kontaktformular|name=Navn|email=E-mail|phone=Telefon|account=Kontonummer|order=Ordrenummer|topic=Emne|message=Besked|sent=Sendt
"""
P["form.topic_privacy"] = r"""
Databeskyttelse
Personoplysninger
Mine oplysninger
"""
P["form.topic_generic"] = r"""
Generelt spørgsmål
Min konto
Andet
"""
P["form.topic_project"] = r"""
Nyt projekt
Spørgsmål til en ordre
Bed om tilbud
"""
P["form.topic_support"] = r"""
Konto og login
Fakturaer og betaling
Teknisk problem
"""
P["subj.generic"] = r"""
Spørgsmål
Min konto
Anmodning
Konto {acc}
Ordre {order}
"""
P["subj.formal"] = r"""
Anmodning efter GDPR – {name}
Udøvelse af mine rettigheder efter databeskyttelsesforordningen
Anmodning vedrørende mine personoplysninger – konto {acc}
"""
P["subj.access"] = r"""
Indsigtsanmodning
Anmodning om indsigt efter artikel 15
Hvilke oplysninger har I om mig?
"""
P["subj.deletion"] = r"""
Slet min konto
Sletning af mine oplysninger
Retten til at blive glemt
"""
P["subj.correction"] = r"""
Forkerte oplysninger på min konto
Berigtigelse af oplysninger
Navneændring
"""
P["subj.portability"] = r"""
Eksport af mine data
Dataportabilitet
"""
P["subj.restriction"] = r"""
Begrænsning af behandling
Spær mine oplysninger
"""
P["subj.objection"] = r"""
Indsigelse mod behandling
Profilering
"""
P["subj.opt_out"] = r"""
Afmelding
Ikke flere reklamemails
Nyhedsbrev
"""
P["subj.other_privacy"] = r"""
Spørgsmål om mine oplysninger
Databrud?
Hvem har mine oplysninger?
"""
P["subj.writing"] = r"""
Tekstforfatning
Blogindlæg
Korrekturlæsning
"""
P["subj.translation"] = r"""
Oversættelsesopgave
Oversættelse til {lang2}
Tilbud på oversættelse
"""
P["subj.design"] = r"""
Logo
Flyer
Rettelser til skitsen
"""
P["subj.software"] = r"""
Fejlrettelse
Problem med hjemmesiden
Udvikler søges
"""
P["subj.bookkeeping"] = r"""
Bogføring
Momsindberetning
Månedsafslutning
"""
P["subj.marketing"] = r"""
Nyhedsbrevskampagne
Google Ads
Plan for sociale medier
"""
P["subj.data_analysis"] = r"""
Dataanalyse
Dashboard
Analyse af spørgeskema
"""
P["subj.platform_support"] = r"""
Loginproblem
Betalingsproblem
Dobbelt trækning
"""
P["subj.chat"] = r"""
Chatlog
Livechat – {date}
"""
P["subj.form"] = r"""
Ny besked fra kontaktformularen
Henvendelse fra {name}
"""
P["task.extra"] = r"""
Briefet er vedhæftet.
Hvad vil det koste?
Filerne ligger i den delte mappe.
Budgettet er omkring {budget}.
Vi skal bruge det {deadline}.
"""
P["deadlines"] = r"""
inden fredag
inden udgangen af næste uge
senest den 15.
inden for fem arbejdsdage
hurtigst muligt
"""
P["budgets"] = r"""
4.000 kr.
9.000 kr.
400 €
6.000 kroner
"""
P["lang2"] = r"""
engelsk
tysk
fransk
spansk
svensk
"""

P["req.access.plain"] = r"""
Kan I sende mig en kopi af alle de personoplysninger, I har om mig?
Hvilke oplysninger har I egentlig om mig? Jeg vil gerne se det hele.
Send mig gerne alt, hvad I har gemt om mig – profil, ordrer, beskeder.
Hvordan får jeg indsigt i, hvad I har registreret om mig?
"""
P["req.access.formal"] = r"""
I henhold til artikel 15 i databeskyttelsesforordningen anmoder jeg om indsigt, dvs. bekræftelse af, om I behandler personoplysninger om mig, og i givet fald en kopi af dem.
Jeg gør hermed min ret til indsigt gældende og beder om oplysning om formålene med behandlingen, kategorierne af oplysninger, modtagerne og opbevaringsperioden.
Jeg anmoder om en kopi af samtlige personoplysninger om mig, herunder oplysninger i supportsager og interne notater.
"""
P["req.deletion.plain"] = r"""
Slet venligst min konto og alle de oplysninger, I har om mig.
Jeg bruger ikke Taskbridge længere, kan I slette alt om mig?
Fjern min profil, ordrehistorik og mine beskeder. Jeg vil ikke have, at der ligger noget hos jer.
slet min konto tak, med alt hvad der hører til
"""
P["req.deletion.formal"] = r"""
Jeg anmoder om sletning af samtlige personoplysninger om mig i henhold til artikel 17 i databeskyttelsesforordningen.
Jeg gør min ret til sletning (retten til at blive glemt) gældende, da oplysningerne ikke længere er nødvendige til de formål, de blev indsamlet til.
Jeg anmoder om, at min kundekonto {acc} og alle tilhørende oplysninger slettes, og at I bekræfter sletningen skriftligt.
"""
P["req.correction.plain"] = r"""
Mit efternavn er stavet forkert i profilen – det er {last}, ikke {wrong_last}.
I har stadig min gamle adresse. Jeg er flyttet, nu bor jeg på {address}.
Kan I rette min fødselsdato? I har {wrong_dob}, det rigtige er {dob}.
Telefonnummeret, I har på mig, er forkert. Det rigtige er {phone}.
"""
P["req.correction.formal"] = r"""
I henhold til artikel 16 i databeskyttelsesforordningen anmoder jeg om berigtigelse af urigtige oplysninger: min fødselsdato er registreret som {wrong_dob}, korrekt er {dob}.
Jeg gør min ret til berigtigelse gældende: adressen i mit kunderegister ({old_address}) er forkert; den korrekte adresse er {address}.
Jeg anmoder om, at mit efternavn rettes uden unødig forsinkelse (registreret: {wrong_last}; korrekt: {last}), og at I bekræfter ændringen.
"""
P["req.portability.plain"] = r"""
Jeg skifter til en anden platform. Kan I sende mine data i et format, jeg kan importere der, f.eks. CSV eller JSON?
Kan jeg få mine projekter og min profil som en maskinlæsbar fil? Jeg vil tage dem med.
Kan I overføre min ordrehistorik og mine anmeldelser direkte til {other_platform}?
Eksportér gerne mine data i et struktureret format, så jeg kan flytte dem til en anden tjeneste.
"""
P["req.portability.formal"] = r"""
I henhold til artikel 20 i databeskyttelsesforordningen anmoder jeg om at modtage de personoplysninger, jeg har givet jer, i et struktureret, almindeligt anvendt og maskinlæsbart format.
Jeg gør min ret til dataportabilitet gældende og anmoder om, at I overfører mine oplysninger direkte til {other_platform}, hvis det er teknisk muligt.
Jeg anmoder om at få mine oplysninger (profil, ordrer, beskeder, anmeldelser) i JSON- eller CSV-format.
"""
P["req.restriction.plain"] = r"""
Gør ikke noget med mine oplysninger, før tvisten om fakturaen er løst – frys dem bare.
Jeg bestrider oplysningerne på min konto. Brug dem ikke, før det er afklaret, men slet dem heller ikke.
Slet ikke noget, jeg skal bruge det til en retssag, men hold op med at bruge det til andet.
Sæt al behandling af mine oplysninger på pause, mens jeg tjekker, om jeres oplysninger er rigtige.
"""
P["req.restriction.formal"] = r"""
Jeg anmoder om begrænsning af behandlingen af mine personoplysninger i henhold til artikel 18, stk. 1, litra a, i databeskyttelsesforordningen i den periode, det tager at kontrollere, om de er korrekte.
Indtil tvisten om ordre {order} er afgjort, anmoder jeg om, at behandlingen af mine oplysninger begrænses til opbevaring.
Jeg modsætter mig sletning af mine oplysninger, som jeg skal bruge til at fastlægge et retskrav, og anmoder i stedet om begrænsning af behandlingen.
"""
P["req.objection.plain"] = r"""
Jeg vil ikke have, at min profil bruges til jeres AI-matchning eller nogen form for profilering.
Jeg er ikke med på, at I analyserer mine beskeder med AI. Stop med det.
I jeres privatlivspolitik står der, at I bruger mine oplysninger ud fra "legitim interesse" til analyser. Det gør jeg indsigelse mod.
Hold op med at bruge mine projektfiler til at træne jeres AI-modeller.
"""
P["req.objection.formal"] = r"""
Jeg gør i henhold til artikel 21 i databeskyttelsesforordningen indsigelse mod behandlingen af mine personoplysninger på grundlag af jeres legitime interesse, herunder profilering.
Af grunde, der vedrører min særlige situation, gør jeg indsigelse mod, at mine oplysninger bruges til at træne eller evaluere AI-modeller.
Jeg gør indsigelse mod den automatiserede analyse og profilering af mine brugsdata.
"""
P["req.opt_out.plain"] = r"""
Stop venligst med at sende mig reklamemails.
Afmeld mig alle jeres nyhedsbreve.
Fjern mig fra mailinglisten, jeg får stadig tilbud, selvom jeg har afmeldt mig.
Jeg vil ikke have målrettede annoncer – stop med at dele mine oplysninger med jeres annoncepartnere.
"""
P["req.opt_out.formal"] = r"""
Jeg trækker hermed mit samtykke til at modtage markedsføring pr. e-mail, sms og telefon tilbage.
Jeg anmoder om, at I ophører med al direkte markedsføring til mig og fjerner mine kontaktoplysninger fra jeres lister.
Jeg anmoder om, at e-mailadressen {email} fjernes fra alle nyhedsbreve med øjeblikkelig virkning.
"""
P["req.other_privacy.plain"] = r"""
Hvem har I delt mine oplysninger med? Siden jeg oprettede mig, har jeg fået spam.
Jeg har fået en mail om et databrud. Er mine oplysninger berørt?
Hvor opbevarer I mine oplysninger? Ligger de uden for EU?
Hvem er jeres databeskyttelsesrådgiver, og hvordan får jeg fat i vedkommende?
"""
P["req.other_privacy.formal"] = r"""
Jeg beder jer oplyse alle tredjeparter, som mine personoplysninger er videregivet til siden {year}.
Jeg trækker hermed alle samtykker, jeg har givet til Taskbridge, tilbage (artikel 7, stk. 3).
Jeg ønsker at klage til jeres databeskyttelsesrådgiver over, at mine kontaktoplysninger blev videregivet til en leverandør uden mit samtykke.
Oplys venligst, om mine oplysninger overføres uden for EØS, og i givet fald hvilke garantier efter artikel 46 I støtter jer på.
"""
P["combo.access+deletion"] = r"""
Send først en kopi af alt, hvad I har om mig, og slet derefter det hele.
Jeg vil se, hvad I har gemt om mig, og bagefter skal det hele slettes.
Jeg anmoder om indsigt (artikel 15) og derefter sletning af oplysningerne (artikel 17).
"""
P["combo.deletion+opt_out"] = r"""
Fjern mig fra mailinglisterne, og slet samtidig min konto.
Ikke flere nyhedsbreve, og slet min konto og mine oplysninger helt.
Stop al markedsføring til mig, og slet mine oplysninger fra jeres systemer.
"""

P["task.writing"] = r"""
Vi har brug for et blogindlæg på ca. 1.200 ord om onboarding af nye medarbejdere på distancen, SEO-venligt, {deadline}.
Kan nogen skrive 40 produkttekster til vores webshop?
Kan I læse korrektur på mit speciale (ca. 80 sider)?
Jeg søger en tekstforfatter, der kan omskrive "Om os"-siden på vores hjemmeside.
"""
P["task.translation"] = r"""
Oversæt venligst vores brugermanual på 12 sider til {lang2}, {deadline}.
Jeg har brug for en autoriseret oversættelse af min fødselsattest til {lang2}.
Kan I oversætte den vedhæftede kontrakt (ca. 3.500 ord) til {lang2}? Den juridiske terminologi er vigtig.
Vi søger en indfødt, der kan gennemgå maskinoversættelsen af vores app til {lang2}.
"""
P["task.design"] = r"""
Vi skal bruge et nyt logo til vores bageri – varmt og håndtegnet, tre forslag til at starte med.
Kan I designe en A5-flyer til vores sommerudsalg, trykklar PDF?
Jeg har brug for visitkort til to medarbejdere, for- og bagside, {deadline}.
Vi søger en designer til 10 skabeloner til sociale medier i vores farver.
"""
P["task.software"] = r"""
Vores WordPress-side er meget langsom på mobilen; kan nogen analysere den og rette det værste?
Vi har brug for et lille Python-script, der samler vores ugentlige CSV-eksporter i én Excel-fil.
Ret fejlen i vores Shopify-checkout, hvor rabatkoden ikke virker.
Vi søger en udvikler til en enkel bookingformular med bekræftelsesmail.
"""
P["task.bookkeeping"] = r"""
Jeg har brug for hjælp til momsindberetningen for tredje kvartal; bilagene ligger i den delte mappe.
Kan nogen afstemme vores kontoudtog for september og oktober?
Vi søger en bogholder i ca. 10 timer om måneden.
Kan I lave lønnen for tre ansatte for november?
"""
P["task.marketing"] = r"""
Vi vil køre en Google Ads-kampagne for vores yogastudie, budget {budget} om måneden.
Kan I lave en indholdsplan for december (Instagram og TikTok)?
Vi har brug for en nyhedsbrevsskabelon og de to første kampagner i Mailchimp.
Vi søger en SEO-gennemgang af vores webshop med hurtige forbedringer.
"""
P["task.data_analysis"] = r"""
Kan I analysere vores salg fra de sidste to år og finde sæsonmønstre?
Vi har brug for et Power BI-dashboard over antallet af supportsager.
Rens gerne vores spørgeskemasvar (ca. 1.500 svar), og lav en simpel segmentering.
Jeg har brug for en regressionsanalyse til mit speciale, i R eller SPSS.
"""
P["task.platform_support"] = r"""
Jeg er blevet trukket to gange for ordre {order}. Kan I refundere den dobbelte betaling?
Der kommer en fejlmeddelelse, hver gang jeg prøver at betale med kort.
Jeg kan ikke uploade filer over 20 MB i projektchatten. Er der en grænse?
Faktura {inv} har forkert momssats, kan I udstede en ny?
"""
P["hard.writing"] = r"""
Kan I skrive en privatlivspolitik til min webshop? Den skal overholde GDPR.
Slet andet afsnit, og ret stavefejlene i indledningen, tak.
Vi har brug for en artikel, der forklarer retten til at blive glemt for små virksomheder.
Kan I skrive svarskabeloner til de indsigtsanmodninger, vores egne kunder sender os?
"""
P["hard.translation"] = r"""
Oversæt venligst vores privatlivspolitik til {lang2}.
Vi har brug for vores databehandleraftale oversat til {lang2}.
Oversæt hjælpeartiklen "Sådan sletter du din konto" til {lang2}.
Ret fejlene i den oversatte version af vores privatlivspolitik på {lang2}.
"""
P["hard.design"] = r"""
Slet det gamle logo fra skitsen, og brug det nye.
Fjern vandmærket fra produktbillederne.
Jeg gør indsigelse mod designændringen i version 3 – gå tilbage til den blå header.
Kan I designe en samtykkeboks til GDPR, der ikke skræmmer folk væk?
"""
P["hard.software"] = r"""
Tilføj en knap "Eksportér mine data" i kundeportalen, så vores brugere kan downloade deres oplysninger som CSV.
Vores brugere kan ikke slette deres konti i den app, I byggede til os – knappen giver en 500-fejl.
Jeg kan ikke længere komme ind på testserveren, min SSH-nøgle bliver afvist.
Vi skal begrænse adgangen til adminpanelet til kontorets IP-adresse.
"""
P["hard.bookkeeping"] = r"""
Slet de dobbelte posteringer for faktura {inv}.
Ret momsen på oktoberposteringerne – I har bogført 25 % moms på en momsfri ydelse.
Jeg har ikke adgang til den delte regnskabsmappe, linket siger "adgang nægtet".
Opdatér adressen i fakturaskabelonen til vores nye kontor.
"""
P["hard.marketing"] = r"""
Afmeldingslinket virker ikke i det nyhedsbrev, I bygger til os – ret det inden torsdagens udsendelse.
Fjern alle afviste adresser fra vores mailingliste, og ryd op i segmenterne.
Stop Facebook-kampagnen, den brænder budgettet af – sæt alle annoncer på pause til mandag.
Vi vil have en kampagne, hvor abonnenterne bekræfter deres samtykke igen.
"""
P["hard.data_analysis"] = r"""
Eksportér arket som CSV, og slet testrækkerne, før du sender det.
Analysér spørgeskemaet, men anonymisér respondenterne først – ingen navne i rapporten.
Ret tallene i Q3-rapporten, summerne stemmer ikke.
Kan I begrænse dashboardet, så kun økonomi kan se lønoplysningerne?
"""
P["hard.platform_support"] = r"""
Jeg kan ikke komme ind på min konto – mailen til nulstilling af adgangskoden kommer aldrig.
Hvordan sletter jeg et projektudkast, jeg har oprettet ved en fejl?
Mine tofaktorkoder bliver afvist, og jeg er låst ude.
Kan I begrænse adgangen til den delte mappe, så kun jeg kan se den?
"""
