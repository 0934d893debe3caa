"""Free-text risk screening: a keyword safety net over what a person writes, in English and Spanish.

`screen(text)` returns the risk flags (from `app.routing.vocabulary.RISK_FLAGS`) that the text
suggests, plus short machine codes saying which rules fired. It never returns or logs the text.

Approach
    1. Normalise: lowercase, strip accents ("mí" == "mi"), drop apostrophes, so "don't", "don’t"
       and "dont" are one word, rewrite "do not" -> "dont", "I am" -> "im", "wanna" -> "want to",
       "kms" -> "kill myself", turn other punctuation into spaces and sentence ends into " . "
       (rules never reach across a sentence end), collapse whitespace.
    2. Match the rules of `app.routing.screening_patterns` (a readable table of flag(s), code,
       regex) against each sentence; a hit adds its flags and its code. A prefilter derived
       automatically from the parsed regexes runs a rule only around the words every match of
       it must contain; it is an optimisation only (the tests compare it with running every
       rule over every sentence), and keeps a 2,000-character text well under a millisecond.
    3. Add implied flags: a plan or an attempt is also suicidal ideation.

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
import contextlib
import importlib
import itertools
import re
import unicodedata
from dataclasses import dataclass
from re import Pattern
from typing import Any

from app.routing.screening_patterns import (
    COMMON_WORDS,
    FLAGS,
    FRAGMENTS,
    IMPLIES,
    REWRITES,
    RULES,
)

__all__ = ["CODES", "ScreeningResult", "normalize", "scan", "screen"]


@dataclass(frozen=True, slots=True)
class ScreeningResult:
    """What the screen found: flags and rule codes, never the screened text."""

    risk_flags: frozenset[str] = frozenset()  # flags inferred from the text
    matched: tuple[str, ...] = ()  # machine codes of the rules that fired, e.g. ("want_to_die",)

    @property
    def is_risky(self) -> bool:
        """True when any risk flag was found."""
        return bool(self.risk_flags)


_EMPTY = ScreeningResult()

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


# ---- prefilter keys ----------------------------------------------------------------------------
# Running every regex over 2,000 characters costs ~20 ms. Instead, each top-level alternative of
# a rule gets "keys", derived automatically from its parsed regex, such that EVERY match contains
# a word equal to an exact key ("dead " - the trailing space marks a whole word) or starting with
# a prefix key (<= KEY_LEN chars, e.g. "myself" for "... myself\b" is exact, "suicid" a prefix).
# An alternative runs only on sentences with one of its keys, so the filter never drops a match;
# alternatives whose keys cannot be derived simply always run.

KEY_LEN = 6
_STOPWORDS = frozenset(COMMON_WORDS.split())
_Lits = frozenset[str] | None
_REPEATS: tuple[Any, ...] = ()
_sre: Any = None
with contextlib.suppress(ImportError):  # private API: without it, every rule simply always runs
    _sre = importlib.import_module("re._parser")
    _REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


_END = "\x00"  # in a derived literal: a word boundary follows


def _fires(key: str) -> int:
    """Rough relative count of how often a key fires: common words and short prefixes often."""
    word = key.strip()
    if key.endswith(" "):  # a whole word: x2 per letter under 4
        return (100 if word in _STOPWORDS else 1) << max(0, 4 - len(word))
    weak = any(w.startswith(word) for w in _STOPWORDS)  # a prefix: x4 per letter under 5
    return (100 if weak else 2) << 2 * max(0, 5 - len(word))


def _key(literal: str) -> str:
    """The best word known to start inside `literal` (after a space): exact ("word ") when the
    word is known to end there too, else a prefix cut to KEY_LEN; "" if there is none."""
    parts = literal.split(" ")
    keys = [
        f"{word} " if i < len(parts) - 1 or part.endswith(_END) else word[:KEY_LEN]
        for i, part in enumerate(parts[1:], 1)
        if (word := part.removesuffix(_END)) and _END not in word
    ]
    return min(keys, key=lambda k: (_fires(k), -len(k))) if keys else ""


def _score(lits: frozenset[str]) -> int:
    """Higher is better: minus how often the keys of `lits` would fire together."""
    keys = [_key(lit) for lit in lits]
    return -sum(map(_fires, keys)) if all(keys) else -(10**9)


def _lead(items: Any) -> str:
    """The literal characters every match of `items` starts with."""
    lead = ""
    for op, av in items:
        if op is not _sre.LITERAL:
            break
        lead += chr(av)
    return lead


def _derive(items: Any, anchored: bool, word_end: bool = False) -> tuple[_Lits, bool, range]:
    """Best literal set that every match of `items` contains, whether a match always ends at a
    word start, and which items the literals come from. `anchored`: the match starts at a word
    start (marked by a leading " "); `word_end`: a word boundary follows (marked by _END)."""
    c = _sre
    best: _Lits = None
    where, run, run_from = range(len(items)), "", 0

    def consider(lits: _Lits, first: int, last: int) -> None:
        nonlocal best, where
        if lits and (best is None or _score(lits) > _score(best)):
            best, where = lits, range(first, last + 1)

    for i, (op, av) in enumerate(items):
        nxt = items[i + 1] if i + 1 < len(items) else None
        ends = word_end if nxt is None else nxt in ((c.AT, c.AT_BOUNDARY), (c.LITERAL, 32))
        if op is c.LITERAL:
            run_from = i if not run else run_from
            run = (run or (" " if anchored else "")) + chr(av)
            anchored = av == 32
            continue
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: the run stays contiguous
            if op is c.AT and av is c.AT_BOUNDARY:
                run += _END if run and not run.endswith((" ", _END)) else ""
                anchored = True
            continue
        consider(frozenset({run}) if run.strip(" " + _END) else None, run_from, i - 1)
        if op is c.BRANCH and run and not run.endswith(_END):  # "to(?:night|day)": "tonight"...
            consider(frozenset(run + _lead(alt) for alt in av[1]), run_from, i)
        run = ""
        if op is c.SUBPATTERN:
            lits, anchored, _ = _derive(av[-1], anchored, ends)
            consider(lits, i, i)
        elif op is c.BRANCH:
            alts = [_derive(alt, anchored, ends) for alt in av[1]]
            if all(lits for lits, _, _ in alts):
                consider(frozenset().union(*(lits for lits, _, _ in alts if lits)), i, i)
            anchored = all(end for _, end, _ in alts)
        elif op in _REPEATS:
            lits, end, _ = _derive(av[2], anchored, ends and av[1] == 1)
            consider(lits if av[0] >= 1 else None, i, i)
            anchored = end and (anchored or av[0] >= 1)
        else:  # a class or wildcard: unknown character
            anchored = False
    if word_end and run and not run.endswith((" ", _END)):
        run += _END
    consider(frozenset({run}) if run.strip(" " + _END) else None, run_from, len(items) - 1)
    return best, anchored, where


def _max_spaces(items: Any) -> int | None:
    """Most spaces a match (lookarounds included) can span; None if unbounded. The normalised
    text has exactly one space between words, so this bounds the words around a key a match
    (and what its guards inspect) can reach."""
    c, total = _sre, 0
    for op, av in items:
        if op is c.LITERAL:
            total += av == 32
        elif op is c.IN and all(o in (c.LITERAL, c.RANGE, c.CATEGORY) for o, _ in av):
            word = all(a in (c.CATEGORY_WORD, c.CATEGORY_DIGIT) for o, a in av if o is c.CATEGORY)
            if not word or any(
                (o is c.LITERAL and a == 32) or (o is c.RANGE and a[0] <= 32 <= a[1]) for o, a in av
            ):
                return None
        elif op in (c.SUBPATTERN, c.ASSERT, c.ASSERT_NOT, c.BRANCH, *_REPEATS):
            parts = av[1] if op is c.BRANCH else [av[-1]]
            counts = [_max_spaces(part) for part in parts]
            if None in counts:
                return None
            most = max(n for n in counts if n is not None)
            if op in _REPEATS and most:
                if av[1] is c.MAXREPEAT:
                    return None
                most *= av[1]
            total += most
        elif op is not c.AT:
            return None
    return total


def keys_for(regex: str) -> tuple[frozenset[str], tuple[int, int] | None]:
    """Prefilter keys of a (fragment-expanded) regex, empty meaning "always run"; and how many
    words before and after a key word a match, guards included, can reach (None: unbounded)."""
    if _sre is None:
        return frozenset(), None
    items = _sre.parse(regex).data
    lits, _, where = _derive(items, True)
    if not lits or _score(lits) <= -(10**9):
        return frozenset(), None
    before, after = _max_spaces(items[: where[-1] + 1]), _max_spaces(items[where[0] :])
    reach = None if before is None or after is None else (before, after)
    return frozenset(_key(lit) for lit in lits), reach


def _alternatives(regex: str) -> list[str]:
    """Split a regex at its top-level `|`: each alternative gets its own, sharper keys."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(regex[start:i])
            start = i + 1
        i += 1
    return [*parts, regex[start:]]


