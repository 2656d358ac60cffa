"""A group for the people who send the newsletter: the admin, the subscriber list (and its export), and
the right to send an issue. Membership is given in Settings → Users."""

from django.db import migrations

GROUP = "Uutiskirjeen lähettäjät"
PERMISSIONS = {
    ("uutiskirje", "mailing"): [("send_newsletter", "Can send newsletter issues to the subscribers")],
    ("uutiskirje", "subscriber"): [("view_subscriber", "Can view subscriber")],
}


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group, _created = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    # Django makes models' permissions after migrating; these are needed now.
    for (app_label, model), permissions in PERMISSIONS.items():
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for codename, name in permissions:
            permission, _created = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": name}
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [("uutiskirje", "0003_mailings"), ("wagtailadmin", "0006_formstate")]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
