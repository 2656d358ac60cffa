"""Factories for every model the tests build, and helpers for the page tree.

Every page model in the project apps needs a factory here:
``test_factories.py`` fails when one is missing.
"""

import datetime
import zoneinfo

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale, Page, Site

from gaala.models import Award, AwardCategory, GalaIndexPage, GalaPage, JuryMember
from home.models import (
    AccessibilityStatementPage,
    FooterText,
    FormField,
    FormPage,
    HomePage,
    StandardPage,
)
from sparraus.models import Coach, CoachDirectoryPage
from teot.models import Campaign, Deed, DeedIndexPage, DeedLink, Organisation, Sector, Theme
from teot.regions import Region
from uutiset.models import (
    EpisodeGuest,
    NewsAuthor,
    NewsIndexPage,
    NewsPage,
    PodcastEpisodePage,
    PodcastPage,
    Series,
    WebinarIndexPage,
    WebinarPage,
    WebinarSpeaker,
)
from uutiskirje.models import NewsletterIndexPage, NewsletterIssuePage, Subscriber

LANGUAGES = ("fi", "sv", "en")


def get_locale(language_code):
    return Locale.objects.get_or_create(language_code=language_code)[0]


def paragraph(html):
    """Raw StreamField data holding one rich text paragraph."""
    return [{"type": "paragraph", "value": html}]


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Tekojen tori"
    slug = factory.Sequence(lambda n: f"etusivu-{n}")
    hero_lead = "Kehittämisteot kunnista ja hyvinvointialueilta."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sivu {n}")
    intro = "Tietoa ohjelmasta."
    body = factory.LazyFunction(lambda: paragraph("<p>Kuntatyö2030 kehitti työelämää.</p>"))

    class Meta:
        model = StandardPage


class FormPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lomake {n}")
    intro = "<p>Hae sparrausta työpaikallesi.</p>"
    thank_you_text = "<p>Kiitos hakemuksestasi!</p>"
    to_address = "sparraus@tekojentori.fi"
    from_address = "noreply@tekojentori.fi"
    subject = "Uusi sparraushakemus"

    class Meta:
        model = FormPage


class FormFieldFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(FormPageFactory)
    label = factory.Sequence(lambda n: f"Kenttä {n}")
    field_type = "singleline"
    required = True
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = FormField


class FormSubmissionFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(FormPageFactory)
    form_data = factory.LazyFunction(dict)

    class Meta:
        model = FormSubmission


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Saavutettavuusseloste {n}")
    intro = "Seloste koskee Tekojen tori -verkkopalvelua."
    compliance_status = AccessibilityStatementPage.Compliance.PARTIAL
    prepared_on = datetime.date(2025, 9, 1)
    reviewed_on = datetime.date(2025, 11, 1)
    feedback_email = "saavutettavuus@tekojentori.fi"
    authority_name = "Etelä-Suomen aluehallintovirasto"
    authority_details = "Saavutettavuuden valvonnan yksikkö\nsaavutettavuus@avi.fi"
    authority_url = "https://www.saavutettavuusvaatimukset.fi"

    class Meta:
        model = AccessibilityStatementPage


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Kuva {n}")


class FooterTextFactory(factory.django.DjangoModelFactory):
    body = "<p>Tekojen tori, Toinen linja 14, 00530 Helsinki</p>"
    locale = factory.LazyFunction(lambda: get_locale("fi"))

    class Meta:
        model = FooterText


