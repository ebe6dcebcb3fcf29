"""The demo tests read the demo portal as `make run` loads it, not the skeleton other tests start from."""

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Page, Site

from moderation import kept_records


def set_skeleton_aside():
    """An empty page tree, as on a fresh install: the sites point at the tree's root, the pages below go
    (what citizens sent to them first, which a page does not take with it: moderation/kept_records.py)."""
    for model in kept_records.RECORD_MODELS:
        model.objects.all().delete()
    root = Page.get_first_root_node()
    Site.objects.exclude(root_page=root).update(root_page=root)
    for page in root.get_children():
        page.delete()


@pytest.fixture(scope="module", autouse=True)
def demo_portal(django_db_setup, django_db_blocker):
    """The demo loaded once per module on an empty tree, in a transaction that stays open while the
    module's tests run (each in a savepoint inside it, pytest-django's `db`) and is rolled back when the
    module is done, so the next module finds the skeleton again."""
    with django_db_blocker.unblock(), transaction.atomic():
        set_skeleton_aside()
        call_command("seed_demo", verbosity=0)
        yield
        transaction.set_rollback(True)
