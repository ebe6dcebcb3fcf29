"""Facets of the search page: what each can narrow results by, its counts, and its URL parameter.

A facet counts the matching pages in one grouped query. Other apps add facets with `register_facet`, for
example the legal documents app a facet on the document type (see docs/search.md).
"""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.db.models.functions import ExtractYear, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool = False


class Facet:
    """Subclass and register: `param` is the URL parameter, `label` the heading shown to people."""

    param = ""
    label = ""

    def __init__(self, context):
        self.context = context

    def clean(self, value):
        """The filter value for `value` from the URL, or None when it is not valid."""
        raise NotImplementedError

    def filter(self, pages, value):
        """`pages` (a Page queryset, before `.search()`) narrowed by a cleaned value."""
        raise NotImplementedError

    def options(self, matching):
        """FacetOptions counted over `matching`, a Page queryset of every matching page."""
        raise NotImplementedError


class ContentTypeFacet(Facet):
    param = "loai"
    label = _("Content type")

    def clean(self, value):
        try:
            app_label, model = value.split(".", 1)
            content_type = ContentType.objects.get_by_natural_key(app_label, model)
        except (ValueError, ContentType.DoesNotExist):
            return None
        model_class = content_type.model_class()
        return content_type if model_class and issubclass(model_class, Page) else None

    def filter(self, pages, value):
        return pages.filter(content_type=value)

    def options(self, matching):
        rows = matching.values("content_type").annotate(count=Count("pk")).order_by("-count", "content_type")
        options = []
        for row in rows:
            content_type = ContentType.objects.get_for_id(row["content_type"])
            model = content_type.model_class()
            label = model._meta.verbose_name_plural if model else content_type.model
            options.append(
                FacetOption(
                    f"{content_type.app_label}.{content_type.model}", str(label).capitalize(), row["count"]
                )
            )
        return options


class SectionFacet(Facet):
    """The portal section (a child of the home page) a result sits in."""

    param = "muc"
    label = _("Section")

    @property
    def prefix_length(self):
        home = self.context["home"]
        return (home.depth + 1) * home.steplen

    def clean(self, value):
        home = self.context["home"]
        section = home.get_children().filter(slug=value).only("path", "title", "slug").first()
        return section

    def filter(self, pages, value):
        return pages.filter(path__startswith=value.path)

    def options(self, matching):
        rows = (
            matching.annotate(section_path=Substr("path", 1, self.prefix_length))
            .values("section_path")
            .annotate(count=Count("pk"))
            .order_by("-count", "section_path")
        )
        counts = {row["section_path"]: row["count"] for row in rows}
        sections = Page.objects.filter(path__in=list(counts)).only("path", "depth", "title", "slug")
        self.context["sections_by_path"] = {section.path: section for section in sections}
        return [
            FacetOption(section.slug, section.title, counts[section.path])
            for section in sorted(sections, key=lambda page: (-counts[page.path], page.path))
            if section.depth == self.context["home"].depth + 1
        ]


class YearFacet(Facet):
    """The year a page was first published."""

    param = "nam"
    label = _("Year published")

    def clean(self, value):
        try:
            year = int(value)
        except (TypeError, ValueError):
            return None
        return year if 1900 <= year <= 2999 else None

    def filter(self, pages, value):
        zone = timezone.get_current_timezone()
        start = datetime.datetime(value, 1, 1, tzinfo=zone)
        end = datetime.datetime(value + 1, 1, 1, tzinfo=zone)
        return pages.filter(first_published_at__gte=start, first_published_at__lt=end)

    def options(self, matching):
        rows = (
            matching.exclude(first_published_at=None)
            .annotate(year=ExtractYear("first_published_at"))
            .values("year")
            .annotate(count=Count("pk"))
            .order_by("-year")
        )
        return [FacetOption(str(row["year"]), str(row["year"]), row["count"]) for row in rows]


_FACETS = [SectionFacet, ContentTypeFacet, YearFacet]


def register_facet(facet_class):
    """Add a facet to the search page (the legal documents' type facet hooks in here)."""
    if facet_class not in _FACETS:
        _FACETS.append(facet_class)
    return facet_class


def get_facets(context):
    return [facet_class(context) for facet_class in _FACETS]
