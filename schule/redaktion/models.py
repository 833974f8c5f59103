"""The link between a Kommune, its editorial group and its media collection."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class KommuneRedaktion(models.Model):
    """Which Wagtail group edits for which Kommune, and where its media live.

    Kept by ``roles.sync_roles()``; the ownership rule reads the Kommunen of a
    user from here, so renaming a group or a Kommune never changes who may edit.
    """

    kommune = models.OneToOneField(
        "kommunen.KommunePage",
        verbose_name=_("Kommune"),
        on_delete=models.CASCADE,
        related_name="redaktion",
    )
    group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("Gruppe"),
        on_delete=models.CASCADE,
        related_name="kommune_redaktion",
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("Sammlung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("Kommunen-Redaktion")
        verbose_name_plural = _("Kommunen-Redaktionen")

    def __str__(self):
        return self.group.name
