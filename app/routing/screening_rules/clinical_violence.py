"""Violence and children in case notes, English: "client's partner strangled her", "DV victim",
"12F disclosed to school nurse that her stepdad has been sexually abusing her", "CPS report".

A minor is the victim when the note names one ("12F", "8M", "10 y/o", "student", "pupil", a
grade, the school nurse), and then sexual abuse is child abuse too. Negations as in `clinical`.
"""

from app.routing.screening_rules.clinical_terms import NOT
from app.routing.screening_rules.flags import CA, IPV, SV, Rule

_MINOR = (
    r"(?:(?:[1-9]|1[0-7]) ?(?:f|m|yo|yof|yom|y o|y o f|y o m|years? old|yrs? old|yr)"
    r"|(?:minor|child|kid|student|pupil|juvenile|toddler|infant|preschooler|kindergartn?er"
    r"|(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth) grader"
    r"|adolescent|teen|teenager|little girl|little boy|young girl|young boy)s?"
    r"|(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth) grade"
    r"|year (?:[1-9]|1[0-3])|school (?:nurse|counsel\w*|social worker|psychologist))"
)
_SEXUAL = (
    r"(?:sexually (?:abus\w*|assault\w*|touch\w*|molest\w*|exploit\w*)|sexual (?:abuse|assault"
    r"|contact|touching|exploitation)|molest\w*|rap(?:e|ed|es|ing)|fondl\w*|groom(?:ed|ing)|incest"
    r"|touch(?:ed|es|ing)? (?:\w++ ){0,2}?(?:inappropriately|private parts|privates|genitals"
    r"|breasts|under (?:her|his) clothes)|inappropriate(?:ly)? touch\w*|forc\w* (?:\w++ )?sex\w*"
    r"|(?:{family}|uncle|stepfather|stepdad|step dad|cousin) touch(?:es|ed|ing) (?:her|him)\b"
    r"(?! (?:on|shoulder|arm|back|hand)\b))"
)

# One compact row per rule (flags, code, regex split over lines): ruff format would explode each
# row into four lines, so it is switched off for the table.
# fmt: off

