"""Post-processors for what the statistical models guess (spaCy's NER, the
token classifier): a guess that cannot be what it claims is cut down or
dropped. Rules' detections pass untouched."""
from __future__ import annotations

import re
from functools import lru_cache

from .entities import Entity
from .language import (ABSTRACT_NOUN_ENDINGS, ACRONYMS, CHAT_LABELS, CITATION_WORDS, CONNECTIVES, DETERMINERS, LAW_WORDS,
                       LETTER_WORDS, NAME_PARTICLES, REQUEST_VERBS, function_words, guess_language)
from .recognizers.name_lists import name_words
from .recognizers.names import NOT_NAME_WORDS, ROLE

MODELS = ("SpacyRecognizer", "TokenClassifier")
_WORD = re.compile(r"[^\W\d_]+")
_COMPOUND = re.compile(r"([^\W\d_]+)(?:[-\u2010][^\W\d_]+)*")


def check_model_guesses(text: str, entities: list[Entity], language: str | None = None) -> list[Entity]:
    """`language`: the text's guess_language(), where the caller has it already."""
    entities = _without_role_lines(text, _address_cut_at_blank_line(text, _without_chat_labels(text, entities)))
    entities = _carve_out_identifiers(text, _split_at_blank_lines(text, entities))
    # First the citations, so that the address check below does not keep a lone word
    # ('limitazione') for standing beside a citation's number ('(UE) 2016/679').
    entities = [e for e in entities if not _legal_citation_taken_for_an_address(text, e)
                and not _law_taken_for_an_address(text, e)]
    cased = any(c.isupper() for c in text)
    entities = [e for e in entities if not _name_with_digits(text, e) and not _implausible_address(text, e, entities)
                and not _implausible_lowercase_name(text, e) and not (cased and _lowercase_proper_noun(text, e))
                and not _connective_taken_for_a_name(text, e) and not _letter_words_taken_for_a_name(text, e)
                and not _abstract_noun_taken_for_a_name(text, e) and not _acronym_taken_for_a_name(text, e)]
    language = language or guess_language(text)
    if language != "und":
        entities = [e for e in entities if not _function_words_taken_for_a_name(text, e, language, cased)]
    if language not in ("en", "und"):
        entities = [e for e in entities if not _english_ner_guess_on_foreign_noun(text, e)]
    return entities


# What a checksum or an exact pattern identifies is that identifier, not part
# of a name or an address around it.
_IDENTIFIERS = frozenset({"NATIONAL_ID", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "ACCOUNT_ID",
                          "AGE", "DATE_OF_BIRTH", "IP_ADDRESS", "USERNAME", "BIC", "PERSONAL_URL", "US_SSN"})


def _carve_out_identifiers(text: str, entities: list[Entity]) -> list[Entity]:
    """A model span that runs over an identifier a rule found ('tengo 71 años'
    taken for an address) keeps only its pieces outside the identifier; the
    plausibility checks that follow then judge what is left."""
    ids = [e for e in entities if e.recognizer not in MODELS and e.type in _IDENTIFIERS]
    if not ids:
        return entities
    out = []
    for e in entities:
        if e.recognizer not in MODELS or not any(i.start < e.end and e.start < i.end for i in ids):
            out.append(e)
            continue
        cursor = e.start
        for i in sorted(ids, key=lambda i: i.start):
            if i.end <= cursor or i.start >= e.end:
                continue
            out += _piece(text, e, cursor, i.start)
            cursor = max(cursor, i.end)
        out += _piece(text, e, cursor, e.end)
    return out


_BLANK_LINE = re.compile(r"\n(?:[ \t>]*\r?\n)+")  # a run of blank lines is one break


