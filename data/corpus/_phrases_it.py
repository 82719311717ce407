# Frasi in italiano. Formato: vedi _phrases_en.py.

LOCALES = ["it_IT"]
EMAIL_DOMAINS = ["libero.example", "alice.example", "tiscali.example", "virgilio.example",
                 "mailbox.example", "gmail.example", "fastwebnet.example"]
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"]
DATE_FORMATS = ["{d:02d}/{m:02d}/{y}", "{d} {month} {y}", "{d:02d}/{m:02d}/{y}"]

P = {}

P["greet.casual"] = r"""
Ciao,
Buongiorno,
Salve,
Buonasera,
Ciao a tutti,
Buongiorno team Taskbridge,
Ciao ragazzi,
"""
P["greet.formal"] = r"""
Gentili Signori,
Spett.le Taskbridge,
Alla cortese attenzione del Responsabile della protezione dei dati (RPD/DPO),
Egregi Signori,
Gentile Responsabile della protezione dei dati,
"""
P["greet.formal.business"] = r"""
Gentili Signori,
Buongiorno,
Spett.le Taskbridge,
Gentile team Taskbridge,
"""
P["greet.person"] = r"""
Ciao {to},
Buongiorno {to},
Gentile {to},
Ciao {to}!
Salve {to},
"""
P["close.casual"] = r"""
Grazie,
Grazie mille!
Un saluto,
Saluti,
A presto,
Grazie in anticipo,
Buona giornata,
"""
P["close.formal"] = r"""
Cordiali saluti,
Distinti saluti,
In attesa di un vostro riscontro, porgo distinti saluti.
Con osservanza,
"""
P["close.extra"] = r"""
Fatemi sapere quando è fatto, grazie.
Se vi serve verificare la mia identità, ditemelo.
Gradirei una risposta in tempi brevi.
Attendo una conferma via e-mail.
"""
P["sig.casual"] = r"""
{first}
{name}
{first}
{name}\n{phone}
{name}\nInviato da iPhone
{first}\n\nInviato dal mio smartphone
{name}\n{email}
-- \n{name}\nCell. {phone}
"""
P["sig.formal"] = r"""
{name}\n{street}\n{city_line}
{name}\n{street}\n{city_line}\nTel. {phone}
{name}\n{address}\nE-mail: {email}
{name}\nTel.: {phone}\nE-mail: {email}
{name}
"""
P["sig.business"] = r"""
{name}\n{company}\nTel. {phone}
{name}\nTitolare | {company}\n{work_email}
{name}\nResponsabile marketing, {company}\nCell. {phone}
{name}\n{company}\n{street}\n{city_line}
"""
P["sig.agent"] = r"""
Avv. {name}\n{firm}\n{street}\n{city_line}\nTel. {phone}
Avv. {name} | {firm}\n{email}
{name}\n{firm}\n{street}, {city_line}\nTel. {phone}
"""
P["firm"] = r"""
Studio Legale {l1}
Studio Legale Associato {l1} & {l2}
{l1} {l2} Avvocati
Studio {l1} e Associati
"""
P["ctx.priv"] = r"""
Il mio account è {acc}.
Sono [[registrato||registrata]] con {email}.
L'anno scorso ho usato Taskbridge un paio di volte, soprattutto per traduzioni.
Il mio ultimo ordine era il {order}, un logo.
Non accedo alla piattaforma da più di un anno.
L'account è registrato a {email} (ID {acc}).
Nel {year} avevo commissionato dei testi tramite voi.
Sono [[un ex cliente||un'ex cliente]], numero account {acc}.
Ho chiuso la mia attività e la piattaforma non mi serve più.
Mi ero [[iscritto||iscritta]] solo per chiedere un preventivo, senza mai ordinare nulla.
Potete contattarmi al {phone} se serve.
"""
P["ctx.ord"] = r"""
Abbiamo già lavorato con voi (ordine {order}).
Sono [[il titolare||la titolare]] di {company}.
Siamo un piccolo team di {city}.
Il mio account: {acc}.
Spero tutto bene.
Come da telefonata:
Mi ha consigliato la vostra piattaforma un collega.
È per {company}.
"""
P["transition"] = r"""
Inoltre, ho un'altra richiesta.
Ho anche una seconda richiesta.
E un'altra cosa ancora.
Chiedo altresì quanto segue.
Infine, un ultimo punto.
"""
P["bridge"] = r"""
Altra questione, che non c'entra con il progetto.
A proposito, una cosa a parte sui miei dati.
Ne approfitto per un'altra richiesta.
PS:
Cambiando argomento.
E una cosa che non riguarda l'ordine.
"""
P["bridge.task"] = r"""
Inoltre, riguardo al progetto in corso:
E ora il lavoro vero e proprio:
Per quanto riguarda l'incarico:
Ho anche un nuovo lavoro da affidare:
"""
P["bridge.end"] = r"""
Un'ultima cosa.
Per concludere, una richiesta.
Prima di chiudere, un'ultima richiesta.
E infine:
"""
P["thread.done"] = r"""
Ricevuti i file finali, grazie: tutto a posto da parte mia e la fattura è pagata.
Tutto consegnato e approvato, grazie del lavoro.
Grazie, per me il progetto è concluso.
Ricevuto tutto, l'ordine si può chiudere.
Perfetto, ho lasciato la recensione. Abbiamo finito.
"""
P["thread.quote"] = r"""
Il giorno {qdate} alle ore {qtime} {qname} <{qemail}> ha scritto:
Il {qdate}, {qname} <{qemail}> ha scritto:
{qname} ha scritto il {qdate}:
"""
P["thread.outlook"] = r"""
-----Messaggio originale-----\nDa: {qname} <{qemail}>\nInviato: {qdate} {qtime}
Da: {qname} <{qemail}>\nData: {qdate} alle {qtime}
________________________________\nDa: {qname} <{qemail}>\nInviato: {qdate} {qtime}
"""
P["thread.re"] = r"""
R:
Re:
RE:
"""
P["support.address"] = r"""
assistenza@taskbridge.example
support@taskbridge.example
"""
P["formal.intro"] = r"""
con la presente esercito i diritti previsti dal Regolamento (UE) 2016/679 (GDPR) in relazione al mio account {acc}.
in qualità di [[utente registrato||utente registrata]] della vostra piattaforma (e-mail: {email}), mi rivolgo a voi quali titolari del trattamento.
vi scrivo in merito ai dati personali che Taskbridge tratta su di me in quanto [[ex cliente||ex cliente]].
in qualità di intestatari[[o||a]] dell'account {acc}, vi trasmetto la seguente istanza ai sensi del GDPR e del Codice privacy.
vi prego di considerare questa e-mail come richiesta formale ai sensi del GDPR.
"""
P["formal.multi"] = r"""
Chiedo pertanto:
In particolare, chiedo:
Vi invito a:
Le mie richieste sono le seguenti:
"""
P["formal.identity"] = r"""
Ai fini dell'identificazione: {name}, [[nato||nata]] il {dob}, residente in {address}.
Il mio indirizzo e-mail registrato è {email} e il mio numero di telefono {phone}.
Il mio numero cliente è {acc}; l'ultimo ordine è il {order}.
Posso fornire copia del documento d'identità se davvero necessario, ma scrivo dall'indirizzo registrato.
Dati identificativi: {name}, [[nato||nata]] il {dob}, {address}, account {acc}.
"""
P["formal.deadline"] = r"""
Vi chiedo di rispondere entro il termine di un mese previsto dall'art. 12, par. 3, del GDPR.
Resto in attesa di un riscontro senza ingiustificato ritardo e comunque entro un mese dal ricevimento della presente.
Vi prego di confermare la ricezione di questa richiesta.
"""
P["formal.threat"] = r"""
In mancanza di riscontro entro tale termine, mi riservo di proporre reclamo al Garante per la protezione dei dati personali.
In assenza di risposta, mi rivolgerò al Garante privacy.
Qualora riteniate applicabile un'eccezione, vi prego di motivarla.
"""
P["formal.header"] = r"""
{name}\n{street}\n{city_line}\n\nSpett.le Taskbridge\nc.a. Responsabile della protezione dei dati\n\n{home_city}, {date}\n\nOggetto: {subj}
{name}\n{address}\n{email}\n\n{date}\n\nOggetto: {subj}
Inviata via e-mail a privacy@taskbridge.example\n\n{date}\n\nOggetto: {subj}
"""
P["formal.task_intro"] = r"""
vorremmo ricevere un preventivo per il seguente incarico.
desidero affidare il seguente progetto tramite la vostra piattaforma.
cerchiamo un professionista adatto per il progetto descritto di seguito.
vi riassumo un incarico che vorremmo gestire tramite Taskbridge.
"""
P["formal.task_close"] = r"""
Vi chiediamo di indicarci costo stimato e tempi di consegna.
Restiamo in attesa della vostra proposta.
Resto a disposizione per qualsiasi chiarimento.
Potete confermarci se i tempi sono fattibili?
"""
P["agent.lawyer"] = r"""
scrivo in nome e per conto di {client}, come da procura allegata.
questo studio assiste {client}, <<ex cliente||ex cliente>> della vostra piattaforma, e vi scriviamo su sue istruzioni.
assisto {client} in una controversia con un professionista della vostra piattaforma e vi scrivo in tale contesto riguardo ai suoi dati personali.
siamo stati incaricati da {client} di esercitare per suo conto i diritti previsti dal GDPR.
"""
P["agent.parent"] = r"""
sono [[il padre||la madre]] di {client}, che ha {client_age} anni. Si è <<registrato||registrata>> sul vostro sito a nostra insaputa.
<<mio figlio||mia figlia>> {client_first}, di {client_age} anni, si è <<iscritto||iscritta>> a Taskbridge per offrire ripetizioni, cosa che non abbiamo autorizzato. Vi scrivo in qualità di genitore esercente la responsabilità genitoriale.
vi scrivo per conto di <<mio figlio||mia figlia>> {client} ({client_age} anni), che ha usato la vostra piattaforma per un progetto scolastico.
"""
P["agent.family"] = r"""
vi scrivo per conto di <<mio padre||mia madre>>, {client}, di cui sono [[amministratore||amministratrice]] di sostegno.
<<mio marito||mia moglie>>, {client}, è <<ricoverato||ricoverata>> in ospedale e mi ha chiesto di occuparmene.
sono [[il tutore||la tutrice]] di {client} e gestisco le sue pratiche.
"""
P["agent.auth"] = r"""
Allego la procura firmata.
In allegato copia della delega e del suo documento d'identità.
Allego la delega scritta e copia del mio documento.
La documentazione che attesta il mio potere di rappresentanza è in allegato.
"""
P["agent.client_id"] = r"""
L'account di {client} è registrato con {client_email} ({client_acc}).
Dati identificativi: {client}, <<nato||nata>> il {client_dob}, {client_address}.
Si tratta dell'account {client_acc}, collegato all'indirizzo {client_email}.
"""
P["agent.task_intro"] = r"""
vi scrivo da parte di {client}, <<titolare||titolare>> di {company}.
sono l'assistente di {client} e faccio quest'ordine per conto suo.
la nostra agenzia segue i progetti di {company} e vorremmo affidare il seguente incarico per conto di {client}.
{client} mi ha chiesto di contattarvi a suo nome.
"""
P["chat.open"] = r"""
ciao
buongiorno
Ciao, una domanda
Salve, c'è qualcuno?
ciao, mi serve aiuto
"""
P["chat.agent_greet"] = r"""
Ciao {first}, grazie per aver contattato Taskbridge. Come posso aiutarti?
Ciao! Sono {agent}. Cosa posso fare per te?
Buongiorno, grazie per l'attesa. Di cosa hai bisogno?
"""
P["chat.agent_ask"] = r"""
Certo. Mi confermi l'indirizzo e-mail o l'ID del tuo account?
Controllo subito. Con quale e-mail o numero di account sei [[registrato||registrata]]?
Grazie. Per trovare il tuo account, mi dai l'ID o l'e-mail?
"""
P["chat.agent_end"] = r"""
Grazie, ho registrato la richiesta con il ticket {ticket}. Riceverai una conferma via e-mail.
Ricevuto, lo inoltro al team competente. Ti risponderanno via e-mail.
Perfetto, {first}. Ho aperto il ticket {ticket}, ti ricontattiamo noi.
Grazie per la segnalazione. Ti confermeremo via e-mail quando sarà gestita.
"""
P["chat.agent_end_ord"] = r"""
Grazie, ho aperto il ticket {ticket}.
Ricevuto, lo giro al collega e ti rispondiamo a breve.
Ok, inoltrato. Riceverai un aggiornamento via e-mail.
Grazie {first}, me ne occupo e ti faccio sapere.
"""
P["chat.cust_end"] = r"""
grazie
ottimo, grazie!
ok grazie
grazie mille
perfetto
"""
P["form.labels"] = r"""
title=Modulo di contatto|name=Nome|email=E-mail|phone=Telefono|account=Numero account|order=Numero ordine|topic=Argomento|message=Messaggio|sent=Inviato il
"""
P["form.topic_privacy"] = r"""
Privacy
Protezione dei dati
Dati personali
I miei dati
"""
P["form.topic_generic"] = r"""
Richiesta generica
Il mio account
Altro
Suggerimenti
"""
P["form.topic_project"] = r"""
Nuovo progetto
Domanda su un ordine
Richiesta preventivo
Ordine
"""
P["form.topic_support"] = r"""
Account e accesso
Fatturazione e pagamenti
Problema tecnico
Pagamenti
"""
P["subj.generic"] = r"""
Domanda
Il mio account
Richiesta
Account {acc}
Ciao
Una domanda
Sollecito
Ticket {ticket}
Ordine {order}
"""
P["subj.formal"] = r"""
Esercizio dei diritti ex artt. 15-22 GDPR – {name}
Istanza ai sensi del GDPR
Richiesta relativa ai miei dati personali – account {acc}
Esercizio dei diritti dell'interessato
"""
P["subj.agent"] = r"""
Richiesta GDPR per conto di {client}
Pratica {client_last} – dati personali
Account di {client}
"""
P["subj.access"] = r"""
Richiesta di accesso ai dati
Diritto di accesso – art. 15 GDPR
Quali dati avete su di me?
Copia dei miei dati
"""
P["subj.deletion"] = r"""
Cancellazione account
Cancellazione dei miei dati
Diritto all'oblio
Eliminare i miei dati
"""
P["subj.correction"] = r"""
Dati errati nel mio account
Rettifica dei dati
Cambio cognome
Aggiornamento indirizzo
"""
P["subj.portability"] = r"""
Esportazione dei miei dati
Portabilità dei dati
Trasferimento dei miei dati
"""
P["subj.restriction"] = r"""
Limitazione del trattamento
Blocco dei miei dati
Contestazione – sospendete il trattamento
"""
P["subj.objection"] = r"""
Opposizione al trattamento
Profilazione
Uso dei miei dati per l'IA
Diritto di opposizione
"""
P["subj.opt_out"] = r"""
Disiscrizione
Basta e-mail promozionali
Newsletter
Niente pubblicità
"""
P["subj.other_privacy"] = r"""
Domanda sui miei dati
Violazione dei dati?
Chi ha i miei dati?
Domanda sulla privacy
Consenso
"""
P["subj.writing"] = r"""
Copywriting
Articoli per il blog
Testi del sito
Correzione bozze
"""
P["subj.translation"] = r"""
Richiesta di traduzione
Traduzione in {lang2}
Preventivo traduzione
Sottotitoli
"""
P["subj.design"] = r"""
Logo
Volantino
Modifiche alla bozza
Nuova immagine coordinata
"""
P["subj.software"] = r"""
Correzione bug
Problema con il sito
Cerco sviluppatore
Progetto app
"""
P["subj.bookkeeping"] = r"""
Contabilità
Liquidazione IVA
Chiusura mensile
Bilancio
"""
P["subj.marketing"] = r"""
Campagna newsletter
Google Ads
Piano editoriale social
Audit SEO
"""
P["subj.data_analysis"] = r"""
Analisi dati
Dashboard
Analisi del sondaggio
Report vendite
"""
P["subj.platform_support"] = r"""
Problema di accesso
Problema di pagamento
Addebito doppio
Domanda su una fattura
Non riesco a caricare file
"""
P["subj.chat"] = r"""
Trascrizione chat
Chat dal vivo – {date}
Conversazione con {first}
"""
P["subj.form"] = r"""
Nuovo messaggio dal modulo di contatto
Richiesta di contatto da {name}
"""
P["task.extra"] = r"""
In allegato il brief.
Quanto costerebbe?
Se preferite ci sentiamo al telefono.
Mi fate un preventivo di massima?
I file sono nella cartella condivisa.
Il budget è di circa {budget}.
Ci servirebbe {deadline}.
"""
P["deadlines"] = r"""
entro venerdì
entro la fine della settimana prossima
entro il 15
entro cinque giorni lavorativi
per lunedì mattina
entro fine mese
il prima possibile
"""
P["budgets"] = r"""
400 €
1.200 €
600 euro
250 €
900 €
"""
P["lang2"] = r"""
inglese
tedesco
francese
spagnolo
olandese
portoghese
polacco
"""

