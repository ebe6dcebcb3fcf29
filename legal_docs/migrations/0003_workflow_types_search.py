"""Legal documents join the portal: the standard document types, the review workflow, the editorial roles'
permissions, and (on PostgreSQL) trigram indexes for the list's search box."""

from django.db import migrations, transaction

WORKFLOW_NAME = "Quy trình duyệt tin bài"  # created by moderation.0003_review_workflow

DOCUMENT_TYPES = [
    ("hien-phap", "Hiến pháp"),
    ("bo-luat", "Bộ luật"),
    ("luat", "Luật"),
    ("nghi-quyet", "Nghị quyết"),
    ("phap-lenh", "Pháp lệnh"),
    ("lenh", "Lệnh"),
    ("nghi-dinh", "Nghị định"),
    ("quyet-dinh", "Quyết định"),
    ("thong-tu", "Thông tư"),
    ("thong-tu-lien-tich", "Thông tư liên tịch"),
    ("chi-thi", "Chỉ thị"),
    ("ke-hoach", "Kế hoạch"),
    ("cong-van", "Công văn"),
    ("thong-bao", "Thông báo"),
    ("bao-cao", "Báo cáo"),
    ("huong-dan", "Hướng dẫn"),
    ("quy-che", "Quy chế"),
    ("quy-dinh", "Quy định"),
    ("to-trinh", "Tờ trình"),
    ("van-ban-hop-nhat", "Văn bản hợp nhất"),
]

EDITORIAL = ["add", "change", "lock"]
ROLE_PERMISSIONS = {
    "Biên tập viên": [f"legal_docs.{a}_legaldocument" for a in EDITORIAL]
    + [f"legal_docs.{a}_{m}" for m in ("issuer", "legalfield", "signer") for a in ("add", "change")],
    "Trưởng Ban Biên tập": [f"legal_docs.{a}_legaldocument" for a in EDITORIAL + ["unlock"]]
    + [f"legal_docs.{a}_{m}" for m in ("issuer", "legalfield", "signer", "documenttype") for a in ("add", "change")],
    "Quản trị Cổng": [
        f"legal_docs.{a}_{m}"
        for m in ("legaldocument", "documenttype", "issuer", "legalfield", "signer")
        for a in ("add", "change", "delete")
    ]
    + ["legal_docs.unlock_legaldocument"],
}

TRIGRAM_INDEXES = {
    "legal_docs_search_trgm": "search_text",
    "legal_docs_body_trgm": "body_search_text",
}


def seed_types(apps, schema_editor):
    DocumentType = apps.get_model("legal_docs", "DocumentType")
    for order, (slug, name) in enumerate(DOCUMENT_TYPES):
        DocumentType.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": (order + 1) * 10})


def join_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="legal_docs", model="legaldocument")
    WorkflowContentType.objects.update_or_create(content_type=content_type, defaults={"workflow": workflow})


def leave_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowContentType.objects.filter(
        content_type__in=ContentType.objects.filter(app_label="legal_docs", model="legaldocument")
    ).delete()


def grant_permissions(apps, schema_editor):
    from moderation import roles

    Group = apps.get_model("auth", "Group")
    roles.ensure_permissions_exist(apps)
    for name, permissions in ROLE_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            roles.grant(apps, group, permissions)
    roles.grant_auditor_view_permissions(apps)


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # no right to create extensions: the search works, without the index
        return
    for name, column in TRIGRAM_INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON legal_docs_legaldocument USING gin ({column} gin_trgm_ops)"
        )


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in TRIGRAM_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("legal_docs", "0002_documents"),
        ("moderation", "0003_review_workflow"),
    ]

    operations = [
        migrations.RunPython(seed_types, migrations.RunPython.noop),
        migrations.RunPython(join_workflow, leave_workflow),
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes),
    ]