def _split_at_blank_lines(text: str, entities: list[Entity]) -> list[Entity]:
    """A blank line ends a name or a company: a model's name that runs over
    one ('Lena Fischer' + blank line + 'Thanks') is two guesses. (Addresses
    are left whole: letters put blank lines inside them, and a model address
    that takes in the name above it is masked all the same.)"""
    out = []
    for e in entities:
        split = e.recognizer in MODELS and e.type != "STREET_ADDRESS"
        breaks = list(_BLANK_LINE.finditer(text, e.start, e.end)) if split else []
        if not breaks:
            out.append(e)
            continue
        cursor = e.start
        for b in breaks:
            out += _piece(text, e, cursor, b.start())
            cursor = b.end()
        out += _piece(text, e, cursor, e.end)
    return out


_FORM_LABEL = re.compile(r"[ \t>]*[^\W\d_]+:")  # 'Azienda:' on the line under 'Nome e cognome: Serena Bianchi'
_ROLE_LINE = re.compile(rf"[ \t>]*{ROLE}\b(?:[ \t]+[a-zß-ÿ][\w-]*)*[ \t]*")


def _without_role_lines(text: str, entities: list[Entity]) -> list[Entity]:
    """A signature's role line is not part of the name above it: the token
    classifier reads 'Rubén Roselló\\nAbogado' as one name, and the role,
    masked with it, hides that a lawyer writes for a client. A model's full
    name (two words or more) that runs over a line break into nothing but a
    role (names.ROLE) and lower-case words ends at the break. ('Gerente
    López' on the next line, or 'Anna\\nLeiter', where the role word may be
    a surname, stay whole.) So does one that runs into the label of a
    form's next line ('Serena Bianchi\\nAzienda' before ':')."""
    out = []
    for e in entities:
        if e.recognizer in MODELS and e.type == "PERSON" and "\n" in text[e.start:e.end]:
            cut = text.index("\n", e.start, e.end)
            if len(text[e.start:cut].split()) >= 2 and (_ROLE_LINE.fullmatch(text, cut + 1, e.end)
                                                        or _FORM_LABEL.fullmatch(text, cut + 1, e.end + 1)):
                out += _piece(text, e, e.start, cut)
                continue
        out.append(e)
    return out


def _address_cut_at_blank_line(text: str, entities: list[Entity]) -> list[Entity]:
    """A model's address that runs over a blank line and stops inside the
    first word of the next paragraph ('...60123 Gobbera\\n\\nSpett' of
    'Spett.le Taskbridge') took in a word that is not its own: no address
    line ends inside a word. When what follows the blank line is one word
    without a digit and the model stopped inside it, the address ends at the
    blank line. (Anything else stays whole: a letter may split an address
    by a blank line, and a street may have no number: 'Calle del Sol, Sevilla'.)"""
    out = []
    for e in entities:
        breaks = list(_BLANK_LINE.finditer(text, e.start, e.end)) if (
            e.recognizer in MODELS and e.type == "STREET_ADDRESS") else []
        tail = text[breaks[-1].end():e.end].strip(" \t") if breaks else ""
        if tail and " " not in tail and not any(c.isdigit() for c in tail) and _inside_a_word(text, e.end):
            out += _piece(text, e, e.start, breaks[-1].start())
        else:
            out.append(e)
    return out


def _inside_a_word(text: str, at: int) -> bool:
    """Whether `at` falls inside a word: a letter goes on there, or an
    abbreviation's point or an apostrophe with a letter after it ('Spett|.le')."""
    if at >= len(text) or at == 0 or not text[at - 1].isalpha():
        return False
    nxt = text[at]
    return nxt.isalpha() or (nxt in ".'’" and at + 1 < len(text) and text[at + 1].isalpha())


_LABEL_BEFORE_NAME = re.compile(r"([^\W\d_]+)[ \t]*\([ \t]*")


