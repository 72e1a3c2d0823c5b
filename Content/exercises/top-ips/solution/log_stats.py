"""Summaries of web-server access logs."""

from collections import Counter
from collections.abc import Iterable


def top_ips(lines: Iterable[str], n: int) -> list[tuple[str, int]]:
    """Return the n most frequent client addresses with their counts.

    Ties keep the order in which addresses first appeared: Counter preserves insertion
    order and most_common() sorts stably by count.
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    counts = Counter(line.split(maxsplit=1)[0] for line in lines if line.strip())
    return counts.most_common(n)
