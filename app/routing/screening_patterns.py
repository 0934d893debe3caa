"""Pattern tables for the free-text risk screener (see `app.routing.screening`).

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
an unseen continuation is still flagged: a missed risk costs more than a false alarm. Idioms
that share no words with a risk pattern ("this traffic is killing me", "dying to try it", "me
muero de hambre") need no guard: no rule matches them in the first place, because rules about
killing or dying always require a self-object, an intent verb or a person as the target.
"""

SI = "suicidal_ideation"
PLAN = "suicide_plan_or_intent"
ATTEMPT = "suicide_attempt"
SH = "self_harm"
HI = "homicidal_ideation"
IPV = "interpersonal_violence"
SV = "sexual_violence"
CA = "child_abuse"
OD = "substance_overdose"
PSY = "psychosis"
NOW = "imminent_danger"

FLAGS: tuple[str, ...] = (SI, PLAN, ATTEMPT, SH, HI, IPV, SV, CA, OD, PSY, NOW)

# A flag found implies these too (a plan or an attempt is also suicidal ideation).
IMPLIES: dict[str, tuple[str, ...]] = {PLAN: (SI,), ATTEMPT: (SI,)}

# Word-level rewrites applied during normalisation (whole words, after apostrophes are gone).
REWRITES: dict[str, str] = {
    "do not": "dont",
    "does not": "doesnt",
    "did not": "didnt",
    "can not": "cant",
    "cannot": "cant",
    "could not": "couldnt",
    "will not": "wont",
    "would not": "wouldnt",
    "is not": "isnt",
    "are not": "arent",
    "was not": "wasnt",
    "were not": "werent",
    "have not": "havent",
    "i am": "im",
    "i will": "ill",
    "i would": "id",
    "he is": "hes",
    "she is": "shes",
    "it is": "its",
    "they are": "theyre",
    "wanna": "want to",
    "wana": "want to",
    "gonna": "going to",
    "gunna": "going to",
    "gotta": "got to",
    "tryna": "trying to",
    "finna": "going to",
    "imma": "im going to",
    "ima": "im going to",
    "kms": "kill myself",
    "kmsf": "kill myself",
    "rn": "right now",
    "tn": "tonight",
    "tonite": "tonight",
    "2nite": "tonight",
    "2night": "tonight",
    "2": "to",
    "my self": "myself",
    # Typos and text-speak seen in crisis messages: fixed words only, never a word that is also
    # an everyday word ("dye" stays "dye": "dye my hair"); "sh" (self-harm) is left to the rules.
    "myslf": "myself",
    "myslef": "myself",
    "mysef": "myself",
    "mself": "myself",
    "tryed": "tried",
    "tride": "tried",
    "wnt": "want",
    "rly": "really",
    "hlp": "help",
    "agian": "again",
    "any1": "anyone",
    "some1": "someone",
    "sum1": "someone",
    "no1": "no one",
    "every1": "everyone",
    "talkin": "talking",
    "tryin": "trying",
    "killin": "killing",
    "cuttin": "cutting",
    "hurtin": "hurting",
    "n e more": "anymore",
    "ne more": "anymore",
    "kiero": "quiero",
    "kiere": "quiere",
    "kieres": "quieres",
    "qiero": "quiero",
    "u": "you",
    "cuz": "because",
    "bc": "because",
    "q": "que",
    "xq": "porque",
    "pq": "porque",
}

# Emoji that stand for a means of harm become the word, so "\U0001f52a my arms" reads "knife my
# arms"; every other emoji is a space (see `app.routing.screening.normalize`).
EMOJI: dict[str, str] = {
    "\U0001f52a": "knife",
    "\U0001fa92": "razor",
    "\U0001f48a": "pills",
    "\U0001fa78": "blood",
}

FRAGMENTS: dict[str, str] = {
    "partner": (
        r"(?:husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf|ex|ex husband|ex wife"
        r"|ex boyfriend|ex girlfriend|ex partner|spouse|fiance|fiancee|baby daddy|man|date)"
    ),
    "family": (
        r"(?:dad|daddy|father|stepdad|step dad|stepfather|step father|mom|mommy|mum|mother"
        r"|stepmom|step mom|stepmother|parents|parent|uncle|aunt|grandpa|grandfather|grandma"
        r"|grandmother|brother|sister|stepbrother|step brother|cousin|teacher|coach|babysitter"
        r"|pastor|priest|guardian|foster (?:dad|mom|parents?|father|mother)|moms boyfriend"
        r"|mums boyfriend|mothers boyfriend)"
    ),
    # Someone who may be hurting the person: a named relation or a bare pronoun.
    "perp": (
        r"(?:(?:my|her|his|our|the|mums|moms|mothers) (?:\w++ )?(?:{partner}|{family}|roommate"
        r"|son|daughter|neighbou?r|landlord|pimp|in laws?|father in law|mother in law)"
        r"|(?:a|an|some|this|that) (?:\w++ )?(?:{partner}|{family}|man|guy|stranger|neighbou?r)"
        r"|{partner}|{family}|he|she|they|hes|shes|theyre|someone|somebody)"
    ),
    "hurt_verb": (
        r"(?:hits?|hitting|beats?|beating|beaten|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?"
        r"|kick(?:s|ed|ing)?|chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|shov(?:e|es|ed|ing)"
        r"|push(?:es|ed|ing)?|smack(?:s|ed|ing)?|attack(?:s|ed|ing)?|assault(?:s|ed|ing)?"
        r"|abus(?:e|es|ed|ing)|hurts?|hurting|bruis(?:e|es|ed)|burn(?:s|ed)?|stab(?:s|bed)?"
        r"|whip(?:s|ped)?|belt(?:s|ed)|spank(?:s|ed)?|grab(?:s|bed|bing)"
        r"|threaten(?:s|ed|ing)?|rap(?:e|es|ed)|molest(?:s|ed)?|bites"
        r"|pull(?:s|ed)? my hair|drag(?:s|ged)?|pin(?:s|ned)|lock(?:s|ed)?|ties|tied"
        r"|stalk(?:s|ed|ing)?"
        r"|starv(?:e|es|ed)|pinch(?:es|ed)?|slam(?:s|med|ming)?|smash(?:es|ed|ing)?|threw|throws?"
        r"|throwing|shak(?:e|es|ed|ing)|spit(?:s)? on|spat on)"
    ),
    # Harmless continuations of "<someone> <hurt verb> me": games, favours, encouragement.
    "hurt_guard": (
        r"(?! (?:up|out|off|on (?:instagram|twitter|tiktok|facebook|social)"
        r"|to (?:do|be|try|work|study|get|go|achieve|improve|succeed|reach|finish|eat|exercise|it"
        r"|the punch|the finish)|into (?:doing|trying|going)"
        r"|(?:a|an|some) (?:coffee|drink|beer|snack|sandwich|gift|present|party|surprise|bone|line"
        r"|ball|ride|seat|chair|plate|email|text|message|invite|pizza|lunch|dinner|book|card|hug)"
        r"|(?:at|in) (?:(?:\w++ ){0,2}?(?:chess|cards|tennis|golf|pool|games?|fifa|mario|checkers"
        r"|monopoly|scrabble|basketball|soccer|football|race|match|finals?|fortnite|minecraft)"
        r"|running|arm wrestling)|so hard|hard (?:at|in)|with (?:the |some |this |that |a )?"
        r"(?:news|truth|questions?|idea|bill|request|facts|reality|surprise|joke|compliment))\b)"
    ),
    "pills": (
        r"(?:pills?|tablets?|meds|medication|medications|medicine|medicines|capsules"
        r"|painkillers|pain killers|tylenol|paracetamol|acetaminophen|advil|ibuprofen|aspirin"
        r"|xanax|benzos|bars|oxy|oxys|oxycodone|percocets?|vicodin|insulin|antidepressants"
        r"|ambien|lithium|seroquel|sleeping (?:pills|tablets)|opioids|morphine|methadone"
        r"|antidepressant"
        r"|clonazepam|klonopin|valium|diazepam|lorazepam|ativan|alprazolam|tramadol|codeine"
        r"|gabapentin|zopiclone|sertraline|fluoxetine|prozac|zoloft|lexapro|quetiapine)"
    ),
    "weapon": (
        r"(?:gun|guns|pistol|rifle|shotgun|handgun|firearm|revolver|glock|knife|knives|machete"
        r"|baseball bat|bat|crowbar|axe|hammer)"
    ),
    "gun": r"(?:gun|guns|pistol|rifle|shotgun|handgun|firearm|revolver|glock|bullets|ammo)",
    "soon": (
        r"(?:tonight|right now|now|today|tomorrow|this weekend|this evening|this afternoon"
        r"|this morning|soon|in (?:a few|an|one|two|\d+) (?:minutes?|hours?)"
        r"|when (?:everyone|they|he|she) (?:is|are|goes|go) (?:asleep|to sleep|to bed)"
        r"|after (?:everyone|they|he|she) (?:leaves?|goes|go) (?:to bed|out|home)?)"
    ),
    "es_nouns": (
        r"(?:esposo|marido|pareja|novio|novia|esposa|mujer|ex|exesposo|ex esposo|exnovio"
        r"|ex novio|papa|papi|padre|mama|mami|madre|padrastro|madrastra|tio|tia|abuelo|abuela"
        r"|primo|prima|hermano|hermana|hermanastro|maestro|profesor|profe|entrenador|vecino"
        r"|suegro|suegra|cunado|hijo|hija)"
    ),
    "es_family": (
        r"(?:papa|papi|padre|mama|mami|madre|padrastro|madrastra|tio|tia|abuelo|abuela|primo"
        r"|hermano|hermana|hermanastro|maestro|profesor|profe|entrenador|vecino)"
    ),
    # "me pego UN SUSTO / LA GRIPE" (gave me a fright / the flu) is not violence.
    "es_hit_guard": (
        r"(?! (?:un|una|la|el|su) (?:susto|sustote|grito|resfriado|resfrio|gripa|gripe|tos|virus"
        r"|chicle|costumbre|cancion|musica|sticker|calcomania|mania|piojos))"
    ),
    # Ways to kill oneself named after an intent verb ("I intend to", "planning to", "tried to"),
    # first or third person ("my son tried to take his own life").
    "self": r"(?:myself|himself|herself|themselves|themself)",
    "height": (
        r"(?:bridge|building|roof|rooftop|cliff|balcony|overpass|ledge|tower|parking garage"
        r"|skyscraper|top floor|window)"
    ),
    "method": (
        r"(?:kill(?:ing)? {self}|end(?:ing)? (?:my|his|her|their) (?:own )?life"
        r"|tak(?:e|ing) (?:my|his|her|their) (?:own )?life|hang(?:ing)? {self}"
        r"|shoot(?:ing)? {self}|overdos(?:e|ing)|jump(?:ing)? (?:\w++ ){0,3}?(?:off|from)"
        r" (?:a |the |my |this |that |an )?(?:\w++ )?{height}"
        r"|(?:jump|jumping|step|stepping|throw {self}|throwing {self}|lie down|walk|walking)"
        r" (?:\w++ )?in front of (?:a |the |an )?"
        r"(?:\w++ )?(?:train|subway|bus|truck|car|traffic|lorry)"
        r"|(?:drown|drowning|poison|poisoning|gas|gassing|suffocate|suffocating|stab|stabbing"
        r"|strangle|strangling) {self}"
        r"|(?:slit|slitting|cut|cutting) (?:my|his|her|their) (?:wrists?|throat|veins)"
        r"|(?:drive|driving|crash|crashing|steer|steering) (?:my |his |her |the |a )?(?:car|truck"
        r"|bike|motorbike) (?:\w++ ){0,2}?(?:into|off) (?:a |the |oncoming )?(?:\w++ )?(?:wall"
        r"|tree|pole|traffic|river|lake|ocean|sea|truck|bridge|cliff|barrier|train)"
        r"|unaliv(?:e|ing) {self})"
    ),
    "es_pills": (
        r"(?:pastillas|pildoras|medicinas|medicamentos|tabletas|capsulas|calmantes|somniferos"
        r"|clonazepam|paracetamol|ibuprofeno|aspirinas|antidepresivos|rivotril)"
    ),
}

# Words so common that a rule keyed on them would run on most sentences (see
# `app.routing.screening_prefilter`): keys are chosen to avoid them where a rule allows.
COMMON_WORDS = (
    "a i im me my he she it its to of be is do no not dont cant and the that this have want "
    "like just time will could would should about going think need feel feeling get got so all "
    "one really said says say take takes took last try make made help sleep mom dad father "
    "mother son daughter with for from by at on in as was are were been being has had when what "
    "how where who why there their they them then than some any more very much many other after "
    "before again because into out up down over also only still even ever never every our your "
    "his her him us you we can may might does did done doing go come know see look way day days "
    "thing things people year years good well back now work home kids better first new "
    "el la lo de que y en un una mi me se te ya es por para con los las si ayuda noche nuestra "
    "nuestro tengo tiene esta estoy hacer mucho nada todo dijo siento muy pero como cuando "
    "porque mas bien casa dia vez solo hay ser estar puedo"
)

Rule = tuple[tuple[str, ...], str, str]

# The tables keep one compact row per rule: (flags, code, regex split over lines). ruff format
# would explode every row into four lines, so it is switched off for them.
# fmt: off

