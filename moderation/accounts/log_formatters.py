"""How the audit log shows a change of an account or a group: what changed, in the person's language."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy
from wagtail.log_actions import LogFormatter

from . import audit, two_factor
from .inactivity import DISABLED_FOR_INACTIVITY
from .lockouts import UNLOCK
from .views import GROUP_CHANGE, GROUP_CREATE, USER_CHANGE, USER_CREATE

PERSONAL_FIELDS = ("username", "email", "first_name", "last_name")


def listed(names):
    return ", ".join(str(name) for name in names)


def added_and_removed(parts, changes, added_message, removed_message):
    if changes.get("added"):
        parts.append(added_message % {"names": listed(changes["added"])})
    if changes.get("removed"):
        parts.append(removed_message % {"names": listed(changes["removed"])})


def account_change_parts(changes):
    parts = []
    added_and_removed(
        parts, changes.get("groups") or {}, _("groups added: %(names)s"), _("groups removed: %(names)s")
    )
    if "is_superuser" in changes:
        parts.append(_("superuser: yes") if changes["is_superuser"][1] else _("superuser: no"))
    if "is_active" in changes:
        parts.append(_("account activated") if changes["is_active"][1] else _("account deactivated"))
    if "password" in changes:
        parts.append(_("password changed"))
    fields = [name for name in PERSONAL_FIELDS if name in changes]
    if fields:
        parts.append(_("details changed: %(names)s") % {"names": listed(fields)})
    return parts


def group_change_parts(changes):
    parts = []
    if "name" in changes and changes["name"][0]:
        parts.append(_("renamed from “%(old)s”") % {"old": changes["name"][0]})
    added_and_removed(
        parts,
        changes.get("permissions") or {},
        _("permissions added: %(names)s"),
        _("permissions removed: %(names)s"),
    )
    return parts


class ChangesFormatter(LogFormatter):
    parts = staticmethod(account_change_parts)

    def format_message(self, log_entry):
        parts = self.parts((log_entry.data or {}).get("changes") or {})
        if not parts:
            return self.message
        return _("%(message)s: %(changes)s") % {"message": self.message, "changes": "; ".join(parts)}


class GroupChangesFormatter(ChangesFormatter):
    parts = staticmethod(group_change_parts)


def register_formatters(actions, formatter_class, table):
    """One formatter of `formatter_class` per (action, label, message) row."""
    for action, label, message in table:
        actions.register_action(action)(
            type(
                f"{formatter_class.__name__}For{action}",
                (formatter_class,),
                {"label": label, "message": message},
            )
        )


def register_account_log_actions(actions):
    register_formatters(
        actions,
        ChangesFormatter,
        [
            (USER_CREATE, gettext_lazy("Create account"), gettext_lazy("Account created")),
            (USER_CHANGE, gettext_lazy("Change account"), gettext_lazy("Account changed")),
        ],
    )
    register_formatters(
        actions,
        GroupChangesFormatter,
        [
            (GROUP_CREATE, gettext_lazy("Create group"), gettext_lazy("Group created")),
            (GROUP_CHANGE, gettext_lazy("Change group"), gettext_lazy("Group changed")),
        ],
    )


class SignInFormatter(LogFormatter):
    """The message, the user name tried (when it matters) and the source address."""

    def format_message(self, log_entry):
        data = log_entry.data or {}
        message = str(self.message)
        if data.get("username"):
            message = _("%(message)s (user name “%(username)s”)") % {
                "message": message,
                "username": data["username"],
            }
        if data.get("ip"):
            message = _("%(message)s from %(ip)s") % {"message": message, "ip": data["ip"]}
        return message


def register_sign_in_log_actions(actions):
    register_formatters(
        actions,
        SignInFormatter,
        [
            (audit.LOGIN, pgettext_lazy("audit log", "Sign in"), gettext_lazy("Signed in")),
            (audit.LOGIN_FAILED, gettext_lazy("Failed sign-in"), gettext_lazy("Failed sign-in")),
            (audit.LOGOUT, gettext_lazy("Sign out"), gettext_lazy("Signed out")),
            (
                audit.LOCKOUT,
                gettext_lazy("Sign-in locked"),
                gettext_lazy("Sign-in locked after repeated failures"),
            ),
            (UNLOCK, gettext_lazy("Sign-in unlocked"), gettext_lazy("Sign-in unlocked by an administrator")),
            (
                two_factor.ENROL,
                gettext_lazy("Set up two-factor sign-in"),
                gettext_lazy("Two-factor sign-in set up"),
            ),
            (
                two_factor.RESET,
                gettext_lazy("Reset two-factor sign-in"),
                gettext_lazy("Two-factor sign-in reset by an administrator"),
            ),
            (two_factor.FAILED, gettext_lazy("Wrong two-factor code"), gettext_lazy("Wrong two-factor code")),
        ],
    )

    @actions.register_action(DISABLED_FOR_INACTIVITY)
    class DisabledForInactivityFormatter(LogFormatter):
        label = gettext_lazy("Disable for inactivity")

        def format_message(self, log_entry):
            return _("Disabled: no sign-in for %(days)s days") % {"days": (log_entry.data or {}).get("days")}

    @actions.register_action(audit.PASSWORD_CHANGE)
    class PasswordChangeFormatter(LogFormatter):
        label = gettext_lazy("Change password")
        message = gettext_lazy("Password changed")
