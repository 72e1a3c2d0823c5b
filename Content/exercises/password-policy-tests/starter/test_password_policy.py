from password_policy import check_password


def test_a_strong_password_is_accepted():
    assert check_password("Correct-Horse-42-Battery") == []
