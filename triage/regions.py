"""The region of a customer's data, and which processor regions may receive it.

A message's data region is derived from what the store holds, first rule
that applies:

1. the country code top-level domain of the sender's e-mail address
   (`messages.sender_tld`, kept at intake: two letters, never the address),
   looked up in `by_sender_tld` ('de' -> EU, 'uk' -> UK, 'us' -> US);
2. a message that invokes California law (the CCPA cues of triage/cases.py)
   is US data;
3. else the configured default (EU: the platform is established in the EU,
   and the strictest rules are the safe guess).

`allowed` lists, per data region, the processor regions that may receive it;
a data region without a list may go nowhere (fail closed)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .cases import jurisdiction_of

EU_TLDS = ("at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se "
           "is li no eu").split()  # EU member states, the EEA states (GDPR applies) and .eu

DEFAULT_BY_TLD = {**{tld: "EU" for tld in EU_TLDS}, "uk": "UK", "gb": "UK", "us": "US", "ch": "CH"}
# EU data: the EU and the UK (adequacy decision); UK data: the UK and the EU (UK adequacy
# regulations); Swiss data: CH, EU, UK (recognised as adequate); US data: the US and the stricter regions.
DEFAULT_ALLOWED = {"EU": ("EU", "UK"), "UK": ("UK", "EU"), "CH": ("CH", "EU", "UK"), "US": ("US", "EU", "UK")}


def sender_tld(address: str | None) -> str | None:
    """'lena@example.de' -> 'de'. Only two-letter country codes are kept."""
    if not address or "@" not in address:
        return None
    tld = address.rsplit("@", 1)[1].strip().rstrip(".>").rsplit(".", 1)[-1].lower()
    return tld if len(tld) == 2 and tld.isascii() and tld.isalpha() else None


@dataclass(frozen=True)
class RegionRules:
    default: str = "EU"
    ccpa: str | None = "US"
    by_sender_tld: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_BY_TLD))
    allowed: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_ALLOWED))

    def region_of(self, tld: str | None, masked_text: str) -> tuple[str, str]:
        """(data region, the rule that gave it)."""
        if tld and tld in self.by_sender_tld:
            return self.by_sender_tld[tld], f"sender domain .{tld}"
        if self.ccpa and jurisdiction_of(masked_text) == "CCPA":
            return self.ccpa, "invokes the CCPA"
        return self.default, "default"

    def allows(self, data_region: str, processor_region: str) -> bool:
        return processor_region in self.allowed.get(data_region, ())
