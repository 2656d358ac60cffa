"""The blocks of a newsletter issue: the ones that read the same on the web and in an email
(no embedded video, tables or accordions, which mail programs cannot show)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.models import Locale
from wagtail.snippets.blocks import SnippetChooserBlock

from home.blocks import CallToActionBlock, FigureBlock, HeadingBlock

from . import cards

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class ContentCardValue(blocks.StructValue):
    """A card block's value; ``card``, the ``cards.Card`` readers get, is set by ``cards.resolve``."""


class ContentCardBlock(blocks.StructBlock):
    """A card of a news item, deed, webinar or podcast episode, as the site's listings show it."""

    news = blocks.PageChooserBlock(label=_("News item"), page_type="uutiset.NewsPage", required=False)
    deed = SnippetChooserBlock("teot.Deed", label=_("Deed"), required=False)
    webinar = blocks.PageChooserBlock(label=_("Webinar"), page_type="uutiset.WebinarPage", required=False)
    episode = blocks.PageChooserBlock(
        label=_("Podcast episode"), page_type="uutiset.PodcastEpisodePage", required=False
    )
    text = blocks.TextBlock(
        label=_("Text"),
        required=False,
        help_text=_("Shown instead of the item's own summary."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Content card")
        template = "blocks/content_card.html"
        value_class = ContentCardValue
        description = _("A news item, deed, webinar or podcast episode as a card with its title, image and summary.")

    def clean(self, value):
        value = super().clean(value)
        if sum(value.get(kind) is not None for kind in cards.KINDS) != 1:
            raise StructBlockValidationError(
                non_block_errors=[ValidationError(_("Choose one item: a news item, a deed, a webinar or an episode."))]
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        if not hasattr(value, "card"):  # rendered on its own, not by NewsletterBlock
            cards.resolve([value], Locale.get_active(), request=context.get("request"))
        context["card"] = value.card
        return context


class NewsletterBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=PARAGRAPH_FEATURES)
    image = FigureBlock()
    call_to_action = CallToActionBlock()
    card = ContentCardBlock()

    def render_basic(self, value, context=None):
        # Every card of the issue looked up at once, in the language being shown.
        request = context.get("request") if context else None
        cards.resolve(cards.card_values(value), Locale.get_active(), request=request)
        return super().render_basic(value, context)
