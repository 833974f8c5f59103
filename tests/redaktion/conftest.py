"""Roles, editors and content of three Kommunen, and helpers to post real admin forms."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.blocks import StreamBlock
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html, rich_text

from schule.redaktion.roles import AGENTUR_MODERATION, AGENTUR_REDAKTION, sync_roles

from ..factories import (
    KommunePageFactory,
    LeitfadenPageFactory,
    LeitprojektPageFactory,
    StandardPageFactory,
)


@pytest.fixture
def arnsberg(kommune_index):
    return KommunePageFactory(
        parent=kommune_index, title="Arnsberg", slug="arnsberg", kreis="hochsauerlandkreis"
    )


@pytest.fixture
def roles(olpe, soest, arnsberg, leitfaden_index, leitprojekt_index):
    sync_roles()


def make_user(username, *group_names):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "ein-sicheres-Passwort-2026"
    )
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return user


@pytest.fixture
def olpe_editor(roles):
    return make_user("redaktion-olpe", "Redaktion Olpe")


@pytest.fixture
def olpe_colleague(roles):
    return make_user("redaktion-olpe-2", "Redaktion Olpe")


@pytest.fixture
def soest_editor(roles):
    return make_user("redaktion-soest", "Redaktion Soest")


@pytest.fixture
def agentur_editor(roles):
    return make_user("agentur-redaktion", AGENTUR_REDAKTION)


@pytest.fixture
def moderator(roles):
    return make_user("agentur-moderation", AGENTUR_MODERATION)


@pytest.fixture
def olpe_leitfaden(leitfaden_index, olpe):
    return LeitfadenPageFactory(parent=leitfaden_index, title="Olpes Leitfaden", kommunen=[olpe])


@pytest.fixture
def soest_leitfaden(leitfaden_index, soest):
    return LeitfadenPageFactory(parent=leitfaden_index, title="Soests Leitfaden", kommunen=[soest])


@pytest.fixture
def joint_leitfaden(leitfaden_index, olpe, arnsberg):
    return LeitfadenPageFactory(
        parent=leitfaden_index, title="Gemeinsamer Leitfaden", kommunen=[olpe, arnsberg]
    )


@pytest.fixture
def olpe_projekt(leitprojekt_index, olpe, soest):
    return LeitprojektPageFactory(
        parent=leitprojekt_index,
        title="Olpes Projekt",
        federfuehrung=olpe,
        beteiligte_kommunen=[soest],
    )


@pytest.fixture
def soest_projekt(leitprojekt_index, soest, olpe):
    return LeitprojektPageFactory(
        parent=leitprojekt_index,
        title="Soests Projekt",
        federfuehrung=soest,
        beteiligte_kommunen=[olpe],
    )


@pytest.fixture
def olpe_subpage(olpe):
    return StandardPageFactory(parent=olpe, title="Olpe digital", slug="olpe-digital")


@pytest.fixture
def soest_subpage(soest):
    return StandardPageFactory(parent=soest, title="Soest digital", slug="soest-digital")


# --- the admin's answers -------------------------------------------------------

PERMISSION_DENIED = "Sie haben leider keinen Zugang zu diesem Bereich."


def assert_refused(response):
    """Wagtail refuses with 403, or (for a normal page request) back to the dashboard.

    405 counts too: a GET on a view that only acts on POST.
    """
    from django.contrib.messages import get_messages

    if response.status_code in {403, 405}:
        return
    assert response.status_code == 302, response.status_code
    assert response["Location"] == reverse("wagtailadmin_home")
    assert PERMISSION_DENIED in [str(m).strip() for m in get_messages(response.wsgi_request)]


# --- posting the admin's page forms ------------------------------------------


def _stream_data(model, data):
    """StreamFields as the admin's JavaScript submits them (empty, or one step)."""
    for field in model._meta.get_fields():
        if not isinstance(field, StreamField):
            continue
        prefix = field.name
        data[f"{prefix}-count"] = "0"
        block = field.stream_block
        if not field.blank and isinstance(block, StreamBlock) and "schritt" in block.child_blocks:
            step = {
                f"{prefix}-count": "1",
                f"{prefix}-0-type": "schritt",
                f"{prefix}-0-deleted": "",
                f"{prefix}-0-order": "0",
                f"{prefix}-0-id": "",
                f"{prefix}-0-value-title": "Erster Schritt",
                f"{prefix}-0-value-text": rich_text("<p>Tun Sie dies.</p>"),
            }
            for key, value in step.items():
                data[key] = value  # QueryDict.update() would append
    return data


def form_data(response, model, **changes):
    """The page form of an admin response, as a browser would submit it, with changes.

    A list value sets a multiple-choice field (``kommunen=[olpe.pk]``).
    """
    assert response.status_code == 200, response.status_code
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    _stream_data(model, data)
    for name, value in changes.items():
        if isinstance(value, list | tuple):
            data.setlist(name, [str(v) for v in value])
        else:
            data[name] = str(value)
    # As lists: the test client would send only the last value of a QueryDict key.
    return {name: data.getlist(name) for name in data}


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


def post_edit(client, page, action=None, **changes):
    """GET the edit view of a page the user may edit, change fields, POST it back."""
    data = form_data(client.get(edit_url(page)), type(page.specific), **changes)
    if action:
        data[action] = action
    return client.post(edit_url(page), data)


def post_create(client, model, parent, action=None, **fields):
    data = form_data(client.get(add_url(model, parent)), model, **fields)
    if action:
        data[action] = action
    return client.post(add_url(model, parent), data)


def state(page):
    """Everything a refused action must leave as it was."""
    from wagtail.models import Page

    fresh = Page.objects.get(pk=page.pk)
    specific = fresh.specific
    attribution = ()
    field = getattr(specific, "ownership_field", None)
    if field:
        value = getattr(specific, field)
        if value is None or hasattr(value, "pk"):
            attribution = (getattr(value, "pk", None),)
        else:
            attribution = tuple(sorted(v.pk for v in value.all()))
    return {
        "title": fresh.title,
        "draft_title": fresh.draft_title,
        "live": fresh.live,
        "path": fresh.path,
        "latest_revision": fresh.latest_revision_id,
        "revisions": fresh.revisions.count(),
        "unpublished_changes": fresh.has_unpublished_changes,
        "attribution": attribution,
    }