def site_home():
    """The Finnish home page as the default site's root, made if the database lacks it.

    Migration home/0002 creates it on a fresh database; a flushed database
    (the a11y suite flushes at its end) has nothing, not even the tree root.
    """
    for code in LANGUAGES:
        get_locale(code)
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and site.root_page.specific_class is HomePage and site.root_page.locale.language_code == "fi":
        return site.root_page.specific
    home = HomePage.objects.filter(depth=2, locale__language_code="fi").first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
        home = HomePageFactory(parent=root, title="Tekojen tori", locale=get_locale("fi"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Tekojen tori"},
    )
    return home


def translate(page, language_code, **changes):
    """Copy a live page into another language and publish the copy.

    The parent must already be translated (translate home pages first).
    """
    locale = get_locale(language_code)
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale).specific
    title = changes.pop("title", f"{page.title} ({language_code})")
    translation.title = title
    translation.draft_title = title
    for name, value in changes.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def translated_homes():
    """The site's home page in every language, keyed by language code."""
    home = site_home()
    homes = {"fi": home}
    for code in ("sv", "en"):
        homes[code] = translate(home, code, title="Tekojen tori", slug=f"{home.slug}-{code}")
    return homes


# --- Tekojen tori: deeds and their taxonomy -------------------------------------------


class SectorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Toimiala {n}")
    slug = factory.Sequence(lambda n: f"toimiala-{n}")
    sort_order = factory.Sequence(lambda n: n)
    locale = factory.LazyFunction(lambda: get_locale("fi"))

    class Meta:
        model = Sector


class ThemeFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Teema {n}")
    slug = factory.Sequence(lambda n: f"teema-{n}")
    sort_order = factory.Sequence(lambda n: n)
    locale = factory.LazyFunction(lambda: get_locale("fi"))

    class Meta:
        model = Theme


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Esimerkkilän kunta {n}")
    type = Organisation.Type.MUNICIPALITY
    region = Region.UUSIMAA

    class Meta:
        model = Organisation


class CampaignFactory(factory.django.DjangoModelFactory):
    name = "Hyvä kiertämään"
    slug = factory.Sequence(lambda n: f"hyva-kiertamaan-{n}")
    year = 2022
    starts_on = datetime.date(2022, 9, 1)
    ends_on = datetime.date(2022, 11, 30)

    class Meta:
        model = Campaign


class DeedFactory(factory.django.DjangoModelFactory):
    """A published Finnish deed with one sector and one theme (pass ``sectors``/``themes`` to choose)."""

    title = factory.Sequence(lambda n: f"Kehittämisteko {n}")
    summary = "Työyhteisö kokeili uutta tapaa jakaa työt."
    goal = "Haluttiin vähentää kiirettä."
    actions = "Sovittiin yhteisistä pelisäännöistä."
    results = "Kiire väheni ja palaute parani."
    tips = "Aloittakaa pienestä."
    organisation = factory.SubFactory(OrganisationFactory)
    year = 2022
    live = True
    locale = factory.LazyFunction(lambda: get_locale("fi"))

    class Meta:
        model = Deed
        skip_postgeneration_save = True

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        self.sectors.set(extracted if extracted is not None else [SectorFactory(locale=self.locale)])
        if create:
            self.save()

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        self.themes.set(extracted if extracted is not None else [ThemeFactory(locale=self.locale)])
        if create:
            self.save()


class DeedLinkFactory(factory.django.DjangoModelFactory):
    deed = factory.SubFactory(DeedFactory)
    url = "https://www.example.fi/teko"
    title = "Lisätietoa teosta"

    class Meta:
        model = DeedLink


class DeedIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tekojen tori"
    slug = factory.Sequence(lambda n: f"teot-{n}")
    intro = "Kehittämistekoja kunnista ja hyvinvointialueilta."

    class Meta:
        model = DeedIndexPage


def translate_snippet(instance, language_code, **changes):
    """A saved copy of a translatable snippet (sector, theme, deed) in another language."""
    translation = instance.copy_for_translation(get_locale(language_code))
    for name, value in changes.items():
        setattr(translation, name, value)
    translation.save()
    return translation


# --- News, podcasts and webinars ------------------------------------------------------


class SeriesFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Juttusarja {n}")
    slug = factory.Sequence(lambda n: f"juttusarja-{n}")
    description = "Tarinoita kekseliäistä kehittäjistä."
    locale = factory.LazyFunction(lambda: get_locale("fi"))

    class Meta:
        model = Series


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Uutiset"
    slug = factory.Sequence(lambda n: f"uutiset-{n}")
    intro = "Ajankohtaista kuntien ja hyvinvointialueiden työelämästä."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Uutinen {n}")
    date = datetime.date(2026, 10, 1)
    lead = "Työhyvinvointia kehitetään kunnissa yhdessä."
    body = factory.LazyFunction(lambda: paragraph("<p>Kehittäminen jatkuu.</p>"))

    class Meta:
        model = NewsPage


