"""The search box of /van-ban/: citations written the way people write them find the document, and the
document asked for comes first (`legal_docs.ranking`), on PostgreSQL and SQLite alike.

The library (tests/factories/legal_library.py) holds real national laws, decrees and circulars and the
ward's own documents; QĐ 218/2025/QĐ-UBND cites several laws in its full text. A few more real national
documents are added here with their published metadata.
"""

import datetime

import pytest
from django.db import transaction
from django.utils import translation

from legal_docs.models import LegalDocument
from search.service import search_pages
from tests.factories.legal_docs import DocumentTypeFactory, IssuerFactory, LegalDocumentFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("ranking_library")]

# (number, type, issuer, issued, in force from, summary): as published in the national legal database.
NATIONAL = [
    ("13/2023/NĐ-CP", "Nghị định", "Chính phủ", "17/04/2023", "01/07/2023", "Bảo vệ dữ liệu cá nhân"),
    ("91/2025/QH15", "Luật", "Quốc hội", "26/06/2025", "01/01/2026", "Luật Bảo vệ dữ liệu cá nhân"),
    ("30/2020/NĐ-CP", "Nghị định", "Chính phủ", "05/03/2020", "05/03/2020", "Về công tác văn thư"),
    ("45/2013/QH13", "Luật", "Quốc hội", "29/11/2013", "01/07/2014", "Luật Đất đai"),
    ("31/2024/QH15", "Luật", "Quốc hội", "18/01/2024", "01/08/2024", "Luật Đất đai"),
    (
        "102/2024/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "30/07/2024",
        "01/08/2024",
        "Quy định chi tiết thi hành một số điều của Luật Đất đai",
    ),
]


def day(text):
    return datetime.datetime.strptime(text, "%d/%m/%Y").date()


@pytest.fixture(scope="module")
def ranking_library(legal_library_of_the_module, django_db_blocker):
    """The library and the documents above, added inside the module's transaction (rolled back after)."""
    with django_db_blocker.unblock(), transaction.atomic():
        for number, type_name, issuer, issued, effective, summary in NATIONAL:
            LegalDocumentFactory(
                number=number,
                document_type=DocumentTypeFactory(name=type_name),
                issuer=IssuerFactory(name=issuer, level="trung-uong"),
                issued_on=day(issued),
                effective_on=day(effective),
                summary=summary,
            )
        yield
        transaction.set_rollback(True)


