from django.db import migrations, models

# Related deeds read each term's newest deeds from these, a few rows whatever the number of deeds.
# Django makes the many-to-many tables itself, so their extra indexes are plain SQL.
TERM_INDEXES = [
    (f"teot_deed_{relation}_{column}_deed", f"teot_deed_{relation}", column)
    for relation, column in (("sectors", "sector_id"), ("themes", "theme_id"))
]


class Migration(migrations.Migration):
    dependencies = [
        ("teot", "0001_initial"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="deed",
            index=models.Index(
                models.F("locale"),
                models.OrderBy(models.F("first_published_at"), descending=True, nulls_last=True),
                models.OrderBy(models.F("id"), descending=True),
                condition=models.Q(("live", True)),
                name="deed_live_newest",
            ),
        ),
        *(
            migrations.RunSQL(f"CREATE INDEX {name} ON {table} ({column}, deed_id)", f"DROP INDEX {name}")
            for name, table, column in TERM_INDEXES
        ),
    ]
