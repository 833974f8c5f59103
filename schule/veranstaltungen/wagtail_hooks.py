from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Veranstaltungsformat


class VeranstaltungsformatViewSet(SnippetViewSet):
    model = Veranstaltungsformat
    icon = "date"
    menu_label = _("Veranstaltungsformate")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]


register_snippet(VeranstaltungsformatViewSet)
