"""Privacy cases: which law applies and when the answer is due.

GDPR Art. 12(3): one month from receipt (a calendar month; the 31st of
January is due on the last day of February). CCPA §1798.130: 45 days."""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

_CCPA_CUES = re.compile(
    r"\b(?:CCPA|CPRA|California(?:n)?|1798\.\d{3}|Cal\.?\s*Civ\.?\s*Code)\b", re.IGNORECASE)
_GDPR_CUES = re.compile(r"\b(?:GDPR|DSGVO|RGPD|AVG|UK GDPR|Art(?:icle|ikel|\.)?\s*\d{1,2}\b)", re.IGNORECASE)


def jurisdiction_of(masked_text: str) -> str:
    """CCPA when the message invokes California law and not the GDPR; else GDPR."""
    ccpa = len(_CCPA_CUES.findall(masked_text))
    gdpr = len(_GDPR_CUES.findall(masked_text))
    return "CCPA" if ccpa and ccpa >= gdpr else "GDPR"


def add_calendar_month(day: date) -> date:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date(received_at: datetime, jurisdiction: str) -> date:
    received = received_at.date()
    if jurisdiction == "CCPA":
        return received + timedelta(days=45)
    return add_calendar_month(received)
