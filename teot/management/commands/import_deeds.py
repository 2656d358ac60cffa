"""``manage.py import_deeds FILE``: deeds from the old site, from a CSV or JSON file.

The format is documented in the README ("Importing deeds"). In short: one deed
per CSV row or JSON object, identified by ``external_id``; importing the same
file again updates those deeds instead of adding new ones. Sectors and themes
are found by name or slug in the target language, organisations by name (a
missing one is created, approved), campaigns by slug or name.

Each row is saved in its own transaction savepoint: a row either imports
completely (deed, its sectors and themes, a new organisation, a revision) or
leaves nothing behind, and a rejected row does not stop the others. Rejected
rows are reported with their row number and reason; only a file that cannot
be read makes the command fail.
"""

import csv
import json
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.management.base import BaseCommand, CommandError, no_translations
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify
from wagtail.models import Locale

from teot.models import Campaign, Deed, Organisation, Sector, Theme
from teot.models.deeds import PUBLIC_TEXT_FIELDS
from teot.regions import Region

TEXT_FIELDS = PUBLIC_TEXT_FIELDS
COLUMNS = {
    "external_id",
    *TEXT_FIELDS,
    "organisation",
    "organisation_type",
    "region",
    "municipality_code",
    "sectors",
    "themes",
    "campaign",
    "year",
    "published",
    "contact_is_public",
}
TRUE = {"true", "1", "yes", "y", "x", "kyllä", "k", "ja", "j"}
FALSE = {"false", "0", "no", "n", "ei", "e", "nej"}
# The old site's Finnish names for organisation types, besides the codes and the translated labels.
FINNISH_TYPES = {
    "kunta": Organisation.Type.MUNICIPALITY,
    "kaupunki": Organisation.Type.MUNICIPALITY,
    "kuntayhtymä": Organisation.Type.JOINT_AUTHORITY,
    "hyvinvointialue": Organisation.Type.WELLBEING_COUNTY,
    "kunnan yhtiö": Organisation.Type.MUNICIPAL_COMPANY,
    "kuntayhtiö": Organisation.Type.MUNICIPAL_COMPANY,
    "muu": Organisation.Type.OTHER,
}


def plain(text):
    return text


class RowError(Exception):
    """A row that cannot be imported; the message says why."""


def key(value):
    return " ".join(str(value).split()).casefold()


def read_records(path):
    """``([(row number, {column: value})], [unknown columns])`` from a CSV or JSON file.

    Raises CommandError when the file cannot be read or parsed.
    """
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise CommandError(f"{path}: unknown file type {path.suffix!r}; use a .csv or .json file.")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise CommandError(f"{path}: cannot read the file ({error.strerror or error}).") from error
    except UnicodeDecodeError as error:
        raise CommandError(f"{path}: the file is not UTF-8 text ({error.reason} at byte {error.start}).") from error
    return read_csv(path, text) if suffix == ".csv" else read_json(path, text)


def read_csv(path, text):
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise CommandError(f"{path}: the file is empty; the first row must name the columns.")
    # Spreadsheets in Finnish save CSV with semicolons; the header row tells which separator this file uses.
    header_line = lines[0]
    delimiter = max((",", ";", "\t"), key=header_line.count)
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter)
    try:
        header = [key(name) for name in next(reader)]
        if "external_id" not in header:
            raise CommandError(f"{path}: the header row has no external_id column.")
        records = []
        # Row numbers as a spreadsheet shows them: the header is row 1.
        for number, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            cells = cells + [""] * (len(header) - len(cells))
            records.append((number, {name: cell for name, cell in zip(header, cells, strict=False) if name}))
    except csv.Error as error:
        raise CommandError(f"{path}: not valid CSV ({error}).") from error
    return records, sorted(set(header) - COLUMNS - {""})


def read_json(path, text):
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CommandError(f"{path}: not valid JSON ({error}).") from error
    if isinstance(data, dict) and isinstance(data.get("deeds"), list):
        data = data["deeds"]
    if not isinstance(data, list):
        raise CommandError(f'{path}: expected a list of deeds, or an object with a "deeds" list.')
    records, unknown = [], set()
    # Row numbers count the deeds in the list from 1.
    for number, item in enumerate(data, start=1):
        if isinstance(item, dict):
            item = {key(name): value for name, value in item.items()}
            unknown |= set(item) - COLUMNS
        records.append((number, item))
    return records, sorted(unknown)


