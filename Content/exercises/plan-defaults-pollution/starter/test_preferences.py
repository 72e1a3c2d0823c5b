import pytest

from preferences import PLANS, mute, preferences_for

EXPECTED = {
    "free": {"email": True, "sms": False, "digest": "weekly", "muted": []},
    "pro": {"email": True, "sms": True, "digest": "daily", "muted": []},
    "team": {"email": True, "sms": False, "digest": "daily", "muted": ["marketing"]},
}


def test_unknown_plan():
    with pytest.raises(ValueError):
        preferences_for("enterprise")


def test_user_overrides_win_over_the_plan():
    assert preferences_for("pro", {"digest": "never"})["digest"] == "never"


@pytest.mark.parametrize("plan", PLANS)
def test_each_plan_starts_from_the_defaults(plan):
    assert preferences_for(plan) == EXPECTED[plan]


def test_mute_adds_a_topic_once():
    prefs = {"muted": ["marketing"]}
    mute(prefs, "billing")
    mute(prefs, "billing")
    assert prefs["muted"] == ["marketing", "billing"]
