"""Keep the roles complete when the tree grows: a new Kommune gets its Redaktion."""

from django.db.models.signals import post_save


def _sync_after_create(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from .roles import sync_roles

        sync_roles()


def connect():
    from kommunen.models import KommunePage

    from .ownership import owned_models

    # A new KommunePage needs its group and collection; a new catalogue index
    # needs the Kommune groups' "add" on it.
    senders = {KommunePage}
    for model in owned_models():
        senders.update(model.allowed_parent_page_models())
    for sender in senders:
        post_save.connect(
            _sync_after_create, sender=sender, dispatch_uid=f"redaktion-sync-{sender._meta.label}"
        )
