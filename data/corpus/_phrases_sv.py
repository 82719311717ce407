# Svenska fraser (mindre uppsättning: casual, formal_letter, form, chat). Format: _phrases_en.py.

LOCALES = ["sv_SE"]
EMAIL_DOMAINS = ["telia.example", "bredband.example", "gmail.example", "hotmail.example",
                 "mailbox.example"]
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december"]
DATE_FORMATS = ["{y}-{m:02d}-{d:02d}", "{d} {month} {y}", "{y}-{m:02d}-{d:02d}"]

P = {}

P["greet.casual"] = r"""
Hej,
Hej!
Hej Taskbridge,
Hallå,
God morgon,
"""
P["greet.formal"] = r"""
Till dataskyddsombudet på Taskbridge,
Hej,
Till berörd handläggare,
Bästa dataskyddsombud,
"""
P["greet.formal.business"] = r"""
Hej,
God dag,
Hej Taskbridge-teamet,
"""
P["greet.person"] = r"""
Hej {to},
Hej {to}!
Hallå {to},
"""
P["close.casual"] = r"""
Tack!
Hälsningar,
Mvh
Tack på förhand,
Ha det bra,
"""
P["close.formal"] = r"""
Med vänliga hälsningar,
Vänliga hälsningar,
Med vänlig hälsning,
"""
P["close.extra"] = r"""
Bekräfta gärna när det är gjort.
Hör av er om ni behöver verifiera min identitet.
Tacksam för snabbt svar.
"""
P["sig.casual"] = r"""
{first}
{name}
{name}\n{phone}
{name}\nSkickat från min iPhone
{name}\n{email}
"""
P["sig.formal"] = r"""
{name}\n{street}\n{city_line}
{name}\n{street}\n{city_line}\nTel. {phone}
{name}\n{address}\nE-post: {email}
{name}
"""
P["sig.business"] = r"""
{name}\n{company}\nTel. {phone}
{name}\nVD | {company}\n{work_email}
{name}\n{company}\n{street}\n{city_line}
"""
P["ctx.priv"] = r"""
Mitt konto är {acc}.
Jag är registrerad med {email}.
Jag använde Taskbridge några gånger förra året, mest för översättningar.
Min senaste beställning var {order}.
Jag har inte loggat in på över ett år.
Jag skapade bara kontot för att få en offert och har aldrig beställt något.
Ni kan nå mig på {phone} om det behövs.
"""
P["ctx.ord"] = r"""
Vi har jobbat med er förut (order {order}).
Jag driver {company}.
Vi är ett litet team i {city}.
Mitt konto: {acc}.
Det gäller {company}.
"""
P["transition"] = r"""
Dessutom har jag en begäran till.
Jag begär också följande.
Och en sak till.
"""
P["bridge"] = r"""
En helt annan sak, som inte har med projektet att göra.
Apropå mina uppgifter, en separat fråga.
PS:
Och en sak som inte gäller beställningen.
"""
P["bridge.task"] = r"""
Och nu angående projektet:
Dessutom har jag ett nytt uppdrag:
När det gäller själva uppdraget:
"""
P["formal.intro"] = r"""
Jag utövar härmed mina rättigheter enligt dataskyddsförordningen (GDPR) avseende mitt konto {acc}.
Som registrerad användare av er plattform (e-post: {email}) vänder jag mig till er som personuppgiftsansvarig.
Jag skriver angående de personuppgifter som Taskbridge behandlar om mig som tidigare kund.
Se detta mejl som en formell begäran enligt GDPR.
"""
P["formal.multi"] = r"""
Jag begär därför:
Konkret begär jag följande:
Mina begäranden är följande:
"""
P["formal.identity"] = r"""
För identifiering: {name}, född {dob}, adress {address}.
Min registrerade e-postadress är {email} och mitt telefonnummer {phone}.
Mitt kundnummer är {acc}; min senaste order var {order}.
"""
P["formal.deadline"] = r"""
Jag vill ha svar inom en månad i enlighet med artikel 12.3 i GDPR.
Jag förväntar mig svar utan onödigt dröjsmål och senast inom en månad.
Bekräfta gärna att ni har tagit emot min begäran.
"""
P["formal.threat"] = r"""
Om jag inte får svar inom den tiden kommer jag att lämna in ett klagomål till Integritetsskyddsmyndigheten (IMY).
Jag förbehåller mig rätten att vända mig till IMY.
"""
P["formal.header"] = r"""
{name}\n{street}\n{city_line}\n\nTaskbridge\nAtt: Dataskyddsombudet\n\n{home_city} {date}\n\nÄrende: {subj}
{name}\n{address}\n{email}\n\n{date}\n\nÄrende: {subj}
"""
P["formal.task_intro"] = r"""
Vi skulle vilja ha en offert på följande uppdrag.
Jag vill lägga ut följande projekt via er plattform.
Vi söker en lämplig leverantör för projektet nedan.
"""
P["formal.task_close"] = r"""
Meddela gärna uppskattad kostnad och leveranstid.
Vi ser fram emot ert förslag.
Hör av er om ni har frågor.
"""
P["chat.open"] = r"""
hej
hallå
Hej, en snabb fråga
hej, är det någon där?
"""
P["chat.agent_greet"] = r"""
Hej {first}, tack för att du kontaktar Taskbridge. Vad kan jag hjälpa till med?
Hej! Du pratar med {agent}. Vad kan jag göra för dig?
Hej, tack för att du väntade. Vad gäller det?
"""
P["chat.agent_ask"] = r"""
Absolut. Kan du bekräfta e-postadressen eller konto-ID:t?
Jag kollar. Vilken e-postadress eller vilket kontonummer är du registrerad med?
Tack. Vad är ditt konto-ID eller din e-post, så jag hittar kontot?
"""
P["chat.agent_end"] = r"""
Tack, jag har registrerat det som ärende {ticket}. Du får en bekräftelse via e-post.
Uppfattat, jag skickar vidare till rätt team. Du får svar via e-post.
Bra, {first}. Ärende {ticket} är skapat, vi hör av oss.
"""
P["chat.agent_end_ord"] = r"""
Tack, jag har skapat ärende {ticket}.
Uppfattat, jag skickar vidare och du får svar snart.
Tack {first}, jag tittar på det och återkommer.
"""
P["chat.cust_end"] = r"""
tack
toppen, tack!
ok tack
"""
P["form.labels"] = r"""
title=Kontaktformulär|name=Namn|email=E-post|phone=Telefon|account=Kontonummer|order=Ordernummer|topic=Ämne|message=Meddelande|sent=Skickat
"""
P["form.topic_privacy"] = r"""
Dataskydd
Personuppgifter
Mina uppgifter
"""
P["form.topic_generic"] = r"""
Allmän fråga
Mitt konto
Övrigt
"""
P["form.topic_project"] = r"""
Nytt projekt
Fråga om en order
Begär offert
"""
P["form.topic_support"] = r"""
Konto och inloggning
Fakturor och betalningar
Tekniskt problem
"""
P["subj.generic"] = r"""
Fråga
Mitt konto
Begäran
Konto {acc}
Order {order}
"""
P["subj.formal"] = r"""
Begäran enligt GDPR – {name}
Utövande av mina rättigheter enligt dataskyddsförordningen
Begäran om mina personuppgifter – konto {acc}
"""
P["subj.access"] = r"""
Begäran om registerutdrag
Registerutdrag enligt artikel 15 GDPR
Vilka uppgifter har ni om mig?
"""
P["subj.deletion"] = r"""
Radera mitt konto
Radering av mina uppgifter
Rätten att bli bortglömd
"""
P["subj.correction"] = r"""
Fel uppgifter på mitt konto
Rättelse av personuppgifter
Namnbyte
"""
P["subj.portability"] = r"""
Export av mina uppgifter
Dataportabilitet
"""
P["subj.restriction"] = r"""
Begränsning av behandling
Spärra mina uppgifter
"""
P["subj.objection"] = r"""
Invändning mot behandling
Profilering
"""
P["subj.opt_out"] = r"""
Avregistrering
Inga fler reklammejl
Nyhetsbrev
"""
P["subj.other_privacy"] = r"""
Fråga om mina uppgifter
Dataläcka?
Vem har mina uppgifter?
"""
P["subj.writing"] = r"""
Copywriting
Bloggartiklar
Korrekturläsning
"""
P["subj.translation"] = r"""
Översättningsuppdrag
Översättning till {lang2}
Offert översättning
"""
P["subj.design"] = r"""
Logotyp
Flygblad
Ändringar i skissen
"""
P["subj.software"] = r"""
Buggfix
Problem med webbplatsen
Utvecklare sökes
"""
P["subj.bookkeeping"] = r"""
Bokföring
Momsdeklaration
Månadsbokslut
"""
P["subj.marketing"] = r"""
Nyhetsbrevskampanj
Google Ads
Plan för sociala medier
"""
P["subj.data_analysis"] = r"""
Dataanalys
Dashboard
Enkätanalys
"""
P["subj.platform_support"] = r"""
Inloggningsproblem
Betalningsproblem
Dubbeldebitering
"""
P["subj.chat"] = r"""
Chattlogg
Livechatt – {date}
"""
P["subj.form"] = r"""
Nytt meddelande från kontaktformuläret
Kontaktförfrågan från {name}
"""
P["task.extra"] = r"""
Briefen bifogas.
Vad skulle det kosta?
Filerna ligger i den delade mappen.
Budgeten är runt {budget}.
Vi behöver det {deadline}.
"""
P["deadlines"] = r"""
till fredag
före slutet av nästa vecka
senast den 15:e
inom fem arbetsdagar
så snart som möjligt
"""
P["budgets"] = r"""
5 000 kr
12 000 kr
400 €
8 000 kronor
"""
P["lang2"] = r"""
engelska
tyska
franska
spanska
finska
"""

