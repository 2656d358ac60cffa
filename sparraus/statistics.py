"""The public coaching statistics (``tilastot/`` under the coach directory): totals only, never a person.

The figures are counts of applications (by year, theme, sector and the organisation's region), of
completed coachings, and the feedback's averages, shares and answer counts. Nothing here reads the
contact details, the unit, the need or what changed (the feedback's free text): those are the
applicants' and stay in the admin. Small numbers are shown as they are: this is programme data.

Each table is drawn as the deed statistics draw theirs (``teot.views.statistics.bar_chart`` and
templates/components/bar_chart.html), shown as an HTML table and served as a CSV file at
``tilastot/<slug>/csv/`` (``teot.exports.csv_response``: UTF-8 with a byte order mark, formula-safe).
Everything is counted in a fixed number of queries whatever the number of applications, once per
language, and kept until the ``"coaching"`` topic changes (sparraus/signals.py).

A content page shows a summary (the totals, the feedback and the figures by year) with the "figures" block
(home/blocks.py): editors put it on the coaching page; ``figures_block`` gives its context.
"""

from dataclasses import dataclass

from django.db.models import Avg, Count, Q
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import formats, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home import invalidation
from teot.exports import csv_response
from teot.models import Sector, Theme
from teot.statistics import Row, TableSpec, region_rows, term_rows
from teot.views.statistics import section

from .models.applications import CoachingApplication, CoachingFeedback
from .signals import COACHING_TOPIC

Status = CoachingApplication.Status
APPLICATIONS = _("Number of applications")
ANSWERS = _("Number of answers")
RATINGS = range(1, 6)
FEEDBACK = "feedback"  # the feedback summary's CSV
FEEDBACK_FILE_NAMES = {"fi": "sparrauspalaute", "sv": "respons-pa-sparrningen", "en": "coaching-feedback"}


def applications():
    """Every application, whatever its status, with no ordering to get in the way of GROUP BY."""
    return CoachingApplication.objects.order_by()


def _by_year(**filters):
    rows = (
        applications()
        .filter(**filters)
        .annotate(year=ExtractYear("created_at"))
        .values("year")
        .annotate(count=Count("pk"))
        .values_list("year", "count")
    )
    return [Row(str(year), count) for year, count in sorted(rows)]


def applications_by_year():
    """Years with applications, oldest first (the year an application came in)."""
    return _by_year()


def completed_by_year():
    """Years with completed coachings, oldest first, by the year of the application."""
    return _by_year(status=Status.DONE)


def _term_rows(model, relation):
    # An application's terms are those of its form's language: grouped by translation key, each named
    # once in the visitor's language, as the deed statistics do.
    counts = dict(
        applications()
        .filter(**{f"{relation}__isnull": False})
        .values(f"{relation}__translation_key")
        .annotate(count=Count("pk", distinct=True))
        .values_list(f"{relation}__translation_key", "count")
    )
    return term_rows(model, counts)


def applications_by_theme():
    """Every theme (also those no one has applied on yet), most applications first."""
    return _term_rows(Theme, "themes")


def applications_by_sector():
    """Every sector, most applications first."""
    return _term_rows(Sector, "sectors")


def applications_by_region():
    """All 19 regions, by the applying organisation's region, most applications first."""
    counts = dict(
        applications()
        .values("organisation__region")
        .annotate(count=Count("pk"))
        .values_list("organisation__region", "count")
    )
    return region_rows(counts)


def _rating_rows(field):
    counts = dict(
        CoachingFeedback.objects.order_by().values(field).annotate(count=Count("pk")).values_list(field, "count")
    )
    return [Row(str(rating), counts.get(rating, 0)) for rating in RATINGS]


def usefulness_ratings():
    """How many answers gave each usefulness, 1 to 5."""
    return _rating_rows("usefulness")


def coach_ratings():
    """How many answers gave the coach each rating, 1 to 5."""
    return _rating_rows("coach_rating")


def feedback_summary():
    """``{"answers": n, "usefulness": average, "coach_rating": average, "recommend": % of answers}``.

    Averages to one decimal and the share in whole per cent; ``None`` while there are no answers.
    """
    found = CoachingFeedback.objects.aggregate(
        answers=Count("pk"),
        usefulness=Avg("usefulness"),
        coach_rating=Avg("coach_rating"),
        recommend=Count("pk", filter=Q(would_recommend=True)),
    )
    answers = found["answers"]
    if not answers:
        return {"answers": 0, "usefulness": None, "coach_rating": None, "recommend": None}
    return {
        "answers": answers,
        "usefulness": round(found["usefulness"], 1),
        "coach_rating": round(found["coach_rating"], 1),
        "recommend": round(100 * found["recommend"] / answers),
    }


