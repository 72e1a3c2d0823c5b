from decimal import Decimal

import pytest

from statements import MonthSummary, summarise


def tx(id, account, date, amount):
    return {"id": id, "account": account, "date": date, "amount": amount}


def test_groups_by_account_and_month():
    rows = [
        tx("1", "ACC-2", "2026-01-03", "100.00"),
        tx("2", "ACC-1", "2026-01-05", "-20.50"),
        tx("3", "ACC-2", "2026-02-01", "5"),
        tx("4", "ACC-2", "2026-01-28", "-30.25"),
    ]
    assert summarise(rows) == [
        MonthSummary("ACC-1", "2026-01", 1, Decimal("0.00"), Decimal("20.50"), Decimal("-20.50")),
        MonthSummary("ACC-2", "2026-01", 2, Decimal("100.00"), Decimal("30.25"), Decimal("69.75")),
        MonthSummary("ACC-2", "2026-02", 1, Decimal("5.00"), Decimal("0.00"), Decimal("5.00")),
    ]


def test_amounts_are_exact_decimals():
    rows = [tx("1", "A", "2026-03-01", "0.10"), tx("2", "A", "2026-03-02", "0.20")]
    [summary] = summarise(rows)
    assert summary.credits == Decimal("0.30")
    assert str(summary.net) == "0.30"


def test_duplicate_ids_are_skipped():
    rows = [tx("1", "A", "2026-03-01", "10"), tx("1", "A", "2026-03-01", "10")]
    assert summarise(rows)[0].count == 1


def test_too_many_decimal_places_is_rejected():
    with pytest.raises(ValueError, match="tx-9"):
        summarise([tx("tx-9", "A", "2026-03-01", "1.005")])
