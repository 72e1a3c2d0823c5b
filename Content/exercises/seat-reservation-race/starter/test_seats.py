import sys
import threading

import pytest

from seats import SeatInventory, SoldOut


def test_reserve_and_release():
    inventory = SeatInventory(5)
    inventory.reserve("ada", 2)
    inventory.reserve("ada", 1)
    assert inventory.reservations == {"ada": 3}
    assert inventory.release("ada") == 3
    assert inventory.available == 5


def test_sold_out():
    inventory = SeatInventory(1)
    inventory.reserve("ada")
    with pytest.raises(SoldOut):
        inventory.reserve("grace")
    assert inventory.available == 0


def test_no_overselling_when_buyers_race():
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        inventory = SeatInventory(1000)
        sold = []
        start_together = threading.Barrier(10)

        def buyer(name):
            start_together.wait()
            for _ in range(150):
                try:
                    inventory.reserve(name)
                except SoldOut:
                    return
                sold.append(name)

        threads = [threading.Thread(target=buyer, args=(f"buyer-{i}",)) for i in range(10)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(previous)
    assert len(sold) == 1000
    assert inventory.available == 0
    assert sum(inventory.reservations.values()) == 1000
