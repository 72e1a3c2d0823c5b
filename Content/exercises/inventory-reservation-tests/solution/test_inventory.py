import pytest

from inventory import InsufficientStock, Inventory


@pytest.fixture
def inventory():
    inventory = Inventory()
    inventory.add_stock("SKU-1", 5)
    return inventory


def counts(inventory, sku="SKU-1"):
    return inventory.available(sku), inventory.reserved(sku)


def test_reserving_reduces_the_available_units(inventory):
    inventory.reserve("order-1", "SKU-1", 2)
    assert counts(inventory) == (3, 2)


def test_quantity_defaults_to_one(inventory):
    inventory.reserve("order-1", "SKU-1")
    assert counts(inventory) == (4, 1)


def test_unknown_sku_has_nothing():
    assert counts(Inventory(), "SKU-404") == (0, 0)


def test_stock_accumulates(inventory):
    inventory.add_stock("SKU-1", 3)
    assert counts(inventory) == (8, 0)


@pytest.mark.parametrize("quantity", [0, -1])
def test_adding_non_positive_stock_is_rejected(inventory, quantity):
    with pytest.raises(ValueError):
        inventory.add_stock("SKU-1", quantity)
    assert counts(inventory) == (5, 0)


def test_reserving_exactly_the_available_units_is_allowed(inventory):
    inventory.reserve("order-1", "SKU-1", 5)
    assert counts(inventory) == (0, 5)


def test_reserving_more_than_available_fails_and_changes_nothing(inventory):
    inventory.reserve("order-1", "SKU-1", 3)
    with pytest.raises(InsufficientStock):
        inventory.reserve("order-2", "SKU-1", 3)
    assert counts(inventory) == (2, 3)
    inventory.reserve("order-2", "SKU-1", 2)  # the failed order id was not kept


def test_reserving_an_unknown_sku_is_insufficient_stock(inventory):
    with pytest.raises(InsufficientStock):
        inventory.reserve("order-1", "SKU-404")


@pytest.mark.parametrize("quantity", [0, -2])
def test_non_positive_reservation_is_rejected(inventory, quantity):
    with pytest.raises(ValueError):
        inventory.reserve("order-1", "SKU-1", quantity)
    assert counts(inventory) == (5, 0)


def test_an_order_holds_one_reservation(inventory):
    inventory.reserve("order-1", "SKU-1", 2)
    with pytest.raises(ValueError):
        inventory.reserve("order-1", "SKU-1", 1)
    assert counts(inventory) == (3, 2)
    inventory.release("order-1")
    assert counts(inventory) == (5, 0)


def test_release_makes_units_available_again(inventory):
    inventory.reserve("order-1", "SKU-1", 2)
    inventory.release("order-1")
    assert counts(inventory) == (5, 0)


def test_releasing_twice_fails_and_changes_nothing(inventory):
    inventory.reserve("order-1", "SKU-1", 2)
    inventory.release("order-1")
    with pytest.raises(KeyError):
        inventory.release("order-1")
    assert counts(inventory) == (5, 0)


def test_release_of_an_unknown_order_fails(inventory):
    with pytest.raises(KeyError):
        inventory.release("order-404")


def test_commit_removes_the_units_from_stock(inventory):
    inventory.reserve("order-1", "SKU-1", 2)
    inventory.commit("order-1")
    assert counts(inventory) == (3, 0)
    inventory.reserve("order-2", "SKU-1", 3)
    assert counts(inventory) == (0, 3)


def test_commit_ends_the_reservation(inventory):
    inventory.reserve("order-1", "SKU-1", 2)
    inventory.commit("order-1")
    with pytest.raises(KeyError):
        inventory.commit("order-1")
    with pytest.raises(KeyError):
        inventory.release("order-1")
    assert counts(inventory) == (3, 0)
