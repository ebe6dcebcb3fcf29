"""Who may do what with royalties. Model permissions, granted to the roles by the app's data migration
(and editable in the admin's groups like any other):

- see every royalty and the monthly report: royalties.view_royaltyrecord (editor-in-chief, administrator,
  auditor — auditors get every "view" permission);
- set or correct a royalty: royalties.change_royaltyrecord (editor-in-chief only; at approval, the final
  task's group decides);
- mark payments: royalties.mark_paid (editor-in-chief, administrator);
- the rate per point: royalties.change_royaltysettings (editor-in-chief, administrator).
Everyone with admin access sees their own royalty lines under "My royalties".
"""

from wagtail.permission_policies import ModelPermissionPolicy

from moderation import roles

from .models import RoyaltyRecord

record_policy = ModelPermissionPolicy(RoyaltyRecord)


def can_view_all(user):
    return record_policy.user_has_permission(user, "view")


def can_set(user):
    return record_policy.user_has_permission(user, "change") and not roles.is_read_only(user)


def can_mark_paid(user):
    return user.is_active and user.has_perm("royalties.mark_paid") and not roles.is_read_only(user)
