# ruff: noqa: E501 (phrases kept whole, as their authors typed them)
"""More training phrases for the screening models (invented; no real person's words),
written 2026-12-06 by a helper who had not seen the blind sets.

A fourth blind set showed the screen weakest on seven families, named here and not taken
from that set: too much of a substance without the word "overdose"; psychosis and mania told
by what happens; strangulation and near-drowning told casually; minors exploited by older
adults; small children left without care; indirect farewells; threats with preparation.
TRAINING2_RISKY pairs each phrase with the flags a careful crisis counsellor would set;
TRAINING2_SAFE holds close look-alikes that are not a current risk. About 55% English.
"""

from app.routing.screening_patterns import ATTEMPT, CA, HI, IPV, NOW, OD, PLAN, PSY, SH, SI, SV

TRAINING2_RISKY: list[tuple[str, tuple[str, ...]]] = []
TRAINING2_SAFE: list[str] = []

_RISKY_EN_1: list[tuple[str, tuple[str, ...]]] = [
    (
        "doc said one at night but i took three of the klonopin bc one wasn't doing anything and now i can't keep my eyes open",
        (OD, NOW),
    ),
    (
        "I lost count of how many of my pain pills I took today, the pain wouldn't stop and now I'm really dizzy",
        (OD, NOW),
    ),
    (
        "my roommate did two lines of something and had a bunch of beers and now I can't really wake him, he's snoring weird",
        (OD, NOW),
    ),
    (
        "Mom takes Ambien and she had wine at dinner and took another pill on top, she's slurring and keeps nodding off at the table",
        (OD, NOW),
    ),
    (
        "bf smoked something off foil, his lips look kinda gray blue and his breathing is super slow",
        (OD, NOW),
    ),
    (
        "took my adderall and then another and then a couple more to finish the paper, heart is pounding like crazy and everything went black for a sec",
        (OD, NOW),
    ),
    (
        "Home health nurse: pt doubled her methadone on her own over the weekend, found drowsy, pinpoint pupils, resp rate 8",
        (OD, NOW),
    ),
    (
        "my sister has been taking laxatives by the handful with vodka, she fainted in the shower yesterday",
        (OD,),
    ),
    (
        "I drank most of a bottle and took my oxys like normal, then a few more, I dont remember the last couple hours",
        (OD, NOW),
    ),
    (
        "Grandpa got mixed up and took his blood thinner and heart pills twice this morning, now he's pale and sweaty",
        (OD, NOW),
    ),
    (
        "my son and his friend were popping his dad's percocets at a sleepover, his friend threw up and was super hard to wake, he seems ok today but I'm worried",
        (OD,),
    ),
    (
        "been taking 4 or 5 benadryl a night plus my gabapentin to sleep, last night my heart felt funny and I fell getting out of bed",
        (OD,),
    ),
    (
        "coworker took something in the break room bathroom and he's slumped over, his breathing sounds like gurgling, what do I do",
        (OD, NOW),
    ),
    (
        "Case manager here: client said he 'tripled up' on his seroquel and drank because he couldn't sleep, he sounded really slurred on the phone just now",
        (OD, NOW),
    ),
    (
        "pre-workout plus 3 energy drinks plus my ADHD meds, chest hurts and I passed out in the locker room like an hour ago",
        (OD, NOW),
    ),
    (
        "my dad mixes his xanax with whiskey every night and last week we found him on the kitchen floor not waking up, paramedics had to come",
        (OD,),
    ),
    (
        "My grandmother who died in 2019 talks to me through the air vent every night and tells me which neighbors are lying",
        (PSY,),
    ),
    (
        "my brother won't eat anything my mom cooks, he says she puts poison in it to keep him quiet, he's lost like 20 lbs",
        (PSY,),
    ),
    (
        "I figured it out, I'm the second coming. the stars lined up last night and spelled my name",
        (PSY,),
    ),
    (
        "haven't slept since Thursday and I don't need to anymore, bought 3 cars online, starting 5 companies, I was chosen for this",
        (PSY,),
    ),
    (
        "Wife stopped her lithium a month ago, says she feels 'too special to be medicated', now she's up all night painting the walls and gave away our savings",
        (PSY,),
    ),
    (
        "my son is on the roof saying he can fly now because the angels told him, he's about to step off",
        (PSY, NOW),
    ),
    (
        "the news anchor has been sending me personal messages, she blinks in code when she looks at the camera at me",
        (PSY,),
    ),
    (
        "Teacher referral: 17yo reports hearing voices from the classroom projector telling him his classmates are spies",
        (PSY,),
    ),
    (
        "my husband stopped his Abilify and says he is Jesus, yesterday he walked into the lake saying he could walk on water, my brother pulled him out",
        (PSY,),
    ),
    (
        "going down to the river right now, I'm going to walk across the water, I know I can, the TV confirmed it",
        (PSY, NOW),
    ),
    (
        "my dad thinks the microwave is recording him, he unplugged everything in the house and sleeps in the car now",
        (PSY,),
    ),
    (
        "Nurse note: pt hears her deceased mother's voice ordering her not to eat hospital food because it is poisoned",
        (PSY,),
    ),
    (
        "up 4 nights, thoughts so fast, maxed two credit cards on supplies for my mission from god, nobody gets it",
        (PSY,),
    ),
    (
        "my aunt says messages come through the radio static and the planets picked her to lead the family",
        (PSY,),
    ),
    (
        "my brother is standing on the overpass railing right now yelling that he's immortal and can't fall",
        (PSY, NOW),
    ),
    (
        "roommate says the shower head talks to her and tells her to stay awake guarding the apartment, she's been up 5 days",
        (PSY,),
    ),
    (
        "lol he choked me out again last night, i blacked out for a sec but he says he was just playing",
        (IPV,),
    ),
    (
        "my girlfriend held me under the water in the bathtub during a fight, I'm a guy so I didn't think it counted",
        (IPV,),
    ),
    (
        "he pressed a pillow over my face until I stopped kicking. then he laughed and said it was a joke",
        (IPV,),
    ),
    (
        "my daughter mentioned her husband 'put her to sleep' with his arm around her neck when she wouldn't hand over her phone",
        (IPV,),
    ),
    (
        "at the lake my ex dunked me and held me down till I swallowed water, everyone thought we were messing around",
        (IPV,),
    ),
    (
        "not a big deal but my fiancé squeezed my throat till I saw stars, he says I was being dramatic",
        (IPV,),
    ),
    (
        "Case note: client disclosed husband strangled her to loss of consciousness 3 days ago, hoarse voice, petechiae around eyes",
        (IPV,),
    ),
    (
        "my mom's boyfriend put her in a chokehold last night and she passed out, she's acting like nothing happened",
        (IPV,),
    ),
]
TRAINING2_RISKY += _RISKY_EN_1

