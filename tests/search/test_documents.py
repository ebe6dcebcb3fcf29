"""Legal documents in the site search: the "Văn bản" block, the facets, the filters and the capped counts."""

import datetime

import pytest
from django.utils import translation

from search import service
from search.service import search_pages
from tests.factories.documents import DocumentFactory, docx_bytes
from tests.factories.legal_docs import LegalDocumentFactory

from .cases import DOCUMENT_CASES, check_document

SEARCH_URL = "/tim-kiem/"
DECISION_218 = "218/2025/QĐ-UBND"
DOCUMENTS = "legal_docs.legaldocument"


def run(query, **params):
    with translation.override("vi"):
        outcome = search_pages({"q": query, **params})
    assert not outcome.error, outcome.error
    return outcome


def document_numbers(outcome):
    """The documents found, best first: the block above the pages, or the list when it lists documents."""
    listed = outcome.results if outcome.results_are_documents else outcome.documents
    return [result.page.number for result in listed]


def facet(outcome, param):
    """The options of the facet `param`, by value."""
    return {option.value: option for f, options in outcome.facets if f.param == param for option in options}


def publish_document(number, summary, *, attachment_text=None, live=True):
    """A decision of the ward saved and published as the workflow would, optionally with a DOCX attachment
    (its text is extracted by the immediate background task when the document is saved)."""
    attachments = []
    if attachment_text:
        word = docx_bytes([attachment_text])
        attachments = [DocumentFactory(title=number, file__filename="dinh-kem.docx", file__data=word)]
    return LegalDocumentFactory(
        number=number,
        summary=summary,
        issued_on=datetime.date(2024, 3, 15),
        attachments=attachments,
        live=live,
    )


@pytest.mark.parametrize("case", DOCUMENT_CASES, ids=[case[0] for case in DOCUMENT_CASES])
def test_documents_are_found_by_number_and_summary(search_corpus, db, case):
    problem = check_document(case, document_numbers(run(case[0])))
    assert problem is None, problem


def test_a_document_is_found_by_the_text_of_its_attachment(db):
    document = publish_document(
        "77/2024/QĐ-UBND",
        "Về việc tổ chức lễ hội truyền thống",
        attachment_text="Phương án phân luồng giao thông quanh khu Xylophon trong những ngày lễ hội.",
    )
    assert "Xylophon" in document.extracted_text
    # Without diacritics, "luồng" (two diacritics) included: SQLite's FTS5 folds one diacritic only, so this
    # needs the folded copy of the attachment text that legal documents index (docs/search.md).
    outcome = run("phan luong giao thong xylophon")
    assert document_numbers(outcome) == ["77/2024/QĐ-UBND"]
    result = outcome.results[0]
    assert "<mark>phân</mark> <mark>luồng</mark> <mark>giao</mark> <mark>thông</mark>" in result.snippet
    assert result.url == f"/van-ban/{document.slug}/"


def test_a_draft_document_is_not_found(db):
    publish_document("78/2024/QĐ-UBND", "Quy định về chợ đêm Quyxorta", live=False)
    assert run("quyxorta").count == 0
    publish_document("79/2024/QĐ-UBND", "Quy định về chợ đêm Quyxorta")
    assert document_numbers(run("quyxorta")) == ["79/2024/QĐ-UBND"]


def test_the_block_shows_number_summary_type_issuer_date_and_links_to_all(client, search_corpus, db):
    response = client.get(SEARCH_URL, {"q": "quyet dinh 218"})
    outcome = response.context["outcome"]
    first = outcome.documents[0]
    assert first.page.number == DECISION_218 and first.is_document
    assert first.title.startswith(
        "<mark>Quyết</mark> <mark>định</mark> <mark>218</mark>/2025/QĐ-UBND – Ban hành"
    )
    assert (first.type_label, first.section) == ("Quyết định", "Ủy ban nhân dân phường Dương Kinh")
    assert first.date == datetime.date(2025, 8, 6) and first.url == "/van-ban/218-2025-qd-ubnd/"
    content = response.content.decode()
    assert 'href="/van-ban/218-2025-qd-ubnd/"' in content and "search-page__documents" in content
    assert outcome.count == outcome.document_count + response.context["results"].paginator.count

    many = client.get(SEARCH_URL, {"q": "quyet dinh"}).context["outcome"]
    assert len(many.documents) == 3 and many.document_count > 3
    assert f"loai={DOCUMENTS}" in many.documents_url and "q=quyet+dinh" in many.documents_url


def test_facets_offer_documents_and_their_types_with_counts(search_corpus, db):
    outcome = run("quyet dinh")
    types = facet(outcome, "loai")
    assert types[DOCUMENTS].label == "Văn bản" and types[DOCUMENTS].count == outcome.document_count
    kinds = facet(outcome, "loai_van_ban")
    assert kinds["quyet-dinh"].label == "Quyết định"
    assert sum(option.count for option in kinds.values()) == outcome.document_count
    assert facet(outcome, "muc")["van-ban"].count >= outcome.document_count
    years = facet(outcome, "nam")
    assert sum(option.count for option in years.values()) == outcome.count


def test_filters_list_documents_only_or_leave_them_out(search_corpus, db):
    everything = run("quyet dinh")
    only_documents = run("quyet dinh", loai=DOCUMENTS)
    assert only_documents.results_are_documents and not only_documents.documents
    assert only_documents.count == everything.document_count
    assert all(result.is_document for result in only_documents.results)

    decisions = run("quyet dinh", loai_van_ban="quyet-dinh")
    assert decisions.count == facet(everything, "loai_van_ban")["quyet-dinh"].count
    assert {result.type_label for result in decisions.results} == {"Quyết định"}

    in_2025 = run("quyet dinh 218", loai_van_ban="quyet-dinh", nam="2025")
    assert document_numbers(in_2025)[0] == DECISION_218
    assert run("quyet dinh 218", loai_van_ban="quyet-dinh", nam="2019").count == 0

    news_only = run("quyet dinh 218", loai="sections.newspage")
    assert news_only.document_count == 0 and not news_only.documents
    assert not any(result.is_document for result in news_only.results)

    section = run("quyet dinh 218", muc="van-ban")
    assert document_numbers(section)[0] == DECISION_218
    assert run("quyet dinh 218", muc="tin-tuc").document_count == 0


def test_unknown_document_type_is_ignored(search_corpus, db):
    assert run("quyet dinh 218", loai_van_ban="khong-co").count == run("quyet dinh 218").count


def test_documents_are_not_searched_on_the_english_page(client, english_page):
    outcome = client.get("/en/tim-kiem/", {"q": "218/2025/QĐ-UBND"}).context["outcome"]
    assert outcome.document_count == 0 and not outcome.documents


def test_counts_beyond_the_cap_are_shown_as_more_than(client, search_pages_fixture, monkeypatch):
    monkeypatch.setattr(service, "MATCH_CAP", 2)
    exact = client.get(SEARCH_URL, {"q": "zeta", "loai": "sections.newspage"}).context["outcome"]
    assert (exact.count, exact.count_capped) == (2, False)
    response = client.get(SEARCH_URL, {"q": "cho phien", "loai": "sections.newspage"})
    outcome = response.context["outcome"]
    assert outcome.count_capped and outcome.count == 2  # four pages match
    assert "Hơn 2 kết quả" in response.content.decode()
    assert sum(option.count for option in facet(outcome, "loai").values()) == 2
