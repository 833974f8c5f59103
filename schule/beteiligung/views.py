"""Public views of the Beteiligung: plain forms, Post/Redirect/Get, no JavaScript needed.

Each form has a page of its own, so the content pages stay free of CSRF
tokens and keep being served from the page cache (schule/core/page_cache.py);
they show what was published and link here.
"""

from django.apps import apps
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from leitfaeden.models import LeitfadenPage
from leitprojekte.models import LeitprojektPage
from schule.core.listing import paginate

from . import dna
from .forms import (
    ContributionForm,
    DNACheckForm,
    DNACheckSaveForm,
    FeedbackForm,
    JoinRequestForm,
    ReuseReportForm,
)
from .models import DNACheckResult, Moderation, ReuseReport
from .notify import notify_moderators
from .protection import count_submission, is_limited, limit

RETRY_AFTER_SECONDS = 60 * 60


def contribution_models():
    """Leitfäden, Leitprojekte and, when the events app is installed, events."""
    models = [LeitfadenPage, LeitprojektPage]
    if apps.is_installed("schule.veranstaltungen"):
        models.append(apps.get_model("veranstaltungen", "VeranstaltungPage"))
    return tuple(models)


def _target(page_id, models):
    page = get_object_or_404(Page.objects.live().public(), pk=page_id).specific
    if not isinstance(page, models):
        raise Http404(_("Zu dieser Seite kann man nichts einreichen."))
    return page


def _limited(request, template, context):
    response = render(request, template, {**context, "limited": True, "limit": limit()}, status=429)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def _handle(request, form_class, template, context, store, success, initial=None):
    """The one submission flow: limit, validate, store, count, redirect with a message."""
    if request.method == "POST":
        if is_limited(request):
            return _limited(request, template, {**context, "form": form_class()})
        form = form_class(request.POST)
        if form.is_valid():
            instance = store(form)
            count_submission(request)
            message, url = success(instance)
            messages.success(request, message)
            return redirect(url)
        status = 400
    else:
        form = form_class(initial=initial)
        status = 200
    return render(request, template, {**context, "form": form}, status=status)


def _save(form, notify=True, **fields):
    instance = form.save(commit=False)
    for name, value in fields.items():
        setattr(instance, name, value)
    instance.save()
    if notify:
        notify_moderators(instance)
    return instance


@require_http_methods(["GET", "HEAD", "POST"])
def contribution(request, page_id):
    target = _target(page_id, contribution_models())
    return _handle(
        request,
        ContributionForm,
        "beteiligung/contribution_form.html",
        {"target": target},
        lambda form: _save(form, page=target),
        lambda _obj: (
            _(
                "Vielen Dank für Ihren Beitrag! Die Redaktion prüft ihn; erst danach erscheint "
                "er auf der Seite."
            ),
            target.url + "#beteiligung",
        ),
    )


@require_http_methods(["GET", "HEAD", "POST"])
def reuse(request, page_id):
    target = _target(page_id, (LeitfadenPage, LeitprojektPage))
    return _handle(
        request,
        ReuseReportForm,
        "beteiligung/reuse_form.html",
        {"target": target},
        lambda form: _save(form, page=target),
        lambda _obj: (
            _(
                "Vielen Dank für Ihre Meldung! Nach der Prüfung erscheint sie auf der Seite und "
                "in der Übersicht der Nachnutzungen."
            ),
            target.url + "#beteiligung",
        ),
    )


@require_http_methods(["GET", "HEAD", "POST"])
def feedback(request, page_id):
    target = _target(page_id, (LeitfadenPage,))
    answer = request.GET.get("feedback-hilfreich")
    return _handle(
        request,
        FeedbackForm,
        "beteiligung/feedback_form.html",
        {"target": target},
        # Counted, not moderated: nothing here is ever shown publicly.
        lambda form: _save(form, notify=False, page=target),
        lambda _obj: (_("Danke für Ihre Rückmeldung!"), target.url + "#beteiligung"),
        initial={"hilfreich": answer} if answer in ("ja", "nein") else None,
    )


@require_http_methods(["GET", "HEAD", "POST"])
def join(request):
    return _handle(
        request,
        JoinRequestForm,
        "beteiligung/join_form.html",
        {},
        lambda form: _save(form),
        lambda _obj: (
            _(
                "Vielen Dank für Ihre Absichtserklärung! Die Südwestfalen Agentur meldet sich "
                "bei der angegebenen Ansprechperson."
            ),
            reverse("beteiligung:join"),
        ),
    )


@require_http_methods(["GET", "HEAD"])
def reuse_overview(request):
    reports = (
        ReuseReport.objects.filter(moderation=Moderation.PUBLISHED, page__live=True)
        .select_related("page")
        .order_by("-moderated_at", "-created_at")
    )
    page, page_messages = paginate(request, reports)
    return render(
        request,
        "beteiligung/reuse_overview.html",
        {"reports": page, "listing_messages": page_messages},
    )


# --- The DNA check -------------------------------------------------------------


def _check_context(form):
    result = dna.scores(form.questions, form.answers())
    svg, table = dna.chart(result)
    weakest = dna.weakest(result)
    return {
        "hidden_answers": [(f"frage-{pk}", value) for pk, value in form.answers().items()],
        "scores": result,
        "chart": svg,
        "table": table,
        "weakest": weakest,
        "reading": dna.reading(weakest),
    }


@require_http_methods(["GET", "HEAD"])
def dna_check(request):
    """The questions; with ``auswerten`` in the query, the evaluation too (nothing is stored)."""
    questions = dna.active_questions()
    context = {}
    status = 200
    if "auswerten" in request.GET:
        form = DNACheckForm(questions, request.GET)
        if form.is_valid():
            context.update(_check_context(form), save_form=DNACheckSaveForm())
        else:
            status = 400
    else:
        form = DNACheckForm(questions)
    return render(request, "beteiligung/dna_check.html", {**context, "form": form}, status=status)


@require_http_methods(["POST"])
def dna_check_save(request):
    """Saving on purpose: the answers, the scores and an optional title, nothing else."""
    form = DNACheckForm(dna.active_questions(), request.POST)
    save_form = DNACheckSaveForm(request.POST)
    if not form.is_valid():
        return render(request, "beteiligung/dna_check.html", {"form": form}, status=400)
    context = {**_check_context(form), "form": form, "save_form": save_form}
    if is_limited(request):
        return _limited(request, "beteiligung/dna_check.html", context)
    if not save_form.is_valid():
        return render(request, "beteiligung/dna_check.html", context, status=400)
    result = DNACheckResult.objects.create(
        titel=save_form.cleaned_data["titel"],
        antworten={str(pk): value for pk, value in form.answers().items()},
        punkte={score.kriterium.slug: score.value for score in context["scores"]},
    )
    count_submission(request)
    messages.success(
        request,
        _(
            "Das Ergebnis ist gespeichert. Unter dieser Adresse können Sie es wieder aufrufen "
            "und weitergeben."
        ),
    )
    return redirect("beteiligung:dna_result", kennung=result.kennung)


@require_http_methods(["GET", "HEAD"])
def dna_result(request, kennung):
    result = get_object_or_404(DNACheckResult, kennung=kennung)
    scores = dna.scores_from_saved(result.punkte)
    svg, table = dna.chart(scores)
    weakest = dna.weakest(scores)
    return render(
        request,
        "beteiligung/dna_result.html",
        {
            "result": result,
            "scores": scores,
            "chart": svg,
            "table": table,
            "weakest": weakest,
            "reading": dna.reading(weakest),
        },
    )