_RISKY_EN_2: list[tuple[str, tuple[str, ...]]] = [
    (
        "honestly it's fine, my wife just chokes me when she's drunk, I'm 6'2 so people think it's funny",
        (IPV,),
    ),
    (
        "he held my head in the sink full of water bc I 'talked back', then made me dinner like nothing happened",
        (IPV,),
    ),
    (
        "my sister says her boyfriend likes to 'squeeze her neck' when they argue and last time she woke up on the floor",
        (IPV,),
    ),
    (
        "he put his hands around my throat in front of the kids tonight, we're locked in the car in the driveway and he's banging on the window",
        (IPV, NOW),
    ),
    (
        "my boyfriend made me black out twice this month with his arm, he calls it a 'sleeper hold' from wrestling",
        (IPV,),
    ),
    (
        "Nurse: female pt, finger-shaped bruising on neck, states partner 'got carried away', denies LOC but voice is raspy",
        (IPV,),
    ),
    (
        "my brother in law pushed my sister's face into the pool and held it there at the bbq, said he was joking but she was coughing for ten minutes",
        (IPV,),
    ),
    (
        "my 15yo cousin moved in with a 34 year old guy she met online, he buys her vapes and clothes and she says they're 'together'",
        (CA, SV),
    ),
    (
        "there's a 14 year old who sleeps over at the guy's house across the street, he gives her 'stuff' and she told my daughter she has to stay",
        (CA, SV),
    ),
    (
        "my niece is 16 and 'works' at this man's parties on weekends, she comes home with cash and won't say what she does there",
        (CA, SV),
    ),
    (
        "School counselor: 13yo female reports an adult man on a game chat asking for pictures without her shirt, offering gift cards",
        (CA, SV),
    ),
    (
        "my student shows up with new nails and a new phone, says her 'boyfriend' is 28 and she has to meet his friends at a motel sometimes",
        (CA, SV),
    ),
    (
        "i'm 15 and i stay at my friend's uncle's apartment cuz my mom kicked me out, he says i owe him for rent and i know what he means",
        (CA, SV),
    ),
    (
        "the bar down the street has a girl who can't be more than 14 serving drinks at night and the owner makes her sit with the customers",
        (CA, SV),
    ),
    (
        "my son is 12 and a man from his soccer league group chat asked him for pics in his underwear 'for uniform sizes'",
        (CA, SV),
    ),
    (
        "Case manager: 16M at our shelter disclosed he trades sex with older men for a place to sleep when the beds are full",
        (CA, SV),
    ),
    (
        "a guy in his 40s drives my 15 y/o sister to 'work events' at night and she gets paid, she says he's her manager",
        (CA, SV),
    ),
    (
        "my daughter (14) has been getting money on an app from a grown man who asks her for videos, she thinks it's harmless",
        (CA, SV),
    ),
    (
        "the 15 year old next door says she lives with her 'godfather' now and has to entertain his guests to keep her room",
        (CA, SV),
    ),
    (
        "teen client, 17, says her mom's friend lets her stay with him as long as she 'keeps him company' in his bed",
        (CA, SV),
    ),
    (
        "an older man at church keeps asking my 11 year old to send him selfies at bedtime and told her to delete the chats",
        (CA, SV),
    ),
    (
        "the twins next door (maybe 3?) have been alone since Friday, I can hear them crying through the wall and nobody comes",
        (CA,),
    ),
    (
        "my sister leaves her 5 and 2 year old for days to go party, last time the older one was feeding the baby dry cereal",
        (CA,),
    ),
    (
        "toddler was out on the porch in just a diaper in the snow for like an hour this morning banging on the door",
        (CA,),
    ),
    (
        "baby in the apartment upstairs has been crying 6 hours straight and the mom's car has been gone since yesterday",
        (CA, NOW),
    ),
    (
        "my mom passes out drunk every night and my little brothers (4 and 6) have to make their own food, I'm 12",
        (CA,),
    ),
    (
        "dad is passed out on the couch with a bottle, I can't wake him up and the baby hasn't eaten since this morning, I'm 10",
        (CA, OD, NOW),
    ),
    (
        "Teacher here: kindergartner says there's no food at home since mom left 'for a trip', she's been taking extra lunches for her baby sister",
        (CA,),
    ),
    (
        "I lose control when he cries, yesterday I shook him and screamed in his face, he's 8 months, I'm scared of myself",
        (CA,),
    ),
    (
        "sometimes when the baby won't stop crying i want to throw him and i have to lock myself in the bathroom",
        (HI, CA),
    ),
    (
        "my roommate leaves her 4 year old locked in the bedroom all day while she works doubles, he pees in the corner",
        (CA,),
    ),
    (
        "Nurse referral: 2yo brought in underweight with severe diaper rash, mom says the kids mostly 'take care of themselves'",
        (CA,),
    ),
    (
        "neighbor kids are 7 and 5, dad works nights and they've been sleeping in the building hallway because the door's locked",
        (CA,),
    ),
    (
        "my partner and I both lose it when our daughter screams, he threw her onto the bed hard last week, she's 2",
        (CA,),
    ),
    (
        "the little boy downstairs is outside right now in a t-shirt, it's 20 degrees and his mom won't answer the door",
        (CA, NOW),
    ),
    (
        "i'm 9 and mom has been gone 3 days, there's only ketchup left and my sister keeps crying",
        (CA,),
    ),
    (
        "I don't think I want to be alive after the custody hearing on the 12th, whatever the judge says",
        (SI, PLAN),
    ),
    ("thank you to whoever reads this. you were kind to me. i'm done", (SI, PLAN)),
    (
        "giving my ps5 to my little cousin and my cat to the neighbor before the 20th, won't need them after that",
        (SI, PLAN),
    ),
    ("tonight is the night. I'm not scared anymore", (SI, PLAN, NOW)),
]
TRAINING2_RISKY += _RISKY_EN_2

