"""Sign-in lockouts in the admin (Settings → Sign-in lockouts): who is locked out from which address, and
an "Unlock" that removes the record of the failed attempts (django-axes counts from what is left), logged on
the account; and Settings → Inactive accounts, those the scheduled job disabled. Portal administrators and
superusers only."""

from axes.models import AccessAttempt
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from core.permissions import is_administrator

from ..models import StaffAccount
from .audit import account_named

UNLOCK = "portal.unlock"


class AdministratorsOnlyPolicy(ModelPermissionPolicy):
    """Administrators see and remove these records; nobody adds or edits them by hand."""

    def __init__(self, model, actions=("view", "delete")):
        super().__init__(model)
        self.actions = set(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and is_administrator(user)


class UnlockView(generic.DeleteView):
    page_title = _("Unlock sign-in")
    success_message = _("Sign-in unlocked for '%(object)s'.")

    def delete_action(self):
        attempt = self.object
        log(
            instance=account_named(attempt.username),
            action=UNLOCK,
            data={"username": attempt.username, "ip": attempt.ip_address},
        )
        super().delete_action()


class LockoutViewSet(ModelViewSet):
    model = AccessAttempt
    icon = "lock"
    add_to_settings_menu = True
    menu_label = _("Sign-in lockouts")
    menu_order = 620
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    list_filter = ["username"]
    search_fields = ["username", "ip_address"]
    form_fields = ["username"]
    delete_view_class = UnlockView
    copy_view_enabled = False
    inspect_view_enabled = False
    permission_policy = AdministratorsOnlyPolicy(AccessAttempt)


lockout_viewset = LockoutViewSet("sign_in_lockouts")


# -- accounts disabled for inactivity ------------------------------------------------------------------------


class InactiveAccountsIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .filter(disabled_for_inactivity_at__isnull=False, user__is_active=False)
            .select_related("user")
        )


class InactiveAccountViewSet(ModelViewSet):
    """Accounts the scheduled job disabled, for administrators to see (and re-enable from the account)."""

    model = StaffAccount
    icon = "user"
    add_to_settings_menu = True
    menu_label = _("Inactive accounts")
    menu_order = 621
    list_display = ["user", "disabled_for_inactivity_at"]
    form_fields = ["must_change_password"]
    index_view_class = InactiveAccountsIndexView
    copy_view_enabled = False
    inspect_view_enabled = False
    permission_policy = AdministratorsOnlyPolicy(StaffAccount, actions=("view",))


inactive_account_viewset = InactiveAccountViewSet("inactive_accounts")
