from django.contrib.auth.models import AbstractUser
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """The portal's user; custom from the first migration so it can grow."""

    class Meta:
        verbose_name = _("Benutzer")
        verbose_name_plural = _("Benutzer")