# --------------------------------------------------------------------------------------------
# Suicidal ideation, English: direct, indirect and slang.
# --------------------------------------------------------------------------------------------
SUICIDE_EN: tuple[Rule, ...] = (
    ((SI,), "kill_myself",
     r"\b(?:kill?|killing|killed|kills|off|offing|unalive|unaliving|end|ending|ended) myself\b"
     # "killing myself at work / trying to finish this" is an idiom about overwork.
     r"(?! (?:trying|working|studying|laughing|at (?:work|the gym)|over (?:this|that|a|the)"
     r"|to (?:finish|meet|get|make|keep|pay|please|impress)))"),
    ((SI,), "kill_myself_intent",
     r"\b(?:want|wanted|going|planning|plan|thinking|thought|thoughts|think|decided|urge|urges"
     r"|should|will|ill|might|wish|ready|wants|says|said|talks|talked|talking) (?:\w++ ){0,2}?"
     r"(?:to |of |about |on )?(?:kill|killing|unalive|unaliving) {self}\b"),
    ((SI,), "suicide_word",
     r"\b(?:suicid|sucid|suicd|suisid|suicdi)\w*|\bsewer ?slide\b|\bsu1c1de\b|\b(?:unaliv"
     r"|un aliv)(?:e|ed|ing)\b"
     r"|\bctb\b|\b(?:selfdelet|self delet)(?:e|ing)\b|\bdeath wish\b"),
    ((SI,), "want_to_die",
     r"\b(?:want|wanted|wanting|wants|need|ready|deserve|wish|hope|pray|praying|like|prefer|time)"
     r" (?:to |that i |i could |id |i )?(?:just |simply |really |finally |honestly )?die\b"
     r"(?! (?:of|from) (?:embarrassment|shame|laughter|laughing|boredom|cuteness|old age)"
     r"| laughing| for\b)"),
    ((SI,), "wish_dead",
     r"\b(?:wish|wished|want|wanted|rather|prefer|should|better off|happier|easier|hope)"
     r" (?:\w++ ){0,2}?(?:be |been |was |were |being |im )?dead\b"
     r"(?! (?:tired|serious|set|end|on|wrong|heat|weight|last|center|centre|simple|easy"
     r"|than (?:wear|be seen|eat|go to|watch|listen|sit|attend|date|work|vote)))"),
    ((SI,), "feel_like_dying",
     r"\bfeel(?:s|ing)? like (?:dying|i want to die|killing myself|giving up on life|ending it"
     r"|disappearing forever|vanishing forever|not existing|not being alive|not being here)\b"),
    ((SI,), "rather_die",
     r"\brather (?:just )?die\b(?! than (?:wear|be seen|eat|go (?!on|back)|watch|listen|sit|attend"
     r"|date"
     r"|work|admit|lose|vote|apologi[sz]e|ask|call|text|drink|do (?:that|this|homework|math)))"),
    ((SI,), "never_born",
     r"\b(?:wish|wished|wishing|hope|hoping|pray|praying) (?:that )?(?:i |id |someone would "
     r"|somebody would |something would |a car would |a bus would |god would )?(?:was |were |had "
     r"|could |would |just |will )?(?:never born|never been born|not born|didnt exist|wasnt alive"
     r"|wasnt here|wasnt around|werent here|werent alive|stop existing|not exist|die|died"
     r"|just die|be dead|disappear|vanish|not wake up|never wake up|didnt wake up|dont wake up"
     r"|get hit by|be hit by|kill me|take me|end it|end my life|cease to exist|never existed"
     r"|fall asleep forever|get sick and die)\b(?! (?:of|from) (?:embarrassment|laughter|shame))"),
    ((SI,), "should_not_exist",
     r"\bshould(?:nt| not| never) (?:have )?(?:been born|exist|be alive|be here)\b"
     r"|\bi should (?:just )?(?:die|be dead|not exist|disappear)\b"),
    ((SI,), "not_want_to_live",
     r"\b(?:dont|no longer|not|doesnt|wont|never|didnt) (?:really |even |actually |ever )?"
     r"(?:want|wish|feel like|care) to (?:be alive|exist|keep living|go on living|continue living"
     r"|stay alive|keep existing|live anymore|live (?:anymore|any more)|live any longer"
     r"|be alive anymore"
     r"|be here (?:anymore|any more)|be here any longer|be around (?:anymore|any more)|try anymore"
     r"|fight anymore"
     r"|do this anymore|do this (?:anymore|any more)|do life|be me anymore)\b"),
    ((SI,), "not_want_to_live_2",
     r"\b(?:dont|no longer|not|doesnt|wont|never|didnt) (?:really |even |actually |ever )?"
     r"(?:want|wish) to (?:live|wake up)\b"
     r"(?! (?:in (?!(?:this|a) (?:world|body|life)|pain)|with|at|near|next|there|on|alone|early"
     r"|late|before|tomorrow morning|for work|by myself|together|so))"),
    ((SI,), "dont_want_to_be_here",
     r"\b(?:dont|no longer|not|doesnt) (?:really |even |actually )?(?:want|wish) to be"
     r" (?:here|around|on this earth|in this world|part of this world|alive)\b"
     # "I don't want to be here AT THIS PARTY" is everyday talk.
     r"(?! (?:at|for|with|when|if|today|tomorrow|tonight|right now|on (?!this earth)"
     r"|in (?!this (?:world|life))|while|during|next|all day|alone|by myself))"),
    ((SI,), "cant_go_on",
     r"\b(?:cant|couldnt|can no longer|unable to|not able to|dont know how to|dont want to)"
     r" (?:go on|keep going|carry on|keep living|keep doing this|live like this|live this way"
     r"|live with myself|face (?:another day|tomorrow|life|living|the world)|do this anymore)\b"
     # "can't go on VACATION / keep going TO THE GYM" are everyday talk.
     r"(?! (?:a|an|the|my|his|her|your|their|our|vacation|holiday|trips?|dates?|stage|tour|air"
     r"|leave|break|twitter|facebook|instagram|tiktok|social|to|at|in|on|for|working|studying"
     r"|playing|paying|talking|waiting|this (?!way|life|pain)|that|without (?:coffee|sleep"
     r"|food)))"),
    ((SI,), "cant_take_it",
     r"\b(?:cant|couldnt|can no longer|unable to|not able to|no longer) (?:do|take|handle|bear"
     r"|stand|cope with|deal with|endure|survive|fight|live with|cope) (?:it|this|life|the pain"
     r"|this pain|anything|everything|living|being alive|much more|myself|it all|any of this)?"
     r" ?(?:anymore|any more|any longer|no more|another day)\b"),
    ((SI,), "give_up_on_life",
     r"\b(?:give|giving|gave|given) up on (?:life|living|everything|myself|it all|the world"
     r"|being alive|staying alive)\b"),
    ((SI,), "no_reason_to_live",
     r"\b(?:no|zero|lost (?:my|all|the)|without a|without any|find a|find any|see a|see any"
     r"|see the|dont have a|dont have any|no more|what is the|whats the|whats my|any)"
     r" (?:good |real |single |more |\w++ )?(?:reason|reasons|point|purpose|will|motivation|desire)"
     r" (?:in |for )?(?:to )?(?:live|living|go on|going on|keep going|keep living|be alive"
     r"|being alive|exist|existing|stay alive|staying alive|wake up|waking up|carry on|life)\b"),
    ((SI,), "nothing_to_live_for",
     r"\bnothing (?:left )?(?:to live for|to look forward to|left to live for|worth living for"
     r"|left for me|to stay for|keeping me here|holding me here)\b"),
    ((SI,), "not_worth_living",
     r"\b(?:not|isnt|no longer|never|aint|wasnt) (?:\w++ )?worth (?:living|being alive"
     r"|staying alive"
     r"|saving|the air i breathe|existing|the pain|fighting for|it anymore)\b"
     r"|\b(?:life|lifes|living|my life|this life|existence|being alive) (?:\w++ ){0,2}?(?:isnt"
     r"|is not"
     r"|wasnt|aint|not|is no longer|no longer|never was|hasnt been) (?:really |even |that |much )?"
     r"worth (?:it|living|anything|the (?:pain|effort|struggle|trouble)|continuing"
     r"|fighting for)\b"),
    ((SI,), "life_is_pointless",
     r"\b(?:my life|life|i|im|everything|existence|my existence|living) (?:is |am |feel |feels "
     r"|seems"
     r" )?(?:so |completely |totally |just |utterly )?(?:worthless|pointless|meaningless)\b"
     r"|\b(?:life|my life|living|existence|my existence) (?:has|holds|have) no (?:\w++ )?(?:meaning"
     r"|point|purpose|value)\b|\b(?:dont|do not|doesnt|dont even) deserve to (?:live|be alive"
     r"|exist|be here|breathe)\b|\bwant out of (?:this life|life|this world|here for good"
     r"|everything)\b"),
    ((SI,), "no_future",
     r"\b(?:dont|cant|do not|cannot|never|couldnt) (?:\w++ )?(?:see|picture|imagine) (?:myself|me)"
     r" (?:being |still |staying )?(?:alive|here|around|making it|surviving|growing old|living"
     r" (?:much )?longer)\b(?! (?:in|with|at|there|without))"
     r"|\bbetter off (?:\w++ ){0,6}?not me\b"
     r"|\b(?:crash|crashing|crashed|wreck|wrecking|drive|driving|drove|swerve|swerving|jump"
     r"|jumping)"
     r" (?:\w++ ){0,3}?(?:on purpose|deliberately|intentionally)\b"
     r"|\b(?:ill|i will|im going to|i am going to|going to) be (?:gone|dead) (?:by|before)"
     r" (?:morning|tomorrow|tonight|the weekend|sunrise|the time you)\b"
     r"|\b(?:ill|i will|im going to|i am going to|going to) be (?:gone|dead) (?:soon|forever"
     r"|for good)\b"),
    ((SI,), "how_much_longer",
     r"\bhow (?:much )?(?:longer|long) (?:i can|i could|can i|ill|i will be able to) (?:keep going"
     r"|go on|keep living|last|hold on|take (?:it|this)|survive|do this|keep fighting)\b"),
    ((SI,), "keep_living_like_this",
     r"\b(?:keep|go on|continue|carry on|stay|be) (?:living|existing|alive|breathing)"
     r" (?:like this|this way|anymore|any more|any longer|much longer)\b"
     r"|\b(?:keep|carry|keeps) (?:on )?going (?:like this|this way|anymore|any more|any longer)\b"
     r"|\b(?:imagin(?:e|ed|ing)|picture|picturing|visuali[sz](?:e|ed|ing)|planning|planned|plan)"
     r" (?:\w++ ){0,2}?(?:my (?:own )?(?:funeral|death|suicide|grave)|dying|being dead)\b"
     r"|\bbetter off (?:gone|not (?:being )?(?:here|alive|around)|not existing|never born"
     r"|six feet under|in the ground)\b"),
    ((SI,), "whats_the_point",
     r"\b(?:whats|what is|wheres|theres no|there is no|dont see the|no|see no|cant see the)"
     r" (?:\w++ ){0,2}?point (?:anymore|any more|of (?:living|life|anything|it all|going on|trying"
     r"|existing|being alive|me|waking up|getting up|being here)|in (?:me |my )?(?:living|life"
     r"|anything"
     r"|going on|trying anymore|existing|being alive|waking up|being here)|to (?:living|life"
     r"|anything|any of this|it all|me))\b"),
    ((SI,), "better_off_without_me",
     r"\b(?:better|happier|easier|relieved|lighter|better place|best|good riddance)"
     r" (?:\w++ ){0,3}?(?:without me|if i (?:was|were|had) (?:gone|dead|never born|not here"
     r"|not around|not alive|no longer here|out of the picture)|if i (?:just |simply |finally"
     r" |really |ever )?(?:died|disappeared|vanished|left|was gone|were gone|went away"
     r"|killed myself|wasnt (?:here|around|alive|born)|werent (?:here|around|alive|born)"
     r"|didnt exist|never existed|left forever|stopped existing)|when im (?:gone|dead)"
     r"|once im (?:gone|dead)|after im (?:gone|dead)|with me (?:gone|dead|out of the way))\b"),
    ((SI,), "burden",
     r"\b(?:im|being|feel like|feel|just|such|only|nothing but|am|be|become|becoming)"
     r" (?:a |such a |just a |only a |nothing but a |the |an )?(?:\w++ )?burden\b"),
    ((SI,), "death_sounds_better",
     r"\b(?:all|the only thing|only thing|everything) i (?:want|wish for|think about|need|dream of)"
     r" (?:\w++ ){0,2}?(?:is |anymore is )?(?:to )?(?:die|death|disappear|end it|sleep forever"
     r"|not wake up|not exist|be dead)\b"
     r"|\b(?:being dead|dead|death|dying|not existing|not being alive|not being here|suicide)"
     r" (?:\w++ ){0,2}?(?:sounds|seems|feels|would be|is|looks) (?:\w++ )?(?:better|nicer|easier"
     r"|peaceful|like a relief|like relief|good|appealing|tempting|inviting)\b"
     r"|\bwithout me (?:\w++ ){0,4}?(?:would be|will be|is|are|d be) (?:\w++ )?(?:better|easier"
     r"|happier)\b|\bif i (?:died|was gone|were gone|disappeared|killed myself|wasnt here"
     r"|werent here) (?:\w++ ){0,2}?(?:no one|nobody|noone) (?:would|will)\b"
     r"|\b(?:my life|life) (?:needs|has|have|is going) to end\b"),
    ((SI,), "not_needed",
     r"\b(?:who|anyone|anybody|people|nobody|no one|noone) (?:would|will|even|d) (?:\w++ )?(?:come"
     r" to|show up (?:at|to|for)|go to|attend|cry at) my funeral\b"
     r"|\b(?:wish|wished|wishing|hope|hoping|pray|praying) (?:that )?(?:a |an |the |some |someone"
     r" |somebody |something )?(?:\w++ )?(?:would|will|could) (?:just )?(?:hit|kill|run over|shoot"
     r"|end|take) me\b"
     r"|\b(?:the world|nobody|no one|noone|everyone|my family|anyone) (?:\w++ )?(?:doesnt|dont"
     r"|wont|wouldnt|does not) (?:even |really )?(?:need|want|miss) me\b"
     r"|\b(?:nobody|no one|noone) (?:needs|wants|would miss|will miss|cares about) me\b"),
    ((PLAN, NOW), "ready_now",
     r"\b(?:have|got|holding|bought|with) (?:a |the |my |all (?:my|the) )?(?:bottle of |bunch of"
     r" |handful of )?(?:pills|meds|{gun}|rope|noose|razor blades?)\b(?: \w++){0,4}? (?:and|so)"
     r" (?:im|i am) (?:ready|done|going to)\b"
     r"|\b(?:know|figured out|decided|planned|thought about|worked out) (?:exactly |already |just"
     r" )?(?:how|where|when) (?:id|ill|i could|i can|im going to|to)"
     r" (?:do it|end it|kill myself|die|end my life)\b"),
    ((SI,), "nobody_would_miss",
     r"\b(?:no one|nobody|noone|none of them|nobody else|not one person|no one else|who)"
     r" (?:would|will|is going to|going to|could|even|would even|will even|really|even would)"
     r" (?:\w++ )?(?:miss me|care if i|notice if i|care when i|notice when i|notice im gone"
     r"|be sad if i|cry if i|come to my funeral|even notice)\b"
     r"|\b(?:wouldnt|doesnt|would not|wont|will not|dont|nobody would|no one would)"
     r" (?:\w++ )?(?:matter|care) if i (?:die|died|live or die|lived or died|was gone|were gone"
     r"|disappeared|was dead|killed myself|didnt wake up|dont wake up|never woke up"
     r"|wasnt here|werent here)\b"),
    ((SI,), "end_it_all",
     r"\b(?:end|ending|ended|finish|finishing|stop|stopping) (?:it all|everything|my life"
     r"|my own life|my existence|things for good|it for good|my suffering|this life"
     r"|it once and for all|the pain forever|my pain forever|my story)\b"),
    ((SI,), "end_it",
     r"\b(?:want|wanted|wanting|going|planning|plan|thinking|thought|think|decided|ready|time"
     r"|about|just|might|could|should|will|ill|wish i could|tempted|urge|how to|like|feel like"
     r"|close to|considering|consider)"
     r" (?:\w++ ){0,2}?(?:to |of |about |on )?(?:end|ending) (?:it|things|this|everything)\b"
     # "end it / end things WITH HIM", "end this MEETING": relationships and chores.
     r"(?! (?:with|between|off|up|early|at|by|on (?:a|the)|after|before|there|soon with"
     r"|now with|for (?:now|today|the day)|(?:\w++ )?(?:meeting|project|call|game|book|show|season"
     r"|episode|relationship|paper|essay|course|class|race|conversation|chapter|argument"
     r"|discussion|friendship|contract|subscription|lease)))"),
    ((SI,), "take_my_life",
     r"\b(?:take|taking|took|takes) (?:my|my own|away my|his own|her own|their own) life\b"
     r"(?! (?:back|into my own hands|in a new direction|seriously|more seriously|one day at a time"
     r"|to the next level|in|for granted|for a spin))"),
    ((SI,), "not_wake_up",
     r"\b(?:never|not|dont|didnt|wont|wouldnt) (?:\w++ )?wake up(?: ever)? again\b"
     r"|\b(?:wish|wishes|wished|hope|hopes|hoped|pray|prays|praying|want|wanted|hoping)"
     r" (?:\w++ ){0,3}?(?:never|not|wouldnt|wont"
     r"|dont|didnt|no longer) (?:\w++ )?wakes? up\b(?! (?:early|late|on time|in time|before|until"
     r"|till|at|for work|with))"
     r"|\b(?:sleep|go to sleep|fall asleep|close my eyes) (?:\w++ ){0,2}?(?:forever|and (?:never"
     r"|not)"
     r" (?:wake up|open them)|and not come back|for good|permanently)\b"),
    ((SI,), "disappear",
     r"\b(?:want|wanted|wish|need|going|ready|time|could|like|longing) (?:\w++ ){0,2}?(?:to )?"
     r"(?:disappear|vanish|cease to exist|stop existing|not exist|stop being alive|not be alive"
     r"|fade away|be gone|b gone|go away forever|leave this world|leave this earth|not be here"
     r"|stop breathing)\b"
     r"(?! (?:for (?:a|the|an) (?:while|week|weekend|day|few|bit|couple|month|hour)"
     r"|on (?:a|vacation|holiday)|into (?:a|the|my) (?:\w++ )?(?:book|novel|game|show|series"
     r"|cave|woods|mountains|crowd|music|work|hobby)"
     r"|to (?:a|an|the) (?:island|beach|cabin|mountains)|from (?:social media|the internet|twitter"
     r"|instagram|facebook|tiktok|work)|off (?:social media|the grid)))"
     r"|\b(?:disappear|disappearing|vanish|vanishing|go away|sleep|rest|leave) forever\b"
     r"|\b(?:stop|stopped|stopping|cease|ceased) (?:existing|to exist)\b|\b(?:not"
     r"|dont) (?:want to )?exist (?:anymore"
     r"|any more)\b"),
    ((SI,), "hate_life",
     r"\b(?:hate|hating|loathe|despise) (?:my (?:own )?life|being alive|living|existing"
     r"|myself so much|my existence|that i exist|that im alive|waking up every)\b"),
    ((SI,), "tired_of_life",
     r"\b(?:tired|sick|exhausted|weary|done|finished|fed up) (?:\w++ )?(?:of |with )?(?:living"
     r"(?! (?:paycheck|with|in|at|here|there|like (?:a|an)|alone|far|so|on))|life|being alive"
     r"|existing|it all|everything and everyone|this life|trying to stay alive|fighting"
     r"|fighting to stay alive|being me|pretending)\b"),
    ((SI,), "want_it_to_end",
     r"\b(?:want|wanted|need|wish|just want) (?:it|it all|everything|the pain|my life|life"
     r"|this pain|this life|the suffering|all of this) (?:all )?to (?:end|stop|be over|go away"
     r" forever)\b(?! (?:at|by|before|early|on|in|with|so (?:i|we) can))"),
    ((SI,), "no_way_out",
     r"\b(?:no|cant see (?:a|any)|dont see (?:a|any)|there is no|theres no|only one|the only)"
     r" way out\b(?! (?:of (?:this|the|my) (?:contract|lease|job|deal|debt|meeting|class|room"
     r"|building|maze|parking|loan)))"
     r"|\b(?:death|dying|suicide|dead) (?:\w++ )?(?:is|seems|feels like|would be) (?:the|my|a)"
     r" (?:only |best |easiest )?(?:way out|answer|option|solution|escape|relief|release)\b"),
    ((SI,), "thoughts_of_death",
     r"\b(?:thoughts?|thinking|thought|think|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|obsessing"
     r"|imagin(?:e|ed|ing)|picture|picturing|visuali[sz](?:e|ed|ing)|planning|plan|planned"
     r"|obsessed|ideation|urges?|impulses?|feelings?) (?:\w++ ){0,2}?(?:about|of"
     r"|on) (?:\w++ ){0,2}?"
     r"(?:dying(?! (?:my|her|his|the) hair)|death|my death|my own death|killing myself"
     r"|my (?:own )?funeral|my (?:own )?grave"
     r"|ending (?:it|my life|things|everything)|ending it all|not being (?:here|alive|around)"
     r"|not existing|taking my (?:own )?life|being dead|disappearing forever|my funeral"
     r"|overdosing|hanging myself|jumping off)\b"
     r"|\bdark thoughts\b|\bmorbid thoughts\b"),
    ((SI,), "join_in_heaven",
     r"\b(?:want|going|ready|cant wait|wish i could|need) to (?:go to heaven|be in heaven|meet god"
     r"|meet my maker|join (?:my \w++|him|her|them) (?:in heaven|on the other side))\b"),
    ((SI, PLAN, NOW), "wont_be_around",
     r"\b(?:wont|not going to|not gonna|will not|i wont) be (?:here|around|alive) (?:much longer"
     r"|for (?:much )?longer|tomorrow|(?:anymore|any more)|next (?:week|year|month)"
     r"|after (?:tonight|today"
     r"|this week)|by (?:morning|tomorrow)|to see)\b"
     # "I won't be here tomorrow SO / BECAUSE I'm off work" is everyday talk.
     r"(?! (?:so|because|since|as|im|ill|i will|due|for|at|morning|afternoon|but|until|till"
     r"|either|or|i have|i need|i got|on|in))"),
    # "They'd be fine without me": "fine without me FOR A WEEK / AT THE PARTY" is everyday talk.
    ((SI,), "fine_without_me",
     r"\b(?:fine|ok|okay|alright|all right|manage|cope|get by|get along"
     r"|move on) (?:just )?(?:\w++ )?"
     r"without me\b(?! (?:for (?!good|ever)|at|this|on|while|today|tonight|tomorrow|next|until"
     r"|till|during|there|here|in (?:the|a|this|that|my|our)|as|if i (?:take|go|leave|skip|miss)"
     r"|when i (?:go|leave|travel|am (?:away|at|on))))"),
    ((SI,), "easier_not_to_exist",
     r"\b(?:easier|better|simpler|nicer|more peaceful|a relief) (?:\w++ ){0,2}?(?:not to exist"
     r"|to not exist|to just not exist|not existing|if i didnt exist|if i wasnt (?:here|alive)"
     r"|not to be (?:here|alive|around)|to not be (?:here|alive|around)|not being (?:here|alive)"
     r"|not to wake up|to not wake up|to die|to be dead|if i (?:was|were) dead"
     r"|to (?:just )?disappear (?:forever|for good))\b"
     r"|\bwhat if i (?:just |simply )?(?:died|disappeared|vanished|stopped existing|wasnt here"
     r"|werent here|wasnt around|killed myself|ended it|didnt wake up|never woke up)\b"
     r"(?! (?:for (?:a|the|an) (?:while|week|weekend|day|few|bit|couple|month|hour)"
     r"|on (?:a|vacation|holiday)))"),
    # Passive wishes: "if I got hit by a bus I wouldn't mind", "I wouldn't care if I died".
    ((SI,), "wouldnt_mind_dying",
     r"\bif i (?:\w++ ){0,2}?(?:got|get|was|were|am) (?:hit(?! with)|run over"
     r"|killed)(?: \w++){0,6}?"
     r" (?:i )?(?:wouldnt|would not|wont|dont|would (?:not )?even) (?:\w++ )?(?:mind|care|be sad"
     r"|be upset|be sorry|complain|fight it)\b"
     r"|\b(?:wouldnt|would not|dont|wont|would not even|wouldnt even) (?:\w++ )?(?:mind|care)"
     r" (?:if i (?:died|die|didnt wake up|dont wake up|never woke up|got hit|got killed|was gone"
     r"|were gone|disappeared|stopped existing|was dead)|dying(?! (?:my|her|his|the|their) hair)"
     r"|being dead|not waking up|getting hit by|not existing|not being here)\b"),
    # "I don't see a way forward": "a way forward WITH THE PROJECT" is work talk.
    ((SI,), "no_way_forward",
     r"\b(?:cant|dont|no longer|cannot|couldnt) (?:\w++ )?(?:see|find) (?:a|any) (?:way forward"
     r"|future for me|future for myself|way to keep going|reason to stay)\b"
     r"(?! (?:with|for (?:the|this|our|my|his|her|their) (?:project|team|company|business|deal"
     r"|relationship|plan|band|club)|on|at|in (?:the|this|my|our) (?:job|project|company"
     r"|relationship|career|team|role)))"),
    # Grief: "some nights I just want to join him"; "join them FOR DINNER / AT THE GYM" is not.
    ((SI,), "join_the_dead",
     r"\b(?:want|wanted|wanting|ready|cant wait|wish i could|need|long|longing|yearn|yearning) to"
     r" (?:just |finally |go )?join (?:him|her|my (?:late |dead |\w++ )?(?:{family}|{partner}"
     r"|son|daughter|baby|friend|best friend|kids|children))\b"
     r"(?! (?:for|at|on (?!the other side)|in (?!heaven|death|the (?:grave|ground|afterlife))|with"
     r"|to|when|this|next|tomorrow|tonight|today|later|after|before|and|so|because|but|as|if"
     r"|club|team|group|gym|class|trip|game|party|dinner|lunch|meeting|online))"),
    # "I wanna dye" (typo for die); "dye MY HAIR / THE EGGS" names what is dyed.
    ((SI,), "want_to_dye",
     r"\b(?:want|wanted|wants|ready|going) to (?:just )?dye\b(?! (?:my|your|her|his|their|our|the"
     r"|it|them|a|an|some|this|that|these|those|hair|clothes|eggs|fabric|easter|\w++ (?:hair"
     r"|shirt|clothes|eggs|fabric|jeans|beard))\b)"),
    # A means at hand turned on oneself: "my dad keeps a gun ... thinking about using it on myself".
    ((SI, PLAN), "weapon_on_myself",
     r"\b(?:{gun}|knife|knives|blade|blades|razor|razors|rope|pills)\b(?: \w++){0,12}?"
     r" (?:use|using|used|turn|turning|point|pointing) (?:it|them|that|this) (?:\w++ )?on myself\b"
     r"|\b(?:use|using|used|turn|turning|point|pointing) (?:a |the |my |his |her |dads |moms )?"
     r"(?:{gun}|knife|blade|razor) (?:\w++ )?on myself\b"),
    # Methods.
    ((SI,), "jump_from_height",
     r"(?<!friends )\b(?:jump|jumping|jumped|throw myself|throwing myself|threw myself|leap"
     r"|leaping|drive|driving|drove|fall|step|stepping) (?:\w++ ){0,2}?(?:off|from)"
     r" (?:a |the |my |this |that |an )?(?:\w++ )?(?:bridge|building|roof|rooftop|cliff|balcony"
     r"|overpass|ledge|tower|parking garage|skyscraper|top floor)\b"
     r"|\b(?:jump|jumping|jumped|throw myself|throwing myself|threw myself|step|stepping|walk"
     r"|walking|lie down|lay down) (?:\w++ )?in front of (?:a |the |an )?(?:\w++ )?(?:train|subway"
     r"|bus|truck|car|traffic|lorry)\b"
     r"|\b(?:drive|driving|drove|crash|crashing|steer|swerve|swerving|walk|walking) (?:my car |the"
     r" car )?(?:\w++ )?into (?:a |the |oncoming )?(?:wall|tree|pole|traffic|river|lake|ocean|sea"
     r"|truck|bridge)\b"),
    ((SI,), "hang",
     r"\b(?:hang|hanging|hanged|hung) (?:myself|me)\b|\bnoose\b"
     r"|\b(?:tie|tied|tying|made|make|bought|buy|have|got) (?:a |the )?(?:rope|belt|cord)"
     r" (?:\w++ ){0,3}?(?:to hang|around my neck|for myself|to the ceiling|from the ceiling)\b"),
    ((SI, SH), "slit_wrists",
     r"\b(?:slit|slitting|slice|slicing|slash|slashing|cut|cutting|open|opening) (?:open )?"
     r"(?:my|both) (?:wrists?|veins|throat)\b"),
    ((SI,), "shoot_myself",
     r"\b(?:shoot|shooting|shot) myself\b|\b(?:put|putting|stick|hold|holding) (?:a |the |my )?"
     r"(?:gun|pistol|barrel|bullet) (?:to|in|through|against) my (?:head|mouth|brain|temple"
     r"|chest)\b"
     r"|\b(?:blow|blowing) my (?:brains?|head) (?:out|off)\b|\bbullet (?:in|through) my"
     r" (?:head|brain)\b|\bgun to my head\b"),
    ((SI,), "drown_poison_myself",
     r"\b(?:drown|drowning|poison|poisoning|poisoned|gas|gassing|suffocate|suffocating) myself\b"
     r"|\bwalk into the (?:sea|ocean|river|lake)\b"),
    ((SI, PLAN), "take_all_pills",
     r"\b(?:take|taking|swallow|swallowing|down|downing|overdose on|od on) (?:\w++ ){0,2}?(?:all"
     r"|every|the whole|a whole|an entire|the entire|enough|a bottle of|a bunch of|a handful of"
     r"|as many) (?:of )?(?:my |the |these |those )?(?:\w++ )?{pills}\b"),
    ((SI, PLAN), "method_research",
     r"\bhow (?:many|much) (?:\w++ ){0,5}?(?:to (?:die|kill (?:me|myself|a person|someone)|overdose"
     r"|od|end (?:it|my life))|(?:it )?(?:would|will|does|did|could) (?:it )?(?:take|need) to"
     r" (?:kill|die|overdose)|(?:would|will|does it take to|it takes to|is needed to) (?:kill|die)"
     r"|(?:would|will|could) be (?:lethal|fatal|deadly|enough to die))\b"
     r"|\b(?:lethal|fatal|deadly|killing) (?:dose|amount|overdose)\b"
     r"|\b(?:painless|easiest|quickest|fastest|best|quick|easy|surest|peaceful|least painful)"
     r" (?:\w++ )?(?:way|ways|method|methods) to (?:die|kill myself|end (?:it|my life|things)|go)\b"
     r"|\bhow to (?:kill myself|end my life|die (?:painlessly|quickly|fast|peacefully|in my sleep)"
     r"|hang (?:myself|a noose)|tie a noose|overdose|od|slit)\b"),
)

