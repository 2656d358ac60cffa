import django.core.validators
from django.db import migrations, models

import home.validators

# Fields meant for one line: stored line breaks become spaces, so that editing an older deed in the
# admin is not refused and no stored title reaches a mail header on several lines.
ONE_LINE_FIELDS = {
    "deed": ["title", "unit", "image_alt", "contact_name", "contact_phone", "submitter_name"],
    "deedlink": ["title"],
    "organisation": ["name", "name_sv"],
}


def one_line(text):
    return " ".join(text.split())


def join_stored_lines(apps, schema_editor):
    breaks = home.validators.LINE_BREAKS.pattern
    for model_name, field_names in ONE_LINE_FIELDS.items():
        model = apps.get_model("teot", model_name)
        for field_name in field_names:
            for row in model.objects.filter(**{f"{field_name}__regex": breaks}).only("pk", field_name):
                model.objects.filter(pk=row.pk).update(**{field_name: one_line(getattr(row, field_name))})
    # Wagtail's moderation emails take a deed's name from its latest revision's object_str.
    content_type = apps.get_model("contenttypes", "ContentType").objects.filter(app_label="teot", model="deed").first()
    if content_type is not None:
        revisions = apps.get_model("wagtailcore", "Revision").objects.filter(
            base_content_type=content_type, object_str__regex=breaks
        )
        for revision in revisions.only("pk", "object_str"):
            revisions.filter(pk=revision.pk).update(object_str=one_line(revision.object_str))


def limited(max_length, verbose_name, **kwargs):
    return models.TextField(
        max_length=max_length,
        validators=[django.core.validators.MaxLengthValidator(max_length)],
        verbose_name=verbose_name,
        **kwargs,
    )


def single_line(max_length, verbose_name, **kwargs):
    return models.CharField(
        max_length=max_length,
        validators=[home.validators.SingleLineValidator()],
        verbose_name=verbose_name,
        **kwargs,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("teot", "0002_indexes_for_scale"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AlterField(
            model_name="deed",
            name="summary",
            field=limited(600, "summary", help_text="One or two sentences for listings."),
        ),
        migrations.AlterField(model_name="deed", name="goal", field=limited(4000, "what was aimed at")),
        migrations.AlterField(model_name="deed", name="actions", field=limited(4000, "what was done")),
        migrations.AlterField(model_name="deed", name="results", field=limited(4000, "what came of it")),
        migrations.AlterField(model_name="deed", name="tips", field=limited(4000, "tips for others", blank=True)),
        migrations.AlterField(model_name="deed", name="title", field=single_line(200, "title")),
        migrations.AlterField(
            model_name="deed", name="unit", field=single_line(200, "unit or work community", blank=True)
        ),
        migrations.AlterField(
            model_name="deed",
            name="image_alt",
            field=single_line(250, "image alternative text", blank=True, help_text="Describe what the image shows."),
        ),
        migrations.AlterField(
            model_name="deed", name="contact_name", field=single_line(120, "contact person", blank=True)
        ),
        migrations.AlterField(
            model_name="deed", name="contact_phone", field=single_line(40, "contact phone", blank=True)
        ),
        migrations.AlterField(
            model_name="deed", name="submitter_name", field=single_line(120, "submitter's name", blank=True)
        ),
        migrations.AlterField(model_name="deedlink", name="title", field=single_line(200, "link text")),
        migrations.AlterField(model_name="organisation", name="name", field=single_line(200, "name", unique=True)),
        migrations.AlterField(
            model_name="organisation", name="name_sv", field=single_line(200, "name in Swedish", blank=True)
        ),
        migrations.RunPython(join_stored_lines, migrations.RunPython.noop, elidable=True),
    ]
