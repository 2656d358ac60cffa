"""Open data: the published deeds of one language as CSV and JSON (streamed), and a page documenting them."""

import json

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone

from .. import export_files, exports
from ..models.deeds import Deed

FORMATS = ("csv", "json")


def _file_url(index_page, base_url, file_format):
    return base_url + index_page.reverse_subpage("open_data_file", kwargs={"file_format": file_format})


def _file_name(language, file_format):
    return f"tekojen-tori-teot-{language}.{file_format}"


def documentation(request, index_page):
    base_url = index_page.get_url(request)
    language = index_page.locale.language_code
    other_languages = []
    for translation in index_page.get_translations().live().select_related("locale").order_by("locale_id"):
        other_base = translation.get_url(request)
        if other_base is None:
            continue
        specific = translation.specific_deferred
        other_languages.append(
            {
                "code": translation.locale.language_code,
                "name": translation.locale.get_display_name(),
                "csv_url": _file_url(specific, other_base, "csv"),
                "json_url": _file_url(specific, other_base, "json"),
            }
        )
    open_data_url = base_url + index_page.reverse_subpage("open_data")
    context = {
        "page": index_page,
        "canonical_url": request.build_absolute_uri(open_data_url),
        "translation_urls": index_page.route_translation_urls(request, "open_data"),
        "language": language,
        "deed_count": Deed.objects.live_in(index_page.locale_id).count(),
        "csv_url": _file_url(index_page, base_url, "csv"),
        "json_url": _file_url(index_page, base_url, "json"),
        "csv_file_name": _file_name(language, "csv"),
        "json_file_name": _file_name(language, "json"),
        "json_example": json.dumps(
            {"metadata": {"language": language, "generated": "…", "count": 1, "licence": exports.LICENCE}, "deeds": []},
            ensure_ascii=False,
            indent=2,
        ),
        "fields": exports.FIELDS,
        "list_separator": exports.LIST_SEPARATOR,
        "licence": exports.LICENCE,
        "licence_url": exports.LICENCE_URL,
        "other_languages": other_languages,
        "statistics_url": base_url + index_page.reverse_subpage("statistics"),
    }
    return TemplateResponse(request, "teot/open_data.html", context)


def download(request, index_page, file_format):
    if file_format not in FORMATS:
        raise Http404
    locale = index_page.locale
    language = locale.language_code
    base_url = request.build_absolute_uri(index_page.get_url(request))

    def url_for(deed):
        return base_url + index_page.reverse_subpage("deed", args=[deed.slug])

    def chunks():
        deeds = exports.public_deeds(locale)
        rows = exports.deed_rows(deeds, url_for)
        if file_format == "csv":
            return exports.csv_chunks(
                exports.FIELD_NAMES, ([row[name] for name in exports.FIELD_NAMES] for row in rows)
            )
        metadata = {
            "language": language,
            "generated": timezone.localtime().isoformat(timespec="seconds"),
            "count": deeds.count(),
            "licence": exports.LICENCE,
            "licence_url": exports.LICENCE_URL,
            "documentation": request.build_absolute_uri(base_url + index_page.reverse_subpage("open_data")),
        }
        return json_chunks(metadata, rows)

    file_name = _file_name(language, file_format)
    content_type = "text/csv; charset=utf-8" if file_format == "csv" else "application/json; charset=utf-8"
    response = export_files.response(file_name, base_url, chunks, content_type)
    disposition = "attachment" if file_format == "csv" else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{file_name}"'
    # Open data: any web application may read it.
    response["Access-Control-Allow-Origin"] = "*"
    return response


def json_chunks(metadata, rows, rows_per_chunk=500):
    """``json.dumps({"metadata": metadata, "deeds": [rows]}, ensure_ascii=False)``, written a few rows at a time."""
    pieces = ['{"metadata": ', json.dumps(metadata, ensure_ascii=False), ', "deeds": [']
    for number, row in enumerate(rows):
        pieces.append((", " if number else "") + json.dumps(row, ensure_ascii=False))
        if len(pieces) >= rows_per_chunk:
            yield "".join(pieces)
            pieces = []
    pieces.append("]}")
    yield "".join(pieces)
