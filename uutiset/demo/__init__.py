"""News, podcast and webinar demo content, loaded by ``manage.py load_demo_content``.

Under every home page: the news index, the webinar index and the podcast (in
the menu right after the deed marketplace); two story series; the news items;
three podcast episodes with audio made on the spot; four webinars, two upcoming
and two past counted from the day of the run; and the deeds highlighted on the
home page (set here because the deeds must exist first). Safe to run again:
pages are found by their slug under their parent and translations by their
translation key, series by locale and slug, documents and images by title and
embeds by address; everything is updated in place and published anew.

The texts and data are in ``content/<language>/*.toml`` (read by ``specs``);
this package holds the logic: the loader here, ``files`` and ``media`` for
what it makes on the spot.
"""

import datetime

from django.core.management.base import CommandError
from django.utils import timezone
from wagtail.models import Page

from home.demo.builders import CONTACT_EMAIL, LANGUAGES, SITE_NAME, Context, reuse_rows
from home.demo.content import stream
from home.models import HomePage
from teot.demo import place_after
from teot.models import Deed, DeedIndexPage, Sector, Theme
from uutiset.models import (
    NewsIndexPage,
    NewsPage,
    PodcastEpisodePage,
    PodcastPage,
    Series,
    WebinarIndexPage,
    WebinarPage,
)

from . import media
from .files import FilesDemo
from .specs import EPISODES, HIGHLIGHTED_DEEDS, NEWS, PAGES, SERIES, WEBINARS

TRANSLATED = LANGUAGES[1:]
PUBLICATION_TIME = datetime.time(9, 0)
WEBINAR_START = datetime.time(13, 0)
REGISTRATION_CLOSES = datetime.time(16, 0)
REGISTRATION_URL = "https://www.example.fi/tekojentori/ilmoittautuminen/{slug}/"
# What the show tells podcast apps; the same in every language.
PODCAST_SHARED = {
    "author": SITE_NAME,
    "owner_name": SITE_NAME,
    "owner_email": CONTACT_EMAIL,
    "category": PodcastPage.Category.GOVERNMENT,
    "explicit": False,
    # Example listings: the demo show is in no directory.
    "apple_podcasts_url": "https://podcasts.apple.com/fi/podcast/tekojen-tori-podcast/id1790000001",
    "spotify_url": "https://open.spotify.com/show/5TekojenToriDemoShow01",
}


def load(command, homes, pages, images):
    DemoLoader(command, homes, pages, images).run()


