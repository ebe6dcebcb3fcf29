"""The sealed chain: every log entry sealed once in its own transaction, whatever way it was written, and
`verify_audit_log` catching an entry edited, deleted or inserted behind the portal's back."""

import json
import logging

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError, connection, transaction
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry

from audit.chain import GENESIS, canonical, digest
from audit.models import Anchor, AppendOnlyError, LogSeal, Verification
from audit.verification import verify
from core.audit import log_many
from tests.factories.core import UserFactory
from tests.factories.sections import NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def logged():
    """A few entries of both of Wagtail's log models, written the ways the portal writes them."""
    user = UserFactory()
    page = NewsPageFactory(title="Tin kiểm tra nhật ký")
    entries = [
        log(page, "wagtail.edit", user=user, data={"ghi chú": "bản nháp"}),
        log(user, "wagtail.edit", user=user),
        log(page, "wagtail.publish", user=user),
    ]
    return {"user": user, "page": page, "entries": entries}


def seal_of(entry):
    return LogSeal.objects.get(entry_model=entry._meta.label_lower, entry_id=entry.pk)


def test_every_entry_gets_one_seal_linked_to_the_one_before(logged):
    seals = [seal_of(entry) for entry in logged["entries"]]

    assert [seal.content for seal in seals] == [canonical(entry) for entry in logged["entries"]]
    for before, after in zip(seals, seals[1:], strict=False):
        assert after.previous_hash == before.hash
        assert after.hash == digest(before.hash, after.content)
    assert LogSeal.objects.count() == PageLogEntry.objects.count() + ModelLogEntry.objects.count()


def test_the_seal_holds_every_field_of_the_entry(logged):
    entry = logged["entries"][0]
    content = json.loads(seal_of(entry).content)

    assert content["model"] == "wagtailcore.pagelogentry"
    assert content["page_id"] == logged["page"].pk
    assert content["action"] == "wagtail.edit"
    assert content["user_id"] == logged["user"].pk
    assert content["data"] == {"ghi chú": "bản nháp"}
    assert content["timestamp"].endswith("Z")


def test_entries_written_in_bulk_are_sealed_in_order(logged):
    users = UserFactory.create_batch(3)
    log_many(users, "wagtail.edit", logged["user"])

    entries = ModelLogEntry.objects.filter(object_id__in=[str(user.pk) for user in users]).order_by("pk")
    seals = [seal_of(entry) for entry in entries]
    assert len(seals) == 3
    assert [seal.previous_hash for seal in seals[1:]] == [seal.hash for seal in seals[:-1]]


def test_an_entry_and_its_seal_are_rolled_back_together(logged):
    before = (LogSeal.objects.count(), ModelLogEntry.objects.count())
    with pytest.raises(RuntimeError), transaction.atomic():
        log(logged["user"], "wagtail.edit", user=logged["user"])
        raise RuntimeError

    assert (LogSeal.objects.count(), ModelLogEntry.objects.count()) == before


def test_a_failed_seal_leaves_no_entry(logged):
    """The seal's insert fails (the chain head is taken): the entry is not written either."""
    head = LogSeal.objects.order_by("-pk").first()
    LogSeal.objects.filter(pk=head.pk).update(hash=GENESIS)  # the next seal would reuse a previous_hash
    before = ModelLogEntry.objects.count()

    with pytest.raises(IntegrityError), transaction.atomic():
        log(logged["user"], "wagtail.edit", user=logged["user"])

    assert ModelLogEntry.objects.count() == before


def test_the_orm_refuses_to_change_or_delete_entries_and_seals(logged):
    entry = logged["entries"][0]
    entry.label = "Tin đã bị sửa"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError), transaction.atomic():
        entry.delete()
    seal = seal_of(entry)
    seal.content = "{}"
    with pytest.raises(AppendOnlyError):
        seal.save()
    with pytest.raises(AppendOnlyError):
        seal.delete()


