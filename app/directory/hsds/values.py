"""Normalise published values to our vocabularies: languages, phone types, payments, days,
clock times, postal codes, waits and service-area text. Each returns None when unsure.
"""

import re

from app.directory.geo import normalize_state
from app.routing.vocabulary import LANGUAGES, WEEKDAYS

_LANGUAGE_NAMES: dict[str, str] = {name.lower(): code for code, (name, _) in LANGUAGES.items()}
_LANGUAGE_NAMES |= {native.lower(): code for code, (_, native) in LANGUAGES.items()}
_LANGUAGE_NAMES |= {
    "mandarin": "zh", "cantonese": "zh", "chinese (mandarin)": "zh", "chinese (cantonese)": "zh",
    "creole (haitian)": "ht", "haitian": "ht", "farsi": "fa", "persian": "fa", "german": "de",
    "italian": "it", "polish": "pl", "japanese": "ja", "urdu": "ur", "bengali": "bn",
    "punjabi": "pa", "hmong": "hmn", "khmer": "km", "cambodian": "km", "lao": "lo",
    "laotian": "lo", "thai": "th", "burmese": "my", "nepali": "ne", "swahili": "sw",
    "ukrainian": "uk", "greek": "el", "hebrew": "he", "turkish": "tr", "armenian": "hy",
    "navajo": "nv", "tigrinya": "ti", "oromo": "om", "yoruba": "yo", "igbo": "ig",
    "gujarati": "gu", "tamil": "ta", "telugu": "te", "dari": "prs", "pashto": "ps",
    "kinyarwanda": "rw", "filipino": "tl", "slovak": "sk", "romanian": "ro", "serbian": "sr",
    "bosnian": "bs", "croatian": "hr", "albanian": "sq", "malayalam": "ml", "sign language":
    "asl", "asl": "asl", "american sign language (asl)": "asl", "yiddish": "yi", "dutch": "nl",
}  # fmt: skip
# ISO 639-2/3 three-letter codes seen in published files, mapped to the 639-1 code we store.
_THREE_LETTER = {
    "eng": "en", "spa": "es", "fra": "fr", "fre": "fr", "zho": "zh", "chi": "zh", "vie": "vi",
    "kor": "ko", "ara": "ar", "rus": "ru", "tgl": "tl", "fil": "tl", "por": "pt", "som": "so",
    "amh": "am", "hin": "hi", "urd": "ur", "pol": "pl", "deu": "de", "ger": "de", "ita": "it",
    "jpn": "ja", "hat": "ht", "fas": "fa", "per": "fa", "ben": "bn", "pan": "pa", "ukr": "uk",
    "ase": "asl", "sgn": "asl",
}  # fmt: skip
_PHONE_TYPES = {"voice": "voice", "cell": "voice", "mobile": "voice", "main": "voice",
                "text": "text", "sms": "text", "textphone": "tty", "tty": "tty", "tdd": "tty",
                "video": "video", "videophone": "video"}  # fmt: skip
PHONE_TYPES_SKIPPED = frozenset({"fax", "pager"})
_PAYMENTS = {
    "cash": "self_pay", "check": "self_pay", "cheque": "self_pay", "money order": "self_pay",
    "credit card": "self_pay", "debit card": "self_pay", "self pay": "self_pay",
    "self-pay": "self_pay", "private pay": "self_pay", "medicaid": "medicaid",
    "medicare": "medicare", "tricare": "tricare", "private insurance": "private_insurance",
    "insurance": "private_insurance", "commercial insurance": "private_insurance",
    "sliding scale": "sliding_scale", "sliding fee": "sliding_scale", "free": "free",
}  # fmt: skip
_DAY_NAMES = {"mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA",
              "sun": "SU"}  # fmt: skip
_CLOCK_12H = re.compile(r"^(\d{1,2})(?::?(\d{2}))?(?::\d{2})?\s*([ap])\.?m?\.?$")
_CLOCK_24H = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?$")
_CLOCK_HHMM = re.compile(r"^(\d{2})(\d{2})$")
_WAIT = re.compile(r"^(?:about |up to |approx\.? )?(\d{1,3})\s*(day|week|month)s?$")
_ZIP_DIGITS = re.compile(r"^(\d{5})[\s-]?(\d{4})?$")


