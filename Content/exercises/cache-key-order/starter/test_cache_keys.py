from cache_keys import cache_key


def test_parameter_order_does_not_matter():
    first = cache_key("/search", {"q": "shoes", "page": 2})
    second = cache_key("/search", {"page": 2, "q": "shoes"})
    assert first == second


def test_key_has_the_documented_form():
    # The CDN purges entries by these exact keys, so their form is part of the contract.
    assert cache_key("/search", {"q": "shoes", "page": 2}) == "/search?page=2&q=shoes"


def test_none_parameters_are_left_out():
    assert cache_key("/search", {"q": None}) == "/search"


def test_repeated_values_collapse():
    assert cache_key("/items", {"tag": ["b", "a", "b"]}).count("tag=") == 2
