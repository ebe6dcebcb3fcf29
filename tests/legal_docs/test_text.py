import unicodedata

from core.text import fold


def test_fold_strips_diacritics_lowercases_and_writes_d_for_dj():
    assert fold("Quyết định 218/2025/QĐ-UBND") == "quyet dinh 218/2025/qd-ubnd"
    assert fold("ĐẢNG ỦY Phường Dương Kinh") == "dang uy phuong duong kinh"


def test_fold_gives_the_same_result_for_composed_and_decomposed_input():
    text = "Nghị định hướng dẫn"
    assert fold(unicodedata.normalize("NFD", text)) == fold(text) == "nghi dinh huong dan"


def test_fold_of_nothing_is_empty():
    assert fold(None) == "" and fold("") == ""
