"""De-duplication of webhook deliveries: providers retry, so the same event arrives again."""

from collections import Counter


def dedupe_deliveries(deliveries):
    """Drop repeated deliveries and count the repeats per source.

    Returns (unique, repeats): the first delivery of each (source, id) in the original
    order, and a dict mapping each source that sent repeats to how many it sent.

    One pass with a set of seen keys: O(n) instead of the O(n^2) of list membership and
    list.count().
    """
    seen = set()
    unique = []
    repeats = Counter()
    for delivery in deliveries:
        key = (delivery["source"], delivery["id"])
        if key in seen:
            repeats[delivery["source"]] += 1
        else:
            seen.add(key)
            unique.append(delivery)
    return unique, dict(repeats)
