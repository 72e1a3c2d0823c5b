"""Seat inventory for ticket sales; one instance is shared by the worker threads of a process."""

import logging
import threading

log = logging.getLogger(__name__)


class SoldOut(Exception):
    """Not enough seats are left for the request."""


class SeatInventory:
    def __init__(self, seats):
        if seats < 0:
            raise ValueError("seats cannot be negative")
        self.available = seats
        self.reservations = {}
        # One lock guards `available` and `reservations` together: the check, the
        # bookkeeping and the write-back must happen as one step, or two threads can both
        # read the same count and one sale overwrites the other.
        self._lock = threading.Lock()

    def reserve(self, customer, count=1):
        """Reserve `count` seats for `customer`; raises SoldOut when too few are left."""
        if count < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            remaining = self.available - count
            if remaining < 0:
                raise SoldOut(f"{count} seats requested, {self.available} left")
            self._record(customer, count)
            self.available = remaining

    def release(self, customer):
        """Give back every seat `customer` holds; returns how many were released."""
        with self._lock:
            count = self.reservations.pop(customer, 0)
            self.available += count
            return count

    def _record(self, customer, count):
        """Caller must hold self._lock."""
        held = self.reservations.get(customer, 0)
        self.reservations[customer] = held + count
        log.debug("reserved %d seats for %s", count, customer)
