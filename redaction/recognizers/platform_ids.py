"""Identifiers of the platform itself (account, order and invoice numbers) and
user handles: they point at one customer as surely as a name does."""
import regex

from .base import GroupPatternRecognizer


def account_ids() -> GroupPatternRecognizer:
    return GroupPatternRecognizer(
        "ACCOUNT_ID",
        [r"\b(?:ACC|ACCT|CUS|USR)-\d{5,8}\b", r"\b(?:ORD|INV|TKT)-\d{4}-\d{4,8}\b"],
        score=0.95,
        name="PlatformIdRecognizer",
        flags=regex.MULTILINE | regex.IGNORECASE,
    )


def usernames() -> GroupPatternRecognizer:
    # @handle not preceded by a word character (which would make it an e-mail address).
    return GroupPatternRecognizer(
        "USERNAME",
        [r"(?<![\w.@])(?P<pii>@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_]))\b",
         r"(?i:\b(?:user\s*name|username|login|handle|benutzername|nom d'utilisateur|usuario|utente|gebruikersnaam|utilizador)\s*[:=]\s*)(?P<pii>[A-Za-z0-9_.-]{3,30})"],
        score=0.8,
        name="UsernameRecognizer",
    )



def email_addresses() -> GroupPatternRecognizer:
    """Any address shape, without checking the top-level domain: Presidio's
    recognizer drops addresses whose TLD it does not know, and a mistyped or
    internal domain is still somebody's address."""
    return GroupPatternRecognizer(
        "EMAIL_ADDRESS",
        [r"(?<![\w.+-])[\w.+-]*\w@[\w-]+(?:\.[\w-]+)+\b"],
        score=0.95,
        name="EmailShapeRecognizer",
    )
