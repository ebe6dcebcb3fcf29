"""Documents made for a test, under their own issuer so that the demo records do not blur the counts."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from legal_docs.models import (
    DocumentType,
    Issuer,
    IssuingLevel,
    LegalDocument,
    LegalDocumentIndexPage,
    LegalDocumentRelation,
    LegalField,
    Signer,
)

PASSWORD = "correct-horse-battery-staple"
TEST_ISSUER = "co-quan-thu-nghiem"


@pytest.fixture
def index_page(db):
    return LegalDocumentIndexPage.objects.live().get()


@pytest.fixture
def taxonomy(db):
    issuer, _ = Issuer.objects.get_or_create(
        slug=TEST_ISSUER, defaults={"name": "Cơ quan thử nghiệm", "level": IssuingLevel.WARD}
    )
    other_issuer, _ = Issuer.objects.get_or_create(
        slug="co-quan-thu-nghiem-2",
        defaults={"name": "Cơ quan thử nghiệm thứ hai", "level": IssuingLevel.CITY},
    )
    field_a, _ = LegalField.objects.get_or_create(slug="linh-vuc-a", defaults={"name": "Lĩnh vực A"})
    field_b, _ = LegalField.objects.get_or_create(slug="linh-vuc-b", defaults={"name": "Lĩnh vực B"})
    signer, _ = Signer.objects.get_or_create(
        slug="nguoi-ky-thu", defaults={"name": "Lê Thị Thử", "position": "Phó Chủ tịch"}
    )
    return {
        "issuer": issuer,
        "other_issuer": other_issuer,
        "field_a": field_a,
        "field_b": field_b,
        "signer": signer,
        "quyet_dinh": DocumentType.objects.get(slug="quyet-dinh"),
        "ke_hoach": DocumentType.objects.get(slug="ke-hoach"),
    }


@pytest.fixture
def make_document(taxonomy):
    """A document saved like the workflow would leave it: live, with a published revision."""

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
        document = LegalDocument(
            number=number,
            summary=summary,
            document_type=taxonomy[type],
            issuer=taxonomy[issuer],
            signer=taxonomy[signer] if signer else None,
            issued_on=issued_on,
            effective_on=effective_on,
            expires_on=expires_on,
            live=False,
            **extra,
        )
        document.fields = [taxonomy[name] for name in fields]
        document.relations = [LegalDocumentRelation(kind=kind, target=target) for kind, target in relations]
        document.save()
        revision = document.save_revision()
        if live:
            revision.publish(skip_permission_checks=True)
        document.refresh_from_db()
        return document

    return make


@pytest.fixture
def make_user(db):
    def make(username, *role_names, superuser=False):
        user = get_user_model().objects.create_user(
            username=username,
            email=f"{username}@duongkinh.test",
            password=PASSWORD,
            is_superuser=superuser,
            is_staff=superuser,
        )
        user.groups.add(*Group.objects.filter(name__in=role_names))
        return user

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
