"""Applies billing webhooks to customer accounts."""


def apply_event(account, event):
    """Apply one billing event to `account` (a dict, changed in place).

    Returns the list of follow-up actions for the notification service.
    """
    t = event["type"]
    d = event.get("data") or {}
    actions = []
    if t == "invoice.paid" or t == "invoice.failed" or t == "subscription.cancelled" or t == "subscription.renewed" or t == "customer.updated":
        if account["status"] == "cancelled" and t != "subscription.renewed":
            return ["ignored"]
        if t == "invoice.paid":
            if "amount" in d:
                if type(d["amount"]) == int:
                    if d["amount"] > 0:
                        account["balance"] = account["balance"] - d["amount"]
                        actions.append("receipt:" + str(d["amount"]))
                        if account["status"] == "past_due" or account["status"] == "suspended":
                            if account["balance"] <= 0:
                                account["status"] = "active"
                                account["failed_attempts"] = 0
                                actions.append("reactivated")
                    else:
                        raise ValueError("amount must be positive")
                else:
                    raise ValueError("amount must be an integer")
            else:
                raise ValueError("invoice.paid needs an amount")
        elif t == "invoice.failed":
            if "amount" in d:
                if type(d["amount"]) == int:
                    if d["amount"] > 0:
                        account["failed_attempts"] = account["failed_attempts"] + 1
                        if account["failed_attempts"] >= 3:
                            account["status"] = "suspended"
                            actions.append("suspended")
                        else:
                            account["status"] = "past_due"
                            actions.append("dunning:" + str(account["failed_attempts"]))
                    else:
                        raise ValueError("amount must be positive")
                else:
                    raise ValueError("amount must be an integer")
            else:
                raise ValueError("invoice.failed needs an amount")
        elif t == "subscription.cancelled":
            account["status"] = "cancelled"
            actions.append("goodbye")
            if account["balance"] > 0:
                actions.append("final-invoice:" + str(account["balance"]))
        elif t == "subscription.renewed":
            if "plan" in d and type(d["plan"]) == str and d["plan"] != "":
                account["plan"] = d["plan"]
                account["failed_attempts"] = 0
                account["status"] = "active"
                actions.append("renewed:" + d["plan"])
            else:
                raise ValueError("subscription.renewed needs a plan")
        elif t == "customer.updated":
            if "email" in d and type(d["email"]) == str:
                if "@" in d["email"]:
                    if d["email"] != account["email"]:
                        account["email"] = d["email"]
                        actions.append("email-changed")
                else:
                    raise ValueError("not an email address")
            else:
                raise ValueError("customer.updated needs an email")
    else:
        raise ValueError("unknown event type " + str(t))
    return actions
