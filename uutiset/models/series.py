"""Story series: news items that belong together, such as "Kekseliäät kehittäjät"."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Series(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, help_text=_("The end of the series page's web address."))
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("story series")
        verbose_name_plural = _("story series")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_series_slug_per_locale")]

    def __str__(self):
        return self.name
