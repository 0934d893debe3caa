"""Clinical and case-note wording, Spanish: "usuaria refiere violencia física por parte de su
pareja", "ideación autolítica", "antecedente de intento", "menor con indicadores de negligencia".

Negation as in `clinical`: "niega IAL", "sin antecedentes de intentos" are negative screens and
are cleared only where the negation directly governs the term; the full words ("ideación
suicida") stay with the older rules, which flag them whatever precedes them.
"""

from app.routing.screening_rules.flags import ATTEMPT, CA, HI, IPV, OD, PLAN, PSY, SH, SI, SV, Rule
from app.routing.screening_rules.negation import not_after

_NO = not_after(
    (
        "niega", "nego", "sin", "no", "ni", "no refiere", "no presenta", "no reporta",
        "no se observa", "no se observan", "no hay", "niega haber sufrido", "sin datos de",
        "sin signos de", "sin indicios de", "sin evidencia de", "niega datos de",
    )
)  # fmt: skip
_PARTNER = (
    r"(?:pareja|expareja|ex pareja|esposo|marido|novio|exnovio|ex novio|conyuge|companero"
    r"|concubino|exesposo|ex esposo|exmarido|ex marido|esposa|novia|companera|excompanero"
    r"|ex companero|exconyuge|ex conyuge|agresor|cuidador|padrastro|pareja sentimental"
    # Or a relative or carer the person lives with ("vive con su nieto quien la golpea").
    r"|nieto|nieta|yerno|nuera|cuidadora)"
)
_MINOR = (
    r"(?:menor|menores|nino|nina|ninos|ninas|nna|adolescente|adolescentes|lactante|bebe|alumno"
    r"|alumna|alumnos|alumnas|estudiante|escolar|preescolar|hijo|hija|hijos|hijas"
    r"|de (?:[1-9]|1[0-7]) anos)"
)
# What voices tell someone to do: to others, to die, to hurt themselves.
_VOICES = (
    r"\b(?:voces|voz|alucinaciones|alucinacion)(?: \w++){0,4}? (?:le|les|me) (?:ordenan|ordena"
    r"|dicen"
    r"|dice|mandan|manda|piden|pide|indican|indica|incitan|exigen) (?:que )?"
)
_SUICIDE = r"(?:suicid|autolit|ahorc|matarse|morir|quitarse la vida)\w*"
_SET_DATE = (
    r"(?:fecha|dia|hora|momento) (?:definid[oa]|fijad[oa]|establecid[oa]|elegid[oa]|decidid[oa]"
    r"|previst[oa]|concret[oa]|planead[oa])"
)

# One compact row per rule (flags, code, regex split over lines): ruff format would explode each
# row into four lines, so it is switched off for the table.
# fmt: off

