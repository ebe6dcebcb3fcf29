"""The ground floor: people in their editorial roles, the portal's settings, emergency notices, visit
statistics, and the base of every page factory."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, Site

from core.models import EmergencyNotice, PageViewDaily, PortalSettings
from core.text import slugify_vi
from moderation.models import SectionAssignment

# The password of every person the factories make: tests sign in with it through the admin's login form.
PASSWORD = "correct-horse-battery-staple"
SLUG_MAX_LENGTH = 80


def default_site():
    return Site.objects.get(is_default_site=True)


def portal_home():
    """The home page of the default site (the Vietnamese one)."""
    return default_site().root_page.specific


def portal_section(slug):
    """The section of the default site's home page at `slug` ("tin-tuc", "van-ban", …)."""
    return portal_home().get_children().get(slug=slug).specific


def in_section(slug):
    """A `parent` declaration: the section at `slug`, looked up when the page is made."""
    return factory.LazyFunction(lambda: portal_section(slug))


def html(*paragraphs):
    """Rich text: a <p> per paragraph."""
    return "".join(f"<p>{text}</p>" for text in paragraphs)


class UserFactory(DjangoModelFactory):
    """A person of the editorial office. `roles` names their groups (core.permissions: CONTRIBUTOR, EDITOR,
    …); `sections` lists the section pages a contributor is assigned to (moderation.SectionAssignment, which
    puts them in the section's group). `superuser=True` makes a superuser."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    class Params:
        superuser = factory.Trait(is_superuser=True, is_staff=True)

    username = factory.Sequence(lambda number: f"nguoi-dung-{number}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@duongkinh.test")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def roles(user, create, role_names, **kwargs):
        if not (create and role_names):
            return
        groups = list(Group.objects.filter(name__in=role_names))
        missing = set(role_names) - {group.name for group in groups}
        if missing:
            raise ValueError(f"No group named {sorted(missing)}: the roles are created by a migration.")
        user.groups.add(*groups)

    @factory.post_generation
    def sections(user, create, section_pages, **kwargs):
        if create:
            for section in section_pages or ():
                SectionAssignment.objects.create(user=user, section=section)


class PortalSettingsFactory(DjangoModelFactory):
    """The default site's settings, filled as the ward fills them (one row per site)."""

    class Meta:
        model = PortalSettings
        django_get_or_create = ("site",)

    site = factory.LazyFunction(default_site)
    responsible_person_name = "Hoàng Thị Minh Ngọc"
    responsible_person_title = (
        "Phó Chủ tịch Ủy ban nhân dân phường, Trưởng Ban Biên tập Cổng Thông tin điện tử"
    )
    address = "Số 1 đường Mạc Đăng Doanh, phường Dương Kinh, thành phố Hải Phòng"
    phone = "0225 3 581 101"
    fax = "0225 3 581 102"
    email = "duongkinh@haiphong.gov.vn"
    licence = "Quyết định số 218/2025/QĐ-UBND ngày 06/8/2025 của Ủy ban nhân dân phường Dương Kinh"
    facebook_url = "https://www.facebook.com/share/1CRMNDXavM/"


class EmergencyNoticeFactory(DjangoModelFactory):
    """A warning shown on every page: active from an hour ago, with no end."""

    class Meta:
        model = EmergencyNotice

    title = "Cảnh báo áp thấp nhiệt đới gây mưa lớn trên địa bàn phường"
    severity = EmergencyNotice.Severity.WARNING
    message = "Người dân không ra khỏi nhà khi không cần thiết; gia cố nhà cửa, chằng chống mái tôn."
    link_url = "/tin-tuc/"
    link_text = "Xem chỉ đạo của Ủy ban nhân dân phường"
    starts_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))
    expires_at = None


class PageViewDailyFactory(DjangoModelFactory):
    """The views of one path on one day (today by default)."""

    class Meta:
        model = PageViewDaily

    date = factory.LazyFunction(timezone.localdate)
    path = "/tin-tuc/"
    views = 1


class BasePageFactory(wagtail_factories.PageFactory):
    """A page added under `parent` as a draft, with a revision; published through that revision unless
    `live=False`, as the review workflow's last step publishes (a "wagtail.publish" log entry, a live
    revision, the publication dates).

    The slug is made from the Vietnamese title, with a number added when a sibling already has it. The page
    returned is read back from the database, so it is live, with its live revision, when published.
    Concrete factories give `parent` a default: the section their page type belongs to.
    """

    class Meta:
        abstract = True

    title = "Trang thông tin của phường"
    slug = factory.LazyAttribute(lambda page: slugify_vi(page.title, SLUG_MAX_LENGTH))
    live = True

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        live = kwargs.pop("live")
        page = model_class(live=False, **kwargs)
        if parent is None:
            parent = Page.get_first_root_node()
        page.slug = find_available_slug(parent, page.slug)
        parent.add_child(instance=page)
        revision = page.save_revision(user=page.owner)
        if live:
            revision.publish(skip_permission_checks=True)
        return model_class.objects.get(pk=page.pk)