@dataclass(frozen=True, slots=True)
class _Rule:
    flags: frozenset[str]
    code: str


@dataclass(frozen=True, slots=True)
class _Alt:
    rule: int  # index into _RULES
    regex: Pattern[str]
    keys: frozenset[str]
    reach: tuple[int, int] | None  # words a match and its guards reach before/after a key


def _compile() -> tuple[tuple[_Rule, ...], tuple[_Alt, ...]]:
    rules: list[_Rule] = []
    alts: list[_Alt] = []
    for flags, code, regex in RULES:
        if set(flags) - set(FLAGS) or any(rule.code == code for rule in rules):
            raise ValueError(f"screening rule {code!r}: unknown flag or duplicate code")
        re.compile(_expand(regex))  # the whole rule must be valid too
        for part in _alternatives(_expand(regex)):
            alts.append(_Alt(len(rules), re.compile(part), *keys_for(part)))
        rules.append(_Rule(frozenset(flags), code))
    return tuple(rules), tuple(alts)


_RULES, _ALTS = _compile()
CODES: frozenset[str] = frozenset(rule.code for rule in _RULES)
_ALWAYS: frozenset[int] = frozenset(i for i, alt in enumerate(_ALTS) if not alt.keys)
_BY_KEY: dict[str, tuple[int, ...]] = {}
for _i, _alt in enumerate(_ALTS):
    for _k in _alt.keys:
        _BY_KEY[_k] = (*_BY_KEY.get(_k, ()), _i)


