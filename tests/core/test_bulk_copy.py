"""`core.bulk_copy` stores exactly what `bulk_create` and `bulk_update` would (COPY on PostgreSQL): every
value with quotes, backslashes, tabs, new lines, Vietnamese, JSON and NULLs comes back as given, the objects
get their keys, and the table's sequence goes on after them."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import ModelLogEntry

from core.bulk_copy import copy_create

pytestmark = pytest.mark.django_db

AWKWARD = [
    'Quyết định "số 5" \\ ban hành\tngày 1\nvà 2',
    "Đảng ủy phường Dương Kinh",
    "\\N is not NULL",
    "",
]


def entries(user):
    content_type = ContentType.objects.get_for_model(get_user_model())
    moment = timezone.make_aware(datetime.datetime(2026, 12, 7, 20, 15, 30, 123456))
    return [
        ModelLogEntry(
            content_type=content_type,
            label=label,
            action="wagtail.edit",
            data={"text": label, "list": [1, "hai", None], "nested": {"quote": '"'}},
            timestamp=moment,
            user=user if number % 2 else None,
            object_id=str(number),
            content_changed=bool(number % 2),
            deleted=False,
        )
        for number, label in enumerate(AWKWARD)
    ]


def test_every_value_comes_back_as_given_with_its_key():
    user = get_user_model().objects.create_user("nguoi-nhap", password="mat-khau-du-dai-123")
    given = entries(user)
    created = copy_create(ModelLogEntry, given)
    assert [entry.pk for entry in created] == [entry.pk for entry in given]
    assert all(entry.pk is not None and not entry._state.adding for entry in created)
    stored = {entry.pk: entry for entry in ModelLogEntry.objects.filter(pk__in=[e.pk for e in created])}
    assert len(stored) == len(AWKWARD)
    for entry in given:
        again = stored[entry.pk]
        assert again.label == entry.label
        assert again.data == entry.data
        assert again.timestamp == entry.timestamp
        assert again.user_id == entry.user_id
        assert again.object_id == entry.object_id
        assert again.content_changed == entry.content_changed


def test_the_sequence_goes_on_after_the_copied_rows():
    created = copy_create(ModelLogEntry, entries(None))
    later = ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(get_user_model()),
        label="sau",
        action="wagtail.edit",
        timestamp=timezone.now(),
        object_id="99",
    )
    assert later.pk > max(entry.pk for entry in created)


def test_nothing_to_insert_writes_nothing(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert copy_create(ModelLogEntry, []) == []


def test_reserved_keys_let_a_row_refer_to_one_inserted_after_it():
    """The foreign keys are checked at commit on PostgreSQL: a log entry inserted first may name a revision
    whose key was reserved and which is inserted afterwards. Elsewhere nothing is reserved."""
    from django.db import connection, transaction
    from wagtail.models import Revision

    from core.bulk_copy import reserve_keys

    content_type = ContentType.objects.get_for_model(get_user_model())
    revision = Revision(
        content_type=content_type,
        base_content_type=content_type,
        object_id="1",
        created_at=timezone.now(),
        object_str="Đảng ủy",
        content={"title": "Đảng ủy"},
    )
    reserved = reserve_keys(Revision, [revision])
    assert reserved == (connection.vendor == "postgresql")
    if not reserved:
        assert revision.pk is None
        return
    entry = entries(None)[0]
    entry.revision_id = revision.pk
    with transaction.atomic():
        copy_create(ModelLogEntry, [entry])
        copy_create(Revision, [revision])
    assert ModelLogEntry.objects.get(pk=entry.pk).revision.content == {"title": "Đảng ủy"}
    assert (
        Revision.objects.create(
            content_type=content_type, base_content_type=content_type, object_id="2", content={}
        ).pk
        > revision.pk
    )


def test_copy_update_stores_each_rows_values_twice_in_one_transaction_and_rolls_back_whole():
    from django.db import IntegrityError, transaction

    from core.bulk_copy import copy_update

    first, second, untouched = copy_create(ModelLogEntry, entries(None)[:3])
    with transaction.atomic():
        first.label, second.label = 'Nhãn "mới"\t1', "Nhãn mới 2"
        assert copy_update(ModelLogEntry, [first, second], ["label"]) == 2
        first.data = {"lần": 2}
        assert copy_update(ModelLogEntry, [first], ["data"]) == 1  # the staging table again, same transaction
    stored = ModelLogEntry.objects.in_bulk([first.pk, second.pk, untouched.pk])
    assert (stored[first.pk].label, stored[first.pk].data) == ('Nhãn "mới"\t1', {"lần": 2})
    assert stored[second.pk].label == "Nhãn mới 2"
    assert stored[untouched.pk].label == untouched.label
    second.label, second.action = "Không được lưu", None  # action may not be NULL: the whole update fails
    with pytest.raises(IntegrityError), transaction.atomic():
        copy_update(ModelLogEntry, [second], ["label", "action"])
    assert ModelLogEntry.objects.get(pk=second.pk).label == "Nhãn mới 2"
