"""Facets of the search page: what each can narrow results by, its counts, and its URL parameter.

A facet counts the matching pages (and legal documents, see `search.documents`) from the fields it names
(`page_fields`, `document_fields`): the search reads those of every match once, in one query for the
pages and one for the documents, for all the facets together. Other apps add facets with `register_facet`
(see docs/search.md).
"""

import datetime
from collections import Counter
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Page

from .documents import document_model


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool = False


class Facet:
    """Subclass and register: `param` is the URL parameter, `label` the heading shown to people.

    `context` is shared by the facets of one search (`search.service.search_context`): "home" (the home page
    of the language), "sections" (every page at the depth of the home page's children, by path),
    "documents_index" (the legal documents section, or None when documents are not searched),
    "document_types" and, once counted, "document_count".
    """

    param = ""
    label = ""
    #: The fields (`values()` names) of each matching page and legal document that `options` counts.
    page_fields = ()
    document_fields = ()

    def __init__(self, context):
        self.context = context

    def clean(self, value):
        """The filter value for `value` from the URL, or None when it is not valid."""
        raise NotImplementedError

    def filter(self, pages, value):
        """`pages` (a Page queryset, before `.search()`) narrowed by a cleaned value; None: no page."""
        raise NotImplementedError

    def filter_documents(self, documents, value):
        """`documents` (LegalDocuments, before `.search()`) narrowed by a cleaned value; None: none.

        A facet that knows nothing of legal documents leaves none when it is used."""
        return None

    def options(self, pages, documents):
        """FacetOptions counted over `pages` (one dict per matching page, with the `page_fields` of every
        facet) and `documents` (the same for every matching legal document); either may be None."""
        raise NotImplementedError


def _count(options, value, label, count):
    """Add `count` to the option `value`, creating it."""
    for option in options:
        if option.value == value:
            option.count += count
            return
    options.append(FacetOption(value, label, count))


class ContentTypeFacet(Facet):
    param = "loai"
    label = pgettext_lazy("search facet", "Content type")

    def clean(self, value):
        try:
            app_label, model = value.split(".", 1)
            content_type = ContentType.objects.get_by_natural_key(app_label, model)
        except (ValueError, ContentType.DoesNotExist):
            return None
        model_class = content_type.model_class()
        if model_class is not None and model_class is document_model():
            return content_type
        return content_type if model_class and issubclass(model_class, Page) else None

    @staticmethod
    def _is_documents(value):
        return value.model_class() is document_model()

    def filter(self, pages, value):
        return None if self._is_documents(value) else pages.filter(content_type=value)

    def filter_documents(self, documents, value):
        return documents if self._is_documents(value) else None

    page_fields = ("content_type",)

    def options(self, pages, documents):
        options = []
        if pages is not None:
            counts = Counter(row["content_type"] for row in pages)
            for content_type_id, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
                options.append(self._option(ContentType.objects.get_for_id(content_type_id), count))
        if documents is not None and self.context.get("document_count"):
            content_type = ContentType.objects.get_for_model(document_model())
            options.append(self._option(content_type, self.context["document_count"]))
            options.sort(key=lambda option: -option.count)
        return options

    @staticmethod
    def _option(content_type, count):
        model = content_type.model_class()
        label = model._meta.verbose_name_plural if model else content_type.model
        return FacetOption(f"{content_type.app_label}.{content_type.model}", str(label).capitalize(), count)


class SectionFacet(Facet):
    """The portal section (a child of the home page) a result sits in; legal documents are in theirs."""

    param = "muc"
    label = pgettext_lazy("site section", "Section")
    page_fields = ("path",)

    @property
    def prefix_length(self):
        home = self.context["home"]
        return (home.depth + 1) * home.steplen

    def clean(self, value):
        home = self.context["home"]
        children = (
            section
            for path, section in sorted(self.context["sections"].items())
            if path.startswith(home.path) and section.slug == value
        )
        return next(children, None)

    def _documents_section_path(self):
        index = self.context.get("documents_index")
        return index.path[: self.prefix_length] if index is not None else None

    def filter(self, pages, value):
        return pages.filter(path__startswith=value.path)

    def filter_documents(self, documents, value):
        return documents if value.path == self._documents_section_path() else None

    def options(self, pages, documents):
        counts = {}
        if pages is not None:
            counts = dict(Counter(row["path"][: self.prefix_length] for row in pages))
        if documents is not None and self.context.get("document_count"):
            path = self._documents_section_path()
            counts[path] = counts.get(path, 0) + self.context["document_count"]
        if not counts:
            return []
        known = self.context["sections"]
        sections = [known[path] for path in counts if path in known]
        self.context["sections_by_path"] = {section.path: section for section in sections}
        return [
            FacetOption(section.slug, section.title, counts[section.path])
            for section in sorted(sections, key=lambda page: (-counts[page.path], page.path))
            if section.depth == self.context["home"].depth + 1
        ]


class YearFacet(Facet):
    """The year a page was first published, or a legal document issued."""

    param = "nam"
    label = _("Year published")
    page_fields = ("first_published_at",)
    document_fields = ("issued_on",)

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

    def filter_documents(self, documents, value):
        return documents.filter(
            issued_on__gte=datetime.date(value, 1, 1), issued_on__lt=datetime.date(value + 1, 1, 1)
        )

    def options(self, pages, documents):
        counts = Counter()
        if pages is not None:
            # The year where the portal is (the current time zone), as the year filter reads it.
            counts.update(
                timezone.localtime(row["first_published_at"]).year
                for row in pages
                if row["first_published_at"] is not None
            )
        if documents is not None and self.context.get("document_count"):
            counts.update(row["issued_on"].year for row in documents)
        return [FacetOption(str(year), str(year), counts[year]) for year in sorted(counts, reverse=True)]


class DocumentTypeFacet(Facet):
    """For legal documents, their type (Quyết định, Nghị định, …); choosing one lists documents only."""

    param = "loai_van_ban"
    label = _("Document type")
    document_fields = ("document_type__slug", "document_type__name", "document_type__sort_order")

    def clean(self, value):
        return next((kind for kind in self.context["document_types"] if kind.slug == value), None)

    def filter(self, pages, value):
        return None

    def filter_documents(self, documents, value):
        return documents.filter(document_type_id=value.pk)

    def options(self, pages, documents):
        if documents is None or not self.context.get("document_count"):
            return []
        counts = Counter(tuple(row[field] for field in self.document_fields) for row in documents)
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0][2], item[0][1]))
        return [FacetOption(slug, name, count) for (slug, name, _order), count in ordered]


_FACETS = [SectionFacet, ContentTypeFacet, DocumentTypeFacet, YearFacet]


def register_facet(facet_class):
    """Add a facet to the search page."""
    if facet_class not in _FACETS:
        _FACETS.append(facet_class)
    return facet_class


def facet_params():
    """The URL parameters of every facet."""
    return [facet_class.param for facet_class in _FACETS]


def get_facets(context):
    return [facet_class(context) for facet_class in _FACETS]