def _without_chat_labels(text: str, entities: list[Entity]) -> list[Entity]:
    """A chat's speaker label is not part of the name after it: the token
    classifier reads 'Agente (Carla' as one name, and the label, masked with
    it, hides who speaks. A model's name that opens with a label
    (language.CHAT_LABELS) and a bracket keeps only what follows."""
    out = []
    for e in entities:
        m = _LABEL_BEFORE_NAME.match(text, e.start, e.end) if e.recognizer in MODELS and e.type == "PERSON" else None
        if m and m.group(1).casefold() in CHAT_LABELS and m.end() < e.end:
            out += _piece(text, e, m.end(), e.end)
        else:
            out.append(e)
    return out


def _piece(text: str, e: Entity, start: int, end: int) -> list[Entity]:
    value = text[start:end]
    stripped = value.strip(" \t\r\n,.;:()-")
    if not stripped:
        return []
    start += value.index(stripped)
    return [Entity(e.type, start, start + len(stripped), e.score, e.recognizer)]


def _name_with_digits(text: str, e: Entity) -> bool:
    """A statistical model's 'name' that holds a digit is a misreading (spaCy
    takes whole Spanish sentences for a PERSON): names hold no digits."""
    return e.type == "PERSON" and e.recognizer in MODELS and any(c.isdigit() for c in text[e.start:e.end])


def _implausible_lowercase_name(text: str, e: Entity) -> bool:
    """A model's name guess written without a capital letter must be made of
    what such names are made of: a person's of known given names or
    surnames ('codey m ross'), a company's of those or a legal form ('owens,
    duran and oneal', 'acme inc.') or a digit. Without this the token
    classifier takes everyday words for names ('lunacy', 'bot', 'inbound and
    outbound'). A guess with no letter or digit at all ('>') is noise. (In a
    text that uses capitals, _lowercase_proper_noun drops every lower-case
    company guess first: the company exceptions here serve all-lower-case text.)"""
    if e.recognizer not in MODELS or e.type not in ("PERSON", "ORGANIZATION"):
        return False
    value = text[e.start:e.end]
    if not any(c.isalnum() for c in value):
        return True
    if any(c.isupper() for c in value) or (e.type == "ORGANIZATION" and any(c.isdigit() for c in value)):
        return False
    words = _WORD.findall(value.casefold())
    if e.type == "ORGANIZATION" and any(w in _LEGAL_FORMS for w in words):
        return False
    # A particle is no name of its own ('del derecho'): it counts only beside a name word.
    return not any(len(w) >= 3 and w in name_words() and w not in DETERMINERS and w not in NAME_PARTICLES
                   for w in words)


_PROPER_NOUN_TYPES = ("ORGANIZATION", "LOCATION", "GPE", "TITLE")


def _lowercase_proper_noun(text: str, e: Entity) -> bool:
    """In a text that uses capital letters, a model's company, place or title
    guess written all in lower case is an everyday phrase ('inbound and
    outbound sales', 'the world', 'songwriter'), not a name. (In a text
    written all in lower case, the guess stands.)"""
    if e.recognizer not in MODELS or e.type not in _PROPER_NOUN_TYPES:
        return False
    value = text[e.start:e.end]
    return not any(c.isupper() or c.isdigit() for c in value)


# Legal forms as words, lower-cased (recognizers/organisations.py finds the capitalised names).
_LEGAL_FORMS = frozenset("inc incorporated corp corporation llc llp ltd limited plc gmbh ag kg ohg ug sa sl srl spa "
                         "sarl sas snc bv nv oy oyj ab asa aps kft zrt lda ltda pty".split())


