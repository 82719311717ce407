"""A light language guess from function words: enough to route a task to a
provider who reads the language and to report figures per language."""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

_STOPWORDS = {
    "en": "the and to of is you for my your please with this that have are can we would not".split(),
    "de": "der die das und ich nicht ist mit sie ein eine bitte meine für auf den zu wir ihr".split(),
    "fr": "le la les et je vous est pour des une un mes pas que avec sur mon dans merci".split(),
    "es": "el la los las y que de por para mis una un con es no mi su gracias del".split(),
    "it": "il la le e di che per non un una mi sono con gli dei miei del grazie".split(),
    "nl": "de het een en ik niet is van voor mijn met dat wij u graag op te zijn".split(),
    "pt": "o a os as e de que para meus uma um com não do da dos obrigado minha".split(),
}
# Words that open a noun phrase, never a name ("Meine Adresse", "Mon compte").
DETERMINERS = frozenset(
    "meine mein meinen meiner ihre ihr ihren unsere unser die der das den dem des ein eine einen "
    "mon ma mes votre vos notre nos le la les un une ce cette "
    "mi mis su sus nuestro nuestra el los las una "
    "il lo gli i mio mia miei mie suo sua nostro nostra "
    "mijn uw onze ons het een de deze dit "
    "o os as meu minha meus minhas seu sua nosso nossa um uma".split())

# Words that open or join sentences and are never names ('Daarnaast maak ik',
# 'Además, en mi perfil'): the token classifier takes them for one at the
# start of a sentence (plausibility.py). Words that are also names somewhere
# ('Leider', 'Daher', 'Ferner', 'Echter') are left out.
CONNECTIVES = frozenset(
    "however moreover furthermore additionally unfortunately therefore meanwhile otherwise nevertheless "
    "nonetheless hereby "
    "außerdem ausserdem zudem jedoch allerdings deshalb deswegen falls hiermit weiterhin "
    "übrigens uebrigens zusätzlich zusaetzlich trotzdem dennoch anbei sofern soweit zunächst zunaechst "
    "cependant toutefois également egalement ensuite enfin donc néanmoins neanmoins pourtant malheureusement "
    "además ademas también tambien asimismo lamentablemente finalmente entonces igualmente adjunto "
    "inoltre tuttavia comunque quindi purtroppo infine altrimenti pertanto dunque allego "
    "daarnaast hierbij bovendien verder echter daarom helaas tevens alvast bijgevoegd "
    "ademais porém porem contudo também portanto entretanto infelizmente então entao anexo".split())

# Words that open a legal citation ('Art. 17', 'artikel 7 lid 3', 'art. 18,
# par. 1, lett. c'), never a street name: plausibility.py. Not 'apartado'
# (also a post-office box) nor 'par'/'para' without a period (French 'by',
# Spanish and Portuguese 'for'): plausibility.py takes those two only as 'par.'.
CITATION_WORDS = frozenset(
    "art arts artt article articles section sections sec paragraph paragraphs subsection recital "
    "artikel artikels absatz abs abschnitt ziffer ziff satz erwägungsgrund "
    "alinéa alinea paragraphe considérant "
    "artículo articulo artículos articulos párrafo parrafo párrafos parrafos sección seccion "
    "considerando considerandos "
    "articolo articoli comma commi paragrafo lettera lett "
    "lid leden paragraaf overweging "
    "artigo artigos alínea secção seccao".split())

# Words that name a law ('Ley Orgánica 3/2018', 'Regolamento (UE) 2016/679'), never part of a
# street: a model's address that holds one is a legal citation (plausibility.py).
LAW_WORDS = frozenset(
    "gdpr rgpd dsgvo avg lopdgdd bdsg regulation directive "
    "verordnung gesetz richtlinie datenschutz-grundverordnung "
    "règlement reglement loi "
    "reglamento ley directiva "
    "regolamento legge decreto direttiva "
    "verordening wet richtlijn "
    "regulamento lei diretiva".split())

# Endings of abstract nouns ('Schließung', 'limitazione', 'Protection', 'supresión'): no given
# name or surname has one unless Faker's lists hold it ('Hartung', 'Conceição'), so a model's
# name guess made of such words is a noun (plausibility.py). Endings that real surnames outside
# Faker's lists share are left out: -enza, -anza ('Speranza', 'Valenza'), -mento ('Sarmento'),
# -ança ('Bragança'), -ment ('Froment'), -ance and -ence ('Durance').
ABSTRACT_NOUN_ENDINGS = (
    "ung", "heit", "keit", "schaft", "ität", "tion", "sion", "ité",
    "ción", "sión", "miento", "idad", "zione", "sione", "ità",
    "heid", "iteit", "atie", "ção", "são", "idade", "ência")

