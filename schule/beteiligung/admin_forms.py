"""The admin form for attaching a DNA check result to a Leitprojekt."""

from wagtail.admin.forms import WagtailAdminModelForm

from leitprojekte.models import LeitprojektPage
from schule.redaktion.ownership import editable_pages

from .models import DNACheckResult


class DNACheckResultForm(WagtailAdminModelForm):
    """Offers (and accepts) only the Leitprojekte the editor may edit: the ownership rule."""

    class Meta:
        model = DNACheckResult
        fields = ["titel", "leitprojekt"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        projects = LeitprojektPage.objects.order_by("title")
        if for_user is not None and not for_user.is_superuser:
            projects = projects.filter(pk__in=editable_pages(for_user).values("pk"))
        self.fields["leitprojekt"].queryset = projects
