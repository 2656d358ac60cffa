"""The search page: ``/fi/haku/?q=…``, ``/sv/sok/?q=…``, ``/en/search/?q=…``."""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page

from home import invalidation, ratelimit, routing
from home.invalidation import depends_on
from home.pagination import pagination

from .backend import query_words
from .excerpts import Highlighter
from .kinds import kind_topics, search_kinds
from .results import MAX_RESULTS, SiteSearch, describe
from .suggestions import candidates

MAX_QUERY_LENGTH = 200  # a longer text is no search; Wagtail records at most 255 characters of a query
FEW_HITS = 3  # fewer hits than this, and the page offers other words that find more


def rate_limit():
    """``(searches, seconds)`` per client (setting ``SEARCH_RATE_LIMIT``), or ``None`` for no limit."""
    return ratelimit.search_limit()


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search words"),
        max_length=MAX_QUERY_LENGTH,
        error_messages={"required": _("Type what you are looking for.")},
        widget=forms.TextInput(attrs={"type": "search", "enterkeyhint": "search"}),
    )

    def clean_q(self):
        q = self.cleaned_data["q"]
        if not query_words(q):
            raise ValidationError(_("Type at least one word of letters or numbers."), code="no_words")
        return q


@require_safe
def search(request):
    form = SearchForm(request.GET if "q" in request.GET else None)
    depends_on(request, "pages", "deeds", *kind_topics())
    kind_slug = request.GET.get("type", "")
    context = {"form": form, "translation_urls": language_urls(request), "search_page": True}
    if not form.is_bound:
        return render(request, "home/search.html", context)
    if not ratelimit.allow(request, ratelimit.SEARCH, rate_limit()):
        # Searches cost the database; a client searching faster than a person waits a while. The bound
        # form keeps the words in the search box.
        seconds = ratelimit.retry_after(request, ratelimit.SEARCH, rate_limit())
        kind = next((kind for kind in search_kinds() if kind.slug == kind_slug), None)
        context.update(rate_limited=True, retry_after=seconds, kind=kind)
        return ratelimit.refused(render(request, "home/search.html", context, status=429), seconds)
    if not form.is_valid():
        return render(request, "home/search.html", context, status=400)

    q = form.cleaned_data["q"]
    locale = Locale.get_active()
    site_search = SiteSearch(q, locale, kind_slug)
    exact = request.GET.get("exact") == "1"  # "search instead for": the words as typed, never replaced
    page = request.GET.get("page", "")
    promoted = []
    first_page = not page.isdigit() or page.lstrip("0") in ("", "1")  # not a number: the paginator's page 1
    if first_page and site_search.kind is None:
        query = Query.get(q)
        query.add_hit()  # popular searches: the admin's Reports → Search terms
        promoted = promotions(query, locale)

    def url_for(page=1, kind=site_search.kind, query=q, exact=exact):
        params = {"q": query, "type": kind.slug if kind else "", "exact": "1" if exact else ""}
        params["page"] = page if page > 1 else ""
        return "?" + urlencode({name: value for name, value in params.items() if value})

    def find():
        searched, counts = site_search, site_search.counts()
        replaced = suggested = None
        if not exact:
            searched, counts, replaced, suggested = reconsider(site_search, counts)
        page_obj, total = searched.paginate(page, counts)
        all_count = sum(count for _kind, count in counts)
        return {
            "query": replaced.query if replaced else q,
            "replaced": replaced,
            "suggested": suggested and {"query": suggested.query, "url": url_for(query=suggested.query)},
            "kind_links": [
                {
                    "kind": kind,
                    "count": count_label(count),
                    "url": url_for(kind=kind),
                    "current": kind == site_search.kind,
                }
                for kind, count in counts
            ],
            "all_count": all_count,
            "all_count_label": count_label(all_count),
            "total": total,
            "over_max": total > MAX_RESULTS,
            "max_results": MAX_RESULTS,
            "page_obj": page_obj,
            "pagination": pagination(page_obj, url_for),
            "results": describe(
                searched, list(page_obj.object_list), request, Highlighter(searched.query, locale.language_code)
            ),
        }

    context.update(
        q=q,
        kind=site_search.kind,
        all_url=url_for(kind=None),
        exact_url=url_for(exact=True),
        # Lazy: the template keeps the results until pages or deeds change and searches only to build them.
        found=SimpleLazyObject(find),
        results_key=[
            locale.language_code,
            q,
            kind_slug,
            exact,
            page,
            *invalidation.tokens(["tree", "deeds", *kind_topics()]),
        ],
        promotions=promoted,
    )
    return render(request, "home/search.html", context)


def reconsider(site_search, counts):
    """``(search, counts, replaced, suggested)`` for a query that finds little: other words (suggestions.py).

    Nothing found: the first candidate that finds something is searched instead (``replaced``).
    Fewer than FEW_HITS: the first that finds more is offered (``suggested``).
    """
    hits = sum(count for _kind, count in counts)
    if hits < FEW_HITS:
        slug = site_search.kind.slug if site_search.kind else ""
        for candidate in candidates(site_search.query, site_search.language):
            other = SiteSearch(candidate.query, site_search.locale, slug)
            other_counts = other.counts()
            if sum(count for _kind, count in other_counts) > hits:
                if hits:
                    return site_search, counts, None, candidate
                return other, other_counts, candidate, None
    return site_search, counts, None, None


def count_label(count):
    """A number of hits as shown: hits are counted up to one more than MAX_RESULTS."""
    return str(count) if count <= MAX_RESULTS else _("over %(number)s") % {"number": MAX_RESULTS}


def promotions(query, locale):
    """The editors' promoted results for this query: pages of this language visitors may see, and external links."""
    visible = routing.public(Page.objects.live().filter(locale=locale))
    picks = query.editors_picks.filter(Q(page__isnull=True) | Q(page__in=visible))
    return list(picks.select_related("page").order_by("sort_order"))


def language_urls(request):
    """The search page in every language, with the same search words and kind."""
    params = urlencode({name: request.GET[name] for name in ("q", "type") if request.GET.get(name)})
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls[code] = reverse("search") + (f"?{params}" if params else "")
    return urls
