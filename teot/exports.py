"""What the public may download: deeds as open data rows, and CSV files built safely.

Only the fields listed in ``FIELDS`` ever leave the site. The submitter's
details, the consents, the origin and the import id are private; the contact
details go out only when the contact person agreed (``contact_is_public``).
"""

import csv
import io
import re

from django.db.models import Prefetch
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

# The submodules, not the package: teot.models.pages imports the views, which import this.
from .models.deeds import Deed
from .models.taxonomy import Sector, Theme

LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LIST_SEPARATOR = "; "

# (field, description, format): the open data files' columns, in order, documented on the open data page.
FIELDS = [
    ("id", _("Permanent identifier of the deed, the same in every language."), _("text (UUID)")),
    ("url", _("Address of the deed's page."), _("URL")),
    ("title", _("Title."), _("text")),
    ("summary", _("Summary in one or two sentences."), _("text")),
    ("goal", _("What was aimed at."), _("text")),
    ("actions", _("What was done."), _("text")),
    ("results", _("What came of it."), _("text")),
    ("tips", _("Tips for others."), _("text")),
    ("organisation", _("Name of the organisation that did the deed."), _("text")),
    ("organisation_type", _("Type of the organisation."), _("text")),
    ("region", _("Region of the organisation."), _("text")),
    ("municipality_code", _("Statistics Finland's three-digit municipality code, if any."), _("text")),
    ("unit", _("Unit or work community."), _("text")),
    ("sectors", _("Sectors."), _("list of texts")),
    ("themes", _("Themes."), _("list of texts")),
    ("campaign", _("Campaign the deed was collected in, if any."), _("text")),
    ("year", _("Year of the deed."), _("integer")),
    ("published", _("When the deed was first published."), _("date and time (ISO 8601)")),
    ("language", _("Language of the texts (fi, sv or en)."), _("text")),
    ("contact_name", _("Contact person, only when they agreed to be shown."), _("text")),
    ("contact_email", _("Contact email, only with consent."), _("text")),
    ("contact_phone", _("Contact phone number, only with consent."), _("text")),
]
FIELD_NAMES = [name for name, _description, _format in FIELDS]
LIST_FIELDS = {"sectors", "themes"}

# Never exported, whatever happens to FIELDS: the tests check these values never appear.
PRIVATE_FIELDS = ("submitter_name", "submitter_email", "privacy_consent", "origin", "external_id")


def public_deeds(locale):
    """Published deeds of one language, oldest first, with everything the rows need in four queries."""
    return (
        Deed.objects.filter(live=True, locale=locale)
        .select_related("organisation", "campaign", "locale")
        .prefetch_related(
            Prefetch("sectors", queryset=Sector.objects.order_by("sort_order", "name")),
            Prefetch("themes", queryset=Theme.objects.order_by("sort_order", "name")),
        )
        .order_by("first_published_at", "pk")
    )


def _timestamp(value):
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def deed_row(deed, url):
    """One deed as a dict of ``FIELDS``: lists stay lists, missing values are None."""
    language = deed.locale.language_code
    organisation = deed.organisation
    contact = deed.public_contact or {}
    with translation.override(language):
        organisation_type = str(organisation.get_type_display())
        region = str(organisation.get_region_display())
    return {
        "id": str(deed.translation_key),
        "url": url,
        "title": deed.title,
        "summary": deed.summary,
        "goal": deed.goal,
        "actions": deed.actions,
        "results": deed.results,
        "tips": deed.tips,
        "organisation": organisation.localized_name(language),
        "organisation_type": organisation_type,
        "region": region,
        "municipality_code": organisation.municipality_code or None,
        "unit": deed.unit,
        "sectors": [sector.name for sector in deed.sectors.all()],
        "themes": [theme.name for theme in deed.themes.all()],
        "campaign": deed.campaign.name if deed.campaign else None,
        "year": deed.year,
        "published": _timestamp(deed.first_published_at),
        "language": language,
        "contact_name": contact.get("name") or None,
        "contact_email": contact.get("email") or None,
        "contact_phone": contact.get("phone") or None,
    }


def deed_rows(deeds, url_for):
    """``deed_row`` for each deed; ``url_for(deed)`` gives its absolute address."""
    return [deed_row(deed, url_for(deed)) for deed in deeds]


# Phone numbers and plain numbers ("+358 40 123 4567", "-5") can run nothing; they stay as they are.
HARMLESS_NUMBER = re.compile(r"^[+-]?[\d\s().,/-]*$")


def spreadsheet_safe(value):
    """A CSV cell that spreadsheet programs show as text instead of running it as a formula.

    Text beginning with = + - @ (or a tab or carriage return) gets a leading
    apostrophe, as OWASP advises against CSV injection, unless it is only a
    number or phone number. Numbers stay numbers.
    """
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and not HARMLESS_NUMBER.match(value):
        return "'" + value
    return value


def csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(value)
    return spreadsheet_safe(value)


def csv_text(header, rows):
    """CSV text with a byte order mark, so that Excel reads it as UTF-8."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow([csv_cell(value) for value in header])
    writer.writerows([csv_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def csv_response(header, rows, file_name):
    response = HttpResponse(csv_text(header, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    return response
