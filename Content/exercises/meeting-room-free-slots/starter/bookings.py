"""Merging room bookings and finding free time."""

from collections.abc import Iterable
from typing import Any

Interval = tuple[Any, Any]


def merge_intervals(intervals: Iterable[Interval]) -> list[Interval]:
    """Return the half-open intervals merged, sorted by start."""
    raise NotImplementedError


def free_slots(
    bookings: Iterable[Interval],
    day_start: Any,
    day_end: Any,
    min_length: Any = None,
) -> list[Interval]:
    """Return the free gaps between day_start and day_end, given the bookings."""
    raise NotImplementedError