CLINICAL_VIOLENCE: tuple[Rule, ...] = (
    ((IPV,), "clin_partner_violence",
     r"\b(?:clients?|pts?|patients?|her|his|their|mothers?|mums?|moms?|the|members?|residents?)"
     r" (?:\w++ )?(?:{partner}|partners|significant other|so|boyfriends|husbands)"
     r" (?:\w++ ){0,2}?{hurt_verb} (?:her|him|them|client|pt|patient|the client|the patient|mom"
     r"|mother)\b{hurt_guard}"
     r"|\b(?:clients?|pts?|patients?|her|his|their|the) (?:\w++ )?(?:{partner}|partners"
     r"|significant other) (?:\w++ ){0,2}?(?:broke (?:her|his|their) (?:\w++ )?(?:arm|nose|jaw"
     r"|ribs?|wrist|leg|fingers?|hand|cheekbone|collarbone|teeth|tooth)|(?:is|has been|was|gets"
     r"|becomes|became) (?:\w++ )?(?:violent|abusive))\b"
     r"|" + NOT + r"\b(?:ipv|dva)\b(?! (?:screen(?:ing)? (?:neg\w*|was neg\w*)|training"
     r"|awareness|policy|prevention|course|workshop|caseload)\b)|\b(?:marac|idva)\b"
     r"|\b(?:non fatal |nonfatal )?strangulation\b(?! (?:training|awareness|course|workshop)\b)"
     r"|\b(?:restraining|protective|protection|no contact|non molestation|emergency protective)"
     r" orders?(?: \w++){0,3}? (?:against|on|vs|from)\b|\border of protection\b"
     r"|\b(?:pfa|dvo|avo|tro|epo) (?:against|on|vs)\b"
     # Elders and adults hurt by family or carers: "APS report filed", "son hits her".
     r"|" + NOT + r"\b(?:aps|adult protective services)(?: \w++)?? (?:report\w*|referral|case"
     r"|involved|involvement|called|contacted|notified|investigation|open|opened)\b"
     r"|\b(?:report\w*|referral|referred|call(?:ed)?|notif\w*|filed) (?:\w++ ){0,2}?(?:to|with)"
     r" (?:aps|adult protective services)\b"
     r"|\b(?:financial|elder) (?:exploitation|abuse)\b"
     r"(?! (?:training|awareness|prevention|course|policy)\b)"
     r"|\b(?:human trafficking|trafficking victim)\b(?! (?:training|awareness|prevention)\b)"
     r"|\b(?:son|daughter|grandson|granddaughter|caregiver|carer|nephew|niece|roommate|landlord)"
     r" (?:\w++ ){0,2}?{hurt_verb} (?:her|him|them)\b{hurt_guard}"),
    ((CA, SV), "clin_child_sexual_abuse",
     r"\b" + _MINOR + r"\b(?: \w++){0,15}? " + _SEXUAL + r"\b"
     r"|\b" + _SEXUAL + r"(?: \w++){0,10}? (?:a |the |of |on |her |his )?" + _MINOR + r"\b"
     r"|" + NOT + r"\b(?:hx of|history of|h o|survivor of|victim of|disclosed|discloses"
     r"|experienced|reports|endorses|childhood) (?:\w++ )?(?:csa|cse)\b"
     r"|\b(?:csa|cse) (?:survivor|victim|hx|history|by)\b"),
    ((CA,), "clin_child_abuse",
     # A mother's partner hurting "him" or "her": the one hurt is her child.
     r"\b(?:his|her|their|my) (?:\w++ )?(?:moms|mums|mothers|dads|fathers) (?:\w++ )?(?:boyfriend"
     r"|girlfriend|partner|husband|wife|new man) (?:\w++ ){0,3}?{hurt_verb} (?:him|her|them|me)\b"
     r"{hurt_guard}|"
     r"\b" + _MINOR + r"\b(?: \w++){0,12}? (?:hits?|hitting|beats?|beating|punch(?:es|ed|ing)"
     r"|slap(?:s|ped|ping)|kick(?:s|ed|ing)|chok(?:es|ed|ing)|burn(?:s|ed|ing)|whip(?:s|ped|ping)"
     r"|belt(?:s|ed)|strangl(?:es|ed|ing)|shak(?:es|ed|ing)|threw|throws|lock(?:s|ed)"
     r"|starv(?:es|ed|ing)|bit|bites|abus(?:es|ed|ing)) (?:him|her|them)\b"
     r"(?! (?:\w++ )?(?:sister|brother|sibling|classmate|friend|peer|cousin|teacher)s?\b)"
     r"|\b" + _MINOR + r"\b(?: \w++){0,8}? (?:unexplained|suspicious|patterned|loop shaped"
     r"|belt shaped|inflicted) (?:bruis\w*|burns?|injur\w*|marks|fractures?)\b"
     r"|" + NOT + r"\b(?:nai|non accidental (?:injury|injuries|trauma|head (?:injury|trauma)"
     r"|bruis\w*|fractures?)|abusive head trauma|shaken baby)\b"
     r"|\b(?:child|educational|medical|supervisory|dental) neglect\b"
     r"|\bneglectful (?:supervision|care|parent\w*)\b"
     r"|" + NOT + r"\b(?:concerns?|signs|indicators|allegations?|reports?|evidence|suspicion"
     r"|suspected|substantiated) (?:of|for|re) (?:\w++ )?(?:neglect|maltreatment|child abuse)\b"
     # "Mandated reporting" and "a mandated reporter" name a duty; "a mandated report" was made.
     r"|\b(?:mandated|mandatory) report(?:ed|s)?\b(?! (?:training|course|workshop|requirements?"
     r"|laws?|rules|obligations?)\b)"
     r"|" + NOT + r"\b(?:cps|dcfs|dcf|cws|child protective services|child protection"
     r"|child welfare"
     r"|childrens services|children s services|childrens social care|children s social care)"
     r" (?:report\w*|referral|case|investigation|involvement|involved|called|contacted|notified"
     r"|hotline|plan|open|opened|visit|removal|removed|enquiry|concerns?)\b"
     r"|\b(?:report\w*|referral|referred|call(?:ed)?|notif\w*|filed) (?:\w++ ){0,2}?(?:to|with)"
     r" (?:cps|dcfs|dcf|cws|child protective services|child protection|childrens services"
     r"|children s services|childrens social care|children s social care|the child abuse"
     r" hotline)\b|\b51a\b|\bsection 47\b|\bchild protection plan\b|\bcp plan\b"
     r"|\bsafeguarding (?:concern|referral|disclosure|report|alert)s?\b"),
)

# fmt: on
