"""The moderation queue and the DNA check in the admin, grouped in the menu "Beteiligung"."""

from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import (
    Contribution,
    DNACheckQuestion,
    DNACheckResult,
    Feedback,
    JoinRequest,
    ReuseReport,
)
from .permissions import scoped

SUBMISSION_PANEL = HelpPanel(
    template="beteiligung/admin/submission_panel.html", heading=_("Die Einsendung")
)


class ScopedObjectMixin:
    """Every object view finds only what the user may moderate (``permissions.scoped``)."""

    def get_queryset(self):
        return scoped(self.request.user, self.model._default_manager.all())

    def get_base_object_queryset(self):
        return self.get_queryset()


class ScopedIndexView(generic.IndexView):
    def get_base_queryset(self):
        return scoped(self.request.user, super().get_base_queryset())


class ModerationIndexView(ScopedIndexView):
    """The queue, with "Veröffentlichen" and "Ablehnen" on each row."""

    def get_list_buttons(self, instance):
        buttons = super().get_list_buttons(instance)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", instance
        ):
            return buttons
        for action in admin_views.MODERATION_ACTIONS[instance._meta.model_name]:
            if getattr(instance, "moderation", None) == action.state:
                continue
            buttons.append(
                ListingButton(
                    action.label,
                    url=reverse(
                        "beteiligung_moderate",
                        args=[instance._meta.model_name, instance.pk, action.slug],
                    ),
                    icon_name=action.icon,
                    priority=5,
                )
            )
        return buttons


class ModerationEditView(ScopedObjectMixin, generic.EditView):
    def save_instance(self):
        if "moderation" in self.form.changed_data:
            self.form.instance.moderated_at = timezone.now()
            self.form.instance.moderated_by = self.request.user
        return super().save_instance()


class ScopedHistoryView(ScopedObjectMixin, generic.history.HistoryView):
    pass


class ScopedUsageView(ScopedObjectMixin, generic.UsageView):
    pass


class ScopedDeleteView(ScopedObjectMixin, generic.DeleteView):
    pass


class ModerationViewSet(ModelViewSet):
    """A moderated model: the queue (index), edit with reply and status, row actions."""

    index_view_class = ModerationIndexView
    edit_view_class = ModerationEditView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    delete_view_class = ScopedDeleteView
    inspect_view_enabled = False
    copy_view_enabled = False
    add_to_admin_menu = False
    ordering = ["-created_at"]


class ContributionViewSet(ModerationViewSet):
    model = Contribution
    name = "beteiligung_contribution"
    icon = "comment"
    menu_label = _("Beiträge")
    list_display = ["__str__", "page", "moderation", "status", "created_at"]
    list_filter = ["moderation", "art", "status"]
    search_fields = ["text", "name", "organisation"]
    # No e-mail in the export: it is for a reply only and leaves the admin nowhere.
    list_export = ["created_at", "page", "art", "text", "moderation", "status", "antwort"]
    edit_handler = ObjectList(
        [SUBMISSION_PANEL, FieldPanel("moderation"), FieldPanel("status"), FieldPanel("antwort")]
    )


class ReuseReportViewSet(ModerationViewSet):
    model = ReuseReport
    name = "beteiligung_reusereport"
    icon = "repeat"
    menu_label = _("Nachnutzungen")
    list_display = ["__str__", "page", "zeitraum", "moderation", "created_at"]
    list_filter = ["moderation"]
    search_fields = ["organisation", "ort", "aenderungen"]
    list_export = [
        "created_at",
        "page",
        "organisation",
        "ort",
        "zeitraum",
        "aenderungen",
        "moderation",
    ]
    edit_handler = ObjectList([SUBMISSION_PANEL, FieldPanel("moderation")])


class JoinRequestViewSet(ModerationViewSet):
    model = JoinRequest
    name = "beteiligung_joinrequest"
    icon = "group"
    menu_label = _("Beitrittserklärungen")
    list_display = ["__str__", "kontakt_name", "moderation", "created_at"]
    list_filter = ["moderation", "kreis"]
    search_fields = ["kommune", "kontakt_name"]
    list_export = ["created_at", "kommune", "kreis", "moderation"]
    # Decided only through the actions, so acceptance always creates the profile.
    edit_handler = ObjectList([SUBMISSION_PANEL])


class FeedbackViewSet(ModelViewSet):
    model = Feedback
    name = "beteiligung_feedback"
    icon = "help"
    menu_label = _("Rückmeldungen „hilfreich?“")
    index_view_class = ScopedIndexView
    edit_view_class = ModerationEditView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    delete_view_class = ScopedDeleteView
    inspect_view_enabled = False
    copy_view_enabled = False
    list_display = ["page", "hilfreich", "kommentar", "created_at"]
    list_filter = ["hilfreich"]
    list_export = ["created_at", "page", "hilfreich", "kommentar"]
    ordering = ["-created_at"]
    edit_handler = ObjectList([FieldPanel("kommentar", read_only=True)])


class DNACheckResultViewSet(ModelViewSet):
    model = DNACheckResult
    name = "beteiligung_dnacheckresult"
    icon = "pick"
    menu_label = _("DNA-Check-Ergebnisse")
    index_view_class = ScopedIndexView
    edit_view_class = type("DNAResultEditView", (ScopedObjectMixin, generic.EditView), {})
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    delete_view_class = ScopedDeleteView
    inspect_view_enabled = False
    copy_view_enabled = False
    list_display = ["__str__", "kennung", "leitprojekt", "created_at"]
    search_fields = ["titel"]
    ordering = ["-created_at"]

    def get_form_class(self, for_update=False):
        from .admin_forms import DNACheckResultForm

        return DNACheckResultForm


class BeteiligungGroup(ModelViewSetGroup):
    menu_label = _("Beteiligung")
    menu_icon = "comment"
    menu_order = 250
    items = (
        ContributionViewSet,
        ReuseReportViewSet,
        JoinRequestViewSet,
        FeedbackViewSet,
        DNACheckResultViewSet,
    )


@hooks.register("register_admin_viewset")
def register_beteiligung():
    return BeteiligungGroup()


class DNACheckQuestionViewSet(SnippetViewSet):
    model = DNACheckQuestion
    icon = "list-ol"
    menu_label = _("DNA-Check-Fragen")
    menu_order = 255
    add_to_admin_menu = True
    list_display = ["frage", "kriterium", "aktiv"]
    list_filter = ["kriterium", "aktiv"]
    ordering = ["kriterium__sort_order", "sort_order"]


register_snippet(DNACheckQuestionViewSet)


@hooks.register("register_admin_urls")
def moderation_urls():
    return [
        path(
            "beteiligung/<str:model_name>/<int:pk>/<slug:action>/",
            admin_views.moderate,
            name="beteiligung_moderate",
        ),
        path(
            "beteiligung/hilfreich-je-leitfaden/",
            admin_views.feedback_report,
            name="beteiligung_feedback_report",
        ),
    ]


@hooks.register("register_reports_menu_item")
def feedback_report_menu_item():
    from wagtail.admin.menu import MenuItem

    class FeedbackReportMenuItem(MenuItem):
        def is_shown(self, request):
            return admin_views.may_see_feedback(request.user)

    return FeedbackReportMenuItem(
        _("Hilfreich je Leitfaden"),
        reverse("beteiligung_feedback_report"),
        icon_name="help",
        order=900,
    )
