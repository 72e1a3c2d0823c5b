import pytest

from billing_events import apply_event


def account(**changes):
    base = {"status": "active", "balance": 0, "plan": "basic", "email": "a@example.com", "failed_attempts": 0}
    return {**base, **changes}


def test_payment_reactivates_a_past_due_account():
    acct = account(status="past_due", balance=1500, failed_attempts=2)
    actions = apply_event(acct, {"type": "invoice.paid", "data": {"amount": 1500}})
    assert actions == ["receipt:1500", "reactivated"]
    assert acct["status"] == "active" and acct["balance"] == 0 and acct["failed_attempts"] == 0


def test_third_failed_payment_suspends():
    acct = account(failed_attempts=2)
    assert apply_event(acct, {"type": "invoice.failed", "data": {"amount": 900}}) == ["suspended"]
    assert acct["status"] == "suspended"


def test_cancelled_accounts_ignore_events():
    acct = account(status="cancelled")
    assert apply_event(acct, {"type": "invoice.failed", "data": {"amount": 900}}) == ["ignored"]
    assert acct == account(status="cancelled")


def test_unknown_event_type():
    with pytest.raises(ValueError):
        apply_event(account(), {"type": "invoice.refunded", "data": {}})
