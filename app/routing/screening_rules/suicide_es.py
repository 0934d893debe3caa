"""Suicidal ideation, Spanish.

Idioms "me muero de hambre", "me mata de risa", "muero por verte" never match: only wishes
and self-directed verbs are listed, and "de risa" etc. are guarded.
"""

from app.routing.screening_rules.flags import ATTEMPT, NOW, PLAN, SI, Rule

# One compact row per rule (flags, code, regex split over lines): ruff format would explode each
# row into four lines, so it is switched off for the table.
# fmt: off

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
     r"|conocer|ir|tener)|un rato|un tiempo|unos dias|por un (?:rato|tiempo)|de (?:las )?redes"
     r"|de (?:instagram|facebook|tiktok|twitter|whatsapp|internet|redes sociales)))"),
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
     r"|haciendo|a trabajar|por (?:ti|el|ella|mi familia|mis hijos|conseguir|terminar)"
     r"|(?:el|la|los|las|este|esta|ese|esa) (?:jefe|jefa|trabajo|horario|calor|frio|trafico"
     r"|examen|examenes|tarea|tareas|gimnasio|gym|entrenamiento|cansancio|profe|profesor|profesora"
     r"|maestro|maestra|turno|jale|chamba)\b))"),
    ((SI,), "es_dont_want_to_live",
     r"\b(?:no|ya no|nunca) (?:\w++ )?(?:quiero|quiere|queria|deseo|desea|tengo ganas de"
     r"|tiene ganas de|me dan ganas de|puedo|aguanto"
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
    ((SI,), "es_thoughts_of_death",
     r"\b(?:pensamientos|ideas|ideacion) (?:de|sobre|suicidas? de) (?:muerte|morir(?:me)?|suicidio"
     r"|matarme|quitarme la vida|no existir|desaparecer para siempre)\b"),
    ((SI,), "es_in_the_way",
     r"\b(?:sobro|estorbo|no pertenezco|no encajo) (?:en este mundo|en esta vida|en la tierra"
     r"|en el mundo|a todos|en todas partes|en todos lados)\b"),
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
    # At the edge now, in Spanish, mirroring the English "at_the_edge": on a roof, a ledge or the
    # tracks (not merely "en el puente", a place people drive over), a height and the verb in one
    # sentence ("en el balcón y dice que se va a aventar"), a gun held to the head.
    ((SI, PLAN, NOW), "es_at_the_edge",
     r"\b(?:estoy|estamos|esta|sigue|ando) (?:parad[oa] |sentad[oa] |arriba )?en (?:la|el|las"
     r"|lo alto de la|lo alto del|la orilla del?|el borde del?) (?:azotea|cornisa|barandal|vias"
     r"|orilla del (?:puente|edificio|techo)|borde del (?:puente|edificio|techo))\b"
     r"|\b(?:estoy|esta) parad[oa] en (?:el|la) (?:puente|barandal|borde|orilla)\b"
     r"|\b(?:azotea|puente|balcon|techo|cornisa|vias|edificio|barandal)(?: \w++){0,5}?"
     r" (?:me voy a|se va a|me quiero|se quiere|voy a|va a|quiere) (?:tirar|aventar|lanzar)\b"
     r"|\b(?:tiene|tengo|con) (?:la|una|el|un|su|mi) (?:pistola|arma|navaja|cuchillo|revolver)"
     r" (?:en|contra) (?:la|su|mi) (?:cabeza|sien|cuello|garganta|boca|pecho)\b"),
    ((SI,), "es_shoot_self",
     r"\b(?:se (?:quiere|va a|queria|iba a|piensa)|me (?:quiero|voy a|pienso)) (?:disparar"
     r"|dar un tiro|pegar un tiro|volar los sesos|aventar de|tirar de|tirar del|tirar al tren)\b"
     r"|\bno (?:puedo|podria) (?:prometer|garantizar|asegurar) que (?:voy a estar|estare|me voy a"
     r" mantener) (?:bien|a salvo|segur[oa]|viv[oa])\b"),
    # A plan or a past attempt told in Spanish: "tengo todo planeado para el viernes", "ya tiene
    # todo pensado", "compró una cuerda y dice que se va a colgar", "la próxima no voy a fallar".
    ((SI, PLAN), "es_plan_ready",
     r"\b(?:tengo|tiene|ya tengo|ya tiene) todo (?:planeado|pensado|listo|preparado) para"
     r" (?:matarme|matarse|quitarme la vida|quitarse la vida|irme|irse|hacerlo|morir|acabar con"
     r" (?:todo|mi vida|su vida))\b"
     r"|\b(?:he|ha|ya he|ya ha) pensado (?:como|cuando|donde) (?:hacerlo|matarme|matarse"
     r"|quitarme la vida|quitarse la vida)\b"
     r"|\b(?:compre|compro|consegui|consiguio|tengo|tiene) (?:una|la) (?:cuerda|soga)"
     r" (?:\w++ ){0,8}?(?:colgar|ahorcar)"
     r"|\bla (?:proxima|siguiente) (?:vez )?no (?:voy a|va a) fallar\b"
     r"|\b(?:se|me) (?:tira|tiro|avienta|aviento|lanza) (?:del|de la|al|a las) (?:metro|tren|puente"
     r"|azotea|edificio|vias)\b"),
    ((SI, ATTEMPT), "es_past_attempt",
     r"\b(?:se|me) (?:tomo|tome|bebio|bebi) (?:\w++ )?(?:veneno|cloro|raticida|insecticida)"
     r"(?: para (?:morir\w*|matarse|matarme))?\b"
     r"(?! (?:\w++ ){0,2}?(?:sin querer|por accidente|por error|accidentalmente|pensando que)\b)"
     r"|\bse dio un tiro\b|\bme di un tiro\b|\b(?:se|me) (?:disparo|dispare)"
     r" (?:en la cabeza|en el pecho)\b"),
    # Intent with a time that is today: "dice que hoy se mata", "voy a tomarme todo el frasco esta
    # noche", "ahorita me estoy cortando y no para de salir sangre".
    ((SI, NOW), "es_intent_today",
     r"\b(?:hoy|esta noche|ahorita|ahora mismo) (?:si )?(?:se mata|me mato|me voy a matar"
     r"|se va a matar|lo hago|lo voy a hacer|me corto|me tiro|se tira)\b"
     r"|\b(?:tomarme|matarme|tirarme|colgarme|cortarme|aventarme|hacerlo) (?:\w++ ){0,4}?(?:esta"
     r" noche|hoy mismo|ahorita|ahora mismo|en un rato)\b"),
    ((NOW,), "es_bleeding_now",
     r"\bno (?:para|paro|deja|dejo) de (?:salir sangre|sangrar)\b"),
    # Euphemisms: "quitarme de en medio", "¿qué sentido tiene seguir viviendo?", "ya me quiero ir
    # con Dios", "le pide a Dios que se la lleve".
    ((SI,), "es_euphemism",
     r"\b(?:quitarme|quitarse|me quito|se quita|me quiero quitar|se quiere quitar) de en medio\b"
     r"|\b(?:que|q) sentido tiene (?:seguir )?(?:viviendo|vivir|la vida|existir|estar viv[oa])\b"
     r"|\b(?:me quiero|quiero|se quiere|quiere|quisiera|ya me quiero|ya se quiere) ir(?:me|se)?"
     r" con dios\b(?! (?:a|al|en|de)\b)"
     r"|\b(?:pide|pido|pedia|ruega|ruego) a dios que (?:me|se) (?:la|lo) lleve\b"
     r"|\b(?:pide|pido|pedia|ruega|ruego) a dios que me lleve\b"),
)

# fmt: on
