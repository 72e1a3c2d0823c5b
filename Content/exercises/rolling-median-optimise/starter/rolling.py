"""Rolling latency percentiles for the service dashboard."""


def rolling_p50(latencies, window):
    """The median of every run of `window` consecutive latencies.

    For an even window the lower of the two middle values is used, so the result is
    always one of the measured values.
    """
    if window < 1:
        raise ValueError("window must be at least 1")
    medians = []
    for start in range(len(latencies) - window + 1):
        ordered = sorted(latencies[start:start + window])
        medians.append(ordered[(window - 1) // 2])
    return medians
