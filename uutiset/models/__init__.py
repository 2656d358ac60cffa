from .news import NewsAuthor, NewsIndexPage, NewsPage, NewsRelatedDeed
from .podcasts import EpisodeGuest, PodcastEpisodePage, PodcastPage
from .series import Series
from .webinars import WebinarIndexPage, WebinarPage, WebinarSpeaker

__all__ = [
    "EpisodeGuest",
    "NewsAuthor",
    "NewsIndexPage",
    "NewsPage",
    "NewsRelatedDeed",
    "PodcastEpisodePage",
    "PodcastPage",
    "Series",
    "WebinarIndexPage",
    "WebinarPage",
    "WebinarSpeaker",
]
