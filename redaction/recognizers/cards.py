"""Payment card numbers that Presidio's pattern misses: Mastercard's 2-series
(2221-2720, issued since 2017) and 13-19 digit numbers of every major scheme,
written whole or grouped. The Luhn checksum must hold."""
import regex

from .base import GroupPatternRecognizer

# Issuer prefixes: Mastercard 2221-2720 and 51-55, Visa 4, Amex 34/37, Diners 30/36/38,
# JCB 35, Discover 6011/64/65, UnionPay 62, Maestro 50/56-69.
_PREFIX = regex.compile(r"^(?:2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)|4|5[0-9]|3[045678]|6)")


def luhn_valid(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    if not 13 <= len(digits) <= 19:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _valid_card(candidate: str) -> bool:
    return bool(_PREFIX.match(candidate)) and luhn_valid(candidate)


def card_numbers() -> GroupPatternRecognizer:
    return GroupPatternRecognizer(
        "CREDIT_CARD", [r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])"], score=0.9,
        name="CardNumberRecognizer", validate=_valid_card)
