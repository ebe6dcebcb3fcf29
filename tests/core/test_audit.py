"""core.audit.log_many: the entries Wagtail's `log()` writes, for many objects at once, seen in the admin."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.forms.models import model_to_dict
from django.urls import reverse
from wagtail.log_actions import LogContext, log
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from core.audit import log_many
from legal_docs.models import DocumentType, Issuer, IssuingLevel, LegalDocument
from legal_docs.wagtail_hooks import LegalDocumentViewSet

pytestmark = pytest.mark.django_db

ACTION = "legal_docs.import"


@pytest.fixture
def documents():
    document_type = DocumentType.objects.create(name="Loại kiểm tra nhật ký", slug="loai-kiem-tra-nhat-ky")
    issuer = Issuer.objects.create(
        name="Cơ quan kiểm tra nhật ký", slug="co-quan-kiem-tra", level=IssuingLevel.WARD
    )
    made = []
    for number in ("11/NK-KT", "12/NK-KT", "13/NK-KT"):
        document = LegalDocument(
            number=number,
            summary="Văn bản kiểm tra nhật ký",
            document_type=document_type,
            issuer=issuer,
            issued_on=datetime.date(2026, 3, 2),
        )
        document.save()
        made.append(document)
    return made


@pytest.fixture
def operator():
    return get_user_model().objects.create_superuser("nhat-ky", "nhat-ky@duongkinh.test", "mat-khau-dai-du")


def entries_of(document):
    return ModelLogEntry.objects.for_instance(document).filter(action=ACTION)


def as_dict(entry):
    values = model_to_dict(entry, exclude=["id", "timestamp"])
    values["uuid"] = entry.uuid
    return values


def test_log_many_writes_for_each_object_the_entry_log_writes_for_one(documents, operator):
    data = {"created": True, "published": True}
    with LogContext(user=operator):
        single = log(documents[0], ACTION, data=data, content_changed=True)
        written = log_many(documents, ACTION, data=data, content_changed=True)
    assert written == len(documents)
    bulk = entries_of(documents[0]).exclude(pk=single.pk).get()
    assert as_dict(bulk) == as_dict(single)
    assert bulk.label == str(documents[0]) == "Loại kiểm tra nhật ký 11/NK-KT"
    assert bulk.user == operator and bulk.content_changed and not bulk.deleted
    assert bulk.timestamp is not None
    for document in documents[1:]:
        entry = entries_of(document).get()
        assert (entry.object_id, entry.label, entry.data) == (str(document.pk), str(document), data)


def test_without_a_log_context_the_entries_are_the_systems_and_have_no_uuid_as_with_log(documents):
    single = log(documents[0], ACTION)
    log_many(documents, ACTION)
    entries = list(ModelLogEntry.objects.filter(action=ACTION, object_id__in=[str(d.pk) for d in documents]))
    assert len(entries) == len(documents) + 1
    assert {(entry.uuid, entry.user_id, entry.content_changed) for entry in entries} == {(None, None, False)}
    bulk = entries_of(documents[0]).exclude(pk=single.pk).get()
    assert as_dict(bulk) == as_dict(single)


def test_an_unregistered_action_is_refused_and_nothing_is_written(documents):
    before = ModelLogEntry.objects.count()
    with pytest.raises(ValueError, match="has not been registered"):
        log_many(documents, "legal_docs.khong-co")
    assert ModelLogEntry.objects.count() == before


def test_the_entries_show_in_the_admin_history_of_each_document(client, documents, operator):
    log_many(documents, ACTION, operator, {"created": True, "published": True}, content_changed=True)
    profile = UserProfile.get_for_user(operator)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(operator)
    for document in documents:
        url = reverse(LegalDocumentViewSet().get_url_name("history"), args=[document.pk])
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert html.count("Imported from a file") == 1, document
        assert "nhat-ky" in html  # the operator, named in the entry