# --------------------------------------------------------------------------------------------
# Suicidal ideation, Spanish. Idioms "me muero de hambre", "me mata de risa", "muero por verte"
# never match: only wishes and self-directed verbs are listed, and "de risa" etc. are guarded.
# --------------------------------------------------------------------------------------------
SUICIDE_ES: tuple[Rule, ...] = (
    ((SI,), "es_want_to_die",
     r"\b(?:quiero|quisiera|deseo|necesito|prefiero|preferiria|me quiero|me gustaria|tengo ganas de"
     r"|ganas de|solo quiero|ojala pudiera|ojala poder|estoy list[oa] para|pienso en|pensando en"
     r"|he pensado en|pienso mucho en|ya quiero|quisiera poder|me dan ganas de|se quiere|quiere"
     r"|queria|se queria|te quieres|quieres|piensa en|tiene ganas de) (?:\w++ )?"
     r"(?:morir(?:me|se|te)?|dejar de vivir|dejar de existir|desaparecer|no existir|no despertar"
     r"|no vivir|ir(?:me)? de este mundo|ir(?:me)? para siempre|ya no estar|no estar aqui"
     r"|estar muert[oa]"
     r"|la muerte|mi muerte|mi funeral|no seguir)\b"
     # "me quiero morir DE RISA / DE VERGUENZA", "desaparecer UN RATO" are idioms.
     r"(?! (?:(?:de|del|por) (?:risa|verguenza|hambre|sueno|aburrimiento|calor|frio|ganas"
     r"|amor|la risa|la verguenza|cansancio|nervios|gusto|viej[oa]|ver|probar|comer|saber"
     r"|conocer|ir|tener)|un rato|un tiempo|unos dias|por un (?:rato|tiempo)|de (?:las )?redes))"),
    ((SI,), "es_kill_myself",
     r"\b(?:matarme|me quiero matar|me voy a matar|me mate|me matare|suicidarme|quitarme la vida"
     r"|me (?:voy a |quiero |pienso |puedo )?quitar la vida|me quito la vida|acabar con mi vida"
     r"|terminar con mi vida|poner fin a mi vida|acabar con mi existencia|terminar con todo"
     r"|acabar con todo|ponerle fin a todo|poner fin a todo|ahorcarme|colgarme|pegarme un tiro"
     r"|darme un tiro|dispararme|envenenarme|cortarme las venas"
     r"|matarse|suicidarse|quitarse la vida|ahorcarse|se (?:quiere|va a|queria|iba a) (?:matar"
     r"|suicidar|quitar la vida|ahorcar)"
     r"|me (?:voy a |quiero |pienso |podria |puedo )?(?:ahorcar|colgar|suicidar|envenenar|disparar"
     r"|cortar las venas|pegar un tiro|dar un tiro)"
     r"|(?:tirarme|aventarme|lanzarme|me (?:voy a |quiero |pienso |podria )?(?:tirar|aventar"
     r"|lanzar)) (?:de|del|desde|al|a las|a la|bajo|frente a) (?:\w++ )?(?:puente|edificio|tren"
     r"|metro|azotea|techo|balcon|vias|carretera|autopista|ventana|camion|carro|coche|auto))\b"
     # Without accents "me mato" (I kill myself) == "me mato" (it killed me): only the first
     # person reading is kept, at a sentence start or after a lead-in ("si sigo asi me mato").
     r"|(?:^|\b(?:si|ya|mejor|yo|que|juro|casi|o|y|hoy|manana|ahorita|ahora|entonces|pues|creo)"
     r" (?:\w++ ){0,2}?)me mato\b(?! (?:trabajando|estudiando|de risa|de la risa|entrenando"
     r"|haciendo|a trabajar|por (?:ti|el|ella|mi familia|mis hijos|conseguir|terminar)))"),
    ((SI,), "es_dont_want_to_live",
     r"\b(?:no|ya no|nunca) (?:\w++ )?(?:quiero|deseo|tengo ganas de|me dan ganas de|puedo|aguanto"
     r"|soporto|vale la pena|tiene sentido|encuentro (?:razon|sentido|motivo)(?:es)? para)"
     r" (?:\w++ )?(?:vivir|seguir viviendo|seguir viv[oa]|seguir aqui|seguir en este mundo|existir"
     r"|despertar|estar viv[oa]|estar aqui|seguir adelante|seguir|continuar|mas|mas con esto"
     r"|mas con mi vida|con mi vida|con esta vida|con la vida|con todo esto|esta vida|la vida)\b"
     # "no quiero vivir EN ESTA CIUDAD", "no aguanto mas EL CALOR" are everyday talk.
     r"(?! (?:en (?!(?:este|el) mundo)|con (?!(?:esta|mi) vida|todo)|a |al |de |del |el |la |los "
     r"|las |un |una |este |esta |estos |estas |ese |esa |asi (?:de|en)|trabajando|estudiando"
     r"|comiendo|esperando|temprano|este trabajo"
     r"|esta (?:fila|cola|situacion en el trabajo)))"),
    ((SI,), "es_no_reason",
     r"\bno le (?:encuentro|veo) (?:ningun )?sentido a (?:la vida|mi vida|nada|vivir|seguir)\b"
     r"|\bno sirvo para nada\b|\bno merezco (?:vivir|estar viv[oa]|existir)\b"
     r"|\bquiero que (?:todo|esto|mi vida|el dolor) (?:se )?(?:acabe|termine)\b"
     r"|\bno tiene (?:caso|sentido) (?:vivir|seguir|seguir viviendo)\b"
     r"|\bmejor me muero\b(?! (?:de|del) (?:risa|hambre|sueno|verguenza|aburrimiento))"
     r"|\bsin (?:razon|razones|motivo|motivos|ganas) (?:para|de) vivir\b"
     r"|\bno (?:tengo|hay|veo|encuentro) (?:ninguna |ningun |una |un )?(?:razon|razones|motivo"
     r"|motivos|sentido|proposito|por que|porque|para que) (?:\w++ )?(?:para |de |en )?(?:vivir"
     r"|seguir|seguir viviendo|estar aqui|existir)\b|\bnada por (?:lo )?(?:que|cual) vivir\b"
     r"|\bno vale la pena (?:vivir|seguir|seguir viviendo|estar viv[oa]|la vida|mi vida)\b"
     r"|\b(?:no valgo nada|mi vida no vale nada|ya nada tiene sentido)\b"
     r"|\b(?:la vida|mi vida|vivir) (?:ya )?no (?:tiene|le veo|le encuentro) (?:ningun )?sentido\b"
     r"|\b(?:la vida|mi vida) no vale la pena\b"),
    ((SI,), "es_better_dead",
     r"\b(?:seria|es|estaria|sera|fuera) (?:mejor|mas facil|mas sencillo|preferible) (?:estar"
     r" muert[oa]|morir(?:me)?|no existir"
     r"|no estar aqui|desaparecer|no haber nacido|no despertar|que me muera|que me muriera)\b"),
    ((SI,), "es_wish_dead",
     r"\bojala (?:\w++ ){0,2}?(?:me muriera|muriera|me muera|morir|no despertar|no despierte"
     r"|no despertara|no hubiera nacido|no existiera|estuviera muert[oa]|desaparecer"
     r"|desapareciera|me atropelle|me atropellara|me pase algo|me mataran|me maten)\b"
     r"|\b(?:quisiera|me gustaria|desearia) (?:no haber nacido|no existir|estar muert[oa]"
     r"|desaparecer|dormir(?:me)? y no despertar|no despertar)\b"
     r"|\bdormir(?:me)? (?:\w++ )?(?:para siempre|y no despertar|y nunca despertar"
     r"|y ya no despertar"
     r"|y no volver a despertar)\b"
     r"|\b(?:desaparecer|irme) para siempre\b|\b(?:estaria|estarian|estarias) mejor muert[oa]s?\b"
     r"|\bmejor muert[oa]s?\b"),
    ((SI,), "es_tired_of_life",
     r"\b(?:cansad[oa]|hart[oa]|agotad[oa]) (?:\w++ )?de (?:vivir|la vida|existir|estar viv[oa]"
     r"|luchar|seguir)\b"),
    ((SI,), "es_better_without_me",
     r"\b(?:mejor|mejores|felices|tranquil[oa]s|en paz) (?:\w++ ){0,2}?(?:sin mi|si (?:yo )?"
     r"(?:no estuviera|no existiera|me muero|me muriera|desapareciera|me fuera para siempre"
     r"|estuviera muert[oa]|no hubiera nacido|me mato|me matara)|cuando (?:yo )?(?:me muera"
     r"|ya no este|me vaya para siempre))\b"),
    ((SI,), "es_burden",
     r"\b(?:soy|ser|siento que soy|me siento|solo soy|sere) (?:solo |nada mas que |como |solamente"
     r" )?(?:una carga|un estorbo|una molestia para todos)\b|\buna carga para (?:todos|mi familia"
     r"|los demas|ustedes|mis padres|mis hijos|mi (?:\w++ )?(?:{es_nouns}))\b"),
    ((SI,), "es_nobody_would_miss",
     r"\bnadie (?:me )?(?:va a |iba a )?(?:extranaria|extranar(?:ia|a|ian|an)?|extrana|notaria"
     r"|se daria cuenta|le importaria|lloraria|me echaria de menos|echaria de menos)\b"
     r"|\ba nadie le importaria si (?:me muero|muero|desaparezco|me mato|no estoy)\b"),
)

