"""Admin for the SDG indicator data: browse, correct, import."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .admin_views import import_view
from .indicators import Area, Indicator, IndicatorImport, Observation, SDGTarget


class IndicatorViewSet(ModelViewSet):
    name = "indikatoren"
    model = Indicator
    icon = "table"
    menu_label = _("Indikatoren")
    list_display = ["code", "title", "sdg", "unit", "direction"]
    list_filter = ["sdg", "direction"]
    search_fields = ["code", "title"]
    search_backend_name = None
    exclude_form_fields = []
    copy_view_enabled = False


class AreaViewSet(ModelViewSet):
    name = "gebiete"
    model = Area
    icon = "site"
    menu_label = _("Gebiete")
    list_display = ["name", "key", "kind", "parent"]
    list_filter = ["kind"]
    search_fields = ["name", "key"]
    search_backend_name = None
    exclude_form_fields = []
    copy_view_enabled = False


class ObservationViewSet(ModelViewSet):
    name = "beobachtungen"
    model = Observation
    icon = "list-ol"
    menu_label = _("Beobachtungen")
    list_display = ["indicator", "area", "year", "value", "status", "datenstand"]
    list_filter = ["indicator", "area__kind", "year", "status"]
    search_fields = ["indicator__code", "area__name"]
    search_backend_name = None
    exclude_form_fields = ["imported_by"]
    copy_view_enabled = False
    list_per_page = 50


class SDGTargetViewSet(ModelViewSet):
    name = "sdg-unterziele"
    model = SDGTarget
    icon = "pick"
    menu_label = _("SDG-Unterziele")
    list_display = ["code", "title", "sdg"]
    search_fields = ["code", "title"]
    search_backend_name = None
    exclude_form_fields = []
    copy_view_enabled = False


class IndicatorImportViewSet(ModelViewSet):
    name = "indikator-importe"
    model = IndicatorImport
    icon = "download"
    menu_label = _("Importe")
    list_display = ["created_at", "user", "files", "created", "updated", "unchanged"]
    form_fields = ["files"]
    add_view_enabled = False
    copy_view_enabled = False


class IndicatorGroup(ModelViewSetGroup):
    menu_label = _("SDG-Indikatoren")
    menu_icon = "table"
    menu_order = 260
    items = (
        IndicatorViewSet,
        ObservationViewSet,
        AreaViewSet,
        SDGTargetViewSet,
        IndicatorImportViewSet,
    )


@hooks.register("register_admin_viewset")
def register_indicator_viewsets():
    return IndicatorGroup()


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("indikator-import/", import_view, name="kommunen_indicator_import")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("kommunen.add_observation")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Indikatoren importieren"),
        reverse("kommunen_indicator_import"),
        icon_name="upload",
        order=261,
    )