TABLES = [
    TableSpec(
        "applications",
        _("Applications by year"),
        _("Year"),
        applications_by_year,
        {"fi": "sparraushakemukset-vuosittain", "sv": "ansokningar-per-ar", "en": "applications-by-year"},
        APPLICATIONS,
    ),
    TableSpec(
        "completed",
        _("Completed coachings by year of application"),
        _("Year"),
        completed_by_year,
        {"fi": "toteutuneet-sparraukset", "sv": "genomforda-sparrningar", "en": "completed-coachings"},
        _("Number of completed coachings"),
    ),
    TableSpec(
        "themes",
        _("Applications by theme"),
        _("Theme"),
        applications_by_theme,
        {"fi": "sparraushakemukset-teemoittain", "sv": "ansokningar-per-tema", "en": "applications-by-theme"},
        APPLICATIONS,
    ),
    TableSpec(
        "sectors",
        _("Applications by sector"),
        _("Sector"),
        applications_by_sector,
        {"fi": "sparraushakemukset-toimialoittain", "sv": "ansokningar-per-sektor", "en": "applications-by-sector"},
        APPLICATIONS,
    ),
    TableSpec(
        "regions",
        _("Applications by region"),
        _("Region"),
        applications_by_region,
        {"fi": "sparraushakemukset-maakunnittain", "sv": "ansokningar-per-landskap", "en": "applications-by-region"},
        APPLICATIONS,
    ),
    TableSpec(
        "usefulness",
        _("Feedback: how useful the coaching was"),
        _("Answer (1 = not at all, 5 = very)"),
        usefulness_ratings,
        {"fi": "sparrauksen-hyodyllisyys", "sv": "sparrningens-nytta", "en": "usefulness-of-coaching"},
        ANSWERS,
    ),
    TableSpec(
        "coach-ratings",
        _("Feedback: how well the coach worked with the work community"),
        _("Answer (1 = poorly, 5 = very well)"),
        coach_ratings,
        {"fi": "sparraajien-arviot", "sv": "bedomning-av-sparrarna", "en": "coach-ratings"},
        ANSWERS,
    ),
]
FEEDBACK_TABLES = {"usefulness", "coach-ratings"}  # shown after the feedback summary
BY_YEAR = ("applications", "completed")  # the tables of the figures block
SPECS = {spec.slug: spec for spec in TABLES}


@dataclass(frozen=True)
class Figures:
    tables: dict  # slug -> [Row]
    feedback: dict  # feedback_summary()


def figures():
    """Everything the page and its CSV files show, in the active language (term and region names)."""

    def build():
        return Figures(tables={spec.slug: spec.rows() for spec in TABLES}, feedback=feedback_summary())

    return invalidation.cached(COACHING_TOPIC, f"coaching-statistics:{translation.get_language()}", build)


@dataclass(frozen=True)
class FeedbackRow:
    question: str
    result: float | int
    decimals: int  # shown with this many decimals
    answers: int


def feedback_rows(summary):
    """The feedback summary, one row per question; none while there are no answers."""
    answers = summary["answers"]
    if not answers:
        return []
    return [
        FeedbackRow(gettext("Usefulness of the coaching, average (1–5)"), summary["usefulness"], 1, answers),
        FeedbackRow(gettext("The coach's work, average (1–5)"), summary["coach_rating"], 1, answers),
        FeedbackRow(
            gettext("Would recommend the coaching to another work community, per cent of answers"),
            summary["recommend"],
            0,
            answers,
        ),
    ]


def _route_url(page, base_url, name, **kwargs):
    return base_url + page.reverse_subpage(name, kwargs=kwargs or None)


def _section(page, base_url, spec, rows):
    return section(spec.slug, spec, rows, _route_url(page, base_url, "statistics_csv", table=spec.slug))


def _totals(data):
    return {
        "applications": sum(row.value for row in data.tables["applications"]),
        "completed": sum(row.value for row in data.tables["completed"]),
        "answers": data.feedback["answers"],
    }


def _feedback(summary):
    return [
        {"question": row.question, "result": formats.number_format(row.result, row.decimals), "answers": row.answers}
        for row in feedback_rows(summary)
    ]


def statistics_page(request, page):
    invalidation.depends_on(request, COACHING_TOPIC)
    base_url = page.get_url(request)
    data = figures()
    sections = [_section(page, base_url, spec, data.tables[spec.slug]) for spec in TABLES]
    statistics_url = _route_url(page, base_url, "statistics")
    context = {
        "page": page,
        "self": page,
        "canonical_url": request.build_absolute_uri(statistics_url),
        "translation_urls": page.route_translation_urls(request, "statistics"),
        "totals": _totals(data),
        "application_sections": [section for section in sections if section["slug"] not in FEEDBACK_TABLES],
        "feedback_sections": [section for section in sections if section["slug"] in FEEDBACK_TABLES],
        "feedback": _feedback(data.feedback),
        "feedback_csv_url": _route_url(page, base_url, "statistics_csv", table=FEEDBACK),
        "apply_url": _route_url(page, base_url, "apply"),
    }
    return TemplateResponse(request, "sparraus/statistics.html", context)


def figures_block(request, page):
    """The context of the coaching figures on a content page (the "figures" block, home/blocks.py): the totals,
    the feedback's averages and the applications and completed coachings by year, leading to the statistics
    page (``page``'s) for the rest."""
    invalidation.depends_on(request, COACHING_TOPIC)
    base_url = page.get_url(request)
    data = figures()
    return {
        "totals": _totals(data),
        "feedback": _feedback(data.feedback),
        "feedback_csv_url": _route_url(page, base_url, "statistics_csv", table=FEEDBACK),
        "sections": [_section(page, base_url, SPECS[slug], data.tables[slug]) for slug in BY_YEAR],
        "statistics_url": _route_url(page, base_url, "statistics"),
    }


def _file_name(names):
    language = translation.get_language() or "fi"
    return f"tekojen-tori-{names.get(language, names['fi'])}.csv"


def statistics_csv(request, page, table):
    invalidation.depends_on(request, COACHING_TOPIC)
    if table == FEEDBACK:
        header = [gettext("Question"), gettext("Result"), str(ANSWERS)]
        rows = [[row.question, row.result, row.answers] for row in feedback_rows(figures().feedback)]
        return csv_response(header, rows, _file_name(FEEDBACK_FILE_NAMES))
    spec = SPECS.get(table)
    if spec is None:
        raise Http404
    rows = [[row.label, row.value] for row in figures().tables[table]]
    return csv_response([str(spec.label_heading), str(spec.value_heading)], rows, _file_name(spec.file_names))
