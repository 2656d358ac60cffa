"""The public deed listing's query: facets, free-text search, sorting and paging, read from GET parameters.

Every state of the listing is a GET URL. Parameters are read defensively: a
value that is malformed or names nothing we know is dropped, so no URL can
make the listing fail. Facets are definitions: the listing's own (``FACETS``), then
those other apps register with the ``register_deed_facet`` hook (the galas' "awarded").

Counts follow the usual faceted-search rule: an option's count is the number
of deeds the listing would show if that option were ticked too, i.e. the deeds
matching the search and every *other* facet's selection (OR within a facet,
AND across facets).

The search runs once per query: its matching deed ids are kept (``signals.cached``)
and everything else (each facet's grouped count, the results) filters on that id
list instead of searching again. The counts and the number of results are kept
too, per language and selection, until the deeds change: a listing costs a fixed
number of queries whatever the number of deeds, and far fewer once counted.
"""

import hashlib
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, F, Lookup
from django.db.models.lookups import In
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Locale

from .models.deeds import NEWEST_FIRST, Deed
from .models.organisations import Campaign, Organisation
from .models.taxonomy import Sector, Theme
from .regions import Region
from .signals import cached

MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 50
PAGE_SIZES = (12, 24, 48)
DEFAULT_PAGE_SIZE = PAGE_SIZES[0]
MAX_INT = 2**31 - 1  # ids and numbers beyond a 32-bit integer are not ours; PostgreSQL would refuse them
SLUG_RE = re.compile(r"^[-a-zA-Z0-9_]{1,120}$")

SORTS = {
    "newest": (_("Newest first"), NEWEST_FIRST),
    "oldest": (_("Oldest first"), (F("first_published_at").asc(nulls_last=True), "pk")),
    "title": (_("Title (A–Z)"), ("title", "pk")),
}
DEFAULT_SORT = "newest"
FACET_HOOK = "register_deed_facet"


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    dom_id: str = ""


class Context:
    """What one request's facets share: the language, and terms loaded once."""

    def __init__(self, locale):
        self.locale = locale
        self.language_code = locale.language_code
        self.labels = {}  # facet param -> {value: label} learned from queries
        self._terms = {}

    def terms(self, model):
        """``{slug: term}`` of a taxonomy in this language, falling back to the default language's.

        A translated deed carries the default language's term where the term
        has no translation (see ``sync_translated_terms``).
        """
        if model not in self._terms:
            default_id = Locale.get_default().pk if self.language_code != settings.LANGUAGE_CODE else self.locale.pk
            terms = {}
            for term in model.objects.filter(locale_id__in={self.locale.pk, default_id}):
                if term.slug not in terms or term.locale_id == self.locale.pk:
                    terms[term.slug] = term
            self._terms[model] = terms
        return self._terms[model]


class Facet:
    """One group of checkboxes: a GET parameter whose values filter ``field``."""

    def __init__(self, param, legend, field):
        self.param = param
        self.legend = legend
        self.field = field

    def parse(self, raw):
        """The value in its URL form, or None when it cannot be one (checked without the database)."""
        return raw if SLUG_RE.match(raw) else None

    def known(self, values, context):
        """The values that name something that exists."""
        return values

    def filter(self, queryset, values):
        return queryset.filter(**{f"{self.field}__in": values})

    def count(self, queryset, context):
        """``{value: number of deeds}``, in one query."""
        rows = queryset.order_by().values(self.field).annotate(n=Count("pk", distinct=True))
        return {str(row[self.field]): row["n"] for row in rows if row[self.field] is not None}

    def label(self, value, context):
        return context.labels.get(self.param, {}).get(value, value)

    def sort_key(self, option, context):
        return option.label.casefold()

    def options(self, counts, selected, context):
        """Options with deeds for the current selection, and every selected one even with none."""
        values = set(counts) | set(selected)
        options = [
            Option(
                value=value,
                label=self.label(value, context),
                count=counts.get(value, 0),
                selected=value in selected,
                dom_id=f"filter-{self.param}-{value}",
            )
            for value in values
        ]
        return sorted(options, key=lambda option: self.sort_key(option, context))