_RISKY_EN_3: list[tuple[str, tuple[str, ...]]] = [
    (
        "my roommate gave away her textbooks and says she won't be around for finals week, she looked up when the bridge walkway closes",
        (SI, PLAN),
    ),
    (
        "my dad keeps his pistol in the nightstand and lately he says nothing's ever going to get better and we'd be fine without him",
        (SI, PLAN),
    ),
    ("I have my grandpa's rifle in my closet and I don't see any point anymore", (SI, PLAN)),
    ("my friend posted 'it was nice knowing some of you' and turned off her location", (SI,)),
    (
        "I've decided I'm not going to be alive after my birthday on Sunday. Just wanted to tell someone",
        (SI, PLAN),
    ),
    (
        "my son (16) gave his xbox and all his games to his best friend and said 'you'll need it more than me after Friday'",
        (SI, PLAN),
    ),
    (
        "Student wrote 'sorry for being a burden, this is my last assignment' at the bottom of her essay",
        (SI,),
    ),
    ("rehoming my dog this week. long story. after that it won't matter", (SI, PLAN)),
    (
        "if the biopsy comes back bad I don't think I want to be around after that, and there's a gun in the house",
        (SI, PLAN),
    ),
    (
        "i already said goodbye to everyone who matters, tonight i'm finally going to rest",
        (SI, PLAN, NOW),
    ),
    (
        "wrote a note to my mom and put it under her pillow, she'll find it tomorrow",
        (SI, PLAN, NOW),
    ),
    (
        "Case manager: client texted 'thanks for everything, tell the group I said bye', not answering calls, has access to his father's handgun",
        (SI, PLAN, NOW),
    ),
    (
        "husband lost the farm this week and now he's sitting in the barn with the shotgun across his lap, won't talk to me",
        (SI, PLAN, NOW),
    ),
    ("won't be here for finals so idc about studying lol", (SI,)),
    (
        "I made a list of the 6 people at work who ruined my life and they're going to pay, cleaned my dad's rifle last night",
        (HI,),
    ),
    (
        "my brother bought a gun yesterday after the fight with his ex's new boyfriend and says he's going over there tonight",
        (HI, NOW),
    ),
    (
        "my wife says God wants a sacrifice from our family and she keeps staring at the baby",
        (PSY, HI, CA),
    ),
    (
        "he texted 'I know where you live, I'm on my way', he's been drinking all day and has a knife",
        (HI, NOW),
    ),
    (
        "Teacher: 14yo had a notebook with classmates' names crossed out and a drawing of the school hallway marked with x's",
        (HI,),
    ),
    (
        "been going to the range every day to get ready. he won't see me coming when he gets out of jail next month",
        (HI,),
    ),
    (
        "my dad says the neighbor poisoned our dog and tonight he's going to 'settle it', he just loaded the shotgun",
        (HI, NOW),
    ),
    (
        "my son ordered body armor online and has a list titled 'day of reckoning' with his teachers' names",
        (HI,),
    ),
    (
        "after what he did to my daughter I bought a knife and I sit outside his work every afternoon watching when he leaves",
        (HI,),
    ),
    (
        "husband says the Lord told him our son is possessed and must be 'offered up', he's been sharpening knives in the garage",
        (PSY, HI, CA),
    ),
    (
        "i'm going over there tonight after he hit my brother, already got the bat in the car",
        (HI, NOW),
    ),
    (
        "Case manager: client stated he will 'take out' his landlord this weekend and asked me what time the office closes",
        (HI,),
    ),
    (
        "my coworker keeps talking about bringing his AR to the holiday party and asked who's sitting at the managers' table",
        (HI,),
    ),
    (
        "I've got her new address and a full tank of gas. she took my kids and she's going to find out what that costs",
        (HI,),
    ),
    (
        "my uncle told everyone at dinner he's going to burn down his ex-wife's house with her in it and he bought two gas cans today",
        (HI, IPV),
    ),
    (
        "cut deeper than usual last night, it's still bleeding through the bandage this morning",
        (SH,),
    ),
    (
        "my daughter took a bottle of her antidepressants at school today, she's in the ER now and says she wanted to die",
        (ATTEMPT, OD),
    ),
    (
        "the landlord said I can stay without paying if I sleep with him, I said yes because I have nowhere else to go",
        (SV,),
    ),
    (
        "my ex keeps showing up at my job and last week he followed me to my car with a tire iron",
        (IPV,),
    ),
    ("I tried to hang myself in the closet on Tuesday, the rod broke. No one knows", (ATTEMPT,)),
    ("i burn my thighs with a lighter when i mess up, it's been every day this week", (SH,)),
    (
        "my friend is drunk and wants to drive home, she just took a bunch of her sleeping pills too and says she doesn't care what happens",
        (SI, OD, NOW),
    ),
    (
        "stepdad hits my mom and me, last night he threw my little brother into the wall, he's 5",
        (IPV, CA),
    ),
    (
        "I'm 19 and my manager says I'd get better shifts if I go to his place after close, he already forced me once",
        (SV,),
    ),
    (
        "took all my insulin at once 20 min ago, shaky and sweating, I don't want to be here",
        (SI, ATTEMPT, OD, NOW),
    ),
    (
        "my mother in law is convinced we're stealing her mail and she attacked my husband with a frying pan last night",
        (PSY, IPV),
    ),
    (
        "my brother stopped his meds, hasn't slept in a week, thinks he's a secret agent, and tonight he left the house barefoot in the rain with a knife",
        (PSY, NOW),
    ),
]
TRAINING2_RISKY += _RISKY_EN_3