P["req.access.plain"] = r"""
Potete inviarmi una copia di tutti i dati personali che avete su di me?
Che informazioni avete esattamente su di me? Vorrei vederle tutte.
Vorrei sapere cosa ha salvato Taskbridge su di me: profilo, ordini, messaggi, tutto.
Per favore mandatemi tutto quello che avete archiviato a mio nome.
Come faccio ad avere una copia dei miei dati? Voglio sapere cosa conservate.
Vorrei una copia completa dei miei dati, comprese le chat con i professionisti e le note del vostro servizio clienti.
Potete dirmi quali dati personali avete raccolto su di me e da dove li avete presi?
Cosa sapete di me? Mandatemi quello che avete, grazie.
ciao, vorrei vedere che dati avete su di me, si puo avere una copia?
Ho l'impressione che abbiate raccolto parecchie informazioni su di me negli anni. Voglio vederle nero su bianco, tutte.
Gentilmente, potrebbe farmi avere una copia dei dati personali che Taskbridge conserva a mio nome? Vorrei capire che cosa è stato registrato.
Avete anche le registrazioni delle mie telefonate con l'assistenza? Se sì, vorrei riceverne una copia insieme al resto dei miei dati.
Puoi aiutarmi? Vorrei sapere tutto ciò che la piattaforma ha su di me, comprese le valutazioni che i professionisti hanno dato su di me.
Mi mandate un elenco dei miei dati che tenete nei vostri sistemi, compresi gli indirizzi IP e i log degli accessi?
Volevo sapere se è possibile ricevere un riepilogo di tutte le informazioni personali che Taskbridge ha registrato sul mio conto.
mi mandate i miei dati? tutti, grazie
Scusate, ma che cosa avete in archivio su di me? Nome, indirizzo, carte, cronologia... vorrei saperlo con precisione.
E' possibile scaricare da qualche parte un file con tutte le informazioni che avete raccolto su di me? Nelle impostazioni non trovo niente.
Per curiosità, e anche per tranquillità mia: mi fate vedere quali dati personali tenete sul mio profilo e sulle mie transazioni?
Vi ho già scritto due volte per avere una copia dei miei dati e non ho ancora ricevuto niente. Quanto devo aspettare ancora?
Buongiorno, desidererei prendere visione delle informazioni personali che la vostra società conserva a mio riguardo.
Vorrei un estratto completo di cio che risulta a mio nome nei vostri sistemi, anche i dati di pagamento e le sessioni di login.
Ho bisogno di sapere esattamente quali informazioni su di me sono presenti nel vostro database: me le potete girare in un file?
Ciao, potreste farmi vedere che cosa risulta su di me nei vostri archivi? Anche solo un riassunto va bene, ma preferirei tutto.
Buongiorno, abito in Ticino e uso Taskbridge da qualche anno: vorrei ricevere copia dei dati personali che avete su di me, compresi il numero di natel e gli indirizzi registrati.
Domanda veloce: le foto profilo vecchie e i documenti che ho caricato anni fa ce li avete ancora? Vorrei una copia di tutto ciò che è rimasto da voi.
"""
P["req.access.formal"] = r"""
Ai sensi dell'art. 15 del GDPR, chiedo conferma dell'esistenza di un trattamento di dati personali che mi riguardano e, in tal caso, di riceverne copia.
Con la presente esercito il mio diritto di accesso. Chiedo in particolare di conoscere le finalità del trattamento, le categorie di dati, i destinatari e il periodo di conservazione.
Chiedo l'accesso a tutti i miei dati personali, compresi quelli presenti nei ticket di assistenza, nelle note interne e nei backup.
Nell'esercizio del diritto di accesso, vi chiedo copia dei miei dati in un formato elettronico di uso comune.
Vi prego di comunicarmi tutti i dati personali che mi riguardano in vostro possesso e la loro origine.
Ai sensi dell'art. 15, par. 3, del GDPR, vi chiedo di fornirmi gratuitamente una prima copia di tutti i dati personali che mi riguardano oggetto di trattamento.
Con la presente, ai sensi dell'art. 15 del Regolamento (UE) 2016/679 e del d.lgs. 196/2003, come modificato dal d.lgs. 101/2018, chiedo di ottenere l'accesso ai dati personali che mi riguardano e alle informazioni sulla loro origine.
Vi chiedo di confermarmi se siano in corso trattamenti di dati personali che mi riguardano e di trasmettermene copia integrale, comprese le comunicazioni intercorse con il servizio clienti.
Ai sensi dell'art. 15 del Regolamento (UE) 2016/679, vi chiedo di trasmettermi copia dei dati personali che mi riguardano, comprensiva dei dati di navigazione, dei log di accesso e delle transazioni effettuate.
Formulo istanza di accesso ai dati personali che mi riguardano detenuti da Taskbridge, con indicazione delle categorie di dati trattati e delle finalità per cui sono utilizzati.
Desidero ottenere copia integrale delle informazioni personali a me riferite conservate nei vostri archivi, sia cartacei sia elettronici.
In applicazione dell'art. 15 del GDPR e del Codice in materia di protezione dei dati personali (D.Lgs. 196/2003), vi invito a comunicarmi in forma intelligibile i dati personali che mi riguardano.
Prima di rivolgermi al Garante per la protezione dei dati personali, vi do modo di fornirmi spontaneamente copia di tutti i dati personali che trattate sul mio conto, come previsto dall'art. 15 RGPD.
Vi chiedo di farmi pervenire per posta elettronica un prospetto dei dati personali che mi riguardano, ivi inclusi quelli relativi a ordini, pagamenti e comunicazioni, unitamente a copia degli stessi.
"""
P["req.deletion.plain"] = r"""
Per favore cancellate il mio account e tutti i dati che avete su di me.
Non uso più Taskbridge, potete cancellare tutto quello che avete su di me?
Cancellate il mio profilo, lo storico ordini e i messaggi. Non voglio che resti niente.
Potete togliere tutte le mie informazioni personali dal vostro sistema? Grazie.
Vorrei chiudere l'account e far cancellare i miei dati per sempre.
Cancellate i miei dati per favore. Non ho mai finito la registrazione e non voglio che restino nel vostro database.
cancellate il mio account per favore, con tutto quello che c'è dentro
Voglio sparire completamente dalla vostra piattaforma: account, foto, recensioni, tutto.
Assicuratevi di cancellare tutto, anche la copia del documento che ho caricato per la verifica.
Liberatevi di tutto quello che avete su di me, per cortesia.
Ciao, mi cancellate? Account e dati, tutto. Grazie
Ho deciso di non usare più la piattaforma e vorrei che il mio profilo fosse eliminato insieme a tutte le informazioni collegate. Dalle impostazioni non trovo l'opzione, potete farlo voi?
Gentilmente, potrebbe provvedere all'eliminazione definitiva del mio account e dei dati personali associati? La ringrazio.
nn voglio piu stare su taskbridge, eliminate tutto cio che avete di me
Ho già disattivato il profilo, ma ho letto che i dati restano comunque sui vostri server. Voglio che vengano cancellati davvero, non solo nascosti.
Vi ho scritto il mese scorso per far cancellare i miei dati e il mio profilo è ancora online. Eliminatelo una volta per tutte, per favore.
Volevo sapere se potete eliminare del tutto il mio profilo, non mi serve più e non voglio lasciare tracce in giro.
eliminate il mio account. grazie
Ho aperto l'account solo per provare e non mi è piaciuto: vorrei che sparisse, dati compresi.
Ma perché e' cosi difficile chiudere un account da voi? Non c'è un pulsante da nessuna parte. Cancellatemelo voi e buttate via tutti i miei dati.
Chiedo la rimozione definitiva di nome, foto, indirizzo e numero di telefono dai vostri database, insieme al profilo.
Per favore fate piazza pulita: recensioni scritte da me, messaggi, allegati, tutto via.
Il mio vecchio profilo da freelance esiste ancora e compare su Google. Eliminatelo con tutte le informazioni che ci sono dentro.
Buongiorno, ho cessato l'attività in Ticino e non userò più Taskbridge: vi chiedo gentilmente di cancellare il mio conto utente e i dati che vi avevo fornito.
Basta, non ne posso più di questa piattaforma. Chiudete il profilo e cancellate ogni mio dato, oggi stesso.
Mi confermate che se chiudo l'account i miei dati vengono eliminati davvero? Se è così, procedete pure con la cancellazione.
Vorrei esercitare il diritto all'oblio: via il mio nome e tutto ciò che mi riguarda dalla vostra piattaforma.
non lo uso piu da anni, potete cancelare il profilo e tutti i dati collegati?
"""
P["req.deletion.formal"] = r"""
Chiedo la cancellazione di tutti i dati personali che mi riguardano, ai sensi dell'art. 17 del GDPR.
Esercito il mio diritto alla cancellazione («diritto all'oblio») di cui all'art. 17 del GDPR, non essendo più i dati necessari rispetto alle finalità per cui sono stati raccolti.
Vi chiedo di cancellare i miei dati senza ingiustificato ritardo e di confermarmelo per iscritto, indicando gli eventuali dati che siete tenuti per legge a conservare.
Chiedo la cancellazione del mio account cliente {acc} e di tutti i dati collegati, nonché la comunicazione della cancellazione agli eventuali destinatari (art. 19 GDPR).
Vi diffido a cancellare definitivamente tutti i miei dati, anche presso i vostri responsabili del trattamento.
Vi invito a procedere, ai sensi dell'art. 17 del Regolamento (UE) 2016/679, alla cancellazione integrale dei miei dati personali, ivi compresi documenti d'identità, messaggi e recensioni, e a fornirmene conferma scritta.
Chiedo la chiusura dell'account {acc} e la cancellazione di tutti i dati personali ad esso associati, anche dalle copie di backup non appena tecnicamente possibile, in applicazione dell'art. 17 del GDPR.
Ritenendo che il trattamento dei miei dati non abbia più alcuna base giuridica, chiedo che gli stessi siano cancellati senza ingiustificato ritardo ai sensi dell'art. 17, par. 1, del GDPR.
Vi chiedo di procedere all'eliminazione del profilo utente {acc} e di tutte le informazioni personali ad esso riconducibili, dandomene riscontro scritto entro i termini di legge.
Ai sensi dell'art. 17 del RGPD, chiedo che i miei dati personali siano rimossi dai vostri sistemi, inclusi quelli conservati presso i fornitori di servizi cloud che agiscono per vostro conto.
Vi richiedo formalmente la cancellazione dei miei dati personali; qualora riteniate di doverne conservare una parte per obblighi fiscali, vi prego di indicarmi quali dati e in base a quale norma.
Richiamati l'art. 17 del Regolamento (UE) 2016/679 e il Codice privacy (D.Lgs. 196/2003), chiedo la cancellazione integrale dei miei dati, riservandomi in difetto di adire il Garante per la protezione dei dati personali.
Con la presente chiedo la rimozione del mio profilo pubblico di professionista dalla piattaforma e dai risultati di ricerca interni, nonché la cancellazione di ogni dato personale connesso.
Intendo chiudere definitivamente il rapporto con Taskbridge: vi chiedo pertanto di cancellare l'account {acc} e di distruggere i dati personali che vi ho conferito, comprese le copie dei documenti di identità.
"""
P["req.correction.plain"] = r"""
Il mio cognome è scritto male nel profilo: è {last}, non {wrong_last}.
Avete ancora il mio vecchio indirizzo. Ho traslocato, ora è {address}.
Potete correggere la mia data di nascita? Avete {wrong_dob}, quella giusta è {dob}.
Il numero di telefono che avete è sbagliato. Quello giusto è {phone}.
Nelle fatture il mio nome compare scritto male («{wrong_name}»). Potete correggerlo nei vostri archivi?
avete la mia vecchia mail {old_email}, quella nuova è {email}, cambiatela per favore
Per voi abito ancora in {old_address}. Non è più così da anni: mettete {address}, grazie.
I dati che avete su di me non sono corretti: indirizzo e data di nascita sono sbagliati.
Ho cambiato cognome dopo il matrimonio e nel profilo c'è ancora quello vecchio: adesso è {last}. Potete aggiornarlo?
il mio numero è cambiato, quello nuovo è {phone}. aggiornatelo voi per favore, io dal profilo non ci riesco
Buongiorno, mi permetto di segnalare che nella mia scheda cliente la data di nascita è errata ({wrong_dob}). Quella corretta è {dob}. La ringrazio.
Scusate, ma perché nei miei dati c'è scritto «{wrong_name}»? Non è così che mi chiamo. Sistematelo, per favore.
L'e-mail che avete registrato ({old_email}) non la uso più da anni: sostituitela con {email}, grazie.
C'è un errore nel mio indirizzo: manca il numero civico e il CAP è sbagliato. L'indirizzo giusto è {address}.
Nel mio profilo il nome è «{wrong_name}», ma è sbagliato. Mi sistemate l'ortografia?
ho cambiato casa, il nuovo indirizzo e' {address}. potete aggiornarlo voi?
Volevo sapere se si può sistemare la data di nascita sul mio account: da voi risulta {wrong_dob}, la data vera è {dob}.
Con il numero che avete non mi raggiungete più, ho cambiato natel: il recapito nuovo è {phone}, aggiornatelo per favore.
Ma chi ha scritto {wrong_last}? Il mio cognome è {last}. Correggetelo, per favore, che poi mi arrivano le fatture sbagliate.
Il recapito mail in anagrafica va cambiato: non più {old_email} ma {email}.
Vi segnalo che {old_address} non è più il mio domicilio da tempo. Aggiornate i miei dati con {address}.
Guardando i miei dati ho notato che la data di nascita è sbagliata, avete scritto {wrong_dob}. La correggete in {dob}?
Dopo il divorzio uso di nuovo il cognome {last}: vi chiedo di cambiarlo nel profilo e nei dati di fatturazione.
Il telefono registrato da voi ha una cifra sbagliata, il numero giusto è {phone}.
Per favore rettificate il mio nome, che nei vostri sistemi compare come «{wrong_name}». Non è un dettaglio, mi crea problemi con i pagamenti.
Avete invertito via e città nel mio indirizzo, un pasticcio. Quello corretto è {address}.
"""
P["req.correction.formal"] = r"""
Ai sensi dell'art. 16 del GDPR, chiedo la rettifica di dati inesatti: la mia data di nascita risulta {wrong_dob}, mentre quella corretta è {dob}.
Esercito il mio diritto di rettifica: l'indirizzo presente nella mia scheda cliente ({old_address}) è errato; quello corretto è {address}.
Vi prego di rettificare senza ritardo il mio cognome (registrato: {wrong_last}; corretto: {last}) e di darmene conferma.
Chiedo la rettifica dei miei dati, poiché il nome associato all'account non corrisponde a quello anagrafico ({name}).
I miei dati di contatto registrati sono inesatti; vi prego di rettificarli (e-mail: {email}; telefono: {phone}) e di comunicarlo agli eventuali destinatari.
Ai sensi dell'art. 16 del GDPR, chiedo la rettifica del mio cognome, variato a seguito di matrimonio: il cognome registrato va sostituito con {last}.
Vi chiedo di integrare e correggere i dati anagrafici incompleti presenti nel mio profilo, indicando come indirizzo di residenza {address}, ai sensi dell'art. 16 del Regolamento (UE) 2016/679.
Esercito il diritto di rettifica in relazione al recapito telefonico associato al mio account, che risulta inesatto; vi prego di sostituirlo con {phone} e di confermarmi l'avvenuta modifica.
Rilevo che nei vostri archivi il mio cognome è riportato come {wrong_last}; vi chiedo, ai sensi dell'art. 16 RGPD, di sostituirlo con la grafia corretta {last}.
Ai sensi dell'art. 16 del GDPR, vi invito ad aggiornare il mio indirizzo di posta elettronica, non più attivo, con il nuovo recapito {email}.
Con la presente segnalo l'inesattezza della data di nascita associata al mio profilo ({wrong_dob}) e ne chiedo la correzione in {dob}, anche presso i terzi cui il dato sia stato comunicato.
Ai sensi dell'art. 16 del Regolamento (UE) 2016/679 e del Codice privacy (D.Lgs. 196/2003), chiedo la rettifica dei miei dati anagrafici, che devono riportare il nominativo {name} e la residenza in {address}.
Vi comunico il trasferimento della mia residenza da {old_address} a {address} e vi chiedo di aggiornare di conseguenza i dati personali in vostro possesso.
Nonostante due precedenti segnalazioni, il mio recapito telefonico risulta ancora errato: vi chiedo di rettificarlo in {phone}, riservandomi di segnalare l'inadempimento al Garante per la protezione dei dati personali.
"""
P["req.portability.plain"] = r"""
Passo a un'altra piattaforma. Potete mandarmi i miei dati in un formato che posso importare lì, tipo CSV o JSON?
Posso avere progetti e profilo in un file leggibile da macchina? Voglio portarli con me.
Esportate i miei dati in un formato strutturato, così posso trasferirli a un altro servizio.
Potete trasferire direttamente il mio storico ordini e le recensioni su {other_platform}? Loro accettano le importazioni.
Vorrei i miei dati in JSON per caricarli dal mio nuovo fornitore.
Vado su {other_platform}. Mandate a loro i miei dati oppure inviatemeli in un formato riutilizzabile.
Mi servono i miei dati e lo storico dei miei ordini in CSV: devo importarli sulla nuova piattaforma che uso per lavoro.
C'è un modo per avere i miei dati in JSON? Sto passando a {other_platform} e non voglio ricominciare da zero.
Salve, sarebbe possibile ricevere in un file strutturato i dati del mio profilo e dei miei ordini, così da poterli caricare su un'altra piattaforma? Grazie.
potete mandare direttamente a {other_platform} il mio profilo con portfolio e recensioni? mi hanno detto che si puo fare
Il PDF che mi avete mandato non mi serve a niente: mi servono i miei dati in un formato che un altro servizio possa leggere, tipo CSV o JSON.
Lascio Taskbridge. Preparatemi un'esportazione leggibile da macchina di tutto quello che vi ho fornito, per favore.
Volevo sapere se posso scaricare i miei dati in un formato che si possa importare su {other_platform}, tipo un file JSON.
mi serve l'export dei miei dati in csv per portarli via, si puo?
Sto chiudendo con Taskbridge e aprendo su {other_platform}: mi girate profilo, recensioni e storico lavori in un formato compatibile?
Ho provato il pulsante di download ma esce solo un PDF che nessun programma sa leggere. Mi serve qualcosa di strutturato, da caricare altrove.
È possibile far passare il mio portfolio e le valutazioni ricevute da voi a {other_platform} senza che io ricopi tutto a mano?
Datemi i miei dati in un formato aperto, XML, JSON, quello che volete, basta che un altro sito li possa leggere.
Ciao, voglio spostare la mia attività su un'altra piattaforma. Mi preparate un file con i miei dati che possa importare lì?
Buongiorno, scrivo dal Ticino: vorrei trasferire il mio profilo professionale e lo storico dei progetti su {other_platform}. Potete mandarglieli voi in un formato leggibile?
Ma davvero devo ricopiare a mano cinque anni di ordini? Esportatemi i miei dati in un file strutturato, così li carico su {other_platform}.
Avete un'API o un export in JSON dei dati del mio account? Mi servono per importarli in un altro gestionale.
Volevo chiedere se è possibile ricevere i miei dati in formato tabellare, tipo Excel o CSV, per trasferirli a un'altra piattaforma di freelance.
portabilita dei dati: mi mandate tutto in json cosi lo passo a {other_platform}? grazie mille
"""
P["req.portability.formal"] = r"""
Ai sensi dell'art. 20 del GDPR, chiedo di ricevere i dati personali che vi ho fornito in un formato strutturato, di uso comune e leggibile da dispositivo automatico.
Esercito il diritto alla portabilità dei dati e vi chiedo di trasmettere direttamente i miei dati a {other_platform}, ove tecnicamente fattibile.
Vi prego di fornirmi i dati che ho comunicato a Taskbridge (profilo, ordini, messaggi, recensioni) in un formato leggibile da macchina come JSON o CSV.
Nell'esercizio del diritto alla portabilità, chiedo un'esportazione dei dati del mio account in un formato interoperabile.
Ai sensi dell'art. 20, par. 1, del GDPR, chiedo di ricevere in formato JSON o CSV tutti i dati personali da me forniti e trattati sulla base del contratto.
Vi chiedo, in applicazione dell'art. 20, par. 2, del Regolamento (UE) 2016/679, la trasmissione diretta dei miei dati personali a {other_platform}, titolare del trattamento da me indicato.
Esercito il diritto alla portabilità e vi chiedo di mettere a mia disposizione i dati del mio profilo e dei miei ordini in un formato strutturato, di uso comune e idoneo al riutilizzo presso un altro fornitore.
Vi chiedo di predisporre un archivio elettronico, in formato CSV o XML, contenente i dati personali da me conferiti, affinché io possa trasferirli a un diverso fornitore di servizi (art. 20 GDPR).
Esercito il diritto di cui all'art. 20, par. 2, del RGPD e vi chiedo di trasmettere i dati del mio profilo e lo storico degli incarichi direttamente a {other_platform}, concordando con quest'ultima le modalità tecniche.
Desidero ricevere, in un formato interoperabile e riutilizzabile, l'insieme dei dati che ho fornito alla vostra piattaforma nel corso del rapporto contrattuale.
In applicazione dell'art. 20 del Regolamento (UE) 2016/679 e del Codice privacy (D.Lgs. 196/2003), chiedo che i dati personali da me forniti, trattati con mezzi automatizzati, mi siano consegnati in un file leggibile da macchina.
Vi chiedo di fornirmi senza indugio, in formato JSON, i dati personali da me conferiti per il loro trasferimento a {other_platform}; in caso di mancato adempimento mi rivolgerò al Garante per la protezione dei dati personali.
Vi prego di mettere a disposizione, tramite un collegamento sicuro per il download, un'esportazione in formato di uso comune dei dati da me comunicati, che intendo trasferire a un nuovo fornitore.
"""
P["req.restriction.plain"] = r"""
Non fate niente con i miei dati finché non si risolve la questione della fattura: congelateli e basta.
Contesto i dati del mio account. Nel frattempo non usateli, ma non cancellateli ancora.
Potete bloccare i miei dati per ora? Non voglio che vengano trattati finché è aperta la contestazione con il professionista.
Non cancellate nulla, mi serve per una causa, ma smettete di usarli per qualsiasi altra cosa.
Finché non si chiarisce la faccenda dell'ordine {order}, i miei dati vanno solo conservati, non usati.
Sospendete ogni trattamento dei miei dati mentre verifico se quello che avete è corretto.
Sto contestando l'addebito dell'ordine {order}: finché la pratica non è chiusa, tenete pure i miei dati ma non usateli.
Alcuni dati del mio profilo secondo me sono sbagliati, sto controllando. Nel frattempo potete metterli in pausa? Non cancellateli, semplicemente non usateli.
Gentilmente, potrebbe sospendere l'utilizzo dei miei dati personali fino alla conclusione della mia contestazione? Non chiedo di cancellarli.
Ho bisogno che conserviate i messaggi e i dati del mio account, perché mi serviranno in tribunale contro un professionista. Però nel frattempo non voglio che li usiate per nient'altro.
congelate i miei dati finche non mi rispondete sulla contestazione, grazie
Avevo chiesto di cancellare tutto, ma ci ho ripensato: i miei dati mi serviranno come prova. Non eliminate niente, limitatevi a conservarli senza usarli.
Volevo sapere se potete mettere in stand-by il trattamento dei miei dati mentre controllate se l'indirizzo di fatturazione è giusto. Non cancellate niente.
Tenete i miei dati ma non toccateli finché l'avvocato non mi dice come procedere con la causa.
Il reclamo sull'ordine {order} è ancora aperto e i miei dati li voglio lasciare lì così come sono: niente modifiche, niente utilizzi, solo archiviati.
Blocco temporaneo dei miei dati, per favore: non voglio che vengano usati finché non avete verificato l'errore che vi ho segnalato.
mettete i miei dati in pausa, non eliminateli, mi servono come prova
Ho dei dubbi sulla correttezza di quello che avete registrato su di me. Finché non facciamo chiarezza, non elaborate i miei dati in nessun modo, ma conservateli.
Buongiorno, c'è una vertenza in corso davanti alla pretura di Lugano per un incarico preso tramite voi: non cancellate i miei dati, ma non usateli per altro fino alla sentenza.
Non voglio che i miei dati spariscano, ma nemmeno che continuiate a usarli: si possono congelare così come sono?
Scusate ma non capisco perché continuiate a usare i miei dati mentre c'è una contestazione aperta sull'ordine {order}. Fermatevi finché non è chiusa, e non cancellate nulla.
Potete limitare l'uso dei miei dati alla sola archiviazione? Almeno fino a quando non si chiude la questione con il professionista.
Mi serve che i dati del mio account restino intatti per una denuncia che sto preparando, quindi non eliminateli. Però non voglio che vengano usati per altro.
finche non si chiarisce la storia del rimborso non usate piu i miei dati, teneteveli ma fermi
"""
P["req.restriction.formal"] = r"""
Chiedo la limitazione del trattamento dei miei dati personali ai sensi dell'art. 18, par. 1, lett. a), del GDPR per il periodo necessario a verificarne l'esattezza.
In attesa della definizione della contestazione relativa all'ordine {order}, chiedo di limitare il trattamento dei miei dati alla sola conservazione (art. 18 GDPR).
Mi oppongo alla cancellazione dei miei dati, che mi servono per far valere un diritto in sede giudiziaria, e chiedo invece la limitazione del trattamento.
Vi chiedo di limitare il trattamento dei miei dati fino alla decisione sulla mia opposizione.
Chiedo che i miei dati vengano bloccati e che vi asteniate da qualsiasi trattamento diverso dalla conservazione fino alla chiusura della pratica.
Ai sensi dell'art. 18, par. 1, lett. c), del GDPR, chiedo la limitazione del trattamento dei miei dati personali, che mi sono necessari per l'accertamento, l'esercizio o la difesa di un diritto in sede giudiziaria.
Contestando l'esattezza dei dati personali che mi riguardano, chiedo che il loro trattamento sia limitato alla mera conservazione per il tempo necessario alla verifica, come previsto dall'art. 18 del Regolamento (UE) 2016/679.
Vi chiedo di contrassegnare i miei dati come soggetti a limitazione e di non sottoporli ad alcuna operazione diversa dalla conservazione fino alla definizione della controversia relativa all'ordine {order}.
Contesto l'esattezza dei dati anagrafici associati al mio profilo e chiedo che, per il tempo necessario alle vostre verifiche, il loro trattamento sia limitato ai sensi dell'art. 18 del RGPD.
Vi chiedo di astenervi da ogni utilizzo dei miei dati personali diverso dalla conservazione, in quanto gli stessi mi occorrono per la tutela dei miei diritti in un giudizio pendente relativo all'ordine {order}.
Vi invito a sospendere qualsiasi operazione di trattamento sui miei dati, fatta salva la loro conservazione, fino alla conclusione della procedura di contestazione in corso.
Ai sensi dell'art. 18 del Regolamento (UE) 2016/679 e del Codice privacy, chiedo la limitazione del trattamento dei miei dati e la loro conservazione immutata, riservandomi di adire il Garante per la protezione dei dati personali in caso di mancato riscontro.
Benché il trattamento dei miei dati non sia più necessario ai vostri fini, vi chiedo di non cancellarli ma di conservarli, limitandone l'uso, poiché mi servono per la difesa in sede giudiziaria (art. 18, par. 1, lett. c), RGPD).
Chiedo che sul mio account sia applicato un vincolo di limitazione del trattamento, con evidenza nei vostri sistemi, in attesa della risoluzione della controversia sull'ordine {order}.
"""
P["req.objection.plain"] = r"""
Non voglio che il mio profilo venga usato per il vostro matching con l'IA né per nessun tipo di profilazione. Smettetela, per favore.
Non sono d'accordo che analizziate i miei messaggi con l'IA «per migliorare il servizio». Smettete.
Non usate il mio storico ordini per farmi un profilo. Non lo voglio.
Nella vostra informativa c'è scritto che usate i miei dati per «legittimo interesse» a fini statistici. Mi oppongo.
Smettete di usare i file dei miei progetti per addestrare i vostri modelli di IA, grazie.
Non voglio essere [[valutato||valutata]] o [[classificato||classificata]] in base a come mi comporto sul sito.
Non mi va che usiate le mie chat per allenare la vostra IA. Escludetemi, per favore.
Ho scoperto che calcolate un «punteggio di affidabilità» sui clienti. Non sono d'accordo che lo facciate su di me.
Vorrei che i miei dati non venissero più analizzati per capire le mie preferenze. È possibile escludermi dalla profilazione?
Buongiorno, non desidero che i documenti che carico per i miei progetti vengano analizzati da sistemi di intelligenza artificiale. La prego di escludermi da questo trattamento.
basta profilazione, non vi ho mai chiesto di studiare le mie abitudini sul sito
Usate i dati sulla mia attività per mettere in classifica i profili? Io mi oppongo: lasciate fuori il mio.
Volevo sapere se posso dire di no all'uso dei miei progetti per insegnare cose alla vostra intelligenza artificiale. Io non voglio.
niente IA sui miei messaggi, grazie
Ma chi vi ha detto che potete analizzare il mio comportamento per darmi un punteggio? Non mi sta bene, toglietemi da questa cosa.
Vedo che mi proponete lavori «scelti per te» in base alla mia attività: non voglio che il mio profilo venga analizzato in questo modo.
Buongiorno, scrivo da Bellinzona: mi oppongo a che i miei dati vengano usati per le statistiche interne che giustificate con il vostro interesse legittimo.
I file che carico sono lavoro mio e dei miei clienti: non devono finire nei dataset per allenare i vostri modelli. Escludeteli da qualsiasi addestramento.
Non mi piace per niente l'idea di essere [[schedato||schedata]] dal vostro algoritmo. Smettete di profilarmi.
E' vero che usate le recensioni che scrivo per valutare l'affidabilita dei clienti? Io non ci sto, non fatelo con i miei dati.
Il vostro sistema di ranking dei professionisti usa anche i miei tempi di risposta? Non sono d'accordo, escludete il mio profilo da quell'analisi.
Basta con l'analisi automatica delle mie conversazioni, non l'ho mai chiesta e non la voglio.
vi dico no alla profilazione, non ne voglio sapere
Ho letto nelle nuove condizioni che i contenuti degli utenti serviranno ad addestrare un assistente IA: per quanto mi riguarda mi oppongo, lasciate fuori i miei dati.
"""
P["req.objection.formal"] = r"""
Mi oppongo, ai sensi dell'art. 21 del GDPR, al trattamento dei miei dati personali fondato sul vostro legittimo interesse, compresa la profilazione.
Per motivi connessi alla mia situazione particolare, mi oppongo al trattamento dei miei dati a fini di addestramento o valutazione di modelli di intelligenza artificiale.
Mi oppongo all'analisi automatizzata e alla profilazione dei miei dati di utilizzo descritte nella vostra informativa e vi chiedo di cessarle.
Esercito il diritto di opposizione a qualsiasi trattamento dei miei dati basato sull'art. 6, par. 1, lett. f), del GDPR.
Mi oppongo all'uso dei miei messaggi e dei miei file per lo sviluppo delle vostre funzionalità di IA.
Ai sensi dell'art. 21, par. 1, del GDPR, mi oppongo al trattamento dei miei dati per la valutazione automatica dell'affidabilità dei clienti, non sussistendo motivi legittimi cogenti prevalenti sui miei interessi.
Manifesto la mia opposizione all'utilizzo dei contenuti da me caricati sulla piattaforma (messaggi, allegati, descrizioni dei progetti) per l'addestramento di sistemi di intelligenza artificiale.
Con riferimento al trattamento dei miei dati per il posizionamento e la classificazione dei profili, fondato sul vostro legittimo interesse, esercito il diritto di opposizione di cui all'art. 21 del Regolamento (UE) 2016/679.
Con la presente esercito il diritto di opposizione ai sensi dell'art. 21 RGPD in relazione alla profilazione effettuata sul mio account a fini di raccomandazione dei professionisti.
Mi oppongo, per motivi connessi alla mia situazione particolare, a ogni trattamento dei miei dati che si fondi su un vostro interesse legittimo, e vi chiedo di dimostrare l'eventuale esistenza di motivi cogenti prevalenti.
Dichiaro la mia contrarietà all'impiego dei miei dati personali, dei messaggi e dei documenti caricati per finalità di sviluppo o addestramento di sistemi di intelligenza artificiale.
Ai sensi dell'art. 21 del Regolamento (UE) 2016/679 e del Codice privacy (D.Lgs. 196/2003), mi oppongo all'attribuzione automatica di punteggi di affidabilità e a ogni forma di valutazione del mio comportamento sulla piattaforma.
Vi notifico la mia opposizione al trattamento dei miei dati per finalità di analisi comportamentale e vi informo che, in difetto di riscontro, mi rivolgerò al Garante per la protezione dei dati personali.
Mi oppongo al trattamento dei miei dati per finalità di ricerca statistica interna, basato sull'art. 6, par. 1, lett. f), del GDPR, non ritenendo tale interesse prevalente sui miei diritti.
"""
P["req.opt_out.plain"] = r"""
Per favore smettete di mandarmi e-mail pubblicitarie.
Disiscrivetemi da tutte le vostre newsletter.
Toglietemi dalla mailing list, continuo a ricevere offerte anche se mi sono [[disiscritto||disiscritta]].
Basta SMS con le promozioni, non li ho mai chiesti.
Non voglio pubblicità personalizzata: smettete di condividere i miei dati con i partner pubblicitari.
Niente più e-mail promozionali né telefonate commerciali, grazie.
Potete togliermi la newsletter «Professionisti consigliati»? E anche le e-mail con gli sconti.
Rimuovete {email} da tutte le vostre liste di marketing.
disiscrivetemi dalla newsletter per favore
Smettetela di chiamarmi per propormi i vostri abbonamenti premium!
Come si fa a non ricevere più le vostre offerte? Il link in fondo all'e-mail non funziona, quindi toglietemi voi dalla lista.
Gentilmente, potrebbe rimuovermi da tutte le comunicazioni promozionali? Desidero ricevere solo le e-mail relative ai miei ordini.
non voglio piu newsletter ne sms, grazie
Revoco il consenso al marketing che avevo dato quando mi sono [[registrato||registrata]]. Niente più offerte, per favore.
Da quando ho visitato il vostro sito vedo i vostri annunci ovunque sui social. Non voglio pubblicità mirata: non usate i miei dati per questo.
Volevo sapere come fare a non ricevere più le vostre e-mail con le promozioni, mi riempiono la casella.
stop newsletter, non le voglio piu
Mi chiamate tutte le settimane per propormi pacchetti e servizi. Per favore togliete il mio numero dalle liste per le chiamate commerciali.
Ricevo i vostri SMS pubblicitari sul natel anche la sera tardi, basta per favore. Niente più promozioni.
Per favore niente più e-mail tipo «Offerte della settimana» all'indirizzo {email}.
Non vendete e non cedete i miei dati a nessuno per fini pubblicitari, grazie.
Ho tolto la spunta sul marketing nelle impostazioni ma le e-mail promozionali arrivano lo stesso. Potete disattivarle voi?
Non mi interessa nessuna promozione, né via mail né via SMS né via WhatsApp. Levatemi da tutte le liste, per cortesia.
Ritiro il consenso che avevo dato per ricevere pubblicità e offerte: da oggi voglio solo le notifiche di servizio.
ma quante newsletter mandate? tre al giorno! toglietemi subito
Sono [[stufo||stufa]] di trovare i vostri sconti in ogni casella di posta: l'indirizzo {email} non deve più ricevere comunicazioni commerciali.
Posso disattivare gli annunci personalizzati basati sui miei dati? Non voglio che li passiate alle reti pubblicitarie.
"""
P["req.opt_out.formal"] = r"""
Revoco il consenso a ricevere comunicazioni commerciali via e-mail, SMS o telefono.
Vi chiedo di cessare ogni attività di marketing diretto nei miei confronti e di rimuovere i miei recapiti dalle vostre liste.
Vi prego di cancellare il mio indirizzo {email} da tutte le newsletter e campagne promozionali con effetto immediato.
Vi chiedo di non utilizzare più i miei recapiti per finalità promozionali e di confermarmi la modifica.
Ai sensi dell'art. 21, par. 2 e 3, del GDPR, mi oppongo al trattamento dei miei dati per finalità di marketing diretto e vi chiedo di cessare immediatamente l'invio di comunicazioni commerciali.
Revoco, ai sensi dell'art. 7, par. 3, del GDPR, il consenso al trattamento dei miei dati per l'invio di newsletter e offerte promozionali, anche tramite SMS.
Vi chiedo di inserire il mio recapito {email} nelle vostre liste di esclusione e di non contattarmi più per finalità promozionali, né direttamente né tramite terzi, anche ai sensi dell'art. 130 del Codice privacy.
Ai sensi dell'art. 7, par. 3, del RGPD, revoco il consenso all'invio di materiale pubblicitario e di comunicazioni di marketing tramite qualsiasi canale.
Mi oppongo, ai sensi dell'art. 21, par. 2, del GDPR, all'utilizzo del mio indirizzo {email} e del mio numero di telefono per l'invio di offerte commerciali.
Vi diffido dal contattarmi ulteriormente per finalità promozionali, sia per posta elettronica sia telefonicamente.
Ai sensi dell'art. 130 del Codice privacy (D.Lgs. 196/2003), vi chiedo di cessare l'invio di SMS e messaggi promozionali automatizzati al mio recapito.
Nonostante la disiscrizione già effettuata continuo a ricevere le vostre newsletter: vi chiedo di interrompere immediatamente ogni invio promozionale, avvertendo che in caso contrario segnalerò la condotta al Garante per la protezione dei dati personali.
Vi chiedo di non comunicare, cedere o vendere i miei dati personali a terzi per finalità di marketing e di confermarmi per iscritto l'esclusione.
"""
P["req.other_privacy.plain"] = r"""
A chi avete passato i miei dati? Da quando mi sono [[iscritto||iscritta]] ricevo spam.
Mi è arrivata un'e-mail su una violazione dei dati. I miei dati sono coinvolti?
Dove conservate i miei dati? Sono fuori dall'UE?
Usate i miei dati per addestrare la vostra IA? Come funziona?
Revoco il mio consenso, qualunque cosa io abbia accettato al momento dell'iscrizione.
Chi è il vostro responsabile della protezione dei dati e come posso contattarlo?
Per quanto tempo tenete i miei dati se smetto di usare la piattaforma?
Un professionista mi ha [[chiamato||chiamata]] sul cellulare personale. Come ha avuto il mio numero?
Vorrei presentare un reclamo al vostro DPO su come sono stati trattati i miei dati.
Ho letto sui giornali di un attacco informatico ai vostri server. Devo preoccuparmi per i miei dati?
I miei dati vengono salvati in Italia o finiscono su server negli Stati Uniti?
Quanto tempo restano i miei messaggi nei vostri archivi dopo la fine di un progetto?
ciao, avete dato la mia mail a qualcuno? ricevo offerte da aziende che non conosco e l'indirizzo l'avevo dato solo a voi
Potrebbe inoltrare questo messaggio al vostro DPO? Ho delle perplessità su come vengono gestiti i miei dati e preferirei parlarne direttamente con lui o con lei.
D'ora in poi sarà mia sorella a seguire per conto mio tutte le questioni legate alla privacy. Potete rivolgervi a lei?
Volevo sapere se i vostri server sono in Europa o se i miei dati vanno anche in America.
avete avuto un data breach? mi arrivano email strane con il mio nome
Chi è l'RPD di Taskbridge? Mi servirebbe un indirizzo per scrivergli direttamente.
Per quanti anni conservate le fatture e i dati di chi ha chiuso l'account? Non lo trovo scritto da nessuna parte.
Un fornitore che non ho mai contattato mi ha scritto citando un progetto che avevo pubblicato da voi. Con chi condividete i dati dei clienti?
Buongiorno, abito a Locarno: i miei dati vengono trasferiti dalla Svizzera verso altri Paesi? E se sì, dove?
Annullo tutte le autorizzazioni al trattamento che avevo spuntato all'iscrizione, non solo quelle per il marketing.
Voglio fare un reclamo formale su come avete gestito i miei dati: a chi devo scrivere esattamente?
Mi hanno [[avvisato||avvisata]] che il mio indirizzo email compare in un elenco di dati rubati insieme al nome Taskbridge. È vero che avete subito un attacco?
I professionisti vedono il mio numero di telefono e il mio indirizzo di casa? Chi altro ci ha accesso?
Usate fornitori esterni, tipo cloud o servizi di pagamento, che ricevono i miei dati? Vorrei sapere quali sono.
ma dopo quanto li cancellate i dati di chi non usa piu il sito?
"""
P["req.other_privacy.formal"] = r"""
Vi chiedo di indicarmi tutti i terzi e i responsabili del trattamento a cui sono stati comunicati i miei dati dal {year}.
Revoco tutti i consensi prestati a Taskbridge, con effetto per il futuro (art. 7, par. 3, GDPR).
Intendo presentare un reclamo al vostro Responsabile della protezione dei dati per la comunicazione dei miei recapiti a un professionista senza il mio consenso.
Vi prego di comunicarmi se i miei dati sono stati coinvolti nella violazione di sicurezza resa nota di recente e quali misure avete adottato.
Vi chiedo se i miei dati vengono trasferiti fuori dallo SEE e, in tal caso, su quali garanzie ai sensi dell'art. 46 GDPR vi basate.
Vi comunico di aver nominato {rep} come mio rappresentante per tutte le questioni relative alla protezione dei miei dati.
Vi chiedo di indicarmi il periodo di conservazione dei miei dati personali o, se ciò non è possibile, i criteri utilizzati per determinarlo, come previsto dall'art. 13, par. 2, lett. a), del GDPR.
Avendo ricevuto comunicazioni sospette che fanno riferimento al mio account, vi chiedo di verificare se si sia verificata una violazione dei dati personali che mi riguarda e, in caso affermativo, di darmene comunicazione ai sensi dell'art. 34 del GDPR.
Con la presente conferisco a {rep} l'incarico di rappresentarmi nei rapporti con il vostro Responsabile della protezione dei dati per ogni questione relativa al trattamento dei miei dati personali.
Vi chiedo di fornirmi i dati di contatto del vostro Responsabile della protezione dei dati, che non risultano indicati nell'informativa pubblicata sul sito.
Vi informo di aver proposto reclamo al Garante per la protezione dei dati personali, ai sensi dell'art. 77 del RGPD, in merito alla comunicazione dei miei dati a terzi non autorizzati.
Vi chiedo di precisare in quali Paesi terzi sono trasferiti i miei dati personali e se tali trasferimenti avvengono sulla base di clausole contrattuali tipo o di una decisione di adeguatezza.
Ai sensi del RGPD e del Codice privacy (D.Lgs. 196/2003), vi chiedo di chiarire per quanto tempo saranno conservati i dati relativi al mio account dopo la sua disattivazione.
Revoco, con decorrenza immediata, ogni consenso al trattamento dei miei dati personali da me prestato a Taskbridge dal {year} a oggi, ferma restando la liceità del trattamento anteriore alla revoca.
Avendo appreso da fonti di stampa di un accesso abusivo ai vostri sistemi, vi chiedo quali categorie di miei dati siano state esposte e se abbiate notificato l'incidente al Garante ai sensi dell'art. 33 del GDPR.
"""
P["combo.access+deletion"] = r"""
Prima mandatemi una copia di tutto quello che avete su di me, poi cancellate tutto.
Voglio vedere cosa avete salvato su di me e poi farlo cancellare.
Chiedo l'accesso ai miei dati (art. 15 GDPR) e successivamente la loro cancellazione (art. 17 GDPR).
Prima di chiudere definitivamente l'account mi serve un file con quello che avete registrato su di me; ricevuto quello, potete cancellare ogni cosa.
Fatemi sapere che cosa conservate a mio nome e poi fate sparire tutto, account compreso.
"""
P["combo.deletion+opt_out"] = r"""
Toglietemi dalle mailing list e già che ci siete cancellate il mio account.
Niente più newsletter, e cancellate completamente il mio account e i miei dati.
Cessate ogni comunicazione promozionale e cancellate i miei dati dai vostri sistemi.
Non voglio più le vostre promozioni e nemmeno il profilo: disiscrivetemi e cancellate l'account con tutti i dati.
Revoco il consenso alle vostre comunicazioni promozionali e vi chiedo di chiudere il mio profilo eliminando ogni informazione che mi riguarda.
"""
P["combo.correction+opt_out"] = r"""
Correggete il mio cognome ({last}, non {wrong_last}) e smettete di mandarmi pubblicità, grazie.
Il mio nuovo indirizzo è {address}: aggiornatelo, ma senza mandarci pubblicità.
La mia e-mail ora è {email}; aggiornatela ma non iscrivetela a nessuna newsletter.
Aggiornate il mio indirizzo in {address} e, già che ci siete, toglietemi dalla newsletter.
Nel profilo c'è {wrong_last} invece di {last}: correggetelo, e da oggi niente più SMS promozionali.
"""
P["combo.deletion+portability"] = r"""
Mandatemi i miei dati in JSON così posso passare a {other_platform}, poi cancellate l'account.
Esportate il mio account in un formato leggibile da macchina e poi cancellate tutti i miei dati.
Passo a {other_platform}: prima i miei dati in CSV, poi cancellate il profilo.
Prima di cancellare il mio account mandatemi un export in CSV dei miei dati, che devo caricare su {other_platform}.
Voglio portare i miei dati su un altro servizio in formato JSON e poi far eliminare tutto da Taskbridge.
"""
P["combo.correction+restriction"] = r"""
La mia data di nascita nei vostri archivi è sbagliata; finché non la correggete, non usate i miei dati per niente.
Correggete il mio indirizzo e sospendete il trattamento dei miei dati nel frattempo.
Il nome sul mio account è errato. Limitate l'uso dei miei dati finché non viene rettificato.
Il mio numero di telefono da voi è sbagliato: correggetelo, e finché non l'avete fatto non trattate i miei dati.
Chiedo la rettifica della mia data di nascita e, nelle more, la limitazione del trattamento dei miei dati ai sensi dell'art. 18 GDPR.
"""
P["combo.objection+restriction"] = r"""
Mi oppongo alla profilazione e voglio che il trattamento dei miei dati sia sospeso mentre esaminate la mia opposizione.
Fermate l'analisi con l'IA del mio account e, finché non decidete sulla mia opposizione, non trattate i miei dati.
Mi oppongo all'uso dei miei dati a fini statistici e chiedo nel frattempo la limitazione del trattamento.
Non voglio che il mio profilo sia usato per i vostri punteggi automatici; in attesa che valutiate la mia opposizione, sospendete ogni uso dei miei dati.
Mi oppongo all'addestramento della vostra IA con i miei messaggi e chiedo che, fino alla vostra decisione, i miei dati siano solo conservati.
"""
P["combo.access+other_privacy"] = r"""
Ditemi cosa avete su di me e a chi l'avete dato.
Mandatemi una copia dei miei dati e l'elenco delle aziende che li hanno ricevuti.
Voglio sapere quali dati avete, dove li conservate e se sono usciti dall'UE.
Vorrei avere sott'occhio tutti i dati che conservate su di me e capire per quanti anni avete intenzione di tenerli.
Vorrei ricevere tutte le informazioni personali che avete su di me e sapere se sono finite nella violazione di cui parlano i giornali.
"""
P["combo.objection+opt_out"] = r"""
Basta newsletter e smettete di usare i miei dati per il vostro algoritmo di raccomandazione.
Niente più e-mail pubblicitarie e niente profilazione per suggerimenti «personalizzati».
Voglio uscire dal vostro marketing e dalla vostra profilazione con l'IA.
Smettete di mandarmi offerte per e-mail e non usate più la mia attività sul sito per costruirmi un profilo.
Revoco il consenso alle comunicazioni commerciali e mi oppongo all'analisi dei miei dati da parte della vostra intelligenza artificiale.
"""
P["agent_req.access"] = r"""
Chiediamo di ricevere tutti i dati personali relativi a {client} e copia degli stessi (art. 15 GDPR).
Vi preghiamo di confermare se trattate dati di {client_first} e, in tal caso, di consentirne l'accesso.
Inviateci copia di tutto ciò che Taskbridge conserva su {client}, compresi messaggi e note interne.
Per conto di {client_first}, chiediamo di sapere quali dati personali Taskbridge conserva e di riceverne copia integrale.
Nella mia qualità di rappresentante, vi chiedo di trasmettermi un estratto completo dei dati che riguardano {client}.
Ai sensi dell'art. 15 RGPD, {client_first} desidera conoscere tutte le informazioni che la piattaforma ha raccolto sul suo conto, ordini e conversazioni compresi.
"""
P["agent_req.deletion"] = r"""
Vi chiediamo di cancellare l'account di {client} e tutti i dati collegati.
Chiediamo la cancellazione senza ritardo di tutti i dati di {client_first} (art. 17 GDPR).
Cancellate definitivamente il suo profilo, i messaggi e i documenti caricati.
Chiudete l'account di {client_first} e confermateci per iscritto la cancellazione completa.
Chiediamo che il profilo di {client_first} venga rimosso dalla piattaforma e che ogni dato personale collegato sia eliminato.
Come genitore chiedo l'eliminazione immediata dell'account aperto da {client_first}, che è minorenne, e di tutte le informazioni inserite.
Vi invitiamo a eliminare ogni traccia dei dati di {client} dai vostri sistemi, anche dalle copie di sicurezza, e a darne conferma a questo studio.
"""
P["agent_req.correction"] = r"""
La data di nascita di {client_first} nei vostri archivi è errata; quella corretta è {client_dob}. Vi chiediamo di rettificarla.
Rettificate l'indirizzo di {client}: {client_address}.
Il cognome di {client_first} è scritto male; correggetelo in {client_last}.
Nei vostri registri {client} risulta con un indirizzo non più attuale: vi chiediamo di sostituirlo con {client_address}.
Correggete la data di nascita di {client_first}, che è il {client_dob} e non quella attualmente registrata.
A seguito della variazione anagrafica, vi preghiamo di rettificare il cognome di {client_first} in {client_last}, nel profilo come nei dati di fatturazione.
"""
P["agent_req.portability"] = r"""
Fornite i dati di {client_first} in un formato strutturato e leggibile da macchina, per il trasferimento a un altro servizio.
Chiediamo la trasmissione diretta dei dati di {client} a {other_platform} in un formato di uso comune.
Esportate i dati forniti da {client_first} (profilo, ordini, recensioni) in JSON o CSV.
{client_first} intende passare a {other_platform}: vi chiediamo di trasmettere i suoi dati direttamente a tale piattaforma.
Per conto di {client}, chiediamo un'esportazione in formato CSV o JSON dei dati che ha fornito, da riutilizzare presso un altro fornitore.
Vi prego di mettere a disposizione di questo studio, in formato leggibile da macchina, il profilo e lo storico degli incarichi di {client_first}, ai sensi dell'art. 20 GDPR.
"""
P["agent_req.restriction"] = r"""
In attesa della definizione della contestazione sull'ordine {order}, chiediamo la limitazione del trattamento dei dati di {client}.
{client_first} contesta l'esattezza dei dati; limitatene il trattamento fino alla verifica.
Non cancellate i dati di {client_first}, necessari per un procedimento giudiziario, ma cessate ogni altro trattamento.
Poiché i dati di {client} costituiscono prova nella causa relativa all'ordine {order}, vi chiediamo di conservarli senza utilizzarli per altri fini.
Finché non avrete verificato le inesattezze segnalate da {client_first}, i suoi dati devono restare bloccati e non essere trattati.
Chiediamo, ai sensi dell'art. 18 GDPR, che il trattamento dei dati di {client_first} sia limitato alla sola conservazione fino alla definizione della vertenza.
"""
P["agent_req.objection"] = r"""
{client_first} si oppone alla profilazione del proprio account e all'analisi dei propri dati tramite intelligenza artificiale.
Per conto di {client_first}, ci opponiamo a qualsiasi trattamento dei suoi dati basato sul legittimo interesse.
Smettete di usare i dati di {client} per punteggi, classifiche o addestramento di modelli di IA.
Su mandato di {client}, ci opponiamo a che i contenuti caricati sulla piattaforma dalla persona che assistiamo vengano impiegati per allenare modelli di intelligenza artificiale.
Chiediamo che il profilo di {client_first} sia escluso da ogni sistema di classificazione o punteggio automatico, al quale si oppone ai sensi dell'art. 21 GDPR.
Come genitore mi oppongo a qualsiasi profilazione dell'account di {client_first}: è minorenne e le sue attività sulla piattaforma non devono essere analizzate dai vostri algoritmi.
"""
P["agent_req.opt_out"] = r"""
Vi chiediamo di cessare ogni comunicazione promozionale verso {client}.
Rimuovete {client_email} da tutte le liste di marketing con effetto immediato.
{client_first} non desidera più ricevere e-mail né SMS promozionali.
Vi chiediamo di rimuovere {client} da ogni lista per newsletter, SMS e telefonate commerciali.
{client_first} revoca il consenso al marketing: nessuna offerta dovrà più essere inviata a {client_email}.
Come familiare di {client_first}, vi chiedo di interrompere le chiamate promozionali che riceve quasi ogni giorno.
"""
P["agent_req.other_privacy"] = r"""
Indicateci a quali terzi sono stati comunicati i dati di {client}.
Vorremmo sapere se i dati di {client_first} sono stati coinvolti nel recente incidente di sicurezza.
{client_first} revoca tutti i consensi prestati a Taskbridge.
D'ora in poi indirizzate a questo studio ogni comunicazione relativa ai dati di {client}.
Chiediamo di sapere dove sono conservati i dati di {client} e se vengono trasferiti al di fuori dello Spazio economico europeo.
Vi preghiamo di indicarci i recapiti del vostro RPD, al quale {client_first} intende rivolgere un reclamo.
Per quanto tempo intendete conservare i dati di {client_first} dopo la chiusura del suo account?
"""

