from deliveries import dedupe_deliveries


def delivery(source, event_id, n=0):
    return {"source": source, "id": event_id, "payload": {"n": n}}


def test_keeps_the_first_delivery_of_each_event():
    first = delivery("stripe", "evt_1", 1)
    retry = delivery("stripe", "evt_1", 2)
    other = delivery("stripe", "evt_2", 3)
    unique, repeats = dedupe_deliveries([first, retry, other])
    assert unique == [first, other]
    assert unique[0] is first
    assert repeats == {"stripe": 1}


def test_same_id_from_different_sources_is_not_a_repeat():
    batch = [delivery("stripe", "1"), delivery("github", "1")]
    assert dedupe_deliveries(batch) == (batch, {})


def test_repeats_are_counted_per_source():
    batch = [delivery("a", "x"), delivery("a", "x"), delivery("b", "y"), delivery("a", "x"), delivery("b", "y")]
    unique, repeats = dedupe_deliveries(batch)
    assert [d["source"] for d in unique] == ["a", "b"]
    assert repeats == {"a": 2, "b": 1}


def test_empty_batch():
    assert dedupe_deliveries([]) == ([], {})
