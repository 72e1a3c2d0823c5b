import pytest

from versions import Version, latest

V = Version.parse


def test_parse_and_print():
    assert str(V("1.4.2")) == "1.4.2"


def test_parse_keeps_prerelease_and_build():
    version = V("2.0.0-rc.1+sha.5114f85")
    assert (version.major, version.minor, version.patch) == (2, 0, 0)
    assert version.prerelease == ("rc", "1")
    assert version.build == ("sha", "5114f85")
    assert str(version) == "2.0.0-rc.1+sha.5114f85"


@pytest.mark.parametrize(
    "text",
    ["1.2", "1.2.3.4", "v1.2.3", "01.2.3", "1.02.3", "1.2.03", "1.2.3-", "1.2.3-rc..1", "1.2.3-01", "1.2.3+", "1.2.3-rc_1", ""],
)
def test_invalid_versions_are_rejected(text):
    with pytest.raises(ValueError):
        V(text)


def test_zero_and_build_identifiers_with_leading_zeros_are_valid():
    assert str(V("0.0.0+001")) == "0.0.0+001"
    assert V("1.0.0-0").prerelease == ("0",)


@pytest.mark.parametrize(
    ("lower", "higher"),
    [
        ("1.9.0", "1.10.0"),
        ("1.2.9", "1.2.10"),
        ("9.0.0", "10.0.0"),
        ("1.9.9", "2.0.0"),
        ("1.0.0-rc.1", "1.0.0"),
        ("1.0.0-alpha", "1.0.0-alpha.1"),
        ("1.0.0-alpha.1", "1.0.0-alpha.beta"),
        ("1.0.0-alpha.beta", "1.0.0-beta"),
        ("1.0.0-beta.2", "1.0.0-beta.11"),
        ("1.0.0-rc.9", "1.0.0-rc.10"),
        ("1.0.0-1", "1.0.0-alpha"),
        ("1.0.0", "1.0.1-alpha"),
    ],
)
def test_precedence(lower, higher):
    assert V(lower) < V(higher)
    assert V(higher) > V(lower)
    assert V(lower) != V(higher)


def test_build_metadata_is_ignored():
    assert V("1.0.0+build.1") == V("1.0.0+build.2")
    assert hash(V("1.0.0+build.1")) == hash(V("1.0.0"))
    assert not V("1.0.0+zzz") > V("1.0.0+aaa")


def test_sorting_a_list_of_tags():
    tags = ["1.10.0", "1.0.0", "1.0.0-rc.10", "1.2.0", "1.0.0-rc.9", "1.9.0"]
    assert [str(v) for v in sorted(map(V, tags))] == ["1.0.0-rc.9", "1.0.0-rc.10", "1.0.0", "1.2.0", "1.9.0", "1.10.0"]


def test_latest_skips_prereleases_by_default():
    assert latest(["1.9.0", "2.0.0-rc.1", "1.10.0"]) == "1.10.0"


def test_latest_with_prereleases():
    assert latest(["1.9.0", "2.0.0-rc.1", "1.10.0"], include_prerelease=True) == "2.0.0-rc.1"


def test_latest_of_nothing_usable_is_none():
    assert latest([]) is None
    assert latest(["1.0.0-beta"]) is None


def test_latest_returns_the_first_of_equal_versions():
    assert latest(["1.0.0+a", "1.0.0+b"]) == "1.0.0+a"


def test_latest_rejects_an_invalid_tag():
    with pytest.raises(ValueError):
        latest(["1.0.0", "release-2"])
