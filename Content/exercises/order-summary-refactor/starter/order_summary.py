"""Daily order summary for the back office.

Written in a hurry for the first release and extended ever since. It works; nobody
likes touching it.
"""

import os, sys
from decimal import Decimal, ROUND_HALF_UP


def summarise_orders(text, html=False):
    """Build the daily summary of the orders in `text` (CSV) as plain text or HTML."""
    lines = text.split("\n")
    a = 0
    r = 0
    net = Decimal("0")
    vat = Decimal("0")
    cust = {}
    header = False
    for l in lines:
        l = l.strip()
        if l == "" or l.startswith("#"):
            continue
        if header == False:
            header = True
            continue
        parts = l.split(",")
        if len(parts) == 6:
            order_id, c, sku, qty, price, country = [p.strip() for p in parts]
            try:
                q = int(qty)
            except:
                q = None
            if q != None:
                if q > 0:
                    try:
                        p = Decimal(price)
                    except:
                        p = None
                    if p != None:
                        if p >= 0:
                            line_net = q * p
                            if q >= 10:
                                line_net = line_net * Decimal("0.95")
                            if country.upper() == "DE":
                                line_vat = line_net * Decimal("0.19")
                            elif country.upper() == "FR":
                                line_vat = line_net * Decimal("0.20")
                            elif country.upper() == "NL":
                                line_vat = line_net * Decimal("0.21")
                            else:
                                line_vat = Decimal("0")
                            net = net + line_net
                            vat = vat + line_vat
                            if c in cust:
                                cust[c] = cust[c] + line_net + line_vat
                            else:
                                cust[c] = line_net + line_vat
                            a = a + 1
                        else:
                            r = r + 1
                    else:
                        r = r + 1
                else:
                    r = r + 1
            else:
                r = r + 1
        else:
            r = r + 1
    top = sorted(cust.items(), key=lambda x: (-x[1], x[0]))[:3]
    out = []
    if html:
        out.append("<h1>Orders</h1>")
        out.append("<p>" + str(a) + " accepted, " + str(r) + " rejected</p>")
        out.append("<table>")
        out.append("<tr><th>Net</th><td>" + str(net.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) + "</td></tr>")
        out.append("<tr><th>VAT</th><td>" + str(vat.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) + "</td></tr>")
        out.append("<tr><th>Gross</th><td>" + str((net + vat).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) + "</td></tr>")
        out.append("</table>")
        if len(top) > 0:
            out.append("<ol>")
            for name, total in top:
                name = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                out.append("<li>" + name + ": " + str(total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) + "</li>")
            out.append("</ol>")
        else:
            out.append("<p>No customers</p>")
    else:
        out.append("Orders: " + str(a) + " accepted, " + str(r) + " rejected")
        out.append("Net: " + str(net.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)))
        out.append("VAT: " + str(vat.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)))
        out.append("Gross: " + str((net + vat).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)))
        if len(top) > 0:
            out.append("Top customers:")
            for name, total in top:
                out.append("- " + name + ": " + str(total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)))
        else:
            out.append("Top customers: none")
    return "\n".join(out)
