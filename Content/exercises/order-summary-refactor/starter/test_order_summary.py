from order_summary import summarise_orders

CSV = """order_id,customer,sku,qty,unit_price,country
1001,acme,BOLT-10,4,2.50,DE
1002,globex,NUT-4,10,1.00,FR
1003,acme,WASHER,2,0.75,US
1004,initech,BOLT-10,not-a-number,2.50,DE
"""


def test_text_summary():
    assert summarise_orders(CSV) == "\n".join([
        "Orders: 3 accepted, 1 rejected",
        "Net: 21.00",
        "VAT: 3.80",
        "Gross: 24.80",
        "Top customers:",
        "- acme: 13.40",
        "- globex: 11.40",
    ])


def test_html_summary():
    assert summarise_orders(CSV, html=True) == "\n".join([
        "<h1>Orders</h1>",
        "<p>3 accepted, 1 rejected</p>",
        "<table>",
        "<tr><th>Net</th><td>21.00</td></tr>",
        "<tr><th>VAT</th><td>3.80</td></tr>",
        "<tr><th>Gross</th><td>24.80</td></tr>",
        "</table>",
        "<ol>",
        "<li>acme: 13.40</li>",
        "<li>globex: 11.40</li>",
        "</ol>",
    ])


def test_blank_and_comment_lines_are_skipped():
    text = "# exported nightly\n\n" + CSV + "\n# end\n"
    assert summarise_orders(text).startswith("Orders: 3 accepted, 1 rejected")


def test_no_orders():
    assert summarise_orders("order_id,customer,sku,qty,unit_price,country\n") == "\n".join([
        "Orders: 0 accepted, 0 rejected",
        "Net: 0.00",
        "VAT: 0.00",
        "Gross: 0.00",
        "Top customers: none",
    ])
