from enrichment import enrich_orders

CUSTOMERS = [
    {"id": 1, "name": "Acme", "tier": "gold"},
    {"id": 2, "name": "Globex", "tier": "standard"},
]
PRODUCTS = [
    {"sku": "BOLT", "price": 250},
    {"sku": "NUT", "price": 99},
]


def test_totals_apply_the_tier_discount():
    orders = [{"id": "o1", "customer_id": 1, "items": [{"sku": "BOLT", "qty": 4}, {"sku": "NUT", "qty": 1}]}]
    enriched, orphans = enrich_orders(orders, CUSTOMERS, PRODUCTS)
    assert enriched == [{"id": "o1", "customer": "Acme", "tier": "gold", "total": 989}]
    assert orphans == []


def test_orders_with_unknown_references_are_orphans():
    orders = [
        {"id": "o1", "customer_id": 9, "items": [{"sku": "BOLT", "qty": 1}]},
        {"id": "o2", "customer_id": 2, "items": [{"sku": "BOLT", "qty": 1}, {"sku": "GEAR", "qty": 1}]},
        {"id": "o3", "customer_id": 2, "items": [{"sku": "NUT", "qty": 2}]},
    ]
    enriched, orphans = enrich_orders(orders, CUSTOMERS, PRODUCTS)
    assert [e["id"] for e in enriched] == ["o3"]
    assert enriched[0]["total"] == 198
    assert orphans == ["o1", "o2"]


def test_an_order_without_items_costs_nothing():
    orders = [{"id": "o1", "customer_id": 2, "items": []}]
    assert enrich_orders(orders, CUSTOMERS, PRODUCTS)[0][0]["total"] == 0
