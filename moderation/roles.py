"""The editorial office's roles: what each may do in Wagtail's permission tables, and who is who.

The role names and the predicates the publishing rule needs live on the ground floor (core.permissions) and
are re-exported here, where the editorial office reads them. The permission spec below is applied by a data
migration (`apply_roles`), with the migration's historical models, so a fresh install already has every
group and its permissions.

No role holds Wagtail's "publish" page permission: publishing happens only when the review workflow's
last step approves (moderation.workflows) or through the recorded emergency publish (moderation.views).
"""

from dataclasses import dataclass, field

from django.contrib.auth.management import create_permissions

from core.permissions import (
    ADMINISTRATOR,
    AUDITOR,
    CONTRIBUTOR,
    EDITOR,
    EDITOR_IN_CHIEF,
    ROLES,
    group_names,
    has_role,
    is_administrator,
    is_publisher,
    is_read_only,
)

__all__ = [
    "ADMINISTRATOR",
    "AUDITOR",
    "CONTRIBUTOR",
    "EDITOR",
    "EDITOR_IN_CHIEF",
    "ROLES",
    "apply_roles",
    "can_acknowledge_emergencies",
    "can_emergency_publish",
    "group_names",
    "has_role",
    "is_administrator",
    "is_publisher",
    "is_read_only",
]

# Each section a contributor is assigned to is carried by a group named "Cộng tác viên – <section>".
SECTION_GROUP_PREFIX = f"{CONTRIBUTOR} – "

IMAGE_PERMISSIONS = {
    "use": ["wagtailimages.add_image", "wagtailimages.choose_image"],
    "edit": ["wagtailimages.add_image", "wagtailimages.choose_image", "wagtailimages.change_image"],
    "all": [
        "wagtailimages.add_image",
        "wagtailimages.choose_image",
        "wagtailimages.change_image",
        "wagtailimages.delete_image",
    ],
}
DOCUMENT_PERMISSIONS = {
    "use": ["wagtaildocs.add_document", "wagtaildocs.choose_document"],
    "edit": ["wagtaildocs.add_document", "wagtaildocs.choose_document", "wagtaildocs.change_document"],
    "all": [
        "wagtaildocs.add_document",
        "wagtaildocs.choose_document",
        "wagtaildocs.change_document",
        "wagtaildocs.delete_document",
    ],
}
EDITORIAL_MODEL_PERMISSIONS = [
    "sections.add_newscategory",
    "sections.change_newscategory",
    "wagtail_localize.submit_translation",
]
ADMINISTRATION_MODEL_PERMISSIONS = [
    f"{app}.{action}_{model}"
    for app, model in [
        ("auth", "user"),
        ("auth", "group"),
        ("wagtailcore", "workflow"),
        ("wagtailcore", "task"),
        ("wagtailcore", "site"),
        ("wagtailcore", "locale"),
        ("wagtailcore", "collection"),
        ("wagtailredirects", "redirect"),
        ("sections", "newscategory"),
        ("moderation", "sectionassignment"),
    ]
    for action in ("add", "change", "delete")
] + [
    "core.change_portalsettings",
    "moderation.view_sectionassignment",
    "moderation.view_emergencypublication",
    "wagtail_localize.submit_translation",
]


@dataclass(frozen=True)
class Role:
    """What a role holds: page permissions on the root page (so on every page), media permissions on the
    root collection, and global model permissions ("app_label.codename")."""

    page: list[str] = field(default_factory=list)
    collection: list[str] = field(default_factory=list)
    model: list[str] = field(default_factory=list)


ROLE_PERMISSIONS = {
    # Section rights come from the per-section groups kept in sync with SectionAssignment.
    CONTRIBUTOR: Role(collection=IMAGE_PERMISSIONS["use"] + DOCUMENT_PERMISSIONS["use"]),
    EDITOR: Role(
        page=["add", "change", "lock"],
        collection=IMAGE_PERMISSIONS["edit"] + DOCUMENT_PERMISSIONS["edit"],
        model=EDITORIAL_MODEL_PERMISSIONS,
    ),
    EDITOR_IN_CHIEF: Role(
        page=["add", "change", "lock", "unlock"],
        collection=IMAGE_PERMISSIONS["edit"] + DOCUMENT_PERMISSIONS["edit"],
        model=EDITORIAL_MODEL_PERMISSIONS + ["moderation.view_emergencypublication"],
    ),
    ADMINISTRATOR: Role(
        page=["add", "change", "lock", "unlock", "bulk_delete"],
        collection=IMAGE_PERMISSIONS["all"] + DOCUMENT_PERMISSIONS["all"],
        model=ADMINISTRATION_MODEL_PERMISSIONS,
    ),
    # "add" on the root is what Wagtail asks before it shows the explorer and includes the log entries
    # of deleted pages in Site history; the permission tester and the middleware make it read-only.
    # Every "view_*" model permission is added too (see grant_auditor_view_permissions).
    AUDITOR: Role(page=["add"]),
}
SECTION_PAGE_PERMISSIONS = ["add", "change"]


# -- who is who ----------------------------------------------------------------------------------------


def can_emergency_publish(user):
    return user.is_active and (
        user.is_superuser or has_role(user, EDITOR_IN_CHIEF) or has_role(user, ADMINISTRATOR)
    )


def can_acknowledge_emergencies(user):
    return user.is_active and (user.is_superuser or has_role(user, EDITOR_IN_CHIEF))


# -- applying the spec (used by migrations, with historical models) ---------------------------------------


def ensure_permissions_exist(apps):
    """Permissions are normally created after `migrate` finishes; the role migration needs them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def get_permission(apps, dotted):
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = dotted.split(".", 1)
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def grant(apps, group, permissions):
    """Add model permissions ("app_label.codename") to a group; unknown ones are skipped."""
    found = [p for p in (get_permission(apps, dotted) for dotted in permissions) if p is not None]
    group.permissions.add(*found)


def apply_roles(apps):
    """Create the five groups with their permissions. Adds only: what an administrator added stays."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    ensure_permissions_exist(apps)
    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    for name, role in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        grant(apps, group, ["wagtailadmin.access_admin", *role.model])
        for action in role.page:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=get_permission(apps, f"wagtailcore.{action}_page")
            )
        for dotted in role.collection:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=get_permission(apps, dotted)
            )
    grant_auditor_view_permissions(apps)


def grant_auditor_view_permissions(apps):
    """Auditors read everything: every model's "view" permission, including models added later
    (this also runs after every `migrate`, see ModerationConfig.ready)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=AUDITOR).first()
    if group is None:
        return
    missing = Permission.objects.filter(codename__startswith="view_").exclude(group=group)
    group.permissions.add(*missing)
