"""Stock reservations between checkout and shipping."""

from collections import Counter


class InsufficientStock(Exception):
    """Not enough units are available for a reservation."""


class Inventory:
    """Units on hand and reserved per SKU; available = on hand - reserved."""

    def __init__(self) -> None:
        self._on_hand: Counter[str] = Counter()
        self._reserved: Counter[str] = Counter()
        self._orders: dict[str, tuple[str, int]] = {}

    def add_stock(self, sku: str, quantity: int) -> None:
        if quantity < 1:
            raise ValueError(f"quantity must be at least 1, got {quantity}")
        self._on_hand[sku] += quantity

    def available(self, sku: str) -> int:
        return self._on_hand[sku] - self._reserved[sku]

    def reserved(self, sku: str) -> int:
        return self._reserved[sku]

    def reserve(self, order_id: str, sku: str, quantity: int = 1) -> None:
        if quantity < 1:
            raise ValueError(f"quantity must be at least 1, got {quantity}")
        if order_id in self._orders:
            raise ValueError(f"order {order_id} already holds a reservation")
        if quantity > self.available(sku):
            raise InsufficientStock(f"{sku}: {quantity} wanted, {self.available(sku)} available")
        self._reserved[sku] += quantity
        self._orders[order_id] = (sku, quantity)

    def release(self, order_id: str) -> None:
        sku, quantity = self._orders[order_id]
        self._reserved[sku] -= quantity

    def commit(self, order_id: str) -> None:
        sku, quantity = self._orders.pop(order_id)
        self._reserved[sku] -= quantity
        self._on_hand[sku] -= quantity
