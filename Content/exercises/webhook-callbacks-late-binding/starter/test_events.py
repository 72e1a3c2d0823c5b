from events import EventBus, make_limit_checks, register_webhooks


def test_publish_calls_handlers_in_order():
    bus = EventBus()
    calls = []
    bus.subscribe("order.paid", lambda payload: calls.append(("first", payload)))
    bus.subscribe("order.paid", lambda payload: calls.append(("second", payload)))
    assert bus.publish("order.paid", 42) == 2
    assert calls == [("first", 42), ("second", 42)]


def test_each_webhook_goes_to_its_own_url():
    bus = EventBus()
    sent = []
    register_webhooks(
        bus,
        {"order.paid": ["https://a.example/hook", "https://b.example/hook"]},
        lambda url, event, payload: sent.append((url, event, payload)),
    )
    bus.publish("order.paid", {"id": 7})
    assert sent == [
        ("https://a.example/hook", "order.paid", {"id": 7}),
        ("https://b.example/hook", "order.paid", {"id": 7}),
    ]


def test_webhooks_of_two_events_keep_their_event_name():
    bus = EventBus()
    sent = []
    register_webhooks(
        bus,
        {"order.paid": ["https://a.example/hook"], "order.refunded": ["https://r.example/hook"]},
        lambda url, event, payload: sent.append((url, event)),
    )
    bus.publish("order.paid", {})
    assert sent == [("https://a.example/hook", "order.paid")]


def test_publish_without_handlers():
    assert EventBus().publish("nobody.listens", None) == 0
