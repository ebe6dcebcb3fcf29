"""The machinery that writes sample content: pages through revisions, images, documents.

Everything is looked up before it is made, so running the loader again creates nothing: a page by its
slug under its parent (or by a `lookup` filter), an image or a document by its title in the sample
collection. What a new page needs (its images, its attachments) is built only when the page itself is
about to be created, so a second run draws and writes nothing.
"""

import datetime
import io
from collections import Counter, defaultdict
from contextlib import contextmanager

from django.core.files import File
from django.core.files.images import ImageFile
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, ReferenceIndex
from wagtail.search import index as search_index
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.text import nfc, slugify_vi

from . import documents, images

try:  # the search layer Wagtail 7 ships with; another one keeps indexing on each save
    from modelsearch.signal_handlers import post_save_signal_handler
except ImportError:
    post_save_signal_handler = None

SAMPLE_COLLECTION_NAME = "Dữ liệu mẫu (seed_demo)"
IMAGE_SUFFIX = " (ảnh minh họa)"
DOCUMENT_SUFFIX = " (tài liệu mẫu)"


class Seeder:
    """Creates sample content once, counts what it created, and remembers files to remove on failure."""

    def __init__(self, stdout=None, today=None):
        self.stdout = stdout
        self.today = today or timezone.localdate()
        self.counts = Counter()
        self.saved_files = []
        self.created = []
        self._collection = None
        self.locale = Locale.get_default()

    # Output and dates ------------------------------------------------------------------------------

    def say(self, message):
        if self.stdout is not None:
            self.stdout.write(message if message.endswith("\n") else message + "\n")

    def days_ago(self, days):
        return self.today - datetime.timedelta(days=days)

    def not_after_today(self, date):
        return min(date, self.today)

    @property
    def monday(self):
        return self.today - datetime.timedelta(days=self.today.weekday())

    # Pages --------------------------------------------------------------------------------------

    def find_page(self, parent, model, slug, lookup=None):
        children = model.objects.child_of(parent)
        found = children.filter(**lookup).first() if lookup else None
        return found or children.filter(slug=slug).first()

    def descendant(self, page, *slugs):
        """The page at `slugs` below `page`, or None: to link to sample content made earlier."""
        for slug in slugs:
            if page is None:
                return None
            page = page.get_children().filter(slug=slug).first()
        return page

    def page(self, parent, model, slug, title, fields=None, lookup=None):
        """The page `slug` under `parent`, created as a draft and published through a revision if missing.

        `fields` is a dict, or a function returning one, called only when the page is created.
        """
        existing = self.find_page(parent, model, slug, lookup)
        if existing is not None:
            return existing
        values = fields() if callable(fields) else dict(fields or {})
        page = model(title=title, slug=slug, live=False, is_sample_content=True, **values)
        parent.add_child(instance=page)
        # Adding the page logged "wagtail.create"; publishing validates the page in full (it is live then).
        revision = page.save_revision(clean=False)
        revision.publish(skip_permission_checks=True)
        self.counts["pages"] += 1
        self.created.append(page)
        return page

    # Images and documents --------------------------------------------------------------------------

    @property
    def collection(self):
        if self._collection is None:
            root = Collection.get_first_root_node()
            self._collection = root.get_children().filter(name=SAMPLE_COLLECTION_NAME).first()
            if self._collection is None:
                self._collection = root.add_child(name=SAMPLE_COLLECTION_NAME)
        return self._collection

    def _stored(self, model, title):
        return model.objects.filter(collection=self.collection, title=title).first()

    def _save_file(self, model, title, filename, data, metadata):
        file_class = ImageFile if metadata == "_set_image_file_metadata" else File
        instance = model(
            title=title, collection=self.collection, file=file_class(io.BytesIO(data), name=filename)
        )
        getattr(instance, metadata)()
        instance.save()
        self.saved_files.append((instance.file.storage, instance.file.name))
        self.created.append(instance)
        return instance

    def image(self, title, kind="landscape"):
        """An illustration titled `title` + ' (ảnh minh họa)', drawn if it does not exist yet."""
        title = nfc(title + IMAGE_SUFFIX)
        existing = self._stored(get_image_model(), title)
        if existing is not None:
            return existing
        if kind == "portrait":
            data = images.portrait_bytes(title)
        else:
            data = images.painting_bytes(title, kind)
        return self._new_image(title, data)

    def map_image(self, title, labels):
        title = nfc(title + IMAGE_SUFFIX)
        existing = self._stored(get_image_model(), title)
        if existing is not None:
            return existing
        return self._new_image(title, images.map_bytes(title, labels))

    def _new_image(self, title, data):
        filename = f"mau-{slugify_vi(title, 60)}.jpg"
        image = self._save_file(get_image_model(), title, filename, data, "_set_image_file_metadata")
        self.counts["images"] += 1
        return image

    def pdf(self, title, blocks, filename=None):
        """A PDF document titled `title` + ' (tài liệu mẫu)', drawn from layout `blocks` if missing."""
        return self._document(title, "pdf", filename, lambda: documents.pdf_bytes(blocks))

    def xlsx(self, title, sheets, filename=None):
        """A spreadsheet document titled `title` + ' (tài liệu mẫu)', written from `sheets` if missing."""
        return self._document(title, "xlsx", filename, lambda: documents.xlsx_bytes(sheets, title))

    def _document(self, title, extension, filename, build):
        title = nfc(title + DOCUMENT_SUFFIX)
        model = get_document_model()
        existing = self._stored(model, title)
        if existing is not None:
            return existing
        filename = f"{filename or slugify_vi(title, 70)}.{extension}"
        document = self._save_file(model, title, filename, build(), "_set_document_file_metadata")
        self.counts["documents"] += 1
        return document

    @contextmanager
    def deferred_indexing(self):
        """Index what the run creates once, at the end, instead of on each of its several saves.

        A page is saved three times on its way to publication (added, revision saved, published), and
        each save would update the search index and the reference index (used by "usage" in the admin).
        """
        search_models = _suspend_search_auto_update()
        try:
            with disable_reference_index_auto_update():
                yield
        finally:
            _resume_search_auto_update(search_models)
        created = defaultdict(list)
        for instance in self.created:
            created[type(instance)].append(instance.pk)
        for model, pks in created.items():
            instances = list(model.objects.filter(pk__in=pks))  # fresh: pages are live only in the database
            for backend in get_search_backends(with_auto_update=True):
                backend.add_bulk(model, instances)
            if ReferenceIndex.is_indexed(model):
                for instance in instances:
                    ReferenceIndex.create_or_update_for_object(instance)

    def discard_files(self):
        """Remove the files written by a run whose database work was rolled back."""
        for storage, name in self.saved_files:
            try:
                storage.delete(name)
            except OSError:
                pass
        self.saved_files.clear()


def _suspend_search_auto_update():
    """Disconnect the search index's post-save handler; return the models to reconnect it for."""
    if post_save_signal_handler is None:  # another search layer: leave its handlers alone
        return []
    models_ = [
        model for model in search_index.get_indexed_models() if getattr(model, "search_auto_update", True)
    ]
    for model in models_:
        post_save.disconnect(post_save_signal_handler, sender=model)
    return models_


def _resume_search_auto_update(models_):
    for model in models_:
        post_save.connect(post_save_signal_handler, sender=model)
