"""Psychosis, English and Spanish.

Guard: an "inner voice" or "critical voice" is therapy language, not a hallucination.
"""

from app.routing.screening_rules.flags import PSY, Rule

# One compact row per rule (flags, code, regex split over lines): ruff format would explode each
# row into four lines, so it is switched off for the table.
# fmt: off

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
     r"|\bpsychotic\b|{topic_before}schizo\w*|\bdelusion\w*"
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
     r"(?:in|inside|into) (?:me|my (?:head|brain|body|tooth|teeth|skull|arm|neck))\b"
     # Not "followed by a stranger": that is an event, not a delusion.
     r"|\b(?:followed|watched|tracked|monitored|spied on|bugged|tapped|hacked|poisoned|recorded"
     r"|controlled) (?:\w++ ){0,2}?by (?:agents|secret agents|the (?:fbi|cia|government|mafia"
     r"|neighbou?rs|devil)|aliens|demons|spies|satellites)\b"
     r"|\b(?:the devil|satan|a demon|demons|evil spirits|spirits|an alien|aliens) (?:is |are"
     r" |lives |living )?(?:inside|in) (?:me|my (?:body|head|mind|brain))\b"
     r"|\b(?:they|people|someone|everyone|others|the government|he|she) (?:\w++ )?(?:can |are |is"
     r" |keep )?(?:read|reading|hear|hearing|steal|stealing|control|controlling|insert|inserting"
     r"|putting|broadcasting) (?:my )?(?:mind|thoughts)\b"
     r"|\bthoughts (?:are |is |were |keep |get |getting )?(?:being )?(?:broadcast|broadcasted"
     r"|inserted|stolen|controlled|read|heard|taken)\b"
     r"|\b(?:thinks|believes|is convinced|convinced|insists|is sure|keeps saying|says"
     r"|accuses me of) (?:that )?(?:i|im|we|were|everyone|people|someone|the doctors|doctors"
     r"|the nurses|his family|her family|they|theyre) (?:\w++ )?(?:is |are |am |was )?(?:trying"
     r" to )?(?:poison|poisoning|drug|drugging|spy on|spying on|control|controlling|replace"
     r"|replaced) (?:him|her|them|his|her)\b"
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
     r"|speaking|sending (?:me )?(?:messages|signals)|giving me signs|whispering|talks"
     r"|talked|whispers) (?:to|at) (?:me|him|her|them)\b"),
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
     r"|\b(?:dice|cree|piensa|esta segur[oa]|jura|insiste) (?:de )?que (?:\w++ ){0,2}?(?:lo|la|los"
     r"|las|le|me|nos) (?:estan |esta |quieren |quiere )?(?:persiguen|siguen|vigilan|espian"
     r"|envenenan|envenenar"
     r"|controlan|persiguiendo|siguiendo|vigilando|espiando|envenenando)\b"
     r"|\b(?:dios|el diablo|satanas|los demonios|los espiritus) (?:me )?(?:habla|hablan|dice|dicen"
     r"|ordena|ordenan|manda|mandan|dijo) (?:\w++ )?(?:que|a mi|conmigo)\b"),
    # Psychosis told by a relative or in other words: things seen that aren't there, grandiose
    # identity, devices planted in the body, an experiment, media that speak or give orders.
    ((PSY,), "psychosis_described",
     r"\b(?:see|sees|seeing|saw|seen) (?:\w++ ){0,5}?(?:that|who|which) (?:arent|isnt|werent"
     r"|wasnt) (?:there|real)\b(?! (?:anymore|any more)\b)|\bshadow ?(?:people|figures|men)\b"
     r"|\b(?:bugs|insects|spiders|snakes) crawling (?:on|under|in) (?:the walls|my skin|his skin"
     r"|her skin|the ceiling)\b"
     r"|\b(?:believes?|thinks?|convinced|insists?|says) (?:that )?(?:he|she|they|i) (?:is|are|am|im"
     r"|was) (?:a |the )?(?:prophet|messiah|god|jesus|chosen one|virgin mary|antichrist)\b"
     r"|\b(?:put|puts|planted|installed|implanted|inserted) (?:a |an )?(?:chip|camera|cameras"
     r"|tracker|microphone|device|transmitter) (?:in|into|inside) (?:his|her|my|their) (?:tooth"
     r"|teeth|head|brain|body|ear|arm|neck)\b"
     r"|\b(?:part of|running|doing) (?:an |a secret )?experiments? on (?:me|her|him|them|us)\b"
     r"|\b(?:radio|tv|television|phone|computer) (?:\w++ )?(?:talk|talking|talks|speaking|speak)"
     r" (?:to|at) (?:me|him|her) directly\b"
     r"|\bput (?:something|poison|chemicals|drugs) in (?:the|our|my|his|her) (?:water|food|drinks?)"
     r" to (?:control|poison|drug) (?:us|me|him|her|them)\b"
     r"|\b(?:hear|hears|hearing|heard) (?:them|people|voices) (?:planning|plotting|talking about"
     r" (?:me|him|her|us)|watching|spying) (?:\w++ ){0,2}?through the (?:vents|walls|ceiling|floor"
     r"|outlets)\b"
     r"|\b(?:angels?|the devil|demons?|spirits?|the voices?|the dead|aliens) (?:\w++ )?"
     r"(?:told|tells|telling|ordered|orders|commanded|commands) (?:me|him|her|them) to\b"),
    ((PSY,), "es_psychosis_described",
     r"\b(?:escucha|oye|escuchaba|oia|escucho|oyo) (?:\w++ )?voces\b"
     r"|\b(?:dice|cree|piensa|jura|insiste) (?:de )?que (?:el |ella )?es (?:la virgen|dios|jesus"
     r"|jesucristo|el mesias|un profeta|una profeta|la elegida|el elegido|el anticristo)\b"
     r"|\b(?:le|me|les|nos) (?:pusieron|puso|metieron|meten|ponen) (?:camaras|un chip|chips"
     r"|microfonos|aparatos|un aparato) en (?:la|el|su|mi) (?:cabeza|cerebro|cuerpo|diente|muela"
     r"|oido)\b"
     r"|\b(?:la tele|la television|el radio|la radio|el celular|el telefono|los muertos"
     r"|el diablo) (?:\w++ ){0,2}?(?:me|le|les|nos) (?:habla|hablan|manda mensajes|mandan mensajes"
     r"|da instrucciones|dan instrucciones|da ordenes|dan ordenes)\b"
     r"|\b(?:le|les|me|nos) hablan por (?:la tele|la television|el radio|la radio|el celular)\b"
     r"|\b(?:le|les|me|nos) (?:leen|lee) la mente\b"
     r"|\b(?:le|les|me|nos) (?:estan|esta) (?:poniendo|echando) (?:algo|veneno|droga) en (?:la"
     r" comida|el agua|la bebida)\b"),
)

# fmt: on
