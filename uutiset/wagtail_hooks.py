"""The story series in the admin's snippets (news, podcasts and webinars are pages)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.search.kinds import SearchKind

from .models import Series


class SeriesViewSet(SnippetViewSet):
    model = Series
    icon = "list-ul"
    menu_label = _("Story series")
    add_to_admin_menu = True
    menu_order = 210
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(SeriesViewSet)


@hooks.register("register_search_kind")
def news_search_kind():
    models = ["uutiset.NewsPage", "uutiset.NewsIndexPage"]
    return SearchKind("news", _("News"), _("News item"), models, "date", order=20)


@hooks.register("register_search_kind")
def podcast_search_kind():
    models = ["uutiset.PodcastEpisodePage", "uutiset.PodcastPage"]
    return SearchKind("podcasts", _("Podcasts"), _("Podcast episode"), models, "date", order=30)


@hooks.register("register_search_kind")
def webinar_search_kind():
    models = ["uutiset.WebinarPage", "uutiset.WebinarIndexPage"]
    return SearchKind("webinars", _("Webinars"), _("Webinar"), models, "starts_at", order=40)
