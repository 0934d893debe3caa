"""Free-text risk screening: a keyword safety net over what a person writes, in English and Spanish.

`screen(text)` returns the risk flags (from `app.routing.vocabulary.RISK_FLAGS`) that the text
suggests, plus short machine codes saying which rules fired. It never returns or logs the text.

Approach
    1. Normalise: lowercase, strip accents ("mí" == "mi"), drop apostrophes, so "don't", "don’t"
       and "dont" are one word, rewrite "do not" -> "dont", "I am" -> "im", "wanna" -> "want to",
       "kms" -> "kill myself", fix common typos ("myslf" -> "myself"), turn a few emoji into the
       means they show (a kitchen knife -> "knife"), turn other punctuation into spaces and
       sentence ends into " . " (rules never reach across a sentence end), collapse whitespace.
    2. Match the rules of `app.routing.screening_patterns` (a readable table of flag(s), code,
       regex) against each sentence; a hit adds its flags and its code. A prefilter derived
       automatically from the parsed regexes (`app.routing.screening_prefilter`) runs a rule
       only around the words every match of it must contain; it is an optimisation only (the
       tests compare it with running every rule over every sentence) that makes screening a
       2,000-character text many times cheaper (`python -m bench.screening` measures it).
    3. Add implied flags: a plan or an attempt is also suicidal ideation.
    4. When no rule fires, ask the model (`app.routing.screening_model`, trained on the same
       labelled phrases) whether the text reads like the risky ones. A yes is an unnamed risk
       (code "risk_language"), which triage treats as unspecified risk, crisis lines first.
       Blind sets showed the rules alone missing about a quarter of unseen risky phrasings;
       the model is the net under them.
    5. For a risky text, the flag models (`app.routing.screening_flags`) name the flags the
       rules did not: a child's account of a belt, an unconscious friend. They never make a
       text risky; they make a risky one specific (code "risk_language"). Where a rule fired,
       they may only add the emergency flags, which put 911 first.

Recall first
    A missed risk is worse than a false alarm: rules prefer indirect wording ("everyone would be
    better off without me", "no reason to live", "giving away my things") and word-order
    variations, and idiom guards list only well-known harmless continuations ("cut myself
    shaving"). Negation is deliberately NOT handled: "I'm not suicidal" or "I would never kill
    myself" is still flagged, because people in crisis often minimise, and a human reading the
    referral costs far less than a missed crisis.

Limits
    This is keyword screening, not a clinical assessment. It cannot understand context, sarcasm,
    quotations, third parties ("my friend wants to die" is flagged like the first person),
    history versus present, misspellings beyond the common ones, or languages other than
    English and Spanish. Flags are a prompt to show crisis resources and let a person look, never
    a diagnosis, and never a reason to withhold help when nothing is flagged.
"""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from dataclasses import dataclass
from re import Pattern

from app.routing.screening_flags import named_flags
from app.routing.screening_model import read, reads_risky
from app.routing.screening_patterns import EMOJI, FLAGS, FRAGMENTS, IMPLIES, REWRITES, RULES
from app.routing.screening_prefilter import KeyIndex, alternatives, keys_for, spans
from app.routing.vocabulary import EMERGENCY_FLAGS

__all__ = ["CODES", "ScreeningResult", "normalize", "scan", "screen"]


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    """What the screen found: flags and rule codes, never the screened text."""

    risk_flags: frozenset[str] = frozenset()  # flags inferred from the text
    matched: tuple[str, ...] = ()  # machine codes of the rules that fired, e.g. ("want_to_die",)
    # No rule named a risk, but the model (screening_model) reads the text as risky; the flag
    # models (screening_flags) may still have named some.
    unnamed_risk: bool = False

    @property
    def is_risky(self) -> bool:
        """True when any risk flag was found, or the text reads risky without one."""
        return bool(self.risk_flags) or self.unnamed_risk


_EMPTY = ScreeningResult()
RISK_LANGUAGE = "risk_language"  # the code reported when the models find risk or name a flag

# ---- normalisation -----------------------------------------------------------------------------

# Apostrophes of every kind are deleted so that "don’t" == "don't" == "dont".
_APOSTROPHES = "\u00b4\u02b9\u02bb\u02bc\u2018\u2019\u201b\u2032\uff07"
_ASCII_MAP = bytes(
    c + 32
    if 65 <= c <= 90  # A-Z -> a-z
    else c
    if 97 <= c <= 122 or 48 <= c <= 57  # a-z, 0-9 stay
    else 46
    if chr(c) in ".!?;\r\n"  # sentence ends -> "."
    else 32  # anything else -> a space
    for c in range(256)
)
_ELLIPSIS = re.compile(r"\.{2,}")  # "I just... can't" is one thought, not two sentences
_REWRITE_WORDS = {k: v for k, v in REWRITES.items() if " " not in k}
_REWRITE_PAIRS = [(f" {k} ", f" {v} ") for k, v in REWRITES.items() if " " in k]


