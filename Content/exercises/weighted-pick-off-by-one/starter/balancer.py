"""Weighted random choice of a backend, used by the client-side load balancer."""

import random


def pick_backend(weights, rng=random):
    """Pick one backend name at random, each with probability weight / total weight.

    `weights` maps backend names to integer weights. Backends with weight 0 are drained:
    they are never picked. `rng` is anything with the interface of random.Random.
    """
    for name, weight in weights.items():
        if weight < 0:
            raise ValueError(f"negative weight for {name}")
    total = sum(weights.values())
    if total == 0:
        raise ValueError("no backend can take traffic")
    point = rng.randint(0, total)
    running = 0
    for name, weight in weights.items():
        running += weight
        if point < running:
            return name
