"""Clinical and case-note shorthand, English: what professionals write when they refer someone.

Nurses, social workers, case managers and teachers write "pt endorses passive SI", "hx of 2 SA",
"s/p OD", "AH/VH", "CAH telling him to kill his neighbor", "12F disclosed ... sexually abusing
her". The abbreviations are short and collide with everyday words ("si" is Spanish for yes/if,
"hi" a greeting, "ah" an interjection, "od" the right eye), so a bare abbreviation never flags:
a rule needs a clinical word around it ("endorses", "passive", "hx of", "via", "toward").

Negation, unlike the rest of the screener: a referral's "pt denies SI/HI" or "no hx of SA" is a
negative screen, the commonest line in a note, and flagging it would bury real risks in false
alarms. So `NOT` (look-behinds, `negation.not_after`) clears a match only when a negation
DIRECTLY governs the clinical term ("denies SI", "no hx of SA", "not responding to internal
stimuli"); a negation elsewhere ("endorses SI, denies plan or intent") clears nothing. The full
words ("suicidal ideation", "overdose") stay with the older rules, which flag them whatever
precedes them.

`CLINICAL` joins these rules, `clinical_violence` (violence and children) and `clinical_es`.
"""

from app.routing.screening_rules.clinical_es import CLINICAL_ES
from app.routing.screening_rules.clinical_terms import (
    HI_AT,
    HOW,
    NOT,
    PERSON,
    SAYS,
    SAYS_HI,
    SI_HI_PRESENT,
    SI_PRESENT,
    SI_TERM,
    SPELLINGS,
    STAFF,
    TOPIC,
    TOPIC_AFTER,
    WHO,
)
from app.routing.screening_rules.clinical_violence import CLINICAL_VIOLENCE
from app.routing.screening_rules.flags import ATTEMPT, HI, OD, PLAN, PSY, SH, SI, SV, Rule
from app.routing.screening_rules.negation import NEGATIONS_EN, not_after

# One compact row per rule (flags, code, regex split over lines): ruff format would explode each
# row into four lines, so it is switched off for the table.
# fmt: off