# --------------------------------------------------------------------------------------------
# Plan, intent, preparation and goodbyes (both languages).
# --------------------------------------------------------------------------------------------
PLAN_RULES: tuple[Rule, ...] = (
    ((PLAN,), "have_a_plan",
     r"\b(?:i|ive|i have|i already|already|i now|i finally|finally|i really|i do) (?:have|got"
     r"|made|ve made|ve got|came up with|worked out|figured out|have got|put together|written"
     r"|wrote|have made) (?:a|the|my|an) (?:clear |detailed |real |solid |specific |whole"
     r" |concrete |definite |final |exact )?plan\b"
     # "a plan FOR THE WEEKEND / TO PAY OFF MY DEBT" is everyday; "a plan TO END IT" is not.
     r"(?! (?:for|to|with|on|of|about|at|in|this|that|b|and we|and you)\b(?! (?:it|how|when|where"
     r"|ending|dying|killing|my death|suicide|taking my|jumping|hanging|overdosing|doing it"
     r"|kill|end|die|take my|take all|jump|hang|overdose|od|do it|shoot|shooting|cutting)\b))"),
    ((PLAN,), "planned_out",
     r"\b(?:have|got|ve got|had) (?:it|everything|this) (?:all )?planned(?: out)?\b"
     r"(?! (?:for (?:the|this|my|our|your|a|an|next|dinner|lunch|tomorrow|tonight|today|work"
     r"|school|vacation|trip|party|wedding)|with))"),
    ((PLAN,), "picked_the_place",
     r"\b(?:picked|chose|chosen|found|scouted|decided on|settled on) (?:out )?(?:the|a"
     r"|my) (?:\w++ )?"
     r"(?:bridge|building|spot|place|date|day|method|way|rope|tree|overpass|cliff)\b"
     r"(?! (?:for (?:the|our|my|a|his|her|their) |to (?:meet|eat|go|stay|visit|celebrate|have|get"
     r"|do|hang|watch|park|sit)|of the (?:party|wedding|meeting|trip)|we))"
     # Word order reversed: "a spot picked out", "the bridge chosen".
     r"|\b(?:a|the|my) (?:\w++ )?(?:bridge|spot|method|rope|tree|overpass|cliff|ledge)"
     r" (?:already )?(?:picked|chosen|scouted|decided|settled)(?: out| on)?\b"
     r"(?! (?:for (?:the|our|my|a|his|her|their) |to (?:meet|eat|go|stay|visit|celebrate|have|get"
     r"|do|hang|watch|park|sit)|we))"),
    ((PLAN,), "plan_to_die",
     r"\b(?:plan|plans|planning|planned|plotting|preparing|prepared|decided|deciding"
     r"|made up my mind|set a date|picked a (?:date|day|spot|place|time)|chosen a (?:date|day|spot"
     r"|place|time|method)|researching|researched|looked up|looking up|googled|googling|searched"
     r"|searching) (?:\w++ ){0,3}?(?:to |on |for |how to |ways to |methods to |about |when to"
     r" |where to )?(?:kill(?:ing)? myself|end(?:ing)? (?:my life|it all|everything)|die\b|dying"
     r"|suicide|jump(?:ing)? off|hang(?:ing)? myself|overdose|overdosing|take my (?:own )?life"
     r"|taking my (?:own )?life|do it\b|my death|my suicide|my funeral|not be here|unalive"
     r"|shoot(?:ing)? myself|slit|cut my wrists|{method})"),
    ((PLAN,), "has_means",
     r"\b(?:bought|buy|buying|got|have|own|purchased|ordered|order|getting|get|picked up|found"
     r"|keep|keeping|hid|hiding|stashed|access to|got hold of|borrowed|stole|took) (?:\w++ ){0,2}?"
     r"(?:a |an |the |my |some |his |her )?(?:{gun}|rope|noose|razor blades?|rat poison|helium"
     r"|charcoal|exit bag)\b"),
    ((PLAN,), "stockpiling_pills",
     r"\b(?:saved|saving|save|stockpile|stockpiled|stockpiling|hoard|hoarded|hoarding|stash"
     r"|stashed|stashing|built up|building up|been saving|hiding|hid"
     r"|hidden) (?:up )?(?:\w++ ){0,2}?"
     r"{pills}\b|\b(?:enough|have enough|got enough|have all the|all the) (?:\w++ )?{pills}"
     r" (?:\w++ ){0,2}?(?:to (?:die|kill|end|overdose|od|do it|not wake up)|saved|ready)\b"),
    ((PLAN,), "goodbye_note",
     r"\b(?:wrote|written|writing|write|left|leave|leaving|drafted|finished|record|recorded|sent"
     r"|send|sending|texted|posted|posting)"
     r" (?:\w++ ){0,2}?(?:suicide|goodbye|farewell|final|last) (?:note|notes|letter|letters"
     r"|message|messages|video|texts?|emails?|posts?)\b|\b(?:wrote|written|writing"
     r"|write) (?:\w++ )?(?:letters|notes)"
     r" (?:to|for) (?:everyone|my family|my kids|my children|my parents|my loved ones|each of)\b"),
    ((PLAN,), "saying_goodbyes",
     r"\b(?:saying|said|say|made|making) (?:my|our|the|final|last) (?:final |last )?goodbyes\b"
     r"|\b(?:take care of|look after|have|keep|adopt|feed|walk) my (?:\w++ ){0,2}?(?:cat|dog|pets?"
     r"|kids|children|plants|things|stuff) (?:\w++ ){0,2}?(?:when|after|once) (?:im|i am)"
     r" (?:gone|dead)\b"
     r"|\b(?:rope|noose|gun|pills|knife|blade|razor|belt)s? (?:\w++ ){0,4}?(?:for when (?:im|i am)"
     r" ready|ready for (?:when|tonight|me)|just in case|waiting for me|hidden (?:in|under) my)\b"),
    ((PLAN,), "goodbye_to_all",
     r"\b(?:goodbye|farewell|bye) to (?:everyone|everybody|all (?:of )?(?:you|my)|the world"
     r"|my family|you all|this world)\b"),
    ((PLAN,), "say_goodbye",
     r"\b(?:say|said|saying|says|to say|text|texted|texting|send|sent|sending) (?:my |a |the"
     r" |final |last |\w++ )?(?:goodbye|goodbyes|farewell|farewells|goodbye messages?)"
     r"(?: \w++){0,2}? (?:to )?(?:everyone|everybody|all (?:of )?(?:you|my (?:friends|family"
     r"|loved ones))|the world|my (?:family|kids|children|loved ones)|forever|for good"
     r"|for the last time|before i (?:go|die|leave|do it|end|kill)|one last time)\b"),
    ((PLAN, NOW), "this_is_goodbye",
     r"\b(?:this is (?:my )?(?:goodbye|farewell|the end|my last (?:message|post|text|note"
     r"|goodbye))|my (?:final|last) (?:goodbye|message|post|words|note|letter|text)"
     r"|by the time you (?:read|see|get|find) this|goodbye forever|goodbye cruel world"
     r"|goodbye world|goodbye everyone|goodbye all|bye forever|bye world"
     r"|(?:last|final) (?:time|message|text|post|night|day)"
     r" (?:youll (?:ever )?(?:hear from|see|talk to) me|you will (?:ever )?(?:hear from|see)"
     r" me|anyone (?:will )?hears? from me|alive|on (?:this )?earth|of my life|before i (?:go"
     r"|die|do it)))\b"),
    ((PLAN,), "giving_away_2",
     r"\b(?:everything|all|all of) (?:i own|i have|my stuff|my things|my belongings)(?: \w++){0,3}?"
     r" (?:giving|gave|give|given)(?: it)? away\b"
     r"|\b(?:gave|give|giving|given|rehomed|rehoming) (?:away )?my (?:dog|cat|pets?|bird|horse)s?"
     r" to\b|\b(?:wrote|written|writing|made|updated|finished) (?:my|a) (?:last )?will\b"),
    ((PLAN,), "giving_away",
     r"\b(?:give|giving|gave|given) away (?:all |most |some )?(?:of )?(?:my|everything|all my)"
     r" ?(?:\w++ )?(?:things|stuff|belongings|possessions|valuables|pets?|cat|dog|everything"
     r"|i own|i have)?\b(?! (?:to (?:charity|goodwill)|old))"
     r"|\b(?:give|giving|gave|given) (?:all )?(?:of )?my (?:things|stuff|belongings|possessions)"
     r" (?:away|to)\b|\baffairs in order\b"
     r"|\b(?:taken care of|looked after|cared for|okay|ok|fine) (?:after|when|once) (?:im|i am|i)"
     r" (?:gone|dead|die)\b"),
    ((PLAN, NOW), "act_soon",
     r"\b(?:about to|getting ready to|going to|ready to|will|ill|decided to|plan to|planning to"
     r"|might|may|want to|should|could|finally|probably|think ill|gonna) (?:\w++ ){0,2}?(?:end"
     r" (?:it|it all|everything|things)|jump (?:off|from|in front of)|take (?:all |the rest of )?"
     r"(?:the|my|these"
     r"|those) (?:\w++ )?{pills}|swallow (?:all )?(?:the|my|these) {pills})(?: \w++){0,3}?"
     r" {soon}\b"
     # Self-killing words need no intent verb: "kms tonight", "tonight i might end my life".
     r"|\b(?:kill myself|end my life|ending my life|take my (?:own )?life|overdose|hang myself"
     r"|shoot myself|slit my wrists|jump off)(?: \w++){0,3}? {soon}\b"
     r"|\b{soon}(?: \w++){0,4}? (?:kill myself|end my life|take my (?:own )?life|overdose"
     r"|hang myself|shoot myself|slit my wrists|end it all)\b"),
    ((PLAN, NOW), "do_it_tonight",
     r"\b(?:going to|will|ill|about to|finally|ready to|decided to|im|gonna) (?:\w++ )?(?:do it"
     r"|doing it|go through with it)(?: \w++){0,2}? (?:tonight|right now|now for real"
     r"|once and for all|when everyone is asleep)\b"
     r"|\b(?:tonight|today|tomorrow) (?:im|i am|ill|i will|im going to|i am going to) (?:\w++ )?"
     r"(?:do it|end it|kill myself|end my life|die|jump|overdose|take (?:the|all the|my) pills"
     r"|go through with it|finally do it)\b|\b(?:tonight|today) (?:is|s) (?:my last|the night i"
     r"|the day i)\b"),
    # A declared intention with a way named: "I intend to take my life", "gonna jump off the roof".
    ((PLAN,), "intent_to_die",
     r"\b(?:intend|intends|intending|intent on|determined to|going to|im going to|gonna|will|ill"
     r"|about to|resolved to|made up my mind to|my plan is to|the plan is to) (?:\w++ ){0,2}?"
     r"(?:to )?{method}\b"),
    # Carbon monoxide: a car running in a closed garage, a hose from the exhaust.
    ((SI, PLAN, NOW), "car_exhaust",
     r"\b(?:car|engine|motor) (?:\w++ ){0,5}?running (?:\w++ ){0,3}?(?:in|inside) (?:the|my|a)"
     r" (?:closed |shut )?garage\b|\bgarage (?:\w++ ){0,4}?(?:car|engine|motor) (?:is )?running\b"
     r"(?! (?:rough|roughly|badly|poorly|fine|smoothly|well|hot|cold|weird|loud|low|out))"
     r"|\b(?:hose|tube|pipe) (?:\w++ ){0,3}?(?:from|to|on|into) (?:the |my )?(?:exhaust"
     r"|tailpipe)\b"),
    ((PLAN, NOW), "at_the_edge",
     r"\b(?:about to|going to|ready to) (?:jump|pull the trigger|take them all|step off|let go)\b"
     r"(?! (?:in|into|on|onto|at|over|the (?:gun|shark)|rope|high|to|ship|through|up|down|out|of"
     r"|and))"
     r"|\b(?:standing on|sitting on|im on|i am on|up on|at|on) (?:the|a|this) (?:ledge|roof"
     r"|rooftop|railing|tracks|edge of (?:the|a) (?:roof|bridge|building|cliff|platform))\b"
     r"(?! (?:of (?:my seat|glory|a breakthrough|something|success)|in (?:the )?(?:game|video"
     r"|movie)|fixing|cleaning|repairing))"
     r"|\b(?:pills|guns?|knife|knives|blades?|razors?|ropes?|noose) (?:is |are )?(?:in front of me"
     r"|ready|loaded|next to me|in my (?:hand|hands|mouth|lap|pocket)|(?:on|at|against|to"
     r"|around) my (?:head|throat|wrists?|neck|chest|temple))\b"
     # On a height now: "I'm on the bridge now"; "on the bridge now, STUCK IN TRAFFIC" is a commute.
     r"|\b(?:im|i am|standing|sitting|up) (?:on|at) (?:the|a|this|top of the) (?:\w++ )?(?:bridge"
     r"|overpass|ledge|roof|rooftop|railing|cliff|tracks) (?:right )?now\b(?! (?:stuck|in traffic"
     r"|driving|on my way|heading|going|with (?:my|the|friends|family)|taking (?:photos|pictures)"
     r"|for (?:work|a|the|my)|fixing|cleaning|repairing|waiting for (?:my|the|a) (?:bus|train"
     r"|ride)))"
     r"|\b(?:holding|have|got|with) (?:a |the |my )?(?:gun|knife|blade|razor|rope|noose|pills"
     r"|bottle of pills) (?:to|against|at|in) my (?:head|throat|wrist|wrists|neck|chest|mouth)\b"
     r"|\bloaded (?:the |my |a )?gun\b|\bgun is loaded\b"),
    # Spanish.
    ((PLAN,), "es_have_a_plan",
     r"\b(?:tengo|ya tengo|hice|he hecho|arme) (?:un |el |mi )?(?:plan|todo (?:planeado|listo"
     r"|pensado|preparado))\b(?! (?:para (?:el|la|las|los|mi|mis|este|esta|manana|hoy|ir|hacer"
     r"|comer|cenar|estudiar|ahorrar|viajar|trabajar)|de (?:trabajo|estudio|negocios|viaje|ahorro"
     r"|vacaciones|comidas|ejercicio|dieta|pago|pagos|datos|celular)|con))"),
    ((PLAN,), "es_has_means",
     r"\b(?:compre|consegui|tengo|me compre|voy a comprar|comprar|conseguir) (?:un |una |el |la"
     r" |unas |unos )?(?:pistola|arma|revolver|rifle|escopeta|soga|cuerda para (?:ahorcarme"
     r"|colgarme)|veneno|cuchillas)\b"),
    ((PLAN,), "es_stockpiling",
     r"\b(?:juntando|junte|guardando|guarde|ahorrando|acumulando|acumule|escondiendo|escondi"
     r"|he juntado|he guardado|tengo guardadas|tengo juntadas) (?:\w++ ){0,2}?{es_pills}\b"
     r"|\b{es_pills} (?:\w++ )?(?:guardadas|escondidas|juntadas|ahorradas|acumuladas"
     r"|para (?:hacerlo|matarme|morir|suicidarme|no despertar))\b"),
    ((PLAN,), "es_intent",
     r"\b(?:voy a|pienso|planeo|estoy planeando|he decidido|decidi|ya decidi|quiero) (?:\w++ )?"
     r"(?:matarme|suicidarme|quitarme la vida|ahorcarme|colgarme|envenenarme|dispararme"
     r"|cortarme las venas|(?:tirarme|aventarme|lanzarme) (?:de|del|desde|al|a las|a la|bajo|frente"
     r" a) (?:\w++ )?(?:puente|edificio|tren|metro|azotea|techo|balcon|vias|carretera|autopista"
     r"|ventana|camion))\b"
     r"|\bme (?:voy a|pienso) (?:ahorcar|colgar|suicidar|envenenar|disparar|quitar la vida"
     r"|cortar las venas|matar(?! (?:trabajando|estudiando|de risa|entrenando|haciendo|a trabajar"
     r"|por)))\b"),
    ((PLAN, NOW), "es_means_now",
     r"\b(?:tengo|traigo|con|ya tengo) (?:las|mis|unas|el|la|una|un) (?:\w++ )?(?:{es_pills}"
     r"|pistola|arma|soga|cuerda|cuchillas|navaja) (?:\w++ ){0,2}?(?:en la mano|en las manos"
     r"|en mi mano|en la boca|cargada|enfrente de mi)\b"
     r"|\b(?:estoy|ando|me encuentro|aqui) (?:parad[oa] |sentad[oa] )?(?:en|arriba de|sobre)"
     r" (?:el|la|un|una|este|esta) (?:puente|azotea|techo|cornisa|barandal|vias|borde del puente"
     r"|orilla del puente) (?:ahorita|ahora|ahora mismo|ya)\b(?! (?:llego|voy|vamos|manejando"
     r"|en el (?:carro|coche"
     r"|trafico|camion)|atorad[oa]|esperando|en camino))"),
    ((PLAN,), "es_decided",
     r"\b(?:ya (?:lo )?decidi|lo tengo decidido|ya elegi (?:el dia|la fecha|como)"
     r"|tengo (?:la fecha|el dia)|ya se como (?:lo voy a hacer|hacerlo|matarme)"
     r"|busque (?:como (?:matarme|suicidarme|morir|ahorcarme)|cuantas|formas de morir"
     r"|maneras de morir))\b"),
    ((PLAN,), "es_goodbye",
     r"\b(?:regalando|regale|regalar|regalado|regalo) (?:todas )?(?:mis|todas mis) (?:cosas"
     r"|pertenencias)\b|\b(?:dejando todo en orden|puse mis cosas en orden"
     r"|arreglando mis asuntos)\b"
     r"|\b(?:despedirme|me despedi|despidiendome|me estoy despidiendo) de (?:todos|todo el mundo"
     r"|mi familia|mis hijos|ustedes)\b|\b(?:esta es mi despedida|carta de despedida"
     r"|cartas de despedida|mensaje de despedida|adios para siempre|adios a todos)\b"),
    ((PLAN, NOW), "es_act_soon",
     r"\b(?:me mato|me voy a matar|acabo con todo|termino con todo|me quito la vida"
     r"|me voy a quitar la vida|voy a tomar(?:me)? (?:todas )?las pastillas"
     r"|me tomo (?:todas )?las pastillas|me aviento|me tiro|me suicido|me voy a suicidar"
     r"|lo voy a hacer|lo hago)(?: \w++){0,3}? (?:esta noche|ahora mismo|ahorita|en un rato"
     r"|en unas horas)\b|\b(?:me mato|me voy a matar|acabo con todo|termino con todo"
     r"|me quito la vida|me suicido|me voy a suicidar)(?: \w++){0,3}? (?:hoy|manana|este fin de"
     r" semana|pronto)\b|\b(?:esta noche|hoy|ahora mismo|ahorita|manana)(?: \w++){0,2}? (?:me mato"
     r"|me voy a matar|acabo con todo|termino con todo|me quito la vida|me suicido"
     r"|me voy a suicidar|me tomo las pastillas|me aviento|me tiro)\b"),
)

