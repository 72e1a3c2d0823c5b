"""Seat inventory for ticket sales; one instance is shared by the worker threads of a process."""

import logging

log = logging.getLogger(__name__)


class SoldOut(Exception):
    """Not enough seats are left for the request."""


class SeatInventory:
    def __init__(self, seats):
        if seats < 0:
            raise ValueError("seats cannot be negative")
        self.available = seats
        self.reservations = {}

    def reserve(self, customer, count=1):
        """Reserve `count` seats for `customer`; raises SoldOut when too few are left."""
        if count < 1:
            raise ValueError("count must be at least 1")
        remaining = self.available - count
        if remaining < 0:
            raise SoldOut(f"{count} seats requested, {self.available} left")
        self._record(customer, count)
        self.available = remaining

    def release(self, customer):
        """Give back every seat `customer` holds; returns how many were released."""
        count = self.reservations.pop(customer, 0)
        self.available += count
        return count

    def _record(self, customer, count):
        held = self.reservations.get(customer, 0)
        self.reservations[customer] = held + count
        log.debug("reserved %d seats for %s", count, customer)