class DemoLoader(FilesDemo):
    def set_rows(self, page, relation, rows):
        setattr(page, relation, reuse_rows(page, relation, rows))

    def run(self):
        series = self.ensure_series()
        indexes = self.ensure_index_pages()
        # Content may link to any page of the site, these three included.
        self.context_pages = {code: {**self.pages[code], **indexes[code]} for code in LANGUAGES}
        self.ensure_episodes(indexes)
        self.ensure_webinars(indexes)
        self.ensure_news(indexes, series)
        self.ensure_highlighted_deeds()
        self.refresh_pages()
        report(self.command, self.locales)

    # -- series and index pages ---------------------------------------------------

    def ensure_series(self):
        """key -> language -> series."""
        series = {}
        for key, languages in SERIES.items():
            finnish = Series.objects.filter(locale=self.locales["fi"], slug=key).first()
            if finnish is None:
                finnish = Series(locale=self.locales["fi"], slug=key)
                self.count_created()
            finnish.name, _slug, finnish.description = languages["fi"]
            finnish.save()
            series[key] = {"fi": finnish}
            for code in TRANSLATED:
                name, slug, description = languages[code]
                translation = (
                    finnish.get_translation_or_none(self.locales[code])
                    # made by hand with the demo's slug: make it the Finnish series' translation
                    or Series.objects.filter(locale=self.locales[code], slug=slug).first()
                )
                if translation is None:
                    translation = finnish.copy_for_translation(self.locales[code])
                    self.count_created()
                translation.translation_key = finnish.translation_key
                translation.name, translation.slug, translation.description = name, slug, description
                translation.save()
                series[key][code] = translation
        return series

    def ensure_index_pages(self):
        """language -> key -> page: the news, webinar and podcast pages, in the menu after the marketplace."""
        artwork = self.ensure_image(media.ARTWORK)
        specs = (
            ("uutiset", NewsIndexPage, "news_index", {"social_image": self.images["network"]}),
            ("webinaarit", WebinarIndexPage, "webinar_index", {"social_image": self.images["coaching"]}),
            ("podcast", PodcastPage, "podcast", {**PODCAST_SHARED, "artwork": artwork}),
        )
        anchors = {code: DeedIndexPage.objects.child_of(self.homes[code]).first() for code in LANGUAGES}
        indexes = {code: {} for code in LANGUAGES}
        for key, model, table, shared in specs:
            for code in LANGUAGES:
                home = self.homes[code]
                if code == "fi":
                    page = self.child(home, model, PAGES["fi"][table]["slug"])
                else:
                    page = self.translation(indexes["fi"][key], code)
                self.put(page, home, {**PAGES[code][table], **shared, "show_in_menus": True})
                place_after(page, anchors[code])
                anchors[code] = page
                indexes[code][key] = page
        # Moving pages changed their place in the tree: work on with fresh copies.
        return {
            code: {key: page.specific_class.objects.get(pk=page.pk) for key, page in by_key.items()}
            for code, by_key in indexes.items()
        }

    # -- content ------------------------------------------------------------------

    def context(self, code):
        return Context(code, self.context_pages, self.images)

    def date_publication(self, page, date):
        """Date the page as its story is: feeds and the admin show when it came out, not when the demo ran."""
        when = min(timezone.make_aware(datetime.datetime.combine(date, PUBLICATION_TIME)), timezone.now())
        Page.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)

    def ensure_news(self, indexes, series):
        finnish_locale = self.locales["fi"]
        sectors = {term.slug: term for term in Sector.objects.filter(locale=finnish_locale)}
        themes = {term.slug: term for term in Theme.objects.filter(locale=finnish_locale)}
        deeds = self.deeds({deed_id for spec in NEWS for deed_id in spec["deeds"]})
        for spec in NEWS:
            date = datetime.date.fromisoformat(spec["date"])
            shared = {
                "date": date,
                "image": self.images[spec["image"]] if spec["image"] else None,
                "sectors": [sectors[key] for key in spec["sectors"]],
                "themes": [themes[key] for key in spec["themes"]],
            }
            finnish = self.child(indexes["fi"]["uutiset"], NewsPage, spec["fi"]["slug"])
            for code in LANGUAGES:
                content = spec.get(code)
                if content is None:
                    continue
                page = finnish if code == "fi" else self.translation(finnish, code)
                values = {
                    **shared,
                    "title": content["title"],
                    "slug": content["slug"],
                    "lead": content["lead"],
                    "image_alt": content.get("image_alt", ""),
                    "body": stream(content["body"], self.context(code)),
                    "series": series[spec["series"]][code] if spec["series"] else None,
                }
                rows = (
                    ("authors", [{"name": name, "role": roles[code]} for name, roles in spec["authors"]]),
                    ("related_deeds", [{"deed": deeds[deed_id]} for deed_id in spec["deeds"]]),
                )
                self.put(page, indexes[code]["uutiset"], values, rows)
                self.date_publication(page, date)

    def deeds(self, external_ids):
        deeds = {deed.external_id: deed for deed in Deed.objects.filter(external_id__in=external_ids)}
        missing = set(external_ids) - set(deeds)
        if missing:
            raise CommandError(f"Demo deeds missing (load the teot demo first): {', '.join(sorted(missing))}.")
        return deeds

    def ensure_episodes(self, indexes):
        for spec in EPISODES:
            number = spec["number"]
            audio = self.ensure_document(
                media.DOCUMENT_TITLES["audio"].format(number=number),
                f"tekojen-tori-podcast-jakso-{number}.mp3",
                lambda spec=spec: media.tone_sequence_mp3(spec["notes"]),
            )
            with audio.open_file() as file:
                duration = media.mp3_duration(file)  # the stored file's own length
            transcript_file = None
            if spec.get("cues"):
                transcript_file = self.ensure_document(
                    media.DOCUMENT_TITLES["transcript"].format(number=number),
                    f"tekojen-tori-podcast-jakso-{number}.vtt",
                    lambda spec=spec: media.webvtt(spec["cues"]),
                )
            date = datetime.date.fromisoformat(spec["date"])
            shared = {
                "date": date,
                "audio": audio,
                "duration": duration,
                "transcript_file": transcript_file,
                "season_number": 1,
                "episode_number": number,
                "episode_type": PodcastEpisodePage.EpisodeType.FULL,
                "explicit": False,
            }
            finnish = self.child(indexes["fi"]["podcast"], PodcastEpisodePage, spec["fi"]["slug"])
            for code in LANGUAGES:
                content = spec.get(code)
                if content is None:
                    continue
                page = finnish if code == "fi" else self.translation(finnish, code)
                guests = [{"name": name, "role": roles[code]} for name, roles in spec["guests"]]
                self.put(page, indexes[code]["podcast"], {**shared, **content}, (("guests", guests),))
                self.date_publication(page, date)

    def ensure_webinars(self, indexes):
        helsinki = timezone.get_default_timezone()
        today = timezone.localdate(timezone=helsinki)
        for spec in WEBINARS:
            day = today + datetime.timedelta(weeks=spec["weeks"])
            day += datetime.timedelta(days=(spec["weekday"] - day.weekday()) % 7)
            starts_at = timezone.make_aware(datetime.datetime.combine(day, WEBINAR_START), helsinki)
            deadline = None
            if spec["deadline_days"]:
                closing_day = day - datetime.timedelta(days=spec["deadline_days"])
                deadline = timezone.make_aware(datetime.datetime.combine(closing_day, REGISTRATION_CLOSES), helsinki)
            title, slug = spec["fi"]["title"], spec["fi"]["slug"]
            shared = {
                "starts_at": starts_at,
                "ends_at": starts_at + datetime.timedelta(minutes=spec["minutes"]),
                "format": spec["format"],
                "place": spec["place"],
                "stream_url": "",  # sent to those who register
                "registration_url": REGISTRATION_URL.format(slug=slug),
                "registration_deadline": deadline,
                "recording_url": self.youtube_recording(spec["recording"], title) if spec["recording"] else "",
                "recording_has_captions": bool(spec["recording"]),
                "slides": None,
            }
            if spec["slides"]:
                slides = [(slide["heading"], slide["lines"]) for slide in spec["slides"]]
                shared["slides"] = self.ensure_document(
                    media.DOCUMENT_TITLES["slides"].format(title=title),
                    f"{slug}-diat.pdf",
                    lambda slides=slides, title=title: media.slides_pdf(title, "fi", slides),
                )
            finnish = self.child(indexes["fi"]["webinaarit"], WebinarPage, slug)
            for code in LANGUAGES:
                content = spec.get(code)
                if content is None:
                    continue
                page = finnish if code == "fi" else self.translation(finnish, code)
                speakers = [{"name": name, "role": roles[code]} for name, roles in spec["speakers"]]
                values = {**shared, **content, "body": stream(content["body"], self.context(code))}
                self.put(page, indexes[code]["webinaarit"], values, (("speakers", speakers),))

    def ensure_highlighted_deeds(self):
        """The Finnish home page's choice; its translations show the same deeds in their own language."""
        deeds = self.deeds(HIGHLIGHTED_DEEDS)
        home = HomePage.objects.get(pk=self.homes["fi"].pk)
        self.set_rows(home, "highlighted_deeds", [{"deed": deeds[deed_id]} for deed_id in HIGHLIGHTED_DEEDS])
        home.save_revision(clean=True).publish()
        self.command.counts["updated"] += 1


def report(command, locales):
    def per_language(pages):
        live = pages.live()
        return ", ".join(f"{code} {live.filter(locale=locales[code]).count()}" for code in LANGUAGES)

    now = timezone.now()
    finnish_webinars = WebinarPage.objects.live().filter(locale=locales["fi"])
    command.stdout.write(
        f"News and events: {Series.objects.filter(locale=locales['fi']).count()} story series in fi/sv/en; "
        f"news {per_language(NewsPage.objects.all())}; "
        f"podcast episodes {per_language(PodcastEpisodePage.objects.all())}; "
        f"webinars {per_language(WebinarPage.objects.all())} "
        f"(in Finnish {finnish_webinars.filter(ends_at__gt=now).count()} upcoming, "
        f"{finnish_webinars.filter(ends_at__lte=now).count()} past); "
        f"{len(HIGHLIGHTED_DEEDS)} deeds highlighted on the home page."
    )
