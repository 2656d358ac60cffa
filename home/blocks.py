"""StreamField blocks shared by every page type; one template each in templates/blocks/."""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import blocks, hooks
from wagtail.blocks import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
        help_text=_("Use levels in order: the page title is the only heading 1."),
        search_index=False,  # "Heading 2" is no word of the text
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"
        description = _("A section heading (levels 2–4).")


class FigureBlock(blocks.StructBlock):
    """An image with its caption and credit.

    Wagtail's ImageBlock asks for alt text where the image is used (not the
    image title) and refuses to save without it unless marked decorative.
    """

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120, help_text=_("Photographer or source."))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure.html"
        description = _("An image with alternative text, an optional caption and credit.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Title or organisation"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"
        description = _("A highlighted quotation with its speaker.")


IFRAME_WITHOUT_TITLE = re.compile(r"<iframe(?![^>]*\btitle=)", re.IGNORECASE)


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"), help_text=_("For example a YouTube or Vimeo link."))
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=150,
        help_text=_("Names the video player for screen reader users."),
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript or description"),
        required=False,
        features=RICH_TEXT_FEATURES,
        help_text=_("Needed when the video has no captions or its content is not told elsewhere."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        embed = value.get("video")
        html = getattr(embed, "html", "") or ""
        # Providers' iframes often lack a title, which screen readers need.
        context["embed_html"] = mark_safe(  # noqa: S308 - html comes from the oEmbed provider
            IFRAME_WITHOUT_TITLE.sub(f'<iframe title="{escape(value.get("title"))}"', html)
        )
        return context

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video.html"
        description = _("An embedded video with a title and an optional transcript.")


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or web address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose a page or give a web address, not both."))}
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Link"))
    link_text = blocks.CharBlock(
        label=_("Link text"), max_length=60, help_text=_("Say where the link leads, e.g. “Apply for coaching”.")
    )

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action.html"
        description = _("A highlighted box that leads the reader onward.")


class NewsletterSignupBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)

    class Meta:
        icon = "mail"
        label = _("Newsletter sign-up")
        template = "blocks/newsletter_signup.html"
        description = _("An email address field that opens the newsletter sign-up form with the address filled in.")


FIGURES_HOOK = "register_figures"


@dataclass(frozen=True)
class Figures:
    """Figures an app counts from its data, for the "figures" block (registered with the ``register_figures``
    hook in the app's ``wagtail_hooks.py``: ``home`` imports no app above it).

    ``context(request)`` gives ``template_name``'s context, or None when there is nothing to show (the app's
    pages are not published in this language); it records the cache topics the figures depend on.
    """

    name: str
    label: str
    template_name: str
    context: Callable


def registered_figures():
    return {figures.name: figures for figures in (hook() for hook in hooks.get_hooks(FIGURES_HOOK))}


def figures_choices():
    return [(figures.name, figures.label) for figures in registered_figures().values()]


class FiguresBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    figures = blocks.ChoiceBlock(choices=figures_choices, label=_("Figures"))

    class Meta:
        icon = "table"
        label = _("Figures")
        description = _("Up-to-date figures counted from the site, such as the coaching statistics.")

    def render(self, value, context=None):
        figures = registered_figures().get(value["figures"])
        request = context.get("request") if context else None
        found = figures.context(request) if figures else None
        if found is None:
            return ""
        return render_to_string(figures.template_name, {**found, "heading": value["heading"]}, request=request)


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question or title"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer or content"), features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion / FAQ")
        template = "blocks/accordion.html"
        description = _("Questions and answers that open one at a time.")


class TableBlock(WagtailTableBlock):
    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table.html"
        description = _("A data table with a caption and header cells.")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        template="blocks/paragraph.html",
        icon="pilcrow",
        description=_("Paragraphs, lists and links."),
    )
    image = FigureBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    call_to_action = CallToActionBlock()
    newsletter_signup = NewsletterSignupBlock()
    accordion = AccordionBlock()
    table = TableBlock()
    figures = FiguresBlock()

    class Meta:
        block_counts = {"figures": {"max_num": 1}}  # its sections' ids are the page's


class NonAccessibleContentBlock(blocks.StructBlock):
    """One known accessibility problem, as the accessibility statement must list them."""

    title = blocks.CharBlock(label=_("What is not accessible"), max_length=200)
    description = blocks.TextBlock(label=_("Description"))
    criteria = blocks.CharBlock(
        label=_("WCAG success criteria"), required=False, max_length=200, help_text=_("For example 1.2.2 Captions.")
    )
    reason = blocks.ChoiceBlock(
        label=_("Reason"),
        choices=[
            ("non_compliance", _("Does not yet meet the requirements")),
            ("disproportionate_burden", _("Disproportionate burden")),
            ("out_of_scope", _("Outside the scope of the law")),
        ],
        default="non_compliance",
    )
    fix = blocks.TextBlock(label=_("How and when it will be fixed"), required=False)

    class Meta:
        icon = "warning"
        label = _("Accessibility issue")
        template = "blocks/non_accessible_content.html"