# Acronyms of the trade and of data-protection law, in the languages we serve
# ('la vostra IA', 'AI-training', 'KI-Training', 'RGPD'): the token classifier takes
# a capitalised short word for a name. A closed list: no one is called 'IA'.
ACRONYMS = frozenset("""
ai ia ki it ict hr pr sea crm erp cms gdpr rgpd dsgvo avg lgpd ccpa uk-gdpr dpo dpa dpia aipd
ceo cto cfo coo cmo pdf csv xls xlsx api sdk ux ui faq vat iva tva btw ust mwst sms url www app ios
kyc aml sla nda b2b b2c kpi ocr llm gpt ml nlp""".split())

# Who speaks in a chat transcript ('[19:03] Bezoeker: hoi', 'Agente (Sofía):'), in seven
# languages: never who they are. Some are surnames too ('Herr Kunde'), so names.py takes them
# as labels only before ':' or '('; LETTER_WORDS below holds them less Faker's names.
CHAT_LABELS = frozenset("""
visitor user agent operator kunde kundin besucher besucherin mitarbeiter mitarbeiterin anbieter anbieterin
visiteur visiteuse client cliente conseiller conseillère usuario usuaria visitante agente proveedor proveedora
visitatore visitatrice utente operatore operatrice fornitore klant bezoeker medewerker medewerkster gebruiker
utilizador utilizadora suporte prestador prestadora atendente""".split())

# Words that greet, thank, close a letter or label a form or a forwarded
# header (and the speakers of a chat, CHAT_LABELS), in seven languages, and the names of the privacy office's business:
# the token classifier (trained mostly on English) takes them for names in
# other languages ('Danke', 'Groetjes', 'Correo', 'Oorspronkelijk', 'Datenschutz'),
# and masked they hide what a message asks (plausibility.py). A closed list,
# like CONNECTIVES: an open test (any everyday word of the language that no
# Faker name list holds) also dropped surnames such as Krüger, Fontana or
# Keizer, which Faker's lists lack. Words that are names somewhere ('Cortese',
# 'Caro', 'Gentile') are left out; plausibility.py also subtracts Faker's.
LETTER_WORDS = frozenset("""
danke dankeschön grüße grüsse gruß gruss grüßen hochachtungsvoll freundliche freundlichen herzliche herzlichen
viele besten schöne schönen nachricht betreff antwort weitergeleitete ursprüngliche gesendet kontaktformular
anliegen anfrage kundennummer moin servus hallo guten sehr geehrte geehrter geehrten datenschutz
datenschutzbeauftragte datenschutzbeauftragter datenschutzanfrage datenschutzerklärung datenschutzteam vollmacht
auskunft löschung widerspruch einwilligung kundenkonto kundenservice
merci cordialement salutations bonjour bonsoir salut madame monsieur mesdames messieurs objet demande délégué
déléguée formulaire envoyé expéditeur réponse sincères distinguées veuillez rgpd confidentialité
gracias saludos atentamente cordiales buenas buenos hola estimado estimada estimados correo mensaje asunto enviado
formulario consulta solicitud delegado protección datos privacidad muy
grazie saluti cordiali distinti buongiorno buonasera salve spettabile spett egregio egregi richiesta domanda
oggetto messaggio inviato modulo responsabile protezione dati trascrizione
groetjes groeten groet bedankt dank vriendelijke hartelijke geachte hoi dag goedemorgen goedemiddag goedenavond
oorspronkelijk oorspronkelijke verzonden onderwerp bericht contactformulier verzoek opdracht fijne
obrigado obrigada cumprimentos atenciosamente abraço abraços olá bom boa prezado prezada exmo exma exmos
mensagem assunto formulário pedido dúvida encarregado proteção dados privacidade muito
tag morgen abend liefs hej perfetto perfecto perfeito parfait grüezi grüessech salü""".casefold().split()) | CHAT_LABELS

