"""Pattern tables for the free-text risk screener (see `app.routing.screening`).

The tables live in `app.routing.screening_rules`, one module per risk family: `flags` (the flag
names and the row shape), `rewrites` (what normalisation rewrites), `fragments` (shared regex
pieces and the words too common to key on), then the rules: `suicide_en`, `suicide_en_endings`,
`suicide_es`, `suicide_plan`, `attempt_overdose`, `self_harm`, `homicidal`, `violence`,
`sexual_child_abuse`, `violence_es`, `psychosis`, `clinical` (professionals' shorthand). This
module assembles them into `RULES`, in that order, and is what the screener and its tests import.

Each rule is a row `(flags, code, regex)`:

* `flags` - the risk flags a match implies (from `app.routing.vocabulary.RISK_FLAGS`);
* `code`  - a short, fixed machine code reported in `ScreeningResult.matched` (never user text);
* `regex` - applied to NORMALISED text: lowercase ASCII, accents stripped, apostrophes removed
  ("don't" -> "dont", "I'm" -> "im"), slang expanded ("wanna" -> "want to", "kms" -> "kill
  myself"), other punctuation turned into single spaces and sentence ends into " . ".

`{name}` inside a regex is replaced by the fragment `FRAGMENTS[name]` before compiling. Write
regexes in the rewritten forms ("dont", "im", "ill", "id", "cant"): "do not", "I am", "I will"
never reach the rules. Filler words are matched as `(?:\\w++ ){0,3}?` (possessive: no
backtracking inside a word); `(?! ...)` guards may look a few words past a match.

Idiom guards: a negative lookahead `(?! ...)` after a match lists the everyday continuations
that make the words harmless ("cut myself SHAVING", "no aguanto mas EL CALOR", "kill them WITH
KINDNESS"). Guards list only well-known harmless endings, never the other way round, so that
an unseen continuation is still flagged: a missed risk costs more than a false alarm. End a
guard's word list with a word boundary (`(?! (?:in|to|an)\\b)`): without it "to" also clears
"TOnight" and "an" clears "ANymore", hiding "going to jump tonight", "can't go on anymore". Idioms
that share no words with a risk pattern ("this traffic is killing me", "dying to try it", "me
muero de hambre") need no guard: no rule matches them in the first place, because rules about
killing or dying always require a self-object, an intent verb or a person as the target.
"""

from app.routing.screening_rules.attempt_overdose import ATTEMPT_OD
from app.routing.screening_rules.clinical import CLINICAL
from app.routing.screening_rules.flags import (
    ATTEMPT,
    CA,
    FLAGS,
    HI,
    IMPLIES,
    IPV,
    NOW,
    OD,
    PLAN,
    PSY,
    SH,
    SI,
    SV,
    Rule,
)
from app.routing.screening_rules.fragments import COMMON_WORDS, FRAGMENTS
from app.routing.screening_rules.homicidal import HOMICIDAL
from app.routing.screening_rules.psychosis import PSYCHOSIS
from app.routing.screening_rules.rewrites import EMOJI, REWRITES
from app.routing.screening_rules.self_harm import SELF_HARM
from app.routing.screening_rules.sexual_child_abuse import SEXUAL_AND_CHILD_ABUSE
from app.routing.screening_rules.suicide_en import SUICIDE_EN
from app.routing.screening_rules.suicide_en_endings import SUICIDE_EN_ENDINGS
from app.routing.screening_rules.suicide_es import SUICIDE_ES
from app.routing.screening_rules.suicide_plan import PLAN_RULES
from app.routing.screening_rules.violence import PARTNER_VIOLENCE
from app.routing.screening_rules.violence_es import VIOLENCE_ES

__all__ = [
    "ATTEMPT",
    "CA",
    "COMMON_WORDS",
    "EMOJI",
    "FLAGS",
    "FRAGMENTS",
    "HI",
    "IMPLIES",
    "IPV",
    "NOW",
    "OD",
    "PLAN",
    "PSY",
    "REWRITES",
    "RULES",
    "SH",
    "SI",
    "SV",
    "Rule",
]

VIOLENCE: tuple[Rule, ...] = PARTNER_VIOLENCE + SEXUAL_AND_CHILD_ABUSE + VIOLENCE_ES

# The order matters only for the order of `ScreeningResult.matched`; it is the order the rules
# were written in, family by family.
RULES: tuple[Rule, ...] = (
    SUICIDE_EN
    + SUICIDE_EN_ENDINGS
    + SUICIDE_ES
    + PLAN_RULES
    + ATTEMPT_OD
    + SELF_HARM
    + HOMICIDAL
    + VIOLENCE
    + PSYCHOSIS
    + CLINICAL
)
