"""Weighted random choice of a backend, used by the client-side load balancer."""

import random


def pick_backend(weights, rng=random):
    """Pick one backend name at random, each with probability weight / total weight.

    `weights` maps backend names to integer weights. Backends with weight 0 are drained:
    they are never picked. `rng` is anything with the interface of random.Random.

    The point must be drawn from exactly `total` values, 0 .. total - 1: each backend owns
    `weight` of them. randint(0, total) includes `total` itself, a point that no backend
    owns, so about one pick in total + 1 fell off the end and returned None.
    """
    for name, weight in weights.items():
        if weight < 0:
            raise ValueError(f"negative weight for {name}")
    total = sum(weights.values())
    if total == 0:
        raise ValueError("no backend can take traffic")
    point = rng.randrange(total)
    running = 0
    for name, weight in weights.items():
        running += weight
        if point < running:
            return name
    raise AssertionError("unreachable: point < total")
