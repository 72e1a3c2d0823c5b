"""Splitting and formatting amounts held in whole cents."""


def split_amount(total_cents: int, parts: int) -> list[int]:
    """Split total_cents into `parts` shares that differ by at most one cent, larger first."""
    if parts < 1:
        raise ValueError(f"parts must be at least 1, got {parts}")
    share = total_cents / parts
    shares = [round(share)] * parts
    shares[-1] += total_cents - sum(shares)
    return shares


def format_cents(cents: int) -> str:
    """Format cents as units with two decimals, e.g. 1234 -> '12.34'."""
    return f"{cents / 100:.2f}"
