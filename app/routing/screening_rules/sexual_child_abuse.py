"""Sexual violence and child abuse (English)."""

from app.routing.screening_rules.flags import CA, IPV, SV, Rule

# One compact row per rule (flags, code, regex split over lines): ruff format would explode each
# row into four lines, so it is switched off for the table.
# fmt: off

SEXUAL_AND_CHILD_ABUSE: tuple[Rule, ...] = (
    ((SV,), "sexual_violence",
     r"\b(?:rape|raped|raping|rapes|rapist|rapists|gang ?raped)\b"
     r"|{topic_before}sexual(?:ly)? (?:assault\w*"
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
     r"|\b(?:made|makes|making) me (?:do (?:things|stuff|sexual)|touch (?:him|her|his)"
     r"|take (?:off )?"
     r"my clothes|undress|keep (?:it )?(?:a )?secret|promise not to tell)\b(?! (?:like|for"
     r" (?:school|work|him|her)|around|at (?:home|school)|in (?:the|my) (?:house|garden|yard)"
     r"|on (?:the|my) (?:farm|computer)|i dont (?:like|want to) (?:at|in)))"
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
    # An adult sending a child sexual messages: "my daughter's coach sends her sexual messages".
    ((SV, CA), "sexual_messages",
     r"\b(?:teacher|coach|tutor|pastor|priest|youth pastor|babysitter|uncle|stepdad|step dad"
     r"|neighbou?r|grown man|older man|adult|man online|guy online|someone online|stranger"
     r"|older guy|grown up) (?:\w++ ){0,3}?(?:sends|sent|sending|texts|texted|texting|shows"
     r"|showed|showing) (?:me|her|him|them) (?:\w++ )?(?:sexual|sexy|dirty|explicit|inappropriate"
     r"|naked|nude|porn)\b"),
    # Someone touching a child (third person too): "his grandpa touches him in the bath".
    ((SV, CA), "touches_a_child",
     r"\b{perp} (?:\w++ ){0,3}?(?:touches|touched|touching|fondles|fondled|molests|molested"
     r"|keeps touching) (?:me|her|him|them|my (?:\w++ )?(?:son|daughter|kid|child|children|kids))"
     r" (?:\w++ ){0,2}?(?:private parts|privates|private|down there|inappropriately|in the bath"
     r"|in (?:a|the) (?:bath|shower)|in bed|at night|in (?:a bad way|places|weird places|the wrong"
     r" places)|under (?:her|his|my|their) (?:clothes|underwear|pants|skirt|shirt)|(?:her|his|my"
     r"|their) (?:genitals|privates|private parts|penis|vagina|bottom|butt|chest|breasts?))\b"
     r"|\bmakes? (?:him|her|them) (?:keep (?:it )?(?:a )?secret|promise not to tell)\b"),
    # A carer hurting a child, told by someone else: "my son's babysitter hits him".
    ((SV,), "exposed_himself",
     r"\b(?:exposed|exposes|flashed|flashes|exposing|flashing) (?:himself|herself|themselves|his"
     r" (?:penis|genitals|privates|dick)) (?:to|at) (?:me|us|her|him|my (?:\w++ )?(?:son|daughter"
     r"|kids?|child|children))\b"),
    ((CA,), "child_hurt_by_family",
     r"\b(?:my|our|his|her) (?:little |baby |younger )?(?:sister|brother|siblings|son|daughter|kids"
     r"|children|child|baby|niece|nephew|grandson|granddaughter)s? (?:\w++ ){0,2}?(?:gets|got|is"
     r"|was|are|were|being|been) (?:\w++ )?(?:hit|beaten|beat up|abused|molested|hurt|punched"
     r"|kicked|slapped|burned|whipped|locked (?:in|up)|starved|touched) by (?:my|our|his|her"
     r"|their|the) (?:\w++ )?(?:{family}|{partner})\b"),
    ((CA,), "carer_hurts_child",
     r"\b(?:babysitter|nanny|daycare (?:worker|teacher|staff)|teacher|coach|stepdad|step dad"
     r"|stepmom"
     r"|step mom|stepfather|stepmother|uncle|aunt|grandpa|grandma|dad|mom|mum|father|mother|parents"
     r"|mums boyfriend|moms boyfriend|foster (?:parents?|mom|dad)) (?:\w++ ){0,2}?(?:hits|hit|beats"
     r"|beat|beating|punches|punched|slaps|slapped|kicks|kicked|chokes|choked|burns|burned|whips"
     r"|whipped|shakes|shook|abuses|abused|hurts|hurting|smacks|smacked|starves|starved|molests"
     r"|molested|bruised|belts|belted) (?:him|her|them)\b{hurt_guard}"
     r"(?! (?:with (?:a|the) (?:ball|puck|frisbee|pillow|snowball)|by accident|accidentally"
     r"|in (?:a|the) (?:game|match)|at (?:practice|training)|during))"
     r"|\b(?:child|kid|kids|children|son|daughter|boy|girl|baby|toddler|student|niece|nephew"
     r"|grandson|granddaughter)s? (?:\w++ ){0,3}?(?:covered in|always (?:has|have|with)|often"
     r" (?:has|have)|keeps? (?:getting|coming (?:in|home|to school) with)|constantly (?:has|have)"
     r"|(?:has|have|with) (?:unexplained|weird|strange)) (?:\w++ )?(?:bruises|welts|burns"
     r"|burn marks|belt marks|marks|black eyes|a black eye|injuries)\b"),
    ((CA,), "child_abuse",
     r"\b{perp} (?:\w++ ){0,3}?(?:hits?|beats?|punch(?:es|ed)|slap(?:s|ped)|kick(?:s|ed)"
     # Not "hitting" or "kicking": "my son keeps hitting his little sister" is sibling fighting.
     r"|hurting|beating|abusing|molesting|starving|neglecting|burning"
     r"|mistreats|mistreated|mistreating"
     r"|chok(?:es|ed)|shak(?:es|ed|ing)|hurts?|abus(?:es|ed)|burn(?:s|ed)|whip(?:s|ped)"
     r"|belt(?:s|ed)|touch(?:es|ed)|molest(?:s|ed)|starv(?:es|ed)|neglect(?:s|ed)|lock(?:s|ed))"
     r" (?:the|my|our|his|her) (?:\w++ )?(?:kids|children|son|daughter|baby|child|toddler|stepson"
     r"|stepdaughter|little (?:brother|sister)|infant|newborn)\b"
     r"|{topic_before}child (?:abuse|neglect|molest\w*+|sexual abuse|porn\w*+|exploitation)\b"
     r"{topic_guard}"
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
    # Neglect and cruelty named by what is done: "locks me out without food", "makes me sleep in
    # the garage", "leaves her toddler alone for days", "holds his head underwater".
    ((CA,), "child_neglect_acts",
     r"\b(?:locks?|locked|locking|shuts?|kicks?|kicked) (?:me|us|him|her|them) (?:out|in)"
     r" (?:\w++ ){0,4}?without (?:food|eating|dinner|water)\b"
     r"|\b(?:wont|doesnt|dont|never|wouldnt) let (?:me|us|him|her|them) eat\b"
     r"|\bmakes? (?:me|us|him|her|them) sleep (?:in|on) the (?:garage|car|yard|shed|porch"
     r"|floor|basement|barn|backyard)\b"
     r"|\b(?:leaves|left|leaving|leave) (?:the|her|his|their|my) (?:\w++ )?(?:toddler|baby|babies"
     r"|kids|children|infant|child|son|daughter|twins) (?:home )?alone (?:for (?:days|hours"
     r"|the (?:night|weekend)|a (?:day|night|week))|all (?:day|night|weekend)|overnight)\b"
     r"|\b(?:holds?|held|holding|pushes|pushed|pushing|shoves|shoved) (?:\w++ )?(?:his|her|their"
     r"|my) head (?:under ?water|under the water|in the (?:water|toilet|tub|sink|bath))\b"),
    # Hurting a child with an object, or until it shows: "hitting their children with
    # electrical cords", "welts on their legs from a belt", "spanks my 3 yo until she can't sit".
    ((CA,), "child_hurt_with",
     r"\b(?:hits?|hitting|beats?|beating|whips?|whipped|whipping|spanks?|spanked|spanking)"
     r" (?:\w++ ){0,3}?(?:kids?|children|child|sons?|daughters?|baby|toddler|stepson|stepdaughter"
     r"|me|him|her|them) with (?:a |an |the |his |her |their |my )?(?:electrical |extension"
     r" |phone |wooden )?(?:cords?|belts?|wires?|cables?|switch|switches|hangers?|paddle|hose"
     r"|spoon|sticks?|rods?|chargers?)\b"
     r"|\b(?:welts|belt marks|bruises|marks|cuts) (?:\w++ ){0,4}?from (?:a|the|his|her|their)"
     r" (?:belt|cord|hanger|switch|wire|cable|paddle|stick)\b"
     r"|\b(?:spanks?|spanked|spanking|hits?|beats?|whips?|whipped) (?:\w++ ){0,3}?until"
     r" (?:she|he|they|it) (?:cant|couldnt|bleeds?|bled|bruises?|bruised)\b"
     r"|\b{perp} (?:\w++ ){0,2}?(?:burned|burnt|burns|scalded|broke|broken|cut) (?:my|his|her"
     r"|their) (?:\w++ )?(?:sons|daughters|kids|childs|babys|toddlers|stepsons|stepdaughters)"
     r" (?:hand|hands|arm|arms|face|leg|legs|back|skin|foot|feet|fingers?)\b"
     r"|\b(?:infant|baby|toddler|newborn|child|kid|son|daughter)s? (?:\w++ ){0,3}?(?:with|has|had"
     r"|have) (?:unexplained |multiple |several )?(?:rib |skull |arm |leg )?(?:fractures|broken"
     r" bones)\b"),
    # Sexual messages or images sent to or asked of a child.
    ((SV, CA), "child_sexual_messages",
     r"\b(?:daughter|son|kid|child|stepdaughter|stepson|niece|nephew|student|granddaughter"
     r"|grandson) (?:\w++ ){0,3}?(?:sexual|explicit|nude|naked|dirty|sexy) (?:messages|texts"
     r"|pictures|pics|photos|images|videos|snaps)\b"
     r"|\b(?:sexual|explicit|nude|naked|dirty|sexy) (?:messages|texts|pictures|pics|photos|images"
     r"|videos|snaps) (?:to|from|of) (?:\w++ )?(?:my|his|her|their|a) (?:\d+ year old |\w++ )?"
     r"(?:daughter|son|kid|child|stepdaughter|stepson|niece|nephew|student|minor)\b"
     r"|\b(?:hij[oa]|hijastr[oa]|sobrin[oa]|alumn[oa]|nin[oa]|niet[oa]) (?:de \d+ )?(?:\w++ ){0,4}?"
     r"(?:fotos|videos|mensajes) (?:sexuales|desnud[oa]s?|intim[oa]s|eroticos)\b"
     r"|\b(?:fotos|videos|mensajes) (?:sexuales|desnud[oa]s?|intim[oa]s|eroticos)"
     r" (?:a|de) (?:mi|su|tu) (?:hij[oa]|hijastr[oa]|sobrin[oa]|alumn[oa]|nin[oa]|niet[oa])\b"),
    # Sexual violence named by its acts: trafficking, touching while asleep, shared images.
    ((SV,), "sexual_acts",
     r"\b(?:was|been|being|got|were|is|are|am|im) (?:\w++ )?(?:sex )?trafficked\b"
     r"|\b(?:sex|human) trafficking (?:victim|survivor)\b|\btrafficking victim\b"
     r"|\b(?:me|la|lo|nos|las) (?:obligaba|obligaban|obligo|obligaron|forzaba|forzaban|forzo"
     r"|forzaron|obliga|obligan) a (?:prostituirme|prostituirse|prostituirnos|tener relaciones"
     r"|tener sexo)\b"
     r"|\b(?:touched|touches|touching|groped|gropes|fondled|fondles) (?:me|her|him) (?:\w++ ){0,3}?"
     r"(?:while|when) (?:i|she|he) (?:was|were|am|is) (?:\w++ )?(?:asleep|sleeping|drunk"
     r"|passed out|unconscious|high)\b"
     r"|\bin(?:to)? (?:my|her|his) bed (?:\w++ ){0,6}?(?:touched|touches|touching|groped|gropes)"
     r" (?:me|her|him)\b"
     r"|\btouch(?:es|ed|ing)? (?:me|her|him|them) (?:inappropriately|in (?:ways|places) that"
     r"|in (?:my|her|his|their) private)"
     r"|\b(?:put|puts|stuck|shoved|slid) (?:his|her|their) hands? (?:down|up|in|inside|under)"
     r" (?:my|her) (?:pants|shirt|skirt|dress|underwear|bra|clothes|top)\b"
     r"|\b(?:wouldnt|wont|didnt|doesnt) let (?:me|her) (?:leave|go) (?:\w++ ){0,4}?until"
     r" (?:i|she) (?:did what (?:he|she|they) wanted|had sex|slept with)\b"
     r"|\b(?:shares?|shared|sharing|posted|posts|posting|leaked|leaks|spread|spreads|spreading"
     r"|sends?|sent) (?:my|her|his) (?:nudes|nude (?:photos|pictures|pics)|intimate (?:photos"
     r"|pictures|images|videos)|sex tape)\b"
     r"|\bme (?:grabo|grababa|grabaron|fotografio|filmo) (?:\w++ ){0,2}?(?:teniendo relaciones"
     r"|desnud[oa]|banandome|en el bano)\b"
     r"|\b(?:comparte|compartio|publico|subio|manda|mando|paso) (?:mis|sus) (?:fotos|videos)"
     r" (?:intim[oa]s|desnud[oa]s?|sexuales)\b"
     r"|\bme (?:manosearon|manoseo|manosea|tocaron) (?:en el|en la) (?:camion|metro|bus|autobus"
     r"|tren|micro|combi|trabajo|calle|fiesta)\b"),
)

# fmt: on