_KEY_LENS = tuple(sorted({len(k) for k in _BY_KEY if not k.endswith(" ")}))
_WORD_ALTS: dict[str, tuple[int, ...]] = {}  # cache: word -> alternatives it may trigger


def _alts_for(word: str) -> tuple[int, ...]:
    """Alternatives with a key that starts `word` (cached: vocabulary repeats a lot)."""
    found = _WORD_ALTS.get(word)
    if found is None:
        hits = set(_BY_KEY.get(word + " ", ()))
        for n in _KEY_LENS:
            if n > len(word):
                break
            hits.update(_BY_KEY.get(word[:n], ()))
        found = tuple(sorted(hits))
        if len(_WORD_ALTS) >= 50_000:  # bound the memory an adversarial stream could take
            _WORD_ALTS.clear()
        _WORD_ALTS[word] = found
    return found


def _spans(at: list[int], reach: tuple[int, int], starts: list[int]) -> list[tuple[int, int]]:
    """Merged character spans around the key words at word indexes `at` that any match
    containing one of them, plus what its guards look at, must lie in."""
    spans: list[tuple[int, int]] = []
    for j in at:
        lo = starts[max(0, j - reach[0] - 1)]
        hi = starts[min(len(starts) - 1, j + reach[1] + 2)] - 1
        if spans and lo <= spans[-1][1]:
            lo = spans.pop()[0]
        spans.append((lo, hi))
    return spans


def scan(normalized: str, prefilter: bool = True) -> list[int]:
    """Indexes of the rules matching normalised text. Rules never span a sentence end, so each
    sentence is searched alone, and only around its key words. `prefilter=False` is the slow
    reference (every alternative over every whole sentence), for tests."""
    found: set[int] = set()
    everywhere = _ALWAYS if prefilter else frozenset(range(len(_ALTS)))
    for sentence in normalized.split(" . "):
        words = sentence.split(" ")
        at: dict[int, list[int]] = {}  # alternative -> indexes of its key words
        if prefilter:
            for j, word in enumerate(words):
                for i in _alts_for(word):
                    at.setdefault(i, []).append(j)
        starts: list[int] = []
        for i in sorted(everywhere.union(at)):
            alt = _ALTS[i]
            if alt.rule in found:
                continue
            spans = [(0, len(sentence))]
            if i in at and alt.reach is not None:
                if not starts:
                    starts = list(itertools.accumulate((len(w) + 1 for w in words), initial=0))
                spans = _spans(at[i], alt.reach, starts)
            if any(alt.regex.search(sentence, lo, hi) for lo, hi in spans):
                found.add(alt.rule)
    return sorted(found)


def screen(text: str | None) -> ScreeningResult:
    """Screen free text for risk; empty or missing text screens as no risk."""
    if not text:
        return _EMPTY
    hits = [_RULES[i] for i in scan(normalize(str(text)))]
    if not hits:
        return _EMPTY
    flags = {flag for rule in hits for flag in rule.flags}
    for flag in tuple(flags):
        flags.update(IMPLIES.get(flag, ()))
    return ScreeningResult(risk_flags=frozenset(flags), matched=tuple(r.code for r in hits))
