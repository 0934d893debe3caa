"""Suicidal ideation, English: ending it, disappearing, not waking up, and methods."""

from app.routing.screening_rules.flags import NOW, PLAN, SH, SI, Rule

# One compact row per rule (flags, code, regex split over lines): ruff format would explode each
# row into four lines, so it is switched off for the table.
# fmt: off

SUICIDE_EN_ENDINGS: tuple[Rule, ...] = (
    ((PLAN, NOW), "ready_now",
     r"\b(?:have|got|holding|bought|with) (?:a |the |my |all (?:my|the) )?(?:bottle of |bunch of"
     r" |handful of )?(?:pills|meds|{gun}|rope|noose|razor blades?)\b(?: \w++){0,4}? (?:and|so)"
     r" (?:im|i am) (?:ready|done|going to)\b"
     r"|\b(?:know|figured out|decided|planned|thought about|worked out) (?:exactly |already |just"
     r" )?(?:how|where|when) (?:id|ill|i could|i can|im going to|to)"
     r" (?:do it|end it|kill myself|die|end my life)\b"),
    ((SI,), "nobody_would_miss",
     r"\b(?:no one|nobody|noone|none of them|nobody else|not one person|no one else|who)"
     r" (?:would|will|is going to|going to|could|even|would even|will even|really|even would)"
     r" (?:\w++ )?(?:miss me|care if i|notice if i|care when i|notice when i|notice im gone"
     r"|be sad if i|cry if i|come to my funeral|even notice)\b"
     r"|\b(?:wouldnt|doesnt|would not|wont|will not|dont|nobody would|no one would)"
     r" (?:\w++ )?(?:matter|care) if i (?:die|died|live or die|lived or died|was gone|were gone"
     r"|disappeared|was dead|killed myself|didnt wake up|dont wake up|never woke up"
     r"|wasnt here|werent here)\b"),
    ((SI,), "end_it_all",
     r"\b(?:end|ending|ended|finish|finishing|stop|stopping) (?:it all|everything|my life"
     r"|my own life|my existence|things for good|it for good|my suffering|this life"
     r"|it once and for all|the pain forever|my pain forever|my story)\b"),
    ((SI,), "end_it",
     r"\b(?:want|wanted|wanting|going|planning|plan|thinking|thought|think|decided|ready|time"
     r"|about|just|might|could|should|will|ill|wish i could|tempted|urge|how to|like|feel like"
     r"|close to|considering|consider)"
     r" (?:\w++ ){0,2}?(?:to |of |about |on )?(?:end|ending) (?:it|things|this|everything)\b"
     # "end it / end things WITH HIM", "end this MEETING": relationships and chores.
     r"(?! (?:with|between|off|up|early|at|by|on (?:a|the)|after|before|there|soon with"
     r"|now with|for (?:now|today|the day)|(?:\w++ )?(?:meeting|project|call|game|book|show|season"
     r"|episode|relationship|paper|essay|course|class|race|conversation|chapter|argument"
     r"|discussion|friendship|contract|subscription|lease))\b)"),
    ((SI,), "take_my_life",
     r"\b(?:take|taking|took|takes) (?:my|my own|away my|his own|her own|their own) life\b"
     r"(?! (?:back|into my own hands|in a new direction|seriously|more seriously|one day at a time"
     r"|to the next level|in|for granted|for a spin))"),
    ((SI,), "not_wake_up",
     r"\b(?:never|not|dont|didnt|wont|wouldnt) (?:\w++ )?wake up(?: ever)? again\b"
     r"|\b(?:wish|wishes|wished|hope|hopes|hoped|pray|prays|praying|want|wanted|hoping)"
     r" (?:\w++ ){0,3}?(?:never|not|wouldnt|wont"
     r"|dont|didnt|no longer) (?:\w++ )?(?:wakes?|woke|waking) up\b(?! (?:early|late|on time"
     r"|in time|before|until"
     r"|till|at|for work|with))"
     r"|\b(?:sleep|go to sleep|fall asleep|close my eyes) (?:\w++ ){0,2}?(?:forever|and (?:never"
     r"|not)"
     r" (?:wake up|open them)|and not come back|for good|permanently)\b"),
    ((SI,), "disappear",
     r"\b(?:want|wanted|wish|need|going|ready|time|could|like|longing) (?:\w++ ){0,2}?(?:to )?"
     r"(?:disappear|vanish|cease to exist|stop existing|not exist|stop being alive|not be alive"
     r"|fade away|be gone|b gone|go away forever|leave this world|leave this earth|not be here"
     r"|stop breathing)\b"
     r"(?! (?:for (?:a|the|an) (?:while|week|weekend|day|few|bit|couple|month|hour)"
     r"|on (?:a|vacation|holiday)|into (?:a|the|my) (?:\w++ )?(?:book|novel|game|show|series"
     r"|cave|woods|mountains|crowd|music|work|hobby)"
     r"|to (?:a|an|the) (?:island|beach|cabin|mountains)|from (?:social media|the internet|twitter"
     r"|instagram|facebook|tiktok|work)|off (?:social media|the grid)))"
     r"|\b(?:disappear|disappearing|vanish|vanishing|go away|sleep|rest|leave) forever\b"
     r"|\b(?:stop|stopped|stopping|cease|ceased) (?:existing|to exist)\b|\b(?:not"
     r"|dont) (?:want to )?exist (?:anymore"
     r"|any more)\b"),
    ((SI,), "hate_life",
     r"\b(?:hate|hating|loathe|despise) (?:my (?:own )?life|being alive|living|existing"
     r"|myself so much|my existence|that i exist|that im alive|waking up every)\b"),
    ((SI,), "tired_of_life",
     r"\b(?:tired|sick|exhausted|weary|done|finished|fed up) (?:\w++ )?(?:of |with )?(?:living"
     r"(?! (?:paycheck|with|in|at|here|there|like (?:a|an)|alone|far|so|on)\b)|life|being alive"
     r"|existing|it all|everything and everyone|this life|trying to stay alive|fighting"
     r"|fighting to stay alive|being me|pretending)\b"),
    ((SI,), "want_it_to_end",
     r"\b(?:want|wanted|need|wish|just want) (?:it|it all|everything|the pain|my life|life"
     r"|this pain|this life|the suffering|all of this) (?:all )?to (?:end|stop|be over|go away"
     r" forever)\b(?! (?:at|by|before|early|on|in|with|so (?:i|we) can)\b)"),
    ((SI,), "no_way_out",
     r"\b(?:no|cant see (?:a|any)|dont see (?:a|any)|there is no|theres no|only one|the only)"
     r" way out\b(?! (?:of (?:this|the|my) (?:contract|lease|job|deal|debt|meeting|class|room"
     r"|building|maze|parking|loan)))"
     r"|\b(?:death|dying|suicide|dead) (?:\w++ )?(?:is|seems|feels like|would be) (?:the|my|a)"
     r" (?:only |best |easiest )?(?:way out|answer|option|solution|escape|relief|release)\b"),
    ((SI,), "thoughts_of_death",
     r"\b(?:thoughts?|thinking|thought|think|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|obsessing"
     r"|imagin(?:e|ed|ing)|picture|picturing|visuali[sz](?:e|ed|ing)|planning|plan|planned"
     r"|obsessed|ideation|urges?|impulses?|feelings?) (?:\w++ ){0,2}?(?:about|of"
     r"|on) (?:\w++ ){0,2}?"
     r"(?:dying(?! (?:my|her|his|the) hair)|death(?! (?:in general|philosophically|in (?:a|the)"
     r" (?:philosophical|abstract|spiritual)))|my death|my own death|killing myself"
     r"|my (?:own )?funeral|my (?:own )?grave"
     r"|ending (?:it|my life|things|everything)|ending it all|not being (?:here|alive|around)"
     r"|not existing|taking my (?:own )?life|being dead|disappearing forever|my funeral"
     r"|overdosing|hanging myself|jumping off|driving (?:my car )?off (?:the road|a cliff|a bridge)"
     r"|crashing (?:my|the) car|{method})\b"
     r"|\bdark thoughts\b|\bmorbid thoughts\b"),
    ((SI,), "join_in_heaven",
     r"\b(?:want|going|ready|cant wait|wish i could|need) to (?:go to heaven|be in heaven|meet god"
     r"|meet my maker|join (?:my \w++|him|her|them) (?:in heaven|on the other side))\b"),
    ((SI, PLAN, NOW), "wont_be_around",
     r"\b(?:wont|not going to|not gonna|will not|i wont) be (?:here|around|alive) (?:much longer"
     r"|for (?:much )?longer|tomorrow|(?:anymore|any more)|next (?:week|year|month)"
     r"|after (?:tonight|today"
     r"|this week)|by (?:morning|tomorrow)|to see)\b"
     # "I won't be here tomorrow SO / BECAUSE I'm off work" is everyday talk.
     r"(?! (?:so|because|since|as|im|ill|i will|due|for|at|morning|afternoon|but|until|till"
     r"|either|or|i have|i need|i got|on|in)\b)"),
    # "They'd be fine without me": "fine without me FOR A WEEK / AT THE PARTY" is everyday talk.
    ((SI,), "fine_without_me",
     r"\b(?:fine|ok|okay|alright|all right|manage|cope|get by|get along"
     r"|move on) (?:just )?(?:\w++ )?"
     r"without me\b(?! (?:for (?!good|ever)|at|this|on|while|today|tonight|tomorrow|next|until"
     r"|till|during|there|here|in (?:the|a|this|that|my|our)|as|if i (?:take|go|leave|skip|miss)"
     r"|when i (?:go|leave|travel|am (?:away|at|on)))\b)"),
    # Someone else's wish, told by a relative or friend: "my daughter wants to end her life".
    ((SI,), "someone_wants_to_die",
     r"\b(?:wants|wanted|wanting|wishes|talks about|talking about|talked about|thinks about"
     r"|thinking about|keeps saying (?:she|he|they) (?:wants|will)|says (?:she|he|they) (?:wants"
     r"|will|is going)) (?:\w++ ){0,2}?(?:to )?{method}\b"),
    ((SI,), "easier_not_to_exist",
     r"\b(?:easier|better|simpler|nicer|more peaceful|a relief) (?:\w++ ){0,2}?(?:not to exist"
     r"|to not exist|to just not exist|not existing|if i didnt exist|if i wasnt (?:here|alive)"
     r"|not to be (?:here|alive|around)|to not be (?:here|alive|around)|not being (?:here|alive)"
     r"|not to wake up|to not wake up|to die|to be dead|if i (?:was|were) dead"
     r"|to (?:just )?disappear (?:forever|for good))\b"
     r"|\b(?:want|wanted|wanting|wish|need|like|prefer|rather) (?:\w++ ){0,2}?(?:to )?(?:not exist"
     r"|stop existing|cease to exist|not be alive|not be here anymore)\b"
     r"|\bwhat if i (?:just |simply )?(?:died|disappeared|vanished|stopped existing|wasnt here"
     r"|werent here|wasnt around|killed myself|ended it|didnt wake up|never woke up)\b"
     r"(?! (?:for (?:a|the|an) (?:while|week|weekend|day|few|bit|couple|month|hour)"
     r"|on (?:a|vacation|holiday)))"),
    # Passive wishes: "if I got hit by a bus I wouldn't mind", "I wouldn't care if I died".
    ((SI,), "wouldnt_mind_dying",
     r"\bif i (?:\w++ ){0,2}?(?:got|get|was|were|am) (?:hit(?! with)|run over"
     r"|killed)(?: \w++){0,6}?"
     r" (?:i )?(?:wouldnt|would not|wont|dont|would (?:not )?even) (?:\w++ )?(?:mind|care|be sad"
     r"|be upset|be sorry|complain|fight it)\b"
     r"|\b(?:wouldnt|would not|dont|wont|would not even|wouldnt even) (?:\w++ )?(?:mind|care)"
     r" (?:if i (?:died|die|didnt wake up|dont wake up|never woke up|got hit|got killed|was gone"
     r"|were gone|disappeared|stopped existing|was dead)|dying(?! (?:my|her|his|the|their) hair)"
     r"|being dead|not waking up|getting hit by|not existing|not being here)\b"),
    # "I don't see a way forward": "a way forward WITH THE PROJECT" is work talk.
    ((SI,), "no_way_forward",
     r"\b(?:cant|dont|no longer|cannot|couldnt) (?:\w++ )?(?:see|find) (?:a|any) (?:way forward"
     r"|future for me|future for myself|way to keep going|reason to stay)\b"
     r"(?! (?:with|for (?:the|this|our|my|his|her|their) (?:project|team|company|business|deal"
     r"|relationship|plan|band|club)|on|at|in (?:the|this|my|our) (?:job|project|company"
     r"|relationship|career|team|role))\b)"),
    # Grief: "some nights I just want to join him"; "join them FOR DINNER / AT THE GYM" is not.
    ((SI,), "join_the_dead",
     r"\b(?:want|wanted|wanting|ready|cant wait|wish i could|need|long|longing|yearn|yearning) to"
     r" (?:just |finally |go )?join (?:him|her|my (?:late |dead |\w++ )?(?:{family}|{partner}"
     r"|son|daughter|baby|friend|best friend|kids|children))\b"
     r"(?! (?:for|at|on (?!the other side)|in (?!heaven|death|the (?:grave|ground|afterlife))|with"
     r"|to|when|this|next|tomorrow|tonight|today|later|after|before|and|so|because|but|as|if"
     r"|club|team|group|gym|class|trip|game|party|dinner|lunch|meeting|online)\b)"),
    # "I wanna dye" (typo for die); "dye MY HAIR / THE EGGS" names what is dyed.
    ((SI,), "want_to_dye",
     r"\b(?:want|wanted|wants|ready|going) to (?:just )?dye\b(?! (?:my|your|her|his|their|our|the"
     r"|it|them|a|an|some|this|that|these|those|hair|clothes|eggs|fabric|easter|\w++ (?:hair"
     r"|shirt|clothes|eggs|fabric|jeans|beard))\b)"),
    # A means at hand turned on oneself: "my dad keeps a gun ... thinking about using it on myself".
    ((SI, PLAN), "weapon_on_myself",
     r"\b(?:{gun}|knife|knives|blade|blades|razor|razors|rope|pills)\b(?: \w++){0,12}?"
     r" (?:use|using|used|turn|turning|point|pointing) (?:it|them|that|this) (?:\w++ )?on myself\b"
     r"|\b(?:use|using|used|turn|turning|point|pointing) (?:a |the |my |his |her |dads |moms )?"
     r"(?:{gun}|knife|blade|razor) (?:\w++ )?on myself\b"),
    # Methods.
    ((SI,), "jump_from_height",
     r"(?<!friends )\b(?:jump|jumping|jumped|throw myself|throwing myself|threw myself|leap"
     r"|leaping|drive|driving|drove|fall|step|stepping) (?:\w++ ){0,2}?(?:off|from)"
     r" (?:a |the |my |this |that |an )?(?:\w++ )?(?:bridge|building|roof|rooftop|cliff|balcony"
     r"|overpass|ledge|tower|parking garage|skyscraper|top floor)\b"
     r"(?! into (?:the|a) (?:pool|lake|water|river|sea|ocean|snow|hay))"
     r"|\b(?:jump|jumping|jumped|throw myself|throwing myself|threw myself|step|stepping|walk"
     r"|walking|lie down|lay down) (?:\w++ )?in front of (?:a |the |an )?(?:\w++ )?(?:train|subway"
     r"|bus|truck|car|traffic|lorry)\b"
     r"|\b(?:drive|driving|drove|crash|crashing|steer|swerve|swerving|walk|walking) (?:my car |the"
     r" car )?(?:\w++ )?into (?:a |the |oncoming )?(?:wall|tree|pole|traffic|river|lake|ocean|sea"
     r"|truck|bridge)\b"),
    ((SI,), "hang",
     r"\b(?:hang|hanging|hanged|hung) (?:myself|me)\b|\bnoose\b"
     r"|\b(?:tie|tied|tying|made|make|bought|buy|have|got) (?:a |the )?(?:rope|belt|cord)"
     r" (?:\w++ ){0,3}?(?:to hang|around my neck|for myself|to the ceiling|from the ceiling)\b"),
    ((SI, SH), "slit_wrists",
     r"\b(?:slit|slitting|slice|slicing|slash|slashing|cut|cutting|open|opening) (?:open )?"
     r"(?:my|both) (?:wrists?|veins|throat)\b"),
    ((SI,), "shoot_myself",
     r"\b(?:shoot|shooting|shot) myself\b|\b(?:put|putting|stick|hold|holding) (?:a |the |my )?"
     r"(?:gun|pistol|barrel|bullet) (?:to|in|through|against) my (?:head|mouth|brain|temple"
     r"|chest)\b"
     r"|\b(?:blow|blowing) my (?:brains?|head) (?:out|off)\b|\bbullet (?:in|through) my"
     r" (?:head|brain)\b|\bgun to my head\b"),
    ((SI,), "drown_poison_myself",
     r"\b(?:drown|drowning|poison|poisoning|poisoned|gas|gassing|suffocate|suffocating) myself\b"
     r"|\bwalk into the (?:sea|ocean|river|lake)\b"),
    ((SI, PLAN), "take_all_pills",
     r"\b(?:take|taking|swallow|swallowing|down|downing|overdose on|od on) (?:\w++ ){0,2}?(?:all"
     r"|every|the whole|a whole|an entire|the entire|enough|a bottle of|a bunch of|a handful of"
     r"|as many) (?:of )?(?:my |the |these |those )?(?:\w++ )?{pills}\b"),
    ((SI, PLAN), "method_research",
     r"\bhow (?:many|much) (?:\w++ ){0,5}?(?:to (?:die|kill (?:me|myself|a person|someone)|overdose"
     r"|od|end (?:it|my life))|(?:it )?(?:would|will|does|did|could) (?:it )?(?:take|need) to"
     r" (?:kill|die|overdose)|(?:would|will|does it take to|it takes to|is needed to) (?:kill|die)"
     r"|(?:would|will|could) be (?:lethal|fatal|deadly|enough to die))\b"
     r"|\b(?:lethal|fatal|deadly|killing) (?:dose|amount|overdose)\b"
     r"|\b(?:painless|easiest|quickest|fastest|best|quick|easy|surest|peaceful|least painful)"
     r" (?:\w++ )?(?:way|ways|method|methods) to (?:die|kill myself|end (?:it|my life|things)|go)\b"
     r"|\bhow to (?:kill myself|end my life|die (?:painlessly|quickly|fast|peacefully|in my sleep)"
     r"|hang (?:myself|a noose)|tie a noose|overdose|od|slit)\b"),
    ((SI, NOW), "cant_keep_safe",
     r"\b(?:cant|cannot|couldnt|dont think i can|unable to|not sure i can) keep (?:myself|himself"
     r"|herself|themselves|me) safe\b"
     r"|\bcant (?:promise|guarantee) (?:ill|i will|that ill|that i will|i can) (?:be|stay) (?:safe"
     r"|alive|okay|ok)\b"),
    # Dying as a wish or a fix: "thinks about dying most days", "dying would solve everything",
    # "I hope my body just gives up", "thinking of checking out early".
    ((SI,), "dying_as_answer",
     r"\b(?:thinks?|thinking|thought) about (?:dying|death|being dead) (?:most|every|all)"
     r" (?:days?|nights?|the time)\b"
     r"|\b(?:dying|death|being dead|if i died|if i was dead|if i were dead) (?:would|could|will)"
     r" (?:solve|fix|end) (?:everything|it all|all of this|all my problems|my problems)\b"
     r"|\bhope (?:my body|my heart) (?:just )?(?:gives up|gives out|stops)\b"
     r"|\b(?:thinking (?:of|about)|want to|ready to|planning (?:on|to)) check(?:ing)? out early\b"
     r"(?! (?:from|of|at|on|today|tomorrow|this|next|to|so|because|the|and)\b)"
     r"|\bonly (?:still )?alive because of (?:my|the) (?:dog|cat|pets?|kids|children|son"
     r"|daughter|mom|mum|mother|parents|family)\b"),
    ((SI, PLAN), "means_and_resolve",
     r"\bi (?:have|ve got|got) (?:the|my|enough) (?:{pills}|pills) (?:saved|stashed|hidden"
     r"|stockpiled)\b|\b(?:then|and) ill go through with it\b"
     r"|\bnext time i (?:wont|will not) stop\b"),
)

# fmt: on
