"""Finding and masking personal data, document text extraction and the vault.

    from redaction import Redactor
    result = Redactor().redact("Hi, I'm Maria Gonzalez, call me on +34 612 345 678")
    result.text      # "Hi, I'm <PERSON_1>, call me on <PHONE_NUMBER_1>"
    result.entities  # [MaskedEntity(type="PERSON", start=8, end=22, ...), ...]
"""
from . import _offline  # noqa: F401  (offline settings before any Presidio import)
from .entities import Entity, MaskedEntity, RedactionResult
from .placeholders import PlaceholderMap
from .policy import Policy
from .redactor import Redactor

__all__ = ["Entity", "MaskedEntity", "PlaceholderMap", "Policy", "RedactionResult", "Redactor"]
