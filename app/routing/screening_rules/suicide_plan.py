"""Suicide plan, intent, preparation and goodbyes, English and Spanish."""

from app.routing.screening_rules.flags import NOW, PLAN, SI, Rule

# One compact row per rule (flags, code, regex split over lines): ruff format would explode each
# row into four lines, so it is switched off for the table.
# fmt: off

PLAN_RULES: tuple[Rule, ...] = (
    ((PLAN,), "have_a_plan",
     r"\b(?:i|ive|i have|i already|already|i now|i finally|finally|i really|i do) (?:have|got"
     r"|made|ve made|ve got|came up with|worked out|figured out|have got|put together|written"
     r"|wrote|have made) (?:a|the|my|an) (?:clear |detailed |real |solid |specific |whole"
     r" |concrete |definite |final |exact )?plan\b"
     # "I have a plan THROUGH AMBETTER / WITH CIGNA" is health insurance.
     r"(?! (?:through|via|with|from|under|on) (?:my |the |an? )?(?:\w++ )?(?:ambetter|aetna|cigna"
     r"|kaiser|humana|molina|medicaid|medicare|bcbs|blue cross|united healthcare|oscar|anthem"
     r"|insurance|insurer|marketplace|obamacare|employer|union|tricare)\b)"
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
     r"|charcoal|exit bag)\b"
     # "a rope FOR CLIMBING", "a gun SAFE": gear, not means.
     r"(?! (?:for (?:climbing|camping|hiking|the boat|sailing|work|the dog|towing|moving|the tent"
     r"|crafts|yoga|the gym|my boat)|safes?|range|club|license|licence|course|class|lessons?"
     r"|cleaning|locks?|cabinet|show|locked|unloaded|in (?:a|the|my) (?:gun )?safe)\b)"),
    ((PLAN,), "stockpiling_pills",
     r"\b(?:saved|saving|save|stockpile|stockpiled|stockpiling|hoard|hoarded|hoarding|stash"
     r"|stashed|stashing|built up|building up|been saving|hiding|hid|collecting|collected"
     r"|gathering|gathered|putting aside|put aside|squirreling"
     r"|hidden) (?:up )?(?:\w++ ){0,2}?"
     r"{pills}\b|\b(?:enough|have enough|got enough|have all the|all the) (?:\w++ )?{pills}"
     r" (?:\w++ ){0,2}?(?:to (?:die|kill|end|overdose|od|do it|not wake up)|saved|ready)\b"),
    ((PLAN,), "goodbye_note",
     r"\b(?:wrote|written|writing|write|left|leave|leaving|drafted|finished|record|recorded|sent"
     r"|send|sending|texted|posted|posting)"
     r" (?:\w++ ){0,2}?(?:suicide|goodbye|farewell|final|last) (?:note|notes|letter|letters"
     r"|message|messages|video|texts?|emails?|posts?)\b|\b(?:wrote|written|writing"
     r"|write) (?:\w++ )?(?:letters|notes)"
     r" (?:to|for) (?:everyone|my family|my kids|my children|my parents|my loved ones|each of)\b"
     r"|\b(?:my|a) (?:suicide|goodbye) (?:note|notes|letter|letters|video)\b"),
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
     # "take MY meds tonight" is the daily dose; "take ALL my / THE pills tonight" is not.
     r" (?:it|it all|everything|things)|jump (?:off|from|in front of)|take (?:(?:all|all of"
     r"|the rest of|every one of) (?:the|my|these|those) |(?:the|these|those) |my (?:whole|entire"
     r"|last) )(?:\w++ )?{pills}|swallow (?:all )?(?:the|my|these) {pills})(?: \w++){0,3}?"
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
     r"|go through with it|finally do it)\b|\b(?:tonight|today|tomorrow)(?: is|s) (?:my last"
     r"|the night i"
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
    ((PLAN,), "ready_to_end_it",
     r"\b(?:everything|all|it all|the stuff|what i need|what i needed|everything i need) (?:is "
     r"|s )?"
     r"(?:ready|set|prepared|planned|sorted|in place) (?:\w++ )?(?:to|for) (?:end (?:it|it all"
     r"|my life|things)|kill myself|die|do it|go through with it|my (?:suicide|death|exit))\b"),
    ((PLAN, NOW), "at_the_edge",
     r"\b(?:about to|going to|ready to) (?:jump|pull the trigger|take them all|step off|let go)\b"
     r"(?! (?:in|into|on|onto|at|over|the (?:gun|shark)|rope|high|to|ship|through|up|down|out|of"
     r"|and|off the deep end)\b)"
     r"|\b(?:standing on|sitting on|im on|i am on|up on|at|on) (?:the|a|this) (?:ledge|roof"
     r"|rooftop|railing|tracks|edge of (?:the|a) (?:roof|bridge|building|cliff|platform))\b"
     r"(?! (?:of (?:my seat|glory|a breakthrough|something|success)|in (?:the )?(?:game|video"
     r"|movie)|fixing|cleaning|repairing))"
     r"|\b(?:pills|guns?|knife|knives|blades?|razors?|ropes?|noose) (?:is |are )?(?:in front of me"
     r"|ready|loaded|next to me|in my (?:hand|hands|mouth|lap|pocket)|(?:on|at|against|to"
     r"|around) my (?:head|throat|wrists?|neck|chest|temple))\b"
     r"|\b(?:standing|sitting|climbing|climbed|leaning) (?:on|over|onto) (?:the|a|this) (?:\w++ )?"
     r"(?:bridge|overpass|railing|edge)\b(?! (?:watching|taking|with (?:my|friends|the)|looking"
     r"|was|is|it|felt|feels|scares|scared|made|makes"
     r"|for (?:a|the) (?:photo|picture|view)|fishing|waiting|of (?:my seat|the bed|the pool)))"
     # On a height now: "I'm on the bridge now"; "on the bridge now, STUCK IN TRAFFIC" is a commute.
     r"|\b(?:im|i am|standing|sitting|up) (?:on|at) (?:the|a|this|top of the) (?:\w++ )?(?:bridge"
     r"|overpass|ledge|roof|rooftop|railing|cliff|tracks) (?:right )?now\b(?! (?:stuck|in traffic"
     r"|driving|on my way|heading|going|with (?:my|the|friends|family)|taking (?:photos|pictures)"
     r"|be there|see you|almost|nearly|omw|on the way|coming|meet|home soon|in \d+"
     r"|for (?:work|a|the|my)|fixing|cleaning|repairing|waiting for (?:my|the|a) (?:bus|train"
     r"|ride)))"
     r"|\b(?:holding|have|got|with) (?:a |the |my )?(?:gun|knife|blade|razor|rope|noose|pills"
     r"|bottle of pills) (?:to|against|at|in) my (?:head|throat|wrist|wrists|neck|chest|mouth)\b"
     r"|\bloaded (?:the |my |a |his |her |(?:my )?[a-z]+s )?(?:gun|pistol|rifle|shotgun|revolver)\b"
     r"|\bgun is loaded\b"
     # Holding a means right now; "holding the knife right now, CHOPPING" is cooking.
     r"|\b(?:holding|have|got|with) (?:a |the |my |his |her |dads |moms )?(?:gun|pistol|knife|blade"
     r"|razor|rope|noose|pills|bottle of pills) (?:\w++ )?(?:right now|now|rn|in my hand)\b"
     r"(?! (?:cooking|chopping|cutting (?:the|some)|for (?:dinner|cooking|the|my doctor)"
     r"|from (?:the|my) (?:doctor|pharmacy)))"),
    # Spanish.
    ((PLAN,), "es_have_a_plan",
     r"\b(?:tengo|ya tengo|hice|he hecho|arme) (?:un |el |mi )?(?:plan|todo (?:planeado|listo"
     r"|pensado|preparado))\b(?! (?:para (?:el|la|las|los|mi|mis|este|esta|manana|hoy|ir|hacer"
     r"|comer|cenar|estudiar|ahorrar|viajar|trabajar)|de (?:trabajo|estudio|negocios|viaje|ahorro"
     r"|vacaciones|comidas|ejercicio|dieta|pago|pagos|datos|celular|salud|seguro|oscar|ambetter"
     r"|molina|medicaid|medicare|cigna|aetna|humana|kaiser|anthem|blue cross)|con))"),
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
     r"|\b(?:voy a|pienso|quiero) (?:tomarme|tragarme) (?:todas (?:las|mis)|todo el frasco"
     r"|toda la caja"
     r"|un frasco|una caja|el frasco|la caja|muchas) (?:\w++ )?(?:{es_pills}|de {es_pills})?"
     r"(?! (?:\w++ )?(?:del tratamiento|que me (?:dio|receto|mando|dieron)|como (?:me|dijo|dice)))"
     r"|\bme (?:voy a|pienso) (?:(?:tirar|aventar|lanzar) (?:de|del|desde|al|a las|a la|bajo"
     r"|frente a) (?:\w++ )?(?:puente|edificio|tren|metro|azotea|techo|balcon|vias|carretera"
     r"|autopista|ventana|camion))\b"
     r"|\bme (?:voy a|pienso) (?:ahorcar|colgar|suicidar|envenenar|disparar|quitar la vida"
     r"|cortar las venas|matar(?! (?:trabajando|estudiando|de risa|entrenando|haciendo|a trabajar"
     r"|por)))\b"),
    # About to jump: "estoy en la azotea y voy a saltar"; "saltar LA CUERDA / AL AGUA" is play.
    ((PLAN, NOW), "es_about_to_jump",
     r"\b(?:a punto de|voy a|estoy list[oa] para|ya voy a|quiero|me quiero) (?:saltar|brincar"
     r"|aventarme|tirarme"
     r"|lanzarme|jalar el gatillo)\b(?! (?:la cuerda|en|a la (?:piscina|alberca|cama)|al (?:agua"
     r"|mar|rio|lago|sillon|sofa|suelo|piso)|de (?:alegria|felicidad|gusto)|un rato|la valla"
     r"|obstaculos|en paracaidas|del trampolin)\b)"),
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

# fmt: on