_RISKY_ES_1: list[tuple[str, tuple[str, ...]]] = [
    (
        "me tome el doble de la dosis del clonazepam porque no podia dormir y ahora no siento las piernas",
        (OD, NOW),
    ),
    ("perdi la cuenta de cuantas pastillas para el dolor me tome hoy, ando mareadisima", (OD, NOW)),
    (
        "mi primo jalo algo en la fiesta con unas chelas y ya no despierta bien, ronca raro y tiene los labios medio azules",
        (OD, NOW),
    ),
    (
        "mi abuela se tomo la pastilla para dormir y luego otra porque se le olvido, y encima su copita de anis, esta muy ida",
        (OD, NOW),
    ),
    (
        "tío, mi colega ha mezclado los tranquilizantes con el whisky y no hay manera de despertarle, respira muy lento",
        (OD, NOW),
    ),
    (
        "parce me tomé como 6 pepas de las de estudiar pa'l parcial y el corazon me va a mil, casi me desmayo en el bus",
        (OD, NOW),
    ),
    (
        "Enfermera: paciente triplicó la dosis de tramadol por cuenta propia, somnolienta, frecuencia respiratoria baja",
        (OD, NOW),
    ),
    (
        "mi hermana toma laxantes como si fueran dulces, ayer se desmayó en el baño del trabajo",
        (OD,),
    ),
    (
        "mi esposo fumó algo que le dieron y está tirado en el piso del baño, no contesta y casi no respira",
        (OD, NOW),
    ),
    (
        "boludo, mi viejo se toma el rivotril con vino todas las noches, la semana pasada no lo podíamos despertar y vino la ambulancia",
        (OD,),
    ),
    (
        "me tomé las pastillas de la presión dos veces por error y me siento muy débil y mareado",
        (OD, NOW),
    ),
    (
        "mi roommate se tomo todas las melatoninas y unas benadryl con tequila pa dormir y no me contesta cuando le hablo",
        (OD, NOW),
    ),
    (
        "mi hijo de 17 se estaba tomando las pastillas del TDAH de tres en tres, anoche se desmayó y le dolía el pecho",
        (OD,),
    ),
    (
        "mi abuelito que murió me habla por la ventila del baño y me dice quién me quiere hacer brujería",
        (PSY,),
    ),
    (
        "mi mamá ya no come nada que cocinemos, dice que le echamos veneno y solo come de latas cerradas",
        (PSY,),
    ),
    ("yo soy el mesías, las estrellas me lo confirmaron anoche, ya no necesito dormir", (PSY,)),
    (
        "mi esposo dejó el litio hace un mes, dice que se siente elegido, no duerme y se gastó los ahorros en criptos y una lancha",
        (PSY,),
    ),
    (
        "mi hermano está en la orilla del muelle diciendo que va a caminar sobre el agua como Jesús, ahorita mismo",
        (PSY, NOW),
    ),
    (
        "la tele me manda mensajes, el señor del noticiero me dice lo que tengo que hacer cada noche",
        (PSY,),
    ),
    (
        "mi hija dejó la risperidona y dice que puede volar, está parada en la azotea del edificio",
        (PSY, NOW),
    ),
    (
        "llevo 5 dias sin dormir y no me hace falta, tengo una mision divina, compre tres terrenos por telefono",
        (PSY,),
    ),
    (
        "mi tía escucha a su mamá muerta que le habla desde el refri y le dice que los vecinos la quieren matar",
        (PSY,),
    ),
    (
        "Paciente refiere que los satélites le envían instrucciones y que es hijo de Dios, no duerme hace 4 días",
        (PSY,),
    ),
    (
        "ay bendito, mi tío dice que es Jesucristo y anda regalando su dinero en la calle, lleva días sin dormir",
        (PSY,),
    ),
    (
        "mi novio cree que la comida del restaurante donde trabajo está envenenada y me revisa el celular buscando 'pruebas'",
        (PSY,),
    ),
    (
        "weon mi hermano dejó las pastillas y dice que las estrellas le hablan, se fue caminando a la carretera descalzo hace media hora",
        (PSY, NOW),
    ),
    ("me ahorcó hasta que me desmayé pero dice que era broma, que yo exagero", (IPV,)),
    (
        "mi marido me metió la cabeza en la tina y me la sostuvo abajo hasta que casi me ahogo",
        (IPV,),
    ),
    ("me puso la almohada en la cara hasta que deje de moverme, despues se rio", (IPV,)),
    (
        "mi esposa me agarra del cuello cuando se enoja, la última vez me desmayé, soy hombre y me da pena contarlo",
        (IPV,),
    ),
    (
        "mi cuñado le apretó el cuello a mi hermana hasta que quedó inconsciente, ella dice que fue un juego",
        (IPV,),
    ),
    ("en el río mi novio me hundió y no me soltaba, todos pensaron que estábamos jugando", (IPV,)),
    (
        "Usuaria refiere estrangulamiento por la pareja hace 2 días con pérdida de conciencia, voz ronca",
        (IPV,),
    ),
    (
        "mi pareja me aprieta el cuello 'pa que me calle', ya van varias veces que veo todo negro",
        (IPV,),
    ),
    (
        "ahorita me está apretando el cuello, me solté y estoy en el baño, escribo rapido",
        (IPV, NOW),
    ),
    (
        "mi papá le metió la cabeza a mi mamá en la pileta de lavar y la tuvo ahí, ella dice que no fue nada",
        (IPV,),
    ),
    (
        "el pata de mi hermana la estranguló en la calle y la dejó tirada, ella no quiere denunciar",
        (IPV,),
    ),
    (
        "mi ex me tapa la boca y la nariz con la mano hasta que me desmayo, lo hace cuando grito",
        (IPV,),
    ),
    (
        "mi sobrina de 14 se fue a vivir con un señor de 38 que le compra ropa y celular, dice que es su novio",
        (CA, SV),
    ),
    (
        "una niña de como 13 años trabaja en la cantina de la esquina en las noches y la ponen a sentarse con los clientes",
        (CA, SV),
    ),
]
TRAINING2_RISKY += _RISKY_ES_1

