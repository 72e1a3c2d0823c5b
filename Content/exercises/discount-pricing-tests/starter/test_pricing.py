from decimal import Decimal

from pricing import Quote, quote


def test_small_order_without_coupon_pays_shipping():
    assert quote([(Decimal("20.00"), 2)]) == Quote(
        subtotal=Decimal("40.00"),
        discount=Decimal("0.00"),
        shipping=Decimal("4.99"),
        total=Decimal("44.99"),
    )
