import pytest

from autocomplete import Autocomplete


def make():
    ac = Autocomplete()
    ac.add("python", 50)
    ac.add("pycharm", 20)
    ac.add("pytest", 20)
    ac.add("pandas", 70)
    return ac


def test_suggestions_are_ranked_by_frequency_then_alphabetically():
    assert make().suggest("py") == [("python", 50), ("pycharm", 20), ("pytest", 20)]


def test_k_limits_the_number_of_suggestions():
    assert make().suggest("p", k=2) == [("pandas", 70), ("python", 50)]


def test_terms_are_normalised_and_counts_accumulate():
    ac = Autocomplete()
    ac.add("  New York ")
    ac.add("new york", 2)
    assert ac.suggest("NEW") == [("new york", 3)]
    assert len(ac) == 1


def test_remove_deletes_only_that_term():
    ac = make()
    ac.remove("python")
    assert "python" not in ac
    assert ac.suggest("py") == [("pycharm", 20), ("pytest", 20)]


def test_count_must_be_positive():
    with pytest.raises(ValueError):
        Autocomplete().add("python", 0)
