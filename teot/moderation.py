"""The Moderators group and the workflow every deed goes through before it is published."""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask
from wagtail.snippets.models import create_extra_permissions

from .models.deeds import Deed

MODERATORS_GROUP = "Moderators"  # Wagtail creates this group; we give it the deeds
WORKFLOW_NAME = "Kehittämistekojen moderointi"
TASK_NAME = "Moderaattorin hyväksyntä"
MODERATOR_PERMISSIONS = {
    "deed": ["add", "change", "delete", "publish", "lock", "unlock"],
    "organisation": ["add", "change"],
    "campaign": ["change"],
    "sector": ["change"],
    "theme": ["change"],
}


def moderators_group():
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    return group


def ensure_moderation(**kwargs):
    """Create the Moderators group, its permissions and the deed workflow if missing.

    Runs after every migrate (and flush), so every database has them. Only the deed rights and
    admin access: pages, documents and form submissions are not the Moderators' (home/migrations/
    0004_admin_groups.py took Wagtail's defaults away; tests/test_admin_security.py checks).
    """
    # This runs before auth's and snippets' own handlers have made our permissions.
    create_permissions(apps.get_app_config("teot"), verbosity=0)
    create_extra_permissions(apps.get_app_config("wagtailsnippets"))
    group = moderators_group()
    codenames = [f"{action}_{model}" for model, actions in MODERATOR_PERMISSIONS.items() for action in actions]
    permissions = Permission.objects.filter(content_type__app_label="teot", codename__in=codenames)
    access_admin = Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    group.permissions.add(*permissions, *access_admin)

    task, _created = GroupApprovalTask.objects.get_or_create(name=TASK_NAME)
    task.groups.add(group)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # An editor may have assigned deeds another workflow in the admin: keep their choice.
    deed_type = ContentType.objects.get_for_model(Deed)
    WorkflowContentType.objects.get_or_create(content_type=deed_type, defaults={"workflow": workflow})
