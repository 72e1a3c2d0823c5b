"""Headers for outgoing requests to the billing API."""

DEFAULT_USER_AGENT = "billing-client/2.3"


def build_headers(token: str | None = None, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Return the headers for one request: defaults, then extra, then the token."""
    headers = {"User-Agent": DEFAULT_USER_AGENT, "Accept": "application/json"}
    if extra:
        headers.update(extra)
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return headers


class ApiClient:
    """A client for one base URL with its own default headers."""

    def __init__(self, base_url: str, token: str | None = None, default_headers: dict[str, str] | None = None) -> None:
        self.base_url = base_url
        self.token = token
        self.default_headers = dict(default_headers or {})

    def set_header(self, name: str, value: str) -> None:
        """Add or replace a default header of this client."""
        self.default_headers[name] = value

    def headers_for(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """The headers of one request made by this client."""
        merged = dict(self.default_headers)
        if extra:
            merged.update(extra)
        return build_headers(self.token, merged)
