"""Cache keys for GET requests, shared by every worker process through Redis."""

from urllib.parse import quote


def cache_key(endpoint, params):
    """The canonical cache key of a GET request to `endpoint` with query `params`.

    Every worker process must compute the same key for the same request, whatever the
    order in which the parameters were given.

    The pairs are collected in a set to drop repeats, then sorted: a set of strings is
    iterated in an order that depends on string hashing, which is randomised per process
    (PYTHONHASHSEED), so joining the set directly gives each worker its own key.
    """
    pairs = set()
    for name, value in params.items():
        if value is None:
            continue
        values = value if isinstance(value, (list, tuple)) else [value]
        for item in values:
            pairs.add(quote(str(name), safe="") + "=" + quote(str(item), safe=""))
    if not pairs:
        return endpoint
    return endpoint + "?" + "&".join(sorted(pairs))
