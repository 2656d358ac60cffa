"""The blocks of a newsletter issue: the ones that read the same on the web and in an email
(no embedded video, tables or accordions, which mail programs cannot show)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import CallToActionBlock, FigureBlock, HeadingBlock

PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class NewsletterBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), features=PARAGRAPH_FEATURES)
    image = FigureBlock()
    call_to_action = CallToActionBlock()
