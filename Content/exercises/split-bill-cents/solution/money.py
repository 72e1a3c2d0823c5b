"""Splitting and formatting amounts held in whole cents."""


def split_amount(total_cents: int, parts: int) -> list[int]:
    """Split total_cents into `parts` shares that differ by at most one cent, larger first."""
    if parts < 1:
        raise ValueError(f"parts must be at least 1, got {parts}")
    sign = -1 if total_cents < 0 else 1
    base, extra = divmod(abs(total_cents), parts)
    return [sign * (base + 1)] * extra + [sign * base] * (parts - extra)


def format_cents(cents: int) -> str:
    """Format cents as units with two decimals, e.g. 1234 -> '12.34'."""
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    return f"{sign}{units}.{rest:02d}"
