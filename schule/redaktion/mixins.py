"""The mixin that makes a catalogue page type follow the ownership rule."""

from .forms import KommuneAttributionForm
from .ownership import OwnershipPagePermissionTester


class KommuneOwnedPage:
    """A page edited by the Kommune(n) it is attributed to, wherever it sits in the tree.

    ``ownership_field`` names the relation to ``kommunen.KommunePage`` that
    attributes the page (a ForeignKey or a ParentalManyToManyField).
    """

    ownership_field: str
    base_form_class = KommuneAttributionForm

    def permissions_for_user(self, user):
        return OwnershipPagePermissionTester(user, self)
