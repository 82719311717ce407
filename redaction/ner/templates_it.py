"""Italian support messages. Slot syntax: see generate.py."""

LANG = "it"
LOCALES = ["it_IT"]
JOB_LOCALES: list[str] = []  # Faker's it_IT jobs are English
HONORIFICS = {"m": ["Sig.", "Sig.", "Signor", "Dott.", "Ing.", "Avv.", "Prof."],
              "f": ["Sig.ra", "Sig.ra", "Signora", "Sig.na", "Dott.ssa", "Avv.", "Prof.ssa"]}
JOBS = [
    "Direttrice amministrativa", "Amministratore delegato", "Responsabile marketing", "Commercialista", "Contabile",
    "Project manager", "Titolare", "Assistente di direzione", "Avvocato", "Responsabile della protezione dei dati",
    "Responsabile risorse umane", "Sviluppatore web", "Grafica", "Traduttrice freelance", "Sistemista",
    "Direttore commerciale", "Socio fondatore", "Consulente del lavoro", "Impiegata amministrativa",
]
UNITS = ["Int. %", "Scala ?", "Piano %", "Casella Postale %##", "Interno %#"]
SERVICES = ["logo", "traduzione del sito", "audit SEO", "contabilità mensile", "report Excel", "sito WordPress",
            "Pacchetto Logo Design", "Piano Premium", "articoli per il blog", "correzione di bozze",
            "immagine coordinata", "analisi dei dati", "campagna social"]
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"]
WEEKDAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
DATE_FORMATS = ["{dd}/{mm}/{Y}", "{d} {month} {Y}", "{d} {month}", "{d}.{m}.{Y}", "{Y}-{mm}-{dd}"]
AMOUNTS = ["{x},{c} €", "€ {x},{c}", "{x} euro", "EUR {x}", "{x} CHF"]

GREETINGS = ["Buongiorno,", "Salve,", "Gentili signori,", "Ciao {first4},", "Gentile {hname4},",
             "Buonasera,", "Spett.le Taskbridge,", "", "Ciao,", "Gentil{g4:e/issima} {first4},"]
CLOSINGS = ["Cordiali saluti,", "Distinti saluti,", "Saluti,", "Grazie,", "Grazie mille,", "Un saluto,",
            "Resto in attesa di un vostro riscontro.", "A presto,"]
SUBJECTS = ["Oggetto: cambio indirizzo", "Oggetto: R: ordine {order}", "Oggetto: richiesta di accesso ai dati",
            "Oggetto: fattura {invoice} errata"]
WRAPPERS = [
    "---------- Messaggio inoltrato ---------\nDa: {name} <{email}>\nData: {weekday} {date} alle ore {time}\n"
    "Oggetto: {service}\nA: {name2} <{email2}>",
    "Il giorno {date} alle ore {time} {name} <{email}> ha scritto:",
]

SIGNATURES = [
    "{name}\n?{job}\n?{org}\n?{addrblock}\n?Tel. {phone}",
    "{first}",
    "{hname}\n{job}\n{org}\n?{addrline}",
    "--\n{name}\n{org}\n{addrline}\n?P.IVA {num}",
    "{first}\n\nInviato da iPhone",
]

BODIES = [
    "mi sono trasferit{g:o/a} e devo aggiornare l'indirizzo di fatturazione. Il nuovo indirizzo è:\n\n{addrblock}\n\n"
    "Potete correggere anche la fattura {invoice}?",
    "il fornitore {name2} non risponde ai miei messaggi da {weekday} (ordine {order}).",
    "ai sensi dell'art. 17 GDPR chiedo la cancellazione del mio account. L'indirizzo registrato era {addrline}.",
    "la nostra società ha cambiato nome da {org} a {org2}. Vi prego di aggiornare le prossime fatture.",
    "vi chiedo di aggiungere {name2} come utente del nostro account: è {g2:il nostro/la nostra} {job2}.",
    "sarò a {town} fino al {date}, quindi preferisco ricevere risposta via e-mail e non al {phone}.",
    "come concordato al telefono con {first2}, vi invio il modulo firmato.",
    "grazie per l'aiuto dell'ultima volta. Purtroppo il link per scaricare l'ordine {order} è di nuovo scaduto.",
    # People named by one name only, companies and places in running text.
    "{last2} del vostro ufficio fatture mi aveva promesso un rimborso la settimana scorsa.",
    "Per favore inoltrate questo messaggio a {first2}, che segue il nostro account.",
    "Secondo {last3}, la fattura è stata pagata il {date}, ma in banca non risulta nulla.",
    "Prima lavoravamo con {org2}, ora passiamo tutto a Taskbridge.",
    "Il nostro team di {town} rivedrà la bozza, l'approvazione finale spetta a {last2}.",
]

