"""Page addresses stay ASCII: a Vietnamese title gives a slug without diacritics, đ → d included."""

import re
import unicodedata

import pytest

from core.text import SLUG_FORMATTERS, slugify_vi
from sections.models import NewsPage

TITLES = {
    "Kiểm thử Đường Đảng ủy": "kiem-thu-duong-dang-uy",
    "ĐẠI HỘI ĐẢNG BỘ PHƯỜNG": "dai-hoi-dang-bo-phuong",
    "Hướng dẫn thủ tục đăng ký khai sinh": "huong-dan-thu-tuc-dang-ky-khai-sinh",
}


@pytest.mark.parametrize(("title", "slug"), TITLES.items())
def test_a_page_saved_without_a_slug_gets_one_without_diacritics(section, title, slug):
    news = NewsPage(title=title, summary="Tóm tắt.")
    section("tin-tuc").add_child(instance=news)
    assert news.slug == slug


def test_an_automatic_slug_already_taken_gets_a_number(section):
    for _ in range(2):
        section("tin-tuc").add_child(instance=NewsPage(title="Đảng ủy phường", summary="Tóm tắt."))
    slugs = sorted(NewsPage.objects.filter(title="Đảng ủy phường").values_list("slug", flat=True))
    assert slugs == ["dang-uy-phuong", "dang-uy-phuong-2"]


def test_a_slug_typed_with_diacritics_in_the_editor_is_folded(section):
    form_class = NewsPage.get_edit_handler().get_form_class()
    form = form_class(instance=NewsPage(), parent_page=section("tin-tuc"))
    form.cleaned_data = {"slug": "kiểm-thử-đường"}
    assert form.clean_slug() == "kiem-thu-duong"
    form.cleaned_data = {"slug": "da-co-san"}
    assert form.clean_slug() == "da-co-san"


@pytest.mark.parametrize("text", [*TITLES, "Nghị quyết Hội đồng nhân dân"])
def test_the_browsers_table_folds_letters_as_the_server_does(text):
    """The admin's SlugInput applies SLUG_FORMATTERS, then keeps [a-z0-9-]: the same slug as slugify_vi."""
    for form in ("NFC", "NFD"):
        value = unicodedata.normalize(form, text)
        for pattern, replacement in SLUG_FORMATTERS:
            value = re.sub(pattern, replacement, value)
        browser_slug = re.sub(r"[-\s]+", "-", re.sub(r"[^-\w\s]", "", value.lower(), flags=re.ASCII))
        assert browser_slug == slugify_vi(text)
