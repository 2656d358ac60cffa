"""The content cards of an issue: the news item, deed, webinar or podcast episode an editor chose, as the
readers of one language get it.

A translated issue keeps the original's choices. Readers get the chosen item's live translation in the
issue's language where there is one, else the item as chosen (marked with its language); an unpublished
item, or a deed without a page, shows no card. The cards of an issue are looked up together: one query per
kind of item (and its prefetches), whatever the number of cards.
"""

from dataclasses import dataclass

from django.db.models import Prefetch, Q
from wagtail.images import get_image_model

from teot.models import Deed
from uutiset.models import NewsPage, PodcastEpisodePage, WebinarPage

KINDS = ("news", "deed", "webinar", "episode")
PAGE_MODELS = {"news": NewsPage, "webinar": WebinarPage, "episode": PodcastEpisodePage}
SUMMARY_FIELDS = {"news": "lead", "deed": "summary", "webinar": "summary", "episode": "summary"}
WEB_IMAGE = "fill-400x250"  # the cards' image on the web (components/*_card.html)


@dataclass
class Card:
    kind: str
    item: object  # the page or deed shown
    url: str  # as the item gives it: a path on a single site
    lang: str  # the item's language when it is not the issue's, else ""
    text: str  # the editor's text instead of the item's own summary, or ""

    @property
    def title(self):
        return self.item.title

    @property
    def summary(self):
        return self.text or getattr(self.item, SUMMARY_FIELDS[self.kind])

    @property
    def summary_lang(self):
        """The summary's language when it is not the issue's: the editor writes in the issue's."""
        return "" if self.text else self.lang

    @property
    def image(self):
        return getattr(self.item, "image", None)

    @property
    def image_alt(self):
        return getattr(self.item, "image_alt", "")


def chosen(value):
    """``(kind, chosen object)`` of a card block's value; ``(None, None)`` when nothing is chosen."""
    for kind in KINDS:
        if value.get(kind) is not None:
            return kind, value[kind]
    return None, None


def with_renditions(image_spec):
    return Prefetch("image", queryset=get_image_model().objects.prefetch_renditions(image_spec))


def pages_in_language(model, pages, locale, image_spec):
    """``{chosen page id: the page shown}`` for chosen pages of one model."""
    if not pages:
        return {}
    keys = {page.translation_key for page in pages}
    queryset = (
        model.objects.live()
        .public()
        .filter(Q(pk__in=[page.pk for page in pages]) | Q(translation_key__in=keys, locale=locale))
        .select_related("locale")
    )
    if model is NewsPage:
        queryset = queryset.select_related("series").prefetch_related(with_renditions(image_spec))
    found = list(queryset)
    as_chosen = {page.pk: page for page in found}
    translated = {page.translation_key: page for page in found if page.locale_id == locale.pk}
    shown = {}
    for page in pages:
        page_shown = translated.get(page.translation_key) or as_chosen.get(page.pk)
        if page_shown is not None:
            shown[page.pk] = page_shown
    return shown


def deeds_in_language(deeds, locale, image_spec, request):
    """``{chosen deed id: the deed shown}``, each deed with its ``url`` (deeds without a page left out)."""
    if not deeds:
        return {}
    queryset = Deed.objects.select_related("organisation", "locale").prefetch_related(
        "sectors", "themes", with_renditions(image_spec)
    )
    shown = queryset.in_language([deed.pk for deed in deeds], locale)
    Deed.objects.with_urls(shown.values(), request)
    return {pk: deed for pk, deed in shown.items() if deed.url}


def card_values(body):
    """The values of the card blocks of an issue's body."""
    return [child.value for child in body if child.block_type == "card"]


def resolve(values, locale, image_spec=WEB_IMAGE, request=None):
    """Set ``card`` on each card block value: the ``Card`` readers in ``locale`` get, or ``None``."""
    values = list(values)
    choices = [chosen(value) for value in values]
    by_kind = {kind: [item for item_kind, item in choices if item_kind == kind] for kind in KINDS}
    shown = {kind: pages_in_language(model, by_kind[kind], locale, image_spec) for kind, model in PAGE_MODELS.items()}
    shown["deed"] = deeds_in_language(by_kind["deed"], locale, image_spec, request)
    for value, (kind, item) in zip(values, choices, strict=True):
        value.card = None
        if kind is None or (found := shown[kind].get(item.pk)) is None:
            continue
        url = found.url if kind == "deed" else found.get_url(request)
        if not url:
            continue
        value.card = Card(
            kind=kind,
            item=found,
            url=url,
            lang="" if found.locale_id == locale.pk else found.locale.language_code,
            text=value.get("text") or "",
        )
