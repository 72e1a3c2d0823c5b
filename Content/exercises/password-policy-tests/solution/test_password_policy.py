import pytest

from password_policy import MIN_LENGTH, check_password

STRONG = "Correct-Horse-42-Battery"


def test_a_strong_password_is_accepted():
    assert check_password(STRONG) == []


def test_default_minimum_length_is_twelve():
    assert MIN_LENGTH == 12
    assert check_password("Abcdefgh-12") == ["too-short"]  # 11 characters
    assert check_password("Abcdefgh-123") == []  # 12 characters


def test_exactly_the_minimum_length_is_accepted():
    assert check_password("Abcd-1234567890", min_length=15) == []


def test_one_below_the_minimum_length_is_too_short():
    assert check_password("Abcd-123456789", min_length=15) == ["too-short"]


def test_minimum_length_below_the_policy_floor_is_rejected():
    with pytest.raises(ValueError):
        check_password(STRONG, min_length=7)
    assert check_password("Abcd-123", min_length=8) == []


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("Correct-Horse-Battery", "no-digit"),
        ("correct-horse-42-battery", "no-uppercase"),
        ("CORRECT-HORSE-42-BATTERY", "no-lowercase"),
        ("CorrectHorse42Battery", "no-symbol"),
    ],
)
def test_each_missing_character_class_is_reported(password, code):
    assert check_password(password) == [code]


def test_a_space_is_not_a_symbol():
    assert check_password("Correct Horse 42 Battery") == ["no-symbol"]


def test_every_problem_is_reported_in_order():
    assert check_password("") == ["too-short", "no-digit", "no-uppercase", "no-lowercase", "no-symbol"]


def test_username_in_password_is_reported_ignoring_case():
    assert check_password("Xx-JaneDoe-2026", username="janedoe") == ["contains-username"]
    assert check_password("Xx-janedoe-2026", username="JaneDoe") == ["contains-username"]


def test_unrelated_username_is_fine():
    assert check_password(STRONG, username="janedoe") == []


def test_empty_username_is_ignored():
    assert check_password(STRONG, username="") == []
