"""The taxonomy rows are fixed by the strategy: editable, never added or deleted."""

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy


class FixedRowsPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except that nobody (not even a superuser) adds or deletes."""

    forbidden = frozenset({"add", "delete", "copy"})

    def user_has_permission(self, user, action):
        if action in self.forbidden:
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action not in self.forbidden]
        if not allowed:
            return get_user_model().objects.none()
        return super().users_with_any_permission(allowed)
