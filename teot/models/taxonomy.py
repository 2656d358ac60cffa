"""Sectors and themes: the translatable terms deeds are filed under."""

from django.conf import settings
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


def sync_translated_terms(instance, fields=("sectors", "themes")):
    """Give every translation of a deed (or a coach) the source's sectors and themes, in its own language.

    wagtail-localize does not carry ParentalManyToMany links to translatable
    snippets over to translations (wagtail-localize#820). Sectors and themes
    are therefore not translated per language: they follow the source in the
    default language, each term replaced by its translation where one exists.
    """
    model = type(instance)
    group = list(model.objects.filter(translation_key=instance.translation_key).select_related("locale"))
    source = next((item for item in group if item.locale.language_code == settings.LANGUAGE_CODE), None)
    if source is None or len(group) == 1:
        return
    for field_name in fields:
        field = model._meta.get_field(field_name)
        term_model, through = field.related_model, field.remote_field.through
        own_column, term_column = field.m2m_column_name(), field.m2m_reverse_name()
        source_terms = through.objects.filter(**{own_column: source.pk}).values(term_column)
        source_keys = list(term_model.objects.filter(pk__in=source_terms).values_list("translation_key", flat=True))
        term_ids = {
            (key, locale_id): pk
            for pk, key, locale_id in term_model.objects.filter(translation_key__in=source_keys).values_list(
                "pk", "translation_key", "locale_id"
            )
        }
        for translation in group:
            if translation.pk == source.pk:
                continue
            wanted = {
                term_ids.get((key, translation.locale_id)) or term_ids[key, source.locale_id] for key in source_keys
            }
            current = set(through.objects.filter(**{own_column: translation.pk}).values_list(term_column, flat=True))
            if wanted != current:
                through.objects.filter(**{own_column: translation.pk}).exclude(
                    **{f"{term_column}__in": wanted}
                ).delete()
                through.objects.bulk_create(
                    [through(**{own_column: translation.pk, term_column: pk}) for pk in wanted - current]
                )