# The verbs a request letter opens a sentence with, as it writes them: asking,
# attaching, exercising, withdrawing, and the rights themselves as commands to
# us ('Eliminen', 'Corrigez', 'Widerrufe', 'Beperk'). The token classifier,
# trained mostly on English, takes a paragraph's first word for a name in
# Spanish, Italian, Portuguese, French, German and Dutch (24 of 125 such verbs
# in a test letter, 2026-11-29), and masked, the word a request turns on is
# gone. Since 2026-11-29 (second session) also the forms a customer uses to one
# person, to friends or on a button ('Löscht bitte mein Konto', 'Elimina
# account e dati', 'Quita mi número'), and French infinitives of a subject
# line ('Supprimer mon compte'). A closed list, like CONNECTIVES:
# plausibility.py subtracts Faker's names.
REQUEST_VERBS = frozenset("""
solicito solicitamos pido pedimos exijo exigimos ruego rogamos quiero queremos deseo deseamos necesito adjunto
acompaño envío remito ejerzo ejercito ejercemos revoco retiro reclamo requiero agradecería agradezco dirijan
diríjanse borren borrad eliminen eliminad supriman cancelen rectifiquen corrijan corregid limiten restrinjan
bloqueen dejen paren detengan cesen envíen enviad remitan faciliten proporcionen indiquen indicad confirmen
informen comuniquen díganme infórmenme facilítenme envíenme
chiedo chiediamo richiedo richiediamo vorrei vorremmo desidero esigo pretendo allego invio trasmetto esercito
revoco ritiro diffido sollecito segnalo domando cerco cancellate eliminate rettificate correggete limitate
bloccate sospendete interrompete cessate indicate confermate fornitemi inviatemi trasmettetemi comunicatemi
solicito peço pedimos requeiro exijo quero queremos desejo gostaria gostaríamos anexo envio junto exerço revogo
reclamo venho agradeço agradecia apaguem eliminem excluam corrijam retifiquem limitem bloqueiem parem cessem
indiquem confirmem informem forneçam enviem remetam
demande demandons exige exigeons souhaite souhaitons voudrais voudrions veuillez supprimez effacez corrigez
rectifiez limitez bloquez cessez arrêtez indiquez confirmez transmettez envoyez communiquez joins exerce
révoque sollicite réclame prie
verlange verlangen fordere fordern beantrage beantragen bitte bitten wünsche möchte möchten löschen berichtigen
korrigieren sperren widerrufe widerrufen widerspreche übersende übersenden schicke erbitte ersuche
verzoek verzoeken vraag verwijder verwijdert wis corrigeer beperk stuur herroep trek
borra elimina cancela suprime quita corrige rectifica actualiza cambia envía envíame manda mándame dame dime
bloquea limita
cancella cancellami rimuovi rimuovete togli toglimi togliete correggi rettifica aggiorna aggiornate cambia
manda mandami mandate invia inviami inviate blocca bloccate ferma fermate smetti smettete dimmi dammi
apaga apague elimine exclua exclui remove remova removam corrija mande envia envie bloqueia bloqueie pare
atualiza atualize atualizem tira tirem
supprime supprimer efface effacer corrige rectifie retire retirez envoie arrête arrêter bloque limite transmets
lösch lösche löscht berichtige berichtigt korrigiere korrigiert sperre sperrt schick schicke schickt entferne
entfernt entfernen gib gebt streiche streicht stoppe stoppt unterlasst
verwijderen wist stop stopt stuurt haal haalt schrap schrapt""".split())

# Surname particles: part of a name ('van Dijk'), never one alone ('Van: ...' in a forwarded header).
NAME_PARTICLES = frozenset("van von de der den da di del della dos das du des le la ter ten".split())

_STOPWORD_SETS = {lang: frozenset(words) for lang, words in _STOPWORDS.items()}
_WORDS = re.compile(r"[a-zà-öø-ÿ']+")


def guess_language(text: str) -> str:
    words = _WORDS.findall(text.lower())
    if not words:
        return "und"
    scores = {lang: sum(1 for w in words if w in stops) for lang, stops in _STOPWORD_SETS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] > 0 else "und"


@lru_cache(maxsize=None)
def function_words(language: str) -> frozenset[str]:
    """spaCy's stop words of a language (pronouns, articles, prepositions,
    auxiliaries, adverbs: 300-600 words each), empty for one it lacks. The
    list's module is loaded from its file alone: importing it through its
    package would load the language's tokenizer data too (3 s for French)."""
    spacy_dir = importlib.util.find_spec("spacy").submodule_search_locations[0]
    path = Path(spacy_dir) / "lang" / language / "stop_words.py"
    if not language.isalpha() or not path.is_file():
        return frozenset()
    spec = importlib.util.spec_from_file_location(f"_stop_words_{language}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(w.casefold() for w in module.STOP_WORDS)


# Calendar words of our languages, which Faker's lists hold as names ('Freitag', 'Mai', 'Juni').
CALENDAR_WORDS = frozenset("""
montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september
oktober november dezember lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril juin juillet
août septembre octobre novembre décembre lunes martes miércoles jueves viernes sábado domingo enero febrero marzo
abril mayo junio julio agosto septiembre octubre noviembre diciembre lunedì martedì mercoledì giovedì venerdì sabato
domenica gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre maandag dinsdag woensdag donderdag
vrijdag zaterdag zondag januari februari maart mei augustus oktober segunda terça quarta quinta sexta janeiro
fevereiro março maio junho julho setembro outubro novembro dezembro""".split())
