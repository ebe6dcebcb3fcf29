"""The SQL grants of docs/audit.md, applied on the real PostgreSQL server to a role made by the test: the
application's role may insert audit rows and read them, never update, delete or truncate them."""

import re
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import DatabaseError, connection, transaction
from psycopg import errors

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the grants are PostgreSQL's"),
]

PROTECTED = [
    "wagtailcore_pagelogentry",
    "wagtailcore_modellogentry",
    "audit_logseal",
    "audit_anchor",
    "audit_verification",
]


def documented_grants(role):
    text = (Path(settings.BASE_DIR) / "docs" / "audit.md").read_text(encoding="utf-8")
    section = text.split("## Database grants", 1)[1]
    block = re.search(r"```sql\n(.*?)```", section, re.S).group(1)
    return block.replace("duongkinh_app", role)


@pytest.fixture
def app_role():
    """A role without login, made and granted inside the test's transaction (rolled back with it)."""
    role = f"dk_test_app_{uuid.uuid4().hex[:10]}"
    with connection.cursor() as cursor:
        cursor.execute(f"CREATE ROLE {role} NOLOGIN")
        cursor.execute(documented_grants(role))
    return role


def as_role(role, sql, params=()):
    """Run `sql` as `role` in a savepoint; returns the rows, or raises the database's refusal."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL ROLE {role}")
        try:
            cursor.execute(sql, params)
        except DatabaseError as error:  # the savepoint's rollback also undoes SET LOCAL ROLE
            raise error.__cause__ from error
        rows = cursor.fetchall() if cursor.description else []
        cursor.execute("RESET ROLE")
        return rows


def test_the_application_role_inserts_and_reads_log_entries(app_role, home_page):
    rows = as_role(
        app_role,
        "INSERT INTO wagtailcore_modellogentry (label, action, data, timestamp, content_changed, deleted, "
        "object_id) VALUES ('Ghi bởi vai trò ứng dụng', 'wagtail.edit', '{}', now(), false, false, '1') "
        "RETURNING id",
    )
    assert len(rows) == 1
    assert as_role(app_role, "SELECT count(*) FROM audit_logseal")[0][0] >= 0
    assert as_role(app_role, "SELECT count(*) FROM wagtailcore_page")[0][0] > 0


@pytest.mark.parametrize("table", PROTECTED)
def test_the_application_role_cannot_update_delete_or_truncate(app_role, table):
    for sql in (f"UPDATE {table} SET id = id", f"DELETE FROM {table}", f"TRUNCATE {table}"):
        with pytest.raises(errors.InsufficientPrivilege):
            as_role(app_role, sql)


def test_the_application_role_still_changes_the_content(app_role):
    as_role(app_role, "UPDATE wagtailcore_page SET title = title WHERE false")
    as_role(app_role, "DELETE FROM wagtailcore_page WHERE false")
