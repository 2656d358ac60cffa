"""The coach directory's views: the coaches with filters, counts and search; a coach's page.

Every state of the directory is a GET URL, read as the deed listing reads its own (teot/facets.py): a
value that names nothing known is dropped, never an error; the values of one filter match any of them,
filters together match all of them. An option's count is the number of coaches the directory would show
were the option ticked too: the coaches matching the search and every *other* filter.

Coaches are few (tens, a few hundred at most). What the filters read of every live active coach of a
language (``catalogue``) is kept until the coaches change (the ``"coaches"`` topic, sparraus/signals.py),
and filtering and counting run on it in Python; a search's matching coaches are kept per language and
words; the listing itself is kept as a fragment (templates/sparraus/directory.html). A directory costs a
fixed number of queries whatever the number of coaches, and none of its own once kept.
"""

import dataclasses
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch
from django.utils.functional import SimpleLazyObject
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from home import invalidation, ratelimit, routing
from home.pagination import pagination
from teot.facets import MAX_VALUES_PER_FACET, clean_text, parse_positive_int
from teot.models.taxonomy import Sector, Theme
from teot.regions import Region

from .models.coaches import LANGUAGES, Coach
from .signals import TOPIC

PER_PAGE = 24
CARD_PHOTO = "fill-400x300-c50"  # the card's {% image %} filter (templates/components/coach_card.html)
WAYS = (("on-site", _("On site")), ("remote", _("Remote")))
ALL_REGIONS = frozenset(Region.values)


# --- What the filters read ------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One coach as the filters see it: the values of each filter, by its parameter."""

    pk: int
    theme: frozenset
    sector: frozenset
    region: frozenset  # empty: the whole country
    language: frozenset
    way: frozenset


@dataclass
class Catalogue:
    entries: list  # by name
    terms: dict  # "theme" and "sector": {slug: name}, in the taxonomy's order


def catalogue(locale_id):
    """The live active coaches of a language and the terms they may be filed under, kept until coaches change."""

    def build():
        coaches = (
            Coach.objects.live_in(locale_id)
            .filter(active=True)
            .only("pk", "name", "regions", "languages", "on_site", "remote")
            .prefetch_related(
                Prefetch("themes", queryset=Theme.objects.only("pk", "slug")),
                Prefetch("sectors", queryset=Sector.objects.only("pk", "slug")),
            )
        )
        entries = [
            Entry(
                pk=coach.pk,
                theme=frozenset(theme.slug for theme in coach.themes.all()),
                sector=frozenset(sector.slug for sector in coach.sectors.all()),
                region=frozenset(coach.regions) & ALL_REGIONS,
                language=frozenset(coach.languages),
                way=frozenset(ways(coach, labels=False)),
            )
            for coach in sorted(coaches, key=lambda coach: (coach.name.casefold(), coach.pk))
        ]
        return Catalogue(entries, {"theme": terms(Theme, locale_id), "sector": terms(Sector, locale_id)})

    return invalidation.cached(TOPIC, f"coach-catalogue:{locale_id}", build)


def terms(model, locale_id):
    """``{slug: name}`` of a taxonomy in this language, else the default language's, in the taxonomy's order.

    A translated coach carries the default language's term where the term has no translation
    (``sync_translated_terms``), as a translated deed does (``teot.facets.Context.terms``).
    """
    rows = model.objects.filter(Q(locale_id=locale_id) | Q(locale__language_code=settings.LANGUAGE_CODE))
    found = {}
    for term in rows.only("slug", "name", "sort_order", "locale_id"):
        if term.slug not in found or term.locale_id == locale_id:
            found[term.slug] = term
    ordered = sorted(found.values(), key=lambda term: (term.sort_order, term.name.casefold()))
    return {term.slug: term.name for term in ordered}


def ways(coach, labels=True):
    """How the coach works: on site, remotely or both (their labels, or their values in the directory's URLs)."""
    chosen = {"on-site": coach.on_site, "remote": coach.remote}
    return [label if labels else value for value, label in WAYS if chosen[value]]


# --- The filters ----------------------------------------------------------------------------


class Filter:
    """One group of checkboxes: the GET parameter ``param``, matching ``Entry``'s field of that name."""

    def __init__(self, param, legend, choices=None, hint=""):
        self.param = param
        self.legend = legend
        self.hint = hint
        self._choices = choices

    def choices(self, known):
        """``[(value, label)]`` in the order the options are listed."""
        if self._choices is None:  # a taxonomy's terms
            return list(known.terms[self.param].items())
        return [(value, capfirst(str(label))) for value, label in self._choices]

    def values(self, entry):
        return getattr(entry, self.param)

    def matches(self, entry, selected):
        return not self.values(entry).isdisjoint(selected)


class RegionFilter(Filter):
    """A coach who works all over the country works in every region."""

    def values(self, entry):
        return entry.region or ALL_REGIONS


