import pytest

from pagination import paginate

ORDERS = [f"order-{n}" for n in range(1, 46)]  # 45 orders


def test_first_page_starts_with_the_first_item():
    page = paginate(ORDERS, page=1, per_page=20)
    assert page.items[0] == "order-1"
    assert len(page.items) == 20
    assert page.has_next and not page.has_previous


def test_last_partial_page_is_reachable():
    page = paginate(ORDERS, page=3, per_page=20)
    assert page.total_pages == 3
    assert page.items == ["order-41", "order-42", "order-43", "order-44", "order-45"]
    assert not page.has_next


def test_empty_collection_has_one_empty_page():
    page = paginate([], page=1)
    assert page.items == []
    assert page.total_pages == 1


def test_invalid_arguments_are_rejected():
    with pytest.raises(ValueError):
        paginate(ORDERS, page=0)
    with pytest.raises(ValueError):
        paginate(ORDERS, per_page=101)
