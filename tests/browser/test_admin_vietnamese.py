"""The admin in Vietnamese, in a real browser: each role walks the admin pages it uses, JavaScript included,
and no string of a checked list of Wagtail's and wagtail-localize's own English messages is left on screen
(text, and the labels a screen reader reads: aria-label, title, placeholder).

The people are created outside any test transaction (the server thread reads the committed database) and
deleted at the end, as in test_editorial_path.py."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.crypto import get_random_string
from wagtail.models import Site

from moderation import roles
from moderation.models import SectionAssignment, SectionGroup

from .test_editorial_path import PASSWORD, orm  # noqa: F401 - orm is a fixture, used by name

pytestmark = pytest.mark.usefixtures("portal_content")

#: Wagtail's and wagtail-localize's msgids (copied exactly) that the pages below show, and that must never be
#: left in English: the menu, the explorer, the editor and its JavaScript, the dashboard, the reports.
CHECKED_MESSAGES = [
    "Dashboard",
    "Pages",
    "Images",
    "Documents",
    "Reports",
    "Settings",
    "Help",
    "Edit",
    "View live",
    "Add child page",
    "Save draft",
    "Preview",
    "History",
    "Status",
    "Draft",
    "Comments",
    "Collapse all",
    "Expand all",
    "Toggle sidebar",
    "Main menu",
    "Page explorer",
    "More actions",
    "Actions",
    "Sort",
    "Translate this page",
    "Sync translated pages",
    "Translations",
    "Workflows",
    "Account",
    "Log out",
    "Recent edits",
    "Title",
    "Updated",
    "Type",
    "Delete",
    "Unpublish",
    "Upload",
    "Choose",
    "Filter",
    "Search",
    "Waiting for translations",
    "Content type",
]
CHECKED = re.compile(r"(?<![\w-])(" + "|".join(re.escape(m) for m in CHECKED_MESSAGES) + r")(?![\w-])")

CATALOGUE_LOADED = (
    "() => Boolean(window.django && window.django.catalog && window.django.catalog['Dashboard'])"
)

READ_SCREEN = """() => {
    const parts = [document.body.innerText];
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
        if (element.closest('[hidden]')) continue;
        for (const name of ['aria-label', 'title', 'placeholder']) {
            const value = element.getAttribute(name);
            if (value) parts.push(value);
        }
    }
    return parts.join('\\n');
}"""


def walks(news, article):
    everyone = ["/admin/", f"/admin/pages/{news.pk}/", f"/admin/pages/{article.pk}/edit/", "/admin/account/"]
    editorial = everyone + [
        "/admin/pages/",
        f"/admin/pages/{article.pk}/history/",
        "/admin/reports/workflow/",
        "/admin/localize/reports/translations/",
        f"/admin/localize/submit/page/{article.pk}/",
        "/admin/images/",
        "/admin/documents/",
    ]
    return {
        roles.CONTRIBUTOR: everyone,
        roles.EDITOR: editorial,
        roles.EDITOR_IN_CHIEF: editorial + ["/admin/reports/site-history/"],
    }


@pytest.mark.django_db
def test_the_roles_the_walk_uses_exist():
    """Runs first, and makes pytest-django set up the database when this module runs alone."""
    names = [roles.CONTRIBUTOR, roles.EDITOR, roles.EDITOR_IN_CHIEF]
    assert Group.objects.filter(name__in=names).count() == len(names)


@pytest.fixture
def staff(portal_url, orm):  # noqa: F811 - the fixture imported above
    suffix = get_random_string(6, "abcdefghijkmnpqrstuvwxyz23456789")
    people = {}
    with orm():
        news = Site.objects.get(is_default_site=True).root_page.get_children().get(slug="tin-tuc").specific
        article = news.get_children().live().order_by("-pk").first()
        had_section_group = SectionGroup.objects.filter(section=news).exists()
        for role in (roles.CONTRIBUTOR, roles.EDITOR, roles.EDITOR_IN_CHIEF):
            user = get_user_model().objects.create_user(
                username=f"vai-tro-{roles.ROLES.index(role)}-{suffix}", password=PASSWORD
            )
            user.groups.add(Group.objects.get(name=role))
            people[role] = user
        SectionAssignment.objects.create(user=people[roles.CONTRIBUTOR], section=news)
    yield people, news, article
    with orm():
        SectionAssignment.objects.filter(user__in=people.values()).delete()
        if not had_section_group:
            for link in SectionGroup.objects.filter(section=news):
                link.delete()
        for user in people.values():
            user.delete()


def test_every_role_sees_the_admin_in_vietnamese(staff, portal_url, page_at):
    # `staff` first: its database work must be done before Playwright starts its event loop.
    people, news, article = staff
    untranslated = {}
    for role, paths in walks(news, article).items():
        page = page_at(1280, 1000)
        page.goto(portal_url + "/admin/login/")
        page.fill("#id_username", people[role].username)
        page.fill("#id_password", PASSWORD)
        with page.expect_navigation():
            page.click("form button[type=submit]")
        for path in paths:
            response = page.goto(portal_url + path)
            assert response.status == 200, (role, path, response.status)
            page.wait_for_load_state("networkidle")
            if not page.evaluate(CATALOGUE_LOADED):
                # The catalogue script is fetched by every admin page; on a loaded test server it was once
                # not there (the sidebar then falls back to its English msgids). Load the page again, and
                # fail plainly if it is still missing: a missing catalogue is not an untranslated string.
                page.reload(wait_until="networkidle")
                assert page.evaluate(CATALOGUE_LOADED), (role, path, "the JavaScript catalogue did not load")
            found = sorted(set(CHECKED.findall(page.evaluate(READ_SCREEN))))
            if found:
                untranslated[f"{role} {path}"] = found
        page.context.close()
    assert untranslated == {}
