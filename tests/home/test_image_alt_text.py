"""No image can be saved in the admin without its alternative text, by any path: the single upload, the
multiple upload (several files at once), the multiple upload's edit form, the edit form and the image
chooser's upload tab in the page editor. The refusal is a clear Vietnamese message."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Collection, UploadedFile

pytestmark = pytest.mark.django_db

MESSAGE = "Hãy mô tả hình ảnh cho người không xem được hình."
BLANKS = ["", "   "]


def png(name="anh-thu.png", colour="red"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (32, 24), colour).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def collection():
    return Collection.get_first_root_node().id


@pytest.fixture
def existing_image(collection):
    return Image.objects.create(title="Ảnh có sẵn", description="Trụ sở UBND phường", file=png())


@pytest.mark.parametrize("blank", BLANKS)
def test_single_upload_refuses_an_image_without_alt_text(admin_client, collection, blank):
    before = Image.objects.count()
    response = admin_client.post(
        "/admin/images/add/", {"title": "Ảnh", "description": blank, "collection": collection, "file": png()}
    )
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert Image.objects.count() == before


def test_single_upload_saves_an_image_with_alt_text(admin_client, collection):
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Ảnh", "description": "Cán bộ tiếp dân", "collection": collection, "file": png()},
    )
    assert response.status_code == 302
    assert Image.objects.filter(title="Ảnh", description="Cán bộ tiếp dân").exists()


def test_multiple_upload_keeps_files_pending_until_each_has_alt_text(admin_client, collection):
    before = Image.objects.count()
    uploads = []
    for name, colour in (("mot.png", "red"), ("hai.png", "blue")):
        response = admin_client.post(
            "/admin/images/multiple/add/", {"files[]": png(name, colour), "collection": collection}
        )
        data = response.json()
        assert data["success"] is True
        # Not an image yet: a pending upload whose form asks for the alternative text.
        assert "uploaded_file_id" in data and "image_id" not in data
        assert f'name="uploaded-image-{data["uploaded_file_id"]}-description"' in data["form"]
        uploads.append(data["uploaded_file_id"])
    assert Image.objects.count() == before
    assert UploadedFile.objects.filter(id__in=uploads).count() == 2

    first, second = uploads
    for blank in BLANKS:
        response = admin_client.post(
            f"/admin/images/multiple/create_from_uploaded_image/{first}/",
            {
                f"uploaded-image-{first}-title": "Ảnh một",
                f"uploaded-image-{first}-description": blank,
                f"uploaded-image-{first}-collection": collection,
            },
        )
        data = response.json()
        assert data["success"] is False
        assert MESSAGE in data["form"]
        assert Image.objects.count() == before
        assert UploadedFile.objects.filter(id=first).exists()

    response = admin_client.post(
        f"/admin/images/multiple/create_from_uploaded_image/{second}/",
        {
            f"uploaded-image-{second}-title": "Ảnh hai",
            f"uploaded-image-{second}-description": "Lễ ra quân vệ sinh môi trường",
            f"uploaded-image-{second}-collection": collection,
        },
    )
    assert response.json()["success"] is True
    assert Image.objects.get(title="Ảnh hai").description == "Lễ ra quân vệ sinh môi trường"
    assert not UploadedFile.objects.filter(id=second).exists()
    assert Image.objects.count() == before + 1


@pytest.mark.parametrize("blank", BLANKS)
def test_multiple_upload_edit_form_refuses_removing_the_alt_text(admin_client, existing_image, blank):
    prefix = f"image-{existing_image.id}"
    response = admin_client.post(
        f"/admin/images/multiple/{existing_image.id}/",
        {
            f"{prefix}-title": existing_image.title,
            f"{prefix}-description": blank,
            f"{prefix}-collection": existing_image.collection_id,
        },
    )
    data = response.json()
    assert data["success"] is False and MESSAGE in data["form"]
    existing_image.refresh_from_db()
    assert existing_image.description == "Trụ sở UBND phường"


@pytest.mark.parametrize("blank", BLANKS)
def test_edit_form_refuses_removing_the_alt_text(admin_client, existing_image, blank):
    response = admin_client.post(
        f"/admin/images/{existing_image.id}/",
        {"title": "Tên mới", "description": blank, "collection": existing_image.collection_id},
    )
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    existing_image.refresh_from_db()
    assert (existing_image.title, existing_image.description) == ("Ảnh có sẵn", "Trụ sở UBND phường")


def test_edit_form_saves_a_new_alt_text(admin_client, existing_image):
    response = admin_client.post(
        f"/admin/images/{existing_image.id}/",
        {
            "title": "Ảnh có sẵn",
            "description": "Mặt trước trụ sở",
            "collection": existing_image.collection_id,
        },
    )
    assert response.status_code == 302
    existing_image.refresh_from_db()
    assert existing_image.description == "Mặt trước trụ sở"


@pytest.mark.parametrize("blank", BLANKS)
def test_the_page_editors_image_chooser_upload_refuses_an_image_without_alt_text(
    admin_client, collection, blank
):
    before = Image.objects.count()
    response = admin_client.post(
        "/admin/images/chooser/create/",
        {
            "image-chooser-upload-title": "Ảnh",
            "image-chooser-upload-description": blank,
            "image-chooser-upload-collection": collection,
            "image-chooser-upload-file": png(),
        },
    )
    assert response.status_code == 200
    assert MESSAGE in json.dumps(response.json(), ensure_ascii=False)
    assert Image.objects.count() == before


def test_the_alt_text_field_is_labelled_and_explained_in_vietnamese(admin_client):
    html = admin_client.get("/admin/images/add/").content.decode()
    assert "Văn bản thay thế" in html
