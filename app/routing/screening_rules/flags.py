"""Risk flags the screener's rules imply, and the shape of a rule row."""

SI = "suicidal_ideation"
PLAN = "suicide_plan_or_intent"
ATTEMPT = "suicide_attempt"
SH = "self_harm"
HI = "homicidal_ideation"
IPV = "interpersonal_violence"
SV = "sexual_violence"
CA = "child_abuse"
OD = "substance_overdose"
PSY = "psychosis"
NOW = "imminent_danger"

FLAGS: tuple[str, ...] = (SI, PLAN, ATTEMPT, SH, HI, IPV, SV, CA, OD, PSY, NOW)

# A flag found implies these too (a plan or an attempt is also suicidal ideation).
IMPLIES: dict[str, tuple[str, ...]] = {PLAN: (SI,), ATTEMPT: (SI,)}

# (flags, code, regex): see `app.routing.screening_patterns`.
Rule = tuple[tuple[str, ...], str, str]
