"""Street addresses in the formats of the countries we serve. Presidio has no
address recognizer at all; addresses are the commonest identifier in letters.

Each pattern matches the street line; a postcode + city that follows on the
same line or the next one is taken into the same span."""
from .base import GroupPatternRecognizer

_W = r"[^\W\d_][\w'’.-]*"  # a word starting with a letter
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"  # a capitalised word
_NUM = r"\d{1,5}(?:\s?[a-zA-Z](?![\w]))?(?:\s?[-/]\s?\d{1,4}[a-zA-Z]?)?"

# Postcode + city, appended to a street when it follows (", " or a newline).
_CITY = r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:(?:[ -]|[ -](?:am|an|im|in|bei|sur|de|del|di|aan|den|upon|on)[ -])[A-ZÀ-ÖØ-Þ][\w'’]*){0,2}"
_POSTCODE_CITY = (
    r"(?:"
    rf"\d{{5}}\s+{_CITY}(?:\s*\([A-Z]{{2}}\))?"            # DE/FR/ES/IT: 10115 Berlin, 20121 Milano (MI)
    rf"|\d{{4}}\s?[A-Z]{{2}}\s+{_CITY}"                    # NL: 1017 AB Amsterdam
    rf"|\d{{4}}-\d{{3}}\s+{_CITY}"                         # PT: 1100-148 Lisboa
    rf"|\d{{2}}-\d{{3}}\s+{_CITY}"                         # PL: 31-147 Kraków
    rf"|{_CITY},?\s+[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?"     # US: Springfield, IL 62704
    rf"|(?:{_CITY}\s+)?[A-Z]{{1,2}}\d[A-Z\d]?\s?\d[A-Z]{{2}}"  # UK: Leeds LS1 4AB
    rf"|(?:{_CITY}(?:\s+\d{{1,2}})?,?\s+)?[A-Z]\d{{2}}\s?[A-Z0-9]{{4}}"  # IE Eircode: Cork T23 K6P1, Dublin 6, D06 H3K2
    rf"|\d{{3}}\s\d{{2}}\s+{_CITY}"                        # SE: 118 26 Stockholm
    rf"|\d{{4}}\s+{_CITY}"                                  # AT/BE/CH/DK/NO: 0262 Oslo
    r")"
)
_TAIL = rf"(?:(?:,[ \t]*|[ \t]*\n[ \t]*){_POSTCODE_CITY})?"

_EN_SUFFIX = (r"(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Place|Pl"
              r"|Way|Terrace|Close|Square|Sq|Crescent|Parkway|Pkwy|Highway|Hwy|Row|Gardens|Mews|Hill|Grove|Walk|Quay|Park"
              r"|Wharf|Yard|Green|Rise|Vale|View|Parade|Circus|Embankment|Mall|Plaza|Center|Centre|Loop|Trail|Pike)")
_UNIT = r"(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|#)\.?\s*#?\w{1,5})?"

# '-ring' streets (Kaiserring, Hansaring, Ostring), but not English words that end
# so: a stem of three letters or more ('During', 'Spring', 'String' are too short),
# and not one of the English '-ring' words that begin a sentence before a number.
_ENGLISH_RING = ("Offe|Refer|Occur|Hea|Sha|Monito|Orde|Cove|Delive|Hi|Ca|Sto|Sco|Ensu|Featu|Measu|Clea|Wea|Gathe"
                 "|Ente|Transfer|Prefer|Confer|Tuto|Mento|Enginee|Stee|Compa|Decla|Resto|Explo|Igno|Requi|Acqui"
                 "|Inspi|Empowe|Answe|Alte|Filte|Recove|Discove|Conside|Registe|Cate|Lette|Cente|Restructu|Manufactu"
                 "|Structu|Lectu|Captu|Matu|Secu|Procu|Du|Ti|Wi|Fi|Pai|Bo|Po|Roa|Soa|Sta|Glo|Spa|Ba|Pou|Fla|Bea|Wa")
_RING = rf"(?<=[^\W\d_]{{3}})(?<!\b(?i:{_ENGLISH_RING}))ring"

_PATTERNS = [
    # US / UK: 1600 Pennsylvania Avenue NW, Apt 4B / Flat 2, 14 Baker Street
    rf"(?:\b(?:Flat|Apt|Unit)\s+\w{{1,5}},?\s+)?\b\d{{1,5}}[A-Za-z]?\s+(?:{_CAP}\s+){{0,3}}{_EN_SUFFIX}\b\.?(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?(?:\s+(?:Business\s+Park|Industrial\s+Estate))?{_UNIT}{_TAIL}",
    # UK business units without a street number: Unit 4, Penarth Road Business Park
    rf"\b(?:Unit|Flat|Suite)\s+\w{{1,5}},?\s+(?:{_CAP}\s+){{1,3}}{_EN_SUFFIX}\b(?:\s+(?:Business\s+Park|Industrial\s+Estate|Trading\s+Estate))?{_TAIL}",
    # Nordic: Götgatan 48, Bygdøy allé 23, Strandvejen 12
    rf"\b(?:{_CAP}[ \t])?[A-ZÀ-ÖØ-Þ][\wæøåäöü-]*(?:gatan|gata|vägen|väg|vej|veien|vegen|gate|gade|allé|alle)\s+{_NUM}{_TAIL}",
    rf"\b{_CAP}\s+(?:allé|gate|vei|vej|gata)\s+{_NUM}{_TAIL}",
    # A postcode + city line of its own (the line under a street, or alone in a letterhead)
    rf"(?m:^[ \t>]*)(?P<pii>{_POSTCODE_CITY})[ \t]*$",
    # PL: ul. Długa 5/3
    rf"\b(?:ul\.|al\.|pl\.)\s+{_CAP}(?:\s+{_CAP}){{0,2}}\s+{_NUM}{_TAIL}",
    # DE / AT / CH: Berliner Straße 12a, Hauptstr. 5, Am Markt 3 (suffix forms)
    rf"\b(?:{_CAP}[ -])?[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|{_RING}|damm|ufer|chaussee|steig|pfad)\s+{_NUM}{_TAIL}",
    rf"\b(?:{_CAP}[ -])?(?:Straße|Strasse|Weg|Allee|Platz|Gasse|Ring|Damm)\s+{_NUM}{_TAIL}",
    # NL: Keizersgracht 123, Dorpsstraat 4-B
    rf"\b[A-Z][a-z]+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|steeg|markt|park)\s+{_NUM}{_TAIL}",
    # FR: 12 bis, rue de la Paix / 3 avenue des Champs-Élysées
    rf"\b\d{{1,4}}(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|place|all[ée]e|chemin|impasse|quai|cours|route|passage)\s+(?:(?:de|du|des|la|le|l['’]|d['’])\s*){{0,2}}{_CAP}(?:[ -]{_CAP}){{0,3}}{_TAIL}",
    # ES / IT / PT: Calle Mayor, 15, 3º B / Via Roma 12 / Rua Augusta, 45
    rf"\b(?:Calle|C/|Avda\.?|Avenida|Av\.|Plaza|Paseo|Camino|Carrer|Via|Viale|Piazza|Piazzale|Corso|Largo|Vicolo|Rua|Travessa|Praça|Estrada|Alameda)\s+(?:(?:de|del|della|delle|dei|degli|da|do|dos|das|di|la|las|los)\s+){{0,2}}{_CAP}(?:\s+(?:(?:de|del|della|di|da|do|dos|das)\s+)?{_CAP}){{0,3}},?\s*(?:n\.?\s?[º°o]\.?\s*)?\d{{1,4}}(?:\s?[a-zA-Z](?!\w))?(?:,?\s*\d{{1,2}}\s?[º°ª]\s?[A-Za-z]?(?:\s?(?:izq|dcha|esq|dto)\.?)?)?{_TAIL}",
]


def street_addresses() -> GroupPatternRecognizer:
    return GroupPatternRecognizer(
        "STREET_ADDRESS", _PATTERNS, score=0.9, name="StreetAddressRecognizer"
    )
