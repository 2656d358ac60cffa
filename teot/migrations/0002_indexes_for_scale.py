from django.db import migrations

# Related deeds read each term's newest deeds from these, a few rows whatever the number of deeds.
# Django makes the many-to-many tables itself, so their extra indexes are plain SQL.
TERM_INDEXES = [
    (f"teot_deed_{relation}_{column}_deed", f"teot_deed_{relation}", column)
    for relation, column in (("sectors", "sector_id"), ("themes", "theme_id"))
]

# The newest live deeds of a language (listing, home page) read in order, never sorted. PostgreSQL
# only: SQLite has no NULLS LAST in an index, and the zero-setup database needs no such index.
NEWEST = (
    "CREATE INDEX deed_live_newest ON teot_deed "
    "(locale_id, first_published_at DESC NULLS LAST, id DESC) WHERE live"
)


def create_newest(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(NEWEST)


def drop_newest(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS deed_live_newest")


class Migration(migrations.Migration):
    dependencies = [
        ("teot", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_newest, drop_newest),
        *(
            migrations.RunSQL(f"CREATE INDEX {name} ON {table} ({column}, deed_id)", f"DROP INDEX {name}")
            for name, table, column in TERM_INDEXES
        ),
    ]
