"""Joins orders with customers and products for the finance export."""

DISCOUNT_PERCENT = {"gold": 10, "silver": 5}


def find_customer(customers, customer_id):
    for customer in customers:
        if customer["id"] == customer_id:
            return customer
    return None


def find_product(products, sku):
    for product in products:
        if product["sku"] == sku:
            return product
    return None


def enrich_orders(orders, customers, products):
    """Attach customer data and a total to each order.

    Returns (enriched, orphans): one dict per order whose customer and products all exist,
    and the ids of the orders that refer to a missing customer or product.
    """
    enriched = []
    orphans = []
    for order in orders:
        customer = find_customer(customers, order["customer_id"])
        if customer is None:
            orphans.append(order["id"])
            continue
        total = 0
        missing = False
        for item in order["items"]:
            product = find_product(products, item["sku"])
            if product is None:
                missing = True
                break
            total += product["price"] * item["qty"]
        if missing:
            orphans.append(order["id"])
            continue
        percent = DISCOUNT_PERCENT.get(customer["tier"], 0)
        total = total * (100 - percent) // 100
        enriched.append({
            "id": order["id"],
            "customer": customer["name"],
            "tier": customer["tier"],
            "total": total,
        })
    return enriched, orphans