_RISKY_ES_2: list[tuple[str, tuple[str, ...]]] = [
    (
        "tengo 15 y me quedo en la casa de un señor que me da cosas a cambio de quedarme a dormir con él",
        (CA, SV),
    ),
    (
        "mi hija de 12 me enseñó que un hombre le pide fotos sin ropa por el free fire y le regala diamantes",
        (CA, SV),
    ),
    (
        "la maestra me dijo que mi hijo de 13 anda 'trabajando' en las fiestas de un tipo mayor, un compañero dice que lo ponen a 'atender' a los invitados en los cuartos",
        (CA, SV),
    ),
    (
        "Trabajadora social: adolescente de 16 refiere que vive con un hombre de 40 que la 'presta' a sus amigos a cambio de la renta",
        (CA, SV),
    ),
    (
        "a mi prima de 14 la llevan de mesera a un bar en la noche y el dueño la obliga a bailar con los señores",
        (CA, SV),
    ),
    (
        "mi hermanita de 13 tiene un 'novio' de 25 que le paga las recargas y la recoge a la salida de la secundaria",
        (CA, SV),
    ),
    (
        "un señor de la cuadra le da pisto a los cipotes pa que le manden videos, mi hijo de 11 me lo contó",
        (CA, SV),
    ),
    (
        "me salí de mi casa a los 15 y un hombre me deja dormir en su carro si le hago favores, sigo ahí",
        (CA, SV),
    ),
    (
        "Docente: alumna de 14 comenta que su 'padrino' le paga por ir a fiestas de adultos los fines de semana y que no puede contar nada",
        (CA, SV),
    ),
    (
        "mi niña de 10 se mensajea con un adulto en tiktok que le pide fotos en pijama y le dice que es su secreto",
        (CA, SV),
    ),
    (
        "los niños de la vecina tienen 2 y 4 años y llevan tres días solos, se oye que lloran todo el día",
        (CA,),
    ),
    (
        "mi cuñada dejó al bebé llorando en la cuna y se fue a la calle, ya van 5 horas y no regresa",
        (CA, NOW),
    ),
    (
        "mi mamá toma hasta quedar tirada y yo tengo 11 y le doy de comer a mis hermanitos, a veces no hay nada",
        (CA,),
    ),
    (
        "ahorita el niño de al lado esta afuera en el frio en calzones y la mamá no abre la puerta",
        (CA, NOW),
    ),
    (
        "Docente: alumno de 6 años llega sin desayunar todos los días, dice que su mamá duerme todo el día y él cuida a su hermanito",
        (CA,),
    ),
    (
        "mi papá está tirado borracho en el patio y no se despierta, mis hermanitos de 3 y 5 tienen hambre, yo tengo 9",
        (CA, OD, NOW),
    ),
    (
        "pierdo el control cuando mi niño llora, ayer lo sacudí fuerte y me dio miedo, tiene 6 meses",
        (CA,),
    ),
    (
        "a veces cuando la bebé no deja de llorar me dan ganas de aventarla contra la pared, me tengo que salir del cuarto",
        (HI, CA),
    ),
    (
        "la señora de arriba encierra a sus hijos en el cuarto con llave cuando se va a trabajar, el más chico tiene 2",
        (CA,),
    ),
    (
        "Enfermera: lactante de 4 meses con desnutrición severa, la madre refiere que 'se le olvida' darle de comer",
        (CA,),
    ),
    (
        "mi ex deja a mis hijos de 3 y 6 con su novio que se droga y los niños me dicen que no les da de comer",
        (CA,),
    ),
    (
        "no se que hacer, cuando mi hijo hace berrinche le pego hasta que me canso y despues lloro yo, tiene 4",
        (CA,),
    ),
    ("no creo que quiera seguir viva después del juicio del divorcio, ya lo decidí", (SI, PLAN)),
    ("gracias a quien lea esto, fueron buenos conmigo, ya me voy", (SI, PLAN)),
    (
        "le regalé mi perro a la vecina y mi play a mi primo, después del viernes ya no los voy a necesitar",
        (SI, PLAN),
    ),
    ("hoy es la noche, ya no tengo miedo, perdón a todos", (SI, PLAN, NOW)),
    (
        "mi papá tiene una pistola en el ropero y ya nomás dice que nada va a mejorar y que estaríamos mejor sin él",
        (SI, PLAN),
    ),
    ("no voy a estar pa los examenes finales asi que ni estudio jaja", (SI,)),
    (
        "mi hija de 15 regaló su ropa favorita y les escribió cartas a sus amigas 'por si acaso', dice que después del sábado ya no importa",
        (SI, PLAN),
    ),
    ("tengo la escopeta de mi abuelo en el cuarto y ya no le veo sentido a nada", (SI, PLAN)),
    ("mi amigo subió una historia que dice 'fue bonito conocerlos' y apagó la ubicación", (SI,)),
    (
        "si me despiden mañana ya no quiero estar aquí, y sé dónde guarda mi suegro el arma",
        (SI, PLAN),
    ),
    (
        "Usuario envía mensaje: 'gracias por todo, díganle al grupo que me despedí', no contesta, tiene acceso a arma de fuego",
        (SI, PLAN, NOW),
    ),
    (
        "ya dejé todo pagado y las llaves con mi hermana, esta noche descanso por fin",
        (SI, PLAN, NOW),
    ),
    (
        "pana, ya le dejé la carta a mi jeva debajo de la almohada, mañana la va a encontrar",
        (SI, PLAN, NOW),
    ),
    (
        "hice una lista de los que me arruinaron la vida en el trabajo y ya limpié el rifle, van a pagar",
        (HI,),
    ),
    (
        "mi hermano compró una pistola después de pelear con el nuevo novio de su ex y dice que hoy en la noche va para allá",
        (HI, NOW),
    ),
    (
        "mi esposa dice que Dios le pide un sacrificio y se queda viendo a nuestro bebé",
        (PSY, HI, CA),
    ),
    (
        "mi papá dice que el vecino le envenenó al perro y que esta noche se las cobra, ya cargó la escopeta",
        (HI, NOW),
    ),
    (
        "mi hijo tiene una libreta con nombres de sus compañeros tachados y un dibujo del pasillo de la escuela",
        (HI,),
    ),
]
TRAINING2_RISKY += _RISKY_ES_2

