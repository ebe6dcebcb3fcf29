"""Wagtail images, in the root collection, with the alternative text the portal requires."""

import factory
import wagtail_factories
from wagtail.models import Collection


class ImageFactory(wagtail_factories.ImageFactory):
    """A JPEG photo, 800 × 600 like an editor's upload, described for people who cannot see it (the image's
    description is its alternative text)."""

    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = "Ảnh hoạt động của phường"
    description = "Cán bộ và người dân phường Dương Kinh tại buổi ra quân vệ sinh môi trường"
    file = factory.django.ImageField(filename="anh-hoat-dong.jpg", width=800, height=600, format="JPEG")
