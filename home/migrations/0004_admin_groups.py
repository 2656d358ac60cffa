"""Moderators handle deeds, not pages; visitors' form submissions get a group of their own.

Wagtail's initial data lets its "Moderators" group add, edit and publish every page from the
root, and manage every document and image. Through the page rights it also reads and exports
every form submission (coaching applications, feedback: personal data). Here the Moderators
keep what deeds need (teot/moderation.py: deeds, organisations, the deed workflow; images to
choose and upload for a deed) and lose the rest; a new group may read the form submissions
(home/admin_security.py) without any right to edit pages.
"""

from django.db import migrations

MODERATORS_GROUP = "Moderators"
FORM_SUBMISSIONS_GROUP = "Lomakevastausten käsittelijät"
KEEP_IMAGE_PERMISSIONS = ("add_image", "choose_image")


def restrict_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    moderators = Group.objects.filter(name=MODERATORS_GROUP).first()
    if moderators is not None:
        GroupPagePermission.objects.filter(group=moderators).delete()
        collection_permissions = GroupCollectionPermission.objects.filter(group=moderators)
        collection_permissions.filter(permission__content_type__app_label="wagtaildocs").delete()
        collection_permissions.filter(permission__content_type__app_label="wagtailimages").exclude(
            permission__codename__in=KEEP_IMAGE_PERMISSIONS
        ).delete()

    # Django makes models' permissions after migrating; this one is needed now.
    submission_type, _created = ContentType.objects.get_or_create(app_label="wagtailforms", model="formsubmission")
    view_submissions, _created = Permission.objects.get_or_create(
        content_type=submission_type, codename="view_formsubmission", defaults={"name": "Can view form submission"}
    )
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    handlers, _created = Group.objects.get_or_create(name=FORM_SUBMISSIONS_GROUP)
    handlers.permissions.add(access_admin, view_submissions)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_homehighlighteddeed"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
    ]

    # Not undone: the rights removed were Wagtail's defaults, not data of this site.
    operations = [migrations.RunPython(restrict_groups, migrations.RunPython.noop)]
