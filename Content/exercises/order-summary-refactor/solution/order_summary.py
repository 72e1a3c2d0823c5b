"""Daily order summary for the back office."""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from html import escape

FIELD_COUNT = 6
BULK_QUANTITY = 10
BULK_DISCOUNT_FACTOR = Decimal("0.95")
VAT_RATES = {"DE": Decimal("0.19"), "FR": Decimal("0.20"), "NL": Decimal("0.21")}
TOP_CUSTOMERS = 3
CENT = Decimal("0.01")


@dataclass(frozen=True)
class OrderLine:
    customer: str
    net: Decimal
    vat: Decimal


@dataclass
class Summary:
    accepted: int = 0
    rejected: int = 0
    net: Decimal = Decimal(0)
    vat: Decimal = Decimal(0)
    by_customer: dict[str, Decimal] = field(default_factory=dict)

    @property
    def gross(self) -> Decimal:
        return self.net + self.vat

    def add(self, line: OrderLine) -> None:
        self.accepted += 1
        self.net += line.net
        self.vat += line.vat
        previous = self.by_customer.get(line.customer, Decimal(0))
        self.by_customer[line.customer] = previous + line.net + line.vat

    def top_customers(self) -> list[tuple[str, Decimal]]:
        ranked = sorted(self.by_customer.items(), key=lambda item: (-item[1], item[0]))
        return ranked[:TOP_CUSTOMERS]


def money(amount: Decimal) -> str:
    return str(amount.quantize(CENT, rounding=ROUND_HALF_UP))


def data_rows(text: str) -> list[str]:
    """The stripped data lines: no blanks, no comments, no header."""
    lines = [line.strip() for line in text.split("\n")]
    meaningful = [line for line in lines if line and not line.startswith("#")]
    return meaningful[1:]


def parse_line(row: str) -> OrderLine | None:
    """The order line in `row`, or None when the row is malformed."""
    fields = [part.strip() for part in row.split(",")]
    if len(fields) != FIELD_COUNT:
        return None
    _order_id, customer, _sku, raw_quantity, raw_price, country = fields
    try:
        quantity = int(raw_quantity)
        price = Decimal(raw_price)
    except (ValueError, InvalidOperation):
        return None
    if quantity <= 0 or price < 0:
        return None
    net = quantity * price
    if quantity >= BULK_QUANTITY:
        net = net * BULK_DISCOUNT_FACTOR
    vat = net * VAT_RATES.get(country.upper(), Decimal(0))
    return OrderLine(customer, net, vat)


def summarise(text: str) -> Summary:
    summary = Summary()
    for row in data_rows(text):
        line = parse_line(row)
        if line is None:
            summary.rejected += 1
        else:
            summary.add(line)
    return summary


def render_text(summary: Summary) -> list[str]:
    out = [
        f"Orders: {summary.accepted} accepted, {summary.rejected} rejected",
        f"Net: {money(summary.net)}",
        f"VAT: {money(summary.vat)}",
        f"Gross: {money(summary.gross)}",
    ]
    top = summary.top_customers()
    if not top:
        return out + ["Top customers: none"]
    lines = [f"- {name}: {money(total)}" for name, total in top]
    return out + ["Top customers:"] + lines


def render_html(summary: Summary) -> list[str]:
    out = [
        "<h1>Orders</h1>",
        f"<p>{summary.accepted} accepted, {summary.rejected} rejected</p>",
        "<table>",
        f"<tr><th>Net</th><td>{money(summary.net)}</td></tr>",
        f"<tr><th>VAT</th><td>{money(summary.vat)}</td></tr>",
        f"<tr><th>Gross</th><td>{money(summary.gross)}</td></tr>",
        "</table>",
    ]
    top = summary.top_customers()
    if not top:
        return out + ["<p>No customers</p>"]
    items = [
        f"<li>{escape(name, quote=False)}: {money(total)}</li>" for name, total in top
    ]
    return out + ["<ol>"] + items + ["</ol>"]


def summarise_orders(text: str, html: bool = False) -> str:
    """Build the daily summary of the orders in `text` (CSV) as plain text or HTML."""
    render = render_html if html else render_text
    return "\n".join(render(summarise(text)))
