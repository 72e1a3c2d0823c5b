"""Rolling latency percentiles for the service dashboard."""

from bisect import bisect_left, insort


def rolling_p50(latencies, window):
    """The median of every run of `window` consecutive latencies.

    For an even window the lower of the two middle values is used, so the result is
    always one of the measured values.

    The window is kept sorted as it slides: each step inserts the newest value and removes
    the oldest one with a binary search, instead of sorting the whole window again.
    That is O(log w) comparisons plus an O(w) memory move per step, against
    O(w log w) for a fresh sort.
    """
    if window < 1:
        raise ValueError("window must be at least 1")
    if window > len(latencies):
        return []
    middle = (window - 1) // 2
    ordered = sorted(latencies[:window])
    medians = [ordered[middle]]
    for leaving, entering in zip(latencies, latencies[window:]):
        del ordered[bisect_left(ordered, leaving)]
        insort(ordered, entering)
        medians.append(ordered[middle])
    return medians
