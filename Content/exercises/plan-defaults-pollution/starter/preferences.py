"""Notification preferences: global defaults, adjusted per plan and per user."""

PLANS = {"free", "pro", "team"}

DEFAULTS = {
    "email": True,
    "sms": False,
    "digest": "weekly",
    "muted": [],
}

PLAN_SETTINGS = {
    "free": {},
    "pro": {"sms": True, "digest": "daily"},
    "team": {"digest": "daily", "muted": ["marketing"]},
}


def _apply(prefs, changes):
    for key, value in changes.items():
        if key not in DEFAULTS:
            raise KeyError(f"unknown preference {key!r}")
        if key == "muted":
            prefs["muted"].extend(topic for topic in value if topic not in prefs["muted"])
        else:
            prefs[key] = value


def preferences_for(plan, overrides=None):
    """The effective preferences of a user on `plan`: defaults, then plan settings, then
    the user's own overrides. Muted topics add up; every other key is replaced."""
    if plan not in PLANS:
        raise ValueError(f"unknown plan {plan!r}")
    prefs = dict(DEFAULTS)
    _apply(prefs, PLAN_SETTINGS[plan])
    if overrides:
        _apply(prefs, overrides)
    return prefs


def mute(prefs, topic):
    """Mute `topic` in one user's preferences."""
    if topic not in prefs["muted"]:
        prefs["muted"].append(topic)
