"""Checksum validators for the invented identifiers used in the sample inbox.

Used by build_samples.py to assert that every NATIONAL_ID, IBAN_CODE and
CREDIT_CARD value is format/checksum-valid (while still being invented).
"""
import re


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in re.sub(r"[ -]", "", number)]
    if not 13 <= len(digits) <= 19:
        return False
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


IBAN_LENGTHS = {"DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PT": 25, "GB": 22, "BE": 16, "AT": 20, "IE": 22}


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    rearranged = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in rearranged)
    return int(num) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    check = 98 - int(num) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def de_steuer_id_ok(value: str) -> bool:
    s = re.sub(r"\s", "", value)
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    counts = [s[:10].count(d) for d in set(s[:10])]
    if not (sorted(counts, reverse=True)[0] in (2, 3) and sorted(counts, reverse=True)[1:].count(1) == len(counts) - 1):
        return False
    product = 10
    for c in s[:10]:
        total = (int(c) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return check == int(s[10])


def fr_nir_ok(value: str) -> bool:
    s = re.sub(r"\s", "", value)
    if not re.fullmatch(r"[12]\d{14}", s):
        return False
    return 97 - int(s[:13]) % 97 == int(s[13:])


def es_dni_ok(value: str) -> bool:
    s = value.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"(\d{8})([A-Z])", s)
    return bool(m) and "TRWAGMYFPDXBNJZSQVHLCKE"[int(m.group(1)) % 23] == m.group(2)


_CF_ODD = {
    **{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
    **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])),
}


def _cf_even(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - ord("A")


def it_cf_check(first15: str) -> str:
    total = 0
    for i, c in enumerate(first15.upper()):
        total += _CF_ODD[c] if i % 2 == 0 else _cf_even(c)
    return chr(ord("A") + total % 26)


def it_cf_ok(value: str) -> bool:
    s = value.upper()
    return bool(re.fullmatch(r"[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]", s)) and it_cf_check(s[:15]) == s[15]


def nl_bsn_ok(value: str) -> bool:
    s = re.sub(r"[\s.]", "", value)
    if not re.fullmatch(r"\d{9}", s):
        return False
    total = sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
    return total % 11 == 0


def uk_nino_ok(value: str) -> bool:
    s = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return False
    return s[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def us_ssn_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", value)
    if not m:
        return False
    area, group, serial = m.groups()
    return area not in ("000", "666") and not area.startswith("9") and group != "00" and serial != "0000"


def national_id_ok(value: str) -> bool:
    """True if the value is valid for at least one supported national-ID scheme."""
    return any(f(value) for f in (de_steuer_id_ok, fr_nir_ok, es_dni_ok, it_cf_ok, nl_bsn_ok, uk_nino_ok, us_ssn_ok))
