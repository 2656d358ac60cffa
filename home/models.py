"""Site-wide page types, site settings and the footer text."""

import logging

from django.db import models
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField

from . import sharing
from .blocks import RICH_TEXT_FEATURES, BodyBlock, NonAccessibleContentBlock
from .form_builder import GUARD as FORM_GUARD
from .form_builder import LimitedFormBuilder
from .validators import one_line

logger = logging.getLogger(__name__)

IMAGE_MODEL = "wagtailimages.Image"


class SocialImageMixin(models.Model):
    """The image shown when a page is shared; every page type has it."""

    social_image = models.ForeignKey(
        IMAGE_MODEL,
        verbose_name=_("social media image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media (1200 × 630 px works best)."),
    )

    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]

    class Meta:
        abstract = True

    # The field whose text describes the page when it has no search description of its own.
    summary_field = "intro"

    def get_social_image(self):
        return self.social_image or getattr(self, "hero_image", None)

    def get_meta_description(self):
        """For search results and link previews: the search description, else the page's lead or intro."""
        return sharing.plain_text(self.search_description or getattr(self, self.summary_field, ""))

    def get_structured_data(self, request, share):
        """schema.org items (dicts) for this page beyond its breadcrumbs; ``share`` is what meta.html
        shows (``title``, ``description``, ``url``, ``image``)."""
        return []