class NewsletterIndexPageFactory(wagtail_factories.PageFactory):
    title = "Uutiskirje"
    slug = factory.Sequence(lambda n: f"uutiskirje-{n}")
    intro = "Tekojen torin uutiskirjeet."

    class Meta:
        model = NewsletterIndexPage


class NewsletterIssuePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Uutiskirje {n}")
    date = datetime.date(2026, 10, 1)
    preheader = "Uusia tekoja ja webinaareja."
    intro = "Tässä kirjeessä kerrotaan syksyn kehittämisteoista."
    body = factory.LazyFunction(lambda: paragraph("<p>Kehittäminen jatkuu.</p>"))

    class Meta:
        model = NewsletterIssuePage


class CoachDirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Sparraajat"
    slug = factory.Sequence(lambda n: f"sparraajat-{n}")
    intro = "Valitse työyhteisöllenne sopiva sparraaja."

    class Meta:
        model = CoachDirectoryPage


class CoachFactory(factory.django.DjangoModelFactory):
    """A live, active coach in Finnish who coaches on site and remotely, in Finnish, all over Finland."""

    name = factory.Sequence(lambda n: f"Sparraaja Esimerkki {n}")
    organisation = "Esimerkkikonsultit Oy"
    summary = "Auttaa työyhteisöjä kehittämään yhdessä."
    description = "<p>Pitkä kokemus kuntien työyhteisöjen kehittämisestä.</p>"
    languages = factory.LazyFunction(lambda: ["fi"])
    regions = factory.LazyFunction(list)
    live = True
    locale = factory.LazyFunction(lambda: get_locale("fi"))

    class Meta:
        model = Coach
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if extracted:
            self.themes.set(extracted)
            if create:
                self.save()  # parental links are written on save

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if extracted:
            self.sectors.set(extracted)
            if create:
                self.save()


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A confirmed subscriber to all topics, as the sign-up form leaves one."""

    email = factory.Sequence(lambda n: f"tilaaja{n}@example.fi")
    language = "fi"
    status = Subscriber.Status.CONFIRMED
    consent_text = "Haluan uutiskirjeen."
    consent_version = "2026-12"
    consent_source = "page"
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Subscriber


class NewsAuthorFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(NewsPageFactory)
    name = "Maija Meikäläinen"
    role = "viestintäasiantuntija"

    class Meta:
        model = NewsAuthor


# The first bytes of real files, as podcast audio and transcripts are recognised by them (uutiset/media_files.py).
MP3_DATA = b"ID3" + b"\0" * 1021
MP3_FRAMES_DATA = b"\xff\xfb\x90\x64" + b"\0" * 1020  # an MPEG-1 Layer III frame, no ID3 tag
M4A_DATA = b"\0\0\0\x1cftypM4A \0\0\x02\x00M4A isommp42\0\0\0\x08free" + b"\0" * 988
AAC_DATA = b"\xff\xf1\x50\x80\x02\x1f\xfc" + b"\0" * 1017  # an ADTS frame header
WEBVTT_DATA = b"WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Juontaja>Tervetuloa.\n"
SRT_DATA = b"1\n00:00:00,000 --> 00:00:02,000\nJuontaja: Tervetuloa.\n"


class DocumentFactory(wagtail_factories.DocumentFactory):
    """A document; pass ``file__filename`` to choose the type (an MP3 by default)."""

    title = factory.Sequence(lambda n: f"Tiedosto {n}")
    file = factory.django.FileField(filename="jakso.mp3", data=MP3_DATA)


class PodcastPageFactory(wagtail_factories.PageFactory):
    title = "Työelämän kehittäjät"
    slug = factory.Sequence(lambda n: f"podcast-{n}")
    description = "Keskusteluja työelämän kehittämisestä kunnissa."
    artwork = factory.SubFactory(ImageFactory)
    artwork_alt = "Mikrofoni ja podcastin nimi"
    author = "Tekojen tori"
    owner_name = "Tekojen tori"
    owner_email = "podcast@tekojentori.fi"

    class Meta:
        model = PodcastPage


class PodcastEpisodePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Jakso {n}")
    date = datetime.date(2026, 10, 1)
    summary = "Keskustelu työhyvinvoinnin kehittämisestä."
    audio = factory.SubFactory(DocumentFactory)
    duration = datetime.timedelta(minutes=25, seconds=30)
    episode_number = factory.Sequence(lambda n: n + 1)
    season_number = 1
    show_notes = "<p>Jaksossa puhutaan sparrauksesta.</p>"
    transcript = "<p><b>Juontaja:</b> Tervetuloa kuuntelemaan.</p>"

    class Meta:
        model = PodcastEpisodePage


class EpisodeGuestFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(PodcastEpisodePageFactory)
    name = "Matti Virtanen"
    role = "henkilöstöjohtaja, Esimerkkilän kaupunki"

    class Meta:
        model = EpisodeGuest


class WebinarIndexPageFactory(wagtail_factories.PageFactory):
    title = "Webinaarit"
    slug = factory.Sequence(lambda n: f"webinaarit-{n}")
    intro = "Maksuttomia webinaareja työelämän kehittäjille."

    class Meta:
        model = WebinarIndexPage


HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")


class WebinarPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Webinaari {n}")
    starts_at = datetime.datetime(2026, 12, 3, 13, 0, tzinfo=HELSINKI)
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=1, minutes=30))
    format = WebinarPage.Format.ONLINE
    registration_url = "https://www.example.fi/ilmoittaudu"
    summary = "Webinaarissa kuullaan kuntien kehittämistekoja."

    class Meta:
        model = WebinarPage


class WebinarSpeakerFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(WebinarPageFactory)
    name = "Liisa Laine"
    role = "kehittämispäällikkö"

    class Meta:
        model = WebinarSpeaker


# --- Galas ------------------------------------------------------------------------------------


class AwardCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Palkintoluokka {n}")
    kind = AwardCategory.Kind.SECTOR
    sort_order = factory.Sequence(lambda n: n)
    locale = factory.LazyFunction(lambda: get_locale("fi"))

    class Meta:
        model = AwardCategory


class GalaIndexPageFactory(wagtail_factories.PageFactory):
    title = "Gaala"
    slug = factory.Sequence(lambda n: f"gaala-{n}")
    intro = "Kekseliäimmät kehittämisteot palkitaan gaalassa."

    class Meta:
        model = GalaIndexPage


class GalaPageFactory(wagtail_factories.PageFactory):
    """A gala that is over (2022), so its results are public."""

    title = factory.Sequence(lambda n: f"Kuntatyö2030-gaala {n}")
    year = 2022
    starts_at = datetime.datetime(2022, 11, 24, 17, 0, tzinfo=HELSINKI)
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=3))
    venue = "Kuntatalo, Helsinki"
    intro = "Gaalassa palkittiin kekseliäimmät kehittämisteot."

    class Meta:
        model = GalaPage


class JuryMemberFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(GalaPageFactory)
    name = "Jaana Juryläinen"
    role = "tuomariston puheenjohtaja"

    class Meta:
        model = JuryMember


class AwardFactory(factory.django.DjangoModelFactory):
    """An award to a deed (pass ``deed=None, organisation=...`` for an organisation's award)."""

    page = factory.SubFactory(GalaPageFactory)
    category = factory.SubFactory(AwardCategoryFactory)
    deed = factory.SubFactory(DeedFactory)
    citation = "Teko lisäsi työn iloa ja sujuvuutta."
    rank = Award.Rank.WINNER
    locale = factory.LazyAttribute(lambda o: o.page.locale)
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = Award