FILTERS = (
    Filter("theme", _("Theme")),
    Filter("sector", _("Sector")),
    RegionFilter(
        "region",
        _("Region"),
        Region.choices,
        hint=_("Coaches who work all over Finland are counted in every region."),
    ),
    Filter("language", _("Language of coaching"), LANGUAGES),
    Filter("way", _("Way of working"), WAYS),
)


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    dom_id: str


@dataclass
class Group:
    definition: Filter
    options: list

    @property
    def param(self):
        return self.definition.param

    @property
    def legend(self):
        return self.definition.legend

    @property
    def hint(self):
        return self.definition.hint


# --- Reading the GET parameters -------------------------------------------------------------


@dataclass
class State:
    """Everything a directory URL says, cleaned."""

    q: str = ""
    selected: dict = field(default_factory=dict)  # param -> [values], in option order
    page: int = 1

    @property
    def has_filters(self):
        return bool(self.q or any(self.selected.values()))

    def params(self, **changes):
        """The query parameters of this state (with changes), without defaults, in a stable order."""
        q = changes.get("q", self.q)
        selected = changes.get("selected", self.selected)
        page = changes.get("page", self.page)
        pairs = [("q", q)] if q else []
        for each in FILTERS:
            pairs.extend((each.param, value) for value in selected.get(each.param, []))
        if page != 1:
            pairs.append(("page", page))
        return pairs

    def query_string(self, **changes):
        pairs = self.params(**changes)
        return "?" + urlencode(pairs) if pairs else ""

    def without(self, param, value=None):
        """The query string with one option (or the search, ``param="q"``) removed, back on page 1."""
        if param == "q":
            return self.query_string(q="", page=1)
        selected = {key: [v for v in values if (key, v) != (param, value)] for key, values in self.selected.items()}
        return self.query_string(selected=selected, page=1)


def parse_state(query, known):
    """A ``State`` from a QueryDict: values no option has are dropped, never an error."""
    selected = {}
    for each in FILTERS:
        wanted = {raw.strip() for raw in query.getlist(each.param)[:MAX_VALUES_PER_FACET]}
        values = [value for value, _label in each.choices(known) if value in wanted]
        if values:
            selected[each.param] = values
    return State(q=clean_text(query.get("q", "")), selected=selected, page=parse_positive_int(query.get("page"), 1))


# --- Searching, filtering and counting ------------------------------------------------------


def search_ids(locale_id, q):
    """The ids of the live active coaches of a language that match every word of ``q`` in any inflected form.

    The site search's backend (home/search/) runs once per language and words; the ids are kept until
    coaches change.
    """
    # Imported here: the search modules need the app registry, which is loading the page model importing this one.
    from home.search.results import matching

    def build():
        coaches = Coach.objects.live_in(locale_id).filter(active=True)
        return frozenset(matching(coaches, q).values_list("pk", flat=True))

    return invalidation.cached(TOPIC, f"coach-search:{locale_id}:{hashlib.sha256(q.encode()).hexdigest()[:32]}", build)


def count(known, state, found=None):
    """``(groups, ids)``: every filter with its options counted for the selection, and the coaches shown.

    ``found``: the ids the search matched (None: no search). Options are those some coach would give,
    and every selected one even when none does.
    """
    searched = [entry for entry in known.entries if found is None or entry.pk in found]
    selected = {param: set(values) for param, values in state.selected.items()}

    def passes(entry, skip=None):
        return all(
            each.matches(entry, selected[each.param])
            for each in FILTERS
            if each.param in selected and each.param != skip
        )

    groups = []
    for each in FILTERS:
        counts = Counter(value for entry in searched if passes(entry, skip=each.param) for value in each.values(entry))
        chosen = selected.get(each.param, set())
        options = [
            Option(value, label, counts[value], value in chosen, f"filter-{each.param}-{value}")
            for value, label in each.choices(known)
            if counts[value] or value in chosen
        ]
        groups.append(Group(each, options))
    return groups, [entry.pk for entry in searched if passes(entry)]


def active_filters(state, groups, listing_url):
    """The search and the ticked options, each with the URL that removes it."""
    found = []
    if state.q:
        found.append({"legend": _("Search"), "label": state.q, "url": listing_url + state.without("q")})
    for group in groups:
        for option in group.options:
            if option.selected:
                url = listing_url + state.without(group.param, option.value)
                found.append({"legend": group.legend, "label": option.label, "url": url})
    return found


def cards(ids, request, page):
    """The coaches of ``ids``, in that order, with what their cards show and ``url``: a fixed number of queries."""
    photos = get_image_model().objects.prefetch_renditions(CARD_PHOTO)
    coaches = (
        Coach.objects.filter(pk__in=ids, live=True, active=True)
        .prefetch_related("themes", Prefetch("photo", queryset=photos))
        .in_bulk()
    )
    shown = [coaches[pk] for pk in ids if pk in coaches]
    for coach in shown:
        coach.url = page.coach_url(coach, request)
    return shown


