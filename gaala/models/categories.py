"""Award categories: a sector or theme award, or a special award such as "Suomen kekseliäin kunta"."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class AwardCategory(TranslatableMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        SECTOR = "sector", _("sector award")
        THEME = "theme", _("theme award")
        SPECIAL = "special", _("special award")

    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.SECTOR)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveIntegerField(_("sort order"), default=0, db_index=True)

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    sort_order_field = "sort_order"

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("award category")
        verbose_name_plural = _("award categories")

    def __str__(self):
        return self.name
