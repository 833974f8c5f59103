"""The editorial roles and the review workflow, created idempotently by ``sync_roles()``.

Run by ``manage.py sync_roles`` (every deployment), by the demo seed and
whenever a KommunePage or a catalogue index page is created (``signals.py``).
It only adds what is missing (and renames a Kommune's group and collection
after the Kommune); permissions an administrator added by hand stay.

Group, collection and workflow names are data that identify the roles, not
interface text, so they are not translated.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import KommuneRedaktion
from .ownership import owned_models

AGENTUR_REDAKTION = "Agentur Redaktion"
AGENTUR_MODERATION = "Agentur Moderation"
KOMMUNE_GROUP_PREFIX = "Redaktion "
WORKFLOW_NAME = "Freigabe durch die Südwestfalen Agentur"
TASK_NAME = "Prüfung durch die Agentur Moderation"

# Page actions, granted down the tree from the page they are set on.
AGENTUR_PAGE_ACTIONS = ("add", "change", "publish", "bulk_delete", "lock", "unlock")
# No "publish": Kommune editors submit to the workflow instead.
KOMMUNE_PAGE_ACTIONS = ("add", "change")
# On the catalogue index pages: create only; editing follows attribution.
CATALOGUE_INDEX_ACTIONS = ("add",)

MEDIA = (("wagtailimages", "image"), ("wagtaildocs", "document"))
AGENTUR_MEDIA_ACTIONS = ("add", "change", "delete", "choose")
# No "delete": removing a file used on a live page would bypass the review.
KOMMUNE_MEDIA_ACTIONS = ("add", "change", "choose")

AGENTUR_MODEL_PERMISSIONS = (
    ("taxonomy", "change_dnakriterium"),
    ("taxonomy", "change_handlungsfeld"),
    ("taxonomy", "change_sdg"),
    ("core", "change_sitelinks"),
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    ("wagtailredirects", "delete_redirect"),
)
ADMIN_ACCESS = ("wagtailadmin", "access_admin")
# Apps whose non-page models (snippets) the Agentur manages in full, if installed.
# Their pages are covered by the Agentur's page permissions on the tree root.
AGENTUR_MANAGED_APPS = ("veranstaltungen",)


def managed_app_permissions():
    from django.apps import apps
    from taggit.models import TaggedItemBase

    permissions = []
    for label in AGENTUR_MANAGED_APPS:
        if not apps.is_installed(f"schule.{label}"):
            continue
        for model in apps.get_app_config(label).get_models():
            if issubclass(model, Page | TaggedItemBase):
                continue
            for action in ("add", "change", "delete", "view"):
                permissions.append((label, f"{action}_{model._meta.model_name}"))
    return permissions


def beteiligung_permissions(role):
    """The Beteiligung's moderation permissions for a role, if the app is installed."""
    from django.apps import apps

    if not apps.is_installed("schule.beteiligung"):
        return []
    from schule.beteiligung.permissions import PERMISSIONS

    return list(PERMISSIONS[role])


def kommune_group_name(kommune):
    return f"{KOMMUNE_GROUP_PREFIX}{kommune.title}"


@dataclass
class SyncResult:
    """What ``sync_roles()`` changed; empty when everything was in place."""

    changes: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.changes)


