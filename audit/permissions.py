"""Who reads the audit record and the compliance report: editors-in-chief, administrators and auditors."""

from wagtail.permission_policies import ModelPermissionPolicy

from core.permissions import AUDITOR, EDITOR_IN_CHIEF, has_role, is_administrator


def can_read_audit(user):
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and (is_administrator(user) or has_role(user, EDITOR_IN_CHIEF) or has_role(user, AUDITOR))
    )


def can_sign_off(user):
    """The sign-off register: editors-in-chief and administrators (auditors read it, and sign nothing)."""
    return bool(
        getattr(user, "is_authenticated", False)
        and user.is_active
        and (is_administrator(user) or has_role(user, EDITOR_IN_CHIEF))
    )


class AuditRecordPolicy(ModelPermissionPolicy):
    """Records of the audit app kept in the admin: readers of the audit read them; `editors` (a predicate)
    add them, and change or delete them only when `changeable`."""

    def __init__(self, model, editors, changeable=True, **kwargs):
        super().__init__(model, **kwargs)
        self.editors = editors
        self.changeable = changeable

    def user_has_permission(self, user, action):
        if action == "view":
            return can_read_audit(user)
        if action in ("change", "delete") and not self.changeable:
            return False
        return bool(getattr(user, "is_authenticated", False) and user.is_active and self.editors(user))

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
