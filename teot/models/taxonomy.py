"""Sectors and themes: the translatable terms deeds are filed under."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    """A translatable term deeds are filed under: the base of sectors and themes."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, allow_unicode=False)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveIntegerField(_("sort order"), default=0, db_index=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    sort_order_field = "sort_order"

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Sector(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_sector_slug_per_locale")]


class Theme(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale")]
