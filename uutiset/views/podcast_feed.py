"""The show's RSS feed at ``<show>/syote/``, with the iTunes and Podcasting 2.0 tags podcast apps read."""

import datetime
import uuid

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponseNotAllowed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed

from .podcasts import feed_url

ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"
# Apple wants square artwork from 1400 to 3000 px.
ARTWORK = "fill-1400x1400"


def yes_no(value):
    return "true" if value else "false"


class PodcastRssFeed(Rss201rev2Feed):
    """RSS 2.0 with the channel and item tags of Apple Podcasts and podcastindex.org."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:itunes": ITUNES_NS, "xmlns:podcast": PODCAST_NS}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        feed = self.feed
        handler.addQuickElement("itunes:author", feed["itunes_author"])
        if feed["itunes_image"]:
            handler.addQuickElement("itunes:image", attrs={"href": feed["itunes_image"]})
        category, _slash, subcategory = feed["itunes_category"].partition("/")
        handler.startElement("itunes:category", {"text": category})
        if subcategory:
            handler.addQuickElement("itunes:category", attrs={"text": subcategory})
        handler.endElement("itunes:category")
        handler.startElement("itunes:owner", {})
        handler.addQuickElement("itunes:name", feed["itunes_owner_name"])
        handler.addQuickElement("itunes:email", feed["itunes_owner_email"])
        handler.endElement("itunes:owner")
        handler.addQuickElement("itunes:explicit", yes_no(feed["itunes_explicit"]))
        handler.addQuickElement("itunes:type", "episodic")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("itunes:duration", str(item["duration_seconds"]))
        if item["episode_number"] is not None:
            handler.addQuickElement("itunes:episode", str(item["episode_number"]))
        if item["season_number"] is not None:
            handler.addQuickElement("itunes:season", str(item["season_number"]))
        handler.addQuickElement("itunes:episodeType", item["episode_type"])
        handler.addQuickElement("itunes:explicit", yes_no(item["explicit"]))
        handler.addQuickElement(
            "podcast:transcript",
            attrs={"url": item["transcript_url"], "type": "text/html", "language": item["language"]},
        )
        if item["transcript_file"]:
            # Timed, so apps can show it as the episode plays; it is of the audio, in the audio's language.
            handler.addQuickElement("podcast:transcript", attrs=item["transcript_file"])


class PodcastFeed(Feed):
    feed_type = PodcastRssFeed

    def __init__(self, podcast, request):
        self.podcast = podcast
        self.request = request
        # The feed is in the show's language whatever language the visitor's browser asks for.
        self.language = podcast.locale.language_code

    def get_object(self, request, *args, **kwargs):
        return self.podcast

    def title(self, podcast):
        return podcast.title

    def link(self, podcast):
        return self.request.build_absolute_uri(podcast.get_url(self.request))

    def description(self, podcast):
        return podcast.description

    def feed_url(self, podcast):
        return feed_url(self.request, podcast)

    def feed_extra_kwargs(self, podcast):
        artwork = podcast.artwork.get_rendition(ARTWORK) if podcast.artwork else None
        return {
            "itunes_author": podcast.author,
            "itunes_image": self.request.build_absolute_uri(artwork.url) if artwork else "",
            "itunes_category": podcast.category,
            "itunes_owner_name": podcast.owner_name,
            "itunes_owner_email": podcast.owner_email,
            "itunes_explicit": podcast.explicit,
        }

    def items(self, podcast):
        episodes = podcast.live_episodes().select_related("audio", "transcript_file").defer("transcript")
        # An episode without a file that apps play (MP3, M4A/AAC) has nothing for an app to download.
        return [episode for episode in episodes if episode.podcast_ready and episode.audio.get_file_size() is not None]

    def item_title(self, episode):
        return episode.title

    def item_link(self, episode):
        return self.request.build_absolute_uri(episode.get_url(self.request))

    def item_description(self, episode):
        return episode.summary

    def item_guid(self, episode):
        # Not the URL, which changes with the slug: apps would list the episode again. Translations
        # share the translation key, so the language makes each show's guids its own.
        return f"urn:uuid:{uuid.uuid5(episode.translation_key, self.language)}"

    item_guid_is_permalink = False

    def item_pubdate(self, episode):
        return datetime.datetime.combine(episode.date, datetime.time(), tzinfo=timezone.get_default_timezone())

    def item_updateddate(self, episode):
        return episode.last_published_at

    def item_enclosure_url(self, episode):
        return self.request.build_absolute_uri(episode.audio.url)

    def item_enclosure_length(self, episode):
        return episode.audio.get_file_size()

    def item_enclosure_mime_type(self, episode):
        return episode.audio_mime_type

    def item_extra_kwargs(self, episode):
        return {
            "duration_seconds": int(episode.duration.total_seconds()) if episode.duration else 0,
            "episode_number": episode.episode_number,
            "season_number": episode.season_number,
            "episode_type": episode.episode_type,
            "explicit": episode.explicit,
            "transcript_url": self.item_link(episode) + "#transcript",
            "language": self.language,
            "transcript_file": self.transcript_file(episode),
        }

    def transcript_file(self, episode):
        if not episode.transcript_file_type:
            return None
        return {
            "url": self.request.build_absolute_uri(episode.transcript_file.url),
            "type": episode.transcript_file_type,
            # Episodes are recorded in the default language, and translations keep the original's file.
            "language": settings.LANGUAGE_CODE,
        }


def podcast_feed(request, podcast):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    return PodcastFeed(podcast, request)(request)
