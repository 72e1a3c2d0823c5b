"""Monthly statements from transaction exports."""

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import NamedTuple


class MonthSummary(NamedTuple):
    account: str
    month: str
    count: int
    credits: Decimal
    debits: Decimal
    net: Decimal


def summarise(transactions: Iterable[Mapping[str, str]]) -> list[MonthSummary]:
    """One summary per account and month, sorted by account then month."""
    raise NotImplementedError
