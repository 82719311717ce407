"""Tables as text (CSV exports, DOCX tables joined with ' | '): a column whose
header names personal data makes every cell below it that kind of entity,
whatever the cell looks like ('Ewan Fraser' in a 'name' column, '1990-12-05'
in a 'date_of_birth' column)."""
from __future__ import annotations

import csv

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

# Header keywords (any language we serve) -> entity type. Checked in order.
_COLUMN_TYPES = [
    ("DATE_OF_BIRTH", r"birth|dob|geburt|naissance|nacimiento|nascita|geboorte|nascimento"),
    ("EMAIL_ADDRESS", r"e-?mail|courriel|correo"),
    ("PHONE_NUMBER", r"phone|mobile|tel|handy|telefon|téléphone|portable|teléfono|móvil|cellulare|telefoon|telemóvel"),
    ("STREET_ADDRESS", r"address|street|adresse|anschrift|straße|dirección|direccion|indirizzo|adres|morada|endereço"),
    ("IBAN_CODE", r"iban|bank\s*account|konto"),
    ("NATIONAL_ID", r"ssn|national.?id|bsn|nir|dni|nie|codice.?fiscale|steuer.?id|tax.?id|nif"),
    ("PERSON", r"(?<!company[ _-]?|file[ _-]?|user[ _-]?|product[ _-]?|project[ _-]?)name|naam|nome|nombre|customer|client|kunde|contact|person|firstname|lastname|surname|vorname|nachname|prénom|apellido|cognome|achternaam|voornaam"),
]
_DELIMITERS = [",", ";", "\t", "|"]


def _column_type(header: str) -> str | None:
    for entity, pattern in _COLUMN_TYPES:
        if regex.search(pattern, header, regex.IGNORECASE):
            return entity
    return None


_LONGEST_HEADER = 40  # characters; and at most _HEADER_WORDS words ('Date of birth', 'Numéro de téléphone')
_HEADER_WORDS = 4


def _reads_as_a_header(cells: list[str]) -> bool:
    """A header row names its columns in a few words. A sentence with commas
    is no header: 'Ci serve un logo per il panificio, stile artigianale, ...'
    would make 'nif' (of 'panificio') a tax-id column and mask the next line
    that holds a comma, whole, as one; 'renseignements personnels, telle que'
    a name and a phone column."""
    return all(len(c) <= _LONGEST_HEADER and len(c.split()) <= _HEADER_WORDS for c in cells)


def _fields_with_offsets(line: str, delimiter: str) -> list[tuple[str, int, int]]:
    """csv parses the cells; their offsets are found left to right in the line."""
    cells = next(csv.reader([line], delimiter=delimiter, skipinitialspace=True), [])
    out, cursor = [], 0
    for cell in cells:
        value = cell.strip()
        at = line.find(value, cursor) if value else -1
        if at < 0:
            out.append((value, -1, -1))
            continue
        out.append((value, at, at + len(value)))
        cursor = at + len(value)
    return out


class TableColumnRecognizer(EntityRecognizer):
    def __init__(self) -> None:
        super().__init__(supported_entities=[t for t, _ in _COLUMN_TYPES], name="TableColumnRecognizer",
                         supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        results, offset, columns, delimiter = [], 0, None, None
        for line in text.split("\n"):
            if columns is None:
                delimiter = next((d for d in _DELIMITERS if line.count(d) >= 2), None)
                cells = [h for h, _, _ in _fields_with_offsets(line, delimiter)] if delimiter else []
                if cells and _reads_as_a_header(cells):
                    headers = [_column_type(h) for h in cells]
                    columns = headers if any(headers) else None
            elif line.count(delimiter) == 0:
                columns = None  # the table ended
            else:
                for kind, (value, start, end) in zip(columns, _fields_with_offsets(line, delimiter)):
                    if kind and start >= 0 and len(value) >= 2:
                        results.append(RecognizerResult(kind, offset + start, offset + end, 0.85,
                                                        recognition_metadata={"recognizer_name": self.name}))
            offset += len(line) + 1
        return results