class _Sync:
    def __init__(self):
        self.result = SyncResult()
        self._permissions = {}

    def note(self, text):
        self.result.changes.append(text)

    def permission(self, app_label, codename):
        key = (app_label, codename)
        if key not in self._permissions:
            self._permissions[key] = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
        return self._permissions[key]

    def page_permission(self, action):
        return self.permission("wagtailcore", f"{action}_page")

    def group(self, name):
        group, created = Group.objects.get_or_create(name=name)
        if created:
            self.note(f"Gruppe „{name}“ angelegt")
        return group

    def model_permissions(self, group, permissions):
        wanted = [self.permission(*key) for key in permissions]
        present = set(group.permissions.values_list("pk", flat=True))
        missing = [perm for perm in wanted if perm.pk not in present]
        if missing:
            group.permissions.add(*missing)
            self.note(f"{group.name}: {len(missing)} Berechtigungen ergänzt")

    def page_permissions(self, group, page, actions):
        for action in actions:
            _, created = GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=self.page_permission(action)
            )
            if created:
                self.note(f"{group.name}: „{action}“ auf Seite „{page.title}“")

    def collection_permissions(self, group, collection, actions):
        for app_label, model in MEDIA:
            for action in actions:
                _, created = GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=collection,
                    permission=self.permission(app_label, f"{action}_{model}"),
                )
                if created:
                    self.note(f"{group.name}: „{action}_{model}“ in „{collection.name}“")

    # --- the roles ------------------------------------------------------
    def agentur(self, root_page, root_collection):
        redaktion = self.group(AGENTUR_REDAKTION)
        self.model_permissions(
            redaktion,
            [
                ADMIN_ACCESS,
                *AGENTUR_MODEL_PERMISSIONS,
                *managed_app_permissions(),
                *beteiligung_permissions("agentur"),
            ],
        )
        self.page_permissions(redaktion, root_page, AGENTUR_PAGE_ACTIONS)
        self.collection_permissions(redaktion, root_collection, AGENTUR_MEDIA_ACTIONS)
        # Moderators need no page permissions: approving is their right, and
        # the approved revision is published by the workflow (workflow.py).
        moderation = self.group(AGENTUR_MODERATION)
        self.model_permissions(moderation, [ADMIN_ACCESS, *beteiligung_permissions("moderation")])
        return moderation

    def kommune(self, kommune, root_collection, catalogue_indexes):
        link = (
            KommuneRedaktion.objects.select_related("group", "collection")
            .filter(kommune=kommune)
            .first()
        )
        name = kommune_group_name(kommune)
        if link is None:
            link = KommuneRedaktion.objects.create(kommune=kommune, group=self.group(name))
        elif link.group.name != name and not Group.objects.filter(name=name).exists():
            self.note(f"Gruppe „{link.group.name}“ umbenannt in „{name}“")
            link.group.name = name
            link.group.save(update_fields=["name"])
        group = link.group
        self.model_permissions(group, [ADMIN_ACCESS, *beteiligung_permissions("kommune")])
        self.page_permissions(group, kommune, KOMMUNE_PAGE_ACTIONS)
        for index in catalogue_indexes:
            self.page_permissions(group, index, CATALOGUE_INDEX_ACTIONS)

        collection = link.collection
        if collection is None:
            collection = root_collection.get_children().filter(name=kommune.title).first()
            if collection is None:
                collection = root_collection.add_child(name=kommune.title)
                self.note(f"Sammlung „{kommune.title}“ angelegt")
            link.collection = collection
            link.save(update_fields=["collection"])
        elif collection.name != kommune.title:
            self.note(f"Sammlung „{collection.name}“ umbenannt in „{kommune.title}“")
            collection.name = kommune.title
            collection.save(update_fields=["name"])
        self.collection_permissions(group, collection, KOMMUNE_MEDIA_ACTIONS)

    def workflow(self, root_page, moderation):
        workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
        if created:
            self.note(f"Workflow „{WORKFLOW_NAME}“ angelegt")
        task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=TASK_NAME)
            self.note(f"Aufgabe „{TASK_NAME}“ angelegt")
        if not task.groups.filter(pk=moderation.pk).exists():
            task.groups.add(moderation)
            self.note(f"Aufgabe „{TASK_NAME}“: Gruppe „{moderation.name}“ ergänzt")
        _, created = WorkflowTask.objects.get_or_create(
            workflow=workflow, task=task, defaults={"sort_order": 0}
        )
        if created:
            self.note(f"Workflow „{WORKFLOW_NAME}“: Aufgabe ergänzt")
        # On the tree root, so every page (new Kommunen included) goes through it.
        assignment = WorkflowPage.objects.filter(page=root_page).first()
        if assignment is None or assignment.workflow_id != workflow.pk:
            WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
            self.note(f"Workflow „{WORKFLOW_NAME}“ dem Seitenbaum zugewiesen")


@transaction.atomic
def sync_roles():
    """Create every editorial role that is missing; returns what changed."""
    from kommunen.models import KommunePage

    sync = _Sync()
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    if root_page is None or root_collection is None:
        return sync.result  # an empty database: nothing to attach roles to yet
    moderation = sync.agentur(root_page, root_collection)
    sync.workflow(root_page, moderation)
    index_models = {
        parent for model in owned_models() for parent in model.allowed_parent_page_models()
    }
    catalogue_indexes = [
        page
        for model in sorted(index_models, key=lambda m: m._meta.label)
        for page in model.objects.order_by("path")
    ]
    for kommune in KommunePage.objects.order_by("path"):
        sync.kommune(kommune, root_collection, catalogue_indexes)
    return sync.result
