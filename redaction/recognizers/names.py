"""Names where a reader knows one must stand, whatever the language: after a
greeting or a title, on the line under a sign-off, before an <e-mail address>
in quoted headers, after "my name is" or "on behalf of". The statistical NER
misses most of these in short or non-English text."""
import regex

from ..language import CHAT_LABELS
from .base import GroupPatternRecognizer

_WORD = r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+(?:['’-][A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿß]+)?|[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-ZÀ-ÖØ-Þ]{2,})?)"
_PARTICLE = r"(?:van|von|de|der|den|da|di|del|della|dos|das|du|la|le|ter|ten|zu|y|e|O['’]|Mc|d['’])"
_NEVER_A_NAME = (r"(?!(?:Team|Sir|Sirs|Madam|Madame|Monsieur|Support|All|Everyone|Everybody|There|Taskbridge|Customer|Customers"
                 r"|Colleagues?|Kollegen|Kolleginnen|Damen|Herren|Señores|Signori|Heren|Dames|Senhores|Privacy|Data|Legal"
                 r"|Hello|Thanks|Thank|Regards|Best|Kind|Sincerely|Cheers|The|This|Please|Sent|On|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
                 r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Morning|Afternoon|Evening|Again|Dpo|Hr)\b)")
# A chat's speaker label ('Bezoeker:', 'Agente (Sofía):', 'Taskbridge (Agent):') opens no name; elsewhere the same word may be a surname.
_CHAT_LABEL = rf"(?!(?:{'|'.join(sorted(w.capitalize() for w in CHAT_LABELS))})[ \t]*[:()])"
_NOT_A_NAME = _NEVER_A_NAME + _CHAT_LABEL
# Words that open or close a letter: never propagated as a name of their own.
NOT_NAME_WORDS = frozenset(w.casefold() for w in regex.findall(r"[^\W\d_]{3,}", _NEVER_A_NAME) + [
    "guten", "morgen", "tag", "abend", "hallo", "liebe", "lieber", "dear", "good", "hello", "bonjour", "bonsoir",
    "hola", "buenas", "ciao", "buongiorno", "gentile", "beste", "geachte", "olá", "sent", "from", "iphone"])

NAME = rf"{_NOT_A_NAME}{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]*){{0,2}}{_WORD}){{0,3}}"

# The office a letter greets ('Gentile Responsabile della protezione dei dati', 'Cher Service client'):
# after a greeting it is no name, and a name may follow it ('Gentile Direttore Rossi').
_OFFICE = (r"(?:Responsabile|Responsable|Responsables|Verantwortliche[rn]?|Datenschutzbeauftragte[rn]?|Delegat[oa]"
           r"|Delegad[oa]|Délégué|Déléguée|Encargad[oa]|Direttore|Direttrice|Direzione|Dirección|Direction|Ufficio"
           r"|Servizio|Servicio|Service|Équipe|Equipo|Equipa|Staff|Helpdesk|Klantenservice|Kundenservice"
           r"|Kundendienst|Atendimento|Titolare|Manager)")
_AFTER_GREETING = rf"(?:{_OFFICE}[ \t]+)?(?!{_OFFICE}\b)"

_TITLE = (r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Monsieur|Madame|Mme|Mlle|Sr|Sra|Srta|Señor|Señora|Sig|Sig\.ra|Signor|Signora"
          r"|Dott|Dott\.ssa|Avv|Ing|Dhr|Mevr|Mevrouw|Meneer|Senhor|Senhora|Exmo|Exma)")
_GREETING = (r"(?:Hi|Hello|Hey|Dear|Good\s+(?:morning|afternoon|evening)|Hallo|Liebe|Lieber|Guten\s+(?:Tag|Morgen|Abend)|Moin|Servus|Sehr\s+geehrte[rs]?"
             r"|Buenas\s+(?:tardes|noches)|Buonasera|Goedemorgen|Goedemiddag|Goedenavond|Boa\s+(?:tarde|noite)"
             r"|Bonjour|Bonsoir|Salut|Cher|Chère|Hola|Buenos\s+días|Estimad[oa]s?|Querid[oa]|Ciao|Buongiorno|Salve|Gentile"
             r"|Gentilissim[oa]|Egregi[oa]|Car[oa]|Beste|Geachte|Hoi|Olá|Oi|Bom\s+dia|Prezad[oa])")
ROLE = (r"(?:Designer|Developer|Engineer|Manager|Consultant|Writer|Copywriter|Editor|Director|Officer|Founder|Owner"
         r"|CEO|CTO|CFO|COO|Lead|Head|Analyst|Accountant|Bookkeeper|Assistant|Coordinator|Specialist|Translator"
         r"|Photographer|Partner|Solicitor|Lawyer|Attorney|Paralegal|Freelance\w*|Geschäftsführer(?:in)?|Inhaber(?:in)?"
         r"|Leiter(?:in)?|Gérante?|Directeur|Directrice|Responsable|Avocate?|Directora?|Gerente|Abogad[oa]|Responsabile"
         r"|Titolare|Avvocato|Eigenaar|Directeur|Advocaat|Sóci[oa]|Diretora?|Advogad[oa]|Fundador[a]?|Fondat(?:eur|rice))")
_SIGN_OFF = (r"(?:Best(?:\s+regards|\s+wishes)?|Kind\s+regards|Warm\s+regards|Regards|Many\s+thanks|Thanks(?:\s+again)?|Thank\s+you"
             r"|Cheers|Sincerely|Yours(?:\s+(?:sincerely|faithfully|truly))?|Mit\s+freundlichen\s+Grüßen|Freundliche\s+Grüße"
             r"|Viele\s+Grüße|Beste\s+Grüße|Liebe\s+Grüße|Herzliche\s+Grüße|Gruß|MfG|Cordialement|Bien\s+cordialement|Bien\s+à\s+vous"
             r"|Salutations|Merci|Saludos(?:\s+cordiales)?|Un\s+saludo|Atentamente|Gracias|Cordiali\s+saluti|Distinti\s+saluti"
             r"|Saluti|Un\s+saluto|Grazie|Met\s+vriendelijke\s+groet(?:en)?|Vriendelijke\s+groet(?:en)?|Groeten|Hartelijke\s+groet"
             r"|Atenciosamente|Cumprimentos|Melhores\s+cumprimentos|Obrigad[oa]|Abraços?)")
_SELF_INTRO = (r"(?i:provider|colleague|contact\s+person|assistant|designer|developer|translator|accountant|bookkeeper"
               r"|Buchhalter(?:in)?|Kolleg(?:e|in)|Ansprechpartner(?:in)?|collègue|comptable|compañer[oa]|contable|collega"
               r"|commercialista|collega|boekhouder|collega|contabilista|colega|my\s+name\s+is|i\s+am|i'm|this\s+is|on\s+behalf\s+of|acting\s+for|ich\s+heiße|mein\s+name\s+ist|ich\s+bin"
               r"|im\s+(?:auftrag|namen)\s+von|je\s+m['’]appelle|je\s+suis|au\s+nom\s+de|me\s+llamo|mi\s+nombre\s+es|soy"
               r"|en\s+nombre\s+de|mi\s+chiamo|sono|per\s+conto\s+di|a\s+nome\s+di|mijn\s+naam\s+is|ik\s+ben|namens"
               r"|meu\s+nome\s+é|chamo-me|sou|em\s+nome\s+de|client|cliente|klant|kunde|kundin|customer|candidate|freelancer)")

_PATTERNS = [
    rf"(?m:^[ \t>]*){_GREETING}[ \t,]+(?:{_TITLE}\.?[ \t]+)?{_AFTER_GREETING}(?P<pii>{NAME})",
    rf"(?m:^[ \t>]*)(?i:{_SIGN_OFF})[ \t]*[,.!]?[ \t]*\r?\n(?:[ \t>]*\r?\n)?[ \t>]*(?P<pii>{NAME})[ \t]*,?[ \t]*$",
    rf"\b{_TITLE}\.?[ \t]+(?P<pii>{NAME})",
    rf"(?P<pii>{NAME})[ \t]*\"?[ \t]*(?:<|\[mailto:|\()[\w.+-]+@",
    rf"(?m:^[ \t>]*)(?:From|Von|De|Da|Van|Para|To|An|À|A|Cc|Aan|Sender|Absender|Expéditeur|Remitente|Mittente|Afzender|Remetente)[ \t]*:[ \t]*\"?(?P<pii>{NAME})\"?[ \t]*(?:<|\[|$)",
    rf"\b{_SELF_INTRO}[ \t]*[(:]?[ \t]*(?P<pii>{NAME})",
    # Chat transcripts: "[08:51] Felix Wagner: ..." and "Taskbridge (Jana): ..."
    rf"(?m:^[ \t]*\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\][ \t]*)(?P<pii>{NAME})[ \t]*:",
    rf"\((?P<pii>{NAME})\)[ \t]*:",
    # Greetings inside a line: "... ok. Hi Tom," / "]: Guten Morgen Felix!"
    rf"(?:[.!?:][ \t]+){_GREETING}[ \t,]+(?:{_TITLE}\.?[ \t]+)?{_AFTER_GREETING}(?P<pii>{NAME})[ \t]*[,!]",
    rf"(?m:^--[ \t]*\r?\n[ \t]*(?P<pii>{NAME}))",
    # A name line over a role line: signatures and CV headers.
    rf"(?m:^[ \t>]*)(?P<pii>{NAME})[ \t]*,?[ \t]*\r?\n[ \t>]*(?:[A-Za-z][\w-]*[ \t]+){{0,3}}{ROLE}\b",
    # Family and apposition: "my grandson Callurn", "Catherine Roussel, son épouse"
    rf"(?i:\b(?:my|mein[e]?|ma|mon|mi|mio|mia|mijn|meu|minha)\s+(?:grandson|granddaughter|son|daughter|wife|husband|partner|mother|father|mum|mom|dad|brother|sister|friend|neighbou?r|Sohn|Tochter|Frau|Mann|Enkel(?:in)?|Mutter|Vater|Bruder|Schwester|fils|fille|femme|mari|petit-fils|petite-fille|mère|père|frère|sœur|hij[oa]|espos[oa]|marido|madre|padre|herman[oa]|nieto|nieta|figli[oa]|moglie|marito|nipote|fratello|sorella|zoon|dochter|vrouw|man|kleinzoon|kleindochter|moeder|vader|broer|zus|filh[oa]|mulher|mãe|pai|irmã|irmão|net[oa]))\s+(?P<pii>{NAME})",
    rf"(?P<pii>{NAME}),?[ \t]+(?i:son|sa|his|her|seine|ihre|su|suo|sua|zijn|haar|seu)[ \t]+(?i:épouse|époux|mari|femme|fille|fils|wife|husband|daughter|son|Frau|Mann|Tochter|Sohn|esposa|esposo|marido|hija|hijo|moglie|marito|figlia|figlio|vrouw|dochter|zoon|mulher|filha|filho)\b",
    # "made out to a Martin Cole": an indefinite article before a capitalised full name.
    r"(?<=[a-z,][ \t])(?:a|an|one)[ \t]+(?P<pii>[A-Z][a-z]+[ \t]+[A-Z][a-z]+)\b(?![ \t]+[A-Z])",
    # Key-value logs and exports: holder="J. Richter", display_name old="Katarzyna N."
    r"\b(?:\w*name|holder|owner|customer|recipient|sender|contact|old|new)[ \t]*=[ \t]*\"(?P<pii>[A-ZÀ-Þ][\w'’-]*\.?(?:[ \t]+[A-ZÀ-Þ][\w'’-]*\.?){0,3})\"",
    # A form's name field: "Vorname: Emre", "Apellidos: García Ruiz", "Full name: Ana Lima"
    rf"(?m:^[ \t>]*)(?i:(?:first|last|full|given|family|sur)[ \t]?name|name|vorname|nachname|familienname|prénom|nom"
    rf"|nom[ \t]de[ \t]famille|nombre|apellidos?|nome|cognome|voornaam|achternaam|naam|sobrenome|apelido)[ \t]*:[ \t]*"
    rf"(?P<pii>{NAME})[ \t\r]*$",
    # Lists of people: "Attendees: Marloes de Groot (owner), ..."
    rf"(?i:attendees|participants|present|aanwezig|deelnemers|teilnehmer(?:innen)?|anwesend|présents|asistentes|presentes|partecipanti)[ \t]*:[ \t]*(?P<pii>{NAME})",
]


def contextual_names() -> GroupPatternRecognizer:
    # Above the NER model's 0.85, so that Presidio keeps ours when both find a name
    # (the non-English filter drops single-word guesses of the model alone).
    return GroupPatternRecognizer("PERSON", _PATTERNS, score=0.9, name="ContextualNameRecognizer")
