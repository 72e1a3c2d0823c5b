"""Applies billing webhooks to customer accounts."""

from collections.abc import Callable

Account = dict
Handler = Callable[[Account, dict], list[str]]

SUSPEND_AFTER_FAILURES = 3
OVERDUE_STATUSES = frozenset({"past_due", "suspended"})
ALLOWED_WHEN_CANCELLED = frozenset({"subscription.renewed"})

HANDLERS: dict[str, Handler] = {}


class InvalidEvent(ValueError):
    """The event is malformed or of an unknown type."""


def handles(event_type: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of `event_type`."""

    def register(handler: Handler) -> Handler:
        HANDLERS[event_type] = handler
        return handler

    return register


def positive_amount(data: dict) -> int:
    if "amount" not in data:
        raise InvalidEvent("the event needs an amount")
    amount = data["amount"]
    if type(amount) is not int:  # bool is deliberately rejected too
        raise InvalidEvent("amount must be an integer")
    if amount <= 0:
        raise InvalidEvent("amount must be positive")
    return amount


@handles("invoice.paid")
def invoice_paid(account: Account, data: dict) -> list[str]:
    amount = positive_amount(data)
    account["balance"] -= amount
    actions = [f"receipt:{amount}"]
    if account["status"] in OVERDUE_STATUSES and account["balance"] <= 0:
        account["status"] = "active"
        account["failed_attempts"] = 0
        actions.append("reactivated")
    return actions


@handles("invoice.failed")
def invoice_failed(account: Account, data: dict) -> list[str]:
    positive_amount(data)
    account["failed_attempts"] += 1
    if account["failed_attempts"] >= SUSPEND_AFTER_FAILURES:
        account["status"] = "suspended"
        return ["suspended"]
    account["status"] = "past_due"
    return [f"dunning:{account['failed_attempts']}"]


@handles("subscription.cancelled")
def subscription_cancelled(account: Account, data: dict) -> list[str]:
    account["status"] = "cancelled"
    if account["balance"] > 0:
        return ["goodbye", f"final-invoice:{account['balance']}"]
    return ["goodbye"]


@handles("subscription.renewed")
def subscription_renewed(account: Account, data: dict) -> list[str]:
    plan = data.get("plan")
    if not isinstance(plan, str) or not plan:
        raise InvalidEvent("subscription.renewed needs a plan")
    account.update(plan=plan, failed_attempts=0, status="active")
    return [f"renewed:{plan}"]


@handles("customer.updated")
def customer_updated(account: Account, data: dict) -> list[str]:
    email = data.get("email")
    if not isinstance(email, str):
        raise InvalidEvent("customer.updated needs an email")
    if "@" not in email:
        raise InvalidEvent("not an email address")
    if email == account["email"]:
        return []
    account["email"] = email
    return ["email-changed"]


def apply_event(account: Account, event: dict) -> list[str]:
    """Apply one billing event to `account` (a dict, changed in place).

    Returns the list of follow-up actions for the notification service.
    """
    event_type = event["type"]
    handler = HANDLERS.get(event_type)
    if handler is None:
        raise InvalidEvent(f"unknown event type {event_type}")
    if account["status"] == "cancelled" and event_type not in ALLOWED_WHEN_CANCELLED:
        return ["ignored"]
    return handler(account, event.get("data") or {})
