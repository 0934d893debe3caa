"""Suicide attempts and overdoses, English and Spanish."""

from app.routing.screening_rules.flags import ATTEMPT, NOW, OD, SH, SI, Rule

# One compact row per rule (flags, code, regex split over lines): ruff format would explode each
# row into four lines, so it is switched off for the table.
# fmt: off

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
     r"(?:overdosed|overdosing|odd|oded|oding)\b(?! on (?:\w++ )?{treats})"),
    ((OD,), "overdose_word",
     r"{topic_before}overdos\w*+(?! on (?:\w++ )?{treats})|\b(?:od|odd|oded|oding) on\b"
     r"|\b(?:i|he|she|they|we|my \w++|friend|brother"
     r"|sister"
     r"|son|daughter|someone|somebody|might have|may have|think (?:i|he|she)) (?:just |almost"
     r" |nearly |has |have |had )?(?:od|odd|oded|overdosing|is overdosing)\b"
     r"|{topic_before}(?:narcan|naloxone|fentanyl|fent)\b{topic_guard}|\balcohol poisoning\b"),
    ((OD, NOW), "cant_wake",
     r"\b(?:cant|couldnt|unable to|tried to|trying to|try to) wake (?:(?:him|her|them|my (?:\w++ )?"
     r"\w++)(?: up)?|\w++ up)\b(?! (?:early|for|in time|on time|before)\b)"
     r"|\b(?:isnt|not|wasnt|arent|stopped|hardly|barely|cant stop) (?:\w++ )?(?:breathing"
     r"|conscious)\b(?! (?:through (?:my|his|her|the) nose|deeply|in (?:the|my) (?:cold|heat)))"
     r"|\b(?:he|she|they|hes|shes|theyre|my \w++|friend|brother|sister|son|daughter|husband|wife"
     r"|boyfriend|girlfriend|mom|dad|baby) (?:\w++ ){0,5}?(?:wont|isnt|not|cant|doesnt|is not)"
     r" (?:\w++ )?(?:wake up|waking up|responding|responsive|moving)\b"
     # "not responding TO MY TEXTS", "won't wake up FOR SCHOOL" are everyday talk.
     r"(?! (?:early|late|on time|in time|until|till|before|to|for (?:school|work|class)"
     r"|(?:my |his |her )?(?:texts?|messages?|calls?|emails?))\b)"
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
    # On purpose: "I overdosed on purpose", "took the pills to make it stop".
    ((OD, ATTEMPT), "overdose_on_purpose",
     r"\b(?:overdosed|oded|odd|took (?:\w++ ){0,4}?(?:{pills}|them all)|swallowed (?:\w++ ){0,4}?"
     r"(?:{pills}|them all)) (?:\w++ ){0,2}?(?:on purpose|intentionally|deliberately|to die"
     r"|to end it|to kill myself|to not wake up|to make it (?:all )?stop)\b"),
    ((ATTEMPT, SH), "slit_wrists_past",
     r"\b(?:slit|slashed|sliced|opened) (?:my|his|her|their|both) (?:own )?(?:wrists?|veins"
     r"|throat)\b"),
    # Taken already, and frightened: "I already took the pills, I'm scared".
    ((OD, NOW), "took_them_scared",
     r"\b(?:already|just) (?:took|swallowed|downed|drank) (?:the|all (?:the|my)|them|those|these)"
     r"(?: \w++){0,4}? (?:im (?:scared|afraid|dizzy|shaking|freaking out|panicking)|help"
     r"|what (?:do|should) i do|call|i feel (?:\w++ )?(?:weird|dizzy|sick|strange|faint))\b"),
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
     r"(?:dose|doses|dosage|amount|prescription|{pills})\b"),
    # Spanish.
    ((ATTEMPT,), "es_tried_to_die",
     r"\b(?:intente|intento|intentaba|trate de|trato de|he intentado|ha intentado|he tratado de"
     r"|ha tratado de|quise|quiso) (?:\w++ )?(?:matarme|suicidarme|quitarme la vida|morir"
     r"|ahorcarme|colgarme|cortarme las venas|tirarme|aventarme|envenenarme|suicidio"
     r"|acabar con mi vida|matarse|suicidarse|quitarse la vida|ahorcarse|colgarse"
     r"|cortarse las venas|tirarse|aventarse|envenenarse|acabar con su vida)\b"
     r"|\b(?:me|se) (?:intente|intento|trate de|quise|quiso|ha intentado|he intentado) (?:matar"
     r"|suicidar|quitar la vida|ahorcar|colgar|envenenar|cortar las venas|tirar|aventar)\b"
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
     r"{topic_before}(?:sobredosis|fentanilo|naloxona|narcan)\b{topic_guard}"
     r"|\b(?:tome|tomo|tomaron|se tomo|me tome|trague|se trago) (?:\w++ )?(?:{es_pills}|medicina"
     r"|medicinas|medicamento|droga|drogas) de mas\b|\b(?:me|se|te) pas(?:e|o|aste) de (?:droga"
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
    # Too much taken, said without the word: "me tomé como 15 ibuprofenos", "se tomó doble dosis",
    # "se tomó el jarabe entero", "tomé tanto que me desmayé", "got into her pills and took a
    # bunch", "overdoing my benzos", "took way more than usual", "nearly didn't wake up".
    ((OD,), "too_much_taken",
     r"\b(?:me tome|tome|se tomo|se tomaron|me trague|se trago|tomo) (?:como |unas |unos |mas de"
     r" |casi |hasta )?(?:\d{2,} (?:de )?(?:\w++ )?{es_pills}|doble dosis|triple dosis"
     r"|el (?:doble|triple) de (?:\w++ )?(?:{es_pills}|medicina|dosis))\b"
     r"|\b(?:me tome|se tomo|me trague|se trago|se bebio|me bebi) (?:\w++ ){0,3}?(?:{es_pills}"
     r"|medicina|frasco|botella) (?:\w++ ){0,2}?enter[oa]\b"
     r"|\b(?:tome|bebi|tomo|bebio|tomamos|consumi|consumio) tanto que (?:me desmaye|se desmayo"
     r"|perdi el conocimiento|perdio el conocimiento|no me acuerdo|termine en el hospital)\b"
     r"|\b(?:me|se|te) pas(?:e|o|aste|aron) con (?:las|sus|mis|tus) (?:pastillas|drogas|pildoras"
     r"|medicinas)\b"
     r"|\b(?:got|gets|getting) into (?:her|his|my|the|their) (?:\w++ )?{pills}\b"
     r"|\boverdo(?:ing|ne|es|)? (?:it )?(?:on |with )?(?:my |the |his |her |their )?(?:\w++ )?"
     r"{pills}\b"
     r"|\btook (?:way |a lot |so much |much )?more (?:of (?:it|them|my \w++) |{pills} )?than"
     r" (?:usual|normal|i usually do"
     r"|i normally do|prescribed|i should have)\b"
     r"|\b(?:nearly|almost) (?:didnt|did not) wake up\b"
     r"|\bdrank so much (?:that )?(?:i|he|she|they) (?:passed out|blacked out|stopped breathing)\b"
     r"|\b(?:more and more|too many) {pills} (?:\w++ ){0,2}?(?:to sleep|to numb|to black out"
     r"|to knock myself out)\b|\b(?:been|keep|kept|was|im|started|always) using alone\b"
     r"(?! time)"),
    # Too much taken AND a body reacting, or minutes ago: an emergency now ("took a double dose
    # ... now she's confused and vomiting", "took like 40 ... 20 min ago", "se tomó el jarabe
    # entero y está muy dormida", "mezclé alcohol con clonazepam y no me puedo mantener despierto").
    ((OD, NOW), "taken_and_reacting",
     r"\b(?:took|taken|ate|drank|swallowed|downed|got into) (?:\w++ ){0,5}?(?:{pills}|edibles"
     r"|gummies|dose|doses|drugs|bottle of \w++)\b(?: \w++){0,10}? (?:confused|vomiting"
     r"|throwing up|hallucinating|shaking|sweating|cant feel|wont respond|not responding"
     r"|unresponsive|not answering|snoring weird|very sleepy|so sleepy|really sleepy"
     r"|cant stay awake|cant breathe|heart is racing|passed out)\b"
     r"|\b(?:took|swallowed|downed) (?:like |about |around )?(?:\d{2,}|a bunch|a handful|too many"
     r"|all) (?:\w++ ){0,4}?(?:\d+|a few|an|ten|twenty|thirty) (?:min|mins|minutes|hours?) ago\b"
     r"|\b(?:me tome|tome|se tomo|me trague|se trago|mezcle|mezclo|me bebi|se bebio)"
     r" (?:\w++ ){0,4}?(?:{es_pills}|medicina|medicinas|dosis|alcohol|drogas?)\b(?: \w++){0,10}?"
     r" (?:vomitando|confundid[oa]|muy dormid[oa]|muy rar[oa]|me siento (?:muy )?rar[oa]"
     r"|no me puedo mantener despiert[oa]|no (?:puede|puedo) respirar|inconsciente|no contesta"
     r"|no responde|desmayad[oa]|temblando)\b"),
    # An attempt said in other words: "tried to off myself", "me corté las venas para morirme",
    # "drove my car into a wall on purpose".
    ((SI, ATTEMPT), "attempt_described",
     r"\b(?:tried|attempted) to (?:off|unalive|end) (?:myself|himself|herself|themselves)\b"
     r"|\b(?:me|se) (?:corte|corto) las venas\b"
     r"|\b(?:drove|crashed|steered|swerved|drive|crash) (?:my|his|her|the) (?:car|truck|bike)"
     r" (?:\w++ ){0,4}?(?:into|off) (?:\w++ ){0,3}?on purpose\b"),
    # Taken in order not to wake: "me tomé una botella de ron con unas pastillas a ver si no me
    # despertaba más", "took all my sleeping pills hoping I wouldn't wake up".
    ((OD, ATTEMPT), "taken_not_to_wake",
     r"\b(?:me tome|tome|me trague|me bebi|se tomo|se trago|se bebio) (?:\w++ ){0,8}?(?:a ver si"
     r"|para|esperando|con la idea de) (?:no (?:me )?(?:despertaba|despertara|despertar|volvia a"
     r" despertar|volver a despertar)|me moria|morirme|morir|no amanecer)\b"
     r"|\b(?:took|swallowed|drank|downed) (?:\w++ ){0,8}?(?:hoping|to see if|so that|so|praying)"
     r" (?:i|id|he|she) (?:wouldnt|would not|didnt|did not|wont|would never|never) wake up\b"),
)

# fmt: on
