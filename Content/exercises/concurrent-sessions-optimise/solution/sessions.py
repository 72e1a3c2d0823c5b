"""Concurrency figures for the licence server: how many sessions were open at a moment."""

from bisect import bisect_right


def concurrent_sessions(sessions, instants):
    """For each instant, the number of sessions open at that instant.

    `sessions` holds (start, end) pairs of timestamps; a session is open from `start`
    included to `end` excluded. Returns one count per instant, in the order given.

    Sessions open at t = sessions started at or before t minus sessions ended at or
    before t (a session that has ended has also started). With the starts and ends sorted
    once, each instant costs two binary searches: O((S + Q) log S) instead of O(S * Q).
    """
    for start, end in sessions:
        if end < start:
            raise ValueError(f"session ends before it starts: {(start, end)}")
    starts = sorted(start for start, _ in sessions)
    ends = sorted(end for _, end in sessions)
    return [bisect_right(starts, instant) - bisect_right(ends, instant) for instant in instants]