_RISKY_ES_3: list[tuple[str, tuple[str, ...]]] = [
    (
        "voy pa' allá esta noche, ya traigo el machete en la troca, después de lo que le hizo a mi hermano no se la va a acabar",
        (HI, NOW),
    ),
    (
        "mi esposo dice que Dios le ordenó sacrificar a alguien de la familia para salvarnos y anoche no durmió afilando cuchillos",
        (PSY, HI),
    ),
    (
        "mi compañero de trabajo dice que va a traer su cuerno de chivo a la posada y preguntó dónde se sientan los jefes",
        (HI,),
    ),
    (
        "ya tengo la dirección nueva de mi ex y el tanque lleno, se llevó a mis hijos y me las va a pagar",
        (HI,),
    ),
    (
        "Trabajador social: usuario refiere que este fin de semana va a 'quitar de en medio' al casero, preguntó a qué hora cierra la oficina",
        (HI,),
    ),
    (
        "mi hijo pidió un chaleco antibalas por internet y tiene una lista que se llama 'el día del juicio' con nombres de maestros",
        (HI,),
    ),
    (
        "cuando salga de la cárcel el que abusó de mi hija lo voy a estar esperando, ya compré la pistola y practico cada semana",
        (HI,),
    ),
    ("me corté más hondo que nunca anoche y todavía sangra por la venda", (SH,)),
    (
        "mi hija se tomó un frasco de sus antidepresivos en la escuela, está en urgencias y dice que se quería morir",
        (ATTEMPT, OD),
    ),
    (
        "el dueño del cuarto me dijo que si me acuesto con él no le pago la renta, y como no tengo a dónde ir acepté",
        (SV,),
    ),
    ("intenté ahorcarme el martes en el closet pero se rompió el tubo, nadie sabe", (ATTEMPT,)),
    ("me quemo los brazos con el encendedor cuando la riego, toda esta semana", (SH,)),
    (
        "mi amiga está bien peda, se tomó un montón de sus pastillas para dormir, dice que le vale lo que pase y quiere manejar",
        (SI, OD, NOW),
    ),
    (
        "Hola, busco terapia para mi hermano de 24 en Houston, tiene Medicaid. Desde que dejó el litio no duerme, dice que es un profeta que va a abrir diez negocios, y ayer se metió al mar de noche diciendo que podía caminar sobre las olas.",
        (PSY,),
    ),
    (
        "Soy maestra en Phoenix. Una alumna de 15 años me contó que vive con un hombre de treinta y tantos que 'la cuida' a cambio de que ella le haga favores, y que a veces la lleva a fiestas con sus amigos. La mamá está en México. ¿Qué hago?",
        (CA, SV),
    ),
    (
        "my husband ahorita me agarró del cuello otra vez enfrente de los niños y se fue, dice que vuelve en la noche pa terminar lo que empezó",
        (IPV, NOW),
    ),
    (
        "mi vecina se metió unas pills que le vendieron en la disco y ahorita está temblando, con el corazón a mil y no sabe dónde está",
        (OD, NOW),
    ),
    (
        "mi hermano escucha voces del aire acondicionado que le dicen que mi mamá es un demonio, hoy la empujó contra la pared",
        (PSY, IPV),
    ),
    (
        "Hola, escribo por mi sobrino de 16, vive con nosotros en Santa Ana y tiene Medi-Cal. Ayer le regaló su consola y su perro a un amigo y le dijo que después de la graduación del sábado 'ya no va a estar'. Está muy callado. ¿Qué hacemos?",
        (SI, PLAN),
    ),
]
TRAINING2_RISKY += _RISKY_ES_3