def _implausible_address(text: str, e: Entity, entities: list[Entity]) -> bool:
    """A model's lone 'address' that holds no number ('years old', 'the
    beach') or is one word ('latin1' in a file name) is a misreading; a
    street address has a name and a number. Digits alone must be a
    postcode (4+ digits). A piece next to an address piece with a number
    (the city line under a street, not the paragraph after a blank line)
    belongs to that address and stays."""
    if e.type != "STREET_ADDRESS" or e.recognizer not in MODELS:
        return False
    value = text[e.start:e.end]
    digits = sum(c.isdigit() for c in value)
    if not any(c.isalpha() for c in value):
        return digits < 4
    if not digits and value.islower() and any(c.isupper() for c in text) and _leads_into_address(text, e, entities):
        return True  # 'lives at' before a street on its line: words leading into it, not part of it
    if digits and len(value.split()) > 1:
        return False
    return not any(o is not e and o.type == "STREET_ADDRESS" and o.start - 5 <= e.end and e.start <= o.end + 5
                   and any(c.isdigit() for c in text[o.start:o.end])
                   and text.count("\n", min(e.end, o.end), max(e.start, o.start)) < 2 for o in entities)


def _leads_into_address(text: str, e: Entity, entities: list[Entity]) -> bool:
    return any(o is not e and o.type == "STREET_ADDRESS" and e.end <= o.start <= e.end + 5
               and "\n" not in text[e.end:o.start] and any(c.isdigit() for c in text[o.start:o.end])
               for o in entities)


def _connective_taken_for_a_name(text: str, e: Entity) -> bool:
    """The token classifier takes a capitalised word that opens a sentence
    for a name ('Daarnaast maak ik bezwaar', 'Además, en mi perfil',
    'Hierbij verzoek ik u'): its training text has more names than adverbs
    in that place, and such a guess spread through the message as a name
    and hid the words the classifier reads. A model's name guess that opens
    with a connective (language.CONNECTIVES: a closed list of words that
    are never names) is dropped. (An open test, 'a sentence opener not in
    the name lists', also dropped unknown surnames after 'M.' or in a
    greeting: names matter more than precision.)"""
    if e.type != "PERSON" or e.recognizer not in MODELS:
        return False
    first = _WORD.search(text, e.start, e.end)
    return first is not None and first.group().casefold() in CONNECTIVES


def _letter_words_taken_for_a_name(text: str, e: Entity) -> bool:
    """In text other than English the token classifier (trained mostly on
    English) takes the words that greet, thank, close a letter or label a
    form for names ('Danke', 'Beste Grüße', 'Groetjes', 'Correo',
    'Oorspronkelijk', 'Datenschutz-Grundverordnung'). Masked, they spread
    through the message as a name and hide from the privacy team and the
    request classifier what the message asks. A model's name guess is
    dropped when it holds such a word (language.LETTER_WORDS, less any word
    of Faker's name lists) and nothing but such words, letter openers
    ('Beste', 'Liebe') and particles, or when it is particles alone ('van').
    A compound counts by its first part. Any other word keeps the guess:
    names matter more than precision ('Danke Heidrun' stays masked whole).
    The verbs a request opens a paragraph with (language.REQUEST_VERBS:
    'Eliminen', 'Widerrufe') count as such words, except where a name
    stands (alone on its line, after a greeting)."""
    if e.type != "PERSON" or e.recognizer not in MODELS:
        return False
    # A guess on a compound's last part ('Grundverordnung') is judged by its first.
    words = [m.group(1).casefold() for m in _COMPOUND.finditer(text, _compound_start(text, e.start), e.end)]
    if not words:
        return False
    if all(w in NAME_PARTICLES for w in words):
        return True
    letter, verbs = letter_words_no_name(), less_names(REQUEST_VERBS)
    if not (any(w in letter or w in verbs for w in words)
            and all(w in letter or w in verbs or w in NOT_NAME_WORDS or w in NAME_PARTICLES for w in words)):
        return False
    # A request verb may be a surname somewhere ('Borren'): where a name stands, it stays masked.
    return not (any(w in verbs and w not in letter for w in words) and _where_a_name_stands(text, e))


