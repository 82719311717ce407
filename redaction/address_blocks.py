"""Address blocks. In a letterhead, a signature or a delivery note the street
line is followed by the lines that finish the address (flat or suite, city,
postcode, region, country), and may open with a building or house number.
The recognizers and the token classifier find the street line; this
post-processor takes the rest of the block into the same span, so that a
letter's address is masked whole instead of leaving its city and postcode
behind.

A following line joins the block only when it reads like an address line:
a unit ('Suite 240', 'Apt. 4B', 'PO Box 12'), or up to four capitalised
place words with or without a postcode ('West Brook', 'Zürich 8004',
'Springfield, IL 62704', 'Norway 0150'), or a postcode alone. A blank line,
a sign-off, a line with a colon or an '@' (phone, e-mail, website lines), a
line longer than an address line, or one holding anything a rule found
(a name, a phone number, a date, a company) ends the block."""
from __future__ import annotations

from bisect import bisect_left

import regex

from .entities import Entity
from .plausibility import MODELS

_MAX_LINES = 4

# Quote markers and bullets opening a line ('> ', '* ', '- ').
_LINE_PREFIX = regex.compile(r"[^\w\n]*")
_UNIT = (r"(?i:apt|apartment|suite|ste|unit|flat|floor|fl|room|rm|building|bldg|block|po[ \t]+box|p\.[ \t]?o\.[ \t]?box"
         r"|postfach|bo[iî]te[ \t]+postale|bp|apartado|caixa[ \t]+postal|casella[ \t]+postale|postbus)\.?[ \t]*"
         r"(?:no\.?[ \t]*)?#?[ \t]*\d[\w-]{0,5}")
_POSTCODE = (r"(?:\d{3,6}(?:-\d{3,4})?|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}|\d{2}-\d{3}"
             r"|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|[A-Z]{1,2}-\d{4,5})")
# A place word: capitalised or in capitals; small connecting words inside a name.
_PLACE_WORD = (r"(?:\p{Lu}[\p{L}\p{M}'’.-]*"
               r"|(?:de|del|di|da|do|la|le|les|los|am|an|im|upon|on|sur|en|aan|den|der|op|bei|sous|y)(?=[ \t]))")
_SEP = r"(?:[ \t]*,)?[ \t]+"
_PLACE = rf"{_PLACE_WORD}(?:{_SEP}{_PLACE_WORD}){{0,3}}"
_ADDRESS_LINE = regex.compile(
    rf"(?:{_UNIT}(?:{_SEP}{_PLACE})?"
    rf"|{_PLACE}(?:{_SEP}{_POSTCODE})?"
    rf"|{_POSTCODE}(?:{_SEP}{_PLACE})?)"
    r"[ \t]*[,.]?[ \t]*")
# A building number or unit just before the street on its line: '3369 24 Clarke Avenue'.
_LEADING = regex.compile(rf"(?<![\w.-])(?:{_UNIT}(?:[ \t]*,)?[ \t]+)?(?:\d{{1,6}}[a-zA-Z]?(?:[ \t]*,)?[ \t]+)?$")

# Lines that close a letter or carry contact details, never part of an address.
_STOP_WORDS = frozenset("""
regards best kind thanks thank cheers sincerely yours warm many greetings cordially cordialement salutations
merci gracias grazie obrigado obrigada danke dank bedankt groeten grüße grüßen gruß mfg saludos atentamente
distinti cordiali saluti cumprimentos atenciosamente tel tel. phone telephone telefon téléphone teléfono
telefono telefoon fax mobile mob cell handy email e-mail mail web www website iban bic vat ust tva iva btw
dear hello hi hallo bonjour hola ciao olá sent subject liebe lieber viele beste herzliche freundliche met
vriendelijke hartelijke groet bye bien un une cordiali saludos abraços beijos
""".split())
_LONGEST_LINE = 80  # longer lines are sentences, not address lines (and bound the matching cost)


def complete_address_blocks(text: str, entities: list[Entity]) -> list[Entity]:
    """Each street address, widened over the rest of its address block."""
    # Where a rule found something else (a name, a phone number, a date, a company), the block ends.
    stops = sorted(e.start for e in entities if e.recognizer not in MODELS and e.type != "STREET_ADDRESS")
    out, added = [], []
    for e in entities:
        if e.type == "STREET_ADDRESS" and any(c.isdigit() for c in text[e.start:e.end]):
            start, end = _leading_number(text, e.start), _following_lines(text, e.end, stops)
            if (start, end) != (e.start, e.end):
                added += [(start, e.start), (e.end, end)]
                # Keeps its finder: _stop_addresses_at_names (redactor.py) still cuts a model's address at a name.
                e = Entity(e.type, start, end, e.score, e.recognizer)
        out.append(e)
    # A model's place, company or title guess on a line the block took in is part of the
    # address. Its name guesses stay: one may be a person's name, to be masked wherever it recurs.
    return [e for e in out if e.recognizer not in MODELS or e.type in ("STREET_ADDRESS", "PERSON")
            or not any(s <= e.start and e.end <= t for s, t in added)]


def _leading_number(text: str, start: int) -> int:
    line_start = text.rfind("\n", 0, start) + 1
    line_start = _LINE_PREFIX.match(text, line_start, start).end()
    m = _LEADING.search(text, max(line_start, start - 40), start)
    # A bare number counts only where it opens the line; a unit wherever it stands.
    if m and m.start() < m.end() and (m.start() == line_start or regex.match(_UNIT, m.group())):
        return m.start()
    return start


def _following_lines(text: str, end: int, stops: list[int]) -> int:
    line_end = _line_end(text, end)
    if text[end:line_end].strip(" \t\r,.;"):
        return end  # the street line goes on with something else
    for _ in range(_MAX_LINES):
        if line_end >= len(text):
            break
        start = _LINE_PREFIX.match(text, line_end + 1).end()
        next_end = _line_end(text, start)
        line = text[start:next_end].rstrip(" \t\r")
        if not line or len(line) > _LONGEST_LINE or not _is_address_line(line) or _holds(stops, start, next_end):
            break
        end, line_end = start + len(line.rstrip(",.")), next_end
    return end


def _holds(sorted_starts: list[int], start: int, end: int) -> bool:
    k = bisect_left(sorted_starts, start)
    return k < len(sorted_starts) and sorted_starts[k] < end


def _is_address_line(line: str) -> bool:
    first = line.split(None, 1)[0].casefold().rstrip(",.")
    return first not in _STOP_WORDS and _ADDRESS_LINE.fullmatch(line) is not None


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end