def text_value(data, name):
    value = data.get(name)
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        raise RowError(f"{name} must be text")
    return str(value).strip()


def bool_value(data, name, default):
    value = data.get(name)
    if isinstance(value, bool):
        return value
    if value is None or str(value).strip() == "":
        return default
    word = key(value)
    if word in TRUE:
        return True
    if word in FALSE:
        return False
    raise RowError(f"bad {name} value {value!r} (use true or false)")


def list_value(data, name):
    value = data.get(name)
    if value is None:
        return []
    if isinstance(value, list):
        items = value
    elif isinstance(value, str):
        items = value.split(";")
    else:
        raise RowError(f"{name} must be a list of names")
    return [str(item).strip() for item in items if str(item).strip()]


def validation_reason(error):
    if not hasattr(error, "error_dict"):
        return "; ".join(error.messages)
    parts = []
    for field, messages in error.message_dict.items():
        for message in messages:
            parts.append(message if field == NON_FIELD_ERRORS else f"{field}: {message}")
    return "; ".join(parts)


def lookup_table(items, *names):
    """``{casefolded name or slug: item}``; a name shared by two items maps to None (ambiguous)."""
    table = {}
    for item in items:
        for word in {key(value) for value in names_of(item, names) if value}:
            table[word] = None if word in table and table[word] != item else item
    return table


def names_of(item, names):
    return [getattr(item, name) for name in names]


