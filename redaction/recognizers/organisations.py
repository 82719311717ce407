"""Companies by their legal form: capitalised words before 'Ltd', 'GmbH',
'S.A.', 'Oy', 'LLC'... in the forms of the countries we serve. A company
name is reported (it names a customer's business), not masked."""
from .base import GroupPatternRecognizer

_FORM = (r"(?:Inc\.?|Incorporated|Corp\.?|Corporation|LLC|L\.L\.C\.|LLP|LP|Ltd\.?|Limited|PLC|plc|Co\.|Company"
         r"|GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|OHG|e\.V\.|UG|SE|S\.A\.|SA|S\.L\.|SL|S\.r\.l\.|Srl|SRL|S\.p\.A\.|SpA"
         r"|SARL|SAS|SNC|B\.V\.|BV|N\.V\.|NV|Oy|Oyj|AB|ASA|AS|ApS|A/S|sp\.\s?z\s?o\.o\.|s\.r\.o\.|Kft\.?|Zrt\.?"
         r"|Lda\.?|Ltda\.?|Pty\s+Ltd|& Sons|and Sons|& Co\.?|Group|Holdings?)")
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’&.-]*"

_NOT_FIRST = r"(?!(?:The|This|That|Our|Your|My|Their|Its|A|An|Der|Die|Das|Le|La|Les|El|Il|Lo|De|Het|O|Os|As|Dear|Hi|Thanks)\b)"

_PATTERNS = [
    rf"\b{_NOT_FIRST}{_WORD}(?:[ -](?:{_WORD}|&|and|und|et|y|e|van|von|de|der)){{0,4}},?[ ]{_FORM}(?![\w])",
]


def organisations() -> GroupPatternRecognizer:
    return GroupPatternRecognizer("ORGANIZATION", _PATTERNS, score=0.6, name="LegalFormRecognizer")
