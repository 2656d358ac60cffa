"""Every public page type, for tests that visit one page of each (a11y, query budgets)."""

from gaala.models import GalaIndexPage, GalaPage
from home.models import AccessibilityStatementPage, FormPage, HomePage, StandardPage
from sparraus.models import CoachDirectoryPage
from teot.models import DeedIndexPage
from uutiset.models import (
    NewsIndexPage,
    NewsPage,
    PodcastEpisodePage,
    PodcastPage,
    WebinarIndexPage,
    WebinarPage,
)
from uutiskirje.models import NewsletterIndexPage, NewsletterIssuePage

PAGE_TYPES = [
    HomePage,
    StandardPage,
    FormPage,
    AccessibilityStatementPage,
    DeedIndexPage,
    NewsIndexPage,
    NewsPage,
    PodcastPage,
    PodcastEpisodePage,
    WebinarIndexPage,
    WebinarPage,
    GalaIndexPage,
    GalaPage,
    NewsletterIndexPage,
    NewsletterIssuePage,
    CoachDirectoryPage,
]
