"""Images and documents: a Kommune editor works in the Kommune's own collection only."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from schule.redaktion.models import KommuneRedaktion

from .conftest import assert_refused

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()


def png(name="bild.png"):
    """An upload as a browser sends it (the test helper's file is read to its end)."""
    return SimpleUploadedFile(name, get_test_image_file().file.getvalue(), "image/png")


def collection_of(kommune):
    return KommuneRedaktion.objects.get(kommune=kommune).collection


@pytest.fixture
def soest_image(roles, soest):
    return Image.objects.create(
        title="Soester Dom", file=get_test_image_file(), collection=collection_of(soest)
    )


@pytest.fixture
def soest_document(roles, soest):
    return Document.objects.create(
        title="Strategie Soest",
        file=ContentFile(b"Inhalt", name="strategie.txt"),
        collection=collection_of(soest),
    )


def test_each_kommune_has_its_own_collection(roles, olpe, soest):
    assert collection_of(olpe).name == "Olpe"
    assert collection_of(soest).name == "Soest"
    assert collection_of(olpe).get_parent().is_root()


def test_olpe_editor_uploads_an_image_into_the_olpe_collection(client, olpe_editor, olpe):
    client.force_login(olpe_editor)
    response = client.post(reverse("wagtailimages:add"), {"title": "Biggesee", "file": png()})
    assert response.status_code == 302
    image = Image.objects.get(title="Biggesee")
    assert image.collection == collection_of(olpe)
    assert image.uploaded_by_user == olpe_editor


@pytest.mark.parametrize("view", ["wagtailimages:add", "wagtailimages:add_multiple"])
def test_olpe_editor_cannot_upload_an_image_into_the_soest_collection(
    client, olpe_editor, olpe, soest, view
):
    client.force_login(olpe_editor)
    soest_collection = collection_of(soest)
    file_field = "files[]" if view.endswith("multiple") else "file"
    client.post(
        reverse(view),
        {"title": "Untergeschoben", "collection": soest_collection.pk, file_field: png()},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert not Image.objects.filter(collection=soest_collection).exists()
    # Soest is not offered: the upload lands in the editor's only collection.
    assert Image.objects.get().collection == collection_of(olpe)


def test_olpe_editor_cannot_upload_a_document_into_the_soest_collection(
    client, olpe_editor, olpe, soest
):
    client.force_login(olpe_editor)
    client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Untergeschoben",
            "collection": collection_of(soest).pk,
            "file": ContentFile(b"Inhalt", name="plan.txt"),
        },
    )
    assert not Document.objects.filter(collection=collection_of(soest)).exists()
    assert Document.objects.get(title="Untergeschoben").collection == collection_of(olpe)


def test_olpe_editor_cannot_edit_or_delete_a_soest_image(client, olpe_editor, soest_image):
    client.force_login(olpe_editor)
    for view in ("wagtailimages:edit", "wagtailimages:delete"):
        url = reverse(view, args=[soest_image.pk])
        assert_refused(client.get(url))
        assert_refused(client.post(url, {"title": "Umbenannt"}))
    soest_image.refresh_from_db()
    assert soest_image.title == "Soester Dom"
    assert Image.objects.filter(pk=soest_image.pk).exists()


def test_olpe_editor_cannot_edit_or_delete_a_soest_document(client, olpe_editor, soest_document):
    client.force_login(olpe_editor)
    for view in ("wagtaildocs:edit", "wagtaildocs:delete"):
        url = reverse(view, args=[soest_document.pk])
        assert_refused(client.get(url))
        assert_refused(client.post(url, {"title": "Umbenannt"}))
    soest_document.refresh_from_db()
    assert soest_document.title == "Strategie Soest"


def test_image_chooser_offers_an_olpe_editor_only_olpe_images(
    client, olpe_editor, olpe, soest_image
):
    own = Image.objects.create(
        title="Rathaus Olpe", file=get_test_image_file(), collection=collection_of(olpe)
    )
    client.force_login(olpe_editor)
    response = client.get(reverse("wagtailimages_chooser:choose"))
    assert response.status_code == 200
    html = response.json()["html"]
    assert own.title in html
    assert soest_image.title not in html


def test_agentur_editor_edits_media_of_every_kommune(client, agentur_editor, soest_image):
    client.force_login(agentur_editor)
    assert client.get(reverse("wagtailimages:edit", args=[soest_image.pk])).status_code == 200