# --------------------------------------------------------------------------------------------
# Attempts and overdoses.
# --------------------------------------------------------------------------------------------
ATTEMPT_OD: tuple[Rule, ...] = (
    ((ATTEMPT,), "tried_to_die",
     r"\b(?:tried|try|trying|attempted|attempt|attempting|tries) (?:\w++ ){0,2}?(?:to )?"
     r"(?:kill(?:ing)? myself|end(?:ing)? (?:my life|it all|it(?! with)|things(?! with)"
     r"|everything)|take my (?:own )?life|taking my (?:own )?life|commit suicide|die\b"
     r"|hang myself|hanging myself|overdose|od\b|suicide|jump off|drown myself|shoot myself"
     r"|slit my|cut my wrists|unalive|{method})"),
    ((ATTEMPT,), "past_attempt",
     r"\b(?:suicide attempts?|attempted suicide|previous attempts?|past attempts?"
     r"|(?:overdose|od|hanging|suicidal) attempts?"
     r"|survived (?:an |my |a )?(?:suicide )?attempt|attempts? on my (?:own )?life)\b"
     r"|\bmy (?:last |previous |first |second |third |recent )?attempts?\b(?! (?:at|to (?!kill"
     r"|end|die)|on (?!my life)|of|in))"),
    ((OD, ATTEMPT), "took_many_pills",
     r"\b(?:took|taken|swallowed|downed|ate|drank|had|overdosed on|popped) (?:\w++ ){0,2}?"
     r"(?:a |an |the )?(?:whole|entire|full|all|all of|every|every single|half a|half the|a bunch"
     r"|bunch|a handful|handful|lots|a lot|too many|way too many|so many|(?:like )?\d{2,}|twenty"
     r"|a load|loads|a ton|tons|a heap|heaps|a fistful|fistfuls|the rest|the rest of"
     r"|thirty|forty|fifty|fifteen|hundred|a hundred|dozens|a dozen|bottles?|boxes?|packs?"
     r"|packets?|strips?|blisters?) (?:of |the |my |these |those |her |his |mums |moms |dads ){0,3}"
     r"(?:\w++ )?(?:{pills}|bottle|box|pack|packet)\b"),
    ((OD, ATTEMPT, NOW), "just_took",
     r"\b(?:just|already) (?:took|taken|swallowed|downed|drank|ate|overdosed) (?:\w++ ){0,2}?"
     r"(?:all|whole|entire|too many|a bunch|a handful|handful|bottle|box|\d{2,}|everything)\b"),
    ((OD, NOW), "overdosing_now",
     r"\b(?:just|already|think i|i think i|im|i am|is|hes|shes|theyre|i) (?:just |maybe )?"
     r"(?:overdosed|overdosing|odd|oded|oding)\b(?! (?:on (?:chocolate|sugar|candy|caffeine"
     r"|coffee|netflix|tv)))"),
    ((OD,), "overdose_word",
     r"\boverdos\w*|\b(?:od|odd|oded|oding) on\b|\b(?:i|he|she|they|we|my \w++|friend|brother"
     r"|sister"
     r"|son|daughter|someone|somebody|might have|may have|think (?:i|he|she)) (?:just |almost"
     r" |nearly |has |have |had )?(?:od|odd|oded|overdosing|is overdosing)\b"
     r"|\b(?:narcan|naloxone|fentanyl|fent)\b|\balcohol poisoning\b"),
    ((OD, NOW), "cant_wake",
     r"\b(?:cant|couldnt|unable to|tried to|trying to|try to) wake (?:(?:him|her|them|my (?:\w++ )?"
     r"\w++)(?: up)?|\w++ up)\b(?! (?:early|for|in time|on time|before))"
     r"|\b(?:isnt|not|wasnt|arent|stopped|hardly|barely|cant stop) (?:\w++ )?(?:breathing"
     r"|conscious)\b(?! (?:through (?:my|his|her|the) nose|deeply|in (?:the|my) (?:cold|heat)))"
     r"|\b(?:he|she|they|hes|shes|theyre|my \w++|friend|brother|sister|son|daughter|husband|wife"
     r"|boyfriend|girlfriend|mom|dad|baby) (?:\w++ ){0,5}?(?:wont|isnt|not|cant|doesnt|is not)"
     r" (?:\w++ )?(?:wake up|waking up|responding|responsive|moving)\b"
     # "not responding TO MY TEXTS", "won't wake up FOR SCHOOL" are everyday talk.
     r"(?! (?:early|late|on time|in time|until|till|before|to|for (?:school|work|class)"
     r"|(?:my |his |her )?(?:texts?|messages?|calls?|emails?)))"
     r"|\b(?:lips|face|skin|fingers) (?:are |is |turning |turned |went |look |looks )?(?:blue"
     r"|purple|grey|gray)\b|\bturning blue\b|\bfoaming at the mouth\b|\bunresponsive\b"
     r"|\b(?:is|s|was|went|found (?:him|her|them)) (?:\w++ )?unconscious\b"
     r"|\bpassed out (?:after|from) (?:taking|using|drinking|shooting up|snorting|smoking|mixing"
     r"|the pills|pills|drugs|heroin|fentanyl)\b"),
    ((OD,), "took_too_much",
     r"\b(?:i|he|she|they|we|my \w++|think i|think he|think she) (?:just |really |may have |might"
     r" have |probably )?(?:took|taken|had|used|did|drank|swallowed|snorted|smoked) (?:way )?"
     r"(?:too|to) (?:much|many)\b(?! (?:time|of (?:your|his|her|their|my) time|sun|work|on"
     r"|responsibility"
     r"|food|coffee|caffeine|to drink|to eat|fun|homework|classes|credits|shifts|hours|days|sugar"
     r"|photos|pictures|selfies|naps))"),
    ((OD,), "drank_and_took",
     r"\b(?:drank|drinking|drunk|been drinking) (?:\w++ ){0,4}?(?:and|then|with|plus) (?:\w++ )?"
     r"(?:took|taking|take|popped|swallowed) (?:\w++ ){0,2}?{pills}\b"),
    ((OD,), "too_much_substance",
     r"\b(?:took|take|taking|used|using|did|drank|drinking|snorted|shot up|injected|smoked|had"
     r"|mixed|mixing|combined) (?:\w++ ){0,2}?(?:too much|way too much|too many|so much|a ton of"
     r"|tons of|a whole bottle of|an entire bottle of|a fifth of) (?:\w++ )?(?:{pills}|heroin"
     r"|fentanyl|fent|dope|coke|cocaine|meth|opiates|ketamine|lean|codeine|molly|mdma|ecstasy"
     r"|vodka|whiskey|tequila|liquor|drugs|h)\b"
     r"|\b(?:mixed|mixing|combined|combining|took|taking|take) (?:\w++ ){0,2}?(?:{pills}|heroin"
     r"|fentanyl|drugs) (?:with|and) (?:\w++ )?(?:alcohol|booze|vodka|whiskey|wine|beer|drinks"
     r"|drinking|liquor|opioids|heroin|fentanyl|xanax|benzos|pills)\b"
     r"|\b(?:mixed|mixing|combined|combining) (?:\w++ ){0,2}?(?:alcohol|booze|vodka|whiskey|wine"
     r"|beer|drinks|liquor) (?:with|and) (?:\w++ )?(?:{pills}|heroin|fentanyl|drugs|opioids)\b"
     r"|\b(?:drank|drink|drinking|swallowed|swallow|ate|ingested) (?:\w++ )?(?:bleach|antifreeze"
     r"|rat poison|poison|drain cleaner|pesticide|weed killer|lighter fluid)\b"),
    # Too much and asking for help: "took 2 many pills hlp", "took too much, what do I do".
    ((OD, NOW), "overdose_help",
     r"\b(?:took|taken|swallowed|ate|drank|had|used|did) (?:way )?(?:too|to) (?:much|many)"
     r"(?: \w++){0,3}? (?:help|please help|sos|what do i do|what should i do|am i going to die"
     r"|will i die|call 911)\b"),
    # "took 3 times my dose", "a double dose", "five times the prescribed amount".
    ((OD,), "multiple_dose",
     r"\b(?:took|taken|swallowed|had|gave (?:him|her|them|my \w++)) (?:\w++ ){0,2}?(?:double"
     r"|triple|twice|three times|four times|five times|ten times|\d+ times|\d+x|several times"
     r"|a double|a triple) (?:my |the |his |her |their |a |the prescribed |the normal )?(?:\w++ )?"
     r"(?:dose|doses|dosage|amount|prescription)\b"),
    # Spanish.
    ((ATTEMPT,), "es_tried_to_die",
     r"\b(?:intente|intento|intentaba|trate de|trato de|he intentado|ha intentado|he tratado de"
     r"|ha tratado de|quise|quiso) (?:\w++ )?(?:matarme|suicidarme|quitarme la vida|morir"
     r"|ahorcarme|colgarme|cortarme las venas|tirarme|aventarme|envenenarme|suicidio"
     r"|acabar con mi vida|matarse|suicidarse|quitarse la vida|ahorcarse|colgarse"
     r"|cortarse las venas|tirarse|aventarse|envenenarse|acabar con su vida)\b"
     r"|\bintentos? de suicidio\b|\bsobrevivi a (?:un|mi) intento\b"),
    ((OD, ATTEMPT), "es_took_many_pills",
     r"\b(?:tome|tomo|me tome|me tomo|se tomo|trague|se trago|ingeri|ingirio|me trague|me acabe"
     r"|se acabo) (?:\w++ ){0,2}?(?:muchas|demasiadas|todas (?:las|mis)|un monton de|una caja"
     r" (?:entera )?de|un frasco (?:entero )?de|una botella (?:entera )?de|un puno de|\d{2,}"
     r"|veinte|treinta|cuarenta|cincuenta|varias cajas de|un blister de|una tira de"
     r"|toda la caja de|todo el frasco de) (?:\w++ )?{es_pills}\b"
     r"|\b(?:me tome|tome|se tomo|me trague) (?:todo el frasco|toda la caja|el frasco entero"
     r"|la caja entera|todas las)\b"),
    ((OD,), "es_overdose",
     r"\b(?:sobredosis|fentanilo|naloxona|narcan)\b|\b(?:me|se|te) pas(?:e|o|aste) de (?:droga"
     r"|drogas|alcohol"
     r"|pastillas|coca|heroina)\b|\bmezcl(?:e|o|aron|ando) (?:\w++ )?(?:{es_pills}|alcohol"
     r"|drogas|cerveza|tequila|vino) con (?:\w++ )?(?:alcohol|{es_pills}|drogas|cerveza|tequila"
     r"|vino)\b|\bintoxicacion (?:por|con|de) (?:alcohol"
     r"|pastillas|medicamentos|drogas)\b"),
    ((OD, NOW), "es_unresponsive",
     r"\bno (?:respira|reacciona|despierta|se despierta|puedo despertarl[oa]|lo puedo despertar"
     r"|la puedo despertar)\b(?! temprano)|\bse (?:puso|esta poniendo) (?:azul|morad[oa])\b"
     r"|\blabios (?:azules|morados)\b|\becha espuma por la boca\b|\bconvulsionando\b"
     r"|\b(?:esta )?inconsciente\b|\bperdio el conocimiento\b"),
)

# --------------------------------------------------------------------------------------------
# Self-harm. Guards: "cut myself SHAVING", "hurt my leg PLAYING", "me corto EL PELO".
# --------------------------------------------------------------------------------------------
SELF_HARM: tuple[Rule, ...] = (
    ((SH,), "self_harm_word",
     r"\bself ?(?:harm\w*|injur\w*|mutilat\w*|hurt\w*)\b|\bnssi\b"
     r"|\bcutting (?:again|myself|my (?:arms?|legs?|wrists?|thighs?|skin|stomach|hips?|body))\b"
     # "sh" is self-harm only next to recovery words: "relapsed on sh", "sh urges", "sh free".
     r"|\b(?:relapsed|relapse|relapsing|clean from|free from|stopped|quit|started|urges?|urge to"
     r"|back to|went back to) (?:on |to |of |with )?sh\b|\bsh (?:urges?|again|relapse|scars?|cuts?"
     r"|marks|wounds|thoughts|habit|free|clean)\b"
     r"|\bcutting (?:himself|herself|themselves|his (?:arms?|legs?|wrists?|thighs?)|her (?:arms?"
     r"|legs?|wrists?|thighs?))\b"
     r"|\b(?:started|start|stop|stopped|quit|relapsed|relapse|relapsing|been|keep|urge to|urges to"
     r"|want to|need to|thinking about|used to|went back to|back to|go back to|urge|urges|habit"
     r"|addicted to|clean from) (?:\w++ )?(?:cutting|self harming|hurting myself|harming myself"
     r"|burning myself)\b(?! (?:carbs|sugar|back|costs|corners|class|school|ties|out|down|grass"
     r"|hair|wood|paper|coupons|the|my (?:hair|nails|lawn|grass|budget|hours|expenses|losses)))"
     r"|\b(?:i|i still|i used to|still|sometimes|i sometimes|i often|i do|i did|urge to|urges to"
     r"|want to|wanted to|need to|tempted to|craving to|started to) cut\b"
     r"(?! (?:the|a|an|my|it|them|him|her|back|down|off|out|up|in|class|school|ties|corners"
     r"|costs|carbs|sugar|through|across|bread|wood|paper|coupons|vegetables|onions|meat"
     r"|fabric|hair|loose|short|and paste|some|all|people|everyone|contact|myself (?:shaving"
     r"|cooking|by accident|accidentally))\b)"),
    ((SH,), "hurt_myself",
     r"(?<!accidentally )\b(?:cut|cuts|cutting|burn|burns|burning|burned|burnt|hurt|hurts|hurting"
     r"|harm|harms|harming|harmed|hit|hits|hitting|punch|punching|punched|scratch|scratching"
     r"|scratched|bite|biting|bit|stab|stabbing|stabbed|carve|carving|carved|bruise|bruising"
     r"|starve|starving|starved|strangle|strangling|choke|choking|mutilate|mutilating|injure"
     r"|injuring|injured|beat|beating|slam|slamming|whip|punish|punishing) (?:{self}|me self"
     r"|my (?:own )?(?:arms?|legs?|wrists?|thighs?|skin|stomach|hips?|body|face|wrist))\b"
     # Accidents and sport are not self-harm; "beat myself up" is an idiom about guilt.
     r"(?! (?:shaving|cooking|chopping|(?:while|when) (?:cooking|shaving|chopping|cutting|working"
     r"|playing|lifting|running|making|hiking|i (?:was cooking|fell|tripped))|on (?:a|the|some|my)"
     r" (?:knife|glass|paper|stove|oven|pan|iron|edge|corner|door|table|grill|kettle)"
     r"|on (?:glass|paper|metal|a nail|barbed wire)"
     r"|by accident|accidentally|in the kitchen|at the gym|lifting|playing|running|working out"
     r"|during|skiing|skating|falling|in (?:a|the) (?:fall|game|match|gym|accident)|with (?:a|the)"
     r" (?:kitchen|bread) knife|up|out|down|to sleep|too hard|over (?:it|this|that|nothing)"
     r"|for (?:it|that|this|forgetting|eating|missing)))"),
    ((SH,), "self_harm_signs",
     r"\b(?:carve|carved|carving|carves|cut|cutting|scratch|scratching|scratched|etch|etched"
     r"|etching|stab|stabbing|burn|burning|burned) (?:\w++ ){0,3}?(?:into|in|on) my (?:own )?"
     r"(?:skin|arms?|legs?|wrists?|thighs?|stomach|body|hips?)\b(?! (?:by accident|accidentally"
     r"|while|cooking|shaving))"
     r"|\buntil (?:it|i|they|my \w++) (?:bleeds?|bled|bleeding|bruises?|bruised|scars?)\b"
     r"|\b(?:razor|blade|knife|lighter|scissors|compass|glass) (?:\w++ ){0,3}?(?:on|to|into|across)"
     r" my (?:arms?|legs?|wrists?|thighs?|skin|stomach|body)\b|\bmak(?:e|ing) myself bleed\b"
     r"|\bfresh (?:cuts|scars|wounds) on my\b|\b(?:scars|cuts|burns) (?:on|all over) my"
     r" (?:arms?|legs?|wrists?|thighs?|stomach|body)\b(?! from (?:surgery|the accident"
     r"|an accident|childhood|sports))|\bhide (?:my |the )?(?:cuts|scars)\b"
     r"|\bscars? (?:from|of) (?:cutting|self harm|burning myself|my cuts|hurting myself)\b"
     r"|\b(?:deserve|need|want|wanted) to (?:feel pain|bleed|suffer)\b"
     r"|\bmake myself (?:throw up|vomit|puke|sick)\b|\b(?:purge|purging|purged) (?:after|every"
     r"|again|when)\b|\bcut (?:too )?deep\b"),
    # Head-banging and third-person self-harm with an instrument: "bang my head against the wall
    # until it hurts", "burning her arms with cigarettes". "hit my head ON THE DOOR" alone is not.
    ((SH,), "harm_with_intent",
     r"\b(?:bang|bangs|banging|banged|hit|hits|hitting|slam|slams|slamming|slammed|smash|smashing"
     r"|smashed|bash|bashing|bashed|punch|punching) (?:my|his|her) (?:head|fists?"
     r"|hands?) (?:\w++ )?"
     r"(?:against|on|into) (?:the |a |my |his |her )?(?:walls?|floor|door|desk|table|ground|mirror)"
     r"(?: \w++){0,3}? (?:until|till|so hard|over and over|again and again|repeatedly|on purpose"
     r"|to feel|to punish|when (?:im|i get|he gets|she gets|hes|shes) (?:angry|upset|sad|mad"
     r"|stressed|overwhelmed))\b"
     r"|\b(?:cut|cuts|cutting|burn|burns|burning|burned|burnt|scratch|scratches|scratching|carve"
     r"|carves|carving|carved|slash|slashes|slashing) (?:my|his|her|their) (?:own )?(?:arms?|legs?"
     r"|wrists?|thighs?|skin|stomach|hips?|body)(?: \w++){0,2}? with (?:a |the |her |his |my )?"
     r"(?:cigarettes?|lighters?|razors?|razor blades?|blades?|knife|knives|scissors|glass"
     r"|compass|sharpener|pencil sharpener|safety pin|pins?|hot (?:metal|spoon|iron))\b"
     r"|\b(?:knife|knifed|blade|bladed|razor|razored)(?: on)? my (?:arms?|legs?|wrists?|thighs?"
     r"|skin|stomach)\b"
     r"|\bcut (?:myself |my \w++ )?(?:too |really |so |very |way )?deep(?:ly|er)?\b"
     r"(?! (?:into (?:the|our|their|his|her|my) (?:budget|costs|spending|profits|savings)))"),
    ((SH,), "es_self_harm",
     r"\b(?:me corto|me corte|me cortaba|cortarme|me estoy cortando|me sigo cortando|cortandome"
     r"|me he cortado|volvi a cortarme)\b"
     # "me corto EL PELO", "me corte COCINANDO" are everyday talk.
     r"(?! (?:(?:el|la|los|las|mi) (?:pelo|cabello|unas|flequillo|fleco|barba|bigote|dedo"
     r"|pelo corto)|(?:el )?(?:pelo|cabello|unas)|con (?:el|un|una|la) (?:papel|hoja"
     r"|cuchillo de cocina|lata)|cocinando|pelando|picando|afeitando|afeitandome|rasurando"
     r"|rasurandome|por accidente|sin querer|al (?:cocinar|afeitarme|picar|pelar|cortar)))"
     r"|\b(?:me hago|hacerme|me hice|me estoy haciendo|me he hecho|me quiero hacer|quiero hacerme"
     r"|me sigo haciendo|volvi a hacerme) (?:\w++ )?dano\b"
     r"|\b(?:me lastimo|lastimarme|me lastime|me estoy lastimando|me quiero lastimar"
     r"|me he lastimado|me hiero|herirme|me golpeo|golpearme|me quemo|quemarme|me rasguno"
     r"|rasgunarme|me pego a mi mism[oa]|pegarme a mi mism[oa]|me muerdo)\b"
     r"(?! (?:(?:el|la|los|las|un|una|mi) (?:rodilla|tobillo|pie|espalda|dedo|mano|lengua"
     r"|labio|unas|labios|brazo jugando)|jugando|en el gimnasio|corriendo|haciendo ejercicio"
     r"|cocinando|con (?:el horno|la estufa|el sol|la plancha|aceite)|al sol|en la playa"
     r"|sin querer|por accidente))"
     r"|\bse (?:corta|cortaba|corto|esta cortando|sigue cortando|ha cortado|quema|quemaba"
     r"|esta quemando|lastima|lastimaba|rasguna|rasgunaba) (?:los|las|sus) (?:brazos|piernas"
     r"|munecas|muslos|venas|brazo|pierna|muneca|panza)\b"
     r"|\bautolesion\w*|\bautolastim\w*|\bauto ?dano\b|\bcortes en (?:mis|los) (?:brazos|piernas"
     r"|munecas|muslos)\b|\bcicatrices (?:de|en) (?:mis|los) (?:brazos|piernas|munecas)\b"),
)

