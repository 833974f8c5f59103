"""What happens when the Agentur approves: the approved revision goes live."""


def publish_approved(workflow_state, user=None):
    """Publish the approved revision as the approving moderator.

    Used as ``WAGTAIL_FINISH_WORKFLOW_ACTION``. Wagtail's default publishes with
    the moderator's own page permissions; ours are approvers without any page
    permission, so the approval (only members of the task's group can give it)
    is the permission. The publish is logged with the moderator as the user.
    """
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
