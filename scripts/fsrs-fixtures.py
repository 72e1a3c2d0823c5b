#!/usr/bin/env python3
"""Generates the FSRS-6 fixtures that onsite's Swift scheduler is checked against.

Uses py-fsrs (PyPI package `fsrs`), pinned to version 6.3.2, configured the way onsite
schedules: no learning steps, no relearning steps, no fuzz. It replays seeded random review
histories (ratings and review timestamps, including same-day, early, late and exactly-on-due
reviews, and reviews one millisecond either side of a whole day) and records, after every
review, the stability, difficulty, retrievability and interval py-fsrs computes.

Writes Tests/OnsiteCoreTests/Review/Fixtures/fsrs-py.json (the output is deterministic: the
same seed and the same py-fsrs version give the same bytes).

Regenerate (nothing is installed into the repository):

    python3 -m venv /tmp/fsrs-venv
    /tmp/fsrs-venv/bin/pip install fsrs==6.3.2
    /tmp/fsrs-venv/bin/python scripts/fsrs-fixtures.py

Timestamps are integer milliseconds since the Unix epoch (UTC), as in onsite.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from importlib import metadata
from pathlib import Path

PY_FSRS_VERSION = "6.3.2"
SEED = 20_250_601
OUTPUT = (
    Path(__file__).resolve().parent.parent
    / "Tests/OnsiteCoreTests/Review/Fixtures/fsrs-py.json"
)

MS_PER_DAY = 86_400_000
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

try:
    from fsrs import Card, Rating, Scheduler
    from fsrs.scheduler import DEFAULT_PARAMETERS
except ImportError:  # pragma: no cover - a message, not a traceback
    sys.exit(
        f"fsrs-fixtures: install py-fsrs first: pip install fsrs=={PY_FSRS_VERSION}"
    )


def with_weights(**changes: float) -> list[float]:
    """The default weights with some replaced, for example with_weights(w19=0.0)."""
    weights = list(DEFAULT_PARAMETERS)
    for name, value in changes.items():
        weights[int(name[1:])] = value
    return weights


# (name, weights, desired retention, maximum interval, number of histories)
CONFIGURATIONS = [
    ("default", list(DEFAULT_PARAMETERS), 0.9, 36_500, 5),
    ("retention-0.8", list(DEFAULT_PARAMETERS), 0.8, 36_500, 2),
    ("retention-0.95-max-60", list(DEFAULT_PARAMETERS), 0.95, 60, 2),
    ("no-short-term", with_weights(w17=0.0, w18=0.0, w19=0.0), 0.9, 36_500, 2),
    ("decay-0.5", with_weights(w19=0.2, w20=0.5), 0.85, 36_500, 2),
]

# How the next review is timed relative to the previous one, with relative frequencies.
TIMINGS = [
    ("on-due", 30),
    ("same-day", 22),
    ("early", 15),
    ("late", 25),
    ("just-under-a-day", 4),
    ("exactly-a-day", 4),
]
RATINGS = [(Rating.Again, 15), (Rating.Hard, 15), (Rating.Good, 55), (Rating.Easy, 15)]


def to_datetime(ms: int) -> datetime:
    return EPOCH + timedelta(milliseconds=ms)


def to_ms(moment: datetime) -> int:
    delta = moment - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000


def pick(rng: random.Random, table: list) -> object:
    return rng.choices(
        [value for value, _ in table], weights=[weight for _, weight in table]
    )[0]


def next_time(rng: random.Random, timing: str, previous: int, due: int) -> int:
    interval = due - previous
    if timing == "on-due":
        return due + rng.randrange(0, 6 * 3_600_000)
    if timing == "same-day":
        return previous + rng.randrange(60_000, MS_PER_DAY)
    if timing == "early":
        return previous + rng.randrange(
            MS_PER_DAY // 2, max(interval, MS_PER_DAY // 2 + 1)
        )
    if timing == "late":
        return due + rng.randrange(MS_PER_DAY, max(3 * interval, 2 * MS_PER_DAY))
    if timing == "just-under-a-day":
        return previous + MS_PER_DAY - 1
    if timing == "exactly-a-day":
        return previous + MS_PER_DAY
    raise ValueError(timing)


def history(
    name: str, seed: int, weights: list[float], retention: float, maximum: int
) -> dict:
    rng = random.Random(seed)
    scheduler = Scheduler(
        parameters=weights,
        desired_retention=retention,
        learning_steps=(),
        relearning_steps=(),
        maximum_interval=maximum,
        enable_fuzzing=False,
    )
    # A start between 2020 and 2030 at any millisecond of the day.
    now = rng.randrange(1_577_836_800_000, 1_893_456_000_000)
    card = Card(card_id=seed)
    reviews = []
    for index in range(rng.randrange(10, 19)):
        timing = "first" if index == 0 else pick(rng, TIMINGS)
        if index > 0:
            now = next_time(rng, timing, to_ms(card.last_review), to_ms(card.due))
        rating = pick(rng, RATINGS)
        moment = to_datetime(now)
        retrievability = scheduler.get_card_retrievability(card, moment)
        elapsed = max(0, (moment - card.last_review).days) if card.last_review else 0
        card, _ = scheduler.review_card(card, rating, moment)
        reviews.append(
            {
                "timing": timing,
                "rating": int(rating),
                "at": now,
                "elapsedDays": elapsed,
                "retrievability": retrievability,
                "stability": card.stability,
                "difficulty": card.difficulty,
                "interval": (card.due - moment).days,
                "due": to_ms(card.due),
            }
        )
    return {
        "name": name,
        "seed": seed,
        "parameters": {
            "weights": weights,
            "desiredRetention": retention,
            "maximumInterval": maximum,
        },
        "reviews": reviews,
    }


def check_coverage(histories: list[dict]) -> None:
    """Fails unless the histories exercise every branch the Swift scheduler has."""
    seen = set()
    for entry in histories:
        maximum = entry["parameters"]["maximumInterval"]
        for review in entry["reviews"]:
            same_day = review["timing"] != "first" and review["elapsedDays"] == 0
            seen.add(("same-day" if same_day else review["timing"], review["rating"]))
            if review["interval"] == maximum:
                seen.add("maximum-interval")
    wanted = {("same-day", rating) for rating in range(1, 5)}
    wanted |= {
        ("late", 1),
        ("late", 3),
        ("early", 3),
        ("on-due", 2),
        ("exactly-a-day", 3),
    }
    wanted |= {"maximum-interval"}
    missing = wanted - seen
    if missing:
        sys.exit(
            f"fsrs-fixtures: seed {SEED} leaves cases uncovered: {sorted(map(str, missing))}"
        )


def main() -> None:
    installed = metadata.version("fsrs")
    if installed != PY_FSRS_VERSION:
        sys.exit(
            f"fsrs-fixtures: expected py-fsrs {PY_FSRS_VERSION}, found {installed}"
        )
    histories = []
    seed = SEED
    for name, weights, retention, maximum, count in CONFIGURATIONS:
        for number in range(count):
            histories.append(
                history(f"{name}-{number + 1}", seed, weights, retention, maximum)
            )
            seed += 1
    check_coverage(histories)
    document = {
        "generator": "scripts/fsrs-fixtures.py",
        "pyFSRS": PY_FSRS_VERSION,
        "settings": "learning_steps=(), relearning_steps=(), enable_fuzzing=False",
        "histories": histories,
    }
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(document, indent=1) + "\n")
    steps = sum(len(entry["reviews"]) for entry in histories)
    print(
        f"fsrs-fixtures: wrote {len(histories)} histories, {steps} reviews to {OUTPUT}"
    )


if __name__ == "__main__":
    main()
