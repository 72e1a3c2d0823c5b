"""Sign-up password rules."""

import string

MIN_LENGTH = 12
POLICY_FLOOR = 8


def check_password(password: str, *, username: str | None = None, min_length: int = MIN_LENGTH) -> list[str]:
    """Return the codes of the rules the password breaks, in a fixed order; [] means accepted."""
    if min_length < POLICY_FLOOR:
        raise ValueError(f"min_length must be at least {POLICY_FLOOR}, got {min_length}")
    problems = []
    if len(password) < min_length:
        problems.append("too-short")
    if not any(char.isdigit() for char in password):
        problems.append("no-digit")
    if not any(char.isupper() for char in password):
        problems.append("no-uppercase")
    if not any(char.islower() for char in password):
        problems.append("no-lowercase")
    if not any(char in string.punctuation for char in password):
        problems.append("no-symbol")
    if username is not None and username.lower() in password.lower():
        problems.append("contains-username")
    return problems
