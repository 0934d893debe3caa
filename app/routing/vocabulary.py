"""Every controlled vocabulary a client needs to build a form, and the routing core relies on.

These tuples are the single source: the API's /v1/taxonomy, the request models, the seed
checks and the HSDS import all read them from here.
"""

RISK_FLAGS: tuple[str, ...] = (
    "suicidal_ideation",
    "suicide_plan_or_intent",
    "suicide_attempt",
    "self_harm",
    "homicidal_ideation",
    "interpersonal_violence",
    "sexual_violence",
    "child_abuse",
    "substance_overdose",
    "psychosis",
    "imminent_danger",
)

# Crisis lines tag themselves with this to mean "any mental-health crisis" (988, Crisis Text Line).
ANY_RISK = "any"

# Flags that alone make the situation an emergency (911 first).
EMERGENCY_FLAGS: frozenset[str] = frozenset(
    {"imminent_danger", "suicide_attempt", "substance_overdose"}
)
# Flags that make it an emergency when the person also says help is needed immediately.
EMERGENCY_IF_IMMEDIATE: frozenset[str] = frozenset({"suicide_plan_or_intent", "homicidal_ideation"})
# Flags for which the 988 Lifeline is always offered.
MENTAL_HEALTH_CRISIS_FLAGS: frozenset[str] = frozenset(
    {
        "suicidal_ideation",
        "suicide_plan_or_intent",
        "suicide_attempt",
        "self_harm",
        "homicidal_ideation",
        "psychosis",
        "imminent_danger",
        "substance_overdose",
    }
)

SERVICE_KINDS: tuple[str, ...] = (
    "crisis_line",
    "emergency",
    "warmline",
    "counseling",
    "psychiatry",
    "peer_support",
    "support_group",
    "substance_use_treatment",
    "case_management",
    "search_tool",
    "training",
    "other",
)
CRISIS_KINDS: frozenset[str] = frozenset({"crisis_line", "emergency"})
# Kinds that need a licence in the person's state when delivered remotely.
LICENSED_KINDS: frozenset[str] = frozenset({"counseling", "psychiatry", "substance_use_treatment"})

DELIVERY: tuple[str, ...] = ("in_person", "video", "phone", "text", "chat")
REMOTE_DELIVERY: frozenset[str] = frozenset({"video", "phone", "text", "chat"})

PHONE_TYPES: tuple[str, ...] = ("voice", "text", "tty", "video")

PAYMENT: tuple[str, ...] = (
    "free",
    "sliding_scale",
    "medicaid",
    "medicare",
    "private_insurance",
    "tricare",
    "self_pay",
)

URGENCY: tuple[str, ...] = ("immediate", "soon", "routine")

POPULATIONS: tuple[str, ...] = (
    "veteran",
    "lgbtq",
    "transgender",
    "youth",
    "older_adult",
    "bipoc",
    "native_american",
    "perinatal",
    "deaf_hard_of_hearing",
    "immigrant",
    "survivor",
)

TOPICS: tuple[str, ...] = (
    "anxiety",
    "depression",
    "trauma",
    "grief",
    "substance_use",
    "eating_disorder",
    "relationships",
    "suicide",
    "domestic_violence",
    "sexual_assault",
    "psychosis",
    "parenting",
    "perinatal",
    "housing",
    "other",
)

# ISO 639-1 codes with English and native names, for forms; services may carry others.
LANGUAGES: dict[str, tuple[str, str]] = {
    "en": ("English", "English"),
    "es": ("Spanish", "Español"),
    "zh": ("Chinese", "中文"),
    "vi": ("Vietnamese", "Tiếng Việt"),
    "ko": ("Korean", "한국어"),
    "ar": ("Arabic", "العربية"),
    "fr": ("French", "Français"),
    "ht": ("Haitian Creole", "Kreyòl ayisyen"),
    "ru": ("Russian", "Русский"),
    "tl": ("Tagalog", "Tagalog"),
    "pt": ("Portuguese", "Português"),
    "so": ("Somali", "Soomaali"),
    "am": ("Amharic", "አማርኛ"),
    "hi": ("Hindi", "हिन्दी"),
    "asl": ("American Sign Language", "ASL"),
}

SERVICE_AREA_TYPES: tuple[str, ...] = ("national", "state", "county", "zip", "radius")

WEEKDAYS: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