class ChoiceFacet(Facet):
    """A facet over a field with fixed choices (region, organisation type)."""

    def __init__(self, param, legend, field, choices):
        super().__init__(param, legend, field)
        self.choices = choices

    def parse(self, raw):
        return raw if raw in dict(self.choices) else None

    def label(self, value, context):
        return capfirst(str(dict(self.choices)[value]))

    def sort_key(self, option, context):
        return [value for value, _label in self.choices].index(option.value)


class TaxonomyFacet(Facet):
    """Sectors or themes: by slug, a deed matching any ticked term."""

    def __init__(self, param, legend, model, relation):
        super().__init__(param, legend, f"{relation}__slug")
        self.model = model
        self.relation = relation

    def known(self, values, context):
        return [value for value in values if value in context.terms(self.model)]

    def filter(self, queryset, values):
        # A subquery rather than a join: a deed with two ticked terms is still one row.
        through = getattr(Deed, self.relation).through
        links = through.objects.filter(**{f"{self.model._meta.model_name}__slug__in": values})
        return queryset.filter(pk__in=links.values("deed_id"))

    def label(self, value, context):
        term = context.terms(self.model).get(value)
        return term.name if term else value

    def sort_key(self, option, context):
        term = context.terms(self.model).get(option.value)
        return (term.sort_order if term else 0, option.label.casefold())


class OrganisationFacet(Facet):
    """By organisation: only approved ones, so an organisation typed in the public form is offered (and
    counted, and named in the active filters) only once a moderator has approved it."""

    def __init__(self):
        super().__init__("organisation", _("Organisation"), "organisation_id")

    def parse(self, raw):
        if raw.isascii() and raw.isdigit() and len(raw) <= 10 and 0 < int(raw) <= MAX_INT:
            return str(int(raw))
        return None

    def known(self, values, context):
        organisations = Organisation.objects.approved().filter(pk__in=values)
        labels = context.labels.setdefault(self.param, {})
        for organisation in organisations:
            labels[str(organisation.pk)] = organisation.localized_name(context.language_code)
        return [value for value in values if value in labels]

    def count(self, queryset, context):
        rows = (
            queryset.order_by()
            .filter(organisation__is_approved=True)
            .values("organisation_id", "organisation__name", "organisation__name_sv")
            .annotate(n=Count("pk", distinct=True))
        )
        labels = context.labels.setdefault(self.param, {})
        counts = {}
        for row in rows:
            value = str(row["organisation_id"])
            organisation = Organisation(name=row["organisation__name"], name_sv=row["organisation__name_sv"])
            labels[value] = organisation.localized_name(context.language_code)
            counts[value] = row["n"]
        return counts


class CampaignFacet(Facet):
    def __init__(self):
        super().__init__("campaign", _("Campaign"), "campaign__slug")

    def known(self, values, context):
        labels = context.labels.setdefault(self.param, {})
        years = context.labels.setdefault("campaign-year", {})
        for campaign in Campaign.objects.filter(slug__in=values):
            labels[campaign.slug] = campaign.name
            years[campaign.slug] = campaign.year
        return [value for value in values if value in labels]

    def count(self, queryset, context):
        rows = (
            queryset.order_by()
            .filter(campaign__isnull=False)
            .values("campaign__slug", "campaign__name", "campaign__year")
            .annotate(n=Count("pk", distinct=True))
        )
        labels = context.labels.setdefault(self.param, {})
        years = context.labels.setdefault("campaign-year", {})
        counts = {}
        for row in rows:
            labels[row["campaign__slug"]] = row["campaign__name"]
            years[row["campaign__slug"]] = row["campaign__year"]
            counts[row["campaign__slug"]] = row["n"]
        return counts

    def sort_key(self, option, context):
        return (-context.labels.get("campaign-year", {}).get(option.value, 0), option.label.casefold())