def language_code(value: str) -> str | None:
    """ISO 639-1 code for a language name or code ('Spanish', 'spa', 'es'); None if unknown."""
    text = value.strip().lower()
    if text in LANGUAGES:
        return text
    if len(text) == 2 and text.isalpha():
        return text
    return _LANGUAGE_NAMES.get(text) or _THREE_LETTER.get(text)


def phone_type(value: str | None) -> str | None:
    """Our phone type for an HSDS one (textphone -> tty, cell -> voice); None for fax/pager."""
    if value is None:
        return "voice"
    return _PHONE_TYPES.get(value.strip().lower())


def payment(value: str) -> str:
    """vocabulary.PAYMENT code for a payment name; the published text (lower-case) otherwise."""
    text = value.strip().lower()
    return _PAYMENTS.get(text, text)


def weekday(value: str) -> str | None:
    """'MO' for 'MO', 'Monday', 'mon' or 1 (ISO: 1 is Monday, 7 and 0 are Sunday)."""
    text = value.strip().lower()
    if text.isdigit():
        number = int(text)
        return WEEKDAYS[(number - 1) % 7] if 0 <= number <= 7 else None
    if text.upper() in WEEKDAYS:
        return text.upper()
    return _DAY_NAMES.get(text[:3])


def clock(value: str) -> str | None:
    """'HH:MM' for '09:00:00', '9am', '5:30 PM', '0900', 'noon'; None when unreadable."""
    text = value.strip().lower()
    if text in ("noon", "midday"):
        return "12:00"
    if text == "midnight":
        return "00:00"
    twelve = _CLOCK_12H.match(text)
    other = _CLOCK_24H.match(text) or _CLOCK_HHMM.match(text)
    if twelve:
        hour = int(twelve.group(1)) % 12 + (12 if twelve.group(3) == "p" else 0)
        minute = int(twelve.group(2) or 0)
    elif other:
        hour, minute = int(other.group(1)), int(other.group(2))
    else:
        return None
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None
    return f"{hour:02d}:{minute:02d}"


def wait_days(value: str) -> int | None:
    """Days for a plain wait ('28 days', '2 weeks'); None for anything vaguer."""
    match = _WAIT.match(value.strip().lower())
    if not match:
        return None
    return int(match.group(1)) * {"day": 1, "week": 7, "month": 30}[match.group(2)]


def postal_code(value: str) -> tuple[str, bool]:
    """A US ZIP as '27701' or '27701-1234', restoring a leading zero spreadsheets drop.

    Returns the code and whether it was changed; non-US codes come back as published.
    """
    text = value.strip()
    if len(text) == 4 and text.isdigit():
        return "0" + text, True
    match = _ZIP_DIGITS.match(text)
    if not match:
        return text, False
    fixed = match.group(1) + (f"-{match.group(2)}" if match.group(2) else "")
    return fixed, fixed != text


def state_code(value: str) -> str | None:
    """Two-letter code for a US state code or name."""
    return normalize_state(value)


def area_from_text(text: str) -> dict[str, object] | None:
    """Read a service-area text ('Durham County, NC', 'North Carolina', '27701 27703',
    'Nationwide') as our area fields; None when it cannot be read with confidence."""
    cleaned = text.strip().rstrip(".")
    lower = cleaned.lower()
    if lower in ("national", "nationwide", "united states", "usa", "us", "all states"):
        return {"area_type": "national"}
    state = normalize_state(cleaned.removesuffix(" State").removesuffix(" state"))
    if state:
        return {"area_type": "state", "states": [state]}
    zips = re.findall(r"\b\d{5}\b", cleaned)
    if zips and not re.sub(r"[\d\s,;]", "", cleaned):
        return {"area_type": "zip", "postal_codes": sorted(set(zips))}
    county = re.match(r"^([A-Za-z .'-]+?) County,\s*([A-Za-z ]+)$", cleaned)
    if county:
        county_state = normalize_state(county.group(2))
        if county_state:
            name = county.group(1).strip().lower()
            return {"area_type": "county", "counties": [f"{county_state}:{name}"]}
    return None
