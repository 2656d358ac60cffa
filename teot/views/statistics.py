"""The statistics page: each table of figures as a bar chart, as an HTML table and as a CSV file.

The tables are ``teot.statistics.tables()``: the deeds' own and those other apps add with the
``register_deed_statistics_table`` hook (the galas' awards by sector and region); the CSV route
serves any of them. Every figure is counted once per language and kept until the deeds change.
"""

from dataclasses import dataclass

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext

from .. import statistics
from ..exports import csv_response
from ..signals import cached

LEADERBOARD = "leaderboard"
LEADERBOARD_FILE_NAMES = {
    "fi": "kekseliaimmat-organisaatiot",
    "sv": "mest-uppfinningsrika-organisationer",
    "en": "most-inventive-organisations",
}


# Bar chart geometry, in the SVG's own units. The SVG scales to its container
# (viewBox, no fixed size); statistics.css caps its width so text stays readable.
CHART_WIDTH = 360
CHART_ROW = 54
CHART_LABEL_CHARS = 36
CHART_VALUE_SPACE = 56


def bar_chart(chart_id, title, rows):
    """What templates/components/bar_chart.html draws: one labelled horizontal bar per row."""
    largest = max((row.value for row in rows), default=0)
    bars = []
    for index, row in enumerate(rows):
        top = 4 + index * CHART_ROW
        label = f"{row.rank}. {row.label}" if row.rank else row.label
        short = label if len(label) <= CHART_LABEL_CHARS else label[: CHART_LABEL_CHARS - 1].rstrip() + "…"
        width = round((CHART_WIDTH - CHART_VALUE_SPACE) * row.value / largest) if largest else 0
        bars.append(
            {
                "label": short,
                "value": row.value,
                "label_y": top + 17,
                "bar_y": top + 25,
                "bar_width": width,
                "value_x": width + 8,
                "value_y": top + 40,
            }
        )
    if largest:
        top_row = next(row for row in rows if row.value == largest)
        description = gettext(
            "Horizontal bar chart with one bar per row of the table that follows it. "
            "The longest bar: %(label)s, %(value)s."
        ) % {"label": top_row.label, "value": largest}
    else:
        description = gettext("Horizontal bar chart. There are no published deeds to show yet.")
    return {
        "id": chart_id,
        "title": title,
        "description": description,
        "width": CHART_WIDTH,
        "height": 8 + len(rows) * CHART_ROW,
        "bars": bars,
    }


@dataclass(frozen=True)
class Figures:
    totals: dict
    tables: dict  # slug -> [Row]
    leaderboards: list  # [(campaign label, campaign pk, [Row])]


def figures():
    """Everything the page and its CSV files show, in the active language (labels are translated)."""

    def build():
        return Figures(
            totals=statistics.totals(),
            tables={slug: spec.rows() for slug, spec in statistics.tables().items()},
            leaderboards=[
                (statistics.campaign_label(board.campaign), board.campaign.pk, board.rows)
                for board in statistics.campaign_leaderboards()
            ],
        )

    return cached(f"deed-statistics:{translation.get_language()}", build)


def _csv_url(index_page, base_url, table):
    return base_url + index_page.reverse_subpage("statistics_csv", kwargs={"table": table})


def section(slug, spec, rows, csv_url):
    """One table of a statistics page as templates/components/statistics_section.html shows it."""
    caption = str(spec.caption)
    return {
        "slug": slug,
        "caption": caption,
        "label_heading": spec.label_heading,
        "value_heading": spec.value_heading,
        "rows": rows,
        "has_data": any(row.value for row in rows),
        "chart": bar_chart(f"chart-{slug}", caption, rows),
        "csv_url": csv_url,
    }


def statistics_page(request, index_page):
    base_url = index_page.get_url(request)
    data = figures()
    sections = []
    for slug, spec in statistics.tables().items():
        sections.append(section(slug, spec, data.tables[slug], _csv_url(index_page, base_url, slug)))
    leaderboards = []
    for label, campaign_pk, rows in data.leaderboards:
        caption = gettext("%(campaign)s: organisations with the most deeds") % {"campaign": label}
        leaderboards.append(
            {
                "campaign": label,
                "caption": caption,
                "rows": rows,
                "chart": bar_chart(f"chart-leaderboard-{campaign_pk}", caption, rows),
            }
        )
    statistics_url = base_url + index_page.reverse_subpage("statistics")
    context = {
        "page": index_page,
        "canonical_url": request.build_absolute_uri(statistics_url),
        "translation_urls": index_page.route_translation_urls(request, "statistics"),
        "totals": data.totals,
        "sections": sections,
        "leaderboards": leaderboards,
        "leaderboard_csv_url": _csv_url(index_page, base_url, LEADERBOARD),
        "value_heading": statistics.VALUE_HEADING,
        "open_data_url": base_url + index_page.reverse_subpage("open_data"),
    }
    return TemplateResponse(request, "teot/statistics.html", context)


def _file_name(names):
    language = translation.get_language() or "fi"
    return f"tekojen-tori-{names.get(language, names['fi'])}.csv"


def statistics_csv(request, index_page, table):
    if table == LEADERBOARD:
        header = [gettext("Campaign"), gettext("Rank"), gettext("Organisation"), str(statistics.VALUE_HEADING)]
        rows = [
            [label, row.rank, row.label, row.value] for label, _pk, board in figures().leaderboards for row in board
        ]
        return csv_response(header, rows, _file_name(LEADERBOARD_FILE_NAMES))
    spec = statistics.tables().get(table)
    if spec is None:
        raise Http404
    rows = [[row.label, row.value] for row in figures().tables[table]]
    return csv_response([str(spec.label_heading), str(spec.value_heading)], rows, _file_name(spec.file_names))
