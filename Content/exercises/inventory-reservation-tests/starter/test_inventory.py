from inventory import Inventory


def test_reserving_reduces_the_available_units():
    inventory = Inventory()
    inventory.add_stock("SKU-1", 5)
    inventory.reserve("order-1", "SKU-1", 2)
    assert inventory.available("SKU-1") == 3
