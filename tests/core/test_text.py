"""core.text: how a person who wrote to the portal is shown to the public."""

import pytest

from core.text import initials


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Nguyễn Thị Hoa", "N.T.H."),
        ("  đỗ   văn hùng ", "Đ.V.H."),
        ("<script>alert(1)</script> Lan", "L."),
        ("", ""),
        (None, ""),
    ],
)
def test_initials_keep_only_the_first_letter_of_each_word(name, shown):
    assert initials(name) == shown
