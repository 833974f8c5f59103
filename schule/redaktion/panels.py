"""The dashboard panel for Kommune editors: what is waiting, what is due, what colleagues did."""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, F, Q
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, PageLogEntry, TaskState, WorkflowState

from kommunen.models import KommunePage
from leitfaeden.models import LeitfadenPage

from .ownership import kommune_pages

RECENT_CHANGES = 10


def twelve_months_before(day):
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


class KommuneRedaktionPanel(Component):
    name = "kommune_redaktion"
    template_name = "redaktion/home/kommune_panel.html"
    order = 90  # above Wagtail's own panels

    def __init__(self, kommune_ids):
        self.kommune_ids = kommune_ids

    def in_moderation(self):
        """Workflow states of the Kommune's pages that are in review or sent back."""
        pages = kommune_pages(self.kommune_ids).annotate(pk_text=Cast("pk", CharField()))
        states = list(
            WorkflowState.objects.active()
            .filter(
                base_content_type=ContentType.objects.get_for_model(Page),
                object_id__in=pages.values("pk_text"),
            )
            .select_related("requested_by", "current_task_state__task")
            .order_by("-created_at")
        )
        by_pk = Page.objects.in_bulk([int(state.object_id) for state in states])
        rows = []
        for state in states:
            task_state = state.current_task_state
            rejected = (
                state.status == WorkflowState.STATUS_NEEDS_CHANGES
                and task_state is not None
                and task_state.status == TaskState.STATUS_REJECTED
            )
            rows.append(
                {
                    "page": by_pk.get(int(state.object_id)),
                    "state": state,
                    "rejected": rejected,
                    "comment": task_state.comment if rejected else "",
                }
            )
        return [row for row in rows if row["page"] is not None]

    def review_due(self):
        cutoff = twelve_months_before(timezone.localdate())
        return (
            LeitfadenPage.objects.filter(kommunen__in=self.kommune_ids)
            .filter(Q(zuletzt_geprueft__lt=cutoff) | Q(zuletzt_geprueft__isnull=True))
            .distinct()
            .order_by(F("zuletzt_geprueft").asc(nulls_first=True), "title")
        )

    def colleague_changes(self, user):
        colleagues = (
            get_user_model()
            .objects.filter(groups__kommune_redaktion__kommune_id__in=self.kommune_ids)
            .exclude(pk=user.pk)
            .values("pk")
        )
        entries = list(
            PageLogEntry.objects.filter(user_id__in=colleagues)
            .select_related("user")
            .order_by("-timestamp", "-pk")[:RECENT_CHANGES]
        )
        existing = Page.objects.in_bulk({entry.page_id for entry in entries})
        return [{"entry": entry, "page": existing.get(entry.page_id)} for entry in entries]

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {
            "kommunen": KommunePage.objects.filter(pk__in=self.kommune_ids).order_by("title"),
            "in_moderation": self.in_moderation(),
            "review_due": self.review_due(),
            "colleague_changes": self.colleague_changes(request.user),
            "review_cutoff": twelve_months_before(timezone.localdate()),
            "request": request,
        }
