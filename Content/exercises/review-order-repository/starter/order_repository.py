"""Data access for orders and stock, used by the web shop's API handlers."""

import sqlite3

DB_PATH = "/var/lib/shop/shop.db"


def _connect():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def search_orders(customer_email, status):
    """Orders of one customer with a given status, newest first, with their items."""
    conn = _connect()
    rows = conn.execute(
        f"SELECT * FROM orders WHERE customer_email = '{customer_email}' "
        f"AND status = '{status}' ORDER BY created_at DESC"
    ).fetchall()
    orders = []
    for row in rows:
        order = dict(row)
        order["items"] = [
            dict(item)
            for item in conn.execute("SELECT * FROM order_items WHERE order_id = ?", (row["id"],))
        ]
        orders.append(order)
    return orders


def count_open_orders():
    conn = _connect()
    return len(conn.execute("SELECT * FROM orders WHERE status = 'open'").fetchall())


def reserve_stock(sku, quantity):
    """Take `quantity` units of `sku` out of stock; False if there are not enough."""
    conn = _connect()
    row = conn.execute("SELECT quantity FROM stock WHERE sku = ?", (sku,)).fetchone()
    if row is None or row["quantity"] < quantity:
        return False
    conn.execute("UPDATE stock SET quantity = ? WHERE sku = ?", (row["quantity"] - quantity, sku))
    conn.commit()
    return True


def place_order(order_id, lines):
    """Reserve stock for every (sku, quantity) line, then mark the order as placed."""
    conn = _connect()
    for sku, quantity in lines:
        if not reserve_stock(sku, quantity):
            raise ValueError(f"not enough {sku}")
    conn.execute("UPDATE orders SET status = 'placed' WHERE id = ?", (order_id,))
    conn.commit()
    conn.close()
