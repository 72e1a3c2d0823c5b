"""Checkout totals: subtotal, coupon discount, shipping."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

CENT = Decimal("0.01")
FREE_SHIPPING_FROM = Decimal("50.00")
SHIPPING_FEE = Decimal("4.99")


@dataclass(frozen=True)
class Coupon:
    percent: int
    min_subtotal: Decimal = Decimal("0")
    max_discount: Decimal | None = None


class Quote(NamedTuple):
    subtotal: Decimal
    discount: Decimal
    shipping: Decimal
    total: Decimal


def quote(lines: list[tuple[Decimal, int]], coupon: Coupon | None = None) -> Quote:
    """Price an order of (unit_price, quantity) lines with an optional coupon."""
    if not lines:
        raise ValueError("an order needs at least one line")
    subtotal = Decimal("0")
    for unit_price, quantity in lines:
        if unit_price < 0:
            raise ValueError(f"unit price must not be negative, got {unit_price}")
        if quantity < 1:
            raise ValueError(f"quantity must be at least 1, got {quantity}")
        subtotal += unit_price * quantity
    subtotal = subtotal.quantize(CENT)

    discount = Decimal("0.00")
    if coupon is not None and subtotal >= coupon.min_subtotal:
        discount = (subtotal * coupon.percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        if coupon.max_discount is not None:
            discount = min(discount, coupon.max_discount.quantize(CENT))

    shipping = Decimal("0.00") if subtotal - discount >= FREE_SHIPPING_FROM else SHIPPING_FEE
    return Quote(subtotal, discount, shipping, subtotal - discount + shipping)
