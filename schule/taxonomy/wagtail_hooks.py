from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import SDG, DNAKriterium, Handlungsfeld
from .permissions import FixedRowsPermissionPolicy

for _model in (DNAKriterium, Handlungsfeld, SDG):
    register_permission_policy(_model, FixedRowsPermissionPolicy(_model))


class DNAKriteriumViewSet(SnippetViewSet):
    model = DNAKriterium
    icon = "pick"
    list_display = ["name", "slug"]
    ordering = ["sort_order"]


class HandlungsfeldViewSet(SnippetViewSet):
    model = Handlungsfeld
    icon = "list-ul"
    list_display = ["sort_order", "name", "slug"]
    ordering = ["sort_order"]


class SDGViewSet(SnippetViewSet):
    model = SDG
    icon = "globe"
    list_display = ["number", "name", "colour"]
    ordering = ["number"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomie")
    menu_icon = "tag"
    menu_order = 250
    items = (DNAKriteriumViewSet, HandlungsfeldViewSet, SDGViewSet)


register_snippet(TaxonomyGroup)
