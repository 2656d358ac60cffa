"""Create the Swedish and English locales and a Finnish home page as the site root.

Replaces the placeholder page Wagtail's first migration makes, so a fresh
database serves /fi/ straight away.
"""

from django.db import migrations


def create_site(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    finnish, _ = Locale.objects.get_or_create(language_code="fi")
    for code in ("sv", "en"):
        Locale.objects.get_or_create(language_code=code)

    Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
    if HomePage.objects.exists() or not Page.objects.filter(depth=1).exists():
        return
    root = Page.objects.get(depth=1)
    content_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    home = HomePage.objects.create(
        title="Tekojen tori",
        draft_title="Tekojen tori",
        slug="etusivu",
        content_type=content_type,
        path=f"{root.path}{Page.objects.filter(depth=2).count() + 1:04d}",
        depth=2,
        numchild=0,
        url_path="/etusivu/",
        locale=finnish,
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Tekojen tori"},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_site, migrations.RunPython.noop)]
