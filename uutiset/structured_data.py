"""schema.org data of podcasts, episodes and webinars (rendered by meta.html through the pages'
``get_structured_data``; the news item's NewsArticle is news_tags.news_json_ld).

Built from what the page already holds or has loaded for its template: no query of its own, except
an episode's show, which the episode page loads once (``podcast_of``) for both.
"""

from django.apps import apps
from django.utils.translation import get_language

from home import sharing


def podcast_of(episode):
    """The episode's show (its parent page), looked up once per page object."""
    if not hasattr(episode, "_podcast"):
        podcasts = apps.get_model("uutiset", "PodcastPage").objects
        episode._podcast = podcasts.parent_of(episode).first() if episode.path else None
    return episode._podcast


def _absolute(request, url):
    return request.build_absolute_uri(url) if url else ""


def podcast_series(podcast, request, share=None):
    data = {
        "@context": sharing.SCHEMA,
        "@type": "PodcastSeries",
        "name": podcast.title,
        "url": _absolute(request, podcast.get_url(request)),
        "description": sharing.plain_text(podcast.description),
        "inLanguage": get_language(),
        "author": {"@type": "Organization", "name": podcast.author} if podcast.author else sharing.publisher(request),
        "webFeed": _absolute(request, podcast.feed_url(request)),
    }
    if share and share.get("image"):
        data["image"] = share["image"]["url"]
    return data


def podcast_episode(episode, request, share):
    data = {
        "@context": sharing.SCHEMA,
        "@type": "PodcastEpisode",
        "name": episode.title,
        "url": share["url"],
        "description": share["description"],
        "datePublished": episode.date.isoformat(),
        "inLanguage": get_language(),
    }
    if episode.episode_number:
        data["episodeNumber"] = episode.episode_number
    if episode.duration:
        data["timeRequired"] = sharing.iso_duration(episode.duration)
    if episode.audio_id:
        audio = episode.audio
        data["associatedMedia"] = {
            "@type": "AudioObject",
            "contentUrl": _absolute(request, audio.url),
            "encodingFormat": episode.audio_mime_type,
            **({"duration": sharing.iso_duration(episode.duration)} if episode.duration else {}),
        }
    if share.get("image"):
        data["image"] = share["image"]["url"]
    podcast = podcast_of(episode)
    if podcast is not None:
        data["partOfSeries"] = {
            "@type": "PodcastSeries",
            "name": podcast.title,
            "url": _absolute(request, podcast.get_url(request)),
        }
    return data


def webinar_event(webinar, request, share):
    return sharing.event(
        name=webinar.title,
        starts_at=webinar.starts_at,
        ends_at=webinar.ends_at,
        mode=webinar.format,
        url=share["url"],
        description=share["description"],
        share=share,
        request=request,
        place=webinar.place,
        online_url=webinar.stream_url,
    )
