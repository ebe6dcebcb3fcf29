"""Every Wagtail log entry is sealed in the transaction that writes it, whatever its log model and however
it is written.

- One by one (`wagtail.log_actions.log()`, `LogEntry.objects.create()`, `entry.save()`): the log models'
  `save` runs inside `transaction.atomic()` together with the sealing. A post_save receiver alone would not
  do: Django sends post_save after its own save has been committed when no transaction is open, so an
  entry could be left unsealed by a failure in between.
- Many at once (`core.audit.log_many`, the ORM's bulk_create): log_many opens a transaction and sends
  `core.signals.log_entries_created` for each batch, which seals it.
- Changing or deleting an entry through the ORM is refused: the record is append-only. (Queries that skip
  the ORM's save and delete are what the database grants of docs/audit.md and the verification are for.)

The log models are every concrete subclass of Wagtail's BaseLogEntry, plus any model Wagtail's log registry
names, so the entries of apps added later are sealed without change here.
"""

import functools

from django.apps import apps
from django.db import router, transaction
from django.db.models.signals import pre_delete
from wagtail.log_actions import registry as log_registry
from wagtail.models import BaseLogEntry

from core.signals import log_entries_created

from .chain import seal_entries
from .models import AppendOnlyError


def log_models():
    """Every concrete log entry model: Wagtail's, the portal's and any app's."""
    found = {model for model in apps.get_models() if issubclass(model, BaseLogEntry)}
    found.update(log_registry.get_log_entry_models())
    return sorted(found, key=lambda model: model._meta.label_lower)


def sealed_save(save):
    @functools.wraps(save)
    def save_and_seal(self, *args, **kwargs):
        if not self._state.adding:
            raise AppendOnlyError(f"{type(self).__name__} {self.pk} is part of the audit record.")
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        with transaction.atomic(using=using):
            result = save(self, *args, **kwargs)
            seal_entries([self])
        return result

    save_and_seal.seals_audit_log = True
    return save_and_seal


def refuse_delete(sender, instance, **kwargs):
    raise AppendOnlyError(f"{sender.__name__} {instance.pk} is part of the audit record.")


def seal_bulk_created(sender, entries, **kwargs):
    seal_entries(entries)


def connect():
    for model in log_models():
        if not getattr(model.save, "seals_audit_log", False):
            model.save = sealed_save(model.save)
        pre_delete.connect(
            refuse_delete, sender=model, dispatch_uid=f"audit.refuse_delete.{model._meta.label}"
        )
    log_entries_created.connect(seal_bulk_created, dispatch_uid="audit.seal_bulk_created")
