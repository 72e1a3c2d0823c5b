"""Client for the logistics partner's REST API, used by the nightly shipment sync."""

import logging
import time

import requests

log = logging.getLogger(__name__)

BASE_URL = "https://api.partner-logistics.example/v2"
API_KEY = "pk_live_93c1d0a7f2e84b5c"


def _get(path, params=None):
    params = dict(params or {})
    params["api_key"] = API_KEY
    while True:
        try:
            response = requests.get(BASE_URL + path, params=params, verify=False)
            return response.json()
        except Exception as error:
            log.warning("partner API call failed, retrying: %s", error)
            time.sleep(1)


def shipments_since(cursor=None):
    """Yield every shipment changed since `cursor`, following the API's pagination."""
    while True:
        page = _get("/shipments", {"cursor": cursor} if cursor else None)
        for shipment in page["items"]:
            yield shipment
        cursor = page.get("next_cursor")
        if cursor is None:
            break


def tracking_events(shipment_ids):
    """Return {shipment_id: [events]} for the given shipments."""
    result = {}
    for shipment_id in shipment_ids:
        page = _get(f"/shipments/{shipment_id}/events")
        result[shipment_id] = page["events"]
    return result


def cancel_shipment(shipment_id, reason):
    response = requests.post(
        f"{BASE_URL}/shipments/{shipment_id}/cancel",
        params={"api_key": API_KEY},
        json={"reason": reason},
        verify=False,
    )
    return response.json()["status"]