# (what a person types, the number of the document that must come first, a number that must come after it
# or None). Citation forms first, then titles, then documents mentioned in another's text.
CASES = [
    ("42/2022/NĐ-CP", "42/2022/NĐ-CP", "218/2025/QĐ-UBND"),
    ("42/2022/ND-CP", "42/2022/NĐ-CP", "218/2025/QĐ-UBND"),
    ("42/2022", "42/2022/NĐ-CP", None),
    ("42 2022 nd cp", "42/2022/NĐ-CP", None),
    ("42-2022-nd-cp", "42/2022/NĐ-CP", None),
    ("Nghị định 42/2022/NĐ-CP", "42/2022/NĐ-CP", "218/2025/QĐ-UBND"),
    ("Nghị định số 42/2022/NĐ-CP", "42/2022/NĐ-CP", "218/2025/QĐ-UBND"),
    ("nghi dinh so 42/2022/nd-cp", "42/2022/NĐ-CP", None),
    ("NĐ 42/2022", "42/2022/NĐ-CP", None),
    ("nđ số 42/2022/nđ-cp", "42/2022/NĐ-CP", None),
    ("Luật 24/2018/QH14", "24/2018/QH14", None),
    ("Luật số 24/2018/QH14", "24/2018/QH14", None),
    ("luat so 24 2018 qh14", "24/2018/QH14", None),
    ("24/2018/QH14", "24/2018/QH14", None),
    ("Thông tư 22/2023/TT-BTTTT", "22/2023/TT-BTTTT", None),
    ("thong tu so 22/2023", "22/2023/TT-BTTTT", None),
    ("TT 22/2023/TT-BTTTT", "22/2023/TT-BTTTT", None),
    ("22/2023/tt-btttt", "22/2023/TT-BTTTT", None),
    ("Quyết định 218/2025/QĐ-UBND", "218/2025/QĐ-UBND", None),
    ("QĐ 218/2025", "218/2025/QĐ-UBND", None),
    ("quyet dinh so 218", "218/2025/QĐ-UBND", None),
    ("Quyết định số 139/2025/QĐ-UBND", "139/2025/QĐ-UBND", None),
    ("Nghị định 13/2023/NĐ-CP", "13/2023/NĐ-CP", None),
    ("nghị định số 13/2023", "13/2023/NĐ-CP", None),
    ("Luật số 91/2025/QH15", "91/2025/QH15", None),
    ("Nghị định 102/2024/NĐ-CP", "102/2024/NĐ-CP", None),
    ("Nghị định 30/2020 về công tác văn thư", "30/2020/NĐ-CP", None),
    ("Luật Đất đai số 45/2013/QH13", "45/2013/QH13", None),
    ("Nghị định 224/2026", "224/2026/NĐ-CP", None),
    ("Kế hoạch 40/KH-UBND", "40/KH-UBND", None),
    ("Tờ trình số 17/TTr-VP", "17/TTr-VP", "218/2025/QĐ-UBND"),
    ("Luật An ninh mạng", "116/2025/QH15", "24/2018/QH14"),
    ("luat an ninh mang", "116/2025/QH15", "24/2018/QH14"),
    ("Luật Chuyển đổi số", "148/2025/QH15", "224/2026/NĐ-CP"),
    ("Luật Tổ chức chính quyền địa phương", "65/2025/QH15", "218/2025/QĐ-UBND"),
    ("to chuc chinh quyen dia phuong", "65/2025/QH15", "218/2025/QĐ-UBND"),
    ("Luật Bảo vệ dữ liệu cá nhân", "91/2025/QH15", None),
    ("Nghị định bảo vệ dữ liệu cá nhân", "13/2023/NĐ-CP", None),
    ("bảo vệ dữ liệu cá nhân", "13/2023/NĐ-CP", "91/2025/QH15"),
    ("Luật Đất đai", "31/2024/QH15", "102/2024/NĐ-CP"),
    ("luat dat dai", "31/2024/QH15", "45/2013/QH13"),
    ("Luật Công nghệ thông tin", "67/2006/QH11", None),
    ("Luật Tiếp cận thông tin", "104/2016/QH13", None),
    ("Luật Ban hành văn bản quy phạm pháp luật", "64/2025/QH15", "80/2015/QH13"),
    ("cong tac van thu", "30/2020/NĐ-CP", None),
    ("phát ngôn và cung cấp thông tin cho báo chí", "244/2026/NĐ-CP", "09/2017/NĐ-CP"),
]


def listed(client, query, **params):
    documents = client.get("/van-ban/", {"q": query, **params}).context["documents"]
    return [document.number for document in documents.object_list]


@pytest.mark.parametrize(("query", "first", "after"), CASES, ids=[case[0] for case in CASES])
def test_the_document_asked_for_comes_first(client, query, first, after):
    numbers = listed(client, query)
    assert numbers and numbers[0] == first, numbers
    if after:
        assert after in numbers and numbers.index(after) > 0, numbers


def test_newest_keeps_the_date_order(client):
    numbers = listed(client, "42/2022/NĐ-CP", sap_xep="moi-nhat")
    assert numbers[0] == "218/2025/QĐ-UBND" and "42/2022/NĐ-CP" in numbers
    dates = list(
        LegalDocument.objects.filter(number__in=numbers)
        .order_by("-issued_on")
        .values_list("number", flat=True)
    )
    assert numbers == dates


def test_a_body_mention_ranks_below_every_metadata_match(client):
    numbers = listed(client, "Nghị định 42/2022")
    assert numbers.index("42/2022/NĐ-CP") < numbers.index("218/2025/QĐ-UBND")


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Luật Tổ chức chính quyền địa phương", "65/2025/QH15"),
        ("Luật Chuyển đổi số", "148/2025/QH15"),
        ("Luật Đất đai", "31/2024/QH15"),
    ],
)
def test_the_site_search_block_shows_the_best_document_and_counts_what_see_all_lists(query, first):
    """/tim-kiem/: the block above the pages puts first what /van-ban/?q= puts first; its count is the
    number the "see all" listing of documents shows."""
    with translation.override("vi"):
        outcome = search_pages({"q": query})
        everything = search_pages({"q": query, "loai": "legal_docs.legaldocument"})
    shown = outcome.results if outcome.results_are_documents else outcome.documents
    best = [result.page.number for result in shown]
    assert best and best[0] == first, best
    assert [result.page.number for result in everything.results][0] == first
    assert outcome.document_count == everything.results.paginator.count == everything.document_count
