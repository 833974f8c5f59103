"""The notification e-mail to the moderators when something new arrives."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _

from schule.redaktion.roles import AGENTUR_MODERATION

logger = logging.getLogger(__name__)


def moderator_addresses():
    """The Agentur Moderation's members, plus any addresses from the settings."""
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=AGENTUR_MODERATION)
        .exclude(email="")
    )
    addresses = set(users.values_list("email", flat=True))
    addresses.update(getattr(settings, "BETEILIGUNG_NOTIFY_EMAILS", []))
    return sorted(addresses)


def notify_moderators(submission):
    """Tell the moderators; the sender's contact details stay in the admin."""
    recipients = moderator_addresses()
    if not recipients:
        return
    viewset_name = submission._meta.model_name
    edit_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        f"beteiligung_{viewset_name}:edit", args=[submission.pk]
    )
    page = getattr(submission, "page", None)
    subject = _("Neu zur Moderation: %(kind)s") % {"kind": submission._meta.verbose_name}
    lines = [
        _("Auf dem Portal Smart Cities: Schule ist etwas Neues zur Moderation eingegangen."),
        "",
        f"{_('Art')}: {submission._meta.verbose_name}",
    ]
    if page is not None:
        lines.append(f"{_('Seite')}: {page.title}")
    lines += ["", _("Prüfen und freigeben: %(url)s") % {"url": edit_url}]
    try:
        send_mail(subject, "\n".join(lines), settings.DEFAULT_FROM_EMAIL, recipients)
    except OSError:
        # The submission is stored and waits in the queue; a mail outage must not lose it.
        logger.exception("Benachrichtigung an die Moderation konnte nicht gesendet werden")