# --------------------------------------------------------------------------------------------
# Harm to others. "I could kill FOR a coffee", "killing IT", "kill TIME" never match: a person
# must be the object. Guards: "kill them WITH KINDNESS", "shoot him A TEXT", games.
# --------------------------------------------------------------------------------------------
HOMICIDAL: tuple[Rule, ...] = (
    ((HI,), "want_to_kill_someone",
     r"\b(?:want|wanted|wanting|going|planning|plan|plans|thinking|thought|thoughts|think"
     r"|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|tempted|urge|urges|need|could|will|ill|might"
     r"|should|would|feel like|ready|decided|about|impulse|impulses|trying|tried|desire)"
     r" (?:\w++ ){0,2}?(?:to |of |about |on )?(?:kill|killing|murder|murdering|hurt|hurting|harm"
     r"|harming|stab|stabbing|shoot|shooting|strangle|strangling|choke|choking|poison|poisoning"
     r"|attack|attacking|torture|torturing|run over|beat up|beat the shit out of) (?:\w++ )?"
     r"(?:him|her|them|someone|somebody|people|everyone|everybody|others|other people|anybody"
     r"|anyone|you|my (?:\w++ )?(?:{partner}|{family}|boss|coworker|co worker|roommate|neighbou?r"
     r"|teacher|classmates?|son|daughter|kids?|children|baby|friend)s?|the (?:baby|kids|children"
     r"|teacher|boss|neighbou?rs?)|that (?:guy|man|woman|bitch|bastard|person)|this (?:guy|man"
     r"|woman|person)|a (?:person|man|woman|kid|child)|whoever|all of them|them all)\b"
     r"(?! (?:feelings|chances|reputation|career|pride|credit|business|sales|numbers|vibe|mood"
     r"|a (?:text|message|email|note|line|look|quick)|an (?:email|message)|with (?:kindness"
     r"|compliments|love)|in (?:the )?(?:game|fortnite|minecraft|roblox|chess)))"),
    ((HI,), "kill_someone",
     r"\b(?:kill|killing|murder|murdering|strangle|strangling|stab|stabbing|shoot|shooting)"
     r" (?:him|her|them|someone|somebody|everyone|everybody|people|my (?:{partner}|{family}"
     r"|boss|roommate|neighbou?r|kids|son|daughter|baby))\b"
     r"(?! (?:a (?:text|message|email|note|line|look|glance|quick|dm|call)|an (?:email|message)"
     r"|up\b|down|with (?:kindness|compliments|love)|(?:\w++ ){0,3}?(?:in|at|on) (?:the )?"
     r"(?:game|video game|fortnite|minecraft|roblox|chess|cod|call of duty)))"),
    ((HI,), "homicidal_word",
     r"\bhomicid\w*|\bmass (?:shooting|murder|killing)\b|\bshoot (?:up )?(?:the|my|a|this|that)"
     r" (?:school|office|work|workplace|church|mall|class|store|party)\b"
     r"|\bbring(?:ing)? (?:a |my |the )?(?:gun|knife|weapon|bomb) to (?:school|work|class"
     r"|the office|church)\b|\bkill list\b|\bmake (?:them|him|her|everyone) (?:all )?pay\b"
     r"(?! for (?:dinner|lunch|the|it|rent|half|bills?|drinks|his|her))"
     r"|\b(?:they|he|she|everyone|people|you|all of them|my \w++) (?:all )?(?:deserves?|needs?)"
     r" to (?:die|be killed|be dead)\b"
     r"|\b(?:hope|wish|want|pray) (?:that )?(?:he|she|they|him|her|them|my \w++) (?:would |will"
     r" |just |gets |get )?(?:dies|die|dead|killed|get killed|gets killed|drop dead)\b"
     r"|\b(?:hurt|harm|harming|hurting|kill|killing) (?:other people|others|another person"
     r"|innocent people|a stranger|strangers)\b"),
    ((HI,), "want_them_dead",
     r"\b(?:want|wish|hope|like|love) (?:to see )?(?:him|her|them|my \w++|that \w++|this \w++)"
     r" (?:\w++ )?dead\b"),
    ((HI, CA), "harm_my_baby",
     r"\b(?:hurt|harm|harming|hurting|kill|killing|shake|shaking|smother|smothering|drown"
     r"|drowning) (?:my|the) (?:baby|child|newborn|infant|kids|children|son|daughter)\b"
     r"(?! (?:feelings|chances))"),
    # Intrusive urges to push someone to their death; "push people TO DO BETTER" is not.
    ((HI,), "push_to_death",
     r"\b(?:push|pushing|shove|shoving|throw|throwing) (?:\w++ ){0,2}?(?:people|someone|somebody"
     r"|him|her|them|strangers|a stranger|my \w++|a (?:person|kid|child|man|woman|baby))"
     r" (?:off|onto|in front of|into|under|down) (?:\w++ ){0,2}?(?:tracks|train|traffic|bus"
     r"|cliff|balcony|bridge|river|road|stairs|platform|subway|car|truck|window)\b"
     r"|\bintrusive (?:thoughts|urges|images|impulses) (?:\w++ ){0,3}?(?:hurting|harming|killing"
     r"|stabbing|pushing|strangling|drowning|attacking|shooting|smothering) (?:\w++ )?(?:people"
     r"|someone|somebody|others|him|her|them|my \w++|a (?:person|stranger|child|baby)"
     r"|strangers)\b"),
    ((HI,), "es_homicidal",
     # "ME voy a ahorcar", "SE quiere matar": the clitic makes it self-directed (see SUICIDE_ES).
     r"(?<!\bme )(?<!\bse )"
     r"\b(?:quiero|quisiera|voy a|tengo ganas de|ganas de|pienso|pensando en|me dan ganas de"
     r"|podria|deseo|planeo|estoy planeando|lo voy a|la voy a|los voy a|las voy a|le voy a"
     r"|les voy a) (?:\w++ )?(?:matar(?:l[oae]s?)?|matar a|asesinar(?:l[oae]s?)?"
     r"|acuchillar(?:l[oae]s?)?|apunalar(?:l[oae]s?)?|dispararle(?:s)?|balear(?:l[oae]s?)?"
     r"|envenenar(?:l[oae]s?)?|ahorcar(?:l[oae]s?)?|hacerle dano|hacerles dano"
     r"|lastimar(?:l[oae]s?)?|hacer dano a)\b(?! (?:el|la|los|las) (?:tiempo|rato|hambre|sed"
     r"|aburrimiento|tarea|tareas|examen|examenes|prueba|proyecto|antojo|sueno|ansiedad|nervios))"
     r"|\b(?:lo|la|los|las|te) mato\b|\bhomicid\w*"),
)

