"""De-duplication of webhook deliveries: providers retry, so the same event arrives again."""


def dedupe_deliveries(deliveries):
    """Drop repeated deliveries and count the repeats per source.

    Returns (unique, repeats): the first delivery of each (source, id) in the original
    order, and a dict mapping each source that sent repeats to how many it sent.
    """
    seen = []
    unique = []
    repeated_sources = []
    for delivery in deliveries:
        key = (delivery["source"], delivery["id"])
        if key in seen:
            repeated_sources.append(delivery["source"])
        else:
            seen.append(key)
            unique.append(delivery)
    repeats = {}
    for source in repeated_sources:
        repeats[source] = repeated_sources.count(source)
    return unique, repeats
