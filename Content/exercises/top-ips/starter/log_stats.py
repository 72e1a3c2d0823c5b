"""Summaries of web-server access logs."""

from collections.abc import Iterable


def top_ips(lines: Iterable[str], n: int) -> list[tuple[str, int]]:
    """Return the n most frequent client addresses with their counts."""
    raise NotImplementedError