_SAFE_EN_1: list[str] = [
    "can I take ibuprofen with my antidepressant? my knee is killing me after soccer",
    "I drank way too much at my cousin's wedding Saturday, hungover till Monday, I want to cut down",
    "Pharmacist here, we're low on naloxone nasal spray, does your network know a distributor for community pharmacies?",
    "God speaks to me through scripture every morning, I'd like a Christian counselor who respects that",
    "I have bipolar I, stable on lithium for 6 years, looking for a new psychiatrist since mine moved",
    "signed up for a self-defense class at the Y, anyone know if they teach escapes from chokeholds?",
    "my 16 year old just got a part-time job bussing tables at a family restaurant, how do I help her balance school",
    "first time babysitting my neighbor's 2 kids overnight, any tips for bedtime?",
    "we're trying to sleep train our 7 month old and he cries for 20 minutes, is that normal?",
    "Thank you all for everything, this is my last week at the clinic before we move to Denver, I'll miss you",
    "I'm a hunter, do I need a separate license for turkey season or does my deer tag cover it?",
    "I'm going over there tonight to finish the raid, the boss is almost dead lol",
    "finals are done, I could sleep for days",
    "Nursing note: pt denies SI, HI and AVH, sleeping 7 hours, eating well, mood 'better'",
    "my doctor doubled my sertraline from 50 to 100, is it normal to feel a bit jittery the first week?",
    "how long after a beer can I take my prescribed lorazepam? I had one with dinner",
    "I forgot my blood pressure pill this morning, should I take it tonight or just wait for tomorrow's?",
    "missed my Seroquel last night, my pharmacist said not to double up, just checking that's right",
    "school nurse asking: what's the protocol for storing the naloxone kit in the front office?",
    "my grandma who passed used to sing this hymn, I hear it in my head sometimes and it comforts me",
    "I'm a youth pastor, I believe God has a plan for each of these kids, any resources on mentoring teens?",
    "my son has schizophrenia and he's doing great on his monthly injection, working part-time, we want a family support group",
    "my husband has bipolar disorder and he's stable, but I want to learn the early signs of mania for our relapse plan",
    "the stars were amazing at the campsite last night, felt like the universe saying I'm on the right path lol",
    "my husband and I wrestle with the kids on the carpet, is that ok? they're 6 and 8 and they love it",
    "got choked out in jiu jitsu sparring, tapped late, my coach says it happens, but I've felt anxious before class since. normal?",
    "my teen works Saturday mornings at her uncle's bakery and gets paid in cash, do we need to report that for taxes?",
    "Teacher here: a student's mom works nights so grandma picks the kids up, they're happy and well fed, just tired. Any homework club ideas?",
    "my toddler cries for hours when he's teething, pediatrician said it's normal, I just want coping tips for me",
    "moving to Chile next month, saying goodbye to my support group on Thursday, it's bittersweet",
    "giving away my old PS4 since I got the new one, anyone want it for their kid?",
    "my brother is cleaning his hunting rifle for opening weekend, he's a range safety officer, totally routine",
    "lifeguard recert question: do they still teach the underwater rescue hold?",
    "I used to take too many sleep aids years ago, been fine for 5 years, now I want a therapist for work stress",
    "Nurse here: is it ok to keep naloxone at the bedside for a patient on high-dose opioids after surgery?",
    "my dad passed and the house feels so quiet, sometimes I talk to his photo, is that weird?",
    "tonight is the night! finally proposing to my girlfriend, wish me luck",
    "not being here for finals because I'm studying abroad in Spain next semester, can I keep my therapist remotely?",
    "thank you to whoever reads these intake forms, I know it's a lot of paperwork",
    "can I have a glass of wine on my ADHD meds? my psychiatrist said occasionally is fine but I wanted to double check",
]
TRAINING2_SAFE += _SAFE_EN_1

_SAFE_EN_2: list[str] = [
    "what's the max dose of melatonin for a 10 year old? ped said 1 to 3 mg, just confirming",
    "my wife is a nurse and keeps naloxone in her car for work, is that common?",
    "my mom says the Holy Spirit guides her, she's 80, goes to church 3 times a week and is sharp as a tack, any senior groups at churches?",
    "I had a manic episode 4 years ago and have been stable since, I want to taper my mood stabilizer with my doctor, what should I ask?",
    "Case manager: client reports 60 days clean, attending NA, no overdoses since starting buprenorphine. Requesting outpatient therapy referral.",
    "my daughter (15) wants to work at the snack bar at the community pool this summer, is 15 old enough?",
    "babysitting my niece while my sister works doubles this weekend, she's 3, what easy meals do toddlers like?",
    "I keep losing my temper with my kids when they fight, I yell and then feel guilty. looking for a parenting class, nobody's in danger",
    "our newborn cries a lot in the evenings, doctor says colic, how do other parents cope?",
    "I'm going over there tonight to talk things out with my brother after our argument, any tips for staying calm?",
    "we're having a going-away party for my coworker Friday, what's a good farewell card message?",
    "drank 4 energy drinks during my shift and felt jittery, I'm fine now but want to cut back on caffeine",
    "do you have counselors who are okay with gun owners? I shoot competitively and I'm fine, just don't want to be judged for a hobby",
    "my son's fantasy game has a quest where you sacrifice your sword to the fire god, he's obsessed lol",
    "Case manager: client's 4 kids are with their grandmother while she's in residential treatment, all enrolled in school, requesting family therapy on visiting days",
    "triage note: pt took 2 tylenol for a headache this morning, no other meds, just logging",
    "my friend and I did a polar plunge for charity and held our breath underwater, felt so alive after",
    "my grandfather believes he's called to preach, he's a retired minister doing volunteer sermons at the nursing home",
    "Hi, I'm 34 with a history of bipolar II, currently stable and sleeping well, just want a therapist for relationship stuff",
    "my baby brother cries every time mom leaves for work, he's 2, is separation anxiety normal?",
    "high school teacher here, a student asked whether restaurants can hire 16 year olds as dishwashers over the summer",
    "got really drunk at my 30th and threw up, embarrassing but I'm fine. I'd like to talk to someone about my drinking pattern",
    "dose question: took my Adderall at 7am and it's 3pm, can I take my second prescribed dose now?",
    "Pt is a 28yo male presenting for med management, denies SI/HI, no AH/VH, reports good adherence to lamotrigine",
    "Dear team, I won't be here next week, I'm on vacation. Thanks for covering my cases",
    "I'm a daycare worker and we had a training on what to do if a parent shows up intoxicated at pickup, good info",
]
TRAINING2_SAFE += _SAFE_EN_2

