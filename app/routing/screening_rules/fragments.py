"""Regex fragments shared by the rules (`{name}` in a rule), and the words too common to key on."""

from app.routing.screening_rules.negation import not_after

# Where a topic word ("suicide", "domestic violence", "naloxone") names a subject of study or a
# statistic, not a disclosure: "a research PAPER ON domestic violence", "high RATES OF suicide".
_TOPIC_FRAMES = (
    "paper on", "essay on", "thesis on", "dissertation on", "tesis sobre", "rates of", "rate of",
    "que es la", "que es el", "stocking", "stock", "tasa de", "tasas de",
    "talleres de prevencion del", "talleres sobre prevencion del", "curso de prevencion del",
    "protocolo de actuacion ante", "protocolo ante", "character dies by", "character died by",
    "recognizing an", "recognize an", "recognise an", "reverse an", "reversing an",
    "discussion on", "caring for survivors of", "lecture on", "webinar on", "charla sobre",
    "recognizing an opioid", "recognize an opioid", "sobre los efectos del", "about the effects of",
)  # fmt: skip

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
        r"|mums boyfriend|mothers boyfriend|papa|papi|mama|mami|abuela|abuelo|tio|tia|padrastro"
        r"|madrastra)"
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
        r"(?! (?:un|una|la|el|su|sus|los|las|unos|unas) (?:susto|sustote|grito|resfriado|resfrio"
        r"|gripa|gripe|tos|virus|mocos|chinches|pulgas|nervios|ganas"
        r"|chicle|costumbre|cancion|musica|sticker|calcomania|mania|piojos|sol|calor|frio|aire"
        r"|viento|hambre|sueno|bajon))"
    ),
    # Ways to kill oneself named after an intent verb ("I intend to", "planning to", "tried to"),
    # first or third person ("my son tried to take his own life").
    "self": r"(?:myself|himself|herself|themselves|themself)",
    # What follows "overdose" when it names a topic, not an act: "overdose PREVENTION training".
    "od_topic": (
        r"(?:awareness|prevention|education|training|response|statistics|rates?|crisis|deaths"
        r"|epidemic|kits?|reversal|course|class|program|programme|workshop|seminar|conference)\b"
    ),
    # Treats and shows one "overdoses on" in jest: "I overdosed on CHRISTMAS COOKIES".
    "treats": (
        r"(?:chocolate|sugar|candy|sweets|cookies|cake|pie|pizza|carbs|junk food|ice cream"
        r"|caffeine|coffee|netflix|tv|memes|reality tv|true crime|christmas|holiday|halloween"
        r"|thanksgiving|tacos|cheese|sunshine)\b"
    ),
    # "Here" said to be a job or a place: "I don't want to be here anymore, MEANING THIS JOB".
    "not_here": (
        r"(?:meaning|i mean|as in) (?:at )?(?:this|the|my) (?:\w++ )?(?:job|industry|company|field"
        r"|city|town|school|office|team|career|department|workplace|country|state)\b"
    ),
    "topic_before": not_after(_TOPIC_FRAMES),
    # What follows a topic word when it names work, teaching or supplies, never a person's own
    # experience: "suicide prevention CURRICULUM", "DV ADVOCACY", "naloxone DISTRIBUTION TRAINING",
    # "naloxona PARA EL CENTRO comunitario". "Suicide prevention line" stays flagged (someone may
    # have called it).
    "topic_guard": (
        r"(?! (?:(?:prevention|awareness|prevencion) )?(?:curriculum|training|trainings|workshops?"
        r"|programs?|programme|month|week|conference|presentation|module|materials|policy"
        r"|policies|statistics|advocacy|research|warning signs|distribution|capacitacion"
        r"|entrenamiento|talleres?|curso|cursos)\b"
        r"| para (?:el|la|mi|nuestro|nuestra|nuestros|los) (?:centro|clinica|escuela|oficina"
        r"|organizacion|programa|equipo|iglesia|personal|empleados)\b"
        r"| for (?:our|the) (?:staff|team|clinic|school|center|centre|office|organization"
        r"|volunteers|employees|pharmacy)\b)"
    ),
    "height": (
        r"(?:bridge|building|roof|rooftop|cliff|balcony|overpass|ledge|tower|parking garage"
        r"|skyscraper|top floor|window)"
    ),
    "method": (
        r"(?:kill(?:ing)? {self}|end(?:ing)? (?:my|his|her|their) (?:own )?life"
        r"|tak(?:e|ing) (?:my|his|her|their) (?:own )?life|hang(?:ing)? {self}"
        r"|shoot(?:ing)? {self}|overdos(?:e|ing)(?! {od_topic})|jump(?:ing)? (?:\w++ ){0,3}?(?:off"
        r"|from)"
        r" (?:a |the |my |this |that |an )?(?:\w++ )?{height}"
        r"|(?:jump|jumping|step|stepping|throw {self}|throwing {self}|lie down|walk|walking)"
        r" (?:\w++ )?in front of (?:a |the |an )?"
        r"(?:\w++ )?(?:train|subway|bus|truck|car|traffic|lorry)"
        r"|(?:drown|drowning|poison|poisoning|gas|gassing|suffocate|suffocating|stab|stabbing"
        r"|strangle|strangling) {self}"
        r"|(?:slit|slitting|cut|cutting) (?:my|his|her|their) (?:wrists?|throat|veins)"
        r"|(?:drive|driving|crash|crashing|steer|steering|swerve|swerving) (?:(?:my |his |her |the"
        r" |a )?(?:car|truck|bike|motorbike) )?(?:\w++ ){0,2}?(?:into|off) (?:a |the |oncoming )?"
        r"(?:\w++ )?(?:wall"
        r"|tree|pole|traffic|river|lake|ocean|sea|truck|bridge|cliff|barrier|train)"
        r"|unaliv(?:e|ing) {self})"
    ),
    "es_pills": (
        r"(?:pastillas|pildoras|medicinas|medicamentos|tabletas|capsulas|calmantes|somniferos"
        r"|clonazepam|paracetamol|paracetamoles|ibuprofenos?|aspirinas|antidepresivos|rivotril|jarabe"
        r"|tafil|alprazolam|tramadol|insulina)"
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
