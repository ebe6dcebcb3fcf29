"""Property test: whatever a client sends to the public side, the answer is 200, 301, 302, 400, 404 or 429,
never a server error, and a refused request stores nothing.

Hypothesis throws random text (NUL and control characters included), numbers far beyond bigint, invalid
UTF-8 (raw percent-encoded bytes) and unknown parameters at every public page's parameters, the public
forms, the feeds, the sitemaps and the API, on whichever database the run uses (SQLite or PostgreSQL). The
number of examples per target is bounded (FUZZ_EXAMPLES, 25 by default) so the test runs in `make test`;
raise it for a longer hunt.
"""

import os
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from legal_docs.models import LegalDocument
from moderation.intake.models import IntakeRecord
from search.models import SearchTerm
from tests.factories.home import build_every_page_type
from tests.factories.legal_docs import LegalDocumentFactory

pytestmark = pytest.mark.django_db

ALLOWED = {200, 301, 302, 400, 404, 429}
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # nothing written into the work tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

LIST = ["trang"]
VAN_BAN = [
    "q",
    "loai",
    "co_quan",
    "linh_vuc",
    "nguoi_ky",
    "nam",
    "tinh_trang",
    "tu_ngay",
    "den_ngay",
    "trang",
]
API = ["search", "search_operator", "offset", "limit", "type", "fields", "order", "child_of", "ancestor_of"]
API += ["descendant_of", "translation_of", "locale", "id", "title", "slug", "show_in_menus"]
TARGETS = {
    "/": LIST,
    "/en/": LIST,
    "/tin-tuc/": LIST,
    "/tin-tuc/rss/": [],
    "/tin-tuc/thu-vien/": LIST,
    "/tin-tuc/chuyen-muc/{segment}/": LIST,
    "/tin-tuc/chuyen-muc/{segment}/rss/": [],
    "/chi-dao-dieu-hanh/": LIST,
    "/lay-y-kien/": LIST,
    "/lay-y-kien/rss/": [],
    "/hoi-dap/": LIST,
    "/van-ban/": [*VAN_BAN, "format"],
    "/van-ban/rss/": [],
    "/van-ban/{segment}/": [],
    "/tim-kiem/": ["q", "trang", "loai", "muc", "nam", "loai_van_ban"],
    "/en/tim-kiem/": ["q", "trang"],
    "/sitemap.xml": ["p"],
    "/sitemap-{segment}.xml": ["p"],
    "/sitemap-pages.xml": ["p"],
    "/sitemap-documents.xml": ["p"],
    "/robots.txt": [],
    "/api/v2/pages/": API,
    "/api/v2/pages/find/": ["html_path", "id"],
    "/api/v2/pages/{segment}/": ["fields"],
    "/api/v2/images/": API[:9],
    "/api/v2/documents/": API[:9],
    "/lien-he/gui-thong-tin/": [],
    "/lien-he/gui-thong-tin/da-nhan/": [],
    "/lien-he/tra-cuu/": ["ma"],
    "/{segment}/": LIST,
}

huge_numbers = st.one_of(
    st.integers(min_value=-(10**40), max_value=10**40),
    st.sampled_from([2**63, 2**63 - 1, -(2**63) - 1, 2**64]),
).map(str)
nasty = st.sampled_from(
    ["\x00", "a\x00b", "\x1b[0m", "\ufeff", "\u202e", "%", "%%", "'", '"', "\\", "../../etc/passwd", "1e309"]
    + ["NaN", "-1", "0", "", " ", "xor", "=1+1", "<script>", "{{ 1 }}", "\ud7ff", "𝔸", "Đ" * 300]
)
# Strange values come up as often as plain random text: a bug hides behind the odd value, not the typical one.
texts = st.one_of(st.text(max_size=60), huge_numbers, nasty, nasty.map(lambda value: f"x{value}y"))


def encode_text(value):
    return quote(value.encode("utf-8"), safe="")


# A value as it travels in a query string or a path: UTF-8 of any text, or bytes that are not UTF-8.
encoded_values = st.one_of(
    texts.map(encode_text), st.binary(max_size=24).map(lambda raw: quote(raw, safe=""))
)


@st.composite
def requests_to(draw, template):
    path = template.replace("{segment}", draw(encoded_values) or "x")
    names = draw(st.lists(st.sampled_from(TARGETS[template] or ["x"]), min_size=1, max_size=4))
    names += draw(st.lists(texts, max_size=1))  # an unknown (and strange) parameter name
    query = "&".join(f"{encode_text(name)}={draw(encoded_values)}" for name in names)
    return path, query


def stored():
    return (IntakeRecord.objects.count(), SearchTerm.objects.count(), LegalDocument.objects.count())


@pytest.fixture(scope="module")
def portal_of_the_module(django_db_setup, django_db_blocker):
    """A page of every type and a legal document, built once for the module and rolled back after it (as
    tests/legal_docs/conftest.py does for its library)."""
    with django_db_blocker.unblock(), transaction.atomic():
        build_every_page_type()
        LegalDocumentFactory(number="15/2025/QĐ-UBND", summary="Quy định về quản lý trật tự đô thị")
        yield
        transaction.set_rollback(True)


@pytest.fixture
def portal(db, portal_of_the_module):
    pass


@pytest.mark.parametrize("template", sorted(TARGETS))
def test_public_get_requests_never_fail(client, portal, template):
    @FUZZ
    @given(request=requests_to(template))
    def check(request):
        path, query = request
        before = stored()
        response = client.get(path, QUERY_STRING=query)
        assert response.status_code in ALLOWED, (path, query, response.status_code)
        if response.status_code >= 400:
            assert stored() == before, (path, query)

    check()


form_fields = ["sender_name", "sender_email", "sender_phone", "sender_address", "subject", "body", "consent"]
form_fields += ["website", "code", "contact", "csrfmiddlewaretoken"]


@st.composite
def form_posts(draw):
    data = {
        name: draw(texts) for name in draw(st.lists(st.sampled_from(form_fields), max_size=9, unique=True))
    }
    files = [
        SimpleUploadedFile(draw(texts) or "x", draw(st.binary(max_size=200)))
        for _ in range(draw(st.integers(min_value=0, max_value=2)))
    ]
    if files:
        data["attachments"] = files
    return draw(st.sampled_from(["/lien-he/gui-thong-tin/", "/lien-he/tra-cuu/"])), data


@FUZZ
@given(post=form_posts())
def test_public_form_posts_never_fail_and_refusals_store_nothing(client, portal, settings, post):
    settings.INTAKE_RATE_LIMIT = settings.INTAKE_TRACK_RATE_LIMIT = 10**6
    path, data = post
    before = IntakeRecord.objects.count()
    response = client.post(path, data)
    assert response.status_code in ALLOWED, (path, data, response.status_code)
    if response.status_code != 302:
        assert IntakeRecord.objects.count() == before, (path, data)
    assert IntakeRecord.objects.count() <= before + 1


@FUZZ
@given(raw=st.binary(max_size=300), path=st.sampled_from(["/lien-he/gui-thong-tin/", "/lien-he/tra-cuu/"]))
def test_raw_form_bodies_that_are_not_utf8_never_fail(client, portal, settings, raw, path):
    settings.INTAKE_RATE_LIMIT = settings.INTAKE_TRACK_RATE_LIMIT = 10**6
    before = IntakeRecord.objects.count()
    response = client.post(path, raw, content_type="application/x-www-form-urlencoded")
    assert response.status_code in ALLOWED, (path, raw, response.status_code)
    assert IntakeRecord.objects.count() == before  # no consent, no name: never a valid submission
