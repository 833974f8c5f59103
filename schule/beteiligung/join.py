"""Accepting a declaration of intent: a draft KommunePage with its Redaktion and dashboard."""

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from kommunen.models import KommuneIndexPage, KommunePage, Rolle
from schule.redaktion.roles import sync_roles

from .models import JoinState


class JoinError(Exception):
    """Why a declaration cannot be accepted (shown to the Agentur as it is)."""


def _free_slug(parent, title):
    base = slugify(title.replace("ß", "ss")) or "kommune"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def accept(join_request, user):
    """Create the draft profile (not live), its editor group and collection; returns the page."""
    if join_request.moderation != JoinState.PENDING:
        raise JoinError(_("Über diese Erklärung ist schon entschieden."))
    index = KommuneIndexPage.objects.first()
    if index is None:
        raise JoinError(_("Es gibt noch keine Kommunen-Übersicht, unter der das Profil entsteht."))
    if KommunePage.objects.filter(title__iexact=join_request.kommune).exists():
        raise JoinError(
            _("Eine Kommune „%(name)s“ gibt es schon.") % {"name": join_request.kommune}
        )
    page = KommunePage(
        title=join_request.kommune,
        slug=_free_slug(index, join_request.kommune),
        kreis=join_request.kreis,
        rolle=Rolle.MITMACHER,
        beitritt=timezone.localdate(join_request.created_at),
        kurzbeschreibung=_("%(name)s ist Mitmacherkommune der Smart Cities: Schule.")
        % {"name": join_request.kommune},
        live=False,
    )
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    # The creation signal already ran it; called here so acceptance never depends on signals.
    sync_roles()
    join_request.kommune_page = page
    join_request.moderate(JoinState.ACCEPTED, user)
    return page
