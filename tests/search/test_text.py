"""Vietnamese text helpers: folding, query parsing, document numbers and the extra index keys."""

import unicodedata

import pytest

from core.text import exact_key, fold, index_keys, nfc, normalise_document_number
from search.text import parse_query


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Dương Kinh", "duong kinh"),
        ("Đảng ủy", "dang uy"),
        ("ĐẢNG ỦY", "dang uy"),
        ("Thủ tục hành chính Đà Nẵng", "thu tuc hanh chinh da nang"),
        ("Nghệ thuật ưu tiên", "nghe thuat uu tien"),
        (unicodedata.normalize("NFD", "Hải Phòng"), "hai phong"),
        ("218/2025/QĐ-UBND", "218/2025/qd-ubnd"),
        ("", ""),
    ],
)
def test_fold_removes_case_and_diacritics_including_d_with_stroke(text, folded):
    assert fold(text) == folded


def test_nfc_composes_decomposed_vietnamese():
    decomposed = unicodedata.normalize("NFD", "Tiếng Việt")
    assert decomposed != "Tiếng Việt"
    assert nfc(decomposed) == "Tiếng Việt"


@pytest.mark.parametrize(
    "number", ["218/2025/QĐ-UBND", "218/2025/QD-UBND", "218/2025/qđ-ubnd", "218 2025 QĐ UBND"]
)
def test_document_number_variants_normalise_alike(number):
    assert normalise_document_number(number) == "218 2025 qd ubnd"


def test_parse_query_separates_phrases_from_terms():
    parsed = parse_query('"Thủ tục  hành chính" Dương Kinh')
    assert parsed.phrases == [["thủ", "tục", "hành", "chính"]]
    assert parsed.terms == ["dương", "kinh"]


def test_parse_query_splits_document_numbers_into_parts():
    assert parse_query("218/2025/QĐ-UBND").terms == ["218", "2025", "qđ", "ubnd"]


@pytest.mark.parametrize("query", ["!!!", "<>", "  ", '""', "%%% ***", "_"])
def test_parse_query_without_words_is_empty(query):
    assert not parse_query(query)


def test_parse_query_drops_markup_characters():
    assert parse_query("<script>alert(1)</script>").terms == ["script", "alert", "1"]


def test_exact_key_only_for_words_with_diacritics():
    assert exact_key("ban") is None
    assert exact_key("bán") != exact_key("bản")
    assert exact_key("Bán") == exact_key("bán") == exact_key(unicodedata.normalize("NFD", "bán"))
    assert exact_key("bán").isascii() and exact_key("bán").isalnum()


def test_index_keys_hold_a_folded_copy_then_the_exact_keys():
    keys = index_keys(["Đảng ủy bán 218/2025/QĐ-UBND"])
    assert keys.startswith("dang uy ban 218 2025 qd ubnd ")
    assert exact_key("bán") in keys.split()
    assert exact_key("đảng") in keys.split()


def test_slugify_vi_folds_vietnamese_and_cuts_at_a_word_boundary():
    from core.text import slugify_vi

    assert slugify_vi("Đăng ký khai sinh cho trẻ em") == "dang-ky-khai-sinh-cho-tre-em"
    assert slugify_vi("218/2025/QĐ-UBND") == "218-2025-qd-ubnd"
    assert slugify_vi("Thủ tục hành chính phường Dương Kinh", max_length=20) == "thu-tuc-hanh-chinh"
