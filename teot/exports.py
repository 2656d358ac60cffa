"""What the public may download: deeds as open data rows, and CSV files built safely.

Only the fields listed in ``FIELDS`` ever leave the site. The deed's
``PRIVATE_FIELDS`` (the submitter's details, the consent, the origin and the
import id) never do; the contact details go out only when the contact person
agreed (``contact_is_public``).

The open data files are streamed: rows are read through a server-side cursor a chunk at a
time (``CHUNK_SIZE``) and written out as they come, so a file of any size takes little memory.
"""

import csv
import io
from itertools import islice

from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from home.csv_safety import spreadsheet_safe

from .models.deeds import STORY_FIELDS, Deed
from .models.organisations import Organisation
from .regions import Region

LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LIST_SEPARATOR = "; "
CHUNK_SIZE = 1000  # deeds read at a time (with two queries for their terms): a few MB

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
    (
        "organisation",
        _("Name of the organisation that did the deed; empty until a moderator has approved a new organisation."),
        _("text"),
    ),
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


def public_deeds(locale):
    """Published deeds of one language, oldest first, with organisation and campaign (``deed_rows`` adds terms)."""
    return (
        Deed.objects.live_in(locale)
        .select_related("organisation", "campaign", "locale")
        .order_by("first_published_at", "pk")
    )


def term_names(deed_ids):
    """``{(relation, deed id): [term names]}`` in the taxonomy's order: two light queries for a chunk of deeds."""
    names = {}
    for relation in ("sectors", "themes"):
        through = getattr(Deed, relation).through
        term = relation[:-1]
        rows = (
            through.objects.filter(deed_id__in=deed_ids)
            .order_by(f"{term}__sort_order", f"{term}__name")
            .values_list("deed_id", f"{term}__name")
        )
        for deed_id, name in rows:
            names.setdefault((relation, deed_id), []).append(name)
    return names


def choice_labels(language):
    """The organisation types' and regions' names in ``language``, looked up once per file rather than per row."""
    with translation.override(language):
        return {
            "organisation_type": {value: str(label) for value, label in Organisation.Type.choices},
            "region": {value: str(label) for value, label in Region.choices},
        }


def _timestamp(value):
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def deed_row(deed, url, terms, labels):
    """One deed as a dict of ``FIELDS``: lists stay lists, missing values are None.

    ``terms`` and ``labels`` are what ``term_names`` and ``choice_labels`` give.
    """
    language = deed.locale.language_code
    organisation = deed.organisation
    named = deed.public_organisation  # None until a moderator has approved the organisation
    contact = deed.public_contact or {}
    return {
        "id": str(deed.translation_key),
        "url": url,
        "title": deed.title,
        **{name: getattr(deed, name) for name in STORY_FIELDS},
        "organisation": named.localized_name(language) if named else None,
        "organisation_type": labels["organisation_type"].get(organisation.type, organisation.type),
        "region": labels["region"].get(organisation.region, organisation.region),
        "municipality_code": (named.municipality_code or None) if named else None,
        "unit": deed.unit,
        "sectors": terms.get(("sectors", deed.pk), []),
        "themes": terms.get(("themes", deed.pk), []),
        "campaign": deed.campaign.name if deed.campaign else None,
        "year": deed.year,
        "published": _timestamp(deed.first_published_at),
        "language": language,
        "contact_name": contact.get("name") or None,
        "contact_email": contact.get("email") or None,
        "contact_phone": contact.get("phone") or None,
    }


def deed_rows(deeds, url_for):
    """``deed_row`` for each deed, one chunk of deeds in memory at a time; ``url_for(deed)`` gives its address."""
    labels = {}
    rows = deeds.iterator(chunk_size=CHUNK_SIZE)
    while chunk := list(islice(rows, CHUNK_SIZE)):
        terms = term_names([deed.pk for deed in chunk])
        for deed in chunk:
            language = deed.locale.language_code
            if language not in labels:
                labels[language] = choice_labels(language)
            yield deed_row(deed, url_for(deed), terms, labels[language])


def csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(value)
    return spreadsheet_safe(value)


def csv_chunks(header, rows, rows_per_chunk=500):
    """CSV text in pieces, with a byte order mark first, so that Excel reads it as UTF-8."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow([csv_cell(value) for value in header])
    for number, row in enumerate(rows, start=1):
        writer.writerow([csv_cell(value) for value in row])
        if number % rows_per_chunk == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def csv_response(header, rows, file_name):
    response = HttpResponse("".join(csv_chunks(header, rows)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{file_name}"'
    return response
