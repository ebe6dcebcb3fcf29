"""robots.txt keeps crawlers out of the faceted /van-ban/?… space, and lets them read every document.

Read as RFC 9309 says crawlers read it (the longest matching rule wins, `*` and `$` patterns), which
Python's urllib.robotparser does not do: it drops the `?` from "Disallow: /van-ban/?".
"""

import re

import pytest

pytestmark = pytest.mark.django_db


def pattern(path):
    parts = (".*" if char == "*" else "$" if char == "$" else re.escape(char) for char in path)
    return re.compile("".join(parts))


@pytest.fixture
def can_fetch(client):
    rules = []
    for line in client.get("/robots.txt").content.decode().splitlines():
        field, _, value = line.partition(":")
        if field.strip().lower() in {"allow", "disallow"} and value.strip():
            rules.append((field.strip().lower() == "allow", value.strip()))

    def check(url):
        matches = [(len(path), allow) for allow, path in rules if pattern(path).match(url)]
        return max(matches)[1] if matches else True

    return check


@pytest.mark.parametrize(
    "path",
    [
        "/van-ban/?loai=quyet-dinh",
        "/van-ban/?q=an+ninh&nam=2025",
        "/van-ban/?format=csv",
        "/en/van-ban/?trang=2",
        "/api/v2/pages/",
    ],
)
def test_crawlers_stay_out_of_filtered_lists(can_fetch, path):
    assert not can_fetch(path)


@pytest.mark.parametrize(
    "path", ["/", "/van-ban/", "/van-ban/15-2025-qd-ubnd/", "/van-ban/rss/", "/tin-tuc/"]
)
def test_crawlers_read_the_list_and_each_document(can_fetch, path):
    assert can_fetch(path)
