"""A small in-process event bus, webhooks and field limit checks."""

from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any

Handler = Callable[[Any], None]


class EventBus:
    """Calls the handlers subscribed to an event, in subscription order."""

    def __init__(self) -> None:
        self._handlers: defaultdict[str, list[Handler]] = defaultdict(list)

    def subscribe(self, event: str, handler: Handler) -> None:
        self._handlers[event].append(handler)

    def publish(self, event: str, payload: Any) -> int:
        handlers = list(self._handlers.get(event, ()))
        for handler in handlers:
            handler(payload)
        return len(handlers)


def _webhook(send: Callable[[str, str, Any], None], url: str, event: str) -> Handler:
    """A handler bound to this url and event (a new scope per call, so no late binding)."""

    def handler(payload: Any) -> None:
        send(url, event, payload)

    return handler


def register_webhooks(
    bus: EventBus,
    endpoints: Mapping[str, list[str]],
    send: Callable[[str, str, Any], None],
) -> None:
    """Subscribe one handler per URL that sends the event's payload to that URL."""
    for event, urls in endpoints.items():
        for url in urls:
            bus.subscribe(event, _webhook(send, url, event))


def make_limit_checks(limits: Mapping[str, float]) -> dict[str, Callable[[float], bool]]:
    """For each field, a function telling whether a value is within the field's maximum."""
    return {field: (lambda value, limit=limit: value <= limit) for field, limit in limits.items()}