# --------------------------------------------------------------------------------------------
# Violence by a partner or family member, threats, fear; sexual violence; child abuse.
# --------------------------------------------------------------------------------------------
VIOLENCE: tuple[Rule, ...] = (
    ((IPV,), "someone_hurts_me",
     r"\b{perp} (?:\w++ ){0,3}?{hurt_verb} (?:me|us|my (?:\w++ )?(?:mom|mother|dad|kids|children"
     r"|baby|son|daughter|brother|sister|face|neck|throat|arm|head|body)|the (?:kids|children"
     r"|baby)|mom|mum)\b{hurt_guard}"),
    ((IPV, CA), "family_hurts_me",
     r"\b(?:my|our|mums|moms|mothers) (?:\w++ )?{family} (?:\w++ ){0,3}?{hurt_verb} (?:me|us"
     r"|my (?:little )?(?:brother|sister|siblings)|the kids)\b{hurt_guard}"
     r"|\b(?:my|our) (?:\w++ )?{family} (?:\w++ ){0,4}?(?:throws|threw|throwing|hurls|hurled)"
     r" (?:\w++ ){0,2}?at (?:me|us|my (?:head|face))\b"),
    ((IPV,), "hurt_by_someone",
     r"\b(?:hit|beaten|beat up|abused|attacked|hurt|choked|strangled|threatened|assaulted|slapped"
     r"|punched|kicked|pushed|shoved|burned|stabbed|stalked|controlled|locked in|locked up"
     r"|tied up|raped|molested|touched|groped) (?:\w++ ){0,2}?by (?:my|his|her|our|the|a|an|some"
     r"|mums|moms) (?:\w++ )?(?:{partner}|{family}|roommate|neighbou?r|landlord|boss|man|guy"
     r"|stranger|friend|coworker|classmates?|group|gang|pimp|date)\b"),
    ((IPV,), "domestic_violence",
     r"\bdomestic (?:violence|abuse|dispute|assault)|\bdv\b|\bfamily violence\b"
     r"|\bintimate partner violence\b|\babusive (?:\w++ )?(?:{partner}|{family}|relationship"
     r"|marriage|household|home|family|situation)\b|\b(?:being|been|was|am|im|getting|get)"
     r" (?:\w++ )?(?:abused|beaten|beat up|battered|hit|choked|strangled|threatened|stalked|hurt)"
     r" (?:at home|by him|by her|by them|every (?:day|night|week)|daily|again|a lot|regularly"
     r"|all the time)\b|\b(?:im|i am|i feel|being|been|was|were) (?:\w++ )?abused\b"
     r"|\bbattered (?:woman|wife|women|spouse|by)\b|\babuser\b|\bstalk(?:ing|s|ed)? me\b"
     r"|\bstalker\b|\b(?:assaulted|attacked) me\b|\b(?:was|got|been|being) (?:\w++ )?"
     r"(?:assaulted|attacked|jumped|mugged)\b"),
    ((IPV,), "afraid_of_someone",
     r"\b(?:afraid|scared|terrified|frightened|fearful|petrified) (?:\w++ ){0,2}?of (?:my|her|his"
     r"|our) (?:\w++ )?(?:{partner}|{family}|roommate|neighbou?r|landlord)\b"
     r"|\b(?:afraid|scared|terrified|frightened|fear|fearing) (?:\w++ )?(?:of him|of her|of them"
     r"|for my (?:life|safety|kids safety|childrens safety|kids lives)|to go (?:back )?home"
     r"|to be at home|to leave (?:him|her|them|the house)|to tell (?:him|her) (?:no|im leaving)"
     r"|(?:that )?(?:(?:he|she|they|my (?:\w++ )?(?:{partner}|{family})) (?:will|ll|would|d"
     r"|might|is going to|s going to|are going to|wants to|is trying to|could|can|re going to"
     r"|may)|hell|shell|theyll|hed|shed) (?:\w++ )?(?:hurt|kill|hit|beat|find|come after"
     r"|come back|track me down|take the kids|take my kids|do something|snap))\b"
     r"|\b(?:not|dont|dont feel|never feel|doesnt feel|no longer feel) (?:\w++ )?safe (?:at home"
     r"|in my (?:own )?(?:home|house|apartment|room|bed)|with (?:him|her|them|my (?:\w++ )?"
     r"(?:{partner}|{family}))|around (?:him|her|them|my (?:\w++ )?(?:{partner}|{family}))"
     r"|going home|living with|to go home)\b|\bunsafe at home\b"),
    ((IPV,), "threatened_me",
     r"\b(?:threaten(?:s|ed|ing)?|said|says|swore|swears|promised|told me"
     r"|keeps saying|warned(?: me)?|texted|yelled|screamed) (?:\w++ ){0,2}?(?:to |that )?(?:he |she"
     r" |they |hell |shell |theyll |he will |she will |he would |she would |hed |shed |hes going"
     r" to |shes going to |is going to |was going to |would |will )?(?:(?:kill|hurt|beat|shoot"
     r"|stab|strangle|choke|murder|hit) (?:me|us|my|the kids|the children|the baby|her|him"
     r"|himself|herself|the dog|you)|take (?:away )?(?:the|my|our) (?:kids|children|baby|son"
     r"|daughter)|burn (?:down )?(?:the|my|our) (?:house|place|apartment))\b"
     r"|\b{perp} (?:\w++ ){0,2}?(?:is|s|are|re|will|ll|would|d|was|wants to|want to|tried to"
     r"|tries to|trying to|is trying to|is going to|going to) (?:\w++ )?(?:going to |to )?"
     r"(?:kill|murder|hurt|beat|shoot|stab|strangle|choke) (?:me|us|the kids|my (?:kids|children"
     r"|baby|son|daughter|mom))\b"
     # Teen hyperbole about trivia: "mom is going to kill me WHEN SHE SEES MY GRADES".
     r"(?! (?:with (?:kindness|love|compliments)|up\b|at\b|in (?:chess|the game|a race)"
     r"|(?:if|when|for) (?:\w++ ){0,3}?(?:late|grades|report card|the car|mess|room|forgot|forget"
     r"|broke|spent|dent|test|exam|bill|haircut|tattoo|curfew|dishes|homework|chores)))"),
    ((IPV,), "injured_by_someone",
     r"\b{perp} (?:\w++ ){0,3}?(?:broke|broken|fractured|cracked|bloodied|busted) (?:my|our) (?:arm"
     r"|nose|ribs?|jaw|wrist|fingers?|leg|lip|teeth|tooth|eye|head|collarbone)\b"
     r"|\b(?:threw|throws|throwing|hurled|hurls) (?:a |an |the |his |her |their |my )?(?:\w++ )?"
     r"(?:\w++ )?at (?:me|us|my (?:head|face))\b(?! (?:to catch|during (?:practice|the game)))"),
    ((IPV,), "violent_person",
     r"\b{perp} (?:\w++ ){0,3}?(?:is|s|gets|can be|has been|was|becomes|turns) (?:\w++ )?(?:violent"
     r"|abusive|physically abusive|dangerous)\b(?! (?:video game|movie|sport|storm))"),
    ((IPV,), "stalking",
     r"\b{perp} (?:\w++ ){0,2}?(?:keeps |is |has been |wont stop |still |always )?"
     r"(?:following|stalking|tracking|showing up at|turning up at|waiting for me (?:at|outside))"
     r" (?:me|my (?:house|home|work|job|school|apartment|place|car|kids school))\b"
     r"(?! (?:around|on (?:instagram|twitter|tiktok|social|facebook)))"),
    ((IPV,), "controlling",
     r"\b(?:wont|doesnt|never) let (?:me|us) (?:leave|go out|see (?:my|anyone)|have (?:any )?"
     r"(?:money|my own|a phone)|talk to (?:anyone|my)|work|use (?:my|the) phone)\b"
     r"|\b(?:takes|took|controls|control|keeps|hides|hid) (?:all )?(?:my|our) (?:money|phone"
     r"|passport|car keys|paycheck|id|documents)\b(?! (?:to|for|back|when|while|and gave))"
     r"|\b(?:put|puts|had) (?:his|her) hands (?:around|on) my (?:neck|throat)\b"),
    ((IPV, NOW), "weapon_present",
     r"\b{perp} (?:\w++ ){0,6}?with (?:a|an|his|her|their|the) {weapon}\b"
     r"|\b{perp} (?:\w++ ){0,3}?(?:has|had|have|got|is holding|holding|owns|bought|pulled|pointed"
     r"|waving|waved|brandished|brandishing|came (?:back )?with|keeps) (?:out )?(?:a |an |the"
     r" |his |her |their )?{weapon}\b(?! (?:collection|safe|license|licence|for hunting"
     r"|for work))"
     r"|\b(?:pointed|pointing|points|held|holding|holds|waving|waved|pulled) (?:a |an |the |his"
     r" |her |their )?{weapon} (?:at|to|on) (?:me|us|my|the kids|her|him)\b"
     r"|\b{weapon} (?:\w++ ){0,4}?(?:outside|at (?:my|the) (?:door|window|house|place|apartment)"
     r"|in (?:the|my) (?:house|driveway|yard|apartment)|pointed at|at me|in his hand"
     r"|in her hand)\b"),
    ((IPV, NOW), "danger_now",
     r"\b{perp} (?:\w++ ){0,3}?(?:is |s |are |re |just |now |keeps )?(?:banging on|pounding on"
     r"|kicking (?:in|down)|trying to (?:get|break) in|breaking (?:in|down)|broke in|got in"
     r"|wont leave|refuses to leave|parked outside|waiting outside|waiting for me outside"
     r"|outside (?:my|the|our) (?:door|window|house|home|apartment|flat|place|room) (?:with|and"
     r"|again|right now|yelling|screaming|banging)|found (?:me|where i live|my new (?:address"
     r"|place|house))|coming (?:back )?(?:for me|to get me|to kill me|after me)|on (?:his|her"
     r"|their) way (?:here|over|to (?:get|find|kill|hurt)))\b"
     r"|\bhiding (?:from (?:him|her|them|my \w++)|in (?:the|my) (?:bathroom|closet|room|car))\b"
     r"|\blocked myself in (?:the |my )?(?:bathroom|room|car|closet|bedroom)\b"),
    ((NOW,), "emergency_now",
     r"\b(?:call (?:911|999|112|the police|the cops|an ambulance|police)|send (?:help|someone"
     r"|police|an ambulance)|need (?:an ambulance|the police|help (?:right )?now|help immediately"
     r"|urgent help)|help me (?:right )?now|(?:im|i am|we are|were|she is|shes|he is|hes"
     r"|my life is|our lives are|my (?:kids|children) (?:are|is)) in (?:immediate |serious |real"
     r" )?danger|life or death)\b"
     r"|\b(?:someone|somebody|a man|a guy|people|an intruder|intruders|a burglar|burglars"
     r"|a stranger|he|she|they|theres someone|there is someone) (?:\w++ )?(?:is |are |s )?"
     r"(?:breaking into|trying to (?:break|get) in(?:to)?|in (?:my|the|our) (?:house|home"
     r"|apartment|flat|room) (?:right )?now)\b"
     r"|(?<!nose )\b(?:wont|doesnt|cant|isnt|will not|does not) (?:\w++ )?stop bleeding\b"
     r"|\b(?:bleeding|blood) (?:\w++ )?(?:a lot|heavily|badly|everywhere|wont stop|isnt stopping"
     r"|so much|too much)\b|\bcant stop (?:the )?bleeding\b|\blost (?:a lot of|too much|so much)"
     r" blood\b"),
    # The subject said earlier in the sentence: "he broke my phone ... and then beat me".
    ((IPV,), "then_hurt_me",
     r"\b(?:and|then|and then|later|after that|before that) (?:he |she |they )?(?:beat|beats"
     r"|beaten|hit|hits|punched|punches|kicked|kicks|choked|chokes|strangled|slapped|slaps"
     r"|stabbed|burned|shoved|attacked) (?:me|us)\b{hurt_guard}"),
    ((IPV,), "took_my_phone",
     r"\b{perp} (?:\w++ ){0,2}?(?:broke|breaks|smashed|smashes|destroyed|destroys|threw|throws"
     r"|took|takes|hid|hides|tracks|tracked|checks|monitors|controls|controlled) (?:\w++ )?(?:my"
     r"|our)"
     r" (?:phone|cell|passport|car keys|keys|paycheck|bank card|cards|documents|location)\b"
     r"(?! (?:screen|case|charger|by accident|accidentally|to (?:fix|repair|charge|the shop|get)"
     r"|for (?:a|the) (?:repair|minute|second|walk|drive|ride)|back|off))"),
    ((SV,), "sexual_violence",
     r"\b(?:rape|raped|raping|rapes|rapist|rapists|gang ?raped)\b|\bsexual(?:ly)? (?:assault\w*"
     r"|abus\w*|harass\w*|violen\w*|exploit\w*|coerc\w*|molest\w*|touched|attack\w*)"
     r"|\bmolest\w*|\bgrop(?:ed|es|ing|e)\b|\bincest\b|\bsextort\w*|\broofie\w*"
     r"|\b(?:drugged|spiked) (?:me|my drink|my drinks)\b|\b(?:was|got|been|being|think i was"
     r"|i was) (?:\w++ )?(?:drugged|roofied)\b|\b(?:put|slipped|dropped) (?:something"
     r"|a pill|drugs|stuff) (?:in|into) my (?:drink|drinks|glass|cup)\b|\b(?:forced|forces|forcing"
     r"|made|makes"
     r"|pressured|pressures|coerced|coerces) (?:me |us |her )?(?:to |into )?(?:have sex"
     r"|having sex|sex|do sexual things|do things i didnt want|perform|touch (?:him|her|his)"
     r"|send nudes|sending nudes|watch porn|take off my clothes|undress)\b"
     r"|\b(?:without|didnt give|never gave|no) (?:my )?consent\b|\b(?:nonconsensual"
     r"|non consensual)\b"
     r"|\b(?:didnt|never) consent\b|\bsaid no (?:but|and) (?:he|she|they) (?:kept going"
     r"|did it anyway|didnt stop|wouldnt stop|continued)\b|\bforced (?:himself|herself"
     r"|themselves) (?:on|onto) me\b|\btook advantage of me\b|\bunwanted (?:touching|sexual"
     r"|advances|sex)\b|\b(?:wont|wouldnt) stop touching me\b|\b(?:touched|touches|touching|touch"
     r"|grabbed|grabs|fondled|fondles) (?:me|my) (?:\w++ ){0,2}?(?:inappropriately|without"
     r"|down there|private parts|privates|where (?:i|he|she) shouldnt|in (?:private|a bad way"
     r"|places)|under my|breasts?|chest|butt|crotch|genitals|vagina|penis|boobs)\b"),
    ((SV, CA), "touches_me",
     r"\b(?:he|she|they|{perp}) (?:\w++ ){0,8}?(?:touches|touched|touching|keeps touching|fondles"
     r"|fondled|feels me up|felt me up) me\b(?! (?:gently|on the shoulder|deeply|so much))"
     r"|\bcomes? (?:into|in) my (?:room|bed|bedroom) at night\b"
     r"|\bmade me (?:do (?:things|stuff|sexual)|touch (?:him|her|his)|take (?:off )?my clothes"
     r"|undress|keep (?:it )?(?:a )?secret|promise not to tell)\b"
     r"|\bour little secret\b|\b(?:makes|made|tells|told) me (?:to )?keep (?:\w++ )?secrets\b"
     r"|\b(?:told|tells|made) me (?:not to tell|to keep (?:it|this|our"
     r" secret) (?:a )?secret|to never tell|never to tell|promise not to tell)\b"),
    # A partner's sexual violence is also partner violence.
    ((SV, IPV), "partner_sexual_violence",
     r"\b(?:my|our) (?:\w++ )?{partner}(?: \w++){0,3}? (?:rapes|raped|raping|molests|molested"
     r"|sexually (?:assaults|assaulted|abuses|abused)|(?:forces|forced|forcing|makes|made"
     r"|pressures|pressured|coerces|coerced) (?:me |us )?(?:to |into )?(?:have sex|having sex|sex"
     r"|sexual|do sexual))\b"
     r"|\b(?:mi|su) (?:\w++ )?(?:esposo|marido|pareja|novio|novia|esposa|ex|exesposo|ex esposo"
     r"|exnovio|ex novio)(?: \w++){0,3}? (?:me|nos) (?:obliga|obligo|obligaba|forzo|fuerza|forza"
     r"|viola|violo|violaba|abusa|abuso|abusaba)\b"),
    # Sex without agreement: asleep, passed out, "I hadn't agreed".
    ((SV,), "sex_without_consent",
     r"\b(?:had|having|has|have) sex with me (?:\w++ ){0,3}?(?:while|when) i (?:was )?(?:asleep"
     r"|sleeping|passed out|unconscious|drunk|blacked out|out of it)\b"
     r"|\b(?:woke up|wake up|came to) (?:\w++ ){0,4}?(?:having sex with me|on top of me"
     r"|touching me|inside me|undressing me|taking my clothes off)\b"
     r"|\bsex (?:\w++ ){0,6}?(?:i |and i )?(?:hadnt|didnt|never|did not"
     r"|had not) (?:\w++ )?(?:agreed"
     r"|agree|said yes|say yes|want it|want to|wanted it|wanted to|consent|consented)\b"),
    # An adult asking a child for pictures.
    ((SV, CA), "asked_for_pictures",
     r"\b(?:teacher|coach|tutor|pastor|priest|youth pastor|babysitter|uncle|stepdad|step dad"
     r"|neighbou?r|grown man|older man|adult|man online|guy online|someone online|stranger"
     r"|older guy|grown up) (?:\w++ ){0,3}?(?:asked|asks|asking|wants|wanted|keeps asking"
     r"|pressured|pressures|begged|begs|told|tells) (?:\w++ )?(?:me|her|him|us) (?:to |for )?"
     r"(?:send (?:him |her |them )?)?(?:pics|pictures|photos|nudes|naked|videos|selfies)\b"
     r"(?! (?:of|from) (?:the|our|my|his|her) (?:trip|homework|project|assignment|class|game"
     r"|team|field trip|event|dog|cat|garden|art))"
     r"|\b(?:send|sent|sending) (?:him |her |them )?(?:nudes|naked (?:pics|pictures|photos))\b"),
    # Someone touching a child (third person too): "his grandpa touches him in the bath".
    ((SV, CA), "touches_a_child",
     r"\b{perp} (?:\w++ ){0,3}?(?:touches|touched|touching|fondles|fondled|molests|molested"
     r"|keeps touching) (?:me|her|him|them|my (?:\w++ )?(?:son|daughter|kid|child|children|kids))"
     r" (?:\w++ ){0,2}?(?:private parts|privates|private|down there|inappropriately|in the bath"
     r"|in (?:a|the) (?:bath|shower)|in bed|at night|in (?:a bad way|places|weird places|the wrong"
     r" places)|under (?:her|his|my|their) (?:clothes|underwear|pants|skirt|shirt)|(?:her|his|my"
     r"|their) (?:genitals|privates|private parts|penis|vagina|bottom|butt|chest|breasts?))\b"
     r"|\bmakes? (?:him|her|them) (?:keep (?:it )?(?:a )?secret|promise not to tell)\b"),
    ((CA,), "child_abuse",
     r"\b{perp} (?:\w++ ){0,3}?(?:hits?|beats?|punch(?:es|ed)|slap(?:s|ped)|kick(?:s|ed)"
     # Not "hitting" or "kicking": "my son keeps hitting his little sister" is sibling fighting.
     r"|hurting|beating|abusing|molesting|starving|neglecting|burning"
     r"|mistreats|mistreated|mistreating"
     r"|chok(?:es|ed)|shak(?:es|ed|ing)|hurts?|abus(?:es|ed)|burn(?:s|ed)|whip(?:s|ped)"
     r"|belt(?:s|ed)|touch(?:es|ed)|molest(?:s|ed)|starv(?:es|ed)|neglect(?:s|ed)|lock(?:s|ed))"
     r" (?:the|my|our|his|her) (?:\w++ )?(?:kids|children|son|daughter|baby|child|toddler|stepson"
     r"|stepdaughter|little (?:brother|sister)|infant|newborn)\b"
     r"|\bchild (?:abuse|neglect|molest\w*|sexual abuse|porn\w*|exploitation)\b"
     r"|\b(?:abused|molested|raped|beaten|neglected|touched) (?:\w++ ){0,4}?(?:as a (?:child|kid"
     r"|little (?:girl|boy)|teen|teenager)|when i was (?:little|a (?:child|kid|little (?:girl"
     r"|boy))|young|\d+|small|younger))\b|\bchildhood (?:abuse|sexual abuse)\b"
     r"|\bchild protective services\b|\bcps\b"
     r"|\b(?:hits?|beats?|whips?|whipped|hit|beat) (?:me|us) (?:\w++ )?with (?:a|his|her|the)"
     r" (?:belt|stick|cord|cable|wire|hanger|wooden spoon|shoe|slipper|paddle|switch|broom|pan"
     r"|rod)\b|\b(?:dont|doesnt|never|wont) (?:\w++ )?(?:feed (?:me|us)|give (?:me|us) (?:food"
     r"|anything to eat))\b|\bno food (?:at home|in the house) for days\b"
     r"|\b(?:left|leaves|leave|leaving) (?:me|us) alone for (?:days|a week|weeks|nights)\b"
     r"|\b(?:nobody|no one|noone|nobody ever|no one ever) (?:feeds|fed|cooks for|gives food to)"
     r" (?:me|us)\b"
     r"|\b(?:kids?|children|child|son|daughter|baby|toddler|grandkids?|niece|nephew|students?"
     r"|boy|girl|siblings) (?:\w++ ){0,3}?(?:are|is|being|been|were|was|get|gets|getting)"
     r" (?:\w++ )?(?:neglected|abused|starved|molested|left alone for (?:days|hours|nights))\b"
     # Marks and who did them: "has burn marks and says his dad did it".
     r"|\b(?:bruises|burns|burn marks|welts|belt marks|marks|cuts|a black eye|injuries)"
     r"(?: \w++){0,8}? (?:says|said|told (?:me|us)|tells (?:me|us)|claims) (?:that )?(?:his|her"
     r"|their|my|our) (?:\w++ )?{family} (?:did|does|caused|made|gave|{hurt_verb})\b"),
    # Spanish.
    ((IPV,), "es_someone_hurts_me",
     r"\b(?:(?:mi|su|el) (?:\w++ )?{es_nouns}(?: \w++){0,3}?|(?:el|ella|ellos|ellas)(?: siempre"
     r"| a veces| todos los dias| tambien| ya| me dijo que)?) (?:me|nos) (?:pega|pego|pegaba"
     r"|pegan|golpea|golpeo|golpeaba|golpean|maltrata|maltrato|maltrataba|lastima|lastimo"
     r"|lastimaba|empuja|empujo|ahorca|ahorco|ahorcaba|estrangula|estrangulo|patea|pateo|pateaba"
     r"|cachetea|cacheteo|abofetea|abofeteo|quema|quemo|amenaza|amenazo|amenazaba|encierra"
     r"|encerro|agrede|agredio|violenta|jala (?:el|del) pelo|jalo (?:el|del) pelo|arrastra"
     r"|arrastro|persigue|acosa|acoso|humilla|humillo|insulta|avienta|avento|lanzo|da (?:golpes"
     r"|patadas|cachetadas|bofetadas)|dio (?:golpes|patadas|cachetadas|bofetadas|una paliza)"
     r"|ha (?:pegado|golpeado|amenazado|ahorcado|lastimado))\b"
     r"{es_hit_guard}"
     r"|\b(?:me|nos) (?:pega|pego|golpea|golpeo|maltrata|maltrato|lastima|ahorca|ahorco|patea"
     r"|amenaza|amenazo) (?:\w++ )?(?:mi|el|su) (?:\w++ )?{es_nouns}\b"
     r"|\bme (?:pegan|golpean|golpea|golpeo|maltratan|maltrata|lastiman|amenazan|patean"
     r"|ahorcan)\b"),
    ((IPV,), "es_controlling",
     r"\bno (?:me|nos) (?:deja|dejaba|dejan|permite|permitia) (?:\w++ )?(?:salir|trabajar"
     r"|ver a (?:mi|mis|nadie)|hablar con|tener (?:dinero|celular|telefono)|usar (?:el|mi)"
     r" (?:celular|telefono)|estudiar|visitar|llamar a)\b(?! (?:con (?:mis|los) amigos|a (?:la|las)"
     r" fiestas?|de noche|tarde|en la noche|al cine|a jugar|hasta))"
     r"|\b(?:me|nos) (?:quita|quito|quitaba|controla|controlaba|esconde|escondio|revisa) (?:todo"
     r" |todos |mi |el |la |los |las |mis )?(?:\w++ )?(?:dinero|sueldo|quincena|pasaporte"
     r"|documentos|papeles|tarjetas)\b|\b(?:me|nos) (?:encierra|encerro|encerraba|tiene"
     r" encerrad[oa])\b"
     # Spanglish: "my husband me pega".
     r"|\b(?:my (?:\w++ )?(?:{partner}|{family})|he|she) (?:\w++ ){0,2}?(?:me|nos) (?:pega|pego"
     r"|golpea|golpeo|maltrata|maltrato|lastima|ahorca|ahorco|patea|amenaza|amenazo)\b"
     r"{es_hit_guard}"),
    ((IPV,), "es_injured",
     r"\b(?:me|nos) (?:rompio|rompe|quebro|fracturo|partio|reviento|revento|abrio) (?:la|el|los"
     r"|las|un|una) (?:nariz|brazo|costillas?|mandibula|boca|labio|dientes?|cabeza|mano|dedo"
     r"|pierna|ojo|ceja|cara)\b|\bme dejo (?:\w++ )?(?:moreton|moretones|morado|el ojo morado"
     r"|marcas|sangrando)\b"),
    ((IPV,), "es_domestic_violence",
     r"\bviolencia (?:domestica|intrafamiliar|familiar|de genero|en casa|de pareja)\b"
     r"|\bmaltrato (?:fisico|psicologico|domestico|familiar)\b|\b(?:me|nos) (?:esta|estan)"
     r" maltratando\b|\bmaltratad[oa]\b|\bgolpead[oa] por\b"
     r"|\b(?:miedo|panico|terror) (?:\w++ )?(?:a|de) (?:mi|su) (?:\w++ )?{es_nouns}\b"
     r"|\btengo (?:mucho )?miedo de (?:el|ella|ellos|volver a (?:casa|mi casa)|regresar a (?:casa"
     r"|mi casa)|ir a (?:casa|mi casa))\b|\bmiedo (?:de |a )?que (?:me|nos) (?:mate|maten|pegue"
     r"|golpee|haga dano|lastime|encuentre|quite a (?:mis|los) hijos)\b"
     r"|\bno me siento (?:segur[oa]|a salvo) (?:en (?:mi )?casa|con (?:el|ella|mi \w++)"
     r"|en mi (?:propia )?casa)\b"
     # "este trafico me va a matar" is hyperbole: "va a" needs a person or a lead-in before it.
     r"|(?:^|\b(?:el|ella|ellos|ellas|mi|su|si|que|porque|ya|seguro|un dia|creo que)"
     r" (?:\w++ ){0,2}?)(?:me|nos) va a (?:matar|pegar|golpear|hacer dano|quitar a (?:mis|los)"
     r" hijos)\b(?! (?:si no (?:entrego|termino|llego|hago|acabo|paso|apruebo|limpio|pago|vuelvo"
     r"|llamo)|si (?:llego tarde|ve (?:mis|el|la|las|los) (?:calificaciones|notas|cuarto"
     r"|desorden|carro)|se entera (?:de|que) (?:\w++ ){0,2}?(?:notas|calificaciones|carro"
     r"|choque|reprobe|perdi))|por (?:llegar tarde|las notas|las calificaciones|el carro|romper"
     r"|perder)))"
     r"|\b(?:me|nos) (?:quiere|amenazo con|amenaza con|dijo que (?:me|nos) iba a"
     r"|dice que (?:me|nos) va a) (?:matar|pegar|golpear|hacer dano|quitar a (?:mis|los) hijos)\b"
     r"(?! (?:si no (?:entrego|termino|llego|hago|acabo|paso|apruebo|limpio|pago|vuelvo"
     r"|llamo)|si (?:llego tarde|ve (?:mis|el|la|las|los) (?:calificaciones|notas|cuarto"
     r"|desorden|carro)|se entera (?:de|que) (?:\w++ ){0,2}?(?:notas|calificaciones|carro"
     r"|choque|reprobe|perdi))|por (?:llegar tarde|las notas|las calificaciones|el carro|romper"
     r"|perder)))"
     r"|\bamenaz\w* (?:con|de) (?:matarme|matarnos|pegarme|quitarme a mis hijos|hacerme dano"
     r"|lastimarme)\b"),
    ((IPV, NOW), "es_danger_now",
     r"\b(?:afuera|en la puerta|aqui|en (?:la|mi) casa|en mi cuarto)(?: \w++){0,3}? con (?:un|una"
     r"|el|la|su) (?:arma|pistola|cuchillo|navaja|machete|rifle|escopeta)\b"
     r"|\b(?:arma|pistola|cuchillo|navaja|machete|rifle|escopeta)(?: \w++){0,4}? (?:afuera"
     r"|en la puerta|aqui|en la casa|en mi casa|me apunta|apuntando|amenazando)\b"
     r"|\b(?:esta|estan|sigue) (?:afuera|aqui afuera|en la puerta) (?:con (?:un|una) (?:arma"
     r"|pistola|cuchillo|navaja)|golpeando|gritando|amenazando)\b|\b(?:golpeando la puerta"
     r"|tratando de entrar|queriendo entrar)\b|\bme (?:esta )?apunta(?:ndo)? con\b"
     r"|\bviene (?:por mi|a matarme)\b|\bme encerre en (?:el bano|mi cuarto|el cuarto|el carro)\b"
     r"|\bllamen? (?:a la policia|al 911|una ambulancia)\b|\b(?:estoy|estamos|esta) en peligro\b"
     r"|\bpeligro de muerte\b|\bayuda (?:por favor )?(?:ya|rapido|urgente)\b|\bauxilio\b"
     r"|\bsangr(?:a|o|ando) (?:mucho|demasiado|sin parar)\b|\bno (?:para|deja) de sangrar\b"),
    ((SV,), "es_sexual_violence",
     r"\b(?:me violaron|me violo|me viola|me violaba|violacion|violaciones|violad[oa]s?|violador"
     r"|abuso sexual|abusos sexuales|abusaron (?:sexualmente )?de mi|abuso (?:sexualmente )?de mi"
     r"|abusa de mi|abusaba de mi|acoso sexual|acosad[oa] sexualmente|agresion sexual"
     r"|agredida sexualmente|me forzo|me forzaron|sin mi consentimiento|me drogaron|me drogo"
     r"|tocamientos|me manose\w*|manoseo)\b"
     # "violacion DE DERECHOS / DE LA LEY" is not sexual violence.
     r"(?! de (?:derechos|la ley|contrato|privacidad|normas|reglas|datos|seguridad|la norma))"
     r"|\bme obliga(?:ba|ron|ro)? a (?:tener (?:sexo|relaciones)|hacer cosas|tocarl[oa]"
     r"|desvestirme|mandar fotos)\b|\bme toca(?:ba)? (?:mis partes|donde no|las partes|mi cuerpo"
     r"|los pechos|mis pechos|abajo|por debajo|en lugares)\b|\bme toco (?:mis partes|donde no"
     r"|las partes|mi cuerpo|los pechos|mis pechos|abajo|en lugares)\b"),
    ((SV, CA), "es_touches_me",
     r"\b(?:mi|el|su) (?:\w++ )?{es_nouns}(?: \w++){0,3}? me (?:toca|tocaba|toco|manosea"
     r"|manoseaba)\b(?! (?:trabajar|ir|hacer|pagar|a mi|esperar|ser|estar|limpiar|cocinar"
     r"|manejar|lavar|cuidar|decir))|\b(?:me dijo que )?(?:es|era) nuestro secreto\b"
     r"|\b(?:me dijo|me pidio) que no le (?:dijera|contara) a nadie\b"),
    ((CA,), "es_child_abuse_history",
     r"\b(?:abusaron|abuso|abusaba|violaron|violo|violaba|tocaba|tocaron|toco|golpeaban|golpeaba"
     r"|pegaban|pegaba|maltrataban|maltrataba|manoseaba|manosearon) (?:\w++ ){0,3}?(?:cuando"
     r" (?:era|tenia|yo era) (?:nin[oa]|pequen[oa]|chic[oa]|chiquit[oa]|menor|\d+|una nina"
     r"|un nino)|de (?:nin[oa]|pequen[oa]|chiquit[oa])|en mi infancia)\b"),
    ((CA, IPV), "es_child_abuse",
     r"\b(?:mi|su|el) (?:\w++ )?{es_family}(?: \w++){0,3}? (?:me|nos) (?:pega|pego|pegaba|golpea"
     r"|golpeo|golpeaba|maltrata|maltrato|lastima|quema|quemo|encierra|encerro|viola|violo"
     r"|abusa|abuso|castiga con|deja sin comer|ahorca|patea|avienta|arrastra|da (?:golpes"
     r"|cinturonazos|chanclazos|palizas)|dio una paliza)\b{es_hit_guard}"
     r"|\b(?:me|nos) pega(?:n|ba)? con (?:el|la|un|una) (?:cinturon|cable|chancla|palo|manguera"
     r"|cuerda|zapato|vara|regla)\b|\b(?:abuso|maltrato) (?:infantil|de menores)\b"
     r"|\bno (?:me|nos) dan? de comer\b"
     r"|\b(?:maltrata|maltrataba|maltrato|golpea|golpeaba|pega|pegaba|abusa de|abusaba de"
     r"|descuida|descuidaba|lastima|quema|encierra|deja sin comer|le pega|le pegaba|les pega)"
     r" (?:a )?(?:sus|los|mis|tus|su|mi) (?:\w++ )?(?:hijos|hijas|ninos|ninas|nietos|bebes|hijo"
     r"|hija|nino|nina|bebe|hermanitos|hermanito|hermanita)\b"
     r"|\b(?:me|nos) (?:dejan?|dejaban?|dejaron) (?:sol[oa]s?|encerrad[oa]s?|sin comer|sin comida)"
     r"(?: \w++){0,3}? (?:sin comida|sin comer|por dias|todo el dia|toda la noche|por horas)\b"),
)

