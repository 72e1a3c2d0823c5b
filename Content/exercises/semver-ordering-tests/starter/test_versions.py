from versions import Version


def test_parse_and_print():
    assert str(Version.parse("1.4.2")) == "1.4.2"
