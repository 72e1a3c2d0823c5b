import pytest

from shipping import quote


def test_postal_domestic_rounds_weight_up():
    assert quote("postal", 1.2, "domestic") == 450 + 120 * 2


def test_courier_express_is_a_flat_surcharge():
    assert quote("courier", 3, "eu", express=True) == 1500 + 300 * 3 + 1200


def test_insurance_has_a_minimum_fee():
    assert quote("postal", 1, "world", insured_value=5_000) == 1600 + 480 + 100


def test_freight_rejects_light_parcels():
    with pytest.raises(ValueError):
        quote("freight", 10, "domestic")


def test_unknown_carrier():
    with pytest.raises(ValueError):
        quote("pigeon", 1, "domestic")
