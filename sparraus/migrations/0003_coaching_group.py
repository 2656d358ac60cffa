"""The coaching handlers' group: the admin, the coaches (add, edit, publish, delete) and the applications
(view, handle, export) with their feedback. Membership is given in Settings → Users."""

from django.db import migrations

GROUP = "Sparrauksen käsittelijät"
PERMISSIONS = {  # model: (its verbose name, the actions)
    "coach": ("coach", ["add", "change", "delete", "publish", "lock", "unlock"]),
    "coachingapplication": ("coaching application", ["view", "change", "delete"]),
    "coachingfeedback": ("coaching feedback", ["view"]),
}


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _created = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    # Django makes models' permissions after migrating; these are needed now.
    for model, (verbose_name, actions) in PERMISSIONS.items():
        content_type, _created = ContentType.objects.get_or_create(app_label="sparraus", model=model)
        for action in actions:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {verbose_name}"}
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("sparraus", "0002_applications"), ("wagtailadmin", "0006_formstate")]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