CLINICAL_EN: tuple[Rule, ...] = (
    ((SI,), "clin_si",
     not_after(NEGATIONS_EN, SAYS) + SAYS + r" (?:" + HOW + r" ){0,2}(?:and )?" + SI_TERM
     + r"|" + not_after(NEGATIONS_EN, HOW) + HOW + r" " + SI_TERM
     + r"|" + NOT + r"\b" + WHO + r"(?: is| has| with| w| also| currently| now| still)? " + SI_TERM
     + r"|" + NOT + r"\b(?:phq ?9|phq9)(?: \w++){0,3}? (?:item|q|question) ?9 (?:\w++ )?"
     r"(?:positive|pos|endorsed|yes|[1-3])\b"
     # "SI: passive", "+SI, denies HI" ("+" is lost): what follows says SI is present.
     + "".join(
         r"|" + NOT + r"(?<!\bsi )(?<!\bhi )\b" + si + SI_PRESENT for si in SPELLINGS["si"]
     )
     + r"|\b(?:admitted|admission|hospitali[sz]ed|referred|referral|brought in|bib|presented"
     r"|baker acted|baker act|sectioned|committed|held"
     r"|presents|seen in (?:the )?(?:ed|er)|ed visit|er visit|placed on (?:a )?hold|5150)"
     r" (?:\w++ ){0,3}?(?:for|due to|with|secondary to|after|following) (?:" + HOW + r" )?"
     + SI_TERM + r"|\bpassive (?:death wish(?:es)?|wish(?:es)? to (?:die|be dead|not wake up))\b"
     r"|" + not_after(NEGATIONS_EN, "kill|end") + r"(?:kill|killing|kills|end|ending)"
     r" (?:self|own life)\b"
     r"|" + NOT + r"\b(?:danger|dangerous|threat) to (?:self|himself|herself|themselves)\b"
     r"|" + NOT + r"\bdts\b"),
    ((PLAN, SI), "clin_plan",
     NOT + r"\bsi (?:\w++ )?(?:w|with) (?:a |specific |clear |detailed |current |active |formed"
     r" |identified )?(?:plan|intent|means|method)\b"
     r"|" + not_after(NEGATIONS_EN, r"(?:\w++ ){1,3}(?:plan|intent)")
     + r"(?:endorses|reports|has|with|w|states|stated|verbali[sz]ed|expressed"
     r"|admits|admitted|describes|described|disclosed|voiced|developed|made) (?:a |an |specific"
     r" |clear |detailed |current |active |concrete |formed )?(?:plan and intent|plan intent"
     r"|intent and plan|plan or intent|intent to act|plan to act|specific plan|suicide plan"
     r"|suicidal plan|intent to die|plan and (?:the )?means|plan with intent"
     r"|intent to (?:end|take) (?:her|his|their|own) (?:own )?life)\b"
     r"|" + NOT + r"\b(?:plans?|planned|planning) (?:\w++ ){0,2}?to (?:od|overdose|hang|jump off"
     r"|jump from|jump in front|shoot self|die|kill self|end (?:her|his|their|own) life"
     r"|{method})\b"
     r"|\b(?:stockpil\w*|hoard\w*|stash\w*|saving up|saved up|collecting|accumulat\w*"
     r"|squirrel\w* away) (?:\w++ ){0,3}?(?:{pills}|tabs)\b"
     r"|\b(?:stockpile|stash|hoard|cache) of (?:\w++ ){0,2}?(?:{pills}|tabs)\b"
     r"|\b(?:{pills}|tabs|pill) (?:stockpile|stash|hoard|stockpiling|hoarding)\b"
     r"|" + NOT + r"\b(?:identified|chosen|selected|researched|access to|obtained|acquired)"
     r" (?:a |the |lethal |specific |potential )?(?:means|method|lethal means)\b(?! of\b)"),
    ((ATTEMPT,), "clin_attempt",
     # "Admitted after an attempt by hanging": in a clinical note an attempt is a suicide attempt.
     r"\b(?:admitted|hospitali[sz]ed|presented|brought in|transferred|icu|ed|er) (?:\w++ ){0,3}?"
     r"(?:after|following|for|s p|due to) (?:(?:an|a|her|his|their|recent|serious) ){0,2}attempt\b"
     r"(?! (?:to (?!kill|end|die|take)|at)\b)"
     r"|\battempt by (?:hanging|od|overdose|cutting|jumping|drowning|gunshot|gsw|ingestion"
     r"|strangulation|suffocation)\b|"
     + not_after(NEGATIONS_EN, r"(?:\w++ ){1,4}sas?\b")
     + r"(?:hx|h o|history|s p|prior|previous|past|recent|multiple|several|failed|serious"
     r"|\d+|two|three|four|five|first|second|third|last|most recent|near lethal|near fatal)"
     r" (?:of )?(?:\d+ |to |two |three |multiple |several |prior |previous |past )?(?:sa|sas)\b"
     r"(?! (?:by|from) " + PERSON + r")"
     r"|" + NOT + r"\bsas? (?:via|by(?! " + PERSON + r")|x ?\d+|at age|age \d+|attempts?)\b"),
    ((SV,), "clin_sexual_assault",
     NOT + r"\b(?:hx of|history of|h o|survivor of|victim of|reports|reported|disclosed"
     r"|discloses|endorses|recent|prior|past) (?:\w++ )?sa (?:by|from|perpetrated by) " + PERSON
     + r"|\bsa (?:survivor|victim)s?\b"
     r"|" + NOT + r"\b(?:hx of|history of|h o|survivor of|victim of|reports|disclosed|endorses"
     r"|experienced|related to|due to) (?:\w++ )?mst\b|\bmst (?:survivor|victim|related)\b"
     r"|\b(?:sex|sexual) trafficking\b(?! (?:training|awareness|prevention|course|policy)\b)"
     r"|\btrafficked for sex\b|\bcsec\b"),
    ((ATTEMPT, OD), "clin_attempt_od",
     NOT + r"\b(?:sas?|s p) (?:via |by )?(?:an? )?(?:od|ods|overdose|ingestion|intentional"
     r" ingestion)\b|\b(?:intentional|deliberate|purposeful) (?:od|ods|overdose|overdoses"
     r"|ingestions?|self poisoning|poisoning)\b|\bself poisoning\b"),
    ((OD,), "clin_overdose",
     not_after(NEGATIONS_EN, r"(?:\w++ ){1,4}(?:od|ods|odd|oded)\b")
     + r"(?:hx|h o|history|s p|prior|previous|past|recent|multiple|several|\d+|two|three"
     r"|accidental|suspected|possible|presumed|probable|likely|nonfatal|non fatal|fatal|opioid"
     r"|opiate|heroin|fentanyl|drug|polysubstance|apap|tylenol|benzo|witnessed|unwitnessed)"
     r" (?:of )?(?:\d+ |to |two |multiple |several |prior |previous )?(?:od|ods|odd|oded)\b"
     r"|\bods? (?:x ?\d+|on)\b|\bfound (?:him |her |them )?(?:down|slumped|unresponsive)\b"
     r"(?! (?:the|a|to)\b)"
     r"|\b(?:apap|acetaminophen|tylenol|paracetamol|opioid|opiate|heroin|fentanyl|benzo"
     r"|benzodiazepine|salicylate|aspirin|lithium|tca|{pills}) (?:ingestion|overdose|od|toxicity"
     r"|poisoning|tox|intoxication)\b"
     r"|\bingest(?:ed|ion of|ing) (?:\w++ ){0,2}?(?:\d+|a bottle|bottle|a handful|handful|multiple"
     r"|unknown (?:amount|quantity)|an unknown amount) (?:\w++ ){0,2}?(?:tabs|{pills}|of)\b"),
    ((HI,), "clin_hi",
     NOT + r"\b" + SAYS_HI + r" (?:" + HOW + r" ){0,2}(?:s ?i (?:and )?)?h ?i\b"
     r"|" + NOT + r"\b" + SAYS + r" (?:" + HOW + r" ){0,2}s ?i (?:and )?h ?i\b"
     r"|" + NOT + r"\b(?:passive|active|current|ongoing|intermittent|fleeting|recent|vague"
     r"|escalating|worsening|increased|chronic|persistent) hi\b(?! (?:fi|res|tech)\b)"
     + "".join(
         r"|" + NOT + r"\b" + si + " and " + hi + SI_HI_PRESENT
         for si in SPELLINGS["si"]
         for hi in SPELLINGS["hi"]
     )
     + "".join(r"|" + NOT + r"\b" + hi + HI_AT for hi in SPELLINGS["hi"])
     + r"|" + NOT + r"\b(?:identified|intended|named|chosen) (?:a |an )?(?:target|victim)s?\b"
     r"(?! (?:audience|market|group|population|date|areas?|goals?)\b)"
     r"|" + NOT + r"\b(?:danger|dangerous|threat) to (?:(?:self|himself|herself) (?:and|or) )?"
     r"others\b|" + NOT + r"\bdto\b"
     r"|\b(?:made|making|makes|verbali[sz]ed|voiced|expressed|issued) (?:\w++ )?threats? (?:to|of)"
     r" (?:kill|murder|shoot|stab|harm|hurt|attack)\b"
     r"|\b" + WHO + r" (?:\w++ )?threaten(?:ed|s|ing) to (?:kill|murder|shoot|stab|harm|hurt"
     r"|attack)\b"
     r"|\b(?:hed|shed|he would|she would|said he would|said she would|says he will|says she will"
     r"|says hes going to|says shes going to) (?:\w++ )?(?:stab|shoot|kill|murder|strangle)"
     r" (?:his|her|their|the|a|an|my) \w++"
     r"|\b(?:student|pupil|kid|child|teen|youth|classmate)(?: \w++){0,6}? (?:has|had|brought"
     r"|bringing|brings|carrying|carries) (?:a |his |her |their )?(?:gun|knife|weapon|firearm"
     r"|pistol)s? (?:to school|in (?:his|her|their) (?:backpack|bag|locker|desk)|at school)\b"
     r"|\b(?:drew|drawing|drawings|wrote|writing|pictures|notes?|stories|story|list)"
     r" (?:\w++ ){0,3}?(?:shooting|killing|stabbing|bombing|hurting) (?:up )?"
     r"(?:his |her |their |the )?(?:classmates|students|teachers?|school|peers|people|kids"
     r"|staff)\b"),
    ((PSY,), "clin_hallucinations",
     NOT + r"(?<!\bsi )(?<!\bhi )(?<!\bah )\b(?:ah (?:and |or )?vh|vh (?:and |or )?ah|avh|vh)\b"
     r"(?! (?:denie\w*|neg\w*|no|none|absent)\b)"
     r"|" + NOT + r"\b" + SAYS + r" (?:" + HOW + r" )?(?:(?:si|hi|and) ){0,3}(?:ah|vh|avh)\b"
     r"|" + NOT + r"\b(?:a v h|a h v h|a h and v h)\b"
     r"|" + NOT + r"\bah (?:telling|commanding|command|instructing|saying|x ?\d+|daily|nightly"
     r"|described|voices)\b"
     r"|" + NOT + TOPIC + r"(?<!\bauditory )(?<!\bvisual )(?<!\btactile )(?<!\bolfactory )"
     r"(?<!\band )\b(?:(?:auditory|visual|tactile|olfactory|verbal) (?:and |or )?){0,2}"
     r"hallucinat\w*" + TOPIC_AFTER
     + r"|" + NOT + r"\binternally (?:preoccupied|stimulated|distracted)\b"
     r"|\b(?:believes|convinced|insists|thinks|states|reports|feels) (?:that )?(?:\w++ ){0,3}?"
     r"(?:are|is) (?:poisoning|spying on|plotting against|bugging|conspiring against) "
     r"(?:her|him|them|the|his|their)\b"
     r"|" + NOT + r"\bcah\b(?! (?:congenital|adrenal|hydrocortisone|salt wasting)\b)"
     r"|" + NOT + r"\bcommand(?:ing)? (?:auditory |verbal )?(?:hallucinations?|voices|ah|avh)\b"
     r"|" + NOT + r"\b(?:responding|responds|respond|reacting|reacts|attending|attends"
     r"|preoccupied with|distracted by) (?:to )?internal stimuli\b|" + NOT + r"\brtis\b"
     r"|" + NOT + TOPIC + r"\b(?:paranoid (?:ideation|thoughts|behaviou?r|features|psychosis"
     r"|and (?:guarded|delusional|disorgani[sz]ed))|paranoia"
     r"|persecutory (?:ideation|ideas|beliefs|thoughts)"
     r"|ideas of reference|thought (?:insertion|broadcasting|withdrawal)|psychos[ie]s)\b"
     + TOPIC_AFTER),
    ((PSY, HI), "clin_voices_harm_others",
     r"\b(?:cah|command\w* (?:\w++ ){0,2}?(?:hallucinations?|voices|ah)|ah|avh|voices?"
     r"|hallucinations?)(?: \w++){0,3}? (?:telling|instructing|directing|ordering|commanding"
     r"|urging|to|that tell|that told)(?: \w++)?? (?:to )?(?:kill|harm|hurt|stab|attack|shoot"
     r"|strangle|poison|assault|beat|drown|smother|suffocate|choke) (?:" + STAFF
     + r"|(?:his|her|their|the|a|an) \w++)\b"),
    ((PSY, SI), "clin_voices_kill_self",
     r"\b(?:cah|command\w* (?:\w++ ){0,2}?(?:hallucinations?|voices|ah)|ah|avh|voices?"
     r"|hallucinations?)(?: \w++){0,3}? (?:telling|instructing|directing|ordering|commanding"
     r"|urging|to|that tell|that told)(?: \w++)?? (?:to )?(?:(?:kill|end|hang|shoot|drown)"
     r" (?:self|{self}|(?:his|her|their|own) (?:own )?life)|die|jump)\b"),
    ((PSY, SH), "clin_voices_harm_self",
     r"\b(?:cah|command\w* (?:\w++ ){0,2}?(?:hallucinations?|voices|ah)|ah|avh|voices?"
     r"|hallucinations?)(?: \w++){0,3}? (?:telling|instructing|directing|ordering|commanding"
     r"|urging|to|that tell|that told)(?: \w++)?? (?:to )?(?:harm|hurt|cut|burn|injure)"
     r" (?:self|{self})\b"),
    ((ATTEMPT,), "clin_self_inflicted",
     r"\bself inflicted (?:gsw|gunshot|gun shot|stab wounds?|hanging|strangulation|asphyxiation"
     r"|overdose|od)\b"),
    ((SH,), "clin_self_injury",
     r"\b(?:burns?|cuts?|marks|scratches|bruises|wounds?|injur\w*|lacerations?)(?: \w++){0,8}?"
     r" (?:did|does|do|doing|made|caused|inflicted) (?:it |this |that |them |those )?(?:to|on)"
     r" (?:himself|herself|themselves|themself)\b"
     r"|\bself inflicted (?:lacerations?|lacs?|cuts?|wounds?|burns?|injur\w*|stab\w*)\b"
     r"|\b(?:superficial|linear|healing|fresh|parallel) (?:lacerations?|lacs|cuts|scratches"
     r"|burns|scars)\b|\b(?:lacerations?|lacs|cuts) (?:to|on|of|across) (?:the |her |his "
     r"|their |both |l |r |left |right |bilateral )?(?:wrists?|forearms?)\b"
     r"|" + NOT + r"\b(?:dsh|nssi)\b"
     r"|" + NOT + r"\b(?:engag\w* in|hx of|history of|h o|episodes? of|increase in|increased"
     r"|ongoing"
     r"|recent|escalating|current|active|severe|frequent|daily|chronic|reports|endorses"
     r"|endorsed|reported) sib\b(?! (?:conflict|rivalry|relationship|support|group|visits?)\b)"
     r"|\bsib (?:cutting|burning|head ?banging|scratching|picking|biting|x ?\d+|hx|history)\b"
     r"|" + NOT + r"\bs ?i sib\b"
     r"|" + not_after(NEGATIONS_EN, "harm|hurt|cut|burn|injur")
     + r"(?:harm|harming|hurt|hurting|cut|cutting|burn|burning|injure|injuring)"
     r" (?:to )?self\b"),
)

# fmt: on

CLINICAL: tuple[Rule, ...] = CLINICAL_EN + CLINICAL_VIOLENCE + CLINICAL_ES
