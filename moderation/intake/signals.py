"""Publishing releases the private intake files the published page or legal document uses
(moderation/intake/privacy.py). Connected in IntakeConfig.ready()."""

from wagtail.signals import page_published, published

from .privacy import release_published_media


def release_media_of_published_page(sender, instance, revision=None, **kwargs):
    release_published_media(instance)


def release_media_of_published_record(sender, instance, revision=None, **kwargs):
    release_published_media(instance)


def connect_signals():
    page_published.connect(release_media_of_published_page, dispatch_uid="intake_release_page_media")
    published.connect(release_media_of_published_record, dispatch_uid="intake_release_record_media")