P["req.access.plain"] = r"""
Kan ni skicka en kopia av alla personuppgifter ni har om mig?
Vilken information har ni egentligen om mig? Jag vill se allt.
Skicka gärna allt ni har sparat om mig – profil, beställningar, meddelanden.
Hur får jag ett registerutdrag? Jag vill veta vad ni har om mig.
"""
P["req.access.formal"] = r"""
Enligt artikel 15 i dataskyddsförordningen begär jag ett registerutdrag, det vill säga bekräftelse på om ni behandlar personuppgifter om mig och i så fall en kopia av dem.
Jag utövar härmed min rätt till tillgång och begär uppgift om ändamålen med behandlingen, kategorierna av uppgifter, mottagarna och lagringstiden.
Jag begär en kopia av samtliga personuppgifter om mig, inklusive uppgifter i supportärenden och interna anteckningar.
"""
P["req.deletion.plain"] = r"""
Radera mitt konto och alla uppgifter ni har om mig, tack.
Jag använder inte Taskbridge längre, kan ni ta bort allt om mig?
Ta bort min profil, orderhistorik och mina meddelanden. Jag vill inte att något finns kvar hos er.
radera kontot tack, med allt som hör till
"""
P["req.deletion.formal"] = r"""
Jag begär radering av samtliga personuppgifter som rör mig enligt artikel 17 i dataskyddsförordningen.
Jag utövar min rätt till radering (rätten att bli bortglömd), eftersom uppgifterna inte längre behövs för de ändamål för vilka de samlades in.
Jag begär att mitt kundkonto {acc} och alla tillhörande uppgifter raderas och att ni bekräftar raderingen skriftligen.
"""
P["req.correction.plain"] = r"""
Mitt efternamn är felstavat i profilen – det är {last}, inte {wrong_last}.
Ni har kvar min gamla adress. Jag har flyttat, nu bor jag på {address}.
Kan ni rätta mitt födelsedatum? Ni har {wrong_dob}, rätt är {dob}.
Telefonnumret ni har till mig stämmer inte. Rätt nummer är {phone}.
"""
P["req.correction.formal"] = r"""
Enligt artikel 16 i dataskyddsförordningen begär jag rättelse av felaktiga uppgifter: mitt födelsedatum är registrerat som {wrong_dob}, korrekt är {dob}.
Jag utövar min rätt till rättelse: adressen i mitt kundregister ({old_address}) är felaktig; rätt adress är {address}.
Jag begär att mitt efternamn rättas utan dröjsmål (registrerat: {wrong_last}; korrekt: {last}) och att ni bekräftar ändringen.
"""
P["req.portability.plain"] = r"""
Jag byter till en annan plattform. Kan ni skicka mina uppgifter i ett format jag kan importera där, till exempel CSV eller JSON?
Kan jag få mina projekt och min profil som en maskinläsbar fil? Jag vill ta med dem.
Kan ni föra över min orderhistorik och mina omdömen direkt till {other_platform}?
Exportera gärna mina uppgifter i ett strukturerat format så att jag kan flytta dem till en annan tjänst.
"""
P["req.portability.formal"] = r"""
Enligt artikel 20 i dataskyddsförordningen begär jag att få ut de personuppgifter jag har lämnat till er i ett strukturerat, allmänt använt och maskinläsbart format.
Jag utövar min rätt till dataportabilitet och begär att ni överför mina uppgifter direkt till {other_platform}, om det är tekniskt möjligt.
Jag begär att få mina uppgifter (profil, beställningar, meddelanden, omdömen) i JSON- eller CSV-format.
"""
P["req.restriction.plain"] = r"""
Gör ingenting med mina uppgifter förrän tvisten om fakturan är löst – frys dem bara.
Jag bestrider uppgifterna på mitt konto. Använd dem inte tills det är utrett, men radera dem inte heller.
Radera inget, jag behöver det för en rättslig process, men sluta använda det till något annat.
Pausa all behandling av mina uppgifter medan jag kontrollerar om era uppgifter stämmer.
"""
P["req.restriction.formal"] = r"""
Jag begär begränsning av behandlingen av mina personuppgifter enligt artikel 18.1 a i dataskyddsförordningen under den tid som krävs för att kontrollera att de är korrekta.
I avvaktan på att tvisten om order {order} avgörs begär jag att behandlingen av mina uppgifter begränsas till enbart lagring.
Jag motsätter mig radering av mina uppgifter, som jag behöver för att kunna göra gällande rättsliga anspråk, och begär i stället begränsning av behandlingen.
"""
P["req.objection.plain"] = r"""
Jag vill inte att min profil används till er AI-matchning eller någon form av profilering.
Jag går inte med på att ni analyserar mina meddelanden med AI. Sluta med det.
I er integritetspolicy står det att ni använder mina uppgifter för ”berättigat intresse” i analyser. Det motsätter jag mig.
Sluta använda mina projektfiler för att träna era AI-modeller.
"""
P["req.objection.formal"] = r"""
Jag invänder enligt artikel 21 i dataskyddsförordningen mot behandlingen av mina personuppgifter som grundar sig på ert berättigade intresse, inklusive profilering.
Av skäl som rör min särskilda situation invänder jag mot att mina uppgifter används för att träna eller utvärdera AI-modeller.
Jag invänder mot den automatiserade analysen och profileringen av mina användningsdata.
"""
P["req.opt_out.plain"] = r"""
Sluta skicka reklammejl till mig, tack.
Avregistrera mig från alla era nyhetsbrev.
Ta bort mig från utskickslistan, jag får fortfarande erbjudanden fast jag har avregistrerat mig.
Jag vill inte ha riktad reklam – sluta dela mina uppgifter med era annonspartner.
"""
P["req.opt_out.formal"] = r"""
Jag återkallar härmed mitt samtycke till att ta emot marknadsföring via e-post, sms och telefon.
Jag begär att ni upphör med all direktmarknadsföring till mig och tar bort mina kontaktuppgifter från era utskickslistor.
Jag begär att e-postadressen {email} tas bort från alla nyhetsbrev med omedelbar verkan.
"""
P["req.other_privacy.plain"] = r"""
Vem har ni delat mina uppgifter med? Sedan jag registrerade mig får jag spam.
Jag fick ett mejl om en dataläcka. Berörs mina uppgifter?
Var lagrar ni mina uppgifter? Ligger de utanför EU?
Vem är ert dataskyddsombud och hur når jag hen?
"""
P["req.other_privacy.formal"] = r"""
Jag ber er ange alla tredje parter som mina personuppgifter har lämnats ut till sedan {year}.
Jag återkallar härmed alla samtycken jag har lämnat till Taskbridge (artikel 7.3 GDPR).
Jag vill lämna ett klagomål till ert dataskyddsombud om att mina kontaktuppgifter lämnades ut till en leverantör utan mitt samtycke.
Meddela om mina uppgifter överförs utanför EES och i så fall vilka skyddsåtgärder enligt artikel 46 ni stöder er på.
"""
P["combo.access+deletion"] = r"""
Skicka först en kopia av allt ni har om mig och radera sedan allt.
Jag vill se vad ni har sparat om mig och sedan ska allt tas bort.
Jag begär registerutdrag (artikel 15) och därefter radering av uppgifterna (artikel 17).
"""
P["combo.deletion+opt_out"] = r"""
Ta bort mig från utskickslistorna och radera mitt konto samtidigt.
Inga fler nyhetsbrev, och radera mitt konto och mina uppgifter helt.
Sluta med all reklam till mig och radera mina uppgifter ur era system.
"""

