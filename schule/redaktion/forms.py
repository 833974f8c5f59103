"""The admin form of owned pages: a Kommune editor attributes content only to their own Kommune."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .ownership import attributed_kommune_ids, kommune_ids_for_user, may_attribute_freely


def _ids(value):
    """Primary keys of a ForeignKey value (one page or None) or a many-to-many value."""
    if value is None:
        return frozenset()
    if hasattr(value, "pk"):
        return frozenset({value.pk})
    return frozenset(item.pk for item in value)


class KommuneAttributionForm(WagtailAdminPageForm):
    """Offers and accepts only the editor's own Kommunen in the ownership field.

    Kommunen already attributed (a guide written together with another Kommune)
    stay as they are: a Kommune editor may neither add nor remove another
    Kommune, and may not remove their own last one (they would lose the page).
    Editors with tree rights on the catalogue (the Agentur) choose freely.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.own_kommune_ids = None  # None: no restriction
        self.stored_kommune_ids = frozenset()
        user = self.for_user
        parent = self.parent_page
        if parent is None and self.instance.pk:
            parent = self.instance.get_parent()
        field = self.fields.get(self.ownership_field)
        if (
            user is None
            or parent is None
            or field is None
            or may_attribute_freely(user, self.instance, parent)
        ):
            return
        self.own_kommune_ids = kommune_ids_for_user(user)
        self.stored_kommune_ids = attributed_kommune_ids(self.instance)
        field.queryset = field.queryset.filter(
            pk__in=self.own_kommune_ids | self.stored_kommune_ids
        )
        field.help_text = _("Sie können nur Ihre eigene Kommune eintragen.")

    @property
    def ownership_field(self):
        return self._meta.model.ownership_field

    def clean(self):
        cleaned_data = super().clean()
        if self.own_kommune_ids is None or self.ownership_field not in cleaned_data:
            return cleaned_data
        chosen = _ids(cleaned_data[self.ownership_field])
        if (chosen ^ self.stored_kommune_ids) - self.own_kommune_ids:
            self.add_error(
                self.ownership_field,
                _("Sie können nur Ihre eigene Kommune eintragen oder austragen."),
            )
        elif not chosen & self.own_kommune_ids:
            self.add_error(
                self.ownership_field,
                _(
                    "Tragen Sie Ihre Kommune ein – sonst können Sie diesen Inhalt "
                    "nicht mehr bearbeiten."
                ),
            )
        return cleaned_data
