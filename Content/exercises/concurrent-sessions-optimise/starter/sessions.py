"""Concurrency figures for the licence server: how many sessions were open at a moment."""


def concurrent_sessions(sessions, instants):
    """For each instant, the number of sessions open at that instant.

    `sessions` holds (start, end) pairs of timestamps; a session is open from `start`
    included to `end` excluded. Returns one count per instant, in the order given.
    """
    for start, end in sessions:
        if end < start:
            raise ValueError(f"session ends before it starts: {(start, end)}")
    counts = []
    for instant in instants:
        open_now = 0
        for start, end in sessions:
            if start <= instant < end:
                open_now += 1
        counts.append(open_now)
    return counts
