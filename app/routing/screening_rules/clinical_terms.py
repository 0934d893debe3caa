"""The words clinical and case-note shorthand is built from, for the rules in `clinical`.

Who is written about ("pt", "client"), the verbs that say a finding is present ("endorses",
"c/o" -> "c o"), how it is qualified ("passive", "intermittent"), the abbreviations' spellings,
and the negation guard that clears a finding a negation directly governs (see `clinical`).
"""

from app.routing.screening_rules.negation import NEGATIONS_EN, not_after

NOT = not_after(NEGATIONS_EN)
# Psychosis named as a subject of study or training, not a finding: "CEUs on assessing psychosis",
# "studying hallucinations in grief", "a podcast about psychosis recovery".
TOPIC = not_after(
    (
        "assessing", "studying", "study of", "studies of", "research on", "talk about",
        "teaching about", "lecture on", "ceus on", "ceu on", "training on", "course on",
        "screening for", "screen for",
    )
)  # fmt: skip
TOPIC_AFTER = (
    r"(?! (?:training|awareness|course|research|workshop|recovery|education|ceus?|seminar"
    r"|lecture|podcast|curriculum|module)\b)"
)
# Words that say a term is present ("endorses", "c/o" -> "c o", "h/o" -> "h o", "w/" -> "w").
SAYS = (
    r"(?:endorses|endorsed|endorsing|endorse|reports|reported|reporting|presents with"
    r"|presenting with|presented with|has|having|c o|complains of|complaining of|admits(?: to)?"
    r"|admitted(?: to)?|admitting(?: to)?|disclosed|discloses|disclosing|expressed|expresses"
    r"|expressing|voiced|voicing|verbali[sz]ed|verbali[sz]es|verbali[sz]ing|acknowledges"
    r"|acknowledged|experiencing|experiences|with|w|positive for|pos for|hx of|history of|h o"
    r"|struggling with|due to|secondary to)"
)
SAYS_HI = (
    r"(?:endorses|endorsed|endorsing|endorse|reports|reported|reporting|presents with"
    r"|presenting with|presented with|c o|complains of|admits(?: to)?|admitted(?: to)?"
    r"|disclosed|discloses|expressed|expresses|expressing|voiced|voicing|verbali[sz]ed"
    r"|verbali[sz]es|acknowledges|acknowledged|experiencing|positive for|pos for)"
)
HOW = (
    r"(?:passive|active|current|ongoing|chronic|intermittent|fleeting|recent|acute|persistent"
    r"|worsening|increased|increasing|escalating|new|vague|transient|frequent|daily|nightly"
    r"|significant|recurrent|recurring|constant|periodic|occasional|severe)"
)
SI_TERM = r"s ?i\b(?! (?:joints?|screws?|units?|fusion|dysfunction)\b)"
# "SI"/"HI", or "S I"/"H I" once "S/I" loses its slash: each spelling is its own alternative,
# so the prefilter keys it on "si", "s", "hi" or "h", not on a following "and" (every sentence).
SPELLINGS = {"si": ("si", "s i"), "hi": ("hi", "h i")}
# After "SI", words saying it is present ("SI: passive", "+SI, denies HI"; the "+" is lost).
SI_PRESENT = (
    r" (?:w|with|without|but|x ?\d+|since|yes|passive|active|present|positive|pos|endorsed"
    r"|reported|intermittently|daily|nightly|and h ?i"
    r"|denies (?:any )?(?:hi|plan|intent|a plan)\b(?! (?:denie\w*|neg\w*|no|none)\b))\b"
)
SI_HI_PRESENT = r"\b(?! (?:screen\w*|assess\w*|risk|evaluation|denie\w*|neg\w*|no|none|absent)\b)"
HI_AT = (  # after "HI": a target, a plan or a method
    r" (?:(?:yes |present |positive )?(?:toward|towards)|against|directed (?:at|toward|towards)"
    r"|with (?:a |specific |identified )?(?:plan|intent|target|means|victim)|w (?:plan|intent"
    r"|target)|x ?\d+|and si|to (?:kill|harm|hurt|shoot|stab))\b"
)
# Someone a "hx of SA by ..." names: then SA is a sexual assault, not a suicide attempt.
PERSON = (
    r"(?:a |an |her |his |their |the |multiple )?(?:\w++ )?(?:{partner}|{family}|partners"
    r"|stranger|strangers|perpetrator|assailant|acquaintance|coworker|co worker|friend|friends"
    r"|men|male|classmate|peer|boss|employer)\b"
)
WHO = r"(?:pt|pts|client|clients|patient|patients|ct|px|member|youth|student|resident|consumer)"
STAFF = r"(?:staff|others|other people|people|someone|somebody|family|neighbou?rs?|him|her|them)"