_SAFE_ES_1: list[str] = [
    "¿puedo tomar ibuprofeno con mi antidepresivo? me duele la muela",
    "me pasé de copas en la boda de mi prima, cruda de dos días, quiero tomar menos",
    "Soy farmacéutica, ¿saben dónde conseguir más naloxona? se nos está acabando en la farmacia",
    "Dios me habla a través de la Biblia cada mañana, busco un consejero cristiano",
    "tengo trastorno bipolar, llevo 5 años estable con litio, busco psiquiatra nuevo porque me mudé",
    "me inscribí a clases de defensa personal, ¿alguien sabe si enseñan a zafarse de un agarre del cuello?",
    "mi hijo de 16 consiguió trabajo de medio tiempo en una taquería, ¿cómo le ayudo a organizarse con la escuela?",
    "voy a cuidar a los hijos de mi vecina el sábado, tienen 3 y 5 años, ¿algún consejo?",
    "estamos enseñando a dormir solo a nuestro bebé de 8 meses y llora 15 minutos, ¿es normal?",
    "gracias a todos por todo, esta es mi última semana aquí antes de mudarme a Monterrey",
    "soy cazador, ¿necesito otra licencia para la temporada de venado?",
    "voy pa allá esta noche a terminar la raid con mis panas, el jefe ya casi cae jaja",
    "terminé los exámenes, podría dormir por días",
    "Nota de enfermería: paciente niega ideación suicida, homicida y alucinaciones, duerme 7 horas",
]
TRAINING2_SAFE += _SAFE_ES_1

_SAFE_ES_2: list[str] = [
    "el doctor me subió la sertralina de 50 a 100, ¿es normal sentirme un poco nerviosa la primera semana?",
    "se me olvidó la pill de la presión en la mañana, ¿la tomo ahorita o espero a mañana?",
    "me tomé una cerveza en la cena, ¿cuánto tiempo espero para tomar el lorazepam que me recetaron?",
    "mi abuelita que falleció me cantaba una canción y a veces la recuerdo y me da paz",
    "mi hijo tiene esquizofrenia y está muy bien con sus inyecciones, trabaja medio tiempo, buscamos grupo para familias",
    "mi esposo es bipolar y está estable, quiero aprender a reconocer señales de manía para nuestro plan",
    "en el jiu jitsu me hicieron una llave al cuello y me rendí, todo normal, pero quedé adolorido jaja",
    "mi hija de 15 trabaja los sábados en la panadería de su tío, ¿cuántas horas puede trabajar legalmente?",
    "mi bebé llora horas cuando le salen los dientes, el pediatra dice que es normal, necesito paciencia",
    "me mudo a Chile el mes que viene, el jueves me despido del grupo de apoyo, qué nostalgia",
    "regalo mi play 4 viejo porque me compré el 5, ¿alguien lo quiere para su niño?",
    "mi hermano está limpiando su rifle para la temporada de caza, es instructor de tiro",
    "Soy enfermera: ¿está bien dejar la naloxona junto a la cama de un paciente con opioides para el dolor?",
    "¡hoy es la noche! le voy a pedir matrimonio a mi novia, deséenme suerte",
    "no voy a estar para los finales porque me voy de intercambio a España, ¿puedo seguir la terapia en línea?",
    "¿puedo tomarme una copa de vino con mi medicina del TDAH? mi psiquiatra dijo que de vez en cuando sí",
    "¿cuál es la dosis de paracetamol para una niña de 4 años? ya la llevé al pediatra pero perdí la receta",
    "mi mamá dice que el Espíritu Santo la guía, va a misa diario y está muy bien, busco actividades para adultos mayores en la parroquia",
    "tuve un episodio de manía hace 4 años, ahora estoy estable y quiero hablar con mi psiquiatra sobre bajar la dosis",
    "Gestora de casos: usuario con 90 días sin consumir, asiste a NA, sin sobredosis desde que empezó tratamiento, solicita terapia",
    "me tomé cuatro bebidas energéticas en el turno y quedé temblando, ya estoy bien pero quiero dejar la cafeína",
    "voy a ir esta noche a hablar con mi hermano después de la pelea, ¿cómo me calmo antes?",
    "el juego de mi hijo tiene una misión donde sacrificas tu espada al dios del fuego, está obsesionado jaja",
    "mi abuelo dice que Dios lo llamó a predicar, es pastor jubilado y da sermones en el asilo los domingos",
    "Paciente de 30 años para manejo de medicamentos, niega ideas suicidas u homicidas, sin alucinaciones, buena adherencia",
    "Queridos compañeros, la próxima semana no voy a estar, me voy de vacaciones, gracias por cubrir mis casos",
    "me puse bien pedo en mi cumpleaños y vomité, qué vergüenza, pero quiero hablar con alguien de cómo tomo",
    "mi hermanito de 2 años llora cada vez que mi mamá se va a trabajar, ¿es normal la ansiedad por separación?",
    "en la guardería nos dieron una capacitación sobre qué hacer si un papá llega borracho a recoger al niño",
    "soy maestra, un alumno de 16 me preguntó si puede trabajar de lavaplatos en un restaurante este verano",
    "tío, anoche me pasé con los chupitos en la despedida, hoy resaca total, tengo que bajarle al alcohol",
    "parce, ¿será que me puedo tomar el acetaminofén con la fluoxetina? me duele la cabeza",
    "weon el asado estuvo tan bueno que podría dormir tres días seguidos",
    "soy guardavidas y en el curso practicamos rescates bajo el agua, ¿hay apoyo para el estrés del trabajo?",
    "mi esposo y yo jugamos a las luchitas con los niños y les encanta, ¿está bien a esa edad? tienen 5 y 7",
    "tengo fe en que Dios tiene un propósito para mí, ¿hay psicólogos que integren la espiritualidad?",
    "mi nena de 6 meses llora mucho en las noches, ¿algún método suave para que duerma?",
    "mi hija dejó el litio con supervisión del psiquiatra porque está embarazada, la están monitoreando, queremos terapia de apoyo",
    "Enfermería: usuario refiere 1 tableta de loratadina por alergia, sin otros medicamentos, se registra",
    "hey, me voy del barrio, les dejo mi bici y mis plantas a los vecinos, gracias por todos estos años",
]
TRAINING2_SAFE += _SAFE_ES_2