# --------------------------------------------------------------------------------------------
# Psychosis. Guard: an "inner voice" or "critical voice" is therapy language, not a hallucination.
# --------------------------------------------------------------------------------------------
PSYCHOSIS: tuple[Rule, ...] = (
    ((PSY,), "hearing_voices",
     r"\b(?:hear|hearing|heard|hears|have|having|there are|theres) (?:\w++ )?voices\b"
     r"|\b(?:hear|hearing|heard|hears) (?:them|him|her|people|someone|somebody|things|a voice"
     r"|whispers|whispering|my name) (?:\w++ ){0,2}?(?:in|inside) my (?:head|mind|brain)\b"
     r"|\bvoices (?:wont|dont|never|will not|do not|keep|wouldnt) (?:\w++ )?(?:stop|leave me alone"
     r"|go away|shut up|talking)\b|\bim hearing things\b|\bvoices (?:are|have) (?:\w++ )?(?:back"
     r"|coming back|louder|getting louder|worse|getting worse|returned|telling|commanding)\b"
     r"|\bvoices? (?:\w++ ){0,2}?(?:want|wants|wanted|need|needs) me to\b"
     r"|(?<!inner )(?<!critical )(?<!little )\bvoices? (?:\w++ ){0,2}?(?:tell|telling|told|tells"
     r"|say|saying|said|says|command|commanding|order|ordering|ordered|keep telling|in my head"
     r"|in my room|inside my head|that (?:arent|no one else|nobody else|other people dont)"
     r"|talking to me|talk to me|talking about me|whisper|whispering|laughing at me|mock"
     r"|mocking|insulting)\b|\bvoices? (?:from|of) (?:god|the devil|satan|demons|the dead)\b"),
    ((PSY,), "hallucination",
     r"\b(?:see|seeing|saw|sees) (?:\w++ )?(?:things|people|shadows|figures|faces|bugs|spiders"
     r"|demons|ghosts) (?:that (?:arent|isnt|nobody else|no one else|other people cant"
     r")|nobody else (?:can )?sees?|no one else (?:can )?sees?)\b"
     r"|\bpsychotic\b|\bschizo\w*|\bdelusion\w*"
     r"|\bhear(?:ing)? (?:people|someone|things|whispers|whispering|noises|my name) (?:\w++ ){0,3}?"
     r"(?:when (?:no one|nobody|noone)|that (?:arent|no one|nobody)|no one else|nobody else)\b"
     r"|\b(?:my|our) (?:food|water|drink|drinks|meds|medicine|medication|coffee) (?:is|are|was|were"
     r"|has been|have been|keeps getting|gets) (?:being )?(?:poisoned|drugged|tampered with"
     r"|contaminated)\b"
     r"|\bparanoid (?:that|about (?:people|everyone|the government|being watched|being followed"
     r"|being poisoned)|delusions|schizophrenia|thoughts)\b"),
    ((PSY,), "persecution",
     r"\b(?:they|people|someone|somebody|everyone|the government|government|the fbi|fbi|the cia"
     r"|cia|aliens|my neighbou?rs|neighbou?rs|the police|cameras|satellites|the devil|demons"
     r"|strangers|the tv|the radio) (?:\w++ ){0,2}?(?:are |is |keep |keeps |have been |has been"
     r" |been )?(?:watching|spying on|monitoring|tracking|listening to|reading|controlling"
     r"|poisoning|bugging|following|plotting against|conspiring against"
     r"|implanted|putting thoughts in|broadcasting|sending (?:me )?(?:messages|signals))"
     r" (?:me|my (?:thoughts|mind|brain|head|phone|food|house|water))\b"
     r"|\b(?:chip|chips|implant|implants|device|tracker|microchip|transmitter) (?:\w++ ){0,2}?"
     r"(?:in|inside|into) my (?:head|brain|body|tooth|teeth|skull|arm|neck)\b"
     r"|\b(?:they|people|someone|everyone|others|the government|he|she) (?:\w++ )?(?:can |are |is"
     r" |keep )?(?:read|reading|hear|hearing|steal|stealing|control|controlling|insert|inserting"
     r"|putting|broadcasting) (?:my )?(?:mind|thoughts)\b"
     r"|\bthoughts (?:are |is |were |keep |get |getting )?(?:being )?(?:broadcast|broadcasted"
     r"|inserted|stolen|controlled|read|heard|taken)\b"
     # A delusion told by someone else: "my son thinks the FBI is following him".
     r"|\b(?:thinks|believes|is convinced|convinced|insists|is sure|keeps saying|says) (?:that )?"
     r"(?:the )?(?:fbi|cia|nsa|government|aliens|neighbou?rs|people|everyone|someone|they|police"
     r"|cameras|satellites|demons)(?: \w++){0,2}? (?:are |is )?(?:watching|spying on|following"
     r"|tracking|poisoning|after|out to get|reading|controlling|monitoring|listening to)"
     r" (?:him|her|them|his|their|me)\b"
     r"|\b(?:secret|hidden|coded|special) (?:messages|signals|signs|codes|instructions)"
     r" (?:\w++ ){0,3}?(?:through|in|on|from|via) (?:the |my )?(?:tv|television|radio|news|songs?"
     r"|music|billboards|license plates|internet|walls|numbers|ads)\b"
     r"|\b(?:tv|television|radio|news|songs?|billboards|newspaper|license plates"
     r"|people on (?:the )?"
     r"(?:tv|radio|news))(?: \w++){0,3}? (?:are |is |keep |keeps )?(?:sending|giving|sends|gives"
     r"|sent|gave) (?:me )?(?:\w++ )?(?:messages|signals|signs|codes|instructions)\b"
     r"|\b(?:they|someone|somebody|people|my neighbou?rs|the neighbou?rs|neighbou?rs"
     r"|the government|aliens|he|she)(?: \w++){0,2}? (?:are |is |keep |keeps |have been "
     r"|has been )?"
     r"(?:pumping|pumps|putting|puts|sending|releasing|spraying|piping|leaking|blowing) (?:\w++ )?"
     r"(?:gas|poison|poisonous gas|chemicals|radiation|fumes|toxins|smoke|rays) (?:\w++ ){0,2}?"
     r"(?:through|into|in|under) (?:the|my|our|her|his|their) (?:vents|walls|house|home|apartment"
     r"|room|water|air|floor|ceiling|door|pipes|outlets)\b"
     r"|\b(?:messages|signals|signs|codes) (?:\w++ ){0,2}?(?:from|on|through|in) (?:the )?(?:tv"
     r"|television|radio|license plates|billboards|god|aliens)\b"
     r"|\b(?:god|the devil|satan|demons|aliens|spirits) (?:\w++ )?(?:is |are |keeps |keep |has been"
     r" |have been )?(?:talking to me|speaking to me|telling me to|told me to|commanding me"
     r"|commanded me|ordering me|chose me|gave me a mission)\b|\bim (?:the|a) (?:chosen one"
     r"|messiah|prophet)\b|\b(?:replaced|swapped) (?:by|with) (?:an )?(?:imposter|impostor|clone"
     r"|robot|double)s?\b"),
    ((PSY,), "things_talk_to_me",
     r"\b(?:the )?(?:tv|television|radio|computer|walls|birds|news|songs?|billboards?|god|devil"
     r"|satan|aliens|spirits|demons|dead) (?:\w++ ){0,2}?(?:is |are |keeps |keep )?(?:talking"
     r"|speaking|sending (?:me )?(?:messages|signals)|giving me signs|whispering) (?:to|at) me\b"),
    ((PSY,), "planted_devices",
     r"\b(?:they|someone|somebody|people|my neighbou?rs|neighbou?rs|the government|the fbi"
     r"|the police|he|she) (?:\w++ )?(?:put|installed|hid|planted|placed|are putting|keep putting)"
     r" (?:\w++ )?(?:cameras|microphones|mics|bugs|listening devices|trackers|chips|wires) (?:in"
     r"|inside|into|on) my\b"),
    ((PSY,), "out_to_get_me",
     r"\b(?:they|people|someone|everyone|the government|government|the fbi|the cia|the police"
     r"|aliens|demons|my neighbou?rs|neighbou?rs) (?:are |is |keep |have been )?(?:after me|out to"
     r" get me|coming for me)\b"),
    ((PSY,), "es_psychosis",
     r"\b(?:escucho|oigo|escuchaba|oia|oyendo|escuchando|escuche|oi) (?:\w++ )?voces\b"
     r"|\bvoces (?:\w++ ){0,2}?(?:me dicen|me ordenan|me piden|me hablan|me gritan|me mandan"
     r"|que me dicen|en mi cabeza|dentro de mi cabeza)\b|\b(?:veo|vi|viendo) (?:\w++ )?(?:cosas"
     r"|gente|personas|sombras|figuras|bichos|demonios|fantasmas) que (?:no estan|no existen"
     r"|nadie mas ve|los demas no ven|no son reales|nadie ve)\b|\balucin\w*|\bpsicosis\b"
     r"|\bpsicotic[oa]\b|\besquizofren\w*|\b(?:me|nos) (?:estan|esta|quieren) (?:vigilando"
     r"|espiando|siguiendo|envenenando|controlando|persiguiendo|envenenar|espiar"
     r"|leyendo la mente)\b"
     r"|\b(?:me|nos) (?:vigilan|espian|siguen|persiguen|envenenan|controlan la mente|leen la mente"
     r"|leen el pensamiento|roban los pensamientos|metieron un chip)\b(?! en (?:instagram|twitter"
     r"|tiktok|redes|facebook|youtube|las redes))|\bchip en (?:mi|la) (?:cabeza|cerebro|cuerpo)\b"
     r"|\b(?:puede|pueden|podian|escucha|escuchan|oye|oyen|lee|leen|roban|roba|controla"
     r"|controlan|saben|sabe) (?:escuchar |oir |leer |ver )?(?:mis|nuestros) pensamientos\b"
     r"|\bmis pensamientos (?:se )?(?:transmiten|escuchan|oyen|los escuchan|los oyen|los roban)\b"
     r"|\b(?:dios|el diablo|satanas|los demonios|los espiritus) (?:me )?(?:habla|hablan|dice|dicen"
     r"|ordena|ordenan|manda|mandan|dijo) (?:\w++ )?(?:que|a mi|conmigo)\b"),
)

# fmt: on

RULES: tuple[Rule, ...] = (
    SUICIDE_EN + SUICIDE_ES + PLAN_RULES + ATTEMPT_OD + SELF_HARM + HOMICIDAL + VIOLENCE + PSYCHOSIS
)
