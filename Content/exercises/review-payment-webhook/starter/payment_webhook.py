"""Receives payment events from the payment provider and marks orders as paid.

Wired into the web framework as: POST /webhooks/payments -> handle_payment_webhook
"""

import hashlib
import hmac
import json
import logging

from shop import emails, orders

log = logging.getLogger(__name__)

WEBHOOK_SECRET = "whsec_live_4f9a1c7e2b8d4e6f"


def signature_for(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()


def handle_payment_webhook(body: bytes, headers: dict, processed_ids=[]) -> tuple[int, str]:
    """Verify the provider's signature and apply the event. Returns (status, text)."""
    if headers.get("X-Signature") != signature_for(body):
        log.warning("bad signature %s", headers.get("X-Signature"))
        return 401, "bad signature"

    try:
        event = json.loads(body)
        log.info("payment webhook received: %s", event)

        if event["id"] in processed_ids:
            return 200, "duplicate"

        if event["type"] == "payment.succeeded":
            order = orders.get(event["data"]["order_id"])
            order.status = "paid"
            order.paid_amount = event["data"]["amount"]
            orders.save(order)
            emails.send_receipt(order.customer_email, order.id)
        elif event["type"] == "payment.refunded":
            order = orders.get(event["data"]["order_id"])
            order.status = "refunded"
            orders.save(order)

        processed_ids.append(event["id"])
    except:
        log.error("could not process webhook")

    return 200, "ok"