class YearFacet(Facet):
    def __init__(self):
        super().__init__("year", _("Year"), "year")

    def parse(self, raw):
        if raw.isascii() and raw.isdigit() and len(raw) == 4 and 1990 <= int(raw) <= 2100:
            return raw
        return None

    def label(self, value, context):
        return value

    def sort_key(self, option, context):
        return -int(option.value)


FACETS = (
    TaxonomyFacet("sector", _("Sector"), Sector, "sectors"),
    TaxonomyFacet("theme", _("Theme"), Theme, "themes"),
    ChoiceFacet("region", _("Region"), "organisation__region", Region.choices),
    ChoiceFacet("type", _("Organisation type"), "organisation__type", Organisation.Type.choices),
    OrganisationFacet(),
    CampaignFacet(),
    YearFacet(),
)


def listing_facets():
    """The listing's facets in form order: its own, then each hook's (a parameter already taken is skipped)."""
    found = {}
    for facet in [*FACETS, *(hook() for hook in hooks.get_hooks(FACET_HOOK))]:
        found.setdefault(facet.param, facet)
    return list(found.values())


# --- Reading the GET parameters -----------------------------------------------------------


def clean_text(raw):
    """Free text from a URL: no NUL bytes (PostgreSQL refuses them), no runaway length."""
    return " ".join(raw.replace("\x00", "").split())[:MAX_QUERY_LENGTH].strip()


def parse_choice(raw, choices, default):
    return raw if raw in choices else default


def parse_positive_int(raw, default=1):
    raw = (raw or "").strip()
    if raw.isascii() and raw.isdigit() and len(raw) <= 9 and int(raw) > 0:
        return int(raw)
    return default


@dataclass
class ListingState:
    """Everything a listing URL says, cleaned."""

    q: str = ""
    selected: dict = field(default_factory=dict)  # facet param -> [values]
    sort: str = DEFAULT_SORT
    per_page: int = DEFAULT_PAGE_SIZE
    page: int = 1

    @property
    def has_filters(self):
        return bool(self.q or any(self.selected.values()))

    def params(self, **changes):
        """The query parameters of this state (with changes), without defaults, in a stable order."""
        state = {
            "q": self.q,
            "selected": {param: list(values) for param, values in self.selected.items()},
            "sort": self.sort,
            "per_page": self.per_page,
            "page": self.page,
            **changes,
        }
        pairs = []
        if state["q"]:
            pairs.append(("q", state["q"]))
        for facet in listing_facets():
            pairs.extend((facet.param, value) for value in state["selected"].get(facet.param, []))
        if state["sort"] != DEFAULT_SORT:
            pairs.append(("sort", state["sort"]))
        if state["per_page"] != DEFAULT_PAGE_SIZE:
            pairs.append(("per_page", state["per_page"]))
        if state["page"] != 1:
            pairs.append(("page", state["page"]))
        return pairs

    def selection_key(self):
        """What the counts depend on (the search and the ticked options), short enough for a cache key."""
        pairs = self.params(sort=DEFAULT_SORT, per_page=DEFAULT_PAGE_SIZE, page=1)
        return hashlib.sha256(urlencode(pairs).encode()).hexdigest()[:32]

    def query_string(self, **changes):
        pairs = self.params(**changes)
        return "?" + urlencode(pairs) if pairs else ""

    def without(self, param, value=None):
        """The query string with one filter (or the search, ``param="q"``) removed, back on page 1."""
        if param == "q":
            return self.query_string(q="", page=1)
        selected = {
            key: [v for v in values if not (key == param and v == value)] for key, values in self.selected.items()
        }
        return self.query_string(selected=selected, page=1)


