"""Shipping quotes for the checkout page. Prices are in cents."""

import math
from collections.abc import Callable
from dataclasses import dataclass, field

PERMILLE = 1000

ExpressRule = Callable[[int], int]


def express_by_factor(numerator: int, denominator: int) -> ExpressRule:
    return lambda price: price * numerator // denominator


def express_by_surcharge(surcharge: int) -> ExpressRule:
    return lambda price: price + surcharge


@dataclass(frozen=True)
class Rate:
    base: int
    per_kg: int

    def price(self, billable_kg: int) -> int:
        return self.base + self.per_kg * billable_kg


@dataclass(frozen=True)
class Carrier:
    name: str
    rates: dict[str, Rate]
    max_kg: float
    insurance_permille: int
    insurance_minimum: int
    min_kg: float = 0
    express: ExpressRule | None = field(default=None)

    def check_weight(self, weight_kg: float) -> None:
        if weight_kg > self.max_kg:
            raise ValueError(f"{self.name} takes at most {self.max_kg} kg")
        if weight_kg < self.min_kg:
            raise ValueError(f"{self.name} starts at {self.min_kg} kg")

    def rate(self, zone: str) -> Rate:
        if zone not in self.rates:
            raise ValueError(f"{self.name} does not ship to {zone!r}")
        return self.rates[zone]

    def apply_express(self, price: int) -> int:
        if self.express is None:
            raise ValueError(f"{self.name} has no express service")
        return self.express(price)

    def insurance_fee(self, insured_value: int) -> int:
        if insured_value == 0:
            return 0
        fee = insured_value * self.insurance_permille // PERMILLE
        return max(self.insurance_minimum, fee)


CARRIERS = {
    "postal": Carrier(
        name="postal",
        rates={
            "domestic": Rate(450, 120),
            "eu": Rate(900, 250),
            "world": Rate(1600, 480),
        },
        max_kg=20,
        insurance_permille=10,
        insurance_minimum=100,
        express=express_by_factor(3, 2),
    ),
    "courier": Carrier(
        name="courier",
        rates={
            "domestic": Rate(800, 150),
            "eu": Rate(1500, 300),
            "world": Rate(3000, 600),
        },
        max_kg=70,
        insurance_permille=5,
        insurance_minimum=200,
        express=express_by_surcharge(1200),
    ),
    "freight": Carrier(
        name="freight",
        rates={"domestic": Rate(5000, 60), "eu": Rate(9000, 90)},
        max_kg=1000,
        min_kg=30,
        insurance_permille=3,
        insurance_minimum=1000,
    ),
}


def find_carrier(name: str) -> Carrier:
    if name not in CARRIERS:
        raise ValueError(f"unknown carrier {name!r}")
    return CARRIERS[name]


def quote(
    carrier: str,
    weight_kg: float,
    zone: str,
    express: bool = False,
    insured_value: int = 0,
) -> int:
    """Return the price in cents of shipping a parcel of `weight_kg` to `zone`."""
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    if insured_value < 0:
        raise ValueError("insured value cannot be negative")
    chosen = find_carrier(carrier)
    chosen.check_weight(weight_kg)
    price = chosen.rate(zone).price(math.ceil(weight_kg))
    if express:
        price = chosen.apply_express(price)
    return price + chosen.insurance_fee(insured_value)