# --- The directory --------------------------------------------------------------------------


def listing(request, page):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    known = catalogue(page.locale_id)
    state = parse_state(request.GET, known)
    listing_url = page.get_url(request)
    context = {"page": page, "self": page, "state": state, "listing_url": listing_url, "clear_url": listing_url}
    # The words run the site search's full-text query: they count against the same per-visitor limit.
    if state.q and not ratelimit.allow(request, ratelimit.SEARCH, ratelimit.search_limit()):
        return rate_limited(request, page, known, state, context)

    groups, shown = count(known, state, search_ids(page.locale_id, state.q) if state.q else None)
    paginator = Paginator(shown, PER_PAGE)
    # Past the last page (an old shared link) shows the last page rather than an error.
    state.page = min(state.page, paginator.num_pages)
    page_obj = paginator.page(state.page)
    context.update(
        groups=groups,
        active_filters=active_filters(state, groups, listing_url),
        result_count=len(shown),
        page_obj=page_obj,
        pagination=pagination(page_obj, lambda number: listing_url + state.query_string(page=number)),
        # Lazy: the template keeps the listing in the cache and reads the coaches only to build it.
        coaches=SimpleLazyObject(lambda: cards(page_obj.object_list, request, page)),
        listing_key=state.query_string(),
    )
    return TemplateResponse(request, page.template, context)


def rate_limited(request, page, known, state, context):
    """A 429 with the filter form as it was sent; the options are counted without the words."""
    seconds = ratelimit.retry_after(request, ratelimit.SEARCH, ratelimit.search_limit())
    browsing = dataclasses.replace(state, q="", page=1)
    groups, _shown = count(known, browsing)
    context.update(
        rate_limited=True,
        retry_after=seconds,
        groups=groups,
        browse_url=context["listing_url"] + browsing.query_string(),
    )
    response = TemplateResponse(request, page.template, context, status=429)
    return ratelimit.refused(response, seconds)


# --- A coach's page -------------------------------------------------------------------------


def coach_page(request, page, slug):
    """The coach's page at ``<directory>/<slug>/``: only a live active coach of the directory's language."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    coach = (
        Coach.objects.live_in(page.locale_id).filter(slug=slug, active=True).select_related("photo", "locale").first()
    )
    if coach is None:
        raise Http404
    return TemplateResponse(request, "sparraus/coach.html", coach_context(request, coach, page))


def coach_context(request, coach, page):
    """The public page's context. The admin's preview gives the template only ``coach`` and ``page`` (the
    directory, or None): what both show beyond the coach's fields comes from ``page_data``."""
    return {
        "page": page,
        "self": page,
        "coach": coach,
        "meta_title": coach.name,
        "meta_description": coach.summary,
        "social_image": coach.photo,
        "og_type": "profile",
        "canonical_url": request.build_absolute_uri(page.coach_url(coach, request)),
        "translation_urls": translation_urls(request, coach, page),
    }


def page_data(request, coach, page):
    """What the coach page shows beyond the coach's own fields, for the public page and the preview alike.

    In a preview the coach's terms may exist only in memory, in the form's data.
    """
    return {
        "themes": list(coach.themes.all()),
        "sectors": list(coach.sectors.all()),
        "keywords": coach.keyword_list(),
        "regions": coach.get_regions_display(),
        "languages": coach.get_languages_display(),
        "ways": ways(coach),
        "listing_url": (page.get_url(request) or "") if page is not None else "",
        "application_url": application_url(page, coach, request),
    }


def application_url(page, coach, request=None):
    """The application form with this coach chosen (``hae/?coach=<pk>``), or "" when there is none to link to."""
    if page is None or coach.pk is None or not coach.active:
        return ""
    base = page.get_url(request)
    try:
        route = page.reverse_subpage("apply")
    except NoReverseMatch:  # a directory without the form
        return ""
    return f"{base}{route}?{urlencode({'coach': coach.pk})}" if base else ""


def directories(page_model):
    """``{locale id: the live directory of that language}`` (the first in the tree), kept until the tree changes."""

    def find():
        pages = page_model.objects.live().select_related("locale").order_by("-path")
        return {directory.locale_id: directory for directory in pages}  # the last set, the first in the tree, wins

    return invalidation.cached(routing.TOPICS, "coach-directories", find)


def translation_urls(request, coach, page):
    """The coach's page in every language the coach is published (and active) in, for hreflang and the switcher."""

    def build():
        translations = Coach.objects.filter(translation_key=coach.translation_key, live=True, active=True)
        pages = directories(type(page))
        return {
            other.locale.language_code: pages[other.locale_id].coach_url(other, request)
            for other in translations.select_related("locale")
            if other.locale_id in pages and other.slug
        }

    key = f"coach-translations:{coach.translation_key}:{request.get_host()}"
    return invalidation.cached([TOPIC, *routing.TOPICS], key, build)
