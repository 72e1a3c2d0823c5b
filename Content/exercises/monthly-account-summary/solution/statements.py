"""Monthly statements from transaction exports."""

import datetime
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple


class MonthSummary(NamedTuple):
    account: str
    month: str
    count: int
    credits: Decimal
    debits: Decimal
    net: Decimal


_AMOUNT = re.compile(r"-?[0-9]+(\.[0-9]{1,2})?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_CENT = Decimal("0.01")
_FIELDS = ("id", "account", "date", "amount")


@dataclass
class _Totals:
    count: int = 0
    credits: Decimal = field(default_factory=lambda: Decimal("0.00"))
    debits: Decimal = field(default_factory=lambda: Decimal("0.00"))


def _parse(position: int, record: Mapping[str, str]) -> tuple[str, str, str, Decimal]:
    label = f"transaction {record['id']!r}" if "id" in record else f"transaction at position {position}"
    missing = [key for key in _FIELDS if key not in record]
    if missing:
        raise ValueError(f"{label}: missing {', '.join(missing)}")
    date_text, amount_text = record["date"], record["amount"]
    if not _DATE.fullmatch(date_text):
        raise ValueError(f"{label}: date {date_text!r} is not YYYY-MM-DD")
    try:
        datetime.date.fromisoformat(date_text)
    except ValueError:
        raise ValueError(f"{label}: date {date_text!r} is not a calendar date") from None
    if not _AMOUNT.fullmatch(amount_text):
        raise ValueError(f"{label}: amount {amount_text!r} is not a money amount")
    return record["id"], record["account"], date_text[:7], Decimal(amount_text)


def summarise(transactions: Iterable[Mapping[str, str]]) -> list[MonthSummary]:
    """One summary per account and month, sorted by account then month."""
    seen: set[str] = set()
    groups: dict[tuple[str, str], _Totals] = {}
    for position, record in enumerate(transactions):
        tx_id, account, month, amount = _parse(position, record)
        if tx_id in seen:
            continue
        seen.add(tx_id)
        totals = groups.setdefault((account, month), _Totals())
        totals.count += 1
        if amount > 0:
            totals.credits += amount
        elif amount < 0:
            totals.debits -= amount
    return [
        MonthSummary(
            account,
            month,
            totals.count,
            totals.credits.quantize(_CENT),
            totals.debits.quantize(_CENT),
            (totals.credits - totals.debits).quantize(_CENT),
        )
        for (account, month), totals in sorted(groups.items())
    ]