def _acronym_taken_for_a_name(text: str, e: Entity) -> bool:
    """The token classifier takes an acronym in capitals for a name ('la vostra
    IA?', 'jullie AI-training'), and masked it hides what a message asks
    about. A model's one-word name guess that is an acronym of the trade or
    of data-protection law (language.ACRONYMS, written in capitals), alone or
    opening a compound ('AI-training'), is dropped; not where a name stands
    (alone on its line, after a greeting), nor one of Faker's names ('Iva')."""
    if e.type != "PERSON" or e.recognizer not in MODELS:
        return False
    words = text[e.start:e.end].strip(" \t\r\n,.;:!?()").split()
    if len(words) != 1:
        return False
    first, _, rest = words[0].replace("\u2010", "-").partition("-")
    if not (first.isupper() and first.casefold() in less_names(ACRONYMS)):
        return False
    # 'AI-training', 'KI-Auswertung' are things; 'IVA-MARIA' and a name where names stand are people.
    if rest and (rest.isupper() or rest.casefold() in name_words()):
        return False
    return not _where_a_name_stands(text, e)


def _compound_start(text: str, start: int) -> int:
    """Where the hyphenated compound that `start` is inside of begins."""
    while start >= 2 and text[start - 1] in "-\u2010" and text[start - 2].isalpha():
        start -= 1
        while start >= 1 and text[start - 1].isalpha():
            start -= 1
    return start


def letter_words_no_name() -> frozenset[str]:
    """language.LETTER_WORDS less every given name and surname in Faker's lists."""
    return less_names(LETTER_WORDS)


@lru_cache(maxsize=None)
def less_names(words: frozenset[str]) -> frozenset[str]:
    """A closed word list of language.py less every given name and surname in
    Faker's lists: 'Iva' of ACRONYMS, 'Quero' of REQUEST_VERBS stay names."""
    return words - name_words()


def _legal_citation_taken_for_an_address(text: str, e: Entity) -> bool:
    """The token classifier takes a legal citation for an address: a word
    and a number, like a street ('artikel 7 lid 3', 'art. 18, par. 1,
    lett. c'). Formal letters cite articles in every language, and a masked
    citation hides from the privacy team (and the request classifier) which
    right is asked for. A model's address that opens with a citation word
    (language.CITATION_WORDS: article, paragraph, section in seven languages,
    'par.', 'para.', and the § sign) is dropped; no street name is one of those words."""
    if e.type != "STREET_ADDRESS" or e.recognizer not in MODELS:
        return False
    value = text[e.start:e.end].lstrip("( ")
    if value.startswith("§"):
        return True
    first = _WORD.match(value)
    if first is None:
        return False
    word = first.group().casefold()
    # 'par.' and 'para.' abbreviate a paragraph; without the period they are French 'by' and
    # Spanish and Portuguese 'for' ('para Rua Augusta 120').
    return word in CITATION_WORDS or (word in ("par", "para") and value[first.end():first.end() + 1] == ".")


# A law's number: '2016/679', '3/2018' (a number and a year, either way round).
_LAW_NUMBER = re.compile(r"\b(?:\d{1,4}/(?:19|20)\d\d|(?:19|20)\d\d/\d{1,4})\b")


def _law_taken_for_an_address(text: str, e: Entity) -> bool:
    """The token classifier takes the name of a law and its number for an
    address ('de la Ley Orgánica 3/2018', 'Regolamento', '(UE) 2016/679'):
    words and a number, like a street. A model's address that holds a law's
    name (language.LAW_WORDS, in seven languages) or a law's number (a number
    and a year joined by a slash) is dropped: masked, it hides which law a
    letter invokes, and no street is called 'Ley' or numbered '2016/679'."""
    if e.type != "STREET_ADDRESS" or e.recognizer not in MODELS:
        return False
    value = text[e.start:e.end]
    return bool(_LAW_NUMBER.search(value)) or any(m.group().casefold() in LAW_WORDS for m in _COMPOUND.finditer(value))


