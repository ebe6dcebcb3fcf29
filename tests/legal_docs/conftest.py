"""Legal documents for the tests of /van-ban/: a library shaped like the ward's, and the documents a test
makes under an issuer of its own, so that the library's documents do not blur the test's counts."""

import datetime

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from legal_docs.models import IssuingLevel, LegalDocument, LegalDocumentIndexPage
from tests.factories.core import PASSWORD, UserFactory
from tests.factories.legal_docs import (
    DocumentTypeFactory,
    IssuerFactory,
    LegalDocumentFactory,
    LegalFieldFactory,
    SignerFactory,
)
from tests.factories.legal_library import build_legal_library

TEST_ISSUER = "co-quan-thu-nghiem"


@pytest.fixture
def index_page(db):
    return LegalDocumentIndexPage.objects.live().get()


@pytest.fixture(scope="module")
def legal_library_of_the_module(django_db_setup, django_db_blocker):
    """The library, built once for the tests of a module, in a transaction rolled back after its last test.

    Building it takes a few seconds (each document is saved, indexed and published like an editor's); a
    module whose tests read it builds it once. pytest-django has no database fixture wider than a test
    (pytest-django#514), so this does what Django's `TestCase.setUpTestData` does: each test runs in its own
    savepoint inside the module's transaction, sees the library as built and leaves it so. A module that
    uses it names it in `pytestmark` for every test, so that no test depends on the order tests run in.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield {number: document.pk for number, document in build_legal_library().items()}
        transaction.set_rollback(True)


@pytest.fixture
def legal_library(db, legal_library_of_the_module):
    """The published documents of a library shaped like the ward's (tests/factories/legal_library.py), by
    number, read afresh for the test: QĐ 218/2025/QĐ-UBND with its text, its PDF and the twelve documents it
    is based on, the decrees of 2026 that replaced older ones, and more than a page of the list."""
    documents = LegalDocument.objects.in_bulk(legal_library_of_the_module.values())
    return {number: documents[pk] for number, pk in legal_library_of_the_module.items()}


@pytest.fixture
def taxonomy(db):
    return {
        "issuer": IssuerFactory(name="Cơ quan thử nghiệm", level=IssuingLevel.WARD),
        "other_issuer": IssuerFactory(
            name="Cơ quan thử nghiệm thứ hai", slug="co-quan-thu-nghiem-2", level=IssuingLevel.CITY
        ),
        "field_a": LegalFieldFactory(name="Lĩnh vực A"),
        "field_b": LegalFieldFactory(name="Lĩnh vực B"),
        "signer": SignerFactory(name="Lê Thị Thử", slug="nguoi-ky-thu", position="Phó Chủ tịch"),
        "quyet_dinh": DocumentTypeFactory(name="Quyết định"),
        "ke_hoach": DocumentTypeFactory(name="Kế hoạch"),
    }


@pytest.fixture
def make_document(taxonomy):
    """A document of the test's issuer, saved as the workflow leaves it: live, with a published revision."""

    def make(
        number,
        *,
        summary="Văn bản thử nghiệm",
        type="quyet_dinh",
        issuer="issuer",
        fields=(),
        signer=None,
        issued_on=datetime.date(2024, 5, 10),
        effective_on=None,
        expires_on=None,
        relations=(),
        live=True,
        **extra,
    ):
        return LegalDocumentFactory(
            number=number,
            summary=summary,
            document_type=taxonomy[type],
            issuer=taxonomy[issuer],
            signer=taxonomy[signer] if signer else None,
            issued_on=issued_on,
            effective_on=effective_on,
            expires_on=expires_on,
            fields=[taxonomy[name] for name in fields],
            relations=list(relations),
            live=live,
            **extra,
        )

    return make


@pytest.fixture
def make_user(db):
    def make(username, *role_names, superuser=False):
        return UserFactory(username=username, roles=list(role_names), superuser=superuser)

    return make


@pytest.fixture
def login(db):
    def sign_in(user):
        client = Client()
        response = client.post(
            reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD}
        )
        assert response.status_code == 302, "login failed"
        return client

    return sign_in