def test_each_entry_goes_to_the_log_stream_as_a_json_line(logged, caplog, django_capture_on_commit_callbacks):
    with caplog.at_level(logging.INFO, logger="duongkinh.audit"):
        with django_capture_on_commit_callbacks(execute=True):
            entry = log(logged["page"], "wagtail.unpublish", user=logged["user"])

    lines = [json.loads(record.getMessage()) for record in caplog.records if record.name == "duongkinh.audit"]
    assert len(lines) == 1
    assert lines[0]["id"] == entry.pk
    assert lines[0]["action"] == "wagtail.unpublish"
    assert lines[0]["seal"]["hash"] == seal_of(entry).hash
    line = dict(lines[0])
    del line["seal"]
    assert line == json.loads(seal_of(entry).content)  # the line carries exactly what was sealed


# -- verification -------------------------------------------------------------------------------------


def test_an_untouched_log_verifies(logged):
    report = verify()

    assert report.intact, [problem.describe() for problem in report.problems]
    assert report.checked == LogSeal.objects.count()
    call_command("verify_audit_log")
    run = Verification.objects.get()
    assert run.intact and run.first_problem == ""
    assert Anchor.objects.get().hash == LogSeal.objects.order_by("-pk").first().hash


def test_an_entry_edited_in_the_database_is_named(logged):
    edited = logged["entries"][1]
    ModelLogEntry.objects.filter(pk=edited.pk).update(user_id=logged["user"].pk + 1)

    with pytest.raises(CommandError, match=f"wagtailcore.modellogentry #{edited.pk}.*user_id"):
        call_command("verify_audit_log")
    problem = verify().first_problem
    assert (problem.kind, problem.entry_id) == ("edited", edited.pk)
    assert not Verification.objects.get().intact


def test_an_entry_deleted_in_the_database_is_named(logged):
    deleted = logged["entries"][0]
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM wagtailcore_pagelogentry WHERE id = %s", [deleted.pk])

    problem = verify().first_problem
    assert (problem.kind, problem.entry_model, problem.entry_id) == (
        "deleted",
        "wagtailcore.pagelogentry",
        deleted.pk,
    )
    with pytest.raises(CommandError, match=f"#{deleted.pk} đã bị xóa"):
        call_command("verify_audit_log")


def test_an_entry_inserted_in_the_database_is_named(logged):
    original = logged["entries"][2]
    ModelLogEntry.objects.bulk_create(  # bulk_create skips save(): no seal, as a direct INSERT
        [
            ModelLogEntry(
                content_type_id=original.content_type_id,
                label="Chèn thêm",
                action="wagtail.edit",
                timestamp=original.timestamp,
                object_id="1",
            )
        ]
    )
    inserted = ModelLogEntry.objects.get(label="Chèn thêm")

    problem = verify().first_problem
    assert (problem.kind, problem.entry_id) == ("inserted", inserted.pk)


def test_a_seal_removed_or_rewritten_breaks_the_chain(logged):
    middle = seal_of(logged["entries"][1])
    LogSeal.objects.filter(pk=middle.pk).update(
        content=middle.content.replace("wagtail.edit", "wagtail.lock")
    )

    problem = verify().first_problem
    assert (problem.kind, problem.seal_id) == ("broken", middle.pk)


def test_a_rewritten_chain_fails_against_an_anchor_kept_elsewhere(logged):
    """Rewriting an entry and recomputing every seal after it passes the walk, not the anchor."""
    call_command("verify_audit_log")
    kept = Anchor.objects.get()
    edited = logged["entries"][2]
    PageLogEntry.objects.filter(pk=edited.pk).update(label="Nhãn đã bị sửa")
    previous = GENESIS
    for seal in LogSeal.objects.order_by("pk"):
        entry = seal.entry_id == edited.pk and seal.entry_model == "wagtailcore.pagelogentry"
        content = canonical(PageLogEntry.objects.get(pk=edited.pk)) if entry else seal.content
        LogSeal.objects.filter(pk=seal.pk).update(
            content=content, previous_hash=previous, hash=digest(previous, content)
        )
        previous = digest(previous, content)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_anchor")

    assert verify().intact  # the rewriter recomputed everything the database holds
    with pytest.raises(CommandError, match="mốc neo"):
        call_command("verify_audit_log", "--no-record", "--anchor", f"{kept.seal_id_at}:{kept.hash}")
