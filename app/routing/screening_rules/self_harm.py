"""Self-harm, English and Spanish.

Guards: "cut myself SHAVING", "hurt my leg PLAYING", "me corto EL PELO".
"""

from app.routing.screening_rules.flags import NOW, SH, Rule

# One compact row per rule (flags, code, regex split over lines): ruff format would explode each
# row into four lines, so it is switched off for the table.
# fmt: off

SELF_HARM: tuple[Rule, ...] = (
    ((SH,), "self_harm_word",
     r"\bself ?(?:harm\w*|injur\w*|mutilat\w*|hurt\w*)\b|\bnssi\b"
     r"|\bcutting (?:again|myself|my (?:arms?|legs?|wrists?|thighs?|skin|stomach|hips?|body))\b"
     # "sh" is self-harm only next to recovery words: "relapsed on sh", "sh urges", "sh free".
     r"|\b(?:relapsed|relapse|relapsing|clean from|free from|stopped|quit|started|urges?|urge to"
     r"|back to|went back to|did|do|doing|done) (?:on |to |of |with |some )?sh\b|\bsh (?:urges?"
     r"|again|relapse|scars?|cuts?"
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
     r"|costs|carbs|sugar|through|across|bread|wood|paper|coupons|vegetables|onions|meat|our|your"
     r"|their|losses"
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
     r"|\bfresh (?:cuts|scars|wounds) on my\b|\bfresh (?:cuts|wounds)\b(?! (?:of|from|on (?:the|a)"
     r"|at the (?:butcher|deli)))|\b(?:scars|cuts|burns) (?:on|all over) my"
     r" (?:arms?|legs?|wrists?|thighs?|stomach|body)\b(?! from (?:surgery|the accident"
     r"|an accident|childhood|sports))|\bhide (?:my |the )?(?:cuts|scars)\b"
     r"|\bscars? (?:from|of) (?:cutting|self harm|burning myself|my cuts|hurting myself)\b"
     r"|\b(?:deserve|need|want|wanted) to (?:feel pain|bleed|suffer)\b"
     r"|\bmake myself (?:throw up|vomit|puke|sick)\b|\b(?:purge|purging|purged) (?:after|every"
     r"|again|when)\b|\bcut (?:too )?deep\b"),
    # Head-banging and third-person self-harm with an instrument: "bang my head against the wall
    # until it hurts", "burning her arms with cigarettes". "hit my head ON THE DOOR" alone is not.
    ((SH,), "harm_with_intent",
     r"\b(?:relapsed|relapse|slipped|slipped up) (?:and|by|with) (?:cutting|cut|burning|burned"
     r"|hurting myself|hurt myself|sh)\b|"
     r"\b(?:bang|bangs|banging|banged|hit|hits|hitting|slam|slams|slamming|slammed|smash|smashing"
     r"|smashed|bash|bashing|bashed|punch|punching) (?:my|his|her) (?:head|fists?"
     r"|hands?) (?:\w++ )?"
     r"(?:against|on|into) (?:the |a |my |his |her )?(?:walls?|floor|door|desk|table|ground|mirror)"
     r"(?: \w++){0,3}? (?:until|till|so hard|over and over|again and again|repeatedly|on purpose"
     r"|to feel|to punish|when (?:im |i get |he gets |she gets |hes |shes |\w++ )?(?:angry|upset"
     r"|sad|mad"
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
     r"|me (?:quiero|voy a|dan ganas de|gustaria) cortar"
     r"|me he cortado|volvi a cortarme)\b"
     # "me corto EL PELO", "me corte COCINANDO" are everyday talk.
     r"(?! (?:(?:el|la|los|las|mi) (?:pelo|cabello|unas|flequillo|fleco|barba|bigote|dedo"
     r"|pelo corto)|(?:el )?(?:pelo|cabello|unas)|con (?:el|un|una|la) (?:papel|hoja"
     r"|cuchillo de cocina|lata)|con (?:el|un) cuchillo (?:\w++ ){0,2}?(?:cocinando|picando|pelando"
     r"|haciendo (?:la|el) (?:cena|comida|almuerzo|desayuno))\b"
     r"|cocinando|pelando|picando|afeitando|afeitandome|rasurando"
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
     r"|\b(?:me hago|me hice|me hacia|hacerme|se hace|se hizo|se hacia) (?:\w++ )?(?:cortes"
     r"|cortadas|heridas|quemaduras|rasgunos)\b(?! (?:cocinando|sin querer|por accidente"
     r"|jugando|al (?:cocinar|caer|afeitarme|depilarme)))"
     r"|\b(?:mi|su) (?:\w++ )?(?:hij[oa]|hermanit?[oa]|niet[oa]|amig[oa]|novi[oa]|esposo|esposa"
     r"|pareja|alumn[oa]|estudiante) (?:\w++ )?se (?:lastima|lastimaba|hace dano|hacia dano"
     r"|corta|cortaba|quema|quemaba|golpea|golpeaba)\b(?! (?:jugando|sin querer|por accidente"
     r"|en (?:el|la)|con (?:el|la)|al (?:jugar|correr|caer|cocinar)|el pelo|las unas|cocinando"
     r"|corriendo))"
     r"|\bse (?:corta|cortaba|corto|esta cortando|sigue cortando|ha cortado|quema|quemaba"
     r"|esta quemando|lastima|lastimaba|rasguna|rasgunaba) (?:los|las|sus) (?:brazos|piernas"
     r"|munecas|muslos|venas|brazo|pierna|muneca|panza)\b"
     r"|\b(?:me|se) (?:queme|quemo|corte|corto|lastime|lastimo|golpee|golpeo|hice dano|hizo dano"
     r"|rasgune|pegue) (?:\w++ ){0,2}?a proposito\b"
     r"|{topic_before}autolesion\w*|\bautolastim\w*|\bauto ?dano\b"
     r"|\bcortes en (?:mis|los) (?:brazos|piernas"
     r"|munecas|muslos)\b|\bcicatrices (?:de|en) (?:mis|los) (?:brazos|piernas|munecas)\b"),
    ((SH, NOW), "es_blade_now",
     r"\b(?:tengo|agarre|traigo) (?:la|una|el|un|mi) (?:navaja|cuchilla|hoja de afeitar|gillette"
     r"|cuchillo|vidrio|rastrillo) (?:\w++ ){0,3}?no (?:puedo|me puedo) (?:parar|detener"
     r"|controlar)\b"),
    # Self-harm told by a relative or in other words: "does it to herself", "punch walls till my
    # knuckles break", "slam my hand in doors on purpose", "se está cortando", "se rasguña hasta
    # sangrar", "se pega a sí mismo", "conductas autolesivas".
    ((SH,), "self_harm_described",
     r"\b(?:scratches|cuts|burns|marks|bruises|wounds|scars|injuries|bite marks)(?: \w++){0,8}?"
     r" (?:does|did|do|doing|done|caused|made) (?:it |this |that |them )?(?:to )?(?:himself"
     r"|herself|themselves|myself)\b"
     r"|\b(?:scratching|burning|cutting|head banging|skin picking|hair pulling) (?:and \w++ )?"
     r"behaviou?rs?\b"
     r"|\b(?:punch|punching|punched|hit|hitting|slam|slamming|slammed|bang|banging) (?:\w++ ){0,3}?"
     r"(?:until|till|til) (?:my|his|her) (?:knuckles|hands?|fists?|head) (?:break|bleed|broke|bled"
     r"|crack|cracked|bruise)\w*\b"
     r"|\b(?:slam|slams|slammed|slamming|burn|burns|burned|burning|hit|hits|hitting|bang|banging"
     r"|scratch|scratching|bite|biting) (?:my|his|her) (?:\w++ ){0,4}?on purpose\b"
     r"|\bi deserve (?:the |this )?pain\b"
     r"|\bse (?:esta|sigue|ha estado|estaba) (?:cortando|lastimando|quemando|golpeando|rasgunando"
     r"|haciendo dano)\b(?! (?:el|la|los|las|con el|con la) (?:pelo|cabello|unas|barba|papel)\b"
     r"| (?:jugando|sin querer|por accidente)\b)"
     r"|\b(?:se|me) (?:rasgun|pellizc|muerd|muerde|golpe|peg|aran|quem|cort)\w* (?:\w++ ){0,2}?"
     r"hasta (?:sangrar|sacarse sangre|sacarme sangre|hacerse sangre|hacerme sangre|que sangra)\b"
     r"|\bse (?:pega|pegaba|golpea|golpeaba|lastima|muerde|corta|quema) (?:\w++ ){0,2}?a si"
     r" mism[oa]\b"
     r"|\b(?:conductas?|comportamientos?) autolesiv[oa]s?\b"),
    ((SH, NOW), "blade_to_self",
     r"\b(?:holding|holds|held|has|pressing|presses) (?:a |the |her |his |my )?(?:knife|blade"
     r"|razor|glass|scissors) (?:to|against) (?:my|his|her|their) (?:wrists?|arms?|throat|neck"
     r"|skin|legs?)\b"),
    ((SH,), "es_blade_on_self",
     r"\bme (?:rasco|rasque|rasguno|rasgune|raspo|raspe|corto|corte|pico) con (?:una|la|un|el|mi)"
     r" (?:navaja|cuchilla|hoja de afeitar|gillette|vidrio|aguja|tijera|tijeras|rastrillo)\b"
     r"(?! (?:\w++ ){0,2}?(?:sin querer|por accidente|el pelo|las unas|la barba|cocinando)\b)"),
)

# fmt: on
