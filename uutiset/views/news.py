"""The news listing and the story series pages of a news index, every state a shareable GET URL.

GET parameters are read defensively, as in the deed listing: a value is only
used when it is one of the options the listing offers (computed from the
index's own news), so a malformed or unknown value is dropped, never an error.
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import F, Prefetch
from django.http import Http404, HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from home import invalidation
from home.pagination import pagination
from teot.facets import parse_positive_int
from uutiset.models.series import Series

PER_PAGE = 12
CARD_IMAGE = "fill-400x250"  # the rendition components/news_card.html shows
NEWEST_FIRST = ("-date", F("first_published_at").desc(nulls_last=True), "-pk")


def for_cards(news):
    """What a news card shows, in a fixed number of queries whatever the number of cards."""
    images = get_image_model().objects.prefetch_renditions(CARD_IMAGE)
    return news.select_related("series").prefetch_related(Prefetch("image", queryset=images))


# --- Filters --------------------------------------------------------------------------------


@dataclass
class Filter:
    """One select of the filter form: a GET parameter, the values the news use and the chosen one."""

    param: str
    legend: str
    all_label: str
    options: list  # [(value, label)]
    narrow: Callable  # (queryset, value) -> queryset
    value: str = ""

    @property
    def label(self):
        return dict(self.options).get(self.value, "")


def series_options(news, locale_id):
    """The story series (in the index's language) that have news, by name; one query."""
    rows = (
        news.filter(series__locale_id=locale_id)
        .order_by("series__name")
        .values_list("series__slug", "series__name")
        .distinct()
    )
    return list(rows)


def term_options(news, relation, locale_id):
    """The sectors or themes the news are filed under, in taxonomy order; one query.

    A term without a translation stays in the default language on a translated
    item (see ``localize_terms``); the index's own language wins a tie of slugs.
    """
    rows = (
        news.filter(**{f"{relation}__isnull": False})
        .order_by()
        .values_list(f"{relation}__slug", f"{relation}__name", f"{relation}__sort_order", f"{relation}__locale_id")
        .distinct()
    )
    terms = {}
    for slug, name, sort_order, term_locale_id in rows:
        if slug not in terms or term_locale_id == locale_id:
            terms[slug] = (sort_order, name.casefold(), name)
    return [(slug, name) for slug, (*_order, name) in sorted(terms.items(), key=lambda term: term[1])]


def year_options(news):
    """The years that have news, newest first; one query."""
    return [(str(day.year), str(day.year)) for day in news.order_by().dates("date", "year", order="DESC")]


def has_term(relation):
    def narrow(queryset, slug):
        # A subquery rather than a join: an item filed under two terms of one slug stays one row.
        return queryset.filter(pk__in=queryset.model.objects.filter(**{f"{relation}__slug": slug}).values("pk"))

    return narrow


def filter_options(news, index_page):
    """Each filter's options; kept in the cache until pages, series or terms change (four queries)."""

    def build():
        locale_id = index_page.locale_id
        return {
            "series": series_options(news, locale_id),
            "sector": term_options(news, "sectors", locale_id),
            "theme": term_options(news, "themes", locale_id),
            "year": year_options(news),
        }

    return invalidation.cached(["tree", "news", "deeds"], f"news-filters:{index_page.pk}", build)


def listing_filters(news, index_page, query):
    locale_id = index_page.locale_id
    options = filter_options(news, index_page)
    filters = [
        Filter(
            "series",
            _("Story series"),
            _("All story series"),
            options["series"],
            lambda queryset, slug: queryset.filter(series__slug=slug, series__locale_id=locale_id),
        ),
        Filter("sector", _("Sector"), _("All sectors"), options["sector"], has_term("sectors")),
        Filter("theme", _("Theme"), _("All themes"), options["theme"], has_term("themes")),
        Filter(
            "year",
            _("Year"),
            _("All years"),
            options["year"],
            lambda queryset, year: queryset.filter(date__year=int(year)),
        ),
    ]
    for listing_filter in filters:
        # QueryDict.get gives the last of repeated values, like the other single-choice parameters.
        raw = query.get(listing_filter.param, "")
        if raw in dict(listing_filter.options):
            listing_filter.value = raw
    return filters


def query_string(selected, page=1):
    """``?series=…&page=…`` for the chosen ``{param: value}``, in a stable order, without defaults."""
    pairs = [(param, value) for param, value in selected.items() if value]
    if page > 1:
        pairs.append(("page", page))
    return "?" + urlencode(pairs) if pairs else ""


def paginate(request, news, url_for):
    """The requested page of news cards (past the end: the last page; not a page number: the first)."""
    paginator = Paginator(for_cards(news.order_by(*NEWEST_FIRST)), PER_PAGE)
    number = min(parse_positive_int(request.GET.get("page"), 1), paginator.num_pages)
    page_obj = paginator.page(number)
    return page_obj, pagination(page_obj, url_for)


# --- Views ----------------------------------------------------------------------------------


def news_listing(request, index_page):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])

    news = index_page.live_news()
    filters = listing_filters(news, index_page, request.GET)
    results = news
    for listing_filter in filters:
        if listing_filter.value:
            results = listing_filter.narrow(results, listing_filter.value)
    selected = {listing_filter.param: listing_filter.value for listing_filter in filters}

    listing_url = index_page.get_url(request)
    page_obj, pages = paginate(request, results, lambda number: listing_url + query_string(selected, number))
    active_filters = [
        {
            "legend": listing_filter.legend,
            "label": listing_filter.label,
            "url": listing_url + query_string({**selected, listing_filter.param: ""}),
        }
        for listing_filter in filters
        if listing_filter.value
    ]
    series_filter = filters[0]
    return TemplateResponse(
        request,
        "uutiset/news_index.html",
        {
            "page": index_page,
            "filters": filters,
            "active_filters": active_filters,
            "news_items": page_obj.object_list,
            "page_obj": page_obj,
            "result_count": page_obj.paginator.count,
            "pagination": pages,
            "listing_url": listing_url,
            "listing_key": query_string(selected, page_obj.number),
            "series_links": [
                {"name": name, "url": listing_url + index_page.reverse_subpage("series", args=[slug])}
                for slug, name in series_filter.options
            ],
        },
    )


def series_page(request, index_page, slug):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    series = Series.objects.filter(locale_id=index_page.locale_id, slug=slug).first()
    if series is None:
        raise Http404

    series_url = index_page.series_url(series, request)
    page_obj, pages = paginate(
        request, index_page.live_news().filter(series=series), lambda number: series_url + query_string({}, number)
    )
    return TemplateResponse(
        request,
        "uutiset/series.html",
        {
            "page": index_page,
            "series": series,
            "news_items": page_obj.object_list,
            "page_obj": page_obj,
            "result_count": page_obj.paginator.count,
            "pagination": pages,
            "listing_url": index_page.get_url(request),
            "canonical_url": request.build_absolute_uri(series_url),
            "translation_urls": series_translation_urls(request, index_page, series),
            "meta_title": series.name,
            "meta_description": Truncator(series.description).chars(300),
        },
    )


def series_translation_urls(request, index_page, series):
    """The series in each language its news index is published in; that index where the series is untranslated."""
    translations = {other.locale_id: other for other in series.get_translations(inclusive=True)}
    indexes = type(index_page).objects.live().filter(translation_key=index_page.translation_key)
    return {
        index.locale.language_code: (
            index.series_url(translations[index.locale_id], request)
            if index.locale_id in translations
            else index.get_url(request)
        )
        for index in indexes.select_related("locale")
    }
