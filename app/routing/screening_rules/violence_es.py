"""Violence by a partner or family member, sexual violence and child abuse (Spanish)."""

from app.routing.screening_rules.flags import CA, IPV, NOW, SV, Rule

# One compact row per rule (flags, code, regex split over lines): ruff format would explode each
# row into four lines, so it is switched off for the table.
# fmt: off

VIOLENCE_ES: tuple[Rule, ...] = (
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
     r" fiestas?|de noche|tarde|en la noche|al cine|a jugar|hasta|mi (?:mama|papa|madre|padre"
     r"|abuela|abuelo)|mis (?:papas|padres|abuelos)))"
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
     r"{topic_before}violencia (?:domestica|intrafamiliar|familiar|de genero|en casa|de pareja)\b"
     r"{topic_guard}"
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
     r"(?! (?:de (?:un |del )?(?:susto|risa|la risa|hambre|aburrimiento|coraje|los nervios"
     r"|ternura)\b"
     r"|si no (?:entrego|termino|llego|hago|acabo|paso|apruebo|limpio|pago|vuelvo"
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
     r"|\bhay (?:alguien|un (?:hombre|extrano|desconocido|tipo)) (?:en|dentro de) (?:mi|la|nuestra)"
     r" (?:casa|cuarto|departamento|recamara)\b(?! (?:que|con|para|arreglando|limpiando|de visita"
     r"|ayudando|trabajando))"
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
     r"|\bme oblig(?:a|aba|aron|o|an) a (?:tener (?:sexo|relaciones)|hacer cosas|tocarl[oa]"
     r"|desvestirme|mandar fotos)\b|\bme toca(?:ba)? (?:mis partes|donde no|las partes|mi cuerpo"
     r"|los pechos|mis pechos|abajo|por debajo|en lugares)\b|\bme toco (?:mis partes|donde no"
     r"|las partes|mi cuerpo|los pechos|mis pechos|abajo|en lugares)\b"),
    ((SV, CA), "es_touches_me",
     r"\b(?:mi|el|su) (?:\w++ )?{es_nouns}(?: \w++){0,3}? me (?:toca|tocaba|toco|manosea"
     r"|manoseaba)\b(?! (?:trabajar|ir|hacer|pagar|a mi|esperar|ser|estar|limpiar|cocinar"
     r"|manejar|lavar|cuidar|decir))|\b(?:me dijo que )?(?:es|era) nuestro secreto\b"
     r"|\b(?:me dijo|me pidio) que no le (?:dijera|contara) a nadie\b"),
    # "y me pega": the subject said earlier ("mi novio me quita el celular y me pega").
    ((IPV,), "es_then_hurt_me",
     r"\by (?:luego |despues |tambien |encima |ademas )?(?:me|nos) (?:pega|pego|golpea|golpeo"
     r"|ahorca"
     r"|ahorco|patea|pateo|cachetea|cacheteo|abofetea|abofeteo|empuja|empujo|lastima|lastimo"
     r"|maltrata|maltrato)\b{es_hit_guard}"),
    ((CA, IPV), "es_parents_hurt_me",
     r"\b(?:mis|sus|los) (?:papas|padres|abuelos|tios|hermanos|padrastros)(?: \w++){0,3}? (?:me"
     r"|nos)"
     r" (?:pegan|pegaron|pegaban|golpean|golpearon|golpeaban|maltratan|maltrataban|lastiman"
     r"|queman|encierran|castigan con|dejan sin comer|ahorcan|patean)\b{es_hit_guard}"),
    ((SV,), "es_touched_without_consent",
     r"\bme (?:toco|tocaron|toca|tocaba|agarro|agarraron|beso|besaron|desvistio|desnudo)"
     r" (?:\w++ ){0,3}?sin (?:mi )?(?:permiso|consentimiento|que yo quisiera|quererlo)\b"),
    ((CA, SV), "es_family_abuses_me",
     r"\b(?:mi|su|el) (?:\w++ )?{es_family}(?: \w++){0,3}? (?:abusa|abuso|abusaba|abusaron)"
     r" (?:sexualmente )?de (?:mi|nosotros|nosotras)\b"),
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
     r"|cuerda|zapato|vara|regla)\b"
     r"|{topic_before}(?:abuso|maltrato) (?:infantil|de menores)\b{topic_guard}"
     r"|\bno (?:me|nos) dan? de comer\b"
     r"|\b(?:maltrata|maltrataba|maltrato|golpea|golpeaba|pega|pegaba|abusa de|abusaba de"
     r"|descuida|descuidaba|lastima|quema|encierra|deja sin comer|le pega|le pegaba|les pega)"
     r" (?:a )?(?:sus|los|mis|tus|su|mi) (?:\w++ )?(?:hijos|hijas|ninos|ninas|nietos|bebes|hijo"
     r"|hija|nino|nina|bebe|hermanitos|hermanito|hermanita)\b"
     r"|\b(?:me|nos) (?:dejan?|dejaban?|dejaron) (?:sol[oa]s?|encerrad[oa]s?|sin comer|sin comida)"
     r"(?: \w++){0,3}? (?:sin comida|sin comer|por dias|todo el dia|toda la noche|por horas)\b"),
    # Blows named by their noun, and hitting with an object: "me dio una cachetada", "me jaló
    # del pelo", "me pegó con una botella", "le está pegando a mi mamá".
    ((IPV,), "es_blows",
     r"\b(?:me|nos|le|les) (?:dio|da|daba|dieron|ha dado) (?:una|un|unas|unos) (?:cachetada"
     r"|cachetadas|bofetada|bofetadas|cachetadon|golpe|golpes|punetazo|punetazos|patada|patadas"
     r"|madrazo|madrazos|chingadazo|putazo|paliza|trancazo|empujon)\b"
     r"|\b(?:me|la|nos|le) (?:jalo|jala|jalaba|jalaron|arrastro|arrastra|agarro|agarra) (?:del|de"
     r" los|por el|por los) (?:pelo|cabello|cuello|brazo)\b"
     r"|\b(?:me|nos) (?:pego|pega|pegaba|golpeo|golpea|golpeaba|aventaron|avento|tiro) con"
     r" (?:un|una|el|la|su) (?:botella|palo|sarten|plato|vaso|silla|zapato|piedra|tubo|bate"
     r"|cinturon|cable|fierro|martillo)\b"
     r"|\b(?:le|les) (?:esta|estan|sigue) (?:pegando|golpeando|ahorcando|pateando|lastimando)"
     r" a (?:mi|su|sus|mis) (?:\w++ )?{es_nouns}\b"
     r"|\b(?:me|te) va a dar (?:mi|tu) merecido\b"),
    ((IPV, NOW), "es_violence_now",
     r"\b(?:ahorita|ahora)(?: mismo)? (?:\w++ ){0,3}?(?:le|me|nos|les) (?:esta|estan) (?:pegando"
     r"|golpeando|ahorcando|pateando|lastimando)\b"
     r"|\b(?:esta|estan) (?:rompiendo|quebrando|destrozando) (?:todo|las cosas|los vidrios"
     r"|las ventanas|la puerta|los platos|los muebles)\b"
     r"|\b(?:dijo|dice|grito|juro|amenazo) que (?:hoy|esta noche|ahorita|ahora) (?:si )?(?:me|nos)"
     r" (?:mata|matara|va a matar)\b"),
    ((NOW,), "es_hiding_now",
     r"\b(?:estoy|estamos) escondid[oa]s?\b|\bme escondi (?:en|debajo|dentro)\b"
     r"|\balguien (?:se metio|se esta metiendo|se quiere meter|quiere entrar) (?:a|en)"
     r" (?:la|mi|nuestra) casa\b"),
    ((IPV, NOW), "es_locked_in_now",
     r"\b(?:estoy|estamos) encerrad[oa]s? en (?:el bano|mi cuarto|el cuarto|el carro|el closet"
     r"|la recamara)\b"),
    ((IPV,), "es_threat_family",
     r"\bamenaz\w* con (?:matar|matarnos|matarla|matarlo|matarlos|quemar|lastimar) (?:a )?(?:toda"
     r" la familia|mi|su|sus|mis|nosotros|todos)\b"),
)

# fmt: on
