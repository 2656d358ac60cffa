"""What an episode page shows beyond the episode itself.

Computed here rather than in a view so that the admin's preview, which renders
the page with only ``page`` in the context, shows the same page.
"""

from django import template
from django.conf import settings
from django.utils.translation import get_language_info

from uutiset import models
from uutiset.structured_data import podcast_of
from uutiset.views.podcasts import feed_url

register = template.Library()


@register.simple_tag(takes_context=True)
def episode_page_data(context, episode):
    """The show, its feed, the older and newer episode, and the audio's language when it isn't the page's."""
    # The page's head and body both need it: computed once per rendering.
    key = ("episode_page_data", episode.pk)
    if key not in context.render_context:
        context.render_context[key] = _episode_page_data(context.get("request"), episode)
    return context.render_context[key]


def _episode_page_data(request, episode):
    podcast = podcast_of(episode)  # shared with the episode's structured data (meta.html)
    older, newer = neighbours(podcast, episode) if podcast else (None, None)
    page_language = episode.locale.language_code if episode.locale_id else settings.LANGUAGE_CODE
    # Episodes are recorded in the default language; translations translate the page, not the audio.
    audio_language = settings.LANGUAGE_CODE
    audio_language_name = get_language_info(audio_language)["name_translated"]
    return {
        "podcast": podcast,
        "feed_url": feed_url(request, podcast) if podcast and request else "",
        "older": older,
        "newer": newer,
        "audio_language": audio_language_name if audio_language != page_language else "",
        "audio_language_code": audio_language,
    }


def neighbours(podcast, episode):
    """The live episodes just before and after this one in the show's order, in a fixed number of queries."""
    ids = list(podcast.live_episodes().values_list("pk", flat=True))
    if episode.pk not in ids:
        return None, None
    position = ids.index(episode.pk)
    older_id = ids[position + 1] if position + 1 < len(ids) else None
    newer_id = ids[position - 1] if position > 0 else None
    found = models.PodcastEpisodePage.objects.defer("transcript", "show_notes").in_bulk(
        [i for i in (older_id, newer_id) if i]
    )
    return found.get(older_id), found.get(newer_id)
