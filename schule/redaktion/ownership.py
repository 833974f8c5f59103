"""The ownership rule: who may edit which page.

Wagtail grants page permissions down the page tree. That fits a Kommune's
profile (its KommunePage and the pages below it), but not the catalogues:
Leitfäden and Leitprojekte of every Kommune live side by side below one index
page. For those *owned* page types (a model with ``ownership_field``) the rule
is:

* whoever holds ``change`` on the page through the tree (the Agentur,
  superusers) keeps Wagtail's own permissions;
* everybody else gets ``change`` only if the page is attributed to one of
  their Kommunen (``LeitfadenPage.kommunen``, ``LeitprojektPage.federfuehrung``),
  and loses the ``add`` that the catalogue index passes down, so that having
  created a page (Wagtail's "owner") never grants editing by itself.

``effective_permissions()`` is the rule. Both the permission tester (edit view,
listing buttons, bulk actions, move, copy, delete, unpublish, choosers) and the
registered page permission policy (Wagtail's querysets, a later API) call it,
and ``editable_pages()`` is the queryset an API should filter by.
"""

from functools import cache

from django.apps import apps
from django.db.models import Q
from wagtail.models import Page, PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

_KOMMUNE_IDS_CACHE = "_redaktion_kommune_ids"


def is_owned_model(model):
    return model is not None and bool(getattr(model, "ownership_field", None))


@cache
def owned_models():
    """The page models whose editors follow attribution, not the tree."""
    return tuple(
        model for model in apps.get_models() if issubclass(model, Page) and is_owned_model(model)
    )


def owned_content_types():
    from django.contrib.contenttypes.models import ContentType

    return list(ContentType.objects.get_for_models(*owned_models()).values())


def kommune_ids_for_user(user):
    """The KommunePages whose Redaktion group the user belongs to (cached on the user)."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    ids = getattr(user, _KOMMUNE_IDS_CACHE, None)
    if ids is None:
        from .models import KommuneRedaktion

        ids = frozenset(
            KommuneRedaktion.objects.filter(group__user=user).values_list("kommune_id", flat=True)
        )
        setattr(user, _KOMMUNE_IDS_CACHE, ids)
    return ids


def attributed_pages(model, kommune_ids):
    """Pages of an owned model attributed to any of these Kommunen."""
    lookup = {f"{model.ownership_field}__in": kommune_ids}
    return model._default_manager.filter(**lookup).distinct()


def attributed_kommune_ids(page):
    """The Kommunen a saved page is attributed to, as stored in the database.

    Read from the database on purpose: the admin checks permissions on the
    latest revision, and an unreviewed draft must not change who may edit.
    """
    model = page.specific_class
    if not is_owned_model(model) or page.pk is None:
        return frozenset()
    values = model._default_manager.filter(pk=page.pk).values_list(model.ownership_field, flat=True)
    return frozenset(pk for pk in values if pk is not None)


def tree_permissions(user, page):
    """Wagtail's answer: the actions the user's groups grant on the page or an ancestor."""
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(Page)
    return {
        perm.permission.codename.rsplit("_", maxsplit=1)[0]
        for perm in policy.get_cached_permissions_for_user(user)
        if page.path and page.path.startswith(perm.page.path)
    }


def effective_permissions(user, page, tree=None):
    """The actions (``add``, ``change``, ``publish`` …) the user has on this page."""
    tree = tree_permissions(user, page) if tree is None else set(tree)
    if not is_owned_model(page.specific_class) or "change" in tree:
        return tree
    permissions = tree - {"add"}
    if attributed_kommune_ids(page) & kommune_ids_for_user(user):
        permissions.add("change")
    return permissions


def may_attribute_freely(user, page, parent_page):
    """Whether the user may attribute this page to any Kommune.

    Central editors may, and so may the moderator reviewing the page (Wagtail
    lets them edit while it is in their workflow task).
    """
    if user.is_superuser or "change" in tree_permissions(user, parent_page):
        return True
    task = page.current_workflow_task if page.pk else None
    return bool(task and task.user_can_access_editor(page, user))


def editable_pages(user):
    """Every page the user may edit: the queryset a later API filters by."""
    from wagtail.permissions import policy_registry

    return policy_registry.get_by_type(Page).instances_user_has_permission_for(user, "change")


class OwnershipPagePermissionTester(PagePermissionTester):
    """Wagtail's permission tester with the ownership rule for owned pages."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if user.is_active and not user.is_superuser:
            self.permissions = effective_permissions(user, page, self.permissions)


class RedaktionPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page policy, with owned pages answered by ``effective_permissions``."""

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not is_owned_model(instance.specific_class):
            return super().user_has_any_permission_for_instance(user, actions, instance)
        base_permission = self._base_user_has_permission(user)
        if base_permission is not None:
            return base_permission
        return bool(set(actions) & effective_permissions(user, instance))

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        if self._base_queryset_for_user(user) is not None:
            return pages
        actions = set(actions)
        owned = Q(content_type__in=owned_content_types())
        # Pages that are not owned, and owned pages below a tree "change"
        # (central editors): Wagtail's own answer.
        below_change = Q(pk__in=[])
        for perm in self.get_cached_permissions_for_user(user):
            if perm.permission.codename == self._get_permission_codename("change"):
                below_change |= Q(path__startswith=perm.page.path)
        result = pages.exclude(owned) | pages.filter(owned & below_change)
        # Owned pages elsewhere: tree actions other than add/change (which
        # would bring Wagtail's owner rule back), and change by attribution.
        other = actions - {"add", "change"}
        if other:
            result |= super().instances_user_has_any_permission_for(user, other).filter(owned)
        if "change" in actions:
            kommune_ids = kommune_ids_for_user(user)
            for model in owned_models():
                ids = attributed_pages(model, kommune_ids).values("pk")
                result |= self.model._default_manager.filter(pk__in=ids)
        return result


def kommune_pages(kommune_ids):
    """The pages of these Kommunen: their profile with its subpages and attributed pages."""
    from kommunen.models import KommunePage

    scope = Q(pk__in=[])
    for path in KommunePage.objects.filter(pk__in=kommune_ids).values_list("path", flat=True):
        scope |= Q(path__startswith=path)
    for model in owned_models():
        scope |= Q(pk__in=attributed_pages(model, kommune_ids).values("pk"))
    return Page.objects.filter(scope)
