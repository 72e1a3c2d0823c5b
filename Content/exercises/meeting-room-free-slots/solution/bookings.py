"""Merging room bookings and finding free time."""

from collections.abc import Iterable
from typing import Any

Interval = tuple[Any, Any]


def merge_intervals(intervals: Iterable[Interval]) -> list[Interval]:
    """Return the half-open intervals merged, sorted by start.

    Touching intervals merge, empty ones are dropped, and start > end raises ValueError.
    """
    items = []
    for start, end in intervals:
        if start > end:
            raise ValueError(f"interval starts after it ends: ({start!r}, {end!r})")
        if start < end:
            items.append((start, end))
    items.sort(key=lambda interval: interval[0])
    merged: list[Interval] = []
    for start, end in items:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def free_slots(
    bookings: Iterable[Interval],
    day_start: Any,
    day_end: Any,
    min_length: Any = None,
) -> list[Interval]:
    """Return the free gaps between day_start and day_end, given the bookings."""
    if day_start > day_end:
        raise ValueError(f"the day starts after it ends: {day_start!r} > {day_end!r}")
    gaps: list[Interval] = []
    cursor = day_start
    for start, end in merge_intervals(bookings):
        if end <= day_start or start >= day_end:
            continue
        if start > cursor:
            gaps.append((cursor, start))
        cursor = max(cursor, end)
    if cursor < day_end:
        gaps.append((cursor, day_end))
    if min_length is not None:
        gaps = [(start, end) for start, end in gaps if end - start >= min_length]
    return gaps