P["task.writing"] = r"""
Ci serve un articolo per il blog di circa 1.200 parole sull'inserimento dei nuovi assunti in smart working, ottimizzato SEO, {deadline}.
Qualcuno potrebbe scrivere 40 schede prodotto per il nostro e-commerce? Tono leggero e sintetico.
Cerco un copywriter per riscrivere la pagina «Chi siamo» del nostro sito.
Potete correggere la mia tesi magistrale (circa 80 pagine)? Ortografia e stile.
Ci serve un comunicato stampa per l'apertura della nuova sede di {city}.
Mi servono una lettera di presentazione e un CV sistemato per una posizione da project manager.
Cerchiamo qualcuno che scriva il copione di un video esplicativo di 90 secondi sulla nostra app.
Potreste scrivere un discorso per il matrimonio di mia sorella? Cinque minuti, divertente ma non imbarazzante.
Ci servono dieci post per LinkedIn sul lancio del nostro software gestionale, tono professionale ma non noioso.
Potete scrivere i testi della brochure del nostro agriturismo vicino a {city}? Sei pagine, {deadline}.
Cerco qualcuno che trasformi i miei appunti in un articolo divulgativo sull'energia solare nei condomini.
Cerchiamo un autore per la newsletter trimestrale del nostro studio di architettura.
Mi servono i testi per le pagine dei servizi del nostro centro estetico a {city}.
Correzione di bozze per un romanzo di 220 pagine, {deadline}.
"""
P["task.translation"] = r"""
Vi chiedo di tradurre in {lang2} il nostro manuale utente di 12 pagine, {deadline}.
Mi serve una traduzione giurata del mio certificato di nascita in {lang2} per il visto.
Potete tradurre in {lang2} il contratto allegato (circa 3.500 parole)? La terminologia giuridica è importante.
Vogliamo localizzare il sito (una ventina di pagine) in {lang2}, checkout compreso.
Sottotitolate in {lang2} il nostro video prodotto di 8 minuti, per favore.
Lavoretto veloce: tradurre in {lang2} un'e-mail di 300 parole per un fornitore.
Cerchiamo un madrelingua che revisioni la traduzione automatica della nostra app in {lang2}.
Ci serve la traduzione in {lang2} del menu del ristorante e della carta dei vini, {deadline}.
Potete tradurre in {lang2} la scheda tecnica di una macchina da caffè? Sono circa 2.000 parole.
Cerco un traduttore che mi aiuti con la corrispondenza in {lang2} con un fornitore, un paio d'ore a settimana.
Traducete in {lang2} il catalogo dei nostri mobili da giardino, circa 5.000 parole.
Per la fiera di settembre vorremmo in {lang2} le slide della presentazione aziendale, {deadline}.
Potete tradurre in {lang2} le ricette del nostro blog di cucina? Sono una trentina.
"""
P["task.design"] = r"""
Ci serve un nuovo logo per il nostro panificio, qualcosa di caldo e disegnato a mano; tre proposte per iniziare.
Progettate un volantino A5 per i nostri saldi estivi, PDF pronto per la stampa.
Potete fare il mockup in Figma di una landing page per il nostro nuovo prodotto?
Mi servono biglietti da visita per due collaboratori, fronte e retro, {deadline}.
Cerchiamo un grafico per 10 template social con i nostri colori aziendali.
Rifate la copertina del mio e-book, quella attuale sembra datata.
Ci servono circa 25 icone lineari per la nostra app.
Ci servono le etichette per tre nuovi vini rossi, stile elegante, nel formato per la stampa adesiva.
Potete impaginare il catalogo primavera-estate (32 pagine) con le nostre foto, {deadline}?
Vorrei un'illustrazione ad acquerello per la copertina di un libro per bambini, toni caldi.
Ci serve il packaging per una nuova linea di tè biologici, tre gusti.
Disegnate il menu della nostra pizzeria, formato A3 plastificato, {deadline}.
Vorremmo rinnovare l'insegna del negozio e la grafica sui furgoni.
"""
P["task.software"] = r"""
Il nostro sito WordPress è lentissimo da mobile; qualcuno può analizzarlo e sistemare il grosso?
Ci serve un piccolo script Python che unisca gli export CSV settimanali in un unico file Excel.
Sistemate il bug del checkout Shopify: il codice sconto non viene applicato.
Cerchiamo uno sviluppatore per un semplice modulo di prenotazione con e-mail di conferma.
Potete migrare il database da MySQL 5.7 a 8.0 senza fermi?
Ci serve un'integrazione API tra il CRM e il gestionale di fatturazione.
L'app iOS si chiude all'avvio dall'ultimo aggiornamento; bisogna guardare i log.
Ci serve un plugin WooCommerce che calcoli le spese di spedizione in base al peso e alla provincia.
Potete aggiornare il nostro sito da PHP 7.4 a 8.2 e verificare che tutti i plugin funzionino ancora?
Cerchiamo uno sviluppatore Flutter per finire un'app di prenotazione dei campi per un centro sportivo.
Cerchiamo qualcuno per aggiungere il pagamento con Satispay al nostro e-commerce.
Ci serve un bot Telegram che mandi ai clienti il promemoria degli appuntamenti.
Potete scrivere dei test automatici per la nostra API in Node.js? Copertura minima 70 %.
"""
P["task.bookkeeping"] = r"""
Mi serve aiuto con la liquidazione IVA del terzo trimestre; le fatture sono nella cartella condivisa.
Qualcuno potrebbe fare la riconciliazione bancaria di settembre e ottobre?
Cerchiamo un contabile per circa 10 ore al mese.
Preparate il bilancio annuale della mia ditta individuale, per favore.
Potete impostare il piano dei conti nel gestionale e caricare i saldi di apertura?
Bisogna elaborare le buste paga di novembre per tre dipendenti.
Classificate le spese dell'ultimo trimestre e segnalate quello che sembra strano.
Ci serve qualcuno che registri le fatture passive di gennaio e prepari un prospetto dei costi.
Potete controllare il registro dei cespiti e calcolare gli ammortamenti per la chiusura dell'esercizio?
Mi aiutate a impostare la fatturazione elettronica tramite il Sistema di Interscambio per la mia attività?
Serve una mano con la dichiarazione dei redditi della mia partita IVA in regime forfettario.
Potete preparare il budget di cassa del prossimo semestre per la nostra cooperativa?
Cerchiamo chi tenga la prima nota e lo scadenzario fornitori di un piccolo ristorante.
"""
P["task.marketing"] = r"""
Vogliamo lanciare una campagna Google Ads per il nostro studio di yoga, budget {budget} al mese.
Potete preparare un piano editoriale per dicembre (Instagram e TikTok)?
Ci servono un template di newsletter e le prime due campagne su Mailchimp.
Cerchiamo un audit SEO del nostro e-commerce con un elenco di interventi rapidi.
Impostate il tracciamento delle conversioni e il retargeting su Meta per il lancio.
Ci serve un piano di collaborazioni con influencer per la nuova linea di cosmetici.
Vorremmo una strategia per far crescere la pagina Instagram del nostro bar, budget {budget} al mese.
Ci serve una campagna su LinkedIn per trovare nuovi clienti B2B nel settore della logistica.
Potete ottimizzare la scheda Google Business Profile del nostro studio e gestire le risposte alle recensioni?
Ci serve una campagna su TikTok per il lancio della nostra birra artigianale, budget {budget}.
Potete scrivere e programmare le newsletter di Natale per il nostro negozio online?
Cerchiamo qualcuno che gestisca le recensioni e la presenza su TripAdvisor del nostro hotel.
"""
P["task.data_analysis"] = r"""
Potete analizzare le vendite degli ultimi due anni e trovare gli andamenti stagionali?
Ci serve una dashboard in Power BI sul volume dei ticket di assistenza.
Pulite i risultati del nostro sondaggio (circa 1.500 risposte) e fate una segmentazione di base.
Mi serve un'analisi di regressione per i dati della tesi, in R o SPSS.
Qualcuno potrebbe costruire un modello di abbandono dai dati degli abbonamenti?
Vorremmo far valutare il test A/B della pagina prezzi.
Ci serve un'analisi delle giacenze di magazzino per capire quali articoli ruotano di meno.
Potete creare un modello di previsione della domanda per i prossimi sei mesi partendo dallo storico vendite?
Vorrei un report in Excel con grafici sull'andamento dei costi energetici degli ultimi tre anni.
Ci serve un'analisi del traffico del sito da Google Analytics 4 con raccomandazioni pratiche.
Potete calcolare il customer lifetime value dai dati degli ordini degli ultimi tre anni?
Vorremmo mappare le vendite per provincia su una cartina interattiva.
"""
P["task.platform_support"] = r"""
Mi avete addebitato due volte l'ordine {order}. Potete rimborsare il doppio addebito?
La pagina di pagamento dà errore ogni volta che pago con la carta.
Non riesco a caricare file oltre i 20 MB nella chat del progetto. C'è un limite?
Come aggiungo un secondo utente all'account aziendale?
La fattura {inv} riporta l'aliquota IVA sbagliata, potete riemetterla?
Il professionista non risponde da cinque giorni e la scadenza è passata. Cosa posso fare?
Vorrei passare dalla fatturazione mensile a quella annuale.
Il pagamento della milestone dell'ordine {order} è fermo «in sospeso» da una settimana.
Ho pagato l'ordine {order} con bonifico tre giorni fa, ma risulta ancora da pagare.
Come si lascia una recensione a un professionista dopo la consegna?
Posso annullare l'ordine {order}? Il professionista non ha ancora iniziato a lavorarci.
Non trovo la ricevuta di pagamento dell'ordine {order}, dove la scarico?
Il professionista ha consegnato in ritardo l'ordine {order}: posso chiedere uno sconto o un rimborso parziale?
Posso pagare la fattura {inv} a rate?
"""
P["hard.writing"] = r"""
Potreste scrivere un'informativa privacy per il mio negozio online? Siamo in Italia, quindi deve essere conforme al GDPR.
Cancellate il secondo paragrafo e correggete i refusi nell'introduzione, per favore.
Ci serve un articolo che spieghi il diritto all'oblio ai piccoli imprenditori.
Potete scrivere dei modelli di risposta per le richieste di accesso che ci mandano i nostri clienti?
Riscrivete in modo più semplice la sezione «I tuoi dati, i tuoi diritti» delle nostre FAQ.
Nella bozza c'è ancora il vecchio indirizzo nelle note legali. Aggiornatelo e togliete il vecchio numero.
Cerco un consulente GDPR che riveda il nostro accordo sul trattamento dei dati con i fornitori.
Mi serve il testo per la pagina «Elimina il tuo account» della nostra app: chiaro, rassicurante e senza giri di parole.
Correggete i dati sbagliati nella tabella a pagina 12 del white paper: la fonte citata è del 2023, non del 2021.
Scrivete l'e-mail che i nostri clienti ricevono quando si disiscrivono dalla newsletter, tono cordiale, massimo 80 parole.
Eliminate dal manoscritto tutti i riferimenti a persone reali e sostituiteli con nomi di fantasia, per favore.
Ci servono i testi del banner cookie e della pagina di gestione del consenso per il nostro sito, in linguaggio semplice ma corretto.
Mi serve un post per il blog dal titolo «Come cancellare i propri dati dai social in 5 passi», circa 900 parole.
Correggete le bozze del capitolo 4: ci sono ancora date sbagliate e alcuni nomi di aziende da rettificare.
Cerchiamo chi scriva i termini e condizioni e l'informativa privacy per la nostra app di prenotazioni, in linea con il GDPR.
Eliminate dalla newsletter di maggio il paragrafo sulle promozioni e accorciate l'oggetto.
Potreste preparare un e-book per i nostri clienti su come esercitare il diritto di opposizione al telemarketing?
Rivedete la lettera di risposta che mandiamo a chi ci chiede di rettificare i propri dati: è troppo burocratica.
Scrivete un testo breve per la pagina di conferma della disiscrizione, qualcosa tipo «Ci mancherai», ma senza essere melensi.
"""
P["hard.translation"] = r"""
Traducete in {lang2} la nostra informativa sulla protezione dei dati, per favore.
Ci serve la traduzione in {lang2} del nostro accordo sul trattamento dei dati (art. 28 GDPR), registro giuridico.
Traducete in {lang2} l'articolo di assistenza «Come cancellare il tuo account».
Potete tradurre in {lang2} una sentenza sul diritto di accesso?
Correggete gli errori nella versione in {lang2} della nostra privacy policy; il nostro avvocato ne ha segnalati diversi.
Bisogna tradurre in {lang2} le diciture «Disiscriviti» e «Gestisci preferenze» della newsletter.
Traducete in {lang2} i moduli di consenso al trattamento dei dati per il nostro studio dentistico.
Ci serve in {lang2} il testo del nostro banner cookie, compresi i pulsanti «Rifiuta tutto» e «Accetta tutto».
Nella traduzione in {lang2} eliminate le parti che abbiamo barrato nell'originale e correggete le date.
Potete tradurre in {lang2} la lettera standard con cui rispondiamo alle richieste di cancellazione dei nostri utenti?
Bisogna tradurre in {lang2} le condizioni d'uso del nostro portale, compresa la sezione sulla sospensione e sul blocco degli account.
Il registro delle attività di trattamento va tradotto in {lang2} per la nostra casa madre, sono circa 30 righe di tabella.
Ci serve in {lang2} la procedura interna per gestire le violazioni dei dati (data breach), circa 8 pagine.
Potete tradurre in {lang2} le istruzioni «Come esportare i tuoi dati» del nostro centro assistenza?
Rimuovete dalla traduzione in {lang2} le note del traduttore e correggete la formattazione delle tabelle.
Mi serve la traduzione in {lang2} di un parere legale sul diritto di opposizione al trattamento, circa 4.000 parole.
Traducete in {lang2} le e-mail automatiche di conferma della cancellazione account della nostra app.
Nella cartella ci sono due versioni in {lang2}: cancellate quella vecchia e caricate la revisione definitiva.
"""
P["hard.design"] = r"""
Togliete il vecchio logo dalla bozza e usate quello nuovo.
Rimuovete la filigrana dalle foto prodotto, per favore.
Mi oppongo alla modifica grafica della versione 3: torniamo all'intestazione blu.
Potete disegnare un banner per il consenso GDPR che non spaventi?
Cancellate lo sfondo da questi 30 ritratti.
Aggiornate l'indirizzo sulla carta intestata, ci siamo trasferiti in {address}.
Togliete dai mockup i dati dei clienti veri (nomi, e-mail, numeri di telefono) e metteteci dei testi di esempio.
Disegnate le schermate della funzione «Scarica i tuoi dati» per la nostra app, versione mobile e desktop.
Cancellate le foto vecchie dalla brochure e sostituitele con quelle dello shooting di marzo.
Ci serve un'icona per il pulsante «Elimina account» che non sia troppo aggressiva: niente cestino rosso, per favore.
Correggete l'impaginazione del modulo di iscrizione: la casella del consenso privacy finisce sotto il pulsante «Invia».
Eliminate il bordo bianco intorno al logo e rimuovete l'ombra dal testo.
Ci serve un'infografica sul GDPR per la sala d'attesa del nostro studio medico, stile pulito.
Nel volantino c'è ancora il vecchio indirizzo: sostituitelo con {address} e correggete l'orario di apertura.
Disegnate la schermata di accesso della nostra app, con login tramite e-mail e codice monouso.
Potete realizzare un'icona per la voce «Privacy e dati» del menu impostazioni?
Cancellate i livelli nascosti dal file PSD prima di mandarlo in stampa, pesa troppo.
Oscurate i volti dei passanti nelle foto dell'evento per questioni di privacy, poi esportate tutto in JPG.
"""
P["hard.software"] = r"""
Aggiungete un pulsante «Esporta i miei dati» nell'area clienti, così i nostri utenti possono scaricare i loro dati in CSV.
I nostri utenti non riescono a cancellare l'account nell'app che ci avete sviluppato: il pulsante dà errore 500.
Inserite nel modulo di registrazione una casella per l'opt-out dal consenso marketing.
Non riesco più ad accedere al server di staging, la mia chiave SSH viene rifiutata.
Bisogna limitare l'accesso al pannello di amministrazione all'IP dell'ufficio.
Scrivete uno script che anonimizzi i dati personali nel database di test.
Implementate la cancellazione automatica degli account inattivi da più di 24 mesi, con un'e-mail di avviso 30 giorni prima.
Dopo l'ultimo aggiornamento il link «Annulla iscrizione» nelle nostre e-mail porta a una pagina 404. Potete sistemarlo?
Bisogna correggere la validazione del campo data di nascita nel modulo di registrazione: accetta anche date nel futuro.
Cerchiamo uno sviluppatore che configuri i ruoli del CRM in modo che i collaboratori esterni non abbiano accesso ai dati dei clienti.
Scriveteci uno script che esporti in JSON tutti i dati di un utente quando ce li chiede, così rispondiamo in tempo alle richieste GDPR.
Il nostro endpoint per la cancellazione degli utenti va in timeout quando l'utente ha più di mille ordini: ci serve una correzione.
Non ho più accesso al repository GitLab del progetto, potete riaggiungermi come maintainer?
Bisogna aggiungere al gestionale una funzione per esportare le anagrafiche dei clienti in XML.
Impostate il blocco dell'account dopo cinque tentativi di login falliti nella nostra web app.
Ci serve un consulente tecnico che verifichi se il nostro CRM è conforme al GDPR, in particolare cifratura e log.
Correggete il processo per cui la copia del database di produzione in staging contiene ancora le e-mail vere dei clienti.
Implementate sul nostro sito il centro preferenze cookie con Consent Mode v2 e la possibilità di revocare il consenso.
"""
P["hard.bookkeeping"] = r"""
Cancellate le registrazioni doppie della fattura {inv}.
Correggete l'IVA sulle registrazioni di ottobre: avete messo il 22 % invece del 10 %.
Non ho accesso alla cartella condivisa della contabilità; il link dice «accesso negato».
Aggiornate l'indirizzo sul modello di fattura con quello della nuova sede.
Potete esportare il libro mastro in CSV per il nostro commercialista?
Limitate l'accesso alla cartella delle buste paga alla direzione e a voi.
Eliminate dal gestionale i fornitori registrati due volte e unite i loro movimenti.
Correggete l'intestazione della fattura {inv}: manca la partita IVA del cliente.
Il commercialista chiede di bloccare le registrazioni dell'esercizio 2023 dopo la chiusura: potete impostarlo nel software?
Esportate in Excel lo scadenziario clienti e togliete la colonna degli IBAN prima di mandarlo al consulente esterno.
Dobbiamo rettificare la nota di credito collegata alla fattura {inv}: l'importo dello storno è sbagliato.
Eliminate la fattura {inv}, l'abbiamo emessa per errore: serve una nota di credito.
Potete darmi accesso in sola lettura al gestionale contabile? Devo controllare i saldi.
Esportate la prima nota di marzo in formato Excel per la revisione.
Rettificate le registrazioni delle spese di rappresentanza del secondo trimestre, sono finite nel conto sbagliato.
Ci serve un preventivo per adeguare al GDPR l'archivio di fatture e contratti del nostro studio.
Cancellate i movimenti bancari importati due volte a febbraio e rifate la riconciliazione.
Fate una copia dei registri IVA del 2025 e archiviatela nella cartella del commercialista.
"""
P["hard.marketing"] = r"""
Il link di disiscrizione non funziona nella newsletter che ci state preparando: sistematelo prima dell'invio di giovedì.
Togliete dalla lista tutti gli indirizzi che rimbalzano e riordinate i segmenti.
Vogliamo una campagna per far riconfermare il consenso ai nostri iscritti.
Potete impostare Mailchimp in modo che chi si disiscrive esca in automatico dal pubblico degli annunci?
Fermate la campagna Facebook, sta bruciando budget: mettete in pausa tutti gli annunci fino a lunedì.
Pulite la nostra mailing list: eliminate i contatti che non aprono una newsletter da più di un anno e quelli senza consenso documentato.
Preparate una pagina di gestione delle preferenze, così i nostri iscritti possono scegliere quali e-mail ricevere invece di disiscriversi del tutto.
Escludete dalle campagne di retargeting chi ha rifiutato i cookie di profilazione, il nostro consulente GDPR insiste.
Ci serve un modulo di iscrizione alla newsletter del negozio con doppio opt-in e il testo della richiesta di consenso.
Cancellate dal calendario editoriale i post sulla promozione di Natale, l'abbiamo annullata.
Ci serve un'e-mail per chiedere agli iscritti inattivi se vogliono restare nella lista o disiscriversi.
Bloccate la pubblicazione automatica dei post di questa settimana, il prodotto è in ritardo.
Rimuovete dal pubblico personalizzato di Meta i clienti che hanno già acquistato.
Scrivete il testo del modulo di raccolta contatti per la fiera, con le caselle del consenso marketing separate.
Vorremmo una campagna SMS per i saldi, ma solo verso chi ha dato il consenso: sapete gestire anche la parte privacy?
Eliminate gli annunci Google con CTR sotto l'1 % e riallocate il budget sulle campagne migliori.
Cerchiamo un consulente GDPR che verifichi se le nostre campagne di e-mail marketing rispettano le regole sul consenso.
"""
P["hard.data_analysis"] = r"""
Esportate il foglio in CSV e cancellate le righe di test prima di mandarlo.
Analizzate il sondaggio, ma anonimizzate prima i partecipanti: nessun nome nel report.
Correggete i numeri del report del terzo trimestre, i totali non tornano.
Potete limitare la dashboard in modo che solo l'amministrazione veda i dati sugli stipendi?
Vorremmo analizzare quanti clienti si sono disiscritti dalle nostre e-mail l'anno scorso.
Eliminate i duplicati dal dataset e correggete i CAP sbagliati prima di fare la mappa delle vendite.
Pseudonimizzate gli ID cliente nel file delle transazioni e poi analizzate la frequenza di acquisto.
Ci serve un report su quante richieste di cancellazione account abbiamo ricevuto ogni mese l'anno scorso.
Fate una segmentazione dei clienti per la profilazione di marketing, ma solo su quelli che hanno dato il consenso.
Non ho accesso al dataset su Google Drive che mi avete condiviso: potete rimandarmi l'invito?
Esportate i risultati del modello in CSV e cancellate le colonne intermedie.
Analizzate quanti visitatori hanno revocato il consenso ai cookie sul nostro sito negli ultimi sei mesi.
Dobbiamo correggere gli outlier nel dataset dei sensori prima dell'analisi.
Create una dashboard con accesso riservato per ruolo: i commerciali devono vedere solo la loro zona.
Anonimizzate il file dei pazienti dello studio secondo le regole del GDPR prima di fare la statistica descrittiva.
Rimuovete dal report le righe con dati mancanti e rifate i grafici.
Fate una copia del dataset originale prima di ripulirlo, non vogliamo perdere niente.
"""
P["hard.platform_support"] = r"""
Non riesco ad accedere al mio account: l'e-mail per reimpostare la password non arriva mai.
Come cancello una bozza di progetto creata per sbaglio?
I codici di verifica in due passaggi vengono rifiutati e sono [[bloccato||bloccata]] fuori.
Togliete {provider} dal team del progetto, ha finito la sua parte.
Potete limitare l'accesso alla cartella condivisa così la vedo solo io?
Il pulsante «Esporta fatture» mi scarica un file vuoto.
Correggete la ragione sociale sulle mie fatture, per favore: è {company}.
Ho sbagliato la password troppe volte e ora l'account è bloccato per 24 ore. Potete sbloccarlo prima? Ho una consegna oggi.
Come si esportano in CSV tutte le fatture dell'anno per il mio commercialista?
Come faccio a eliminare una carta di pagamento vecchia? È scaduta ma continua a comparire al checkout.
Ho archiviato per errore il progetto con {provider}: si può ripristinare o è cancellato per sempre?
Vorrei dare a un collega l'accesso in sola lettura alle fatture dell'account aziendale, senza fargli vedere i messaggi. Si può fare?
Non riesco ad accedere dall'app: mi dice «sessione scaduta» anche subito dopo il login.
Come si elimina un messaggio inviato per errore a {provider} nella chat del progetto?
Il codice di verifica via SMS non arriva e sono [[rimasto||rimasta]] fuori dall'account da ieri.
Come si scaricano tutti gli allegati consegnati da {provider} in un unico file ZIP?
Ho annullato per sbaglio l'abbonamento premium di {company}: si può ripristinare senza perdere i progetti?
Come si rimuove un membro del team dall'account aziendale? Ha lasciato l'azienda.
Il filtro per escludere i professionisti bloccati non funziona: continuo a vedere le proposte di {provider}.
"""
P["followup.writing"] = r"""
Grazie per la bozza! Potresti accorciare l'introduzione e aggiungere una call to action alla fine?
Va benissimo. Puoi tagliare circa 200 parole e rendere il tono un po' più formale?
Una modifica: invertire la seconda e la terza sezione e aggiungere dei sottotitoli.
Mi mandi la versione finale in Word con le revisioni?
"""
P["followup.translation"] = r"""
Grazie! Potresti tradurre anche le due didascalie che avevo dimenticato?
Il cliente preferisce «cliente» invece di «utente» in tutto il testo. Puoi adattarlo?
Puoi mandare la traduzione in una tabella bilingue per il nostro revisore?
Abbiamo aggiunto una pagina al manuale. Puoi includerla?
"""
P["followup.design"] = r"""
Mi piace la proposta B. La provi in verde scuro con un carattere un po' più spesso?
Mandami i file finali in SVG e PNG, più una versione per sfondi scuri.
Il titolo più grande e il logo in alto a destra, per favore.
Possiamo vedere una variante con l'illustrazione a sinistra?
"""
P["followup.software"] = r"""
Provato in staging, funziona. Puoi fare il rilascio in produzione stasera?
La correzione funziona da desktop, ma su Android il pulsante è ancora nascosto. Ci guardi?
Puoi aggiungere un breve README così il team lo avvia in locale?
Un'altra cosa: l'export potrebbe includere anche la data dell'ordine?
"""
P["followup.bookkeeping"] = r"""
Grazie. Ho caricato le fatture mancanti di agosto, puoi registrarle?
Mi mandi la bozza della liquidazione IVA prima di inviarla?
Registra anche le due fatture fornitori che ti ho girato ieri, per favore.
Puoi aggiungere un riepilogo delle principali voci di spesa?
"""
P["followup.marketing"] = r"""
La prima campagna va bene. Proviamo un secondo oggetto?
Sposta il lancio a martedì prossimo e adegua il calendario, per favore.
Potresti mandare un report sui risultati ogni lunedì?
Aumentiamo del 20 % il budget giornaliero per il weekend.
"""
P["followup.data_analysis"] = r"""
Ottimo lavoro. Potresti dividere i risultati anche per regione?
Puoi aggiungere alla dashboard un grafico con l'andamento mensile?
Includi i numeri grezzi in appendice, per favore.
Potresti rifare il modello senza i dati del 2020?
"""
P["followup.platform_support"] = r"""
Grazie, ma al pagamento ho ancora lo stesso errore.
Ho provato, ma continua a non funzionare. Altre idee?
Il rimborso è arrivato, ma la fattura riporta ancora il vecchio importo.
Grazie. Potete mandarmi anche una fattura corretta?
"""
P["provider.writing"] = r"""
Ecco una prima bozza. Fammi sapere cosa ne pensi del tono.
Ti allego la versione 2 con i tuoi commenti.
Una domanda prima di iniziare: chi è il pubblico di riferimento?
Il testo finale è nella cartella condivisa. Se serve qualche ritocco, dimmi pure.
"""
P["provider.translation"] = r"""
Ti allego la traduzione. Ho lasciato i nomi dei prodotti in inglese, come concordato.
La prima metà è pronta, il resto arriva domani.
Mi confermi se preferisci il lei o il tu?
Ecco la versione finale, rivista da una seconda traduttrice.
"""
P["provider.design"] = r"""
Ecco tre prime proposte per il logo. Quale ti convince?
Ho caricato il volantino rivisto con le foto nuove.
In allegato i file finali in tutti i formati.
Prima di proseguire: avete un manuale del brand o una palette colori?
"""
P["provider.software"] = r"""
Ho caricato la correzione su un branch e l'ho rilasciata in staging per i test.
Ho trovato la causa, un problema di cache nel plugin di pagamento. La correzione è pronta.
Mi daresti accesso in lettura al repository?
Fatto. Ti allego lo script, con le istruzioni in testa.
"""
P["provider.bookkeeping"] = r"""
Settembre è riconciliato; ci sono tre pagamenti che non sono riuscito ad abbinare.
Ti allego la bozza della liquidazione IVA da controllare.
Mi mandi gli estratti conto in PDF?
È tutto registrato fino a fine ottobre.
"""
P["provider.marketing"] = r"""
La campagna è pronta e aspetta la tua approvazione.
Ecco il piano editoriale di dicembre.
Risultati della prima settimana: CTR al 2,1 %, costo per clic sotto l'obiettivo.
Mi daresti accesso al vostro account pubblicitario?
"""
P["provider.data_analysis"] = r"""
Ti allego la prima versione della dashboard.
Mancano alcuni dati di marzo; l'ho segnalato nel report.
Ecco i risultati della segmentazione: cinque cluster in totale.
Mi mandi il dizionario dei dati dell'export?
"""
P["provider.platform_support"] = r"""
Grazie per il messaggio. Abbiamo reimpostato la sessione di pagamento. Puoi riprovare?
Abbiamo rimborsato il doppio addebito; lo vedrai entro 5-7 giorni lavorativi.
Puoi mandarci uno screenshot del messaggio di errore?
Abbiamo girato la segnalazione al team tecnico e ti aggiorniamo a breve.
"""


