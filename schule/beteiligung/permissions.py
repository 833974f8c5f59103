"""Who moderates what: the Agentur everything, a Kommune's editors what is on their content.

"Their content" is the ownership rule of ``schule.redaktion.ownership``
(``editable_pages``), asked here and nowhere else; this module only adds that
the Agentur (permission ``moderate_all``) sees everything.
"""

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy

from schule.redaktion.ownership import editable_pages

MODERATE_ALL = "beteiligung.moderate_all"

# Model permissions per role, granted by ``schule.redaktion.roles.sync_roles``.
MODERATION = (
    ("beteiligung", "view_contribution"),
    ("beteiligung", "change_contribution"),
    ("beteiligung", "moderate_all"),
    ("beteiligung", "view_reusereport"),
    ("beteiligung", "change_reusereport"),
    ("beteiligung", "view_joinrequest"),
    ("beteiligung", "change_joinrequest"),
    ("beteiligung", "view_feedback"),
    ("beteiligung", "view_dnacheckresult"),
    ("beteiligung", "change_dnacheckresult"),
)
AGENTUR = (
    *MODERATION,
    ("beteiligung", "add_dnacheckquestion"),
    ("beteiligung", "change_dnacheckquestion"),
    ("beteiligung", "delete_dnacheckquestion"),
    ("beteiligung", "view_dnacheckquestion"),
    ("beteiligung", "delete_dnacheckresult"),
)
KOMMUNE = (
    ("beteiligung", "view_contribution"),
    ("beteiligung", "change_contribution"),
    ("beteiligung", "view_reusereport"),
    ("beteiligung", "change_reusereport"),
    ("beteiligung", "view_feedback"),
    ("beteiligung", "view_dnacheckresult"),
    ("beteiligung", "change_dnacheckresult"),
)
PERMISSIONS = {"agentur": AGENTUR, "moderation": MODERATION, "kommune": KOMMUNE}


def sees_everything(user):
    return user.is_active and (user.is_superuser or user.has_perm(MODERATE_ALL))


def scoped(user, queryset):
    """The part of ``queryset`` the user may see and moderate."""
    if sees_everything(user):
        return queryset
    model = queryset.model
    pages = editable_pages(user).values("pk")
    if model._meta.model_name == "dnacheckresult":
        # Results are anonymous: unattached ones may be claimed, attached ones stay with the owner.
        return queryset.filter(leitprojekt__isnull=True) | queryset.filter(leitprojekt__in=pages)
    if not any(f.name == "page" for f in model._meta.fields):
        return queryset.none()  # join requests: the Agentur's alone
    return queryset.filter(page__in=pages)


class ScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed per instance by ``scoped``; nobody adds in the admin.

    Submissions come from the public site only, so ``add`` is refused even for
    superusers: the admin must never create a contribution in a visitor's name.
    """

    forbidden = frozenset({"add", "copy"})

    def user_has_permission(self, user, action):
        if action in self.forbidden:
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action not in self.forbidden]
        if not allowed:
            return get_user_model().objects.none()
        return super().users_with_any_permission(allowed)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not any(self.user_has_permission(user, action) for action in actions):
            return False
        return scoped(user, self.model._default_manager.filter(pk=instance.pk)).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if not any(self.user_has_permission(user, action) for action in actions):
            return self.model._default_manager.none()
        return scoped(user, self.model._default_manager.all())