def parse_state(query, context):
    """A ``ListingState`` from a QueryDict: unknown or malformed values are dropped, never an error."""
    selected = {}
    for facet in listing_facets():
        values = []
        for raw in query.getlist(facet.param)[:MAX_VALUES_PER_FACET]:
            value = facet.parse(raw.strip())
            if value is not None and value not in values:
                values.append(value)
        values = facet.known(values, context) if values else []
        if values:
            selected[facet.param] = values
    return ListingState(
        q=clean_text(query.get("q", "")),
        selected=selected,
        sort=parse_choice(query.get("sort", ""), SORTS, DEFAULT_SORT),
        per_page=parse_choice(parse_positive_int(query.get("per_page"), 0), PAGE_SIZES, DEFAULT_PAGE_SIZE),
        page=parse_positive_int(query.get("page"), 1),
    )


# --- Querying -----------------------------------------------------------------------------


def search(queryset, q):
    """Deeds that match every word of ``q`` in any inflected form (the site search's backend)."""
    # Imported here: the search modules need the app registry, which is loading these models.
    from home.search.results import matching

    return matching(queryset, q) if q.strip() else queryset


class AnyOf(Lookup):
    """``pk = ANY('{1,2,…}')``: thousands of ids as one array literal (``id_array``), which PostgreSQL reads
    far faster than a driver adapts a list of numbers; ``IN`` on other databases."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        ids = [int(pk) for pk in self.rhs.strip("{}").split(",") if pk]
        return In(self.lhs, ids).as_sql(compiler, connection)

    def as_postgresql(self, compiler, connection):
        lhs, params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s::bigint[])", (*params, self.rhs)


def id_array(ids):
    return "{" + ",".join(str(pk) for pk in ids) + "}"


def matching_deeds(locale, q):
    """The live deeds of this language that match ``q``: the full-text search runs once, then its ids stand in."""
    deeds = Deed.objects.live_in(locale)
    if not q.strip():
        return deeds
    key = f"deed-search:{locale.pk}:{hashlib.sha256(q.encode()).hexdigest()[:32]}"
    ids = cached(key, lambda: id_array(search(deeds, q).order_by().values_list("pk", flat=True)))
    return deeds.filter(AnyOf(F("pk"), ids))


def apply_facets(queryset, state, skip=None):
    """The queryset narrowed by every facet's selection except ``skip``'s."""
    for facet in listing_facets():
        values = state.selected.get(facet.param)
        if values and facet.param != skip:
            queryset = facet.filter(queryset, values)
    return queryset


def sort_deeds(queryset, sort):
    return queryset.order_by(*SORTS[sort][1])


@dataclass
class FacetGroup:
    facet: Facet
    options: list

    @property
    def param(self):
        return self.facet.param

    @property
    def legend(self):
        return self.facet.legend


@dataclass
class Counts:
    groups: list
    total: int  # deeds matching the search and every selection


def count(matching, state, context):
    """Each facet with its options counted for the current selection, and the number of results.

    Counted over ``matching_deeds`` (one query per facet and one for the total) and then kept,
    with the labels the counting learned, until the deeds change.
    """

    def build():
        counts = {
            facet.param: facet.count(apply_facets(matching, state, skip=facet.param), context)
            for facet in listing_facets()
        }
        return counts, context.labels, apply_facets(matching, state).count()

    key = f"deed-facets:{context.locale.pk}:{state.selection_key()}"
    counts, labels, total = cached(key, build)
    for param, values in labels.items():
        context.labels.setdefault(param, {}).update(values)
    groups = [
        FacetGroup(facet, facet.options(counts.get(facet.param, {}), state.selected.get(facet.param, []), context))
        for facet in listing_facets()
    ]
    return Counts(groups, total)


class CountedPaginator(Paginator):
    """A paginator told the number of objects (already counted) instead of counting them again."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @cached_property
    def count(self):
        return self.known_count


def active_filters(state, groups):
    """The current search and ticked options, each with the query string that removes it."""
    filters = []
    if state.q:
        filters.append({"legend": _("Search"), "label": state.q, "remove": state.without("q")})
    for group in groups:
        for option in group.options:
            if option.selected:
                filters.append(
                    {"legend": group.legend, "label": option.label, "remove": state.without(group.param, option.value)}
                )
    return filters