# ------------------------------------------------------------------ training only
# Core lines written on 2026-11-28, after the held-out wordings were fixed: build_corpus.py
# puts them in the train split only. Written from knowledge of the language, without sight
# of this bank's validation or test lines, the sample inbox or any evaluation data; a line
# that read like a held-out line of its pool (difflib ratio above 0.6) was left out.
P_TRAIN = {}
P_TRAIN["req.access.plain"] = r"""
ciao, mi dite che dati avete su di me? tipo cosa avete salvato quando mi sono iscritt[[o||a]]
Vorrei vedere tutto quello che avete raccolto su di me da quando uso Taskbridge, compresi i log degli accessi dall'app.
Un professionista mi ha scritto citando cose che non ricordo di aver messo nel profilo. Da dove le avete prese? Ditemi cosa c'è nel mio fascicolo e chi ve l'ha fornito.
Salve, sono anni che ordino lavori da voi e non ho mai capito cosa tenete in archivio: mi mandate un riepilogo completo?
scusate ma a cosa vi servono tutte le info che mi avete chiesto all'iscrizione? voglio sapere cosa avete e per farci cosa
Mi fate sapere cosa risulta nel vostro sistema a nome mio? Profilo, ordini, recensioni, le chat... tutto quanto, in un unico file se possibile.
"""
P_TRAIN["req.deletion.plain"] = r"""
Ho chiuso l'attività e non lavoro più come grafic[[o||a]]: togliete il mio portfolio e cancellate tutto ciò che mi riguarda.
cancellate il mio acount e tutto quello che c'e dentro, grazie
Basta, ne ho abbastanza di questa piattaforma. Voglio sparire: profilo, foto, recensioni che ho scritto, indirizzo, tutto. E non ditemi che ci vogliono trenta giorni.
Buongiorno, vorrei che la mia scheda venisse eliminata insieme alle informazioni personali collegate: il servizio non mi serve più.
Ho cercato il mio nome su Google e salta fuori ancora il mio vecchio profilo Taskbridge. Fatelo sparire, e con lui tutti i miei dati.
Avete tenuto il documento d'identità che avevo caricato per la verifica anche dopo che ho chiuso il conto? Eliminatelo subito, per favore, insieme a tutto il resto.
"""
P_TRAIN["req.correction.plain"] = r"""
il mio cognome e {last} non {wrong_last}, avete sbagliato una lettera, correggete pf
Buongiorno, il numero di telefono che avete è vecchio, quello giusto è {phone}. Il professionista continua a chiamare quello sbagliato.
Sulle fatture e nel profilo compare ancora {wrong_name}, ma io mi chiamo {name}. Sistematelo voi, perché dalle impostazioni non si riesce a modificare.
Dopo la separazione ho ripreso il cognome da nubile: vi chiedo di aggiornare il profilo con {last}.
Vi ho scritto dieci giorni fa e l'indirizzo è ancora quello vecchio. Non è così difficile: {address}. Grazie.
"""
P_TRAIN["req.portability.plain"] = r"""
Vorrei portarmi via recensioni, portfolio e storico degli incarichi in un file che si possa importare su {other_platform}, tipo JSON. Si può fare?
mi serve tutto il mio storico ordini in csv o excel, lo devo caricare in un altro sistema
Sto aprendo un profilo su {other_platform}: potete girare voi direttamente a loro le mie informazioni, così non devo rifare tutto da capo?
Salve, esiste un modo per scaricare in blocco i miei dati in un formato standard? Non i PDF, intendo un file che un programma possa leggere.
Ciao! Cambio piattaforma ma non voglio perdere anni di lavoro: mi date le mie cose in un formato che posso riusare altrove?
Gentili signori, avrei bisogno di ricevere le informazioni che vi ho fornito (anagrafica, progetti, valutazioni) in un file XML da consegnare al nuovo gestionale che utilizzo.
"""
P_TRAIN["req.restriction.plain"] = r"""
Per ora non cancellate niente del mio account, ho un avvocato che segue la questione del pagamento mai ricevuto. Nel frattempo però non usate i miei dati.
Contesto i dati che avete su di me: finché non li avete verificati non voglio che vengano usati, solo conservati.
tenete i miei dati come sono ma non usateli, c'e una causa in corso
Ho aperto una contestazione con {provider} per l'ordine {order}. Il profilo non va cancellato perché mi serve la cronologia, ma fino alla fine della storia non deve essere usato per nient'altro.
Fermate l'uso dei miei dati ma non eliminate nulla, per favore: potrei averne bisogno per difendermi in tribunale.
Mi avete avvisato che il mio account verrà chiuso in automatico per inattività, ma quei dati mi servono per una causa di lavoro. Conservateli così come sono, senza usarli per nessun altro scopo.
"""
P_TRAIN["req.objection.plain"] = r"""
Ho visto che usate l'intelligenza artificiale per leggere le chat e suggerire i professionisti. Non voglio che i miei messaggi finiscano lì dentro.
non voglio che la vostra IA si alleni sui file che carico, toglietemi da questa cosa
Mi spiegate perché il mio profilo esce sempre in fondo alle ricerche? Se dipende da un punteggio calcolato sulla mia attività, non sono d'accordo: smettete.
Buonasera, non mi va che analizziate le mie recensioni e i miei ordini per prevedere quanto spenderò. Vorrei esserne esclus[[o||a]].
Il «matching intelligente» lo trovo invadente: non voglio che i miei progetti vengano passati al setaccio per abbinarmi a qualcuno. Disattivatelo per me.
Con tutto il rispetto, il vostro «legittimo interesse» non mi convince: non voglio che usiate i miei dati di navigazione per le vostre statistiche interne.
"""
P_TRAIN["req.opt_out.plain"] = r"""
Ma quante e-mail mi mandate? Levatemi da 'sta newsletter, non ne posso più.
toglietemi dalla mailing list, nn mi sono mai iscritt[[o||a]]
Mi ha richiamato un vostro operatore per propormi il pacchetto aziendale. Non telefonatemi più per queste cose.
Non vendete e non passate i miei contatti ad altre aziende per fare pubblicità, grazie.
Da quando ho fatto un ordine vedo annunci di Taskbridge ovunque su Instagram. Non voglio pubblicità mirata costruita sui miei dati.
Buongiorno, ho disattivato le notifiche promozionali nell'app ma continuano ad arrivarmi e-mail con i «professionisti consigliati della settimana». Come faccio a bloccarle del tutto?
"""
P_TRAIN["req.other_privacy.plain"] = r"""
Per quanto tempo tenete le mie chat con i professionisti dopo che un progetto è chiuso?
i miei dati dove li tenete? su server in europa o in america?
Mi è arrivata un'e-mail strana che sembrava vostra e conosceva il numero dell'ordine {order}. Avete avuto una fuga di dati?
Il professionista che ho contattato dice di aver ricevuto il mio indirizzo da voi prima ancora che accettassi il preventivo. Con chi altro l'avete condiviso?
Ritiro il consenso che vi avevo dato al momento dell'iscrizione, tutto quanto. Cosa devo fare perché abbia effetto?
Non sono soddisfatt[[o||a]] della risposta del supporto sulla privacy: come si presenta un reclamo al Garante? Mi date i riferimenti?
"""
P_TRAIN["req.access.formal"] = r"""
Ai sensi dell'art. 15 del Regolamento (UE) 2016/679, chiedo di conoscere l'origine dei dati personali che mi riguardano, qualora non siano stati raccolti presso di me, nonché l'eventuale esistenza di processi decisionali automatizzati.
Vi chiedo cortesemente di trasmettermi, entro il termine di un mese previsto dalla normativa, copia dei dati personali a me riferiti, incluse le trascrizioni delle conversazioni con i professionisti e lo storico delle transazioni.
Spett.le Taskbridge, con la presente esercito il diritto di accesso in relazione all'account {acc}, chiedendo altresì l'indicazione delle categorie di dati trattati e della fonte da cui sono stati ottenuti.
"""
P_TRAIN["req.deletion.formal"] = r"""
Ai sensi dell'art. 17, par. 1, lett. a), del GDPR, essendo venute meno le finalità per cui erano stati raccolti, chiedo la cancellazione dei miei dati personali.
Con la presente chiedo la cancellazione del mio profilo di professionista, del portfolio pubblicato e dei documenti caricati in sede di verifica dell'identità, e vi invito a darmene conferma scritta.
Vi invito a procedere alla cancellazione dei dati personali che mi riguardano, fatta salva la sola conservazione imposta da obblighi fiscali, e a comunicarmi l'esito entro i termini di legge.
"""
P_TRAIN["req.correction.formal"] = r"""
Segnalo che il numero di telefono associato al mio account è inesatto e ne chiedo la sostituzione con {phone}, nonché l'integrazione dei dati incompleti del profilo.
Vi chiedo di rettificare il nominativo registrato nel mio profilo ({wrong_name}), riportato anche nella documentazione contabile a me intestata, sostituendolo con quello anagrafico corretto: {name}.
"""
P_TRAIN["req.portability.formal"] = r"""
Ai sensi dell'art. 20 GDPR, chiedo la consegna in formato CSV dello storico degli ordini, delle valutazioni e dei messaggi da me inviati tramite la piattaforma.
Esercito il diritto alla portabilità dei dati e chiedo che il mio profilo professionale, comprensivo di portfolio e recensioni, sia trasmesso direttamente a {other_platform}, ove tecnicamente fattibile.
"""
P_TRAIN["req.restriction.formal"] = r"""
Avendo contestato l'esattezza dei dati anagrafici registrati, chiedo, ai sensi dell'art. 18, par. 1, lett. a), del GDPR, la limitazione del trattamento per il periodo necessario alla verifica.
Vi chiedo di non procedere alla cancellazione programmata del mio account e di conservarne i dati, senza ulteriore trattamento, in quanto necessari all'esercizio di un diritto in sede giudiziaria.
Chiedo che i miei dati personali siano contrassegnati come soggetti a limitazione e che mi informiate prima dell'eventuale revoca della stessa.
"""
P_TRAIN["req.objection.formal"] = r"""
Mi oppongo, ai sensi dell'art. 21 RGPD, all'impiego dei miei messaggi e dei file allegati agli ordini per l'addestramento e il miglioramento dei vostri modelli di intelligenza artificiale.
Esprimo formale opposizione al trattamento dei miei dati finalizzato all'attribuzione di un punteggio di affidabilità e al posizionamento del mio profilo nei risultati di ricerca.
Vi chiedo di cessare il trattamento dei miei dati effettuato per finalità di analisi statistica e di miglioramento del servizio sulla base del vostro interesse legittimo, al quale mi oppongo.
"""
P_TRAIN["req.opt_out.formal"] = r"""
Revoco, ai sensi dell'art. 7, par. 3, del GDPR, il consenso al trattamento dei miei dati per finalità di marketing e mi oppongo alla loro cessione a terzi per scopi promozionali.
Vi diffido dall'utilizzare i miei dati di navigazione per pubblicità personalizzata e dal condividerli con reti pubblicitarie o partner commerciali.
"""
P_TRAIN["req.other_privacy.formal"] = r"""
Vi chiedo di indicarmi per quanto tempo i miei dati personali, e in particolare le conversazioni con i professionisti, vengono conservati dopo la chiusura dell'account, e in base a quali criteri.
Vi prego di fornirmi i dati di contatto del Responsabile della protezione dei dati designato da Taskbridge ai sensi dell'art. 37 del GDPR.
Chiedo di sapere in quali Paesi si trovano i server su cui sono archiviati i miei dati e se questi siano accessibili da soggetti stabiliti fuori dall'Unione europea.
"""
P_TRAIN["agent_req.access"] = r"""
In qualità di amministratore di sostegno di {client}, vi chiedo di comunicarmi quali dati personali <<lo||la>> riguardano e da quale fonte li avete ottenuti.
Vi scrivo per conto di {client_first}, che non ha dimestichezza con il computer: vorrebbe sapere che cosa avete registrato a suo nome da quando si è <<iscritto||iscritta>>.
"""
P_TRAIN["agent_req.deletion"] = r"""
Su incarico di {client}, vi chiediamo di eliminare il suo profilo di professionista, compreso il portfolio, e ogni dato personale a esso collegato.
{client_first} è <<deceduto||deceduta>> il mese scorso: come familiare vi chiedo di chiudere il suo account e di cancellarne tutti i dati.
"""
P_TRAIN["agent_req.correction"] = r"""
Per conto di {client}, vi segnaliamo che la data di nascita registrata è errata e vi chiediamo di correggerla in {dob}.
L'indirizzo e-mail di {client_first} è cambiato: sostituite quello vecchio con {client_email} in tutti i vostri archivi.
"""
P_TRAIN["agent_req.portability"] = r"""
Lo studio che assiste {client} chiede di ricevere in formato JSON lo storico degli incarichi e le recensioni <<del proprio assistito||della propria assistita>>, per trasferirli su {other_platform}.
{client_first} ci ha incaricati di chiedervi un file CSV con tutti i dati da <<lui||lei>> forniti, da importare nel nuovo gestionale.
"""
P_TRAIN["agent_req.restriction"] = r"""
Chiediamo di sospendere ogni utilizzo dei dati di {client}, mantenendoli però integri, fino alla conclusione della verifica sull'esattezza da <<lui||lei>> contestata.
Vi informiamo che {client_first} intende agire in giudizio in relazione all'ordine {order}: non cancellate i suoi dati, ma limitatevi a conservarli.
"""
P_TRAIN["agent_req.objection"] = r"""
Per conto di {client}, vi comunichiamo la sua opposizione all'uso dei suoi messaggi e documenti per l'addestramento dei vostri sistemi di IA.
{client_first} non intende essere <<profilato||profilata>> dal vostro sistema di abbinamento automatico: vi chiediamo di escluderne il profilo.
"""
P_TRAIN["agent_req.opt_out"] = r"""
Vi scrivo per {client_first}, che ha 82 anni e riceve ogni settimana SMS promozionali da Taskbridge: <<toglietelo||toglietela>> da tutte le liste, per favore.
Su mandato di {client}, vi chiediamo di non cedere i suoi recapiti a terzi per finalità commerciali e di interrompere l'invio della newsletter.
"""
P_TRAIN["agent_req.other_privacy"] = r"""
Per conto di {client}, chiediamo di sapere per quanto tempo conserverete i suoi dati dopo la chiusura dell'account.
{client_first} teme che i propri dati siano stati coinvolti nella recente violazione: vi chiediamo di confermarlo o escluderlo per iscritto.
"""
P_TRAIN["combo.access+deletion"] = r"""
Prima di chiudere definitivamente con voi voglio sapere che cosa avete raccolto su di me; appena ricevuto il riepilogo, eliminate tutto.
Mandatemi il file con tutte le chat e i dati del profilo, e una volta che l'ho scaricato cancellate l'account con tutto quello che contiene.
"""
P_TRAIN["combo.deletion+opt_out"] = r"""
Toglietemi dagli SMS promozionali e poi chiudete l'account: non mi serve più e non voglio che resti niente di mio da voi.
Vi chiedo di eliminare il mio profilo e i dati connessi e, nel frattempo, di non inviarmi più alcuna comunicazione commerciale.
"""
P_TRAIN["combo.correction+opt_out"] = r"""
Il numero giusto è {phone}, correggetelo nel profilo; però non usatelo per mandarmi offerte, solo per gli ordini.
Vi chiedo di rettificare il mio indirizzo e-mail in {email} e di considerare contestualmente revocato il consenso all'invio di newsletter.
"""
P_TRAIN["combo.deletion+portability"] = r"""
Vi chiedo di trasmettere il mio portfolio e le recensioni direttamente a {other_platform} e, a trasferimento avvenuto, di cancellare il mio profilo e tutti i dati.
Chiudo l'account, ma prima voglio lo storico ordini in un file XML da reimportare altrove. Dopo, eliminate tutto.
"""
P_TRAIN["combo.correction+restriction"] = r"""
Vi chiedo di rettificare il cognome ({last} anziché {wrong_last}) e, per il tempo necessario alla verifica, di limitare il trattamento dei miei dati alla sola conservazione.
"""
P_TRAIN["combo.objection+restriction"] = r"""
Non accetto che usiate il mio profilo per il ranking dei professionisti; mentre decidete sulla mia richiesta, tenete i dati fermi e non usateli.
Mi oppongo al trattamento dei miei dati fondato sul vostro legittimo interesse e chiedo, ai sensi dell'art. 18, par. 1, lett. d), GDPR, che sia limitato in attesa della verifica dei motivi prevalenti.
"""
P_TRAIN["combo.access+other_privacy"] = r"""
Vorrei una copia dei miei dati e sapere in quale Paese si trovano i vostri server.
Chiedo di ricevere copia dei dati personali che mi riguardano e di conoscere i recapiti del vostro Responsabile della protezione dei dati.
"""
P_TRAIN["combo.objection+opt_out"] = r"""
Non voglio più ricevere SMS promozionali e non voglio che la vostra IA legga i miei messaggi per «migliorare il servizio».
Revoco il consenso alla newsletter e mi oppongo all'attribuzione di punteggi al mio profilo in base alla mia attività.
"""
P_TRAIN["hard.writing"] = r"""
Ci serve un articolo di 1.200 parole sul diritto all'oblio e sulla deindicizzazione dai motori di ricerca, per il blog del nostro studio legale.
Nella bozza del comunicato stampa cancellate il paragrafo sulle vecchie sedi e correggete la qualifica del direttore commerciale, che è sbagliata.
Scrivete un'informativa privacy per il sito del nostro agriturismo, semplice e comprensibile, con la parte sui cookie.
"""
P_TRAIN["hard.translation"] = r"""
Traducete in {lang2} il modulo con cui i nostri clienti possono chiedere l'accesso ai loro dati personali.
Non sono d'accordo con la resa di «titolare del trattamento» nella traduzione in {lang2}: usate la terminologia ufficiale del Regolamento e correggete tutte le occorrenze.
Ci serve la versione in {lang2} del banner dei cookie e della pagina delle preferenze di consenso del nostro e-commerce, {deadline}.
"""
P_TRAIN["hard.design"] = r"""
Nella locandina togliete i volti delle persone che non hanno firmato la liberatoria e sistemate l'impaginazione.
Mi oppongo alla nuova palette proposta: tornate ai colori della prima bozza e cancellate la versione con il fondo nero.
Disegnate il banner dei cookie per il nostro sito, con i pulsanti «Accetta», «Rifiuta» e «Personalizza» ben visibili.
"""
P_TRAIN["hard.software"] = r"""
Nella nostra app manca la funzione «Scarica i miei dati»: implementatela con l'esportazione in JSON per gli utenti, come richiede il GDPR.
Ci serve uno script che cancelli in automatico dal database i clienti inattivi da più di cinque anni, come prevede la nostra policy di conservazione.
"""
P_TRAIN["hard.bookkeeping"] = r"""
Aggiornate l'indirizzo della sede legale nel modello di fattura: ci siamo trasferiti in {address}.
Il commercialista ci chiede di cancellare dal gestionale le anagrafiche dei fornitori duplicate: potete occuparvene voi?
Ci serve l'estratto conto clienti esportato in CSV, ma limitate l'accesso alla cartella condivisa a me e al revisore.
"""
P_TRAIN["hard.marketing"] = r"""
Preparate una campagna di riattivazione per i clienti che non aprono le nostre e-mail da un anno, con il link per disiscriversi ben in vista.
Potete rivedere l'informativa sul trattamento dei dati per il nostro concorso a premi su Instagram?
Togliete dal pubblico personalizzato di Meta gli indirizzi di chi ha revocato il consenso e aggiornate i segmenti della newsletter.
"""
P_TRAIN["hard.data_analysis"] = r"""
Anonimizzate il file con i dati dei dipendenti (nomi, codici fiscali, date di nascita) e poi calcolate il divario retributivo di genere.
Limitate l'accesso alla dashboard di Looker Studio ai soli responsabili di reparto: adesso la vede tutta l'azienda.
"""
P_TRAIN["hard.platform_support"] = r"""
Ho cambiato telefono e non ricevo più il codice dell'autenticazione a due fattori: come faccio a entrare?
Abbiamo aggiunto un collega all'account aziendale: come gli limito l'accesso in modo che veda solo le fatture e non i progetti?
Ho eliminato per errore una bozza dalla chat dell'ordine {order}: c'è un modo per recuperarla?
"""
P_TRAIN["task.writing"] = r"""
Cerco qualcuno che scriva i testi della brochure di un'agenzia di viaggi specializzata in trekking, quattro pagine.
Ci servono dieci articoli SEO di circa 800 parole sul giardinaggio, {deadline}.
"""
P_TRAIN["task.translation"] = r"""
Ci serve la traduzione giurata in {lang2} di un atto di compravendita di 12 pagine.
"""
P_TRAIN["task.design"] = r"""
Ci serve un restyling dell'insegna e delle vetrofanie della nostra gelateria.
"""
P_TRAIN["task.software"] = r"""
Potete velocizzare il nostro sito? Da smartphone ci mette quasi otto secondi a caricarsi.
"""
P_TRAIN["task.bookkeeping"] = r"""
Cerchiamo qualcuno che prepari il bilancio in forma abbreviata di una srl con due soci.
Potete riconciliare gli estratti conto di marzo e aprile con le registrazioni in contabilità?
"""
P_TRAIN["task.marketing"] = r"""
Vorremmo un piano di lancio sui social per l'apertura del nuovo negozio, {deadline}.
"""
P_TRAIN["task.data_analysis"] = r"""
Potete analizzare le vendite per punto vendita e dirci quali prodotti spingere in primavera?
"""
P_TRAIN["task.platform_support"] = r"""
Ho chiesto una revisione al professionista, ma ora non vedo più il pulsante per approvare la consegna.
Come faccio ad aggiungere un secondo metodo di pagamento all'account aziendale?
"""