P["task.writing"] = r"""
Vi behöver en bloggartikel på cirka 1 200 ord om distansintroduktion av nyanställda, SEO-anpassad, {deadline}.
Kan någon skriva 40 produkttexter till vår webbutik?
Kan ni korrekturläsa min masteruppsats (cirka 80 sidor)?
Jag söker en copywriter som skriver om ”Om oss”-sidan på vår webbplats.
"""
P["task.translation"] = r"""
Översätt gärna vår användarmanual på 12 sidor till {lang2}, {deadline}.
Jag behöver en auktoriserad översättning av mitt personbevis till {lang2}.
Kan ni översätta det bifogade avtalet (cirka 3 500 ord) till {lang2}? Juridisk terminologi är viktig.
Vi söker en modersmålstalare som granskar maskinöversättningen av vår app till {lang2}.
"""
P["task.design"] = r"""
Vi behöver en ny logotyp till vårt bageri – varm och handritad, tre förslag till att börja med.
Kan ni formge ett A5-flygblad för vår sommarrea, tryckfärdig PDF?
Jag behöver visitkort till två medarbetare, fram- och baksida, {deadline}.
Vi söker en formgivare för 10 mallar för sociala medier i våra färger.
"""
P["task.software"] = r"""
Vår WordPress-sajt är väldigt långsam i mobilen; kan någon analysera och åtgärda det värsta?
Vi behöver ett litet Python-skript som slår ihop våra veckovisa CSV-exporter till en Excel-fil.
Fixa buggen i vår Shopify-kassa där rabattkoden inte fungerar.
Vi söker en utvecklare för ett enkelt bokningsformulär med bekräftelsemejl.
"""
P["task.bookkeeping"] = r"""
Jag behöver hjälp med momsdeklarationen för tredje kvartalet; kvittona ligger i den delade mappen.
Kan någon stämma av våra kontoutdrag för september och oktober?
Vi söker en redovisningskonsult på cirka 10 timmar i månaden.
Kan ni göra lönerna för tre anställda för november?
"""
P["task.marketing"] = r"""
Vi vill köra en Google Ads-kampanj för vår yogastudio, budget {budget} i månaden.
Kan ni ta fram en innehållsplan för december (Instagram och TikTok)?
Vi behöver en mall för nyhetsbrev och de två första kampanjerna i Mailchimp.
Vi söker en SEO-genomgång av vår webbutik med snabba förbättringar.
"""
P["task.data_analysis"] = r"""
Kan ni analysera vår försäljning de senaste två åren och hitta säsongsmönster?
Vi behöver en Power BI-dashboard över antalet supportärenden.
Rensa gärna våra enkätsvar (cirka 1 500 svar) och gör en enkel segmentering.
Jag behöver en regressionsanalys till min uppsats, i R eller SPSS.
"""
P["task.platform_support"] = r"""
Jag har debiterats två gånger för order {order}. Kan ni återbetala dubbeldragningen?
Det kommer ett felmeddelande varje gång jag försöker betala med kort.
Jag kan inte ladda upp filer större än 20 MB i projektchatten. Finns det en gräns?
Faktura {inv} har fel momssats, kan ni skicka en ny?
"""
P["hard.writing"] = r"""
Kan ni skriva en integritetspolicy för min webbutik? Den måste följa GDPR.
Ta bort andra stycket och rätta stavfelen i inledningen, tack.
Vi behöver en artikel som förklarar rätten att bli bortglömd för småföretagare.
Kan ni skriva svarsmallar för registerutdrag som våra egna kunder begär?
"""
P["hard.translation"] = r"""
Översätt vår dataskyddsinformation till {lang2}, tack.
Vi behöver vårt personuppgiftsbiträdesavtal översatt till {lang2}.
Översätt hjälpartikeln ”Så raderar du ditt konto” till {lang2}.
Rätta felen i den {lang2} översättningen av vår integritetspolicy.
"""
P["hard.design"] = r"""
Ta bort den gamla logotypen ur skissen och använd den nya.
Ta bort vattenstämpeln från produktbilderna.
Jag invänder mot designändringen i version 3 – gå tillbaka till den blå headern.
Kan ni formge en samtyckesruta för GDPR som inte skrämmer bort folk?
"""
P["hard.software"] = r"""
Lägg till en knapp ”Exportera mina uppgifter” i kundportalen så att våra användare kan ladda ner sina uppgifter som CSV.
Våra användare kan inte radera sina konton i appen ni byggde åt oss – knappen ger ett 500-fel.
Jag kommer inte åt testservern längre, min SSH-nyckel nekas.
Vi behöver begränsa åtkomsten till adminpanelen till kontorets IP-adress.
"""
P["hard.bookkeeping"] = r"""
Radera de dubbla bokföringsposterna för faktura {inv}.
Rätta momsen på oktoberposterna – ni har bokat 25 % i stället för 12 %.
Jag har ingen åtkomst till den delade bokföringsmappen, länken säger ”åtkomst nekad”.
Uppdatera adressen i fakturamallen till vårt nya kontor.
"""
P["hard.marketing"] = r"""
Avregistreringslänken fungerar inte i nyhetsbrevet ni bygger åt oss – fixa det före torsdagens utskick.
Ta bort alla studsade adresser från vår utskickslista och städa segmenten.
Stoppa Facebook-kampanjen, den bränner budget – pausa alla annonser till måndag.
Vi vill ha en kampanj där prenumeranterna bekräftar sitt samtycke på nytt.
"""
P["hard.data_analysis"] = r"""
Exportera arket som CSV och radera testraderna innan du skickar det.
Analysera enkäten, men anonymisera respondenterna först – inga namn i rapporten.
Rätta siffrorna i Q3-rapporten, summorna stämmer inte.
Kan ni begränsa dashboarden så att bara ekonomi ser löneuppgifterna?
"""
P["hard.platform_support"] = r"""
Jag kommer inte in på mitt konto – mejlet för att återställa lösenordet kommer aldrig.
Hur raderar jag ett projektutkast som jag skapade av misstag?
Mina tvåfaktorskoder nekas och jag är utelåst.
Kan ni begränsa åtkomsten till den delade mappen så att bara jag ser den?
"""
