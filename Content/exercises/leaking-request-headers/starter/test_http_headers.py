from http_headers import DEFAULT_USER_AGENT, ApiClient, build_headers


def test_defaults_and_token():
    assert build_headers("abc") == {
        "User-Agent": DEFAULT_USER_AGENT,
        "Accept": "application/json",
        "Authorization": "Bearer abc",
    }


def test_anonymous_request_after_an_authenticated_one_has_no_token():
    build_headers("secret-of-alice")
    assert "Authorization" not in build_headers()


def test_extra_headers_override_defaults_without_being_changed():
    extra = {"Accept": "text/csv"}
    headers = build_headers("abc", extra)
    assert headers["Accept"] == "text/csv"
    assert extra == {"Accept": "text/csv"}


def test_clients_do_not_share_headers():
    first = ApiClient("https://billing.example.com")
    second = ApiClient("https://billing.example.com")
    first.set_header("X-Tenant", "acme")
    assert "X-Tenant" not in second.headers_for()
