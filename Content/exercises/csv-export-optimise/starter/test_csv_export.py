from csv_export import to_csv


def test_header_and_rows():
    rows = [{"id": 1, "name": "Ada"}, {"id": 2, "name": "Grace"}]
    assert to_csv(rows, ["id", "name"]) == "id,name\n1,Ada\n2,Grace\n"


def test_missing_and_special_values():
    rows = [{"id": 1, "paid": True, "note": None}, {"id": 2, "paid": False}]
    assert to_csv(rows, ["id", "paid", "note"]) == "id,paid,note\n1,true,\n2,false,\n"


def test_fields_with_separators_quotes_or_padding_are_quoted():
    rows = [{"a": "x,y", "b": 'say "hi"', "c": " padded", "d": "two\nlines"}]
    assert to_csv(rows, ["a", "b", "c", "d"]) == 'a,b,c,d\n"x,y","say ""hi"""," padded","two\nlines"\n'


def test_no_rows_gives_just_the_header():
    assert to_csv([], ["id"]) == "id\n"