MESSAGES = [
    "Nuovo indirizzo: {addrline}\n{name}",
    "per favore cambiate il mio indirizzo in {addrline}",
    "Buongiorno, mi sono trasferit{g:o/a} a {town}. Come cambio la località nel profilo?",
    "Mi chiamo {name} e chiedo la cancellazione del mio account ({email}) ai sensi del GDPR.",
    "Nome: {first}\nCognome: {last}\nIndirizzo: {street}\nCAP: {zip}\nCittà: {city}\n?Provincia: {region}\n"
    "Paese: {country}\nMotivo: cambio indirizzo",
    "NOMINATIVO: {name:upper}\nAZIENDA: {org}\nRUOLO: {job}\nINDIRIZZO: {addr}",
    "[{time}] {first:lower}: ciao, non mi è arrivata la fattura\n[{time}] Supporto Taskbridge: Ciao! A quale indirizzo la mandiamo?\n"
    "[{time}] {first:lower}: {addrline}",
    "{org}\n{addrblock}\n\n{town}, {date}\n\nOggetto: richiesta di cancellazione dei dati\n\nGentili signori,\n\n"
    "per conto {g2:del nostro cliente/della nostra cliente} {hname2} chiediamo la cancellazione di tutti i suoi dati "
    "personali.\n\nDistinti saluti,\n\n{name}\n{job}",
    "Indirizzo di spedizione:\n{name}\n{addrblock}\n\nDati di fatturazione:\n{org}\nAlla c.a. di {hname2}\n{addrblock2}",
    "FATTURA N. {invoice}\nData: {date}\n\nCliente:\n{name}\n?{org}\n{addrblock}\n\nDescrizione: {service}\nTotale: {amount}",
    "{g2:Il mio collega/La mia collega} {name2} ({job2}) seguirà il progetto da lunedì.",
    "Il fornitore {first2} {last2} di {org2} ha consegnato con due settimane di ritardo. Chiedo un rimborso parziale.",
    "ciao sono {first:lower} da {town:lower}, il mio ordine {order} è ancora in lavorazione??",
    "Potete intestare la fattura a {org}, {addrline}, alla c.a. di {hname2}?",
    "Il CAP è {zip}, non quello indicato in fattura.",
    "Ho lavorato {n} anni come {job} presso {org} a {town} prima di trasferirmi all'estero ({land}).",
    "Chi è {name2}? Questa persona mi ha scritto per il mio ordine.",
    "Siamo una piccola azienda della zona di {town} ({org}) e cerchiamo aiuto per {service}.",
    "Sono di {town} ma vivo all'estero, in {land}. Quale IVA si applica?",
    "Saluti da {town:upper}! Il Piano Business è disponibile anche in {region}?",
]

NEGATIVES = [
    "Buongiorno, ho ordinato il Pacchetto Logo Design {weekday} scorso ma non ho ricevuto nulla. Ordine {order}.",
    "Il report Excel sarà pronto per {month}?",
    "Mandatemi la fattura in PDF, grazie. Piano Premium, fatturazione mensile.",
    "Come cambio la password di Taskbridge?",
    "Grazie mille, il problema con WordPress è risolto!",
    "Il pagamento di {amount} è in sospeso da {weekday}. Ticket {ticket}.",
    "Buongiorno,\n\nvorrei disdire l'abbonamento alla fine di {month}.\n\nCordiali saluti",
    "[Salve|Buongiorno], c'è uno sconto per studenti?",
    "Il file {tool} ha i [font|colori] sbagliati. Potete controllare?",
    "Posso pagare con PayPal o solo con carta?",
    "L'ordine {order} risulta Consegnato ma non è stato caricato nulla.",
]

CORNERS = ["all'angolo tra {a} e {b}", "all'angolo {a}/{b}", "all'incrocio tra {a} e {b}"]
MESSAGES += [
    "Abito {corner}, il corriere sbaglia sempre portone.",
    "Il fornitore può incontrarmi {weekday} {corner}?",
    "Lavoro per {org2} e ho bisogno della fattura intestata all'azienda.",
    "{org2} mi ha chiamato ieri per il mio ordine. Sono vostri partner?",
    "Stiamo confrontando i preventivi di {org2} e {org3}.",
    "{first2} dice che i file sono pronti.",
]
NEGATIVES += [
    "CONDIZIONI GENERALI DI SERVIZIO\nArt. 1 - Oggetto del servizio\nArt. 2 - Corrispettivo",
    "Consegna, Collaudo e Garanzia sono descritti nell'allegato.",
]