class HomePage(SocialImageMixin, Page):
    hero_lead = models.TextField(_("lead"), blank=True)
    hero_image = models.ForeignKey(
        IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the image shows. Leave empty if the image is only decoration."),
    )
    hero_cta_text = models.CharField(_("call to action text"), max_length=60, blank=True)
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("call to action page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_lead"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldRowPanel([FieldPanel("hero_cta_text"), FieldPanel("hero_cta_page")]),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
        MultipleChooserPanel(
            "highlighted_deeds",
            chooser_field_name="deed",
            label=_("Highlighted deeds"),
            heading=_("Highlighted deeds"),
            help_text=_("Shown on the home page; without a choice, the newest deeds are shown."),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("hero_lead"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.FormPage",
        "home.AccessibilityStatementPage",
        "teot.DeedIndexPage",
        "uutiset.NewsIndexPage",
        "uutiset.PodcastPage",
        "uutiset.WebinarIndexPage",
        "gaala.GalaIndexPage",
    ]

    template = "home/home_page.html"
    summary_field = "hero_lead"
    # Cache topics (home/invalidation.py): the home sections show news, webinars, episodes and deeds.
    depends_on_topics = ("news", "webinars", "episodes", "deeds")

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_structured_data(self, request, share):
        organisation = {"@context": sharing.SCHEMA, **sharing.publisher(request, share.get("default_image"))}
        if self.hero_lead:
            organisation["description"] = sharing.plain_text(self.hero_lead)
        return [organisation]


class Person(Orderable):
    """A named person on a page: a news item's author, an episode's guest, a webinar's speaker."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("title and organisation"), max_length=200, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return self.name


class HomeHighlightedDeed(Orderable):
    """A deed editors lift onto the home page (a lazy reference: ``home`` never imports ``teot``)."""

    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="highlighted_deeds")
    deed = models.ForeignKey("teot.Deed", verbose_name=_("deed"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("deed")]
    # Keep the chosen deed when the page is translated: visitors get the deed's own
    # translation when it has one (wagtail-localize would otherwise copy the deed).
    override_translatable_fields = [SynchronizedField("deed")]

    class Meta(Orderable.Meta):
        verbose_name = _("highlighted deed")
        verbose_name_plural = _("highlighted deeds")


class StandardPage(SocialImageMixin, Page):
    """Programme and information pages: Kunteko 2020, Kuntatyö2030, coaching, privacy."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.FormPage", "home.AccessibilityStatementPage"]

    template = "home/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class FormField(AbstractFormField):
    page = ParentalKey("FormPage", on_delete=models.CASCADE, related_name="form_fields")


class FormPage(SocialImageMixin, AbstractEmailForm):
    """A form editors build field by field, such as the accessibility feedback."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    template = "home/form_page.html"
    landing_page_template = "home/form_page_landing.html"

    # Limits on every answer, a token usable once and a honeypot: home/form_builder.py.
    form_builder = LimitedFormBuilder

    class Meta:
        verbose_name = _("form page")
        verbose_name_plural = _("form pages")

    # The thank-you page after a sent form: its own address, so that reloading it sends nothing again.
    THANKS_SEGMENT = "kiitos"

    def route(self, request, path_components):
        if path_components == [self.THANKS_SEGMENT]:
            if not self.live:
                raise Http404
            return RouteResult(self, kwargs={"thanks": True})
        return super().route(request, path_components)

    def thanks_url(self, request=None):
        return f"{self.get_url(request)}{self.THANKS_SEGMENT}/"

    def serve(self, request, *args, thanks=False, **kwargs):
        """Wagtail's form view, with the checks of home.form_protection; nothing is stored twice.

        A sent form is answered with a redirect (303) to the thank-you page, which shows nobody's answers.
        """
        if thanks:
            if request.method not in ("GET", "HEAD"):
                return HttpResponseNotAllowed(["GET", "HEAD"])
            return self.render_landing_page(request, None, *args, **kwargs)
        if request.method != "POST":
            return self.render_form(request, self.get_form(page=self, user=request.user, request=request))
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user, request=request)
        guard = FORM_GUARD
        if not guard.register_post(request):
            form.reject_rate_limited()
            response = self.render_form(request, form, status=429)
            response["Retry-After"] = str(guard.retry_after(request))
            return response
        if form.honeypot_filled():
            # Look like success, so the bot has nothing to learn.
            logger.info("Form page %s: submission dropped, honeypot filled", self.pk)
            return HttpResponseRedirect(self.thanks_url(request), status=303)
        if form.is_valid():
            if form.use_token():
                try:
                    self.process_form_submission(form)
                except BaseException:
                    form.release_token()
                    raise
                return HttpResponseRedirect(self.thanks_url(request), status=303)
        elif form.token_rejected:
            form.renew_token()
        return self.render_form(request, form)

    def render_form(self, request, form, status=200):
        context = self.get_context(request)
        context["form"] = form
        response = TemplateResponse(request, self.get_template(request), context, status=status)
        add_never_cache_headers(response)  # the form carries a token for this visitor, usable once
        return response

    def send_mail(self, form):
        """Wagtail's message to the form's addresses, its subject always on one line."""
        addresses = [address.strip() for address in self.to_address.split(",")]
        send_mail(one_line(self.subject), self.render_email(form), addresses, self.from_address)


class AccessibilityStatementPage(SocialImageMixin, Page):
    """The accessibility statement required by the Act on the Provision of Digital Services (306/2019)."""

    class Compliance(models.TextChoices):
        FULL = "full", _("meets the requirements")
        PARTIAL = "partial", _("partly meets the requirements")
        NONE = "none", _("does not meet the requirements")

    class Assessment(models.TextChoices):
        SELF = "self", _("self-assessment")
        THIRD_PARTY = "third_party", _("assessment by a third party")

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Which service the statement covers and the organisation responsible for it."),
    )
    compliance_status = models.CharField(
        _("compliance status"), max_length=10, choices=Compliance.choices, default=Compliance.PARTIAL
    )
    standard = models.CharField(_("requirements"), max_length=80, default="WCAG 2.1 AA")
    non_accessible_content = StreamField(
        [("issue", NonAccessibleContentBlock())],
        verbose_name=_("content that is not accessible"),
        blank=True,
    )
    prepared_on = models.DateField(_("statement prepared on"))
    reviewed_on = models.DateField(_("statement last reviewed on"))
    assessment_method = models.CharField(
        _("how accessibility was assessed"), max_length=20, choices=Assessment.choices, default=Assessment.SELF
    )
    assessment_details = models.TextField(
        _("assessment details"), blank=True, help_text=_("For example who assessed the site and with which tools.")
    )
    feedback_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("feedback form"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    feedback_email = models.EmailField(_("feedback email"))
    response_days = models.PositiveSmallIntegerField(
        _("response time in days"), default=14, help_text=_("The law requires an answer within 14 days.")
    )
    authority_name = models.CharField(_("supervisory authority"), max_length=150)
    authority_details = models.TextField(_("supervisory authority's contact details"))
    authority_url = models.URLField(_("supervisory authority's website"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("compliance_status"), FieldPanel("standard"), FieldPanel("non_accessible_content")],
            heading=_("Compliance"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("reviewed_on")]),
                FieldPanel("assessment_method"),
                FieldPanel("assessment_details"),
            ],
            heading=_("Preparation"),
        ),
        MultiFieldPanel(
            [FieldPanel("feedback_page"), FieldPanel("feedback_email"), FieldPanel("response_days")],
            heading=_("Feedback"),
        ),
        MultiFieldPanel(
            [FieldPanel("authority_name"), FieldPanel("authority_details"), FieldPanel("authority_url")],
            heading=_("Supervisory authority"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    template = "home/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Footer links and contact channels; page links follow the visitor's language."""

    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    linkedin_url = models.URLField("LinkedIn", blank=True)
    facebook_url = models.URLField("Facebook", blank=True)
    instagram_url = models.URLField("Instagram", blank=True)
    youtube_url = models.URLField("YouTube", blank=True)
    share_image = models.ForeignKey(
        IMAGE_MODEL,
        verbose_name=_("default sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when a page without an image of its own is shared on social media, and as the "
            "organisation's logo for search engines. It is cropped to 1200 × 630 px."
        ),
    )

    panels = [
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")], heading=_("Contact")),
        MultiFieldPanel(
            [FieldPanel("accessibility_statement"), FieldPanel("privacy_notice")],
            heading=_("Footer pages"),
            help_text=_("Choose the Finnish pages; visitors get the translation in their language."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social media"),
        ),
        FieldPanel("share_image", heading=_("Sharing")),
    ]

    class Meta:
        verbose_name = _("site settings")

    def social_links(self):
        links = [
            ("LinkedIn", self.linkedin_url),
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in links if url]


@register_snippet
class FooterText(TranslatableMixin, models.Model):
    """The footer's contact details, one per language (translated with wagtail-localize)."""

    body = RichTextField(_("contact details"), features=["bold", "italic", "link"])

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return f"{_('Footer text')} ({self.locale})"


class SearchWord(models.Model):
    """A word of the search index and about how many entries hold it: the vocabulary "did you mean" checks.

    Rebuilt by ``update_index``; a save counts in the words it brings, again (home/search/backend.py). A
    word whose last text went away stays until the next rebuild: a suggestion is offered only when it
    finds something.
    """

    word = models.CharField(max_length=255, primary_key=True)
    documents = models.PositiveIntegerField()

    def __str__(self):
        return self.word
