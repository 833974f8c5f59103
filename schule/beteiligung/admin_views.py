"""Admin views: publish or reject a submission, accept a declaration, count the feedback."""

from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.permissions import policy_registry

from leitfaeden.models import LeitfadenPage
from schule.redaktion.ownership import editable_pages

from . import join
from .models import Contribution, Feedback, JoinRequest, JoinState, Moderation, ReuseReport
from .permissions import scoped, sees_everything


@dataclass(frozen=True)
class Action:
    slug: str
    label: str
    state: str
    icon: str
    question: str


PUBLISH = Action(
    "veroeffentlichen",
    gettext_lazy("Veröffentlichen"),
    Moderation.PUBLISHED,
    "view",
    gettext_lazy("Die Einsendung erscheint dann öffentlich (ohne E-Mail-Adresse)."),
)
REJECT = Action(
    "ablehnen",
    gettext_lazy("Ablehnen"),
    Moderation.REJECTED,
    "cross",
    gettext_lazy(
        "Die Einsendung wird nicht veröffentlicht; ihre persönlichen Angaben werden nach der "
        "Aufbewahrungsfrist gelöscht."
    ),
)
ACCEPT = Action(
    "annehmen",
    gettext_lazy("Annehmen"),
    JoinState.ACCEPTED,
    "tick",
    gettext_lazy(
        "Es entsteht ein Entwurf der Kommunenseite (Rolle Mitmacherkommune) mit eigener "
        "Redaktionsgruppe, Sammlung und Dashboard. Veröffentlicht wird die Seite erst später."
    ),
)
REJECT_JOIN = Action(
    "ablehnen",
    gettext_lazy("Ablehnen"),
    JoinState.REJECTED,
    "cross",
    gettext_lazy("Die Erklärung wird abgelehnt; es wird keine Kommunenseite angelegt."),
)
MODERATION_ACTIONS = {
    "contribution": (PUBLISH, REJECT),
    "reusereport": (PUBLISH, REJECT),
    "joinrequest": (ACCEPT, REJECT_JOIN),
}
MODELS = {"contribution": Contribution, "reusereport": ReuseReport, "joinrequest": JoinRequest}


def submission_rows(obj):
    """What the moderator reads: every field of the submission, as plain text."""
    rows = []
    for field in obj._meta.fields:
        if field.name in {"id", "moderated_by"} or field.name == "moderation":
            continue
        value = getattr(obj, f"get_{field.name}_display", lambda f=field: getattr(obj, f.name))()
        if field.name == "verpflichtungen":
            value = _("alle fünf") if len(value) == 5 else ", ".join(value)
        if value in (None, ""):
            continue
        rows.append((field.verbose_name, value))
    return rows


@require_http_methods(["GET", "POST"])
def moderate(request, model_name, pk, action):
    model = MODELS.get(model_name)
    chosen = next((a for a in MODERATION_ACTIONS.get(model_name, ()) if a.slug == action), None)
    if model is None or chosen is None:
        raise Http404
    if not policy_registry.get_by_type(model).user_has_permission(request.user, "change"):
        raise PermissionDenied
    # Outside the user's scope the item does not exist for them.
    obj = get_object_or_404(scoped(request.user, model._default_manager.all()), pk=pk)
    index_url = reverse(f"beteiligung_{model_name}:index")
    if request.method == "POST":
        if chosen is ACCEPT:
            try:
                page = join.accept(obj, request.user)
            except join.JoinError as error:
                messages.error(request, str(error))
                return redirect(index_url)
            messages.success(
                request,
                _(
                    "„%(name)s“ ist angenommen: Die Kommunenseite ist als Entwurf angelegt, "
                    "die Gruppe „Redaktion %(name)s“ besteht."
                )
                % {"name": page.title},
            )
            return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        if chosen is REJECT_JOIN and obj.moderation != JoinState.PENDING:
            messages.error(request, _("Über diese Erklärung ist schon entschieden."))
            return redirect(index_url)
        obj.moderate(chosen.state, request.user)
        messages.success(
            request,
            _("„%(obj)s“: %(state)s.") % {"obj": obj, "state": obj.get_moderation_display()},
        )
        return redirect(index_url)
    return TemplateResponse(
        request,
        "beteiligung/admin/confirm.html",
        {"object": obj, "action": chosen, "rows": submission_rows(obj), "index_url": index_url},
    )


def may_see_feedback(user):
    return policy_registry.get_by_type(Feedback).user_has_permission(user, "view")


@require_http_methods(["GET"])
def feedback_report(request):
    """'War diese Seite hilfreich?' counted per Leitfaden, for the pages the user looks after."""
    if not may_see_feedback(request.user):
        raise PermissionDenied
    guides = LeitfadenPage.objects.all()
    if not sees_everything(request.user):
        guides = guides.filter(pk__in=editable_pages(request.user).values("pk"))
    rows = (
        guides.annotate(
            ja=Count("beteiligung_feedback", filter=Q(beteiligung_feedback__hilfreich=True)),
            nein=Count("beteiligung_feedback", filter=Q(beteiligung_feedback__hilfreich=False)),
            kommentare=Count("beteiligung_feedback", filter=~Q(beteiligung_feedback__kommentar="")),
        )
        .filter(Q(ja__gt=0) | Q(nein__gt=0))
        .order_by("title")
    )
    return TemplateResponse(
        request,
        "beteiligung/admin/feedback_report.html",
        {"rows": rows, "feedback_url": reverse("beteiligung_feedback:index")},
    )