def _abstract_noun_taken_for_a_name(text: str, e: Entity) -> bool:
    """The token classifier takes capitalised abstract nouns and the names of
    laws for names ('Mit der Schließung meines Kontos', 'del Regolamento',
    'En vertu de la Loi 25', 'General Data Protection'), and a name guess
    spreads through the message, hiding what it asks. A model's name guess
    made of nothing but such words (an ending of
    language.ABSTRACT_NOUN_ENDINGS after at least three letters, or a word
    of language.LAW_WORDS; the word in no Faker name list) and particles is
    dropped. Real names with such an ending are in Faker's lists ('Hartung',
    'Conceição') and stay; endings real surnames share are not used."""
    if e.type != "PERSON" or e.recognizer not in MODELS:
        return False
    words = [w.casefold() for w in _WORD.findall(text, e.start, e.end)]
    nouns = [w for w in words if _abstract_noun(w)]
    return bool(nouns) and all(w in nouns or w in NAME_PARTICLES or w in DETERMINERS for w in words)


def _abstract_noun(word: str) -> bool:
    """An abstract noun by its ending, or the name of a law ('Regolamento', 'Loi'), and no name in Faker's lists."""
    return ((word in LAW_WORDS or any(word.endswith(end) and len(word) >= len(end) + 3 for end in ABSTRACT_NOUN_ENDINGS))
            and word not in name_words())


def _function_words_taken_for_a_name(text: str, e: Entity, language: str, cased: bool) -> bool:
    """The token classifier takes the small words of a language for names
    ('nella cartella', 'para nada', 'está mal', 'Ihnen', 'NICHT'). A model's
    name guess made only of the text's language's function words (spaCy's
    stop words) is dropped when none of its words is in Faker's name lists
    (a capitalised 'Will' or 'Anders' stays masked), or when it is written in
    lower case in a text that uses capitals, unless it stands where a name
    stands: after a greeting or thanks ('ciao sara', 'thanks ben'), alone on
    its line (a signature), or opening a chat line before a colon ('sara:'). Masked,
    such words spread through the message and hide what it asks."""
    if e.type != "PERSON" or e.recognizer not in MODELS:
        return False
    words = [w.casefold() for w in _WORD.findall(text, e.start, e.end)]
    stops = function_words(language)
    if not words or not all(w in stops for w in words):
        return False
    if not any(w in name_words() for w in words):
        return True
    return cased and text[e.start:e.end].islower() and not _where_a_name_stands(text, e)


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t,]*$")


def _where_a_name_stands(text: str, e: Entity) -> bool:
    line_start = text.rfind("\n", 0, e.start) + 1
    line_end = text.find("\n", e.end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:e.start], text[e.end:line_end]
    if not before.strip(" \t>") and not after.strip(" \t,.!"):
        return True  # alone on its line
    if _CHAT_LINE_START.match(before) and after.lstrip(" \t").startswith(":"):
        return True  # '[10:02] sara: ...'
    previous = _WORD_BEFORE.search(before)
    return previous is not None and previous.group(1).casefold() in _GREETINGS


_CHAT_LINE_START = re.compile(r"[ \t>]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?$")
# Words a name follows: greetings and thanks, in seven languages.
_GREETINGS = frozenset("""
hi hey hello dear thanks thank thx cheers hallo hoi hej moin servus liebe lieber danke bedankt dank beste geachte
ciao salve caro cara gentile buongiorno buonasera grazie hola buenas querido querida estimado estimada gracias
salut bonjour bonsoir cher chère merci olá oi prezado prezada obrigado obrigada""".split())


def _english_ner_guess_on_foreign_noun(text: str, e: Entity) -> bool:
    """The English NER model takes capitalised German (and other) nouns for
    names: 'Daten', 'Herren', 'Adresse'. In non-English text a single-word
    PERSON from the model alone, or one opening with a determiner ('Meine
    Adresse'), is dropped; names there are found by context (greetings,
    titles, signatures, headers) and the sender's own name."""
    if e.recognizer != "SpacyRecognizer" or e.type != "PERSON":
        return False
    words = text[e.start:e.end].split()
    return len(words) < 2 or words[0].casefold() in DETERMINERS