def _fold(error: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: accents left by NFKD vanish ("mí" -> "mi"); any other non-ASCII
    character (dash, emoji, other scripts) becomes a space, so it still separates words."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chars = error.object[error.start : error.end]
    return ("" if all(unicodedata.combining(c) for c in chars) else " "), error.end


codecs.register_error("screening-fold", _fold)


def normalize(text: str) -> str:
    """Canonical form the rules are written against (see the module docstring)."""
    if not text.isascii():
        for apostrophe in _APOSTROPHES:
            if apostrophe in text:
                text = text.replace(apostrophe, "")
        for emoji, word in EMOJI.items():
            if emoji in text:
                text = text.replace(emoji, f" {word} ")
        text = unicodedata.normalize("NFKD", text)
    data = text.encode("ascii", "screening-fold")
    if b".." in data:
        data = _ELLIPSIS.sub(" ", data.decode("ascii")).encode("ascii")
    words = data.translate(_ASCII_MAP, b"'`").replace(b".", b" . ").decode("ascii").split()
    joined = " " + " ".join([_REWRITE_WORDS.get(w, w) for w in words]) + " "
    for pair, replacement in _REWRITE_PAIRS:
        while pair in joined:
            joined = joined.replace(pair, replacement)
    while " . . " in joined:
        joined = joined.replace(" . . ", " . ")
    return joined.strip()


# ---- rules -------------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def _expand(regex: str) -> str:
    """Replace `{name}` with `FRAGMENTS[name]` (fragments may use fragments). Quantifiers such
    as `{0,3}` never match the placeholder syntax and are left alone."""
    for _ in range(5):
        expanded = _PLACEHOLDER.sub(lambda m: FRAGMENTS.get(m.group(1), m.group(0)), regex)
        if expanded == regex:
            return expanded
        regex = expanded
    raise ValueError("fragments nest too deeply")


# ---- the compiled table ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Rule:
    flags: frozenset[str]
    code: str


@dataclass(frozen=True, slots=True)
class _Alt:
    rule: int  # index into _Table.rules
    regex: Pattern[str]
    keys: frozenset[str]  # prefilter keys; empty: always runs
    reach: tuple[int, int] | None  # words a match and its guards reach before/after a key


@dataclass(frozen=True, slots=True)
class _Table:
    rules: tuple[_Rule, ...]
    alts: tuple[_Alt, ...]  # each rule's top-level alternatives, searched one by one
    index: KeyIndex


def _compile() -> _Table:
    rules: list[_Rule] = []
    alts: list[_Alt] = []
    for flags, code, regex in RULES:
        if set(flags) - set(FLAGS) or any(rule.code == code for rule in rules):
            raise ValueError(f"screening rule {code!r}: unknown flag or duplicate code")
        re.compile(_expand(regex))  # the whole rule must be valid too
        for part in alternatives(_expand(regex)):
            alts.append(_Alt(len(rules), re.compile(part), *keys_for(part)))
        rules.append(_Rule(frozenset(flags), code))
    return _Table(tuple(rules), tuple(alts), KeyIndex([alt.keys for alt in alts]))


_TABLE = _compile()
CODES: frozenset[str] = frozenset(rule.code for rule in _TABLE.rules) | {RISK_LANGUAGE}


def scan(normalized: str, prefilter: bool = True) -> list[int]:
    """Indexes of the rules matching normalised text. Rules never span a sentence end, so each
    sentence is searched alone, and only around its key words. `prefilter=False` is the slow
    reference (every alternative over every whole sentence), for tests and the benchmark."""
    table = _TABLE
    found: set[int] = set()
    everywhere = table.index.always if prefilter else frozenset(range(len(table.alts)))
    alts_for = table.index.alts_for
    for sentence in normalized.split(" . "):
        words = sentence.split(" ")
        at: dict[int, list[int]] = {}  # alternative -> indexes of its key words
        if prefilter:
            for j, word in enumerate(words):
                for i in alts_for(word):
                    at.setdefault(i, []).append(j)
        starts: list[int] = []
        for i in sorted(everywhere.union(at)):
            alt = table.alts[i]
            if alt.rule in found:
                continue
            windows = [(0, len(sentence))]
            if i in at and alt.reach is not None:
                if not starts:
                    starts = list(itertools.accumulate((len(w) + 1 for w in words), initial=0))
                windows = spans(at[i], alt.reach, starts)
            if any(alt.regex.search(sentence, lo, hi) for lo, hi in windows):
                found.add(alt.rule)
    return sorted(found)


def screen(text: str | None) -> ScreeningResult:
    """Screen free text for risk; empty or missing text screens as no risk."""
    if not text:
        return _EMPTY
    normalized = normalize(str(text))
    hits = [_TABLE.rules[i] for i in scan(normalized)]
    found = read(normalized)  # what both models read, with or without a rule's hit
    # The rules only know the phrasings written for them: the model catches look-alikes.
    if not hits and not reads_risky(normalized, found=found):
        return _EMPTY
    flags = {flag for rule in hits for flag in rule.flags}
    # A risky text: the flag models name what the rules did not. Where the rules named the
    # risk, the models may only add what puts 911 first (danger now, an attempt, an overdose):
    # a blind set showed their other guesses there mostly wrong, and a wrong flag can put a
    # less fitting line before the right one.
    named = named_flags(normalized, found) - flags
    if hits:
        named &= EMERGENCY_FLAGS
    flags |= named
    for flag in tuple(flags):
        flags.update(IMPLIES.get(flag, ()))
    matched = tuple(r.code for r in hits) + ((RISK_LANGUAGE,) if named or not hits else ())
    return ScreeningResult(risk_flags=frozenset(flags), matched=matched, unnamed_risk=not hits)
