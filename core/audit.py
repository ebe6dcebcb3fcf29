"""Audit-log entries for many objects at once, through Wagtail's own log model and manager.

`wagtail.log_actions.log()` writes one entry per call (one INSERT each). A bulk operation (the legal
documents' import) logs thousands of objects in one action: `log_many` writes the same entries, field for
field, on the model Wagtail's log registry gives for the objects' type, in batches (`core.bulk_copy`: COPY on
PostgreSQL, `bulk_create` elsewhere). Like `log()`, it takes the user and uuid of the active `LogContext` when
none is given, and without a context the entries have no uuid. That is what lets each entry show in its own
object's history: the admin's history view keeps only the latest entry of each (uuid, action) pair, whatever
the object, so entries sharing a uuid would all but one be hidden there.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.functional import LazyObject, empty
from wagtail.log_actions import get_active_log_context
from wagtail.log_actions import registry as log_registry

from .bulk_copy import copy_create
from .signals import log_entries_created

BATCH_SIZE = 10_000  # entries per write and per sealing (the chain's head is read and locked once each)


def unwrapped(instance):
    """The object behind lazy wrappers. With django-otp, `request.user` is a lazy object around another lazy
    object; Wagtail's `log()` unwraps one level only, finds no log model for the inner wrapper's type and
    silently logs nothing."""
    while isinstance(instance, LazyObject):
        if instance._wrapped is empty:
            instance._setup()
        instance = instance._wrapped
    return instance


def log_many(instances, action, user=None, data=None, *, uuid=None, content_changed=False, deleted=False):
    """Log `action` for every instance, as `log(instance, action, user=…, data=…, …)` would one by one.
    Instances whose type has no log model are skipped, as `log()` skips them. Returns the number of
    entries written."""
    if not log_registry.action_exists(action):  # `log()` refuses it too (`BaseLogEntry.clean`)
        raise ValueError(f"The log action {action!r} has not been registered.")
    context = get_active_log_context()
    shared = {
        "action": action,
        "data": data or {},
        "timestamp": timezone.now(),
        "uuid": uuid or context.uuid,
        "user": user or context.user,
        "content_changed": content_changed,
        "deleted": deleted,
    }
    written, batches = 0, {}
    with transaction.atomic():
        for instance in instances:
            log_model = log_registry.get_log_model_for_instance(instance)
            if log_model is None:
                continue
            batch = batches.setdefault(log_model, [])
            batch.append(entry_for(log_model, instance, shared))
            if len(batch) == BATCH_SIZE:
                written += write_batch(log_model, batch)
                batch.clear()
        for log_model, batch in batches.items():
            written += write_batch(log_model, batch)
    return written


def write_batch(log_model, batch):
    """INSERT the batch, then tell the receivers of `log_entries_created` (the audit seals) in the same
    transaction."""
    entries = copy_create(log_model, batch)
    log_entries_created.send(sender=log_model, entries=entries)
    return len(entries)


def entry_for(log_model, instance, shared):
    """The unsaved entry `ModelLogEntryManager.log_action` would create for `instance`."""
    if instance.pk is None:
        raise ValueError(f"Attempted to log an action for object {instance!r} with empty primary key")
    if not any(field.name == "object_id" for field in log_model._meta.concrete_fields):
        raise TypeError(f"{log_model.__name__} is not a model log: log these objects one by one with log()")
    return log_model(
        content_type=ContentType.objects.get_for_model(instance, for_concrete_model=False),
        label=log_model.objects.get_instance_title(instance),
        object_id=str(instance.pk),
        **shared,
    )
