"""Harm to others, English and Spanish.

"I could kill FOR a coffee", "killing IT", "kill TIME" never match: a person must be the
object. Guards: "kill them WITH KINDNESS", "shoot him A TEXT", games.
"""

from app.routing.screening_rules.flags import CA, HI, NOW, Rule

# One compact row per rule (flags, code, regex split over lines): ruff format would explode each
# row into four lines, so it is switched off for the table.
# fmt: off

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
     r"|compliments|love)|in (?:the )?(?:game|fortnite|minecraft|roblox|chess)"
     # Household trivia: "I could choke my roommate FOR LEAVING DISHES in the sink".
     r"|(?:for|if|when) (?:\w++ ){0,3}?(?:dishes|mess|chores|snoring|spoilers?|leftovers|fries"
     r"|last slice|remote|charger|homework|grades|thermostat|toilet seat)\b))"),
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
     r"|les voy a|va a|van a|iba a|iban a|para|amenazo con|amenaza con|lo va a|la va a|los va a"
     r"|las va a) (?:\w++ )?(?:matar(?:l[oae]s?)?|matar a|asesinar(?:l[oae]s?)?"
     r"|ahogar(?:l[oae]s?)?|asfixiar(?:l[oae]s?)?|apunalar(?:l[oae]s?)?|balacear(?:l[oae]s?)?"
     r"|acuchillar(?:l[oae]s?)?|apunalar(?:l[oae]s?)?|dispararle(?:s)?|balear(?:l[oae]s?)?"
     r"|envenenar(?:l[oae]s?)?|ahorcar(?:l[oae]s?)?|hacerle dano|hacerles dano"
     r"|lastimar(?:l[oae]s?)?|hacer dano a)\b(?! (?:el|la|los|las) (?:tiempo|rato|hambre|sed"
     r"|aburrimiento|tarea|tareas|examen|examenes|prueba|proyecto|antojo|sueno|ansiedad|nervios"
     r"|habito|habitos|costumbre|vicio|flojera|estres|penas|pena|gusanito|oso)\b"
     # "voy a ahorcar A LA IMPRESORA": a machine, not a person.
     r"| (?:a )?(?:la|el|mi|esta|este|al) (?:impresora|computadora|compu|laptop|tele|television"
     r"|lavadora|secadora|maquina|celular|telefono|router|wifi|internet|carro|coche|microondas)\b)"
     r"|\b(?:le|les) (?:voy a|quiero|pienso|podria) hacer dano\b"
     r"|\b(?:lo|la|los|las|te) mato\b|\bhomicid\w*"),
    # Wider reach: a named target at work or school, a third person's threat ("he'd stab his
    # teacher", "going to come back and shoot the foreman"), lists of targets, "end him".
    ((HI,), "harm_named_target",
     r"\b(?:want|wants|wanted|going|planning|plans|thinking|thoughts|think|fantasi[sz]ing"
     r"|urges?|impulses?|intrusive thoughts|threatened|threatens|hed|shed|theyd|will|ill|would"
     r"|said|says|tell me|tells me|told me|telling me|tell him|tells him|tell her|tells her)"
     r" (?:\w++ ){0,3}?(?:to |of |about |and )?(?:kill|killing|murder|murdering|hurt"
     r"|hurting|harm|harming|stab|stabbing|shoot|shooting|strangle|strangling|poison|poisoning"
     r"|attack|attacking) (?:my|his|her|their|the|a|that) (?:\w++ ){0,2}?(?:supervisor|manager"
     r"|foreman|boss|coworkers?|co workers?|colleagues?|teachers?|principal|classmates?|students?"
     r"|neighbou?rs?|landlord|stepdad|stepfather|ex|wife|husband|girlfriend|boyfriend|guy"
     r"|pastor|coach|roommate|brother in law|sister in law|mom|dad|mother|father|baby|kids"
     r"|children)\b"
     r"(?! (?:in (?:the )?(?:game|fortnite|minecraft|roblox|chess)|with (?:kindness|love"
     r"|compliments)|feelings|chances|reputation)\b)"
     r"|\bshoot (?:up )?(?:his|her|their|our) (?:school|office|work|workplace|church|class)\b"
     r"|\b(?:list|names) of (?:\w++ ){0,2}?(?:people|ppl|classmates|coworkers|students|kids|names)"
     r" (?:\w++ ){0,2}?(?:i|he|she|they) (?:wants?|wanted) (?:to (?:hurt|kill|shoot|stab|harm)"
     r"|dead)\b"
     r"|\b(?:will|ill|im going to|going to|gonna|swear ill|i swear i will) end (?:him|her|them)\b"
     r"(?! (?:a (?:text|message|email|note)|an email|on)\b)"
     r"|\bput (?:him|her|them|his (?:wife|husband|girlfriend|boyfriend|partner)|her (?:husband"
     r"|boyfriend|partner)|my \w++) (?:\w++ )?(?:in the ground|six feet under)\b"),
    ((HI, NOW), "armed_at_target",
     r"\b(?:outside|in front of|at|near) (?:his|her|their|my \w++s) (?:house|place|apartment|work"
     r"|office|school|job) (?:\w++ ){0,2}?with (?:my|a|the|his|her) {gun}\b"
     r"|\b(?:tomo|agarro|saco|se llevo|llevo|tiene) (?:el|la|un|una|su) (?:arma|pistola|cuchillo"
     r"|rifle|escopeta|machete|navaja) (?:\w++ ){0,5}?(?:matar|dispararle|balear|apunalar)\b"
     r"|\b(?:afuera|fuera|enfrente|frente a) (?:de )?su (?:casa|trabajo|escuela|oficina) con"
     r" (?:la|una|mi|el) (?:pistola|arma|cuchillo|rifle|escopeta|machete)\b"
     r"|\bquemar (?:la|mi|nuestra|su) casa con (?:todos|nosotros|ellos|mis hijos|los ninos"
     r"|la familia|mi familia) (?:adentro|dentro)\b"),
)

# fmt: on
