from django.apps import AppConfig
from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def keep_auditors_complete(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    """Models added after the role migration still get their "view" permission for auditors.

    Runs for every app after `migrate`; this receiver may come before django.contrib.auth's own, so the
    app's permissions are made sure of first (an idempotent call)."""
    from django.contrib.auth.management import create_permissions

    from .roles import grant_auditor_view_permissions

    create_permissions(sender, verbosity=0, using=using)
    grant_auditor_view_permissions(global_apps)


class ModerationConfig(AppConfig):
    name = "moderation"
    verbose_name = _("Editorial office")

    def ready(self):
        from django.contrib.auth import get_user_model

        from . import translations
        from .accounts import checks  # noqa: F401 - registers the known-password check
        from .accounts.audit import connect_signals as connect_account_audit
        from .accounts.sessions import connect_signals as connect_staff_sessions
        from .assignments import connect_signals

        connect_signals()
        connect_account_audit()
        connect_staff_sessions(get_user_model())
        translations.connect()
        # Connected for every app: each app creates its own permissions in its post_migrate handler.
        post_migrate.connect(keep_auditors_complete, dispatch_uid="moderation_keep_auditors_complete")
