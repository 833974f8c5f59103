from wagtail import hooks

from .ownership import kommune_ids_for_user
from .panels import KommuneRedaktionPanel


@hooks.register("construct_homepage_panels")
def kommune_redaktion_panel(request, panels):
    kommune_ids = kommune_ids_for_user(request.user)
    if kommune_ids:
        panels.append(KommuneRedaktionPanel(kommune_ids))