class Importer:
    """Turns one record into a saved deed; keeps lookup tables of terms, organisations and campaigns."""

    def __init__(self, locale, default_campaign=None):
        self.locale = locale
        self.default_campaign = default_campaign
        self.sectors = lookup_table(Sector.objects.filter(locale=locale), "name", "slug")
        self.themes = lookup_table(Theme.objects.filter(locale=locale), "name", "slug")
        self.campaigns = campaign_table()
        self.organisations = lookup_table(Organisation.objects.all(), "name", "name_sv")
        self.types = type_table()
        self.regions = region_table()
        self.seen = {}  # external_id -> the row it first appeared on
        self.new_organisations = []  # made by the current row; known to later rows only if it imports

    def row_done(self):
        for organisation in self.new_organisations:
            self.organisations[key(organisation.name)] = organisation
        self.new_organisations = []

    def row_failed(self):
        self.new_organisations = []

    def import_row(self, number, data):
        """Create or update the row's deed; returns "created", "updated" or "unchanged"."""
        if not isinstance(data, dict):
            raise RowError("expected an object with the deed's fields")
        external_id = text_value(data, "external_id")
        if not external_id:
            raise RowError("external_id is missing")
        if external_id in self.seen:
            raise RowError(f"external_id {external_id!r} already appeared on row {self.seen[external_id]}")
        self.seen[external_id] = number
        if len(external_id) > Deed._meta.get_field("external_id").max_length:
            raise RowError(f"external_id {external_id!r} is too long")

        deed = Deed.objects.filter(external_id=external_id).select_related("locale").first()
        if deed is not None and deed.locale_id != self.locale.pk:
            raise RowError(
                f"external_id {external_id!r} belongs to a deed in another language ({deed.locale.language_code})"
            )
        creating = deed is None
        if creating:
            deed = Deed(locale=self.locale, external_id=external_id, origin=Deed.Origin.IMPORT, live=False)
            before = None
        else:
            before = self.snapshot(deed)

        for name in TEXT_FIELDS:
            if name in data:
                setattr(deed, name, text_value(data, name))
        if "organisation" in data or creating:
            deed.organisation = self.organisation(data)
        if "campaign" in data or creating:
            deed.campaign = self.campaign(data)
        if "year" in data or creating:
            deed.year = self.year(data, deed.campaign)
        if "contact_is_public" in data or creating:
            deed.contact_is_public = bool_value(data, "contact_is_public", default=False)
        publish = bool_value(data, "published", default=True) if "published" in data or creating else deed.live
        sectors = self.terms(data, "sectors", "sector", self.sectors) if "sectors" in data or creating else None
        themes = self.terms(data, "themes", "theme", self.themes) if "themes" in data or creating else None

        if before is not None:
            after = self.snapshot(deed, sectors, themes, publish)
            if after == before:
                return "unchanged"

        try:
            deed.full_clean()
        except ValidationError as error:
            raise RowError(validation_reason(error)) from error
        # ParentalManyToMany: held on the instance, written by deed.save().
        if sectors is not None:
            deed.sectors.set(sectors)
        if themes is not None:
            deed.themes.set(themes)
        if creating:
            deed.has_unpublished_changes = True
        deed.save()
        revision = deed.save_revision(log_action=True)
        if publish:
            revision.publish()
        elif deed.live:
            deed.unpublish()
        return "created" if creating else "updated"

    def snapshot(self, deed, sectors=None, themes=None, live=None):
        """What an import can change, to tell an unchanged row from an updated one."""
        values = {name: getattr(deed, name) for name in TEXT_FIELDS}
        values |= {
            "organisation": deed.organisation_id,
            "campaign": deed.campaign_id,
            "year": deed.year,
            "contact_is_public": deed.contact_is_public,
            "live": deed.live if live is None else live,
            "sectors": {term.pk for term in (deed.sectors.all() if sectors is None else sectors)},
            "themes": {term.pk for term in (deed.themes.all() if themes is None else themes)},
        }
        return values

    def terms(self, data, column, noun, table):
        names = list_value(data, column)
        if not names:
            raise RowError(f"at least one {noun} is required")
        unknown = [name for name in names if key(name) not in table]
        if unknown:
            listed = ", ".join(repr(name) for name in unknown)
            raise RowError(f"unknown {noun} {listed}" if len(unknown) == 1 else f"unknown {column} {listed}")
        ambiguous = [name for name in names if table[key(name)] is None]
        if ambiguous:
            raise RowError(f"{noun} name {ambiguous[0]!r} is ambiguous; use its slug")
        return list({table[key(name)].pk: table[key(name)] for name in names}.values())

    def organisation(self, data):
        name = text_value(data, "organisation")
        if not name:
            raise RowError("organisation is missing")
        region = self.region(data)
        organisation_type = self.organisation_type(data)
        found = self.organisations.get(key(name), False)
        if found is None:
            raise RowError(f"organisation name {name!r} is ambiguous")
        if found:
            return found  # existing organisations are never changed by an import
        if not region:
            raise RowError(f"organisation {name!r} is new and needs a region")
        organisation = Organisation(
            name=name,
            type=organisation_type or Organisation.Type.MUNICIPALITY,
            region=region,
            municipality_code=text_value(data, "municipality_code"),
            is_approved=True,
        )
        try:
            organisation.full_clean()
        except ValidationError as error:
            raise RowError(f"organisation {name!r}: {validation_reason(error)}") from error
        organisation.save()
        self.new_organisations.append(organisation)
        return organisation

    def region(self, data):
        value = text_value(data, "region")
        if not value:
            return None
        region = self.regions.get(key(value)) or self.regions.get(slugify(value))
        if region is None:
            raise RowError(f"unknown region {value!r}")
        return region

    def organisation_type(self, data):
        value = text_value(data, "organisation_type")
        if not value:
            return None
        organisation_type = self.types.get(key(value))
        if organisation_type is None:
            raise RowError(f"unknown organisation_type {value!r}")
        return organisation_type

    def campaign(self, data):
        value = text_value(data, "campaign")
        if not value:
            return self.default_campaign
        campaign = self.campaigns.get(key(value), False)
        if campaign is False:
            raise RowError(f"unknown campaign {value!r}")
        if campaign is None:
            raise RowError(f"campaign name {value!r} is ambiguous; use its slug")
        return campaign

    def year(self, data, campaign):
        value = data.get("year")
        if value is None or str(value).strip() == "":
            if campaign is not None:
                return campaign.year
            raise RowError("year is missing")
        if isinstance(value, bool) or not str(value).strip().isdigit():
            raise RowError(f"bad year {value!r}")
        return int(str(value).strip())


