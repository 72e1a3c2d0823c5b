import datetime

import pytest

from filters import Filter, FilterError, parse_filters

FIELDS = {"status": "str", "quantity": "int", "total": "float", "paid": "bool", "created": "date"}


def test_values_are_converted_to_the_field_types():
    query = "status=open&quantity__gte=2&total__lt=9.5&paid=TRUE&created__gte=2026-01-05"
    assert parse_filters(query, FIELDS) == [
        Filter("status", "eq", "open"),
        Filter("quantity", "gte", 2),
        Filter("total", "lt", 9.5),
        Filter("paid", "eq", True),
        Filter("created", "gte", datetime.date(2026, 1, 5)),
    ]


def test_in_takes_a_comma_separated_list():
    assert parse_filters("quantity__in=1,5,3", FIELDS) == [Filter("quantity", "in", [1, 5, 3])]


def test_ignored_parameters_and_decoding():
    query = "?page=2&status=on%20hold&sort=-created"
    assert parse_filters(query, FIELDS, ignore=frozenset({"page", "sort"})) == [
        Filter("status", "eq", "on hold")
    ]


def test_unknown_field_is_reported():
    with pytest.raises(FilterError) as info:
        parse_filters("colour=red", FIELDS)
    assert list(info.value.errors) == ["colour"]


def test_every_problem_is_reported_at_once():
    with pytest.raises(FilterError) as info:
        parse_filters("quantity=two&status=open&total__between=1,2", FIELDS)
    assert set(info.value.errors) == {"quantity", "total__between"}
