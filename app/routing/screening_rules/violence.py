"""Violence by a partner or family member, threats, fear, control, danger now (English)."""

from app.routing.screening_rules.flags import CA, IPV, NOW, Rule

# One compact row per rule (flags, code, regex split over lines): ruff format would explode each
# row into four lines, so it is switched off for the table.
# fmt: off

PARTNER_VIOLENCE: tuple[Rule, ...] = (
    ((IPV,), "someone_hurts_me",
     r"\b{perp} (?:\w++ ){0,3}?{hurt_verb} (?:me|us|my (?:\w++ )?(?:mom|mother|dad|kids|children"
     r"|baby|son|daughter|brother|sister|face|neck|throat|arm|head|body)|the (?:kids|children"
     r"|baby)|mom|mum)\b{hurt_guard}"),
    ((IPV, CA), "family_hurts_me",
     r"\b(?:my|our|mums|moms|mothers) (?:\w++ )?{family} (?:\w++ ){0,3}?{hurt_verb} (?:me|us"
     r"|my (?:little )?(?:brother|sister|siblings)|the kids)\b{hurt_guard}"
     r"|\b(?:my|our) (?:\w++ )?{family} (?:\w++ ){0,4}?(?:throws|threw|throwing|hurls|hurled)"
     r" (?:\w++ ){0,2}?at (?:me|us|my (?:head|face))\b"),
    ((IPV,), "hurt_by_someone",
     r"\b(?:hit|beaten|beat up|abused|attacked|hurt|choked|strangled|threatened|assaulted|slapped"
     r"|punched|kicked|pushed|shoved|burned|stabbed|stalked|controlled|locked in|locked up"
     r"|tied up|raped|molested|touched|groped) (?:\w++ ){0,2}?by (?:my|his|her|our|the|a|an|some"
     r"|mums|moms) (?:\w++ )?(?:{partner}|{family}|roommate|neighbou?r|landlord|boss|man|guy"
     r"|stranger|friend|coworker|classmates?|group|gang|pimp|date)\b"),
    ((IPV,), "domestic_violence",
     r"{topic_before}domestic (?:violence|abuse|dispute|assault)\b{topic_guard}"
     r"|\bdv\b{topic_guard}"
     r"|\bfamily violence\b|{topic_before}intimate partner violence\b{topic_guard}"
     r"|\babusive (?:\w++ )?(?:{partner}|{family}|relationship"
     r"|marriage|household|home|family|situation)\b|\b(?:being|been|was|am|im|getting|get)"
     r" (?:\w++ )?(?:abused|beaten|beat up|battered|hit|choked|strangled|threatened|stalked|hurt)"
     r" (?:at home|by him|by her|by them|every (?:day|night|week)|daily|again|a lot|regularly"
     r"|all the time)\b|\b(?:im|i am|i feel|being|been|was|were) (?:\w++ )?abused\b"
     r"|\bbattered (?:woman|wife|women|spouse|by)\b|\babuser\b|\bstalk(?:ing|s|ed)? me\b"
     r"|\bstalker\b|\b(?:assaulted|attacked) me\b|\b(?:was|got|been|being) (?:\w++ )?"
     r"(?:assaulted|attacked|jumped|mugged)\b"),
    ((IPV,), "afraid_of_someone",
     r"\b(?:afraid|scared|terrified|frightened|fearful|petrified) (?:\w++ ){0,2}?of (?:my|her|his"
     r"|our) (?:\w++ )?(?:{partner}|{family}|roommate|neighbou?r|landlord)\b"
     r"|\b(?:afraid|scared|terrified|frightened|fear|fearing) (?:\w++ )?(?:of him|of her|of them"
     r"|for my (?:life|safety|kids safety|childrens safety|kids lives)|to go (?:back )?home"
     r"|to be at home|to leave (?:him|her|them|the house)|to tell (?:him|her) (?:no|im leaving)"
     r"|(?:that )?(?:(?:he|she|they|my (?:\w++ )?(?:{partner}|{family})) (?:will|ll|would|d"
     r"|might|is going to|s going to|are going to|wants to|is trying to|could|can|re going to"
     r"|may)|hell|shell|theyll|hed|shed) (?:\w++ )?(?:hurt|kill|hit|beat|find|come after"
     r"|come back|track me down|take the kids|take my kids|do something|snap))\b"
     r"|\b(?:not|dont|dont feel|never feel|doesnt feel|no longer feel) (?:\w++ )?safe (?:at home"
     r"|in my (?:own )?(?:home|house|apartment|room|bed)|with (?:him|her|them|my (?:\w++ )?"
     r"(?:{partner}|{family}))|around (?:him|her|them|my (?:\w++ )?(?:{partner}|{family}))"
     r"|going home|living with|to go home)\b|\bunsafe at home\b"),
    ((IPV,), "threatened_me",
     r"\b(?:threaten(?:s|ed|ing)?|said|says|swore|swears|promised|told me"
     r"|keeps saying|warned(?: me)?|texted|yelled|screamed) (?:\w++ ){0,2}?(?:to |that )?(?:he |she"
     r" |they |hell |shell |theyll |he will |she will |he would |she would |hed |shed |hes going"
     r" to |shes going to |is going to |was going to |would |will )?(?:(?:kill|hurt|beat|shoot"
     r"|stab|strangle|choke|murder|hit) (?:me|us|my|the kids|the children|the baby|her|him"
     r"|himself|herself|the dog|you)|take (?:away )?(?:the|my|our) (?:kids|children|baby|son"
     r"|daughter)|burn (?:down )?(?:the|my|our) (?:house|place|apartment))\b"
     r"|\b{perp} (?:\w++ ){0,2}?(?:is|s|are|re|will|ll|would|d|was|wants to|want to|tried to"
     r"|tries to|trying to|is trying to|is going to|going to) (?:\w++ )?(?:going to |to )?"
     r"(?:kill|murder|hurt|beat|shoot|stab|strangle|choke) (?:me|us|the kids|my (?:kids|children"
     r"|baby|son|daughter|mom))\b"
     # Teen hyperbole about trivia: "mom is going to kill me WHEN SHE SEES MY GRADES".
     r"(?! (?:with (?:kindness|love|compliments)|up\b|at\b|in (?:chess|the game|a race)"
     r"|i (?:forgot|lost|broke|failed|flunked|spent|ate|dented|scratched|borrowed) (?:my|the|her"
     r"|his|their|our|to)\b"
     r"|(?:if|when|for) (?:\w++ ){0,4}?(?:late|grades|report card|the car|mess|room|forgot|forget"
     r"|borrowed|ate|wrecked|scratched|lost"
     r"|fail|failed|flunk|flunked"
     r"|broke|spent|dent|test|exam|bill|haircut|tattoo|curfew|dishes|homework|chores)))"),
    ((IPV,), "injured_by_someone",
     r"\b{perp} (?:\w++ ){0,3}?(?:broke|broken|fractured|cracked|bloodied|busted) (?:my|our) (?:arm"
     r"|nose|ribs?|jaw|wrist|fingers?|leg|lip|teeth|tooth|eye|head|collarbone)\b"
     r"|\b(?:threw|throws|throwing|hurled|hurls) (?:a |an |the |his |her |their |my )?(?:\w++ )?"
     r"(?:\w++ )?at (?:me|us|my (?:head|face))\b(?! (?:to catch|during (?:practice|the game)))"),
    ((IPV,), "violent_person",
     r"\b{perp} (?:\w++ ){0,3}?(?:is|s|gets|can be|has been|was|becomes|turns) (?:\w++ )?(?:violent"
     r"|abusive|physically abusive|dangerous)\b(?! (?:video game|movie|sport|storm))"),
    ((IPV,), "stalking",
     r"\b{perp} (?:\w++ ){0,2}?(?:keeps |is |has been |wont stop |still |always )?"
     r"(?:following|stalking|tracking|showing up at|turning up at|waiting for me (?:at|outside))"
     r" (?:me|my (?:house|home|work|job|school|apartment|place|car|kids school))\b"
     r"(?! (?:around|on (?:instagram|twitter|tiktok|social|facebook)))"),
    ((IPV,), "controlling",
     r"\b(?:wont|doesnt|never) let (?:me|us) (?:leave|go out|see (?:my|anyone)|have (?:any )?"
     r"(?:money|my own|a phone)|talk to (?:anyone|my)|work|use (?:my|the) phone)\b"
     r"|\b(?:takes|took|controls|control|keeps|hides|hid) (?:all )?(?:my|our) (?:money|phone"
     r"|passport|car keys|paycheck|id|documents)\b(?! (?:to|for|back|when|while|and gave)\b)"
     r"|\b(?:put|puts|had) (?:his|her) hands (?:around|on) my (?:neck|throat)\b"),
    ((IPV, NOW), "weapon_present",
     r"\b{perp} (?:\w++ ){0,6}?with (?:a|an|his|her|their|the) {weapon}\b"
     r"|\b{perp} (?:\w++ ){0,3}?(?:has|had|have|got|is holding|holding|owns|bought|pulled|pointed"
     r"|waving|waved|brandished|brandishing|came (?:back )?with|keeps) (?:out )?(?:a |an |the"
     r" |his |her |their )?{weapon}\b(?! (?:collection|safe|license|licence|for hunting"
     r"|for work|locked|unloaded|in (?:a|the|his|her) (?:gun )?safe))"
     r"|\b(?:pointed|pointing|points|held|holding|holds|waving|waved|pulled) (?:a |an |the |his"
     r" |her |their )?{weapon} (?:at|to|on) (?:me|us|my|the kids|her|him)\b"
     # "how do I STORE MY rifle safely in the house" asks about safe storage.
     r"|(?<!store my )(?<!store the )(?<!store a )(?<!storing my )(?<!storing the )"
     r"\b{weapon} (?:\w++ ){0,4}?(?:outside|at (?:my|the) (?:door|window|house|place|apartment)"
     r"|in (?:the|my) (?:house|driveway|yard|apartment)|pointed at|at me|in his hand"
     r"|in her hand)\b"),
    ((IPV, NOW), "danger_now",
     r"\b{perp} (?:\w++ ){0,3}?(?:is |s |are |re |just |now |keeps )?(?:banging on|pounding on"
     r"|kicking (?:in|down)|trying to (?:get|break) in|breaking (?:in|down)|broke in|got in"
     r"|wont leave|refuses to leave|parked outside|waiting outside|waiting for me outside"
     r"|outside (?:my|the|our) (?:door|window|house|home|apartment|flat|place|room) (?:with|and"
     r"|again|right now|yelling|screaming|banging)|found (?:me|where i live|my new (?:address"
     r"|place|house))|coming (?:back )?(?:for me|to get me|to kill me|after me)|on (?:his|her"
     r"|their) way (?:here|over|to (?:get|find|kill|hurt)))\b"
     r"|\bhiding (?:from (?:him|her|them|my \w++)|in (?:the|my) (?:bathroom|closet|room|car))\b"
     r"|\blocked myself in (?:the |my )?(?:bathroom|room|car|closet|bedroom)\b"),
    ((NOW,), "emergency_now",
     r"\b(?:call (?:911|999|112|the police|the cops|an ambulance|police)|send (?:help|someone"
     r"|police|an ambulance)|need (?:an ambulance|the police|help (?:right )?now|help immediately"
     r"|urgent help)|help me (?:right )?now|(?:im|i am|we are|were|she is|shes|he is|hes"
     r"|my life is|our lives are|my (?:kids|children) (?:are|is)) in (?:immediate |serious |real"
     r" )?danger|life or death)\b"
     r"|\b(?:someone|somebody|a man|a guy|people|an intruder|intruders|a burglar|burglars"
     r"|a stranger|he|she|they|theres someone|there is someone) (?:\w++ )?(?:is |are |s )?"
     r"(?:breaking into|trying to (?:break|get) in(?:to)?|in (?:my|the|our) (?:house|home"
     r"|apartment|flat|room) (?:right )?now)\b"
     r"|(?<!nose )\b(?:wont|doesnt|cant|isnt|will not|does not) (?:\w++ )?stop bleeding\b"
     # "there's someone in my house WHO NEEDS HELP / CLEANING" is not a break-in.
     r"|\b(?:theres|there is) (?:someone|somebody|a (?:man|guy|stranger|person)) (?:in|inside)"
     r" (?:my|the|our) (?:house|home|apartment|flat|room)\b(?! (?:who|that|with|for|to|cleaning"
     r"|fixing|working|visiting|staying|helping|i|we|and (?:they|he|she) (?:is|are) (?:nice|fine"
     r"|helping))\b)"
     r"|\b(?:bleeding|blood) (?:\w++ )?(?:a lot|heavily|badly|everywhere|wont stop|isnt stopping"
     r"|so much|too much)\b|\bcant stop (?:the )?bleeding\b|\blost (?:a lot of|too much|so much)"
     r" blood\b"),
    # The subject said earlier in the sentence: "he broke my phone ... and then beat me".
    ((IPV,), "then_hurt_me",
     r"\b(?:and|then|and then|later|after that|before that) (?:he |she |they )?(?:beat|beats"
     r"|beaten|hit|hits|punched|punches|kicked|kicks|choked|chokes|strangled|slapped|slaps"
     r"|stabbed|burned|shoved|attacked) (?:me|us)\b{hurt_guard}"),
    # Intimidation: "he punched a hole in the wall next to my head".
    ((IPV,), "intimidation",
     r"\b{perp} (?:\w++ ){0,2}?(?:punched|punches|punching|kicked|kicks|kicking|smashed|smashes"
     r"|smashing) (?:a hole in|holes in|the wall|walls|the door|doors|my (?:things|stuff|door"
     r"|car|windows?)|furniture|dishes|plates)\b(?! (?:by accident|accidentally|playing|during"
     r"|at the gym|in the game))"),
    ((IPV,), "controls_everything",
     r"\b{perp} (?:\w++ ){0,2}?(?:controls|controlled|controlling|monitors|tracks|decides)"
     r" (?:everything|every(?:thing)? i do|where i go|who i (?:see|talk to|text)|what i (?:wear|eat"
     r"|spend|do)|my every move|all my (?:money|time|friends))\b"),
    ((IPV,), "took_my_phone",
     # A partner or a bare pronoun: "my son broke my phone" is not control.
     r"\b(?:(?:my|our|her|his) (?:\w++ )?{partner}|{partner}|he|she|they) (?:\w++ ){0,2}?(?:broke"
     r"|breaks|smashed|smashes|destroyed|destroys|threw|throws|took|takes|hid|hides|tracks|tracked"
     r"|monitors|controls|controlled) (?:\w++ )?(?:my|our)"
     r" (?:phone|cell|passport|car keys|keys|paycheck|bank card|cards|documents|location)\b"
     r"(?! (?:screen|case|charger|by accident|accidentally|to (?:fix|repair|charge|the shop|get)"
     r"|when (?:i|im|ive|id) (?:have been |been |am |was )?(?:drinking|drunk|high)|so i (?:dont"
     r"|cant) drive"
     r"|for (?:a|the) (?:repair|minute|second|walk|drive|ride)|back|off))"),
    # A relative's partner hurting them, and restraint: "my son beats his wife", "pushes her
    # around", "held me down by the throat", "had me pinned against the wall".
    ((IPV,), "partner_hurts_them",
     r"\b{perp} (?:\w++ ){0,3}?{hurt_verb} (?:his|her|their) (?:\w++ )?(?:wife|husband|girlfriend"
     r"|boyfriend|partner|spouse|fiance|fiancee)\b{hurt_guard}"
     r"|\b(?:push(?:es|ed|ing)?|shov(?:es|ed|ing)|knock(?:s|ed|ing)?|slap(?:s|ped|ping)?)"
     r" (?:me|her|him|us) around\b"
     r"|\b(?:held|holds|holding|pinned|pins|pinning) (?:me|her|him|us) (?:down|against (?:the|a)"
     r" (?:wall|door|floor|bed|car|ground))\b|\bhad (?:me|her|him) pinned\b"
     r"|\b(?:grabbed|held|choked|lifted|picked) (?:me|her|him|us) (?:\w++ )?by (?:the|my|her|his)"
     r" (?:throat|neck|hair)\b"
     r"|\b(?:controls|controlled|took|takes|keeps|hides|hid) (?:all )?(?:her|his) (?:money|phone"
     r"|passport|car keys|paycheck|documents)\b(?! (?:to|for|back|when|while|and gave)\b)"
     r"|\b(?:he|she|they) (?:broke|broken|fractured|cracked) (?:her|his) (?:arm|nose|ribs?|jaw"
     r"|wrist|fingers?|leg|collarbone)\b"),
    ((NOW,), "no_help_coming",
     r"\b(?:911|999|112|the police|police|the cops) (?:isnt|is not|arent|are not|wont|wasnt|not)"
     r" (?:picking up|answering|coming)\b|\bcant (?:get through to|reach|call) (?:911|999|112"
     r"|the police)\b"),
    # Violence happening as they write: "is choking my mom right now", "he's kicking the door in",
    # "not safe at home right now", "still in the house right now".
    ((IPV, NOW), "violence_now",
     r"\b(?:is|are|s|re) (?:choking|hitting|beating|strangling|punching|kicking|attacking|hurting"
     r"|stabbing|dragging|slapping) (?:me|us|her|him|my \w++|his \w++|the (?:kids|baby|children))"
     r" (?:\w++ ){0,2}?(?:right now|as we speak|as i type|as i write)\b"
     r"|\b(?:kicking|breaking|banging|bashing|smashing) (?:the |my |our )?(?:door|window)"
     r" (?:in|down)\b"
     r"|\b(?:he|she|they|hes|shes|theyre) (?:is |s |are )?still in (?:the|my|our) (?:house"
     r"|home|apartment|flat|room) right now\b(?! (?:fixing|working|cleaning|visiting|helping"
     r"|sleeping|packing|painting|installing)\b)"
     r"|\bright now {perp} (?:is|s) (?:drunk|high|screaming|yelling|raging|throwing|breaking"
     r"|smashing|hitting)\b"
     r"|\b(?:kill|hurt|shoot|stab|beat) (?:him|her|them|me|my \w++) (?:\w++ ){0,5}?(?:tonight"
     r"|right now)\b(?! (?:at|in) (?:the )?(?:game|chess|cards|match|fortnite)\b)"),
    ((NOW,), "unsafe_now",
     r"\bnot safe (?:at home |here |in (?:my|the|this) (?:house|home|apartment) |with (?:him|her"
     r"|them) )?(?:right now|tonight)\b"),
    ((NOW,), "bleeding_now",
     r"\bcant get (?:it|the bleeding|the cut) to stop(?: bleeding)?\b"),
)

# fmt: on