CLINICAL_ES: tuple[Rule, ...] = (
    ((SI,), "clin_es_si",
     r"\b(?:deseos?|ganas|ideas?|ideacion|pensamientos?) (?:pasiv[oa]s? |recurrentes )?de"
     r" (?:morir(?:se)?|muerte|no (?:vivir|despertar|seguir viviendo)|desaparecer"
     r"|quitarse la vida)\b|\bautolitic\w*|\bautolisis\b|" + _NO + r"\bial\b"),
    ((PLAN, SI), "clin_es_plan",
     r"\b(?:ideacion|ideas?|pensamientos?|deseos?) (?:suicidas?|autoliticas?|de muerte|de morir"
     r"|de suicidio) (?:\w++ ){0,2}?(?:estructurad[oa]s?|con (?:un |el )?(?:plan|planificacion"
     r"|metodo|intencion|planeacion|fecha))\b|\bplan (?:suicida|autolitico)\b"
     r"|\bplanificacion (?:suicida|autolitica)\b|\b(?:suicida|autolitica) planificada\b"
     r"|\bplan (?:de|para) (?:\w++ )?(?:ahorcamiento|ahorcarse|suicidarse|suicidio"
     r"|quitarse la vida|matarse|morir|tirarse|lanzarse|arrojarse|envenenarse|intoxicarse"
     r"|sobredosis|cortarse las venas|dispararse)\b"
     r"|\b" + _SUICIDE + r"(?: \w++){0,8}? " + _SET_DATE + r"\b"
     r"|\b" + _SET_DATE + r"(?: \w++){0,8}? (?:para )?" + _SUICIDE
     + r"|\b(?:ha acumulado|acumula|acumulaba|acumulo|junta|juntaba|ha juntado) (?:\w++ ){0,2}?"
     r"(?:{es_pills}|comprimidos)\b"),
    ((ATTEMPT,), "clin_es_attempt",
     r"\b(?:intentos?|tentativas?|gestos?) (?:\w++ )?(?:suicidas?|de suicidio|autoliticos?"
     r"|autoliticas?|de autolisis|de quitarse la vida)\b"
     r"|" + _NO + r"\bantecedentes? (?:\w++ ){0,2}?(?:de |del )?(?:intentos?|tentativas?"
     r"|gestos?)\b"),
    ((ATTEMPT, OD), "clin_es_intentional_ingestion",
     r"\b(?:ingesta|intoxicacion|sobredosis) (?:\w++ ){0,3}?(?:voluntaria|intencional"
     r"|deliberada|con fine?s? autoliticos?|con intencion suicida|con finalidad autolitica)\b"),
    ((OD,), "clin_es_overdose",
     r"\bintoxicacion (?:alcoholica|etilica) (?:grave|severa)\b|\bcoma etilico\b"
     r"|\b(?:mezclad[oa]|combinad[oa]) con (?:\w++ )?{es_pills}\b|"
     r"\bintoxicacion (?:medicamentosa|farmacologica|por farmacos|por psicofarmacos"
     r"|por opioides|por benzodiacepinas|por paracetamol)\b"
     r"|\bingesta de (?:\d+|muchas|multiples|varias) (?:\w++ )?(?:{es_pills}|comprimidos)\b"),
    ((HI,), "clin_es_hi",
     _NO + r"\bheteroagres\w*"
     r"|\b(?:ideas?|ideacion|pensamientos?|deseos?|impulsos?) de (?:hacer(?:le|les) dano"
     r"|(?:matar|lastimar|agredir|asesinar|golpear)(?:l[oae]s?)?(?: a)?)\b"
     r"(?! (?:el|la) (?:tiempo|rato|hambre|sed)\b)"),
    ((PSY, HI), "clin_es_voices_harm_others",
     _VOICES + r"(?:mate|matar|maten|lastime|lastimar|haga dano|hacer dano|agreda|agredir|ataque"
     r"|atacar) (?:a|al|su|sus|la|el|los|las|otros|otras|alguien|gente|personas)\b"),
    ((PSY, SI), "clin_es_voices_kill_self",
     _VOICES + r"(?:se mate|se suicide|matarse|suicidarse|quitarse la vida|se quite la vida"
     r"|se tire|tirarse|se ahorque|ahorcarse|se muera|morir)\b"),
    ((PSY, SH), "clin_es_voices_harm_self",
     _VOICES + r"(?:se haga dano|hacerse dano|se lastime|lastimarse|se corte|cortarse|se queme"
     r"|quemarse)\b"),
    ((SH,), "clin_es_self_harm",
     r"\b(?:rasgun\w*|aranand\w*|aranad\w*) (?:los |sus |las )?(?:brazos|munecas|piernas)\b"
     r"|\bcortes (?:nuevos|recientes|frescos)\b|"
     + _NO + r"\bautoagres\w*|" + _NO + r"\bautoinfli(?:n)?gid\w*"
     r"|\bcortes (?:superficiales |lineales |recientes )?en (?:los |las |ambos |ambas )?"
     r"(?:antebrazos|munecas|muslos|brazos)\b"),
    ((PSY,), "clin_es_psychosis",
     _NO + r"\bdelirios?(?: \w++)?? (?:de )?(?:persecu\w*|grandeza|celos|celotipic\w*"
     r"|referencia|control|dano|perjuicio|envenenamiento|mistic\w*|somatic\w*|paranoide\w*)"
     r"|" + _NO + r"(?<!\bniega ideas )(?<!\bsin ideas )(?<!\bniega ideacion )(?<!\bsin ideacion )"
     r"\bdelirantes?\b|" + _NO + r"\b(?:ideas|ideacion|rasgos|sintomas) paranoides?\b"
     r"|" + _NO + r"\b(?:soliloquios|risas inmotivadas|actitud alucinatoria"
     r"|conducta alucinatoria)\b"),
    ((IPV,), "clin_es_partner_violence",
     _NO + r"\b(?:violencia|agresion(?:es)?|maltrato|golpes|amenazas|abuso|agredid[oa]"
     r"|golpead[oa]|amenazad[oa]|maltratad[oa]|violentad[oa]|abusad[oa]|acosad[oa]"
     r"|estrangulad[oa]|ahorcad[oa]|lesionad[oa])(?: \w++){0,4}? (?:por parte de|de parte de"
     r"|ejercida por|por|de) (?:su |la |el |una |un )?(?:actual )?" + _PARTNER + r"\b"
     r"|" + _NO + r"\bviolencia (?:fisica|psicologica|sexual|economica|verbal|emocional"
     r"|patrimonial|vicaria)\b|\b(?:vif|vdg|vbg)\b"
     r"|\b(?:orden|ordenes|medida|medidas) (?:de )?(?:proteccion|alejamiento|restriccion)\b"
     r"|\b(?:su |la |el )?(?:actual )?" + _PARTNER + r" (?:\w++ )?(?:la|lo|le|los|las) (?:golpea"
     r"|golpeo|golpeaba|pega|pego|pegaba|maltrata|maltrato|maltrataba|amenaza|amenazo|amenazaba"
     r"|ahorca|ahorco|estrangula|estrangulo|empuja|empujo|patea|pateo|agrede|agredio|agredia"
     r"|humilla|insulta|controla|cela|encierra|encerro|vigila|acosa|quema|quemo)\b{es_hit_guard}"),
    ((IPV, SV), "clin_es_partner_rape",
     r"\b" + _PARTNER + r" (?:\w++ )?(?:la|lo|le) (?:obliga|obligo|obligaba|forza|forzo|fuerza"
     r"|forzaba|presiona|presionaba) a (?:tener )?(?:relaciones|sexo|hacer cosas)\b"),
    ((SV,), "clin_es_sexual_violence",
     _NO + r"\bviolencia (?:\w++ ){0,3}?sexual\b"
     r"|\b(?:la|lo|le|me) (?:toca|tocaba|toco|manosea|manoseaba) (?:en las noches|por las noches"
     r"|de noche|cuando (?:duerme|dormia|esta sola|estaba sola)|mientras (?:duerme|dormia))\b"),
    ((CA,), "clin_es_child_abuse",
     r"\b" + _MINOR + r"\b(?: \w++){0,4}? (?:con |presenta |tiene |muestra )?"
     r"(?<!\bsin )(?<!\bno )(?<!\bni )(?:indicadores"
     r"|signos|sospechas?|senales|indicios|evidencias?|lesiones|marcas|moretones|quemaduras"
     r"|fracturas|hematomas) (?:\w++ ){0,2}?"
     r"(?:de )?(?:negligencia|maltrato|abuso|abandono|violencia|desproteccion|agresion"
     r"|explotacion|golpes)\b"
     r"|" + _NO + r"\b(?:negligencia|maltrato|abuso|abandono|desproteccion|violencia|agresion)"
     r" (?:\w++ )?(?:infantil|de menores|al menor|a menores|(?:hacia|contra) (?:el|la|los|las)"
     r" (?:menor|menores|nino|nina|ninos|ninas|hijos?|hijas?)|en (?:el|la) (?:menor|nino|nina))\b"
     r"|\b(?:report\w*|denunci\w*|notific\w*|aviso|avisamos|avisaron|queja) (?:\w++ ){0,3}?"
     r"(?:al|a la|ante el|ante la|a|ante)"
     r" (?:dif|procuraduria|proteccion de menores|proteccion infantil|icbf|pani|dinaf|sename"
     r"|mejor ninez|opd|servicios de proteccion|fiscalia de menores|defensoria de la ninez"
     r"|comisaria de familia)\b"
     r"|\b" + _MINOR + r"\b(?: \w++){0,8}? (?:le|la|lo|les|los|las) (?:pega|pegaba|pego|golpea"
     r"|golpeaba|golpeo|quema|quemaba|quemo|maltrata|maltrataba|patea|pateaba|ahorca|encierra"
     r"|encerraba|amarra|amarraba|castiga con)\b{es_hit_guard}"
     r"|" + _NO + r"\bsituacion de (?:desproteccion|maltrato|abandono|negligencia|desamparo)\b"),
    ((CA, SV), "clin_es_child_sexual_abuse",
     r"\b" + _MINOR + r"\b(?: \w++){0,12}? (?:abuso sexual|abusos sexuales|tocamientos"
     r"|violacion|violad[oa]|manose\w*|agresion sexual|la toca|lo toca|la tocaba|lo tocaba|la toco"
     r"|lo toco|la manosea|la viola|lo viola|abusa de (?:ella|el)|abusaba de (?:ella|el)"
     r"|acoso sexual|explotacion sexual|grooming|partes intimas|partes privadas"
     r"|(?:le|la|lo|les) (?:toca|tocaba|toco|tocan|tocaron|tocaban) (?:sus |las |los )?(?:partes"
     r"|genitales|pechos|senos|pompis|nalgas))\b"
     r"|\b(?:sospechas?|victima|caso|indicadores|antecedentes|denuncia|develacion|revelacion"
     r"|relato|posible|probable) (?:de )?asi\b"),
)

# fmt: on