def campaign_table():
    """Campaigns by slug, by name and by name and year ("Hyvä kiertämään 2022")."""
    table = {}
    for campaign in Campaign.objects.all():
        for word in {key(campaign.slug), key(campaign.name), key(f"{campaign.name} {campaign.year}")}:
            table[word] = None if word in table and table[word] != campaign else campaign
    return table


def type_table():
    table = {key(code): code for code in Organisation.Type.values}
    table |= {key(name): code for name, code in FINNISH_TYPES.items()}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            table |= {key(label): code for code, label in Organisation.Type.choices}
    return table


def region_table():
    # Codes are the Finnish names slugified ("Päijät-Häme" -> "paijat-hame"), so Finnish names match them.
    table = {code: code for code in Region.values}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            table |= {key(label): code for code, label in Region.choices}
    return table


class Command(BaseCommand):
    help = (
        "Import deeds from the old site: a CSV or JSON file (see the README). Re-importing updates deeds "
        "by their external_id; rejected rows are reported and the rest import."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .csv or .json file")
        parser.add_argument("--dry-run", action="store_true", help="check every row and report, but save nothing")
        parser.add_argument(
            "--locale", default=settings.LANGUAGE_CODE, help="language of the deeds (default: %(default)s)"
        )
        parser.add_argument("--campaign", help="slug or name of the campaign for rows that name none")

    @no_translations
    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        path = Path(options["file"])
        records, unknown_columns = read_records(path)
        locale = Locale.objects.filter(language_code=options["locale"]).first()
        if locale is None:
            raise CommandError(f"unknown --locale {options['locale']!r}")
        default_campaign = None
        if options["campaign"]:
            default_campaign = campaign_table().get(key(options["campaign"]))
            if default_campaign is None:
                raise CommandError(f"unknown or ambiguous --campaign {options['campaign']!r}")
        if unknown_columns:
            self.stderr.write(f"Ignoring unknown columns: {', '.join(unknown_columns)}", self.style.WARNING)

        importer = Importer(locale, default_campaign)
        self.progress_shown = False
        if options["dry_run"]:
            with transaction.atomic():
                counts = self.import_records(records, importer)
                transaction.set_rollback(True)
        else:
            counts = self.import_records(records, importer)
        self.report(counts, dry_run=options["dry_run"])

    def import_records(self, records, importer):
        counts = Counter({"created": 0, "updated": 0, "unchanged": 0, "rejected": 0})
        total = len(records)
        for done, (number, data) in enumerate(records, start=1):
            self.show_progress(done, total)
            try:
                with transaction.atomic():
                    outcome = importer.import_row(number, data)
            except RowError as error:
                importer.row_failed()
                self.reject(number, str(error))
                counts["rejected"] += 1
            except Exception as error:  # one broken row must not stop the import of the others
                importer.row_failed()
                self.reject(number, f"{type(error).__name__}: {error}")
                counts["rejected"] += 1
            else:
                importer.row_done()
                counts[outcome] += 1
                if self.verbosity >= 2:
                    self.write_line(self.stdout, f"row {number}: {outcome}")
        self.clear_progress()
        return counts

    def show_progress(self, done, total):
        if not self.stderr.isatty():
            return
        self.stderr.write(f"\rImporting {done}/{total}", style_func=plain, ending="")
        self.stderr.flush()
        self.progress_shown = True

    def clear_progress(self):
        if self.progress_shown:
            self.stderr.write("\r\033[K", style_func=plain, ending="")
            self.stderr.flush()
            self.progress_shown = False

    def write_line(self, stream, message):
        self.clear_progress()
        stream.write(message)

    def reject(self, number, reason):
        self.write_line(self.stderr, f"row {number}: {reason}")

    def report(self, counts, dry_run):
        figures = (
            f"{counts['created']} created, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged, {counts['rejected']} rejected"
        )
        if dry_run:
            self.stdout.write(f"Dry run, nothing was saved. The import would give: {figures}.")
        else:
            style = self.style.WARNING if counts["rejected"] else self.style.SUCCESS
            self.stdout.write(style(f"Import finished: {figures}."))
