"""Suicidal ideation, English: wishes to die, hopelessness, being a burden."""

from app.routing.screening_rules.flags import PLAN, SI, Rule
from app.routing.screening_rules.negation import not_after

# One compact row per rule (flags, code, regex split over lines): ruff format would explode each
# row into four lines, so it is switched off for the table.
# fmt: off

SUICIDE_EN: tuple[Rule, ...] = (
    ((SI,), "kill_myself",
     r"\b(?:kill?|killing|killed|kills|off|offing|unalive|unaliving|end|ending|ended) myself\b"
     # "killing myself at work / trying to finish this" is an idiom about overwork.
     r"(?! (?:trying|working|studying|laughing|at (?:work|the gym)|over (?:this|that|a|the)"
     r"|to (?:finish|meet|get|make|keep|pay|please|impress)))"),
    ((SI,), "kill_myself_intent",
     r"\b(?:want|wanted|going|planning|plan|thinking|thought|thoughts|think|decided|urge|urges"
     r"|should|will|ill|might|wish|ready|wants|says|said|talks|talked|talking|threatened|threatens"
     r"|threatening|swore|swears) (?:\w++ ){0,2}?"
     r"(?:to |of |about |on )?(?:kill|killing|unalive|unaliving) {self}\b"),
    ((SI,), "suicide_word",
     r"{topic_before}(?:suicid|sucid|suicd|suisid|suicdi)\w*+{topic_guard}"
     r"|\bsewer ?slide\b|\bsu1c1de\b|\b(?:unaliv"
     r"|un aliv)(?:e|ed|ing)\b"
     r"|\bctb\b|\b(?:selfdelet|self delet)(?:e|ing)\b|\bdeath wish\b"),
    ((SI,), "want_to_die",
     # A show's ending "made me want to die" is a fan's hyperbole.
     not_after(("finale made me", "episode made me", "ending made me", "season made me",
                "cliffhanger made me"))
     + r"(?:want|wanted|wanting|wants|need|needs|ready|deserve|deserves|wish|wishes|hope|hopes|pray"
     r"|prays|praying|like|prefer|time)"
     r" (?:to |that i |i could |id |i )?(?:just |simply |really |finally |honestly )?die+\b"
     # "I'd die FOR you / FOR a coffee" is an idiom; "wanting to die FOR WEEKS" is not.
     r"(?! (?:of|from) (?:embarrassment|shame|laughter|laughing|boredom|cuteness|old age)"
     r"| laughing| for\b(?! (?:weeks|months|days|years|a (?:while|long time|few)|ages|so long"
     r"|some time|the (?:past|last))))"),
    ((SI,), "wish_dead",
     r"\b(?:wish|wished|wishing|wishes|want|wanted|rather|prefer|should|better off|happier|easier"
     r"|hope|hoping|hopes|praying)"
     r" (?:\w++ ){0,2}?(?:be |been |was |were |being |im )?dead\b"
     r"(?! (?:tired|serious|set|end|on|wrong|heat|weight|last|center|centre|simple|easy"
     r"|than (?:wear|be seen|eat|go to|watch|listen|sit|attend|date|work|vote))\b)"),
    ((SI,), "feel_like_dying",
     r"\bfeel(?:s|ing)? like (?:dying|i want to die|killing myself|giving up on life|ending it"
     r"|disappearing forever|vanishing forever|not existing|not being alive|not being here)\b"),
    ((SI,), "rather_die",
     r"\brather (?:just )?die\b(?! than (?:wear|be seen|eat|go (?!on|back)|watch|listen|sit|attend"
     r"|date"
     r"|work|admit|lose|vote|apologi[sz]e|ask|call|text|drink|do (?:that|this|homework|math)))"),
    ((SI,), "never_born",
     r"\b(?:wish|wished|wishing|hope|hoping|pray|praying) (?:that )?(?:i |id |someone would "
     r"|somebody would |something would |a car would |a bus would |god would )?(?:was |were |had "
     r"|could |would |just |will )?(?:never born|never been born|not born|didnt exist|wasnt alive"
     r"|wasnt here|wasnt around|werent here|werent alive|stop existing|not exist|die|died"
     r"|just die|be dead|disappear|vanish|not wake up|never wake up|didnt wake up|dont wake up"
     r"|get hit by|be hit by|kill me|take me|end it|end my life|cease to exist|never existed"
     r"|fall asleep forever|get sick and die)\b(?! (?:of|from) (?:embarrassment|laughter|shame))"),
    ((SI,), "should_not_exist",
     r"\bshould(?:nt| not| never) (?:have )?(?:been born|exist|be alive|be here)\b"
     r"|\bi should (?:just )?(?:die|be dead|not exist|disappear)\b"),
    ((SI,), "not_want_to_live",
     r"\b(?:dont|no longer|not|doesnt|wont|never|didnt) (?:really |even |actually |ever )?"
     r"(?:want|wish|feel like|care) to (?:be alive|exist|keep living|go on living|continue living"
     r"|stay alive|keep existing|live anymore|live (?:anymore|any more)|live any longer"
     r"|be alive anymore"
     r"|be here (?:anymore|any more)|be here any longer|be around (?:anymore|any more)|try anymore"
     r"|fight anymore"
     r"|do this anymore|do this (?:anymore|any more)|do life|be me anymore)\b"
     # "I don't want to be here anymore, MEANING THIS INDUSTRY": a job, not life.
     r"(?! {not_here})"),
    ((SI,), "not_want_to_live_2",
     r"\b(?:dont|no longer|not|doesnt|wont|never|didnt) (?:really |even |actually |ever )?"
     r"(?:want|wish) to (?:live|wake up)\b"
     r"(?! (?:in (?!(?:this|a) (?:world|body|life)|pain)|with|at|near|next|there|on|alone|early"
     r"|late|before|tomorrow morning|for work|by myself|together|so))"),
    ((SI,), "dont_want_to_be_here",
     r"\b(?:dont|no longer|not|doesnt) (?:really |even |actually )?(?:want|wish) to be"
     r" (?:here|around|on this earth|in this world|part of this world|alive)\b"
     # "I don't want to be here AT THIS PARTY" is everyday talk.
     r"(?! (?:at|for|with|when|if|today|tomorrow|tonight|right now|on (?!this earth)"
     r"|in (?!this (?:world|life))|while|during|next|all day|alone|by myself)\b"
     r"| (?:anymore |any more )?{not_here})"),
    ((SI,), "cant_go_on",
     r"\b(?:cant|couldnt|can no longer|unable to|not able to|dont know how to|dont want to)"
     r" (?:go on|keep going|carry on|keep living|keep doing this|live like this|live this way"
     r"|live with myself|face (?:another day|tomorrow|life|living|the world)|do this anymore)\b"
     # "can't go on VACATION / keep going TO THE GYM" are everyday talk.
     r"(?! (?:a|an|the|my|his|her|your|their|our|vacation|holiday|trips?|dates?|stage|tour|air"
     r"|leave|break|twitter|facebook|instagram|tiktok|social|to|at|in|on|for|working|studying"
     r"|playing|paying|talking|waiting|this (?!way|life|pain)|that|without (?:coffee|sleep"
     r"|food))\b)"),
    # "can't survive another week of this"; "another day AT THIS JOB" is work talk.
    ((SI,), "cant_survive_another",
     r"\b(?:cant|couldnt|wont|dont think i (?:can|could|will|ll)|not sure i (?:can|could|will))"
     r" (?:\w++ )?(?:survive|make it through|last|get through|handle|take|bear) (?:another|one"
     r" more|many more) (?:day|week|night|month|year)s?\b(?! (?:at|of (?:this|that|my|the)"
     r" (?:job|work|class|school|commute|weather|rain|heat|noise|meeting|course|semester)|in"
     r" (?:this|that|the) (?:job|office|class|house|heat)|with (?:him|her|them|my|this|that)"
     r"|without (?:coffee|sleep|a break|a holiday|a vacation)))"),
    ((SI,), "cant_take_it",
     r"\b(?:cant|couldnt|can no longer|unable to|not able to|no longer) (?:do|take|handle|bear"
     r"|stand|cope with|deal with|endure|survive|fight|live with|cope) (?:it|this|life|the pain"
     r"|this pain|anything|everything|living|being alive|much more|myself|it all|any of this)?"
     r" ?(?:anymore|any more|any longer|no more|another day)\b"),
    ((SI,), "give_up_on_life",
     r"\b(?:give|giving|gave|given) up on (?:life|living|everything|myself|it all|the world"
     r"|being alive|staying alive)\b"),
    # "no reason to stay AT THIS JOB / IN THIS RELATIONSHIP" is everyday talk.
    ((SI,), "no_reason_to_stay",
     r"\b(?:no|zero|not (?:a|one|any)|any) (?:good |real |single )?(?:reason|reasons|point)"
     r" (?:for me |left )?to (?:stay|stick around|be here|keep going|go on|exist|keep living)\b"
     r"(?! (?:at|in|with|on|for|here|there|late|home|longer|up|over|inside|outside|and (?:wait"
     r"|watch))\b)"
     r"|\b(?:not sure|dont know if|unsure if|unsure whether|not sure if|dont know whether) i"
     r" (?:even |really )?(?:want to|wanna) (?:be alive|live|exist|keep living|go on|be here"
     r" anymore|stay alive)\b(?! (?:in|with|at|near|there|here|like that)\b)"
     r"|\b(?:welcome|welcomed|long for|longing for|crave|craving|pray for|praying for|wish for"
     r"|wishing for) (?:my |sweet |the sweet )?(?:death|dying|eternal sleep)\b"),
    ((SI,), "no_reason_to_live",
     r"\b(?:no|zero|lost (?:my|all|the)|without a|without any|find a|find any|see a|see any"
     r"|see the|dont have a|dont have any|no more|what is the|whats the|whats my|any)"
     r" (?:good |real |single |more |\w++ )?(?:reason|reasons|point|purpose|will|motivation|desire)"
     r" (?:in |for )?(?:to )?(?:live|living|go on|going on|keep going|keep living|be alive"
     r"|being alive|exist|existing|stay alive|staying alive|wake up|waking up|carry on|life)\b"),
    ((SI,), "nothing_to_live_for",
     r"\bnothing (?:left )?(?:to live for|to look forward to|left to live for|worth living for"
     r"|left for me|to stay for|keeping me here|holding me here)\b"),
    ((SI,), "not_worth_living",
     r"\b(?:not|isnt|no longer|never|aint|wasnt) (?:\w++ )?worth (?:living|being alive"
     r"|staying alive"
     r"|saving|the air i breathe|existing|the pain|fighting for|it anymore)\b"
     r"|\b(?:life|lifes|living|my life|this life|existence|being alive) (?:\w++ ){0,2}?(?:isnt"
     r"|is not"
     r"|wasnt|aint|not|is no longer|no longer|never was|hasnt been) (?:really |even |that |much )?"
     r"worth (?:it|living|anything|the (?:pain|effort|struggle|trouble)|continuing"
     r"|fighting for)\b"),
    ((SI,), "life_is_pointless",
     r"\b(?:my life|life|i|im|everything|existence|my existence|living) (?:is |am |feel |feels "
     r"|seems"
     r" )?(?:so |completely |totally |just |utterly )?(?:worthless|pointless|meaningless)\b"
     r"|\b(?:life|my life|living|existence|my existence) (?:has|holds|have) no (?:\w++ )?(?:meaning"
     r"|point|purpose|value)\b|\b(?:dont|do not|doesnt|dont even) deserve to (?:live|be alive"
     r"|exist|be here|breathe)\b|\bwant out of (?:this life|life|this world|here for good"
     r"|everything)\b"),
    ((SI,), "no_future",
     r"\b(?:dont|cant|do not|cannot|never|couldnt) (?:\w++ )?(?:see|picture|imagine) (?:myself|me)"
     r" (?:being |still |staying )?(?:alive|here|around|making it|surviving|growing old|living"
     r" (?:much )?longer)\b(?! (?:in|with|at|there|without))"
     r"|\bbetter off (?:\w++ ){0,6}?not me\b"
     r"|\b(?:crash|crashing|crashed|wreck|wrecking|drive|driving|drove|swerve|swerving|jump"
     r"|jumping)"
     r" (?:\w++ ){0,3}?(?:on purpose|deliberately|intentionally)\b"
     r"|\b(?:ill|i will|im going to|i am going to|going to) be (?:gone|dead) (?:by|before)"
     r" (?:morning|tomorrow|tonight|the weekend|sunrise|the time you)\b"
     r"|\b(?:ill|i will|im going to|i am going to|going to) be (?:gone|dead) (?:soon|forever"
     r"|for good)\b"),
    ((SI,), "how_much_longer",
     r"\bhow (?:much )?(?:longer|long) (?:i can|i could|can i|ill|i will be able to) (?:keep going"
     r"|go on|keep living|last|hold on|take (?:it|this)|survive|do this|keep fighting"
     r"|keep doing (?:this|it)|keep this up|go on like this|live like this)\b"),
    ((SI,), "keep_living_like_this",
     r"\b(?:keep|go on|continue|carry on|stay|be) (?:living|existing|alive|breathing)"
     r" (?:like this|this way|anymore|any more|any longer|much longer)\b"
     r"|\b(?:keep|carry|keeps) (?:on )?going (?:like this|this way|anymore|any more|any longer)\b"
     r"|\b(?:imagin(?:e|ed|ing)|picture|picturing|visuali[sz](?:e|ed|ing)|planning|planned|plan)"
     r" (?:\w++ ){0,2}?(?:my (?:own )?(?:funeral|death|suicide|grave)|dying|being dead)\b"
     r"|\bbetter off (?:gone|not (?:being )?(?:here|alive|around)|not existing|never born"
     r"|not waking up|not living|asleep forever|if i (?:didnt|never) (?:wake|woke) up"
     r"|six feet under|in the ground)\b"),
    ((SI,), "whats_the_point",
     r"\b(?:whats|what is|wheres|theres no|there is no|dont see the|no|see no|cant see the)"
     r" (?:\w++ ){0,2}?point (?:anymore|any more|of (?:living|life|anything|it all|going on|trying"
     r"|existing|being alive|me|waking up|getting up|being here)|in (?:me |my )?(?:living|life"
     r"|anything"
     r"|going on|trying anymore|existing|being alive|waking up|being here)|to (?:living|life"
     r"|anything|any of this|it all|me))\b"),
    ((SI,), "better_off_without_me",
     r"\b(?:better|happier|easier|relieved|lighter|better place|best|good riddance)"
     r" (?:\w++ ){0,3}?(?:without me|if i (?:was|were|had) (?:gone|dead|never born|not here"
     r"|not around|not alive|no longer here|out of the picture)|if i (?:just |simply |finally"
     r" |really |ever )?(?:died|disappeared|vanished|left|was gone|were gone|went away"
     r"|killed myself|wasnt (?:here|around|alive|born)|werent (?:here|around|alive|born)"
     r"|didnt exist|never existed|left forever|stopped existing)|when im (?:gone|dead)"
     r"|once im (?:gone|dead)|after im (?:gone|dead)|with me (?:gone|dead|out of the way))\b"),
    ((SI,), "burden",
     r"\b(?:im|being|feel like|feel|just|such|only|nothing but|am|be|become|becoming)"
     r" (?:a |such a |just a |only a |nothing but a |the |an )?(?:\w++ )?burden\b"),
    ((SI,), "death_sounds_better",
     r"\b(?:all|the only thing|only thing|everything) i (?:want|wish for|think about|need|dream of)"
     r" (?:\w++ ){0,2}?(?:is |anymore is )?(?:to )?(?:die|death|disappear|end it|sleep forever"
     r"|not wake up|not exist|be dead)\b"
     r"|\b(?:being dead|dead|death|dying|not existing|not being alive|not being here|suicide)"
     r" (?:\w++ ){0,2}?(?:sounds|seems|feels|would be|is|looks) (?:\w++ )?(?:better|nicer|easier"
     r"|peaceful|like a relief|like relief|good|appealing|tempting|inviting)\b"
     r"|\bwithout me (?:\w++ ){0,4}?(?:would be|will be|is|are|d be) (?:\w++ )?(?:better|easier"
     r"|happier)\b|\bif i (?:died|was gone|were gone|disappeared|killed myself|wasnt here"
     r"|werent here) (?:\w++ ){0,2}?(?:no one|nobody|noone) (?:would|will)\b"
     r"|\b(?:my life|life) (?:needs|has|have|is going) to end\b"),
    ((SI,), "not_needed",
     r"\b(?:who|anyone|anybody|people|nobody|no one|noone) (?:would|will|even|d) (?:\w++ )?(?:come"
     r" to|show up (?:at|to|for)|go to|attend|cry at) my funeral\b"
     r"|\b(?:wish|wished|wishing|hope|hoping|pray|praying) (?:that )?(?:a |an |the |some |someone"
     r" |somebody |something )?(?:\w++ )?(?:would|will|could) (?:just )?(?:hit|kill|run over|shoot"
     r"|end|take) me\b"
     r"|\b(?:the world|nobody|no one|noone|everyone|my family|anyone) (?:\w++ )?(?:doesnt|dont"
     r"|wont|wouldnt|does not) (?:even |really )?(?:need|want|miss) me\b"
     r"|\b(?:nobody|no one|noone) (?:needs|wants|would miss|will miss|cares about) me\b"),
    # Ideation in other words: "would anyone notice if I disappeared for good", "think about not
    # coming up" (in the bath), "don't plan on being around by Christmas", "how many of my meds
    # it would take", "make it look like an accident".
    ((SI,), "ideation_described",
     r"\b(?:would|if) (?:anyone|anybody|people|they) (?:would )?(?:even )?(?:notice|care|miss me)"
     r" if i (?:just )?(?:disappeared for good|died|was gone|were gone|wasnt (?:here|around)"
     r"|killed myself|vanished for good)\b"
     r"|\b(?:think|thinking|thought) about not (?:coming up|coming back up|waking up)\b"),
    ((SI, PLAN), "plan_described",
     r"\b(?:dont|do not|not) plan on (?:being|still being) (?:around|here|alive)\b"
     r"(?! (?:for|at|to|during|while|when|on|much|in the|with|because)\b)"
     r"|\bhow many (?:of )?(?:my |his |her |these |the )?(?:{pills}|pills) (?:it )?(?:would|will"
     r"|it would|it will) (?:take|kill)\b"
     r"|\b(?:how to|going to|gonna) make it look like an accident\b"),
)

# fmt: on
