from decimal import Decimal

import pytest

from pricing import Coupon, Quote, quote

D = Decimal


def test_small_order_without_coupon_pays_shipping():
    assert quote([(D("20.00"), 2)]) == Quote(
        subtotal=D("40.00"),
        discount=D("0.00"),
        shipping=D("4.99"),
        total=D("44.99"),
    )


def test_subtotal_adds_every_line():
    assert quote([(D("9.99"), 3), (D("0.50"), 1)]).subtotal == D("30.47")


def test_coupon_applies_exactly_at_its_minimum_subtotal():
    result = quote([(D("30.00"), 1)], Coupon(10, min_subtotal=D("30.00")))
    assert result.discount == D("3.00")


def test_coupon_does_not_apply_a_cent_below_its_minimum():
    result = quote([(D("29.99"), 1)], Coupon(10, min_subtotal=D("30.00")))
    assert result.discount == D("0.00")
    assert result.total == D("34.98")


def test_discount_is_capped_by_max_discount():
    result = quote([(D("200.00"), 1)], Coupon(20, max_discount=D("25.00")))
    assert result.discount == D("25.00")
    assert result.total == D("175.00")


def test_discount_below_the_cap_is_not_changed():
    result = quote([(D("100.00"), 1)], Coupon(20, max_discount=D("25.00")))
    assert result.discount == D("20.00")


def test_half_cent_discount_rounds_up():
    # 5% of 10.10 is 0.505: half-up gives 0.51 where banker's rounding would give 0.50.
    result = quote([(D("10.10"), 1)], Coupon(5))
    assert result.discount == D("0.51")
    assert result.total == D("14.58")


def test_free_shipping_exactly_at_the_threshold():
    assert quote([(D("50.00"), 1)]).shipping == D("0.00")


def test_shipping_charged_a_cent_below_the_threshold():
    assert quote([(D("49.99"), 1)]).shipping == D("4.99")


def test_free_shipping_uses_the_discounted_subtotal():
    result = quote([(D("55.00"), 1)], Coupon(10))
    assert result.discount == D("5.50")
    assert result.shipping == D("4.99")
    assert result.total == D("54.49")


@pytest.mark.parametrize("lines", [[], [(D("1.00"), 0)], [(D("1.00"), -1)], [(D("-0.01"), 1)]])
def test_invalid_orders_are_rejected(lines):
    with pytest.raises(ValueError):
        quote(lines)
