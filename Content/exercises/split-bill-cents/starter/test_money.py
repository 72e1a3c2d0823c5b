import pytest

from money import format_cents, split_amount


def test_shares_add_up_and_differ_by_at_most_one_cent():
    shares = split_amount(100, 6)
    assert sum(shares) == 100
    assert max(shares) - min(shares) <= 1


def test_extra_cents_go_to_the_first_people():
    assert split_amount(10000, 3) == [3334, 3333, 3333]


def test_even_split():
    assert split_amount(900, 3) == [300, 300, 300]


def test_parts_must_be_positive():
    with pytest.raises(ValueError):
        split_amount(100, 0)


def test_format_small_and_negative_amounts():
    assert format_cents(1234) == "12.34"
    assert format_cents(-5) == "-0.05"


def test_format_is_exact_for_large_balances():
    assert format_cents(9007199254740993) == "90071992547409.93"
