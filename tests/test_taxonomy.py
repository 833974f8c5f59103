import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from schule.taxonomy.colours import contrast_ratio
from schule.taxonomy.models import SDG, DNAKriterium, Handlungsfeld

pytestmark = pytest.mark.django_db


def test_migrations_create_the_three_dna_criteria():
    assert list(DNAKriterium.objects.values_list("slug", flat=True)) == [
        "digital",
        "nachhaltig",
        "authentisch",
    ]


def test_migrations_create_the_ten_handlungsfelder_in_order():
    names = list(Handlungsfeld.objects.values_list("name", flat=True))
    assert len(names) == 10
    assert names[0] == "Stadtgestaltung & öffentlicher Raum"
    assert names[3] == "Mobilität"
    assert names[9] == "New Work (Neue Arbeitswelt)"


def test_migrations_create_the_17_sdgs_with_titles_and_colours():
    sdgs = list(SDG.objects.order_by("number"))
    assert [s.number for s in sdgs] == list(range(1, 18))
    assert sdgs[10].name == "Nachhaltige Städte und Gemeinden"
    assert sdgs[10].colour == "#FD9D24"
    assert sdgs[16].colour == "#19486A"


def test_every_sdg_badge_text_meets_wcag_aa_contrast():
    for sdg in SDG.objects.all():
        assert contrast_ratio(sdg.colour, sdg.text_colour) >= 4.5, sdg


def test_light_sdg_colours_get_dark_text():
    assert SDG.objects.get(number=7).text_colour == "#000000"
    assert SDG.objects.get(number=11).text_colour == "#000000"
    assert SDG.objects.get(number=17).text_colour == "#ffffff"


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("chef", "chef@example.org", "x")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", [DNAKriterium, Handlungsfeld, SDG])
def test_taxonomy_rows_cannot_be_deleted_in_the_admin_even_by_a_superuser(admin_client, model):
    row = model.objects.first()
    url = reverse(f"wagtailsnippets_taxonomy_{model._meta.model_name}:delete", args=[row.pk])
    assert admin_client.get(url).status_code in (302, 403)
    admin_client.post(url)
    assert model.objects.filter(pk=row.pk).exists()


@pytest.mark.parametrize("model", [DNAKriterium, Handlungsfeld, SDG])
def test_taxonomy_rows_cannot_be_added_in_the_admin(admin_client, model):
    url = reverse(f"wagtailsnippets_taxonomy_{model._meta.model_name}:add")
    count = model.objects.count()
    assert admin_client.get(url).status_code in (302, 403)
    admin_client.post(url, {"name": "Neu"})
    assert model.objects.count() == count


def test_taxonomy_description_is_editable_in_the_admin(admin_client):
    row = Handlungsfeld.objects.get(slug="energie")
    url = reverse("wagtailsnippets_taxonomy_handlungsfeld:edit", args=[row.pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"name": "Energie", "description": "Strom und Wärme."})
    assert response.status_code == 302
    row.refresh_from_db()
    assert row.description == "Strom und Wärme."
    assert row.slug == "energie"
